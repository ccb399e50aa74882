-- Party documents (issue 15): numbering per issuing committee × document type × term
-- (nhiệm kỳ, Hướng dẫn 36-HD/VPTW §1.3.1), the generated file's SHA-256 beside a signed
-- copy, and secret calendar feed addresses.

-- A committee's term as recorded; without rows a unit's terms are the five-year ones
-- starting in a year divisible by five ("2020–2025"), see src/server/numbering/terms.ts.
CREATE TABLE "CommitteeTerm" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitteeTerm_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CommitteeTerm_unitId_label_key" ON "CommitteeTerm"("unitId", "label");
CREATE INDEX "CommitteeTerm_unitId_startsOn_idx" ON "CommitteeTerm"("unitId", "startsOn");
ALTER TABLE "CommitteeTerm" ADD CONSTRAINT "CommitteeTerm_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Registers are keyed by term. The registers kept per year until now stay as they are, with the
-- key "năm <year>", so every notice keeps its register and its (register, number) stays unique.
ALTER TABLE "DocumentNumberRegister" ADD COLUMN "term" TEXT;
UPDATE "DocumentNumberRegister" SET "term" = 'năm ' || "year";
ALTER TABLE "DocumentNumberRegister" ALTER COLUMN "term" SET NOT NULL;
ALTER TABLE "DocumentNumberRegister" ALTER COLUMN "year" DROP NOT NULL;
DROP INDEX "DocumentNumberRegister_unitId_docType_year_key";
CREATE UNIQUE INDEX "DocumentNumberRegister_unitId_docType_term_key" ON "DocumentNumberRegister"("unitId", "docType", "term");

-- The term register continues after the highest number of the years it spans, so no code
-- given in a year register ("1-TB/TU" of 2021) is given again in the same term.
INSERT INTO "DocumentNumberRegister" ("id", "unitId", "docType", "year", "term", "lastNumber")
SELECT 'term_' || md5("unitId" || '|' || "docType" || '|' || ("year" / 5 * 5)::text),
       "unitId", "docType", NULL,
       ("year" / 5 * 5)::text || '–' || ("year" / 5 * 5 + 5)::text,
       MAX("lastNumber")
FROM "DocumentNumberRegister"
WHERE "year" IS NOT NULL
GROUP BY "unitId", "docType", "year" / 5 * 5;

-- A signed and stamped scan keeps the SHA-256 of the generated file it is a copy of.
ALTER TABLE "Attachment" ADD COLUMN "generatedSha256" TEXT;

-- Personal calendar feeds: only the token's SHA-256 is stored; revoking ends the address.
CREATE TABLE "CalendarFeedToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "CalendarFeedToken_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CalendarFeedToken_tokenHash_key" ON "CalendarFeedToken"("tokenHash");
CREATE INDEX "CalendarFeedToken_userId_idx" ON "CalendarFeedToken"("userId");
ALTER TABLE "CalendarFeedToken" ADD CONSTRAINT "CalendarFeedToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
