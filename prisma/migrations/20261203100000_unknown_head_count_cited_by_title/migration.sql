-- AlterTable
ALTER TABLE "Attendance" ALTER COLUMN "headCount" DROP NOT NULL;

-- AlterTable
ALTER TABLE "MeetingDocument" ADD COLUMN     "manual" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "DirectiveDocument" ADD COLUMN     "manual" BOOLEAN NOT NULL DEFAULT false;

