import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";
import { guardedUpdate } from "@/server/db/guarded-update";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { checkUpload } from "@/server/storage/checked-upload";
import { withStoredFiles } from "@/server/storage/file-storage";
import { loadDirectiveFor, type LoadedDirective } from "./directive-access";
import { ZPostProgressSchema, type TPostProgressInput } from "./schemas";
import { message } from "@/messages/message-ref";

export function assertActive(directive: Pick<LoadedDirective, "status">) {
  if (directive.status !== "OPEN" && directive.status !== "IN_PROGRESS") {
    throw new AppError("INVALID_STATE", message("directives.notActive"));
  }
}

/**
 * A progress note by the staff of an organization that leads or supports the directive:
 * text, an optional percent and an optional attachment (type checked by content). The
 * first progress moves the directive from OPEN to IN_PROGRESS.
 */
export async function postProgress({
  actor,
  input,
  file,
}: {
  actor: Actor;
  input: TPostProgressInput;
  file?: { name: string; bytes: Uint8Array } | null;
}) {
  const data = parseInput(ZPostProgressSchema, input);
  const db = await getDb();
  // Authorize before looking at (or storing) the file.
  assertActive(await loadDirectiveFor(db, actor, data.directiveId, "progress:directive"));
  const upload = file && file.bytes.byteLength > 0 ? checkUpload(file) : null;
  return withStoredFiles(async (store) => {
    const storageKey = upload && file ? await store(file.bytes) : null;
    return db.$transaction(async (tx) => {
      const directive = await loadDirectiveFor(tx, actor, data.directiveId, "progress:directive");
      assertActive(directive);
      const update = await tx.directiveUpdate.create({
        data: {
          directiveId: directive.id,
          kind: "PROGRESS",
          body: data.body,
          percent: data.percent,
          authorId: actor.id,
          organizationId: actor.organizationId,
        },
        select: { id: true },
      });
      if (upload && storageKey) {
        await tx.attachment.create({
          data: { ...upload, storageKey, uploadedById: actor.id, directiveUpdateId: update.id },
        });
      }
      if (directive.status === "OPEN") {
        await guardedUpdate(tx, "directive", { id: directive.id, status: "OPEN" }, { status: "IN_PROGRESS" });
      }
      await recordAudit(tx, actor.id, "directive.progress", ["Directive", directive.id], {
        before: { status: directive.status },
        after: {
          status: directive.status === "OPEN" ? "IN_PROGRESS" : directive.status,
          updateId: update.id,
          percent: data.percent,
          attachment: upload ? { fileName: upload.fileName, sha256: upload.sha256 } : undefined,
        },
      });
      return update;
    });
  });
}
