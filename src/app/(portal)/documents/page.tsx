import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/server/auth/session";
import { listDocuments } from "@/server/documents/list-documents";
import { ZSearchListParams } from "@/lib/schema-fields";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { vi } from "@/messages/vi";

export const metadata: Metadata = { title: vi.documents.title };

export default async function DocumentsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("read:document");
  const params = await searchParams;
  const { q, page } = parseSearchParams(ZSearchListParams, params);
  const result = await listDocuments({ actor, q, page });
  return (
    <>
      <PageHeader title={vi.documents.title} />
      <Card>
        <form className="flex flex-wrap gap-2" role="search">
          <input
            name="q"
            defaultValue={q}
            aria-label={vi.app.search}
            placeholder={vi.documents.searchPlaceholder}
            className="min-w-64 flex-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
          <button className={buttonClass("secondary")}>{vi.app.search}</button>
        </form>
        {result.rows.length === 0 ? (
          <div className="mt-4">
            <EmptyState message={vi.documents.empty} />
          </div>
        ) : (
          <div className="overflow-x-auto mt-4">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th className="py-2 pr-3">{vi.documents.code}</th>
                  <th className="py-2 pr-3">{vi.documents.type}</th>
                  <th className="py-2 pr-3">{vi.documents.issuer}</th>
                  <th className="py-2">{vi.documents.citedBy}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {result.rows.map((doc) => (
                  <tr key={doc.id}>
                    <td className="py-2 pr-3 font-mono">{doc.code}</td>
                    <td className="py-2 pr-3">{doc.type}</td>
                    <td className="py-2 pr-3">{doc.issuer}</td>
                    <td className="py-2">
                      <ul className="space-y-1">
                        {doc.meetings.map(({ meeting }) => (
                          <li key={meeting.id}>
                            <Link className="text-brand-700 underline" href={`/meetings/${meeting.id}`}>
                              {meeting.title}
                            </Link>
                          </li>
                        ))}
                        {doc.directives.map(({ directive }) => (
                          <li key={directive.id} className="text-slate-600">
                            {vi.meetings.directives}:{" "}
                            <Link className="underline" href={`/directives/${directive.id}`}>
                              {directive.content}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination page={result.page} pages={result.pages} total={result.total} basePath="/documents" params={{ q }} />
      </Card>
    </>
  );
}
