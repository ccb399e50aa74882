import fs from "node:fs";
import path from "node:path";
import { Role } from "@prisma/client";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { assertCan, can, PERMISSIONS, SCOPES, scopesFor, type Action, type RecordScope } from "@/server/auth/policy";
import { AppError } from "@/server/errors";

const ROLES = Object.values(Role);

/** Every action: those declared in the `Action` type (parsed from the source) and those any role holds. */
function allActions(): Action[] {
  const source = fs.readFileSync(path.join(process.cwd(), "src", "server", "auth", "policy.ts"), "utf8");
  const declaration = /export type Action =([\s\S]*?);/.exec(source);
  if (!declaration) throw new Error("policy.ts: the Action type was not found");
  const declared = [...declaration[1].matchAll(/"([a-z]+:[a-z-]+)"/g)].map((match) => match[1]);
  const held = ROLES.flatMap((role) => PERMISSIONS[role].map((permission) => permission.split(":").slice(0, 2).join(":")));
  return [...new Set([...declared, ...held])] as Action[];
}

/** action → role → "scope|scope" ("-" where the role never holds the action). */
function matrix(): string {
  const actions = allActions();
  const rows = actions.map((action) => [action, ...ROLES.map((role) => scopesFor({ role }, action).join("|") || "-")]);
  const header = ["action", ...ROLES];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

// The authorization matrix as agreed (DESIGN.md §1). Any change to any cell must be made here too.
const EXPECTED_MATRIX = `
action                       ADMIN         SECRETARIAT   LEADER        ORG_REP  VIEWER
read:user                    unit-subtree  -             -             -        -
manage:user                  unit-subtree  -             -             -        -
read:unit                    any           any           any           -        -
manage:unit                  any           -             -             -        -
read:period                  any           any           any           any      -
manage:period                any           -             -             -        -
read:audit                   unit-subtree  -             -             -        -
read:meeting                 unit-subtree  unit-subtree  unit-subtree  own-org  published
follow:meeting               -             -             -             -        published
create:meeting               -             unit-subtree  -             -        -
update:meeting               -             unit-subtree  -             -        -
approve:meeting              -             -             unit-subtree  -        -
publish:meeting              -             unit-subtree  -             -        -
amend:meeting                -             unit-subtree  -             -        -
import:meeting               -             unit-subtree  -             -        -
attach:meeting               -             unit-subtree  -             -        -
read:report                  -             unit-subtree  unit-subtree  own-org  -
edit:report                  -             -             -             own-org  -
submit:report                -             -             -             own-org  -
review:report                -             unit-subtree  -             -        -
read:report-matrix           -             unit-subtree  unit-subtree  -        -
remind:report                -             unit-subtree  -             -        -
read:recommendation          -             unit-subtree  unit-subtree  own-org  -
answer:recommendation        -             unit-subtree  unit-subtree  -        -
read:directive               -             unit-subtree  unit-subtree  own-org  -
update:directive             -             unit-subtree  -             -        -
progress:directive           -             -             -             own-org  -
confirm:directive            -             unit-subtree  -             -        -
read:document                any           any           any           any      any
manage:document              -             any           -             -        -
read:notice                  -             unit-subtree  unit-subtree  own-org  -
draft:notice                 -             unit-subtree  -             -        -
approve:notice               -             -             unit-subtree  -        -
issue:notice                 -             unit-subtree  -             -        -
read:consolidated-report     -             unit-subtree  unit-subtree  -        -
draft:consolidated-report    -             unit-subtree  -             -        -
approve:consolidated-report  -             -             unit-subtree  -        -
issue:consolidated-report    -             unit-subtree  -             -        -
read:news                    -             any           any           any      any
manage:news                  -             unit-subtree  -             -        -
read:dashboard               -             unit-subtree  unit-subtree  -        -
manage:indicator             any           -             -             -        -
run:notification             any           any           -             -        -
`.trim();

describe("permission matrix", () => {
  it("matches the agreed role × action table cell by cell", () => {
    const table = matrix();
    console.log(`Permission matrix (action × role → scopes):\n${table}`);
    expect(table).toBe(EXPECTED_MATRIX);
  });

  it("holds only well-formed permissions: a declared action, a known scope, no duplicates", () => {
    const actions = new Set<string>(allActions());
    for (const role of ROLES) {
      const permissions = PERMISSIONS[role];
      expect(new Set(permissions).size, `${role} lists a permission twice`).toBe(permissions.length);
      for (const permission of permissions) {
        const [verb, entity, scope, ...rest] = permission.split(":");
        expect(rest, permission).toEqual([]);
        expect(actions.has(`${verb}:${entity}`), permission).toBe(true);
        expect(SCOPES as readonly string[], permission).toContain(scope);
      }
    }
  });

  it("answers can() without a record exactly where the role holds the action in some scope", () => {
    for (const role of ROLES) {
      for (const action of allActions()) {
        const held = PERMISSIONS[role].some((permission) => permission.startsWith(`${action}:`));
        expect(can({ role }, action), `${role} ${action}`).toBe(held);
      }
    }
  });
});

const PROVINCE = "/unit_p/";
const DISTRICT = "/unit_p/unit_d/";
const COMMUNE = "/unit_p/unit_d/unit_c/";
const SIBLING = "/unit_s/";
// A unit whose id starts like the province's: a plain prefix test on ids without the slash would leak.
const LOOKALIKE = "/unit_p2/";

function actor(role: Role, unitPath: string, organizationId: string | null = null): Actor {
  return {
    id: `user_${role.toLowerCase()}`,
    username: role.toLowerCase(),
    fullName: "Người Thử",
    role,
    unitId: unitPath.split("/").filter(Boolean).at(-1)!,
    unitPath,
    unitName: "Đơn vị thử",
    organizationId,
  };
}

describe("scope unit-subtree", () => {
  const districtSecretariat = actor("SECRETARIAT", DISTRICT);

  it("allows the actor's own unit and every unit below it", () => {
    expect(can(districtSecretariat, "update:meeting", { unitPath: DISTRICT })).toBe(true);
    expect(can(districtSecretariat, "update:meeting", { unitPath: COMMUNE })).toBe(true);
  });

  it("refuses the unit above and the units beside", () => {
    expect(can(districtSecretariat, "update:meeting", { unitPath: PROVINCE })).toBe(false);
    expect(
      can(districtSecretariat, "update:meeting", {
        unitPath: "/unit_p/unit_d2/",
      }),
    ).toBe(false);
    expect(can(districtSecretariat, "update:meeting", { unitPath: SIBLING })).toBe(false);
  });

  it("does not treat a unit whose id merely starts with the actor's as below it", () => {
    expect(can(actor("ADMIN", PROVINCE), "manage:user", { unitPath: LOOKALIKE })).toBe(false);
    expect(
      can(actor("ADMIN", PROVINCE), "manage:user", {
        unitPath: `${LOOKALIKE}unit_x/`,
      }),
    ).toBe(false);
  });

  it("still requires the role to hold the action", () => {
    expect(can(actor("LEADER", PROVINCE), "update:meeting", { unitPath: PROVINCE })).toBe(false);
    expect(
      can(actor("SECRETARIAT", PROVINCE), "approve:meeting", {
        unitPath: PROVINCE,
      }),
    ).toBe(false);
  });
});

describe("scope any", () => {
  it("ignores where the record is", () => {
    expect(can(actor("ADMIN", DISTRICT), "manage:unit", { unitPath: SIBLING })).toBe(true);
    expect(can(actor("VIEWER", COMMUNE), "read:document", { unitPath: PROVINCE })).toBe(true);
  });
});

describe("scope own-org", () => {
  const rep = actor("ORG_REP", PROVINCE, "org_mttq");

  it("allows a record of the actor's organization within the actor's subtree", () => {
    expect(
      can(rep, "submit:report", {
        unitPath: PROVINCE,
        organizationIds: ["org_mttq"],
      }),
    ).toBe(true);
    expect(
      can(rep, "read:meeting", {
        unitPath: PROVINCE,
        organizationIds: ["org_ccb", "org_mttq"],
      }),
    ).toBe(true);
  });

  it("refuses a record of another organization, or of none", () => {
    expect(
      can(rep, "submit:report", {
        unitPath: PROVINCE,
        organizationIds: ["org_ccb"],
      }),
    ).toBe(false);
    expect(can(rep, "submit:report", { unitPath: PROVINCE, organizationIds: [] })).toBe(false);
    expect(can(rep, "submit:report", { unitPath: PROVINCE })).toBe(false);
  });

  it("refuses the actor's organization id on a record outside the subtree", () => {
    expect(
      can(rep, "submit:report", {
        unitPath: SIBLING,
        organizationIds: ["org_mttq"],
      }),
    ).toBe(false);
    const districtRep = actor("ORG_REP", DISTRICT, "org_mttq");
    expect(
      can(districtRep, "read:meeting", {
        unitPath: PROVINCE,
        organizationIds: ["org_mttq"],
      }),
    ).toBe(false);
  });

  it("refuses an ORG_REP who belongs to no organization", () => {
    const orphan = actor("ORG_REP", PROVINCE, null);
    expect(
      can(orphan, "read:report", {
        unitPath: PROVINCE,
        organizationIds: ["org_mttq"],
      }),
    ).toBe(false);
  });
});

describe("scope published", () => {
  const viewer = actor("VIEWER", PROVINCE);
  const meeting = (over: Partial<RecordScope> = {}): RecordScope => ({
    unitPath: PROVINCE,
    published: true,
    ...over,
  });

  it("lets a viewer read a published meeting of their subtree only", () => {
    expect(can(viewer, "read:meeting", meeting())).toBe(true);
    expect(can(viewer, "read:meeting", meeting({ unitPath: DISTRICT }))).toBe(true);
    expect(can(viewer, "read:meeting", meeting({ unitPath: SIBLING }))).toBe(false);
  });

  it("hides unpublished meetings from a viewer", () => {
    expect(can(viewer, "read:meeting", meeting({ published: false }))).toBe(false);
    expect(can(viewer, "read:meeting", { unitPath: PROVINCE })).toBe(false);
  });

  it("does not widen other roles: a secretariat reads drafts in its subtree, not published meetings beside it", () => {
    const secretariat = actor("SECRETARIAT", DISTRICT);
    expect(
      can(secretariat, "read:meeting", {
        unitPath: DISTRICT,
        published: false,
      }),
    ).toBe(true);
    expect(can(secretariat, "read:meeting", { unitPath: SIBLING, published: true })).toBe(false);
  });
});

describe("assertCan", () => {
  it("returns quietly when allowed", () => {
    expect(() =>
      assertCan(actor("ADMIN", PROVINCE), "manage:user", {
        unitPath: DISTRICT,
      }),
    ).not.toThrow();
  });

  it("throws AppError FORBIDDEN (HTTP 403) when refused", () => {
    let thrown: unknown;
    try {
      assertCan(actor("ADMIN", DISTRICT), "manage:user", {
        unitPath: PROVINCE,
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe("FORBIDDEN");
    expect((thrown as AppError).httpStatus).toBe(403);
  });

  it("throws FORBIDDEN without a record when the role never holds the action", () => {
    expect(() => assertCan(actor("VIEWER", PROVINCE), "manage:user")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});
