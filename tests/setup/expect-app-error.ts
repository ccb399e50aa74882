import { expect } from "vitest";
import { AppError, type AppErrorCode } from "@/server/errors";
import { errorText } from "@/server/http/error-text";

/**
 * An AppError as the edge shows it: its code, and its message and field messages in words
 * (resolved through the catalogue like the server-action boundary does, docs/decisions/0025).
 */
export interface ShownAppError {
  error: AppError;
  code: AppErrorCode;
  httpStatus: number;
  messageRef: AppError["messageRef"];
  message: string;
  fieldErrors?: Record<string, string>;
}

/** Awaits a use case that must fail with an AppError of this code; returns it as shown. */
export async function expectAppError(promise: Promise<unknown>, code: AppErrorCode): Promise<ShownAppError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, `expected AppError ${code}`).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.code).toBe(code);
  return {
    error: appError,
    code: appError.code,
    httpStatus: appError.httpStatus,
    messageRef: appError.messageRef,
    ...errorText(appError),
  };
}
