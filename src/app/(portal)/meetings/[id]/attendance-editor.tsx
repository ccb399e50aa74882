"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { ATTENDANCE_ROLES, ATTENDEE_KINDS, PRESENCES } from "@/server/meetings/form-fields";
import type { TAttendeeInput } from "@/server/meetings/schemas";
import { app } from "@/messages/vi/app";
import { meetingEditors } from "@/messages/vi/meeting-editors";
import { rollCall } from "@/messages/vi/roll-call";
import { organizationLeadersAction, saveAttendanceAction } from "../actions";
import type { FormState } from "@/lib/form-state";
import { summarizeRollCall } from "@/lib/roll-call-summary";
import { AmendmentReasonInput } from "../amendment-reason";
import { EditorMessage } from "./editor-result";
import { WithMeetingPickers } from "./meeting-pickers";
import { move, useSyncedRows } from "./use-synced-rows";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { app, meetings: meetingEditors };

type Role = TAttendeeInput["role"];
type Presence = NonNullable<TAttendeeInput["presence"]>;
type Kind = NonNullable<TAttendeeInput["kind"]>;

/** One roll-call row as the editor holds it (what the server sends back and receives). */
export interface AttendeeRow {
  id: string | null;
  personId: string | null;
  kind: Kind;
  fullName: string;
  position: string;
  organizationId: string | null;
  role: Role;
  /** null: a delegation whose size is not known. */
  headCount: number | null;
  presence: Presence;
  absenceReason: string | null;
  substituteFor: string | null;
}

const INPUT = "w-full min-w-[8rem] rounded-md border border-slate-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-500";
const t = rollCall;
/** The presence that asks for each detail: why someone is excused, whom a substitute stands for. */
const PRESENCE_DETAIL = { absenceReason: "EXCUSED", substituteFor: "SUBSTITUTE" } as const;

const blank = (patch: Partial<AttendeeRow> = {}): AttendeeRow => ({
  id: null,
  personId: null,
  kind: "PERSON",
  fullName: "",
  position: "",
  organizationId: null,
  role: "ATTENDEE",
  headCount: 1,
  presence: "PRESENT",
  absenceReason: null,
  substituteFor: null,
  ...patch,
});

/** One of a fixed list of values (kind, role, presence), each shown by its label. */
function ChoiceSelect<T extends string>(props: {
  label: string;
  value: T;
  choices: readonly T[];
  text: Record<T, string>;
  onChange: (value: T) => void;
}) {
  return (
    <select
      aria-label={props.label}
      className={INPUT}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value as T)}
    >
      {props.choices.map((choice) => (
        <option key={choice} value={choice}>
          {props.text[choice]}
        </option>
      ))}
    </select>
  );
}

interface AttendanceEditorProps {
  meetingId: string;
  version: number;
  published: boolean;
  attendees: AttendeeRow[];
}

/** The roll call, once the unit's directory and bodies (its pickers) have arrived. */
export function AttendanceEditor(props: AttendanceEditorProps) {
  return (
    <WithMeetingPickers meetingId={props.meetingId}>
      {(pickers) => <RollCallEditor {...props} people={pickers.people} organizations={pickers.organizations} />}
    </WithMeetingPickers>
  );
}

/**
 * The roll call: one list of named persons and delegations with role and presence, as a table
 * with column headers; every control is a native input (keyboard-usable) labelled by its column
 * and row number. A field refused by the server is marked on its row and the list is kept.
 */
function RollCallEditor(
  props: AttendanceEditorProps & {
    people: {
      id: string;
      fullName: string;
      position: string;
      organizationId: string | null;
    }[];
    organizations: { id: string; shortName: string; name?: string }[];
  },
) {
  const { rows, setRows, setDirty } = useSyncedRows(props.version, () => props.attendees);
  const [picked, setPicked] = useState("");
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<FormState | null>(null);
  const [pending, startTransition] = useTransition();
  const keyed = rows.map((row, index) => ({ row, index }));
  const errorOf = (index: number, field: string) => result?.fieldErrors?.[`attendees.${index}.${field}`];
  const update = (index: number, patch: Partial<AttendeeRow>) =>
    setRows((list) => list.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const addPerson = () => {
    const person = props.people.find((row) => row.id === picked);
    if (!person) return;
    setRows((list) => [
      ...list,
      blank({ personId: person.id, fullName: person.fullName, position: person.position, organizationId: person.organizationId }),
    ]);
    setPicked("");
  };
  const addLeaders = () =>
    startTransition(async () => {
      const leaders = await organizationLeadersAction(props.meetingId);
      setRows((list) => [
        ...list,
        ...leaders
          .filter((leader) => !list.some((row) => row.personId === leader.personId))
          .map((leader) => blank({ ...leader, absenceReason: null, substituteFor: null })),
      ]);
    });
  const save = () =>
    startTransition(async () => {
      const outcome = await saveAttendanceAction({
        meetingId: props.meetingId,
        version: props.version,
        attendees: rows.map((row) => ({
          ...row,
          absenceReason: row.absenceReason ?? "",
          substituteFor: row.substituteFor ?? "",
        })),
        amendmentReason: reason,
      });
      setResult(outcome);
      if (outcome.status === "success") setDirty(false);
    });
  const counts = summarizeRollCall(rows);
  // "Vai trò 3": each control named by its column and row number.
  const label = (column: string, index: number) => `${column} ${index + 1}`;
  const invalid = (index: number, field: string) => (errorOf(index, field) ? true : undefined);
  return (
    <div className="space-y-3">
      <EditorMessage result={result} />
      <p className="text-sm font-medium" data-testid="roll-call-live-count">
        {t.summary(counts.present, counts.expected, counts.unknownDelegations)}
      </p>
      <DataTable
        caption={t.caption}
        empty={vi.meetings.noAttendees}
        rows={keyed}
        rowKey={({ row, index }) => row.id ?? `new-${index}`}
        data-testid="roll-call"
        rowTestId="attendee-row"
        columns={[
          { header: t.index, cell: ({ index }) => index + 1, className: "w-8" },
          {
            header: t.kind,
            cell: ({ row, index }) => (
              <ChoiceSelect
                label={label(t.kind, index)}
                value={row.kind}
                choices={ATTENDEE_KINDS}
                text={t.kindOption}
                onChange={(kind) => update(index, { kind, headCount: kind === "PERSON" ? 1 : row.headCount })}
              />
            ),
          },
          {
            header: t.nameOrBody,
            cell: ({ row, index }) => (
              <div className="space-y-1">
                <input
                  aria-label={label(row.kind === "DELEGATION" ? t.body : vi.meetings.fullName, index)}
                  aria-invalid={invalid(index, "fullName")}
                  className={`${INPUT} min-w-[12rem]`}
                  value={row.fullName}
                  placeholder={row.kind === "DELEGATION" ? t.delegationOf("…") : undefined}
                  onChange={(event) => update(index, { fullName: event.target.value })}
                />
                {errorOf(index, "fullName") ? <p className="text-xs text-red-700">{errorOf(index, "fullName")}</p> : null}
              </div>
            ),
          },
          {
            header: vi.meetings.position,
            cell: ({ row, index }) => (
              <input
                aria-label={label(vi.meetings.position, index)}
                className={`${INPUT} min-w-[12rem]`}
                value={row.position}
                onChange={(event) => update(index, { position: event.target.value })}
              />
            ),
          },
          {
            header: vi.meetings.organization,
            cell: ({ row, index }) => (
              <select
                aria-label={label(vi.meetings.organization, index)}
                className={INPUT}
                value={row.organizationId ?? ""}
                onChange={(event) => update(index, { organizationId: event.target.value || null })}
              >
                <option value="">{vi.meetings.noOrganization}</option>
                {props.organizations.map((org) => (
                  <option key={org.id} value={org.id}>
                    {org.shortName}
                  </option>
                ))}
              </select>
            ),
          },
          {
            header: t.headCount,
            cell: ({ row, index }) => (
              <input
                type="number"
                min={1}
                max={50}
                aria-label={label(t.headCount, index)}
                aria-invalid={invalid(index, "headCount")}
                className={`${INPUT} min-w-[4rem] w-16`}
                value={row.kind === "PERSON" ? 1 : (row.headCount ?? "")}
                placeholder={row.kind === "PERSON" ? undefined : t.headCountUnknown}
                title={t.headCountHint}
                disabled={row.kind === "PERSON"}
                onChange={(event) =>
                  update(index, { headCount: event.target.value === "" ? null : Number(event.target.value) || 1 })
                }
              />
            ),
          },
          {
            header: vi.meetings.role,
            cell: ({ row, index }) => (
              <ChoiceSelect
                label={label(vi.meetings.role, index)}
                value={row.role}
                choices={ATTENDANCE_ROLES}
                text={vi.meetings.attendanceRole}
                onChange={(role) => update(index, { role })}
              />
            ),
          },
          {
            header: t.presence,
            cell: ({ row, index }) => (
              <div className="space-y-1">
                <ChoiceSelect
                  label={label(t.presence, index)}
                  value={row.presence}
                  choices={PRESENCES}
                  text={t.presenceOption}
                  onChange={(presence) => update(index, { presence })}
                />
                {(["absenceReason", "substituteFor"] as const)
                  .filter((field) => row.presence === PRESENCE_DETAIL[field])
                  .map((field) => (
                    <input
                      key={field}
                      aria-label={label(t[field], index)}
                      aria-invalid={invalid(index, field)}
                      placeholder={t[field]}
                      className={INPUT}
                      value={row[field] ?? ""}
                      onChange={(event) => update(index, { [field]: event.target.value })}
                    />
                  ))}
                {errorOf(index, "absenceReason") || errorOf(index, "substituteFor") ? (
                  <p className="text-xs text-red-700">{errorOf(index, "absenceReason") ?? errorOf(index, "substituteFor")}</p>
                ) : null}
              </div>
            ),
          },
          {
            header: t.actions,
            hiddenHeader: true,
            cell: ({ index }) => (
              <span className="flex items-center gap-1">
                {(
                  [
                    [-1, vi.meetings.moveUp, "↑"],
                    [1, vi.meetings.moveDown, "↓"],
                  ] as const
                ).map(([delta, name, arrow]) => (
                  <Button
                    key={delta}
                    type="button"
                    variant="ghost"
                    className="px-2 py-1"
                    onClick={() => setRows((list) => move(list, index, delta))}
                    aria-label={label(name, index)}
                  >
                    {arrow}
                  </Button>
                ))}
                <Button
                  type="button"
                  variant="danger"
                  className="px-2 py-1"
                  onClick={() => setRows((list) => list.filter((_, i) => i !== index))}
                  aria-label={label(vi.meetings.remove, index)}
                >
                  ✕
                </Button>
              </span>
            ),
          },
        ]}
      />
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="block font-medium">{vi.meetings.addFromDirectory}</span>
          <select className={INPUT} value={picked} onChange={(event) => setPicked(event.target.value)}>
            <option value="">{vi.meetings.choosePerson}</option>
            {props.people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.fullName} — {person.position}
              </option>
            ))}
          </select>
        </label>
        <Button type="button" variant="secondary" onClick={addPerson} disabled={!picked}>
          {vi.meetings.addFromDirectory}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setRows((list) => [...list, blank()])}>
          {vi.meetings.addTyped}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => setRows((list) => [...list, blank({ kind: "DELEGATION", headCount: 2 })])}
        >
          {t.addDelegation}
        </Button>
        <Button type="button" variant="secondary" onClick={addLeaders} disabled={pending}>
          {vi.meetings.addLeaders}
        </Button>
      </div>
      <AmendmentReasonInput published={props.published} value={reason} onChange={setReason} className={INPUT} />
      <Button type="button" onClick={save} disabled={pending}>
        {vi.app.save} — {vi.meetings.attendance}
      </Button>
    </div>
  );
}
