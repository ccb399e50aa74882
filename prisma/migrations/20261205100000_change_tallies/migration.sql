-- Change counters per unit (docs/decisions/0047). The read cache (0010) keyed every answer by
-- the database snapshot, so one save anywhere in the country made every page of every province
-- a miss. A page whose rows all lie in the reader's subtrees may instead be keyed by how many
-- writes those subtrees have seen: a save in another province leaves the key as it was.
--
-- Each committed statement that writes rows adds one to the row of every unit owning one of
-- them, in the writing transaction, so the sum over a subtree's rows grows with every committed
-- write inside it and never returns to an earlier value. The owner of a row is the unit the
-- policy's subtree scope tests (decision 0019): a meeting's unit, a directive's meeting's unit,
-- a report's unit, a recommendation's organization's unit; rows hanging from those belong to
-- the same unit, and a user's rows (notifications, drafts) to the user's unit. A row whose
-- owner cannot be found (its parent deleted in the same statement, no parent at all) counts
-- for the whole database: the row '' (empty path), which every key includes. So do all other
-- tables (units, organizations, people, users, periods, registers…): what a page of one
-- province shows of them may be shared with every other one.
--
-- Paths are stored, not unit ids, so that a subtree's sum is one range of the primary key.
CREATE TABLE "ChangeTally" (
    "path"    TEXT COLLATE "C" NOT NULL,
    "changes" BIGINT NOT NULL,
    CONSTRAINT "ChangeTally_pkey" PRIMARY KEY ("path")
);

-- Adds one to the row of each unit (NULL or unknown: the whole database), in path order so
-- that two transactions never wait on each other's rows in opposite orders.
CREATE FUNCTION note_unit_changes(unit_ids TEXT[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ChangeTally" ("path", "changes")
  SELECT DISTINCT COALESCE(u.path, '') COLLATE "C", 1
  FROM unnest(unit_ids) AS owner(id) LEFT JOIN "Unit" u ON u.id = owner.id
  ORDER BY 1
  ON CONFLICT ("path") DO UPDATE SET "changes" = "ChangeTally"."changes" + 1
$$;

-- Adds one to the count of each unit owning a row the statement wrote. The trigger's argument
-- is a query giving each row's owner unit id from a transition table (named where it says
-- %1$s): `old_rows` for UPDATE and DELETE, `new_rows` for INSERT and UPDATE, so a row moved to
-- another unit counts for both.
CREATE FUNCTION note_row_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN EXECUTE format('SELECT note_unit_changes(ARRAY(' || TG_ARGV[0] || '))', 'old_rows'); END IF;
  IF TG_OP <> 'DELETE' THEN EXECUTE format('SELECT note_unit_changes(ARRAY(' || TG_ARGV[0] || '))', 'new_rows'); END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION changes_everywhere() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM note_unit_changes(ARRAY[NULL::TEXT]);
  RETURN NULL;
END $$;

-- Each owned table with the query of its rows' owners; transition tables allow one event per
-- trigger, hence three statement triggers each. Every other table (but the derived tallies,
-- which change only with the rows they count, and the migrations' own bookkeeping) counts for
-- the whole database; TRUNCATE always does.
DO $$
DECLARE
  by_unit CONSTANT TEXT := 'SELECT r."unitId" FROM %1$s r';
  by_meeting CONSTANT TEXT := 'SELECT m."unitId" FROM %1$s r LEFT JOIN "Meeting" m ON m.id = r."meetingId"';
  by_directive CONSTANT TEXT := 'SELECT m."unitId" FROM %1$s r LEFT JOIN "Directive" d ON d.id = r."directiveId"
                                 LEFT JOIN "Meeting" m ON m.id = d."meetingId"';
  by_report CONSTANT TEXT := 'SELECT p."unitId" FROM %1$s r LEFT JOIN "UnitReport" p ON p.id = r."reportId"';
  by_user CONSTANT TEXT := 'SELECT u."unitId" FROM %1$s r LEFT JOIN "User" u ON u.id = r."userId"';
  owners CONSTANT TEXT[][] := ARRAY[
    ['Meeting', by_unit], ['UnitReport', by_unit], ['ConsolidatedReport', by_unit],
    ['Directive', by_meeting], ['MeetingPeriod', by_meeting], ['MeetingInvitation', by_meeting],
    ['Attendance', by_meeting], ['MeetingRemark', by_meeting], ['MeetingAmendment', by_meeting],
    ['MeetingDocument', by_meeting], ['ConclusionNotice', by_meeting], ['DirectiveReview', by_meeting],
    ['NewsItem', by_meeting],
    ['DirectiveOrganization', by_directive], ['DirectiveUpdate', by_directive], ['DirectiveDocument', by_directive],
    ['UnitReportRevision', by_report], ['IndicatorValue', by_report],
    ['Notification', by_user], ['FormDraft', by_user], ['CalendarFeedToken', by_user],
    -- A recommendation is scoped by its organization's unit; it is also read with its report.
    ['Recommendation', 'SELECT o."unitId" FROM %1$s r LEFT JOIN "Organization" o ON o.id = r."organizationId"
                        UNION ALL SELECT p."unitId" FROM %1$s r JOIN "UnitReport" p ON p.id = r."reportId"'],
    -- A file belongs to what it is attached to (a report, a progress note, a meeting, a notice);
    -- one attached to none of them (a news cover, or its parent gone) counts for the whole database.
    ['Attachment', 'SELECT owner.id FROM %1$s r
                    LEFT JOIN "UnitReport" p ON p.id = r."reportId"
                    LEFT JOIN "DirectiveUpdate" du ON du.id = r."directiveUpdateId"
                    LEFT JOIN "Directive" d ON d.id = du."directiveId"
                    LEFT JOIN "Meeting" dm ON dm.id = d."meetingId"
                    LEFT JOIN "Meeting" m ON m.id = r."meetingId"
                    LEFT JOIN "ConclusionNotice" n ON n.id = r."noticeId"
                    LEFT JOIN "Meeting" nm ON nm.id = n."meetingId"
                    CROSS JOIN LATERAL (VALUES (p."unitId"), (dm."unitId"), (m."unitId"), (nm."unitId")) AS owner(id)
                    WHERE owner.id IS NOT NULL OR num_nonnulls(p."unitId", dm."unitId", m."unitId", nm."unitId") = 0'],
    -- An audit entry is scoped by its actor's unit (none: the whole database); the meeting page
    -- also reads a meeting's and its notices' entries by entity.
    ['AuditLog', 'SELECT u."unitId" FROM %1$s r LEFT JOIN "User" u ON u.id = r."actorId"
                  UNION ALL SELECT m."unitId" FROM %1$s r JOIN "Meeting" m ON r."entityType" = ''Meeting'' AND m.id = r."entityId"
                  UNION ALL SELECT m."unitId" FROM %1$s r
                    JOIN "ConclusionNotice" n ON r."entityType" = ''ConclusionNotice'' AND n.id = r."entityId"
                    JOIN "Meeting" m ON m.id = n."meetingId"']
  ];
  owned_tables TEXT[] := '{}';
  tbl TEXT;
BEGIN
  FOR i IN 1 .. array_length(owners, 1) LOOP
    tbl := owners[i][1];
    owned_tables := owned_tables || tbl;
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_row_changes(%L)',
                   tbl || '_changes_insert', tbl, owners[i][2]);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_row_changes(%L)',
                   tbl || '_changes_update', tbl, owners[i][2]);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION note_row_changes(%L)',
                   tbl || '_changes_delete', tbl, owners[i][2]);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION changes_everywhere()',
                   tbl || '_changes_truncate', tbl);
  END LOOP;
  FOR tbl IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname NOT LIKE '\_%' AND c.relname NOT LIKE '%Tally'
      AND c.relname <> ALL (owned_tables)
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION changes_everywhere()',
                   tbl || '_changes', tbl);
  END LOOP;
END $$;
