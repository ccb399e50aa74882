import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/server/auth/session";
import { listUnitTree } from "@/server/units/list-unit-tree";
import { vi } from "@/messages/vi";

export const metadata: Metadata = { title: vi.units.title };

export default async function UnitsPage() {
  const actor = await requirePermission("manage:unit");
  const units = await listUnitTree(actor);
  return (
    <>
      <PageHeader title={vi.units.title} />
      <div className="space-y-4">
        {units.map((unit) => {
          const depth = unit.path.split("/").filter(Boolean).length - 1;
          return (
            <Card key={unit.id} className={depth ? "md:ml-8" : ""} title={`${unit.name} — ${unit.committeeName}`}>
              <p className="mb-2 text-sm text-slate-600">
                {vi.units.level}: {vi.unitLevels[unit.level]} · {vi.units.code}: {unit.code}
              </p>
              <ul className="grid gap-1 text-sm sm:grid-cols-2">
                {unit.organizations.map((organization) => (
                  <li key={organization.id}>
                    {organization.name}
                    {organization.submitsReports ? (
                      <span className="ml-2 text-xs text-green-700">({vi.units.reports})</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </Card>
          );
        })}
      </div>
    </>
  );
}
