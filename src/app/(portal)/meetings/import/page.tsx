import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/server/auth/session";
import { getImportPage } from "@/server/import/get-import-page";
import { viImport } from "@/messages/vi/import";
import { confirmImportAction, readImportAction } from "./actions";
import { ImportScreen } from "./import-screen";

export const metadata: Metadata = { title: viImport.page.title };

export default async function ImportMeetingPage() {
  const actor = await requirePermission("import:meeting");
  const options = await getImportPage(actor);
  return (
    <>
      <PageHeader title={viImport.page.title} description={viImport.page.intro} />
      <ImportScreen read={readImportAction} confirm={confirmImportAction} options={options} />
    </>
  );
}
