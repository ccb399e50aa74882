"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useFieldErrors } from "@/components/use-field-errors";
import { DATE_PRECISIONS, MEETING_HOSTS } from "@/server/meetings/form-fields";

// zod loads when the form is first focused, not with the page (docs/decisions/0026).
const loadScheduleSchema = () => import("@/server/meetings/schemas").then((m) => m.ZScheduleMeetingSchema);
const loadDetailsSchema = () => import("@/server/meetings/schemas").then((m) => m.ZUpdateMeetingDetailsSchema);
import { companionPeriods, meetingFacts } from "@/messages/vi/meeting-facts";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { AmendmentReasonField } from "./amendment-reason";
import { initialFormState, KEEP_STORED, type FormState } from "@/lib/form-state";
import { formatPeriod, usualCompanions, type PeriodType } from "@/lib/periods";
import { app } from "@/messages/vi/app";
import { meetingKind } from "@/messages/vi/labels";
import { meetingEditors } from "@/messages/vi/meeting-editors";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { app, meetingKind, meetings: meetingEditors };

export interface MeetingFormOptions {
  units: {
    id: string;
    name: string;
    /** The name, with "(đến 31/12/2024)" for a unit that has ended. */
    label: string;
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
  datePrecision: string;
  endsAt: string;
  host: string;
  resultsText: string;
  shortcomingsText: string;
  internalNotes: string;
  sourceUrl: string;
  sourceTitle: string;
  isArchive: boolean;
  companionPeriodIds: string[];
}

const f = meetingFacts;
const TIME_INPUT: Record<string, string> = { DATE_TIME: "datetime-local", DATE: "date", MONTH: "month" };

/** A kept value in the form the precision's input takes ("2020-03-24T14:00" → "2020-03-24" for a day). */
function fitValue(value: string, precision: string): string {
  if (!value) return "";
  if (precision === "DATE") return value.slice(0, 10);
  if (precision === "MONTH") return value.slice(0, 7);
  return value.length === 16 ? value : "";
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
  const [state, formAction] = useActionState(action, initialFormState);
  const value = (name: string, fallback = "") => state.values?.[name] ?? fallback;
  // The form checks itself with the use case's own schema: an empty required field or an end
  // before the start is marked (aria-invalid, red border) on blur and submit, and a message
  // goes away as soon as the field is fixed.
  const { error, field, formProps } = useFieldErrors(meeting ? loadDetailsSchema : loadScheduleSchema, state);
  const [precision, setPrecision] = useState(value("datePrecision", meeting?.datePrecision ?? "DATE_TIME"));
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
  const primary = options.periods.find((row) => row.id === periodId);
  const companionChoices = options.periods.filter(
    (row) => primary && row.id !== primary.id && row.year === primary.year && row.type !== "MONTH" && row.type !== primary.type,
  );
  const keptCompanions = state.values?.companionPeriodIds?.split(",").filter(Boolean);
  const usual = primary
    ? usualCompanions(primary).flatMap((want) =>
        options.periods
          .filter((row) => row.year === want.year && row.type === want.type && row.index === want.index)
          .map((row) => row.id),
      )
    : [];
  const companions = new Set(keptCompanions ?? (meeting && meeting.periodId === periodId ? meeting.companionPeriodIds : usual));
  const suggest = () => {
    const period = options.periods.find((row) => row.id === periodId);
    if (!period) return;
    const label = formatPeriod(period);
    setTitle(vi.meetings.titleSuggestion(kind as "LIAISON", unitWord(unit), label.charAt(0).toLowerCase() + label.slice(1)));
  };
  return (
    <form action={formAction} className="grid gap-4 sm:grid-cols-2" {...formProps} onChange={formProps.onInput}>
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
          options={options.units.map((row) => ({ value: row.id, label: row.label }))}
        />
      )}
      <SelectField
        label={vi.meetings.period}
        name="periodId"
        value={periodId}
        onChange={(event) => setPeriodId(event.target.value)}
        error={error("periodId")}
        options={options.periods.map((period) => ({ value: period.id, label: formatPeriod(period) }))}
      />
      <fieldset key={`companions-${periodId}`} className="sm:col-span-2" data-testid="companion-periods">
        <legend className="mb-1 text-sm font-medium text-slate-800">{companionPeriods.companions}</legend>
        <input type="hidden" name="companionPeriodIds" value="" />
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {companionChoices.map((period) => (
            <label key={period.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="companionPeriodIds" value={period.id} defaultChecked={companions.has(period.id)} />
              {formatPeriod(period)}
            </label>
          ))}
        </div>
        <p className="text-xs text-slate-500">{companionPeriods.companionsHint}</p>
      </fieldset>
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
      <SelectField
        label={f.datePrecision}
        name="datePrecision"
        value={precision}
        onChange={(event) => setPrecision(event.target.value)}
        error={error("datePrecision")}
        options={DATE_PRECISIONS.map((option) => ({ value: option, label: f.precision[option] }))}
      />
      <SelectField
        label={f.host}
        {...field("host", meeting?.host)}
        options={MEETING_HOSTS.map((option) => ({ value: option, label: f.hostOption[option] }))}
      >
        <option value="">{f.hostNone}</option>
      </SelectField>
      <TextField
        key={`starts-${precision}`}
        label={precision === "DATE_TIME" ? f.startsAt : vi.meetings.startsAt}
        name="startsAt"
        type={TIME_INPUT[precision]}
        defaultValue={fitValue(value("startsAt", meeting?.startsAt), precision)}
        error={error("startsAt")}
      />
      {precision === "DATE_TIME" ? (
        <TextField label={f.endsAt} type="datetime-local" {...field("endsAt", meeting?.endsAt)} hint={f.endsAtHint} />
      ) : (
        <input type="hidden" name="endsAt" value="" />
      )}
      <TextField label={vi.meetings.place} {...field("place", meeting?.place)} />
      <SelectField
        key={`chair-${unitId}`}
        label={vi.meetings.chair}
        {...field("chairPersonId", keepChair ? KEEP_STORED : meeting?.chairPersonId)}
        hint={vi.meetings.chairHint}
        options={people.map((person) => ({ value: person.id, label: `${person.fullName} — ${person.position}` }))}
      >
        <option value="">{vi.meetings.noChair}</option>
        {keepChair ? <option value={KEEP_STORED}>{keepChair}</option> : null}
      </SelectField>
      <TextField label={vi.meetings.reportDeadline} type="datetime-local" {...field("reportDeadline", meeting?.reportDeadline)} />
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
      <div className="sm:col-span-2 grid gap-4">
        <TextAreaField label={f.resultsText} rows={4} {...field("resultsText", meeting?.resultsText)} />
        <TextAreaField label={f.shortcomingsText} rows={4} {...field("shortcomingsText", meeting?.shortcomingsText)} />
        <TextAreaField label={f.internalNotes} rows={2} {...field("internalNotes", meeting?.internalNotes)} />
      </div>
      <TextField label={f.sourceUrl} type="url" {...field("sourceUrl", meeting?.sourceUrl)} hint={f.sourceHint} />
      <TextField label={f.sourceTitle} {...field("sourceTitle", meeting?.sourceTitle)} />
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input
          type="checkbox"
          name="isArchive"
          defaultChecked={
            state.values ? state.values.isArchive === "on" || state.values.isArchive === "true" : meeting?.isArchive
          }
        />
        {f.isArchive}
      </label>
      <AmendmentReasonField
        published={Boolean(meeting?.published)}
        defaultValue={value("amendmentReason")}
        error={error("amendmentReason")}
      />
      <div className="sm:col-span-2">
        <SubmitButton>{meeting ? vi.app.save : vi.meetings.schedule}</SubmitButton>
      </div>
    </form>
  );
}
