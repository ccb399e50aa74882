"use client";

import { useEffect, useState, type ReactNode } from "react";
import type { MeetingPickers } from "@/server/meetings/list-meeting-pickers";
import { meetingEditors } from "@/messages/vi/meeting-editors";
import { meetingPickersAction } from "../actions";
import { EditorLoading } from "./editor-loading";

/** One request per meeting while the page is open, shared by the editors that open on it. */
const requests = new Map<string, Promise<MeetingPickers>>();

function requestPickers(meetingId: string): Promise<MeetingPickers> {
  let request = requests.get(meetingId);
  if (!request) {
    request = meetingPickersAction(meetingId);
    // A failed request is asked again next time rather than remembered.
    request.catch(() => requests.delete(meetingId));
    requests.set(meetingId, request);
  }
  return request;
}

/**
 * Renders an editor once its picker options (directory, bodies, periods) have arrived: they are
 * asked for when the editor opens, not carried in the page (docs/decisions/0034).
 */
export function WithMeetingPickers({
  meetingId,
  children,
}: {
  meetingId: string;
  children: (pickers: MeetingPickers) => ReactNode;
}) {
  const [pickers, setPickers] = useState<MeetingPickers | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let mounted = true;
    requestPickers(meetingId).then(
      (answer) => mounted && setPickers(answer),
      () => mounted && setFailed(true),
    );
    return () => {
      mounted = false;
    };
  }, [meetingId]);
  if (pickers) return children(pickers);
  if (failed)
    return (
      <p role="alert" className="text-sm text-red-700">
        {meetingEditors.pickersFailed}
      </p>
    );
  return <EditorLoading />;
}
