import "server-only";
import { createA4Pdf, MARGINS, mm, pdfToBuffer, textWidth, writeParagraph } from "@/server/pdf/a4-pdf";
import { renderPdf } from "@/server/pdf/render-pdf";
import { drawPartyLetterhead } from "@/server/pdf/party-letterhead";

/** Everything printed in a "Biên bản hội nghị", already worded (the renderer only lays it out). */
export interface MinutesDocument {
  issuerName: string;
  placeAndDate: string;
  title: string;
  subject: string;
  /** "Thời gian: …", "Địa điểm: …", "Chủ trì: …" */
  facts: string[];
  sections: { heading: string; paragraphs: { text: string; lead?: string }[] }[];
  signatures: { title: string; name: string }[];
}

/** A4 minutes in the same layout family as the conclusion notice (header, title, body, signatures). */
export function renderMinutesPdf(document: MinutesDocument): Promise<Buffer> {
  return renderPdf("minutes", document, layOutMinutes);
}

async function layOutMinutes(document: MinutesDocument): Promise<Buffer> {
  const pdf = createA4Pdf(`${document.title} — ${document.subject}`);
  drawPartyLetterhead(pdf, document);
  const width = textWidth(pdf);
  pdf.moveDown(0.6);

  for (const fact of document.facts) await writeParagraph(pdf, fact);
  for (const section of document.sections) {
    pdf.moveDown(0.4);
    pdf.font("bold").fontSize(14).text(section.heading, MARGINS.left, pdf.y, { width });
    for (const paragraph of section.paragraphs) await writeParagraph(pdf, paragraph.text, paragraph.lead);
  }

  pdf.moveDown(1);
  if (pdf.y > pdf.page.height - MARGINS.bottom - mm(50)) pdf.addPage();
  const blockTop = pdf.y;
  const column = width / Math.max(1, document.signatures.length);
  document.signatures.forEach((signature, index) => {
    const x = MARGINS.left + index * column;
    pdf.font("bold").fontSize(14).text(signature.title, x, blockTop, { width: column, align: "center" });
    pdf.moveDown(4);
    pdf.text(signature.name, x, pdf.y, { width: column, align: "center" });
  });
  return pdfToBuffer(pdf);
}
