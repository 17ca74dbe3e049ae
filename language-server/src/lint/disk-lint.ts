// Linting files from disk in bulk (a workspace check, the closed files of an app after its config changed).
// In the server this runs in a child process: the editor's own lints stay responsive, and the child's memory (the
// garbage of thousands of parses) goes back to the system the moment it exits. A worker thread did the same on
// Node 20, but on Node 22 and later (VS Code's runtime) a finished worker's pages stay with the server until V8's
// memory reducer runs, 8 s later: RSS stayed at about 610 MB instead of 210 MB after a 1,500-file check. Where no
// entry module is available (tests running the TypeScript sources), the same code runs in-thread.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DISK_LINT_CHILD_VARIABLE } from './disk-lint-role.js';
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

type ChildMessage = { type: 'result'; result: DiskFileResult } | { type: 'done' } | { type: 'error'; message: string };

/** In a child process started from `entry` (the server's entry module, which calls runDiskLintChild there). */
export function runInChildProcess(entry: URL, request: DiskLintRequest, onResult: (result: DiskFileResult) => Promise<void> | void): DiskLintRun {
  const child = fork(fileURLToPath(entry), [], {
    env: { ...process.env, [DISK_LINT_CHILD_VARIABLE]: '1' },
    // Not the server's debugger or profiler flags: a second --inspect would fight over the port.
    execArgv: process.execArgv.filter((arg) => !arg.startsWith('--inspect') && !arg.startsWith('--debug')),
    // Its stdout must never reach the server's stdout (the LSP stream over stdio).
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  let cancelled = false;
  let finished = false;
  let pending: Promise<unknown> = Promise.resolve();
  const done = new Promise<DiskLintOutcome>((resolve, reject) => {
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'result') pending = pending.then(() => onResult(message.result));
      else if (message.type === 'error') reject(new Error(message.message));
      else if (message.type === 'done') {
        finished = true;
        pending.then(() => resolve({ cancelled }), reject);
      }
    });
    child.on('error', reject);
    child.on('exit', () => pending.then(() => resolve({ cancelled: cancelled || !finished }), reject));
  }).finally(async () => {
    // Wait for the process to be gone, so its memory is given back before the caller reports completion.
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    }
  });
  child.send({ request });
  return {
    done,
    cancel: () => {
      cancelled = true;
      child.kill();
    },
  };
}

/** The child's body: take the one request from the parent, lint its files, post each result, and exit. */
export function runDiskLintChild(): void {
  const post = (message: ChildMessage): Promise<void> => new Promise((resolve) => process.send!(message, undefined, undefined, () => resolve()));
  // The parent going away (the server stopped, or cancelled the check) ends the child too.
  process.on('disconnect', () => process.exit(0));
  process.once('message', async ({ request }: { request: DiskLintRequest }) => {
    try {
      const model = getProjectModel();
      for (const [path, text] of request.overlays) model.setOverlay(path, text);
      const usage = getUsageIndex();
      for (const [path, text] of request.sourceOverlays) {
        usage.setOverlay(path, text);
        model.setOverlay(path, text); // a closed file that imports an open, unsaved helper reads the buffer
      }
      const engine = new LintEngine(request.options);
      // A child has no one else to serve, so it reads synchronously: awaiting an async read per file left the
      // process idle for about a tenth of a workspace check (1.7 s of 15 s on a 3,162-file app).
      for (const file of request.files) await post({ type: 'result', result: await lintDiskFile(engine, file, readTextSync) });
      await post({ type: 'done' });
    } catch (error) {
      await post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
    process.disconnect();
  });
}
