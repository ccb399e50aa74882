import { describe, expect, it } from "vitest";
import { formatMeetingTime, parseMeetingTime } from "@/lib/meeting-time";
import { issuesByField } from "@/lib/form-input";
import { ZAttendeeSchema, ZScheduleMeetingSchema, ZUpdateMeetingDetailsSchema } from "@/server/meetings/schemas";
import { meetingRecordVi } from "@/messages/vi/meeting-record";

const base = { unitId: "u", periodId: "p", kind: "LIAISON", title: "Hội nghị giao ban", invitedOrganizationIds: [] };
const errorsOf = (input: unknown) => {
  const result = ZScheduleMeetingSchema.safeParse(input);
  return result.success ? {} : issuesByField(result.error);
};

describe("meeting facts (issue 14 §2–3)", () => {
  it("refuses an end before the start with a clear message on both fields", () => {
    expect(errorsOf({ ...base, startsAt: "2020-03-24T14:00", endsAt: "2020-03-24T11:00" })).toEqual({
      endsAt: meetingRecordVi.rules.endBeforeStart,
      startsAt: meetingRecordVi.rules.startAfterEnd,
    });
    expect(errorsOf({ ...base, startsAt: "2020-03-24T14:00", endsAt: "2020-03-24T14:00" }).endsAt).toBe(
      meetingRecordVi.rules.endBeforeStart,
    );
    expect(errorsOf({ ...base, startsAt: "", endsAt: "2020-03-24T11:00" }).endsAt).toBe(meetingRecordVi.rules.endNeedsStart);
    expect(errorsOf({ ...base, startsAt: "2020-03-24T08:00", endsAt: "2020-03-24T11:30" })).toEqual({});
    const update = ZUpdateMeetingDetailsSchema.safeParse({
      meetingId: "m",
      version: 1,
      startsAt: "2020-03-24T14:00",
      endsAt: "2020-03-24T09:00",
    });
    expect(update.success).toBe(false);
  });

  it("takes a day or a month alone when that is all that is known", () => {
    expect(errorsOf({ ...base, datePrecision: "DATE", startsAt: "2020-03-24" })).toEqual({});
    expect(errorsOf({ ...base, datePrecision: "MONTH", startsAt: "2020-03" })).toEqual({});
    expect(Object.keys(errorsOf({ ...base, datePrecision: "DATE", startsAt: "2020-03-24T14:00" }))).toEqual(["startsAt"]);
    expect(errorsOf({ ...base, datePrecision: "DATE", startsAt: "2020-03-24", endsAt: "2020-03-24T11:00" }).endsAt).toBe(
      meetingRecordVi.rules.endOnlyWithTime,
    );
    expect(formatMeetingTime(parseMeetingTime("2020-03"), "MONTH")).toBe("tháng 3/2020");
    expect(formatMeetingTime(parseMeetingTime("2020-03-24"), "DATE")).toBe("24/03/2020");
    expect(formatMeetingTime(parseMeetingTime("2020-03-24T14:00"), "DATE_TIME")).toBe("14:00, 24/03/2020");
  });

  it("keeps results, shortcomings, internal notes and the source apart, and checks the address", () => {
    const parsed = ZScheduleMeetingSchema.parse({
      ...base,
      host: "STANDING_COMMITTEE",
      resultsText: "Kết quả",
      shortcomingsText: "Hạn chế",
      internalNotes: "Ghi chú",
      sourceUrl: "https://example.vn/bai-viet",
      sourceTitle: "Bài viết",
      isArchive: true,
    });
    expect(parsed).toMatchObject({
      host: "STANDING_COMMITTEE",
      resultsText: "Kết quả",
      shortcomingsText: "Hạn chế",
      internalNotes: "Ghi chú",
      isArchive: true,
    });
    expect(errorsOf({ ...base, sourceUrl: "javascript:alert(1)" }).sourceUrl).toBe(meetingRecordVi.rules.badUrl);
  });

  it("reads a roll-call row: delegation head count, reasons required by presence", () => {
    expect(
      ZAttendeeSchema.parse({ kind: "DELEGATION", fullName: "Ban Tổ chức Tỉnh ủy", role: "GUEST", headCount: "3" }),
    ).toMatchObject({
      headCount: 3,
    });
    expect(ZAttendeeSchema.parse({ fullName: "A", role: "ATTENDEE", headCount: 5 }).headCount).toBe(1);
    expect(ZAttendeeSchema.safeParse({ fullName: "A", role: "ATTENDEE", presence: "EXCUSED" }).success).toBe(false);
    expect(ZAttendeeSchema.safeParse({ fullName: "A", role: "ATTENDEE", presence: "SUBSTITUTE" }).success).toBe(false);
    // A chair known by post only.
    expect(ZAttendeeSchema.parse({ fullName: "", position: "Bí thư Tỉnh ủy", role: "CHAIR" }).position).toBe("Bí thư Tỉnh ủy");
    expect(ZAttendeeSchema.safeParse({ fullName: "", position: "", role: "CHAIR" }).success).toBe(false);
  });
});
