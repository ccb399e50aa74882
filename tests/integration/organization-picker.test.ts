import type { PrismaClient } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { listReportFilters, ORGANIZATION_PICKER_LIMIT } from "@/server/reports/list-reports";
import { createUnit, createUnitOrganizations } from "../../prisma/factories/units";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

/**
 * The report and recommendation filters' organization picker: a province offers ~600
 * organizations, which as one select weighed 200 kB of HTML per list page (issue 18).
 */
describe("organization picker of the report filters", () => {
  let db: PrismaClient;
  let world: SmallWorld;

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
    for (let index = 1; index <= 6; index += 1) {
      const commune = await createUnit(db, {
        code: `XA${index}`,
        name: `Xã Đồng Tâm ${index}`,
        committeeName: `Đảng ủy xã Đồng Tâm ${index}`,
        placeName: "Thử Nghiệm",
        level: "COMMUNE",
        parent: world.units.district,
      });
      await createUnitOrganizations(db, commune, `xã Đồng Tâm ${index}`, `Đảng ủy xã Đồng Tâm ${index}`);
    }
  });

  it("lists the actor's own unit's organizations, not the whole scope, when the scope has many", async () => {
    const filters = await listReportFilters(world.actors.secretariat);
    expect(filters.organizationsTotal).toBeGreaterThan(ORGANIZATION_PICKER_LIMIT);
    expect(filters.organizations.length).toBeLessThanOrEqual(ORGANIZATION_PICKER_LIMIT);
    const own = await db.organization.count({ where: { unitId: world.units.province.id, submitsReports: true } });
    expect(filters.organizations).toHaveLength(own);
  });

  it("finds organizations by words of their or their unit's name, without accents, plus the selected one", async () => {
    const selected = world.organizations.province.MTTQ.id;
    const filters = await listReportFilters(world.actors.secretariat, {
      organizationQuery: "dong tam 3",
      organizationId: selected,
    });
    const units = new Set(filters.organizations.map((organization) => organization.unit.name));
    expect(units).toEqual(new Set(["Xã Đồng Tâm 3", world.units.province.name]));
    expect(filters.organizations.map((organization) => organization.id)).toContain(selected);
    expect(filters.organizations.filter((organization) => organization.unit.name === "Xã Đồng Tâm 3").length).toBeGreaterThan(1);
  });

  it("never offers an organization outside the actor's scope", async () => {
    const filters = await listReportFilters(world.actors.districtSecretariat, { organizationQuery: "tỉnh" });
    expect(filters.organizations.every((organization) => organization.unit.name !== world.units.province.name)).toBe(true);
  });
});
