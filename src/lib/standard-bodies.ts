import type { OrganizationKind, UnitLevel } from "@prisma/client";

/** One body a unit has after the 2025 reform. */
export interface StandardBody {
  kind: OrganizationKind;
  name: string;
  shortName: string;
  submitsReports: boolean;
  /** Placed under the Fatherland Front (the socio-political organizations since 2025). */
  underFront: boolean;
  sortOrder: number;
}

/**
 * The bodies of a province or a commune after 1 July 2025: the Fatherland Front with the
 * socio-political organizations placed under it, the committee's merged Ban Tuyên giáo và Dân vận
 * (a commune's committee has its Văn phòng and Ban Xây dựng Đảng instead), the People's Committee,
 * the People's Council and, in a province, the office of the National Assembly delegation and the
 * People's Council. `place` is the unit's short designation: "tỉnh", "thành phố", "xã Phú Thượng".
 */
export function standardBodies(level: UnitLevel, place: string, committeeName: string): StandardBody[] {
  const commune = level === "COMMUNE";
  const bodies: Omit<StandardBody, "sortOrder">[] = [
    {
      kind: "MTTQ",
      name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${place}`,
      shortName: "UBMTTQ",
      submitsReports: true,
      underFront: false,
    },
    { kind: "VETERANS", name: `Hội Cựu chiến binh ${place}`, shortName: "Hội CCB", submitsReports: true, underFront: true },
    {
      kind: "YOUTH_UNION",
      name: `Đoàn Thanh niên Cộng sản Hồ Chí Minh ${place}`,
      shortName: "Đoàn TN",
      submitsReports: true,
      underFront: true,
    },
    { kind: "WOMEN_UNION", name: `Hội Liên hiệp Phụ nữ ${place}`, shortName: "Hội LHPN", submitsReports: true, underFront: true },
    { kind: "FARMERS_UNION", name: `Hội Nông dân ${place}`, shortName: "Hội ND", submitsReports: true, underFront: true },
    ...(commune
      ? []
      : [
          {
            kind: "LABOR_FEDERATION" as const,
            name: `Liên đoàn Lao động ${place}`,
            shortName: "LĐLĐ",
            submitsReports: true,
            underFront: true,
          },
        ]),
    commune
      ? {
          kind: "ORGANIZATION_BOARD" as const,
          name: `Ban Xây dựng Đảng ${committeeName}`,
          shortName: "BXDĐ",
          submitsReports: false,
          underFront: false,
        }
      : {
          kind: "PROPAGANDA_MASS_MOBILIZATION_BOARD" as const,
          name: `Ban Tuyên giáo và Dân vận ${committeeName}`,
          shortName: "BTGDV",
          submitsReports: false,
          underFront: false,
        },
    { kind: "PARTY_OFFICE", name: `Văn phòng ${committeeName}`, shortName: "VP", submitsReports: false, underFront: false },
    { kind: "PEOPLES_COMMITTEE", name: `Ủy ban nhân dân ${place}`, shortName: "UBND", submitsReports: false, underFront: false },
    { kind: "PEOPLES_COUNCIL", name: `Hội đồng nhân dân ${place}`, shortName: "HĐND", submitsReports: false, underFront: false },
    ...(commune
      ? []
      : [
          {
            kind: "NATIONAL_ASSEMBLY_DELEGATION_OFFICE" as const,
            name: `Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân ${place}`,
            shortName: "VP Đoàn ĐBQH và HĐND",
            submitsReports: false,
            underFront: false,
          },
        ]),
  ];
  return bodies.map((body, index) => ({ ...body, sortOrder: index + 1 }));
}
