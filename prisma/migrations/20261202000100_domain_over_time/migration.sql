-- The domain as it really is (issues 13–15): units, committees and bodies over time,
-- roll call, meeting facts in their own fields, archive entry, companion periods and
-- meeting/notice attachments. Existing rows are filled from what they already say.
-- CreateEnum
CREATE TYPE "AttendeeKind" AS ENUM ('PERSON', 'DELEGATION');

-- CreateEnum
CREATE TYPE "Presence" AS ENUM ('PRESENT', 'EXCUSED', 'UNEXCUSED', 'SUBSTITUTE');

-- CreateEnum
CREATE TYPE "MeetingHost" AS ENUM ('STANDING_BOARD', 'STANDING_COMMITTEE', 'MASS_MOBILIZATION_BOARD');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DATE_TIME', 'DATE', 'MONTH');

-- CreateEnum
CREATE TYPE "UnitSuccessionKind" AS ENUM ('MERGER', 'SPLIT', 'RENAME');

-- CreateEnum
CREATE TYPE "AttachmentKind" AS ENUM ('INVITATION', 'PROGRAMME', 'REPORT', 'SPEECH', 'PHOTO', 'SIGNED_NOTICE', 'SIGNED_MINUTES', 'OTHER');

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "isHistorical" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "kindWord" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "validFrom" DATE,
ADD COLUMN     "validTo" DATE;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "parentId" TEXT,
ADD COLUMN     "validFrom" DATE,
ADD COLUMN     "validTo" DATE;

-- AlterTable
ALTER TABLE "Position" ADD COLUMN     "isPartyPost" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DATE_TIME',
ADD COLUMN     "endsAt" TIMESTAMP(3),
ADD COLUMN     "host" "MeetingHost",
ADD COLUMN     "internalNotes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "isArchive" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "resultsText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "shortcomingsText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sourceTitle" TEXT,
ADD COLUMN     "sourceUrl" TEXT;

-- AlterTable
ALTER TABLE "Attendance" ADD COLUMN     "absenceReason" TEXT,
ADD COLUMN     "headCount" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "kind" "AttendeeKind" NOT NULL DEFAULT 'PERSON',
ADD COLUMN     "presence" "Presence" NOT NULL DEFAULT 'PRESENT',
ADD COLUMN     "substituteFor" TEXT;

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "kind" "AttachmentKind",
ADD COLUMN     "meetingId" TEXT,
ADD COLUMN     "noticeId" TEXT;

-- CreateTable
CREATE TABLE "UnitCommittee" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "superiorBodyName" TEXT,
    "numberSuffix" TEXT NOT NULL,
    "placeName" TEXT NOT NULL,
    "validFrom" DATE,
    "validTo" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitCommittee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitSuccession" (
    "id" TEXT NOT NULL,
    "predecessorId" TEXT NOT NULL,
    "successorId" TEXT NOT NULL,
    "kind" "UnitSuccessionKind" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitSuccession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingPeriod" (
    "meetingId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,

    CONSTRAINT "MeetingPeriod_pkey" PRIMARY KEY ("meetingId","periodId")
);

-- CreateIndex
CREATE INDEX "UnitCommittee_unitId_validFrom_idx" ON "UnitCommittee"("unitId", "validFrom");

-- CreateIndex
CREATE INDEX "UnitSuccession_successorId_idx" ON "UnitSuccession"("successorId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitSuccession_predecessorId_successorId_key" ON "UnitSuccession"("predecessorId", "successorId");

-- CreateIndex
CREATE INDEX "MeetingPeriod_periodId_idx" ON "MeetingPeriod"("periodId");

-- CreateIndex
CREATE INDEX "Attachment_meetingId_idx" ON "Attachment"("meetingId");

-- CreateIndex
CREATE INDEX "Attachment_noticeId_idx" ON "Attachment"("noticeId");

-- AddForeignKey
ALTER TABLE "UnitCommittee" ADD CONSTRAINT "UnitCommittee_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPeriod" ADD CONSTRAINT "MeetingPeriod_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPeriod" ADD CONSTRAINT "MeetingPeriod_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "ConclusionNotice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: each unit's committee as named today, valid since ever.
UPDATE "Unit" SET "kindWord" = CASE
  WHEN "name" LIKE 'Tỉnh %' THEN 'tỉnh'
  WHEN "name" LIKE 'Thành phố %' THEN 'thành phố'
  WHEN "name" LIKE 'Huyện %' THEN 'huyện'
  WHEN "name" LIKE 'Quận %' THEN 'quận'
  WHEN "name" LIKE 'Thị xã %' THEN 'thị xã'
  WHEN "name" LIKE 'Thị trấn %' THEN 'thị trấn'
  WHEN "name" LIKE 'Xã %' THEN 'xã'
  WHEN "name" LIKE 'Phường %' THEN 'phường'
  WHEN "name" LIKE 'Đặc khu %' THEN 'đặc khu'
  ELSE '' END;

INSERT INTO "UnitCommittee" ("id", "unitId", "name", "superiorBodyName", "numberSuffix", "placeName")
SELECT 'uc_' || unit."id",
       unit."id",
       unit."committeeName",
       CASE WHEN parent."id" IS NULL THEN NULL ELSE 'ĐẢNG BỘ ' || upper(parent."name") END,
       CASE
         WHEN unit."committeeName" ~* '^(Tỉnh|Thành|Thị) (ủy|uỷ)' THEN 'TU'
         WHEN unit."committeeName" ~* '^Huyện (ủy|uỷ)' THEN 'HU'
         WHEN unit."committeeName" ~* '^Quận (ủy|uỷ)' THEN 'QU'
         ELSE 'ĐU' END,
       unit."placeName"
FROM "Unit" AS unit LEFT JOIN "Unit" AS parent ON parent."id" = unit."parentId";

-- Backfill: an absence recorded before had no reason; it reads as "vắng có lý do" without one.
UPDATE "Attendance" SET "presence" = 'EXCUSED' WHERE "absent";
