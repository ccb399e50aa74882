import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/server/auth/session";
import { listPeriods } from "@/server/periods/list-periods";
import { formatDate, formatDateTime } from "@/lib/dates";
import { formatPeriod } from "@/lib/periods";
import { vi } from "@/messages/vi";

export const metadata: Metadata = { title: vi.periods.title };

export default async function PeriodsPage() {
  const actor = await requirePermission("manage:period");
  const periods = await listPeriods(actor);
  return (
    <>
      <PageHeader title={vi.periods.title} />
      <Card>
        {periods.length === 0 ? (
          <EmptyState />
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {periods.map((period) => (
              <li key={period.id} className="py-2">
                <span className="font-medium">{formatPeriod(period)}</span>
                <span className="ml-2 text-slate-600">
                  {formatDate(period.startDate)} – {formatDate(period.endDate)}
                </span>
                {period.deadlines.map((deadline) => (
                  <span key={deadline.unit.name} className="block text-xs text-slate-500">
                    {deadline.unit.name}: {formatDateTime(deadline.deadline)}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
