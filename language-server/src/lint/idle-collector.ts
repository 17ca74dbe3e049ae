// Garbage collection between keystrokes instead of in the middle of a lint.
//
// One lint of a 3,000-line file allocates about 40 MB (AST, locations, scopes, code paths, ESLint's traversal steps),
// all garbage once its diagnostics are out. Left to itself V8 collects the young generation when it fills, which is
// usually part-way through the next lint, while that lint's own AST is alive: the scavenge copies and promotes it
// (15-30 ms), and the old generation fills with dead ASTs until a mark-compact (40-60 ms) lands in a lint too. Those
// pauses were most of the editor's p95. Here the young generation is collected as soon as nothing is queued (the user
// is between keystrokes), when almost nothing in it is alive: a few milliseconds, off the path of any diagnostic.
// When the user has stopped for a while and the heap has grown anyway, one full collection runs then.
//
// Three things keep a finished lint alive, and so make that collection copy and promote it; they are undone:
// - ESLint keeps the last file it linted (LintEngine.releaseLastFile lets go of it: the `release` option);
// - a WeakMap entry whose value reaches its key survives young collections (eslint-plugin's util/file-cache.ts);
// - allocation-site pretenuring: once V8 has seen objects of an allocation site survive (in the first lints, when the
//   young generation is still small), it allocates that site's objects in the old generation from then on; every
//   later AST then starts out there and keeps its young parts alive. The server's allocations are per-lint garbage
//   or small long-lived caches, so pretenuring is turned off for its process.
//
// It needs a young generation that holds a large file's lint: 64 MB semi-spaces, Node 24's default, and what clients
// start the server with (SERVER_NODE_OPTIONS in protocol.ts); with less it stays off.
//
// V8 exposes collection only to code compiled with --expose-gc: the flag is set at run time and `gc` taken from a
// fresh context (as Jest's leak detector does), so no global `gc` appears in the server's own context. When that is
// not possible (or with CONSENTRY_IDLE_GC=0, to compare) the collector does nothing and V8 collects as it always does.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type CollectGarbage = (options: { type: 'minor' | 'major'; execution?: 'sync' | 'async' }) => void;

/** The young generation's semi-space limit (MB) this process runs with: the flag when given, else Node's default. */
export function semiSpaceLimitMb(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions = process.env.NODE_OPTIONS ?? '',
  nodeMajor = Number(process.versions.node.split('.')[0]),
): number {
  // Node reads NODE_OPTIONS first and then its command line: the last occurrence wins.
  const args = [...nodeOptions.split(/\s+/), ...execArgv];
  for (let i = args.length - 1; i >= 0; i--) {
    const arg = args[i].replace(/_/g, '-');
    const inline = /^--max-semi-space-size=(\d+)$/.exec(arg);
    if (inline) return Number(inline[1]);
    if (arg === '--max-semi-space-size' && /^\d+$/.test(args[i + 1] ?? '')) return Number(args[i + 1]);
  }
  // V8 13 (Node 24) raised the default from 16 MB to 64 MB (measured: the new space grows to 134 MB).
  return nodeMajor >= 24 ? 64 : 16;
}

/** Below this, a large file's lint does not fit in the young generation and collecting between lints does not pay. */
const MIN_SEMI_SPACE_MB = 32;

function loadCollector(): CollectGarbage | undefined {
  if (process.env.CONSENTRY_IDLE_GC === '0') return undefined;
  // With a small young generation V8 collects during a large file's lint whatever happens between lints; without
  // pretenuring it would then copy the long-lived part of each lint twice (Node 22 default: 10-20 ms slower).
  if (semiSpaceLimitMb() < MIN_SEMI_SPACE_MB) return undefined;
  try {
    setFlagsFromString('--expose-gc');
    const collect: unknown = runInNewContext('gc');
    if (typeof collect !== 'function') return undefined;
    setFlagsFromString('--no-allocation-site-pretenuring');
    return collect as CollectGarbage;
  } catch {
    return undefined;
  }
}

/** One line for the server log: whether the server collects between keystrokes, and why not. */
export function describeIdleCollection(available: boolean): string {
  if (available) return `Garbage is collected between keystrokes (young generation ${semiSpaceLimitMb()} MB)`;
  if (process.env.CONSENTRY_IDLE_GC === '0') return 'Garbage collection is left to V8 (CONSENTRY_IDLE_GC=0)';
  return `Garbage collection is left to V8: the young generation (${semiSpaceLimitMb()} MB) cannot hold a large file's lint; start the server with --max-semi-space-size=64`;
}

export interface IdleCollectorOptions {
  /** True while anything is queued or running: no collection then. */
  busy: () => boolean;
  /** Run before each collection, when idle: drops references to the finished lint's data. */
  release?: () => Promise<void>;
  /** How long the server must stay idle before a full collection (ms). */
  quietMs?: number;
  /** The full collection runs only when the heap grew this much since the last one (bytes). */
  majorAfterBytes?: number;
  /** For tests: the collection function (default: V8's, when it can be exposed). */
  collect?: CollectGarbage | undefined;
  /** For tests: the heap's size in bytes. */
  heapBytes?: () => number;
}

export class IdleCollector {
  private readonly collect: CollectGarbage | undefined;
  private readonly busy: () => boolean;
  private readonly release: () => Promise<void>;
  private readonly quietMs: number;
  private readonly majorAfterBytes: number;
  private readonly heapBytes: () => number;
  private minorScheduled = false;
  private quietTimer: NodeJS.Timeout | undefined;
  private heapAfterMajor: number;

  constructor(options: IdleCollectorOptions) {
    this.collect = 'collect' in options ? options.collect : loadCollector();
    this.busy = options.busy;
    this.release = options.release ?? (async () => {});
    this.quietMs = options.quietMs ?? 1500;
    this.majorAfterBytes = options.majorAfterBytes ?? 64 * 1024 * 1024;
    this.heapBytes = options.heapBytes ?? (() => process.memoryUsage().heapUsed);
    this.heapAfterMajor = this.heapBytes();
  }

  /** True when V8's collector could be exposed here. */
  get available(): boolean {
    return this.collect !== undefined;
  }

  /**
   * A lint finished: collect the young generation once nothing else is queued, and a full collection later if the
   * server then stays idle. Resolves when the young collection ran or was skipped (for tests).
   */
  workDone(): Promise<void> {
    if (!this.collect) return Promise.resolve();
    if (this.quietTimer) this.quietTimer.refresh();
    else {
      this.quietTimer = setTimeout(() => this.quiet(), this.quietMs);
      this.quietTimer.unref();
    }
    if (this.minorScheduled) return Promise.resolve();
    this.minorScheduled = true;
    return new Promise((resolve) => {
      // After the pending I/O callbacks: a message already received (the next keystroke) is handled first.
      setImmediate(() => {
        void this.collectYoung().finally(() => {
          this.minorScheduled = false;
          resolve();
        });
      });
    });
  }

  dispose(): void {
    if (this.quietTimer) clearTimeout(this.quietTimer);
    this.quietTimer = undefined;
  }

  private async collectYoung(): Promise<void> {
    if (this.busy()) return;
    await this.release();
    // A keystroke may have arrived while releasing: its lint comes first.
    if (!this.busy()) this.collect?.({ type: 'minor' });
  }

  private quiet(): void {
    this.quietTimer = undefined;
    if (this.busy() || this.heapBytes() - this.heapAfterMajor < this.majorAfterBytes) return;
    this.collect?.({ type: 'major' });
    this.heapAfterMajor = this.heapBytes();
  }
}
