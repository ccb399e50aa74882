import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import { approveNotice } from "@/server/notices/approve-notice";
import { cancelNotice } from "@/server/notices/cancel-notice";
import { correctNotice } from "@/server/notices/correct-notice";
import { draftNotice } from "@/server/notices/draft-notice";
import { getNoticeFile } from "@/server/notices/get-notice-file";
import { issueNotice } from "@/server/notices/issue-notice";
import { updateNotice } from "@/server/notices/update-notice";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-notices-"));
process.env.STORAGE_DIR = storageDir;

function pdfText(bytes: Uint8Array): string {
  const file = path.join(storageDir, `check-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

describe("conclusion notices", () => {
  let db: PrismaClient;
  let world: SmallWorld;

  useSmallWorld((setup) => ({ db, world } = setup));
  afterAll(async () => {
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  it("drafts from the meeting, refuses the wrong roles, and issues a numbered, frozen PDF and DOCX", async () => {
    const { secretariat, leader, mttq, viewer } = world.actors;
    await expect(draftNotice({ actor: mttq, meetingId: world.meeting.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { id } = await draftNotice({ actor: secretariat, meetingId: world.meeting.id });
    const draft = await db.conclusionNotice.findUniqueOrThrow({ where: { id } });
    expect(draft.subject).toContain("Tỉnh ủy Thử Nghiệm");
    expect(draft.recipients).toContain("Lưu Văn phòng Tỉnh ủy Thử Nghiệm.");

    await updateNotice({
      actor: secretariat,
      input: {
        ...draft,
        noticeId: id,
        version: draft.version,
        signerName: "Bùi Thanh Hà",
        signerPosition: "PHÓ BÍ THƯ THƯỜNG TRỰC",
      },
    });
    await expect(
      updateNotice({
        actor: secretariat,
        input: { ...draft, noticeId: id, version: draft.version, signerName: "Người khác", signerPosition: "BÍ THƯ" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    await expect(approveNotice({ actor: secretariat, noticeId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(issueNotice({ actor: secretariat, noticeId: id })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await approveNotice({ actor: leader, noticeId: id });
    await expect(issueNotice({ actor: leader, noticeId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getNoticeFile({ actor: mttq, noticeId: id, format: "pdf" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const issuedOn = new Date("2020-04-15T03:00:00Z");
    const { code } = await issueNotice({ actor: secretariat, noticeId: id, now: issuedOn });
    expect(code).toBe("1-TB/TU");

    const pdf = await getNoticeFile({ actor: mttq, noticeId: id, format: "pdf" });
    const text = pdfText(pdf.bytes);
    for (const expected of [
      "TỈNH ỦY THỬ NGHIỆM",
      "Số 1-TB/TU",
      "Thử Nghiệm, ngày 15 tháng 04 năm 2020",
      "THÔNG BÁO KẾT LUẬN",
      "1. Triển khai Nghị quyết 54-NQ/TW.",
      "Bùi Thanh Hà",
      "Nơi nhận:",
    ]) {
      expect(text).toContain(expected);
    }
    const docx = await getNoticeFile({ actor: leader, noticeId: id, format: "docx" });
    const xml = await (await JSZip.loadAsync(docx.bytes)).file("word/document.xml")!.async("string");
    expect(xml).toContain("Số 1-TB/TU");
    expect(xml).toContain("Thử Nghiệm, ngày 15 tháng 04 năm 2020");

    // Frozen: the stored file does not change when the meeting does, and tampering is detected.
    await db.meeting.update({ where: { id: world.meeting.id }, data: { title: "Tiêu đề đã đổi" } });
    const again = await getNoticeFile({ actor: leader, noticeId: id, format: "pdf" });
    expect(Buffer.compare(again.bytes, pdf.bytes)).toBe(0);
    await expect(getNoticeFile({ actor: viewer, noticeId: id, format: "pdf" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getNoticeFile({ actor: world.actors.districtMttq, noticeId: id, format: "pdf" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getNoticeFile({ actor: world.actors.siblingAdmin, noticeId: id, format: "pdf" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("keeps a cancelled number recorded and corrects through a new notice", async () => {
    const { secretariat } = world.actors;
    const first = await db.conclusionNotice.findFirstOrThrow({ where: { status: "ISSUED" } });
    await expect(cancelNotice({ actor: secretariat, input: { noticeId: first.id, reason: "" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await cancelNotice({ actor: secretariat, input: { noticeId: first.id, reason: "Sai nơi nhận." } });
    const cancelled = await db.conclusionNotice.findUniqueOrThrow({ where: { id: first.id } });
    expect(cancelled).toMatchObject({ status: "CANCELLED", code: "1-TB/TU", number: 1, cancelReason: "Sai nơi nhận." });

    const correction = await correctNotice({ actor: secretariat, noticeId: first.id });
    const row = await db.conclusionNotice.findUniqueOrThrow({ where: { id: correction.id } });
    expect(row.replacesId).toBe(first.id);
    expect(row.body).toContain("đính chính Thông báo số 1-TB/TU");
  });

  it("gives two notices issued at the same moment two different consecutive numbers", async () => {
    const { secretariat } = world.actors;
    const correction = await db.conclusionNotice.findFirstOrThrow({ where: { status: "DRAFT" } });
    await approveNotice({ actor: world.actors.leader, noticeId: correction.id });
    await db.meeting.update({ where: { id: world.meeting.id }, data: { status: "PUBLISHED" } });
    // A second meeting's notice, approved, issued concurrently with the correction.
    const other = await db.meeting.create({
      data: {
        unitId: world.units.province.id,
        periodId: world.period.id,
        title: "Hội nghị trực báo",
        status: "CONCLUDED",
        createdById: world.ids.secretariat,
      },
    });
    const { id: otherId } = await draftNotice({ actor: secretariat, meetingId: other.id });
    await approveNotice({ actor: world.actors.leader, noticeId: otherId });
    const now = new Date("2020-05-01T03:00:00Z");
    const results = await Promise.all([
      issueNotice({ actor: secretariat, noticeId: correction.id, now }),
      issueNotice({ actor: secretariat, noticeId: otherId, now }),
    ]);
    expect(results.map((result) => result.number).sort()).toEqual([2, 3]);
    expect(new Set(results.map((result) => result.code)).size).toBe(2);
    await expect(issueNotice({ actor: secretariat, noticeId: otherId, now })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });
});
