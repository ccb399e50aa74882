/**
 * The meeting editors' choices: plain values without zod, so a client form can import them without
 * taking zod into the page's first-load JavaScript (docs/decisions/0026); schemas.ts builds on them.
 */
export const DATE_PRECISIONS = ["DATE_TIME", "DATE", "MONTH"] as const;
export const MEETING_HOSTS = ["STANDING_BOARD", "STANDING_COMMITTEE", "MASS_MOBILIZATION_BOARD"] as const;
export const ATTENDEE_KINDS = ["PERSON", "DELEGATION"] as const;
export const PRESENCES = ["PRESENT", "EXCUSED", "UNEXCUSED", "SUBSTITUTE"] as const;
export const ATTENDANCE_ROLES = ["CHAIR", "CO_CHAIR", "GUEST", "REPORTER", "SPEAKER", "SECRETARY", "ATTENDEE"] as const;

/** A due date: a day, "" for none, or the end of the quarter after the meeting's period. */
export const NEXT_QUARTER_END = "next-quarter-end";
