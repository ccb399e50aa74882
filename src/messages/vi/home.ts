/** Messages of the "home" feature (Vietnamese). */
export const home = {
  greeting: (name: string) => `Xin chào, ${name}`,
  upcomingMeetings: "Hội nghị sắp tới",
  reportsToReview: "Báo cáo chờ xem xét",
  reportsOwed: "Báo cáo đơn vị cần nộp",
  directivesOpen: "Nhiệm vụ đang theo dõi",
  directivesOverdue: "Nhiệm vụ quá hạn",
  approvalsPending: "Kết luận chờ phê duyệt",
  recentAudit: "Hoạt động gần đây",
  usersActive: "Tài khoản đang hoạt động",
  publishedMeetings: "Hội nghị đã công bố",
  scope: (unit: string) => `Phạm vi: ${unit} và các đơn vị trực thuộc`,
} as const;
