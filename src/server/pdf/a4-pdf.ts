import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";

/** Shared by every printed document: A4, Tinos (Times New Roman metrics) embedded. */
const FONT_DIR = path.join(process.cwd(), "assets", "fonts", "tinos");

export const mm = (value: number) => (value * 72) / 25.4;

// Hướng dẫn 36-HD/VPTW margins: top 20, bottom 20, left 30, right 15 (mm).
export const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };

/** Font names registered on every document made by createA4Pdf. */
export type PdfFont = "regular" | "bold" | "italic" | "bolditalic";

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

/** The width between the margins. */
export function textWidth(pdf: PDFKit.PDFDocument): number {
  return pdf.page.width - MARGINS.left - MARGINS.right;
}
