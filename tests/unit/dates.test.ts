import { describe, expect, it } from "vitest";
import { vi } from "@/messages/vi";
import { fromVietnamTime, isCalendarDay, isClockTime, isLocalDateTime } from "@/lib/dates";
import { ZSetDeadlineSchema } from "@/server/periods/schemas";
import { ZDirectiveSchema, ZScheduleMeetingSchema } from "@/server/meetings/schemas";

describe("real calendar days and times", () => {
  it("knows month lengths and leap years", () => {
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2000-02-29")).toBe(true);
    expect(isCalendarDay("2021-02-28")).toBe(true);
    expect(isCalendarDay("2021-12-31")).toBe(true);
    for (const day of [
      "2021-02-29",
      "1900-02-29",
      "2021-02-31",
      "2021-04-31",
      "2021-13-01",
      "2021-00-10",
      "2021-01-00",
      "2021-1-1",
      "x",
    ]) {
      expect(isCalendarDay(day), day).toBe(false);
    }
  });

  it("accepts 00:00–23:59 and nothing else", () => {
    expect(isClockTime("00:00")).toBe(true);
    expect(isClockTime("23:59")).toBe(true);
    for (const time of ["24:00", "23:60", "7:30", "07:30:00", ""]) expect(isClockTime(time), time).toBe(false);
    expect(isLocalDateTime("2020-03-24T14:00")).toBe(true);
    for (const value of ["2020-03-24T24:00", "2021-02-31T08:00", "2020-03-24", "2020-03-24T14:00T1"]) {
      expect(isLocalDateTime(value), value).toBe(false);
    }
  });

  it("never moves an impossible day to another one", () => {
    expect(fromVietnamTime("2020-03-24", "14:00").toISOString()).toBe("2020-03-24T07:00:00.000Z");
    expect(() => fromVietnamTime("2021-02-31")).toThrow(RangeError);
    expect(() => fromVietnamTime("2020-03-24", "24:00")).toThrow(RangeError);
  });
});

describe("schemas refuse impossible dates with a Vietnamese message", () => {
  const meeting = { unitId: "u", periodId: "p", kind: "LIAISON", title: "Giao ban" };

  it("meeting start and report deadline", () => {
    for (const startsAt of ["2021-02-31T08:00", "2020-03-24T24:00", "2020-03-24T23:60"]) {
      const result = ZScheduleMeetingSchema.safeParse({ ...meeting, startsAt });
      expect(result.success, startsAt).toBe(false);
      expect(result.error!.issues[0]).toMatchObject({ path: ["startsAt"], message: vi.validation.invalidDateTime });
    }
    const deadline = ZScheduleMeetingSchema.safeParse({ ...meeting, reportDeadline: "2023-02-29T17:00" });
    expect(deadline.error!.issues[0].path).toEqual(["reportDeadline"]);
    expect(ZScheduleMeetingSchema.parse({ ...meeting, startsAt: "2024-02-29T23:59" }).startsAt).toBe("2024-02-29T23:59");
  });

  it("directive due date", () => {
    const directive = { content: "Nhiệm vụ", leadOrganizationIds: ["o"] };
    const result = ZDirectiveSchema.safeParse({ ...directive, dueDate: "2021-02-31" });
    expect(result.error!.issues[0]).toMatchObject({ path: ["dueDate"], message: vi.validation.invalidDate });
    expect(ZDirectiveSchema.parse({ ...directive, dueDate: "2021-02-28" }).dueDate).toBe("2021-02-28");
  });

  it("period deadline day and time", () => {
    const base = { periodId: "p", unitId: "u" };
    expect(ZSetDeadlineSchema.safeParse({ ...base, day: "2021-02-31" }).error!.issues[0].message).toBe(vi.validation.invalidDate);
    expect(ZSetDeadlineSchema.safeParse({ ...base, day: "2021-02-28", time: "24:00" }).error!.issues[0].message).toBe(
      vi.periods.invalidTime,
    );
    expect(ZSetDeadlineSchema.parse({ ...base, day: "2021-02-28" })).toMatchObject({ day: "2021-02-28", time: "17:00" });
  });
});
