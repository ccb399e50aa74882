import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { addMeetingAttachment } from "@/server/attachments/add-meeting-attachment";
import { getMeetingDossier } from "@/server/dossier/get-meeting-dossier";
import { PNG_BYTES } from "../fixtures/files";
import type { SmallWorld } from "../setup/small-world";
import { useSmallWorld } from "../setup/use-test-database";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-dossier-"));
process.env.STORAGE_DIR = storageDir;

async function twoPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const n of [1, 2]) doc.addPage([595, 842]).drawText(`PHU LUC TRANG ${n}`, { x: 100, y: 700, size: 20, font });
  return doc.save();
}

function inspect(bytes: Uint8Array) {
  const file = path.join(storageDir, `d-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).normalize("NFC");
  return { pages, text, perPage: text.split("\f") };
}

describe("the meeting dossier", () => {
  let world: SmallWorld;
  useSmallWorld((setup) => ({ world } = setup));
  afterAll(() => fs.rmSync(storageDir, { recursive: true, force: true }));

  it("has a cover, contents, the minutes and an attached PDF's pages, numbered throughout; rebuilt when its content changes", async () => {
    const { secretariat } = world.actors;
    const meetingId = world.meeting.id;
    await addMeetingAttachment({
      actor: secretariat,
      meetingId,
      kind: "PROGRAMME",
      file: { name: "chuong-trinh.pdf", bytes: await twoPagePdf() },
    });
    const first = await getMeetingDossier({ actor: secretariat, meetingId });
    const { pages, text, perPage } = inspect(first.bytes);
    expect(text).toContain("HỒ SƠ HỘI NGHỊ");
    expect(text).toContain("MỤC LỤC");
    expect(text).toContain("Chương trình: chuong-trinh.pdf");
    expect(text).toContain("PHU LUC TRANG 1");
    expect(text).toContain("PHU LUC TRANG 2");
    expect(text).toContain("BIÊN BẢN");
    expect(text).toContain("THÀNH PHẦN THAM DỰ");
    expect(text).toContain("NHIỆM VỤ ĐƯỢC GIAO VÀ TÌNH HÌNH THỰC HIỆN");
    // The programme's two pages come right after the cover and the contents.
    expect(perPage[2]).toContain("PHU LUC TRANG 1");
    for (let page = 1; page <= pages; page += 1) expect(perPage[page - 1]).toContain(`${page}/${pages}`);

    // Same content, same bytes (built once); a new document makes a new dossier.
    const again = await getMeetingDossier({ actor: secretariat, meetingId });
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    await addMeetingAttachment({ actor: secretariat, meetingId, kind: "PHOTO", file: { name: "anh.png", bytes: PNG_BYTES } });
    const changed = inspect((await getMeetingDossier({ actor: secretariat, meetingId })).bytes);
    expect(changed.pages).toBe(pages + 1);
    expect(changed.text).toContain("Ảnh: anh.png");

    await expect(getMeetingDossier({ actor: world.actors.siblingViewer, meetingId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
