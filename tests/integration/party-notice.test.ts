import type { PrismaClient } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { approveNotice } from "@/server/notices/approve-notice";
import { draftNotice } from "@/server/notices/draft-notice";
import { getNoticeFile } from "@/server/notices/get-notice-file";
import { issueNotice } from "@/server/notices/issue-notice";
import { createMeeting } from "../../prisma/factories/meetings";
import { createUnit, createUnitOrganizations } from "../../prisma/factories/units";
import { createUser } from "../../prisma/factories/users";
import { actorOf, WORLD_PASSWORD, type SmallWorld } from "../setup/small-world";
import { collapse, docxText, pdfPages, storeFilesInTempDir } from "../setup/document-text";
import { useSmallWorld } from "../setup/use-test-database";

storeFilesInTempDir("giaoban-party-notice-");

const count = (text: string, part: string) => text.split(part).length - 1;

const TASKS = [
  "Tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở các thôn",
  "Vận động hội viên tham gia xây dựng nông thôn mới kiểu mẫu",
];

describe("the conclusion notice of a commune committee per Hướng dẫn 36-HD/VPTW", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let secretariat: Actor;
  let leader: Actor;
  let noticeId: string;

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
  });

  beforeAll(async () => {
    const commune = await createUnit(db, {
      code: "PTH",
      name: "Xã Phú Thượng",
      committeeName: "Đảng ủy xã Phú Thượng",
      placeName: "Phú Thượng",
      level: "COMMUNE",
      parent: world.units.province,
    });
    await db.unitCommittee.updateMany({ where: { unitId: commune.id }, data: { superiorBodyName: "ĐẢNG BỘ TỈNH THỬ NGHIỆM" } });
    const orgs = await createUnitOrganizations(db, commune, "xã", "Đảng ủy xã Phú Thượng");
    const account = async (username: string, role: "SECRETARIAT" | "LEADER") =>
      actorOf(
        await createUser(db, { username, fullName: username, role, unitId: commune.id, password: WORLD_PASSWORD }),
        commune,
      );
    secretariat = await account("thuky.phuthuong", "SECRETARIAT");
    leader = await account("lanhdao.phuthuong", "LEADER");
    const chair = await db.person.create({
      data: {
        unitId: commune.id,
        fullName: "Hồ Văn Thượng",
        positions: {
          create: [
            { title: "Phó Bí thư Thường trực Đảng ủy xã", isPartyPost: true, startDate: new Date("2020-06-01") },
            { title: "Chủ tịch Hội đồng nhân dân xã", isPartyPost: false, startDate: new Date("2020-06-01") },
          ],
        },
      },
    });
    const meeting = await createMeeting(db, {
      unitId: commune.id,
      period: world.period,
      status: "CONCLUDED",
      title: "Hội nghị giao ban Mặt trận và các đoàn thể xã quý I/2021",
      startsAt: new Date("2021-02-03T01:00:00Z"),
      chair: { personId: chair.id, name: "Hồ Văn Thượng", position: "Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã" },
      createdById: secretariat.id,
      situationSummary: "Mặt trận và các đoàn thể xã báo cáo kết quả quý I/2021.",
      // The chair's conclusion as typed lists the tasks the directives list again.
      conclusionText: `Đề nghị các đoàn thể thực hiện các nhiệm vụ sau:\n1. ${TASKS[0]}.\n2. ${TASKS[1]}.`,
      directives: TASKS.map((content) => ({ content, lead: [orgs.get("MTTQ")!.id] })),
    });
    await db.meeting.update({ where: { id: meeting.id }, data: { internalNotes: "GHI CHÚ NỘI BỘ CHỈ VĂN PHÒNG XEM" } });
    noticeId = (await draftNotice({ actor: secretariat, meetingId: meeting.id })).id;
  });

  it("previews a draft with DỰ THẢO on every page, the superior body, the Party post only and each task once", async () => {
    // A long body makes the draft run over two pages.
    const notice = await db.conclusionNotice.findUniqueOrThrow({ where: { id: noticeId } });
    await db.conclusionNotice.update({
      where: { id: noticeId },
      data: { body: `${notice.body}\n\n${"Các đoàn thể đã bám sát cơ sở, nắm chắc tình hình nhân dân. ".repeat(60)}` },
    });
    const pdf = await getNoticeFile({ actor: secretariat, noticeId, format: "pdf" });
    const pages = pdfPages(pdf.bytes);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(page).toContain("DỰ THẢO");
    // Page numbers from page 2, in the top margin.
    expect(pages[0].split("\n").slice(0, 3).join(" ")).not.toMatch(/^\s*1\s*$/m);
    expect(
      pages[1]
        .split("\n")
        .find((line) => line.trim())!
        .trim(),
    ).toMatch(/^(DỰ THẢO\s+)?2(\s+DỰ THẢO)?$/);
    const text = collapse(pages.join(" "));
    expect(text).toContain("ĐẢNG BỘ TỈNH THỬ NGHIỆM");
    expect(text).toContain("ĐẢNG ỦY XÃ PHÚ THƯỢNG");
    expect(text).toContain("Số -TB/ĐU");
    expect(text).toContain("T/M BAN THƯỜNG VỤ");
    expect(text).toContain("PHÓ BÍ THƯ THƯỜNG TRỰC");
    expect(text).not.toContain("CHỦ TỊCH");
    for (const task of TASKS) expect(count(text, task)).toBe(1);
    expect(text).not.toContain("GHI CHÚ NỘI BỘ");

    const docx = await docxText((await getNoticeFile({ actor: secretariat, noticeId, format: "docx" })).bytes);
    expect(docx.headers).toContain("DỰ THẢO");
    expect(docx.headers).toContain("PAGE");
    for (const task of TASKS) expect(count(docx.body, task)).toBe(1);
  });

  it("issues 'Số 1-TB/ĐU' dated with a padded day and month, without the draft mark", async () => {
    await approveNotice({ actor: leader, noticeId });
    const issued = await issueNotice({ actor: secretariat, noticeId, now: new Date("2021-02-05T02:00:00Z") });
    expect(issued.code).toBe("1-TB/ĐU");

    const docx = await docxText((await getNoticeFile({ actor: secretariat, noticeId, format: "docx" })).bytes);
    const pdf = collapse(pdfPages((await getNoticeFile({ actor: secretariat, noticeId, format: "pdf" })).bytes).join(" "));
    for (const text of [docx.body, pdf]) {
      expect(text).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
      expect(text).toContain("ĐẢNG BỘ TỈNH THỬ NGHIỆM");
      expect(text).toContain("ĐẢNG ỦY XÃ PHÚ THƯỢNG");
      expect(text).toContain("Số 1-TB/ĐU");
      expect(text).toContain("Phú Thượng, ngày 05 tháng 02 năm 2021");
      expect(text).toContain("T/M BAN THƯỜNG VỤ");
      expect(text).toContain("PHÓ BÍ THƯ THƯỜNG TRỰC");
      expect(text).not.toContain("CHỦ TỊCH");
      expect(text).not.toContain("DỰ THẢO");
      expect(text).not.toContain("GHI CHÚ NỘI BỘ");
      expect(text).toContain("Nơi nhận:");
      expect(text).toContain("Thường trực Đảng ủy xã Phú Thượng (b/c),");
      expect(text).toContain("Các đồng chí UV BTV,");
      expect(text).toContain("MTTQ và các đoàn thể,");
      expect(text).toContain("Lưu Văn phòng Đảng ủy xã Phú Thượng.");
      for (const task of TASKS) expect(count(text, task)).toBe(1);
    }
    expect(docx.headers).not.toContain("DỰ THẢO");
  });

  it("signs T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG when the office issues it, and says so in the text", async () => {
    const meeting = await db.conclusionNotice.findUniqueOrThrow({ where: { id: noticeId }, select: { meetingId: true } });
    const other = await db.conclusionNotice.create({
      data: {
        meetingId: meeting.meetingId,
        subject: "s",
        body: "Nội dung.",
        signerTitle: "T/L BAN THƯỜNG VỤ",
        signerName: "Lê Văn Phòng",
      },
    });
    const text = collapse(
      pdfPages((await getNoticeFile({ actor: secretariat, noticeId: other.id, format: "pdf" })).bytes).join(" "),
    );
    expect(text).toContain("T/L BAN THƯỜNG VỤ");
    expect(text).toContain("CHÁNH VĂN PHÒNG");
    expect(text).toContain("Thừa lệnh Ban Thường vụ, Văn phòng Đảng ủy xã Phú Thượng thông báo");
    expect(text).not.toContain("T/M BAN THƯỜNG VỤ");
  });
});

describe("the draft notice of an archive meeting names its issuer as of the meeting's day", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let secretariat: Actor;
  let noticeId: string;

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
  });

  beforeAll(async () => {
    const commune = await createUnit(db, {
      code: "PDU",
      name: "Phường Phú Dương",
      committeeName: "Đảng ủy phường Phú Dương",
      placeName: "Phú Dương",
      level: "COMMUNE",
      parent: world.units.province,
    });
    // Until mid-2025 a commune of the province; since then a ward under the city.
    await db.unitCommittee.updateMany({
      where: { unitId: commune.id },
      data: { validFrom: new Date("2025-07-01"), superiorBodyName: "ĐẢNG BỘ THÀNH PHỐ HUẾ", numberSuffix: "ĐUP" },
    });
    await db.unitCommittee.create({
      data: {
        unitId: commune.id,
        name: "Đảng ủy xã Phú Dương",
        superiorBodyName: "ĐẢNG BỘ HUYỆN PHÚ VANG",
        numberSuffix: "ĐU",
        placeName: "Phú Dương",
        validTo: new Date("2025-06-30"),
      },
    });
    secretariat = actorOf(
      await createUser(db, {
        username: "thuky.phuduong",
        fullName: "Thư ký",
        role: "SECRETARIAT",
        unitId: commune.id,
        password: WORLD_PASSWORD,
      }),
      commune,
    );
    const meeting = await createMeeting(db, {
      unitId: commune.id,
      period: world.period,
      status: "CONCLUDED",
      isArchive: true,
      title: "Hội nghị giao ban Mặt trận và các đoàn thể xã quý I/2020",
      startsAt: new Date("2020-03-10T01:00:00Z"),
      chair: { name: "Lê Văn Dương", position: "Bí thư Đảng ủy xã" },
      createdById: secretariat.id,
      situationSummary: "Các đoàn thể báo cáo kết quả quý I/2020.",
      conclusionText: "Tiếp tục chăm lo đời sống nhân dân.",
    });
    noticeId = (await draftNotice({ actor: secretariat, meetingId: meeting.id })).id;
  });

  it("prints committee, superior body and suffix of 2020 on a draft drafted today", async () => {
    const pdf = collapse(pdfPages((await getNoticeFile({ actor: secretariat, noticeId, format: "pdf" })).bytes).join(" "));
    const docx = (await docxText((await getNoticeFile({ actor: secretariat, noticeId, format: "docx" })).bytes)).body;
    for (const text of [pdf, docx]) {
      expect(text).toContain("ĐẢNG BỘ HUYỆN PHÚ VANG");
      expect(text).toContain("ĐẢNG ỦY XÃ PHÚ DƯƠNG");
      expect(text).toContain("-TB/ĐU ");
      expect(text).toContain("Thường trực Đảng ủy xã Phú Dương (b/c)");
      expect(text).not.toContain("THÀNH PHỐ HUẾ");
      expect(text).not.toMatch(/phường Phú Dương|PHƯỜNG PHÚ DƯƠNG|ĐUP/u);
    }
  });
});
