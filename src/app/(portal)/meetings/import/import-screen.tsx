"use client";

import type { TConfirmImport } from "@/server/import/schemas";
import type { UNIT_LEVELS } from "@/server/units/schemas";
import { useActionState, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/form-state";
import {
  kindOfName,
  matchOrganization,
  matchPeriod,
  matchPerson,
  matchUnit,
  type DirectoryPerson,
  type PeriodOption,
  type TreeUnit,
} from "@/lib/import-match";
import { viImport } from "@/messages/vi/import";
import { Field, inputClass, labelClass, ReviewInput, ReviewSelect } from "./review-fields";

type Span = { start: number; end: number } | null;

/** The draft as the server extracted it (SCHEMA.md shape with spans), see src/server/import/extract.ts. */
interface Draft {
  source: string;
  sha256: string;
  title: string | null;
  unit: { name: string | null; level: (typeof UNIT_LEVELS)[number] | null } | null;
  kind: TConfirmImport["kind"] | null;
  period: { type: string; index: number | null; year: number; label: string } | null;
  date: string | null;
  place: string | null;
  chair: { name: string | null; position: string | null } | null;
  attendees: { name: string; position: string | null; organizationKind: string; role: Role }[];
  organizationsRepresented: string[];
  documents: { code: string; date: string | null }[];
  results: string[];
  shortcomings: string[];
  directives: string[];
  spans: {
    title: Span;
    unit: Span;
    kind: Span;
    period: Span;
    date: Span;
    place: Span;
    chair: Span;
    attendees: Span[];
    organizationsRepresented: Span[];
    documents: Span[];
    results: Span[];
    shortcomings: Span[];
    directives: Span[];
  };
}
type Role = "CO_CHAIR" | "REPORTER" | "SPEAKER" | "ATTENDEE";

interface AttendeeRow {
  name: string;
  position: string;
  personId: string;
  organizationId: string;
  role: Role;
  span: Span;
}

interface Options {
  units: TreeUnit[];
  periods: PeriodOption[];
  people: DirectoryPerson[];
}

type ConfirmInput = Parameters<typeof import("./actions").confirmImportAction>[0];

const t = viImport;

/** The sentence around a span, for the highlight. */
function sentenceOf(text: string, span: Span): Span {
  if (!span) return null;
  let start = span.start;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = span.end;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

function lines(list: string[]): string {
  return list.join("\n");
}
function fromLines(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

export function ImportScreen({
  read,
  confirm,
  options,
}: {
  read: (state: FormState, form: FormData) => Promise<FormState>;
  confirm: (input: ConfirmInput) => Promise<FormState>;
  options: Options;
}) {
  const [readState, readAction, reading] = useActionState(read, initialFormState);
  const draftJson = readState.status === "success" ? readState.values?.draft : undefined;
  const draft = useMemo(() => (draftJson ? (JSON.parse(draftJson) as Draft) : null), [draftJson]);
  const [restarted, setRestarted] = useState<string | null>(null);
  const showDraft = draft && restarted !== draftJson;

  return (
    <div className="space-y-4">
      {!showDraft && (
        <Card>
          <form action={readAction} className="space-y-3" data-testid="import-read-form">
            <div>
              <label htmlFor="import-text" className={labelClass}>
                {t.page.pasteLabel}
              </label>
              <textarea
                id="import-text"
                name="text"
                rows={12}
                className={inputClass}
                defaultValue={readState.status === "error" ? (readState.values?.text ?? "") : ""}
              />
            </div>
            <div>
              <label htmlFor="import-file" className={labelClass}>
                {t.page.fileLabel}
              </label>
              <input id="import-file" name="file" type="file" accept=".txt,.html,.htm,.docx,.pdf" className="text-sm" />
            </div>
            <FormMessage state={readState} />
            <Button type="submit" disabled={reading}>
              {reading ? t.page.reading : t.page.read}
            </Button>
          </form>
        </Card>
      )}
      {showDraft && (
        <Review
          key={draft.sha256}
          draft={draft}
          options={options}
          confirm={confirm}
          restart={() => setRestarted(draftJson ?? null)}
        />
      )}
    </div>
  );
}

function Review({
  draft,
  options,
  confirm,
  restart,
}: {
  draft: Draft;
  options: Options;
  confirm: (input: ConfirmInput) => Promise<FormState>;
  restart: () => void;
}) {
  const unitMatch = useMemo(
    () => matchUnit(options.units, draft.unit?.name ?? null, draft.unit?.level ?? null),
    [draft, options.units],
  );
  const [unitId, setUnitId] = useState(unitMatch.id ?? "");
  const unit = options.units.find((u) => u.id === unitId);
  const [periodId, setPeriodId] = useState(matchPeriod(options.periods, draft.period) ?? "");
  const [title, setTitle] = useState(draft.title ?? "");
  const [kind, setKind] = useState(draft.kind ?? "LIAISON");
  const [date, setDate] = useState(draft.date ?? "");
  const [place, setPlace] = useState(draft.place ?? "");
  const chairMatch = useMemo(
    () => matchPerson(options.people, draft.chair?.name ?? null, unit?.path ?? null),
    [draft, options.people, unit],
  );
  const [chairPersonId, setChairPersonId] = useState(chairMatch.id ?? "");
  const [chairName, setChairName] = useState(draft.chair?.name ?? "");
  const [chairPosition, setChairPosition] = useState(draft.chair?.position ?? "");
  const [attendees, setAttendees] = useState<AttendeeRow[]>(() =>
    draft.attendees.map((a, i) => ({
      name: a.name,
      position: a.position ?? "",
      personId: matchPerson(options.people, a.name, unit?.path ?? null).id ?? "",
      organizationId: matchOrganization(unit, a.organizationKind).id ?? "",
      role: a.role,
      span: draft.spans.attendees[i] ?? null,
    })),
  );
  const [represented, setRepresented] = useState(lines(draft.organizationsRepresented));
  const [representedIds, setRepresentedIds] = useState<string[]>(() =>
    draft.organizationsRepresented.flatMap((name) => {
      const m = matchOrganization(unit, kindOfName(name), name);
      return m.sure && m.id ? [m.id] : [];
    }),
  );
  const [results, setResults] = useState(lines(draft.results));
  const [shortcomings, setShortcomings] = useState(lines(draft.shortcomings));
  const [directives, setDirectives] = useState(lines(draft.directives));
  const [active, setActive] = useState<Span>(null);
  const [state, setState] = useState<FormState>(initialFormState);
  const [pending, startTransition] = useTransition();
  const mark = useRef<HTMLElement>(null);

  useEffect(() => {
    mark.current?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [active]);

  const focus = (span: Span) => () => setActive(sentenceOf(draft.source, span));
  const editAttendee = (index: number, change: Partial<AttendeeRow>) =>
    setAttendees((rows) => rows.map((row, j) => (j === index ? { ...row, ...change } : row)));
  const spanOfLine = (spans: Span[], text: string, cursor: number): Span => {
    const index = text.slice(0, cursor).split("\n").length - 1;
    return spans[index] ?? spans[0] ?? null;
  };

  function submit() {
    const input: ConfirmInput = {
      source: draft.source,
      unitId,
      periodId,
      kind,
      title,
      date,
      place,
      chairPersonId: chairPersonId || null,
      chairName,
      chairPosition,
      attendees: attendees.map((a) => ({
        personId: a.personId || null,
        name: a.name,
        position: a.position,
        organizationId: a.organizationId || null,
        role: a.role,
      })),
      representedOrganizationIds: representedIds,
      represented: fromLines(represented),
      documents: draft.documents.map((d) => ({ code: d.code, date: d.date })),
      results: fromLines(results),
      shortcomings: fromLines(shortcomings),
      directives: fromLines(directives),
    };
    startTransition(async () => setState(await confirm(input)));
  }

  const error = (field: string) => state.fieldErrors?.[field];
  const source = draft.source;

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card title={t.page.draft}>
        <div className="space-y-3" data-testid="import-review">
          <p className="text-xs text-slate-600">{t.page.highlightHint}</p>
          <ReviewInput
            label={t.fields.title}
            id="f-title"
            error={error("title")}
            value={title}
            onChange={setTitle}
            onFocus={focus(draft.spans.title)}
          />
          <ReviewSelect
            label={t.fields.unit}
            id="f-unit"
            error={error("unitId")}
            value={unitId}
            onChange={setUnitId}
            onFocus={focus(draft.spans.unit)}
            empty={t.page.choose}
            options={options.units.map((u) => ({ value: u.id, label: u.name }))}
          >
            {draft.unit && (
              <p className="mt-1 text-xs text-slate-600">
                {t.page.unitInText(draft.unit.name ?? "?", draft.unit.level ? t.levels[draft.unit.level] : "?")}
                {!unitMatch.sure && ` · ${unitMatch.candidates.length ? t.page.unsure : t.page.noMatch}`}
              </p>
            )}
          </ReviewSelect>
          <div className="grid gap-3 sm:grid-cols-2">
            <ReviewSelect
              label={t.fields.kind}
              id="f-kind"
              value={kind}
              onChange={(value) => setKind(value as typeof kind)}
              onFocus={focus(draft.spans.kind)}
              options={(Object.keys(t.kinds) as (keyof typeof t.kinds)[]).map((value) => ({ value, label: t.kinds[value] }))}
            />
            <ReviewSelect
              label={t.fields.period}
              id="f-period"
              error={error("periodId")}
              value={periodId}
              onChange={setPeriodId}
              onFocus={focus(draft.spans.period)}
              empty={draft.period ? `${t.page.choose} (${draft.period.label})` : t.page.choose}
              options={options.periods.map((p) => ({ value: p.id, label: p.label }))}
            />
            <ReviewInput
              label={t.fields.date}
              id="f-date"
              type="date"
              error={error("date")}
              value={date}
              onChange={setDate}
              onFocus={focus(draft.spans.date)}
            />
            <ReviewInput
              label={t.fields.place}
              id="f-place"
              value={place}
              onChange={setPlace}
              onFocus={focus(draft.spans.place)}
            />
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={t.fields.chairName} id="f-chair-name">
              <input
                id="f-chair-name"
                className={inputClass}
                value={chairName}
                onChange={(e) => setChairName(e.target.value)}
                onFocus={focus(draft.spans.chair)}
              />
              <select
                aria-label={t.fields.chairName}
                className={`${inputClass} mt-1`}
                value={chairPersonId}
                onChange={(e) => setChairPersonId(e.target.value)}
                onFocus={focus(draft.spans.chair)}
              >
                <option value="">{t.page.noPerson}</option>
                {(chairMatch.candidates.length ? chairMatch.candidates : []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.fullName} · {p.positions.map((x) => x.title).join("; ")}
                  </option>
                ))}
              </select>
            </Field>
            <ReviewInput
              label={t.fields.chairPosition}
              id="f-chair-position"
              value={chairPosition}
              onChange={setChairPosition}
              onFocus={focus(draft.spans.chair)}
            />
          </div>
          <fieldset className="space-y-2">
            <legend className={labelClass}>{t.fields.attendees}</legend>
            {attendees.map((a, i) => (
              <div
                key={i}
                className="grid gap-1 rounded border border-slate-200 p-2 sm:grid-cols-2"
                data-testid="import-attendee"
              >
                <input
                  aria-label={t.fields.attendees}
                  className={inputClass}
                  value={a.name}
                  onFocus={focus(a.span)}
                  onChange={(e) => editAttendee(i, { name: e.target.value })}
                />
                <input
                  aria-label={t.fields.chairPosition}
                  className={inputClass}
                  value={a.position}
                  onFocus={focus(a.span)}
                  onChange={(e) => editAttendee(i, { position: e.target.value })}
                />
                <select
                  aria-label={t.fields.unit}
                  className={inputClass}
                  value={a.organizationId}
                  onChange={(e) => editAttendee(i, { organizationId: e.target.value })}
                >
                  <option value="">{t.page.noOrganization}</option>
                  {(unit?.organizations ?? []).map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
                <div className="flex gap-1">
                  <select
                    aria-label={t.fields.attendees}
                    className={inputClass}
                    value={a.role}
                    onChange={(e) => editAttendee(i, { role: e.target.value as Role })}
                  >
                    {(Object.keys(t.roles) as Role[]).map((r) => (
                      <option key={r} value={r}>
                        {t.roles[r]}
                      </option>
                    ))}
                  </select>
                  <Button type="button" variant="ghost" onClick={() => setAttendees((rows) => rows.filter((_, j) => j !== i))}>
                    {t.page.remove}
                  </Button>
                </div>
              </div>
            ))}
            <Button
              type="button"
              variant="secondary"
              onClick={() =>
                setAttendees((rows) => [
                  ...rows,
                  { name: "", position: "", personId: "", organizationId: "", role: "ATTENDEE", span: null },
                ])
              }
            >
              {t.page.addAttendee}
            </Button>
          </fieldset>
          <Field label={t.fields.represented} id="f-represented">
            <textarea
              id="f-represented"
              rows={3}
              className={inputClass}
              value={represented}
              onChange={(e) => setRepresented(e.target.value)}
              onFocus={(e) =>
                setActive(
                  sentenceOf(source, spanOfLine(draft.spans.organizationsRepresented, represented, e.target.selectionStart)),
                )
              }
            />
            {unit && unit.organizations.length > 0 && (
              <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
                {unit.organizations.map((o) => (
                  <label key={o.id} className="inline-flex items-center gap-1">
                    <input
                      type="checkbox"
                      checked={representedIds.includes(o.id)}
                      onChange={(e) =>
                        setRepresentedIds((ids) => (e.target.checked ? [...ids, o.id] : ids.filter((x) => x !== o.id)))
                      }
                    />
                    {o.shortName || o.name}
                  </label>
                ))}
              </div>
            )}
          </Field>
          {draft.documents.length > 0 && (
            <div>
              <p className={labelClass}>{t.fields.documents}</p>
              <ul className="list-disc pl-5 text-sm" data-testid="import-documents">
                {draft.documents.map((d, i) => (
                  <li key={d.code}>
                    <button type="button" className="underline" onClick={focus(draft.spans.documents[i] ?? null)}>
                      {d.code}
                    </button>
                    {d.date && ` · ${d.date.split("-").reverse().join("/")}`}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {(
            [
              ["f-results", t.fields.results, results, setResults, draft.spans.results],
              ["f-shortcomings", t.fields.shortcomings, shortcomings, setShortcomings, draft.spans.shortcomings],
              ["f-directives", t.fields.directives, directives, setDirectives, draft.spans.directives],
            ] as const
          ).map(([id, label, value, set, spans]) => (
            <Field key={id} label={label} id={id}>
              <textarea
                id={id}
                rows={id === "f-directives" ? 8 : 3}
                className={inputClass}
                value={value}
                onChange={(e) => set(e.target.value)}
                onFocus={(e) => setActive(sentenceOf(source, spanOfLine([...spans], value, e.target.selectionStart)))}
                onClick={(e) => setActive(sentenceOf(source, spanOfLine([...spans], value, e.currentTarget.selectionStart)))}
              />
            </Field>
          ))}
          <FormMessage state={state} />
          <div className="flex flex-wrap gap-2">
            <Button type="button" onClick={submit} disabled={pending}>
              {pending ? t.page.confirming : t.page.confirm}
            </Button>
            <Button type="button" variant="secondary" onClick={restart}>
              {t.page.restart}
            </Button>
          </div>
          <p className="break-all text-xs text-slate-500">{t.page.noteSha(draft.sha256)}</p>
        </div>
      </Card>
      <Card title={t.page.source}>
        <div
          className="max-h-[80vh] overflow-y-auto whitespace-pre-wrap text-sm leading-6"
          data-testid="import-source"
          tabIndex={0}
        >
          {active ? (
            <>
              {source.slice(0, active.start)}
              <mark ref={mark} className="bg-amber-200" data-testid="import-highlight">
                {source.slice(active.start, active.end)}
              </mark>
              {source.slice(active.end)}
            </>
          ) : (
            source
          )}
        </div>
      </Card>
    </div>
  );
}
