import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { vi } from "@/messages/vi";

/** A page whose feature is not built yet: it says so plainly. */
export function FeaturePending({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} description={vi.app.comingSoon} />
      <EmptyState />
    </>
  );
}
