import { describe, expect, it } from "vitest";
import { fromVietnamTime } from "@/lib/dates";
import { isOverdue } from "@/lib/directives";
import { ZListDirectivesSchema, ZPostProgressSchema } from "@/server/directives/schemas";

describe("isOverdue (Vietnam days)", () => {
  const due = new Date("2026-03-10"); // a DATE column arrives as UTC midnight
  it("is not overdue through the due day, and is from 00:00 the next Vietnam day", () => {
    expect(isOverdue({ status: "OPEN", dueDate: due }, fromVietnamTime("2026-03-10", "00:00"))).toBe(false);
    expect(isOverdue({ status: "OPEN", dueDate: due }, fromVietnamTime("2026-03-10", "23:59"))).toBe(false);
    expect(isOverdue({ status: "IN_PROGRESS", dueDate: due }, fromVietnamTime("2026-03-11", "00:00"))).toBe(true);
  });
  it("never flags finished or undated directives", () => {
    const late = fromVietnamTime("2027-01-01");
    expect(isOverdue({ status: "DONE", dueDate: due }, late)).toBe(false);
    expect(isOverdue({ status: "CANCELLED", dueDate: due }, late)).toBe(false);
    expect(isOverdue({ status: "OPEN", dueDate: null }, late)).toBe(false);
  });
});

describe("directive schemas", () => {
  it("accepts an empty percent or an integer 0–100 and normalizes the text", () => {
    expect(ZPostProgressSchema.parse({ directiveId: "d", body: "  Đã làm  ", percent: "" })).toEqual({
      directiveId: "d",
      body: "Đã làm",
      percent: null,
    });
    expect(ZPostProgressSchema.parse({ directiveId: "d", body: "x", percent: "100" }).percent).toBe(100);
    for (const percent of ["-1", "101", "12.5", "abc"]) {
      expect(ZPostProgressSchema.safeParse({ directiveId: "d", body: "x", percent }).success, percent).toBe(false);
    }
  });
  it("reads board filters from the query string, ignoring unknown values", () => {
    expect(ZListDirectivesSchema.parse({ status: "DONE", overdue: "1", page: "3" })).toMatchObject({
      status: "DONE",
      overdue: true,
      page: 3,
    });
    expect(ZListDirectivesSchema.parse({ status: "bogus", page: "-2" })).toMatchObject({ status: undefined, page: 1 });
  });
});
