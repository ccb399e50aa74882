import "server-only";
import type { MessageKey, MessageRef } from "@/messages/message-ref";
import { createHash } from "node:crypto";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { extractMeeting, looksLikeMeeting, toSchemaJson } from "./extract";
import { ImportInputError, MAX_UPLOAD_LABEL, readFileInput, readPasted } from "./read-input";

export type ImportDraft = ReturnType<typeof toSchemaJson> & { source: string; sha256: string };

/** The refusal by catalogue key; the words are chosen where it is shown (docs/decisions/0025). */
function importRefusal(error: ImportInputError): MessageRef {
  return { key: `importer.errors.${error.code}` as MessageKey, params: [MAX_UPLOAD_LABEL] };
}

/** Step 1: reads the pasted text or the file and extracts the draft. Nothing is stored. */
export async function readImport({
  actor,
  text,
  file,
}: {
  actor: Actor;
  text: string;
  file: { name: string; bytes: Uint8Array } | null;
}): Promise<ImportDraft> {
  assertCan(actor, "import:meeting");
  try {
    const raw = file && file.bytes.byteLength > 0 ? await readFileInput(file.name, file.bytes) : readPasted(text);
    const meeting = extractMeeting(raw);
    if (!looksLikeMeeting(meeting)) throw new ImportInputError("NO_MEETING");
    return { ...toSchemaJson(meeting), source: meeting.source, sha256: sha256(meeting.source) };
  } catch (error) {
    if (error instanceof ImportInputError) {
      const refusal = importRefusal(error);
      throw new AppError("INVALID_INPUT", refusal, { text: refusal });
    }
    throw error;
  }
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
