import { describe, expect, it } from "vitest";
import { summarizeRollCall } from "@/lib/roll-call-summary";

describe("roll call counts for the minutes", () => {
  it("counts a delegation by its head count, not as one person", () => {
    expect(
      summarizeRollCall([
        { fullName: "Bùi Thanh Hà" },
        { fullName: "Đại diện lãnh đạo Ban Tổ chức Tỉnh ủy", kind: "DELEGATION", headCount: 3 },
        { fullName: "Nguyễn Văn Phương", presence: "EXCUSED" },
        { fullName: "Trần Văn Vắng", presence: "UNEXCUSED" },
      ]),
    ).toEqual({ present: 4, expected: 6, excused: 1, unexcused: 1, unknownDelegations: 0 });
  });

  it("gives a substitute the seat of the person it replaces, counted once", () => {
    expect(
      summarizeRollCall([
        { fullName: "Lê Đức Thắng", presence: "EXCUSED" },
        { fullName: "Phan Văn Thay", presence: "SUBSTITUTE", substituteFor: "Lê Đức Thắng" },
        { fullName: "Hồ Thị Dự" },
      ]),
    ).toEqual({ present: 2, expected: 2, excused: 0, unexcused: 0, unknownDelegations: 0 });
    // Replacing someone not on the list: the substitute's seat is a seat of its own.
    expect(summarizeRollCall([{ fullName: "Phan Văn Thay", presence: "SUBSTITUTE", substituteFor: "Người khác" }])).toEqual({
      present: 1,
      expected: 1,
      excused: 0,
      unexcused: 0,
      unknownDelegations: 0,
    });
  });

  it("treats a missing or odd head count as one", () => {
    expect(
      summarizeRollCall([
        { fullName: "A", kind: "DELEGATION", headCount: 0 },
        { fullName: "B", headCount: 2.7 },
      ]),
    ).toEqual({
      present: 3,
      expected: 3,
      excused: 0,
      unexcused: 0,
      unknownDelegations: 0,
    });
  });

  it("counts a delegation of unknown size apart, never as one head", () => {
    expect(
      summarizeRollCall([
        { fullName: "Phan Thiên Định" },
        { fullName: "Đại diện lãnh đạo các ban Thành ủy", kind: "DELEGATION", headCount: null },
        { fullName: "Văn phòng Thành ủy", kind: "DELEGATION", headCount: null, presence: "EXCUSED" },
        // A person's missing count is still one head.
        { fullName: "Trần Hùng Nam", headCount: null },
      ]),
    ).toEqual({ present: 2, expected: 2, excused: 0, unexcused: 0, unknownDelegations: 1 });
  });
});
