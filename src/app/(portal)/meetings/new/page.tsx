import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/server/auth/session";
import { listMeetingFormOptions } from "@/server/meetings/meeting-form-options";
import { vi } from "@/messages/vi";
import { scheduleMeetingAction } from "../actions";
import { MeetingForm } from "../meeting-form";

export const metadata: Metadata = { title: vi.meetings.new };

export default async function NewMeetingPage() {
  const actor = await requirePermission("create:meeting");
  const options = await listMeetingFormOptions(actor);
  return (
    <>
      <PageHeader title={vi.meetings.new} />
      <Card>
        <MeetingForm action={scheduleMeetingAction} options={options} />
      </Card>
    </>
  );
}
