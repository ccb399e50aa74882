/**
 * The period a meeting reviews: "quý I/2020", "quý IV năm 2019", "quý III" (year from the date),
 * "6 tháng đầu năm 2021", "9 tháng", "tháng 3/2020", "năm 2020". The title is read first; its first
 * period is the one reviewed ("quý IV năm 2019, triển khai nhiệm vụ quý I năm 2020"). Then the
 * first sentences of the body.
 */
import type { ExtractedPeriod, PeriodType, Span } from "./types";

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const ROMAN_OUT = ["", "I", "II", "III", "IV"];

const PATTERN =
  /(?<![\p{L}])(?:(quý)\s{1,2}(IV|III|II|I|[1-4])(?![\p{L}\d])|(6|06|sáu|9|09|chín)\s{1,2}tháng(?:\s{1,2}(?:đầu|cuối))?(?:\s{1,2}năm)?|(tháng)\s{1,2}(\d{1,2})(?![\d/]\d{1,2}[/-])|(năm)\s{1,2}(?=\d{4}))(?:\s{0,2}(?:\/|năm|-)?\s{0,2}(\d{4}))?/giu;

export function label(type: PeriodType, index: number | null, year: number): string {
  switch (type) {
    case "QUARTER":
      return `Quý ${ROMAN_OUT[index!]}/${year}`;
    case "MONTH":
      return `Tháng ${index}/${year}`;
    case "HALF_YEAR":
      return `6 tháng đầu năm ${year}`;
    case "NINE_MONTHS":
      return `9 tháng đầu năm ${year}`;
    case "YEAR":
      return `Năm ${year}`;
  }
}

interface Found {
  type: PeriodType;
  index: number | null;
  year: number | null;
  span: Span;
}

function scan(text: string, offset: number, yearsOnly: boolean): Found[] {
  const out: Found[] = [];
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(text))) {
    const span = { start: offset + m.index, end: offset + m.index + m[0].length };
    const year = m[7] ? +m[7] : null;
    if (m[1]) out.push({ type: "QUARTER", index: ROMAN[m[2]!.toUpperCase()] ?? null, year, span });
    else if (m[3])
      out.push({
        type: /^(6|06|sáu)$/i.test(m[3]) ? "HALF_YEAR" : "NINE_MONTHS",
        index: /cuối/i.test(m[0]) && /^(6|06|sáu)$/i.test(m[3]) ? 2 : 1,
        year,
        span,
      });
    else if (m[4]) {
      const month = +m[5]!;
      if (month >= 1 && month <= 12) out.push({ type: "MONTH", index: month, year, span });
    } else if (m[6] && year && !yearsOnly) out.push({ type: "YEAR", index: null, year, span });
    else if (m[6] && year) out.push({ type: "YEAR", index: null, year, span });
  }
  return out;
}

/** The period; `meetingDate` supplies a missing year (a quarter later than the meeting's belongs to the year before). */
export function findPeriod(
  title: string | null,
  titleSpan: Span | null,
  body: string,
  meetingDate: { year: number; month: number } | null,
  headline: { text: string; start: number } | null = null,
): ExtractedPeriod | null {
  const candidates: Found[] = [];
  if (title && titleSpan) candidates.push(...scan(title, titleSpan.start, false));
  if (!candidates.length && headline) candidates.push(...scan(headline.text, headline.start, false));
  if (!candidates.length) {
    // The first paragraph of the body that speaks of the meeting.
    let at = 0;
    for (const line of body.split("\n")) {
      const head = line.slice(0, 3000);
      if (/hội nghị|giao ban|trực báo/i.test(head)) {
        candidates.push(...scan(head, at, true).filter((f) => f.type !== "MONTH" || f.year));
        break;
      }
      at += line.length + 1;
    }
  }
  const pickOrder: PeriodType[] = ["QUARTER", "MONTH", "NINE_MONTHS", "HALF_YEAR", "YEAR"];
  const found = candidates.find((c) => c.type !== "YEAR") ?? candidates.find((c) => pickOrder.includes(c.type));
  if (!found) return null;
  let year = found.year;
  if (year === null) {
    const later = candidates.find((c) => c.year !== null);
    year = later?.year ?? null;
    if (year === null && meetingDate) {
      year = meetingDate.year;
      if (found.type === "QUARTER" && found.index && (found.index - 1) * 3 + 1 > meetingDate.month) year -= 1;
      if (found.type === "MONTH" && found.index && found.index > meetingDate.month) year -= 1;
    }
  }
  if (year === null) return null;
  const index = found.type === "YEAR" ? null : found.index;
  return { type: found.type, index, year, label: label(found.type, index, year), span: found.span };
}
