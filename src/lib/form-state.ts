/** What a server action returns to its form: the outcome, messages, and the typed values to keep. */
export interface FormState {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
}

/**
 * The value of a choice that keeps what is stored, for a stored value the choice list cannot
 * show (a meeting chair known by name only): the same as not sending the field, so saving
 * another detail never changes it.
 */
export const KEEP_STORED = "keep-stored";

export const initialFormState: FormState = { status: "idle" };

/**
 * The form's text fields as typed, so an error never loses them; a repeated field (a checkbox
 * list) keeps its checked values joined by ",".
 */
export function formValues(
  formData: unknown,
  omit: readonly string[] = ["password", "current", "next", "confirm"],
): Record<string, string> {
  const values: Record<string, string> = {};
  // A crafted call may send anything in place of the form.
  if (!(formData instanceof FormData)) return values;
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$") || omit.includes(key)) continue;
    const texts = formData.getAll(key).filter((value): value is string => typeof value === "string");
    if (texts.length > 0) values[key] = texts.length === 1 ? texts[0] : texts.filter(Boolean).join(",");
  }
  return values;
}

/**
 * A field's name, the value typed before a refusal (or `fallback`) and the server's message for
 * it: the three props every kept-value field repeats, spread on TextField/TextAreaField/SelectField.
 */
export function keptField(state: FormState, name: string, fallback = "") {
  return { name, defaultValue: state.values?.[name] ?? fallback, error: state.fieldErrors?.[name] };
}
