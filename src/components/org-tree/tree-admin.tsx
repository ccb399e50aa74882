import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { TreeForm, type TreeField } from "./tree-form";

type TreeFormProps = Parameters<typeof TreeForm>[0];

/** One change to the tree: its title names the card, the form and its button. */
export type TreeFormSpec = { title: string } & Omit<TreeFormProps, "label" | "submit">;

export function treeForm(
  title: string,
  action: TreeFormProps["action"],
  schema: TreeFormProps["schema"],
  fields: TreeField[],
): TreeFormSpec {
  return { title, action, schema, fields };
}

/**
 * The organization tree's admin pages (units, organizations, people): the title, what the page
 * is for, the list, and the forms that change it as cards, two by two.
 */
export function TreeAdminPage<Row extends { id: string }>({
  text,
  actions,
  rows,
  columns,
  forms,
}: {
  text: { title: string; intro: string };
  actions?: ReactNode;
  rows: Row[];
  columns: Column<Row>[];
  forms: TreeFormSpec[];
}) {
  return (
    <>
      <PageHeader title={text.title} actions={actions} />
      <p className="mb-4 max-w-prose text-sm text-slate-600">{text.intro}</p>
      <Card className="mb-6">
        <DataTable caption={text.title} rows={rows} rowKey={(row) => row.id} columns={columns} />
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        {forms.map(({ title, ...form }) => (
          <Card key={form.schema} title={title}>
            <TreeForm label={title} submit={title} {...form} />
          </Card>
        ))}
      </div>
    </>
  );
}
