import type { Metadata } from "next";
import { directiveStatusLabel } from "@/lib/directives";
import { citationLabel } from "@/lib/document-codes";
import Link from "next/link";
import { FilterBar } from "@/components/filters/filter-bar";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { can } from "@/server/auth/policy";
import { requirePermission } from "@/server/auth/session";
import { DIRECTIVE_STATUSES } from "@/server/directives/schemas";
import { listDirectiveFilters, listDirectives } from "@/server/directives/list-directives";
import { formatDate } from "@/lib/dates";
import { formatPeriod } from "@/lib/periods";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { ZListDirectivesSchema } from "@/server/directives/schemas";
import { vi } from "@/messages/vi";

export const metadata: Metadata = { title: vi.directives.title };

export default async function DirectivesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("read:directive");
  const params = await searchParams;
  const input = parseSearchParams(ZListDirectivesSchema, {
    status: params.status,
    organizationId: params.org,
    meetingId: params.meeting,
    periodId: params.period,
    documentId: params.document,
    category: params.category,
    overdue: params.overdue,
    q: params.q,
    page: params.page,
  });
  const [result, filters] = await Promise.all([
    listDirectives({ actor, input }),
    listDirectiveFilters(actor, { meetingId: input.meetingId, documentId: input.documentId }),
  ]);
  const f = result.filters;
  // Those who carry directives out see the board as their own task list.
  const ownTasks = can(actor, "progress:directive");
  return (
    <>
      <PageHeader
        title={ownTasks ? vi.directives.myTasks : vi.directives.title}
        description={ownTasks ? vi.directives.myTasksHint : undefined}
      />
      <Card>
        <FilterBar
          resetHref="/directives"
          className="mb-4"
          search={{ label: vi.directives.search, value: f.q }}
          allLabel={vi.directives.all}
          selects={[
            {
              label: vi.directives.status,
              name: "status",
              value: f.status,
              options: DIRECTIVE_STATUSES.map((value) => ({ value, label: vi.directiveStatus[value] })),
            },
            filters.organizations.length > 1 && {
              label: vi.directives.organization,
              name: "org",
              value: f.organizationId,
              options: filters.organizations.map((organization) => ({ value: organization.id, label: organization.name })),
            },
            {
              label: vi.directives.period,
              name: "period",
              value: f.periodId,
              options: filters.periods.map((period) => ({ value: period.id, label: formatPeriod(period) })),
            },
            filters.meeting && {
              label: vi.directives.meeting,
              name: "meeting",
              value: filters.meeting.id,
              options: [{ value: filters.meeting.id, label: filters.meeting.title }],
            },
            filters.documents.length > 0 && {
              label: vi.directives.document,
              name: "document",
              value: f.documentId,
              options: filters.documents.map((document) => ({ value: document.id, label: citationLabel(document) })),
            },
            filters.categories.length > 0 && {
              label: vi.directives.category,
              name: "category",
              value: f.category,
              options: filters.categories.map((category) => ({ value: category, label: category })),
            },
          ]}
        >
          <label className="flex items-center gap-2 py-2 text-sm">
            <input type="checkbox" name="overdue" value="1" defaultChecked={f.overdue} />
            {vi.directives.overdueOnly}
          </label>
        </FilterBar>
        <DataTable
          caption={ownTasks ? vi.directives.myTasks : vi.directives.title}
          data-testid="directive-board"
          rows={result.rows}
          rowKey={(row) => row.id}
          columns={[
            {
              header: vi.directives.content,
              className: "max-w-md",
              cell: (row) => (
                <>
                  <Link href={`/directives/${row.id}`} className="font-medium text-slate-900 hover:underline">
                    {row.content}
                  </Link>
                  {row.category ? <span className="block text-xs text-slate-500">{row.category}</span> : null}
                </>
              ),
            },
            {
              header: vi.directives.lead,
              cell: (row) => {
                const supports = row.organizations.filter((o) => o.role === "SUPPORT");
                return (
                  <>
                    {row.organizations
                      .filter((o) => o.role === "LEAD")
                      .map((o) => o.organization.shortName)
                      .join(", ")}
                    {supports.length ? (
                      <span className="block text-xs text-slate-500">
                        {vi.directives.support}: {supports.map((o) => o.organization.shortName).join(", ")}
                      </span>
                    ) : null}
                  </>
                );
              },
            },
            {
              header: vi.directives.meeting,
              cell: (row) => (
                <Link href={`/meetings/${row.meeting.id}`} className="text-brand-700 underline">
                  {formatPeriod(row.meeting.period)}
                </Link>
              ),
            },
            {
              header: vi.directives.dueDate,
              className: "whitespace-nowrap",
              cell: (row) => (row.dueDate ? formatDate(row.dueDate) : vi.directives.noDueDate),
            },
            {
              header: vi.directives.status,
              cell: (row) => (
                <span className="flex flex-wrap gap-1">
                  <StatusBadge status={row.status} label={directiveStatusLabel(row)} />
                  {row.overdue ? <StatusBadge status="OVERDUE" label={vi.directives.overdue} /> : null}
                </span>
              ),
            },
          ]}
        />
        <Pagination
          page={result.page}
          pages={result.pages}
          total={result.total}
          basePath="/directives"
          params={{
            status: f.status,
            org: f.organizationId,
            meeting: f.meetingId,
            period: f.periodId,
            document: f.documentId,
            category: f.category,
            overdue: f.overdue ? "1" : undefined,
            q: f.q || undefined,
          }}
        />
      </Card>
    </>
  );
}
