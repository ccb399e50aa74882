import { z } from "zod";
import { ZPageRef, ZRecordRef, ZRecordVersion } from "@/lib/schema-fields";
import { cleanText } from "@/lib/text";
import { validation } from "@/messages/vi/validation";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { validation };

const text = (max: number) =>
  z
    .string({ error: vi.validation.required })
    .transform(cleanText)
    .pipe(z.string().min(1, vi.validation.required).max(max, vi.validation.tooLong(max)));

export const ZUpdateNoticeSchema = z.object({
  noticeId: z.string().min(1),
  version: ZRecordVersion,
  subject: text(500),
  body: text(20000),
  signerTitle: text(120),
  signerPosition: text(200),
  signerName: text(120),
  recipients: text(4000),
});
export type TUpdateNoticeInput = z.input<typeof ZUpdateNoticeSchema>;

export const ZCancelNoticeSchema = z.object({ noticeId: z.string().min(1), reason: text(1000) });

/** The notice forms on the meeting page: the page's meetingId travels along to be revalidated. */
export const ZDraftNoticeSchema = z.object({ meetingId: ZRecordRef });
export const ZNoticeRefSchema = z.object({ meetingId: ZPageRef, noticeId: ZRecordRef });
export const ZUpdateNoticeFormSchema = ZUpdateNoticeSchema.extend({ meetingId: ZPageRef });
export const ZCancelNoticeFormSchema = ZCancelNoticeSchema.extend({ meetingId: ZPageRef });
