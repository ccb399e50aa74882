import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import JSZip from "jszip";
import { afterAll, describe, expect, it, vi } from "vitest";
import { allocateDocumentNumber } from "@/server/numbering/allocate-number";
import { approveNotice } from "@/server/notices/approve-notice";
import { draftNotice } from "@/server/notices/draft-notice";
import { getNoticeFile } from "@/server/notices/get-notice-file";
import { issueNotice } from "@/server/notices/issue-notice";
import type { NoticeDocument } from "@/server/notices/notice-document";
import { createMeeting } from "../../prisma/factories/meetings";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-notice-render-"));
process.env.STORAGE_DIR = storageDir;

/** Holds the first PDF rendering until released, to look at the database while a notice renders. */
const gate = vi.hoisted(() => {
  let enter: () => void = () => {};
  let release: () => void = () => {};
  return {
    used: false,
    entered: new Promise<void>((resolve) => (enter = resolve)),
    released: new Promise<void>((resolve) => (release = resolve)),
    enter: () => enter(),
    release: () => release(),
  };
});

vi.mock("@/server/notices/render-notice-pdf", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/server/notices/render-notice-pdf")>();
  return {
    ...actual,
    renderNoticePdf: async (document: NoticeDocument) => {
      if (!gate.used) {
        gate.used = true;
        gate.enter();
        await gate.released;
      }
      return actual.renderNoticePdf(document);
    },
  };
});

describe("issuing a notice while it renders", () => {
  let db: PrismaClient;
  let world: SmallWorld;

  useSmallWorld((setup) => ({ db, world } = setup));
  afterAll(async () => {
    gate.release();
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  it("holds no transaction during rendering, and renders again when its number was taken meanwhile", async () => {
    const { secretariat, leader } = world.actors;
    const meeting = await createMeeting(db, {
      unitId: world.units.province.id,
      period: world.period,
      status: "CONCLUDED",
      title: "Hội nghị giao ban",
      createdById: secretariat.id,
    });
    const { id } = await draftNotice({ actor: secretariat, meetingId: meeting.id });
    await approveNotice({ actor: leader, noticeId: id });

    const issuing = issueNotice({ actor: secretariat, noticeId: id, now: new Date("2020-06-15T03:00:00Z") });
    await gate.entered;
    // Another document of the same register numbered while the notice renders: it neither
    // waits for the rendering (the whole portal would) nor gets the notice's number.
    let timer: NodeJS.Timeout | undefined;
    const other = await Promise.race([
      db.$transaction((tx) => allocateDocumentNumber(tx, { unitId: world.units.province.id, docType: "TB", term: "2020–2025" })),
      new Promise<"still waiting">((resolve) => (timer = setTimeout(() => resolve("still waiting"), 20_000))),
    ]).finally(() => {
      clearTimeout(timer);
      gate.release();
    });
    expect(other).toMatchObject({ number: 1 });

    expect(await issuing).toEqual({ code: "2-TB/TU", number: 2 });
    const docx = await getNoticeFile({ actor: secretariat, noticeId: id, format: "docx" });
    const xml = await (await JSZip.loadAsync(docx.bytes)).file("word/document.xml")!.async("string");
    expect(xml).toContain("Số 2-TB/TU");
    // The files of the attempt rendered as number 1 were removed.
    const files = fs.readdirSync(storageDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files).toHaveLength(2);
  });
});
