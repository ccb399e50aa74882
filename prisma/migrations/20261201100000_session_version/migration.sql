-- Session tokens carry the version they were minted with; a bump ends them all (docs/decisions/0013).
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
