import { noticePanel } from "./notice-panel";

/** Messages of the "notices" feature (Vietnamese). */
export const notices = {
  ...noticePanel,
  title: "Thông báo kết luận",
  documentTitle: "THÔNG BÁO KẾT LUẬN",
  issuedAs: (code: string, date: string) => `Số ${code}, ban hành ngày ${date}`,
  saved: "Đã lưu dự thảo thông báo.",
  approved: "Đã phê duyệt thông báo.",
  issued: (code: string) => `Đã ban hành thông báo số ${code}.`,
  cancelled: "Đã hủy thông báo; số văn bản vẫn được lưu trong sổ.",
  drafted: "Đã tạo dự thảo thông báo.",
  assignment: ({ lead, support, due }: { lead: string; support: string; due: string }) =>
    [lead && `Chủ trì: ${lead}`, support && `phối hợp: ${support}`, due && `thời hạn: ${due}`].filter(Boolean).join("; ") + ".",
  rules: {
    meetingNotConcluded: "Chỉ soạn thông báo kết luận cho hội nghị đã được phê duyệt kết luận.",
    onlyDraftEditable: "Chỉ sửa được thông báo đang ở dạng dự thảo.",
    onlyDraftApprovable: "Chỉ phê duyệt được thông báo đang ở dạng dự thảo.",
    onlyApprovedIssuable: "Thông báo phải được lãnh đạo phê duyệt trước khi ban hành.",
    onlyIssuedCancellable: "Chỉ hủy được thông báo đã ban hành.",
    onlyIssuedCorrectable: "Chỉ đính chính được thông báo đã ban hành hoặc đã hủy.",
    numberTaken: (code: string, year: number) =>
      `Không thể ban hành: số ${code} năm ${year} đã được cấp cho một thông báo khác của cấp ủy này. Sổ đăng ký số văn bản của đơn vị đang chậm hơn các thông báo đã ban hành nên ban hành lại vẫn gặp lỗi này; đề nghị quản trị hệ thống kiểm tra sổ đăng ký.`,
  },
  defaults: {
    subject: (committee: string, title: string) => `của Thường trực ${committee} tại ${title}`,
    opening: ({
      date,
      chair,
      position,
      title,
      invited,
    }: {
      date: string;
      chair: string;
      position: string;
      title: string;
      invited: string;
    }) => `Ngày ${date}, đồng chí ${chair}, ${position} chủ trì ${title}. Tham dự hội nghị có lãnh đạo ${invited}.`,
    directivesHeading: (committee: string) =>
      `Thường trực ${committee} đề nghị các cơ quan, đơn vị tập trung thực hiện tốt các nhiệm vụ sau:`,
    closing: (committee: string) => `Văn phòng ${committee} thông báo để các cơ quan, đơn vị biết, thực hiện.`,
    signerTitle: "T/M BAN THƯỜNG VỤ",
    standingBoard: (committee: string) => `Ban Thường vụ ${committee} (b/c),`,
    archive: (committee: string) => `Lưu Văn phòng ${committee}.`,
    correctionOf: (code: string) => `Thông báo này đính chính Thông báo số ${code}.`,
  },
} as const;
