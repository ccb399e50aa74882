import "server-only";
import { AppError } from "@/server/errors";
import { message } from "@/messages/message-ref";

/** How far a meeting's dossier build is: what the meeting page polls. */
export interface DossierProgress {
  state: "idle" | "running" | "ready" | "failed";
  /** Parts laid out so far, of `total` (cover and contents count as the last one). */
  done: number;
  total: number;
}

interface Job extends DossierProgress {
  finishedAt?: number;
}

/** Builds at once in this process: a dossier merges up to 400 pages and 80 MB, so a few at a time. */
export const MAX_DOSSIER_BUILDS = 2;
/** A finished job is forgotten after this long (the bytes stay in the render cache, keyed by content). */
const KEEP_FINISHED_MS = 10 * 60 * 1000;

const state = ((globalThis as { __dossierJobs?: { jobs: Map<string, Job> } }).__dossierJobs ??= { jobs: new Map() });

const view = ({ state: jobState, done, total }: Job): DossierProgress => ({ state: jobState, done, total });

function forgetOld(now: number) {
  for (const [meetingId, job] of state.jobs)
    if (job.finishedAt !== undefined && now - job.finishedAt > KEEP_FINISHED_MS) state.jobs.delete(meetingId);
}

/**
 * Starts building a meeting's dossier in the background: one build per meeting at a time (asking
 * again while it runs answers its progress), at most MAX_DOSSIER_BUILDS in the process (more is
 * BUSY, with a message saying to try again shortly). `build` reports its progress; the bytes
 * land in the render cache under the dossier's content key, where the download finds them.
 */
export function startDossierBuild(
  meetingId: string,
  build: (onProgress: (done: number, total: number) => void) => Promise<unknown>,
): DossierProgress {
  forgetOld(Date.now());
  const current = state.jobs.get(meetingId);
  if (current?.state === "running") return view(current);
  const running = [...state.jobs.values()].filter((job) => job.state === "running").length;
  if (running >= MAX_DOSSIER_BUILDS) throw new AppError("BUSY", message("partyDocuments.dossier.busy", running));
  const job: Job = { state: "running", done: 0, total: 0 };
  state.jobs.set(meetingId, job);
  const finish = (outcome: "ready" | "failed") => {
    job.state = outcome;
    job.finishedAt = Date.now();
  };
  build((done, total) => {
    job.done = done;
    job.total = total;
  }).then(
    () => finish("ready"),
    (error: unknown) => {
      finish("failed");
      console.error(JSON.stringify({ event: "dossier.failed", meetingId, error: String(error) }));
    },
  );
  return view(job);
}

/** The progress of a meeting's dossier build in this process ("idle" when none was asked for). */
export function dossierProgress(meetingId: string): DossierProgress {
  const job = state.jobs.get(meetingId);
  return job ? view(job) : { state: "idle", done: 0, total: 0 };
}
