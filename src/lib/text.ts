/** Vietnamese typed on some systems arrives decomposed; store and compare NFC. */
export function toNfc(value: string): string {
  return value.normalize("NFC");
}

/** C0 and C1 control characters but tab, line feed and carriage return (PostgreSQL refuses NUL in text). */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Text the database and Prisma accept: well-formed Unicode (a lone surrogate, which Prisma's
 * query encoding refuses, becomes U+FFFD) without NUL and the other control characters a person
 * cannot type (tab and line breaks stay).
 */
export function storableText(value: string): string {
  return value.toWellFormed().replace(CONTROL_CHARACTERS, "");
}

/** NFC, trimmed, storable (no control characters or lone surrogates), inner whitespace runs of spaces/tabs collapsed (line breaks kept). */
export function cleanText(value: string): string {
  return toNfc(storableText(value))
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+/g, " ")
    .trim();
}

/** Lower-case, unaccented form used to match search input in JavaScript ("đ" → "d"). */
export function searchKey(value: string): string {
  return toNfc(value)
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

/**
 * The words of a search query as search keys (unaccented, lower-case), without LIKE
 * wildcards, at most ten: each must occur in a record's search key column.
 */
export function searchWords(q: string): string[] {
  return searchKey(q)
    .split(/[\s/,.;:()"'-]+/)
    .map((word) => word.replace(/[%_\\]/g, ""))
    .filter(Boolean)
    .slice(0, 10);
}

/** Slug from a Vietnamese title: "Quý I/2020" → "quy-i-2020". */
export function slugify(value: string): string {
  return searchKey(value)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120);
}
