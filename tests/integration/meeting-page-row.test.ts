import type { PrismaClient } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { fromVietnamTime } from "@/lib/dates";
import { readableWhere } from "@/server/auth/policy";
import { MEETING_ATTACHMENT_SELECT, readMeetingAttachments } from "@/server/attachments/list-meeting-attachments";
import { CARRY_OVER_PAGE_SIZE, getMeeting, listCarryOver } from "@/server/meetings/get-meeting";
import { HISTORY_LENGTH, HISTORY_SELECT, MEETING_PAGE_SELECT, readMeetingPage } from "@/server/meetings/meeting-page-row";
import { UNIT_NAMES_SELECT } from "@/server/units/names-on";
import { createMeeting } from "../../prisma/factories/meetings";
import { createPeriod } from "../../prisma/factories/periods";
import type { SmallWorld } from "../setup/small-world";
import { useSmallWorld } from "../setup/use-test-database";

const byKey =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) =>
    key(a).localeCompare(key(b));

/**
 * The meeting page reads a meeting in one raw statement (docs/decisions/0043); Prisma's select
 * (MEETING_PAGE_SELECT, with MEETING_DETAILS_SELECT and ROLL_CALL_SELECT in it) stays the one
 * list of what is read. These tests hold the statement to the select's answer for a meeting with
 * every relation filled, and the access checks made in JavaScript to readableWhere's.
 */
describe("the meeting page's one-statement reads", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let richId: string;
  let bareId: string;
  let draftId: string;

  useSmallWorld((setup) => ({ db, world } = setup));

  beforeAll(async () => {
    const orgs = world.organizations.province;
    const q2 = await createPeriod(db, { year: 2020, type: "QUARTER", index: 2 });
    const q3 = await createPeriod(db, { year: 2020, type: "QUARTER", index: 3 });
    // Earlier approved meetings whose open directives carry over, some concerning MTTQ, one done.
    for (const [index, status] of (["CONCLUDED", "PUBLISHED", "CONCLUDED"] as const).entries()) {
      await createMeeting(db, {
        unitId: world.units.province.id,
        period: q2,
        status,
        title: `Hội nghị trước số ${index + 1}`,
        startsAt: fromVietnamTime(`2020-05-0${index + 1}`, "08:00"),
        createdById: world.ids.secretariat,
        approvedById: world.ids.leader,
        invitedOrganizationIds: [orgs.MTTQ.id],
        directives: Array.from({ length: 5 }, (_, item) => ({
          content: `Nhiệm vụ ${index + 1}.${item + 1}`,
          lead: [item % 2 ? orgs.MTTQ.id : orgs.VETERANS.id],
          support: item % 3 ? [orgs.WOMEN_UNION.id] : [],
          status: item === 4 ? ("DONE" as const) : item === 3 ? ("IN_PROGRESS" as const) : ("OPEN" as const),
          dueDate: new Date(`2020-0${6 + index}-30T00:00:00Z`),
        })),
      });
    }
    const carried = await db.directive.findFirstOrThrow({ where: { content: "Nhiệm vụ 1.2" } });
    for (const [index, percent] of [30, 60].entries()) {
      await db.directiveUpdate.create({
        data: {
          directiveId: carried.id,
          body: `Tiến độ ${percent}%`,
          percent,
          authorId: world.ids.mttq,
          createdAt: new Date(Date.UTC(2020, 5, 10 + index, 3, 4, 5, 678)),
        },
      });
    }

    const rich = await createMeeting(db, {
      unitId: world.units.province.id,
      period: q3,
      status: "PUBLISHED",
      title: "Hội nghị giao ban quý III/2020",
      startsAt: fromVietnamTime("2020-09-24", "14:00"),
      place: "Hội trường A",
      chair: { name: "Bùi Thanh Hà", position: "Phó Bí thư" },
      reportDeadline: fromVietnamTime("2020-09-20", "17:00"),
      createdById: world.ids.secretariat,
      approvedById: world.ids.leader,
      invitedOrganizationIds: [orgs.WOMEN_UNION.id, orgs.MTTQ.id, orgs.VETERANS.id],
      situationSummary: "Tiếp tục thực hiện Nghị quyết 54-NQ/TW và Kế hoạch 127-KH/TU.",
      attendees: [
        { fullName: "Bùi Thanh Hà", position: "Phó Bí thư", role: "CHAIR" },
        { fullName: "Đoàn Mặt trận", position: "", organizationId: orgs.MTTQ.id, kind: "DELEGATION", headCount: 5 },
        {
          fullName: "Nguyễn Văn Thay",
          position: "Phó Chủ tịch",
          organizationId: orgs.VETERANS.id,
          presence: "SUBSTITUTE",
          substituteFor: "Chủ tịch Hội",
        },
        {
          fullName: "Lê Thị Vắng",
          position: "Ủy viên",
          organizationId: orgs.WOMEN_UNION.id,
          presence: "EXCUSED",
          absenceReason: "Đi công tác",
        },
      ],
      remarks: [
        { attendeeIndex: 1, body: "Mặt trận báo cáo." },
        { attendeeIndex: 0, body: "Kết luận của chủ trì." },
        { attendeeIndex: 99, body: "Ý kiến không rõ người nói." },
      ],
      conclusionText: "Giao các cơ quan triển khai.",
      directives: [
        {
          content: "Tổng kết Nghị quyết 54-NQ/TW.",
          lead: [orgs.MTTQ.id],
          support: [orgs.VETERANS.id, orgs.WOMEN_UNION.id],
          category: "Tuyên truyền",
        },
        {
          content: "Báo cáo quý IV.",
          lead: [orgs.VETERANS.id],
          dueDate: new Date("2020-12-15T00:00:00Z"),
          status: "IN_PROGRESS",
        },
      ],
    });
    richId = rich.id;
    await db.meeting.update({
      where: { id: richId },
      data: {
        endsAt: fromVietnamTime("2020-09-24", "17:30"),
        host: "STANDING_COMMITTEE",
        datePrecision: "DATE_TIME",
        resultsText: "Kết quả",
        shortcomingsText: "Hạn chế",
        internalNotes: "Ghi chú nội bộ",
        sourceUrl: "https://example.vn/tin",
        sourceTitle: "Tin hội nghị",
        companionPeriods: { create: [{ periodId: q2.id }, { periodId: world.period.id }] },
      },
    });
    const cited = await db.meetingDocument.findMany({ where: { meetingId: richId }, select: { documentId: true } });
    expect(cited.length).toBeGreaterThan(1);
    await db.documentRef.update({ where: { id: cited[0]!.documentId }, data: { issuedOn: new Date("2020-03-05T00:00:00Z") } });
    await db.meetingDocument.updateMany({
      where: { meetingId: richId, documentId: cited[1]!.documentId },
      data: { manual: true },
    });
    for (const [index, reason] of ["Sửa tên người dự", "Bổ sung kết luận"].entries()) {
      await db.meetingAmendment.create({
        data: {
          meetingId: richId,
          reason,
          changes: { field: reason },
          authorId: world.ids.secretariat,
          createdAt: new Date(Date.UTC(2020, 9, 1 + index, 1, 2, 3, 456)),
        },
      });
    }
    const notice = await db.conclusionNotice.create({ data: { meetingId: richId, subject: "Thông báo kết luận", body: "…" } });
    await db.auditLog.createMany({
      data: [
        {
          at: new Date(Date.UTC(2020, 8, 24, 9, 0, 0, 1)),
          actorId: world.ids.secretariat,
          action: "meeting.update",
          entityType: "Meeting",
          entityId: richId,
          before: { title: "Cũ", place: null },
          after: { title: "Mới", place: "Hội trường A", nested: { list: [1, "hai", true, null] } },
        },
        {
          at: new Date(Date.UTC(2020, 8, 25)),
          action: "meeting.transition",
          entityType: "Meeting",
          entityId: richId,
          after: { status: "PUBLISHED" },
        },
        {
          at: new Date(Date.UTC(2020, 8, 26)),
          actorId: world.ids.leader,
          action: "notice.approve",
          entityType: "ConclusionNotice",
          entityId: notice.id,
        },
        // Another meeting's entry, not in this one's history.
        { at: new Date(Date.UTC(2020, 8, 27)), action: "meeting.update", entityType: "Meeting", entityId: world.meeting.id },
      ],
    });
    // A later committee row of the unit (a rename): the meeting day's names are picked among both.
    await db.unitCommittee.create({
      data: {
        unitId: world.units.province.id,
        name: "Đảng ủy Thử Nghiệm mới",
        unitName: "Tỉnh Thử Nghiệm mới",
        numberSuffix: "TU",
        placeName: "Thử Nghiệm",
        validFrom: new Date("2025-07-01T00:00:00Z"),
      },
    });

    bareId = (
      await createMeeting(db, {
        unitId: world.units.district.id,
        period: q3,
        title: "Hội nghị chưa có gì",
        createdById: world.ids.districtSecretariat,
      })
    ).id;
    draftId = (
      await createMeeting(db, {
        unitId: world.units.province.id,
        period: q3,
        status: "HELD",
        title: "Hội nghị chưa kết luận",
        startsAt: fromVietnamTime("2020-08-01", "08:00"),
        createdById: world.ids.secretariat,
        invitedOrganizationIds: [orgs.VETERANS.id],
      })
    ).id;
  });

  /** What Prisma's select returns, with the relations it returns in no stated order put in primary-key order. */
  async function throughPrisma(id: string) {
    const row = await db.meeting.findUniqueOrThrow({ where: { id }, select: MEETING_PAGE_SELECT });
    return {
      ...row,
      invitations: [...row.invitations].sort(byKey((item) => item.organizationId)),
      companionPeriods: [...row.companionPeriods].sort(byKey((item) => item.periodId)),
      directives: row.directives.map((item) => ({
        ...item,
        organizations: [...item.organizations].sort(byKey((org) => org.organizationId)),
      })),
      documents: [...row.documents].sort(byKey((item) => item.document.id)),
    };
  }

  it("reads the meeting, every relation filled or empty, exactly as Prisma's select does", async () => {
    const rich = await readMeetingPage(db, richId);
    const expected = await throughPrisma(richId);
    expect(rich!.meeting).toStrictEqual(expected);
    // The fixture fills what it means to compare (an empty relation would compare nothing).
    expect(expected).toMatchObject({ approvedBy: { fullName: expect.any(String) }, host: "STANDING_COMMITTEE" });
    for (const relation of [
      "invitations",
      "companionPeriods",
      "attendances",
      "remarks",
      "directives",
      "documents",
      "amendments",
    ] as const)
      expect(expected[relation].length, relation).toBeGreaterThan(1);
    expect(expected.attendances.some((row) => row.kind === "DELEGATION" && row.organization)).toBe(true);
    expect(expected.attendances.some((row) => row.organization === null)).toBe(true);
    expect(expected.remarks.some((row) => row.attendanceId === null)).toBe(true);
    expect(expected.directives.some((row) => row.organizations.length > 2 && row.dueDate === null)).toBe(true);
    expect(expected.documents.some((row) => row.document.issuedOn instanceof Date)).toBe(true);
    for (const id of [world.meeting.id, bareId, draftId])
      expect((await readMeetingPage(db, id))!.meeting, id).toStrictEqual(await throughPrisma(id));
    expect(await readMeetingPage(db, "khong-co")).toBeNull();
  });

  it("reads the history (the meeting's and its notices' entries) and the unit's names as Prisma did", async () => {
    for (const id of [richId, bareId]) {
      const read = (await readMeetingPage(db, id))!;
      const notices = await db.conclusionNotice.findMany({ where: { meetingId: id }, select: { id: true } });
      const history = await db.auditLog.findMany({
        where: {
          OR: [
            { entityType: "Meeting", entityId: id },
            { entityType: "ConclusionNotice", entityId: { in: notices.map((row) => row.id) } },
          ],
        },
        orderBy: { at: "desc" },
        take: HISTORY_LENGTH,
        select: HISTORY_SELECT,
      });
      expect(read.history).toStrictEqual(history);
      const meeting = await db.meeting.findUniqueOrThrow({ where: { id }, select: { unitId: true } });
      const unit = await db.unit.findUniqueOrThrow({ where: { id: meeting.unitId }, select: UNIT_NAMES_SELECT });
      const byStart = byKey((row: { validFrom: Date | null }) => row.validFrom?.toISOString() ?? "");
      expect({ ...read.unitNames, committees: [...read.unitNames.committees].sort(byStart) }).toStrictEqual({
        ...unit,
        committees: [...unit.committees].sort(byStart),
      });
    }
    const rich = (await readMeetingPage(db, richId))!;
    expect(rich.history.map((row) => row.action)).toEqual(["notice.approve", "meeting.transition", "meeting.update"]);
    const { meeting } = await getMeeting({ actor: world.actors.secretariat, meetingId: richId });
    expect(meeting.unit).toMatchObject({ name: "Tỉnh Thử Nghiệm", committeeName: "Tỉnh ủy Thử Nghiệm" });
  });

  it("lets exactly those read a meeting whom readableWhere lets, and tells the others it is not found", async () => {
    const checked: string[] = [];
    for (const [name, actor] of Object.entries(world.actors)) {
      for (const id of [richId, bareId, draftId, world.meeting.id]) {
        const visible = await db.meeting.findFirst({ where: { AND: [{ id }, readableWhere(actor, "read:meeting")] } });
        const read = getMeeting({ actor, meetingId: id });
        if (visible) await expect(read, `${name} reads ${id}`).resolves.toMatchObject({ meeting: { id } });
        else await expect(read, `${name} does not read ${id}`).rejects.toMatchObject({ code: "NOT_FOUND" });
        checked.push(`${name}:${visible ? "yes" : "no"}`);
      }
    }
    expect(checked.some((entry) => entry.endsWith("yes")) && checked.some((entry) => entry.endsWith("no"))).toBe(true);
  });

  it("carries over the directives, pages and totals readableWhere's query gives, for every actor", async () => {
    let compared = 0;
    for (const [name, actor] of Object.entries(world.actors)) {
      const meeting = await db.meeting.findFirst({
        where: { AND: [{ id: richId }, readableWhere(actor, "read:meeting")] },
        select: { id: true, unitId: true, startsAt: true },
      });
      if (!meeting) continue;
      // The carry-over as it was read through Prisma before docs/decisions/0043.
      const where = {
        AND: [
          readableWhere(actor, "read:directive"),
          { status: { in: ["OPEN" as const, "IN_PROGRESS" as const] } },
          {
            meeting: {
              unitId: meeting.unitId,
              id: { not: meeting.id },
              status: { in: ["CONCLUDED" as const, "PUBLISHED" as const] },
              isArchive: false,
              startsAt: { lt: meeting.startsAt! },
            },
          },
        ],
      };
      const total = await db.directive.count({ where });
      for (const page of [1, 2]) {
        const rows = await db.directive.findMany({
          where,
          orderBy: [{ meeting: { startsAt: "asc" } }, { sortOrder: "asc" }, { id: "asc" }],
          skip: (page - 1) * CARRY_OVER_PAGE_SIZE,
          take: CARRY_OVER_PAGE_SIZE,
          select: {
            id: true,
            content: true,
            status: true,
            dueDate: true,
            meeting: { select: { id: true, title: true } },
            organizations: { where: { role: "LEAD" }, select: { organization: { select: { shortName: true } } } },
            updates: { orderBy: { createdAt: "desc" }, take: 1, select: { body: true, percent: true, createdAt: true } },
          },
        });
        const answer = await listCarryOver({ actor, meetingId: richId, page });
        expect(answer, `${name}, page ${page}`).toStrictEqual({
          rows,
          total,
          page,
          pages: Math.max(1, Math.ceil(total / CARRY_OVER_PAGE_SIZE)),
        });
        compared += rows.length;
      }
    }
    expect(compared).toBeGreaterThan(CARRY_OVER_PAGE_SIZE);
    const secretariat = await listCarryOver({ actor: world.actors.secretariat, meetingId: richId });
    expect(secretariat.rows.some((row) => row.updates[0]?.percent === 60)).toBe(true);
  });

  it("lists a meeting's documents in one statement as Prisma's select does", async () => {
    const attachments = await db.attachment.findMany({ where: { meetingId: richId }, select: { id: true } });
    expect(attachments).toEqual([]);
    const notice = await db.conclusionNotice.findFirstOrThrow({ where: { meetingId: richId } });
    await db.conclusionNotice.update({ where: { id: notice.id }, data: { code: "12-TB/TU" } });
    for (const [index, kind] of (["PROGRAMME", "SIGNED_NOTICE", null] as const).entries()) {
      await db.attachment.create({
        data: {
          meetingId: richId,
          kind,
          noticeId: kind === "SIGNED_NOTICE" ? notice.id : null,
          generatedSha256: kind === "SIGNED_NOTICE" ? "b".repeat(64) : null,
          fileName: `tep-${index}.pdf`,
          mimeType: "application/pdf",
          size: 1000 + index,
          sha256: "a".repeat(64),
          storageKey: `meeting-page-row/${index}`,
          uploadedById: world.ids.secretariat,
          createdAt: new Date(Date.UTC(2020, 9, 5, 0, 0, index, 789)),
        },
      });
    }
    const expected = await db.attachment.findMany({
      where: { meetingId: richId },
      orderBy: [{ createdAt: "asc" }],
      select: MEETING_ATTACHMENT_SELECT,
    });
    expect(expected).toHaveLength(3);
    expect(await readMeetingAttachments(db, richId)).toStrictEqual(expected);
  });
});
