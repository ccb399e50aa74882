import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";
import { guardedUpdate } from "@/server/db/guarded-update";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { notify } from "@/server/notifications/notify";
import { formatPeriod } from "@/lib/periods";
import { vi } from "@/messages/vi";
import { loadReportFor } from "./report-access";
import { ZReturnReportSchema } from "./schemas";
import { message } from "@/messages/message-ref";

async function review(actor: Actor, reportId: string, decision: "ACCEPTED" | "RETURNED", reason: string | null, now: Date) {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const report = await loadReportFor(tx, actor, reportId, "review:report");
    if (report.status !== "SUBMITTED") throw new AppError("INVALID_STATE", message("reports.notSubmitted"));
    // The status in the where clause makes two reviewers racing see one winner.
    await guardedUpdate(
      tx,
      "unitReport",
      { id: reportId, status: "SUBMITTED" },
      { status: decision, reviewedAt: now, reviewedById: actor.id, returnReason: reason },
    );
    if (report.authorId) {
      const period = formatPeriod(report.period);
      await notify(tx, [
        {
          userId: report.authorId,
          kind: decision === "ACCEPTED" ? "report.accepted" : "report.returned",
          title: decision === "ACCEPTED" ? vi.reports.reviewAcceptedTitle(period) : vi.reports.reviewReturnedTitle(period),
          body: reason ?? "",
          link: `/reports/${reportId}`,
          dedupeKey: `report-review:${reportId}:${report.version}`,
        },
      ]);
    }
    await recordAudit(tx, actor.id, decision === "ACCEPTED" ? "report.accept" : "report.return", ["UnitReport", reportId], {
      before: { status: report.status },
      after: { status: decision, returnReason: reason },
    });
  });
}

export async function acceptReport({ actor, reportId, now = new Date() }: { actor: Actor; reportId: string; now?: Date }) {
  await review(actor, reportId, "ACCEPTED", null, now);
}

export async function returnReport({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: { reportId: string; reason: string };
  now?: Date;
}) {
  const { reportId, reason } = parseInput(ZReturnReportSchema, input);
  await review(actor, reportId, "RETURNED", reason, now);
}
