import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import type { MeetingPageView } from "@/server/meetings/get-meeting-page";
import { vi } from "@/messages/vi";

/** The public news item about the meeting: its state and the way to its editor. */
export function NewsSection({ view }: { view: MeetingPageView }) {
  const { meeting, news } = view;
  if (!view.flags.showNews) return null;
  return (
    <Card title={vi.news.panelTitle} className="no-print">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {news ? (
          <>
            <StatusBadge status={news.status} label={vi.news.status[news.status]} />
            <span>{news.title}</span>
            <Link className={buttonClass("secondary")} href={`/meetings/${meeting.id}/news`}>
              {vi.news.edit}
            </Link>
            {news.status === "PUBLISHED" ? (
              <a className="text-brand-700 underline" href={`/news/${news.slug}`}>
                {vi.news.publicLink}
              </a>
            ) : null}
          </>
        ) : (
          <Link className={buttonClass()} href={`/meetings/${meeting.id}/news`}>
            {vi.news.draft}
          </Link>
        )}
      </div>
    </Card>
  );
}
