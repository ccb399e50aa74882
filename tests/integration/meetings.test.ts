import type { PrismaClient } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { vi } from "@/messages/vi";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { discardMinutesDraft, getMinutesDraft, saveMinutesDraft } from "@/server/meetings/autosave-draft";
import { CARRY_OVER_PAGE_SIZE, getMeeting, listCarryOver } from "@/server/meetings/get-meeting";
import { getMeetingPage } from "@/server/meetings/get-meeting-page";
import { listMeetings, MEETINGS_PAGE_SIZE } from "@/server/meetings/list-meetings";
import { listOrganizationLeaders } from "@/server/meetings/organization-leaders";
import { saveAttendance } from "@/server/meetings/save-attendance";
import { saveDirectives } from "@/server/meetings/save-directives";
import { scheduleMeeting } from "@/server/meetings/schedule-meeting";
import type { TScheduleMeetingInput } from "@/server/meetings/schemas";
import { transitionMeeting } from "@/server/meetings/transition-meeting";
import { updateMeetingDetails } from "@/server/meetings/update-meeting-details";
import { updateMinutes } from "@/server/meetings/update-minutes";
import { listDocuments } from "@/server/documents/list-documents";
import { createMeeting } from "../../prisma/factories/meetings";
import { createPerson } from "../../prisma/factories/units";
import { expectAppError } from "../setup/expect-app-error";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

/** The carry-over of a meeting, every page of it, in the order the pages show it. */
async function everyCarriedOver(actor: Actor, meetingId: string) {
  const rows = [];
  for (let page = 1, pages = 1; page <= pages; page += 1) {
    const answer = await listCarryOver({ actor, meetingId, page });
    rows.push(...answer.rows);
    pages = answer.pages;
  }
  return rows;
}
describe("meeting use cases", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let chairId: string;
  let leaderIds: string[];

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
    const chair = await createPerson(db, {
      unitId: world.units.province.id,
      fullName: "Bùi Thanh Hà",
      title: "Phó Bí thư Thường trực Tỉnh ủy",
      startDate: new Date("2020-03-01"),
    });
    await db.position.create({
      data: {
        personId: chair.id,
        title: "Bí thư Tỉnh ủy",
        startDate: new Date("2024-01-01"),
        isLeader: true,
      },
    });
    await db.position.updateMany({
      where: { personId: chair.id, title: { startsWith: "Phó" } },
      data: { endDate: new Date("2023-12-31") },
    });
    chairId = chair.id;
    leaderIds = [];
    for (const [kind, name, title] of [
      ["MTTQ", "Nguyễn Văn Phương", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"],
      ["VETERANS", "Lê Văn Bảy", "Chủ tịch Hội Cựu chiến binh tỉnh"],
    ] as const) {
      const person = await createPerson(db, {
        unitId: world.units.province.id,
        fullName: name,
        title,
        organizationId: world.organizations.province[kind].id,
      });
      leaderIds.push(person.id);
    }
  });

  const orgs = () => world.organizations.province;
  const scheduleInput = (over: Partial<TScheduleMeetingInput> = {}): TScheduleMeetingInput => ({
    unitId: world.units.province.id,
    periodId: world.period.id,
    kind: "LIAISON",
    title: "Hội nghị giao ban Mặt trận và các đoàn thể chính trị - xã hội tỉnh quý I/2020",
    startsAt: "2020-03-24T14:00",
    place: "Hội trường Tỉnh ủy",
    chairPersonId: chairId,
    invitedOrganizationIds: [orgs().MTTQ.id, orgs().VETERANS.id],
    reportDeadline: "2020-03-20T17:00",
    ...over,
  });

  /** Every row a meeting write touches, to prove a refused call wrote nothing. */
  const snapshot = async () => ({
    meetings: await db.meeting.findMany({ orderBy: { id: "asc" } }),
    attendances: await db.attendance.findMany({ orderBy: { id: "asc" } }),
    remarks: await db.meetingRemark.findMany({ orderBy: { id: "asc" } }),
    directives: await db.directive.findMany({ orderBy: { id: "asc" } }),
    directiveOrgs: await db.directiveOrganization.count(),
    invitations: await db.meetingInvitation.count(),
    amendments: await db.meetingAmendment.count(),
    documents: await db.documentRef.count(),
    audit: await db.auditLog.count(),
  });

  const version = async (meetingId: string) => (await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).version;

  it("schedules a meeting with the chair's position on the meeting day and an audit record", async () => {
    const { id } = await scheduleMeeting({
      actor: world.actors.secretariat,
      input: scheduleInput(),
    });
    const meeting = await db.meeting.findUniqueOrThrow({
      where: { id },
      include: { invitations: true, attendances: true },
    });
    expect(meeting).toMatchObject({
      status: "DRAFT",
      chairName: "Bùi Thanh Hà",
      chairPosition: "Phó Bí thư Thường trực Tỉnh ủy",
      place: "Hội trường Tỉnh ủy",
      version: 1,
    });
    expect(meeting.startsAt?.toISOString()).toBe("2020-03-24T07:00:00.000Z");
    expect(meeting.invitations).toHaveLength(2);
    expect(meeting.attendances).toMatchObject([{ role: "CHAIR", fullName: "Bùi Thanh Hà" }]);
    expect(meeting.searchText).toContain("Quý I/2020");
    expect(
      await db.auditLog.count({
        where: { action: "meeting.create", entityId: id },
      }),
    ).toBe(1);
  });

  it("refuses invalid input with Vietnamese field messages and writes nothing", async () => {
    const before = await snapshot();
    const error = await expectAppError(
      scheduleMeeting({
        actor: world.actors.secretariat,
        input: scheduleInput({ title: "   ", startsAt: "24/3/2020" }),
      }),
      "INVALID_INPUT",
    );
    expect(error.fieldErrors).toEqual({
      title: vi.validation.required,
      startsAt: vi.validation.invalidDateTime,
    });
    await expectAppError(
      scheduleMeeting({
        actor: world.actors.secretariat,
        input: scheduleInput({
          invitedOrganizationIds: [world.organizations.sibling.MTTQ.id],
        }),
      }),
      "INVALID_INPUT",
    );
    expect(await snapshot()).toEqual(before);
  });

  it("runs the whole lifecycle with its rules", async () => {
    const secretariat = world.actors.secretariat;
    const { id } = await scheduleMeeting({
      actor: secretariat,
      input: scheduleInput({ chairPersonId: "" }),
    });
    // Attendance: the leaders of the invited organizations in one step, plus a typed person.
    const leaders = await listOrganizationLeaders({
      actor: secretariat,
      meetingId: id,
    });
    expect(leaders.map((row) => row.fullName)).toEqual(["Nguyễn Văn Phương", "Lê Văn Bảy"]);
    await transitionMeeting({
      actor: secretariat,
      input: { meetingId: id, version: await version(id), to: "SCHEDULED" },
    });
    const noChair = await expectAppError(
      transitionMeeting({
        actor: secretariat,
        input: { meetingId: id, version: await version(id), to: "HELD" },
      }),
      "INVALID_STATE",
    );
    expect(noChair.message).toBe(vi.meetings.rules.needsChair);
    await saveAttendance({
      actor: secretariat,
      input: {
        meetingId: id,
        version: await version(id),
        attendees: [
          {
            personId: chairId,
            fullName: "Bùi Thanh Hà",
            position: "Phó Bí thư Thường trực Tỉnh ủy",
            role: "CHAIR",
          },
          ...leaders,
          {
            fullName: "Phan Ngọc Thọ",
            position: "Trưởng Ban Dân vận Tỉnh ủy",
            organizationId: orgs().MASS_MOBILIZATION_BOARD.id,
            role: "SPEAKER",
          },
          {
            fullName: "Hoàng Thị Ánh",
            position: "Bí thư Tỉnh đoàn",
            role: "ATTENDEE",
            presence: "EXCUSED",
            absenceReason: "Đi công tác",
          },
        ],
      },
    });
    const attendance = await db.attendance.findMany({
      where: { meetingId: id },
      orderBy: { sortOrder: "asc" },
    });
    expect(attendance.map((row) => row.role)).toEqual(["CHAIR", "REPORTER", "REPORTER", "SPEAKER", "ATTENDEE"]);
    expect(attendance[4]).toMatchObject({ presence: "EXCUSED", absenceReason: "Đi công tác" });
    await updateMinutes({
      actor: secretariat,
      input: {
        meetingId: id,
        version: await version(id),
        situationSummary: "Tuyên truyền Nghị quyết 54-NQ/TW và Chỉ thị số 35-CT/TW.",
        remarks: [
          {
            attendanceId: attendance[3].id,
            body: "Ban Dân vận đề nghị thực hiện Kế hoạch 127-KH/TU.",
          },
        ],
        conclusionText: "Đề nghị triển khai Phương án 5841/PA-UBND.",
      },
    });
    const notYet = await expectAppError(
      transitionMeeting({
        actor: world.actors.leader,
        input: { meetingId: id, version: await version(id), to: "CONCLUDED" },
      }),
      "INVALID_STATE",
    );
    expect(notYet.message).toBe(vi.meetings.rules.badTransition);
    await transitionMeeting({
      actor: secretariat,
      input: { meetingId: id, version: await version(id), to: "HELD" },
    });
    const noDirective = await expectAppError(
      transitionMeeting({
        actor: world.actors.leader,
        input: { meetingId: id, version: await version(id), to: "CONCLUDED" },
      }),
      "INVALID_STATE",
    );
    expect(noDirective.message).toBe(vi.meetings.rules.needsDirective);
    await saveDirectives({
      actor: secretariat,
      input: {
        meetingId: id,
        version: await version(id),
        directives: [
          {
            content: "Triển khai Nghị quyết 54-NQ/TW.",
            leadOrganizationIds: [orgs().MTTQ.id],
            supportOrganizationIds: [orgs().VETERANS.id],
            dueDate: "next-quarter-end",
            category: "Tuyên truyền",
          },
          {
            content: "Vận động hội viên phòng, chống dịch.",
            leadOrganizationIds: [orgs().VETERANS.id],
            dueDate: "2020-06-30",
          },
        ],
      },
    });
    const directives = await db.directive.findMany({
      where: { meetingId: id },
      orderBy: { sortOrder: "asc" },
      include: {
        organizations: true,
        documents: { include: { document: true } },
      },
    });
    expect(directives[0].dueDate?.toISOString().slice(0, 10)).toBe("2020-06-30");
    expect(directives[0].organizations).toHaveLength(2);
    expect(directives[0].documents.map((row) => row.document.code)).toEqual(["54-NQ/TW"]);
    // Reorder and delete: the second moves up, the first is removed.
    await saveDirectives({
      actor: secretariat,
      input: {
        meetingId: id,
        version: await version(id),
        directives: [
          {
            id: directives[1].id,
            content: "Vận động hội viên phòng, chống dịch Covid-19.",
            leadOrganizationIds: [orgs().VETERANS.id],
          },
          {
            content: "Thực hiện Chỉ thị số 35-CT/TW.",
            leadOrganizationIds: [orgs().MTTQ.id],
          },
        ],
      },
    });
    const reordered = await db.directive.findMany({
      where: { meetingId: id },
      orderBy: { sortOrder: "asc" },
    });
    expect(reordered.map((row) => row.content)).toEqual([
      "Vận động hội viên phòng, chống dịch Covid-19.",
      "Thực hiện Chỉ thị số 35-CT/TW.",
    ]);
    expect(reordered[0].id).toBe(directives[1].id);
    const codes = (
      await db.meetingDocument.findMany({
        where: { meetingId: id },
        include: { document: true },
      })
    )
      .map((row) => row.document.code)
      .sort();
    expect(codes).toEqual(["127-KH/TU", "35-CT/TW", "54-NQ/TW", "5841/PA-UBND"]);
    const registry = await listDocuments({
      actor: world.actors.mttq,
      page: 1,
      q: "35-CT",
    });
    expect(registry.rows[0].meetings.map((row) => row.meeting.id)).toContain(id);

    // Only a leader approves; a secretary cannot.
    const beforeApprove = await snapshot();
    await expectAppError(
      transitionMeeting({
        actor: secretariat,
        input: { meetingId: id, version: await version(id), to: "CONCLUDED" },
      }),
      "FORBIDDEN",
    );
    expect(await snapshot()).toEqual(beforeApprove);
    await transitionMeeting({
      actor: world.actors.leader,
      input: { meetingId: id, version: await version(id), to: "CONCLUDED" },
    });
    expect(await db.meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CONCLUDED",
      approvedById: world.ids.leader,
    });
    const locked = await expectAppError(
      updateMinutes({
        actor: secretariat,
        input: {
          meetingId: id,
          version: await version(id),
          situationSummary: "Sửa lén.",
        },
      }),
      "INVALID_STATE",
    );
    expect(locked.message).toBe(vi.meetings.rules.locked);
    await transitionMeeting({
      actor: secretariat,
      input: { meetingId: id, version: await version(id), to: "PUBLISHED" },
    });

    // After publication: only an amendment with a reason.
    const noReason = await expectAppError(
      updateMinutes({
        actor: secretariat,
        input: {
          meetingId: id,
          version: await version(id),
          situationSummary: "Đính chính.",
        },
      }),
      "INVALID_INPUT",
    );
    expect(noReason.fieldErrors).toEqual({
      amendmentReason: vi.meetings.rules.amendmentReason,
    });
    await updateMinutes({
      actor: secretariat,
      input: {
        meetingId: id,
        version: await version(id),
        situationSummary: "Tuyên truyền Nghị quyết 54-NQ/TW.",
        amendmentReason: "Sửa lỗi trích dẫn.",
      },
    });
    const amendments = await db.meetingAmendment.findMany({
      where: { meetingId: id },
    });
    expect(amendments).toMatchObject([{ reason: "Sửa lỗi trích dẫn.", authorId: world.ids.secretariat }]);

    const { history } = await getMeeting({
      actor: world.actors.leader,
      meetingId: id,
    });
    expect(history.map((row) => row.action)).toContain("meeting.amend");
    expect(history.filter((row) => row.action === "meeting.transition")).toHaveLength(4);
  });

  it("refuses a date in the future for HELD", async () => {
    const { id } = await scheduleMeeting({
      actor: world.actors.secretariat,
      input: scheduleInput({ startsAt: "2099-01-01T08:00" }),
    });
    await transitionMeeting({
      actor: world.actors.secretariat,
      input: { meetingId: id, version: 1, to: "SCHEDULED" },
    });
    const error = await expectAppError(
      transitionMeeting({
        actor: world.actors.secretariat,
        input: { meetingId: id, version: 2, to: "HELD" },
      }),
      "INVALID_STATE",
    );
    expect(error.message).toBe(vi.meetings.rules.needsPastDate);
  });

  it("refuses every forbidden action for every role, and nothing changes", async () => {
    const { id } = await scheduleMeeting({
      actor: world.actors.secretariat,
      input: scheduleInput(),
    });
    const v = await version(id);
    const others: [string, Actor][] = [
      ["admin", world.actors.admin],
      ["leader", world.actors.leader],
      ["mttq", world.actors.mttq],
      ["ccb", world.actors.ccb],
      ["viewer", world.actors.viewer],
      ["districtSecretariat", world.actors.districtSecretariat],
      ["districtAdmin", world.actors.districtAdmin],
      ["districtMttq", world.actors.districtMttq],
      ["siblingAdmin", world.actors.siblingAdmin],
      ["siblingViewer", world.actors.siblingViewer],
    ];
    const before = await snapshot();
    for (const [name, actor] of others) {
      const attempts: (() => Promise<unknown>)[] = [
        () => scheduleMeeting({ actor, input: scheduleInput() }),
        () =>
          updateMeetingDetails({
            actor,
            input: {
              ...scheduleInput(),
              meetingId: id,
              version: v,
              title: "Bị sửa",
            },
          }),
        () =>
          saveAttendance({
            actor,
            input: { meetingId: id, version: v, attendees: [] },
          }),
        () =>
          updateMinutes({
            actor,
            input: { meetingId: id, version: v, situationSummary: "Bị sửa" },
          }),
        () =>
          saveDirectives({
            actor,
            input: { meetingId: id, version: v, directives: [] },
          }),
        () =>
          transitionMeeting({
            actor,
            input: { meetingId: id, version: v, to: "SCHEDULED" },
          }),
        () =>
          saveMinutesDraft({
            actor,
            input: {
              meetingId: id,
              baseVersion: v,
              data: { situationSummary: "x" },
            },
          }),
      ];
      for (const attempt of attempts) {
        const error = await attempt().then(
          () => undefined,
          (thrown: unknown) => thrown,
        );
        expect(error, `${name} must be refused`).toBeInstanceOf(AppError);
        expect(["FORBIDDEN"], `${name}: ${(error as AppError).code}`).toContain((error as AppError).code);
      }
    }
    for (const [, actor] of others) {
      await expectAppError(listOrganizationLeaders({ actor, meetingId: id }), "FORBIDDEN");
    }
    expect(await snapshot()).toEqual(before);
    expect(await db.formDraft.count()).toBe(0);
  });

  it("lets a district secretary schedule in the district, never at the province", async () => {
    const actor = world.actors.districtSecretariat;
    const { id } = await scheduleMeeting({
      actor,
      input: scheduleInput({
        unitId: world.units.district.id,
        chairPersonId: chairId,
        invitedOrganizationIds: [world.organizations.district.MTTQ.id],
      }),
    });
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).chairName).toBe("Bùi Thanh Hà");
    const before = await snapshot();
    await expectAppError(scheduleMeeting({ actor, input: scheduleInput() }), "FORBIDDEN");
    expect(await snapshot()).toEqual(before);
    // The district's ORG_REP of an invited organization reads it; the province's does not see district invitations of others.
    expect((await getMeeting({ actor: world.actors.districtMttq, meetingId: id })).permissions).toMatchObject({
      edit: false,
      nextStep: null,
    });
    await expectAppError(getMeeting({ actor: world.actors.ccb, meetingId: id }), "NOT_FOUND");
  });

  it("keeps a stale save from overwriting: the second writer gets CONFLICT", async () => {
    const { id } = await scheduleMeeting({
      actor: world.actors.secretariat,
      input: scheduleInput(),
    });
    const read = await version(id);
    await updateMinutes({
      actor: world.actors.secretariat,
      input: {
        meetingId: id,
        version: read,
        situationSummary: "Bản của người thứ nhất.",
      },
    });
    const before = await snapshot();
    const error = await expectAppError(
      updateMinutes({
        actor: world.actors.secretariat,
        input: {
          meetingId: id,
          version: read,
          situationSummary: "Bản của người thứ hai.",
        },
      }),
      "CONFLICT",
    );
    expect(error.message).toBe(vi.errors.CONFLICT);
    expect(await snapshot()).toEqual(before);
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).situationSummary).toBe("Bản của người thứ nhất.");
  });

  it("autosaves a draft, offers it back after a reload, and clears it on save", async () => {
    const { id } = await scheduleMeeting({
      actor: world.actors.secretariat,
      input: scheduleInput(),
    });
    const actor = world.actors.secretariat;
    expect(await getMinutesDraft({ actor, meetingId: id })).toBeNull();
    const typed = {
      situationSummary: "Đang gõ dở tóm tắt…",
      conclusionText: "Kết luận dở",
      remarks: [{ attendanceId: null, body: "Ý kiến" }],
    };
    await saveMinutesDraft({
      actor,
      input: { meetingId: id, baseVersion: 1, data: typed },
    });
    await saveMinutesDraft({
      actor,
      input: {
        meetingId: id,
        baseVersion: 1,
        data: { ...typed, situationSummary: "Đang gõ dở tóm tắt, thêm chữ" },
      },
    });
    const restored = await getMinutesDraft({ actor, meetingId: id });
    expect(restored?.data.situationSummary).toBe("Đang gõ dở tóm tắt, thêm chữ");
    expect(restored?.baseVersion).toBe(1);
    // Another user sees no draft of someone else.
    expect(await getMinutesDraft({ actor: world.actors.leader, meetingId: id })).toBeNull();
    await updateMinutes({
      actor,
      input: { meetingId: id, version: 1, ...restored!.data, remarks: [] },
    });
    expect(await getMinutesDraft({ actor, meetingId: id })).toBeNull();
    await saveMinutesDraft({
      actor,
      input: { meetingId: id, baseVersion: 2, data: typed },
    });
    await discardMinutesDraft({ actor, meetingId: id });
    expect(await getMinutesDraft({ actor, meetingId: id })).toBeNull();
  });

  it("finds meetings by unaccented Vietnamese, within the actor's scope", async () => {
    const { id } = await scheduleMeeting({
      actor: world.actors.secretariat,
      input: scheduleInput({
        title: "Hội nghị trực báo với Ban Dân vận",
        kind: "BRIEFING",
      }),
    });
    const found = async (actor: Actor, q: string) => (await listMeetings({ actor, input: { q } })).rows.map((row) => row.id);
    expect(await found(world.actors.secretariat, "quy I 2020")).toContain(world.meeting.id);
    expect(await found(world.actors.secretariat, "QUÝ i/2020")).toContain(id);
    const banDanVan = await found(world.actors.secretariat, "ban dan van");
    expect(banDanVan).toContain(id);
    expect(banDanVan).not.toContain(world.meeting.id);
    expect(await found(world.actors.secretariat, "nghi quyet 54")).toContain(world.meeting.id);
    expect(await found(world.actors.secretariat, "khong co gi 100%")).toEqual([]);
    // ORG_REP: only meetings of the province their organization is invited to; viewers: only published.
    expect(await found(world.actors.mttq, "ban dan van")).toContain(id);
    const forDistrict = await found(world.actors.districtMttq, "quy I 2020");
    expect(forDistrict).not.toContain(world.meeting.id);
    expect(forDistrict).not.toContain(id);
    const forViewer = await found(world.actors.viewer, "quy I 2020");
    expect(forViewer).toContain(world.meeting.id);
    expect(forViewer).not.toContain(id);
    expect(await found(world.actors.siblingViewer, "quy I 2020")).toEqual([]);
    const filtered = await listMeetings({
      actor: world.actors.leader,
      input: { kind: "BRIEFING", year: 2020 },
    });
    expect(filtered.rows.map((row) => row.id)).toEqual([id]);
    await expectAppError(getMeeting({ actor: world.actors.districtMttq, meetingId: id }), "NOT_FOUND");
  });

  it("paginates on the server, newest first", async () => {
    for (let day = 1; day <= MEETINGS_PAGE_SIZE + 1; day += 1) {
      await createMeeting(db, {
        unitId: world.units.sibling.id,
        period: world.period,
        title: `Giao ban trang ${day}`,
        startsAt: new Date(Date.UTC(2020, 0, day)),
        createdById: world.ids.siblingAdmin,
      });
    }
    const first = await listMeetings({
      actor: world.actors.siblingAdmin,
      input: {},
    });
    expect(first).toMatchObject({
      total: MEETINGS_PAGE_SIZE + 1,
      pages: 2,
      page: 1,
    });
    expect(first.rows[0].title).toBe(`Giao ban trang ${MEETINGS_PAGE_SIZE + 1}`);
    const second = await listMeetings({
      actor: world.actors.siblingAdmin,
      input: { page: 2 },
    });
    expect(second.rows.map((row) => row.title)).toEqual(["Giao ban trang 1"]);
  });

  it("pages the carry-over on the server, oldest first, without repeating an item", async () => {
    await createMeeting(db, {
      unitId: world.units.province.id,
      period: world.period,
      status: "CONCLUDED",
      title: "Hội nghị có nhiều nhiệm vụ",
      startsAt: new Date("2020-02-10T01:00:00Z"),
      createdById: world.ids.secretariat,
      directives: Array.from({ length: CARRY_OVER_PAGE_SIZE + 2 }, (_, index) => ({
        content: `Nhiệm vụ mang sang số ${index + 1}.`,
        lead: [world.organizations.province.MTTQ.id],
      })),
    });
    const { id } = await scheduleMeeting({
      actor: world.actors.secretariat,
      input: scheduleInput({ startsAt: "2020-06-30T08:00" }),
    });
    const first = await listCarryOver({ actor: world.actors.secretariat, meetingId: id });
    expect(first.rows).toHaveLength(CARRY_OVER_PAGE_SIZE);
    expect(first.total).toBeGreaterThanOrEqual(CARRY_OVER_PAGE_SIZE + 2);
    expect(first.pages).toBe(Math.ceil(first.total / CARRY_OVER_PAGE_SIZE));
    const every = await everyCarriedOver(world.actors.secretariat, id);
    const rest = every.slice(CARRY_OVER_PAGE_SIZE);
    expect(every.slice(0, CARRY_OVER_PAGE_SIZE)).toEqual(first.rows);
    expect(new Set(every.map((row) => row.id)).size).toBe(first.total);
    expect(rest.map((row) => row.content)).toContain(`Nhiệm vụ mang sang số ${CARRY_OVER_PAGE_SIZE + 2}.`);
    const page = await getMeetingPage({ actor: world.actors.secretariat, meetingId: id, carryOverPage: 2 });
    expect(page.carryOver).toMatchObject({ page: 2, total: first.total });
  });

  it("carries over the unit's undone directives into a later meeting", async () => {
    const { id } = await scheduleMeeting({
      actor: world.actors.secretariat,
      input: scheduleInput({ startsAt: "2020-06-30T08:00" }),
    });
    await db.directiveUpdate.create({
      data: {
        directiveId: (
          await db.directive.findFirstOrThrow({
            where: { meetingId: world.meeting.id },
          })
        ).id,
        body: "Đã tổ chức hội nghị quán triệt.",
        percent: 50,
        authorId: world.ids.mttq,
      },
    });
    await createMeeting(db, {
      unitId: world.units.province.id,
      period: world.period,
      status: "HELD",
      title: "Hội nghị chưa được phê duyệt",
      startsAt: new Date("2020-01-10T01:00:00Z"),
      createdById: world.ids.secretariat,
      directives: [
        {
          content: "Nhiệm vụ chưa được phê duyệt.",
          lead: [world.organizations.province.MTTQ.id],
        },
      ],
    });
    // Every page: earlier tests of this file add older undone directives to the same unit.
    const items = await everyCarriedOver(world.actors.secretariat, id);
    const fromSeed = items.find((item) => item.meeting.id === world.meeting.id);
    expect(fromSeed?.content).toBe("Triển khai Nghị quyết 54-NQ/TW.");
    expect(fromSeed?.updates[0]).toMatchObject({
      body: "Đã tổ chức hội nghị quán triệt.",
      percent: 50,
    });
    expect(items.every((item) => item.meeting.id !== id)).toBe(true);
    expect(items.map((item) => item.content)).not.toContain("Nhiệm vụ chưa được phê duyệt.");
  });
});
