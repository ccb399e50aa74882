import "server-only";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
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
import { numberLine, RECIPIENTS_LABEL, type NoticeDocument } from "./notice-document";

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
              line(RECIPIENTS_LABEL, { size: 12, underline: true, italics: true, bold: true }),
              ...document.recipients.map((recipient) => line(`- ${recipient}`, { size: 11 })),
            ],
            50,
          ),
          cell(
            [
              line(document.signerTitle, { bold: true, alignment: AlignmentType.CENTER }),
              line(document.signerPosition, { bold: true, alignment: AlignmentType.CENTER }),
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
        properties: {
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
