import "server-only";
import { storableText } from "@/lib/text";

/**
 * What a server action receives comes off the network: anyone signed in can post any
 * serializable arguments (a string where a FormData was expected, an array for a field, NUL
 * bytes, a megabyte of text). The action boundary (server-action.ts) reads every argument
 * through these cleaners before the feature schema checks it, so a malformed call ends in a
 * Vietnamese validation message (INVALID_INPUT, NOT_FOUND), never in a TypeError or a
 * database error.
 */

/** Longest string passed on to a use case; longer ones are cut (every schema allows far less). */
const MAX_STRING = 1_000_000;
/** Deepest nesting and most entries kept from an argument object (the editors send far less). */
const MAX_DEPTH = 6;
const MAX_ENTRIES = 1_000;

/** A text value off the wire: cut to MAX_STRING, control characters removed. */
export function wireText(value: string): string {
  return storableText(value.length > MAX_STRING ? value.slice(0, MAX_STRING) : value);
}

function asForm(form: unknown): FormData | null {
  return form instanceof FormData ? form : null;
}

/** Every text field of the form by name (first value), for forms with generated field names. */
export function formEntries(form: unknown): [string, string][] {
  const data = asForm(form);
  if (!data) return [];
  const entries: [string, string][] = [];
  for (const [key, value] of data.entries()) {
    if (typeof value === "string" && entries.length < MAX_ENTRIES) entries.push([wireText(key), wireText(value)]);
  }
  return entries;
}

/** An uploaded file, or null when none (or something else) was sent. */
export function formFile(form: unknown, name: string): File | null {
  const value = asForm(form)?.get(name);
  return value instanceof File && value.size > 0 ? value : null;
}

/**
 * A structured argument (the editors' JSON-like input) with every string cleaned, depth and size
 * capped, and anything that is not an object replaced by {}: the use case's schema then refuses
 * what is missing or of the wrong type with its field messages.
 */
export function argRecord(value: unknown): Record<string, unknown> {
  const cleaned = cleanValue(value, 0);
  return cleaned && typeof cleaned === "object" && !Array.isArray(cleaned) ? (cleaned as Record<string, unknown>) : {};
}

function cleanValue(value: unknown, depth: number): unknown {
  if (typeof value === "string") return wireText(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return undefined;
  if (Array.isArray(value)) return value.slice(0, MAX_ENTRIES).map((item) => cleanValue(item, depth + 1));
  if (value instanceof Date) return value;
  const entries = Object.entries(value).slice(0, MAX_ENTRIES);
  return Object.fromEntries(entries.map(([key, item]) => [wireText(key), cleanValue(item, depth + 1)]));
}
