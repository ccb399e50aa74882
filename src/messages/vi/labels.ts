/** Labels of the enums (roles, statuses, kinds, levels) shown everywhere. */
export const roles = {
  ADMIN: "Quản trị hệ thống",
  SECRETARIAT: "Thư ký (Ban Dân vận)",
  LEADER: "Lãnh đạo",
  ORG_REP: "Cán bộ đoàn thể",
  VIEWER: "Người xem",
} as const;

export const meetingStatus = {
  DRAFT: "Dự thảo",
  SCHEDULED: "Đã lên lịch",
  HELD: "Đã họp",
  CONCLUDED: "Đã kết luận",
  PUBLISHED: "Đã công bố",
} as const;

export const meetingKind = { LIAISON: "Giao ban", BRIEFING: "Trực báo" } as const;

export const reportStatus = { DRAFT: "Đang soạn", SUBMITTED: "Đã nộp", ACCEPTED: "Đã tiếp nhận", RETURNED: "Trả lại" } as const;

export const directiveStatus = {
  OPEN: "Chưa thực hiện",
  IN_PROGRESS: "Đang thực hiện",
  DONE: "Hoàn thành",
  CANCELLED: "Đã hủy",
} as const;

export const recommendationStatus = {
  OPEN: "Chờ trả lời",
  ANSWERED: "Đã trả lời",
  FORWARDED: "Đã chuyển",
  CLOSED: "Đã đóng",
} as const;

export const overdue = "Quá hạn" as const;

export const unitLevels = { PROVINCE: "Tỉnh/Thành phố", DISTRICT: "Huyện/Thị xã/Thành phố", COMMUNE: "Xã/Phường" } as const;
