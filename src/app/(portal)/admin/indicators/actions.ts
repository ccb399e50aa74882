"use server";

import { formAction } from "@/server/http/server-action";
import { saveIndicator } from "@/server/indicators/save-indicator";
import { ZIndicatorSchema } from "@/server/indicators/schemas";
import { vi } from "@/messages/vi";

export const saveIndicatorAction = formAction({
  schema: ZIndicatorSchema,
  run: ({ actor, input }) => saveIndicator({ actor, input }),
  revalidate: () => ["/admin/indicators"],
  done: (_result, data) => (data.id ? vi.indicators.updated : vi.indicators.created),
  // Editing keeps the row's form filled; the "new indicator" form empties for the next one.
  keepValues: (data) => Boolean(data.id),
});
