import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { readStoredFile } from "@/server/storage/file-storage";
import { getIssuerOn } from "@/server/units/issuer-on";
import { slugify } from "@/lib/text";
import { composeReport, periodInTitle } from "./compose-report";
import { loadConsolidatedReport } from "./report-access";
import { renderReportDocx } from "./render-report-docx";
import { renderReportPdf } from "./render-report-pdf";

const MIME = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/**
 * The report as a file: an issued one exactly as stored (checked against its SHA-256); one not yet
 * issued laid out afresh as a draft ("DỰ THẢO" on every page, the number left blank).
 */
export async function getConsolidatedReportFile({
  actor,
  reportId,
  format,
}: {
  actor: Actor;
  reportId: string;
  format: keyof typeof MIME;
}) {
  const db = await getDb();
  const report = await loadConsolidatedReport(db, actor, reportId, "read:consolidated-report");
  const fileName = `${slugify(`bao-cao-${report.code ?? "du-thao"}-${periodInTitle(report.period)}`)}.${format}`;
  if (report.status === "ISSUED") {
    const key = format === "pdf" ? report.pdfStorageKey : report.docxStorageKey;
    const expected = format === "pdf" ? report.pdfSha256 : report.docxSha256;
    if (!key || !expected) throw new AppError("NOT_FOUND");
    const bytes = await readStoredFile(key);
    if (createHash("sha256").update(bytes).digest("hex") !== expected)
      throw new Error(`Stored consolidated report ${reportId} does not match its SHA-256`);
    return { bytes, fileName, mimeType: MIME[format] };
  }
  const now = new Date();
  const document = composeReport(report, await getIssuerOn(db, report.unitId, now), now);
  const bytes = format === "pdf" ? await renderReportPdf(document) : await renderReportDocx(document);
  return { bytes, fileName, mimeType: MIME[format] };
}
