import "server-only";
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import { createA4Pdf, MARGINS, mm, pdfToBuffer, textWidth, writeParagraph } from "@/server/pdf/a4-pdf";
import { PARTY_NAME } from "@/server/pdf/party-letterhead";
import { partyDocuments } from "@/messages/vi/party-documents";

/** Bounds of one dossier: pages merged, and bytes of attachments read. */
export const MAX_DOSSIER_PAGES = 400;
export const MAX_DOSSIER_ATTACHMENT_MB = 80;

export type DossierPart =
  | { title: string; kind: "pdf"; bytes: Uint8Array }
  | { title: string; kind: "image"; bytes: Uint8Array; format: "png" | "jpeg" }
  | { title: string; kind: "note"; text: string };

export interface DossierCover {
  superiorBodyName: string | null;
  issuerName: string;
  title: string;
  facts: string[];
  madeAt: string;
}

const A4 = { width: 595.28, height: 841.89 };

/** A page or a few of worded text (the attendance, directives, reports, and refusal notes). */
export async function textPages(heading: string, paragraphs: string[]): Promise<Uint8Array> {
  const pdf = createA4Pdf(heading);
  pdf
    .font("bold")
    .fontSize(15)
    .text(heading.toLocaleUpperCase("vi"), MARGINS.left, pdf.y, { width: textWidth(pdf), align: "center" });
  pdf.moveDown(0.8);
  for (const paragraph of paragraphs) await writeParagraph(pdf, paragraph);
  return pdfToBuffer(pdf);
}

async function coverAndContents(cover: DossierCover, entries: { title: string; page: number }[]): Promise<Uint8Array> {
  const t = partyDocuments.dossier;
  const pdf = createA4Pdf(`${t.cover} ${cover.title}`);
  const width = textWidth(pdf);
  const half = width / 2;
  const top = pdf.y;
  if (cover.superiorBodyName)
    pdf.font("regular").fontSize(13).text(cover.superiorBodyName, MARGINS.left, top, { width: half, align: "center" });
  pdf
    .font("bold")
    .fontSize(13)
    .text(cover.issuerName, MARGINS.left, cover.superiorBodyName ? pdf.y : top, { width: half, align: "center" });
  pdf.font("regular").text("*", { width: half, align: "center" });
  pdf
    .font("bold")
    .fontSize(14)
    .text(PARTY_NAME, MARGINS.left + half, top, { width: half, align: "center", underline: true });
  pdf.y = mm(100);
  pdf.font("bold").fontSize(26).text(t.cover, MARGINS.left, pdf.y, { width, align: "center" });
  pdf.moveDown(0.8);
  pdf.fontSize(16).text(cover.title, { width, align: "center" });
  pdf.moveDown(1.5);
  pdf.font("regular").fontSize(14);
  for (const fact of cover.facts) pdf.text(fact, { width, align: "center" });
  pdf
    .font("italic")
    .fontSize(12)
    .text(cover.madeAt, MARGINS.left, pdf.page.height - MARGINS.bottom - mm(15), { width, align: "center" });

  pdf.addPage();
  pdf.font("bold").fontSize(16).text(t.contents, MARGINS.left, pdf.y, { width, align: "center" });
  pdf.moveDown(1);
  pdf.fontSize(13);
  for (const [index, entry] of entries.entries()) {
    const y = pdf.y;
    pdf.font("regular").text(`${index + 1}. ${entry.title}`, MARGINS.left, y, { width: width - mm(20), lineBreak: true });
    const after = pdf.y;
    pdf.text(String(entry.page), MARGINS.left + width - mm(15), y, { width: mm(15), align: "right" });
    pdf.y = after + 3;
  }
  return pdfToBuffer(pdf);
}

/** Loads a part's pages; a PDF that cannot be read becomes a note saying so. */
async function load(part: DossierPart): Promise<PDFDocument> {
  const t = partyDocuments.dossier;
  if (part.kind === "note") return PDFDocument.load(await textPages(part.title, [part.text]));
  if (part.kind === "image") {
    const doc = await PDFDocument.create();
    let image;
    try {
      image = part.format === "png" ? await doc.embedPng(part.bytes) : await doc.embedJpg(part.bytes);
    } catch {
      return PDFDocument.load(await textPages(part.title, [t.notIncluded(part.title, t.unreadableImage)]));
    }
    const page = doc.addPage([A4.width, A4.height]);
    const margin = 36;
    const scale = Math.min((A4.width - 2 * margin) / image.width, (A4.height - 2 * margin - 20) / image.height, 1);
    const w = image.width * scale;
    const h = image.height * scale;
    page.drawImage(image, { x: (A4.width - w) / 2, y: (A4.height - h) / 2, width: w, height: h });
    return doc;
  }
  try {
    return await PDFDocument.load(part.bytes, { updateMetadata: false });
  } catch {
    return PDFDocument.load(await textPages(part.title, [t.notIncluded(part.title, t.unreadable)]));
  }
}

/**
 * Cover, table of contents, then every part in order, numbered throughout ("3/20" at the foot of
 * every page). Parts beyond the page bound are replaced by a note; the table of contents gives
 * each part's first page.
 */
export async function assembleDossier(cover: DossierCover, parts: DossierPart[]): Promise<Uint8Array> {
  const t = partyDocuments.dossier;
  const loaded: { title: string; doc: PDFDocument }[] = [];
  let pages = 2;
  for (const part of parts) {
    let doc = await load(part);
    if (pages + doc.getPageCount() > MAX_DOSSIER_PAGES - 1) {
      doc = await PDFDocument.load(await textPages(part.title, [t.notIncluded(part.title, t.tooManyPages(MAX_DOSSIER_PAGES))]));
    }
    loaded.push({ title: part.title, doc });
    pages += doc.getPageCount();
  }
  const entries: { title: string; page: number }[] = [];
  let next = 3;
  for (const part of loaded) {
    entries.push({ title: part.title, page: next });
    next += part.doc.getPageCount();
  }
  const front = await PDFDocument.load(await coverAndContents(cover, entries));
  const merged = await PDFDocument.create();
  merged.setTitle(`${t.cover} ${cover.title}`);
  for (const doc of [front, ...loaded.map((part) => part.doc)]) {
    const copied = await merged.copyPages(doc, doc.getPageIndices());
    for (const page of copied) merged.addPage(page);
  }
  const font = await merged.embedFont(StandardFonts.Helvetica);
  const total = merged.getPageCount();
  merged.getPages().forEach((page, index) => {
    const label = `${index + 1}/${total}`;
    const size = 10;
    const { width } = page.getSize();
    const textWidthPt = font.widthOfTextAtSize(label, size);
    page.drawText(label, { x: width / 2 - textWidthPt / 2, y: 14, size, font, color: rgb(0.2, 0.2, 0.2) });
  });
  return merged.save();
}
