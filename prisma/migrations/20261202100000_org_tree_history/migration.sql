-- Names as of a date (issue 13): the unit's own name joins its committee rows (a rename adds a
-- row with its validity instead of overwriting), and a roll-call row keeps the body's names as
-- they were when it was written, so a later rename changes nothing already recorded.

-- AlterTable
ALTER TABLE "UnitCommittee" ADD COLUMN "unitName" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Attendance" ADD COLUMN "organizationName" TEXT,
ADD COLUMN "organizationShortName" TEXT;

-- Backfill: the unit's name today on each of its committee rows.
UPDATE "UnitCommittee" AS committee SET "unitName" = unit."name"
FROM "Unit" AS unit WHERE unit."id" = committee."unitId" AND committee."unitName" = '';

-- Backfill: each roll-call row's body as named today (the best knowledge an existing install has).
UPDATE "Attendance" AS attendance SET "organizationName" = organization."name", "organizationShortName" = organization."shortName"
FROM "Organization" AS organization WHERE organization."id" = attendance."organizationId";

-- Every roll-call row written from now on snapshots its body's names, whichever use case writes it.
CREATE OR REPLACE FUNCTION attendance_organization_snapshot() RETURNS trigger AS $$
BEGIN
  IF NEW."organizationId" IS NULL THEN
    NEW."organizationName" := NULL;
    NEW."organizationShortName" := NULL;
  ELSIF TG_OP = 'INSERT' OR NEW."organizationId" IS DISTINCT FROM OLD."organizationId" OR NEW."organizationName" IS NULL THEN
    SELECT "name", "shortName" INTO NEW."organizationName", NEW."organizationShortName"
    FROM "Organization" WHERE "id" = NEW."organizationId";
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Attendance_organization_snapshot"
BEFORE INSERT OR UPDATE OF "organizationId" ON "Attendance"
FOR EACH ROW EXECUTE FUNCTION attendance_organization_snapshot();
