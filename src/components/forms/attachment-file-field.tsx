import { TextField } from "@/components/ui/field";
import { reports } from "@/messages/vi/reports";

/** The file kinds an attachment may be (the server checks the same list). */
const ATTACHMENT_TYPES = ".pdf,.docx,.xlsx,.png,.jpg,.jpeg";

/** The file of a report's or a directive's attachment, with the kinds and size it may have. */
export function AttachmentFileField({ label, error }: { label: string; error?: string }) {
  return (
    <TextField label={label} name="file" type="file" accept={ATTACHMENT_TYPES} hint={reports.attachmentHint} error={error} />
  );
}
