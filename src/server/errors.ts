import "server-only";
import { vi } from "@/messages/vi";

export type AppErrorCode =
  "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "INVALID_INPUT" | "INVALID_STATE" | "BUSY";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  INVALID_INPUT: 400,
  INVALID_STATE: 409,
  BUSY: 503,
};

/** The one error type use cases throw; mapped once to a message and an HTTP status. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Vietnamese messages per form field, for INVALID_INPUT. */
  readonly fieldErrors?: Record<string, string>;

  constructor(code: AppErrorCode, message?: string, fieldErrors?: Record<string, string>) {
    super(message ?? vi.errors[code]);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
