-- Issue 14: the roll call's presence replaces the old absent flag (backfilled into presence
-- by 20261202000100_domain_over_time), and a cited document is identified by issuing body +
-- code + date, no longer by the code alone (every province's "127-KH/TU" is another plan).

ALTER TABLE "Attendance" DROP COLUMN "absent";

DROP INDEX IF EXISTS "DocumentRef_code_key";
CREATE INDEX "DocumentRef_code_idx" ON "DocumentRef"("code");
-- The issuing body as written on the document ("Tỉnh ủy Thử Nghiệm"); "" when not known.
ALTER TABLE "DocumentRef" ADD COLUMN "issuerName" TEXT NOT NULL DEFAULT '';
CREATE INDEX "DocumentRef_issuerName_code_idx" ON "DocumentRef"("issuerName", "code");
