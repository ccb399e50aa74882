const TONES: Record<string, string> = {
  DRAFT: "bg-slate-100 text-slate-700 ring-slate-300",
  SCHEDULED: "bg-blue-50 text-blue-800 ring-blue-200",
  HELD: "bg-amber-50 text-amber-800 ring-amber-200",
  CONCLUDED: "bg-violet-50 text-violet-800 ring-violet-200",
  PUBLISHED: "bg-green-50 text-green-800 ring-green-200",
  SUBMITTED: "bg-blue-50 text-blue-800 ring-blue-200",
  ACCEPTED: "bg-green-50 text-green-800 ring-green-200",
  RETURNED: "bg-red-50 text-red-800 ring-red-200",
  OPEN: "bg-slate-100 text-slate-700 ring-slate-300",
  IN_PROGRESS: "bg-blue-50 text-blue-800 ring-blue-200",
  DONE: "bg-green-50 text-green-800 ring-green-200",
  CANCELLED: "bg-slate-100 text-slate-600 ring-slate-300",
  OVERDUE: "bg-red-50 text-red-800 ring-red-200",
  ON_TIME: "bg-green-50 text-green-800 ring-green-200",
  LATE: "bg-amber-50 text-amber-800 ring-amber-200",
  MISSING: "bg-red-50 text-red-800 ring-red-200",
  ANSWERED: "bg-green-50 text-green-800 ring-green-200",
  FORWARDED: "bg-violet-50 text-violet-800 ring-violet-200",
  CLOSED: "bg-slate-100 text-slate-600 ring-slate-300",
  UNPUBLISHED: "bg-slate-100 text-slate-600 ring-slate-300",
};

/** A status as a labelled badge: colour is never the only signal, the text says it. */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[status] ?? TONES.DRAFT}`}
    >
      {label}
    </span>
  );
}
