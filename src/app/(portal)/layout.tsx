import { AppShell } from "@/components/app-shell";
import { requireActor } from "@/server/auth/session";

export const dynamic = "force-dynamic";

// The shell needs the actor; each page still checks its own permission,
// because layouts do not re-run on client navigation.
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  return <AppShell actor={actor}>{children}</AppShell>;
}
