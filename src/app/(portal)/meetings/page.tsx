import type { Metadata } from "next";
import Link from "next/link";
import { ExportLinks } from "@/components/export-links";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/server/auth/session";
import { MEETINGS_EXPORT_CAP } from "@/server/meetings/export-meetings";
import { listMeetings } from "@/server/meetings/list-meetings";
import { listMeetingFormOptions } from "@/server/meetings/meeting-form-options";
import { formatDateTime } from "@/lib/dates";
import { formatNumber } from "@/lib/numbers";
import { formatPeriod } from "@/lib/periods";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { ZListMeetingsSchema } from "@/server/meetings/schemas";
import { vi } from "@/messages/vi";

export const metadata: Metadata = { title: vi.meetings.title };

const SELECT = "rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";

export default async function MeetingsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("read:meeting");
  const params = await searchParams;
  const { page, ...parsed } = parseSearchParams(ZListMeetingsSchema, params);
  const filters = { ...parsed, year: parsed.year ? String(parsed.year) : undefined };
  const [result, options] = await Promise.all([
    listMeetings({ actor, input: { ...parsed, page } }),
    listMeetingFormOptions(actor),
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
            {options.canCreate ? (
              <Link className={buttonClass()} href="/meetings/new">
                {vi.meetings.new}
              </Link>
            ) : null}
          </>
        }
      />
      <Card>
        <form className="flex flex-wrap items-end gap-2" role="search">
          <label className="flex min-w-64 flex-1 flex-col text-sm">
            <span className="sr-only">{vi.app.search}</span>
            <input
              name="q"
              defaultValue={filters.q}
              placeholder={vi.meetings.searchPlaceholder}
              aria-label={vi.app.search}
              className="rounded-md border border-slate-300 px-3 py-2 text-sm"
            />
          </label>
          <select name="year" aria-label={vi.meetings.year} defaultValue={filters.year ?? ""} className={SELECT}>
            <option value="">
              {vi.meetings.year}: {vi.meetings.all}
            </option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
          <select name="periodId" aria-label={vi.meetings.period} defaultValue={filters.periodId ?? ""} className={SELECT}>
            <option value="">
              {vi.meetings.period}: {vi.meetings.all}
            </option>
            {options.periods.map((period) => (
              <option key={period.id} value={period.id}>
                {formatPeriod(period)}
              </option>
            ))}
          </select>
          <select name="unitId" aria-label={vi.meetings.unit} defaultValue={filters.unitId ?? ""} className={SELECT}>
            <option value="">
              {vi.meetings.unit}: {vi.meetings.all}
            </option>
            {options.units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
          <select name="kind" aria-label={vi.meetings.kind} defaultValue={filters.kind ?? ""} className={SELECT}>
            <option value="">
              {vi.meetings.kind}: {vi.meetings.all}
            </option>
            <option value="LIAISON">{vi.meetingKind.LIAISON}</option>
            <option value="BRIEFING">{vi.meetingKind.BRIEFING}</option>
          </select>
          <select name="status" aria-label={vi.meetings.status} defaultValue={filters.status ?? ""} className={SELECT}>
            <option value="">
              {vi.meetings.status}: {vi.meetings.all}
            </option>
            {(Object.keys(vi.meetingStatus) as (keyof typeof vi.meetingStatus)[]).map((status) => (
              <option key={status} value={status}>
                {vi.meetingStatus[status]}
              </option>
            ))}
          </select>
          <button className={buttonClass("secondary")}>{vi.app.search}</button>
          <Link className={buttonClass("ghost")} href="/meetings">
            {vi.app.reset}
          </Link>
        </form>
        {result.rows.length === 0 ? (
          <div className="mt-4">
            <EmptyState message={vi.meetings.empty} />
          </div>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th className="py-2 pr-3">{vi.meetings.titleField}</th>
                  <th className="py-2 pr-3">{vi.meetings.period}</th>
                  <th className="py-2 pr-3">{vi.meetings.unit}</th>
                  <th className="py-2 pr-3">{vi.meetings.startsAt}</th>
                  <th className="py-2 pr-3">{vi.meetings.chair}</th>
                  <th className="py-2">{vi.meetings.status}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {result.rows.map((meeting) => (
                  <tr key={meeting.id}>
                    <td className="py-2 pr-3">
                      <Link className="text-brand-700 underline" href={`/meetings/${meeting.id}`}>
                        {meeting.title}
                      </Link>
                      <span className="ml-2 text-xs text-slate-500">{vi.meetingKind[meeting.kind]}</span>
                    </td>
                    <td className="py-2 pr-3">{formatPeriod(meeting.period)}</td>
                    <td className="py-2 pr-3">{meeting.unit.name}</td>
                    <td className="py-2 pr-3 text-slate-600">{formatDateTime(meeting.startsAt)}</td>
                    <td className="py-2 pr-3">{meeting.chairName ?? ""}</td>
                    <td className="whitespace-nowrap py-2">
                      <StatusBadge status={meeting.status} label={vi.meetingStatus[meeting.status]} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination page={result.page} pages={result.pages} total={result.total} basePath="/meetings" params={filters} />
      </Card>
    </>
  );
}
