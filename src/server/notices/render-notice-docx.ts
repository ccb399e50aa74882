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
import { PARTY_NAME } from "@/server/pdf/party-letterhead";
import { DRAFT_MARK, numberLine, RECIPIENTS_LABEL, type NoticeDocument } from "./notice-document";

// Hướng dẫn 36-HD/VPTW: A4, margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm;
// Times New Roman (Tinos is metric-compatible), body 14 pt, title 15–16 pt.
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

function line(
  text: string,
  options: { size?: number; bold?: boolean; italics?: boolean; underline?: boolean } & Partial<IParagraphOptions> = {},
) {
  const { size = 14, bold, italics, underline, ...paragraph } = options;
  return new Paragraph({
    ...paragraph,
    children: [new TextRun({ text, font: FONT, size: pt(size), bold, italics, underline: underline ? {} : undefined })],
  });
}

function body(text: string) {
  return line(text, {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: convertMillimetersToTwip(10) },
    spacing: { before: 60, after: 60, line: 300 },
  });
}

function cell(children: Paragraph[], widthPercent: number) {
  return new TableCell({ children, width: { size: widthPercent, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
}

/** "DỰ THẢO" at the right of the top margin, on every page of a draft. */
const draftMark = () => line(DRAFT_MARK, { size: 12, bold: true, alignment: AlignmentType.RIGHT });

/** Headers shared by the Party documents: the first page unnumbered, the others numbered at the top centre (14 pt). */
export function pageHeaders(draft: boolean) {
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(14) })],
  });
  return {
    first: new Header({ children: draft ? [draftMark()] : [new Paragraph({ children: [] })] }),
    default: new Header({ children: draft ? [draftMark(), pageNumber] : [pageNumber] }),
  };
}

/** The notice as an editable Word document (opens in Word and LibreOffice). */
export async function renderNoticeDocx(document: NoticeDocument): Promise<Buffer> {
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              ...(document.superiorBodyName ? [line(document.superiorBodyName, { alignment: AlignmentType.CENTER })] : []),
              line(document.issuerName, { bold: true, alignment: AlignmentType.CENTER }),
              line("*", { alignment: AlignmentType.CENTER }),
              line(numberLine(document), { alignment: AlignmentType.CENTER }),
            ],
            45,
          ),
          cell(
            [
              line(PARTY_NAME, { bold: true, underline: true, size: 15, alignment: AlignmentType.CENTER }),
              line(document.placeAndDate, { italics: true, alignment: AlignmentType.CENTER, spacing: { before: 120 } }),
            ],
            55,
          ),
        ],
      }),
    ],
  });

  const signature = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              // 36-HD/VPTW: "Nơi nhận:" upright 14 pt underlined; each recipient 12 pt after a dash.
              line(RECIPIENTS_LABEL, { size: 14, underline: true }),
              ...document.recipients.map((recipient) => line(`- ${recipient}`, { size: 12 })),
            ],
            50,
          ),
          cell(
            [
              line(document.signerTitle, { bold: true, alignment: AlignmentType.CENTER }),
              ...(document.signerPosition
                ? [line(document.signerPosition, { bold: true, alignment: AlignmentType.CENTER })]
                : []),
              line("", { spacing: { before: 1200 } }),
              line(document.signerName, { bold: true, alignment: AlignmentType.CENTER }),
            ],
            50,
          ),
        ],
      }),
    ],
  });

  const doc = new Document({
    creator: document.issuerName,
    title: `${document.title} ${document.code ?? ""}`.trim(),
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        // Page numbers from page 2 (a different first-page header); a draft's mark on every page.
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
        children: [
          header,
          line(document.title, { bold: true, size: 16, alignment: AlignmentType.CENTER, spacing: { before: 360 } }),
          line(document.subject, { bold: true, alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
          line("-----", { alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
          ...document.paragraphs.map(body),
          body(document.directivesHeading),
          ...document.directives.flatMap((directive, index) => [
            body(`${index + 1}. ${directive.content}`),
            body(directive.assignment),
          ]),
          ...document.closing.map(body),
          line("", { spacing: { after: 240 } }),
          signature,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
