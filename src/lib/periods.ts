export type PeriodType = "MONTH" | "QUARTER" | "HALF_YEAR" | "NINE_MONTHS" | "YEAR";

export interface PeriodLike {
  year: number;
  type: PeriodType;
  index: number;
}

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

export function toRoman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) throw new RangeError(`toRoman: ${value}`);
  let rest = value;
  let out = "";
  for (const [amount, numeral] of ROMAN) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

/** "Tháng 3/2020", "Quý I/2020", "6 tháng đầu năm 2020", "9 tháng đầu năm 2020", "Năm 2020". */
export function formatPeriod(period: PeriodLike): string {
  switch (period.type) {
    case "MONTH":
      return `Tháng ${period.index}/${period.year}`;
    case "QUARTER":
      return `Quý ${toRoman(period.index)}/${period.year}`;
    case "HALF_YEAR":
      return period.index === 1 ? `6 tháng đầu năm ${period.year}` : `6 tháng cuối năm ${period.year}`;
    case "NINE_MONTHS":
      return `9 tháng đầu năm ${period.year}`;
    case "YEAR":
      return `Năm ${period.year}`;
  }
}

/**
 * The period as officials write it inside a sentence: "quý I/2020", "tháng 3/2020",
 * "6 tháng đầu năm 2020", "9 tháng đầu năm 2020", "năm 2020".
 */
export function periodWords(period: PeriodLike): string {
  const label = formatPeriod(period);
  return label.charAt(0).toLocaleLowerCase("vi") + label.slice(1);
}

/**
 * A meeting's periods as one phrase, the primary first: "Quý II và 6 tháng đầu năm 2020",
 * "Quý IV và năm 2020" (the year written once when the periods share it).
 */
export function formatPeriods(primary: PeriodLike, companions: readonly PeriodLike[] = []): string {
  if (companions.length === 0) return formatPeriod(primary);
  const all = [primary, ...companions];
  const sameYear = all.every((period) => period.year === primary.year);
  const words = all.map((period, index) => {
    const text = index === 0 ? formatPeriod(period) : periodWords(period);
    return sameYear && index < all.length - 1 ? text.replace(new RegExp(`[/ ]${period.year}$`), "") : text;
  });
  return words.join(" và ");
}

/** The companion a committee reports together with a period: Quý II with 6 tháng đầu năm, Quý IV with năm (and Quý III with 9 tháng). */
export function usualCompanions(period: PeriodLike): PeriodLike[] {
  if (period.type !== "QUARTER") return [];
  if (period.index === 2) return [{ year: period.year, type: "HALF_YEAR", index: 1 }];
  if (period.index === 3) return [{ year: period.year, type: "NINE_MONTHS", index: 1 }];
  if (period.index === 4) return [{ year: period.year, type: "YEAR", index: 1 }];
  return [];
}

/** First and last calendar day of a period, as yyyy-mm-dd strings. */
export function periodRange(period: PeriodLike): { start: string; end: string } {
  const months: Record<PeriodType, [number, number]> = {
    MONTH: [period.index, period.index],
    QUARTER: [(period.index - 1) * 3 + 1, period.index * 3],
    HALF_YEAR: period.index === 1 ? [1, 6] : [7, 12],
    NINE_MONTHS: [1, 9],
    YEAR: [1, 12],
  };
  const [first, last] = months[period.type];
  const lastDay = new Date(Date.UTC(period.year, last, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return { start: `${period.year}-${pad(first)}-01`, end: `${period.year}-${pad(last)}-${pad(lastDay)}` };
}

/** The next period of the same type ("end of next quarter" needs it). */
export function nextPeriod(period: PeriodLike): PeriodLike {
  const perYear: Record<PeriodType, number> = { MONTH: 12, QUARTER: 4, HALF_YEAR: 2, NINE_MONTHS: 1, YEAR: 1 };
  return period.index < perYear[period.type]
    ? { ...period, index: period.index + 1 }
    : { ...period, year: period.year + 1, index: 1 };
}
