/** Vietnamese typed on some systems arrives decomposed; store and compare NFC. */
export function toNfc(value: string): string {
  return value.normalize("NFC");
}

/** NFC, trimmed, inner whitespace runs of spaces/tabs collapsed (line breaks kept). */
export function cleanText(value: string): string {
  return toNfc(value)
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

/** Slug from a Vietnamese title: "Quý I/2020" → "quy-i-2020". */
export function slugify(value: string): string {
  return searchKey(value)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120);
}
