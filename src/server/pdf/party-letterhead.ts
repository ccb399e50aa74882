import "server-only";
import { MARGINS, mm, textWidth } from "./a4-pdf";

/** The national line every Party document carries at the top right (Hướng dẫn 36-HD/VPTW). */
export const PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM";

export interface PartyLetterhead {
  /** The directly superior body above a lower committee ("ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ"), regular; none for a province. */
  superiorBodyName?: string | null;
  /** The issuing body in capitals, e.g. "TỈNH ỦY THỪA THIÊN HUẾ". */
  issuerName: string;
  /** "Số 12-TB/TU" under the issuer's star; documents without a register number have none. */
  numberLine?: string;
  /** "Huế, ngày 15 tháng 04 năm 2020", italic under the Party's name. */
  placeAndDate: string;
  title: string;
  subject: string;
}

/**
 * The heading of a Party document: issuer, "*" and number on the left, the Party's name and
 * the place and date on the right, then the title, the subject and the short rule, centred.
 * Leaves the cursor under the rule at the left margin.
 */
export function drawPartyLetterhead(pdf: PDFKit.PDFDocument, letterhead: PartyLetterhead): void {
  const width = textWidth(pdf);
  const leftWidth = width * 0.48;
  const rightX = MARGINS.left + leftWidth;
  const rightWidth = width - leftWidth;
  const top = pdf.y;

  // 36-HD/VPTW: superior body upright capitals 14 pt, the issuer bold capitals 14 pt, then "*".
  // A long name keeps to one line, a little smaller, as the văn thư would set it.
  const fitted = (font: "regular" | "bold", text: string) => {
    let size = 14;
    while (size > 11 && pdf.font(font).fontSize(size).widthOfString(text) > leftWidth) size -= 0.5;
    return pdf.font(font).fontSize(size);
  };
  if (letterhead.superiorBodyName)
    fitted("regular", letterhead.superiorBodyName).text(letterhead.superiorBodyName, MARGINS.left, top, {
      width: leftWidth,
      align: "center",
    });
  fitted("bold", letterhead.issuerName).text(letterhead.issuerName, MARGINS.left, letterhead.superiorBodyName ? pdf.y : top, {
    width: leftWidth,
    align: "center",
  });
  pdf.fontSize(14);
  pdf.font("regular").text("*", { width: leftWidth, align: "center" });
  if (letterhead.numberLine) pdf.text(letterhead.numberLine, { width: leftWidth, align: "center" });
  const leftBottom = pdf.y;

  pdf.font("bold").fontSize(15).text(PARTY_NAME, rightX, top, { width: rightWidth, align: "center", underline: true });
  pdf.moveDown(0.6);
  pdf.font("italic").fontSize(14).text(letterhead.placeAndDate, rightX, pdf.y, { width: rightWidth, align: "center" });

  pdf.y = Math.max(leftBottom, pdf.y) + mm(8);
  pdf.font("bold").fontSize(16).text(letterhead.title, MARGINS.left, pdf.y, { width, align: "center" });
  pdf.fontSize(14).text(letterhead.subject, { width, align: "center" });
  pdf.font("regular").text("-----", { width, align: "center" });
}
