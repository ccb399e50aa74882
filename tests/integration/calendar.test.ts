import ICAL from "ical.js";
import type { PrismaClient } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { createCalendarToken } from "@/server/calendar/create-calendar-token";
import { getCalendarFeed } from "@/server/calendar/get-calendar-feed";
import { getMeetingIcs } from "@/server/calendar/get-meeting-ics";
import { revokeCalendarToken } from "@/server/calendar/revoke-calendar-token";
import { fromVietnamTime } from "@/lib/dates";
import type { SmallWorld } from "../setup/small-world";
import { useSmallWorld } from "../setup/use-test-database";

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

describe("calendar: a meeting's .ics and the personal feed", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  useSmallWorld((setup) => ({ db, world } = setup));

  it("writes the meeting's start, end, place and title, readable by a standard parser", async () => {
    const meetingId = world.meeting.id;
    await db.meeting.update({
      where: { id: meetingId },
      data: {
        title: "Hội nghị giao ban quý I/2020; Mặt trận, đoàn thể",
        startsAt: fromVietnamTime("2020-03-24", "14:00"),
        endsAt: fromVietnamTime("2020-03-24", "16:30"),
        place: "Hội trường Tỉnh ủy, tầng 2",
      },
    });
    const file = await getMeetingIcs({ actor: world.actors.mttq, meetingId });
    const [event] = events(file.bytes.toString("utf8"));
    expect(event.summary).toBe("Hội nghị giao ban quý I/2020; Mặt trận, đoàn thể");
    expect(event.location).toBe("Hội trường Tỉnh ủy, tầng 2");
    expect(event.startDate.toJSDate().toISOString()).toBe("2020-03-24T07:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2020-03-24T09:30:00.000Z");
    await expect(getMeetingIcs({ actor: world.actors.siblingViewer, meetingId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("serves the feed at a secret address holding meetings in scope, and refuses it once revoked", async () => {
    const actor = world.actors.secretariat;
    const { id, token } = await createCalendarToken({ actor });
    expect(await db.calendarFeedToken.count({ where: { tokenHash: token } })).toBe(0); // only the hash is kept
    const feed = events(await getCalendarFeed({ token, now: new Date("2020-06-01T00:00:00Z") }));
    expect(feed.map((event) => event.uid)).toContain(`meeting-${world.meeting.id}@giaoban`);
    await revokeCalendarToken({ actor, tokenId: id });
    await expect(getCalendarFeed({ token })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCalendarFeed({ token: "x".repeat(32) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Another user cannot revoke it (nor see that it exists).
    const other = await createCalendarToken({ actor });
    await expect(revokeCalendarToken({ actor: world.actors.leader, tokenId: other.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
