import fs from "node:fs";
import { expectAppError } from "../setup/expect-app-error";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { afterAll, describe, expect, it } from "vitest";
import { addMeetingAttachment } from "@/server/attachments/add-meeting-attachment";
import { getMeetingAttachmentFile } from "@/server/attachments/get-meeting-attachment-file";
import { listMeetingAttachments } from "@/server/attachments/list-meeting-attachments";
import { approveNotice } from "@/server/notices/approve-notice";
import { draftNotice } from "@/server/notices/draft-notice";
import { issueNotice } from "@/server/notices/issue-notice";
import { DOCX_BYTES, PDF_BYTES, PNG_BYTES } from "../fixtures/files";
import type { SmallWorld } from "../setup/small-world";
import { useSmallWorld } from "../setup/use-test-database";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-meeting-attachments-"));
process.env.STORAGE_DIR = storageDir;

describe("meeting attachments (issue 14 item 4) and signed copies (issue 15)", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  useSmallWorld((setup) => ({ db, world } = setup));
  afterAll(() => fs.rmSync(storageDir, { recursive: true, force: true }));

  it("stores a programme, lists it, lets whoever may read the meeting download it, and records it in the history", async () => {
    const meetingId = world.meeting.id;
    const { secretariat, mttq, siblingViewer, districtMttq } = world.actors;
    const added = await addMeetingAttachment({
      actor: secretariat,
      meetingId,
      kind: "PROGRAMME",
      file: { name: "Chương trình hội nghị.pdf", bytes: PDF_BYTES },
    });
    const rows = await listMeetingAttachments({ actor: mttq, meetingId });
    expect(rows).toMatchObject([
      { id: added.id, kind: "PROGRAMME", fileName: "Chương trình hội nghị.pdf", mimeType: "application/pdf" },
    ]);
    const file = await getMeetingAttachmentFile({ actor: mttq, meetingId, attachmentId: added.id });
    expect(Buffer.from(file.bytes).equals(Buffer.from(PDF_BYTES))).toBe(true);
    for (const outsider of [siblingViewer, districtMttq])
      await expect(getMeetingAttachmentFile({ actor: outsider, meetingId, attachmentId: added.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    // Only the secretariat attaches.
    await expect(
      addMeetingAttachment({ actor: mttq, meetingId, kind: "REPORT", file: { name: "bao-cao.pdf", bytes: PDF_BYTES } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Meeting", entityId: meetingId, action: "meeting.attach" },
    });
    expect(audit.after).toMatchObject({ attachmentId: added.id, kind: "PROGRAMME", fileName: "Chương trình hội nghị.pdf" });
  });

  it("refuses an empty, an oversize and a mislabelled file, each with its own message naming the file", async () => {
    const upload = (name: string, bytes: Uint8Array) =>
      addMeetingAttachment({
        actor: world.actors.secretariat,
        meetingId: world.meeting.id,
        kind: "REPORT",
        file: { name, bytes },
      });
    const before = await db.attachment.count();
    expect((await expectAppError(upload("bao-cao.pdf", new Uint8Array()), "INVALID_INPUT")).message).toBe(
      'Tệp "bao-cao.pdf" rỗng (0 byte), không có nội dung. Đề nghị chọn lại tệp đã lưu hoặc quét đầy đủ.',
    );
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set(PDF_BYTES);
    expect((await expectAppError(upload("anh-quet.pdf", big), "INVALID_INPUT")).message).toContain(
      'Tệp "anh-quet.pdf" có dung lượng 21 MB, vượt giới hạn 20 MB',
    );
    const mislabelled = await expectAppError(upload("bao-cao.pdf", PNG_BYTES), "INVALID_INPUT");
    expect(mislabelled.message).toBe(
      'Tệp "bao-cao.pdf" mang đuôi .pdf nhưng nội dung là tệp ảnh PNG. Đề nghị lưu lại đúng định dạng rồi tải lên.',
    );
    expect(mislabelled.fieldErrors?.file).toBe(mislabelled.message);
    await expect(upload("ghi-chu.txt", PDF_BYTES)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.attachment.count()).toBe(before);
  });

  it("keeps a signed scan's SHA-256 beside the generated file's: the issued notice's PDF, the minutes' PDF", async () => {
    const { secretariat, leader } = world.actors;
    const meetingId = world.meeting.id;
    const { id: noticeId } = await draftNotice({ actor: secretariat, meetingId });
    const notIssued = await expectAppError(
      addMeetingAttachment({
        actor: secretariat,
        meetingId,
        kind: "SIGNED_NOTICE",
        noticeId,
        file: { name: "tb-ky.pdf", bytes: PDF_BYTES },
      }),
      "INVALID_INPUT",
    );
    expect(notIssued.fieldErrors?.noticeId).toBeTruthy();
    await approveNotice({ actor: leader, noticeId });
    await issueNotice({ actor: secretariat, noticeId });
    const notice = await db.conclusionNotice.findUniqueOrThrow({ where: { id: noticeId } });
    // A signed copy is a scan, not an editable document.
    await expect(
      addMeetingAttachment({
        actor: secretariat,
        meetingId,
        kind: "SIGNED_NOTICE",
        noticeId,
        file: { name: "tb.docx", bytes: DOCX_BYTES },
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const signed = await addMeetingAttachment({
      actor: secretariat,
      meetingId,
      kind: "SIGNED_NOTICE",
      noticeId,
      file: { name: "tb-ky-dong-dau.png", bytes: PNG_BYTES },
    });
    const minutes = await addMeetingAttachment({
      actor: secretariat,
      meetingId,
      kind: "SIGNED_MINUTES",
      file: { name: "bien-ban-ky.pdf", bytes: PDF_BYTES },
    });
    const rows = await listMeetingAttachments({ actor: secretariat, meetingId });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(signed.id)).toMatchObject({
      kind: "SIGNED_NOTICE",
      generatedSha256: notice.pdfSha256,
      notice: { code: notice.code },
    });
    expect(byId.get(signed.id)!.sha256).not.toBe(notice.pdfSha256);
    expect(byId.get(minutes.id)!.generatedSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
