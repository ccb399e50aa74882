"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ATTENDANCE_ROLES } from "@/server/meetings/form-fields";
import type { TAttendeeInput } from "@/server/meetings/schemas";
import { app } from "@/messages/vi/app";
import { meetingEditors } from "@/messages/vi/meeting-editors";
import { organizationLeadersAction, saveAttendanceAction } from "../actions";
import type { FormState } from "@/lib/form-state";
import { EditorMessage } from "./editor-result";
import { move, useSyncedRows } from "./use-synced-rows";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { app, meetings: meetingEditors };

type Role = TAttendeeInput["role"];
export interface AttendeeRow {
  id: string | null;
  personId: string | null;
  fullName: string;
  position: string;
  organizationId: string | null;
  role: Role;
  absent: boolean;
}

const INPUT = "w-full rounded-md border border-slate-300 px-2 py-1 text-sm";

export function AttendanceEditor(props: {
  meetingId: string;
  version: number;
  published: boolean;
  attendees: AttendeeRow[];
  people: {
    id: string;
    fullName: string;
    position: string;
    organizationId: string | null;
  }[];
  organizations: { id: string; shortName: string }[];
}) {
  const { rows, setRows, setDirty } = useSyncedRows(props.version, () => props.attendees);
  const [picked, setPicked] = useState("");
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<FormState | null>(null);
  const [pending, startTransition] = useTransition();
  const update = (index: number, patch: Partial<AttendeeRow>) =>
    setRows((list) => list.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const addPerson = () => {
    const person = props.people.find((row) => row.id === picked);
    if (!person) return;
    setRows((list) => [
      ...list,
      {
        id: null,
        personId: person.id,
        fullName: person.fullName,
        position: person.position,
        organizationId: person.organizationId,
        role: "ATTENDEE",
        absent: false,
      },
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
          .map((leader) => ({ ...leader, id: null })),
      ]);
    });
  const save = () =>
    startTransition(async () => {
      const outcome = await saveAttendanceAction({
        meetingId: props.meetingId,
        version: props.version,
        attendees: rows,
        amendmentReason: reason,
      });
      setResult(outcome);
      if (outcome.status === "success") setDirty(false);
    });
  return (
    <div className="space-y-3">
      <EditorMessage result={result} />
      {rows.length === 0 ? <p className="text-sm text-slate-500">{vi.meetings.noAttendees}</p> : null}
      <ol className="space-y-2">
        {rows.map((row, index) => {
          const n = index + 1;
          return (
            <li
              key={row.id ?? `new-${index}`}
              className="grid gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-12"
              data-testid="attendee-row"
            >
              <input
                aria-label={`${vi.meetings.fullName} ${n}`}
                className={`${INPUT} sm:col-span-3`}
                value={row.fullName}
                onChange={(event) => update(index, { fullName: event.target.value })}
              />
              <input
                aria-label={`${vi.meetings.position} ${n}`}
                className={`${INPUT} sm:col-span-3`}
                value={row.position}
                onChange={(event) => update(index, { position: event.target.value })}
              />
              <select
                aria-label={`${vi.meetings.organization} ${n}`}
                className={`${INPUT} sm:col-span-2`}
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
              <select
                aria-label={`${vi.meetings.role} ${n}`}
                className={`${INPUT} sm:col-span-2`}
                value={row.role}
                onChange={(event) => update(index, { role: event.target.value as Role })}
              >
                {ATTENDANCE_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {vi.meetings.attendanceRole[role]}
                  </option>
                ))}
              </select>
              <span className="flex items-center gap-1 sm:col-span-2">
                <label className="flex items-center gap-1 text-xs">
                  <input
                    type="checkbox"
                    checked={row.absent}
                    onChange={(event) => update(index, { absent: event.target.checked })}
                    aria-label={`${vi.meetings.absent} ${n}`}
                  />
                  {vi.meetings.absent}
                </label>
                <Button
                  type="button"
                  variant="link"
                  size="xs"
                  onClick={() => setRows((list) => move(list, index, -1))}
                  aria-label={`${vi.meetings.moveUp} ${n}`}
                >
                  ↑
                </Button>
                <Button
                  type="button"
                  variant="link"
                  size="xs"
                  onClick={() => setRows((list) => move(list, index, 1))}
                  aria-label={`${vi.meetings.moveDown} ${n}`}
                >
                  ↓
                </Button>
                <Button
                  type="button"
                  variant="linkDanger"
                  size="xs"
                  onClick={() => setRows((list) => list.filter((_, i) => i !== index))}
                  aria-label={`${vi.meetings.remove} ${n}`}
                >
                  ✕
                </Button>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="block font-medium">{vi.meetings.addFromDirectory}</span>
          <select
            className={INPUT}
            value={picked}
            onChange={(event) => setPicked(event.target.value)}
            aria-label={vi.meetings.addFromDirectory}
          >
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
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            setRows((list) => [
              ...list,
              {
                id: null,
                personId: null,
                fullName: "",
                position: "",
                organizationId: null,
                role: "ATTENDEE",
                absent: false,
              },
            ])
          }
        >
          {vi.meetings.addTyped}
        </Button>
        <Button type="button" variant="secondary" onClick={addLeaders} disabled={pending}>
          {vi.meetings.addLeaders}
        </Button>
      </div>
      {props.published ? (
        <label className="block text-sm">
          <span className="font-medium">{vi.meetings.amendmentReasonLabel}</span>
          <input className={INPUT} value={reason} onChange={(event) => setReason(event.target.value)} />
        </label>
      ) : null}
      <Button type="button" onClick={save} disabled={pending}>
        {vi.app.save} — {vi.meetings.attendance}
      </Button>
    </div>
  );
}
