import { DataTable } from "@/components/ui/data-table";
import { formatMoney, formatNumber } from "@/lib/numbers";
import { REPORT_SECTIONS, type ReportSection } from "@/server/reports/form-fields";
import { vi } from "@/messages/vi";

/** A report's three written sections, as read (the current report or a frozen submission). */
export function ReportText({ values }: { values: Record<ReportSection, string> }) {
  return (
    <div className="space-y-4">
      {REPORT_SECTIONS.map((section) => (
        <section key={section}>
          <h3 className="text-sm font-semibold text-slate-800">{vi.reports.sections[section]}</h3>
          <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{values[section] || "—"}</p>
        </section>
      ))}
    </div>
  );
}

type Figure = { name: string; value: string; isMoney: boolean; unitLabel: string };

/** A report's figures: one row per indicator, named by its row header. */
export function ReportFigures({ rows }: { rows: Figure[] }) {
  return (
    <>
      <h3 className="mt-4 text-sm font-semibold text-slate-800">{vi.reports.indicators}</h3>
      <DataTable
        caption={vi.reports.indicators}
        rows={rows}
        rowKey={(row) => row.name}
        empty={vi.app.noData}
        columns={[
          { header: vi.digest.indicator, rowHeader: true, cell: (row) => row.name, className: "text-slate-700" },
          {
            header: vi.digest.value,
            className: "text-right font-medium tabular-nums",
            cell: (row) => (row.isMoney ? formatMoney(row.value) : `${formatNumber(row.value)} ${row.unitLabel}`),
          },
        ]}
      />
    </>
  );
}
