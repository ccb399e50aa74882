import { describe, expect, it } from "vitest";
import { can } from "@/server/auth/policy";
import { getMeetingPage } from "@/server/meetings/get-meeting-page";
import { listMeetingPickers } from "@/server/meetings/list-meeting-pickers";
import type { SmallWorld } from "../setup/small-world";
import { useSmallWorld } from "../setup/use-test-database";

/**
 * The meeting page only lays out what getMeetingPage returns: every decision it shows (editors,
 * digest link, notices, news) is a flag here, taken from the policy for the actor in front of it.
 */
describe("the meeting page's view model", () => {
  let world: SmallWorld;

  useSmallWorld((setup) => ({ world } = setup));

  it("gives the secretariat the amendment editors and the notice panel of a published meeting", async () => {
    const actor = world.actors.secretariat;
    const view = await getMeetingPage({ actor, meetingId: world.meeting.id });
    expect(view.flags).toMatchObject({ writable: true, published: true, readOnly: false, showNotices: true });
    expect(view.flags.mayDraftNotice).toBe(can(actor, "draft:notice", { unitPath: view.meeting.unit.path }));
    expect(view.reportLinks.digest !== null).toBe(can(actor, "read:report", { unitPath: view.meeting.unit.path }));
    // The editors' pickers are not in the page; an editor asks for them when it opens.
    expect(view).not.toHaveProperty("options");
    expect(view).not.toHaveProperty("people");
    const pickers = await listMeetingPickers({ actor, meetingId: world.meeting.id });
    expect(pickers.organizations.map((row) => row.id)).toContain(world.organizations.province.MTTQ.id);
    expect(pickers.form.units.map((row) => row.id)).toEqual([view.meeting.unitId]);
    expect(pickers.form.periods.length).toBeGreaterThan(0);
  });

  it("gives a viewer the read-only page and loads none of the editors' data", async () => {
    const view = await getMeetingPage({ actor: world.actors.viewer, meetingId: world.meeting.id });
    expect(view.flags).toMatchObject({ writable: false, readOnly: true, nextStep: null, mayDraftNotice: false, showNews: false });
    expect(view.draft).toBeNull();
    await expect(listMeetingPickers({ actor: world.actors.viewer, meetingId: world.meeting.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("is NOT_FOUND for someone outside the meeting's unit", async () => {
    await expect(getMeetingPage({ actor: world.actors.siblingViewer, meetingId: world.meeting.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
