"use server";

import { formAction } from "@/server/http/server-action";
import { approveNotice } from "@/server/notices/approve-notice";
import { cancelNotice } from "@/server/notices/cancel-notice";
import { correctNotice } from "@/server/notices/correct-notice";
import { draftNotice } from "@/server/notices/draft-notice";
import { issueNotice } from "@/server/notices/issue-notice";
import {
  ZCancelNoticeFormSchema,
  ZDraftNoticeSchema,
  ZIssueNoticeFormSchema,
  ZNoticeRefSchema,
  ZUpdateNoticeFormSchema,
} from "@/server/notices/schemas";
import { updateNotice } from "@/server/notices/update-notice";
import { vi } from "@/messages/vi";

/** The notice panel is part of the meeting page. */
const meetingPage = ({ meetingId }: { meetingId: string }) => [`/meetings/${meetingId}`];

export const draftNoticeAction = formAction({
  schema: ZDraftNoticeSchema,
  run: ({ actor, data }) => draftNotice({ actor, meetingId: data.meetingId }),
  revalidate: meetingPage,
  done: () => vi.notices.drafted,
});

export const updateNoticeAction = formAction({
  schema: ZUpdateNoticeFormSchema,
  run: ({ actor, input }) => updateNotice({ actor, input }),
  revalidate: meetingPage,
  done: () => vi.notices.saved,
});

export const approveNoticeAction = formAction({
  schema: ZNoticeRefSchema,
  run: ({ actor, data }) => approveNotice({ actor, noticeId: data.noticeId }),
  revalidate: meetingPage,
  done: () => vi.notices.approved,
});

export const issueNoticeAction = formAction({
  schema: ZIssueNoticeFormSchema,
  run: ({ actor, data }) =>
    issueNotice({ actor, noticeId: data.noticeId, options: { number: data.number, issuedOn: data.issuedOn } }),
  revalidate: meetingPage,
  done: ({ code }) => vi.notices.issued(code),
});

export const cancelNoticeAction = formAction({
  schema: ZCancelNoticeFormSchema,
  run: ({ actor, input }) => cancelNotice({ actor, input }),
  revalidate: meetingPage,
  done: () => vi.notices.cancelled,
});

export const correctNoticeAction = formAction({
  schema: ZNoticeRefSchema,
  run: ({ actor, data }) => correctNotice({ actor, noticeId: data.noticeId }),
  revalidate: meetingPage,
  done: () => vi.notices.drafted,
});
