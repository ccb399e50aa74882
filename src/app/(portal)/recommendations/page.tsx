import type { Metadata } from "next";
import Link from "next/link";
import { RecommendationAnswer } from "@/components/recommendation-answer";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/server/auth/session";
import { listRecommendations } from "@/server/recommendations/list-recommendations";
import { listReportFilters } from "@/server/reports/list-reports";
import { can } from "@/server/auth/policy";
import { formatPeriod } from "@/lib/periods";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { RECOMMENDATION_STATUSES, ZRecommendationListParams } from "@/server/recommendations/schemas";
import { PeriodOrgStatusFilter } from "@/components/filters/period-org-status-filter";
import { vi } from "@/messages/vi";
import { answerRecommendationAction } from "./actions";
import { AnswerForm } from "./answer-form";

export const metadata: Metadata = { title: vi.recommendations.title };

export default async function RecommendationsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("read:recommendation");
  const params = await searchParams;
  const { period: periodId, org: organizationId, orgq, status, page } = parseSearchParams(ZRecommendationListParams, params);
  const [result, filters] = await Promise.all([
    listRecommendations({ actor, periodId, organizationId, status, page }),
    can(actor, "read:report")
      ? listReportFilters(actor, { organizationQuery: orgq, organizationId })
      : Promise.resolve({ periods: [], organizations: [], organizationsTotal: 0, organizationQuery: "" }),
  ]);
  return (
    <>
      <PageHeader title={vi.recommendations.title} />
      <Card>
        <PeriodOrgStatusFilter
          basePath="/recommendations"
          {...filters}
          statuses={RECOMMENDATION_STATUSES.map((value) => ({ value, label: vi.recommendationStatus[value] }))}
          selected={{ periodId, organizationId, status }}
          labels={{
            period: vi.recommendations.period,
            organization: vi.recommendations.organization,
            status: vi.recommendations.status,
          }}
        />
        {result.rows.length === 0 ? (
          <EmptyState />
        ) : (
          <ul className="divide-y divide-slate-100">
            {result.rows.map((row) => (
              <li key={row.id} className="py-3 text-sm" data-testid="recommendation">
                <p className="flex flex-wrap items-center gap-2 text-slate-600">
                  <StatusBadge status={row.status} label={vi.recommendationStatus[row.status]} />
                  <span>{row.organization.name}</span>·<span>{formatPeriod(row.period)}</span>
                  {row.reportId ? (
                    <Link className="link" href={`/reports/${row.reportId}`}>
                      {vi.recommendations.report}
                    </Link>
                  ) : null}
                </p>
                <p className="mt-1 font-medium text-slate-900">{row.content}</p>
                {row.addressedTo ? (
                  <p className="text-slate-600">
                    {vi.recommendations.addressedTo}: {row.addressedTo}
                  </p>
                ) : null}
                <RecommendationAnswer recommendation={row} className="mt-2" />
                {row.canAnswer && row.status !== "CLOSED" ? (
                  <AnswerForm
                    action={answerRecommendationAction}
                    recommendationId={row.id}
                    answer={row.answer ?? ""}
                    status={row.status}
                    label={vi.recommendations.answerFormLabel(row.organization.name, formatPeriod(row.period), row.content)}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <Pagination of={result} basePath="/recommendations" params={{ period: periodId, org: organizationId, status }} />
      </Card>
    </>
  );
}
