import type { Metadata } from "next";
import Link from "next/link";
import { Banner } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/server/auth/session";
import { orNotFound } from "@/server/http/or-not-found";
import { recordKeys } from "@/server/http/route-params";
import { getMeetingPage } from "@/server/meetings/get-meeting-page";
import { formatPeriods } from "@/lib/periods";
import { ZPageListParams } from "@/lib/schema-fields";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { vi } from "@/messages/vi";
import { meetingRecordVi } from "@/messages/vi/meeting-record";
import { partyDocuments } from "@/messages/vi/party-documents";
import { AttachmentsSection } from "./sections/attachments-section";
import { AttendanceSection } from "./sections/attendance-section";
import { CarryOverSection } from "./sections/carry-over-section";
import { DetailsSection } from "./sections/details-section";
import { DirectivesSection } from "./sections/directives-section";
import { HistorySection } from "./sections/history-section";
import { MinutesSection } from "./sections/minutes-section";
import { NewsSection } from "./sections/news-section";
import { NoticesSection } from "./sections/notices-section";
import { DossierBuilder } from "./dossier/dossier-builder";

export const metadata: Metadata = { title: vi.meetings.title };

export default async function MeetingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const actor = await requirePermission("read:meeting");
  const { id } = await recordKeys(params);
  // "?page=" pages the carry-over, the one list of the page that grows with the unit's history.
  const { page } = parseSearchParams(ZPageListParams, await searchParams);
  const view = await orNotFound(getMeetingPage({ actor, meetingId: id, carryOverPage: page }));
  const { meeting } = view;
  return (
    <>
      <PageHeader
        title={meeting.title}
        description={`${meeting.unit.name} · ${formatPeriods(
          meeting.period,
          meeting.companionPeriods.map((row) => row.period),
        )} · ${vi.meetingKind[meeting.kind]}`}
        actions={
          <>
            {/* A meeting that also reviews "6 tháng đầu năm" or "năm" shows those periods' reports beside its own. */}
            {view.reportLinks.digest ? (
              <Link className="no-print text-sm text-brand-700 underline" href={view.reportLinks.digest}>
                {vi.digest.title}
              </Link>
            ) : null}
            {view.reportLinks.matrix ? (
              <Link className="no-print text-sm text-brand-700 underline" href={view.reportLinks.matrix}>
                {vi.matrix.title}
              </Link>
            ) : null}
            <a className="no-print text-sm text-brand-700 underline" href={`/meetings/${meeting.id}/minutes.pdf`}>
              {vi.minutes.download}
            </a>
            <a className="no-print text-sm text-brand-700 underline" href={`/meetings/${meeting.id}/minutes.docx`}>
              {partyDocuments.minutes.downloadDocx}
            </a>
            <a className="no-print text-sm text-brand-700 underline" href={`/meetings/${meeting.id}/dossier.pdf`}>
              {partyDocuments.dossier.download}
            </a>
            <DossierBuilder meetingId={meeting.id} />
            {meeting.startsAt ? (
              <a className="no-print text-sm text-brand-700 underline" href={`/meetings/${meeting.id}/meeting.ics`}>
                {partyDocuments.calendar.meetingIcs}
              </a>
            ) : null}
            <StatusBadge status={meeting.status} label={vi.meetingStatus[meeting.status]} />
          </>
        }
      />
      {view.flags.awaitingApproval ? (
        <Banner tone="info" data-testid="awaiting-approval">
          {view.flags.awaitingApproval === "meeting-leader"
            ? meetingRecordVi.approval.meetingWaitingLeader
            : view.flags.awaitingApproval === "meeting"
              ? meetingRecordVi.approval.meetingWaiting
              : meetingRecordVi.approval.noticeWaiting}
        </Banner>
      ) : null}
      {meeting.isArchive ? (
        <Banner tone="info" data-testid="archive-entry">
          {meetingRecordVi.facts.archiveBadge}
        </Banner>
      ) : null}
      <div className="space-y-6">
        <DetailsSection view={view} />
        <CarryOverSection meetingId={meeting.id} carryOver={view.carryOver} />
        <AttendanceSection view={view} />
        <MinutesSection view={view} />
        <DirectivesSection view={view} />
        <NoticesSection view={view} />
        <AttachmentsSection view={view} />
        <NewsSection view={view} />
        <HistorySection view={view} />
      </div>
    </>
  );
}
