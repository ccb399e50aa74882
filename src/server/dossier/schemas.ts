import { z } from "zod";
import { ZRecordRef } from "@/lib/schema-fields";

/** The dossier's background build names its meeting. */
export const ZDossierRefSchema = z.object({ meetingId: ZRecordRef });
