import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/server/auth/session";
import { listConsolidatedReports } from "@/server/consolidated-reports/list-consolidated-reports";
import { consolidatedReport as t } from "@/messages/vi/consolidated-report";
import { DraftButton } from "./draft-button";

export const metadata: Metadata = { title: t.title };

/** /consolidated-reports — the Ban Dân vận's report of each period, drafted from the unit reports submitted. */
export default async function ConsolidatedReportsPage() {
  const actor = await requirePermission("read:consolidated-report");
  const rows = await listConsolidatedReports(actor);
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <Card>
        {rows.length === 0 ? (
          <EmptyState />
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th className="py-2 pr-3">{t.period}</th>
                <th className="py-2 pr-3">{t.reports}</th>
                <th className="py-2 pr-3">{t.status}</th>
                <th className="py-2 pr-3">{t.code}</th>
                <th className="py-2" />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.periodId}>
                  <td className="py-2 pr-3">{row.periodLabel}</td>
                  <td className="py-2 pr-3 tabular-nums">{row.submittedReports}</td>
                  <td className="py-2 pr-3">
                    {row.report ? (
                      <StatusBadge status={row.report.status} label={t.statusLabel[row.report.status]} />
                    ) : (
                      t.notStarted
                    )}
                  </td>
                  <td className="py-2 pr-3">{row.report?.code ?? ""}</td>
                  <td className="py-2">
                    {row.report ? (
                      <Link className="text-brand-700 underline" href={`/consolidated-reports/${row.report.id}`}>
                        {t.open}
                      </Link>
                    ) : row.mayDraft ? (
                      <DraftButton periodId={row.periodId} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
