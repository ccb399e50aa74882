import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vi } from "@/messages/vi";
import { fromVietnamTime } from "@/lib/dates";
import type { Actor } from "@/server/auth/actor";
import { addAttachment, getAttachmentFile, removeAttachment } from "@/server/reports/attachments";
import { getReport, getReportRevision } from "@/server/reports/get-report";
import { listReports } from "@/server/reports/list-reports";
import { openReport } from "@/server/reports/open-report";
import { acceptReport, returnReport } from "@/server/reports/review-report";
import { saveReport } from "@/server/reports/save-report";
import type { TSaveReportInput } from "@/server/reports/schemas";
import { submitReport } from "@/server/reports/submit-report";
import { createIndicatorDefinitions } from "../../prisma/factories/reports";
import { DOCX_BYTES, PDF_BYTES, PLAIN_ZIP_BYTES, PNG_BYTES } from "../fixtures/files";
import { expectAppError } from "../setup/expect-app-error";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

const DEADLINE = fromVietnamTime("2020-03-25", "17:00");
const DISTRICT_DEADLINE = fromVietnamTime("2020-03-20", "17:00");

describe("unit report use cases", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let storageDir: string;
  let indicatorIds: Record<string, string>;

  beforeAll(() => {
    storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-reports-"));
    process.env.STORAGE_DIR = storageDir;
  });
  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
    await createIndicatorDefinitions(db);
    await db.periodDeadline.createMany({
      data: [
        { periodId: world.period.id, unitId: world.units.province.id, deadline: DEADLINE },
        { periodId: world.period.id, unitId: world.units.district.id, deadline: DISTRICT_DEADLINE },
      ],
    });
    const definitions = await db.indicatorDefinition.findMany({ where: { organizationKind: "MTTQ" } });
    indicatorIds = Object.fromEntries(definitions.map((definition) => [definition.code, definition.id]));
  });

  afterAll(async () => {
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  const open = (actor: Actor) => openReport({ actor, input: { periodId: world.period.id } });
  const versionOf = async (reportId: string) =>
    (await db.unitReport.findUniqueOrThrow({ where: { id: reportId }, select: { version: true } })).version;
  const fullInput = async (reportId: string, overrides: Partial<TSaveReportInput> = {}): Promise<TSaveReportInput> => ({
    reportId,
    version: await versionOf(reportId),
    achievements: "Vận động Quỹ Vì người nghèo đạt kết quả tốt.",
    shortcomings: "Kinh phí hoạt động ở cơ sở còn hạn chế.",
    nextTasks: "Chuẩn bị Đại hội Mặt trận các cấp.",
    indicators: { [indicatorIds.funds]: "1.250.000.000", [indicatorIds.houses]: "12" },
    recommendations: [{ content: "Đề nghị bố trí kinh phí xây nhà Đại đoàn kết.", addressedTo: "UBND tỉnh" }],
    ...overrides,
  });

  /** Everything a refused call could have changed. */
  const snapshot = async () => ({
    reports: await db.unitReport.findMany({ orderBy: { id: "asc" } }),
    values: await db.indicatorValue.findMany({ orderBy: { id: "asc" } }),
    recommendations: await db.recommendation.findMany({ orderBy: { id: "asc" } }),
    attachments: await db.attachment.findMany({ orderBy: { id: "asc" } }),
    revisions: await db.unitReportRevision.findMany({ orderBy: { id: "asc" } }),
    audit: await db.auditLog.count(),
  });

  it("saves a draft with Vietnamese figures and recommendations; opening again returns the same report", async () => {
    const { mttq } = world.actors;
    const report = await open(mttq);
    expect((await open(mttq)).id).toBe(report.id);
    await saveReport({ actor: mttq, input: await fullInput(report.id, { nextTasks: "" }) });
    const { report: stored, definitions, deadline, permissions } = await getReport({ actor: mttq, reportId: report.id });
    expect(stored.status).toBe("DRAFT");
    expect(stored.indicatorValues[indicatorIds.funds]).toBe("1250000000");
    expect(stored.recommendations.map((item) => item.addressedTo)).toEqual(["UBND tỉnh"]);
    expect(definitions.map((definition) => definition.id)).toContain(indicatorIds.supported);
    expect(deadline).toEqual(DEADLINE);
    expect(permissions).toEqual({ edit: true, submit: true, review: false });
  });

  it("refuses bad input with Vietnamese field messages and changes nothing", async () => {
    const { mttq } = world.actors;
    const report = await open(mttq);
    const before = await snapshot();
    const bad = await expectAppError(
      saveReport({
        actor: mttq,
        input: await fullInput(report.id, {
          achievements: "a".repeat(20_001),
          indicators: { [indicatorIds.funds]: "-5", [indicatorIds.houses]: "mười hai" },
        }),
      }),
      "INVALID_INPUT",
    );
    expect(bad.fieldErrors).toMatchObject({
      achievements: vi.validation.tooLong(20_000),
      [`indicators.${indicatorIds.funds}`]: vi.validation.notNegative,
      [`indicators.${indicatorIds.houses}`]: vi.validation.invalidNumber,
    });
    const missing = await expectAppError(
      submitReport({ actor: mttq, input: await fullInput(report.id, { nextTasks: "   " }) }),
      "INVALID_INPUT",
    );
    expect(missing.fieldErrors).toEqual({ nextTasks: vi.reports.sectionRequired });
    // An indicator of another kind of organization is not accepted either.
    const veterans = await db.indicatorDefinition.findFirstOrThrow({ where: { organizationKind: "VETERANS" } });
    await expectAppError(
      saveReport({ actor: mttq, input: await fullInput(report.id, { indicators: { [veterans.id]: "3" } }) }),
      "INVALID_INPUT",
    );
    expect(await snapshot()).toEqual(before);
  });

  it("gives the second of two writers a conflict", async () => {
    const { mttq } = world.actors;
    const report = await open(mttq);
    const stale = await fullInput(report.id);
    await saveReport({ actor: mttq, input: stale });
    await expectAppError(saveReport({ actor: mttq, input: { ...stale, achievements: "Khác" } }), "CONFLICT");
  });

  it("stores attachments checked by content and refuses a file whose content is not what its name says", async () => {
    const { mttq } = world.actors;
    const report = await open(mttq);
    const pdf = await addAttachment({ actor: mttq, reportId: report.id, file: { name: "Báo cáo quý I.pdf", bytes: PDF_BYTES } });
    await addAttachment({ actor: mttq, reportId: report.id, file: { name: "So lieu.docx", bytes: DOCX_BYTES } });
    const before = await snapshot();
    const files = fs.readdirSync(storageDir, { recursive: true });
    const mismatch = await expectAppError(
      addAttachment({ actor: mttq, reportId: report.id, file: { name: "bao-cao.pdf", bytes: PNG_BYTES } }),
      "INVALID_INPUT",
    );
    expect(mismatch.fieldErrors).toEqual({ file: vi.reports.fileMismatch });
    await expectAppError(
      addAttachment({ actor: mttq, reportId: report.id, file: { name: "so-lieu.docx", bytes: PLAIN_ZIP_BYTES } }),
      "INVALID_INPUT",
    );
    const exe = await expectAppError(
      addAttachment({ actor: mttq, reportId: report.id, file: { name: "chay.exe", bytes: PDF_BYTES } }),
      "INVALID_INPUT",
    );
    expect(exe.fieldErrors).toEqual({ file: vi.reports.fileTypeNotAllowed });
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(PDF_BYTES);
    const tooBig = await expectAppError(
      addAttachment({ actor: mttq, reportId: report.id, file: { name: "lon.pdf", bytes: big } }),
      "INVALID_INPUT",
    );
    expect(tooBig.fieldErrors).toEqual({ file: vi.reports.fileTooLarge(20) });
    expect(await snapshot()).toEqual(before);
    expect(fs.readdirSync(storageDir, { recursive: true })).toEqual(files);

    const row = await db.attachment.findUniqueOrThrow({ where: { id: pdf.id } });
    expect(row).toMatchObject({ mimeType: "application/pdf", size: PDF_BYTES.byteLength, fileName: "Báo cáo quý I.pdf" });
    expect(row.storageKey).not.toContain("Báo");
    const download = await getAttachmentFile({ actor: world.actors.secretariat, reportId: report.id, attachmentId: pdf.id });
    expect(Buffer.compare(download.bytes, Buffer.from(PDF_BYTES))).toBe(0);
  });

  it("refuses an ORG_REP of another organization every time (read, edit, submit, attach, download) and changes nothing", async () => {
    const report = await open(world.actors.mttq);
    const attachment = await db.attachment.findFirstOrThrow({ where: { reportId: report.id } });
    const before = await snapshot();
    for (const outsider of [world.actors.ccb, world.actors.districtMttq, world.actors.viewer, world.actors.siblingAdmin]) {
      await expectAppError(getReport({ actor: outsider, reportId: report.id }), "FORBIDDEN");
      await expectAppError(saveReport({ actor: outsider, input: await fullInput(report.id) }), "FORBIDDEN");
      await expectAppError(submitReport({ actor: outsider, input: await fullInput(report.id) }), "FORBIDDEN");
      await expectAppError(
        addAttachment({ actor: outsider, reportId: report.id, file: { name: "x.pdf", bytes: PDF_BYTES } }),
        "FORBIDDEN",
      );
      await expectAppError(getAttachmentFile({ actor: outsider, reportId: report.id, attachmentId: attachment.id }), "FORBIDDEN");
      await expectAppError(removeAttachment({ actor: outsider, reportId: report.id, attachmentId: attachment.id }), "FORBIDDEN");
      const listed = await listReports({ actor: outsider, page: 1 }).catch(() => ({ rows: [] as { id: string }[] }));
      expect(listed.rows.map((row) => row.id)).not.toContain(report.id);
    }
    // The secretariat reads but does not write an organization's report.
    await expectAppError(saveReport({ actor: world.actors.secretariat, input: await fullInput(report.id) }), "FORBIDDEN");
    await expectAppError(
      getAttachmentFile({ actor: world.actors.mttq, reportId: report.id, attachmentId: "no-such-file" }),
      "NOT_FOUND",
    );
    expect(await snapshot()).toEqual(before);
  });

  it("decides lateness at the deadline instant in Vietnam time: the instant is on time, a second later is late", async () => {
    const { mttq, ccb, districtMttq } = world.actors;
    const onTime = await open(mttq);
    const result = await submitReport({ actor: mttq, input: await fullInput(onTime.id), now: DEADLINE });
    expect(result).toMatchObject({ isLate: false, revision: 1 });

    const late = await open(ccb);
    const ccbInput = await fullInput(late.id, { indicators: {}, recommendations: [] });
    expect((await submitReport({ actor: ccb, input: ccbInput, now: new Date(DEADLINE.getTime() + 1000) })).isLate).toBe(true);

    // The district's own deadline is five days earlier: 17:00:00 VN is 10:00:00 UTC.
    const district = await open(districtMttq);
    const districtInput = await fullInput(district.id, { indicators: {}, recommendations: [] });
    const submitted = await submitReport({
      actor: districtMttq,
      input: districtInput,
      now: new Date("2020-03-20T10:00:01.000Z"),
    });
    expect(submitted.isLate).toBe(true);

    // A submitted report is read-only to its author.
    await expectAppError(saveReport({ actor: mttq, input: await fullInput(onTime.id) }), "INVALID_STATE");
    await expectAppError(
      addAttachment({ actor: mttq, reportId: onTime.id, file: { name: "y.pdf", bytes: PDF_BYTES } }),
      "INVALID_STATE",
    );
    const view = await getReport({ actor: mttq, reportId: onTime.id });
    expect(view.permissions).toEqual({ edit: false, submit: false, review: false });
  });

  it("lets the secretariat return with a reason; the author resubmits; every version is kept; then accepts", async () => {
    const { mttq, secretariat, leader, districtSecretariat } = world.actors;
    const report = await open(mttq);
    await expectAppError(returnReport({ actor: leader, input: { reportId: report.id, reason: "Thiếu số liệu" } }), "FORBIDDEN");
    await expectAppError(
      returnReport({ actor: districtSecretariat, input: { reportId: report.id, reason: "Thiếu số liệu" } }),
      "FORBIDDEN",
    );
    const noReason = await expectAppError(
      returnReport({ actor: secretariat, input: { reportId: report.id, reason: "  " } }),
      "INVALID_INPUT",
    );
    expect(noReason.fieldErrors).toEqual({ reason: vi.validation.required });
    expect((await getReport({ actor: secretariat, reportId: report.id })).permissions.review).toBe(true);

    await returnReport({ actor: secretariat, input: { reportId: report.id, reason: "Bổ sung số nhà Đại đoàn kết." } });
    const returned = await getReport({ actor: mttq, reportId: report.id });
    expect(returned.report).toMatchObject({ status: "RETURNED", returnReason: "Bổ sung số nhà Đại đoàn kết." });
    expect(returned.permissions.edit).toBe(true);
    const notification = await db.notification.findFirstOrThrow({ where: { userId: mttq.id, kind: "report.returned" } });
    expect(notification.link).toBe(`/reports/${report.id}`);

    const again = await submitReport({
      actor: mttq,
      input: await fullInput(report.id, { indicators: { [indicatorIds.houses]: "15" } }),
      now: new Date(DEADLINE.getTime() + 3 * 86400000),
    });
    // Lateness stays that of the first submission (docs/decisions/0005).
    expect(again).toMatchObject({ revision: 2, isLate: false });
    const first = await getReportRevision({ actor: secretariat, reportId: report.id, revision: 1 });
    const second = await getReportRevision({ actor: secretariat, reportId: report.id, revision: 2 });
    expect(first.snapshot.indicators.find((item) => item.code === "houses")?.value).toBe("12");
    expect(second.snapshot.indicators.find((item) => item.code === "houses")?.value).toBe("15");
    expect(first.snapshot.attachments.map((item) => item.fileName)).toEqual(["Báo cáo quý I.pdf", "So lieu.docx"]);
    await expectAppError(getReportRevision({ actor: world.actors.ccb, reportId: report.id, revision: 1 }), "FORBIDDEN");

    await acceptReport({ actor: secretariat, reportId: report.id });
    expect((await getReport({ actor: mttq, reportId: report.id })).report.status).toBe("ACCEPTED");
    await expectAppError(acceptReport({ actor: secretariat, reportId: report.id }), "INVALID_STATE");
    await expectAppError(saveReport({ actor: mttq, input: await fullInput(report.id) }), "INVALID_STATE");
    const audit = await db.auditLog.findMany({ where: { entityId: report.id }, select: { action: true } });
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(["report.create", "report.save", "report.submit", "report.return", "report.accept"]),
    );
  });

  it("lists reports by period, organization and status within the reader's scope", async () => {
    const { secretariat, districtSecretariat, mttq } = world.actors;
    const all = await listReports({ actor: secretariat, page: 1 });
    expect(all.total).toBe(3);
    const submitted = await listReports({ actor: secretariat, status: "SUBMITTED", page: 1 });
    expect(submitted.rows.map((row) => row.organization.shortName).sort()).toEqual(["Hội CCB", "UBMTTQ"]);
    const district = await listReports({ actor: districtSecretariat, page: 1 });
    expect(district.total).toBe(1);
    const own = await listReports({ actor: mttq, page: 1 });
    expect(own.total).toBe(1);
    const byOrg = await listReports({ actor: secretariat, organizationId: world.organizations.province.VETERANS.id, page: 1 });
    expect(byOrg.total).toBe(1);
  });
});
