import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { FilterBar } from "@/components/filters/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/server/auth/session";
import { listDocuments } from "@/server/documents/list-documents";
import { ZSearchListParams } from "@/lib/schema-fields";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { vi } from "@/messages/vi";
import { meetingRecordVi } from "@/messages/vi/meeting-record";
import { DOCUMENT_TYPE_WORDS } from "@/lib/document-codes";
import { formatDate } from "@/lib/dates";

const documentDate = meetingRecordVi.documents.issuedOn;

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
        <FilterBar
          resetHref="/documents"
          submitLabel={vi.app.search}
          search={{ label: vi.app.search, value: q, placeholder: vi.documents.searchPlaceholder }}
        />
        <DataTable
          className="mt-4"
          caption={vi.documents.title}
          empty={vi.documents.empty}
          rows={result.rows}
          rowKey={(doc) => doc.id}
          columns={[
            { header: vi.documents.issuer, cell: (doc) => doc.issuerName || doc.issuer },
            {
              header: vi.documents.code,
              cell: (doc) => (
                <>
                  <span className="font-mono">{doc.code || "—"}</span>
                  {doc.issuedOn ? (
                    <span className="block text-xs text-slate-600">{documentDate(formatDate(doc.issuedOn))}</span>
                  ) : null}
                </>
              ),
            },
            {
              header: vi.documents.type,
              cell: (doc) => (
                <>
                  {DOCUMENT_TYPE_WORDS[doc.type] ?? doc.type}
                  {doc.title ? <span className="block text-xs text-slate-600">{doc.title}</span> : null}
                </>
              ),
            },
            {
              header: vi.documents.citedBy,
              cell: (doc) => (
                <ul className="space-y-1">
                  {doc.meetings.map(({ meeting }) => (
                    <li key={meeting.id}>
                      <Link className="link" href={`/meetings/${meeting.id}`}>
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
              ),
            },
          ]}
        />
        <Pagination of={result} basePath="/documents" params={{ q }} />
      </Card>
    </>
  );
}
