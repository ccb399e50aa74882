/**
 * Text normalisation before extraction: one shape for the many ways Vietnamese text arrives.
 * NFC; the old tone placement "uỷ/hoà" becomes "ủy/hòa" (the form the portal stores);
 * curly quotes straight; every dash "-"; non-breaking and zero-width spaces removed;
 * CRLF to LF; runs of blanks collapsed; each line trimmed.
 */

/** "uý" → "úy", "oà" → "òa", "oé" → "óe" at a syllable's end (not after "q": "quý" stays). Works on NFD text. */
function moveTone(decomposed: string): string {
  return decomposed.replace(
    /(?<![qQ])([oO][aAeE]|[uU][yY])([\u0300\u0301\u0309\u0303\u0323])(?![\p{L}\p{M}])/gu,
    (_match, pair: string, tone: string) => `${pair[0]}${tone}${pair[1]}`,
  );
}

export function normalizeText(input: string): string {
  let text = input.replace(/\r\n?/g, "\n");
  // Decompose, move the tone in "uý/oà/oé" (checked on decomposed letters), then compose.
  text = text.normalize("NFD");
  text = moveTone(text);
  text = text.normalize("NFC");
  text = text
    .replace(/[\u200B-\u200D\uFEFF\u00AD]/g, "")
    .replace(/[\u00A0\u2007\u202F\t\f\v]/g, " ")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A]/g, "'")
    .replace(/\u2026/g, "…");
  return text
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
