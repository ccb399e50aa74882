import { vi } from "@/messages/vi";

export function EmptyState({ message = vi.app.noData }: { message?: string }) {
  return (
    <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-500">{message}</p>
  );
}
