-- An issued notice keeps both its PDF and its DOCX, each with its SHA-256,
-- and a cancelled one keeps its number and the reason.
ALTER TABLE "ConclusionNotice" RENAME COLUMN "storageKey" TO "pdfStorageKey";
ALTER TABLE "ConclusionNotice" ADD COLUMN "docxStorageKey" TEXT;
ALTER TABLE "ConclusionNotice" ADD COLUMN "cancelReason" TEXT;
