import type { DirectiveStatus, MeetingStatus, PrismaClient, ReportStatus, Role } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyLogin } from "@/server/auth/verify-login";
import { seedDemoData } from "../../prisma/demo-data";
import { createTestDb, type TestDb } from "../setup/test-db";

const DEMO_PASSWORD = "giaoban-demo";

// DESIGN.md §6: the demo accounts tests and acceptance checks rely on.
const PROVINCE_ACCOUNTS: Record<string, Role> = {
  admin: "ADMIN",
  thuky: "SECRETARIAT",
  lanhdao: "LEADER",
  mttq: "ORG_REP",
  ccb: "ORG_REP",
  doantn: "ORG_REP",
  phunu: "ORG_REP",
  nongdan: "ORG_REP",
  congdoan: "ORG_REP",
  xem: "VIEWER",
};
const ORG_REP_KINDS: Record<string, string> = {
  mttq: "MTTQ",
  ccb: "VETERANS",
  doantn: "YOUTH_UNION",
  phunu: "WOMEN_UNION",
  nongdan: "FARMERS_UNION",
  congdoan: "LABOR_FEDERATION",
};
const BELOW_ACCOUNTS: Record<string, Role> = {
  "thuky.huyen": "SECRETARIAT",
  "mttq.huyen": "ORG_REP",
};

const MEETING_STATUSES: MeetingStatus[] = ["DRAFT", "SCHEDULED", "HELD", "CONCLUDED", "PUBLISHED"];
const REPORT_STATUSES: ReportStatus[] = ["DRAFT", "SUBMITTED", "ACCEPTED", "RETURNED"];
const DIRECTIVE_STATUSES: DirectiveStatus[] = ["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"];

describe("demo seed", () => {
  let testDb: TestDb;
  let db: PrismaClient;

  beforeAll(async () => {
    testDb = await createTestDb();
    db = testDb.db;
    await db.$transaction((tx) => seedDemoData(tx, DEMO_PASSWORD), {
      timeout: 300_000,
      maxWait: 60_000,
    });
  });

  afterAll(async () => {
    await testDb?.cleanup();
  });

  const accounts = () =>
    db.user.findMany({
      select: {
        username: true,
        role: true,
        isActive: true,
        unit: { select: { id: true, level: true, parentId: true } },
        organization: { select: { kind: true, unitId: true } },
      },
    });

  it("follows the 2025 structure: one city-province, communes and wards under it, the districts ended", async () => {
    const units = await db.unit.findMany({
      select: { id: true, level: true, parentId: true, path: true, validTo: true, name: true },
    });
    const provinces = units.filter((unit) => unit.level === "PROVINCE");
    expect(provinces).toHaveLength(1);
    expect(provinces[0].name).toBe("Thành phố Huế");
    const below = units.filter((unit) => unit.path !== provinces[0].path);
    expect(below.every((unit) => unit.path.startsWith(provinces[0].path))).toBe(true);
    const open = below.filter((unit) => unit.validTo === null);
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(open.every((unit) => unit.level === "COMMUNE" && unit.parentId === provinces[0].id)).toBe(true);
    // No district outlives 30 June 2025.
    const districts = units.filter((unit) => unit.level === "DISTRICT");
    expect(districts.length).toBeGreaterThan(0);
    expect(districts.every((unit) => unit.validTo !== null && unit.validTo.toISOString().slice(0, 10) <= "2025-06-30")).toBe(
      true,
    );
    // A merged unit, and the corpus city linked to today's units.
    const mergers = await db.unitSuccession.groupBy({ by: ["successorId"], where: { kind: "MERGER" }, _count: true });
    expect(mergers.some((row) => row._count >= 2)).toBe(true);
    expect(await db.unitSuccession.count({ where: { predecessor: { code: "HUE" } } })).toBeGreaterThan(0);
    // The province's committee keeps its name before 2025.
    const committees = await db.unitCommittee.findMany({
      where: { unitId: provinces[0].id },
      orderBy: { validFrom: { sort: "asc", nulls: "first" } },
    });
    expect(committees.map((row) => row.name)).toEqual(["Tỉnh ủy Thừa Thiên Huế", "Thành ủy Huế"]);
  });

  it("gives the city the bodies of the 2025 structure, the organizations under the Front", async () => {
    const province = await db.unit.findFirstOrThrow({ where: { level: "PROVINCE" } });
    const bodies = await db.organization.findMany({
      where: { unitId: province.id },
      select: { kind: true, parentId: true, id: true },
    });
    const kinds = bodies.map((body) => body.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "PROPAGANDA_MASS_MOBILIZATION_BOARD",
        "PEOPLES_COMMITTEE",
        "PEOPLES_COUNCIL",
        "NATIONAL_ASSEMBLY_DELEGATION_OFFICE",
      ]),
    );
    const front = bodies.find((body) => body.kind === "MTTQ")!;
    expect(bodies.find((body) => body.kind === "WOMEN_UNION")!.parentId).toBe(front.id);
  });

  it("creates every demo account of DESIGN.md §6 at the province with its role", async () => {
    const users = new Map((await accounts()).map((user) => [user.username, user]));
    for (const [username, role] of Object.entries(PROVINCE_ACCOUNTS)) {
      const user = users.get(username);
      expect(user, username).toBeDefined();
      expect(user!.role, username).toBe(role);
      expect(user!.isActive, username).toBe(true);
      expect(user!.unit.level, username).toBe("PROVINCE");
    }
  });

  it("makes each province ORG_REP the representative of one of the province's six organizations", async () => {
    const users = new Map((await accounts()).map((user) => [user.username, user]));
    for (const [username, kind] of Object.entries(ORG_REP_KINDS)) {
      const user = users.get(username)!;
      expect(user.organization, username).not.toBeNull();
      expect(user.organization!.kind, username).toBe(kind);
      expect(user.organization!.unitId, username).toBe(user.unit.id);
    }
  });

  it("creates thuky.huyen and mttq.huyen at the unit below the province", async () => {
    const users = new Map((await accounts()).map((user) => [user.username, user]));
    const province = users.get("admin")!.unit;
    for (const [username, role] of Object.entries(BELOW_ACCOUNTS)) {
      const user = users.get(username);
      expect(user, username).toBeDefined();
      expect(user!.role, username).toBe(role);
      expect(user!.unit.parentId, username).toBe(province.id);
    }
    expect(users.get("mttq.huyen")!.organization).toEqual({
      kind: "MTTQ",
      unitId: users.get("mttq.huyen")!.unit.id,
    });
  });

  it("has meetings in every status", async () => {
    const groups = await db.meeting.groupBy({
      by: ["status"],
      _count: { _all: true },
    });
    expect(groups.map((group) => group.status).sort()).toEqual([...MEETING_STATUSES].sort());
  });

  it("has reports in every status", async () => {
    const groups = await db.unitReport.groupBy({
      by: ["status"],
      _count: { _all: true },
    });
    expect(groups.map((group) => group.status).sort()).toEqual([...REPORT_STATUSES].sort());
  });

  it("has directives in every status", async () => {
    const groups = await db.directive.groupBy({
      by: ["status"],
      _count: { _all: true },
    });
    expect(groups.map((group) => group.status).sort()).toEqual([...DIRECTIVE_STATUSES].sort());
  });

  it("registers the documents the meetings cite", async () => {
    const codes = (await db.documentRef.findMany({ select: { code: true } })).map((doc) => doc.code);
    expect(codes).toEqual(expect.arrayContaining(["54-NQ/TW", "172-TB/TW", "35-CT/TW", "127-KH/TU"]));
  });

  it("lets the demo accounts sign in with the demo password", async () => {
    const thuky = await db.user.findUniqueOrThrow({
      where: { username: "thuky" },
      select: { id: true },
    });
    expect(await verifyLogin(db, "thuky", DEMO_PASSWORD)).toEqual({
      ok: true,
      userId: thuky.id,
    });
    expect(await verifyLogin(db, "mttq.huyen", DEMO_PASSWORD)).toMatchObject({
      ok: true,
    });
    expect(await verifyLogin(db, "admin", "not-the-demo-password")).toEqual({
      ok: false,
      reason: "INVALID",
    });
  });
});
