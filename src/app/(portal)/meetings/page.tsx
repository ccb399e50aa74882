import type { Metadata } from "next";
import Link from "next/link";
import { ExportLinks } from "@/components/export-links";
import { FilterBar } from "@/components/filters/filter-bar";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/server/auth/policy";
import { requirePermission } from "@/server/auth/session";
import { MEETINGS_EXPORT_CAP } from "@/server/meetings/export-meetings";
import { listMeetings } from "@/server/meetings/list-meetings";
import { listMeetingListFilters, listMeetingUnitFilter } from "@/server/meetings/meeting-unit-filter";
import { formatDateTime } from "@/lib/dates";
import { formatNumber } from "@/lib/numbers";
import { formatPeriod } from "@/lib/periods";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { ZListMeetingsSchema, ZMeetingKindSchema, ZMeetingUnitPickerParams } from "@/server/meetings/schemas";
import { SearchableSelect } from "@/components/filters/searchable-select";
import { perfMessages } from "@/messages/vi/perf";
import { vi } from "@/messages/vi";
import { MeetingTable } from "./meeting-table";
import { viImport } from "@/messages/vi/import";

export const metadata: Metadata = { title: vi.meetings.title };

export default async function MeetingsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("read:meeting");
  const params = await searchParams;
  const { page, ...parsed } = parseSearchParams(ZListMeetingsSchema, params);
  const { unitq } = parseSearchParams(ZMeetingUnitPickerParams, params);
  const filters = { ...parsed, year: parsed.year ? String(parsed.year) : undefined };
  const [result, options, unitFilter] = await Promise.all([
    listMeetings({ actor, input: { ...parsed, page } }),
    listMeetingListFilters(actor),
    listMeetingUnitFilter(actor, { unitQuery: unitq, unitId: parsed.unitId }),
  ]);
  const years = [...new Set(options.periods.map((period) => period.year))];
  return (
    <>
      <PageHeader
        title={vi.meetings.title}
        actions={
          <>
            <ExportLinks
              path="/meetings/export"
              filters={filters}
              warning={result.total > MEETINGS_EXPORT_CAP ? vi.exports.truncated(formatNumber(MEETINGS_EXPORT_CAP)) : undefined}
            />
            {can(actor, "import:meeting") ? (
              <Link className={buttonClass("secondary")} href="/meetings/import">
                {viImport.page.title}
              </Link>
            ) : null}
            {can(actor, "create:meeting") ? (
              <Link className={buttonClass()} href="/meetings/new">
                {vi.meetings.new}
              </Link>
            ) : null}
          </>
        }
      />
      <Card>
        <FilterBar
          resetHref="/meetings"
          submitLabel={vi.app.search}
          search={{ label: vi.app.search, value: filters.q, placeholder: vi.meetings.searchPlaceholder }}
          allLabel={vi.meetings.all}
          selects={[
            {
              label: vi.meetings.year,
              name: "year",
              value: filters.year,
              options: years.map((year) => ({ value: String(year), label: String(year) })),
            },
            {
              label: vi.meetings.period,
              name: "periodId",
              value: filters.periodId,
              options: options.periods.map((period) => ({ value: period.id, label: formatPeriod(period) })),
            },
            {
              label: vi.meetings.kind,
              name: "kind",
              value: filters.kind,
              options: ZMeetingKindSchema.options.map((kind) => ({ value: kind, label: vi.meetingKind[kind] })),
            },
            {
              label: vi.meetings.status,
              name: "status",
              value: filters.status,
              options: (Object.keys(vi.meetingStatus) as (keyof typeof vi.meetingStatus)[]).map((status) => ({
                value: status,
                label: vi.meetingStatus[status],
              })),
            },
          ]}
        >
          <SearchableSelect
            label={vi.meetings.unit}
            name="unitId"
            value={filters.unitId}
            allLabel={vi.meetings.all}
            options={unitFilter.units.map((unit) => ({ value: unit.id, label: unit.label }))}
            total={unitFilter.total}
            search={{
              label: perfMessages.unitSearch,
              name: "unitq",
              value: unitq,
              hint: perfMessages.unitSearchHint(unitFilter.units.length, unitFilter.total),
            }}
          />
        </FilterBar>
        <MeetingTable
          caption={vi.meetings.title}
          empty={vi.meetings.empty}
          headers={{
            title: vi.meetings.titleField,
            period: vi.meetings.period,
            unit: vi.meetings.unit,
            startsAt: vi.meetings.startsAt,
            chair: vi.meetings.chair,
            status: vi.meetings.status,
          }}
          rows={result.rows.map((meeting) => ({
            id: meeting.id,
            title: meeting.title,
            kind: meeting.kind,
            period: formatPeriod(meeting.period),
            unit: meeting.unit.name,
            startsAt: formatDateTime(meeting.startsAt),
            chair: meeting.chairName ?? "",
            status: meeting.status,
          }))}
        />
        <Pagination of={result} basePath="/meetings" params={{ ...filters, unitq }} />
      </Card>
    </>
  );
}
