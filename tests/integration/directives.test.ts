import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromVietnamTime } from "@/lib/dates";
import { isOverdue } from "@/lib/directives";
import { cancelDirective } from "@/server/directives/cancel-directive";
import { overdueWhere } from "@/server/directives/directive-overdue";
import { getDirective, getDirectiveAttachmentFile } from "@/server/directives/get-directive";
import { listDirectives } from "@/server/directives/list-directives";
import { postProgress } from "@/server/directives/post-progress";
import { proposeDone } from "@/server/directives/propose-done";
import { confirmDone, reopenDirective } from "@/server/directives/review-directive";
import { countMyUnread, listMyNotificationsPage } from "@/server/notifications/list-notifications";
import { markNotificationsRead } from "@/server/notifications/mark-read";
import { openNotification } from "@/server/notifications/open-notification";
import { generateNotifications, runNotificationJob } from "@/server/notifications/run-notification-job";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { listDirectiveFilters } from "@/server/directives/list-directives";
import { transitionMeeting } from "@/server/meetings/transition-meeting";
import { createMeeting } from "../../prisma/factories/meetings";
import { createPeriod } from "../../prisma/factories/periods";
import { PDF_BYTES, PNG_BYTES } from "../fixtures/files";
import { expectAppError } from "../setup/expect-app-error";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

describe("directive follow-up", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let storageDir: string;
  /** Led by MTTQ, supported by Hội CCB. */
  let shared: string;
  /** Led by Đoàn TN only: neither MTTQ nor Hội CCB takes part. */
  let youthOnly: string;
  /** Due on 10/03/2026 (Vietnam day). */
  let dueMarch10: string;
  /** Led by MTTQ, to be cancelled. */
  let toCancel: string;

  beforeAll(() => {
    storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-directives-"));
    process.env.STORAGE_DIR = storageDir;
  });
  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
    const org = world.organizations.province;
    const q1of2026 = await createPeriod(db, { year: 2026, type: "QUARTER", index: 1 });
    const meeting = await createMeeting(db, {
      unitId: world.units.province.id,
      period: q1of2026,
      status: "CONCLUDED",
      title: "Hội nghị giao ban quý I/2026",
      startsAt: fromVietnamTime("2026-02-20", "08:00"),
      createdById: world.ids.secretariat,
      approvedById: world.ids.leader,
      directives: [
        {
          content: "Vận động xây nhà Đại đoàn kết theo Chỉ thị 35-CT/TW.",
          lead: [org.MTTQ.id],
          support: [org.VETERANS.id],
          dueDate: new Date("2026-12-31"),
          category: "An sinh xã hội",
        },
        { content: "Tổ chức ngày hội thanh niên tình nguyện.", lead: [org.YOUTH_UNION.id], dueDate: new Date("2026-12-31") },
        { content: "Tổng kết phong trào thi đua quý I.", lead: [org.MTTQ.id], dueDate: new Date("2026-03-10") },
        { content: "Khảo sát đời sống hội viên.", lead: [org.MTTQ.id], dueDate: new Date("2026-12-31") },
      ],
    });
    [shared, youthOnly, dueMarch10, toCancel] = meeting.directiveIds;
  });

  afterAll(async () => {
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  it("lets a lead organization post progress with a percent and a content-checked attachment; OPEN becomes IN_PROGRESS", async () => {
    const { mttq } = world.actors;
    const update = await postProgress({
      actor: mttq,
      input: { directiveId: shared, body: "Đã khởi công 12 căn nhà.", percent: "40" },
      file: { name: "Tiến độ.pdf", bytes: PDF_BYTES },
    });
    const row = await db.directive.findUniqueOrThrow({ where: { id: shared } });
    expect(row.status).toBe("IN_PROGRESS");
    const stored = await db.directiveUpdate.findUniqueOrThrow({ where: { id: update.id }, include: { attachments: true } });
    expect(stored).toMatchObject({ kind: "PROGRESS", percent: 40, organizationId: mttq.organizationId });
    expect(stored.attachments).toHaveLength(1);
    const file = await getDirectiveAttachmentFile({
      actor: world.actors.leader,
      directiveId: shared,
      attachmentId: stored.attachments[0].id,
    });
    expect(file.mimeType).toBe("application/pdf");
    const audit = await db.auditLog.findFirst({ where: { action: "directive.progress", entityId: shared } });
    expect(audit?.actorId).toBe(mttq.id);
    // A file whose content is not what its name claims is refused, and nothing is written.
    await expectAppError(
      postProgress({ actor: mttq, input: { directiveId: shared, body: "Ảnh" }, file: { name: "anh.pdf", bytes: PNG_BYTES } }),
      "INVALID_INPUT",
    );
    expect(await db.directiveUpdate.count({ where: { directiveId: shared } })).toBe(1);
    // The other organization of the directive cannot read the attachment of a directive it has no part in.
    await expectAppError(
      getDirectiveAttachmentFile({
        actor: world.actors.districtMttq,
        directiveId: shared,
        attachmentId: stored.attachments[0].id,
      }),
      "FORBIDDEN",
    );
  });

  it("validates the percent (0–100) and the text", async () => {
    const error = await expectAppError(
      postProgress({ actor: world.actors.mttq, input: { directiveId: shared, body: "x", percent: "101" } }),
      "INVALID_INPUT",
    );
    expect(error.fieldErrors?.percent).toBeTruthy();
    const blank = await expectAppError(
      postProgress({ actor: world.actors.mttq, input: { directiveId: shared, body: "   " } }),
      "INVALID_INPUT",
    );
    expect(blank.fieldErrors?.body).toBeTruthy();
  });

  it("lets a supporting organization post progress but not propose done", async () => {
    const { ccb } = world.actors;
    await postProgress({ actor: ccb, input: { directiveId: shared, body: "Hội CCB vận động hội viên góp ngày công." } });
    await expectAppError(proposeDone({ actor: ccb, input: { directiveId: shared, resultSummary: "Xong." } }), "FORBIDDEN");
    expect((await db.directive.findUniqueOrThrow({ where: { id: shared } })).doneProposedAt).toBeNull();
  });

  it("refuses an ORG_REP whose organization neither leads nor supports the directive, and changes nothing", async () => {
    const before = await db.directive.findUniqueOrThrow({ where: { id: youthOnly } });
    for (const actor of [world.actors.mttq, world.actors.ccb, world.actors.districtMttq]) {
      await expectAppError(postProgress({ actor, input: { directiveId: youthOnly, body: "Cập nhật trái phép." } }), "FORBIDDEN");
      await expectAppError(proposeDone({ actor, input: { directiveId: youthOnly, resultSummary: "Xong." } }), "FORBIDDEN");
    }
    const after = await db.directive.findUniqueOrThrow({ where: { id: youthOnly } });
    expect(after).toEqual(before);
    expect(await db.directiveUpdate.count({ where: { directiveId: youthOnly } })).toBe(0);
    // Nor does it see the directive on its board.
    const board = await listDirectives({ actor: world.actors.mttq, input: {} });
    expect(board.rows.map((row) => row.id)).not.toContain(youthOnly);
    expect(board.rows.map((row) => row.id)).toContain(shared);
  });

  it("refuses other roles: leaders, viewers and admins do not update; ORG_REPs do not confirm or cancel", async () => {
    const { leader, viewer, admin, mttq, siblingAdmin } = world.actors;
    for (const actor of [leader, viewer, admin, siblingAdmin]) {
      await expectAppError(postProgress({ actor, input: { directiveId: shared, body: "x" } }), "FORBIDDEN");
      await expectAppError(confirmDone({ actor, input: { directiveId: shared } }), "FORBIDDEN");
      await expectAppError(cancelDirective({ actor, input: { directiveId: shared, reason: "x" } }), "FORBIDDEN");
    }
    await expectAppError(confirmDone({ actor: mttq, input: { directiveId: shared } }), "FORBIDDEN");
    await expectAppError(cancelDirective({ actor: mttq, input: { directiveId: shared, reason: "x" } }), "FORBIDDEN");
    await expectAppError(reopenDirective({ actor: mttq, input: { directiveId: shared, reason: "x" } }), "FORBIDDEN");
  });

  it("runs propose → reopen with a reason → propose → confirm, notifying the right users", async () => {
    const { mttq, ccb, secretariat } = world.actors;
    // Confirming before a proposal is refused.
    await expectAppError(confirmDone({ actor: secretariat, input: { directiveId: shared } }), "INVALID_STATE");
    await proposeDone({ actor: mttq, input: { directiveId: shared, resultSummary: "Hoàn thành 30 căn nhà." } });
    expect(await db.notification.count({ where: { userId: secretariat.id, kind: "directive.proposed" } })).toBe(1);
    expect((await getDirective({ actor: secretariat, directiveId: shared })).permissions).toMatchObject({
      confirm: true,
      reopen: true,
      progress: false,
    });

    await expectAppError(reopenDirective({ actor: secretariat, input: { directiveId: shared, reason: "  " } }), "INVALID_INPUT");
    await reopenDirective({ actor: secretariat, input: { directiveId: shared, reason: "Thiếu số liệu nghiệm thu." } });
    let row = await db.directive.findUniqueOrThrow({ where: { id: shared } });
    expect(row).toMatchObject({ status: "IN_PROGRESS", doneProposedAt: null });
    expect(await db.notification.count({ where: { userId: mttq.id, kind: "directive.reopened" } })).toBe(1);

    await proposeDone({ actor: mttq, input: { directiveId: shared, resultSummary: "Hoàn thành 30 căn, có biên bản." } });
    const now = new Date("2026-06-01T03:00:00Z");
    await confirmDone({ actor: secretariat, input: { directiveId: shared }, now });
    row = await db.directive.findUniqueOrThrow({ where: { id: shared } });
    expect(row).toMatchObject({ status: "DONE", resultSummary: "Hoàn thành 30 căn, có biên bản." });
    expect(row.completedAt?.toISOString()).toBe(now.toISOString());
    // Done confirmed goes to the lead organization's staff only.
    expect(await db.notification.count({ where: { userId: mttq.id, kind: "directive.confirmed" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: ccb.id, kind: "directive.confirmed" } })).toBe(0);
    // Finished: no more progress.
    await expectAppError(postProgress({ actor: mttq, input: { directiveId: shared, body: "x" } }), "INVALID_STATE");

    const kinds = (await db.directiveUpdate.findMany({ where: { directiveId: shared }, orderBy: { createdAt: "asc" } })).map(
      (update) => update.kind,
    );
    expect(kinds).toEqual(["PROGRESS", "PROGRESS", "PROPOSE_DONE", "REOPEN", "PROPOSE_DONE", "CONFIRM_DONE"]);
    const actions = (await db.auditLog.findMany({ where: { entityId: shared }, orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual([
      "directive.progress",
      "directive.progress",
      "directive.propose-done",
      "directive.reopen",
      "directive.propose-done",
      "directive.confirm-done",
    ]);
  });

  it("lets the secretariat cancel with a reason", async () => {
    const { secretariat, mttq } = world.actors;
    await expectAppError(cancelDirective({ actor: secretariat, input: { directiveId: toCancel, reason: "" } }), "INVALID_INPUT");
    await cancelDirective({ actor: secretariat, input: { directiveId: toCancel, reason: "Trùng với nhiệm vụ khác." } });
    const row = await db.directive.findUniqueOrThrow({ where: { id: toCancel } });
    expect(row).toMatchObject({ status: "CANCELLED", cancelReason: "Trùng với nhiệm vụ khác." });
    expect(await db.notification.count({ where: { userId: mttq.id, kind: "directive.cancelled" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "directive.cancel", entityId: toCancel } })).toBe(1);
  });

  it("derives overdue at the Vietnam day boundary: 23:59 on the due day is not overdue, 00:00 the next day is", async () => {
    const directive = await db.directive.findUniqueOrThrow({ where: { id: dueMarch10 } });
    const lastMinute = fromVietnamTime("2026-03-10", "23:59");
    const midnight = fromVietnamTime("2026-03-11", "00:00");
    // In UTC these are 16:59 and 17:00 on 10 March: a UTC comparison would get both wrong.
    expect(lastMinute.toISOString()).toBe("2026-03-10T16:59:00.000Z");
    expect(midnight.toISOString()).toBe("2026-03-10T17:00:00.000Z");
    expect(isOverdue(directive, lastMinute)).toBe(false);
    expect(isOverdue(directive, midnight)).toBe(true);
    const count = (now: Date) => db.directive.count({ where: { AND: [{ id: dueMarch10 }, overdueWhere(now)] } });
    expect(await count(lastMinute)).toBe(0);
    expect(await count(midnight)).toBe(1);
    const board = (now: Date) => listDirectives({ actor: world.actors.secretariat, input: { overdue: "1" }, now });
    expect((await board(lastMinute)).rows.map((row) => row.id)).not.toContain(dueMarch10);
    const overdueRows = (await board(midnight)).rows;
    expect(overdueRows.find((row) => row.id === dueMarch10)?.overdue).toBe(true);
  });

  it("runs the notification job twice without duplicates, and only for the right users", async () => {
    const now = fromVietnamTime("2026-03-20", "09:00");
    // A report deadline five days ahead: "due in 7 days" for organizations that have not submitted.
    const q1 = await db.period.findFirstOrThrow({ where: { year: 2026, type: "QUARTER", index: 1 } });
    await db.periodDeadline.create({
      data: { periodId: q1.id, unitId: world.units.province.id, deadline: fromVietnamTime("2026-03-25", "17:00") },
    });
    const first = await generateNotifications(now);
    expect(first.created).toBeGreaterThan(0);
    const total = await db.notification.count();
    const second = await generateNotifications(now);
    expect(second.created).toBe(0);
    expect(await db.notification.count()).toBe(total);

    const { mttq, ccb, secretariat, leader, districtMttq } = world.actors;
    const keys = async (userId: string) =>
      (await db.notification.findMany({ where: { userId }, select: { dedupeKey: true } })).map((row) => row.dedupeKey);
    // Overdue (due 10/03) → lead organization staff and the secretariat.
    expect(await keys(mttq.id)).toContain(`directive-overdue:${dueMarch10}:2026-03-10`);
    expect(await keys(secretariat.id)).toContain(`directive-overdue:${dueMarch10}:2026-03-10`);
    expect(await keys(ccb.id)).not.toContain(`directive-overdue:${dueMarch10}:2026-03-10`);
    // Assigned → staff of lead and support organizations of unfinished directives.
    expect(await keys(mttq.id)).toContain(`directive-assigned:${dueMarch10}`);
    expect((await keys(ccb.id)).some((key) => key.startsWith("directive-assigned:"))).toBe(false);
    // Report due in 7 days → province organizations' staff, not the district's, not the leader.
    expect((await keys(mttq.id)).some((key) => key.startsWith(`report-due-7:${q1.id}:`))).toBe(true);
    expect((await keys(districtMttq.id)).some((key) => key.startsWith("report-due-"))).toBe(false);
    expect(await keys(leader.id)).toEqual([]);

    // Two days before: the second reminder, once.
    const later = fromVietnamTime("2026-03-23", "09:00");
    await generateNotifications(later);
    await generateNotifications(later);
    expect((await keys(mttq.id)).filter((key) => key.startsWith("report-due-2:"))).toHaveLength(1);

    // On request: admins and the secretariat only.
    await expectAppError(runNotificationJob({ actor: mttq, now }), "FORBIDDEN");
    await expectAppError(runNotificationJob({ actor: leader, now }), "FORBIDDEN");
    expect((await runNotificationJob({ actor: secretariat, now })).created).toBe(0);
  });

  it("marks only the user's own notifications read", async () => {
    const { mttq, ccb } = world.actors;
    const mine = await listMyNotificationsPage(mttq, 1);
    expect(mine.rows.length).toBeGreaterThan(0);
    const unread = await countMyUnread(mttq);
    // Another user's id changes nothing.
    expect(await markNotificationsRead({ actor: ccb, notificationId: mine.rows[0].id })).toBe(0);
    expect(await countMyUnread(mttq)).toBe(unread);
    expect(await markNotificationsRead({ actor: mttq, notificationId: mine.rows[0].id })).toBe(1);
    expect(await countMyUnread(mttq)).toBe(unread - 1);
    await markNotificationsRead({ actor: mttq });
    expect(await countMyUnread(mttq)).toBe(0);
  });

  it("opens a notification: marks it read and leads to its page, never to another user's or outside the portal", async () => {
    const { mttq, ccb } = world.actors;
    const [inPortal, outside] = await Promise.all(
      ["/directives/abc", "https://example.org/"].map((link) =>
        db.notification.create({
          data: { userId: mttq.id, kind: "DIRECTIVE_ASSIGNED", title: `Mở ${link}`, link, dedupeKey: `open-test:${link}` },
        }),
      ),
    );
    await expectAppError(openNotification({ actor: ccb, notificationId: inPortal!.id }), "NOT_FOUND");
    const unread = await countMyUnread(mttq);
    expect(await openNotification({ actor: mttq, notificationId: inPortal!.id })).toBe("/directives/abc");
    expect(await countMyUnread(mttq)).toBe(unread - 1);
    expect(await openNotification({ actor: mttq, notificationId: outside!.id })).toBe("/notifications");
    expect(await countMyUnread(mttq)).toBe(unread - 2);
  });

  it("builds the dashboard from grouped counts, for leaders and the secretariat only", async () => {
    const now = fromVietnamTime("2026-03-20", "09:00");
    const q1 = await db.period.findFirstOrThrow({ where: { year: 2026, type: "QUARTER", index: 1 } });
    const { leader, mttq, viewer } = world.actors;
    const dashboard = await getDashboard({ actor: leader, periodId: q1.id, now });
    if (!dashboard.period) throw new Error("no period");
    expect(dashboard.period.id).toBe(q1.id);
    const byStatus = Object.fromEntries(dashboard.directives.byStatus.map((row) => [row.status, row.count]));
    expect(byStatus).toEqual({ OPEN: 2, IN_PROGRESS: 0, DONE: 1, CANCELLED: 1 });
    expect(dashboard.directives.overdueTotal).toBe(1);
    expect(dashboard.directives.overdueByOrganization).toEqual([
      { organization: expect.objectContaining({ id: world.organizations.province.MTTQ.id }), count: 1 },
    ]);
    expect(dashboard.reports.overall).toMatchObject({ expected: 6, submitted: 0, submissionRate: 0 });
    expect(dashboard.trend.at(-1)?.period.id).toBe(q1.id);
    expect(dashboard.trend.length).toBeGreaterThanOrEqual(2);
    for (const actor of [mttq, viewer]) await expectAppError(getDashboard({ actor, now }), "FORBIDDEN");
    const filters = await listDirectiveFilters(world.actors.secretariat, {});
    expect(filters.categories).toContain("An sinh xã hội");
    expect(filters.documents.map((row) => row.code)).toContain("35-CT/TW");
  });

  it("tells the lead and supporting organizations' staff when a meeting is concluded, once", async () => {
    const org = world.organizations.province;
    const q2 = await createPeriod(db, { year: 2026, type: "QUARTER", index: 2 });
    const meeting = await createMeeting(db, {
      unitId: world.units.province.id,
      period: q2,
      status: "HELD",
      title: "Hội nghị giao ban quý II/2026",
      startsAt: fromVietnamTime("2026-06-20", "08:00"),
      chair: { name: "Bùi Thanh Hà", position: "Phó Bí thư Thường trực" },
      createdById: world.ids.secretariat,
      directives: [{ content: "Phối hợp tổ chức ngày hội đại đoàn kết.", lead: [org.VETERANS.id], support: [org.MTTQ.id] }],
    });
    const [directiveId] = meeting.directiveIds;
    const { leader, mttq, ccb } = world.actors;
    const version = (await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).version;
    await transitionMeeting({ actor: leader, input: { meetingId: meeting.id, version, to: "CONCLUDED" } });
    for (const actor of [mttq, ccb]) {
      expect(await db.notification.count({ where: { userId: actor.id, dedupeKey: `directive-assigned:${directiveId}` } })).toBe(
        1,
      );
    }
    expect(await db.notification.count({ where: { userId: leader.id, kind: "directive.assigned" } })).toBe(0);
    // The job computes the same key: nothing new.
    await generateNotifications(fromVietnamTime("2026-06-21", "09:00"));
    expect(await db.notification.count({ where: { dedupeKey: `directive-assigned:${directiveId}` } })).toBe(2);
  });
});
