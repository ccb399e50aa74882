import "server-only";
import type { Role } from "@prisma/client";
import { AppError } from "@/server/errors";
import type { Actor } from "./actor";

/**
 * Permissions as data: each role lists the `action:entity:scope` strings it holds.
 * This table is the only place that decides who may do what (DESIGN.md §1);
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
  | "create:meeting"
  | "update:meeting"
  | "approve:meeting"
  | "publish:meeting"
  | "amend:meeting"
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
  | "read:news"
  | "manage:news"
  | "read:dashboard"
  | "manage:indicator"
  | "run:notification";

export type Permission = `${Action}:${Scope}`;

export const PERMISSIONS: Record<Role, readonly Permission[]> = {
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
  VIEWER: ["read:meeting:published", "read:document:any", "read:news:any"],
};

/** What a permission check needs to know about the record acted on. */
export interface RecordScope {
  /** Path of the unit the record belongs to. */
  unitPath: string;
  /** Organizations the record concerns (report owner, invited or assigned organizations). */
  organizationIds?: readonly string[];
  /** Whether the record is public within its unit (a published meeting). */
  published?: boolean;
}

function inSubtree(actor: Actor, record: RecordScope): boolean {
  return record.unitPath.startsWith(actor.unitPath);
}

function scopeAllows(scope: Scope, actor: Actor, record: RecordScope): boolean {
  switch (scope) {
    case "any":
      return true;
    case "unit-subtree":
      return inSubtree(actor, record);
    case "own-org":
      return (
        inSubtree(actor, record) && actor.organizationId !== null && (record.organizationIds ?? []).includes(actor.organizationId)
      );
    case "published":
      return inSubtree(actor, record) && record.published === true;
  }
}

/** The scopes in which the actor's role holds the action (empty: never). */
export function scopesFor(actor: Pick<Actor, "role">, action: Action): Scope[] {
  const prefix = `${action}:`;
  return PERMISSIONS[actor.role]
    .filter((permission) => permission.startsWith(prefix))
    .map((permission) => permission.slice(prefix.length) as Scope);
}

/**
 * May the actor do `action`? Without a record: does the role hold it in any scope
 * (navigation, list pages). With a record: does one of the scopes cover it.
 */
export function can(actor: Pick<Actor, "role"> & Partial<Actor>, action: Action, record?: RecordScope): boolean {
  const scopes = scopesFor(actor, action);
  if (!record) return scopes.length > 0;
  return scopes.some((scope) => scopeAllows(scope, actor as Actor, record));
}

export function assertCan(actor: Actor, action: Action, record?: RecordScope): void {
  if (!can(actor, action, record)) throw new AppError("FORBIDDEN");
}
