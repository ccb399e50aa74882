import type { OrganizationKind, UnitLevel } from "@prisma/client";
import type { Tx } from "../../src/server/db/client";

/** The six organizations that report at liaison meetings, in protocol order. */
export const REPORTING_KINDS: {
  kind: OrganizationKind;
  name: string;
  shortName: string;
}[] = [
  {
    kind: "MTTQ",
    name: "Ủy ban Mặt trận Tổ quốc Việt Nam",
    shortName: "UBMTTQ",
  },
  { kind: "VETERANS", name: "Hội Cựu chiến binh", shortName: "Hội CCB" },
  {
    kind: "YOUTH_UNION",
    name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    shortName: "Đoàn TN",
  },
  { kind: "WOMEN_UNION", name: "Hội Liên hiệp Phụ nữ", shortName: "Hội LHPN" },
  { kind: "FARMERS_UNION", name: "Hội Nông dân", shortName: "Hội ND" },
  { kind: "LABOR_FEDERATION", name: "Liên đoàn Lao động", shortName: "LĐLĐ" },
];

export const SUPPORT_KINDS: {
  kind: OrganizationKind;
  name: string;
  shortName: string;
}[] = [
  { kind: "MASS_MOBILIZATION_BOARD", name: "Ban Dân vận", shortName: "BDV" },
  { kind: "PARTY_OFFICE", name: "Văn phòng", shortName: "VP" },
];

export async function createUnit(
  db: Tx,
  input: {
    code: string;
    name: string;
    committeeName: string;
    placeName: string;
    level: UnitLevel;
    parent?: { id: string; path: string; name: string };
    /** The issuer part of document codes; by default the level's usual one. */
    numberSuffix?: string;
    kindWord?: string;
    validFrom?: Date;
    validTo?: Date;
    isHistorical?: boolean;
  },
) {
  const id = `unit_${input.code.toLowerCase()}`;
  const unit = await db.unit.create({
    data: {
      id,
      code: input.code,
      name: input.name,
      kindWord: input.kindWord ?? KIND_WORD_BY_LEVEL[input.level],
      committeeName: input.committeeName,
      placeName: input.placeName,
      level: input.level,
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
      isHistorical: input.isHistorical ?? false,
      parentId: input.parent?.id ?? null,
      path: `${input.parent?.path ?? "/"}${id}/`,
    },
  });
  await db.unitCommittee.create({
    data: {
      unitId: unit.id,
      name: input.committeeName,
      unitName: input.name,
      superiorBodyName: input.parent ? `ĐẢNG BỘ ${input.parent.name.toLocaleUpperCase("vi")}` : null,
      numberSuffix: input.numberSuffix ?? SUFFIX_BY_LEVEL[input.level],
      placeName: input.placeName,
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
    },
  });
  return unit;
}

const SUFFIX_BY_LEVEL: Record<UnitLevel, string> = { PROVINCE: "TU", DISTRICT: "HU", COMMUNE: "ĐU" };
const KIND_WORD_BY_LEVEL: Record<UnitLevel, string> = { PROVINCE: "tỉnh", DISTRICT: "huyện", COMMUNE: "xã" };

/** The reporting organizations and the committee's own offices of a unit, named for it. */
export async function createUnitOrganizations(db: Tx, unit: { id: string; code: string }, suffix: string, committeeName: string) {
  const byKind = new Map<OrganizationKind, { id: string; name: string; shortName: string }>();
  const all = [
    ...REPORTING_KINDS.map((org, index) => ({
      ...org,
      submitsReports: true,
      sortOrder: index + 1,
      name: `${org.name} ${suffix}`,
    })),
    ...SUPPORT_KINDS.map((org, index) => ({
      ...org,
      submitsReports: false,
      sortOrder: 10 + index,
      name: `${org.name} ${committeeName}`,
    })),
  ];
  for (const org of all) {
    const created = await db.organization.create({
      data: {
        id: `org_${unit.code.toLowerCase()}_${org.kind.toLowerCase()}`,
        unitId: unit.id,
        kind: org.kind,
        name: org.name,
        shortName: org.shortName,
        submitsReports: org.submitsReports,
        sortOrder: org.sortOrder,
      },
      select: { id: true, name: true, shortName: true },
    });
    byKind.set(org.kind, created);
  }
  return byKind;
}

export async function createPerson(
  db: Tx,
  input: {
    unitId: string;
    fullName: string;
    title: string;
    organizationId?: string | null;
    isLeader?: boolean;
    startDate?: Date;
    endDate?: Date | null;
  },
) {
  return db.person.create({
    data: {
      unitId: input.unitId,
      fullName: input.fullName,
      positions: {
        create: {
          title: input.title,
          organizationId: input.organizationId ?? null,
          isLeader: input.isLeader ?? true,
          startDate: input.startDate ?? new Date("2015-01-01"),
          endDate: input.endDate ?? null,
        },
      },
    },
  });
}
