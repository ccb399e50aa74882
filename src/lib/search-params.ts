import type { z } from "zod";
import { storableText } from "./text";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type ParamRecord = Record<string, string | string[] | undefined>;

/** Longest parameter value looked at; anyone can type a megabyte into an address. */
const MAX_PARAM_LENGTH = 2_000;

export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A page's (or export's) query string read through its schema, never throwing: each value is
 * the first one given, without control characters (PostgreSQL refuses NUL) and cut to a sane
 * length; a parameter the schema refuses is dropped, so it falls back to its default as if it
 * had not been given. Unknown ids then simply match nothing, a bad page number is page 1.
 */
export function parseSearchParams<S extends z.ZodObject>(schema: S, params: ParamRecord | URLSearchParams): z.output<S> {
  const entries =
    params instanceof URLSearchParams
      ? [...params.keys()].map((key) => [key, params.get(key) ?? undefined] as const)
      : Object.entries(params);
  const values: Record<string, string> = {};
  for (const [key, value] of entries) {
    const first = firstParam(value);
    if (typeof first === "string" && key in schema.shape) values[key] = storableText(first.slice(0, MAX_PARAM_LENGTH));
  }
  for (;;) {
    const result = schema.safeParse(values);
    if (result.success) return result.data;
    const refused = result.error.issues.map((issue) => String(issue.path[0])).filter((key) => key in values);
    // Nothing left to drop: the schema refuses its own defaults, a defect to surface.
    if (refused.length === 0) throw result.error;
    for (const key of refused) delete values[key];
  }
}
