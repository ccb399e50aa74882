import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/button";
import { requirePermission } from "@/server/auth/session";
import { getConsolidatedReportPage } from "@/server/consolidated-reports/get-consolidated-report-page";
import { SECTIONS } from "@/server/consolidated-reports/form-fields";
import { orNotFound } from "@/server/http/or-not-found";
import { recordKeys } from "@/server/http/route-params";
import { consolidatedReport as t } from "@/messages/vi/consolidated-report";
import { ReportEditor, ReportSteps } from "./report-editor";

export const metadata: Metadata = { title: t.title };

/** /consolidated-reports/[id] — the report's sections, its editor while a draft, and its lifecycle. */
export default async function ConsolidatedReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await recordKeys(params);
  const actor = await requirePermission("read:consolidated-report");
  const report = await orNotFound(getConsolidatedReportPage({ actor, reportId: id }));
  const base = `/consolidated-reports/${report.id}`;
  return (
    <>
      <PageHeader title={`${t.title} · ${report.periodLabel}`} description={report.unitName} />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <StatusBadge status={report.status} label={t.statusLabel[report.status]} />
        {report.code ? <span className="text-sm">{`${t.code} ${report.code} · ${report.issuedLabel ?? ""}`}</span> : null}
        <a className={buttonClass("secondary", "sm")} href={`${base}/report.pdf`}>
          {t.downloadPdf}
        </a>
        <a className={buttonClass("secondary", "sm")} href={`${base}/report.docx`}>
          {t.downloadDocx}
        </a>
      </div>
      <ReportSteps reportId={report.id} may={report.may} />
      {report.may.edit ? (
        <Card>
          <ReportEditor reportId={report.id} version={report.version} fields={report.fields} />
        </Card>
      ) : (
        <Card>
          <div className="space-y-4">
            {SECTIONS.map((key) => (
              <section key={key}>
                <h2 className="text-sm font-semibold text-slate-800">{t.fields[key]}</h2>
                <p className="text-sm whitespace-pre-line">{report.fields[key] || "—"}</p>
              </section>
            ))}
          </div>
        </Card>
      )}
    </>
  );
}
