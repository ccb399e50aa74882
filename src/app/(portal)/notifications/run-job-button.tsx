"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/form-state";
import { notifications } from "@/messages/vi/notifications";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { notifications };

/** Admins and the secretariat run the (idempotent) notification job on request. */
export function RunJobButton({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <Button type="submit" variant="secondary" disabled={pending}>
        {vi.notifications.runJob}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
