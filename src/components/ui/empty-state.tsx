import { app } from "@/messages/vi/app";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { app };

export function EmptyState({ message = vi.app.noData }: { message?: string }) {
  return (
    <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-500">{message}</p>
  );
}
