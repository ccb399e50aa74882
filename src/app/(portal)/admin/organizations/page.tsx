import type { Metadata } from "next";
import { TreeAdminPage, treeForm } from "@/components/org-tree/tree-admin";
import type { TreeField } from "@/components/org-tree/tree-form";
import type { Column } from "@/components/ui/data-table";
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
  const columns: Column<OrganizationRow>[] = [
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
  ];
  const kinds = ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] }));
  const name: TreeField = { name: "name", label: t.fields.name };
  const shortName: TreeField = { name: "shortName", label: t.fields.shortName };
  const forms = [
    treeForm(t.create, createOrganizationAction, "createOrganization", [
      { name: "unitId", label: t.fields.unitId, type: "select", options: unitOptions },
      { name: "kind", label: t.fields.kind, type: "select", options: kinds },
      name,
      shortName,
      {
        name: "parentId",
        label: t.fields.parentId,
        type: "select",
        options: [{ value: "", label: t.none }, ...organizationOptions],
      },
      { name: "validFrom", label: t.fields.validFrom, type: "date" },
      { name: "validTo", label: t.fields.validTo, type: "date" },
      { name: "submitsReports", label: t.fields.submitsReports, type: "checkbox" },
    ]),
    treeForm(t.rename, renameOrganizationAction, "renameOrganization", [
      { name: "organizationId", label: t.fields.organizationId, type: "select", options: organizationOptions },
      name,
      shortName,
      { name: "effectiveOn", label: orgTree.units.fields.effectiveOn, type: "date" },
    ]),
  ];
  return <TreeAdminPage text={t} rows={organizations} columns={columns} forms={forms} />;
}
