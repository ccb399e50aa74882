/**
 * Dates as Vietnamese reports write them: "ngày 17/01/2020", "17-1-2020", "ngày 17 tháng 01 năm 2020",
 * and without the year ("Chiều ngày 24/3", "Sáng 17-1"). Pure parsing; choosing the meeting's day is in date.ts.
 */
export interface DateMatch {
  day: number;
  month: number;
  year: number | null;
  start: number;
  end: number;
}

// Bounded: every quantifier has a small fixed maximum, so a long input cannot make it backtrack.
const NUMERIC = /(?<![\d/.-])(\d{1,2})\s{0,2}[/.-]\s{0,2}(\d{1,2})(?:\s{0,2}[/.-]\s{0,2}(\d{4}))?(?![\d/]|-[A-ZĐ])/g;
const WORDS = /(?<!\d)(\d{1,2})\s{1,3}tháng\s{1,3}(\d{1,2})(?:\s{1,3}năm\s{1,3}(\d{4}))?/gi;

export function validDay(day: number, month: number, year: number | null): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (year !== null && (year < 1945 || year > 2100)) return false;
  const days = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
  return day <= days;
}

/** Every day-month(-year) mention in `text` between `from` and `to`. */
export function findDates(text: string, from = 0, to = text.length): DateMatch[] {
  const slice = text.slice(from, to);
  const out: DateMatch[] = [];
  for (const re of [NUMERIC, WORDS]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      const day = +m[1]!;
      const month = +m[2]!;
      const year = m[3] ? +m[3] : null;
      if (!validDay(day, month, year)) continue;
      // "quý I/2020", "9/2021" (a month) and "2/3 số xã" are not days: a numeric form without year needs a day-ish context.
      out.push({ day, month, year, start: from + m.index, end: from + m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
