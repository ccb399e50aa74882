import "server-only";
import type { Actor } from "@/server/auth/actor";
import { listMeetingAttachments } from "@/server/attachments/list-meeting-attachments";
import { can } from "@/server/auth/policy";
import { getMeetingNews } from "@/server/news/get-meeting-news";
import { listMeetingNotices } from "@/server/notices/list-meeting-notices";
import { getMinutesDraft } from "./autosave-draft";
import { getMeeting, listCarryOver } from "./get-meeting";

/** A report page's address for the meeting's unit, with the companion periods ("with=") when it has some. */
function reportHref(
  path: string,
  params: Record<string, string>,
  meeting: { unitId: string; companionPeriods: { periodId: string }[] },
): string {
  const query = new URLSearchParams({ ...params, unit: meeting.unitId });
  if (meeting.companionPeriods.length) query.set("with", meeting.companionPeriods.map((row) => row.periodId).join(","));
  return `${path}?${query}`;
}

/**
 * Everything the meeting page shows and every decision it makes, so the page and its sections
 * only lay out: each flag comes from the policy here rather than from `can()` calls in the page.
 * The editors' picker options (directory, bodies, periods) are not part of it: an editor asks
 * for them when it opens (`listMeetingPickers`, docs/decisions/0034), so the page stays light.
 */
export async function getMeetingPage({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  const { meeting, history, permissions } = await getMeeting({ actor, meetingId });
  const unitScope = { unitPath: meeting.unit.path };
  const writable = permissions.edit || permissions.amend;
  const [carryOver, draft, notices, news, attachments] = await Promise.all([
    listCarryOver({ actor, meetingId }),
    writable ? getMinutesDraft({ actor, meetingId }) : null,
    can(actor, "read:notice") ? listMeetingNotices({ actor, meetingId }) : null,
    getMeetingNews({ actor, meetingId, unitPath: meeting.unit.path }),
    listMeetingAttachments({ actor, meetingId }),
  ]);
  const concluded = meeting.status === "CONCLUDED" || meeting.status === "PUBLISHED";
  const approvesMeetings = permissions.nextStep === "CONCLUDED";
  const noticeWaiting = (notices ?? []).some((notice) => notice.status === "DRAFT");
  return {
    meeting,
    history,
    carryOver,
    draft,
    notices,
    news,
    attachments,
    /** The period digest and submission matrix of the meeting: its own period and its companions beside it. */
    reportLinks: {
      digest: can(actor, "read:report", unitScope) ? reportHref("/reports/digest", { period: meeting.periodId }, meeting) : null,
      matrix: can(actor, "read:report-matrix", unitScope)
        ? reportHref("/reports/matrix", { year: String(meeting.period.year) }, meeting)
        : null,
    },
    flags: {
      /** The content editors are shown (before conclusion, or as an amendment after publication). */
      writable,
      published: meeting.status === "PUBLISHED",
      nextStep: permissions.nextStep,
      readOnly: !writable && !permissions.nextStep,
      showNotices: notices !== null && (concluded || notices.length > 0),
      mayDraftNotice: concluded && can(actor, "draft:notice", unitScope),
      mayAttach: can(actor, "attach:meeting", unitScope),
      showNews: can(actor, "manage:news", unitScope) && (concluded || news !== null),
      /** What waits for a leader's approval, and whether the viewer is the one it waits for. */
      awaitingApproval:
        meeting.status === "HELD"
          ? approvesMeetings
            ? ("meeting-leader" as const)
            : ("meeting" as const)
          : noticeWaiting && !can(actor, "approve:notice", unitScope)
            ? ("notice" as const)
            : null,
    },
  };
}

export type MeetingPageView = Awaited<ReturnType<typeof getMeetingPage>>;
