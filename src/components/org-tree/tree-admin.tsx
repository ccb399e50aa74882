import type { ComponentProps, ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TreeForm } from "./tree-form";

/**
 * The frame of the organization tree's admin pages (units, organizations, people): the title,
 * what the page is for, the list, and the forms that change it, two by two.
 */
export function TreeAdminPage({
  title,
  intro,
  actions,
  list,
  children,
}: {
  title: string;
  intro: string;
  actions?: ReactNode;
  list: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} actions={actions} />
      <p className="mb-4 max-w-prose text-sm text-slate-600">{intro}</p>
      <Card className="mb-6">{list}</Card>
      <div className="grid gap-6 lg:grid-cols-2">{children}</div>
    </>
  );
}

/** One change to the tree as a card: its title names the card, the form and its button. */
export function TreeFormCard({ title, ...form }: { title: string } & Omit<ComponentProps<typeof TreeForm>, "label" | "submit">) {
  return (
    <Card title={title}>
      <TreeForm label={title} submit={title} {...form} />
    </Card>
  );
}
