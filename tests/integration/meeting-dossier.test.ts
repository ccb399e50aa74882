import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, describe, expect, it, vi } from "vitest";
import { addMeetingAttachment } from "@/server/attachments/add-meeting-attachment";
import { dossierProgress, startDossierBuild } from "@/server/dossier/dossier-jobs";
import { getMeetingDossier } from "@/server/dossier/get-meeting-dossier";
import { startMeetingDossier } from "@/server/dossier/start-meeting-dossier";
import { PNG_BYTES } from "../fixtures/files";
import { expectAppError } from "../setup/expect-app-error";
import type { SmallWorld } from "../setup/small-world";
import { useSmallWorld } from "../setup/use-test-database";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-dossier-"));
process.env.STORAGE_DIR = storageDir;
afterAll(() => fs.rmSync(storageDir, { recursive: true, force: true }));

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

describe("the meeting dossier built in the background", () => {
  let world: SmallWorld;
  useSmallWorld((setup) => ({ world } = setup));

  it("reports progress, builds once per meeting at a time, refuses beyond the queue limit, then serves the same bytes", async () => {
    const release: (() => void)[] = [];
    const slow = (onProgress: (done: number, total: number) => void) =>
      new Promise<void>((resolve) => {
        onProgress(1, 4);
        release.push(resolve);
      });
    expect(startDossierBuild("meeting-a", slow)).toEqual({ state: "running", done: 1, total: 4 });
    // Asking again while it runs answers its progress; it does not start a second build.
    expect(startDossierBuild("meeting-a", slow)).toEqual({ state: "running", done: 1, total: 4 });
    startDossierBuild("meeting-b", slow);
    expect(release).toHaveLength(2);
    const busy = await expectAppError(
      Promise.resolve().then(() => startDossierBuild("meeting-c", slow)),
      "BUSY",
    );
    expect(busy.message).toBe("Hệ thống đang lập hồ sơ của 2 hội nghị khác. Đề nghị thử lại sau ít phút.");
    for (const done of release) done();
    await vi.waitFor(() => expect(dossierProgress("meeting-b").state).toBe("ready"));
    expect(dossierProgress("meeting-a").state).toBe("ready");
    expect(dossierProgress("meeting-c").state).toBe("idle");

    // A real meeting: started, polled until ready; the download is then the bytes built.
    const { secretariat } = world.actors;
    const meetingId = world.meeting.id;
    const started = await startMeetingDossier({ actor: secretariat, meetingId });
    expect(["running", "ready"]).toContain(started.state);
    await vi.waitFor(() => expect(dossierProgress(meetingId).state).toBe("ready"), { timeout: 60_000 });
    const progress = dossierProgress(meetingId);
    expect(progress.done).toBe(progress.total);
    const built = await getMeetingDossier({ actor: secretariat, meetingId });
    expect(inspect(built.bytes).text).toContain("HỒ SƠ HỘI NGHỊ");
    await expect(startMeetingDossier({ actor: world.actors.siblingViewer, meetingId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
