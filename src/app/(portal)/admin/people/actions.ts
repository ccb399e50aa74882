"use server";

import { formAction } from "@/server/http/server-action";
import { addPosition, endPosition } from "@/server/people/add-position";
import { createPersonRecord } from "@/server/people/create-person";
import { ZAddPositionSchema, ZCreatePersonSchema, ZEndPositionSchema } from "@/server/people/schemas";
import { orgTree } from "@/messages/vi/org-tree";

const pages = () => ["/admin/people", ["/", "layout"] as const];

export const createPersonAction = formAction({
  schema: ZCreatePersonSchema,
  run: ({ actor, input }) => createPersonRecord({ actor, input }),
  revalidate: pages,
  done: () => orgTree.people.created,
});

export const addPositionAction = formAction({
  schema: ZAddPositionSchema,
  run: ({ actor, input }) => addPosition({ actor, input }),
  revalidate: pages,
  done: () => orgTree.people.postAdded,
});

export const endPositionAction = formAction({
  schema: ZEndPositionSchema,
  run: ({ actor, input }) => endPosition({ actor, input }),
  revalidate: pages,
  done: () => orgTree.people.postEnded,
});
