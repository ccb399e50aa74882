import type { Metadata } from "next";
import { ActionButton } from "@/components/forms/action-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/server/auth/session";
import { listCalendarTokens } from "@/server/calendar/revoke-calendar-token";
import { formatDateTime } from "@/lib/dates";
import { partyDocuments } from "@/messages/vi/party-documents";
import { revokeCalendarTokenAction } from "./actions";
import { CreateCalendarToken } from "./calendar-forms";

export const metadata: Metadata = { title: partyDocuments.calendar.title };

/** The personal calendar feed: create a secret address, revoke one in use. */
export default async function CalendarPage() {
  const actor = await requireActor();
  const tokens = await listCalendarTokens({ actor });
  const t = partyDocuments.calendar;
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      <Card>
        <div className="space-y-4">
          {tokens.length === 0 ? <p className="text-sm text-slate-500">{t.none}</p> : null}
          <ul className="space-y-2 text-sm">
            {tokens.map((token) => (
              <li key={token.id} className="flex flex-wrap items-center gap-3">
                <span>{t.active(formatDateTime(token.createdAt))}</span>
                <ActionButton
                  action={revokeCalendarTokenAction}
                  fields={{ tokenId: token.id }}
                  label={t.revoke}
                  variant="danger"
                  className="inline"
                />
              </li>
            ))}
          </ul>
          <CreateCalendarToken />
        </div>
      </Card>
    </>
  );
}
