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
} from "docx";
import { pageHeaders } from "@/server/notices/render-notice-docx";
import { PARTY_NAME } from "@/server/pdf/party-letterhead";
import type { MinutesDocument } from "./render-minutes-pdf";

const FONT = "Times New Roman";
const pt = (points: number) => points * 2;
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
  options: { size?: number; bold?: boolean; italics?: boolean; underline?: boolean; center?: boolean; keepNext?: boolean } = {},
) {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : undefined,
    keepNext: options.keepNext,
    children: [
      new TextRun({
        text,
        font: FONT,
        size: pt(options.size ?? 14),
        bold: options.bold,
        italics: options.italics,
        underline: options.underline ? {} : undefined,
      }),
    ],
  });
}

function body(text: string, lead?: string, keepNext?: boolean) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: convertMillimetersToTwip(10) },
    spacing: { before: 60, after: 60, line: 300 },
    keepNext,
    children: [
      ...(lead ? [new TextRun({ text: `${lead}: `, font: FONT, size: pt(14), bold: true })] : []),
      new TextRun({ text, font: FONT, size: pt(14) }),
    ],
  });
}

const cell = (children: Paragraph[], percent: number) =>
  new TableCell({ children, width: { size: percent, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });

/** The minutes as an editable Word document, laid out as the PDF. */
export async function renderMinutesDocx(document: MinutesDocument): Promise<Buffer> {
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              ...(document.superiorBodyName ? [line(document.superiorBodyName, { center: true })] : []),
              line(document.issuerName, { bold: true, center: true }),
              line("*", { center: true }),
              ...(document.numberLine ? [line(document.numberLine, { center: true })] : []),
            ],
            48,
          ),
          cell(
            [
              line(PARTY_NAME, { bold: true, underline: true, size: 15, center: true }),
              line(document.placeAndDate, { italics: true, center: true }),
            ],
            52,
          ),
        ],
      }),
    ],
  });
  const signatures = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: document.signatures.map((signature) =>
          cell(
            [
              line(signature.title, { bold: true, center: true }),
              line("", { size: 14 }),
              line("", { size: 14 }),
              line("", { size: 14 }),
              line(signature.name, { bold: true, center: true }),
            ],
            100 / Math.max(1, document.signatures.length),
          ),
        ),
      }),
    ],
  });
  const doc = new Document({
    creator: document.issuerName,
    title: `${document.title} — ${document.subject}`,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        headers: pageHeaders(false),
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
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
          line(document.title, { bold: true, size: 16, center: true }),
          line(document.subject, { bold: true, center: true }),
          line("-----", { center: true }),
          ...document.facts.map((fact) => body(fact)),
          ...document.sections.flatMap((section) => [
            line(section.heading, { bold: true, keepNext: true }),
            ...section.paragraphs.map((paragraph) => body(paragraph.text, paragraph.lead)),
          ]),
          // Kept with the signatures that follow, so they never stand alone on the last page.
          ...(document.closing ? [body(document.closing, undefined, true)] : []),
          line("", { keepNext: true }),
          signatures,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
