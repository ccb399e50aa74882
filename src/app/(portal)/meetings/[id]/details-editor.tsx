"use client";

import { updateMeetingDetailsAction } from "../actions";
import { MeetingForm, type MeetingFormValues } from "../meeting-form";
import { WithMeetingPickers } from "./meeting-pickers";

/** The meeting's details form, once its periods and the people who may chair have arrived. */
export function MeetingDetailsEditor({ meeting }: { meeting: MeetingFormValues }) {
  return (
    <WithMeetingPickers meetingId={meeting.meetingId}>
      {(pickers) => (
        <MeetingForm key={meeting.version} action={updateMeetingDetailsAction} options={pickers.form} meeting={meeting} />
      )}
    </WithMeetingPickers>
  );
}
