import "server-only";
import { messageText, type MessageRef } from "@/messages/message-ref";
import { vi, type Messages } from "@/messages/vi";
import type { AppError, FieldMessage } from "@/server/errors";

/**
 * Where an AppError is shown (the server-action boundary, route handlers, pages) its code and
 * message key become words: the catalogue is chosen here, not in the use case that refused
 * (docs/decisions/0025). Another language passes its own catalogue.
 */
export interface ErrorText {
  message: string;
  fieldErrors?: Record<string, string>;
}

export function textOf(ref: MessageRef | string, catalogue: Messages = vi): string {
  return messageText(ref, catalogue);
}

export function fieldTexts(
  fieldErrors: Record<string, FieldMessage> | undefined,
  catalogue: Messages = vi,
): Record<string, string> | undefined {
  if (!fieldErrors) return undefined;
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, ref]) => [field, messageText(ref, catalogue)]));
}

export function errorText(error: AppError, catalogue: Messages = vi): ErrorText {
  const fieldErrors = fieldTexts(error.fieldErrors, catalogue);
  return { message: messageText(error.messageRef, catalogue), ...(fieldErrors ? { fieldErrors } : {}) };
}
