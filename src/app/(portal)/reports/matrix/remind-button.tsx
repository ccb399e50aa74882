"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialFormState, type FormState } from "@/lib/form-state";
import { matrix } from "@/messages/vi/matrix";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { matrix };

export function RemindButton({
  action,
  periodId,
  unitId,
  label,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  periodId: string;
  unitId: string;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="mt-1">
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="unitId" value={unitId} />
      <Button type="submit" variant="secondary" className="px-2 py-1 text-xs" disabled={pending} aria-label={label}>
        {vi.matrix.remind}
      </Button>
      {state.message ? (
        <p role="status" className={`mt-1 text-xs ${state.status === "error" ? "text-red-700" : "text-green-800"}`}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
