import type { PrismaClient } from "@prisma/client";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { can, readableWhere, usersWhoCan, type Action, type RecordScope, type ScopedAction } from "@/server/auth/policy";
import { createMeeting } from "../../prisma/factories/meetings";
import { createIndicatorDefinitions, createUnitReport } from "../../prisma/factories/reports";
import type { SmallWorld } from "../setup/small-world";
import { useSmallWorld } from "../setup/use-test-database";

/**
 * The where clauses and recipient lists the policy derives select exactly the rows and users
 * that can() allows record by record (the check the attack tests prove), for every person of
 * the small world: lists, pages and notices cannot drift from the permission checks.
 */
describe("policy where clauses agree with can()", () => {
  let db: PrismaClient;
  let world: SmallWorld;

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
    await createIndicatorDefinitions(db);
    const { province, district, sibling } = world.organizations;
    await createMeeting(db, {
      unitId: world.units.district.id,
      period: world.period,
      status: "SCHEDULED",
      title: "Giao ban huyện",
      createdById: world.ids.districtSecretariat,
      invitedOrganizationIds: [district.MTTQ.id],
      directives: [{ content: "Việc của Mặt trận huyện.", lead: [district.MTTQ.id] }],
    });
    await createMeeting(db, {
      unitId: world.units.province.id,
      period: world.period,
      status: "CONCLUDED",
      title: "Giao ban tỉnh, chưa công bố",
      createdById: world.ids.secretariat,
      invitedOrganizationIds: [province.VETERANS.id],
      directives: [{ content: "Việc của Hội Cựu chiến binh.", lead: [province.VETERANS.id], support: [province.MTTQ.id] }],
    });
    await createMeeting(db, {
      unitId: world.units.sibling.id,
      period: world.period,
      status: "PUBLISHED",
      title: "Giao ban tỉnh bên cạnh",
      createdById: world.ids.siblingAdmin,
      invitedOrganizationIds: [sibling.MTTQ.id],
      directives: [{ content: "Việc bên cạnh.", lead: [sibling.MTTQ.id] }],
    });
    for (const [unit, orgs, status] of [
      [world.units.province, province, "SUBMITTED"],
      [world.units.district, district, "DRAFT"],
      [world.units.sibling, sibling, "ACCEPTED"],
    ] as const) {
      for (const kind of ["MTTQ", "VETERANS"] as const) {
        await createUnitReport(db, {
          organizationId: orgs[kind].id,
          organizationKind: kind,
          periodId: world.period.id,
          unitId: unit.id,
          status,
          recommendations: [{ content: `Kiến nghị ${kind}` }],
        });
      }
    }
  });

  const actors = () => Object.values(world.actors);

  async function records(action: ScopedAction): Promise<{ id: string; scope: RecordScope; raised?: boolean }[]> {
    if (action.endsWith(":meeting")) {
      const rows = await db.meeting.findMany({
        select: { id: true, status: true, unit: { select: { path: true } }, invitations: { select: { organizationId: true } } },
      });
      return rows.map((row) => ({
        id: row.id,
        scope: {
          unitPath: row.unit.path,
          organizationIds: row.invitations.map((invitation) => invitation.organizationId),
          published: row.status === "PUBLISHED",
        },
      }));
    }
    if (action.endsWith(":directive")) {
      const rows = await db.directive.findMany({
        select: {
          id: true,
          meeting: { select: { status: true, unit: { select: { path: true } } } },
          organizations: { select: { organizationId: true } },
        },
      });
      return rows.map((row) => ({
        id: row.id,
        scope: {
          unitPath: row.meeting.unit.path,
          organizationIds: row.organizations.map((org) => org.organizationId),
          published: row.meeting.status === "PUBLISHED",
        },
      }));
    }
    if (action.endsWith(":report")) {
      const rows = await db.unitReport.findMany({ select: { id: true, organizationId: true, unit: { select: { path: true } } } });
      return rows.map((row) => ({ id: row.id, scope: { unitPath: row.unit.path, organizationIds: [row.organizationId] } }));
    }
    const rows = await db.recommendation.findMany({
      select: {
        id: true,
        organizationId: true,
        organization: { select: { unit: { select: { path: true } } } },
        report: { select: { status: true } },
      },
    });
    return rows.map((row) => ({
      id: row.id,
      scope: { unitPath: row.organization.unit.path, organizationIds: [row.organizationId] },
      raised: row.report?.status !== "DRAFT",
    }));
  }

  async function selected(actor: Actor, action: ScopedAction): Promise<string[]> {
    const where = readableWhere(actor, action) as object;
    const args = { where, select: { id: true } } as never;
    const rows: { id: string }[] = action.endsWith(":meeting")
      ? await db.meeting.findMany(args)
      : action.endsWith(":directive")
        ? await db.directive.findMany(args)
        : action.endsWith(":report")
          ? await db.unitReport.findMany(args)
          : await db.recommendation.findMany(args);
    return rows.map((row) => row.id).sort();
  }

  const ACTIONS: ScopedAction[] = [
    "read:meeting",
    "follow:meeting",
    "update:meeting",
    "read:directive",
    "progress:directive",
    "confirm:directive",
    "read:report",
    "submit:report",
    "review:report",
    "read:recommendation",
    "answer:recommendation",
  ];

  it("readableWhere selects exactly the rows can() allows, for every person and action", async () => {
    for (const action of ACTIONS) {
      const all = await records(action);
      expect(all.length, action).toBeGreaterThan(1);
      for (const actor of actors()) {
        const expected = all
          .filter((row) => row.raised !== false && can(actor, action, row.scope))
          .map((row) => row.id)
          .sort();
        expect(await selected(actor, action), `${actor.username} ${action}`).toEqual(expected);
      }
    }
  });

  it("usersWhoCan selects exactly the active users can() allows on each record", async () => {
    const users = await db.user.findMany({
      select: { id: true, role: true, organizationId: true, isActive: true, unit: { select: { path: true } } },
    });
    const actions: Action[] = [
      "read:meeting",
      "progress:directive",
      "confirm:directive",
      "submit:report",
      "edit:report",
      "read:audit",
    ];
    for (const action of actions) {
      for (const { scope } of [...(await records("read:meeting")), ...(await records("read:report"))]) {
        const expected = users
          .filter(
            (user) =>
              user.isActive &&
              can({ role: user.role, unitPath: user.unit.path, organizationId: user.organizationId }, action, scope),
          )
          .map((user) => user.id)
          .sort();
        const found = await db.user.findMany({ where: usersWhoCan(action, scope), select: { id: true } });
        expect(found.map((user) => user.id).sort(), `${action} ${JSON.stringify(scope)}`).toEqual(expected);
      }
    }
  });
});
