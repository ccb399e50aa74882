import { z } from "zod";
import { ZPageRef, ZRecordRef } from "@/lib/schema-fields";
import { partyDocuments } from "@/messages/vi/party-documents";
import { ATTACHMENT_KINDS } from "./form-fields";

export { ATTACHMENT_KINDS };

export type MeetingAttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** The upload form of the meeting page (the file itself travels as form data, checked by content). */
export const ZMeetingAttachmentFormSchema = z.object({
  meetingId: ZRecordRef,
  kind: z.enum(ATTACHMENT_KINDS, { error: partyDocuments.attachments.kindLabel }),
  noticeId: z
    .string()
    .optional()
    .transform((value) => (value ? value : undefined)),
  page: ZPageRef,
  /** The name of a chosen file that holds 0 bytes (browsers send it; it is refused by name). */
  emptyFile: z.string().optional(),
});
