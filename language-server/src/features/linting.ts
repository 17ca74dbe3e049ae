// Live diagnostics: lint open buffers as they change, feed config buffers to the project model, re-check every
// open document of an app when one of its config files changes (buffer edit or file on disk), and check whole
// workspaces on request. Nothing here throws into the connection: a failing lint becomes a diagnostic.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ESLint } from 'eslint';
import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocument as TextDocumentImpl } from 'vscode-languageserver-textdocument';
import { crashResult, type LintEngine } from '../lint/engine.js';
import { toDiagnostic } from '../lint/diagnostics.js';
import { collectFiles } from '../lint/files.js';
import type { CheckWorkspaceParams, CheckWorkspaceResult } from '../protocol.js';
import { pathToUri, uriToPath, type LintState, type ServerContext } from './context.js';

type Trigger = 'open' | 'type' | 'save' | 'dependency' | 'settings';

interface Queue {
  dirty: boolean;
  trigger: Trigger;
  running?: Promise<void>;
}

const ESLINT_CONFIG_FILE = /^eslint\.config\.(js|mjs|cjs|ts|mts|cts)$/;

export class LintingService {
  private readonly queues = new Map<string, Queue>();
  /** Files whose diagnostics came from a workspace check (kept, and re-checked from disk, while closed). */
  private readonly checkedFromDisk = new Set<string>();
  private diskChain: Promise<void> = Promise.resolve();
  /** Config files whose buffers this server gave the (process-wide) model. */
  private readonly overlays = new Set<string>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly onPublished: () => void,
  ) {}

  // ---- document events -------------------------------------------------------------------------------------------

  async opened(doc: TextDocument): Promise<void> {
    const path = uriToPath(doc.uri);
    if (!path) return;
    const affectsOthers = await this.feedModel(path, doc.getText(), true);
    this.schedule(doc.uri, 'open');
    if (affectsOthers) this.recheckApp(path, doc.uri);
  }

  async changed(doc: TextDocument): Promise<void> {
    const path = uriToPath(doc.uri);
    if (!path) return;
    const affectsOthers = await this.feedModel(path, doc.getText(), false);
    this.schedule(doc.uri, 'type');
    if (affectsOthers) this.recheckApp(path, doc.uri);
  }

  saved(doc: TextDocument): void {
    if (uriToPath(doc.uri)) this.schedule(doc.uri, 'save');
  }

  async closed(doc: TextDocument): Promise<void> {
    const path = uriToPath(doc.uri);
    if (!path) return;
    this.queues.delete(doc.uri);
    const hadOverlay = this.ctx.model.isConfigFile(path);
    if (hadOverlay) {
      // The buffer may have held unsaved edits: from now on the model reads the file on disk again.
      this.ctx.model.setOverlay(path, undefined);
      this.overlays.delete(path);
      this.recheckApp(path, doc.uri);
    }
    if (this.checkedFromDisk.has(path)) {
      this.enqueueDisk(path);
    } else {
      this.ctx.states.delete(path);
      await this.ctx.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      this.onPublished();
    }
  }

  /** Files changed on disk (file watcher): drop the model's cache and re-check what depends on them. */
  filesChanged(paths: string[]): void {
    let configChanged = false;
    const apps = new Set<string>();
    for (const path of paths) {
      if (ESLINT_CONFIG_FILE.test(basename(path))) configChanged = true;
      this.ctx.model.invalidate(path);
      if (this.ctx.model.isConfigFile(path)) apps.add(path);
    }
    if (configChanged && this.ctx.usingProjectConfig()) {
      this.settingsChanged();
      return;
    }
    for (const path of apps) this.recheckApp(path, undefined);
  }

  /** Settings or trust changed: new engines, re-check everything with diagnostics. */
  settingsChanged(): void {
    this.ctx.resetConfiguration();
    for (const doc of this.ctx.documents.all()) this.schedule(doc.uri, 'settings');
    for (const path of this.checkedFromDisk) if (!this.ctx.openDocumentFor(path)) this.enqueueDisk(path);
  }

  /** Hand the model back to disk: drop every overlay this server set (shutdown). */
  dispose(): void {
    for (const path of this.overlays) this.ctx.model.setOverlay(path, undefined);
    this.overlays.clear();
  }

  // ---- scheduling -------------------------------------------------------------------------------------------------

  /** Lint an open document now, or again right after the lint in progress (no debounce; stale runs are dropped). */
  schedule(uri: string, trigger: Trigger): Promise<void> {
    let queue = this.queues.get(uri);
    if (!queue) {
      queue = { dirty: false, trigger };
      this.queues.set(uri, queue);
    }
    queue.dirty = true;
    queue.trigger = trigger;
    if (!queue.running) {
      const q = queue;
      q.running = (async () => {
        try {
          while (q.dirty) {
            q.dirty = false;
            await this.lintOpenDocument(uri, q.trigger);
          }
        } finally {
          q.running = undefined;
        }
      })();
    }
    return queue.running!;
  }

  /** Resolves when every open document's pending lint has finished. */
  async idle(): Promise<void> {
    for (;;) {
      const running = [...this.queues.values()].map((q) => q.running).filter((p): p is Promise<void> => p !== undefined);
      if (running.length === 0) break;
      await Promise.all(running);
    }
    await this.diskChain;
  }

  private async lintOpenDocument(uri: string, trigger: Trigger): Promise<void> {
    const doc = this.ctx.documents.get(uri);
    const path = uriToPath(uri);
    if (!doc || !path) return;
    const version = doc.version;
    const text = doc.getText();
    let result: ESLint.LintResult | undefined;
    let engine: LintEngine | undefined;
    try {
      const resolved = await this.ctx.engineFor(path);
      const settings = resolved.settings;
      engine = resolved.engine;
      if (!settings.enable) {
        await this.publish(uri, path, version, text, undefined);
        return;
      }
      if (trigger === 'type' && settings.run === 'onSave' && this.ctx.states.has(path)) return;
      if (!(await engine.isLintable(path))) {
        if (this.ctx.states.has(path)) await this.publish(uri, path, version, text, undefined);
        return;
      }
      result = await engine.lintText(text, path);
    } catch (error) {
      this.ctx.error(`lint failed for ${path}`, error);
      result = crashResult(path, error);
    }
    // A newer version arrived while linting: its own run publishes; never publish stale findings.
    if (this.ctx.documents.get(uri)?.version !== version) return;
    await this.publish(uri, path, version, text, result, engine);
  }

  private async publish(
    uri: string,
    path: string,
    version: number,
    text: string,
    result: ESLint.LintResult | undefined,
    engine?: LintEngine,
  ): Promise<void> {
    const state = result ? this.storeState(uri, path, version, text, result, engine) : undefined;
    if (!state) this.ctx.states.delete(path);
    await this.ctx.connection.sendDiagnostics({ uri, ...(version >= 0 ? { version } : {}), diagnostics: state?.diagnostics ?? [] });
    this.onPublished();
  }

  private storeState(uri: string, path: string, version: number, text: string, result: ESLint.LintResult, engine?: LintEngine): LintState {
    const document = TextDocumentImpl.create(uri, 'plaintext', Math.max(version, 0), text);
    const diagnostics = result.messages.map((message, index) =>
      toDiagnostic(message, index, document, version, message.ruleId ? this.ctx.ruleInfo(message.ruleId) : undefined),
    );
    const reportData = result.messages.map((message) => engine?.reportData(message));
    const state: LintState = { uri, path, version, text, result, reportData, diagnostics, appRoot: this.ctx.appRootFor(path) };
    this.ctx.states.set(path, state);
    return state;
  }

  // ---- cross-file -------------------------------------------------------------------------------------------------

  /**
   * Give the model the buffer of a config file. Returns whether other files' findings may change: any edit of a
   * config buffer, or opening one whose text differs from the file on disk.
   */
  private async feedModel(path: string, text: string, opening: boolean): Promise<boolean> {
    if (!this.ctx.model.isConfigFile(path)) return false;
    this.ctx.model.setOverlay(path, text);
    this.overlays.add(path);
    if (!opening) return true;
    try {
      return (await readFile(path, 'utf8')) !== text;
    } catch {
      return true;
    }
  }

  /** Re-check every open document of the app that holds `changedPath` (and its files checked from disk). */
  recheckApp(changedPath: string, exceptUri: string | undefined): void {
    const root = this.ctx.appRootFor(changedPath);
    for (const doc of this.ctx.documents.all()) {
      if (doc.uri === exceptUri) continue;
      const path = uriToPath(doc.uri);
      if (path && this.ctx.appRootFor(path) === root) this.schedule(doc.uri, 'dependency');
    }
    for (const path of this.checkedFromDisk) {
      if (!this.ctx.openDocumentFor(path) && this.ctx.appRootFor(path) === root) this.enqueueDisk(path);
    }
  }

  /** Documents of the app that `changedPath` belongs to, currently open (for tests and the benchmark). */
  openDocumentsOfApp(changedPath: string): string[] {
    const root = this.ctx.appRootFor(changedPath);
    return this.ctx.documents
      .all()
      .map((d) => d.uri)
      .filter((uri) => {
        const p = uriToPath(uri);
        return p !== undefined && this.ctx.appRootFor(p) === root;
      });
  }

  // ---- files on disk ----------------------------------------------------------------------------------------------

  private enqueueDisk(path: string): Promise<void> {
    this.diskChain = this.diskChain
      .then(async () => {
        await this.lintFromDisk(path);
      })
      .catch((error) => this.ctx.error(`lint failed for ${path}`, error));
    return this.diskChain;
  }

  private async lintFromDisk(path: string): Promise<{ errors: number; warnings: number } | undefined> {
    if (this.ctx.openDocumentFor(path)) return undefined;
    const uri = pathToUri(path);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      // Deleted since: nothing to report any more.
      this.checkedFromDisk.delete(path);
      this.ctx.states.delete(path);
      await this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
      this.onPublished();
      return undefined;
    }
    let result: ESLint.LintResult | undefined;
    let engine: LintEngine | undefined;
    try {
      const resolved = await this.ctx.engineFor(path);
      engine = resolved.engine;
      if (resolved.settings.enable) result = await engine.lintText(text, path);
    } catch (error) {
      this.ctx.error(`lint failed for ${path}`, error);
      result = crashResult(path, error);
    }
    this.checkedFromDisk.add(path);
    await this.publish(uri, path, -1, text, result, engine);
    return result ? { errors: result.errorCount, warnings: result.warningCount } : undefined;
  }

  /** `consentry/checkWorkspace`: every supported file of every folder (honouring .gitignore), until cancelled. */
  async checkWorkspace(params: CheckWorkspaceParams | undefined, token: CancellationToken): Promise<CheckWorkspaceResult> {
    const started = performance.now();
    const folders = params?.folders?.length ? params.folders : this.ctx.folders;
    let files = 0;
    let errors = 0;
    let warnings = 0;
    for (const folder of folders) {
      if (token.isCancellationRequested) break;
      const { engine, settings } = await this.ctx.engineFor(folder);
      if (!settings.enable) continue;
      const { files: found } = await collectFiles([folder], {
        cwd: folder,
        isLintable: (file) => engine.isLintable(file),
        isCancelled: () => token.isCancellationRequested,
      });
      for (const path of found) {
        if (token.isCancellationRequested) break;
        const open = this.ctx.openDocumentFor(path);
        if (open) {
          await this.schedule(open.uri, 'settings');
          this.checkedFromDisk.add(path);
        } else {
          await this.lintFromDisk(path);
        }
        const state = this.ctx.states.get(path);
        files++;
        errors += state?.result.errorCount ?? 0;
        warnings += state?.result.warningCount ?? 0;
      }
    }
    return { files, errors, warnings, cancelled: token.isCancellationRequested, durationMs: Math.round(performance.now() - started) };
  }
}
