/**
 * The meeting's day. A day written after a time of day ("Sáng 17-1", "Chiều ngày 24/3",
 * "Ngày 08/10/2021, …") is the meeting's; dates that follow a document code are the document's.
 * A day without its year takes the year of the page's stamp (or the one before, when the day
 * would fall after the stamp), else the year of the period. No day found: null, never guessed.
 */
import { findDates, iso, type DateMatch } from "./dates";
import type { DatePrecision, Span } from "./types";

const TIME_OF_DAY =
  /(sáng|chiều|tối|trưa|chiều tối|sáng sớm|ngày|hôm|vào)\s{0,2}(nay\s{1,2})?(ngày\s{1,2}|hôm\s{1,2})?(thứ\s{1,2}\S{1,5}\s{0,2},?\s{0,2})?(mai\s{1,2})?\(?$/i;
const DOCUMENT_BEFORE = /(\d{1,5}\s?[-/]\s?[A-ZĐ][A-Za-zĐđ]{0,6}(\/[A-ZĐ][A-Za-zĐđ]{0,7})?|số\s\d{1,5})[^.;\n]{0,12}$/u;

export interface FoundDate {
  date: string;
  precision: DatePrecision;
  span: Span;
  year: number;
  month: number;
}

export function findMeetingDate(
  body: string,
  stamp: { year: number; month: number; day: number } | null,
  periodHint: { year: number; startMonth: number } | null,
): FoundDate | null {
  const all = findDates(body);
  const candidates: { d: DateMatch; strong: boolean }[] = [];
  for (const d of all) {
    const before = body.slice(Math.max(0, d.start - 40), d.start);
    if (DOCUMENT_BEFORE.test(before)) continue;
    const cue = TIME_OF_DAY.test(before);
    const written = /tháng/.test(body.slice(d.start, d.end));
    if (!d.year && !cue) continue;
    const sentenceStart = /(^|[.\n]\s{0,3})$/.test(before);
    candidates.push({
      d,
      strong: (cue && /(sáng|chiều|tối|trưa|hôm)/i.test(before.slice(-25))) || (sentenceStart && cue) || (cue && written),
    });
  }
  const pick =
    candidates.find((c) => c.strong) ??
    candidates.find((c) => /hội nghị|giao ban|trực báo|họp/i.test(lineAround(body, c.d.start)));
  if (!pick) return null;
  const { d } = pick;
  let year = d.year;
  if (year === null && stamp) {
    year = stamp.year;
    if (d.month > stamp.month || (d.month === stamp.month && d.day > stamp.day)) year -= 1;
  }
  if (year === null && periodHint) year = d.month >= periodHint.startMonth ? periodHint.year : periodHint.year + 1;
  if (year === null) return null;
  return { date: iso(year, d.month, d.day), precision: "DAY", span: { start: d.start, end: d.end }, year, month: d.month };
}

function lineAround(text: string, at: number): string {
  const s = text.lastIndexOf("\n", at) + 1;
  const e = text.indexOf("\n", at);
  return text.slice(s, e < 0 ? text.length : e);
}
