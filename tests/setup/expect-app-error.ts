import { expect } from "vitest";
import { AppError, type AppErrorCode } from "@/server/errors";

/** Awaits a use case that must fail with an AppError of this code; returns the error. */
export async function expectAppError(promise: Promise<unknown>, code: AppErrorCode): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, `expected AppError ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}
