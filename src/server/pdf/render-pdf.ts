import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import { createHash } from "node:crypto";
import { AppError } from "@/server/errors";

/**
 * Rendering is CPU work on the thread that answers every request. One render at a time per
 * process keeps the others' requests moving (renders yield between paragraph pieces); a few
 * more wait their turn, and beyond that the caller is told to try again (BUSY, 503) instead
 * of piling up memory. Equal documents share one render and, for a while, its bytes.
 */
const MAX_WAITING = 8;
const CACHE_BYTES = 32 * 1024 * 1024;

interface RenderState {
  rendering: boolean;
  waiting: (() => void)[];
  inFlight: Map<string, Promise<Buffer>>;
  /** Insertion order is recency: the first entry is the least recently used. */
  cache: Map<string, Buffer>;
  cachedBytes: number;
}

// Per process, not per module instance: Next may evaluate this module once per server bundle
// (route handlers, server actions) and again on every dev reload.
const state = ((globalThis as unknown as { giaobanPdfRenders?: RenderState }).giaobanPdfRenders ??= {
  rendering: false,
  waiting: [],
  inFlight: new Map(),
  cache: new Map(),
  cachedBytes: 0,
});

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (state.rendering) {
    if (state.waiting.length >= MAX_WAITING) throw new AppError("BUSY");
    // The finishing render hands its turn over directly, so `rendering` stays true.
    await new Promise<void>((resolve) => state.waiting.push(resolve));
  }
  state.rendering = true;
  try {
    return await work();
  } finally {
    const next = state.waiting.shift();
    if (next) next();
    else state.rendering = false;
  }
}

function remember(key: string, bytes: Buffer) {
  if (bytes.byteLength > CACHE_BYTES) return;
  state.cache.set(key, bytes);
  state.cachedBytes += bytes.byteLength;
  for (const [oldest, old] of state.cache) {
    if (state.cachedBytes <= CACHE_BYTES) break;
    state.cache.delete(oldest);
    state.cachedBytes -= old.byteLength;
  }
}

/** SHA-256 of the kind and the content, hashed in slices so a 2.6-million-character document never holds the thread long. */
async function contentKey(kind: string, document: unknown): Promise<string> {
  const json = JSON.stringify([kind, document]);
  const hash = createHash("sha256");
  for (let start = 0; start < json.length; start += 256 * 1024) {
    hash.update(json.slice(start, start + 256 * 1024), "utf16le");
    await nextTurn();
  }
  return hash.digest("hex");
}

/**
 * The PDF of a document, laid out by `layout` in this process's render turn, or the bytes of
 * an equal document (same kind, same content) rendered before. Callers must not mutate them.
 */
export async function renderPdf<T>(kind: string, document: T, layout: (document: T) => Promise<Buffer>): Promise<Buffer> {
  const key = await contentKey(kind, document);
  const kept = state.cache.get(key);
  if (kept) {
    state.cache.delete(key);
    state.cache.set(key, kept);
    return kept;
  }
  let pending = state.inFlight.get(key);
  if (!pending) {
    pending = inTurn(() => layout(document))
      .then((bytes) => {
        remember(key, bytes);
        return bytes;
      })
      .finally(() => state.inFlight.delete(key));
    state.inFlight.set(key, pending);
  }
  return pending;
}
