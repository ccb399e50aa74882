import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/server/auth/session";
import { listDeadlineUnits, listPeriods } from "@/server/periods/list-periods";
import { formatDate, formatDateTime, vietnamDay } from "@/lib/dates";
import { formatPeriod } from "@/lib/periods";
import { vi } from "@/messages/vi";
import { generatePeriodsAction, setDeadlineAction } from "./actions";
import { DeadlineForm, GeneratePeriodsForm } from "./period-forms";

export const metadata: Metadata = { title: vi.periods.title };

export default async function PeriodsPage() {
  const actor = await requirePermission("manage:period");
  const [periods, units] = await Promise.all([listPeriods(actor), listDeadlineUnits(actor)]);
  const thisYear = Number(vietnamDay(new Date()).slice(0, 4));
  return (
    <>
      <PageHeader
        title={vi.periods.title}
        actions={
          <Link className={buttonClass("secondary")} href="/admin/indicators">
            {vi.indicators.link}
          </Link>
        }
      />
      <Card title={vi.periods.generate} className="mb-6">
        <GeneratePeriodsForm action={generatePeriodsAction} defaultYear={thisYear + 1} />
      </Card>
      <Card>
        {periods.length === 0 ? (
          <EmptyState />
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {periods.map((period) => (
              <li key={period.id} className="py-3" data-testid="period">
                <span className="font-medium">{formatPeriod(period)}</span>
                <span className="ml-2 text-slate-600">
                  {formatDate(period.startDate)} – {formatDate(period.endDate)}
                </span>
                {period.deadlines.map((deadline) => (
                  <span key={deadline.unit.id} className="note">
                    {vi.periods.deadline} · {deadline.unit.name}: {formatDateTime(deadline.deadline)}
                  </span>
                ))}
                <DeadlineForm
                  action={setDeadlineAction}
                  periodId={period.id}
                  units={units}
                  label={`${vi.periods.setDeadline} ${formatPeriod(period)}`}
                />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
