// Linting files from disk in bulk (a workspace check, the closed files of an app after its config changed).
// In the server process this runs in a worker thread: the editor's own lints stay responsive on the main thread,
// and the worker's heap (the garbage of thousands of parses) is returned to the system when it ends. Where no
// worker entry is available (tests running the TypeScript sources), the same code runs in-thread.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getProjectModel, getUsageIndex } from 'eslint-plugin-consentry/core';
import { crashResult, LintEngine, type EngineOptions } from './engine.js';
import { toDiagnostic } from './diagnostics.js';
import { pathToFileURL } from 'node:url';

/** Engine options that can cross a thread boundary (no plugin object). */
export type PortableEngineOptions = Omit<EngineOptions, 'plugin'>;

export interface DiskLintRequest {
  files: string[];
  /** Unsaved config buffers the model must read instead of disk: [path, text]. */
  overlays: Array<[string, string]>;
  /** Unsaved source buffers the usage index must read instead of disk: [path, text]. */
  sourceOverlays: Array<[string, string]>;
  options: PortableEngineOptions;
}

export interface DiskFileResult {
  file: string;
  /** Undefined when the file could not be read (deleted since). */
  diagnostics?: Diagnostic[];
  errors: number;
  warnings: number;
}

export interface DiskLintOutcome {
  cancelled: boolean;
}

export interface DiskLintRun {
  done: Promise<DiskLintOutcome>;
  cancel(): void;
}

const readText = (file: string): Promise<string> => readFile(file, 'utf8');
const readTextSync = (file: string): string => readFileSync(file, 'utf8');

/** Lint one file from disk into diagnostics (version -1: not an open document). */
export async function lintDiskFile(engine: LintEngine, file: string, read: (file: string) => string | Promise<string> = readText): Promise<DiskFileResult> {
  let text: string;
  try {
    text = await read(file);
  } catch {
    return { file, errors: 0, warnings: 0 };
  }
  let result;
  try {
    result = (await engine.lintText(text, file)) ?? undefined;
  } catch (error) {
    result = crashResult(file, error);
  }
  if (!result) return { file, diagnostics: [], errors: 0, warnings: 0 };
  const document = TextDocument.create(pathToFileURL(file).href, 'plaintext', 0, text);
  const diagnostics = result.messages.map((message, index) =>
    toDiagnostic(message, index, document, -1, message.ruleId ? engine.ruleInfo(message.ruleId) : undefined),
  );
  return { file, diagnostics, errors: result.errorCount, warnings: result.warningCount };
}

/** In this thread, with the server's own engine and model (the overlays are already in the model). */
export function runInThread(engine: LintEngine, files: string[], onResult: (result: DiskFileResult) => Promise<void> | void): DiskLintRun {
  let cancelled = false;
  const done = (async () => {
    for (const file of files) {
      if (cancelled) break;
      await onResult(await lintDiskFile(engine, file));
      // Let requests (and cancellations) in between files.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return { cancelled };
  })();
  return { done, cancel: () => (cancelled = true) };
}

const WORKER_ROLE = 'consentry-disk-lint';

type WorkerMessage = { type: 'result'; result: DiskFileResult } | { type: 'done' } | { type: 'error'; message: string };

/** In a worker thread started from `entry` (the server's entry module, which calls runDiskLintWorker in workers). */
export function runInWorker(entry: URL, request: DiskLintRequest, onResult: (result: DiskFileResult) => Promise<void> | void): DiskLintRun {
  const worker = new Worker(entry, { workerData: { role: WORKER_ROLE, request } });
  let cancelled = false;
  let pending: Promise<unknown> = Promise.resolve();
  const done = new Promise<DiskLintOutcome>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'result') pending = pending.then(() => onResult(message.result));
      else if (message.type === 'error') reject(new Error(message.message));
      else if (message.type === 'done') pending.then(() => resolve({ cancelled }), reject);
    });
    worker.on('error', reject);
    worker.on('exit', () => pending.then(() => resolve({ cancelled: true }), reject));
  }).finally(async () => {
    // Wait for the thread to be gone, so its heap is given back before the caller reports completion.
    await worker.terminate();
  });
  return {
    done,
    cancel: () => {
      cancelled = true;
      void worker.terminate();
    },
  };
}

/** Whether this thread is a disk-lint worker (the entry module must then call runDiskLintWorker, not start a server). */
export function isDiskLintWorker(): boolean {
  return parentPort !== null && (workerData as { role?: string } | undefined)?.role === WORKER_ROLE;
}

/** The worker's body: lint the requested files and post each result. */
export async function runDiskLintWorker(): Promise<void> {
  const port = parentPort!;
  const request = (workerData as { request: DiskLintRequest }).request;
  try {
    const model = getProjectModel();
    for (const [path, text] of request.overlays) model.setOverlay(path, text);
    const usage = getUsageIndex();
    for (const [path, text] of request.sourceOverlays) usage.setOverlay(path, text);
    const engine = new LintEngine(request.options);
    // A worker has no one else to serve, so it reads synchronously: awaiting an async read per file left the thread
    // idle for about a tenth of a workspace check (1.7 s of 15 s on a 3,162-file app).
    for (const file of request.files) port.postMessage({ type: 'result', result: await lintDiskFile(engine, file, readTextSync) } satisfies WorkerMessage);
    port.postMessage({ type: 'done' } satisfies WorkerMessage);
  } catch (error) {
    port.postMessage({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerMessage);
  }
}
