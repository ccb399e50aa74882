import type { z } from "zod";
import { KEEP_STORED } from "./form-state";

/**
 * A form's fields read as the feature schema expects them, so the server action and the form's
 * own check on submit/blur parse the same object with the same schema. The schema's shape says
 * how each field travels: a list (checkboxes) as every non-empty value, a flag (a checkbox or a
 * "true"/"false" button) as a boolean, anything else as its first text value. A field the form
 * did not send is "" when the schema requires it (the schema's "required" message) and
 * undefined when it is optional (an edit then keeps the stored value).
 */

type Kind = "text" | "list" | "flag";

interface FieldRead {
  kind: Kind;
  optional: boolean;
}

/** The parts of zod's definition the reader looks at (zod 4 keeps them on `_zod.def`). */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function fieldRead(schema: z.ZodType): FieldRead {
  let current = schema;
  let optional = false;
  for (;;) {
    const def = defOf(current);
    if (def.type === "optional" || def.type === "default" || def.type === "prefault") optional = true;
    if (def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.in) current = def.in;
    else if (def.type === "array") return { kind: "list", optional };
    else if (def.type === "boolean") return { kind: "flag", optional };
    else return { kind: "text", optional };
  }
}

/** The fields of an object schema (refinements keep the object, so its shape is still there). */
export function schemaFields(schema: z.ZodType): Record<string, z.ZodType> {
  const shape = defOf(schema).shape;
  if (!shape) throw new TypeError("A form schema must be a z.object");
  return shape;
}

/** What travels in every text value: the server cleans it (control characters), the browser keeps it. */
export type TextCleaner = (value: string) => string;

function texts(form: FormData, name: string, clean: TextCleaner): string[] {
  return form
    .getAll(name)
    .filter((entry): entry is string => typeof entry === "string")
    .map(clean);
}

/** The form as the schema's input: anything that is not a FormData reads as an empty form. */
export function readForm(schema: z.ZodType, form: unknown, clean: TextCleaner = (value) => value): Record<string, unknown> {
  const data = form instanceof FormData ? form : new FormData();
  const input: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schemaFields(schema))) {
    const { kind, optional } = fieldRead(field);
    const sent = data.has(name);
    const values = texts(data, name, clean);
    if (kind === "list") input[name] = sent || !optional ? values.filter(Boolean) : undefined;
    else if (kind === "flag") input[name] = values[0] === "on" || values[0] === "true";
    else {
      // A choice that keeps what is stored (a chair known by name only) is the same as not sending it.
      const value = values[0] === KEEP_STORED ? undefined : values[0];
      input[name] = value ?? (optional ? undefined : "");
    }
  }
  return input;
}

/** The zod issues of a failed parse as one message per field ("attendees.0.fullName"), the first one winning. */
export function issuesByField(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}
