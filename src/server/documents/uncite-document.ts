import "server-only";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { editMeetingContent, recordMeetingChange, refreshDerived } from "@/server/meetings/meeting-write";
import { message } from "@/messages/message-ref";
import { ZUnciteDocumentSchema, type TUnciteDocumentInput } from "./schemas";

/**
 * Takes back a citation added by hand, from the meeting and its directives. What the texts cite
 * stays (it is re-read from them): those citations follow the texts, not this list.
 */
export async function unciteDocument({ actor, input }: { actor: Actor; input: TUnciteDocumentInput }) {
  await editMeetingContent(actor, ZUnciteDocumentSchema, input, async (tx, { data, meeting, amendmentReason }) => {
    const link = await tx.meetingDocument.findFirst({
      where: { meetingId: meeting.id, documentId: data.documentId, manual: true },
      select: { document: { select: { code: true, title: true, issuerName: true } } },
    });
    if (!link) {
      const refusal = message("meetingRecord.citations.rules.notCitedByHand");
      throw new AppError("INVALID_INPUT", refusal, { documentId: refusal });
    }
    await tx.directiveDocument.deleteMany({
      where: { documentId: data.documentId, manual: true, directive: { meetingId: meeting.id } },
    });
    await tx.meetingDocument.delete({ where: { meetingId_documentId: { meetingId: meeting.id, documentId: data.documentId } } });
    // Cited in the texts too: the link comes back as one read from them.
    await refreshDerived(tx, meeting.id);
    await recordMeetingChange(tx, actor, {
      meetingId: meeting.id,
      part: "documents",
      action: "meeting.uncite",
      before: { documents: [link.document] },
      after: null,
      amendmentReason,
    });
  });
}
