-- Counters kept current in the writing transaction (docs/decisions/0027). The dashboard, the
-- home page and the directive board read a few rows of these tables instead of counting a
-- scope's reports and directives on every cache miss. Each row counts one unit's SUBTREE (the
-- unit and every unit below it): a report or directive adds one to the row of its own unit and
-- of each unit above it, so a province's figure is one indexed read. Triggers on the source
-- tables maintain them, so every writer (use cases, seed, restore, raw SQL) keeps them exact
-- in its own transaction; nothing in the application writes them.

-- The units whose subtree holds the unit (itself included), from its materialized path.
CREATE FUNCTION unit_subtree_roots(unit_id TEXT) RETURNS SETOF TEXT LANGUAGE sql STABLE AS $$
  SELECT a.id FROM "Unit" u
  CROSS JOIN LATERAL generate_series(1, array_length(string_to_array(trim(BOTH '/' FROM u.path), '/'), 1)) AS i
  JOIN "Unit" a ON a.path = '/' || array_to_string((string_to_array(trim(BOTH '/' FROM u.path), '/'))[1:i], '/') || '/'
  WHERE u.id = unit_id
$$;

-- Reports of a subtree per period, status and lateness.
CREATE TABLE "ReportTally" (
    "unitId"   TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "status"   "ReportStatus" NOT NULL,
    "isLate"   BOOLEAN NOT NULL,
    "count"    INTEGER NOT NULL,
    CONSTRAINT "ReportTally_pkey" PRIMARY KEY ("unitId", "periodId", "status", "isLate")
);
-- Covering indexes: the readers' sums are index-only scans.
CREATE INDEX "ReportTally_unitId_status_idx" ON "ReportTally" ("unitId", "status") INCLUDE ("count");

-- Directives of a subtree's meetings per meeting period, status and due day ('infinity' when
-- none): overdue (open, due before today) is a sum over a few rows.
CREATE TABLE "DirectiveTally" (
    "unitId"   TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "status"   "DirectiveStatus" NOT NULL,
    "dueDate"  DATE NOT NULL,
    "count"    INTEGER NOT NULL,
    CONSTRAINT "DirectiveTally_pkey" PRIMARY KEY ("unitId", "periodId", "status", "dueDate")
);
CREATE INDEX "DirectiveTally_unitId_status_dueDate_idx" ON "DirectiveTally" ("unitId", "status", "dueDate") INCLUDE ("count");

CREATE FUNCTION report_tally_add(unit_id TEXT, period_id TEXT, report_status "ReportStatus", late BOOLEAN, delta INTEGER)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ReportTally" ("unitId", "periodId", "status", "isLate", "count")
  SELECT root, period_id, report_status, late, delta FROM unit_subtree_roots(unit_id) AS root
  ON CONFLICT ("unitId", "periodId", "status", "isLate") DO UPDATE SET "count" = "ReportTally"."count" + EXCLUDED."count"
$$;

CREATE FUNCTION directive_tally_add(meeting_id TEXT, directive_status "DirectiveStatus", due DATE, delta INTEGER)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DirectiveTally" ("unitId", "periodId", "status", "dueDate", "count")
  SELECT root, m."periodId", directive_status, COALESCE(due, 'infinity'::date), delta
  FROM "Meeting" m CROSS JOIN LATERAL unit_subtree_roots(m."unitId") AS root
  WHERE m.id = meeting_id
  ON CONFLICT ("unitId", "periodId", "status", "dueDate") DO UPDATE SET "count" = "DirectiveTally"."count" + EXCLUDED."count"
$$;

CREATE FUNCTION unit_report_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM report_tally_add(OLD."unitId", OLD."periodId", OLD.status, OLD."isLate", -1);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM report_tally_add(NEW."unitId", NEW."periodId", NEW.status, NEW."isLate", 1);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "UnitReport_tally_insert_delete" AFTER INSERT OR DELETE ON "UnitReport"
  FOR EACH ROW EXECUTE FUNCTION unit_report_tally();
CREATE TRIGGER "UnitReport_tally_update" AFTER UPDATE OF "unitId", "periodId", "status", "isLate" ON "UnitReport"
  FOR EACH ROW
  WHEN (OLD."unitId" IS DISTINCT FROM NEW."unitId" OR OLD."periodId" IS DISTINCT FROM NEW."periodId"
        OR OLD.status IS DISTINCT FROM NEW.status OR OLD."isLate" IS DISTINCT FROM NEW."isLate")
  EXECUTE FUNCTION unit_report_tally();

-- A directive deleted with its meeting finds no meeting here: the meeting's own trigger
-- (below) has already taken its directives out.
CREATE FUNCTION directive_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM directive_tally_add(OLD."meetingId", OLD.status, OLD."dueDate", -1);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM directive_tally_add(NEW."meetingId", NEW.status, NEW."dueDate", 1);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Directive_tally_insert_delete" AFTER INSERT OR DELETE ON "Directive"
  FOR EACH ROW EXECUTE FUNCTION directive_tally();
CREATE TRIGGER "Directive_tally_update" AFTER UPDATE OF "meetingId", "status", "dueDate" ON "Directive"
  FOR EACH ROW
  WHEN (OLD."meetingId" IS DISTINCT FROM NEW."meetingId" OR OLD.status IS DISTINCT FROM NEW.status
        OR OLD."dueDate" IS DISTINCT FROM NEW."dueDate")
  EXECUTE FUNCTION directive_tally();

-- A meeting moved to another period or unit carries its directives' counts along; a deleted
-- meeting takes them out before its directives are deleted by the cascade.
CREATE FUNCTION meeting_directive_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "DirectiveTally" ("unitId", "periodId", "status", "dueDate", "count")
  SELECT root, OLD."periodId", d.status, COALESCE(d."dueDate", 'infinity'::date), -count(*)::int
  FROM "Directive" d CROSS JOIN LATERAL unit_subtree_roots(OLD."unitId") AS root
  WHERE d."meetingId" = OLD.id
  GROUP BY root, d.status, COALESCE(d."dueDate", 'infinity'::date)
  ON CONFLICT ("unitId", "periodId", "status", "dueDate") DO UPDATE SET "count" = "DirectiveTally"."count" + EXCLUDED."count";
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO "DirectiveTally" ("unitId", "periodId", "status", "dueDate", "count")
    SELECT root, NEW."periodId", d.status, COALESCE(d."dueDate", 'infinity'::date), count(*)::int
    FROM "Directive" d CROSS JOIN LATERAL unit_subtree_roots(NEW."unitId") AS root
    WHERE d."meetingId" = NEW.id
    GROUP BY root, d.status, COALESCE(d."dueDate", 'infinity'::date)
    ON CONFLICT ("unitId", "periodId", "status", "dueDate") DO UPDATE SET "count" = "DirectiveTally"."count" + EXCLUDED."count";
    RETURN NEW;
  END IF;
  RETURN OLD;
END $$;

CREATE TRIGGER "Meeting_tally_update" AFTER UPDATE OF "unitId", "periodId" ON "Meeting"
  FOR EACH ROW
  WHEN (OLD."unitId" IS DISTINCT FROM NEW."unitId" OR OLD."periodId" IS DISTINCT FROM NEW."periodId")
  EXECUTE FUNCTION meeting_directive_tally();
CREATE TRIGGER "Meeting_tally_delete" BEFORE DELETE ON "Meeting"
  FOR EACH ROW EXECUTE FUNCTION meeting_directive_tally();

-- Directives of a subtree's meetings per organization taking part (lead or support), status
-- and due day: "overdue by lead organization" and the board's organization filter.
CREATE TABLE "DirectiveOrganizationTally" (
    "unitId"         TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role"           "DirectiveOrgRole" NOT NULL,
    "status"         "DirectiveStatus" NOT NULL,
    "dueDate"        DATE NOT NULL,
    "count"          INTEGER NOT NULL,
    CONSTRAINT "DirectiveOrganizationTally_pkey" PRIMARY KEY ("unitId", "organizationId", "role", "status", "dueDate")
);
CREATE INDEX "DirectiveOrganizationTally_unitId_role_status_dueDate_idx"
  ON "DirectiveOrganizationTally" ("unitId", "role", "status", "dueDate") INCLUDE ("organizationId", "count");

CREATE FUNCTION directive_organization_tally_add(meeting_id TEXT, organization_id TEXT, org_role "DirectiveOrgRole",
                                                 directive_status "DirectiveStatus", due DATE, delta INTEGER)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DirectiveOrganizationTally" ("unitId", "organizationId", "role", "status", "dueDate", "count")
  SELECT root, organization_id, org_role, directive_status, COALESCE(due, 'infinity'::date), delta
  FROM "Meeting" m CROSS JOIN LATERAL unit_subtree_roots(m."unitId") AS root
  WHERE m.id = meeting_id
  ON CONFLICT ("unitId", "organizationId", "role", "status", "dueDate")
  DO UPDATE SET "count" = "DirectiveOrganizationTally"."count" + EXCLUDED."count"
$$;

-- An organization joins or leaves a directive. Rows deleted with their directive find no
-- directive here: the directive's own trigger has already taken them out.
CREATE FUNCTION directive_organization_row_tally() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d RECORD;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT "meetingId", status, "dueDate" INTO d FROM "Directive" WHERE id = OLD."directiveId";
    IF FOUND THEN
      PERFORM directive_organization_tally_add(d."meetingId", OLD."organizationId", OLD.role, d.status, d."dueDate", -1);
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    SELECT "meetingId", status, "dueDate" INTO d FROM "Directive" WHERE id = NEW."directiveId";
    IF FOUND THEN
      PERFORM directive_organization_tally_add(d."meetingId", NEW."organizationId", NEW.role, d.status, d."dueDate", 1);
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "DirectiveOrganization_tally" AFTER INSERT OR UPDATE OR DELETE ON "DirectiveOrganization"
  FOR EACH ROW EXECUTE FUNCTION directive_organization_row_tally();

-- A directive changes status, due day or meeting (its organizations move along), or is
-- deleted (before the cascade removes its organization rows).
CREATE FUNCTION directive_organizations_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM directive_organization_tally_add(OLD."meetingId", o."organizationId", o.role, OLD.status, OLD."dueDate", -1)
  FROM "DirectiveOrganization" o WHERE o."directiveId" = OLD.id;
  IF TG_OP = 'UPDATE' THEN
    PERFORM directive_organization_tally_add(NEW."meetingId", o."organizationId", o.role, NEW.status, NEW."dueDate", 1)
    FROM "DirectiveOrganization" o WHERE o."directiveId" = NEW.id;
    RETURN NEW;
  END IF;
  RETURN OLD;
END $$;

CREATE TRIGGER "Directive_organization_tally_update" AFTER UPDATE OF "meetingId", "status", "dueDate" ON "Directive"
  FOR EACH ROW
  WHEN (OLD."meetingId" IS DISTINCT FROM NEW."meetingId" OR OLD.status IS DISTINCT FROM NEW.status
        OR OLD."dueDate" IS DISTINCT FROM NEW."dueDate")
  EXECUTE FUNCTION directive_organizations_tally();
CREATE TRIGGER "Directive_organization_tally_delete" BEFORE DELETE ON "Directive"
  FOR EACH ROW EXECUTE FUNCTION directive_organizations_tally();

-- A meeting moved to another unit, or deleted: its directives' organization counts go along.
CREATE FUNCTION meeting_directive_organization_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "DirectiveOrganizationTally" ("unitId", "organizationId", "role", "status", "dueDate", "count")
  SELECT root, o."organizationId", o.role, d.status, COALESCE(d."dueDate", 'infinity'::date), -count(*)::int
  FROM "Directive" d JOIN "DirectiveOrganization" o ON o."directiveId" = d.id
  CROSS JOIN LATERAL unit_subtree_roots(OLD."unitId") AS root
  WHERE d."meetingId" = OLD.id
  GROUP BY root, o."organizationId", o.role, d.status, COALESCE(d."dueDate", 'infinity'::date)
  ON CONFLICT ("unitId", "organizationId", "role", "status", "dueDate")
  DO UPDATE SET "count" = "DirectiveOrganizationTally"."count" + EXCLUDED."count";
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO "DirectiveOrganizationTally" ("unitId", "organizationId", "role", "status", "dueDate", "count")
    SELECT root, o."organizationId", o.role, d.status, COALESCE(d."dueDate", 'infinity'::date), count(*)::int
    FROM "Directive" d JOIN "DirectiveOrganization" o ON o."directiveId" = d.id
    CROSS JOIN LATERAL unit_subtree_roots(NEW."unitId") AS root
    WHERE d."meetingId" = NEW.id
    GROUP BY root, o."organizationId", o.role, d.status, COALESCE(d."dueDate", 'infinity'::date)
    ON CONFLICT ("unitId", "organizationId", "role", "status", "dueDate")
    DO UPDATE SET "count" = "DirectiveOrganizationTally"."count" + EXCLUDED."count";
    RETURN NEW;
  END IF;
  RETURN OLD;
END $$;

CREATE TRIGGER "Meeting_organization_tally_update" AFTER UPDATE OF "unitId" ON "Meeting"
  FOR EACH ROW WHEN (OLD."unitId" IS DISTINCT FROM NEW."unitId")
  EXECUTE FUNCTION meeting_directive_organization_tally();
CREATE TRIGGER "Meeting_organization_tally_delete" BEFORE DELETE ON "Meeting"
  FOR EACH ROW EXECUTE FUNCTION meeting_directive_organization_tally();

-- Every tally recounted from the source rows (counted per unit first, then added to each
-- subtree): the backfill below, and bulk loads that ran with the triggers disabled
-- (scripts/seed-scale.ts). Takes the tables' locks, so writers wait for it.
CREATE FUNCTION rebuild_tallies() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  LOCK TABLE "UnitReport", "Directive", "DirectiveOrganization", "Meeting" IN SHARE MODE;
  DELETE FROM "ReportTally";
  DELETE FROM "DirectiveTally";
  DELETE FROM "DirectiveOrganizationTally";
  INSERT INTO "ReportTally" ("unitId", "periodId", "status", "isLate", "count")
  SELECT a.id, r."periodId", r.status, r."isLate", sum(r.n)::int
  FROM (SELECT "unitId", "periodId", status, "isLate", count(*) AS n FROM "UnitReport" GROUP BY 1, 2, 3, 4) r
  JOIN "Unit" u ON u.id = r."unitId" CROSS JOIN LATERAL unit_subtree_roots(u.id) AS a(id)
  GROUP BY a.id, r."periodId", r.status, r."isLate";

  INSERT INTO "DirectiveTally" ("unitId", "periodId", "status", "dueDate", "count")
  SELECT a.id, d."periodId", d.status, d."dueDate", sum(d.n)::int
  FROM (SELECT m."unitId", m."periodId", x.status, COALESCE(x."dueDate", 'infinity'::date) AS "dueDate", count(*) AS n
        FROM "Directive" x JOIN "Meeting" m ON m.id = x."meetingId" GROUP BY 1, 2, 3, 4) d
  CROSS JOIN LATERAL unit_subtree_roots(d."unitId") AS a(id)
  GROUP BY a.id, d."periodId", d.status, d."dueDate";

  INSERT INTO "DirectiveOrganizationTally" ("unitId", "organizationId", "role", "status", "dueDate", "count")
  SELECT a.id, d."organizationId", d.role, d.status, d."dueDate", sum(d.n)::int
  FROM (SELECT m."unitId", o."organizationId", o.role, x.status, COALESCE(x."dueDate", 'infinity'::date) AS "dueDate", count(*) AS n
        FROM "Directive" x JOIN "Meeting" m ON m.id = x."meetingId" JOIN "DirectiveOrganization" o ON o."directiveId" = x.id
        GROUP BY 1, 2, 3, 4, 5) d
  CROSS JOIN LATERAL unit_subtree_roots(d."unitId") AS a(id)
  GROUP BY a.id, d."organizationId", d.role, d.status, d."dueDate";
END $fn$;

SELECT rebuild_tallies();
