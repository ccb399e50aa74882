/** Everything printed on a "Thông báo kết luận", already worded (renderers only lay it out). */
export interface NoticeDocument {
  /** The directly superior body above a lower committee ("ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ"); null for a province. */
  superiorBodyName?: string | null;
  /** The issuing body in capitals, e.g. "TỈNH ỦY THỪA THIÊN HUẾ". */
  issuerName: string;
  /** e.g. "12-TB/TU"; null while the notice is a draft (the number is given at issue). */
  code: string | null;
  /** "Huế, ngày 15 tháng 04 năm 2020" (italic line at top right). */
  placeAndDate: string;
  title: string;
  subject: string;
  /** Context and the chair's assessment, one string per paragraph. */
  paragraphs: string[];
  directivesHeading: string;
  directives: { content: string; assignment: string }[];
  closing: string[];
  signerTitle: string;
  signerPosition: string;
  signerName: string;
  recipients: string[];
  /** "ĐU": printed after the blank number of a draft. */
  numberSuffix?: string;
  /** A draft carries "DỰ THẢO" on every page. */
  draft?: boolean;
}

export const RECIPIENTS_LABEL = "Nơi nhận:";
export const DRAFT_MARK = "DỰ THẢO";

/** "Số 12-TB/TU", or the blank numbering line of a draft ("Số      -TB/ĐU"). */
export function numberLine(document: NoticeDocument): string {
  return document.code ? `Số ${document.code}` : `Số      -TB/${document.numberSuffix ?? ""}`;
}
