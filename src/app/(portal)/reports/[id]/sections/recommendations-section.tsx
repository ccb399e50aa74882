import { RecommendationAnswer } from "@/components/recommendation-answer";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/status-badge";
import type { ReportPageView } from "@/server/reports/get-report-page";
import { vi } from "@/messages/vi";

/** The report's recommendations and their answers (the editor's open ones are in the form). */
export function RecommendationsSection({ view }: { view: ReportPageView }) {
  return (
    <Card title={vi.reports.recommendations}>
      {view.report.recommendations.length === 0 ? (
        <EmptyState />
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="report-recommendations">
          {view.recommendations.map((item) => (
            <li key={item.id} className="py-2">
              <p className="font-medium text-slate-900">{item.content}</p>
              {item.addressedTo ? (
                <p className="text-slate-600">{`${vi.recommendations.addressedTo}: ${item.addressedTo}`}</p>
              ) : null}
              <p className="mt-1 flex items-center gap-2">
                <StatusBadge status={item.status} label={vi.recommendationStatus[item.status]} />
              </p>
              <RecommendationAnswer recommendation={item} className="mt-1" />
              {item.answer ? null : <p className="mt-1 text-xs text-slate-500">{vi.reports.noAnswer}</p>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
