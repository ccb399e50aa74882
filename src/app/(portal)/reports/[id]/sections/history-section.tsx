import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { ReportPageView } from "@/server/reports/get-report-page";
import { formatDateTime } from "@/lib/dates";
import { vi } from "@/messages/vi";

/** The report's submissions (each one opens its frozen copy) and who reviewed it. */
export function HistorySection({ view }: { view: ReportPageView }) {
  const { report } = view;
  return (
    <Card title={vi.reports.history}>
      {report.revisions.length === 0 ? (
        <p className="text-sm text-slate-500">{vi.reports.noRevisions}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {report.revisions.map((item) => (
            <li key={item.revision} className="flex justify-between py-2">
              <Link className="link" href={`/reports/${report.id}?revision=${item.revision}`}>
                {vi.reports.revision(item.revision)}
              </Link>
              <span className="text-slate-500">{formatDateTime(item.submittedAt)}</span>
            </li>
          ))}
        </ul>
      )}
      {report.reviewedAt && report.reviewedBy ? (
        <p className="mt-2 text-xs text-slate-500">
          {vi.reports.reviewedBy(report.reviewedBy.fullName, formatDateTime(report.reviewedAt))}
        </p>
      ) : null}
    </Card>
  );
}
