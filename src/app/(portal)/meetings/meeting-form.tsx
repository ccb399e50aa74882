"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, KEEP_STORED, type FormState } from "@/lib/form-state";
import { formatPeriod, type PeriodType } from "@/lib/periods";
import { app } from "@/messages/vi/app";
import { meetingKind } from "@/messages/vi/labels";
import { meetingEditors } from "@/messages/vi/meeting-editors";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { app, meetingKind, meetings: meetingEditors };

export interface MeetingFormOptions {
  units: {
    id: string;
    name: string;
    level: string;
    path: string;
    organizations: {
      id: string;
      name: string;
      shortName: string;
      submitsReports: boolean;
    }[];
  }[];
  periods: { id: string; year: number; type: PeriodType; index: number }[];
  people: {
    id: string;
    fullName: string;
    unitPath: string;
    position: string;
  }[];
}

export interface MeetingFormValues {
  meetingId: string;
  version: number;
  unitId: string;
  periodId: string;
  kind: string;
  title: string;
  startsAt: string;
  place: string;
  chairPersonId: string;
  /** The stored chair as shown ("name, position"), "" when none. */
  chairLabel: string;
  invitedOrganizationIds: string[];
  reportDeadline: string;
  published: boolean;
}

function unitWord(unit: { level: string; name: string } | undefined): string {
  if (!unit) return "";
  if (unit.level === "PROVINCE") return "tỉnh";
  if (unit.name.toLowerCase().startsWith("thành phố")) return "thành phố";
  if (unit.level === "DISTRICT") return "huyện";
  return unit.name.toLowerCase().startsWith("phường") ? "phường" : "xã";
}

/** Schedules a meeting, or edits the schedule of one; typed values survive an error. */
export function MeetingForm({
  action,
  options,
  meeting,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  options: MeetingFormOptions;
  meeting?: MeetingFormValues;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const value = (name: string, fallback = "") => state.values?.[name] ?? fallback;
  const error = (name: string) => state.fieldErrors?.[name];
  const [unitId, setUnitId] = useState(value("unitId", meeting?.unitId ?? options.units[0]?.id ?? ""));
  const [periodId, setPeriodId] = useState(value("periodId", meeting?.periodId ?? options.periods[0]?.id ?? ""));
  const [kind, setKind] = useState(value("kind", meeting?.kind ?? "LIAISON"));
  const [title, setTitle] = useState(value("title", meeting?.title ?? ""));
  const unit = options.units.find((row) => row.id === unitId);
  const organizations = unit?.organizations ?? [];
  const people = options.people.filter((person) => unit && unit.path.startsWith(person.unitPath));
  // A stored chair the list cannot show (known by name only, or not in the directory) is offered
  // as "keep the current chair" and preselected, so the form always sends what is stored.
  const chairListed = Boolean(meeting?.chairPersonId) && people.some((person) => person.id === meeting?.chairPersonId);
  const keepChair = meeting && meeting.chairLabel && !chairListed && meeting.unitId === unitId ? meeting.chairLabel : null;
  const keptInvitations = state.values?.invitedOrganizationIds?.split(",").filter(Boolean);
  const invited = new Set(
    keptInvitations ?? meeting?.invitedOrganizationIds ?? organizations.filter((org) => org.submitsReports).map((org) => org.id),
  );
  const suggest = () => {
    const period = options.periods.find((row) => row.id === periodId);
    if (!period) return;
    const label = formatPeriod(period);
    setTitle(vi.meetings.titleSuggestion(kind as "LIAISON", unitWord(unit), label.charAt(0).toLowerCase() + label.slice(1)));
  };
  return (
    <form action={formAction} className="grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      {meeting ? (
        <>
          <input type="hidden" name="meetingId" value={meeting.meetingId} />
          <input type="hidden" name="version" value={meeting.version} />
        </>
      ) : (
        <SelectField
          label={vi.meetings.unit}
          name="unitId"
          value={unitId}
          onChange={(event) => setUnitId(event.target.value)}
          error={error("unitId")}
        >
          {options.units.map((row) => (
            <option key={row.id} value={row.id}>
              {row.name}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField
        label={vi.meetings.period}
        name="periodId"
        value={periodId}
        onChange={(event) => setPeriodId(event.target.value)}
        error={error("periodId")}
      >
        {options.periods.map((period) => (
          <option key={period.id} value={period.id}>
            {formatPeriod(period)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={vi.meetings.kind}
        name="kind"
        value={kind}
        onChange={(event) => setKind(event.target.value)}
        error={error("kind")}
      >
        <option value="LIAISON">{vi.meetingKind.LIAISON}</option>
        <option value="BRIEFING">{vi.meetingKind.BRIEFING}</option>
      </SelectField>
      <div className="space-y-2 sm:col-span-2">
        <TextField
          label={vi.meetings.titleField}
          name="title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={error("title")}
          required
        />
        <Button type="button" variant="secondary" onClick={suggest}>
          {vi.meetings.suggestTitle}
        </Button>
      </div>
      <TextField
        label={vi.meetings.startsAt}
        name="startsAt"
        type="datetime-local"
        defaultValue={value("startsAt", meeting?.startsAt)}
        error={error("startsAt")}
      />
      <TextField label={vi.meetings.place} name="place" defaultValue={value("place", meeting?.place)} error={error("place")} />
      <SelectField
        key={`chair-${unitId}`}
        label={vi.meetings.chair}
        name="chairPersonId"
        defaultValue={value("chairPersonId", keepChair ? KEEP_STORED : meeting?.chairPersonId)}
        error={error("chairPersonId")}
        hint={vi.meetings.chairHint}
      >
        <option value="">{vi.meetings.noChair}</option>
        {keepChair ? <option value={KEEP_STORED}>{keepChair}</option> : null}
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.fullName} — {person.position}
          </option>
        ))}
      </SelectField>
      <TextField
        label={vi.meetings.reportDeadline}
        name="reportDeadline"
        type="datetime-local"
        defaultValue={value("reportDeadline", meeting?.reportDeadline)}
        error={error("reportDeadline")}
      />
      <fieldset key={`orgs-${unitId}`} className="sm:col-span-2">
        <legend className="mb-1 text-sm font-medium text-slate-800">{vi.meetings.invited}</legend>
        {/* Sent even when no box is checked: "none invited" differs from "not part of this form". */}
        <input type="hidden" name="invitedOrganizationIds" value="" />
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {organizations.map((org) => (
            <label key={org.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="invitedOrganizationIds" value={org.id} defaultChecked={invited.has(org.id)} />
              {org.name}
            </label>
          ))}
        </div>
        {error("invitedOrganizationIds") ? (
          <p className="text-sm text-red-700" role="alert">
            {error("invitedOrganizationIds")}
          </p>
        ) : null}
      </fieldset>
      {meeting?.published ? (
        <div className="sm:col-span-2">
          <TextField
            label={vi.meetings.amendmentReasonLabel}
            name="amendmentReason"
            defaultValue={value("amendmentReason")}
            error={error("amendmentReason")}
          />
        </div>
      ) : null}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {meeting ? vi.app.save : vi.meetings.schedule}
        </Button>
      </div>
    </form>
  );
}
