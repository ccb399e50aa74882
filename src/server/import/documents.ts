/**
 * Cited documents with a code. Party codes "54-NQ/TW", "05-CTr/TU", "35–CT/TW" (number, type,
 * issuer); State codes "1314/QĐ-TTg", "54/2024/NQ-HĐND", "1234/UBND-NN" (number, optional year,
 * type-issuer). The date is read when it follows the code closely ("…, ngày 10/12/2019").
 */
import { findDates, iso } from "./dates";
import type { ExtractedDocument } from "./types";

const LETTERS = "A-ZĐa-zđ";
const PARTY = new RegExp(
  `(?<![\\w/])(\\d{1,4})\\s?-\\s?([A-ZĐ][${LETTERS}]{0,4})\\s?/\\s?([A-ZĐ][A-ZĐa-zđ]{0,7})(?![\\w-])`,
  "gu",
);
const STATE = new RegExp(
  `(?<![\\w/])(\\d{1,5})(?:/(\\d{4}))?/([A-ZĐ][${LETTERS}]{0,6})((?:-[A-ZĐ][${LETTERS}]{0,8}){1,3})(?![\\w])`,
  "gu",
);
/** The first part of a State code that names a body, not a type: "1234/UBND-NN" is a letter (CV) of UBND-NN. */
const ISSUER_FIRST = new Set(["UBND", "HĐND", "BCĐ", "VPCP", "BTC", "SNV", "STC", "MTTQ", "BTV", "TU", "HU", "ĐU"]);

export function findDocuments(text: string): ExtractedDocument[] {
  const found: ExtractedDocument[] = [];
  const seen = new Set<string>();
  const add = (doc: ExtractedDocument) => {
    const existing = found.find((d) => d.code === doc.code);
    if (existing) {
      if (!existing.date && doc.date) existing.date = doc.date;
      return;
    }
    seen.add(doc.code);
    found.push(doc);
  };
  const dateAfter = (end: number, year: number | null): string | null => {
    const window = text.slice(end, end + 40);
    const m = /^\s{0,2}[,(]?\s{0,2}(?:được\s)?(?:ban hành\s)?(?:ngày|ngay)\s/i.exec(window);
    if (!m) return null;
    const dates = findDates(text, end + m[0].length, end + 40);
    const d = dates[0];
    if (!d || d.start !== end + m[0].length) return null;
    const y = d.year ?? year;
    return y ? iso(y, d.month, d.day) : null;
  };

  PARTY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PARTY.exec(text))) {
    const [whole, num, type, issuer] = m;
    const code = `${num}-${type}/${issuer}`;
    const start = m.index;
    const end = start + whole.length;
    add({ code, type: type!, issuer: issuer!, number: +num!, year: null, date: dateAfter(end, null), span: { start, end } });
  }
  STATE.lastIndex = 0;
  while ((m = STATE.exec(text))) {
    const [whole, num, year, first, rest] = m;
    const parts = rest!.slice(1).split("-");
    const isIssuer = ISSUER_FIRST.has(first!);
    const type = isIssuer ? "CV" : first!;
    const issuer = isIssuer ? [first!, ...parts].join("-") : parts.join("-");
    const code = `${num}${year ? `/${year}` : ""}/${first}${rest}`;
    const start = m.index;
    const end = start + whole.length;
    add({
      code,
      type,
      issuer,
      number: +num!,
      year: year ? +year : null,
      date: dateAfter(end, year ? +year : null),
      span: { start, end },
    });
  }
  void seen;
  return found.sort((a, b) => a.span.start - b.span.start);
}
