-- CreateEnum
CREATE TYPE "ConsolidatedReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'ISSUED');

-- CreateTable
CREATE TABLE "ConsolidatedReport" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "status" "ConsolidatedReportStatus" NOT NULL DEFAULT 'DRAFT',
    "registerId" TEXT,
    "number" INTEGER,
    "code" TEXT,
    "situation" TEXT NOT NULL,
    "results" TEXT NOT NULL,
    "shortcomings" TEXT NOT NULL,
    "nextTasks" TEXT NOT NULL,
    "proposals" TEXT NOT NULL,
    "signing" TEXT NOT NULL DEFAULT 'TM',
    "signerName" TEXT NOT NULL DEFAULT '',
    "recipients" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "issuedById" TEXT,
    "issuedAt" TIMESTAMP(3),
    "pdfStorageKey" TEXT,
    "pdfSha256" TEXT,
    "docxStorageKey" TEXT,
    "docxSha256" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsolidatedReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConsolidatedReport_unitId_periodId_key" ON "ConsolidatedReport"("unitId", "periodId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsolidatedReport_registerId_number_key" ON "ConsolidatedReport"("registerId", "number");

-- AddForeignKey
ALTER TABLE "ConsolidatedReport" ADD CONSTRAINT "ConsolidatedReport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsolidatedReport" ADD CONSTRAINT "ConsolidatedReport_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsolidatedReport" ADD CONSTRAINT "ConsolidatedReport_registerId_fkey" FOREIGN KEY ("registerId") REFERENCES "DocumentNumberRegister"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

