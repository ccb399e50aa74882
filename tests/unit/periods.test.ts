import { describe, expect, it } from "vitest";
import { formatPeriod, nextPeriod, periodRange, toRoman, type PeriodLike } from "@/lib/periods";

const quarter = (year: number, index: number): PeriodLike => ({
  year,
  type: "QUARTER",
  index,
});

describe("toRoman", () => {
  it.each([
    [1, "I"],
    [2, "II"],
    [3, "III"],
    [4, "IV"],
    [9, "IX"],
    [14, "XIV"],
    [40, "XL"],
    [1994, "MCMXCIV"],
    [2020, "MMXX"],
    [3999, "MMMCMXCIX"],
  ])("%i → %s", (value, numeral) => {
    expect(toRoman(value)).toBe(numeral);
  });

  it.each([0, -1, 4000, 1.5, Number.NaN])("refuses %s", (value) => {
    expect(() => toRoman(value)).toThrow(RangeError);
  });
});

describe("formatPeriod", () => {
  it("writes quarters with Roman numerals", () => {
    expect(formatPeriod(quarter(2020, 1))).toBe("Quý I/2020");
    expect(formatPeriod(quarter(2019, 4))).toBe("Quý IV/2019");
    expect(formatPeriod(quarter(2021, 3))).toBe("Quý III/2021");
  });

  it("writes half years, nine months and years as in official reports", () => {
    expect(formatPeriod({ year: 2020, type: "HALF_YEAR", index: 1 })).toBe("6 tháng đầu năm 2020");
    expect(formatPeriod({ year: 2020, type: "HALF_YEAR", index: 2 })).toBe("6 tháng cuối năm 2020");
    expect(formatPeriod({ year: 2021, type: "NINE_MONTHS", index: 1 })).toBe("9 tháng đầu năm 2021");
    expect(formatPeriod({ year: 2020, type: "YEAR", index: 1 })).toBe("Năm 2020");
  });

  it("produces NFC text (so it compares equal to stored labels)", () => {
    const label = formatPeriod(quarter(2020, 1));
    expect(label).toBe(label.normalize("NFC"));
  });
});

describe("periodRange", () => {
  it("covers Q1 of a leap year to 31 March", () => {
    expect(periodRange(quarter(2020, 1))).toEqual({
      start: "2020-01-01",
      end: "2020-03-31",
    });
  });

  it("ends each quarter on its last day", () => {
    expect(periodRange(quarter(2021, 2))).toEqual({
      start: "2021-04-01",
      end: "2021-06-30",
    });
    expect(periodRange(quarter(2021, 3))).toEqual({
      start: "2021-07-01",
      end: "2021-09-30",
    });
    expect(periodRange(quarter(2019, 4))).toEqual({
      start: "2019-10-01",
      end: "2019-12-31",
    });
  });

  it("covers half years, nine months and whole years", () => {
    expect(periodRange({ year: 2020, type: "HALF_YEAR", index: 1 })).toEqual({
      start: "2020-01-01",
      end: "2020-06-30",
    });
    expect(periodRange({ year: 2020, type: "HALF_YEAR", index: 2 })).toEqual({
      start: "2020-07-01",
      end: "2020-12-31",
    });
    expect(periodRange({ year: 2021, type: "NINE_MONTHS", index: 1 })).toEqual({
      start: "2021-01-01",
      end: "2021-09-30",
    });
    expect(periodRange({ year: 2024, type: "YEAR", index: 1 })).toEqual({
      start: "2024-01-01",
      end: "2024-12-31",
    });
  });

  it("counts February's days in leap and common years", () => {
    // Q1 spans February: 91 days in a leap year, 90 otherwise.
    const days = (range: { start: string; end: string }) => (Date.parse(range.end) - Date.parse(range.start)) / 86_400_000 + 1;
    expect(days(periodRange(quarter(2020, 1)))).toBe(91);
    expect(days(periodRange(quarter(2021, 1)))).toBe(90);
    expect(days(periodRange({ year: 2020, type: "YEAR", index: 1 }))).toBe(366);
    expect(days(periodRange({ year: 2100, type: "YEAR", index: 1 }))).toBe(365);
  });
});

describe("nextPeriod", () => {
  it("moves to the next quarter within the year", () => {
    expect(nextPeriod(quarter(2020, 1))).toEqual(quarter(2020, 2));
    expect(nextPeriod(quarter(2020, 3))).toEqual(quarter(2020, 4));
  });

  it("wraps Q4 to Q1 of the next year", () => {
    expect(nextPeriod(quarter(2019, 4))).toEqual(quarter(2020, 1));
  });

  it("wraps halves and moves yearly periods by a year", () => {
    expect(nextPeriod({ year: 2020, type: "HALF_YEAR", index: 1 })).toEqual({
      year: 2020,
      type: "HALF_YEAR",
      index: 2,
    });
    expect(nextPeriod({ year: 2020, type: "HALF_YEAR", index: 2 })).toEqual({
      year: 2021,
      type: "HALF_YEAR",
      index: 1,
    });
    expect(nextPeriod({ year: 2021, type: "NINE_MONTHS", index: 1 })).toEqual({
      year: 2022,
      type: "NINE_MONTHS",
      index: 1,
    });
    expect(nextPeriod({ year: 2020, type: "YEAR", index: 1 })).toEqual({
      year: 2021,
      type: "YEAR",
      index: 1,
    });
  });

  it("does not mutate its argument", () => {
    const period = quarter(2020, 4);
    nextPeriod(period);
    expect(period).toEqual(quarter(2020, 4));
  });
});

describe("period words as officials write them (issue 14 §5)", () => {
  it("writes periods inside a sentence and with their companions", async () => {
    const { periodWords, formatPeriods, usualCompanions } = await import("@/lib/periods");
    expect(periodWords({ year: 2020, type: "HALF_YEAR", index: 1 })).toBe("6 tháng đầu năm 2020");
    expect(periodWords({ year: 2020, type: "NINE_MONTHS", index: 1 })).toBe("9 tháng đầu năm 2020");
    expect(periodWords({ year: 2020, type: "YEAR", index: 1 })).toBe("năm 2020");
    expect(periodWords({ year: 2020, type: "MONTH", index: 3 })).toBe("tháng 3/2020");
    const q2 = { year: 2020, type: "QUARTER", index: 2 } as const;
    const q4 = { year: 2020, type: "QUARTER", index: 4 } as const;
    expect(formatPeriods(q2, usualCompanions(q2))).toBe("Quý II và 6 tháng đầu năm 2020");
    expect(formatPeriods(q4, usualCompanions(q4))).toBe("Quý IV và năm 2020");
    expect(formatPeriods(q2)).toBe("Quý II/2020");
  });
});
