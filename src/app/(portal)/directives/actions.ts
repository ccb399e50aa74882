"use server";

import { cancelDirective } from "@/server/directives/cancel-directive";
import { postProgress } from "@/server/directives/post-progress";
import { proposeDone } from "@/server/directives/propose-done";
import { confirmDone, reopenDirective } from "@/server/directives/review-directive";
import { ZConfirmDoneSchema, ZDirectiveReasonSchema, ZPostProgressSchema, ZProposeDoneSchema } from "@/server/directives/schemas";
import type { Revalidation } from "@/server/http/server-action";
import { formAction } from "@/server/http/server-action";
import { vi } from "@/messages/vi";

/** A directive's change shows on its page, the list, the dashboard and the notification bell. */
const directivePages = ({ directiveId }: { directiveId: string }): Revalidation[] => [
  "/directives",
  `/directives/${directiveId}`,
  "/dashboard",
  ["/", "layout"],
];
const directivePage = ({ directiveId }: { directiveId: string }) => [`/directives/${directiveId}`];

export const postProgressAction = formAction({
  schema: ZPostProgressSchema,
  run: async ({ actor, input, file }) => postProgress({ actor, input, file: await file("file") }),
  revalidate: directivePages,
  revalidateOnConflict: directivePage,
  done: () => vi.directives.progressPosted,
});

export const proposeDoneAction = formAction({
  schema: ZProposeDoneSchema,
  run: ({ actor, input }) => proposeDone({ actor, input }),
  revalidate: directivePages,
  revalidateOnConflict: directivePage,
  done: () => vi.directives.proposed,
});

export const confirmDoneAction = formAction({
  schema: ZConfirmDoneSchema,
  run: ({ actor, input }) => confirmDone({ actor, input }),
  revalidate: directivePages,
  revalidateOnConflict: directivePage,
  done: () => vi.directives.confirmed,
});

export const reopenAction = formAction({
  schema: ZDirectiveReasonSchema,
  run: ({ actor, input }) => reopenDirective({ actor, input }),
  revalidate: directivePages,
  revalidateOnConflict: directivePage,
  done: () => vi.directives.reopened,
});

export const cancelAction = formAction({
  schema: ZDirectiveReasonSchema,
  run: ({ actor, input }) => cancelDirective({ actor, input }),
  revalidate: directivePages,
  revalidateOnConflict: directivePage,
  done: () => vi.directives.cancelled,
});
