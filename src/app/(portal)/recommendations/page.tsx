import { FeaturePending } from "@/components/feature-pending";
import { requirePermission } from "@/server/auth/session";
import { vi } from "@/messages/vi";

export default async function Page() {
  await requirePermission("read:recommendation");
  return <FeaturePending title={vi.nav.recommendations} />;
}
