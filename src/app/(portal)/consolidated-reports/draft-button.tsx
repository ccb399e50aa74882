"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/form-state";
import { consolidatedReport as t } from "@/messages/vi/consolidated-report";
import { draftConsolidatedReportAction } from "./actions";

/** "Soạn từ báo cáo đơn vị" for one period. */
export function DraftButton({ periodId }: { periodId: string }) {
  const [state, formAction, pending] = useActionState(draftConsolidatedReportAction, initialFormState);
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="periodId" value={periodId} />
      <Button type="submit" size="sm" disabled={pending}>
        {t.draftFromDigest}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
