import "server-only";
import { createA4Pdf, MARGINS, mm, pdfToBuffer, stampPages, textWidth, writeParagraph } from "@/server/pdf/a4-pdf";
import { renderPdf } from "@/server/pdf/render-pdf";
import { drawPartyLetterhead, type PartyLetterhead } from "@/server/pdf/party-letterhead";

/**
 * Everything printed in a "Biên bản hội nghị", already worded (the renderer only lays it out). Its
 * number line is "Số      -BB/TU": the văn thư writes the number in by hand, from the outgoing register.
 */
export interface MinutesDocument extends PartyLetterhead {
  /** "Thời gian: …", "Địa điểm: …", "Chủ trì: …", "Thư ký hội nghị: …" */
  facts: string[];
  sections: { heading: string; paragraphs: { text: string; lead?: string }[] }[];
  /** "Biên bản kết thúc lúc … và được thông qua": kept on the page of the signatures. */
  closing?: string;
  signatures: { title: string; name: string }[];
}

/** A4 minutes in the same layout family as the conclusion notice (header, title, body, signatures). */
export function renderMinutesPdf(document: MinutesDocument): Promise<Buffer> {
  return renderPdf("minutes", document, layOutMinutes);
}

const SIGNATURE_BLOCK = mm(45);

async function layOutMinutes(document: MinutesDocument): Promise<Buffer> {
  const pdf = createA4Pdf(`${document.title} — ${document.subject}`, { bufferPages: true });
  drawPartyLetterhead(pdf, document);
  const width = textWidth(pdf);
  pdf.moveDown(0.6);

  for (const fact of document.facts) await writeParagraph(pdf, fact);
  for (const section of document.sections) {
    pdf.moveDown(0.4);
    pdf.font("bold").fontSize(14).text(section.heading, MARGINS.left, pdf.y, { width });
    for (const paragraph of section.paragraphs) await writeParagraph(pdf, paragraph.text, paragraph.lead);
  }

  // The closing sentence goes with the signatures: never a signature block alone on the last page.
  if (document.closing) {
    const height = pdf
      .font("regular")
      .fontSize(14)
      .heightOfString(document.closing, { width, indent: mm(10) });
    if (pdf.y + height + SIGNATURE_BLOCK > pdf.page.height - MARGINS.bottom) pdf.addPage();
    await writeParagraph(pdf, document.closing);
  } else if (pdf.y + SIGNATURE_BLOCK > pdf.page.height - MARGINS.bottom) pdf.addPage();

  pdf.moveDown(1);
  const blockTop = pdf.y;
  const column = width / Math.max(1, document.signatures.length);
  document.signatures.forEach((signature, index) => {
    const x = MARGINS.left + index * column;
    pdf.font("bold").fontSize(14).text(signature.title, x, blockTop, { width: column, align: "center" });
    pdf.moveDown(4);
    pdf.text(signature.name, x, pdf.y, { width: column, align: "center" });
  });
  stampPages(pdf, {});
  return pdfToBuffer(pdf);
}
