import { EditableSection } from "@/components/editable-section";
import { Card } from "@/components/ui/card";
import type { MeetingPageView } from "@/server/meetings/get-meeting-page";
import { formatDateTime } from "@/lib/dates";
import { partyDocuments } from "@/messages/vi/party-documents";
import { MeetingAttachmentUpload } from "../lazy-editors";

/** The meeting's documents (invitation, programme, reports, photos, signed scans): list, download, upload. */
export function AttachmentsSection({ view }: { view: MeetingPageView }) {
  const t = partyDocuments.attachments;
  const { meeting, attachments } = view;
  if (!attachments.length && !view.flags.mayAttach) return null;
  return (
    <Card title={t.title}>
      <div className="space-y-4" data-testid="meeting-attachments">
        {attachments.length === 0 ? <p className="text-sm text-slate-500">{t.none}</p> : null}
        {attachments.length ? (
          <ul className="divide-y divide-slate-200 text-sm">
            {attachments.map((row) => (
              <li key={row.id} className="space-y-1 py-2">
                <div className="flex flex-wrap items-baseline gap-2">
                  <span className="font-medium">{t.kind[row.kind ?? "OTHER"]}</span>
                  {row.notice?.code ? <span>{row.notice.code}</span> : null}
                  <a className="text-brand-700 underline" href={`/meetings/${meeting.id}/attachments/${row.id}`}>
                    {row.fileName}
                  </a>
                  <span className="text-slate-500">
                    {t.size((row.size / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 0 }))} ·{" "}
                    {t.uploadedBy(row.uploadedBy.fullName, formatDateTime(row.createdAt))}
                  </span>
                </div>
                <p className="break-all text-xs text-slate-500">
                  {t.sha256}: {row.sha256}
                </p>
                {row.generatedSha256 ? (
                  <p className="break-all text-xs text-slate-500">
                    {t.generatedSha256}: {row.generatedSha256}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {view.flags.mayAttach ? (
          <EditableSection
            editLabel={t.open}
            editor={
              <MeetingAttachmentUpload
                meetingId={meeting.id}
                issuedNotices={(view.notices ?? [])
                  .filter((notice) => notice.status === "ISSUED" && notice.code)
                  .map((notice) => ({ id: notice.id, code: notice.code! }))}
              />
            }
          >
            {null}
          </EditableSection>
        ) : null}
      </div>
    </Card>
  );
}
