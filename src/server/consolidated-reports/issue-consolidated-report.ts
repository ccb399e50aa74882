import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb, type Db } from "@/server/db/client";
import { guardedUpdate } from "@/server/db/guarded-update";
import { AppError, isUniqueViolation } from "@/server/errors";
import { issueWithNextNumber, peekDocumentNumber, storeAndTakeNumber, typedNumberHeld } from "@/server/numbering/allocate-number";
import { getTermOn } from "@/server/numbering/term-on";
import { getIssuerOn } from "@/server/units/issuer-on";
import { message } from "@/messages/message-ref";
import { composeReport, reportSuffix } from "./compose-report";
import { assertReportStatus, loadConsolidatedReport } from "./report-access";
import { renderReportDocx } from "./render-report-docx";
import { renderReportPdf } from "./render-report-pdf";

/** The Ban Dân vận's register of reports: its own, beside its committee's registers (36-HD numbers per issuer). */
export const REPORT_DOC_TYPE = "BDV-BC";

/**
 * Issues an approved report: takes the next number of the Ban's register for the term (or records
 * the number the văn thư typed, refused when the register holds it), renders PDF and DOCX once,
 * stores them with their SHA-256 and freezes the report. A failed issue gives the number back and
 * removes the files (the same numbering service as the notices).
 */
export async function issueConsolidatedReport({
  actor,
  reportId,
  number,
  now = new Date(),
}: {
  actor: Actor;
  reportId: string;
  number?: number;
  now?: Date;
}) {
  assertCan(actor, "issue:consolidated-report");
  const db = await getDb();
  return issueWithNextNumber(() => attemptIssue(db, actor, reportId, number, now));
}

async function attemptIssue(db: Db, actor: Actor, reportId: string, typed: number | undefined, now: Date) {
  const report = await loadConsolidatedReport(db, actor, reportId, "issue:consolidated-report");
  assertReportStatus(report.status, "APPROVED", message("consolidatedReport.rules.onlyApprovedIssuable"));
  const [issuer, term] = await Promise.all([getIssuerOn(db, report.unitId, now), getTermOn(db, report.unitId, now)]);
  const register = { unitId: report.unitId, docType: REPORT_DOC_TYPE, term: term.label };
  const expected = typed ?? (await peekDocumentNumber(db, register));
  const code = `${expected}-BC/${reportSuffix(issuer)}`;
  const exists = message("consolidatedReport.rules.numberExists", code, term.label);
  const taken = new AppError("CONFLICT", exists, { number: exists });
  if (typed !== undefined && (await typedNumberHeld(db, register, typed, (where) => db.consolidatedReport.count({ where }))))
    throw taken;
  const document = composeReport({ ...report, status: "ISSUED", code }, issuer, now);
  const [pdf, docx] = await Promise.all([renderReportPdf(document), renderReportDocx(document)]);
  return storeAndTakeNumber(db, { register, typed, expected, files: { pdf, docx } }, async (tx, numbered) => {
    const frozen = { status: "ISSUED" as const, ...numbered, code, issuedAt: now, issuedById: actor.id };
    await guardedUpdate(tx, "consolidatedReport", { id: reportId, status: "APPROVED", version: report.version }, frozen).catch(
      (error: unknown) => {
        throw isUniqueViolation(error) ? taken : error;
      },
    );
    await recordAudit(tx, actor.id, "consolidated-report.issue", ["ConsolidatedReport", reportId], {
      before: { status: "APPROVED" },
      after: { status: "ISSUED", code, term: term.label, typedNumber: typed !== undefined, pdfSha256: frozen.pdfSha256 },
    });
    return { code, number: numbered.number };
  });
}
