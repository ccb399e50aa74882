import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
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
      <p className="mt-4 text-sm">
        <Link className="link" href="/account/calendar">
          {partyDocuments.calendar.title}
        </Link>
      </p>
    </>
  );
}
