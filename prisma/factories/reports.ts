import type { OrganizationKind, RecommendationStatus, ReportStatus } from "@prisma/client";
import type { Tx } from "../../src/server/db/client";

/** Indicators each kind of organization reports, as the admin would define them. */
export const DEFAULT_INDICATORS: Record<string, { code: string; name: string; unitLabel: string; isMoney?: boolean }[]> = {
  MTTQ: [
    { code: "funds", name: "Kinh phí vận động Quỹ Vì người nghèo", unitLabel: "đồng", isMoney: true },
    { code: "houses", name: "Nhà Đại đoàn kết xây mới, sửa chữa", unitLabel: "căn" },
    { code: "supported", name: "Lượt hộ nghèo được hỗ trợ", unitLabel: "lượt" },
  ],
  VETERANS: [
    { code: "members", name: "Hội viên kết nạp mới", unitLabel: "người" },
    { code: "loans", name: "Dư nợ vốn vay ủy thác", unitLabel: "đồng", isMoney: true },
  ],
  YOUTH_UNION: [
    { code: "members", name: "Đoàn viên kết nạp mới", unitLabel: "người" },
    { code: "events", name: "Hoạt động tình nguyện tổ chức", unitLabel: "hoạt động" },
    { code: "recruits", name: "Thanh niên lên đường nhập ngũ", unitLabel: "người" },
  ],
  WOMEN_UNION: [
    { code: "members", name: "Hội viên kết nạp mới", unitLabel: "người" },
    { code: "supported", name: "Phụ nữ nghèo được hỗ trợ", unitLabel: "người" },
  ],
  FARMERS_UNION: [
    { code: "members", name: "Hội viên kết nạp mới", unitLabel: "người" },
    { code: "models", name: "Mô hình sản xuất, kinh doanh giỏi", unitLabel: "mô hình" },
  ],
  LABOR_FEDERATION: [
    { code: "members", name: "Đoàn viên công đoàn kết nạp mới", unitLabel: "người" },
    { code: "funds", name: "Kinh phí chăm lo cho người lao động", unitLabel: "đồng", isMoney: true },
  ],
};

export async function createIndicatorDefinitions(db: Tx) {
  for (const [kind, indicators] of Object.entries(DEFAULT_INDICATORS)) {
    for (const [index, indicator] of indicators.entries()) {
      await db.indicatorDefinition.upsert({
        where: {
          organizationKind_code: {
            organizationKind: kind as OrganizationKind,
            code: indicator.code,
          },
        },
        create: {
          organizationKind: kind as OrganizationKind,
          ...indicator,
          isMoney: indicator.isMoney ?? false,
          sortOrder: index,
        },
        update: {},
      });
    }
  }
}

export async function createUnitReport(
  db: Tx,
  input: {
    organizationId: string;
    organizationKind: OrganizationKind;
    periodId: string;
    unitId: string;
    status: ReportStatus;
    authorId?: string | null;
    achievements?: string;
    shortcomings?: string;
    nextTasks?: string;
    submittedAt?: Date | null;
    isLate?: boolean;
    returnReason?: string | null;
    reviewedById?: string | null;
    values?: Record<string, number>;
    recommendations?: {
      content: string;
      addressedTo?: string;
      status?: RecommendationStatus;
      answer?: string;
      answeredById?: string;
    }[];
  },
) {
  const definitions = await db.indicatorDefinition.findMany({
    where: { organizationKind: input.organizationKind },
  });
  return db.unitReport.create({
    data: {
      organizationId: input.organizationId,
      periodId: input.periodId,
      unitId: input.unitId,
      status: input.status,
      authorId: input.authorId ?? null,
      achievements: input.achievements ?? "",
      shortcomings: input.shortcomings ?? "",
      nextTasks: input.nextTasks ?? "",
      submittedAt: input.submittedAt ?? null,
      isLate: input.isLate ?? false,
      returnReason: input.returnReason ?? null,
      reviewedById: input.reviewedById ?? null,
      reviewedAt: input.reviewedById ? new Date() : null,
      indicatorValues: {
        create: definitions
          .filter((definition) => input.values?.[definition.code] !== undefined)
          .map((definition) => ({
            indicatorId: definition.id,
            value: input.values![definition.code],
          })),
      },
      recommendations: {
        create: (input.recommendations ?? []).map((recommendation) => ({
          organizationId: input.organizationId,
          periodId: input.periodId,
          content: recommendation.content,
          addressedTo: recommendation.addressedTo ?? "",
          status: recommendation.status ?? "OPEN",
          answer: recommendation.answer ?? null,
          answeredById: recommendation.answeredById ?? null,
          answeredAt: recommendation.answer ? new Date() : null,
        })),
      },
    },
  });
}
