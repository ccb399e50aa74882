import { formatDate } from "./dates";

/**
 * Party and State document codes found in text (pure; shared by the meeting record and the
 * article importer).
 *
 * Party style:  "54-NQ/TW", "05-CTr/TU", "03-TT/TW", "35–CT/TW" (any dash), "172 - TB / TW".
 * State style:  "5841/PA-UBND", "1314/QĐ-TTg", "54/2024/NQ-HĐND" (with the year),
 *               "1234/UBND-NN" (an official letter: issuer and drafting department, no type).
 * A date written right after the code ("2460/KH-UBND ngày 05/11/2021", "…, ngày 10 tháng 12
 * năm 2019") is taken too, as `issuedOn` (ISO "YYYY-MM-DD").
 *
 * A code alone does not identify a document: every province's "127-KH/TU" is a different
 * plan and numbers restart each term. The registry identifies a document by issuing body +
 * code + date; this module only reads what the text says.
 */
export interface DocumentCode {
  /** Canonical spelling: "54-NQ/TW", "54/2024/NQ-HĐND", "1234/UBND-NN". */
  code: string;
  number: string;
  /** NQ, CT, KL, … ; "CV" (công văn) for a letter code without a type ("1234/UBND-NN"). */
  type: string;
  /** The issuer abbreviation as written: TW, TU, UBND, TTg, HĐND, UBND-NN. */
  issuer: string;
  /** Year written inside the code ("54/2024/NQ-HĐND"). */
  year?: number;
  /** The issue date written right after the code, ISO "YYYY-MM-DD". */
  issuedOn?: string;
}

/** Document type abbreviations (Party: HD 36-HD/VPTW appendix; State: Nghị định 30/2020/NĐ-CP). */
export const DOCUMENT_TYPES = [
  "NQ",
  "CT",
  "CTr",
  "KL",
  "TB",
  "TT",
  "KH",
  "ĐA",
  "PA",
  "HD",
  "QĐ",
  "QĐi",
  "QC",
  "QyĐ",
  "BC",
  "CV",
  "TTr",
  "NĐ",
  "TTLT",
  "HĐ",
  "GM",
  "TC",
  "BB",
  "ĐK",
] as const;

/** Words for the type abbreviations, to show a citation in full. */
export const DOCUMENT_TYPE_WORDS: Record<string, string> = {
  NQ: "Nghị quyết",
  CT: "Chỉ thị",
  CTr: "Chương trình",
  KL: "Kết luận",
  TB: "Thông báo",
  TT: "Thông tri",
  KH: "Kế hoạch",
  ĐA: "Đề án",
  PA: "Phương án",
  HD: "Hướng dẫn",
  QĐ: "Quyết định",
  QĐi: "Quy định",
  QyĐ: "Quy định",
  QC: "Quy chế",
  BC: "Báo cáo",
  CV: "Công văn",
  TTr: "Tờ trình",
  NĐ: "Nghị định",
  TTLT: "Thông tư liên tịch",
  GM: "Giấy mời",
};

// Longest first, so "CTr" is not read as "CT" followed by "r".
const TYPES = [...DOCUMENT_TYPES].sort((a, b) => b.length - a.length).join("|");
const DASH = "[-‐‑‒–—]";
const ISSUER_PART = "\\p{Lu}[\\p{L}\\d]*";
const ISSUER = `${ISSUER_PART}(?:${DASH}${ISSUER_PART})*`;
const NOT_AFTER = "(?<![\\p{L}\\d/])";
const NOT_BEFORE = "(?![\\p{L}\\d])";

const PARTY_STYLE = new RegExp(`${NOT_AFTER}(\\d{1,5})\\s*${DASH}\\s*(${TYPES})\\s*\\/\\s*(${ISSUER})${NOT_BEFORE}`, "gu");
const STATE_STYLE = new RegExp(
  `${NOT_AFTER}(\\d{1,5})(?:\\s*\\/\\s*((?:19|20)\\d{2}))?\\s*\\/\\s*(${ISSUER_PART})\\s*${DASH}\\s*(${ISSUER})${NOT_BEFORE}`,
  "gu",
);
// ", ngày 05/11/2021" or " ngày 10 tháng 12 năm 2019" right after the code.
const DATE_AFTER = new RegExp(
  "^\\s*,?\\s*(?:ban hành\\s+)?ngày\\s+(\\d{1,2})\\s*(?:[/.\\-]|\\s+tháng\\s+)\\s*(\\d{1,2})\\s*(?:[/.\\-]|\\s+năm\\s+)\\s*(\\d{4})",
  "iu",
);

const TYPE_SET = new Set<string>(DOCUMENT_TYPES);
const canonicalDash = (text: string) => text.replace(new RegExp(DASH, "gu"), "-");

function dateAfter(source: string, end: number): string | undefined {
  const match = DATE_AFTER.exec(source.slice(end, end + 40));
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Every distinct document code in the text, in order of first appearance (with its date when written after it). */
export function findDocumentCodes(text: string): DocumentCode[] {
  const source = text.normalize("NFC");
  const found: { index: number; doc: DocumentCode }[] = [];
  for (const match of source.matchAll(PARTY_STYLE)) {
    const [whole, number, type, rawIssuer] = match;
    const issuer = canonicalDash(rawIssuer);
    const index = match.index ?? 0;
    const issuedOn = dateAfter(source, index + whole.length);
    found.push({ index, doc: { code: `${number}-${type}/${issuer}`, number, type, issuer, ...(issuedOn ? { issuedOn } : {}) } });
  }
  for (const match of source.matchAll(STATE_STYLE)) {
    const [whole, number, year, first, rawRest] = match;
    const rest = canonicalDash(rawRest);
    const index = match.index ?? 0;
    const issuedOn = dateAfter(source, index + whole.length);
    const typed = TYPE_SET.has(first);
    const type = typed ? first : "CV";
    const issuer = typed ? rest : `${first}-${rest}`;
    const code = `${number}${year ? `/${year}` : ""}/${first}-${rest}`;
    found.push({
      index,
      doc: { code, number, type, issuer, ...(year ? { year: Number(year) } : {}), ...(issuedOn ? { issuedOn } : {}) },
    });
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.index - b.index)
    .map((item) => item.doc)
    .filter((doc) => (seen.has(doc.code) ? false : (seen.add(doc.code), true)));
}

/** The single code a field holds ("Kế hoạch số 2460/KH-UBND ngày 05/11/2021"), or null. */
export function parseDocumentCode(text: string): DocumentCode | null {
  return findDocumentCodes(text)[0] ?? null;
}

const TITLE_WORDS = Object.entries(DOCUMENT_TYPE_WORDS).sort((a, b) => b[1].length - a[1].length);

/** The type a document's title starts with ("Nghị quyết Đại hội đại biểu toàn quốc…" → "NQ"), "" when none. */
export function typeOfTitle(title: string): string {
  const start = title.normalize("NFC").trim().toLocaleLowerCase("vi");
  return TITLE_WORDS.find(([, word]) => start.startsWith(word.toLocaleLowerCase("vi")))?.[0] ?? "";
}

/** A cited document in one line: its code (and date) when it has one, else its title and issuing body. */
export function citationLabel(doc: { code: string; title: string; issuerName: string; issuedOn: Date | null }): string {
  const date = doc.issuedOn ? ` ngày ${formatDate(doc.issuedOn)}` : "";
  if (doc.code) return `${doc.code}${date}`;
  return `${doc.title}${doc.issuerName ? ` (${doc.issuerName})` : ""}${date}`;
}
