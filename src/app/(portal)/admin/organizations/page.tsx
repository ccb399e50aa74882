import type { Metadata } from "next";
import { TreeAdminPage, TreeFormCard } from "@/components/org-tree/tree-admin";
import { DataTable } from "@/components/ui/data-table";
import { requirePermission } from "@/server/auth/session";
import { listOrganizationsPage, type OrganizationRow } from "@/server/organizations/list-organizations";
import { ORGANIZATION_KINDS } from "@/server/organizations/schemas";
import { getUnitsPage } from "@/server/units/get-units-page";
import { orgTree } from "@/messages/vi/org-tree";
import { createOrganizationAction, renameOrganizationAction } from "./actions";

export const metadata: Metadata = { title: orgTree.organizations.title };

const t = orgTree.organizations;

export default async function OrganizationsPage() {
  const actor = await requirePermission("manage:unit");
  const [organizations, units] = await Promise.all([listOrganizationsPage(actor), getUnitsPage(actor)]);
  const unitOptions = units.filter((unit) => !unit.ended).map((unit) => ({ value: unit.id, label: unit.name }));
  const organizationOptions = organizations
    .filter((row) => !row.validTo)
    .map((row) => ({ value: row.id, label: `${row.name} (${row.unitName})` }));
  return (
    <TreeAdminPage
      title={t.title}
      intro={t.intro}
      list={
        <DataTable<OrganizationRow>
          caption={t.title}
          rows={organizations}
          rowKey={(row) => row.id}
          columns={[
            { header: orgTree.units.columns.name, cell: (row) => row.unitName },
            { header: t.columns.name, cell: (row) => row.name },
            { header: t.columns.shortName, cell: (row) => row.shortName },
            { header: t.columns.kind, cell: (row) => t.kinds[row.kind] },
            { header: t.columns.parent, cell: (row) => row.parent ?? "" },
            {
              header: t.columns.validity,
              cell: (row) =>
                `${row.validFrom ? orgTree.units.since(row.validFrom) : ""} ${row.validTo ? orgTree.units.until(row.validTo) : ""}`.trim(),
            },
            { header: t.columns.reports, cell: (row) => (row.submitsReports ? t.yes : t.no) },
          ]}
        />
      }
    >
      <TreeFormCard
        title={t.create}
        action={createOrganizationAction}
        schema="createOrganization"
        idPrefix="create-organization"
        fields={[
          { name: "unitId", label: t.fields.unitId, type: "select", options: unitOptions },
          {
            name: "kind",
            label: t.fields.kind,
            type: "select",
            options: ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] })),
          },
          { name: "name", label: t.fields.name },
          { name: "shortName", label: t.fields.shortName },
          {
            name: "parentId",
            label: t.fields.parentId,
            type: "select",
            options: [{ value: "", label: t.none }, ...organizationOptions],
          },
          { name: "validFrom", label: t.fields.validFrom, type: "date" },
          { name: "validTo", label: t.fields.validTo, type: "date" },
          { name: "submitsReports", label: t.fields.submitsReports, type: "checkbox" },
        ]}
      />
      <TreeFormCard
        title={t.rename}
        action={renameOrganizationAction}
        schema="renameOrganization"
        idPrefix="rename-organization"
        fields={[
          { name: "organizationId", label: t.fields.organizationId, type: "select", options: organizationOptions },
          { name: "name", label: t.fields.name },
          { name: "shortName", label: t.fields.shortName },
          { name: "effectiveOn", label: orgTree.units.fields.effectiveOn, type: "date" },
        ]}
      />
    </TreeAdminPage>
  );
}
