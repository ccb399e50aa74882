import { vietnamDay } from "./dates";

/**
 * Late means submitted after the deadline instant; the deadline itself is on time.
 * Deadlines are entered as Vietnam wall-clock times (UTC+7) and stored as instants,
 * so comparing instants is comparing Vietnam times.
 */
export function isLateSubmission(submittedAt: Date, deadline: Date | null | undefined): boolean {
  return deadline ? submittedAt.getTime() > deadline.getTime() : false;
}

/** Whole Vietnam calendar days from `now` to the deadline: positive left, negative late, 0 today. */
export function daysUntilDeadline(deadline: Date, now = new Date()): number {
  const day = (value: Date) => Date.parse(`${vietnamDay(value)}T00:00:00Z`);
  return Math.round((day(deadline) - day(now)) / 86400000);
}
