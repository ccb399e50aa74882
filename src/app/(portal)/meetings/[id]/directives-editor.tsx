"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { NEXT_QUARTER_END } from "@/server/meetings/form-fields";
import type { TDirectiveInput } from "@/server/meetings/schemas";
import { app } from "@/messages/vi/app";
import { meetingEditors } from "@/messages/vi/meeting-editors";
import { directiveRecord } from "@/messages/vi/directive-record";
import { saveDirectivesAction } from "../actions";
import type { FormState } from "@/lib/form-state";
import { AmendmentReasonInput } from "../amendment-reason";
import { EditorMessage } from "./editor-result";
import { WithMeetingPickers } from "./meeting-pickers";
import { move, useSyncedRows } from "./use-synced-rows";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { app, meetings: meetingEditors };

export interface DirectiveRow {
  id: string | null;
  content: string;
  category: string;
  dueDate: string;
  leadOrganizationIds: string[];
  supportOrganizationIds: string[];
  /** What an archive entry knows of it ("" none). */
  knownStatus?: TDirectiveInput["knownStatus"];
}

const INPUT = "block w-full rounded-md border border-slate-300 px-2 py-1 text-sm";

interface DirectivesEditorProps {
  meetingId: string;
  version: number;
  published: boolean;
  directives: DirectiveRow[];
  /** An archive entry: each directive may carry what is known of it. */
  isArchive?: boolean;
}

/** The meeting's directives, once the unit's bodies (lead and support pickers) have arrived. */
export function DirectivesEditor(props: DirectivesEditorProps) {
  return (
    <WithMeetingPickers meetingId={props.meetingId}>
      {(pickers) => <DirectiveListEditor {...props} organizations={pickers.organizations} />}
    </WithMeetingPickers>
  );
}

function DirectiveListEditor(
  props: DirectivesEditorProps & {
    /** Every active body of the unit (any may support); those submitting reports are "all organizations". */
    organizations: { id: string; shortName: string; submitsReports?: boolean }[];
  },
) {
  const { rows, setRows, setDirty } = useSyncedRows(props.version, () => props.directives);
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<FormState | null>(null);
  const [pending, startTransition] = useTransition();
  const update = (index: number, patch: Partial<DirectiveRow>) =>
    setRows((list) => list.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const toggle = (index: number, field: "leadOrganizationIds" | "supportOrganizationIds", orgId: string, on: boolean) =>
    setRows((list) =>
      list.map((row, i) =>
        i === index
          ? {
              ...row,
              [field]: on ? [...row[field], orgId] : row[field].filter((id) => id !== orgId),
            }
          : row,
      ),
    );
  // "Tất cả các tổ chức" (issue 14 §7): every reporting organization leads, none of them also supports.
  const allLead = (index: number) => {
    const reporting = props.organizations.filter((org) => org.submitsReports !== false).map((org) => org.id);
    setRows((list) =>
      list.map((row, i) =>
        i === index
          ? {
              ...row,
              leadOrganizationIds: reporting,
              supportOrganizationIds: row.supportOrganizationIds.filter((id) => !reporting.includes(id)),
            }
          : row,
      ),
    );
  };
  const save = () =>
    startTransition(async () => {
      const outcome = await saveDirectivesAction({
        meetingId: props.meetingId,
        version: props.version,
        directives: rows,
        amendmentReason: reason,
      });
      setResult(outcome);
      if (outcome.status === "success") setDirty(false);
    });
  return (
    <div className="space-y-3">
      <EditorMessage result={result} />
      {rows.length === 0 ? <p className="text-sm text-slate-500">{vi.meetings.noDirectives}</p> : null}
      <ol className="space-y-3">
        {rows.map((row, index) => {
          const label = vi.meetings.directive(index + 1);
          const dueKind = row.dueDate === NEXT_QUARTER_END ? "next" : row.dueDate ? "day" : "none";
          return (
            <li
              key={row.id ?? `new-${index}`}
              className="space-y-2 rounded-md border border-slate-200 p-3"
              data-testid="directive-row"
            >
              <div className="flex items-center justify-between">
                <h3 className="text-sm font-semibold">{label}</h3>
                <span className="flex gap-2 text-xs">
                  <Button
                    type="button"
                    variant="link"
                    size="xs"
                    onClick={() => setRows((list) => move(list, index, -1))}
                    aria-label={`${vi.meetings.moveUp}: ${label}`}
                  >
                    ↑ {vi.meetings.moveUp}
                  </Button>
                  <Button
                    type="button"
                    variant="link"
                    size="xs"
                    onClick={() => setRows((list) => move(list, index, 1))}
                    aria-label={`${vi.meetings.moveDown}: ${label}`}
                  >
                    ↓ {vi.meetings.moveDown}
                  </Button>
                  <Button
                    type="button"
                    variant="linkDanger"
                    size="xs"
                    onClick={() => setRows((list) => list.filter((_, i) => i !== index))}
                    aria-label={`${vi.meetings.remove}: ${label}`}
                  >
                    {vi.meetings.remove}
                  </Button>
                </span>
              </div>
              <textarea
                aria-label={`${vi.meetings.content} — ${label}`}
                className={INPUT}
                rows={3}
                value={row.content}
                onChange={(event) => update(index, { content: event.target.value })}
              />
              <div className="grid gap-2 sm:grid-cols-3">
                <input
                  aria-label={`${vi.meetings.category} — ${label}`}
                  placeholder={vi.meetings.category}
                  className={INPUT}
                  value={row.category}
                  onChange={(event) => update(index, { category: event.target.value })}
                />
                <select
                  aria-label={`${vi.meetings.dueDate} — ${label}`}
                  className={INPUT}
                  value={dueKind}
                  onChange={(event) =>
                    update(index, {
                      dueDate:
                        event.target.value === "next"
                          ? NEXT_QUARTER_END
                          : event.target.value === "day"
                            ? new Date().toISOString().slice(0, 10)
                            : "",
                    })
                  }
                >
                  <option value="none">{vi.meetings.dueNone}</option>
                  <option value="day">{vi.meetings.dueDay}</option>
                  <option value="next">{vi.meetings.dueNextQuarter}</option>
                </select>
                {dueKind === "day" ? (
                  <input
                    type="date"
                    aria-label={`${vi.meetings.dueDay} — ${label}`}
                    className={INPUT}
                    value={row.dueDate}
                    onChange={(event) => update(index, { dueDate: event.target.value })}
                  />
                ) : null}
              </div>
              {props.isArchive ? (
                <label className="block text-sm">
                  <span className="font-medium">{directiveRecord.knownStatus}</span>
                  <select
                    aria-label={`${directiveRecord.knownStatus} — ${label}`}
                    className={INPUT}
                    value={row.knownStatus ?? ""}
                    onChange={(event) => update(index, { knownStatus: event.target.value as DirectiveRow["knownStatus"] })}
                  >
                    {Object.entries(directiveRecord.knownStatusOption).map(([value, text]) => (
                      <option key={value} value={value}>
                        {text}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
              {(["leadOrganizationIds", "supportOrganizationIds"] as const).map((field) => (
                <fieldset key={field} className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
                  <legend className="mr-2 font-medium">
                    {field === "leadOrganizationIds" ? vi.meetings.lead : vi.meetings.support}
                  </legend>
                  {field === "leadOrganizationIds" ? (
                    <Button
                      type="button"
                      variant="ghost"
                      className="px-2 py-0.5 text-xs underline"
                      onClick={() => allLead(index)}
                    >
                      {directiveRecord.allOrganizations}
                    </Button>
                  ) : null}
                  {props.organizations.map((org) => (
                    <label key={org.id} className="flex items-center gap-1">
                      <input
                        type="checkbox"
                        aria-label={`${field === "leadOrganizationIds" ? vi.meetings.lead : vi.meetings.support}: ${org.shortName} — ${label}`}
                        checked={row[field].includes(org.id)}
                        onChange={(event) => toggle(index, field, org.id, event.target.checked)}
                      />
                      {org.shortName}
                    </label>
                  ))}
                </fieldset>
              ))}
            </li>
          );
        })}
      </ol>
      <Button
        type="button"
        variant="secondary"
        onClick={() =>
          setRows((list) => [
            ...list,
            {
              id: null,
              content: "",
              category: "",
              dueDate: "",
              leadOrganizationIds: [],
              supportOrganizationIds: [],
            },
          ])
        }
      >
        {vi.meetings.addDirective}
      </Button>
      <AmendmentReasonInput published={props.published} value={reason} onChange={setReason} className={INPUT} />
      <div>
        <Button type="button" onClick={save} disabled={pending}>
          {vi.app.save} — {vi.meetings.directives}
        </Button>
      </div>
    </div>
  );
}
