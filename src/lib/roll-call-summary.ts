/** One roll-call row as the minutes count it (Attendance: kind, headCount, presence, substituteFor). */
export interface RollCallRow {
  fullName: string;
  kind?: "PERSON" | "DELEGATION";
  /** People a delegation row stands for; 1 for a person; null for a delegation of unknown size. */
  headCount?: number | null;
  presence?: "PRESENT" | "EXCUSED" | "UNEXCUSED" | "SUBSTITUTE";
  /** Whom a substitute (dự thay) replaces, as written. */
  substituteFor?: string | null;
}

export interface RollCallSummary {
  /** N of "Có mặt: N/M đại biểu": people present, a delegation by its head count, substitutes included. */
  present: number;
  /** M: people called (invited), each seat once: a substitute for someone on the list takes that seat. */
  expected: number;
  excused: number;
  unexcused: number;
  /** Delegations present whose head count the source does not give: named beside N/M, never guessed into it. */
  unknownDelegations: number;
}

const heads = (row: RollCallRow) => Math.max(1, Math.trunc(row.headCount ?? 1));
/** A delegation whose size is not known ("đại diện lãnh đạo các ban" of a press report). */
export const unknownSize = (row: RollCallRow) => row.kind === "DELEGATION" && row.headCount === null;
const key = (name: string) => name.normalize("NFC").trim().toLocaleLowerCase("vi");

/**
 * Counts the roll call as the minutes print it, by head count ("đại diện lãnh đạo Ban Tổ chức"
 * with 3 people counts 3, not 1). A substitute fills the seat of the person it replaces: when
 * that person is on the list the seat is counted once, and their absence is not counted again.
 * A delegation of unknown size is counted apart (`unknownDelegations`), not as one head.
 */
export function summarizeRollCall(rows: RollCallRow[]): RollCallSummary {
  const replaced = new Set(
    rows.filter((row) => row.presence === "SUBSTITUTE" && row.substituteFor).map((row) => key(row.substituteFor!)),
  );
  const listed = new Set(rows.map((row) => key(row.fullName)));
  let present = 0;
  let expected = 0;
  let excused = 0;
  let unexcused = 0;
  let unknownDelegations = 0;
  for (const row of rows) {
    const presence = row.presence ?? "PRESENT";
    if (unknownSize(row)) {
      if (presence === "PRESENT" || presence === "SUBSTITUTE") unknownDelegations += 1;
      continue;
    }
    const count = heads(row);
    const replacedHere = presence !== "SUBSTITUTE" && replaced.has(key(row.fullName));
    if (presence === "PRESENT" || presence === "SUBSTITUTE") present += count;
    if (presence === "EXCUSED" && !replacedHere) excused += count;
    if (presence === "UNEXCUSED" && !replacedHere) unexcused += count;
    const seatTakenByListed = presence === "SUBSTITUTE" && row.substituteFor && listed.has(key(row.substituteFor));
    if (!seatTakenByListed) expected += count;
  }
  return { present, expected, excused, unexcused, unknownDelegations };
}
