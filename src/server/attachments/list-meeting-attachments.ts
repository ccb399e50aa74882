import "server-only";
import { Prisma, type AttachmentKind } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { readableWhere } from "@/server/auth/policy";
import { getDb, hotRows, type Tx } from "@/server/db/client";

/** The documents of a meeting the actor may read, in the order a dossier sets them. */
export async function listMeetingAttachments({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  const db = await getDb();
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id: meetingId }, readableWhere(actor, "read:meeting")] },
    select: { id: true },
  });
  if (!meeting) return [];
  return readMeetingAttachments(db, meetingId);
}

/** What a meeting's list of documents shows of each; the statement below is compared with it in tests. */
export const MEETING_ATTACHMENT_SELECT = {
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
} as const satisfies Prisma.AttachmentSelect;

export type MeetingAttachmentRow = Prisma.AttachmentGetPayload<{ select: typeof MEETING_ATTACHMENT_SELECT }>;

type FlatRow = {
  id: string;
  kind: AttachmentKind | null;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  generatedSha256: string | null;
  createdAt: Date;
  noticeId: string | null;
  noticeCode: string | null;
  uploaderName: string;
};

/**
 * A meeting's documents, oldest first, for a caller that has let the actor read the meeting (the
 * meeting page, after getMeeting): one statement, where Prisma's select sent one per relation.
 */
export async function readMeetingAttachments(db: Tx, meetingId: string): Promise<MeetingAttachmentRow[]> {
  const rows = await hotRows<FlatRow>(
    db,
    Prisma.sql`
    SELECT a.id, a.kind::text AS kind, a."fileName", a."mimeType", a.size, a.sha256, a."generatedSha256", a."createdAt",
      n.id AS "noticeId", n.code AS "noticeCode", u."fullName" AS "uploaderName"
    FROM "Attachment" a
    JOIN "User" u ON u.id = a."uploadedById"
    LEFT JOIN "ConclusionNotice" n ON n.id = a."noticeId"
    WHERE a."meetingId" = ${meetingId}
    ORDER BY a."createdAt", a.id`,
  );
  return rows.map(({ noticeId, noticeCode, uploaderName, ...row }) => ({
    ...row,
    notice: noticeId === null ? null : { code: noticeCode },
    uploadedBy: { fullName: uploaderName },
  }));
}
