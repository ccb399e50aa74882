import { describe, expect, it } from "vitest";
import { vi } from "@/messages/vi";
import { searchWords } from "@/lib/text";
import { endOfNextQuarter } from "@/server/meetings/save-directives";
import { ZDirectiveSchema, ZScheduleMeetingSchema, ZUpdateMinutesSchema } from "@/server/meetings/schemas";

describe("meeting schemas", () => {
  it("normalizes typed text to NFC and trims it", () => {
    const parsed = ZScheduleMeetingSchema.parse({
      unitId: "u",
      periodId: "p",
      kind: "LIAISON",
      title: "  Hội nghi\u0323 giao ban  ",
      startsAt: "2020-03-24T14:00",
      place: " Hội trường ",
    });
    expect(parsed.title).toBe("Hội nghị giao ban");
    expect(parsed.place).toBe("Hội trường");
    expect(parsed.invitedOrganizationIds).toEqual([]);
    expect(parsed.chairPersonId).toBeNull();
  });

  it("gives Vietnamese messages per field", () => {
    const result = ZScheduleMeetingSchema.safeParse({
      unitId: "",
      periodId: "p",
      kind: "OTHER",
      title: "",
      startsAt: "24/03/2020",
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages).toEqual({
      unitId: vi.validation.required,
      kind: vi.validation.invalidChoice,
      title: vi.validation.required,
      startsAt: vi.validation.invalidDateTime,
    });
  });

  it("requires a lead organization and refuses one that both leads and supports", () => {
    expect(ZDirectiveSchema.safeParse({ content: "Việc", leadOrganizationIds: [] }).error?.issues[0].message).toBe(
      vi.meetings.leadRequired,
    );
    expect(
      ZDirectiveSchema.safeParse({
        content: "Việc",
        leadOrganizationIds: ["a"],
        supportOrganizationIds: ["a"],
      }).error?.issues[0].message,
    ).toBe(vi.meetings.leadAndSupport);
    expect(
      ZDirectiveSchema.parse({
        content: "Việc",
        leadOrganizationIds: ["a"],
        dueDate: "next-quarter-end",
      }).dueDate,
    ).toBe("next-quarter-end");
  });

  it("accepts a version as typed in a hidden input", () => {
    expect(ZUpdateMinutesSchema.parse({ meetingId: "m", version: "3" }).version).toBe(3);
  });
});

describe("meeting helpers", () => {
  it("computes the end of the next quarter from the meeting's period", () => {
    expect(endOfNextQuarter({ year: 2020, type: "QUARTER", index: 1 }).toISOString().slice(0, 10)).toBe("2020-06-30");
    expect(endOfNextQuarter({ year: 2020, type: "QUARTER", index: 4 }).toISOString().slice(0, 10)).toBe("2021-03-31");
    expect(endOfNextQuarter({ year: 2021, type: "NINE_MONTHS", index: 1 }).toISOString().slice(0, 10)).toBe("2021-12-31");
  });

  it("splits a query into unaccented words without LIKE wildcards", () => {
    expect(searchWords("Quý I/2020")).toEqual(["quy", "i", "2020"]);
    expect(searchWords("Ban Dân vận")).toEqual(["ban", "dan", "van"]);
    expect(searchWords("100% _x_")).toEqual(["100", "x"]);
    expect(searchWords("   ")).toEqual([]);
  });
});
