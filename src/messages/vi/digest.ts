/** Messages of the "digest" feature (Vietnamese). */
export const digest = {
  title: "Tổng hợp báo cáo kỳ",
  description: "Tài liệu chuẩn bị hội nghị giao ban: số liệu, khó khăn và đề xuất của các tổ chức đã nộp báo cáo.",
  choose: "Xem tổng hợp",
  indicatorsByOrg: "Số liệu theo tổ chức",
  indicatorTotals: "Tổng hợp số liệu",
  indicator: "Chỉ tiêu",
  value: "Số liệu",
  total: "Tổng",
  reportsCount: (count: number, expected: number) => `${count}/${expected} tổ chức đã nộp báo cáo`,
  missing: "Chưa nộp",
  difficulties: "Tồn tại, hạn chế, khó khăn",
  recommendations: "Đề xuất, kiến nghị",
  nextTasks: "Nhiệm vụ trọng tâm kỳ tới",
} as const;
