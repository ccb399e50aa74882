import type { MeetingKind, MeetingStatus, PrismaClient } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { fromVietnamTime } from "@/lib/dates";
import type { Actor } from "@/server/auth/actor";
import {
  listMeetings,
  MEETING_ROW_SELECT,
  MEETINGS_ORDER,
  MEETINGS_PAGE_SIZE,
  meetingsWhere,
} from "@/server/meetings/list-meetings";
import type { TListMeetingsInput } from "@/server/meetings/schemas";
import { ZListMeetingsSchema } from "@/server/meetings/schemas";
import { createMeeting } from "../../prisma/factories/meetings";
import { createPeriod } from "../../prisma/factories/periods";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

/**
 * The meeting list reads a page and its count in one raw statement (issue 18); the export still
 * selects through Prisma with meetingsWhere. Both must select and order the same meetings, for
 * every role and every filter.
 */
describe("the meeting list's statement", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  const periodIds: string[] = [];

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
    const periods = [world.period, await createPeriod(db, { year: 2021, type: "QUARTER", index: 2 })];
    periodIds.push(...periods.map((period) => period.id));
    const places = [world.units.province, world.units.district, world.units.sibling];
    const kinds: MeetingKind[] = ["LIAISON", "BRIEFING"];
    const statuses: MeetingStatus[] = ["DRAFT", "SCHEDULED", "HELD", "CONCLUDED", "PUBLISHED"];
    for (let n = 0; n < 30; n += 1) {
      const unit = places[n % 3]!;
      await createMeeting(db, {
        unitId: unit.id,
        period: periods[n % 2]!,
        kind: kinds[n % 2],
        status: statuses[n % 5],
        title: n % 4 ? `Hội nghị giao ban số ${n}` : `Trực báo tuyên truyền số ${n}`,
        // Some undated, some on the same day, so the order's later keys decide.
        startsAt: n % 7 === 0 ? null : fromVietnamTime(`2021-0${1 + (n % 5)}-1${n % 3}`, "08:00"),
        createdById: world.ids.secretariat,
        invitedOrganizationIds: n % 3 === 0 ? [world.organizations.province.MTTQ.id] : [],
      });
    }
  });

  async function prismaPage(actor: Actor, input: TListMeetingsInput) {
    const { page, ...filters } = ZListMeetingsSchema.parse(input);
    const where = meetingsWhere(actor, filters);
    const [total, rows] = await Promise.all([
      db.meeting.count({ where }),
      db.meeting.findMany({
        where,
        orderBy: MEETINGS_ORDER,
        skip: (page - 1) * MEETINGS_PAGE_SIZE,
        take: MEETINGS_PAGE_SIZE,
        select: { id: true, ...MEETING_ROW_SELECT },
      }),
    ]);
    return { total, rows };
  }

  it("selects, counts and orders what meetingsWhere does, for every role and filter", async () => {
    const inputs: TListMeetingsInput[] = [
      {},
      { page: "2" },
      { page: "9" },
      { q: "tuyen truyen" },
      { q: "giao ban so 1" },
      { year: "2021" },
      { periodId: periodIds[1] },
      { unitId: world.units.district.id },
      { kind: "BRIEFING" },
      { status: "PUBLISHED" },
      { year: "2020", kind: "LIAISON", status: "DRAFT" },
    ];
    let compared = 0;
    for (const actor of Object.values(world.actors)) {
      for (const input of inputs) {
        const got = await listMeetings({ actor, input });
        const want = await prismaPage(actor, input);
        expect({ who: actor.username, input, total: got.total, rows: got.rows }).toEqual({
          who: actor.username,
          input,
          ...want,
        });
        compared += want.rows.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
