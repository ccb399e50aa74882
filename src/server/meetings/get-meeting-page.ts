import "server-only";
import { readMeetingAttachments } from "@/server/attachments/list-meeting-attachments";
import { actorScopeKey, type Actor } from "@/server/auth/actor";
import { can } from "@/server/auth/policy";
import { readThroughScope } from "@/server/cache/change-scope";
import { getDb } from "@/server/db/client";
import { getMeetingNews } from "@/server/news/get-meeting-news";
import { listMeetingNotices } from "@/server/notices/list-meeting-notices";
import { getMinutesDraft } from "./autosave-draft";
import { getMeeting, listCarryOverFrom } from "./get-meeting";

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
 * The carry-over comes one page at a time (`carryOverPage`, docs/decisions/0039).
 *
 * The whole view is one cached answer, reused until a write lands in the reader's subtrees
 * (docs/decisions/0010, 0047): requests in between share one computation instead of each asking for the notices, news, attachments and draft.
 * The key holds the actor's scope key (it names the user, whose draft is in the view). A miss
 * costs one statement for the meeting, then one each for the carry-over, notices, attachments,
 * draft and news side by side (docs/decisions/0043).
 */
export function getMeetingPage({
  actor,
  meetingId,
  carryOverPage = 1,
}: {
  actor: Actor;
  meetingId: string;
  carryOverPage?: number;
}) {
  return readThroughScope(
    actor,
    ["read:meeting", "read:directive", "read:notice"],
    `meeting-page:${actorScopeKey(actor)}:${meetingId}:${carryOverPage}`,
    () => loadMeetingPage(actor, meetingId, carryOverPage),
  );
}

async function loadMeetingPage(actor: Actor, meetingId: string, carryOverPage: number) {
  // The meeting's row first: it decides whether the actor may read the meeting at all (a meeting
  // they may not read fails the whole view), and the rest is chosen by what it holds (its unit,
  // its invited bodies, its date), so nothing below reads the meeting again.
  const { meeting, history, permissions, carryOverFrom } = await getMeeting({ actor, meetingId });
  const unitScope = { unitPath: meeting.unit.path };
  const writable = permissions.edit || permissions.amend;
  const db = await getDb();
  const [carryOver, notices, attachments, draft, news] = await Promise.all([
    listCarryOverFrom({ actor, from: carryOverFrom, page: carryOverPage }),
    can(actor, "read:notice") ? listMeetingNotices({ actor, meeting }) : null,
    readMeetingAttachments(db, meetingId),
    writable ? getMinutesDraft({ actor, meetingId }) : null,
    getMeetingNews({ actor, meetingId, unitPath: meeting.unit.path }),
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

export type MeetingPageView = Awaited<ReturnType<typeof loadMeetingPage>>;
