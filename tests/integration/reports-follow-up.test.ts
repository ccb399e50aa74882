import type { PrismaClient } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { vi } from "@/messages/vi";
import { fromVietnamTime } from "@/lib/dates";
import { generatePeriods } from "@/server/periods/generate-periods";
import { setPeriodDeadline } from "@/server/periods/set-deadline";
import { answerRecommendation } from "@/server/recommendations/answer-recommendation";
import { listRecommendations } from "@/server/recommendations/list-recommendations";
import { getReport } from "@/server/reports/get-report";
import { getPeriodDigest } from "@/server/reports/period-digest";
import { getHomeSummary } from "@/server/home/get-home-summary";
import { saveIndicator } from "@/server/indicators/save-indicator";
import { getFormDraft, saveFormDraft } from "@/server/drafts/form-drafts";
import { openReport } from "@/server/reports/open-report";
import { reportDraftKey, saveReport } from "@/server/reports/save-report";
import { remindMissing } from "@/server/reports/remind-missing";
import { getSubmissionMatrix } from "@/server/reports/submission-matrix";
import { createIndicatorDefinitions, createUnitReport } from "../../prisma/factories/reports";
import { expectAppError } from "../setup/expect-app-error";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

describe("recommendations, matrix, reminders, periods and digest", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let mttqReportId: string;

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
    await createIndicatorDefinitions(db);
    const province = world.organizations.province;
    const base = { periodId: world.period.id, unitId: world.units.province.id };
    const mttq = await createUnitReport(db, {
      ...base,
      organizationId: province.MTTQ.id,
      organizationKind: "MTTQ",
      status: "SUBMITTED",
      authorId: world.ids.mttq,
      submittedAt: new Date(),
      shortcomings: "Kinh phí cơ sở hạn chế.",
      values: { funds: 1250000000, houses: 12 },
      recommendations: [{ content: "Đề nghị bố trí kinh phí xây nhà Đại đoàn kết.", addressedTo: "UBND tỉnh" }],
    });
    mttqReportId = mttq.id;
    await createUnitReport(db, {
      ...base,
      organizationId: province.VETERANS.id,
      organizationKind: "VETERANS",
      status: "ACCEPTED",
      isLate: true,
      authorId: world.ids.ccb,
      submittedAt: new Date(),
      values: { members: 40, loans: 500000000 },
      recommendations: [{ content: "Đề nghị tăng vốn ủy thác.", addressedTo: "Ngân hàng CSXH" }],
    });
    await createUnitReport(db, {
      ...base,
      organizationId: province.YOUTH_UNION.id,
      organizationKind: "YOUTH_UNION",
      status: "RETURNED",
      returnReason: "Bổ sung số liệu.",
      values: { members: 100 },
    });
    await createUnitReport(db, {
      ...base,
      organizationId: province.WOMEN_UNION.id,
      organizationKind: "WOMEN_UNION",
      status: "DRAFT",
      values: { members: 7 },
      recommendations: [{ content: "Chưa nộp nên chưa là kiến nghị." }],
    });
  });

  it("lets a leader answer; the organization sees the answer on its report; others cannot answer", async () => {
    const { leader, mttq, ccb, districtSecretariat, secretariat } = world.actors;
    const mine = await listRecommendations({ actor: mttq, page: 1 });
    expect(mine.rows.map((row) => row.content)).toEqual(["Đề nghị bố trí kinh phí xây nhà Đại đoàn kết."]);
    expect(mine.rows[0].canAnswer).toBe(false);
    const all = await listRecommendations({ actor: leader, page: 1 });
    // The draft report's recommendation is not raised yet.
    expect(all.total).toBe(2);
    const target = mine.rows[0];
    await expectAppError(
      answerRecommendation({ actor: mttq, input: { recommendationId: target.id, status: "ANSWERED", answer: "Tự trả lời" } }),
      "FORBIDDEN",
    );
    await expectAppError(
      answerRecommendation({
        actor: districtSecretariat,
        input: { recommendationId: target.id, status: "ANSWERED", answer: "Không thuộc phạm vi" },
      }),
      "FORBIDDEN",
    );
    const empty = await expectAppError(
      answerRecommendation({ actor: leader, input: { recommendationId: target.id, status: "ANSWERED", answer: " " } }),
      "INVALID_INPUT",
    );
    expect(empty.fieldErrors).toEqual({ answer: vi.recommendations.answerRequired });

    await answerRecommendation({
      actor: leader,
      input: { recommendationId: target.id, status: "ANSWERED", answer: "Giao UBND tỉnh cân đối trong dự toán năm tới." },
    });
    const seen = await getReport({ actor: mttq, reportId: mttqReportId });
    expect(seen.report.recommendations[0]).toMatchObject({
      status: "ANSWERED",
      answer: "Giao UBND tỉnh cân đối trong dự toán năm tới.",
      answeredBy: { fullName: "Bùi Thanh Hà" },
    });
    expect((await listRecommendations({ actor: ccb, page: 1 })).rows.map((row) => row.id)).not.toContain(target.id);
    const answered = await listRecommendations({ actor: secretariat, status: "ANSWERED", page: 1 });
    expect(answered.rows.map((row) => row.id)).toEqual([target.id]);
    await answerRecommendation({ actor: secretariat, input: { recommendationId: target.id, status: "CLOSED" } });
    const closed = await db.recommendation.findUniqueOrThrow({ where: { id: target.id } });
    expect(closed).toMatchObject({ status: "CLOSED", answer: "Giao UBND tỉnh cân đối trong dự toán năm tới." });
    await expectAppError(
      answerRecommendation({ actor: leader, input: { recommendationId: target.id, status: "FORWARDED", answer: "Chuyển" } }),
      "INVALID_STATE",
    );
  });

  it("shows organizations × periods with per-row and per-column counts and rates", async () => {
    const matrix = await getSubmissionMatrix({ actor: world.actors.secretariat, year: 2020 });
    expect(matrix.columns).toHaveLength(1);
    const cells = Object.fromEntries(matrix.rows.map((row) => [row.organization.shortName, row.cells[0].cell]));
    expect(cells).toEqual({
      UBMTTQ: "ON_TIME",
      "Hội CCB": "LATE",
      "Đoàn TN": "RETURNED",
      "Hội LHPN": "DRAFT",
      "Hội ND": "MISSING",
      LĐLĐ: "MISSING",
    });
    expect(matrix.columns[0].tally).toEqual({ expected: 6, onTime: 1, late: 1, rate: 2 / 6, onTimeRate: 1 / 6 });
    expect(matrix.rows[0].tally).toMatchObject({ expected: 1, rate: 1, onTimeRate: 1 });
    expect(matrix.total.expected).toBe(6);
    await expectAppError(getSubmissionMatrix({ actor: world.actors.mttq, year: 2020 }), "FORBIDDEN");
    // Leaders read it too: the dashboard's on-time figure links to it.
    const leaderView = await getSubmissionMatrix({ actor: world.actors.leader, year: 2020 });
    expect(leaderView.unit.id).toBe(matrix.unit.id);
    await expectAppError(
      getSubmissionMatrix({ actor: world.actors.districtSecretariat, unitId: world.units.province.id, year: 2020 }),
      "FORBIDDEN",
    );
  });

  it("reminds the organizations still missing with one in-app notification each, once a day", async () => {
    const { secretariat, mttq, ccb } = world.actors;
    const input = { periodId: world.period.id, unitId: world.units.province.id };
    const now = fromVietnamTime("2020-03-26", "09:00");
    const first = await remindMissing({ actor: secretariat, input, now });
    // Đoàn TN, Hội LHPN, Hội ND, LĐLĐ are missing, but none of them has an account in the small world.
    expect(first.organizations).toBe(4);
    expect(first.created).toBe(0);
    const ndRep = await db.user.create({
      data: {
        username: "nongdan",
        fullName: "Lê Công Thành",
        passwordHash: "x",
        role: "ORG_REP",
        unitId: world.units.province.id,
        organizationId: world.organizations.province.FARMERS_UNION.id,
      },
    });
    expect((await remindMissing({ actor: secretariat, input, now })).created).toBe(1);
    expect((await remindMissing({ actor: secretariat, input, now })).created).toBe(0);
    const notes = await db.notification.findMany({ where: { userId: ndRep.id } });
    expect(notes).toHaveLength(1);
    expect(notes[0].title).toBe(vi.reports.reminderTitle("Quý I/2020"));
    expect(await db.notification.count({ where: { userId: { in: [mttq.id, ccb.id] }, kind: "report.reminder" } })).toBe(0);
    await expectAppError(remindMissing({ actor: world.actors.leader, input, now }), "FORBIDDEN");
    await expectAppError(remindMissing({ actor: world.actors.districtSecretariat, input, now }), "FORBIDDEN");
  });

  it("generates a year's periods in one step with default deadlines, and sets one unit's deadline", async () => {
    const { admin, districtAdmin, mttq } = world.actors;
    await expectAppError(generatePeriods({ actor: mttq, input: { year: 2021, types: ["QUARTER"] } }), "FORBIDDEN");
    const bad = await expectAppError(generatePeriods({ actor: admin, input: { year: 1990, types: [] } }), "INVALID_INPUT");
    expect(bad.fieldErrors).toEqual({ year: vi.periods.invalidYear, types: vi.periods.noKind });
    const result = await generatePeriods({
      actor: admin,
      input: { year: 2021, types: ["QUARTER", "HALF_YEAR", "NINE_MONTHS", "YEAR"] },
    });
    expect(result.count).toBe(8);
    expect((await generatePeriods({ actor: admin, input: { year: 2021, types: ["QUARTER"] } })).count).toBe(4);
    const periods = await db.period.findMany({ where: { year: 2021 }, orderBy: [{ type: "asc" }, { index: "asc" }] });
    expect(periods).toHaveLength(8);
    const q2 = periods.find((period) => period.type === "QUARTER" && period.index === 2)!;
    expect(q2.endDate.toISOString().slice(0, 10)).toBe("2021-06-30");
    const deadlines = await db.periodDeadline.findMany({ where: { periodId: q2.id } });
    // Province and district (the admin's subtree), not the sibling province.
    expect(deadlines).toHaveLength(2);
    expect(deadlines[0].deadline.toISOString()).toBe(fromVietnamTime("2021-06-25", "17:00").toISOString());

    await setPeriodDeadline({
      actor: admin,
      input: { periodId: q2.id, unitId: world.units.district.id, day: "2021-06-20", time: "11:30" },
    });
    const district = await db.periodDeadline.findUniqueOrThrow({
      where: { periodId_unitId: { periodId: q2.id, unitId: world.units.district.id } },
    });
    expect(district.deadline.toISOString()).toBe("2021-06-20T04:30:00.000Z");
    await expectAppError(
      setPeriodDeadline({ actor: districtAdmin, input: { periodId: q2.id, unitId: world.units.province.id, day: "2021-06-20" } }),
      "FORBIDDEN",
    );
    const wrong = await expectAppError(
      setPeriodDeadline({
        actor: admin,
        input: { periodId: q2.id, unitId: world.units.district.id, day: "20/06/2021", time: "25:00" },
      }),
      "INVALID_INPUT",
    );
    expect(wrong.fieldErrors).toEqual({ day: vi.validation.invalidDate, time: vi.periods.invalidTime });
  });

  it("gathers the period's submitted reports for the meeting: figures per organization and in total, difficulties, recommendations", async () => {
    const digest = await getPeriodDigest({ actor: world.actors.leader, periodId: world.period.id });
    expect(digest.expected).toBe(6);
    expect(digest.reports.map((report) => report.organization.shortName)).toEqual(["UBMTTQ", "Hội CCB"]);
    expect(digest.missing).toHaveLength(4);
    expect(digest.moneyTotal).toBe("1750000000");
    const totals = Object.fromEntries(digest.totals.map((total) => [total.name, total.value]));
    expect(totals["Hội viên kết nạp mới"]).toBe("40");
    expect(digest.reports[0].shortcomings).toBe("Kinh phí cơ sở hạn chế.");
    expect(digest.reports[1].recommendations.map((item) => item.content)).toEqual(["Đề nghị tăng vốn ủy thác."]);
    await expectAppError(getPeriodDigest({ actor: world.actors.mttq, periodId: world.period.id }), "FORBIDDEN");
  });
  it("lets only an admin define indicators, with Vietnamese messages for a bad or duplicate code", async () => {
    const { admin, secretariat } = world.actors;
    const input = { organizationKind: "MTTQ" as const, code: "events", name: "Sự kiện tổ chức", unitLabel: "sự kiện" };
    await expectAppError(saveIndicator({ actor: secretariat, input }), "FORBIDDEN");
    const created = await saveIndicator({ actor: admin, input });
    const duplicate = await expectAppError(saveIndicator({ actor: admin, input }), "INVALID_INPUT");
    expect(duplicate.fieldErrors).toEqual({ code: vi.indicators.codeTaken });
    const bad = await expectAppError(
      saveIndicator({ actor: admin, input: { ...input, code: "Sự kiện", name: " " } }),
      "INVALID_INPUT",
    );
    expect(bad.fieldErrors).toEqual({ code: vi.indicators.codeFormat, name: vi.validation.required });
    await saveIndicator({ actor: admin, input: { ...input, id: created.id, isActive: false } });
    expect((await db.indicatorDefinition.findUniqueOrThrow({ where: { id: created.id } })).isActive).toBe(false);
  });

  it("keeps an autosaved draft per user until the report is saved, and offers it back", async () => {
    const { ccb, mttq } = world.actors;
    const q2 = await db.period.create({
      data: { year: 2020, type: "QUARTER", index: 2, startDate: new Date("2020-04-01"), endDate: new Date("2020-06-30") },
    });
    const report = await openReport({ actor: ccb, input: { periodId: q2.id } });
    await saveFormDraft({ actor: ccb, key: reportDraftKey(report.id), data: { achievements: "Đang gõ dở…" }, baseVersion: 1 });
    const view = await getReport({ actor: ccb, reportId: report.id });
    expect(view.draft?.data).toEqual({ achievements: "Đang gõ dở…" });
    // Drafts are private: another user has none under the same key.
    expect(await getFormDraft({ actor: mttq, key: reportDraftKey(report.id) })).toBeNull();
    await saveReport({ actor: ccb, input: { reportId: report.id, version: 1, achievements: "Đã lưu" } });
    expect(await getFormDraft({ actor: ccb, key: reportDraftKey(report.id) })).toBeNull();
  });

  it("shows an organization the reports it owes with days left or days late in Vietnam days", async () => {
    const { ccb } = world.actors;
    const q3 = await db.period.create({
      data: { year: 2020, type: "QUARTER", index: 3, startDate: new Date("2020-07-01"), endDate: new Date("2020-09-30") },
    });
    await db.periodDeadline.createMany({
      data: [
        { periodId: world.period.id, unitId: world.units.province.id, deadline: fromVietnamTime("2020-03-25", "17:00") },
        { periodId: q3.id, unitId: world.units.province.id, deadline: fromVietnamTime("2020-09-25", "17:00") },
      ],
    });
    const summary = await getHomeSummary(ccb, fromVietnamTime("2020-09-20", "08:00"));
    const owed = Object.fromEntries((summary.reportsOwed ?? []).map((item) => [item.period.index, item]));
    // Quý I was accepted (not owed); Quý III is due in five days.
    expect(owed[1]).toBeUndefined();
    expect(owed[3]).toMatchObject({ daysLeft: 5, daysLate: null });
    const late = await getHomeSummary(ccb, fromVietnamTime("2020-09-25", "17:01"));
    expect(late.reportsOwed?.find((item) => item.period.index === 3)).toMatchObject({ daysLeft: null, daysLate: 1 });
  });
});
