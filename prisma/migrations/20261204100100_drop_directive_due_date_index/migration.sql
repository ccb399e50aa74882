-- The index on "dueDate" alone (previous migration) was meant for placing the board's page by
-- due day; measured at national scale, the scope's GIN bitmap ANDed with it read no fewer rows
-- than the board's one statement does (a due day holds ~10,000 directives nationally), and
-- the planner then walked it in due-day order for the board's window count (1.2 s instead of
-- 10 ms). The board keeps the plan of decision 0041 (docs/decisions/0044).
DROP INDEX "Directive_dueDate_idx";
