import type { OrganizationKind } from "@prisma/client";
import type { Tx } from "../src/server/db/client";
import { fromVietnamTime } from "../src/lib/dates";
import { createPerson, createUnit, createUnitOrganizations } from "./factories/units";
import { createUser } from "./factories/users";
import { createPeriod, deadlineFor } from "./factories/periods";
import { createMeeting } from "./factories/meetings";
import { createIndicatorDefinitions, createUnitReport } from "./factories/reports";
import { linkUnits, renameUnitFrom } from "./factories/tree";
import { createStandardBodies } from "../src/server/units/unit-write";

/**
 * Demo data: Thừa Thiên Huế province and Huế city below it, with the facts of
 * the press reports in ../shared/corpus (chairs, dates, cited documents) and
 * current-year quarters in every lifecycle state.
 */
export async function seedDemoData(db: Tx, password: string): Promise<void> {
  const province = await createUnit(db, {
    code: "TTH",
    name: "Tỉnh Thừa Thiên Huế",
    committeeName: "Tỉnh ủy Thừa Thiên Huế",
    placeName: "Huế",
    level: "PROVINCE",
  });
  const city = await createUnit(db, {
    code: "HUE",
    name: "Thành phố Huế",
    committeeName: "Thành ủy Huế",
    placeName: "Huế",
    level: "DISTRICT",
    kindWord: "thành phố",
    numberSuffix: "TU",
    parent: province,
    // Dissolved on 1 January 2025 into the districts Thuận Hóa and Phú Xuân of the centrally-run
    // city Huế (Resolution 1314/NQ-UBTVQH15); its 2020–2021 records stay on it.
    validTo: new Date("2024-12-31"),
  });
  const orgs = await createUnitOrganizations(db, province, "tỉnh", "Tỉnh ủy");
  const cityOrgs = await createUnitOrganizations(db, city, "thành phố", "Thành ủy");
  // The city's People's Committee: the 2021 briefing (corpus 004) asks it to raise the bodies' budgets.
  await db.organization.create({
    data: {
      id: "org_hue_peoples_committee",
      unitId: city.id,
      kind: "PEOPLES_COMMITTEE",
      name: "Ủy ban nhân dân thành phố Huế",
      shortName: "UBND thành phố",
      sortOrder: 20,
      validTo: new Date("2024-12-31"),
    },
  });
  const org = (kind: OrganizationKind) => orgs.get(kind)!.id;
  const cityOrg = (kind: OrganizationKind) => cityOrgs.get(kind)!.id;
  await createIndicatorDefinitions(db);

  // People and the positions they held (chairs are snapshotted per meeting).
  const tan = await createPerson(db, {
    unitId: province.id,
    fullName: "Phạm Minh Tấn",
    title: "Phó Bí thư Thường trực Tỉnh ủy",
    startDate: new Date("2015-10-01"),
    endDate: new Date("2020-02-29"),
  });
  const ha = await createPerson(db, {
    unitId: province.id,
    fullName: "Bùi Thanh Hà",
    title: "Phó Bí thư Thường trực Tỉnh ủy",
    startDate: new Date("2020-03-01"),
  });
  const dinh = await createPerson(db, {
    unitId: city.id,
    fullName: "Phan Thiên Định",
    title: "UVTV Tỉnh ủy, Bí thư Thành ủy",
    // Only the posts and the day the corpus gives (the report of 08/10/2021).
    startDate: new Date("2021-10-08"),
    endDate: new Date("2021-10-08"),
  });
  await db.position.updateMany({ where: { personId: dinh.id }, data: { isPartyPost: true } });
  await db.position.create({
    data: {
      personId: dinh.id,
      title: "Chủ tịch HĐND Thành phố",
      isLeader: true,
      startDate: new Date("2021-10-08"),
      endDate: new Date("2021-10-08"),
    },
  });
  const nam = await createPerson(db, {
    unitId: city.id,
    fullName: "Trần Hùng Nam",
    title: "Phó Bí thư Thường trực Thành ủy",
    startDate: new Date("2021-10-08"),
    endDate: new Date("2021-10-08"),
  });
  const heads: Record<string, { name: string; title: string }> = {
    MTTQ: {
      name: "Đoàn Văn Trực",
      title: "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
    },
    VETERANS: { name: "Lê Văn Bảy", title: "Chủ tịch Hội Cựu chiến binh tỉnh" },
    YOUTH_UNION: { name: "Hoàng Thị Ánh", title: "Bí thư Tỉnh đoàn" },
    WOMEN_UNION: {
      name: "Trần Thị Hồng",
      title: "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh",
    },
    FARMERS_UNION: {
      name: "Đặng Văn Đức",
      title: "Chủ tịch Hội Nông dân tỉnh",
    },
    LABOR_FEDERATION: {
      name: "Võ Thị Ngọc",
      title: "Chủ tịch Liên đoàn Lao động tỉnh",
    },
    MASS_MOBILIZATION_BOARD: {
      name: "Lương Thị Dân",
      title: "Trưởng Ban Dân vận Tỉnh ủy",
    },
  };
  const headPeople = new Map<string, { id: string; name: string; title: string }>();
  for (const [kind, head] of Object.entries(heads)) {
    const person = await createPerson(db, {
      unitId: province.id,
      fullName: head.name,
      title: head.title,
      organizationId: org(kind as OrganizationKind),
    });
    headPeople.set(kind, { id: person.id, ...head });
  }

  // The structure since 2025 (issue 13). Thừa Thiên Huế became the centrally-run city Huế on
  // 1 January 2025 (the province's unit is renamed at the end of the seed, so earlier records
  // keep "Tỉnh ủy Thừa Thiên Huế"); the district-level city was dissolved into the districts
  // Thuận Hóa and Phú Xuân, which ended with every district on 30 June 2025 (Resolutions 202 and
  // 203/2025/QH15); wards sit directly under the city since 1 July 2025.
  const hue = { id: province.id, path: province.path, name: "Thành phố Huế" };
  const districtOf2025 = (code: string, name: string) =>
    createUnit(db, {
      code,
      name: `Quận ${name}`,
      committeeName: `Quận ủy ${name}`,
      placeName: name,
      level: "DISTRICT",
      kindWord: "quận",
      numberSuffix: "QU",
      parent: hue,
      validFrom: new Date("2025-01-01"),
      validTo: new Date("2025-06-30"),
    });
  const thuanHoaDistrict = await districtOf2025("QTHOA", "Thuận Hóa");
  const phuXuanDistrict = await districtOf2025("QPXUAN", "Phú Xuân");
  await linkUnits(db, [city.id], [thuanHoaDistrict.id, phuXuanDistrict.id], "SPLIT", "2025-01-01", "Nghị quyết 1314/NQ-UBTVQH15");
  const ward = (code: string, name: string) =>
    createUnit(db, {
      code,
      name: `Phường ${name}`,
      committeeName: `Đảng ủy phường ${name}`,
      placeName: name,
      level: "COMMUNE",
      kindWord: "phường",
      numberSuffix: "ĐU",
      parent: hue,
      validFrom: new Date("2025-07-01"),
    });
  const thuanHoa = await ward("PTHOA", "Thuận Hóa");
  const phuXuan = await ward("PPXUAN", "Phú Xuân");
  // The districts' territory went to several wards each; the demo keeps one of them.
  await linkUnits(db, [thuanHoaDistrict.id], [thuanHoa.id], "SPLIT", "2025-07-01", "Nghị quyết 202/2025/QH15, một phần địa bàn");
  await linkUnits(db, [phuXuanDistrict.id], [phuXuan.id], "SPLIT", "2025-07-01", "Nghị quyết 202/2025/QH15, một phần địa bàn");
  const thuanHoaBodies = await createStandardBodies(db, thuanHoa, {
    level: "COMMUNE",
    place: "phường Thuận Hóa",
    committeeName: "Đảng ủy phường Thuận Hóa",
    validFrom: "2025-07-01",
  });
  await createStandardBodies(db, phuXuan, {
    level: "COMMUNE",
    place: "phường Phú Xuân",
    committeeName: "Đảng ủy phường Phú Xuân",
    validFrom: "2025-07-01",
  });
  const wardOrg = (kind: OrganizationKind) => thuanHoaBodies.get(kind)!;
  // A merged unit: the town Phong Điền's ward Phong Thu and communes Phong Mỹ, Phong Xuân became
  // the ward Phong Điền (the city's arrangement scheme of April 2025).
  const phongDienTown = await createUnit(db, {
    code: "TXPD",
    name: "Thị xã Phong Điền",
    committeeName: "Thị ủy Phong Điền",
    placeName: "Phong Điền",
    level: "DISTRICT",
    kindWord: "thị xã",
    numberSuffix: "TU",
    parent: province,
    validTo: new Date("2025-06-30"),
  });
  const merged = [];
  for (const [code, kindWord, name] of [
    ["PPTHU", "phường", "Phong Thu"],
    ["XPMY", "xã", "Phong Mỹ"],
    ["XPXUAN", "xã", "Phong Xuân"],
  ] as const)
    merged.push(
      await createUnit(db, {
        code,
        name: `${kindWord === "xã" ? "Xã" : "Phường"} ${name}`,
        committeeName: `Đảng ủy ${kindWord} ${name}`,
        placeName: name,
        level: "COMMUNE",
        kindWord,
        parent: phongDienTown,
        validTo: new Date("2025-06-30"),
      }),
    );
  const phongDien = await ward("PPDIEN", "Phong Điền");
  await createStandardBodies(db, phongDien, {
    level: "COMMUNE",
    place: "phường Phong Điền",
    committeeName: "Đảng ủy phường Phong Điền",
    validFrom: "2025-07-01",
  });
  await linkUnits(
    db,
    merged.map((unit) => unit.id),
    [phongDien.id],
    "MERGER",
    "2025-07-01",
    "Đề án sắp xếp đơn vị hành chính cấp xã của thành phố Huế",
  );
  await linkUnits(db, [phongDienTown.id], [phongDien.id], "SPLIT", "2025-07-01", "Nghị quyết 202/2025/QH15, một phần địa bàn");

  // The city's bodies after the 2025 changes: the merged Ban Tuyên giáo và Dân vận, the People's
  // Committee and Council, the office of the National Assembly delegation and the People's
  // Council; the socio-political organizations under the Fatherland Front.
  const since2025 = new Date("2025-07-01");
  const cityBody = (kind: OrganizationKind, name: string, shortName: string, sortOrder: number) =>
    db.organization.create({
      data: { id: `org_tth_${kind.toLowerCase()}`, unitId: province.id, kind, name, shortName, sortOrder, validFrom: since2025 },
      select: { id: true, name: true, shortName: true },
    });
  const propaganda = await cityBody("PROPAGANDA_MASS_MOBILIZATION_BOARD", "Ban Tuyên giáo và Dân vận Thành ủy", "BTGDV", 9);
  await cityBody("ORGANIZATION_BOARD", "Ban Tổ chức Thành ủy", "BTC", 12);
  const peoplesCommittee = await cityBody("PEOPLES_COMMITTEE", "Ủy ban nhân dân thành phố", "UBND", 13);
  await cityBody("PEOPLES_COUNCIL", "Hội đồng nhân dân thành phố", "HĐND", 14);
  const assemblyOffice = await cityBody(
    "NATIONAL_ASSEMBLY_DELEGATION_OFFICE",
    "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân thành phố",
    "VP Đoàn ĐBQH và HĐND",
    15,
  );
  await db.organization.update({ where: { id: org("MASS_MOBILIZATION_BOARD") }, data: { validTo: new Date("2025-06-30") } });
  await db.organization.updateMany({
    where: { id: { in: (["VETERANS", "YOUTH_UNION", "WOMEN_UNION", "FARMERS_UNION", "LABOR_FEDERATION"] as const).map(org) } },
    data: { parentId: org("MTTQ") },
  });
  // Fictional people of today's structure; one holds two posts at once.
  const wardSecretary = await createPerson(db, {
    unitId: thuanHoa.id,
    fullName: "Hồ Ngọc Khuê",
    title: "Bí thư Đảng ủy phường",
    startDate: new Date("2025-07-01"),
  });
  await db.position.updateMany({ where: { personId: wardSecretary.id }, data: { isPartyPost: true } });
  await db.position.create({
    data: {
      personId: wardSecretary.id,
      title: "Chủ tịch HĐND phường",
      organizationId: wardOrg("PEOPLES_COUNCIL"),
      isLeader: true,
      startDate: new Date("2025-07-01"),
    },
  });
  await createPerson(db, {
    unitId: thuanHoa.id,
    fullName: "Tạ Quang Vinh",
    title: "Phó Chủ tịch UBND phường",
    organizationId: wardOrg("PEOPLES_COMMITTEE"),
    startDate: new Date("2025-07-01"),
  });
  await createPerson(db, {
    unitId: province.id,
    fullName: "Mạc Văn Tiến",
    title: "Phó Chủ tịch UBND thành phố",
    organizationId: peoplesCommittee.id,
    startDate: new Date("2025-07-01"),
  });
  await createPerson(db, {
    unitId: province.id,
    fullName: "Khổng Thị Lệ",
    title: "Phó Chánh Văn phòng Đoàn ĐBQH và HĐND thành phố",
    organizationId: assemblyOffice.id,
    startDate: new Date("2025-07-01"),
  });

  // Accounts of DESIGN.md §6.
  const account = (
    username: string,
    fullName: string,
    role: "ADMIN" | "SECRETARIAT" | "LEADER" | "ORG_REP" | "VIEWER",
    unitId: string,
    organizationId?: string,
  ) =>
    createUser(db, {
      username,
      fullName,
      role,
      unitId,
      organizationId,
      password,
    });
  await account("admin", "Nguyễn Quản Trị", "ADMIN", province.id, org("PARTY_OFFICE"));
  const thuky = await account("thuky", "Lê Thị Thu", "SECRETARIAT", province.id, propaganda.id);
  const lanhdao = await account("lanhdao", "Bùi Thanh Hà", "LEADER", province.id);
  const reps: Record<string, string> = {
    MTTQ: "mttq",
    VETERANS: "ccb",
    YOUTH_UNION: "doantn",
    WOMEN_UNION: "phunu",
    FARMERS_UNION: "nongdan",
    LABOR_FEDERATION: "congdoan",
  };
  const repNames: Record<string, string> = {
    mttq: "Trương Văn Minh",
    ccb: "Nguyễn Hữu Lộc",
    doantn: "Phạm Thị Lan",
    phunu: "Hồ Thị Mai",
    nongdan: "Lê Công Thành",
    congdoan: "Đỗ Văn Hải",
  };
  const repIds = new Map<string, string>();
  for (const [kind, username] of Object.entries(reps)) {
    const user = await account(username, repNames[username], "ORG_REP", province.id, org(kind as OrganizationKind));
    repIds.set(kind, user.id);
  }
  await account("xem", "Trần Văn Xem", "VIEWER", province.id);
  // The former district accounts belong to a ward now; they read the dissolved city's records.
  const thukyHuyen = await account("thuky.huyen", "Nguyễn Thị Huyền", "SECRETARIAT", thuanHoa.id, wardOrg("PARTY_OFFICE"));
  await account("mttq.huyen", "Lê Văn Hưng", "ORG_REP", thuanHoa.id, wardOrg("MTTQ"));

  const reporting = ["MTTQ", "VETERANS", "YOUTH_UNION", "WOMEN_UNION", "FARMERS_UNION", "LABOR_FEDERATION"] as const;
  const reportingIds = reporting.map(org);
  const attendeesOf = (chair: { id: string; name: string; title: string }) => [
    {
      fullName: chair.name,
      position: chair.title,
      personId: chair.id,
      role: "CHAIR" as const,
    },
    ...reporting.map((kind) => ({
      fullName: headPeople.get(kind)!.name,
      position: headPeople.get(kind)!.title,
      personId: headPeople.get(kind)!.id,
      organizationId: org(kind),
      role: "REPORTER" as const,
    })),
    {
      fullName: headPeople.get("MASS_MOBILIZATION_BOARD")!.name,
      position: headPeople.get("MASS_MOBILIZATION_BOARD")!.title,
      personId: headPeople.get("MASS_MOBILIZATION_BOARD")!.id,
      organizationId: org("MASS_MOBILIZATION_BOARD"),
      role: "ATTENDEE" as const,
    },
  ];

  // Periods: the corpus quarters, and every quarter of the current and previous year.
  const q4of2019 = await createPeriod(db, {
    year: 2019,
    type: "QUARTER",
    index: 4,
  });
  const q1of2020 = await createPeriod(db, {
    year: 2020,
    type: "QUARTER",
    index: 1,
  });
  // Quý III/2021 and "9 tháng đầu năm 2021": the 2021 briefing (corpus 004) covers both.
  await createPeriod(db, { year: 2021, type: "QUARTER", index: 3 });
  const nine2021 = await createPeriod(db, {
    year: 2021,
    type: "NINE_MONTHS",
    index: 1,
  });
  const year = new Date().getFullYear();
  const quarters = [];
  for (const y of [year - 1, year])
    for (let q = 1; q <= 4; q++) quarters.push(await createPeriod(db, { year: y, type: "QUARTER", index: q }));
  for (const period of [q4of2019, q1of2020, ...quarters]) {
    for (const unit of [province, period.year >= 2025 ? thuanHoa : city]) {
      await db.periodDeadline.create({
        data: {
          periodId: period.id,
          unitId: unit.id,
          deadline: deadlineFor(period.endDate),
        },
      });
    }
  }

  const tanChair = {
    id: tan.id,
    name: tan.fullName,
    title: "Phó Bí thư Thường trực Tỉnh ủy",
  };
  const haChair = {
    id: ha.id,
    name: ha.fullName,
    title: "Phó Bí thư Thường trực Tỉnh ủy",
  };
  // The province's giao ban of a quarter from 2020 on: the same hall, Ms Hà in the chair, every reporting body invited.
  const provinceGiaoBan = (period: Parameters<typeof createMeeting>[1]["period"], quarter: string) => ({
    unitId: province.id,
    period,
    createdById: thuky.id,
    title: `Hội nghị giao ban Mặt trận và các đoàn thể chính trị - xã hội tỉnh quý ${quarter}`,
    place: "Hội trường Tỉnh ủy",
    chair: { personId: ha.id, name: ha.fullName, position: haChair.title },
    invitedOrganizationIds: reportingIds,
  });

  await createMeeting(db, {
    unitId: province.id,
    period: q4of2019,
    status: "PUBLISHED",
    createdById: thuky.id,
    approvedById: lanhdao.id,
    title: "Hội nghị giao ban công tác xây dựng Đảng, công tác Mặt trận và các đoàn thể cấp tỉnh quý IV/2019",
    startsAt: fromVietnamTime("2020-01-17", "08:00"),
    place: "Hội trường Tỉnh ủy",
    chair: { personId: tan.id, name: tan.fullName, position: tanChair.title },
    invitedOrganizationIds: reportingIds,
    attendees: attendeesOf(tanChair),
    situationSummary:
      "Quý IV/2019, công tác quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị và Kế hoạch số 127-KH/TU của Tỉnh ủy về đại hội Đảng các cấp được triển khai; Mặt trận và các đoàn thể huy động gần 2 tỷ đồng xây dựng nông thôn mới.",
    remarks: [
      {
        attendeeIndex: 2,
        body: "Hội Cựu chiến binh tỉnh báo cáo kết quả phối hợp tuyên truyền, vận động hội viên.",
      },
    ],
    conclusionText:
      "Các cơ quan, đơn vị hoàn thành tổng kết năm 2019, triển khai nhiệm vụ năm 2020; chăm lo Tết Nguyên đán cho các đối tượng chính sách.",
    directives: [
      {
        content: "Hoàn thành tổng kết năm 2019 và triển khai nhiệm vụ năm 2020.",
        lead: reportingIds,
        dueDate: new Date("2020-03-31"),
        status: "DONE",
        resultSummary: "Đã tổng kết xong.",
      },
      {
        content: "Chăm lo Tết Nguyên đán Canh Tý 2020 cho gia đình chính sách, hộ nghèo.",
        lead: [org("MTTQ")],
        support: [org("WOMEN_UNION"), org("VETERANS")],
        dueDate: new Date("2020-01-24"),
        status: "DONE",
        resultSummary: "Đã trao quà Tết.",
      },
      {
        content: "Chuẩn bị điều kiện thực hiện Chỉ thị số 35-CT/TW về đại hội Đảng bộ các cấp.",
        lead: [org("MTTQ")],
        support: reportingIds.slice(1),
        dueDate: new Date("2020-06-30"),
        status: "DONE",
        resultSummary: "Đã hoàn thành.",
      },
    ],
  });

  await createMeeting(db, {
    ...provinceGiaoBan(q1of2020, "I/2020"),
    status: "PUBLISHED",
    approvedById: lanhdao.id,
    startsAt: fromVietnamTime("2020-03-24", "14:00"),
    attendees: attendeesOf(haChair),
    situationSummary:
      "Mặt trận và các đoàn thể tích cực tuyên truyền Đại hội Đảng các cấp, Nghị quyết 54-NQ/TW ngày 10/12/2019 của Bộ Chính trị; chăm lo Tết cho người nghèo; vận động tham gia tuyển quân và phòng, chống dịch Covid-19.",
    conclusionText:
      "Đề nghị Mặt trận và các đoàn thể tập trung tuyên truyền Đại hội Đảng bộ các cấp, thực hiện Nghị quyết 54-NQ/TW và Thông báo kết luận 172-TB/TW ngày 21/3/2020 về phòng, chống dịch Covid-19.",
    directives: [
      {
        content:
          "Tuyên truyền sâu rộng, tạo đồng thuận để tổ chức thành công Đại hội Đảng bộ các cấp, tiến tới Đại hội XVI Đảng bộ tỉnh.",
        lead: [org("MTTQ")],
        support: reportingIds.slice(1),
        dueDate: new Date("2020-09-30"),
        status: "DONE",
        resultSummary: "Đã tổ chức tuyên truyền.",
      },
      {
        content: "Triển khai hiệu quả Nghị quyết 54-NQ/TW với những sản phẩm cụ thể.",
        lead: reportingIds,
        dueDate: new Date("2020-12-31"),
        status: "IN_PROGRESS",
        category: "Nghị quyết",
      },
      {
        content:
          "Quán triệt Thông báo kết luận 172-TB/TW về phòng, chống dịch Covid-19; sẵn sàng phối hợp lực lượng khi có yêu cầu.",
        lead: [org("YOUTH_UNION")],
        support: [org("VETERANS")],
        dueDate: new Date("2020-04-30"),
        status: "DONE",
        resultSummary: "Đã quán triệt.",
      },
      {
        content: "Tổ chức hội thảo trực tiếp về đổi mới phương thức hoạt động.",
        lead: [org("FARMERS_UNION")],
        dueDate: new Date("2020-05-31"),
        status: "CANCELLED",
        cancelReason: "Không tổ chức tập trung do dịch Covid-19.",
      },
    ],
  });

  await createMeeting(db, {
    unitId: city.id,
    period: nine2021,
    kind: "BRIEFING",
    status: "CONCLUDED",
    createdById: thukyHuyen.id,
    approvedById: lanhdao.id,
    title: "Hội nghị trực báo quý III Mặt trận và các đoàn thể chính trị - xã hội Thành phố",
    startsAt: fromVietnamTime("2021-10-08", "14:00"),
    place: "Thành ủy Huế",
    chair: {
      personId: dinh.id,
      name: dinh.fullName,
      position: "UVTV Tỉnh ủy, Bí thư Thành ủy, Chủ tịch HĐND Thành phố",
    },
    invitedOrganizationIds: [
      cityOrg("MTTQ"),
      cityOrg("VETERANS"),
      cityOrg("YOUTH_UNION"),
      cityOrg("WOMEN_UNION"),
      cityOrg("FARMERS_UNION"),
      cityOrg("LABOR_FEDERATION"),
    ],
    attendees: [
      {
        fullName: dinh.fullName,
        position: "UVTV Tỉnh ủy, Bí thư Thành ủy",
        personId: dinh.id,
        role: "CHAIR",
      },
      {
        fullName: nam.fullName,
        position: "Phó Bí thư Thường trực Thành ủy",
        personId: nam.id,
        role: "SPEAKER",
      },
    ],
    situationSummary:
      "9 tháng đầu năm 2021, Mặt trận và các đoàn thể Thành phố huy động nguồn lực phòng, chống dịch Covid-19, hưởng ứng phong trào “Chủ nhật xanh”, “Chủ nhật vì cộng đồng”.",
    conclusionText: "Tiếp tục làm tốt vai trò trung tâm hỗ trợ phòng, chống dịch; bám sát địa bàn các phường, xã mới sáp nhập.",
    directives: [
      {
        content: "Xây dựng kế hoạch hoạt động hằng năm tổng thể cho các đoàn thể, tránh chồng chéo.",
        lead: [cityOrg("MTTQ")],
        support: [cityOrg("YOUTH_UNION"), cityOrg("WOMEN_UNION")],
        dueDate: new Date("2021-12-31"),
        status: "IN_PROGRESS",
      },
      {
        content: "Kiện toàn nhân sự Ban Chấp hành các đoàn thể ở các phường, xã mới sáp nhập.",
        lead: [cityOrg("MTTQ")],
        support: [cityOrg("FARMERS_UNION")],
        dueDate: new Date("2022-03-31"),
        status: "OPEN",
      },
    ],
  });

  // The current year: meetings in every state, reports in every state.
  const current = quarters.slice(4);
  const [q1, q2, q3, q4] = current;
  const dueIn = (days: number) => new Date(Date.now() + days * 86400000);
  await createMeeting(db, {
    ...provinceGiaoBan(q2, `II/${year}`),
    status: "CONCLUDED",
    approvedById: lanhdao.id,
    startsAt: fromVietnamTime(`${year}-07-10`, "08:00"),
    attendees: attendeesOf(haChair),
    situationSummary: "Mặt trận và các đoàn thể triển khai các nhiệm vụ sau sắp xếp đơn vị hành chính cấp xã.",
    conclusionText: "Tập trung ổn định tổ chức bộ máy ở cơ sở; nắm chắc tình hình tư tưởng đoàn viên, hội viên.",
    directives: [
      {
        content: "Rà soát, kiện toàn tổ chức cơ sở hội sau sắp xếp đơn vị hành chính cấp xã.",
        lead: [org("MTTQ")],
        support: reportingIds.slice(1),
        dueDate: dueIn(-20),
        status: "IN_PROGRESS",
        category: "Tổ chức bộ máy",
      },
      {
        content: "Tổng hợp tâm tư, nguyện vọng của đoàn viên, hội viên báo cáo Thường trực Tỉnh ủy.",
        lead: [org("WOMEN_UNION")],
        support: [org("YOUTH_UNION")],
        dueDate: dueIn(15),
        status: "OPEN",
        category: "Nắm tình hình",
      },
      {
        content: "Vận động hội viên tham gia phát triển kinh tế tập thể.",
        lead: [org("FARMERS_UNION")],
        dueDate: dueIn(-5),
        status: "OPEN",
        category: "Kinh tế",
      },
      {
        content: "Tổ chức tháng công nhân, chăm lo đời sống người lao động.",
        lead: [org("LABOR_FEDERATION")],
        dueDate: dueIn(-40),
        status: "DONE",
        resultSummary: "Đã tổ chức.",
      },
    ],
  });
  await createMeeting(db, {
    ...provinceGiaoBan(q3, `III/${year}`),
    status: "HELD",
    startsAt: fromVietnamTime(`${year}-10-09`, "08:00"),
    attendees: attendeesOf(haChair),
    situationSummary: "Các đơn vị báo cáo kết quả 9 tháng, đề xuất tháo gỡ khó khăn về kinh phí hoạt động.",
    conclusionText: "Đề nghị các đoàn thể bám sát cơ sở, chuẩn bị tổng kết năm.",
    directives: [
      {
        content: "Chuẩn bị tổng kết công tác năm, xây dựng chương trình năm tới.",
        lead: reportingIds,
        dueDate: dueIn(30),
        status: "OPEN",
      },
    ],
  });
  await createMeeting(db, {
    ...provinceGiaoBan(q4, `IV/${year}`),
    status: "SCHEDULED",
    startsAt: fromVietnamTime(`${year}-12-18`, "08:00"),
    reportDeadline: deadlineFor(q4.endDate, 20),
  });
  await createMeeting(db, {
    unitId: thuanHoa.id,
    period: q4,
    status: "DRAFT",
    createdById: thukyHuyen.id,
    title: `Hội nghị giao ban Mặt trận và các đoàn thể chính trị - xã hội phường Thuận Hóa quý IV/${year}`,
  });

  // Reports: last quarters accepted; Q3 mixed; Q4 drafts and submissions in progress.
  const sections = (kind: string) => ({
    achievements: `Kết quả nổi bật của ${heads[kind].title.replace("Chủ tịch ", "").replace("Bí thư ", "")}: tổ chức tuyên truyền, vận động đoàn viên, hội viên thực hiện chủ trương của Đảng.`,
    shortcomings: "Kinh phí hoạt động ở cơ sở còn hạn chế; một số chi hội sinh hoạt chưa đều.",
    nextTasks: "Tập trung kiện toàn tổ chức, chuẩn bị tổng kết năm.",
  });
  for (const period of [q1, q2]) {
    for (const kind of reporting) {
      await createUnitReport(db, {
        organizationId: org(kind),
        organizationKind: kind,
        periodId: period.id,
        unitId: province.id,
        status: "ACCEPTED",
        authorId: repIds.get(kind),
        submittedAt: deadlineFor(period.endDate, 8),
        reviewedById: thuky.id,
        ...sections(kind),
        values: {
          members: 120,
          funds: 1250000000,
          houses: 12,
          supported: 340,
          events: 18,
          loans: 5000000000,
          models: 25,
          recruits: 60,
        },
      });
    }
  }
  const q3States: Record<
    string,
    {
      status: "ACCEPTED" | "RETURNED" | "SUBMITTED";
      late?: boolean;
      reason?: string;
    }
  > = {
    MTTQ: { status: "ACCEPTED" },
    VETERANS: { status: "ACCEPTED" },
    YOUTH_UNION: { status: "ACCEPTED" },
    WOMEN_UNION: {
      status: "RETURNED",
      reason: "Bổ sung số liệu hội viên kết nạp mới.",
    },
    FARMERS_UNION: { status: "SUBMITTED", late: true },
    LABOR_FEDERATION: { status: "ACCEPTED", late: true },
  };
  for (const kind of reporting) {
    const state = q3States[kind];
    await createUnitReport(db, {
      organizationId: org(kind),
      organizationKind: kind,
      periodId: q3.id,
      unitId: province.id,
      status: state.status,
      authorId: repIds.get(kind),
      submittedAt: state.late ? deadlineFor(q3.endDate, -3) : deadlineFor(q3.endDate, 7),
      isLate: state.late ?? false,
      returnReason: state.reason ?? null,
      reviewedById: state.status === "SUBMITTED" ? null : thuky.id,
      ...sections(kind),
      values: {
        members: 95,
        funds: 830500000,
        houses: 7,
        supported: 210,
        events: 11,
        loans: 4200000000,
        models: 14,
        recruits: 0,
      },
      recommendations:
        kind === "MTTQ"
          ? [
              {
                content: "Đề nghị bố trí kinh phí hỗ trợ xây dựng nhà Đại đoàn kết cho hộ nghèo vùng gò đồi.",
                addressedTo: "UBND tỉnh",
                status: "ANSWERED",
                answer: "Giao UBND tỉnh cân đối trong dự toán năm tới.",
                answeredById: lanhdao.id,
              },
            ]
          : kind === "FARMERS_UNION"
            ? [
                {
                  content: "Đề nghị hỗ trợ vốn vay cho mô hình hợp tác xã nông nghiệp.",
                  addressedTo: "Thường trực Tỉnh ủy",
                },
              ]
            : [],
    });
  }
  await createUnitReport(db, {
    organizationId: org("MTTQ"),
    organizationKind: "MTTQ",
    periodId: q4.id,
    unitId: province.id,
    status: "SUBMITTED",
    authorId: repIds.get("MTTQ"),
    submittedAt: new Date(),
    ...sections("MTTQ"),
    values: { funds: 410000000, houses: 3, supported: 95 },
  });
  await createUnitReport(db, {
    organizationId: org("YOUTH_UNION"),
    organizationKind: "YOUTH_UNION",
    periodId: q4.id,
    unitId: province.id,
    status: "DRAFT",
    authorId: repIds.get("YOUTH_UNION"),
    achievements: "Đang tổng hợp số liệu tình nguyện mùa đông.",
  });

  // Thừa Thiên Huế became the centrally-run city Huế on 1 January 2025 (Resolution 175/2024/QH15):
  // a new committee row, so everything dated before keeps "Tỉnh ủy Thừa Thiên Huế".
  await renameUnitFrom(db, province.id, "2025-01-01", {
    name: "Thành phố Huế",
    kindWord: "thành phố",
    committeeName: "Thành ủy Huế",
    numberSuffix: "TU",
    placeName: "Huế",
  });
}
