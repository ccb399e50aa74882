"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { app } from "@/messages/vi/app";
import { meetingEditors } from "@/messages/vi/meeting-editors";
import { discardDraftAction, saveDraftAction, updateMinutesAction } from "../actions";
import type { FormState } from "@/lib/form-state";
import { AmendmentReasonInput } from "../amendment-reason";
import { EditorMessage } from "./editor-result";
import { useSyncedRows } from "./use-synced-rows";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { app, meetings: meetingEditors };

export interface MinutesValue {
  situationSummary: string;
  conclusionText: string;
  remarks: { attendanceId: string | null; body: string }[];
}

const AUTOSAVE_MS = 3000;
const AREA = "block w-full rounded-md border border-slate-300 px-3 py-2 text-sm";
const timeOf = (iso: string) =>
  new Date(iso).toLocaleTimeString("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });

/**
 * The minutes. Typing is autosaved as the user's draft every few seconds; a
 * draft left by a reload or a closed tab is offered back. A save that meets a
 * newer version is refused (CONFLICT) and the typed text stays here.
 */
export function MinutesEditor(props: {
  meetingId: string;
  version: number;
  published: boolean;
  minutes: MinutesValue;
  draft: { data: MinutesValue; updatedAt: string } | null;
  attendees: { id: string; label: string }[];
}) {
  const { rows: value, setRows: setValue, dirty, setDirty } = useSyncedRows(props.version, () => props.minutes);
  const [draft, setDraft] = useState(props.draft);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<FormState | null>(null);
  const [pending, startTransition] = useTransition();
  const lastSent = useRef(JSON.stringify(props.minutes));

  // One timer while there is unsaved typing; it reads the latest text from a ref,
  // so continuous typing does not keep postponing the autosave.
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);
  useEffect(() => {
    if (!dirty) return;
    const timer = setInterval(async () => {
      const json = JSON.stringify(latest.current);
      if (json === lastSent.current) return;
      lastSent.current = json;
      const saved = await saveDraftAction({
        meetingId: props.meetingId,
        baseVersion: props.version,
        data: latest.current,
      });
      if (saved) setSavedAt(saved.savedAt);
    }, AUTOSAVE_MS);
    return () => clearInterval(timer);
  }, [dirty, props.meetingId, props.version]);

  const set = (patch: Partial<MinutesValue>) => setValue((current) => ({ ...current, ...patch }));
  const setRemark = (index: number, patch: Partial<MinutesValue["remarks"][number]>) =>
    set({
      remarks: value.remarks.map((remark, i) => (i === index ? { ...remark, ...patch } : remark)),
    });
  const save = () =>
    startTransition(async () => {
      const outcome = await updateMinutesAction({
        meetingId: props.meetingId,
        version: props.version,
        amendmentReason: reason,
        ...value,
      });
      setResult(outcome);
      if (outcome.status === "success") {
        setDirty(false);
        setSavedAt(null);
        setDraft(null);
        lastSent.current = JSON.stringify(value);
      }
    });

  return (
    <div className="space-y-3">
      {draft ? (
        <div
          role="status"
          className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          <span>{vi.meetings.draftFound(timeOf(draft.updatedAt))}</span>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setValue(draft.data);
              setDraft(null);
            }}
          >
            {vi.meetings.restoreDraft}
          </Button>
          <Button
            type="button"
            variant="ghost"
            onClick={() => {
              setDraft(null);
              void discardDraftAction(props.meetingId);
            }}
          >
            {vi.meetings.discardDraft}
          </Button>
        </div>
      ) : null}
      <EditorMessage result={result} />
      <label className="block text-sm">
        <span className="font-medium">{vi.meetings.situationSummary}</span>
        <textarea
          className={AREA}
          rows={6}
          value={value.situationSummary}
          onChange={(event) => set({ situationSummary: event.target.value })}
        />
      </label>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{vi.meetings.remarks}</legend>
        {value.remarks.map((remark, index) => (
          <div key={index} className="grid gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-4">
            <select
              aria-label={`${vi.meetings.remarkBy} ${index + 1}`}
              className="rounded-md border border-slate-300 px-2 py-1 text-sm"
              value={remark.attendanceId ?? ""}
              onChange={(event) => setRemark(index, { attendanceId: event.target.value || null })}
            >
              <option value="">{vi.meetings.choosePerson}</option>
              {props.attendees.map((attendee) => (
                <option key={attendee.id} value={attendee.id}>
                  {attendee.label}
                </option>
              ))}
            </select>
            <textarea
              aria-label={`${vi.meetings.remarkBody} ${index + 1}`}
              className={`${AREA} sm:col-span-3`}
              rows={3}
              value={remark.body}
              onChange={(event) => setRemark(index, { body: event.target.value })}
            />
            <Button
              type="button"
              variant="linkDanger"
              size="xs"
              className="justify-self-start"
              onClick={() => set({ remarks: value.remarks.filter((_, i) => i !== index) })}
            >
              {vi.meetings.remove}
            </Button>
          </div>
        ))}
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            set({
              remarks: [...value.remarks, { attendanceId: null, body: "" }],
            })
          }
        >
          {vi.meetings.addRemark}
        </Button>
      </fieldset>
      <label className="block text-sm">
        <span className="font-medium">{vi.meetings.conclusionText}</span>
        <textarea
          className={AREA}
          rows={6}
          value={value.conclusionText}
          onChange={(event) => set({ conclusionText: event.target.value })}
        />
      </label>
      <AmendmentReasonInput published={props.published} value={reason} onChange={setReason} className={AREA} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" onClick={save} disabled={pending}>
          {vi.app.save} — {vi.meetings.minutes}
        </Button>
        {savedAt ? (
          <span className="text-xs text-slate-500" data-testid="draft-saved">
            {vi.meetings.draftSavedAt(timeOf(savedAt))}
          </span>
        ) : null}
      </div>
    </div>
  );
}
