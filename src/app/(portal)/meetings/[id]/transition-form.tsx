"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/form-state";
import { meetingEditors } from "@/messages/vi/meeting-editors";
import { transitionMeetingAction } from "../actions";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { meetings: meetingEditors };

export function TransitionForm({
  meetingId,
  version,
  to,
}: {
  meetingId: string;
  version: number;
  to: keyof typeof vi.meetings.to;
}) {
  const [state, formAction, pending] = useActionState(transitionMeetingAction, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="to" value={to} />
      <Button type="submit" disabled={pending}>
        {vi.meetings.to[to]}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
