/** Messages of the "matrix" feature (Vietnamese). */
export const matrix = {
  title: "Tình hình nộp báo cáo",
  description: "Tổ chức × kỳ báo cáo; tỷ lệ nộp = số đã nộp (đúng hạn hoặc muộn) / số phải nộp.",
  year: "Năm",
  unit: "Đơn vị",
  cell: { ON_TIME: "Đúng hạn", LATE: "Muộn", MISSING: "Chưa nộp", RETURNED: "Trả lại", DRAFT: "Đang soạn" },
  submitted: "Đã nộp",
  rate: "Tỷ lệ nộp",
  onTimeRate: "Tỷ lệ đúng hạn",
  total: "Tổng cộng",
  remind: "Nhắc tổ chức chưa nộp",
  reminded: (count: number) =>
    count === 0 ? "Không có nhắc nhở mới (đã nhắc hôm nay hoặc mọi tổ chức đã nộp)." : `Đã gửi ${count} thông báo nhắc nộp.`,
  noPeriods: "Chưa có kỳ báo cáo nào trong năm này.",
} as const;
