import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startSchedule } from "@/server/jobs/scheduler";

describe("in-process schedule", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("runs after the first delay, then once per interval", async () => {
    const job = vi.fn(async () => {});
    const schedule = startSchedule({ intervalMs: 60_000, firstDelayMs: 5_000, job, onError: () => {} });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(job).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(job).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000 * 3);
    expect(job).toHaveBeenCalledTimes(4);
    await schedule.stop();
    await vi.advanceTimersByTimeAsync(60_000 * 3);
    expect(job).toHaveBeenCalledTimes(4);
  });

  it("never starts a run while the previous one is still going", async () => {
    let running = 0;
    let overlapped = false;
    const finishers: (() => void)[] = [];
    const job = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          running += 1;
          overlapped ||= running > 1;
          finishers.push(() => {
            running -= 1;
            resolve();
          });
        }),
    );
    const schedule = startSchedule({ intervalMs: 1_000, job, onError: () => {} });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(job).toHaveBeenCalledTimes(1);
    finishers.shift()!();
    await vi.advanceTimersByTimeAsync(999);
    expect(job).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(job).toHaveBeenCalledTimes(2);
    expect(overlapped).toBe(false);
    const stopped = schedule.stop();
    finishers.shift()!();
    await stopped;
  });

  it("reports a failed run and keeps the schedule", async () => {
    const onError = vi.fn();
    const job = vi.fn().mockRejectedValueOnce(new Error("boom")).mockResolvedValue(undefined);
    const schedule = startSchedule({ intervalMs: 1_000, job, onError });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: "boom" }));
    expect(job).toHaveBeenCalledTimes(2);
    await schedule.stop();
  });
});
