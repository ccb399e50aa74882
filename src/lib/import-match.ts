/**
 * Matching an imported draft against the organization tree and the staff directory (pure, shared
 * by the review screen and the server). Every match says whether it is sure; when it is not, the
 * review screen offers the candidates. Ended organizations and past positions take part, so an
 * old report finds the unit and the people of its time.
 */
export interface TreeOrganization {
  id: string;
  name: string;
  shortName: string;
  kind: string;
  isActive: boolean;
}
export interface TreeUnit {
  id: string;
  name: string;
  committeeName: string;
  level: string;
  path: string;
  organizations: TreeOrganization[];
}
export interface DirectoryPerson {
  id: string;
  fullName: string;
  unitPath: string;
  positions: { title: string; organizationId: string | null; ended: boolean }[];
}
export interface PeriodOption {
  id: string;
  year: number;
  type: string;
  index: number;
  label: string;
}
export interface Match<T> {
  id: string | null;
  sure: boolean;
  candidates: T[];
}

export const key = (s: string | null | undefined) =>
  (s ?? "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function matchUnit(units: readonly TreeUnit[], name: string | null, level: string | null): Match<TreeUnit> {
  const ofLevel = level ? units.filter((u) => u.level === level) : [...units];
  const n = key(name);
  const named = n
    ? ofLevel.filter((u) => {
        const a = key(u.name);
        const b = key(u.committeeName);
        return a.includes(n) || b.includes(n) || (a.length > 2 && n.includes(a));
      })
    : [];
  if (named.length === 1) return { id: named[0]!.id, sure: true, candidates: named };
  const candidates = named.length ? named : ofLevel;
  return { id: candidates.length === 1 ? candidates[0]!.id : null, sure: false, candidates };
}

/** A month is filed under its quarter (the portal has no monthly period). */
export function matchPeriod(
  periods: readonly PeriodOption[],
  p: { type: string; index: number | null; year: number } | null,
): string | null {
  if (!p) return null;
  const type = p.type === "MONTH" ? "QUARTER" : p.type;
  const index = p.type === "MONTH" && p.index ? Math.ceil(p.index / 3) : p.index;
  return periods.find((o) => o.year === p.year && o.type === type && (type === "YEAR" || o.index === index))?.id ?? null;
}

/** Organization kind from a body's name (same rules as the importer's posts). */
export function kindOfName(name: string): string {
  const n = name.toLowerCase();
  const rules: [string, RegExp][] = [
    ["MTTQ", /mặt trận|mttq/],
    ["VETERANS", /cựu chiến binh|ccb/],
    ["YOUTH_UNION", /đoàn thanh niên|tỉnh đoàn|huyện đoàn|thành đoàn|thanh niên/],
    ["WOMEN_UNION", /phụ nữ/],
    ["FARMERS_UNION", /nông dân/],
    ["LABOR_FEDERATION", /liên đoàn lao động|công đoàn/],
    ["MASS_MOBILIZATION_BOARD", /dân vận/],
    ["PEOPLES_COUNCIL", /hđnd|hội đồng nhân dân/],
    ["PEOPLES_COMMITTEE", /ubnd|ủy ban nhân dân/],
    ["PARTY_OFFICE", /văn phòng|tỉnh ủy|thành ủy|huyện ủy|đảng ủy/],
  ];
  return rules.find(([, re]) => re.test(n))?.[0] ?? "OTHER";
}

export function matchOrganization(unit: TreeUnit | undefined, kind: string, name = ""): Match<TreeOrganization> {
  if (!unit) return { id: null, sure: false, candidates: [] };
  const n = key(name);
  const byName = n ? unit.organizations.filter((o) => key(o.name) === n || key(o.shortName) === n) : [];
  if (byName.length === 1) return { id: byName[0]!.id, sure: true, candidates: byName };
  const ofKind = kind === "OTHER" ? [] : unit.organizations.filter((o) => o.kind === kind);
  const active = ofKind.filter((o) => o.isActive);
  const pick = active.length ? active : ofKind;
  return { id: pick[0]?.id ?? null, sure: pick.length === 1, candidates: pick.length ? pick : unit.organizations };
}

export function matchPerson(
  people: readonly DirectoryPerson[],
  name: string | null,
  unitPath: string | null,
): Match<DirectoryPerson> {
  const n = key(name);
  if (!n) return { id: null, sure: false, candidates: [] };
  const same = people.filter((p) => key(p.fullName) === n);
  const near = unitPath ? same.filter((p) => unitPath.startsWith(p.unitPath) || p.unitPath.startsWith(unitPath)) : same;
  const pick = near.length ? near : same;
  return { id: pick.length === 1 ? pick[0]!.id : null, sure: pick.length === 1, candidates: pick };
}
