import "server-only";
import ExcelJS from "exceljs";
import { formatDate, vietnamDay } from "@/lib/dates";

/**
 * One table, written as XLSX or CSV the same way for every list of the portal
 * (meetings, submission matrix, directive board …): Vietnamese headers, dates
 * shown dd/mm/yyyy (real date cells in XLSX), numbers as numbers.
 */
export type CellValue = string | number | Date | null | undefined;

export interface ExportColumn<Row> {
  header: string;
  /** "date": a Vietnam civil day; "number": a number cell; "text" (default). */
  type?: "text" | "number" | "date";
  /** Approximate width in characters (XLSX only). */
  width?: number;
  value: (row: Row) => CellValue;
}

export interface ExportTable<Row> {
  /** Sheet name (XLSX) and file name stem. */
  title: string;
  columns: ExportColumn<Row>[];
  rows: Row[];
  /** Said under the rows in XLSX (e.g. that the export was cut short); CSV stays pure data. */
  note?: string;
}

export type ExportFormat = "xlsx" | "csv";

export const EXPORT_MIME: Record<ExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

export function parseExportFormat(value: string | null | undefined): ExportFormat | null {
  return value === "xlsx" || value === "csv" ? value : null;
}

/** The Vietnam day of an instant as a UTC-midnight Date, so Excel shows that same day. */
function excelDay(value: Date): Date {
  return new Date(`${vietnamDay(value)}T00:00:00Z`);
}

function csvField(value: CellValue, type: ExportColumn<unknown>["type"]): string {
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (value instanceof Date) text = type === "date" || !type || type === "text" ? formatDate(value) : String(value);
  else text = String(value);
  // Quote fields holding separators; neutralize formulas so a cell never executes in Excel.
  if (/^[=+\-@\t\r]/.test(text) && typeof value === "string") text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV in UTF-8 with a byte-order mark (so Excel shows the diacritics), comma-separated, CRLF lines. */
export function tableToCsv<Row>(table: ExportTable<Row>): Buffer {
  const lines = [
    table.columns.map((column) => csvField(column.header, "text")).join(","),
    ...table.rows.map((row) => table.columns.map((column) => csvField(column.value(row), column.type)).join(",")),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join("\r\n") + "\r\n", "utf8")]);
}

/** An XLSX workbook of one sheet: bold frozen header row, date cells formatted dd/mm/yyyy. */
export async function tableToXlsx<Row>(table: ExportTable<Row>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Cổng giao ban";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(table.title.replace(/[\\/?*[\]:]/g, "-").slice(0, 31), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: column.width ?? Math.max(12, column.header.length + 2),
    style: column.type === "date" ? { numFmt: "dd/mm/yyyy" } : undefined,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(
      table.columns.map((column) => {
        const value = column.value(row);
        if (value === null || value === undefined) return null;
        if (value instanceof Date) return column.type === "date" ? excelDay(value) : formatDate(value);
        return value;
      }),
    );
  }
  if (table.note) {
    sheet.addRow([]);
    sheet.addRow([table.note]).font = { italic: true };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer as ArrayBuffer);
}

export async function renderTable<Row>(table: ExportTable<Row>, format: ExportFormat): Promise<Buffer> {
  return format === "xlsx" ? tableToXlsx(table) : tableToCsv(table);
}
