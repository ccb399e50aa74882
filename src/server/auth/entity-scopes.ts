import "server-only";
import type { Prisma } from "@prisma/client";

/** The where clause type of each entity a scope can select rows of. */
export interface EntityWhere {
  meeting: Prisma.MeetingWhereInput;
  directive: Prisma.DirectiveWhereInput;
  report: Prisma.UnitReportWhereInput;
  recommendation: Prisma.RecommendationWhereInput;
  audit: Prisma.AuditLogWhereInput;
  user: Prisma.UserWhereInput;
  organization: Prisma.OrganizationWhereInput;
}
export type ScopedEntity = keyof EntityWhere;

/** How an entity's rows relate to the policy's scopes; the policy composes these into where clauses. */
interface ScopeRelation<W> {
  /** Rows belonging to the unit at `unitPath` or below it (what every scope but `any` starts from). */
  unitSubtree: (unitPath: string) => W;
  /** Rows concerning one organization; null when the entity never concerns one (own-org then sees none). */
  ownOrganization: ((organizationId: string) => W) | null;
  /** Rows public within their unit; null when the entity is never published (published then sees none). */
  published: W | null;
  /** Rows no scope shows before this holds. */
  only?: W;
}

/** Selects no row: what a role that never holds the action gets. */
export const NOTHING = { id: { in: [] as string[] } };

const isTopLevel = (unitPath: string) => unitPath.split("/").filter(Boolean).length === 1;

/** Each entity declares once how its rows relate to a scope (decision 0019). */
export const SCOPE_RELATIONS: { [E in ScopedEntity]: ScopeRelation<EntityWhere[E]> } = {
  meeting: {
    unitSubtree: (unitPath) => ({ unit: { path: { startsWith: unitPath } } }),
    ownOrganization: (organizationId) => ({ invitations: { some: { organizationId } } }),
    published: { status: "PUBLISHED" },
  },
  directive: {
    unitSubtree: (unitPath) => ({ meeting: { unit: { path: { startsWith: unitPath } } } }),
    ownOrganization: (organizationId) => ({ organizations: { some: { organizationId } } }),
    published: { meeting: { status: "PUBLISHED" } },
  },
  report: {
    unitSubtree: (unitPath) => ({ unit: { path: { startsWith: unitPath } } }),
    ownOrganization: (organizationId) => ({ organizationId }),
    published: null,
  },
  recommendation: {
    unitSubtree: (unitPath) => ({ organization: { unit: { path: { startsWith: unitPath } } } }),
    ownOrganization: (organizationId) => ({ organizationId }),
    published: null,
    // A draft report's recommendations are not yet raised.
    only: { OR: [{ reportId: null }, { report: { status: { in: ["SUBMITTED", "ACCEPTED", "RETURNED"] } } }] },
  },
  audit: {
    // Entries without a user (failed sign-ins) belong to no unit: only the top-level administrators see them.
    unitSubtree: (unitPath) => {
      const bySubtree = { actor: { unit: { path: { startsWith: unitPath } } } };
      return isTopLevel(unitPath) ? { OR: [bySubtree, { actorId: null }] } : bySubtree;
    },
    ownOrganization: null,
    published: null,
  },
  user: {
    unitSubtree: (unitPath) => ({ unit: { path: { startsWith: unitPath } } }),
    ownOrganization: (organizationId) => ({ organizationId }),
    published: null,
  },
  organization: {
    unitSubtree: (unitPath) => ({ unit: { path: { startsWith: unitPath } } }),
    ownOrganization: (organizationId) => ({ id: organizationId }),
    published: null,
  },
};
