import "server-only";
import { actorScopeKey, type Actor } from "@/server/auth/actor";
import { can } from "@/server/auth/policy";
import { readThroughSnapshot } from "@/server/cache/snapshot-cache";
import { getDb, type Db } from "@/server/db/client";
import { byFullName, directoryEntry } from "@/server/people/directory-entry";
import { formatDate, vietnamDay } from "@/lib/dates";
import { orgTree } from "@/messages/vi/org-tree";

/** A post as the pickers see it: held in a body for a term. */
export interface PostOption {
  title: string;
  organizationId: string | null;
  isPartyPost: boolean;
  startDate: Date;
  endDate: Date | null;
}

const POST_SELECT = { title: true, organizationId: true, isPartyPost: true, startDate: true, endDate: true } as const;

const dayOf = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/** The posts held on `day` ("yyyy-mm-dd"), Party posts first, then by start. */
export function postsHeldOn<P extends PostOption>(posts: readonly P[], day: string): P[] {
  return posts
    .filter((post) => (dayOf(post.startDate) ?? "") <= day && day <= (dayOf(post.endDate) ?? "9999-12-31"))
    .sort((a, b) => Number(b.isPartyPost) - Number(a.isPartyPost) || a.startDate.getTime() - b.startDate.getTime());
}

/** "Bí thư Thành ủy, Chủ tịch HĐND thành phố": every post held that day, else the latest one held. */
export function postLabelOn(posts: readonly PostOption[], day: string): { position: string; organizationId: string | null } {
  const held = postsHeldOn(posts, day);
  if (held.length > 0) return { position: held.map((post) => post.title).join(", "), organizationId: held[0].organizationId };
  const latest = [...posts].sort((a, b) => b.startDate.getTime() - a.startDate.getTime())[0];
  return { position: latest?.title ?? "", organizationId: latest?.organizationId ?? null };
}

/** Whether a row with a validity is valid on `day` (unbounded ends are open). */
function validOn(row: { validFrom: Date | null; validTo: Date | null }, day: string): boolean {
  return (dayOf(row.validFrom) ?? "") <= day && day <= (dayOf(row.validTo) ?? "9999-12-31");
}

/** The list filters and the forms name current and historical units alike; an ended one says until when. */
export function unitLabel(unit: { name: string; validTo: Date | null }, today: string): string {
  return unit.validTo && !validOn({ validFrom: null, validTo: unit.validTo }, today)
    ? `${unit.name} (${orgTree.units.until(formatDate(unit.validTo))})`
    : unit.name;
}

/** Every period, latest year first: what meetings are filed under. */
export function listPeriods(db: Db) {
  return db.period.findMany({
    orderBy: [{ year: "desc" }, { type: "asc" }, { index: "desc" }],
    select: { id: true, year: true, type: true, index: true },
  });
}

/**
 * Units (with organizations and people), periods: what the schedule form and the meeting's
 * editors offer. A province's tree and directory barely change, so the answer is reused until the data
 * changes (snapshot cache) instead of re-sorting the directory on every page.
 */
export function listMeetingFormOptions(actor: Actor) {
  return readThroughSnapshot(`meeting-form-options:${actorScopeKey(actor)}`, () => loadMeetingFormOptions(actor));
}

async function loadMeetingFormOptions(actor: Actor) {
  const db = await getDb();
  const scoped = can(actor, "read:meeting");
  const today = vietnamDay(new Date());
  const [units, periods] = await Promise.all([
    db.unit.findMany({
      where: scoped ? { path: { startsWith: actor.unitPath } } : { id: "-" },
      orderBy: { path: "asc" },
      select: {
        id: true,
        name: true,
        level: true,
        path: true,
        validFrom: true,
        validTo: true,
        organizations: {
          where: { isActive: true },
          orderBy: { sortOrder: "asc" },
          select: {
            id: true,
            name: true,
            shortName: true,
            submitsReports: true,
            kind: true,
            parentId: true,
            validFrom: true,
            validTo: true,
          },
        },
      },
    }),
    listPeriods(db),
  ]);
  const ancestors = actor.unitPath
    .split("/")
    .filter(Boolean)
    .map((_, index, parts) => `/${parts.slice(0, index + 1).join("/")}/`);
  const people = scoped
    ? await db.person.findMany({
        where: {
          unit: {
            OR: [{ path: { startsWith: actor.unitPath } }, { path: { in: ancestors } }],
          },
        },
        select: {
          id: true,
          fullName: true,
          unit: { select: { path: true } },
          positions: { orderBy: { startDate: "desc" }, select: POST_SELECT },
        },
      })
    : [];
  return {
    // Named as the filters name them: a dissolved unit and its successor may share a name ("Thành phố Huế").
    units: units.map((unit) => ({ ...unit, label: unitLabel(unit, today), isOpen: validOn(unit, today) })),
    periods,
    people: byFullName(people).map((person) => ({
      ...directoryEntry(person),
      ...postLabelOn(person.positions, today),
      /** Every post with its term, for pickers that follow the meeting's date. */
      posts: person.positions,
    })),
    canCreate: can(actor, "create:meeting"),
  };
}

/**
 * People of a unit and the units above it, for chair and attendance pickers: each with every
 * post they held on the meeting's day joined ("Bí thư Thành ủy, Chủ tịch HĐND thành phố"), and
 * the body of their first post. Without a date, today.
 */
export async function listDirectory(unitPath: string, date?: Date | null) {
  const db = await getDb();
  const day = vietnamDay(date ?? new Date());
  const ancestors = unitPath
    .split("/")
    .filter(Boolean)
    .map((_, index, parts) => `/${parts.slice(0, index + 1).join("/")}/`);
  const people = await db.person.findMany({
    where: { unit: { path: { in: ancestors } } },
    select: {
      id: true,
      fullName: true,
      positions: { orderBy: { startDate: "desc" }, select: POST_SELECT },
    },
  });
  return byFullName(people).map((person) => ({
    id: person.id,
    fullName: person.fullName,
    ...postLabelOn(person.positions, day),
    posts: postsHeldOn(person.positions, day).map((post) => ({ title: post.title, organizationId: post.organizationId })),
  }));
}

/**
 * Every body of a unit valid on a day, whatever its kind (Party boards, People's Committee and
 * Council, the National Assembly delegation office, the Front and the organizations under it):
 * attendee pickers and a directive's organizations. `submitsReports` tells the reporting ones;
 * a coordinating body (UBND) can support a directive without reporting.
 */
export async function listBodiesOn(unitId: string, date?: Date | null) {
  const db = await getDb();
  const day = vietnamDay(date ?? new Date());
  const bodies = await db.organization.findMany({
    where: { unitId, isActive: true },
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      name: true,
      shortName: true,
      kind: true,
      parentId: true,
      submitsReports: true,
      validFrom: true,
      validTo: true,
    },
  });
  return bodies.filter((body) => validOn(body, day));
}
