import "server-only";
import { Prisma } from "@prisma/client";
import { vi } from "@/messages/vi";

export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "INVALID_INPUT" | "INVALID_STATE";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  INVALID_INPUT: 400,
  INVALID_STATE: 409,
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

/** A unique index refused the write: someone else created the same record a moment before. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * The AppError a failure means to the user: AppErrors as they are, and the database's refusals
 * that races cause (a unique index: CONFLICT; a row referenced or updated that another request
 * removed: NOT_FOUND). Anything else is a defect and stays unmapped (null).
 */
export function toAppError(error: unknown): AppError | null {
  if (isAppError(error)) return error;
  if (isUniqueViolation(error)) return new AppError("CONFLICT");
  if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2003" || error.code === "P2025")) {
    return new AppError("NOT_FOUND");
  }
  return null;
}
