import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { tableToCsv, tableToXlsx, type ExportTable } from "@/server/exports/tabular-export";

type Row = { name: string; count: number; day: Date | null };

const table: ExportTable<Row> = {
  title: "Thử nghiệm",
  columns: [
    { header: "Tên", value: (row) => row.name },
    { header: "Số lượng", type: "number", value: (row) => row.count },
    { header: "Ngày", type: "date", value: (row) => row.day },
  ],
  rows: [
    // 23:30 on 31/03 in Vietnam is still 31/03 there although it is 16:30 UTC.
    { name: 'Hội "Cựu chiến binh", tỉnh', count: 3, day: new Date("2020-03-31T16:30:00Z") },
    { name: '=HYPERLINK("http://x")', count: -2, day: null },
  ],
};

describe("tabular export", () => {
  it("writes CSV with a BOM, quoted separators, Vietnam dates and no formulas", () => {
    const bytes = tableToCsv(table);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf8")).toBe(
      'Tên,Số lượng,Ngày\r\n"Hội ""Cựu chiến binh"", tỉnh",3,31/03/2020\r\n"\'=HYPERLINK(""http://x"")",-2,\r\n',
    );
  });

  it("writes XLSX with number and date cells", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tableToXlsx(table)) as never);
    const sheet = workbook.getWorksheet("Thử nghiệm")!;
    expect(sheet.getRow(1).getCell(2).value).toBe("Số lượng");
    expect(sheet.getRow(2).getCell(2).value).toBe(3);
    expect((sheet.getRow(2).getCell(3).value as Date).toISOString()).toBe("2020-03-31T00:00:00.000Z");
    expect(sheet.getRow(2).getCell(3).numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getRow(3).getCell(2).value).toBe(-2);
  });

  it("says under the XLSX rows that an export was cut short, and keeps the CSV pure data", async () => {
    const note = "Chỉ xuất 5.000 dòng đầu; hãy lọc bớt để xuất đủ.";
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tableToXlsx({ ...table, note })) as never);
    const sheet = workbook.getWorksheet("Thử nghiệm")!;
    expect(sheet.getRow(4).getCell(1).value).toBeNull();
    expect(sheet.getRow(5).getCell(1).value).toBe(note);
    expect(sheet.getRow(5).font?.italic).toBe(true);
    expect(tableToCsv({ ...table, note }).equals(tableToCsv(table))).toBe(true);
  });
});
