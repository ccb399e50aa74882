import { FeaturePending } from "@/components/feature-pending";
import { requirePermission } from "@/server/auth/session";
import { vi } from "@/messages/vi";

export default async function Page() {
  await requirePermission("read:document");
  return <FeaturePending title={vi.nav.documents} />;
}
