import "server-only";

export interface Schedule {
  /** Stops the schedule; resolves once a run in progress has finished. */
  stop(): Promise<void>;
}

/**
 * Runs `job` now and then every `intervalMs` after the previous run ended, so runs never
 * overlap however long one takes. A failing run is reported and the schedule goes on.
 */
export function startSchedule({
  intervalMs,
  job,
  onError,
  firstDelayMs = 0,
}: {
  intervalMs: number;
  job: () => Promise<unknown>;
  onError: (error: unknown) => void;
  firstDelayMs?: number;
}): Schedule {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = () => {
    running = (async () => {
      try {
        await job();
      } catch (error) {
        onError(error);
      }
      // Re-armed only after the run ends: the next starts `intervalMs` later, never on top of it.
      if (!stopped) timer = setTimeout(tick, intervalMs).unref();
    })();
  };
  timer = setTimeout(tick, firstDelayMs).unref();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
