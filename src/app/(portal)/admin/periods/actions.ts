"use server";

import { formAction } from "@/server/http/server-action";
import { generatePeriods } from "@/server/periods/generate-periods";
import { ZGeneratePeriodsSchema, ZSetDeadlineSchema } from "@/server/periods/schemas";
import { setPeriodDeadline } from "@/server/periods/set-deadline";
import { vi } from "@/messages/vi";

export const generatePeriodsAction = formAction({
  schema: ZGeneratePeriodsSchema,
  run: ({ actor, input }) => generatePeriods({ actor, input }),
  revalidate: () => ["/admin/periods"],
  done: (result) => vi.periods.generated(result.count),
  keepValues: true,
});

export const setDeadlineAction = formAction({
  schema: ZSetDeadlineSchema,
  run: ({ actor, input }) => setPeriodDeadline({ actor, input }),
  revalidate: () => ["/admin/periods"],
  done: () => vi.periods.deadlineSaved,
  keepValues: true,
});
