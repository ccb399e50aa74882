import type { Metadata } from "next";
import Link from "next/link";
import { TreeAdminPage, treeForm } from "@/components/org-tree/tree-admin";
import type { TreeField } from "@/components/org-tree/tree-form";
import { buttonClass } from "@/components/ui/button";
import type { Column } from "@/components/ui/data-table";
import { requirePermission } from "@/server/auth/session";
import { getUnitsPage, type UnitRow } from "@/server/units/get-units-page";
import { orgTree } from "@/messages/vi/org-tree";
import { createUnitAction, endUnitAction, mergeUnitsAction, renameUnitAction, splitUnitAction } from "./actions";

export const metadata: Metadata = { title: orgTree.units.title };

const t = orgTree.units;
const f = t.fields;

export default async function UnitsPage() {
  const actor = await requirePermission("manage:unit");
  const units = await getUnitsPage(actor);
  const open = units.filter((unit) => !unit.ended);
  const unitOptions = open.map((unit) => ({ value: unit.id, label: `${"— ".repeat(unit.depth)}${unit.name}` }));
  const unitChoice: TreeField = { name: "unitId", label: f.unitId, type: "select", options: unitOptions };
  const effectiveOn: TreeField = { name: "effectiveOn", label: f.effectiveOn, type: "date" };
  const note: TreeField = { name: "note", label: f.note, type: "textarea" };
  const code: TreeField = { name: "code", label: f.code };
  // A split names its successors from the codes list; kind word, document suffix and place it asks like the others.
  const kindWord: TreeField = { name: "kindWord", label: f.kindWord };
  const numberSuffix: TreeField = { name: "numberSuffix", label: f.numberSuffix, defaultValue: "ĐU" };
  const placeName: TreeField = { name: "placeName", label: f.placeName };
  const naming: TreeField[] = [
    { name: "name", label: f.name },
    kindWord,
    { name: "committeeName", label: f.committeeName },
    { name: "superiorBodyName", label: f.superiorBodyName },
    numberSuffix,
    placeName,
  ];
  const levels = (["PROVINCE", "COMMUNE", "DISTRICT"] as const).map((level) => ({ value: level, label: t.levels[level] }));
  const forms = [
    treeForm(t.create, createUnitAction, "createUnit", [
      code,
      { name: "level", label: f.level, type: "select", defaultValue: "COMMUNE", options: levels },
      { name: "parentId", label: f.parentId, type: "select", options: [{ value: "", label: "—" }, ...unitOptions] },
      ...naming,
      { name: "validFrom", label: f.validFrom, type: "date" },
      { name: "validTo", label: f.validTo, type: "date" },
      { name: "isHistorical", label: f.isHistorical, type: "checkbox" },
    ]),
    treeForm(t.merge, mergeUnitsAction, "mergeUnits", [
      { name: "predecessorIds", label: f.predecessorIds, type: "checkboxes", options: unitOptions },
      effectiveOn,
      code,
      ...naming,
      note,
    ]),
    treeForm(t.rename, renameUnitAction, "renameUnit", [unitChoice, effectiveOn, ...naming, note]),
    treeForm(t.split, splitUnitAction, "splitUnit", [
      unitChoice,
      effectiveOn,
      { name: "successors", label: f.successorCodes, type: "textarea" },
      kindWord,
      numberSuffix,
      placeName,
      note,
    ]),
    treeForm(t.end, endUnitAction, "endUnit", [unitChoice, { name: "validTo", label: f.validTo, type: "date" }, note]),
  ];
  const columns: Column<UnitRow>[] = [
    {
      header: t.columns.name,
      cell: (unit) => (
        <span style={{ paddingLeft: `${unit.depth * 1.25}rem` }} className="block">
          <span className="font-medium">{unit.name}</span> <span className="text-xs text-slate-500">({unit.code})</span>
          {unit.formerNames.map((former) => (
            <span key={former.until} className="note">
              {former.name} · {former.committeeName} ({t.until(former.until)})
            </span>
          ))}
        </span>
      ),
    },
    { header: t.columns.committee, cell: (unit) => unit.committeeName },
    { header: t.columns.level, cell: (unit) => `${t.levels[unit.level]} · ${unit.kindWord}` },
    {
      header: t.columns.validity,
      cell: (unit) => (
        <>
          {unit.validFrom ? t.since(unit.validFrom) : t.always} {unit.validTo ? t.until(unit.validTo) : ""}
          {unit.ended ? <span className="ml-1 rounded bg-slate-200 px-1 text-xs">{t.ended}</span> : null}
          {unit.isHistorical ? <span className="ml-1 rounded bg-amber-100 px-1 text-xs">{t.historical}</span> : null}
        </>
      ),
    },
    {
      header: t.columns.links,
      cell: (unit) => (
        <>
          {unit.successors.length > 0 ? (
            <span className="block text-xs">
              {t.successors}: {unit.successors.map((link) => link.name).join(", ")} ({unit.successors[0].on})
            </span>
          ) : null}
          {unit.predecessors.length > 0 ? (
            <span className="block text-xs">
              {t.predecessors}: {unit.predecessors.map((link) => link.name).join(", ")} ({unit.predecessors[0].on})
            </span>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <TreeAdminPage
      text={t}
      actions={
        <>
          <Link className={buttonClass("secondary")} href="/admin/organizations">
            {orgTree.organizations.title}
          </Link>
          <Link className={buttonClass("secondary")} href="/admin/people">
            {orgTree.people.title}
          </Link>
        </>
      }
      rows={units}
      columns={columns}
      forms={forms}
    />
  );
}
