import "server-only";
import { Prisma } from "@prisma/client";
import { message, type MessageRef } from "@/messages/message-ref";

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

/**
 * A field's message: a catalogue reference, or the text a shared zod schema already chose
 * (the schemas are the form's own edge, imported by the client form too).
 */
export type FieldMessage = MessageRef | string;

/**
 * The one error type use cases throw: a code and the message it names with its values, never
 * finished text. The edge that shows it (server-action boundary, route handlers, pages) chooses
 * the words through src/server/http/error-text.ts (docs/decisions/0025).
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  /** The message to show, by catalogue key and values; errors.<code> unless a use case names one. */
  readonly messageRef: MessageRef;
  /** Messages per form field, for INVALID_INPUT. */
  readonly fieldErrors?: Record<string, FieldMessage>;

  constructor(code: AppErrorCode, messageRef?: MessageRef, fieldErrors?: Record<string, FieldMessage>) {
    const ref = messageRef ?? message(`errors.${code}`);
    // For logs and stack traces only: the key, not words.
    super(`${code}: ${ref.key}`);
    this.name = "AppError";
    this.code = code;
    this.messageRef = ref;
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
/**
 * The SQLSTATE of a database refusal. Prisma translates it on PostgreSQL (P2002…), but the
 * PGlite adapter passes the database error through as a DriverAdapterError whose cause
 * carries the SQLSTATE, so both shapes are read.
 */
function sqlState(error: unknown): string | undefined {
  if (!(error instanceof Error) || error.name !== "DriverAdapterError") return undefined;
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/** A write refused by a unique index (P2002, or SQLSTATE 23505 through PGlite). */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  return sqlState(error) === "23505";
}

/** A row referenced or updated that another request removed (P2003/P2025, or SQLSTATE 23503). */
function isMissingRow(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2003" || error.code === "P2025";
  return sqlState(error) === "23503";
}

/**
 * The AppError a failure means to the user: AppErrors as they are, and the database's refusals
 * that races cause (a unique index: CONFLICT; a row referenced or updated that another request
 * removed: NOT_FOUND). Anything else is a defect and stays unmapped (null).
 */
export function toAppError(error: unknown): AppError | null {
  if (isAppError(error)) return error;
  if (isUniqueViolation(error)) return new AppError("CONFLICT");
  if (isMissingRow(error)) return new AppError("NOT_FOUND");
  return null;
}
