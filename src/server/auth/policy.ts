import "server-only";
import type { Prisma, Role } from "@prisma/client";
import { AppError } from "@/server/errors";
import type { Actor } from "./actor";
import { NOTHING, SCOPE_RELATIONS, type EntityWhere, type ScopedEntity } from "./entity-scopes";

/**
 * Permissions as data: each role lists the `action:entity:scope` strings it holds.
 * This table is the only place that decides who may do what (DESIGN.md §1): checks, list
 * queries and notification recipients are all derived from it (decision 0019), and no
 * role name is compared anywhere else (tests/unit/policy-authority.test.ts).
 * tests/unit/policy.test.ts prints it and fails if any cell changes.
 */
export const ENTITIES = [
  "user",
  "unit",
  "period",
  "audit",
  "meeting",
  "report",
  "recommendation",
  "directive",
  "document",
  "notice",
  "news",
  "dashboard",
  "indicator",
  "notification",
] as const;
export type Entity = (typeof ENTITIES)[number];

export const SCOPES = ["any", "unit-subtree", "own-org", "published"] as const;
export type Scope = (typeof SCOPES)[number];

export type Action =
  | "read:user"
  | "manage:user"
  | "read:unit"
  | "manage:unit"
  | "read:period"
  | "manage:period"
  | "read:audit"
  | "read:meeting"
  | "follow:meeting"
  | "create:meeting"
  | "update:meeting"
  | "approve:meeting"
  | "publish:meeting"
  | "amend:meeting"
  | "import:meeting"
  | "attach:meeting"
  | "read:report"
  | "edit:report"
  | "submit:report"
  | "review:report"
  | "read:report-matrix"
  | "remind:report"
  | "read:recommendation"
  | "answer:recommendation"
  | "read:directive"
  | "update:directive"
  | "progress:directive"
  | "confirm:directive"
  | "read:document"
  | "manage:document"
  | "read:notice"
  | "draft:notice"
  | "approve:notice"
  | "issue:notice"
  | "read:consolidated-report"
  | "draft:consolidated-report"
  | "approve:consolidated-report"
  | "issue:consolidated-report"
  | "read:news"
  | "manage:news"
  | "read:dashboard"
  | "manage:indicator"
  | "run:notification";

export type Permission = `${Action}:${Scope}`;

export const PERMISSIONS = {
  ADMIN: [
    "read:user:unit-subtree",
    "manage:user:unit-subtree",
    "read:unit:any",
    "manage:unit:any",
    "read:period:any",
    "manage:period:any",
    "read:audit:unit-subtree",
    "read:meeting:unit-subtree",
    "read:document:any",
    "manage:indicator:any",
    "run:notification:any",
  ],
  SECRETARIAT: [
    "read:unit:any",
    "read:period:any",
    "read:meeting:unit-subtree",
    "create:meeting:unit-subtree",
    "update:meeting:unit-subtree",
    "publish:meeting:unit-subtree",
    "amend:meeting:unit-subtree",
    "import:meeting:unit-subtree",
    // Invitation, programme, reports, photos and the signed scans of a meeting (issue 14 item 4).
    "attach:meeting:unit-subtree",
    "read:report:unit-subtree",
    "review:report:unit-subtree",
    "read:report-matrix:unit-subtree",
    "remind:report:unit-subtree",
    "read:recommendation:unit-subtree",
    "answer:recommendation:unit-subtree",
    "read:directive:unit-subtree",
    "update:directive:unit-subtree",
    "confirm:directive:unit-subtree",
    "read:document:any",
    "manage:document:any",
    "read:notice:unit-subtree",
    "draft:notice:unit-subtree",
    "issue:notice:unit-subtree",
    // The Ban Dân vận's consolidated report of a period (issue 15 item 4): drafted and issued by the secretariat.
    "read:consolidated-report:unit-subtree",
    "draft:consolidated-report:unit-subtree",
    "issue:consolidated-report:unit-subtree",
    "read:news:any",
    "manage:news:unit-subtree",
    "read:dashboard:unit-subtree",
    "run:notification:any",
  ],
  LEADER: [
    "read:unit:any",
    "read:period:any",
    "read:meeting:unit-subtree",
    "approve:meeting:unit-subtree",
    "read:report:unit-subtree",
    "read:report-matrix:unit-subtree",
    "read:recommendation:unit-subtree",
    "answer:recommendation:unit-subtree",
    "read:directive:unit-subtree",
    "read:document:any",
    "read:notice:unit-subtree",
    "approve:notice:unit-subtree",
    "read:consolidated-report:unit-subtree",
    "approve:consolidated-report:unit-subtree",
    "read:news:any",
    "read:dashboard:unit-subtree",
  ],
  ORG_REP: [
    "read:period:any",
    "read:meeting:own-org",
    "read:report:own-org",
    "edit:report:own-org",
    "submit:report:own-org",
    "read:recommendation:own-org",
    "read:directive:own-org",
    "progress:directive:own-org",
    "read:document:any",
    "read:notice:own-org",
    "read:news:any",
  ],
  // follow:meeting: the home page lists published meetings to those who only ever see published ones.
  VIEWER: ["read:meeting:published", "follow:meeting:published", "read:document:any", "read:news:any"],
} as const satisfies Record<Role, readonly Permission[]>;

/** The role given to the first administrator (scripts/create-admin.ts). */
export const BOOTSTRAP_ROLE: Role = "ADMIN";
/** The role the account form starts with: most accounts are an organization's staff. */
export const NEW_ACCOUNT_ROLE: Role = "ORG_REP";

/** What a permission check needs to know about the record acted on. */
export interface RecordScope {
  /** Path of the unit the record belongs to. */
  unitPath: string;
  /** Organizations the record concerns (report owner, invited or assigned organizations). */
  organizationIds?: readonly string[];
  /** Whether the record is public within its unit (a published meeting). */
  published?: boolean;
  /** The record's unit has ended: it is history, read and never written (issue 13). */
  unitEnded?: boolean;
}

/** Who is asking: a role, and where the person sits (absent when only the role matters). */
export type Subject<R extends string = Role> = { role: R } & Partial<
  Pick<Actor, "unitPath" | "organizationId" | "inheritedUnitPaths">
>;
/** Who is asking, placed: what a where clause needs. */
export type PlacedSubject<R extends string = Role> = { role: R } & Pick<Actor, "unitPath" | "organizationId"> &
  Partial<Pick<Actor, "inheritedUnitPaths">>;

/**
 * Records a successor's users read from the units that ended into theirs (a merged commune's
 * meetings, reports and directives). Only reading: writes stay within the actor's own subtree.
 */
const INHERITED_ENTITIES: readonly string[] = ["meeting", "report", "directive", "recommendation", "notice"];

/** Whether the action reads one of the entities a successor inherits. */
function readsInheritable(action: Action): boolean {
  const [verb, entity] = action.split(":");
  return verb === "read" && INHERITED_ENTITIES.includes(entity);
}

/** The subtrees the subject's scopes start from for this action: their own, and for reads the inherited ones. */
function scopeRoots(subject: Subject<string>, action: Action): string[] {
  if (subject.unitPath === undefined) return [];
  return readsInheritable(action) ? [subject.unitPath, ...(subject.inheritedUnitPaths ?? [])] : [subject.unitPath];
}

type EntityOf<A extends string> = A extends `${string}:${infer E}` ? E : never;
/** Actions on an entity whose rows declare how they relate to a scope (entity-scopes.ts). */
export type ScopedAction = { [A in Action]: EntityOf<A> extends ScopedEntity ? A : never }[Action];

/** The units whose subtree contains the unit at `unitPath` (itself included). */
function unitAncestors(unitPath: string): string[] {
  return unitPath
    .split("/")
    .filter(Boolean)
    .map((_, index, parts) => `/${parts.slice(0, index + 1).join("/")}/`);
}

function scopeAllows(scope: Scope, subject: Subject<string>, record: RecordScope, action: Action): boolean {
  const inSubtree = scopeRoots(subject, action).some((root) => record.unitPath.startsWith(root));
  switch (scope) {
    case "any":
      return true;
    case "unit-subtree":
      return inSubtree;
    case "own-org":
      return inSubtree && !!subject.organizationId && (record.organizationIds ?? []).includes(subject.organizationId);
    case "published":
      return inSubtree && record.published === true;
  }
}

/**
 * The policy built from a permissions table. Everything access-related is answered here
 * from the table alone, so a new role or action is one edit to that table (and the enum):
 * tests/unit/policy-extension.test.ts builds one with an extra role.
 */
export function createPolicy<R extends string>(permissions: Record<R, readonly Permission[]>) {
  const roles = Object.keys(permissions) as R[];

  /** The scopes in which the role holds the action (empty: never). */
  function scopesFor(subject: { role: R }, action: Action): Scope[] {
    const prefix = `${action}:`;
    return permissions[subject.role]
      .filter((permission) => permission.startsWith(prefix))
      .map((permission) => permission.slice(prefix.length) as Scope);
  }

  /**
   * May the subject do `action`? Without a record: does the role hold it in any scope
   * (navigation, list pages). With a record: does one of the scopes cover it.
   */
  function can(subject: Subject<R>, action: Action, record?: RecordScope): boolean {
    const scopes = scopesFor(subject, action);
    if (!record) return scopes.length > 0;
    // An ended unit's records are history: read, never written.
    if (record.unitEnded && !action.startsWith("read:")) return false;
    return scopes.some((scope) => scopeAllows(scope, subject, record, action));
  }

  function assertCan(subject: Subject<R>, action: Action, record?: RecordScope): void {
    if (!can(subject, action, record)) throw new AppError("FORBIDDEN");
  }

  /**
   * The rows of `entity` that lie within the scopes the subject holds `action` in: the where
   * clause form of `can`, built from how the entity's rows relate to a scope.
   */
  function scopeWhere<E extends ScopedEntity>(subject: PlacedSubject<R>, action: Action, entity: E): EntityWhere[E] {
    const relation = SCOPE_RELATIONS[entity];
    const roots = scopeRoots(subject, action);
    const inSubtree = (
      roots.length === 1 ? relation.unitSubtree(roots[0]) : { OR: roots.map(relation.unitSubtree) }
    ) as EntityWhere[E];
    const branches = scopesFor(subject, action).flatMap((scope): EntityWhere[E][] => {
      switch (scope) {
        case "any":
          return [{}];
        case "unit-subtree":
          return [inSubtree];
        case "own-org":
          return subject.organizationId && relation.ownOrganization
            ? [{ AND: [inSubtree, relation.ownOrganization(subject.organizationId)] } as EntityWhere[E]]
            : [];
        case "published":
          return relation.published ? [{ AND: [inSubtree, relation.published] } as EntityWhere[E]] : [];
      }
    });
    if (branches.length === 0) return NOTHING as EntityWhere[E];
    const visible = { OR: branches } as EntityWhere[E];
    return relation.only ? ({ AND: [visible, relation.only] } as EntityWhere[E]) : visible;
  }

  /**
   * The scopes as data, for a query the where clause form cannot drive (the directive search's
   * index of unit paths, docs/decisions/0033): "any", or the subtrees every visible row lies in
   * and the scopes held within them (empty: nothing is visible).
   */
  function scopeOutline(subject: PlacedSubject<R>, action: Action): "any" | { roots: string[]; scopes: Scope[] } {
    const scopes = scopesFor(subject, action);
    return scopes.includes("any") ? "any" : { roots: scopeRoots(subject, action), scopes };
  }

  /** Exactly the rows the subject may do `action` on (nothing when the role never holds it). */
  function readableWhere<A extends ScopedAction>(subject: PlacedSubject<R>, action: A): EntityWhere[EntityOf<A> & ScopedEntity] {
    const entity = action.slice(action.indexOf(":") + 1) as EntityOf<A> & ScopedEntity;
    return scopeWhere(subject, action, entity);
  }

  /**
   * The active users who may do `action` on the record: the where clause form of `can`
   * read the other way round, for notification recipients.
   */
  function usersWhoCan(action: Action, record: RecordScope): Prisma.UserWhereInput {
    const above = { unit: { path: { in: unitAncestors(record.unitPath) } } };
    const organizationIds = [...(record.organizationIds ?? [])];
    const holding = (scope: Scope) => roles.filter((role) => scopesFor({ role }, action).includes(scope));
    const branches = (
      [
        ["any", {}],
        ["unit-subtree", above],
        ["own-org", organizationIds.length > 0 ? { ...above, organizationId: { in: organizationIds } } : null],
        ["published", record.published ? above : null],
      ] as const
    ).flatMap(([scope, placement]): Prisma.UserWhereInput[] => {
      const held = holding(scope);
      // Roles beyond the database enum only exist in tests that build a policy of their own.
      return placement && held.length > 0 ? [{ role: { in: held as unknown as Role[] }, ...placement }] : [];
    });
    return branches.length > 0 ? { isActive: true, OR: branches } : (NOTHING as Prisma.UserWhereInput);
  }

  /** Whether a user of this role must belong to an organization (it holds something in its own-org scope). */
  function needsOrganization(role: R): boolean {
    return permissions[role].some((permission) => permission.endsWith(":own-org"));
  }

  return { roles, scopesFor, can, assertCan, scopeWhere, scopeOutline, readableWhere, usersWhoCan, needsOrganization };
}

export type Policy<R extends string = Role> = ReturnType<typeof createPolicy<R>>;

export const policy: Policy = createPolicy<Role>(PERMISSIONS);
export const { scopesFor, can, assertCan, scopeWhere, scopeOutline, readableWhere, usersWhoCan, needsOrganization } = policy;
