import type { Metadata } from "next";
import { TreeAdminPage, treeForm } from "@/components/org-tree/tree-admin";
import type { TreeField } from "@/components/org-tree/tree-form";
import type { Column } from "@/components/ui/data-table";
import { requirePermission } from "@/server/auth/session";
import { listOrganizationsPage } from "@/server/organizations/list-organizations";
import { listPeoplePage, type PersonRow } from "@/server/people/list-people";
import { getUnitsPage } from "@/server/units/get-units-page";
import { orgTree } from "@/messages/vi/org-tree";
import { addPositionAction, createPersonAction, endPositionAction } from "./actions";

export const metadata: Metadata = { title: orgTree.people.title };

const t = orgTree.people;

export default async function PeoplePage() {
  const actor = await requirePermission("manage:unit");
  const [people, allUnits, organizations] = await Promise.all([
    listPeoplePage(actor),
    getUnitsPage(actor),
    listOrganizationsPage(actor),
  ]);
  const bodies = [
    { value: "", label: "—" },
    ...organizations.filter((row) => !row.validTo).map((row) => ({ value: row.id, label: `${row.shortName} · ${row.unitName}` })),
  ];
  const post: TreeField[] = [
    { name: "title", label: t.fields.title },
    { name: "organizationId", label: t.fields.organizationId, type: "select", options: bodies },
    { name: "startDate", label: t.fields.startDate, type: "date" },
    { name: "endDate", label: t.fields.endDate, type: "date" },
    { name: "isPartyPost", label: t.fields.isPartyPost, type: "checkbox" },
    { name: "isLeader", label: t.fields.isLeader, type: "checkbox", defaultValue: "on" },
  ];
  const currentPosts = people.flatMap((person) =>
    person.posts.filter((row) => row.current).map((row) => ({ value: row.id, label: `${person.fullName}: ${row.title}` })),
  );
  const columns: Column<PersonRow>[] = [
    { header: t.columns.name, cell: (row) => row.fullName },
    { header: t.columns.unit, cell: (row) => row.unitName },
    {
      header: t.columns.posts,
      cell: (row) =>
        row.posts.length === 0 ? (
          t.noPost
        ) : (
          <ul className="space-y-0.5">
            {row.posts.map((item) => (
              <li key={item.id} className={item.current ? "" : "text-slate-500"}>
                {item.title}
                {item.body ? ` · ${item.body}` : ""} ({item.from}
                {item.to ? ` – ${item.to}` : ""})
              </li>
            ))}
          </ul>
        ),
    },
  ];
  const units = allUnits.filter((unit) => !unit.ended).map((unit) => ({ value: unit.id, label: unit.name }));
  const persons = people.map((row) => ({ value: row.id, label: `${row.fullName} (${row.unitName})` }));
  const forms = [
    treeForm(t.create, createPersonAction, "createPerson", [
      { name: "unitId", label: t.fields.unitId, type: "select", options: units },
      { name: "fullName", label: t.fields.fullName },
      ...post,
    ]),
    treeForm(t.addPost, addPositionAction, "addPosition", [
      { name: "personId", label: t.fields.personId, type: "select", options: persons },
      ...post,
    ]),
    treeForm(t.endPost, endPositionAction, "endPosition", [
      { name: "positionId", label: t.fields.positionId, type: "select", options: currentPosts },
      { name: "endDate", label: t.fields.endDate, type: "date" },
    ]),
  ];
  return <TreeAdminPage text={t} rows={people} columns={columns} forms={forms} />;
}
