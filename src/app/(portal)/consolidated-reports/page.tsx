import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/server/auth/session";
import { listConsolidatedReports } from "@/server/consolidated-reports/list-consolidated-reports";
import { consolidatedReport as t } from "@/messages/vi/consolidated-report";
import { draftConsolidatedReportAction } from "./actions";

export const metadata: Metadata = { title: t.title };

/** /consolidated-reports — the Ban Dân vận's report of each period, drafted from the unit reports submitted. */
export default async function ConsolidatedReportsPage() {
  const actor = await requirePermission("read:consolidated-report");
  const rows = await listConsolidatedReports(actor);
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <Card>
        <DataTable
          caption={t.title}
          rows={rows}
          rowKey={(row) => row.periodId}
          columns={[
            { header: t.period, cell: (row) => row.periodLabel },
            { header: t.reports, className: "tabular-nums", cell: (row) => row.submittedReports },
            {
              header: t.status,
              cell: (row) =>
                row.report ? <StatusBadge status={row.report.status} label={t.statusLabel[row.report.status]} /> : t.notStarted,
            },
            { header: t.code, cell: (row) => row.report?.code ?? "" },
            {
              header: t.open,
              hiddenHeader: true,
              cell: (row) =>
                row.report ? (
                  <Link className="link" href={`/consolidated-reports/${row.report.id}`}>
                    {t.open}
                  </Link>
                ) : row.mayDraft ? (
                  <ActionButton
                    action={draftConsolidatedReportAction}
                    fields={{ periodId: row.periodId }}
                    label={t.draftFromDigest}
                    size="sm"
                  />
                ) : null,
            },
          ]}
        />
      </Card>
    </>
  );
}
