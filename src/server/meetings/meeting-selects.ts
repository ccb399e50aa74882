import "server-only";

/** The roll-call columns of an attendance row that the page, the minutes and the editor's save all read. */
export const ROLL_CALL_SELECT = {
  id: true,
  fullName: true,
  position: true,
  role: true,
  kind: true,
  headCount: true,
  presence: true,
  absenceReason: true,
  substituteFor: true,
} as const;

/** The details the meeting form edits: what the page shows and what an edit records as before. */
export const MEETING_DETAILS_SELECT = {
  periodId: true,
  kind: true,
  title: true,
  startsAt: true,
  place: true,
  chairPersonId: true,
  chairName: true,
  chairPosition: true,
  reportDeadline: true,
  datePrecision: true,
  endsAt: true,
  host: true,
  resultsText: true,
  shortcomingsText: true,
  internalNotes: true,
  sourceUrl: true,
  sourceTitle: true,
  isArchive: true,
} as const;

/** The directives a meeting's documents (minutes, conclusion notice) list: not cancelled, in order, with their bodies. */
export const DOCUMENT_DIRECTIVES_SELECT = {
  where: { status: { not: "CANCELLED" } },
  orderBy: { sortOrder: "asc" },
  select: {
    content: true,
    dueDate: true,
    organizations: { select: { role: true, organization: { select: { name: true, sortOrder: true } } } },
  },
} as const;

/**
 * Attendance rows with each attendee's body named as on the meeting day: the short name recorded
 * with the row (issue 13) when there is one, else the body's current one.
 */
export function withBodyAsRecorded<
  Org extends { shortName: string },
  Row extends { organizationShortName: string | null; organization: Org | null },
>(rows: Row[]) {
  return rows.map(({ organizationShortName, ...row }) => ({
    ...row,
    organization: row.organization
      ? { ...row.organization, shortName: organizationShortName ?? row.organization.shortName }
      : null,
  }));
}
