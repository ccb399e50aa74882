/** Messages of the "notifications" feature (Vietnamese). */
export const notifications = {
  title: "Thông báo",
  bell: (count: number) => (count > 0 ? `Thông báo: ${count} chưa đọc` : "Thông báo"),
  unread: "Chưa đọc",
  markRead: "Đánh dấu đã đọc",
  markAllRead: "Đánh dấu tất cả đã đọc",
  empty: "Chưa có thông báo.",
  runJob: "Tạo thông báo nhắc việc",
  jobDone: (created: number) => `Đã tạo ${created} thông báo mới.`,
  reportDueTitle: (period: string, days: number) => `Còn ${days} ngày đến hạn nộp báo cáo ${period}`,
  reportDueBody: (deadline: string) => `Hạn nộp: ${deadline}`,
  recommendationAnsweredTitle: "Kiến nghị của đơn vị đã được trả lời",
} as const;
