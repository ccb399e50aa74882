import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SeeAlso } from "@/components/ui/see-also";
import { requireActor } from "@/server/auth/session";
import { vi } from "@/messages/vi";
import { partyDocuments } from "@/messages/vi/party-documents";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: vi.account.title };

export default async function ChangePasswordPage() {
  await requireActor();
  return (
    <>
      <PageHeader title={vi.account.title} />
      <Card>
        <PasswordForm />
      </Card>
      <SeeAlso href="/account/calendar">{partyDocuments.calendar.title}</SeeAlso>
    </>
  );
}
