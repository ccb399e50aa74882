import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { notifyWhoCan } from "@/server/notifications/notify";
import { vi } from "@/messages/vi";
import { ZAnswerRecommendationSchema, type TAnswerRecommendationInput } from "./schemas";

/** A leader or the secretariat answers, forwards or closes a recommendation. */
export async function answerRecommendation({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: TAnswerRecommendationInput;
  now?: Date;
}) {
  const { recommendationId, status, answer } = parseInput(ZAnswerRecommendationSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const recommendation = await tx.recommendation.findUnique({
      where: { id: recommendationId },
      select: {
        id: true,
        status: true,
        answer: true,
        organizationId: true,
        organization: { select: { unit: { select: { path: true } } } },
        report: { select: { status: true } },
      },
    });
    if (!recommendation) throw new AppError("NOT_FOUND");
    assertCan(actor, "answer:recommendation", {
      unitPath: recommendation.organization.unit.path,
      organizationIds: [recommendation.organizationId],
    });
    if (recommendation.report?.status === "DRAFT") throw new AppError("INVALID_STATE");
    if (recommendation.status === "CLOSED") throw new AppError("INVALID_STATE");
    await tx.recommendation.update({
      where: { id: recommendationId },
      data: {
        status,
        answer: answer || recommendation.answer,
        answeredById: actor.id,
        answeredAt: now,
      },
    });
    if (status === "ANSWERED" || status === "FORWARDED") {
      // The organization's staff who raise recommendations in its reports hear the answer.
      await notifyWhoCan(
        tx,
        "edit:report",
        { unitPath: recommendation.organization.unit.path, organizationIds: [recommendation.organizationId] },
        {
          kind: "recommendation.answered",
          title: vi.notifications.recommendationAnsweredTitle,
          body: answer ?? "",
          link: "/recommendations",
          dedupeKey: `recommendation-answered:${recommendationId}:${now.getTime()}`,
        },
      );
    }
    await recordAudit(tx, actor.id, "recommendation.answer", ["Recommendation", recommendationId], {
      before: { status: recommendation.status, answer: recommendation.answer },
      after: { status, answer },
    });
  });
}
