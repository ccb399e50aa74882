"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/form-state";
import { formatDateTime } from "@/lib/dates";
import { actorOrThrow } from "@/server/auth/session";
import { isAppError } from "@/server/errors";
import { errorToFormState } from "@/server/form-errors";
import { argInt, argRecord, argText, formEntries, formFile, formText } from "@/server/http/action-input";
import { addAttachment, removeAttachment } from "@/server/reports/attachments";
import { discardReportDraft, saveReportDraft } from "@/server/reports/autosave-report-draft";
import { openReport } from "@/server/reports/open-report";
import { remindMissing } from "@/server/reports/remind-missing";
import { acceptReport, returnReport } from "@/server/reports/review-report";
import { saveReport } from "@/server/reports/save-report";
import type { TSaveReportInput } from "@/server/reports/schemas";
import { submitReport } from "@/server/reports/submit-report";
import { vi } from "@/messages/vi";

/** The report form's fields: sections, `indicator.<id>`, `rec.<n>.content` / `rec.<n>.addressedTo`. */
function reportInput(formData: FormData): TSaveReportInput {
  const indicators: Record<string, string> = {};
  const recommendations: { content: string; addressedTo: string }[] = [];
  for (const [key, value] of formEntries(formData)) {
    if (key.startsWith("indicator.")) indicators[key.slice("indicator.".length)] = value;
    // At most three digits: a crafted "rec.999999999" must not make a sparse array of that length.
    const rec = /^rec\.(\d{1,3})\.(content|addressedTo)$/.exec(key);
    if (rec) {
      const index = Number(rec[1]);
      recommendations[index] ??= { content: "", addressedTo: "" };
      recommendations[index][rec[2] as "content" | "addressedTo"] = value;
    }
  }
  return {
    reportId: formText(formData, "reportId"),
    version: Number(formText(formData, "version") || 0),
    achievements: formText(formData, "achievements"),
    shortcomings: formText(formData, "shortcomings"),
    nextTasks: formText(formData, "nextTasks"),
    indicators,
    recommendations: recommendations.filter(Boolean),
  };
}

export async function openReportAction(formData: FormData): Promise<void> {
  const actor = await actorOrThrow();
  const report = await openReport({ actor, input: { periodId: formText(formData, "periodId") } });
  redirect(`/reports/${report.id}`);
}

/** Save (intent "save") or submit after confirmation (intent "submit"). */
export async function saveReportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const input = reportInput(formData);
  const submitting = formText(formData, "intent") === "submit";
  try {
    const actor = await actorOrThrow();
    if (submitting) await submitReport({ actor, input });
    else await saveReport({ actor, input });
  } catch (error) {
    // On a conflict the page reloads the stored version; the typed text stays in the form.
    if (isAppError(error) && error.code === "CONFLICT") revalidatePath(`/reports/${input.reportId}`);
    return errorToFormState(error, values);
  }
  revalidatePath("/reports");
  revalidatePath(`/reports/${input.reportId}`);
  if (submitting) redirect(`/reports/${input.reportId}?submitted=1`);
  return { status: "success", message: vi.reports.saved, values };
}

/** Autosave: the form's text into the user's own FormDraft, never into the report. */
export async function autosaveReportAction(reportId: string, version: number, data: Record<string, string>) {
  const actor = await actorOrThrow();
  const { savedAt } = await saveReportDraft({
    actor,
    // The use case validates every value with ZReportDraftSchema; -1 is a version it refuses.
    input: { reportId: argText(reportId), version: argInt(version) ?? -1, data: argRecord(data) as Record<string, string> },
  });
  return { savedAt: formatDateTime(savedAt) };
}

export async function discardReportDraftAction(reportId: string) {
  const actor = await actorOrThrow();
  await discardReportDraft({ actor, reportId: argText(reportId) });
}

export async function uploadAttachmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const reportId = formText(formData, "reportId");
  try {
    const actor = await actorOrThrow();
    const file = formFile(formData, "file");
    if (!file) {
      return { status: "error", message: vi.reports.fileRequired, fieldErrors: { file: vi.reports.fileRequired } };
    }
    await addAttachment({ actor, reportId, file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } });
    revalidatePath(`/reports/${reportId}`);
    return { status: "success", message: vi.reports.uploaded };
  } catch (error) {
    return errorToFormState(error, {});
  }
}

export async function removeAttachmentAction(formData: FormData): Promise<void> {
  const actor = await actorOrThrow();
  const reportId = formText(formData, "reportId");
  await removeAttachment({ actor, reportId, attachmentId: formText(formData, "attachmentId") });
  revalidatePath(`/reports/${reportId}`);
}

export async function acceptReportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const reportId = formText(formData, "reportId");
  try {
    const actor = await actorOrThrow();
    await acceptReport({ actor, reportId });
  } catch (error) {
    return errorToFormState(error, {});
  }
  revalidatePath("/reports");
  redirect(`/reports/${reportId}?reviewed=accepted`);
}

export async function returnReportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const reportId = formText(formData, "reportId");
  try {
    const actor = await actorOrThrow();
    await returnReport({ actor, input: { reportId, reason: formText(formData, "reason") } });
  } catch (error) {
    return errorToFormState(error, values);
  }
  revalidatePath("/reports");
  redirect(`/reports/${reportId}?reviewed=returned`);
}

export async function remindAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await actorOrThrow();
    const result = await remindMissing({
      actor,
      input: { periodId: formText(formData, "periodId"), unitId: formText(formData, "unitId") },
    });
    return { status: "success", message: vi.matrix.reminded(result.created) };
  } catch (error) {
    return errorToFormState(error, {});
  }
}
