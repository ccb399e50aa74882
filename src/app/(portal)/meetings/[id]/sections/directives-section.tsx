import Link from "next/link";
import { EditableSection } from "@/components/editable-section";
import { Card } from "@/components/ui/card";
import type { MeetingPageView } from "@/server/meetings/get-meeting-page";
import { formatDate, vietnamDay } from "@/lib/dates";
import { vi } from "@/messages/vi";
import { citations } from "@/messages/vi/citations";
import { citationLabel } from "@/lib/document-codes";
import { CitationsEditor, DirectivesEditor } from "../lazy-editors";
import { editedMeeting } from "./edited-meeting";

type Directive = MeetingPageView["meeting"]["directives"][number];

const organizationsIn = (row: Directive, role: "LEAD" | "SUPPORT") => row.organizations.filter((org) => org.role === role);

/** What an archive entry's editor shows of a directive's outcome ("" for a meeting of today). */
function knownStatus(row: Directive, isArchive: boolean) {
  if (!isArchive) return "" as const;
  if (row.status === "DONE") return "DONE" as const;
  return row.status === "CANCELLED" ? ("NOT_FOLLOWED" as const) : ("UNKNOWN" as const);
}

/** The meeting's directives, who leads and supports each, and the documents the minutes cite. */
export function DirectivesSection({ view }: { view: MeetingPageView }) {
  const { meeting, flags } = view;
  const recorded = meeting.directives.length ? (
    <ol className="list-decimal space-y-2 pl-5 text-sm">
      {meeting.directives.map((row) => {
        const supports = organizationsIn(row, "SUPPORT");
        return (
          <li key={row.id}>
            <p>
              <Link className="hover:underline" href={`/directives/${row.id}`}>
                {row.content}
              </Link>
            </p>
            <p className="text-xs text-slate-600">
              {vi.meetings.lead}:{" "}
              {organizationsIn(row, "LEAD")
                .map((org) => org.organization.shortName)
                .join(", ")}
              {supports.length
                ? ` · ${vi.meetings.support}: ${supports.map((org) => org.organization.shortName).join(", ")}`
                : ""}
              {row.dueDate ? ` · ${vi.meetings.dueDate}: ${formatDate(row.dueDate)}` : ""}
            </p>
          </li>
        );
      })}
    </ol>
  ) : (
    <p className="text-sm text-slate-500">{vi.meetings.noDirectives}</p>
  );
  return (
    <Card title={vi.meetings.directives}>
      <EditableSection
        editLabel={vi.meetings.editDirectives}
        editor={
          flags.writable ? (
            <DirectivesEditor
              {...editedMeeting(view)}
              isArchive={meeting.isArchive}
              directives={meeting.directives.map((row) => ({
                id: row.id,
                content: row.content,
                category: row.category,
                dueDate: row.dueDate ? vietnamDay(row.dueDate) : "",
                leadOrganizationIds: organizationsIn(row, "LEAD").map((org) => org.organizationId),
                supportOrganizationIds: organizationsIn(row, "SUPPORT").map((org) => org.organizationId),
                knownStatus: knownStatus(row, meeting.isArchive),
              }))}
            />
          ) : null
        }
      >
        {recorded}
      </EditableSection>
      {meeting.documents.length ? (
        <p className="mt-4 text-sm" data-testid="meeting-documents">
          <span className="font-medium">{vi.meetings.documents}: </span>
          {meeting.documents.map((row, index) => (
            <span key={row.document.id}>
              {index ? ", " : ""}
              <Link className="underline" href={`/documents?q=${encodeURIComponent(row.document.code || row.document.title)}`}>
                {citationLabel(row.document)}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      {flags.writable ? (
        <div className="no-print mt-4 border-t border-slate-200 pt-4">
          <EditableSection
            editLabel={citations.open}
            editor={
              <CitationsEditor
                meetingId={meeting.id}
                published={flags.published}
                directives={meeting.directives.map((row, index) => ({
                  id: row.id,
                  label: `${vi.meetings.directive(index + 1)}: ${row.content.slice(0, 80)}`,
                }))}
                citedByHand={meeting.documents
                  .filter((row) => row.manual)
                  .map((row) => ({ documentId: row.document.id, label: citationLabel(row.document) }))}
              />
            }
          >
            {null}
          </EditableSection>
        </div>
      ) : null}
    </Card>
  );
}
