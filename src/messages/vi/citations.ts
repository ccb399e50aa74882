/**
 * Citations added by hand (issue 14): a document without a number is cited by issuing body and title.
 * The citations editor (a client component) imports only this file (docs/decisions/0026);
 * meeting-record.ts includes it as `citations`.
 */
export const citations = {
  heading: "Thêm văn bản trích dẫn",
  /** The button that opens the citations editor on the meeting page. */
  open: "Trích dẫn văn bản bằng tay",
  hint: "Văn bản có số (54-NQ/TW, 2460/KH-UBND) được nhận ra từ nội dung; văn bản không số (ví dụ Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng) thì ghi cơ quan ban hành và tên văn bản.",
  issuerName: "Cơ quan ban hành",
  code: "Số, ký hiệu (nếu có)",
  issuedOn: "Ngày ban hành (nếu biết)",
  title: "Tên văn bản hoặc trích yếu",
  citedIn: "Trích dẫn tại",
  theMeeting: "Hội nghị (biên bản, kết luận)",
  add: "Thêm văn bản trích dẫn",
  remove: "Bỏ trích dẫn",
  added: "Đã thêm văn bản trích dẫn.",
  removed: "Đã bỏ văn bản trích dẫn.",
  byHand: "Văn bản thêm bằng tay",
  noNumber: "không số",
  rules: {
    badCode: "Không đọc được số, ký hiệu văn bản (ví dụ 54-NQ/TW, 1314/QĐ-TTg, 2460/KH-UBND).",
    titleRequired: "Hãy ghi tên văn bản khi văn bản không có số.",
    issuerRequired: "Hãy ghi cơ quan ban hành của văn bản không có số.",
    badDirective: "Nhiệm vụ này không thuộc hội nghị.",
    notCitedByHand: "Chỉ bỏ được văn bản đã thêm bằng tay; văn bản nhận ra từ nội dung thì sửa nội dung.",
  },
} as const;
