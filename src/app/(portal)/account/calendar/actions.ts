"use server";

import { createCalendarToken } from "@/server/calendar/create-calendar-token";
import { revokeCalendarToken } from "@/server/calendar/revoke-calendar-token";
import { ZCreateCalendarTokenSchema, ZRevokeCalendarTokenSchema } from "@/server/calendar/schemas";
import { formAction } from "@/server/http/server-action";
import { partyDocuments } from "@/messages/vi/party-documents";

export const createCalendarTokenAction = formAction({
  schema: ZCreateCalendarTokenSchema,
  run: ({ actor }) => createCalendarToken({ actor }),
  revalidate: () => ["/account/calendar"],
  // The secret is shown once, in the answer, and never stored in clear.
  done: ({ token }) => ({ message: partyDocuments.calendar.created, values: { feedPath: `/calendar/${token}/feed.ics` } }),
});

export const revokeCalendarTokenAction = formAction({
  schema: ZRevokeCalendarTokenSchema,
  run: ({ actor, data }) => revokeCalendarToken({ actor, tokenId: data.tokenId }),
  revalidate: () => ["/account/calendar"],
  done: () => partyDocuments.calendar.revoked,
});
