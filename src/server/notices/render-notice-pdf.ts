import "server-only";
import { createA4Pdf, MARGINS, mm, pdfToBuffer, textWidth, writeParagraph } from "@/server/pdf/a4-pdf";
import { renderPdf } from "@/server/pdf/render-pdf";
import { numberLine, PARTY_NAME, RECIPIENTS_LABEL, type NoticeDocument } from "./notice-document";

export function renderNoticePdf(document: NoticeDocument): Promise<Buffer> {
  return renderPdf("notice", document, layOutNotice);
}

async function layOutNotice(document: NoticeDocument): Promise<Buffer> {
  const pdf = createA4Pdf(`${document.title} ${document.code ?? ""}`.trim());
  const width = textWidth(pdf);
  const leftWidth = width * 0.45;
  const rightX = MARGINS.left + leftWidth;
  const rightWidth = width - leftWidth;
  const top = pdf.y;

  pdf.font("bold").fontSize(14).text(document.issuerName, MARGINS.left, top, { width: leftWidth, align: "center" });
  pdf.font("regular").text("*", { width: leftWidth, align: "center" });
  pdf.text(numberLine(document), { width: leftWidth, align: "center" });
  const leftBottom = pdf.y;

  pdf.font("bold").fontSize(15).text(PARTY_NAME, rightX, top, { width: rightWidth, align: "center", underline: true });
  pdf.moveDown(0.6);
  pdf.font("italic").fontSize(14).text(document.placeAndDate, rightX, pdf.y, { width: rightWidth, align: "center" });

  pdf.y = Math.max(leftBottom, pdf.y) + mm(8);
  pdf.font("bold").fontSize(16).text(document.title, MARGINS.left, pdf.y, { width, align: "center" });
  pdf.fontSize(14).text(document.subject, { width, align: "center" });
  pdf.font("regular").text("-----", { width, align: "center" });
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
