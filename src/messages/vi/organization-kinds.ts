/**
 * The kinds of organization by their names in the organization tree; org-tree.ts includes them
 * in `organizations.kinds`, and the indicators (a client form) use them as they are.
 */
export const organizationKinds = {
  MTTQ: "Mặt trận Tổ quốc",
  VETERANS: "Hội Cựu chiến binh",
  YOUTH_UNION: "Đoàn Thanh niên",
  WOMEN_UNION: "Hội Liên hiệp Phụ nữ",
  FARMERS_UNION: "Hội Nông dân",
  LABOR_FEDERATION: "Công đoàn",
  MASS_MOBILIZATION_BOARD: "Ban Dân vận",
  PROPAGANDA_MASS_MOBILIZATION_BOARD: "Ban Tuyên giáo và Dân vận",
  ORGANIZATION_BOARD: "Ban Tổ chức",
  PARTY_OFFICE: "Văn phòng cấp ủy",
  PEOPLES_COMMITTEE: "Ủy ban nhân dân",
  PEOPLES_COUNCIL: "Hội đồng nhân dân",
  PEOPLES_COUNCIL_OFFICE: "Văn phòng HĐND",
  NATIONAL_ASSEMBLY_DELEGATION_OFFICE: "Văn phòng Đoàn ĐBQH và HĐND",
  OTHER: "Khác",
} as const;
