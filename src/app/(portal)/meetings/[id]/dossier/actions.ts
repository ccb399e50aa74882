"use server";

import { startMeetingDossier } from "@/server/dossier/start-meeting-dossier";
import { formAction } from "@/server/http/server-action";
import { ZDossierRefSchema } from "@/server/dossier/schemas";
import { partyDocuments } from "@/messages/vi/party-documents";

/** Starts the dossier's background build; the page polls /meetings/[id]/dossier-status. */
export const startDossierAction = formAction({
  schema: ZDossierRefSchema,
  run: ({ actor, data }) => startMeetingDossier({ actor, meetingId: data.meetingId }),
  done: (progress) => (progress.state === "ready" ? partyDocuments.dossier.ready : partyDocuments.dossier.building(0, 0)),
});
