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

/** The form's text fields as typed, so an error never loses them. */
export function formValues(
  formData: FormData,
  omit: readonly string[] = ["password", "current", "next", "confirm"],
): Record<string, string> {
  const values: Record<string, string> = {};
  // A crafted call may send anything in place of the form.
  if (!(formData instanceof FormData)) return values;
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !omit.includes(key)) values[key] = value;
  }
  return values;
}
