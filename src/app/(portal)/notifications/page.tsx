import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { can } from "@/server/auth/policy";
import { requireActor } from "@/server/auth/session";
import { listMyNotificationsPage } from "@/server/notifications/list-notifications";
import { formatDateTime } from "@/lib/dates";
import { ZPageListParams } from "@/lib/schema-fields";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { vi } from "@/messages/vi";
import { markReadAction, openNotificationAction, runJobAction } from "./actions";
import { RunJobButton } from "./run-job-button";

export const metadata: Metadata = { title: vi.notifications.title };

/** The signed-in user's own notifications; every user has this page, nobody sees another's. */
export default async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  const params = await searchParams;
  const result = await listMyNotificationsPage(actor, parseSearchParams(ZPageListParams, params).page);
  const anyUnread = result.rows.some((row) => !row.readAt);
  return (
    <>
      <PageHeader
        title={vi.notifications.title}
        actions={
          <>
            {can(actor, "run:notification") ? <RunJobButton action={runJobAction} /> : null}
            {anyUnread ? (
              <form action={markReadAction}>
                <Button variant="secondary">{vi.notifications.markAllRead}</Button>
              </form>
            ) : null}
          </>
        }
      />
      <Card>
        {result.rows.length === 0 ? (
          <EmptyState message={vi.notifications.empty} />
        ) : (
          <ul className="divide-y divide-slate-100 text-sm" data-testid="notification-list">
            {result.rows.map((item) => (
              <li key={item.id} className="flex items-start justify-between gap-4 py-3">
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2">
                    {!item.readAt ? <StatusBadge status="SUBMITTED" label={vi.notifications.unread} /> : null}
                    {item.link && !item.readAt ? (
                      // Opening an unread notification goes through the server, which marks it read.
                      <form action={openNotificationAction} className="inline">
                        <input type="hidden" name="notificationId" value={item.id} />
                        <button className="text-left font-medium text-slate-900 hover:underline">{item.title}</button>
                      </form>
                    ) : item.link ? (
                      <Link href={item.link} className="font-medium text-slate-900 hover:underline">
                        {item.title}
                      </Link>
                    ) : (
                      <span className="font-medium">{item.title}</span>
                    )}
                  </p>
                  {item.body ? <p className="mt-1 text-slate-600">{item.body}</p> : null}
                  <p className="text-xs text-slate-500">{formatDateTime(item.createdAt)}</p>
                </div>
                {!item.readAt ? (
                  <form action={markReadAction} className="shrink-0">
                    <input type="hidden" name="notificationId" value={item.id} />
                    <Button variant="ghost">
                      {vi.notifications.markRead}
                      <span className="sr-only">: {item.title}</span>
                    </Button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <Pagination of={result} basePath="/notifications" params={{}} />
      </Card>
    </>
  );
}
