import "server-only";
import { createA4Pdf, MARGINS, mm, pdfToBuffer, stampPages, textWidth, writeParagraph } from "@/server/pdf/a4-pdf";
import { drawPartyLetterhead } from "@/server/pdf/party-letterhead";
import { renderPdf } from "@/server/pdf/render-pdf";
import { DRAFT_MARK, numberLine, RECIPIENTS_LABEL, type NoticeDocument } from "./notice-document";

export function renderNoticePdf(document: NoticeDocument): Promise<Buffer> {
  return renderPdf("notice", document, layOutNotice);
}

/** Height of the recipients and signature block: the closing sentence is kept on its page. */
const SIGNATURE_BLOCK = mm(55);

/**
 * Draws "Nơi nhận" (36-HD/VPTW: "Nơi nhận:" upright 14 pt underlined, each recipient 12 pt
 * after a dash) on the left and the signature on the right, from the same top.
 */
export function drawRecipientsAndSignature(
  pdf: PDFKit.PDFDocument,
  block: { recipients: string[]; signerTitle: string; signerPosition: string; signerName: string },
) {
  const width = textWidth(pdf);
  const half = width / 2;
  const blockTop = pdf.y;
  if (block.recipients.length) {
    pdf.font("regular").fontSize(14).text(RECIPIENTS_LABEL, MARGINS.left, blockTop, { width: half, underline: true });
    pdf.fontSize(12);
    for (const recipient of block.recipients) pdf.text(`- ${recipient}`, { width: half - mm(5) });
  }
  const leftBottom = pdf.y;
  pdf
    .font("bold")
    .fontSize(14)
    .text(block.signerTitle, MARGINS.left + half, blockTop, { width: half, align: "center" });
  if (block.signerPosition) pdf.text(block.signerPosition, { width: half, align: "center" });
  pdf.moveDown(4);
  pdf.text(block.signerName, { width: half, align: "center" });
  pdf.y = Math.max(pdf.y, leftBottom);
}

/** The last sentence goes with the signature: never a signature alone on the last page. */
export function keepWithSignature(pdf: PDFKit.PDFDocument, lastParagraph: string) {
  const height = pdf
    .font("regular")
    .fontSize(14)
    .heightOfString(lastParagraph, { width: textWidth(pdf), indent: mm(10) });
  if (pdf.y + height + SIGNATURE_BLOCK > pdf.page.height - MARGINS.bottom) pdf.addPage();
}

async function layOutNotice(document: NoticeDocument): Promise<Buffer> {
  const pdf = createA4Pdf(`${document.title} ${document.code ?? ""}`.trim(), { bufferPages: true });
  drawPartyLetterhead(pdf, { ...document, numberLine: numberLine(document) });
  pdf.moveDown(0.8);

  for (const paragraph of document.paragraphs) await writeParagraph(pdf, paragraph);
  await writeParagraph(pdf, document.directivesHeading);
  for (const [index, directive] of document.directives.entries()) {
    await writeParagraph(pdf, `${index + 1}. ${directive.content}`);
    await writeParagraph(pdf, directive.assignment);
  }
  keepWithSignature(pdf, document.closing.join(" "));
  for (const paragraph of document.closing) await writeParagraph(pdf, paragraph);

  pdf.moveDown(1);
  drawRecipientsAndSignature(pdf, document);
  stampPages(pdf, { draftMark: document.draft ? DRAFT_MARK : undefined });
  return pdfToBuffer(pdf);
}
