import { describe, expect, it } from "vitest";
import { message } from "@/messages/message-ref";
import { renderPdf } from "@/server/pdf/render-pdf";

/** A layout that finishes when the test says so, recording how many run at once. */
function gatedLayouts() {
  let running = 0;
  let maxRunning = 0;
  let calls = 0;
  const gates: (() => void)[] = [];
  const layout = async (document: { id: number; bytes?: number }) => {
    calls += 1;
    running += 1;
    maxRunning = Math.max(maxRunning, running);
    await new Promise<void>((resolve) => gates.push(resolve));
    running -= 1;
    return Buffer.alloc(document.bytes ?? 16, document.id);
  };
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  return {
    layout,
    stats: () => ({ calls, maxRunning, waiting: gates.length }),
    /** Lets every started layout finish, now and as the queue brings the next ones in. */
    async releaseAll(expectedCalls: number) {
      while (calls < expectedCalls || gates.length) {
        await until(() => gates.length > 0);
        gates.shift()!();
      }
    },
    until,
  };
}

describe("PDF render turn and cache", () => {
  it("renders one document at a time per process, the others waiting their turn", async () => {
    const gated = gatedLayouts();
    const renders = [1, 2, 3].map((id) => renderPdf("turn", { id }, gated.layout));
    await gated.until(() => gated.stats().calls === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(gated.stats().calls).toBe(1);
    await gated.releaseAll(3);
    const bytes = await Promise.all(renders);
    expect(bytes.map((buffer) => buffer[0])).toEqual([1, 2, 3]);
    expect(gated.stats().maxRunning).toBe(1);
  });

  it("shares one render among equal documents and keeps its bytes for the next request", async () => {
    const gated = gatedLayouts();
    const same = () => renderPdf("shared", { id: 7 }, gated.layout);
    const first = [same(), same(), same()];
    await gated.releaseAll(1);
    const bytes = await Promise.all(first);
    expect(new Set(bytes).size).toBe(1);
    expect(await same()).toBe(bytes[0]);
    expect(gated.stats().calls).toBe(1);
    // Another kind of document with the same content is rendered on its own.
    const other = renderPdf("shared-other", { id: 7 }, gated.layout);
    await gated.releaseAll(2);
    expect(await other).not.toBe(bytes[0]);
  });

  it("answers busy in Vietnamese instead of queueing without bound", async () => {
    const gated = gatedLayouts();
    // One rendering and eight waiting fill the turn; the tenth is refused at once.
    const accepted = Array.from({ length: 9 }, (_, id) => renderPdf("busy", { id }, gated.layout));
    await gated.until(() => gated.stats().calls === 1);
    const refused = renderPdf("busy", { id: 9 }, gated.layout);
    await expect(refused).rejects.toMatchObject({ code: "BUSY", httpStatus: 503, messageRef: message("errors.BUSY") });
    await gated.releaseAll(9);
    expect(await Promise.all(accepted)).toHaveLength(9);
    // Once the queue has drained, the refused document renders.
    const retried = renderPdf("busy", { id: 9 }, gated.layout);
    await gated.releaseAll(10);
    expect((await retried)[0]).toBe(9);
  });

  it("keeps a bounded number of bytes, dropping the least recently used", async () => {
    const gated = gatedLayouts();
    const big = (id: number) => renderPdf("bounded", { id, bytes: 12 * 1024 * 1024 }, gated.layout);
    for (const id of [1, 2]) {
      const pending = big(id);
      await gated.releaseAll(id);
      await pending;
    }
    await big(1); // a hit: 1 becomes the most recently used
    const third = big(3); // 36 MB kept would exceed the bound: 2 goes
    await gated.releaseAll(3);
    await third;
    expect(gated.stats().calls).toBe(3);
    await big(1);
    await big(3);
    expect(gated.stats().calls).toBe(3);
    const again = big(2);
    await gated.releaseAll(4);
    await again;
    expect(gated.stats().calls).toBe(4);
  });
});
