"use client";

import { useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/form-state";
import { dossierBuilder } from "@/messages/vi/dossier-builder";
import { startDossierAction } from "./actions";

const t = dossierBuilder;
type Progress = { state: "idle" | "running" | "ready" | "failed"; done: number; total: number };

/**
 * Builds the dossier in the background and polls its progress every second; when it is ready the
 * download link is offered (the direct link above still builds it in the request for small ones).
 */
export function DossierBuilder({ meetingId }: { meetingId: string }) {
  const [state, formAction, pending] = useActionState(startDossierAction, initialFormState);
  const [progress, setProgress] = useState<Progress | null>(null);
  const started = state.status === "success";
  useEffect(() => {
    if (!started) return;
    let stop = false;
    const poll = async () => {
      const response = await fetch(`/meetings/${meetingId}/dossier-status`, { cache: "no-store" });
      const next = (await response.json()) as Progress;
      if (stop) return;
      setProgress(next);
      if (next.state === "running") setTimeout(poll, 1000);
    };
    void poll();
    return () => {
      stop = true;
    };
  }, [started, meetingId, state]);
  return (
    <form action={formAction} className="no-print flex flex-wrap items-center gap-2 text-sm" data-testid="dossier-builder">
      <input type="hidden" name="meetingId" value={meetingId} />
      <Button type="submit" size="sm" variant="secondary" disabled={pending || progress?.state === "running"}>
        {t.build}
      </Button>
      {state.status === "error" ? <FormMessage state={state} /> : null}
      <span role="status" aria-live="polite">
        {progress?.state === "running" ? (
          <>
            {t.building(progress.done, progress.total)} <progress max={progress.total || 1} value={progress.done} />
          </>
        ) : progress?.state === "ready" ? (
          <>
            {t.ready}{" "}
            <a className="text-brand-700 underline" href={`/meetings/${meetingId}/dossier.pdf`}>
              {t.download}
            </a>
          </>
        ) : progress?.state === "failed" ? (
          t.failed
        ) : null}
      </span>
    </form>
  );
}
