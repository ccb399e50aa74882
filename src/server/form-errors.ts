import "server-only";
import { ZodError } from "zod";
import type { FormState } from "@/lib/form-state";
import { issuesByField } from "@/lib/form-input";
import { vi } from "@/messages/vi";
import { AppError, toAppError } from "./errors";
import { errorText } from "./http/error-text";

/** What parseInput needs of a zod schema whose output is T. */
export type InputSchema<T> = { safeParse(data: unknown): { success: true; data: T } | { success: false; error: ZodError } };

/** Validates with zod, throwing INVALID_INPUT with the schema's messages per field. */
export function parseInput<T>(schema: InputSchema<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError("INVALID_INPUT", undefined, issuesByField(result.error));
  return result.data;
}

/** Maps any failure of a use case to form state, keeping what the user typed. */
export function errorToFormState(error: unknown, values: Record<string, string>): FormState {
  const appError = toAppError(error);
  if (appError) {
    const { message, fieldErrors } = errorText(appError);
    return { status: "error", message, fieldErrors, values };
  }
  if (error instanceof ZodError) {
    return { status: "error", message: vi.errors.INVALID_INPUT, fieldErrors: issuesByField(error), values };
  }
  // Next's redirect()/notFound() signal through throws; let them through.
  if (error && typeof error === "object" && "digest" in error) throw error;
  console.error(error);
  return { status: "error", message: vi.errors.INTERNAL, values };
}
