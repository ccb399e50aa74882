import type { PrismaClient } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { decideConsolidatedReport } from "@/server/consolidated-reports/decide-consolidated-report";
import { draftConsolidatedReport } from "@/server/consolidated-reports/draft-consolidated-report";
import { getConsolidatedReportFile } from "@/server/consolidated-reports/get-consolidated-report-file";
import { issueConsolidatedReport } from "@/server/consolidated-reports/issue-consolidated-report";
import { listConsolidatedReports } from "@/server/consolidated-reports/list-consolidated-reports";
import { submitConsolidatedReport } from "@/server/consolidated-reports/submit-consolidated-report";
import { updateConsolidatedReport } from "@/server/consolidated-reports/update-consolidated-report";
import { createPeriod } from "../../prisma/factories/periods";
import { createUnitReport } from "../../prisma/factories/reports";
import { expectAppError } from "../setup/expect-app-error";
import type { SmallWorld } from "../setup/small-world";
import { collapse, docxText, pdfPages, storeFilesInTempDir } from "../setup/document-text";
import { useSmallWorld } from "../setup/use-test-database";

storeFilesInTempDir("giaoban-consolidated-");

describe("the Ban Dân vận's consolidated report of a period", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let reportId: string;

  useSmallWorld((setup) => ({ db, world } = setup));

  beforeAll(async () => {
    const orgs = world.organizations.province;
    await createUnitReport(db, {
      organizationId: orgs.MTTQ.id,
      organizationKind: "MTTQ",
      periodId: world.period.id,
      unitId: world.units.province.id,
      status: "SUBMITTED",
      submittedAt: new Date("2020-03-20T02:00:00Z"),
      achievements: "Vận động Quỹ Vì người nghèo, hỗ trợ 120 hộ nghèo đón Tết.",
      shortcomings: "Công tác nắm tình hình nhân dân ở cơ sở còn chậm.",
      nextTasks: "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
      recommendations: [{ content: "Bố trí kinh phí cho hoạt động giám sát", addressedTo: "UBND tỉnh" }],
    });
    await createUnitReport(db, {
      organizationId: orgs.VETERANS.id,
      organizationKind: "VETERANS",
      periodId: world.period.id,
      unitId: world.units.province.id,
      status: "ACCEPTED",
      submittedAt: new Date("2020-03-21T02:00:00Z"),
      achievements: "Kết nạp 350 hội viên mới.",
    });
  });

  it("drafts from the period's submitted unit reports, for the secretariat only", async () => {
    await expectAppError(draftConsolidatedReport({ actor: world.actors.leader, periodId: world.period.id }), "FORBIDDEN");
    reportId = (await draftConsolidatedReport({ actor: world.actors.secretariat, periodId: world.period.id })).id;
    // A second draft of the period opens the same report.
    expect((await draftConsolidatedReport({ actor: world.actors.secretariat, periodId: world.period.id })).id).toBe(reportId);
    const report = await db.consolidatedReport.findUniqueOrThrow({ where: { id: reportId } });
    expect(report.status).toBe("DRAFT");
    expect(report.results).toContain(world.organizations.province.MTTQ.name);
    expect(report.results).toContain("hỗ trợ 120 hộ nghèo đón Tết");
    expect(report.results).toContain("Kết nạp 350 hội viên mới");
    expect(report.shortcomings).toContain("nắm tình hình nhân dân ở cơ sở còn chậm");
    expect(report.nextTasks).toContain("Ngày hội Đại đoàn kết");
    expect(report.proposals).toContain("Bố trí kinh phí cho hoạt động giám sát (UBND tỉnh)");
    expect(report.situation).toContain("2/");
    const list = await listConsolidatedReports(world.actors.secretariat);
    expect(list.find((row) => row.periodId === world.period.id)?.report?.id).toBe(reportId);
    // An organization's staff neither lists nor opens it.
    await expectAppError(listConsolidatedReports(world.actors.mttq), "FORBIDDEN");
    await expectAppError(getConsolidatedReportFile({ actor: world.actors.mttq, reportId, format: "pdf" }), "NOT_FOUND");
  });

  it("is edited with a version guard and previews as a draft per 36-HD", async () => {
    const edit = {
      reportId,
      situation: "Tình hình nhân dân ổn định; nhân dân phấn khởi đón Tết.",
      results: "1. Ủy ban MTTQ tỉnh vận động Quỹ Vì người nghèo.\n2. Hội Cựu chiến binh tỉnh kết nạp 350 hội viên.",
      shortcomings: "Nắm tình hình nhân dân còn chậm.",
      nextTasks: "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
      proposals: "Bố trí kinh phí cho hoạt động giám sát.",
      signing: "KT" as const,
      signerName: "Trần Thị Phó",
      recipients: "Thường trực Tỉnh ủy (b/c),\nLưu Ban Dân vận.",
    };
    await updateConsolidatedReport({ actor: world.actors.secretariat, input: { ...edit, version: "1" } });
    await expectAppError(
      updateConsolidatedReport({ actor: world.actors.secretariat, input: { ...edit, situation: "Cũ", version: "1" } }),
      "CONFLICT",
    );
    const pages = pdfPages((await getConsolidatedReportFile({ actor: world.actors.secretariat, reportId, format: "pdf" })).bytes);
    const docx = await docxText(
      (await getConsolidatedReportFile({ actor: world.actors.secretariat, reportId, format: "docx" })).bytes,
    );
    for (const page of pages) expect(page).toContain("DỰ THẢO");
    expect(docx.headers).toContain("DỰ THẢO");
    for (const text of [collapse(pages.join(" ")), docx.body]) {
      expect(text).toContain("TỈNH ỦY THỬ NGHIỆM");
      expect(text).toContain("BAN DÂN VẬN");
      expect(text).toContain("Số -BC/BDVTU");
      expect(text).toContain("BÁO CÁO");
      expect(text).toContain("tình hình hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội quý I năm 2020");
      expect(text).toContain("II. KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ - XÃ HỘI");
      expect(text).toContain("K/T TRƯỞNG BAN");
      expect(text).toContain("PHÓ TRƯỞNG BAN");
      expect(text).toContain("Nơi nhận:");
    }
  });

  it("goes draft → submitted → approved by a leader → issued with its number, notifying each side", async () => {
    await expectAppError(
      decideConsolidatedReport({ actor: world.actors.leader, reportId, decision: "approve" }),
      "INVALID_STATE",
    );
    await submitConsolidatedReport({ actor: world.actors.secretariat, reportId });
    const leaderHeard = await db.notification.count({ where: { userId: world.ids.leader, kind: "consolidated.waiting" } });
    expect(leaderHeard).toBe(1);
    await expectAppError(
      decideConsolidatedReport({ actor: world.actors.secretariat, reportId, decision: "approve" }),
      "FORBIDDEN",
    );
    await decideConsolidatedReport({ actor: world.actors.leader, reportId, decision: "approve" });
    expect(await db.notification.count({ where: { userId: world.ids.secretariat, kind: "consolidated.approved" } })).toBe(1);
    await expectAppError(issueConsolidatedReport({ actor: world.actors.leader, reportId }), "FORBIDDEN");
    const issued = await issueConsolidatedReport({
      actor: world.actors.secretariat,
      reportId,
      now: new Date("2020-04-03T02:00:00Z"),
    });
    expect(issued.code).toBe("1-BC/BDVTU");

    const pages = pdfPages((await getConsolidatedReportFile({ actor: world.actors.leader, reportId, format: "pdf" })).bytes);
    const docx = await docxText(
      (await getConsolidatedReportFile({ actor: world.actors.leader, reportId, format: "docx" })).bytes,
    );
    for (const text of [collapse(pages.join(" ")), docx.body]) {
      expect(text).toContain("Số 1-BC/BDVTU");
      expect(text).toContain("Thử Nghiệm, ngày 03 tháng 04 năm 2020");
      expect(text).not.toContain("DỰ THẢO");
    }
    expect(docx.headers).not.toContain("DỰ THẢO");
    const audit = await db.auditLog.findMany({ where: { entityId: reportId }, select: { action: true } });
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining([
        "consolidated-report.draft",
        "consolidated-report.update",
        "consolidated-report.submit",
        "consolidated-report.approve",
        "consolidated-report.issue",
      ]),
    );
  });

  it("refuses a typed number the Ban's register already holds, and numbers on after a typed one", async () => {
    const periods = await Promise.all([2, 3].map((index) => createPeriod(db, { year: 2020, type: "QUARTER", index })));
    const ids: string[] = [];
    for (const period of periods) {
      await createUnitReport(db, {
        organizationId: world.organizations.province.MTTQ.id,
        organizationKind: "MTTQ",
        periodId: period.id,
        unitId: world.units.province.id,
        status: "SUBMITTED",
      });
      const id = (await draftConsolidatedReport({ actor: world.actors.secretariat, periodId: period.id })).id;
      await submitConsolidatedReport({ actor: world.actors.secretariat, reportId: id });
      await decideConsolidatedReport({ actor: world.actors.leader, reportId: id, decision: "approve" });
      ids.push(id);
    }
    const now = new Date("2020-10-05T02:00:00Z");
    const refused = await expectAppError(
      issueConsolidatedReport({ actor: world.actors.secretariat, reportId: ids[0], number: 1, now }),
      "CONFLICT",
    );
    expect(refused.fieldErrors?.number).toContain("Số 1-BC/BDVTU đã có trong sổ báo cáo của Ban Dân vận");
    expect((await issueConsolidatedReport({ actor: world.actors.secretariat, reportId: ids[0], number: 7, now })).code).toBe(
      "7-BC/BDVTU",
    );
    expect((await issueConsolidatedReport({ actor: world.actors.secretariat, reportId: ids[1], now })).code).toBe("8-BC/BDVTU");
  });
});
