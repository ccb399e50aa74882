-- Dashboard and notification job: a unit's upcoming report deadlines.
CREATE INDEX "PeriodDeadline_unitId_deadline_idx" ON "PeriodDeadline" ("unitId", "deadline");
-- Directive board: the default order within a scope's meetings.
CREATE INDEX "Directive_meetingId_dueDate_idx" ON "Directive" ("meetingId", "dueDate");
