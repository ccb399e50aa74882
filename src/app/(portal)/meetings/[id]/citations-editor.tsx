"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFieldErrors } from "@/components/use-field-errors";
import { initialFormState } from "@/lib/form-state";
import { citations } from "@/messages/vi/citations";
import { citeDocumentAction, unciteDocumentAction } from "../actions";
import { AmendmentReasonField } from "../amendment-reason";

// zod loads when the form is first focused, not with the page (docs/decisions/0026).
const loadCiteSchema = () => import("@/server/documents/schemas").then((m) => m.ZCiteDocumentSchema);
const t = citations;

/** One citation added by hand, with the button that takes it back. */
function CitedByHand({ meetingId, documentId, label }: { meetingId: string; documentId: string; label: string }) {
  const [state, formAction, pending] = useActionState(unciteDocumentAction, initialFormState);
  return (
    <li className="space-y-1">
      <form action={formAction} className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="meetingId" value={meetingId} />
        <input type="hidden" name="documentId" value={documentId} />
        <span>{label}</span>
        <Button type="submit" variant="linkDanger" size="xs" disabled={pending} aria-label={`${t.remove}: ${label}`}>
          {t.remove}
        </Button>
      </form>
      <FormMessage state={state} />
    </li>
  );
}

/**
 * Citations a secretary adds by hand to the meeting or one of its directives: a document without
 * a number by issuing body and title (date when known), or one with a code the texts do not
 * hold. Typed values stay after a refusal. Its fields carry ids of their own: the details form on
 * the same page has a "title" field too, and each label must name its own control.
 */
export function CitationsEditor(props: {
  meetingId: string;
  published: boolean;
  directives: { id: string; label: string }[];
  citedByHand: { documentId: string; label: string }[];
}) {
  const [state, formAction, pending] = useActionState(citeDocumentAction, initialFormState);
  const { error, formProps } = useFieldErrors(loadCiteSchema, state);
  const value = (name: string) => state.values?.[name] ?? "";
  return (
    <div className="space-y-3" data-testid="citations-editor">
      {props.citedByHand.length ? (
        <div className="text-sm">
          <p className="font-medium">{t.byHand}</p>
          <ul className="list-disc space-y-1 pl-5">
            {props.citedByHand.map((row) => (
              <CitedByHand key={row.documentId} meetingId={props.meetingId} documentId={row.documentId} label={row.label} />
            ))}
          </ul>
        </div>
      ) : null}
      <form action={formAction} className="grid gap-3 sm:grid-cols-2" {...formProps} onChange={formProps.onInput}>
        <div className="sm:col-span-2 space-y-1">
          <h3 className="text-sm font-semibold">{t.heading}</h3>
          <p className="text-xs text-slate-600">{t.hint}</p>
          <FormMessage state={state} />
        </div>
        <input type="hidden" name="meetingId" value={props.meetingId} />
        <TextField
          label={t.issuerName}
          id="citation-issuerName"
          name="issuerName"
          defaultValue={value("issuerName")}
          error={error("issuerName")}
        />
        <TextField label={t.code} id="citation-code" name="code" defaultValue={value("code")} error={error("code")} />
        <TextField
          label={t.issuedOn}
          id="citation-issuedOn"
          name="issuedOn"
          type="date"
          defaultValue={value("issuedOn")}
          error={error("issuedOn")}
        />
        <SelectField
          key={`cited-in-${value("directiveId")}`}
          label={t.citedIn}
          id="citation-directiveId"
          name="directiveId"
          defaultValue={value("directiveId")}
          error={error("directiveId")}
        >
          <option value="">{t.theMeeting}</option>
          {props.directives.map((directive) => (
            <option key={directive.id} value={directive.id}>
              {directive.label}
            </option>
          ))}
        </SelectField>
        <div className="sm:col-span-2">
          <TextField label={t.title} id="citation-title" name="title" defaultValue={value("title")} error={error("title")} />
        </div>
        <AmendmentReasonField
          published={props.published}
          id="citation-amendmentReason"
          defaultValue={value("amendmentReason")}
          error={error("amendmentReason")}
        />
        <div className="sm:col-span-2">
          <Button type="submit" variant="secondary" disabled={pending}>
            {t.add}
          </Button>
        </div>
      </form>
    </div>
  );
}
