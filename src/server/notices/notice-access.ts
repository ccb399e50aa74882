import "server-only";
import type { NoticeStatus } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { assertCan, can, type Action, type RecordScope } from "@/server/auth/policy";
import type { Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import type { MessageRef } from "@/messages/message-ref";

export const NOTICE_SELECT = {
  id: true,
  meetingId: true,
  status: true,
  number: true,
  code: true,
  subject: true,
  body: true,
  signerTitle: true,
  signerPosition: true,
  signerName: true,
  recipients: true,
  version: true,
  issuedAt: true,
  approvedAt: true,
  cancelReason: true,
  replacesId: true,
  pdfStorageKey: true,
  pdfSha256: true,
  docxStorageKey: true,
  docxSha256: true,
  createdAt: true,
  meeting: {
    select: {
      unitId: true,
      status: true,
      unit: { select: { path: true, committeeName: true } },
      invitations: { select: { organizationId: true } },
    },
  },
} as const;

export function noticeScope(notice: {
  meeting: { unit: { path: string }; invitations: { organizationId: string }[] };
}): RecordScope {
  return { unitPath: notice.meeting.unit.path, organizationIds: notice.meeting.invitations.map((row) => row.organizationId) };
}

/** Organization staff see a notice only once it is issued (or cancelled after issue). */
export function visibleToActor(actor: Actor, status: NoticeStatus): boolean {
  return can(actor, "draft:notice") || can(actor, "approve:notice") || status === "ISSUED" || status === "CANCELLED";
}

/** Loads a notice the actor may act on, hiding what they may not even read. */
export async function loadNotice(tx: Tx, actor: Actor, noticeId: string, action: Action) {
  const notice = await tx.conclusionNotice.findUnique({ where: { id: noticeId }, select: NOTICE_SELECT });
  if (!notice || !can(actor, "read:notice", noticeScope(notice)) || !visibleToActor(actor, notice.status))
    throw new AppError("NOT_FOUND");
  assertCan(actor, action, noticeScope(notice));
  return notice;
}

export function assertStatus(status: NoticeStatus, allowed: NoticeStatus[], refusal: MessageRef): void {
  if (!allowed.includes(status)) throw new AppError("INVALID_STATE", refusal);
}
