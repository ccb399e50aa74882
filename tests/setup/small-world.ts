import type { OrganizationKind, PrismaClient, Role } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import type { Tx } from "@/server/db/client";
import { fromVietnamTime } from "@/lib/dates";
import { createMeeting } from "../../prisma/factories/meetings";
import { createPeriod } from "../../prisma/factories/periods";
import { createUnit, createUnitOrganizations } from "../../prisma/factories/units";
import { createUser } from "../../prisma/factories/users";

/** Password of every account in the small world. */
export const WORLD_PASSWORD = "mat-khau-thu-nghiem-2020";

type UnitRow = { id: string; path: string; name: string };
type UserRow = {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string;
  organizationId: string | null;
};

/** The Actor a use case would receive for this user (what getActor() builds from the session). */
export function actorOf(user: UserRow, unit: UnitRow): Actor {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    unitId: unit.id,
    unitPath: unit.path,
    unitName: unit.name,
    organizationId: user.organizationId,
  };
}

/**
 * A small world for integration tests:
 *
 *   Tỉnh Thử Nghiệm (PROVINCE)         Tỉnh Bên Cạnh (PROVINCE, sibling)
 *     └─ Huyện Thử Nghiệm (DISTRICT)
 *
 * each unit with its six reporting organizations and two offices, one account
 * per role at the province (ORG_REP for MTTQ and Hội CCB), a district admin,
 * secretariat and ORG_REP, a sibling-province admin and viewer, the period
 * Quý I/2020 and one published meeting of the province in it.
 */
export async function seedSmallWorld(db: PrismaClient | Tx) {
  const province = await createUnit(db, {
    code: "TN",
    name: "Tỉnh Thử Nghiệm",
    committeeName: "Tỉnh ủy Thử Nghiệm",
    placeName: "Thử Nghiệm",
    level: "PROVINCE",
  });
  const district = await createUnit(db, {
    code: "TNH",
    name: "Huyện Thử Nghiệm",
    committeeName: "Huyện ủy Thử Nghiệm",
    placeName: "Thử Nghiệm",
    level: "DISTRICT",
    parent: province,
  });
  const sibling = await createUnit(db, {
    code: "BC",
    name: "Tỉnh Bên Cạnh",
    committeeName: "Tỉnh ủy Bên Cạnh",
    placeName: "Bên Cạnh",
    level: "PROVINCE",
  });
  const provinceOrgs = await createUnitOrganizations(db, province, "tỉnh", "Tỉnh ủy");
  const districtOrgs = await createUnitOrganizations(db, district, "huyện", "Huyện ủy");
  const siblingOrgs = await createUnitOrganizations(db, sibling, "tỉnh", "Tỉnh ủy");
  const orgId = (orgs: Map<OrganizationKind, { id: string }>, kind: OrganizationKind) => orgs.get(kind)!.id;

  const make = (username: string, fullName: string, role: Role, unit: UnitRow, organizationId?: string) =>
    createUser(db, {
      username,
      fullName,
      role,
      unitId: unit.id,
      organizationId,
      password: WORLD_PASSWORD,
    }).then((user) => ({ user, actor: actorOf(user, unit) }));

  const admin = await make("admin", "Nguyễn Quản Trị", "ADMIN", province, orgId(provinceOrgs, "PARTY_OFFICE"));
  const secretariat = await make("thuky", "Lê Thị Thu", "SECRETARIAT", province, orgId(provinceOrgs, "MASS_MOBILIZATION_BOARD"));
  const leader = await make("lanhdao", "Bùi Thanh Hà", "LEADER", province);
  const mttq = await make("mttq", "Trương Văn Minh", "ORG_REP", province, orgId(provinceOrgs, "MTTQ"));
  const ccb = await make("ccb", "Nguyễn Hữu Lộc", "ORG_REP", province, orgId(provinceOrgs, "VETERANS"));
  const viewer = await make("xem", "Trần Văn Xem", "VIEWER", province);
  const districtSecretariat = await make(
    "thuky.huyen",
    "Nguyễn Thị Huyền",
    "SECRETARIAT",
    district,
    orgId(districtOrgs, "MASS_MOBILIZATION_BOARD"),
  );
  const districtAdmin = await make("admin.huyen", "Phạm Văn Huyện", "ADMIN", district);
  const districtMttq = await make("mttq.huyen", "Lê Văn Hưng", "ORG_REP", district, orgId(districtOrgs, "MTTQ"));
  const siblingAdmin = await make("admin.bencanh", "Đỗ Văn Cạnh", "ADMIN", sibling);
  const siblingViewer = await make("xem.bencanh", "Hồ Thị Bên", "VIEWER", sibling);

  const q1of2020 = await createPeriod(db, {
    year: 2020,
    type: "QUARTER",
    index: 1,
  });
  const meeting = await createMeeting(db, {
    unitId: province.id,
    period: q1of2020,
    status: "PUBLISHED",
    title: "Hội nghị giao ban quý I/2020 Mặt trận và các đoàn thể tỉnh",
    startsAt: fromVietnamTime("2020-03-24", "14:00"),
    place: "Hội trường Tỉnh ủy",
    createdById: secretariat.user.id,
    approvedById: leader.user.id,
    invitedOrganizationIds: [orgId(provinceOrgs, "MTTQ"), orgId(provinceOrgs, "VETERANS")],
    situationSummary: "Tuyên truyền Nghị quyết 54-NQ/TW của Bộ Chính trị.",
    directives: [
      {
        content: "Triển khai Nghị quyết 54-NQ/TW.",
        lead: [orgId(provinceOrgs, "MTTQ")],
      },
    ],
  });

  const units = { province, district, sibling };
  const organizations = {
    province: Object.fromEntries(provinceOrgs) as Record<OrganizationKind, { id: string; name: string; shortName: string }>,
    district: Object.fromEntries(districtOrgs) as Record<OrganizationKind, { id: string; name: string; shortName: string }>,
    sibling: Object.fromEntries(siblingOrgs) as Record<OrganizationKind, { id: string; name: string; shortName: string }>,
  };
  const users = {
    admin,
    secretariat,
    leader,
    mttq,
    ccb,
    viewer,
    districtSecretariat,
    districtAdmin,
    districtMttq,
    siblingAdmin,
    siblingViewer,
  };
  const ids = Object.fromEntries(Object.entries(users).map(([key, value]) => [key, value.user.id])) as Record<
    keyof typeof users,
    string
  >;
  const actors = Object.fromEntries(Object.entries(users).map(([key, value]) => [key, value.actor])) as Record<
    keyof typeof users,
    Actor
  >;
  return {
    units,
    organizations,
    ids,
    actors,
    period: q1of2020,
    meeting: { id: meeting.id },
  };
}

export type SmallWorld = Awaited<ReturnType<typeof seedSmallWorld>>;
