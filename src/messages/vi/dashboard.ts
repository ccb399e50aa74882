import { formatNumber } from "@/lib/numbers";

/** Messages of the "dashboard" feature (Vietnamese). */
export const dashboard = {
  title: "Bảng điều hành",
  period: "Kỳ",
  show: "Xem",
  submissionRate: "Tỷ lệ nộp báo cáo",
  onTimeRate: "Tỷ lệ nộp đúng hạn",
  submittedOf: (submitted: number, expected: number) => `${submitted}/${expected} báo cáo`,
  onTimeOf: (onTime: number, submitted: number) => `${onTime}/${submitted} đúng hạn`,
  byOrganization: "Theo đơn vị",
  directivesByStatus: "Nhiệm vụ theo trạng thái",
  overdueByOrganization: "Nhiệm vụ quá hạn theo đơn vị chủ trì",
  trend: "Xu hướng 8 kỳ gần nhất",
  openRecommendations: "Kiến nghị chờ trả lời",
  upcomingMeetings: "Hội nghị sắp tới",
  upcomingDeadlines: "Hạn nộp báo cáo sắp tới",
  tableAlternative: "Xem dạng bảng",
  organization: "Đơn vị",
  expected: "Phải nộp",
  submitted: "Đã nộp",
  onTime: "Đúng hạn",
  rate: "Tỷ lệ",
  count: "Số lượng",
  overdue: "Quá hạn",
  directivesTotal: "Tổng số nhiệm vụ",
  noPeriods: "Chưa có kỳ báo cáo.",
  asOf: (time: string) => `Số liệu lúc ${time}`,
  // Rates arrive rounded to one decimal; formatNumber reuses one Intl formatter (toLocaleString builds one per call).
  percent: (value: number | null) => (value === null ? "—" : `${formatNumber(value)}%`),
} as const;
