import { z } from "zod";
import { ZPageRef, ZRecordRef, ZRecordVersion, ZTypedNumber } from "@/lib/schema-fields";
import { fromVietnamTime, isCalendarDay } from "@/lib/dates";
import { cleanText } from "@/lib/text";
import { validation } from "@/messages/vi/validation";

const text = (max: number) =>
  z
    .string({ error: validation.required })
    .transform(cleanText)
    .pipe(z.string().min(1, validation.required).max(max, validation.tooLong(max)));

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

/**
 * Issuing: the number the văn thư gave in an outgoing register kept outside the portal (empty:
 * the portal numbers), and for a meeting recorded from the archive the day it was issued.
 */
export const ZIssueNoticeFormSchema = ZNoticeRefSchema.extend({
  number: ZTypedNumber,
  issuedOn: z
    .string()
    .optional()
    .transform((value) => (value ?? "").trim())
    .pipe(z.union([z.literal(""), z.string().refine(isCalendarDay, validation.invalidDate)]))
    .transform((value) => (value ? fromVietnamTime(value, "09:00") : undefined)),
});
