import "server-only";
import { createA4Pdf, MARGINS, pdfToBuffer, stampPages, textWidth, writeParagraph } from "@/server/pdf/a4-pdf";
import { drawPartyLetterhead } from "@/server/pdf/party-letterhead";
import { renderPdf } from "@/server/pdf/render-pdf";
import { DRAFT_MARK } from "@/server/notices/notice-document";
import { drawRecipientsAndSignature, keepWithSignature } from "@/server/notices/render-notice-pdf";
import type { ReportDocument } from "./report-document";

export function renderReportPdf(document: ReportDocument): Promise<Buffer> {
  return renderPdf("consolidated-report", document, layOutReport);
}

async function layOutReport(document: ReportDocument): Promise<Buffer> {
  const pdf = createA4Pdf(`${document.title} ${document.subject}`, { bufferPages: true });
  drawPartyLetterhead(pdf, document);
  pdf.moveDown(0.8);
  const last = document.sections.at(-1)?.paragraphs.at(-1);
  for (const section of document.sections) {
    pdf.moveDown(0.3);
    pdf
      .font("bold")
      .fontSize(14)
      .text(section.heading, MARGINS.left, pdf.y, { width: textWidth(pdf) });
    for (const paragraph of section.paragraphs) {
      if (paragraph === last && section === document.sections.at(-1)) keepWithSignature(pdf, paragraph);
      await writeParagraph(pdf, paragraph);
    }
  }
  pdf.moveDown(1);
  drawRecipientsAndSignature(pdf, document);
  stampPages(pdf, { draftMark: document.draft ? DRAFT_MARK : undefined });
  return pdfToBuffer(pdf);
}
