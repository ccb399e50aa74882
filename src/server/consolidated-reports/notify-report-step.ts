import "server-only";
import type { Tx } from "@/server/db/client";
import { notifyWhoCan } from "@/server/notifications/notify";
import { formatPeriod, type PeriodLike } from "@/lib/periods";
import { consolidatedReport } from "@/messages/vi/consolidated-report";

const t = consolidatedReport.notify;

/** The leaders who may approve hear that the report waits for them; the secretariat, that it was approved. */
export async function notifyReportStep(
  tx: Tx,
  step: "consolidated.waiting" | "consolidated.approved",
  report: { id: string; unit: { path: string }; period: PeriodLike },
) {
  const period = formatPeriod(report.period);
  const spec = {
    "consolidated.waiting": { action: "approve:consolidated-report", title: t.waitingTitle(period), body: t.waitingBody },
    "consolidated.approved": { action: "issue:consolidated-report", title: t.approvedTitle(period), body: t.approvedBody },
  } as const;
  const { action, title, body } = spec[step];
  const link = `/consolidated-reports/${report.id}`;
  const dedupeKey = `${step}:${report.id}:${Date.now()}`;
  await notifyWhoCan(tx, action, { unitPath: report.unit.path }, { kind: step, title, body, link, dedupeKey });
}
