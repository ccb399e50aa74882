import "server-only";
import { storableText } from "@/lib/text";

/**
 * What a server action receives comes off the network: anyone signed in can post any
 * serializable arguments (a string where a FormData was expected, an array for a field, NUL
 * bytes, a megabyte of text). These readers turn any of it into the plain strings and records
 * the use cases' zod schemas expect, so a malformed call ends in a Vietnamese validation
 * message (INVALID_INPUT, NOT_FOUND), never in a TypeError or a database error.
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

/** A text field: its first text value, control characters removed; "" when absent (or a file). */
export function formText(form: unknown, name: string): string {
  return sentText(form, name) ?? "";
}

/** A text field as sent, or undefined when the form did not send it (an edit then keeps the stored value). */
export function sentText(form: unknown, name: string): string | undefined {
  const data = asForm(form);
  if (!data?.has(name)) return undefined;
  const value = data.getAll(name).find((entry) => typeof entry === "string");
  return typeof value === "string" ? wireText(value) : "";
}

/** Every text value of a repeated field (checkboxes), at most MAX_ENTRIES. */
export function formTexts(form: unknown, name: string): string[] {
  const data = asForm(form);
  if (!data) return [];
  return data
    .getAll(name)
    .filter((entry): entry is string => typeof entry === "string")
    .slice(0, MAX_ENTRIES)
    .map(wireText);
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

/**
 * The non-empty values of a repeated field, or undefined when the form did not send the field.
 * A checkbox list sends an empty hidden value besides its boxes, so "none checked" ([]) is told
 * apart from "not part of this form" (undefined: keep what is stored).
 */
export function sentTexts(form: unknown, name: string): string[] | undefined {
  return asForm(form)?.has(name) ? formTexts(form, name).filter(Boolean) : undefined;
}

/** An uploaded file, or null when none (or something else) was sent. */
export function formFile(form: unknown, name: string): File | null {
  const value = asForm(form)?.get(name);
  return value instanceof File && value.size > 0 ? value : null;
}

/** A plain argument (an id) as a string: control characters removed, "" for anything that is not a string. */
export function argText(value: unknown): string {
  return typeof value === "string" ? wireText(value) : "";
}

/** A whole-number argument (a version) that fits a database integer, or null for anything else. */
export function argInt(value: unknown): number | null {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) && Math.abs(number) <= 2_147_483_647 ? number : null;
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
