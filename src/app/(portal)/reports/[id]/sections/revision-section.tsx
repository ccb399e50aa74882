import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { ReportPageView } from "@/server/reports/get-report-page";
import { formatDateTime } from "@/lib/dates";
import { vi } from "@/messages/vi";
import { ReportFigures, ReportText } from "./report-text";

/** One frozen submission, shown above the current report when the address names it. */
export function RevisionSection({ view }: { view: ReportPageView }) {
  const { revision, report } = view;
  if (!revision) return null;
  return (
    <Card title={vi.reports.revisionOf(revision.revision, formatDateTime(revision.submittedAt))} className="mb-6">
      <Link href={`/reports/${report.id}`} className="mb-4 inline-block text-sm text-brand-700 underline">
        {vi.reports.backToCurrent}
      </Link>
      <ReportText values={revision.snapshot} />
      <ReportFigures rows={revision.snapshot.indicators} />
      <h3 className="mt-4 text-sm font-semibold text-slate-800">{vi.reports.recommendations}</h3>
      <ul className="list-disc pl-5 text-sm">
        {revision.snapshot.recommendations.map((item, index) => (
          <li key={index}>
            {item.content} {item.addressedTo ? `(${item.addressedTo})` : ""}
          </li>
        ))}
      </ul>
      <h3 className="mt-4 text-sm font-semibold text-slate-800">{vi.reports.attachments}</h3>
      <ul className="list-disc pl-5 text-sm">
        {revision.snapshot.attachments.map((item) => (
          <li key={item.id}>{item.fileName}</li>
        ))}
      </ul>
    </Card>
  );
}
