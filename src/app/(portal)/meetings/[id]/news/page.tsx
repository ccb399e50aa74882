import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/server/auth/session";
import { orNotFound } from "@/server/http/or-not-found";
import { getMeeting } from "@/server/meetings/get-meeting";
import { getMeetingNews } from "@/server/news/get-meeting-news";
import { formatDate } from "@/lib/dates";
import { vi } from "@/messages/vi";
import { CoverUpload, DraftNewsButton, NewsEditor, PublishButton } from "./news-editor";
import { recordKeys } from "@/server/http/route-params";

export const metadata: Metadata = { title: vi.news.editorTitle };

export default async function MeetingNewsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("manage:news");
  const { id } = await recordKeys(params);
  const { meeting } = await orNotFound(getMeeting({ actor, meetingId: id }));
  const item = await getMeetingNews({ actor, meetingId: id, unitPath: meeting.unit.path });
  const concluded = meeting.status === "CONCLUDED" || meeting.status === "PUBLISHED";
  return (
    <>
      <PageHeader
        title={vi.news.editorTitle}
        description={meeting.title}
        actions={
          <>
            <Link className="text-sm text-brand-700 underline" href={`/meetings/${id}`}>
              {vi.news.backToMeeting}
            </Link>
            {item ? <StatusBadge status={item.status} label={vi.news.status[item.status]} /> : null}
          </>
        }
      />
      {!item ? (
        <Card>
          {concluded ? (
            <DraftNewsButton meetingId={id} />
          ) : (
            <p className="text-sm text-slate-600">{vi.news.rules.meetingNotConcluded}</p>
          )}
        </Card>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
          <Card>
            <NewsEditor meetingId={id} item={item} />
          </Card>
          <div className="space-y-6">
            <Card title={vi.news.status[item.status]}>
              <div className="space-y-3 text-sm">
                {item.publishedAt ? <p>{vi.news.publishedOn(formatDate(item.publishedAt))}</p> : null}
                <p className="break-all">
                  {vi.news.slug}: <code>/news/{item.slug}</code>
                </p>
                {item.status === "PUBLISHED" ? (
                  <a className="text-brand-700 underline" href={`/news/${item.slug}`} target="_blank" rel="noreferrer">
                    {vi.news.publicLink}
                  </a>
                ) : null}
                <PublishButton meetingId={id} item={item} />
              </div>
            </Card>
            <Card title={vi.news.cover}>
              <CoverUpload meetingId={id} item={item} />
            </Card>
          </div>
        </div>
      )}
    </>
  );
}
