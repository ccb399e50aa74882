import { z } from "zod";
import { ZPageRef, ZRecordRef, ZRecordVersion } from "@/lib/schema-fields";
import { cleanText, storableText } from "@/lib/text";
import { validation } from "@/messages/vi/validation";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { validation };

export const ZUpdateNewsSchema = z.object({
  newsId: z.string().min(1),
  version: ZRecordVersion,
  title: z
    .string({ error: vi.validation.required })
    .transform(cleanText)
    .pipe(z.string().min(1, vi.validation.required).max(300, vi.validation.tooLong(300))),
  summary: z
    .string()
    .optional()
    .transform((value) => cleanText(value ?? ""))
    .pipe(z.string().max(1000, vi.validation.tooLong(1000))),
  bodyHtml: z.string().max(200_000, vi.validation.tooLong(200_000)).default("").transform(storableText),
});
export type TUpdateNewsInput = z.input<typeof ZUpdateNewsSchema>;

/** The news forms on the meeting's news page: the meetingId travels along to revalidate its pages. */
export const ZDraftNewsSchema = z.object({ meetingId: ZRecordRef });
export const ZUpdateNewsFormSchema = ZUpdateNewsSchema.extend({ meetingId: ZPageRef });
export const ZPublishNewsSchema = z.object({ meetingId: ZPageRef, newsId: ZRecordRef, published: z.boolean() });
export const ZNewsCoverSchema = z.object({ meetingId: ZPageRef, newsId: ZRecordRef });
