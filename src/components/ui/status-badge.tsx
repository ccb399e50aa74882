/** Each status's colours (globals.css: .badge-*; one short class, since lists repeat it on every row). */
const TONES: Record<string, string> = {
  DRAFT: "badge-slate",
  SCHEDULED: "badge-blue",
  HELD: "badge-amber",
  CONCLUDED: "badge-violet",
  PUBLISHED: "badge-green",
  SUBMITTED: "badge-blue",
  ACCEPTED: "badge-green",
  RETURNED: "badge-red",
  OPEN: "badge-slate",
  IN_PROGRESS: "badge-blue",
  DONE: "badge-green",
  CANCELLED: "badge-muted",
  OVERDUE: "badge-red",
  ON_TIME: "badge-green",
  LATE: "badge-amber",
  MISSING: "badge-red",
  ANSWERED: "badge-green",
  FORWARDED: "badge-violet",
  CLOSED: "badge-muted",
  UNPUBLISHED: "badge-muted",
};

/** A status as a labelled badge: colour is never the only signal, the text says it. */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`badge ${TONES[status] ?? TONES.DRAFT}`}>{label}</span>;
}
