"use server";

import { formAction, objectAction } from "@/server/http/server-action";
import { confirmImport } from "@/server/import/confirm-import";
import { readImport } from "@/server/import/read-import";
import { ZConfirmImportSchema, ZReadImportSchema } from "@/server/import/schemas";
import { viImport } from "@/messages/vi/import";

/** Step 1: the draft travels back as JSON in the form state; nothing is stored. */
export const readImportAction = formAction({
  schema: ZReadImportSchema,
  run: async ({ actor, data, file }) => readImport({ actor, text: data.text, file: await file("file") }),
  done: (draft) => ({ message: viImport.page.readDone, values: { draft: JSON.stringify(draft) } }),
});

/** Step 2: the reviewed draft becomes a meeting; the browser goes to its page. */
export const confirmImportAction = objectAction({
  schema: ZConfirmImportSchema,
  run: ({ actor, input }) => confirmImport({ actor, input }),
  revalidate: () => ["/meetings"],
  redirectTo: (_data, meeting) => `/meetings/${meeting.id}`,
  done: () => viImport.page.created,
});
