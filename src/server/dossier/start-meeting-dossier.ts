import "server-only";
import type { Actor } from "@/server/auth/actor";
import { readableWhere } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { dossierProgress, startDossierBuild, type DossierProgress } from "./dossier-jobs";
import { getMeetingDossier } from "./get-meeting-dossier";

/** Only one who may read the meeting may build or follow its dossier (NOT_FOUND otherwise, as the download). */
async function assertReadable(actor: Actor, meetingId: string) {
  const db = await getDb();
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id: meetingId }, readableWhere(actor, "read:meeting")] },
    select: { id: true },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
}

/**
 * Starts building the meeting's dossier in the background for one who may read the meeting (the
 * same check as the download); the page then polls its progress. The result is the download's own
 * bytes: content-keyed in the render cache, so the download that follows is immediate, and a
 * meeting changed since is built afresh.
 */
export async function startMeetingDossier({ actor, meetingId }: { actor: Actor; meetingId: string }): Promise<DossierProgress> {
  await assertReadable(actor, meetingId);
  return startDossierBuild(meetingId, (onProgress) => getMeetingDossier({ actor, meetingId, onProgress }));
}

/** The progress of the meeting's dossier build, for one who may read the meeting. */
export async function dossierStatus({ actor, meetingId }: { actor: Actor; meetingId: string }): Promise<DossierProgress> {
  await assertReadable(actor, meetingId);
  return dossierProgress(meetingId);
}
