import type { PrismaClient } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { fromVietnamTime } from "@/lib/dates";
import { upsertDocumentRefs } from "@/server/documents/upsert-document-refs";
import { getMeeting, listCarryOver } from "@/server/meetings/get-meeting";
import { getMeetingPage } from "@/server/meetings/get-meeting-page";
import { saveDirectives } from "@/server/meetings/save-directives";
import { scheduleMeeting } from "@/server/meetings/schedule-meeting";
import { transitionMeeting } from "@/server/meetings/transition-meeting";
import { composeNews, loadNewsMeeting } from "@/server/news/compose-news";
import { draftNotice } from "@/server/notices/draft-notice";
import { approveNotice } from "@/server/notices/approve-notice";
import { listDirectives } from "@/server/directives/list-directives";
import { runNotificationJob } from "@/server/notifications/run-notification-job";
import { createMeeting } from "../../prisma/factories/meetings";
import { citationLabel } from "@/lib/document-codes";
import { directiveStatusLabel } from "@/lib/directives";
import { citeDocument } from "@/server/documents/cite-document";
import { listDocuments } from "@/server/documents/list-documents";
import { unciteDocument } from "@/server/documents/uncite-document";
import { meetingRecordVi } from "@/messages/vi/meeting-record";
import { expectAppError } from "../setup/expect-app-error";
import { createPeriod } from "../../prisma/factories/periods";
import { createUnitReport } from "../../prisma/factories/reports";
import { formatPeriod, formatPeriods } from "@/lib/periods";
import { parseSearchParams } from "@/lib/search-params";
import { getPeriodDigest } from "@/server/reports/period-digest";
import { ZDigestParams, ZMatrixParams } from "@/server/reports/schemas";
import { getSubmissionMatrix } from "@/server/reports/submission-matrix";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

describe("meetings recorded as they happened (issue 14)", () => {
  let db: PrismaClient;
  let world: SmallWorld;

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
  });

  const orgs = () => world.organizations.province;

  it("drafts the attendance sentence from who attended, not from the reporting organizations", async () => {
    const meeting = await createMeeting(db, {
      unitId: world.units.province.id,
      period: world.period,
      status: "CONCLUDED",
      title: "Hội nghị giao ban quý I/2020",
      startsAt: fromVietnamTime("2020-03-25", "08:00"),
      createdById: world.ids.secretariat,
      approvedById: world.ids.leader,
      invitedOrganizationIds: [orgs().MTTQ.id, orgs().VETERANS.id],
      chair: { name: "Bùi Thanh Hà", position: "Phó Bí thư Thường trực Tỉnh ủy" },
      attendees: [
        { fullName: "Bùi Thanh Hà", position: "Phó Bí thư Thường trực Tỉnh ủy", role: "CHAIR" },
        {
          fullName: "Nguyễn Văn Phương",
          position: "Chủ tịch Ủy ban MTTQ tỉnh",
          organizationId: orgs().MTTQ.id,
          role: "REPORTER",
        },
        {
          fullName: "Lê Văn Bảy",
          position: "Chủ tịch Hội CCB tỉnh",
          organizationId: orgs().VETERANS.id,
          role: "REPORTER",
          presence: "EXCUSED",
          absenceReason: "Đi công tác",
        },
        { fullName: "Ban Tổ chức Tỉnh ủy", position: "", kind: "DELEGATION", headCount: 2, role: "GUEST" },
      ],
    });
    const news = composeNews((await loadNewsMeeting(db, meeting.id))!);
    expect(news.bodyHtml).toContain(
      "Tham dự hội nghị có đồng chí Nguyễn Văn Phương, Chủ tịch Ủy ban MTTQ tỉnh; đại diện lãnh đạo Ban Tổ chức Tỉnh ủy.",
    );
    // The absent reporter and the reporting organizations' names are not "who attended".
    expect(news.bodyHtml).not.toContain("Lê Văn Bảy");
    expect(news.bodyHtml).not.toContain(orgs().VETERANS.name);
  });

  it("shows an undated draft no carry-over from meetings after its period", async () => {
    const q3 = await createPeriod(db, { year: 2020, type: "QUARTER", index: 3 });
    await createMeeting(db, {
      unitId: world.units.province.id,
      period: q3,
      status: "CONCLUDED",
      title: "Hội nghị quý III/2020",
      startsAt: fromVietnamTime("2020-09-25", "08:00"),
      createdById: world.ids.secretariat,
      approvedById: world.ids.leader,
      directives: [{ content: "Nhiệm vụ giao tại hội nghị quý III/2020.", lead: [orgs().MTTQ.id] }],
    });
    const q2 = await createPeriod(db, { year: 2020, type: "QUARTER", index: 2 });
    const { id } = await scheduleMeeting({
      actor: world.actors.secretariat,
      input: {
        unitId: world.units.province.id,
        periodId: q2.id,
        kind: "LIAISON",
        title: "Hội nghị quý II/2020 (chưa có ngày)",
        startsAt: "",
        invitedOrganizationIds: [],
        reportDeadline: "",
      },
    });
    const { rows: items } = await listCarryOver({ actor: world.actors.secretariat, meetingId: id });
    expect(items.map((item) => item.content)).not.toContain("Nhiệm vụ giao tại hội nghị quý III/2020.");
    // The seed's quý I/2020 meeting is before quý II and still carries over.
    expect(items.map((item) => item.content)).toContain("Triển khai Nghị quyết 54-NQ/TW.");
  });

  it("names every changed field in words and lists approvals and the notice's steps", async () => {
    const meeting = await createMeeting(db, {
      unitId: world.units.province.id,
      period: world.period,
      status: "HELD",
      title: "Hội nghị cần duyệt",
      startsAt: fromVietnamTime("2020-03-26", "08:00"),
      chair: { name: "Bùi Thanh Hà", position: "Phó Bí thư Thường trực Tỉnh ủy" },
      createdById: world.ids.secretariat,
      directives: [{ content: "Nhiệm vụ A.", lead: [orgs().MTTQ.id] }],
    });
    await db.auditLog.create({
      data: {
        actorId: world.ids.secretariat,
        action: "meeting.update",
        entityType: "Meeting",
        entityId: meeting.id,
        before: { unitId: "a", place: "x" },
        after: { unitId: "b", place: "y" },
      },
    });
    await transitionMeeting({ actor: world.actors.leader, input: { meetingId: meeting.id, version: 1, to: "CONCLUDED" } });
    const notice = await draftNotice({ actor: world.actors.secretariat, meetingId: meeting.id });
    await approveNotice({ actor: world.actors.leader, noticeId: notice.id });
    const { history } = await getMeeting({ actor: world.actors.secretariat, meetingId: meeting.id });
    const lines = history.map((row) => row.text);
    expect(lines.filter((line) => line.startsWith("Sửa thông tin chung"))).toEqual([
      expect.stringMatching(/^Sửa thông tin chung \((đơn vị, địa điểm|địa điểm, đơn vị)\)$/),
    ]);
    expect(lines.join("\n")).not.toMatch(/unitId|place\b/);
    expect(lines).toContain("Lãnh đạo duyệt kết luận hội nghị → Đã kết luận");
    expect(lines).toContain("Soạn dự thảo thông báo kết luận");
    expect(lines).toContain("Lãnh đạo duyệt thông báo kết luận");
  });

  it("tells the leader a meeting and a notice wait for approval, the secretary when approved, and shows a banner", async () => {
    const meeting = await createMeeting(db, {
      unitId: world.units.province.id,
      period: world.period,
      status: "SCHEDULED",
      title: "Hội nghị chờ duyệt",
      startsAt: fromVietnamTime("2020-03-27", "08:00"),
      chair: { name: "Bùi Thanh Hà", position: "Phó Bí thư Thường trực Tỉnh ủy" },
      createdById: world.ids.secretariat,
      directives: [{ content: "Nhiệm vụ B.", lead: [orgs().MTTQ.id] }],
    });
    await transitionMeeting({ actor: world.actors.secretariat, input: { meetingId: meeting.id, version: 1, to: "HELD" } });
    const leaderNotes = () => db.notification.findMany({ where: { userId: world.ids.leader, link: `/meetings/${meeting.id}` } });
    expect((await leaderNotes()).map((row) => row.kind)).toEqual(["meeting.waiting"]);
    const page = await getMeetingPage({ actor: world.actors.secretariat, meetingId: meeting.id });
    expect(page.flags.awaitingApproval).toBe("meeting");
    const leaderPage = await getMeetingPage({ actor: world.actors.leader, meetingId: meeting.id });
    expect(leaderPage.flags.awaitingApproval).toBe("meeting-leader");

    await transitionMeeting({ actor: world.actors.leader, input: { meetingId: meeting.id, version: 2, to: "CONCLUDED" } });
    const secretaryNotes = () =>
      db.notification.findMany({
        where: { userId: world.ids.secretariat, link: `/meetings/${meeting.id}` },
        orderBy: { createdAt: "asc" },
      });
    expect((await secretaryNotes()).map((row) => row.kind)).toEqual(["meeting.approved"]);

    const notice = await draftNotice({ actor: world.actors.secretariat, meetingId: meeting.id });
    expect((await leaderNotes()).map((row) => row.kind).sort()).toEqual(["meeting.waiting", "notice.waiting"]);
    expect((await getMeetingPage({ actor: world.actors.secretariat, meetingId: meeting.id })).flags.awaitingApproval).toBe(
      "notice",
    );
    await approveNotice({ actor: world.actors.leader, noticeId: notice.id });
    expect((await secretaryNotes()).map((row) => row.kind)).toEqual(["meeting.approved", "notice.approved"]);
  });

  it("an archive entry notifies no one, flags nothing overdue and carries nothing over", async () => {
    const before = await db.notification.count();
    const archive = await createMeeting(db, {
      unitId: world.units.province.id,
      period: world.period,
      status: "HELD",
      title: "Hội nghị giao ban năm 2020 (nhập lại)",
      startsAt: fromVietnamTime("2020-02-10", "08:00"),
      chair: { name: "", position: "Phó Bí thư Thường trực Tỉnh ủy" },
      createdById: world.ids.secretariat,
      isArchive: true,
      directives: [{ content: "Nhiệm vụ lưu trữ quá hạn từ lâu.", lead: [orgs().MTTQ.id], dueDate: new Date("2020-03-31") }],
    });
    await transitionMeeting({ actor: world.actors.leader, input: { meetingId: archive.id, version: 1, to: "CONCLUDED" } });
    await runNotificationJob({ actor: world.actors.admin, now: new Date("2026-12-01T03:00:00Z") });
    const fromArchive = await db.notification.findMany({
      where: { OR: [{ link: `/meetings/${archive.id}` }, { title: { contains: "lưu trữ" } }] },
    });
    expect(fromArchive).toEqual([]);
    expect(await db.notification.count()).toBeGreaterThanOrEqual(before);

    const overdue = await listDirectives({ actor: world.actors.secretariat, input: { overdue: "1" } });
    expect(overdue.rows.map((row) => row.content)).not.toContain("Nhiệm vụ lưu trữ quá hạn từ lâu.");
    const all = await listDirectives({ actor: world.actors.secretariat, input: { meetingId: archive.id } });
    expect(all.rows.map((row) => [row.content, row.overdue])).toEqual([["Nhiệm vụ lưu trữ quá hạn từ lâu.", false]]);

    const { id } = await scheduleMeeting({
      actor: world.actors.secretariat,
      input: {
        unitId: world.units.province.id,
        periodId: world.period.id,
        kind: "LIAISON",
        title: "Hội nghị sau đó",
        startsAt: "2020-03-30T08:00",
        invitedOrganizationIds: [],
        reportDeadline: "",
      },
    });
    const { rows: carried } = await listCarryOver({ actor: world.actors.secretariat, meetingId: id });
    expect(carried.map((item) => item.content)).not.toContain("Nhiệm vụ lưu trữ quá hạn từ lâu.");
    expect((await listCarryOver({ actor: world.actors.secretariat, meetingId: archive.id })).rows).toEqual([]);
  });

  it("keeps two documents with the same code from different issuers apart, and one document once", async () => {
    const [a] = await upsertDocumentRefs(db, ["Kế hoạch 127-KH/TU"], { localIssuerName: "Tỉnh ủy Thử Nghiệm" });
    const [b] = await upsertDocumentRefs(db, ["Kế hoạch 127-KH/TU"], { localIssuerName: "Tỉnh ủy Bên Cạnh" });
    const [again] = await upsertDocumentRefs(db, ["thực hiện 127-KH/TU"], { localIssuerName: "Tỉnh ủy Thử Nghiệm" });
    expect(a).not.toBe(b);
    expect(again).toBe(a);
    // A national code is one document wherever it is cited.
    const [x] = await upsertDocumentRefs(db, ["Nghị quyết 54-NQ/TW"], { localIssuerName: "Tỉnh ủy Thử Nghiệm" });
    const [y] = await upsertDocumentRefs(db, ["Nghị quyết 54-NQ/TW"], { localIssuerName: "Tỉnh ủy Bên Cạnh" });
    expect(x).toBe(y);
    // Two plans of one issuer with one number but different dates (numbers restart each term) stay two.
    const [d1] = await upsertDocumentRefs(db, ["2460/KH-UBND ngày 05/11/2021"], { localIssuerName: "UBND tỉnh" });
    const [d2] = await upsertDocumentRefs(db, ["2460/KH-UBND ngày 03/02/2016"], { localIssuerName: "UBND tỉnh" });
    expect(d1).not.toBe(d2);
    const rows = await db.documentRef.findMany({ where: { code: "2460/KH-UBND" }, orderBy: { issuedOn: "asc" } });
    expect(rows.map((row) => row.issuedOn?.toISOString().slice(0, 10))).toEqual(["2016-02-03", "2021-11-05"]);
  });

  it("records an archive entry's directives with their known status and no due date", async () => {
    const archive = await createMeeting(db, {
      unitId: world.units.province.id,
      period: world.period,
      status: "HELD",
      title: "Hội nghị nhập lại có nhiệm vụ",
      startsAt: fromVietnamTime("2020-02-12"),
      createdById: world.ids.secretariat,
      isArchive: true,
    });
    const directive = (content: string, knownStatus: "DONE" | "NOT_FOLLOWED" | "UNKNOWN") => ({
      content,
      dueDate: "",
      leadOrganizationIds: [orgs().MTTQ.id],
      knownStatus,
    });
    const notificationsBefore = await db.notification.count();
    await saveDirectives({
      actor: world.actors.secretariat,
      input: {
        meetingId: archive.id,
        version: 1,
        directives: [
          directive("Đã làm xong.", "DONE"),
          directive("Không làm.", "NOT_FOLLOWED"),
          directive("Không rõ.", "UNKNOWN"),
        ],
      },
    });
    const rows = await db.directive.findMany({ where: { meetingId: archive.id }, orderBy: { sortOrder: "asc" } });
    expect(rows.map((row) => [row.content, row.status, row.dueDate])).toEqual([
      ["Đã làm xong.", "DONE", null],
      ["Không làm.", "CANCELLED", null],
      ["Không rõ.", "OPEN", null],
    ]);
    // Assigned without a word to anyone ("Nhiệm vụ mới được giao" is for current work), never overdue,
    // and shown as what is known of them, not as current work ("Chưa thực hiện", "Đã hủy").
    expect(await db.notification.count()).toBe(notificationsBefore);
    const listed = await listDirectives({ actor: world.actors.secretariat, input: { meetingId: archive.id } });
    expect(listed.rows.map((row) => [row.content, row.overdue, directiveStatusLabel(row)]).sort()).toEqual([
      ["Không làm.", false, "Không thực hiện"],
      ["Không rõ.", false, "Chưa rõ"],
      ["Đã làm xong.", false, "Đã hoàn thành"],
    ]);
    // A current meeting ignores a known status: its directives start open.
    const { id } = await scheduleMeeting({
      actor: world.actors.secretariat,
      input: {
        unitId: world.units.province.id,
        periodId: world.period.id,
        kind: "LIAISON",
        title: "Hội nghị hiện tại",
        startsAt: "",
        invitedOrganizationIds: [],
        reportDeadline: "",
      },
    });
    await saveDirectives({
      actor: world.actors.secretariat,
      input: { meetingId: id, version: 1, directives: [directive("Nhiệm vụ mới.", "DONE")] },
    });
    expect((await db.directive.findFirstOrThrow({ where: { meetingId: id } })).status).toBe("OPEN");
  });

  it("gives a meeting's digest and matrix its companion periods beside the primary one", async () => {
    const actor = world.actors.secretariat;
    const unitId = world.units.province.id;
    const q2 = await createPeriod(db, { year: 2021, type: "QUARTER", index: 2 });
    const half = await createPeriod(db, { year: 2021, type: "HALF_YEAR", index: 1 });
    const report = (periodId: string, shortcomings: string) =>
      createUnitReport(db, {
        organizationId: orgs().MTTQ.id,
        organizationKind: "MTTQ",
        periodId,
        unitId,
        status: "SUBMITTED",
        shortcomings,
      });
    await report(q2.id, "Khó khăn của quý II.");
    await report(half.id, "Khó khăn của 6 tháng đầu năm.");
    const { id } = await scheduleMeeting({
      actor,
      input: {
        unitId,
        periodId: q2.id,
        companionPeriodIds: [half.id],
        kind: "LIAISON",
        title: "Hội nghị giao ban quý II và sơ kết 6 tháng đầu năm 2021",
        startsAt: "2021-07-09T08:00",
        invitedOrganizationIds: [],
        reportDeadline: "",
      },
    });
    const { reportLinks } = await getMeetingPage({ actor, meetingId: id });

    // The digest the meeting links to: the quarter's reports, and the half year's beside them.
    const digestParams = parseSearchParams(ZDigestParams, new URL(reportLinks.digest!, "http://localhost").searchParams);
    expect(digestParams).toEqual({ period: q2.id, unit: unitId, with: [half.id] });
    const digest = await getPeriodDigest({
      actor,
      periodId: digestParams.period!,
      unitId: digestParams.unit,
      companionPeriodIds: digestParams.with,
    });
    expect(formatPeriods(digest.period, digest.companions)).toBe("Quý II và 6 tháng đầu năm 2021");
    expect(digest.reports.map((row) => [row.title, row.shortcomings])).toEqual([
      [`${orgs().MTTQ.name} — Quý II/2021`, "Khó khăn của quý II."],
      [`${orgs().MTTQ.name} — 6 tháng đầu năm 2021`, "Khó khăn của 6 tháng đầu năm."],
    ]);
    expect(digest.expected).toBe(digest.reports.length + digest.missing.length);
    expect(digest.missing.map((row) => row.name)).toContain(`${orgs().VETERANS.name} — 6 tháng đầu năm 2021`);
    // Without companions the digest is the quarter's alone, named as before.
    const alone = await getPeriodDigest({ actor, periodId: q2.id, unitId });
    expect(alone.reports.map((row) => row.title)).toEqual([orgs().MTTQ.name]);

    // The matrix the meeting links to: the year's quarters, then the half year as a column of its own.
    const matrixParams = parseSearchParams(ZMatrixParams, new URL(reportLinks.matrix!, "http://localhost").searchParams);
    expect(matrixParams).toEqual({ year: 2021, unit: unitId, with: [half.id] });
    const matrix = await getSubmissionMatrix({
      actor,
      year: matrixParams.year!,
      unitId: matrixParams.unit,
      companionPeriodIds: matrixParams.with,
    });
    expect(matrix.columns.map((column) => formatPeriod(column.period))).toEqual(["Quý II/2021", "6 tháng đầu năm 2021"]);
    const front = matrix.rows.find((row) => row.organization.id === orgs().MTTQ.id)!;
    expect(front.cells.map((cell) => cell.cell)).toEqual(["ON_TIME", "ON_TIME"]);
    // A meeting without companions links to the plain pages.
    const plain = await getMeetingPage({ actor, meetingId: world.meeting.id });
    expect(plain.reportLinks.digest).not.toContain("with=");
  });

  it("cites a document without a number by issuer and title, from the meeting and a directive, listed in the registry", async () => {
    const actor = world.actors.secretariat;
    const { id } = await scheduleMeeting({
      actor,
      input: {
        unitId: world.units.province.id,
        periodId: world.period.id,
        kind: "LIAISON",
        title: "Hội nghị trích dẫn văn bản không số",
        startsAt: "2020-03-20T08:00",
        invitedOrganizationIds: [],
        reportDeadline: "",
      },
    });
    const directiveInput = (content: string, directiveId?: string) => ({
      ...(directiveId ? { id: directiveId } : {}),
      content,
      dueDate: "",
      leadOrganizationIds: [orgs().MTTQ.id],
    });
    await saveDirectives({
      actor,
      input: { meetingId: id, version: 1, directives: [directiveInput("Tuyên truyền Đại hội XIII.")] },
    });
    const directive = await db.directive.findFirstOrThrow({ where: { meetingId: id } });
    const title = "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng";
    const issuerName = "Đảng Cộng sản Việt Nam";

    const { documentId } = await citeDocument({ actor, input: { meetingId: id, issuerName, title, issuedOn: "2021-02-01" } });
    // The same body and title (any letter case) is the same document, cited from the directive too.
    const again = await citeDocument({
      actor,
      input: { meetingId: id, directiveId: directive.id, issuerName, title: title.toLocaleLowerCase("vi") },
    });
    expect(again.documentId).toBe(documentId);
    const stored = await db.documentRef.findUniqueOrThrow({ where: { id: documentId } });
    expect(stored).toMatchObject({ code: "", issuerName, title, type: "NQ" });
    expect(stored.issuedOn?.toISOString().slice(0, 10)).toBe("2021-02-01");
    // Another body's document of that title is another document.
    const other = await citeDocument({ actor, input: { meetingId: id, issuerName: "Tỉnh ủy Bên Cạnh", title } });
    expect(other.documentId).not.toBe(documentId);

    // Re-reading the texts (a directive saved again, citing a coded document) keeps the hand-made citations.
    await saveDirectives({
      actor,
      input: {
        meetingId: id,
        version: 2,
        directives: [directiveInput("Tuyên truyền Đại hội XIII, thực hiện 54-NQ/TW.", directive.id)],
      },
    });
    const registry = await listDocuments({ actor, q: "Đại hội đại biểu toàn quốc lần thứ XIII", page: 1 });
    const listed = registry.rows.find((row) => row.id === documentId)!;
    expect(listed.issuerName).toBe(issuerName);
    expect(listed.meetings.map((row) => row.meeting.id)).toEqual([id]);
    expect(listed.directives.map((row) => row.directive.id)).toEqual([directive.id]);
    const view = await getMeetingPage({ actor, meetingId: id });
    expect(view.meeting.documents.map((row) => [citationLabel(row.document), row.manual]).sort()).toEqual(
      [
        ["54-NQ/TW", false],
        [`${title} (${issuerName}) ngày 01/02/2021`, true],
        [`${title} (Tỉnh ủy Bên Cạnh)`, true],
      ].sort(),
    );

    // A coded document added by hand: a local code belongs to the body typed, with the date after it.
    const plan = await citeDocument({
      actor,
      input: { meetingId: id, issuerName: "UBND tỉnh", code: "2460/KH-UBND ngày 05/11/2021" },
    });
    expect(await db.documentRef.findUniqueOrThrow({ where: { id: plan.documentId } })).toMatchObject({
      code: "2460/KH-UBND",
      issuerName: "UBND tỉnh",
      issuedOn: new Date("2021-11-05T00:00:00Z"),
    });

    // Refusals name the field: no title and no issuer for a document without a number, an unreadable code.
    const missing = await expectAppError(
      citeDocument({ actor, input: { meetingId: id, issuerName: "", title: "" } }),
      "INVALID_INPUT",
    );
    expect(missing.fieldErrors).toMatchObject({
      title: meetingRecordVi.citations.rules.titleRequired,
      issuerName: meetingRecordVi.citations.rules.issuerRequired,
    });
    const unreadable = await expectAppError(
      citeDocument({ actor, input: { meetingId: id, code: "số mười hai" } }),
      "INVALID_INPUT",
    );
    expect(unreadable.fieldErrors).toMatchObject({ code: meetingRecordVi.citations.rules.badCode });

    // Taken back: neither the meeting nor its directive cites it any more; a text citation cannot be taken back.
    await unciteDocument({ actor, input: { meetingId: id, documentId } });
    const afterwards = (await listDocuments({ actor, q: "Đại hội đại biểu toàn quốc lần thứ XIII", page: 1 })).rows.find(
      (row) => row.id === documentId,
    )!;
    expect(afterwards.meetings).toEqual([]);
    expect(afterwards.directives).toEqual([]);
    const coded = await db.documentRef.findFirstOrThrow({ where: { code: "54-NQ/TW" } });
    await expectAppError(unciteDocument({ actor, input: { meetingId: id, documentId: coded.id } }), "INVALID_INPUT");
  });
});
