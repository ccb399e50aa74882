/**
 * The meeting facts and companion periods the meeting form (a client component) shows: it imports only
 * this file (docs/decisions/0026); meeting-record.ts includes them as `facts` and `periods`.
 */
export const meetingFacts = {
  host: "Cấp tổ chức hội nghị",
  hostNone: "— Chưa chọn —",
  hostOption: {
    STANDING_BOARD: "Thường trực",
    STANDING_COMMITTEE: "Ban Thường vụ",
    MASS_MOBILIZATION_BOARD: "Ban Dân vận",
  } as Record<string, string>,
  startsAt: "Bắt đầu",
  endsAt: "Kết thúc",
  endsAtHint: "Để trống nếu không rõ giờ kết thúc.",
  datePrecision: "Thời gian đã biết",
  precision: {
    DATE_TIME: "Ngày và giờ",
    DATE: "Chỉ biết ngày",
    MONTH: "Chỉ biết tháng",
  } as Record<string, string>,
  resultsText: "Kết quả đạt được",
  shortcomingsText: "Tồn tại, hạn chế và nguyên nhân",
  conclusionText: "Kết luận của đồng chí chủ trì",
  internalNotes: "Ghi chú nội bộ (không in trong văn bản chính thức)",
  sourceUrl: "Địa chỉ bài báo nguồn",
  sourceTitle: "Tên bài báo nguồn",
  sourceHint: "Khi hồ sơ được lập từ một bài báo.",
  isArchive: "Nhập hồ sơ hội nghị đã diễn ra (không gửi thông báo, không tính quá hạn)",
  archiveBadge: "Hồ sơ nhập lại",
} as const;

export const companionPeriods = {
  /** Replaces vi.periods.generateHint, whose "ngày thứ năm" read as "Thursday". */
  generateHint: "Hạn nộp mặc định: 17:00, 5 ngày trước ngày cuối của kỳ, cho mọi đơn vị trong phạm vi; sửa từng hạn ở dưới.",
  companions: "Kỳ báo cáo kèm theo",
  companionsHint: "Ví dụ: hội nghị quý II đồng thời sơ kết 6 tháng đầu năm; quý IV đồng thời tổng kết năm.",
} as const;
