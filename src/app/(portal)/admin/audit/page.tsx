import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
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
        <form className="mb-4 flex flex-wrap items-end gap-3">
          <label className="text-sm">
            <span className="mb-1 block font-medium">{vi.audit.filterEntity}</span>
            <select name="entity" defaultValue={entityType ?? ""} className="rounded-md border border-slate-300 px-3 py-2">
              <option value="">{vi.audit.all}</option>
              {result.entityTypes.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block font-medium">{vi.audit.filterActor}</span>
            <input name="user" defaultValue={username} className="rounded-md border border-slate-300 px-3 py-2" />
          </label>
          <button className={buttonClass("secondary")}>{vi.app.filter}</button>
        </form>
        {result.rows.length === 0 ? (
          <EmptyState />
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th className="py-2 pr-3">{vi.audit.at}</th>
                  <th className="py-2 pr-3">{vi.audit.actor}</th>
                  <th className="py-2 pr-3">{vi.audit.action}</th>
                  <th className="py-2 pr-3">{vi.audit.entity}</th>
                  <th className="py-2 pr-3">{vi.audit.before}</th>
                  <th className="py-2">{vi.audit.after}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {result.rows.map((entry) => (
                  <tr key={entry.id}>
                    <td className="whitespace-nowrap py-2 pr-3">{formatDateTime(entry.at)}</td>
                    <td className="py-2 pr-3">
                      {entry.actor ? `${entry.actor.fullName} (${entry.actor.username})` : vi.audit.system}
                    </td>
                    <td className="py-2 pr-3 font-mono text-xs">{entry.action}</td>
                    <td className="py-2 pr-3 text-xs">
                      {entry.entityType}
                      <br />
                      <span className="text-slate-500">{entry.entityId}</span>
                    </td>
                    <td className="py-2 pr-3">
                      <Json value={entry.before} />
                    </td>
                    <td className="py-2">
                      <Json value={entry.after} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination
          page={result.page}
          pages={result.pages}
          total={result.total}
          basePath="/admin/audit"
          params={{ entity: entityType, user: username }}
        />
      </Card>
    </>
  );
}
