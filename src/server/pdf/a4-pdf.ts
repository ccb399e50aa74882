import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import path from "node:path";
import PDFDocument from "pdfkit";
import { breakableText, piecesOf } from "./pdf-text";

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

interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}
/** The parts of pdfkit's embedded font (absent from its public types) that text layout goes through. */
interface EmbeddedFont {
  font: { glyphForCodePoint(codePoint: number): { advanceWidth: number } };
  scale: number;
  layoutRun(text: string): unknown;
}

/**
 * Lays text out by the font's character map and advance widths, without OpenType shaping.
 * fontkit's shaper costs about a millisecond per distinct word and pdfkit keeps every shaped run,
 * so a document at the validators' limits (2.6 million characters) took minutes and gigabytes;
 * this is linear, and one glyph and position per character is all it keeps. What is lost is pair
 * kerning and ligatures, which Word leaves off for Times New Roman by default, so the PDF now
 * matches the DOCX; every Vietnamese letter (NFC) has its own glyph in Tinos, so no mark
 * positioning is needed.
 */
function layoutWithoutShaping(font: EmbeddedFont) {
  const byCodePoint = new Map<number, { glyph: unknown; position: GlyphPosition }>();
  return (text: string) => {
    const glyphs: unknown[] = [];
    const positions: GlyphPosition[] = [];
    let advanceWidth = 0;
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      let entry = byCodePoint.get(codePoint);
      if (!entry) {
        const glyph = font.font.glyphForCodePoint(codePoint);
        const width = glyph.advanceWidth * font.scale;
        entry = { glyph, position: { xAdvance: width, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: width } };
        byCodePoint.set(codePoint, entry);
      }
      glyphs.push(entry.glyph);
      positions.push(entry.position);
      advanceWidth += entry.position.xAdvance;
    }
    return { glyphs, positions, advanceWidth };
  };
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
export function createA4Pdf(title: string, options: { bufferPages?: boolean } = {}): PDFKit.PDFDocument {
  const pdf = new PDFDocument({
    size: "A4",
    // Documents stamped after layout (page numbers, "DỰ THẢO") keep their pages until the end.
    bufferPages: options.bufferPages ?? false,
    margins: MARGINS,
    info: { Title: title },
    // No default font: pdfkit re-reads a registered font file on every switch to it when it
    // equals the default font, which cost seconds over a long document.
    font: "",
    // Unshaped runs are cheap to redo; keeping every measured run would hold millions of positions.
    fontLayoutCache: false,
  });
  registerFonts(pdf);
  // Every string laid out, by any renderer, gets its break opportunities here.
  const text = pdf.text.bind(pdf) as (...args: unknown[]) => PDFKit.PDFDocument;
  pdf.text = ((value: string, ...rest: unknown[]) => text(breakableText(String(value)), ...rest)) as typeof pdf.text;
  for (const name of ["bolditalic", "italic", "bold", "regular"] satisfies PdfFont[]) {
    const font = (pdf.font(name) as unknown as { _font: EmbeddedFont })._font;
    font.layoutRun = layoutWithoutShaping(font);
  }
  return pdf;
}

/** The width between the margins. */
export function textWidth(pdf: PDFKit.PDFDocument): number {
  return pdf.page.width - MARGINS.left - MARGINS.right;
}

/**
 * Long unspaced runs are laid out in pieces of about this many characters, chained with pdfkit's
 * `continued`, and the event loop gets a turn after each piece and each paragraph. Layout is
 * linear: the longest allowed paragraph with spaces (50,000 characters, one piece) holds the
 * thread for about a tenth of a second.
 */
const PIECE_LENGTH = 2000;

/** A body paragraph (14 pt, justified, first line indented 10 mm), with an optional bold lead ("Đồng chí …: "). */
export async function writeParagraph(pdf: PDFKit.PDFDocument, text: string, lead?: string): Promise<void> {
  const options = { width: textWidth(pdf), align: "justify" as const, indent: mm(10), lineGap: 2, paragraphGap: 4 };
  pdf.fontSize(14);
  if (lead) pdf.font("bold").text(`${lead}: `, MARGINS.left, pdf.y, { ...options, continued: true });
  const pieces = piecesOf(breakableText(text), PIECE_LENGTH);
  for (const [index, piece] of pieces.entries()) {
    const continued = index < pieces.length - 1;
    pdf.font("regular");
    if (lead || index > 0) pdf.text(piece, { ...options, continued });
    else pdf.text(piece, MARGINS.left, pdf.y, { ...options, continued });
    await nextTurn();
  }
}

/**
 * Page numbers and the draft mark, stamped once the layout is done (the document must be made
 * with `bufferPages`). Hướng dẫn 36-HD/VPTW: Arabic numerals, 14 pt, centred in the top margin,
 * from page 2; a draft says "DỰ THẢO" on every page.
 */
export function stampPages(
  pdf: PDFKit.PDFDocument,
  { draftMark, firstNumbered = 2, offset = 0 }: { draftMark?: string; firstNumbered?: number; offset?: number },
) {
  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    pdf.switchToPage(index);
    const pageNumber = index + 1 + offset;
    // Text in the margin must not make pdfkit break to a new page.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    if (pageNumber >= firstNumbered)
      pdf
        .font("regular")
        .fontSize(14)
        .text(String(pageNumber), MARGINS.left, mm(9), { width: textWidth(pdf), align: "center", lineBreak: false });
    if (draftMark) {
      const width = pdf.font("bold").fontSize(12).widthOfString(draftMark) + mm(4);
      const x = pdf.page.width - MARGINS.right - width;
      pdf.rect(x, mm(7), width, mm(7)).lineWidth(0.8).stroke();
      pdf.text(draftMark, x, mm(8.3), { width, align: "center", lineBreak: false });
    }
    pdf.page.margins.bottom = bottom;
  }
}
