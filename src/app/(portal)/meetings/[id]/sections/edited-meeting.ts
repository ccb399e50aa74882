import type { MeetingPageView } from "@/server/meetings/get-meeting-page";

/** What every content editor of the meeting page is given: which meeting, which version, amended or not. */
export function editedMeeting({ meeting, flags }: MeetingPageView) {
  return { meetingId: meeting.id, version: meeting.version, published: flags.published };
}
