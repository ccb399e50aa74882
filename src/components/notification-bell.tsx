import Link from "next/link";
import type { Actor } from "@/server/auth/actor";
import { countMyUnread } from "@/server/notifications/list-notifications";
import { notifications } from "@/messages/vi/notifications";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { notifications };

/** The header's bell: a link to the user's own notifications with the unread count. */
export async function NotificationBell({ actor }: { actor: Actor }) {
  const unread = await countMyUnread(actor);
  return (
    <Link
      href="/notifications"
      aria-label={vi.notifications.bell(unread)}
      data-testid="notification-bell"
      className="relative rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {unread > 0 ? (
        <span
          data-testid="notification-count"
          className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-semibold text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
