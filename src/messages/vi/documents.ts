/** Messages of the "documents" feature (Vietnamese). */
export const documents = {
  title: "Văn bản trích dẫn",
  code: "Số, ký hiệu",
  type: "Loại",
  issuer: "Cơ quan ban hành",
  citedBy: "Được trích dẫn tại",
  empty: "Chưa có văn bản nào được trích dẫn.",
  searchPlaceholder: "Tìm theo số, ký hiệu (ví dụ 54-NQ/TW)",
} as const;
