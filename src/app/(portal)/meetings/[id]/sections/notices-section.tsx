import { Card } from "@/components/ui/card";
import type { MeetingPageView } from "@/server/meetings/get-meeting-page";
import { formatDate } from "@/lib/dates";
import { vi } from "@/messages/vi";
import { NoticePanel } from "../notices/notice-panel";

/** The conclusion notices drafted from the meeting. */
export function NoticesSection({ view }: { view: MeetingPageView }) {
  if (!view.flags.showNotices || !view.notices) return null;
  return (
    <Card title={vi.notices.title} className="no-print">
      <NoticePanel
        meetingId={view.meeting.id}
        mayDraft={view.flags.mayDraftNotice}
        notices={view.notices.map(({ issuedAt, approvedAt: _approvedAt, ...notice }) => ({
          ...notice,
          issuedLabel: notice.code && issuedAt ? vi.notices.issuedAs(notice.code, formatDate(issuedAt)) : null,
        }))}
      />
    </Card>
  );
}
