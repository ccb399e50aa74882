import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { readForm } from "@/lib/form-input";
import { formValues, type FormState } from "@/lib/form-state";
import type { Actor } from "@/server/auth/actor";
import { actorOrThrow } from "@/server/auth/session";
import type { MessageRef } from "@/messages/message-ref";
import { AppError, toAppError } from "@/server/errors";
import { errorToFormState, parseInput } from "@/server/form-errors";
import { argRecord, formFile, wireText } from "./action-input";

/**
 * The one boundary every server action goes through (the actions' twin of signedInRoute):
 * resolve the actor, read the arguments with the feature's zod schema, call the use case, map
 * its errors, revalidate the pages it changed (only on success) and answer with one FormState.
 * The use case still validates its own input (it is called from jobs and tests too); parsing
 * here types the input from the schema and refuses a malformed call before any work.
 */

/** A page to revalidate: a path, or a path with the whole layout under it. */
export type Revalidation = string | readonly [path: string, type: "layout" | "page"];

/** An uploaded file as the use cases take it. */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

interface Call<S extends z.ZodType> {
  actor: Actor;
  /** What was sent, checked by the schema (the use case's input type). */
  input: z.input<S>;
  /** The schema's output (trimmed text, numbers, defaults). */
  data: z.output<S>;
}

interface FormCall<S extends z.ZodType> extends Call<S> {
  /** A file field of the form, or null when none was sent. */
  file(name: string): Promise<UploadedFile | null>;
}

/** What a successful call tells its form: a message, and values to show instead of the typed ones. */
export type Done = string | { message: string; values?: Record<string, string> };

interface Outcome<S extends z.ZodType, R> {
  /** Pages changed by a successful call. */
  revalidate?: (data: z.output<S>, result: R) => readonly Revalidation[];
  /** Pages to reload when another user saved first (CONFLICT): the form shows the newer version. */
  revalidateOnConflict?: (data: z.output<S>) => readonly Revalidation[];
  /** Where a successful call leads (after revalidating); undefined stays on the page. */
  redirectTo?: (data: z.output<S>, result: R) => string | undefined;
}

interface FormActionConfig<S extends z.ZodType, R> extends Outcome<S, R> {
  schema: S;
  /** Forms whose field names are generated (`indicator.<id>`) read themselves; the default reads by the schema's shape. */
  read?: (form: FormData | null) => unknown;
  run: (call: FormCall<S>) => Promise<R>;
  /** The success message (and values to show), from the use case's result. */
  done: (result: R, data: z.output<S>) => Done;
  /** Whether the form keeps the typed values after success (an edit form) or is emptied (a create form). */
  keepValues?: boolean | ((data: z.output<S>) => boolean);
  /** Fields never sent back to the browser (passwords). */
  secret?: readonly string[];
}

function revalidateAll(paths: readonly Revalidation[]) {
  for (const path of paths) {
    if (typeof path === "string") revalidatePath(path);
    else revalidatePath(path[0], path[1]);
  }
}

function asForm(form: unknown): FormData | null {
  return form instanceof FormData ? form : null;
}

/**
 * Resolves the actor, checks the input, runs the use case, then revalidates and redirects on
 * success; on CONFLICT the record's page is revalidated so the form shows the newer version.
 * Refusals are thrown as they are; the callers choose how they reach the user.
 */
async function invoke<S extends z.ZodType, R>(
  schema: S,
  readInput: () => unknown,
  run: (call: Call<S>) => Promise<R>,
  outcome: Outcome<S, R>,
): Promise<{ result: R; data: z.output<S> }> {
  const actor = await actorOrThrow();
  const input = readInput() as z.input<S>;
  const data = parseInput(schema, input) as z.output<S>;
  let result: R;
  try {
    result = await run({ actor, input, data });
  } catch (error) {
    if (toAppError(error)?.code === "CONFLICT") revalidateAll(outcome.revalidateOnConflict?.(data) ?? []);
    throw error;
  }
  revalidateAll(outcome.revalidate?.(data, result) ?? []);
  const target = outcome.redirectTo?.(data, result);
  if (target) redirect(target);
  return { result, data };
}

/** invoke's outcome as a FormState: any refusal is a message (and the typed values), a redirect goes through. */
async function perform<S extends z.ZodType, R>(
  schema: S,
  readInput: () => unknown,
  run: (call: Call<S>) => Promise<R>,
  outcome: Outcome<S, R>,
  values: Record<string, string>,
  success: (result: R, data: z.output<S>) => FormState,
): Promise<FormState> {
  try {
    const { result, data } = await invoke(schema, readInput, run, outcome);
    return success(result, data);
  } catch (error) {
    // errorToFormState lets Next's redirect signal through.
    return errorToFormState(error, values);
  }
}

/** A form's action for useActionState: `(previous, formData) => FormState`. */
export function formAction<S extends z.ZodType, R>(config: FormActionConfig<S, R>) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const form = asForm(formData);
    const values = formValues(form, config.secret);
    return perform(
      config.schema,
      // A form that reads itself gets its strings cleaned like every other argument (NUL bytes, length).
      () => (config.read ? argRecord(config.read(form)) : readForm(config.schema, form, wireText)),
      (call) =>
        config.run({
          ...call,
          async file(name) {
            const file = formFile(form, name);
            return file ? { name: wireText(file.name), bytes: new Uint8Array(await file.arrayBuffer()) } : null;
          },
        }),
      config,
      values,
      (result, data) => {
        const done = config.done(result, data);
        const keep = typeof config.keepValues === "function" ? config.keepValues(data) : config.keepValues;
        const message = typeof done === "string" ? done : done.message;
        const shown = typeof done === "string" ? undefined : done.values;
        return { status: "success", message, values: keep || shown ? { ...(keep ? values : {}), ...shown } : undefined };
      },
    );
  };
}

interface ObjectActionConfig<S extends z.ZodType, R> extends Outcome<S, R> {
  schema: S;
  run: (call: Call<S>) => Promise<R>;
  done: (result: R, data: z.output<S>) => string;
}

/**
 * An editor's save, called with one object (the attendance list, the minutes): the object is
 * cleaned of what the network may carry, checked by the schema, and the outcome is a FormState
 * (the editor keeps its own typed state, so no values travel back).
 */
export function objectAction<S extends z.ZodType, R>(config: ObjectActionConfig<S, R>) {
  return async (sent: z.input<S>): Promise<FormState> =>
    perform(
      config.schema,
      () => argRecord(sent),
      config.run,
      config,
      {},
      (result, data) => ({
        status: "success",
        message: config.done(result, data),
      }),
    );
}

interface CallActionConfig<S extends z.ZodType, R> extends Outcome<S, R> {
  /** The arguments as a tuple (`z.tuple([ZRecordRef, …])`), or the form's fields for formCommand. */
  schema: S;
  run: (call: Call<S>) => Promise<R>;
}

/**
 * A call that is not a form (a button with ids, autosave, a lookup): the arguments checked by
 * the schema, the use case's result returned as it is. A refusal is thrown as the AppError it
 * is (the page's error boundary, or the caller's catch, shows its message).
 */
export function callAction<S extends z.ZodType<unknown, readonly unknown[]>, R>(config: CallActionConfig<S, R>) {
  return async (...sent: z.input<S> & unknown[]): Promise<R> =>
    (await invoke(config.schema, () => sent.map(cleanArgument), config.run, config)).result;
}

/**
 * An autosave: like callAction, but a refused save (a stale version, a closed meeting) answers
 * null, which the editor shows as "not saved"; a defect is still logged.
 */
export function autosaveAction<S extends z.ZodType<unknown, readonly unknown[]>, R>(config: CallActionConfig<S, R>) {
  return async (...sent: z.input<S> & unknown[]): Promise<R | null> => {
    try {
      return (await invoke(config.schema, () => sent.map(cleanArgument), config.run, config)).result;
    } catch (error) {
      if (!toAppError(error)) console.error(error);
      return null;
    }
  };
}

function cleanArgument(argument: unknown): unknown {
  return argRecord({ argument }).argument;
}

/**
 * A `<form action>` without state (a "mark read" button): the form read by the schema like
 * formAction's, a refusal thrown as its AppError.
 */
export function formCommand<S extends z.ZodType, R>(config: CallActionConfig<S, R>) {
  return async (formData: FormData): Promise<void> => {
    await invoke(config.schema, () => readForm(config.schema, asForm(formData), wireText), config.run, config);
  };
}

/** A refusal the boundary itself makes (a required file missing), with the field it concerns. */
export function fieldRefusal(field: string, message: MessageRef): AppError {
  return new AppError("INVALID_INPUT", message, { [field]: message });
}
