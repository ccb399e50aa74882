"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/form-state";
import { calendarForm } from "@/messages/vi/calendar-form";
import { createCalendarTokenAction } from "./actions";

export function CreateCalendarToken() {
  const [state, formAction, pending] = useActionState(createCalendarTokenAction, initialFormState);
  const path = state.status === "success" ? state.values?.feedPath : undefined;
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      {path ? (
        <p className="break-all rounded-md bg-slate-100 p-2 font-mono text-sm" data-testid="calendar-feed-url">
          {typeof window === "undefined" ? path : `${window.location.origin}${path}`}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {calendarForm.create}
      </Button>
    </form>
  );
}
