/**
 * The meeting attachment form's words (a client component imports only this file, docs/decisions/0026);
 * party-documents.ts includes them in `attachments`.
 */
export const attachmentForm = {
  kind: {
    INVITATION: "Giấy mời",
    PROGRAMME: "Chương trình",
    REPORT: "Báo cáo",
    SPEECH: "Tham luận",
    PHOTO: "Ảnh",
    SIGNED_NOTICE: "Bản ký, đóng dấu của thông báo",
    SIGNED_MINUTES: "Bản ký của biên bản",
    OTHER: "Tài liệu khác",
  } as Record<string, string>,
  kindLabel: "Loại tài liệu",
  fileLabel: "Tệp (PDF, DOCX, XLSX, JPEG, PNG)",
  noticeLabel: "Thông báo đã ban hành",
  upload: "Tải lên",
  /** The button that opens the upload form on the meeting page. */
  open: "Thêm tài liệu",
} as const;
