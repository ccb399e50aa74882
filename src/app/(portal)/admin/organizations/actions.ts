"use server";

import { formAction } from "@/server/http/server-action";
import { createOrganization } from "@/server/organizations/create-organization";
import { renameOrganization } from "@/server/organizations/rename-organization";
import { ZCreateOrganizationSchema, ZRenameOrganizationSchema } from "@/server/organizations/schemas";
import { orgTree } from "@/messages/vi/org-tree";

const pages = () => ["/admin/organizations", "/admin/units", "/admin/people", ["/", "layout"] as const];

export const createOrganizationAction = formAction({
  schema: ZCreateOrganizationSchema,
  run: ({ actor, input }) => createOrganization({ actor, input }),
  revalidate: pages,
  done: () => orgTree.organizations.created,
});

export const renameOrganizationAction = formAction({
  schema: ZRenameOrganizationSchema,
  run: ({ actor, input }) => renameOrganization({ actor, input }),
  revalidate: pages,
  done: () => orgTree.organizations.renamed,
});
