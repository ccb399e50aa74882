import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ReportPageView } from "@/server/reports/get-report-page";
import { formatNumber } from "@/lib/numbers";
import { vi } from "@/messages/vi";
import { removeAttachmentAction, uploadAttachmentAction } from "../../actions";
import { AttachmentUpload } from "../attachment-upload";

/** The report's files: download for everyone, remove and upload for those who may edit it. */
export function AttachmentsSection({ view }: { view: ReportPageView }) {
  const { report, flags } = view;
  return (
    <Card title={vi.reports.attachments}>
      {report.attachments.length === 0 ? (
        <p className="text-sm text-slate-500">{vi.reports.noAttachments}</p>
      ) : (
        <ul className="mb-4 divide-y divide-slate-100 text-sm">
          {report.attachments.map((attachment) => (
            <li key={attachment.id} className="flex items-center justify-between gap-2 py-2">
              <a className="link" href={`/reports/${report.id}/attachments/${attachment.id}`} download={attachment.fileName}>
                {attachment.fileName}
              </a>
              <span className="text-xs text-slate-500">{formatNumber(Math.ceil(attachment.size / 1024))} KB</span>
              {flags.edit ? (
                <form action={removeAttachmentAction}>
                  <input type="hidden" name="reportId" value={report.id} />
                  <input type="hidden" name="attachmentId" value={attachment.id} />
                  <Button type="submit" variant="ghost" aria-label={`${vi.reports.removeAttachment}: ${attachment.fileName}`}>
                    {vi.reports.removeAttachment}
                  </Button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {flags.edit ? <AttachmentUpload action={uploadAttachmentAction} reportId={report.id} /> : null}
    </Card>
  );
}
