import "server-only";
import { message, type MessageRef } from "@/messages/message-ref";
import { createHash } from "node:crypto";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan, can, readableWhere } from "@/server/auth/policy";
import { getDb, type Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { getMinutesPdf } from "@/server/meetings/get-minutes-pdf";
import { meetingScope } from "@/server/meetings/meeting-write";
import { withStoredFiles } from "@/server/storage/file-storage";
import { checkMeetingUpload } from "./check-meeting-upload";
import type { MeetingAttachmentKind } from "./schemas";

const refuse = (field: string, ref: MessageRef) => new AppError("INVALID_INPUT", ref, { [field]: ref });

async function loadMeeting(tx: Tx, actor: Actor, meetingId: string) {
  const meeting = await tx.meeting.findFirst({
    where: { AND: [{ id: meetingId }, readableWhere(actor, "read:meeting")] },
    select: { id: true, status: true, unit: { select: { path: true } }, invitations: { select: { organizationId: true } } },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  const scope = meetingScope({
    unitPath: meeting.unit.path,
    status: meeting.status,
    invitedOrganizationIds: meeting.invitations.map((row) => row.organizationId),
  });
  if (!can(actor, "read:meeting", scope)) throw new AppError("NOT_FOUND");
  assertCan(actor, "attach:meeting", scope);
  return meeting;
}

/**
 * Attaches a document to a meeting: invitation, programme, report, speech, photo, or the signed
 * and stamped scan of its issued notice or of its minutes. The type is read from the content;
 * a signed copy keeps, beside its own SHA-256, the SHA-256 of the generated file it copies
 * (the issued notice's PDF as frozen at issue, or the minutes PDF as the portal renders it now).
 */
export async function addMeetingAttachment({
  actor,
  meetingId,
  kind,
  noticeId,
  file,
}: {
  actor: Actor;
  meetingId: string;
  kind: MeetingAttachmentKind;
  noticeId?: string;
  file: { name: string; bytes: Uint8Array };
}) {
  assertCan(actor, "attach:meeting");
  const db = await getDb();
  // Authorize before looking at (or storing) the file.
  await loadMeeting(db, actor, meetingId);
  const checked = checkMeetingUpload(file);
  const signed = kind === "SIGNED_NOTICE" || kind === "SIGNED_MINUTES";
  if (signed && checked.type !== "pdf" && checked.type !== "png" && checked.type !== "jpeg")
    throw refuse("file", message("partyDocuments.attachments.signedCopyNotPdfOrImage"));

  let generatedSha256: string | null = null;
  if (kind === "SIGNED_NOTICE") {
    if (!noticeId) throw refuse("noticeId", message("partyDocuments.attachments.signedNeedsNotice"));
    const notice = await db.conclusionNotice.findFirst({
      where: { id: noticeId, meetingId },
      select: { status: true, pdfSha256: true },
    });
    if (!notice) throw refuse("noticeId", message("partyDocuments.attachments.signedNeedsNotice"));
    if (notice.status !== "ISSUED" || !notice.pdfSha256)
      throw refuse("noticeId", message("partyDocuments.attachments.signedNoticeNotIssued"));
    generatedSha256 = notice.pdfSha256;
  }
  if (kind === "SIGNED_MINUTES") {
    const minutes = await getMinutesPdf({ actor, meetingId });
    generatedSha256 = createHash("sha256").update(minutes.bytes).digest("hex");
  }

  return withStoredFiles(async (store) => {
    const storageKey = await store(file.bytes);
    return db.$transaction(async (tx) => {
      await loadMeeting(tx, actor, meetingId);
      const attachment = await tx.attachment.create({
        data: {
          fileName: checked.fileName,
          mimeType: checked.mimeType,
          size: checked.size,
          sha256: checked.sha256,
          storageKey,
          uploadedById: actor.id,
          meetingId,
          noticeId: kind === "SIGNED_NOTICE" ? noticeId : null,
          kind,
          generatedSha256,
        },
        select: { id: true, fileName: true },
      });
      await recordAudit(tx, actor.id, "meeting.attach", ["Meeting", meetingId], {
        after: {
          attachmentId: attachment.id,
          kind,
          fileName: checked.fileName,
          size: checked.size,
          sha256: checked.sha256,
          ...(generatedSha256 ? { generatedSha256 } : {}),
        },
      });
      return attachment;
    });
  });
}
