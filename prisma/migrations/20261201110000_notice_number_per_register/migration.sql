-- A notice's number is unique within the register it was taken from (issuing unit ×
-- document type × year), not its code across the whole portal: a province and a city
-- under it both issue "1-TB/TU", and a unit's numbering starts again each year.
DROP INDEX "ConclusionNotice_code_key";

ALTER TABLE "ConclusionNotice" ADD COLUMN "registerId" TEXT;

-- Notices issued before this migration: their register is the meeting's unit, type TB and
-- the year of issue in Vietnam time (UTC+7, no daylight saving), as allocate-number.ts chose it.
UPDATE "ConclusionNotice" AS notice
SET "registerId" = register."id"
FROM "Meeting" AS meeting, "DocumentNumberRegister" AS register
WHERE notice."number" IS NOT NULL
  AND notice."issuedAt" IS NOT NULL
  AND meeting."id" = notice."meetingId"
  AND register."unitId" = meeting."unitId"
  AND register."docType" = 'TB'
  AND register."year" = EXTRACT(YEAR FROM notice."issuedAt" + INTERVAL '7 hours')::int;

CREATE UNIQUE INDEX "ConclusionNotice_registerId_number_key" ON "ConclusionNotice"("registerId", "number");

ALTER TABLE "ConclusionNotice" ADD CONSTRAINT "ConclusionNotice_registerId_fkey" FOREIGN KEY ("registerId") REFERENCES "DocumentNumberRegister"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
