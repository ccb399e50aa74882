import type { PrismaClient } from "@prisma/client";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { KEEP_STORED } from "@/lib/form-state";
import { MEETING_DETAILS_SELECT } from "@/server/meetings/meeting-selects";
import { scheduleMeeting } from "@/server/meetings/schedule-meeting";
import type { TUpdateMeetingDetailsInput } from "@/server/meetings/schemas";
import { updateMeetingDetails } from "@/server/meetings/update-meeting-details";
import { createMeeting } from "../../prisma/factories/meetings";
import { createPeriod } from "../../prisma/factories/periods";
import { createPerson } from "../../prisma/factories/units";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

// The server action runs here as Next would run it, with the signed-in actor and no cache.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/server/auth/session", () => ({
  actorOrThrow: async () => session.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { updateMeetingDetailsAction } = await import("@/app/(portal)/meetings/actions");

/**
 * "Sửa thông tin chung": changing one detail of a meeting leaves every other stored detail as it
 * was, whether the caller sends the whole form with one value changed or only that one field.
 */
describe("editing one detail of a meeting keeps the others", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let chairId: string;
  let otherChairId: string;
  let otherPeriodId: string;

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
    const unitId = world.units.province.id;
    chairId = (await createPerson(db, { unitId, fullName: "Bùi Thanh Hà", title: "Phó Bí thư Thường trực Tỉnh ủy" })).id;
    otherChairId = (await createPerson(db, { unitId, fullName: "Lê Văn Tân", title: "Bí thư Tỉnh ủy" })).id;
    otherPeriodId = (await createPeriod(db, { year: 2020, type: "QUARTER", index: 2 })).id;
  });

  beforeEach(() => {
    session.actor = world.actors.secretariat;
  });

  const orgs = () => world.organizations.province;

  /** The form's fields as the edit form loads them for a meeting scheduled with `schedule()`. */
  const formValues = () => ({
    periodId: world.period.id,
    kind: "LIAISON",
    title: "Hội nghị giao ban quý I/2020",
    startsAt: "2020-03-24T14:00",
    place: "Hội trường Tỉnh ủy",
    chairPersonId: chairId,
    invitedOrganizationIds: [orgs().MTTQ.id, orgs().VETERANS.id],
    reportDeadline: "2020-03-20T17:00",
  });

  const schedule = async () => {
    const { id } = await scheduleMeeting({
      actor: world.actors.secretariat,
      input: { unitId: world.units.province.id, ...formValues(), kind: "LIAISON" },
    });
    return id;
  };

  /** Every stored detail the form edits. */
  const stored = async (meetingId: string) => {
    const row = await db.meeting.findUniqueOrThrow({
      where: { id: meetingId },
      select: { ...MEETING_DETAILS_SELECT, version: true, invitations: { select: { organizationId: true } } },
    });
    return { ...row, invitations: row.invitations.map((item) => item.organizationId).sort() };
  };

  const groups: { name: string; change: () => Partial<TUpdateMeetingDetailsInput>; fields: string[] }[] = [
    { name: "period", change: () => ({ periodId: otherPeriodId }), fields: ["periodId"] },
    { name: "kind", change: () => ({ kind: "BRIEFING" }), fields: ["kind"] },
    { name: "title", change: () => ({ title: "Hội nghị trực báo quý I/2020" }), fields: ["title"] },
    { name: "time", change: () => ({ startsAt: "2020-03-25T08:30" }), fields: ["startsAt"] },
    { name: "place", change: () => ({ place: "Phòng họp số 2" }), fields: ["place"] },
    { name: "chair", change: () => ({ chairPersonId: otherChairId }), fields: ["chairPersonId", "chairName", "chairPosition"] },
    { name: "invitations", change: () => ({ invitedOrganizationIds: [orgs().YOUTH_UNION.id] }), fields: ["invitations"] },
    { name: "report deadline", change: () => ({ reportDeadline: "2020-03-21T11:00" }), fields: ["reportDeadline"] },
  ];

  const expectOnlyChanged = (before: Awaited<ReturnType<typeof stored>>, after: typeof before, fields: string[]) => {
    const keep = (row: typeof before) =>
      Object.fromEntries(Object.entries(row).filter(([key]) => !fields.includes(key) && key !== "version"));
    expect(keep(after)).toEqual(keep(before));
    for (const field of fields)
      expect(after[field as keyof typeof after], field).not.toEqual(before[field as keyof typeof before]);
    expect(after.version).toBe(before.version + 1);
  };

  describe.each(groups)("$name", ({ change, fields }) => {
    it("the whole form with only this group changed", async () => {
      const id = await schedule();
      const before = await stored(id);
      await updateMeetingDetails({
        actor: world.actors.secretariat,
        input: { ...formValues(), ...change(), meetingId: id, version: before.version } as TUpdateMeetingDetailsInput,
      });
      expectOnlyChanged(before, await stored(id), fields);
    });

    it("only this group sent", async () => {
      const id = await schedule();
      const before = await stored(id);
      await updateMeetingDetails({
        actor: world.actors.secretariat,
        input: { ...change(), meetingId: id, version: before.version } as TUpdateMeetingDetailsInput,
      });
      expectOnlyChanged(before, await stored(id), fields);
    });
  });

  it("the server action: a form that sends only the time keeps the chair, place, invitations and deadline", async () => {
    const id = await schedule();
    const before = await stored(id);
    const form = new FormData();
    form.set("meetingId", id);
    form.set("version", String(before.version));
    form.set("startsAt", "2020-03-24T15:00");
    const state = await updateMeetingDetailsAction({ status: "idle" }, form);
    expect(state.status).toBe("success");
    expectOnlyChanged(before, await stored(id), ["startsAt"]);
  });

  it("a chair known by name only (imported) stays when the form keeps it; the empty choice still clears it", async () => {
    const meeting = await createMeeting(db, {
      unitId: world.units.province.id,
      period: world.period,
      title: "Hội nghị giao ban nhập từ báo",
      startsAt: new Date("2020-03-24T07:00:00Z"),
      chair: { name: "Nguyễn Văn Phong", position: "Phó Bí thư Tỉnh ủy" },
      createdById: world.ids.secretariat,
    });
    const before = await stored(meeting.id);
    const form = new FormData();
    for (const [name, value] of Object.entries({
      meetingId: meeting.id,
      version: String(before.version),
      periodId: world.period.id,
      kind: "LIAISON",
      title: "Hội nghị giao ban nhập từ báo",
      startsAt: "2020-03-24T16:00",
      place: "",
      chairPersonId: KEEP_STORED,
      invitedOrganizationIds: "",
      reportDeadline: "",
    }))
      form.set(name, value);
    expect((await updateMeetingDetailsAction({ status: "idle" }, form)).status).toBe("success");
    const kept = await stored(meeting.id);
    expect(kept).toMatchObject({ chairPersonId: null, chairName: "Nguyễn Văn Phong", chairPosition: "Phó Bí thư Tỉnh ủy" });
    expectOnlyChanged(before, kept, ["startsAt"]);

    form.set("version", String(kept.version));
    form.set("chairPersonId", "");
    expect((await updateMeetingDetailsAction({ status: "idle" }, form)).status).toBe("success");
    expect(await stored(meeting.id)).toMatchObject({ chairName: null, chairPosition: null });
  });

  it("unchecking every invitation is sent (the hidden empty value) and clears them", async () => {
    const id = await schedule();
    const before = await stored(id);
    const form = new FormData();
    form.set("meetingId", id);
    form.set("version", String(before.version));
    form.set("invitedOrganizationIds", "");
    expect((await updateMeetingDetailsAction({ status: "idle" }, form)).status).toBe("success");
    expect((await stored(id)).invitations).toEqual([]);
  });
});
