import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { app } from "@/messages/vi/app";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { app };

/** A page whose feature is not built yet: it says so plainly. */
export function FeaturePending({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} description={vi.app.comingSoon} />
      <EmptyState />
    </>
  );
}
