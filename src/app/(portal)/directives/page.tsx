import type { Metadata } from "next";
import { directiveStatusLabel } from "@/lib/directives";
import { citationLabel } from "@/lib/document-codes";
import { FilterBar } from "@/components/filters/filter-bar";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/server/auth/policy";
import { requirePermission } from "@/server/auth/session";
import { DIRECTIVE_STATUSES } from "@/server/directives/schemas";
import { listDirectiveFilters, listDirectives } from "@/server/directives/list-directives";
import { formatDate } from "@/lib/dates";
import { formatPeriod } from "@/lib/periods";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { ZListDirectivesSchema } from "@/server/directives/schemas";
import { vi } from "@/messages/vi";
import { BoardTable } from "./board-table";

export const metadata: Metadata = { title: vi.directives.title };

const shortNames = (organizations: { role: string; organization: { shortName: string } }[], role: "LEAD" | "SUPPORT") =>
  organizations
    .filter((o) => o.role === role)
    .map((o) => o.organization.shortName)
    .join(", ");

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
        <BoardTable
          caption={ownTasks ? vi.directives.myTasks : vi.directives.title}
          rows={result.rows.map((row) => ({
            id: row.id,
            content: row.content,
            category: row.category,
            lead: shortNames(row.organizations, "LEAD"),
            support: shortNames(row.organizations, "SUPPORT"),
            meetingId: row.meeting.id,
            period: formatPeriod(row.meeting.period),
            due: row.dueDate ? formatDate(row.dueDate) : "",
            status: row.status,
            ...(directiveStatusLabel(row) === vi.directiveStatus[row.status] ? {} : { statusLabel: directiveStatusLabel(row) }),
            ...(row.overdue ? { overdue: true as const } : {}),
          }))}
        />
        <Pagination
          of={result}
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
