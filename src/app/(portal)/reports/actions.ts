"use server";

import { formatDateTime } from "@/lib/dates";
import { ZRecordRefArgs } from "@/lib/schema-fields";
import { formEntries } from "@/server/http/action-input";
import { callAction, fieldRefusal, formAction, formCommand } from "@/server/http/server-action";
import { addAttachment, removeAttachment } from "@/server/reports/attachments";
import { discardReportDraft, saveReportDraft } from "@/server/reports/autosave-report-draft";
import { openReport } from "@/server/reports/open-report";
import { remindMissing } from "@/server/reports/remind-missing";
import { acceptReport, returnReport } from "@/server/reports/review-report";
import { saveReport } from "@/server/reports/save-report";
import {
  reportFormInput,
  ZAttachmentRefSchema,
  ZOpenReportSchema,
  ZRemindMissingSchema,
  ZReportAutosaveArgs,
  ZReportRefSchema,
  ZReturnReportSchema,
  ZReportFormSchema,
} from "@/server/reports/schemas";
import { submitReport } from "@/server/reports/submit-report";
import { vi } from "@/messages/vi";
import { message } from "@/messages/message-ref";

/** The report form names its fields after the indicators and recommendation rows it shows. */
const readReportForm = (form: FormData | null) => reportFormInput(formEntries(form));

const reportPage = ({ reportId }: { reportId: string }) => [`/reports/${reportId}`];

export const openReportAction = formCommand({
  schema: ZOpenReportSchema,
  run: ({ actor, input }) => openReport({ actor, input }),
  redirectTo: (_data, report) => `/reports/${report.id}`,
});

/** Save (intent "save") or submit after confirmation (intent "submit", whose schema requires the sections). */
export const saveReportAction = formAction({
  schema: ZReportFormSchema,
  read: readReportForm,
  run: ({ actor, input, data }) => (data.intent === "submit" ? submitReport({ actor, input }) : saveReport({ actor, input })),
  revalidate: ({ reportId }) => ["/reports", `/reports/${reportId}`],
  // On a conflict the page reloads the stored version; the typed text stays in the form.
  revalidateOnConflict: reportPage,
  redirectTo: ({ reportId, intent }) => (intent === "submit" ? `/reports/${reportId}?submitted=1` : undefined),
  done: () => vi.reports.saved,
  keepValues: true,
});

/** Autosave: the form's text into the user's own FormDraft, never into the report. */
export const autosaveReportAction = callAction({
  schema: ZReportAutosaveArgs,
  run: async ({ actor, input: [reportId, version, data] }) => {
    const { savedAt } = await saveReportDraft({ actor, input: { reportId, version, data } });
    return { savedAt: formatDateTime(savedAt) };
  },
});

export const discardReportDraftAction = callAction({
  schema: ZRecordRefArgs,
  run: ({ actor, data: [reportId] }) => discardReportDraft({ actor, reportId }),
});

export const uploadAttachmentAction = formAction({
  schema: ZReportRefSchema,
  run: async ({ actor, data, file }) => {
    const upload = await file("file");
    if (!upload) throw fieldRefusal("file", message("reports.fileRequired"));
    await addAttachment({ actor, reportId: data.reportId, file: upload });
  },
  revalidate: reportPage,
  done: () => vi.reports.uploaded,
});

export const removeAttachmentAction = formCommand({
  schema: ZAttachmentRefSchema,
  run: ({ actor, data }) => removeAttachment({ actor, ...data }),
  revalidate: reportPage,
});

export const acceptReportAction = formAction({
  schema: ZReportRefSchema,
  run: ({ actor, data }) => acceptReport({ actor, reportId: data.reportId }),
  revalidate: () => ["/reports"],
  redirectTo: ({ reportId }) => `/reports/${reportId}?reviewed=accepted`,
  done: () => vi.reports.saved,
});

export const returnReportAction = formAction({
  schema: ZReturnReportSchema,
  run: ({ actor, input }) => returnReport({ actor, input }),
  revalidate: () => ["/reports"],
  redirectTo: ({ reportId }) => `/reports/${reportId}?reviewed=returned`,
  done: () => vi.reports.saved,
});

export const remindAction = formAction({
  schema: ZRemindMissingSchema,
  run: ({ actor, input }) => remindMissing({ actor, input }),
  done: (result) => vi.matrix.reminded(result.created),
});
