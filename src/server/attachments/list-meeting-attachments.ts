import "server-only";
import type { Actor } from "@/server/auth/actor";
import { readableWhere } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";

/** The documents of a meeting the actor may read, in the order a dossier sets them. */
export async function listMeetingAttachments({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  const db = await getDb();
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id: meetingId }, readableWhere(actor, "read:meeting")] },
    select: { id: true },
  });
  if (!meeting) return [];
  return db.attachment.findMany({
    where: { meetingId },
    orderBy: [{ createdAt: "asc" }],
    select: {
      id: true,
      kind: true,
      fileName: true,
      mimeType: true,
      size: true,
      sha256: true,
      generatedSha256: true,
      createdAt: true,
      notice: { select: { code: true } },
      uploadedBy: { select: { fullName: true } },
    },
  });
}

export type MeetingAttachmentRow = Awaited<ReturnType<typeof listMeetingAttachments>>[number];
