"use client";

import { useRef, useState, type FocusEvent, type FormEvent } from "react";
import type { z } from "zod";
import { issuesByField, readForm } from "@/lib/form-input";
import type { FormState } from "@/lib/form-state";

/**
 * The form's field messages at once, from the same zod schema its server action parses: a field
 * is checked when it loses focus and the whole form on submit (an invalid form is not sent),
 * and a message goes away as soon as the field is fixed. Until the user touches the form again
 * the server's answer (FormState.fieldErrors) is shown, so a refusal only the server can make
 * (a taken username) still appears. The fields pass the message to TextField/SelectField, which
 * set aria-invalid and link it by aria-describedby.
 */
/** A form whose field names are generated (the report's `indicator.<id>`): how to read it, where each field's message is. */
export interface CustomForm {
  read(form: FormData): unknown;
  pathOf(name: string): string;
}

/**
 * The schema, or how to load it: `() => import("@/server/x/schemas").then((m) => m.ZSchema)`
 * keeps zod out of the page's first-load JavaScript (docs/decisions/0026). A loaded schema
 * arrives when the form is first focused; until then the server's check is the only one.
 */
export type SchemaSource = z.ZodType | (() => Promise<z.ZodType>);

export function useFieldErrors(source: SchemaSource, state: FormState, custom?: CustomForm) {
  // Local messages belong to the server answer they were made after; a new answer replaces them.
  const [local, setLocal] = useState<{ state: FormState; errors: Record<string, string> } | null>(null);
  const errors = local && local.state === state ? local.errors : (state.fieldErrors ?? {});
  const loaded = useRef<z.ZodType | null>(typeof source === "function" ? null : source);
  const loading = useRef<Promise<unknown> | null>(null);
  // A field left before the schema arrived: checked as soon as it does, so its message is not lost.
  const leftEarly = useRef<{ form: HTMLFormElement; name: string } | null>(null);

  const load = () => {
    if (loaded.current || loading.current || typeof source !== "function") return;
    loading.current = source().then(
      (schema) => {
        loaded.current = schema;
        const left = leftEarly.current;
        leftEarly.current = null;
        if (!left || !left.form.isConnected) return;
        const found = check(left.form)?.[left.name];
        if (found)
          setLocal((current) => ({
            state,
            errors: { ...(current?.state === state ? current.errors : errors), [left.name]: found },
          }));
      },
      () => {
        loading.current = null; // offline: try again on the next focus; the server still checks
      },
    );
  };

  /** null while the schema is not there yet: nothing is said, the form goes to the server. */
  const check = (form: HTMLFormElement): Record<string, string> | null => {
    const schema = loaded.current;
    if (!schema) return null;
    const data = new FormData(form);
    const result = schema.safeParse(custom ? custom.read(data) : readForm(schema, data));
    return result.success ? {} : issuesByField(result.error);
  };

  const onFocus = load;
  function onBlur(event: FocusEvent<HTMLFormElement>) {
    const field = (event.target as { name?: unknown }).name;
    if (typeof field !== "string" || !field) return;
    const name = custom ? custom.pathOf(field) : field;
    const all = check(event.currentTarget);
    if (!all) {
      leftEarly.current = { form: event.currentTarget, name };
      return;
    }
    const found = all[name];
    if (found === errors[name]) return;
    const next = { ...errors };
    if (found) next[name] = found;
    else delete next[name];
    setLocal({ state, errors: next });
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const found = check(event.currentTarget);
    if (!found) return;
    setLocal({ state, errors: found });
    const first = Object.keys(found)[0];
    if (!first) return;
    // React does not run the form's action once its submit event is cancelled.
    event.preventDefault();
    const field = [...event.currentTarget.elements].find(
      (element) =>
        element instanceof HTMLElement && "name" in element && (custom?.pathOf(String(element.name)) ?? element.name) === first,
    );
    if (field instanceof HTMLElement) field.focus();
  }

  /**
   * While a field that shows a message is edited, the message goes as soon as the value is
   * right (an old error never stays after the fix), and a paired field's message (an end
   * before the start) goes with it once the pair is right.
   */
  function onInput(event: FormEvent<HTMLFormElement>) {
    const field = (event.target as { name?: unknown }).name;
    if (typeof field !== "string" || !field || Object.keys(errors).length === 0) return;
    const found = check(event.currentTarget);
    if (!found) return;
    const next: Record<string, string> = {};
    // Only messages already shown are kept or updated; nothing new appears while typing.
    for (const name of Object.keys(errors)) if (found[name]) next[name] = found[name];
    if (Object.keys(next).length === Object.keys(errors).length && Object.keys(next).every((name) => next[name] === errors[name]))
      return;
    setLocal({ state, errors: next });
  }
  return {
    error: (name: string): string | undefined => errors[name],
    /** A kept-value field's name, the value typed before a refusal (or `fallback`) and its message, to spread on the field. */
    field: (name: string, fallback = "") => ({ name, defaultValue: state.values?.[name] ?? fallback, error: errors[name] }),
    /** Spread on the <form>: loads the schema, checks on blur, while fixing and on submit, no browser bubbles. */
    formProps: { onFocus, onBlur, onInput, onSubmit, noValidate: true },
  };
}
