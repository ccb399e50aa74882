/**
 * The notice messages the notice panel (a client component) shows: the browser gets only these
 * (docs/decisions/0026); src/messages/vi/notices.ts includes them.
 */
export const noticePanel = {
  status: { DRAFT: "Dự thảo", APPROVED: "Đã phê duyệt", ISSUED: "Đã ban hành", CANCELLED: "Đã hủy" },
  none: "Chưa có thông báo kết luận.",
  draft: "Soạn thông báo kết luận",
  approve: "Phê duyệt thông báo",
  issue: "Ban hành (cấp số)",
  cancel: "Hủy thông báo",
  correct: "Soạn thông báo đính chính",
  downloadPdf: "Tải PDF",
  downloadDocx: "Tải DOCX (Word)",
  preview: "Xem trước",
  subject: "Trích yếu",
  body: "Nội dung (các đoạn cách nhau một dòng trống)",
  signerTitle: "Thẩm quyền ký",
  signerPosition: "Chức vụ người ký",
  signerName: "Người ký",
  recipients: "Nơi nhận (mỗi nơi một dòng)",
  cancelReason: "Lý do hủy",
  cancelledBecause: (reason: string) => `Đã hủy: ${reason}`,
  replaces: "Đính chính thông báo trước",
  checksum: "Mã kiểm tra SHA-256",
  confirmIssue: "Ban hành sẽ cấp số văn bản và khóa nội dung thông báo. Tiếp tục?",
} as const;

/** The signing choice of the notice editor; party-documents.ts includes it in `notice`. */
export const noticeSigning = {
  signing: "Hình thức ký",
  signingBoard: "T/M BAN THƯỜNG VỤ (đồng chí lãnh đạo ký)",
  signingOffice: "T/L BAN THƯỜNG VỤ (Chánh Văn phòng ký)",
  onBehalf: "T/M BAN THƯỜNG VỤ",
  byOrder: "T/L BAN THƯỜNG VỤ",
} as const;

/** The issue form's numbering fields; party-documents.ts includes them in `numbering`. */
export const noticeNumbering = {
  typedNumber: "Số đã cấp trong sổ văn bản đi (để trống để hệ thống tự cấp số)",
  typedNumberHint: "Chỉ nhập khi văn thư cấp số trong sổ văn bản đi giữ ngoài hệ thống.",
  issuedOn: "Ngày ban hành thực tế",
  issuedOnHint: "Hội nghị nhập lại từ hồ sơ lưu trữ: ghi ngày thông báo đã thực sự ban hành.",
} as const;
