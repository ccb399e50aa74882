import { FilterBar } from "./filter-bar";
import { FilterSelect } from "./filter-select";
import { SearchableSelect } from "./searchable-select";
import { formatPeriod, type PeriodLike } from "@/lib/periods";
import { reports } from "@/messages/vi/reports";
import { perfMessages } from "@/messages/vi/perf";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { reports };

interface PeriodOrgStatusFilterProps {
  basePath: string;
  periods: (PeriodLike & { id: string })[];
  organizations: { id: string; name: string; unit: { name: string } }[];
  /** Organizations in the scope; more than listed: the picker is narrowed by a search on the server. */
  organizationsTotal?: number;
  organizationQuery?: string;
  statuses: { value: string; label: string }[];
  selected: { periodId?: string; organizationId?: string; status?: string };
  labels: { period: string; organization: string; status: string };
}

/** The period / organization / status filter of the report and recommendation lists (a GET form). */
export function PeriodOrgStatusFilter({
  basePath,
  periods,
  organizations,
  organizationsTotal = organizations.length,
  organizationQuery = "",
  statuses,
  selected,
  labels,
}: PeriodOrgStatusFilterProps) {
  return (
    <FilterBar resetHref={basePath} className="mb-4">
      <FilterSelect
        label={labels.period}
        name="period"
        value={selected.periodId}
        allLabel={vi.reports.all}
        options={periods.map((period) => ({ value: period.id, label: formatPeriod(period) }))}
      />
      <SearchableSelect
        label={labels.organization}
        name="org"
        value={selected.organizationId}
        allLabel={vi.reports.all}
        options={organizations.map((organization) => ({
          value: organization.id,
          label: `${organization.name} (${organization.unit.name})`,
        }))}
        total={organizationsTotal}
        search={{
          label: perfMessages.organizationSearch,
          name: "orgq",
          value: organizationQuery,
          hint: perfMessages.organizationSearchHint(organizations.length, organizationsTotal),
        }}
      />
      <FilterSelect label={labels.status} name="status" value={selected.status} allLabel={vi.reports.all} options={statuses} />
    </FilterBar>
  );
}
