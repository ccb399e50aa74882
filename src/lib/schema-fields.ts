import { z } from "zod";
import { vi } from "@/messages/vi";
import { cleanText } from "./text";

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

/** `?period=`, `?unit=`…: a record id, or undefined for anything that cannot be one. */
export const ZIdParam = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/)
  .optional()
  .catch(undefined);
