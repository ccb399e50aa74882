import "server-only";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type IParagraphOptions,
} from "docx";
import { DRAFT_MARK, RECIPIENTS_LABEL } from "@/server/notices/notice-document";
import { PARTY_NAME } from "@/server/pdf/party-letterhead";

/**
 * The Word setup every Party document shares (notice, minutes, consolidated report), per
 * Hướng dẫn 36-HD/VPTW: A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman
 * (the PDFs use the metric-compatible Tinos), body 14 pt; the letterhead table; page numbers
 * from page 2; "DỰ THẢO" on every page of a draft; "Nơi nhận" beside the signature.
 */
const FONT = "Times New Roman";
const pt = (points: number) => points * 2; // docx sizes are half-points
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

type LineOptions = { size?: number; bold?: boolean; italics?: boolean; underline?: boolean; center?: boolean } & Partial<
  Omit<IParagraphOptions, "children">
>;

/** One paragraph of one run. */
export function line(text: string, options: LineOptions = {}) {
  const { size = 14, bold, italics, underline, center, ...paragraph } = options;
  return new Paragraph({
    alignment: center ? AlignmentType.CENTER : undefined,
    ...paragraph,
    children: [new TextRun({ text, font: FONT, size: pt(size), bold, italics, underline: underline ? {} : undefined })],
  });
}

/** A body paragraph: justified, 1 cm first-line indent, with an optional bold lead ("Đồng chí …: "). */
export function body(text: string, options: { lead?: string; keepNext?: boolean } = {}) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: convertMillimetersToTwip(10) },
    spacing: { before: 60, after: 60, line: 300 },
    keepNext: options.keepNext,
    children: [
      ...(options.lead ? [new TextRun({ text: `${options.lead}: `, font: FONT, size: pt(14), bold: true })] : []),
      new TextRun({ text, font: FONT, size: pt(14) }),
    ],
  });
}

const cell = (children: Paragraph[], percent: number) =>
  new TableCell({ children, width: { size: percent, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });

/** A borderless one-row table: the letterhead, the signatures. */
export function columns(cells: { children: Paragraph[]; percent: number }[], options: { cantSplit?: boolean } = {}) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: options.cantSplit, children: cells.map((item) => cell(item.children, item.percent)) })],
  });
}

/** What the letterhead prints: the superior body above the issuer, "*", the number; the Party's name and the date. */
export interface Letterhead {
  superiorBodyName?: string | null;
  issuerName: string;
  numberLine?: string | null;
  placeAndDate: string;
}

/** The 36-HD letterhead: superior body (regular) over issuer (bold), "*", number; "ĐẢNG CỘNG SẢN VIỆT NAM" and the date. */
export function letterhead(head: Letterhead) {
  return columns([
    {
      children: [
        ...(head.superiorBodyName ? [line(head.superiorBodyName, { center: true })] : []),
        line(head.issuerName, { bold: true, center: true }),
        line("*", { center: true }),
        ...(head.numberLine ? [line(head.numberLine, { center: true })] : []),
      ],
      percent: 45,
    },
    {
      children: [
        line(PARTY_NAME, { bold: true, underline: true, size: 15, center: true }),
        line(head.placeAndDate, { italics: true, center: true, spacing: { before: 120 } }),
      ],
      percent: 55,
    },
  ]);
}

/** "Nơi nhận:" (upright 14 pt underlined, each recipient 12 pt after a dash) left, the signature right. */
export function recipientsAndSignature(block: {
  recipients: string[];
  signerTitle: string;
  signerPosition: string;
  signerName: string;
}) {
  return columns(
    [
      {
        children: [
          line(RECIPIENTS_LABEL, { size: 14, underline: true }),
          ...block.recipients.map((recipient) => line(`- ${recipient}`, { size: 12 })),
        ],
        percent: 50,
      },
      {
        children: [
          line(block.signerTitle, { bold: true, center: true }),
          ...(block.signerPosition ? [line(block.signerPosition, { bold: true, center: true })] : []),
          line("", { spacing: { before: 1200 } }),
          line(block.signerName, { bold: true, center: true }),
        ],
        percent: 50,
      },
    ],
    { cantSplit: true },
  );
}

/** "DỰ THẢO" at the right of the top margin, on every page of a draft. */
const draftMark = () => line(DRAFT_MARK, { size: 12, bold: true, alignment: AlignmentType.RIGHT });

/** The first page unnumbered, the others numbered at the top centre (14 pt); a draft's mark on every page. */
function pageHeaders(draft: boolean) {
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(14) })],
  });
  return {
    first: new Header({ children: draft ? [draftMark()] : [new Paragraph({ children: [] })] }),
    default: new Header({ children: draft ? [draftMark(), pageNumber] : [pageNumber] }),
  };
}

/** A Party document as an editable Word file (opens in Word and LibreOffice). */
export function renderPartyDocx(document: {
  creator: string;
  title: string;
  draft?: boolean;
  children: (Paragraph | Table)[];
}): Promise<Buffer> {
  const doc = new Document({
    creator: document.creator,
    title: document.title,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        headers: pageHeaders(document.draft ?? false),
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 }, // A4 in twips
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(30),
              right: convertMillimetersToTwip(15),
            },
          },
        },
        children: document.children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
