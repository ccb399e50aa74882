import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import { numberLine, PARTY_NAME, RECIPIENTS_LABEL, type NoticeDocument } from "./notice-document";

const FONT_DIR = path.join(process.cwd(), "assets", "fonts", "tinos");
const mm = (value: number) => (value * 72) / 25.4;
// Hướng dẫn 36-HD/VPTW margins: top 20, bottom 20, left 30, right 15 (mm).
const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };

function registerFonts(pdf: PDFKit.PDFDocument) {
  pdf.registerFont("regular", path.join(FONT_DIR, "Tinos-Regular.ttf"));
  pdf.registerFont("bold", path.join(FONT_DIR, "Tinos-Bold.ttf"));
  pdf.registerFont("italic", path.join(FONT_DIR, "Tinos-Italic.ttf"));
  pdf.registerFont("bolditalic", path.join(FONT_DIR, "Tinos-BoldItalic.ttf"));
}

/** Collects a PDFKit document into one buffer. */
export function pdfToBuffer(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
    pdf.end();
  });
}

/** A4 PDF with the Tinos fonts embedded (subsetted), so every diacritic prints exactly. */
export function createA4Pdf(title: string): PDFKit.PDFDocument {
  const pdf = new PDFDocument({
    size: "A4",
    margins: MARGINS,
    info: { Title: title },
    font: path.join(FONT_DIR, "Tinos-Regular.ttf"),
  });
  registerFonts(pdf);
  return pdf;
}

export async function renderNoticePdf(document: NoticeDocument): Promise<Buffer> {
  const pdf = createA4Pdf(`${document.title} ${document.code ?? ""}`.trim());
  const width = pdf.page.width - MARGINS.left - MARGINS.right;
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

  const paragraph = (text: string) => {
    pdf
      .font("regular")
      .fontSize(14)
      .text(text, MARGINS.left, pdf.y, { width, align: "justify", indent: mm(10), lineGap: 2, paragraphGap: 4 });
  };
  document.paragraphs.forEach(paragraph);
  paragraph(document.directivesHeading);
  document.directives.forEach((directive, index) => {
    paragraph(`${index + 1}. ${directive.content}`);
    paragraph(directive.assignment);
  });
  document.closing.forEach(paragraph);

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
