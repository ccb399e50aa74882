import type { Metadata } from "next";
import { FilterBar } from "@/components/filters/filter-bar";
import { FilterSelect } from "@/components/filters/filter-select";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listAudit } from "@/server/audit/list-audit";
import { requirePermission } from "@/server/auth/session";
import { formatDateTime } from "@/lib/dates";
import { ZAuditListParams } from "@/lib/schema-fields";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { vi } from "@/messages/vi";

export const metadata: Metadata = { title: vi.audit.title };

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    // Focusable, so a keyboard user can scroll a long change set too.
    <pre tabIndex={0} className="max-h-40 max-w-md overflow-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-2 text-xs">
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("read:audit");
  const params = await searchParams;
  const { entity: entityType, user: username, page } = parseSearchParams(ZAuditListParams, params);
  const result = await listAudit({ actor, entityType, username, page });
  return (
    <>
      <PageHeader title={vi.audit.title} />
      <Card>
        <FilterBar resetHref="/admin/audit" className="mb-4">
          <FilterSelect
            label={vi.audit.filterEntity}
            name="entity"
            value={entityType}
            allLabel={vi.audit.all}
            options={result.entityTypes.map((type) => ({ value: type, label: type }))}
          />
          <label className="text-sm">
            <span className="block text-slate-700">{vi.audit.filterActor}</span>
            <input name="user" defaultValue={username} className="control" />
          </label>
        </FilterBar>
        <DataTable
          caption={vi.audit.title}
          rows={result.rows}
          rowKey={(entry) => entry.id}
          columns={[
            { header: vi.audit.at, className: "whitespace-nowrap", cell: (entry) => formatDateTime(entry.at) },
            {
              header: vi.audit.actor,
              cell: (entry) => (entry.actor ? `${entry.actor.fullName} (${entry.actor.username})` : vi.audit.system),
            },
            { header: vi.audit.action, className: "font-mono text-xs", cell: (entry) => entry.action },
            {
              header: vi.audit.entity,
              className: "text-xs",
              cell: (entry) => (
                <>
                  {entry.entityType}
                  <br />
                  <span className="text-slate-500">{entry.entityId}</span>
                </>
              ),
            },
            { header: vi.audit.before, cell: (entry) => <Json value={entry.before} /> },
            { header: vi.audit.after, cell: (entry) => <Json value={entry.after} /> },
          ]}
        />
        <Pagination of={result} basePath="/admin/audit" params={{ entity: entityType, user: username }} />
      </Card>
    </>
  );
}
