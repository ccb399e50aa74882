import type { PrismaClient } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { vi } from "@/messages/vi";
import { MAX_DRAFT_BYTES, MAX_DRAFTS_PER_USER, saveFormDraft } from "@/server/drafts/form-drafts";
import { saveMinutesDraft } from "@/server/meetings/autosave-draft";
import { saveReportDraft } from "@/server/reports/autosave-report-draft";
import { openReport } from "@/server/reports/open-report";
import { expectAppError } from "../setup/expect-app-error";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

describe("autosave drafts", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let reportId: string;

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
    reportId = (await openReport({ actor: world.actors.mttq, input: { periodId: world.period.id } })).id;
  });

  const draftsOf = (userId: string) => db.formDraft.count({ where: { userId } });
  const text = { achievements: "Đã vận động được 12 căn nhà Đại đoàn kết." };

  it("keeps a draft for a report the user may edit", async () => {
    const { savedAt } = await saveReportDraft({ actor: world.actors.mttq, input: { reportId, version: 0, data: text } });
    expect(savedAt).toBeInstanceOf(Date);
    const row = await db.formDraft.findUniqueOrThrow({
      where: { userId_key: { userId: world.ids.mttq, key: `report:${reportId}` } },
    });
    expect(row.data).toEqual(text);
  });

  it("stores nothing for a report that does not exist, or that the user may not edit", async () => {
    const { viewer, ccb, secretariat, siblingViewer } = world.actors;
    for (const actor of [viewer, ccb, secretariat, siblingViewer]) {
      await expectAppError(
        saveReportDraft({ actor, input: { reportId: `khong-co-${actor.id}`, version: 0, data: text } }),
        "NOT_FOUND",
      );
      await expectAppError(saveReportDraft({ actor, input: { reportId, version: 0, data: text } }), "FORBIDDEN");
      expect(await draftsOf(actor.id)).toBe(0);
    }
  });

  it("stores nothing for minutes the user may not edit, or of a meeting that does not exist", async () => {
    const data = { situationSummary: "Ghi chép tạm", conclusionText: "", remarks: [] };
    for (const actor of [world.actors.viewer, world.actors.mttq, world.actors.leader]) {
      await expectAppError(
        saveMinutesDraft({ actor, input: { meetingId: world.meeting.id, baseVersion: 1, data } }),
        "FORBIDDEN",
      );
    }
    await expectAppError(
      saveMinutesDraft({ actor: world.actors.secretariat, input: { meetingId: "khong-co-cuoc-hop", baseVersion: 1, data } }),
      "NOT_FOUND",
    );
    expect(await draftsOf(world.ids.viewer)).toBe(0);
    expect(await draftsOf(world.ids.secretariat)).toBe(0);
  });

  it("stores nothing for a report no longer open for editing", async () => {
    await db.unitReport.update({ where: { id: reportId }, data: { status: "SUBMITTED" } });
    try {
      const before = await db.formDraft.findMany({ where: { userId: world.ids.mttq } });
      await expectAppError(
        saveReportDraft({ actor: world.actors.mttq, input: { reportId, version: 0, data: { achievements: "khác" } } }),
        "INVALID_STATE",
      );
      expect(await db.formDraft.findMany({ where: { userId: world.ids.mttq } })).toEqual(before);
    } finally {
      await db.unitReport.update({ where: { id: reportId }, data: { status: "DRAFT" } });
    }
  });

  it("refuses a draft over the size cap, counted in UTF-8 bytes, with a message", async () => {
    // Vietnamese letters take 2–3 bytes: under the cap in characters, over it in bytes.
    const achievements = "ướ".repeat(Math.ceil(MAX_DRAFT_BYTES / 5));
    expect(achievements.length).toBeLessThan(MAX_DRAFT_BYTES);
    const error = await expectAppError(
      saveReportDraft({ actor: world.actors.mttq, input: { reportId, version: 0, data: { achievements } } }),
      "INVALID_INPUT",
    );
    expect(error.message).toBe(vi.drafts.tooLarge);
    const row = await db.formDraft.findUniqueOrThrow({
      where: { userId_key: { userId: world.ids.mttq, key: `report:${reportId}` } },
    });
    expect(row.data).toEqual(text);
  });

  it(`keeps at most ${MAX_DRAFTS_PER_USER} drafts per user, evicting the one untouched the longest`, async () => {
    const actor = world.actors.ccb;
    for (let i = 0; i < MAX_DRAFTS_PER_USER; i++) await saveFormDraft({ actor, key: `test:d${i}`, data: { i } });
    // Make the ages unambiguous: d0 oldest … d49 newest.
    await db.$executeRaw`
      UPDATE "FormDraft" SET "updatedAt" = TIMESTAMP '2020-01-01' + (substring("key" from 7)::int * INTERVAL '1 minute')
      WHERE "userId" = ${actor.id}`;
    await saveFormDraft({ actor, key: "test:d0", data: { i: 0, touched: true } });
    await saveFormDraft({ actor, key: "test:moi", data: { i: "mới" } });
    const keys = (await db.formDraft.findMany({ where: { userId: actor.id }, select: { key: true } })).map((row) => row.key);
    expect(keys).toHaveLength(MAX_DRAFTS_PER_USER);
    expect(keys).toContain("test:moi");
    expect(keys).toContain("test:d0");
    expect(keys).not.toContain("test:d1");
  });

  it("holds the cap when one user saves many drafts at once", async () => {
    const actor = world.actors.districtMttq;
    await db.formDraft.createMany({
      data: Array.from({ length: MAX_DRAFTS_PER_USER - 10 }, (_, i) => ({ userId: actor.id, key: `test:cu-${i}`, data: { i } })),
    });
    await Promise.all(Array.from({ length: 20 }, (_, i) => saveFormDraft({ actor, key: `test:song-song-${i}`, data: { i } })));
    expect(await draftsOf(actor.id)).toBe(MAX_DRAFTS_PER_USER);
  });
});
