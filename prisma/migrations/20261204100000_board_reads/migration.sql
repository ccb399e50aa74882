-- Reads of the board and the report page when the read cache misses (docs/decisions/0044).

-- The board's default page is placed by the subtree tallies (due days and their counts), then
-- read as the scope's directives of those few due days: the scope's GIN bitmap ANDed with this
-- one, instead of sorting every directive of the scope.
CREATE INDEX "Directive_dueDate_idx" ON "Directive" ("dueDate");

-- A report's recommendations (the report page, and deleting a report cascades to them) were
-- found by reading the whole table.
CREATE INDEX "Recommendation_reportId_idx" ON "Recommendation" ("reportId");

-- Every search of the GIN index reads its whole pending list (entries not yet merged, up to
-- 4 MB by default): with a writer updating directives (a status change is not a HOT update),
-- that was ~370 pages and ~15 ms on every board and search read at national scale. A smaller
-- list is merged more often, by the writes, in smaller steps.
ALTER INDEX "Directive_searchVector_idx" SET (gin_pending_list_limit = 256);
