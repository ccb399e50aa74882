/** A committee's term (nhiệm kỳ): documents are numbered per issuer × type × term (36-HD/VPTW). */
export interface TermLike {
  label: string;
  /** "2020-01-01" */
  startsOn: string;
  /** Inclusive last day, or null while the term runs. */
  endsOn: string | null;
}

/** "2020–2025" (en dash, as the Party writes terms). */
export const termLabel = (fromYear: number, toYear: number) => `${fromYear}–${toYear}`;

/**
 * The term of a unit without recorded terms: five years from a year divisible by five
 * (congresses of every level were held 2020, 2025 …). A day is a Vietnam calendar day "YYYY-MM-DD".
 */
export function defaultTermOn(day: string): TermLike {
  const year = Number(day.slice(0, 4));
  const from = Math.floor(year / 5) * 5;
  return { label: termLabel(from, from + 5), startsOn: `${from}-01-01`, endsOn: `${from + 4}-12-31` };
}

/** The recorded term that contains the day, else the latest that started before it, else the default term. */
export function termOn(day: string, recorded: TermLike[]): TermLike {
  const sorted = [...recorded].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const containing = sorted.find((term) => term.startsOn <= day && day <= (term.endsOn ?? "9999-12-31"));
  if (containing) return containing;
  if (sorted.length === 0 || day < sorted[0].startsOn) return defaultTermOn(day);
  return sorted.filter((term) => term.startsOn <= day).at(-1) ?? defaultTermOn(day);
}
