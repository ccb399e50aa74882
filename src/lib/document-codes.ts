/** A Party or State document code found in text: "54-NQ/TW", "5841/PA-UBND". */
export interface DocumentCode {
  code: string;
  number: string;
  type: string;
  issuer: string;
}

const TYPES = "NQ|CT|KL|TB|KH|ĐA|PA|HD|QĐ|QC|BC|CV|TTr|QĐi";
// "54-NQ/TW", "Chỉ thị số 35-CT/TW", "127-KH/TU", "172-TB/TW"
const PARTY_STYLE = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,5})\\s*-\\s*(${TYPES})\\s*\\/\\s*(\\p{Lu}[\\p{Lu}\\d]*(?:-\\p{Lu}[\\p{Lu}\\d]*)?)`,
  "gu",
);
// "5841/PA-UBND", "12/KH-BDVTU"
const STATE_STYLE = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,5})\\s*\\/\\s*(${TYPES})\\s*-\\s*(\\p{Lu}[\\p{Lu}\\d]*(?:-\\p{Lu}[\\p{Lu}\\d]*)?)`,
  "gu",
);

/** Every distinct document code in the text, in order of first appearance. */
export function findDocumentCodes(text: string): DocumentCode[] {
  const source = text.normalize("NFC");
  const found: { index: number; doc: DocumentCode }[] = [];
  for (const match of source.matchAll(PARTY_STYLE)) {
    const [, number, type, issuer] = match;
    found.push({ index: match.index ?? 0, doc: { code: `${number}-${type}/${issuer}`, number, type, issuer } });
  }
  for (const match of source.matchAll(STATE_STYLE)) {
    const [, number, type, issuer] = match;
    found.push({ index: match.index ?? 0, doc: { code: `${number}/${type}-${issuer}`, number, type, issuer } });
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.index - b.index)
    .map((item) => item.doc)
    .filter((doc) => (seen.has(doc.code) ? false : (seen.add(doc.code), true)));
}
