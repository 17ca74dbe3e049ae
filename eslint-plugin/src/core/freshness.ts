// When cached facts about files on disk are re-checked. Long-lived processes (plain ESLint in an editor, the language
// server) re-check after a short time, since files may change behind them. One pass over a project (`consentry
// check`, the language server's workspace check) runs inside `withStableFiles`: the files are taken not to change
// during it, so no timed re-check runs (a 20 s pass over a large app re-listed and re-stat'ed it every 2 s).
// Explicit invalidation (editor buffers, file-watcher events) still applies.

let stableDepth = 0;

/** Run one pass over a project with timed re-checks off. */
export async function withStableFiles<T>(run: () => Promise<T>): Promise<T> {
  stableDepth++;
  try {
    return await run();
  } finally {
    stableDepth--;
  }
}

/** Whether something checked at `checkedAt` needs no re-check yet: within `windowMs`, or during a stable pass. */
export function isFresh(checkedAt: number, windowMs: number, now: number = Date.now()): boolean {
  return stableDepth > 0 || now - checkedAt < windowMs;
}
