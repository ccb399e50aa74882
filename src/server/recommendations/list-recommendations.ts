import "server-only";
import type { Prisma, RecommendationStatus } from "@prisma/client";
import { actorScopeKey, type Actor } from "@/server/auth/actor";
import { assertCan, can, readableWhere } from "@/server/auth/policy";
import { readThroughScope } from "@/server/cache/change-scope";
import { getDb } from "@/server/db/client";
import { RECOMMENDATION_SELECT } from "./recommendation-select";

export const RECOMMENDATIONS_PAGE_SIZE = 20;
const STATUSES: RecommendationStatus[] = ["OPEN", "ANSWERED", "FORWARDED", "CLOSED"];

interface RecommendationListInput {
  actor: Actor;
  periodId?: string;
  organizationId?: string;
  status?: string;
  page: number;
}

/** One page of the recommendations the actor may read; reused until a write lands in the reader's subtrees (docs/decisions/0047). */
export async function listRecommendations(input: RecommendationListInput) {
  assertCan(input.actor, "read:recommendation");
  const { actor, periodId, organizationId, status, page } = input;
  const key = `recommendations:${actorScopeKey(actor)}:${JSON.stringify({ periodId, organizationId, status, page })}`;
  return readThroughScope(actor, ["read:recommendation"], key, () => loadRecommendationPage(input));
}

async function loadRecommendationPage({ actor, periodId, organizationId, status, page }: RecommendationListInput) {
  const db = await getDb();
  const where: Prisma.RecommendationWhereInput = {
    AND: [
      readableWhere(actor, "read:recommendation"),
      periodId ? { periodId } : {},
      organizationId ? { organizationId } : {},
      status && STATUSES.includes(status as RecommendationStatus) ? { status: status as RecommendationStatus } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.recommendation.count({ where }),
    db.recommendation.findMany({
      where,
      orderBy: [{ period: { startDate: "desc" } }, { createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * RECOMMENDATIONS_PAGE_SIZE,
      take: RECOMMENDATIONS_PAGE_SIZE,
      select: {
        ...RECOMMENDATION_SELECT,
        reportId: true,
        organization: { select: { name: true, unit: { select: { path: true } } } },
        organizationId: true,
        period: { select: { year: true, type: true, index: true } },
      },
    }),
  ]);
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / RECOMMENDATIONS_PAGE_SIZE)),
    rows: rows.map(({ organization, ...row }) => ({
      ...row,
      organization: { name: organization.name },
      canAnswer: can(actor, "answer:recommendation", {
        unitPath: organization.unit.path,
        organizationIds: [row.organizationId],
      }),
    })),
  };
}
