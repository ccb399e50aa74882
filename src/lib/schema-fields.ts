import { z } from "zod";
import { partyDocuments } from "@/messages/vi/party-documents";
import { validation } from "@/messages/vi/validation";
import { cleanText } from "./text";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { validation, partyDocuments };

/** The largest value of a PostgreSQL integer column: a bigger number must be refused, not sent. */
export const MAX_DB_INT = 2_147_483_647;

/** The version a form was loaded with (optimistic locking), as typed or sent. */
export const ZRecordVersion = z.coerce
  .number({ error: vi.validation.invalidNumber })
  .int(vi.validation.invalidNumber)
  .min(1, vi.validation.invalidNumber)
  .max(MAX_DB_INT, vi.validation.invalidNumber);

/** Highest page number a list accepts; further pages are empty anyway. */
export const MAX_PAGE = 100_000;

/** `?page=`: a page number, 1 for anything else (a word, 0, 99999999999999999999). */
export const ZPageParam = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1).default(1);

/** Longest search query used; a longer one is cut, not refused (the list still answers). */
export const MAX_SEARCH_LENGTH = 200;

/** `?q=`: the search as typed, cleaned (NFC, no control characters), at most MAX_SEARCH_LENGTH characters. */
export const ZSearchParam = z
  .string()
  .optional()
  .catch(undefined)
  .transform((value) => cleanText(value ?? "").slice(0, MAX_SEARCH_LENGTH) || undefined);

/** What a record key in an address looks like (cuid ids, seeded ids, news slugs). */
const RECORD_KEY = /^[A-Za-z0-9_-]{1,200}$/;

/** Whether a value can name a record at all; anything else (NUL, a megabyte, markup) names none. */
export function isRecordKey(value: unknown): value is string {
  return typeof value === "string" && RECORD_KEY.test(value);
}

/** `?period=`, `?unit=`…: a record id, or undefined for anything that cannot be one. */
export const ZIdParam = z.string().regex(RECORD_KEY).optional().catch(undefined);

/** A parameter that names one of a few values (a status), or undefined for anything else. */
export function choiceParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values).optional().catch(undefined);
}

/** Lists with a search box: `?q=…&page=…`. */
export const ZSearchListParams = z.object({ q: ZSearchParam, page: ZPageParam });

/** Lists with pages only: `?page=…`. */
export const ZPageListParams = z.object({ page: ZPageParam });

/** The audit log's filters: `?entity=Meeting&user=…&page=…`. */
export const ZAuditListParams = z.object({ entity: ZIdParam, user: ZSearchParam, page: ZPageParam });

/** Pages about one period: `?period=…`. */
export const ZPeriodParams = z.object({ period: ZIdParam });

/** A record named by a form or a call (a hidden `noticeId`): any non-empty text; the use case finds it or answers NOT_FOUND. */
export const ZRecordRef = z.string({ error: vi.validation.required }).min(1, vi.validation.required);

/** The page a form is on (its `meetingId`), only used to revalidate it after a change. */
export const ZPageRef = z.string().default("");

/** A call that names one record (`discardDraft(meetingId)`). */
export const ZRecordRefArgs = z.tuple([ZRecordRef]);

/** A number the văn thư gave in an outgoing register kept outside the portal; empty: the portal numbers. */
export const ZTypedNumber = z
  .string()
  .optional()
  .transform((value) => (value ?? "").trim())
  .pipe(z.union([z.literal(""), z.string().regex(/^[1-9]\d{0,4}$/, vi.partyDocuments.numbering.invalidNumber)]))
  .transform((value) => (value ? Number(value) : undefined));
