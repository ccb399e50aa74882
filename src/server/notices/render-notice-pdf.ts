import "server-only";
import { createA4Pdf, MARGINS, mm, pdfToBuffer, textWidth, writeParagraph } from "@/server/pdf/a4-pdf";
import { drawPartyLetterhead } from "@/server/pdf/party-letterhead";
import { renderPdf } from "@/server/pdf/render-pdf";
import { numberLine, RECIPIENTS_LABEL, type NoticeDocument } from "./notice-document";

export function renderNoticePdf(document: NoticeDocument): Promise<Buffer> {
  return renderPdf("notice", document, layOutNotice);
}

async function layOutNotice(document: NoticeDocument): Promise<Buffer> {
  const pdf = createA4Pdf(`${document.title} ${document.code ?? ""}`.trim());
  drawPartyLetterhead(pdf, { ...document, numberLine: numberLine(document) });
  const width = textWidth(pdf);
  pdf.moveDown(0.8);

  for (const paragraph of document.paragraphs) await writeParagraph(pdf, paragraph);
  await writeParagraph(pdf, document.directivesHeading);
  for (const [index, directive] of document.directives.entries()) {
    await writeParagraph(pdf, `${index + 1}. ${directive.content}`);
    await writeParagraph(pdf, directive.assignment);
  }
  for (const paragraph of document.closing) await writeParagraph(pdf, paragraph);

  pdf.moveDown(1);
  if (pdf.y > pdf.page.height - MARGINS.bottom - mm(60)) pdf.addPage();
  const blockTop = pdf.y;
  const half = width / 2;
  pdf.font("bolditalic").fontSize(12).text(RECIPIENTS_LABEL, MARGINS.left, blockTop, { width: half, underline: true });
  pdf.font("regular").fontSize(11);
  for (const recipient of document.recipients) pdf.text(`- ${recipient}`, { width: half });

  pdf
    .font("bold")
    .fontSize(14)
    .text(document.signerTitle, MARGINS.left + half, blockTop, { width: half, align: "center" });
  pdf.text(document.signerPosition, { width: half, align: "center" });
  pdf.moveDown(4);
  pdf.text(document.signerName, { width: half, align: "center" });
  return pdfToBuffer(pdf);
}
