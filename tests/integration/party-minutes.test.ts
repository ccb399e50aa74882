import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getMinutesDocx, getMinutesPdf } from "@/server/meetings/get-minutes-pdf";
import { fromVietnamTime } from "@/lib/dates";
import { createMeeting } from "../../prisma/factories/meetings";
import type { SmallWorld } from "../setup/small-world";
import { useSmallWorld } from "../setup/use-test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-minutes-"));
const collapse = (text: string) => text.normalize("NFC").replace(/\s+/g, " ");

function pdfPages(bytes: Uint8Array): string[] {
  const file = path.join(dir, `m-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" })
    .split("\f")
    .filter((page) => page.trim())
    .map(collapse);
}

describe("minutes (biên bản) from the roll call", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let meetingId: string;

  useSmallWorld((setup) => ({ db, world } = setup));

  beforeAll(async () => {
    const orgs = world.organizations.province;
    const meeting = await createMeeting(db, {
      unitId: world.units.province.id,
      period: world.period,
      status: "CONCLUDED",
      title: "Hội nghị giao ban Mặt trận và các đoàn thể tỉnh quý I/2020",
      startsAt: fromVietnamTime("2020-03-24", "14:00"),
      place: "Hội trường Tỉnh ủy",
      chair: { name: "Bùi Thanh Hà", position: "Phó Bí thư Thường trực Tỉnh ủy" },
      createdById: world.ids.secretariat,
      invitedOrganizationIds: [orgs.MTTQ.id, orgs.VETERANS.id],
      attendees: [
        { fullName: "Bùi Thanh Hà", position: "Phó Bí thư Thường trực Tỉnh ủy", role: "CHAIR" },
        { fullName: "Nguyễn Văn Phương", position: "Chủ tịch", organizationId: orgs.MTTQ.id, role: "REPORTER" },
        { fullName: "Đại diện lãnh đạo Ban Tổ chức Tỉnh ủy", position: "" },
        { fullName: "Lê Đức Thắng", position: "Chủ tịch", organizationId: orgs.VETERANS.id },
        { fullName: "Trần Văn Vắng", position: "Phó Trưởng Ban", organizationId: orgs.MASS_MOBILIZATION_BOARD.id },
        { fullName: "Phạm Thị Thư", position: "Chuyên viên", organizationId: orgs.PARTY_OFFICE.id, role: "SECRETARY" },
      ],
      situationSummary: "Mặt trận và các đoàn thể chăm lo Tết cho hộ nghèo. ".repeat(40),
      conclusionText: "Tập trung tuyên truyền Đại hội Đảng bộ các cấp. ".repeat(25),
      directives: [{ content: "Triển khai hiệu quả Nghị quyết 54-NQ/TW.", lead: [orgs.MTTQ.id] }],
    });
    meetingId = meeting.id;
    await db.meeting.update({
      where: { id: meetingId },
      data: { endsAt: fromVietnamTime("2020-03-24", "16:30"), internalNotes: "GHI CHÚ NỘI BỘ" },
    });
    await db.attendance.updateMany({
      where: { meetingId, fullName: { startsWith: "Đại diện" } },
      data: { kind: "DELEGATION", headCount: 3 },
    });
    await db.attendance.updateMany({
      where: { meetingId, fullName: "Lê Đức Thắng" },
      data: { presence: "EXCUSED", absenceReason: "đi công tác" },
    });
    await db.attendance.updateMany({ where: { meetingId, fullName: "Trần Văn Vắng" }, data: { presence: "UNEXCUSED" } });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("prints times, chair, secretary, N/M by head count, absences with reasons, the closing and both signatures", async () => {
    const pages = pdfPages((await getMinutesPdf({ actor: world.actors.secretariat, meetingId })).bytes);
    const zip = await JSZip.loadAsync((await getMinutesDocx({ actor: world.actors.secretariat, meetingId })).bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    const docx = collapse([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(" "));
    for (const text of [pages.join(" "), docx]) {
      for (const expected of [
        "BIÊN BẢN",
        "Số -BB/TU",
        "Thời gian: bắt đầu lúc 14 giờ 00 phút, ngày 24 tháng 03 năm 2020.",
        "Địa điểm: Hội trường Tỉnh ủy.",
        "Chủ trì: đồng chí Bùi Thanh Hà, Phó Bí thư Thường trực Tỉnh ủy.",
        "Thư ký hội nghị: đồng chí Phạm Thị Thư.",
        // 1 chair + 1 reporter + 3 of the delegation + the secretary present; 8 called.
        "Có mặt: 6/8 đại biểu.",
        "Đại diện lãnh đạo Ban Tổ chức Tỉnh ủy (3 đồng chí)",
        "Vắng có lý do:",
        "Lê Đức Thắng, Chủ tịch Hội Cựu chiến binh tỉnh (lý do: đi công tác).",
        "Vắng không lý do:",
        "Trần Văn Vắng, Phó Trưởng Ban Dân vận Tỉnh ủy",
        "Biên bản kết thúc lúc 16 giờ 30 phút cùng ngày và được các đại biểu dự hội nghị thông qua.",
        "THƯ KÝ HỘI NGHỊ",
        "CHỦ TRÌ HỘI NGHỊ",
      ])
        expect(text).toContain(expected);
      // The title carries its period once; no internal short codes; never the internal notes.
      expect(text.split("quý I/2020").length - 1).toBe(1);
      expect(text).not.toContain("Quý I/2020");
      expect(text).not.toMatch(/\b(BDV|VP|UBMTTQ|Hội CCB)\b/u);
      expect(text).not.toContain("GHI CHÚ NỘI BỘ");
    }
    // The signatures share their page with the closing sentence.
    const last = pages.at(-1)!;
    expect(last).toContain("Biên bản kết thúc lúc");
    expect(last).toContain("Phạm Thị Thư");
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1]).toMatch(/^\s*2 /);
  });

  it("names the body once when the recorded post already names it", async () => {
    await db.attendance.updateMany({
      where: { meetingId, fullName: "Nguyễn Văn Phương" },
      data: { position: "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh" },
    });
    const pdf = collapse(pdfPages((await getMinutesPdf({ actor: world.actors.secretariat, meetingId })).bytes).join(" "));
    const zip = await JSZip.loadAsync((await getMinutesDocx({ actor: world.actors.secretariat, meetingId })).bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    const docx = collapse([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(" "));
    for (const text of [pdf, docx]) {
      expect(text).toContain("Nguyễn Văn Phương, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh —");
      expect(text).not.toMatch(/Chủ tịch Ủy ban MTTQ Việt Nam tỉnh,? Ủy ban Mặt trận/u);
      // A bare post still gets its body.
      expect(text).toContain("Lê Đức Thắng, Chủ tịch Hội Cựu chiến binh tỉnh");
    }
  });
});
