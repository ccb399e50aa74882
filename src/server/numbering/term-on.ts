import "server-only";
import type { Tx } from "@/server/db/client";
import { vietnamDay } from "@/lib/dates";
import { termOn, type TermLike } from "@/lib/terms";

const iso = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/** The unit's term on a date (Vietnam day): a recorded CommitteeTerm, else the five-year default. */
export async function getTermOn(db: Tx, unitId: string, date: Date): Promise<TermLike> {
  const rows = await db.committeeTerm.findMany({
    where: { unitId },
    select: { label: true, startsOn: true, endsOn: true },
  });
  return termOn(
    vietnamDay(date),
    rows.map((row) => ({ label: row.label, startsOn: iso(row.startsOn)!, endsOn: iso(row.endsOn) })),
  );
}
