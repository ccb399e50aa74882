import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { formatPeriod, type PeriodLike } from "@/lib/periods";
import { vi } from "@/messages/vi";

const SELECT = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

interface PeriodOrgStatusFilterProps {
  basePath: string;
  periods: (PeriodLike & { id: string })[];
  organizations: { id: string; name: string; unit: { name: string } }[];
  statuses: { value: string; label: string }[];
  selected: { periodId?: string; organizationId?: string; status?: string };
  labels: { period: string; organization: string; status: string };
}

/** The period / organization / status filter of the report and recommendation lists (a GET form). */
export function PeriodOrgStatusFilter({
  basePath,
  periods,
  organizations,
  statuses,
  selected,
  labels,
}: PeriodOrgStatusFilterProps) {
  return (
    <form className="mb-4 flex flex-wrap items-end gap-2" role="search">
      <label className="text-sm">
        <span className="block text-slate-700">{labels.period}</span>
        <select name="period" defaultValue={selected.periodId ?? ""} className={SELECT}>
          <option value="">{vi.reports.all}</option>
          {periods.map((period) => (
            <option key={period.id} value={period.id}>
              {formatPeriod(period)}
            </option>
          ))}
        </select>
      </label>
      {organizations.length > 1 ? (
        <label className="text-sm">
          <span className="block text-slate-700">{labels.organization}</span>
          <select name="org" defaultValue={selected.organizationId ?? ""} className={SELECT}>
            <option value="">{vi.reports.all}</option>
            {organizations.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.name} ({organization.unit.name})
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="text-sm">
        <span className="block text-slate-700">{labels.status}</span>
        <select name="status" defaultValue={selected.status ?? ""} className={SELECT}>
          <option value="">{vi.reports.all}</option>
          {statuses.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <button className={buttonClass("secondary")}>{vi.app.filter}</button>
      <Link className={buttonClass("ghost")} href={basePath}>
        {vi.app.reset}
      </Link>
    </form>
  );
}
