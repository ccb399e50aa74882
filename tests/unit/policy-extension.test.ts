import { describe, expect, it } from "vitest";
import { navigationFor } from "@/server/auth/navigation";
import { createPolicy, PERMISSIONS, policy, type Action, type Permission } from "@/server/auth/policy";

/**
 * Adding a role is one edit to the permissions table: a hypothetical read-only AUDITOR is
 * added here and nothing else changes, yet checks, list queries, recipients and the menu
 * all follow (the database enum would gain the same name in a real change).
 */
const AUDITOR: readonly Permission[] = [
  "read:meeting:unit-subtree",
  "read:report:unit-subtree",
  "read:directive:unit-subtree",
  "read:audit:unit-subtree",
];
const extended = createPolicy({ ...PERMISSIONS, AUDITOR });

const PROVINCE = "/unit_p/";
const DISTRICT = "/unit_p/unit_d/";
const SIBLING = "/unit_s/";
const auditor = { role: "AUDITOR" as const, unitPath: PROVINCE, organizationId: null };
const NOTHING = { id: { in: [] } };

describe("a role added to the table only", () => {
  it("is known to the policy", () => {
    expect(extended.roles).toContain("AUDITOR");
  });

  it("answers can() from its permissions, record scopes included", () => {
    expect(extended.can(auditor, "read:meeting")).toBe(true);
    expect(extended.can(auditor, "read:meeting", { unitPath: DISTRICT })).toBe(true);
    expect(extended.can(auditor, "read:meeting", { unitPath: SIBLING })).toBe(false);
    expect(extended.can(auditor, "update:meeting", { unitPath: DISTRICT })).toBe(false);
    expect(() => extended.assertCan(auditor, "manage:user")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it("gets list queries derived from the entities' scope relations", () => {
    expect(extended.readableWhere(auditor, "read:meeting")).toEqual({ OR: [{ unit: { path: { startsWith: PROVINCE } } }] });
    expect(extended.readableWhere(auditor, "read:directive")).toEqual({
      OR: [{ meeting: { unit: { path: { startsWith: PROVINCE } } } }],
    });
    expect(extended.readableWhere(auditor, "read:recommendation")).toEqual(NOTHING);
    expect(extended.readableWhere(auditor, "update:meeting")).toEqual(NOTHING);
  });

  it("is among the users who may act on a record, and only where it holds the action", () => {
    const readers = extended.usersWhoCan("read:audit", { unitPath: DISTRICT });
    expect(readers).toEqual({
      isActive: true,
      OR: [{ role: { in: ["ADMIN", "AUDITOR"] }, unit: { path: { in: [PROVINCE, DISTRICT] } } }],
    });
    expect(JSON.stringify(extended.usersWhoCan("update:meeting", { unitPath: DISTRICT }))).not.toContain("AUDITOR");
  });

  it("sees exactly the menu entries its permissions open", () => {
    const hrefs = (menu: ReturnType<typeof navigationFor>) => [...menu.main, ...menu.admin].map((item) => item.href);
    expect(hrefs(navigationFor(auditor, extended))).toEqual(["/", "/meetings", "/reports", "/directives", "/admin/audit"]);
  });

  it("changes nothing for the existing roles", () => {
    const actions = [
      ...new Set(Object.values(PERMISSIONS).flatMap((list) => list.map((p) => p.split(":").slice(0, 2).join(":")))),
    ];
    for (const role of policy.roles) {
      const subject = { role, unitPath: DISTRICT, organizationId: "org_x" };
      for (const action of actions as Action[]) {
        expect(extended.scopesFor(subject, action), `${role} ${action}`).toEqual(policy.scopesFor(subject, action));
      }
      expect(navigationFor(subject, extended)).toEqual(navigationFor(subject));
    }
  });
});
