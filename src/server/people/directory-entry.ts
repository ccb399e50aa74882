import "server-only";
import { compareVi } from "@/lib/collation";

/** People in the order a Vietnamese directory lists them: by full name, with Vietnamese collation. */
export function byFullName<T extends { fullName: string }>(people: T[]): T[] {
  return [...people].sort((a, b) => compareVi(a.fullName, b.fullName));
}

/** What every directory picker shows of a person before their posts: who, and under which unit. */
export function directoryEntry(person: { id: string; fullName: string; unit: { path: string } }) {
  return { id: person.id, fullName: person.fullName, unitPath: person.unit.path };
}
