import "server-only";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { editMeetingContent, recordMeetingChange } from "@/server/meetings/meeting-write";
import { parseDocumentCode } from "@/lib/document-codes";
import { message } from "@/messages/message-ref";
import { ZCiteDocumentSchema, type TCiteDocumentInput } from "./schemas";
import { issuerNameOf, upsertDocumentRef, upsertTitledDocumentRef } from "./upsert-document-refs";

/**
 * Adds a citation by hand to a meeting or one of its directives: a document with a code (its
 * identity as the texts give it: a national code stands alone, a local one belongs to the issuer
 * typed or to the meeting's committee), or one without a number by issuing body and title. The
 * link is kept when the texts are re-read; a directive's citation is the meeting's too.
 */
export async function citeDocument({ actor, input }: { actor: Actor; input: TCiteDocumentInput }) {
  return editMeetingContent(actor, ZCiteDocumentSchema, input, async (tx, { data, meeting, amendmentReason }) => {
    if (data.directiveId) {
      const directive = await tx.directive.findFirst({
        where: { id: data.directiveId, meetingId: meeting.id },
        select: { id: true },
      });
      if (!directive) {
        const refusal = message("meetingRecord.citations.rules.badDirective");
        throw new AppError("INVALID_INPUT", refusal, { directiveId: refusal });
      }
    }
    const parsed = data.code ? parseDocumentCode(data.code) : null;
    let documentId: string;
    if (parsed) {
      const unit = await tx.unit.findUniqueOrThrow({ where: { id: meeting.unitId }, select: { committeeName: true } });
      documentId = await upsertDocumentRef(
        tx,
        { ...parsed, issuedOn: data.issuedOn || parsed.issuedOn, title: data.title },
        issuerNameOf(parsed, data.issuerName || unit.committeeName),
      );
    } else {
      documentId = await upsertTitledDocumentRef(tx, { issuerName: data.issuerName, title: data.title, issuedOn: data.issuedOn });
    }
    await tx.meetingDocument.upsert({
      where: { meetingId_documentId: { meetingId: meeting.id, documentId } },
      create: { meetingId: meeting.id, documentId, manual: true },
      update: { manual: true },
    });
    if (data.directiveId) {
      await tx.directiveDocument.upsert({
        where: { directiveId_documentId: { directiveId: data.directiveId, documentId } },
        create: { directiveId: data.directiveId, documentId, manual: true },
        update: { manual: true },
      });
    }
    const cited = { issuerName: data.issuerName, code: data.code, issuedOn: data.issuedOn, title: data.title };
    await recordMeetingChange(tx, actor, {
      meetingId: meeting.id,
      part: "documents",
      action: "meeting.cite",
      before: null,
      after: { documents: [cited], ...(data.directiveId ? { directiveId: data.directiveId } : {}) },
      amendmentReason,
    });
    return { documentId };
  });
}
