// Live diagnostics: lint open buffers as they change, feed config buffers to the project model, re-check every
// open document of an app when one of its config files changes (buffer edit or file on disk), and check whole
// workspaces on request. Nothing here throws into the connection: a failing lint becomes a diagnostic.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { runInChildProcess, runInThread, type DiskFileResult, type DiskLintRun } from '../lint/disk-lint.js';
import type { ESLint } from 'eslint';
import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocument as TextDocumentImpl } from 'vscode-languageserver-textdocument';
import { crashResult, EngineConfigError, type LintEngine } from '../lint/engine.js';
import { toDiagnostic } from '../lint/diagnostics.js';
import { IdleCollector, describeIdleCollection } from '../lint/idle-collector.js';
import { collectFiles } from '../lint/files.js';
import type { CheckWorkspaceParams, CheckWorkspaceResult } from '../protocol.js';
import { UNI_MODULES_COMPONENT, isCodeFileName } from 'eslint-plugin-consentry/core';
import { appModulesImportedBy, helperFindingsVersion } from 'eslint-plugin-consentry';
import { pathToUri, uriToPath, type LintState, type ServerContext } from './context.js';

type Trigger = 'open' | 'type' | 'save' | 'dependency' | 'settings';

interface Queue {
  dirty: boolean;
  trigger: Trigger;
  running?: Promise<void>;
}

const ESLINT_CONFIG_FILE = /^eslint\.config\.(js|mjs|cjs|ts|mts|cts)$/;
/** A WeChat page's template, and the script beside it that reads it (no-preselected-consent). */
const WXML_TEMPLATE = /\.wxml$/;
const SCRIPT_OF_TEMPLATE = /\.(?:js|ts)$/;

export class LintingService {
  private readonly queues = new Map<string, Queue>();
  /** Files whose diagnostics came from a workspace check (kept, and re-checked from disk, while closed). */
  private readonly checkedFromDisk = new Set<string>();
  /** Config files whose buffers this server gave the (process-wide) model. */
  private readonly overlays = new Set<string>();
  /**
   * Source files whose buffers this server gave the usage index (what the app's code uses) and the model (what a
   * file that imports a helper, or a script whose WXML template it is, reads of it).
   */
  private readonly sourceOverlays = new Set<string>();
  /** Per open source file with open dependents: what its importers' findings depend on, as last seen. */
  private readonly dependedVersions = new Map<string, string>();
  /** The app modules an open document imports, per document version (asked on every edit of another file). */
  private readonly importsOfDocument = new Map<string, { version: number; files: readonly string[] }>();
  /** The app modules a file imports, as the model reads it (for dependents two modules away), per signature. */
  private readonly importsOfFile = new Map<string, { signature: string; files: readonly string[] }>();
  /** Open source documents whose buffer goes to the usage index once their own lint has finished. */
  private readonly usagePending = new Set<string>();
  private readonly usageUpdates = new Set<Promise<void>>();
  /** Closed files waiting for a background re-check, the timer that starts it, and the run in progress. */
  private readonly backgroundPending = new Set<string>();
  private backgroundTimer: NodeJS.Timeout | undefined;
  private backgroundRun: DiskLintRun | undefined;
  private backgroundDone: Promise<unknown> = Promise.resolve();
  /** Collects a lint's garbage between keystrokes rather than inside the next lint (see lint/idle-collector.ts). */
  private readonly collector = new IdleCollector({ busy: () => this.busy(), release: () => this.releaseLintedFiles() });
  /** Engines that linted an open document since the last collection (each keeps its last file until released). */
  private readonly enginesToRelease = new Set<LintEngine>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly onPublished: () => void,
    /** The server's entry module, to start disk-lint child processes from; undefined = lint from disk in this thread. */
    private readonly diskLintEntry?: URL,
    /** A project eslint.config failed to load (shown in the status). */
    private readonly onConfigError?: (message: string) => void,
  ) {}

  // ---- document events -------------------------------------------------------------------------------------------

  async opened(doc: TextDocument): Promise<void> {
    const path = uriToPath(doc.uri);
    if (!path) return;
    const affectsOthers = await this.feedModel(path, doc.getText(), true);
    const linted = this.schedule(doc.uri, 'open');
    if (affectsOthers) this.recheckApp(path, doc.uri);
    else if (!this.ctx.model.isConfigFile(path)) this.feedBufferAfter(linted, doc.uri, path);
  }

  async changed(doc: TextDocument): Promise<void> {
    const path = uriToPath(doc.uri);
    if (!path) return;
    const affectsOthers = await this.feedModel(path, doc.getText(), false);
    // The documents that depend on a config file are queued first: they are what the edit is about.
    if (affectsOthers) this.recheckApp(path, doc.uri);
    const linted = this.schedule(doc.uri, 'type');
    if (!affectsOthers && !this.ctx.model.isConfigFile(path)) this.feedBufferAfter(linted, doc.uri, path);
  }

  saved(doc: TextDocument): void {
    const path = uriToPath(doc.uri);
    if (!path) return;
    this.schedule(doc.uri, 'save');
    if (isCodeFileName(path)) this.recheckImporters(path);
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
    this.usagePending.delete(doc.uri);
    this.importsOfDocument.delete(doc.uri);
    if (this.sourceOverlays.delete(path)) {
      // Unsaved edits are discarded: importers and the usage index read the file on disk again.
      this.updateDependedBuffer(path, undefined);
      if (this.ctx.model.setSourceOverlay(path, undefined)) this.recheckUsageDependents(path);
    }
    if (this.checkedFromDisk.has(path)) {
      this.recheckInBackground([path]);
    } else {
      this.ctx.states.delete(path);
      await this.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      this.onPublished();
    }
  }

  /** Files changed on disk (file watcher): drop the model's cache and re-check what depends on them. */
  filesChanged(paths: string[], createdOrDeleted: ReadonlySet<string> = new Set(paths)): void {
    let configChanged = false;
    const apps = new Set<string>();
    const usageChanged = new Map<string, string>();
    for (const path of paths) {
      if (ESLINT_CONFIG_FILE.test(basename(path))) configChanged = true;
      // The model reads config files and folder listings: a code file saved in place changes neither (app.config.ts
      // and its kin are config files first).
      const savedCode = !createdOrDeleted.has(path) && isCodeFileName(path);
      if (!savedCode) this.ctx.model.invalidate(path);
      const isConfig = this.ctx.model.isConfigFile(path);
      // A code file saved in place: its text only (the model remembers its signature for rules' caches).
      if (savedCode) this.ctx.model.invalidate(path, isConfig);
      if (isConfig) apps.add(path);
      else if (this.ctx.model.sourceChangedOnDisk(path)) usageChanged.set(this.ctx.appRootFor(path), path);
    }
    if (configChanged && this.ctx.usingProjectConfig()) {
      this.settingsChanged();
      return;
    }
    for (const path of apps) this.recheckApp(path, undefined);
    for (const path of paths) if (isCodeFileName(path) && !this.ctx.model.isConfigFile(path)) this.recheckImporters(path);
    // A saved or pulled source file that starts or stops using a permission: the config findings about it change.
    for (const path of usageChanged.values()) this.recheckUsageDependents(path);
  }

  /** Settings or trust changed: new engines, re-check everything with diagnostics. */
  settingsChanged(): void {
    this.ctx.resetConfiguration();
    for (const doc of this.ctx.documents.all()) this.schedule(doc.uri, 'settings');
    this.recheckInBackground([...this.checkedFromDisk]);
  }

  /** Hand the model back to disk: drop every overlay this server set (shutdown). */
  dispose(): void {
    for (const path of this.overlays) this.ctx.model.setOverlay(path, undefined);
    this.overlays.clear();
    for (const path of this.sourceOverlays) {
      this.ctx.model.setSourceOverlay(path, undefined);
      this.ctx.model.setOverlay(path, undefined);
    }
    this.sourceOverlays.clear();
    this.dependedVersions.clear();
    this.importsOfDocument.clear();
    this.importsOfFile.clear();
    this.usagePending.clear();
    if (this.backgroundTimer) clearTimeout(this.backgroundTimer);
    this.backgroundTimer = undefined;
    this.backgroundPending.clear();
    this.backgroundRun?.cancel();
    this.collector.dispose();
  }

  // ---- scheduling -------------------------------------------------------------------------------------------------

  /** Lint an open document now, or again right after the lint in progress (no debounce; stale runs are dropped). */
  schedule(uri: string, trigger: Trigger): Promise<void> {
    let queue = this.queues.get(uri);
    if (!queue) {
      queue = { dirty: false, trigger };
      this.queues.set(uri, queue);
    }
    // A pending re-check because a config file or the settings changed must not turn into a plain keystroke lint
    // (which may reuse the last result when the text is the same).
    const forced = (t: Trigger) => t === 'dependency' || t === 'settings';
    if (!(queue.dirty && forced(queue.trigger) && !forced(trigger))) queue.trigger = trigger;
    queue.dirty = true;
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

  private async releaseLintedFiles(): Promise<void> {
    const engines = [...this.enginesToRelease];
    this.enginesToRelease.clear();
    for (const engine of engines) await engine.releaseLastFile();
  }

  /** For the server log: how garbage is collected. */
  describeCollection(): string {
    return describeIdleCollection(this.collector.available);
  }

  /** True while an open document's lint or a usage update is queued or running. */
  private busy(): boolean {
    if (this.usageUpdates.size > 0) return true;
    for (const queue of this.queues.values()) if (queue.running || queue.dirty) return true;
    return false;
  }

  /** Resolves when every open document's pending lint (and the usage updates they lead to) has finished. */
  async idle(): Promise<void> {
    for (;;) {
      const lints = [...this.queues.values()].map((q) => q.running).filter((p): p is Promise<void> => p !== undefined);
      const running = [...lints, ...this.usageUpdates];
      if (running.length === 0) break;
      await Promise.all(running);
    }
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
      // Same text, same configuration, and no config file changed since (that comes as a 'dependency' re-check):
      // the findings are the same (an undo back to the linted text, a save, a re-sent buffer).
      const previous = this.ctx.states.get(path);
      const unchanged =
        (trigger === 'type' || trigger === 'save' || trigger === 'open') &&
        previous?.text === text &&
        previous.generation === this.ctx.generation;
      if (!unchanged) this.enginesToRelease.add(engine);
      result = unchanged ? previous.result : await engine.lintText(text, path);
      if (unchanged) {
        if (this.ctx.documents.get(uri)?.version !== version) return;
        await this.publish(uri, path, version, text, result, engine, previous.reportData);
        return;
      }
    } catch (error) {
      this.ctx.error(`lint failed for ${path}`, error);
      if (error instanceof EngineConfigError) this.onConfigError?.(`The ESLint configuration could not be loaded: ${error.message}`);
      result = crashResult(path, error);
    }
    // A newer version arrived while linting: its own run publishes; never publish stale findings.
    if (this.ctx.documents.get(uri)?.version !== version) return;
    await this.publish(uri, path, version, text, result, engine);
  }

  /**
   * Diagnostics to the client, unless it has gone: a lint that finishes after the connection closed (the editor quit
   * while a file was being checked) has no one to tell, and must not end as an unhandled rejection.
   */
  private async sendDiagnostics(params: Parameters<ServerContext['connection']['sendDiagnostics']>[0]): Promise<void> {
    try {
      await this.ctx.connection.sendDiagnostics(params);
    } catch (error) {
      if (!isClosedConnection(error)) throw error;
    }
  }

  private async publish(
    uri: string,
    path: string,
    version: number,
    text: string,
    result: ESLint.LintResult | undefined,
    engine?: LintEngine,
    knownReportData?: LintState['reportData'],
  ): Promise<void> {
    const state = result ? this.storeState(uri, path, version, text, result, engine, knownReportData) : undefined;
    if (!state) this.ctx.states.delete(path);
    await this.sendDiagnostics({ uri, ...(version >= 0 ? { version } : {}), diagnostics: state?.diagnostics ?? [] });
    this.onPublished();
    void this.collector.workDone();
  }

  private storeState(
    uri: string,
    path: string,
    version: number,
    text: string,
    result: ESLint.LintResult,
    engine: LintEngine | undefined,
    knownReportData: LintState['reportData'] | undefined,
  ): LintState {
    const document = TextDocumentImpl.create(uri, 'plaintext', Math.max(version, 0), text);
    const diagnostics = result.messages.map((message, index) =>
      toDiagnostic(message, index, document, version, message.ruleId ? this.ctx.ruleInfo(message.ruleId) : undefined),
    );
    const reportData = knownReportData ?? result.messages.map((message) => engine?.reportData(message));
    // ESLint keeps the whole source on results with findings; the server has the text where it needs it.
    delete result.source;
    const open = version >= 0;
    const state: LintState = {
      uri,
      path,
      version,
      text: open ? text : undefined,
      generation: this.ctx.generation,
      result,
      reportData,
      diagnostics,
      appRoot: this.ctx.appRootFor(path),
    };
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
    this.adoptOpenConfigBuffers();
    if (!opening) return true;
    try {
      return (await readFile(path, 'utf8')) !== text;
    } catch {
      return true;
    }
  }

  /**
   * Open buffers that became config files after they were opened (an Expo locale file that app.json now names, as
   * a quick fix creates it) are given to the model too: their unsaved text, not the file on disk, is what counts.
   */
  private adoptOpenConfigBuffers(): void {
    for (const doc of this.ctx.documents.all()) {
      const path = uriToPath(doc.uri);
      if (!path || this.overlays.has(path) || !this.ctx.model.isConfigFile(path)) continue;
      this.ctx.model.setOverlay(path, doc.getText());
      this.overlays.add(path);
      this.usagePending.delete(doc.uri);
      if (this.sourceOverlays.delete(path)) this.ctx.model.setSourceOverlay(path, undefined);
      this.dependedVersions.delete(path);
    }
  }

  /**
   * Re-check every open document of the app that holds `changedPath` (and its files checked from disk), or only
   * those `which` selects.
   */
  recheckApp(changedPath: string, exceptUri: string | undefined, which: (path: string) => boolean = () => true): void {
    const root = this.ctx.appRootFor(changedPath);
    const selected = (path: string) => this.ctx.appRootFor(path) === root && which(path);
    for (const doc of this.ctx.documents.all()) {
      if (doc.uri === exceptUri) continue;
      const path = uriToPath(doc.uri);
      if (path && selected(path)) this.schedule(doc.uri, 'dependency');
    }
    this.recheckInBackground([...this.checkedFromDisk].filter(selected));
  }

  /**
   * Once the document's own lint is done (its diagnostics come first), give its buffer to the model and the usage
   * index. When that changes what an open importer of the file reads of it, re-check the importer; when it changes
   * what the file uses, re-check the app's config documents (no-unused-permission reads the usage). Edits that
   * arrive meanwhile are coalesced into one update with the newest text.
   */
  private feedBufferAfter(linted: Promise<void>, uri: string, path: string): void {
    if (!isCodeFileName(path) || this.usagePending.has(uri)) return;
    this.usagePending.add(uri);
    const update = linted
      .catch(() => undefined)
      .then(() => {
        if (!this.usagePending.delete(uri)) return; // closed meanwhile
        const doc = this.ctx.documents.get(uri);
        if (!doc) return;
        const text = doc.getText();
        this.sourceOverlays.add(path);
        this.updateDependedBuffer(path, text);
        if (this.ctx.model.setSourceOverlay(path, text)) this.recheckUsageDependents(path);
      })
      .finally(() => this.usageUpdates.delete(update));
    this.usageUpdates.add(update);
  }

  /**
   * A code file was saved or changed on disk: re-check the open documents that read it. A launch file's findings
   * include what the helpers it imports request (no-request-on-launch reads them, as `consentry check` does), and a
   * WeChat page script's include what its WXML template binds and ticks.
   */
  private recheckImporters(helperPath: string): void {
    for (const uri of this.openDependentsOf(helperPath)) this.schedule(uri, 'dependency');
  }

  /**
   * Give the model an open code file's buffer (undefined: back to the file on disk). Its open dependents are
   * re-checked when what they read of it changed: for a helper module, the permission requests and catalogued calls
   * it holds (typing in a helper without any leaves its importers alone); for a WXML template, any edit.
   */
  private updateDependedBuffer(path: string, text: string | undefined): void {
    const dependents = this.openDependentsOf(path);
    if (dependents.length === 0) {
      this.ctx.model.setOverlay(path, text);
      this.dependedVersions.delete(path);
      return;
    }
    const before = this.dependedVersions.get(path) ?? this.dependedVersion(path);
    this.ctx.model.setOverlay(path, text);
    const after = this.dependedVersion(path);
    if (text === undefined) this.dependedVersions.delete(path);
    else this.dependedVersions.set(path, after);
    if (after !== before) for (const uri of dependents) this.schedule(uri, 'dependency');
  }

  private dependedVersion(path: string): string {
    if (WXML_TEMPLATE.test(path)) return this.ctx.model.textOf(path) ?? 'missing'; // a template is short: its text is its version
    try {
      return helperFindingsVersion(path);
    } catch (error) {
      this.ctx.log(`request scan of ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
      return 'unknown';
    }
  }

  /**
   * Open documents of the same app that import `path`, directly or through one module between (launch helpers are
   * followed two modules deep: App → store → service), or whose WXML template it is.
   */
  private openDependentsOf(depended: string): string[] {
    const root = this.ctx.appRootFor(depended);
    const script = WXML_TEMPLATE.test(depended) ? depended.replace(WXML_TEMPLATE, '') : undefined;
    const dependents: string[] = [];
    for (const doc of this.ctx.documents.all()) {
      const path = uriToPath(doc.uri);
      if (!path || path === depended || !isCodeFileName(path) || this.ctx.appRootFor(path) !== root) continue;
      const depends =
        script !== undefined
          ? SCRIPT_OF_TEMPLATE.test(path) && path.replace(SCRIPT_OF_TEMPLATE, '') === script
          : this.importsOf(doc, path).some((imported) => imported === depended || this.fileImports(imported).includes(depended));
      if (depends) dependents.push(doc.uri);
    }
    return dependents;
  }

  /** The app modules a file imports, read through the model (its buffer when open); remembered per signature. */
  private fileImports(file: string): readonly string[] {
    const signature = this.ctx.model.signatureOf(file);
    const known = this.importsOfFile.get(file);
    if (known && known.signature === signature) return known.files;
    let files: string[] = [];
    const text = signature === 'missing' ? undefined : this.ctx.model.textOf(file);
    try {
      if (text !== undefined) files = appModulesImportedBy(file, text);
    } catch (error) {
      this.ctx.log(`import scan of ${file} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (this.importsOfFile.size >= 2000) this.importsOfFile.clear();
    this.importsOfFile.set(file, { signature, files });
    return files;
  }

  private importsOf(doc: TextDocument, path: string): readonly string[] {
    const known = this.importsOfDocument.get(doc.uri);
    if (known && known.version === doc.version) return known.files;
    let files: string[] = [];
    try {
      files = appModulesImportedBy(path, doc.getText());
    } catch (error) {
      this.ctx.log(`import scan of ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.importsOfDocument.set(doc.uri, { version: doc.version, files });
    return files;
  }

  /** Re-check what depends on the app's code as a whole: its config files (open, or checked from disk). */
  /**
   * What the app uses changed: its config documents (declared but unused permissions), and its uni_modules
   * components (a page that starts or stops using one decides whether it is in the build at all).
   */
  private recheckUsageDependents(sourcePath: string): void {
    this.recheckApp(sourcePath, undefined, (path) => this.ctx.model.isConfigFile(path) || UNI_MODULES_COMPONENT.test(path.replace(/\\/g, '/')));
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

  // ---- files on disk --------------------------------------------------------------------------------------------

  /** Unsaved config (or, given `paths`, source) buffers, for a child process's own model and usage index. */
  private overlayTexts(paths: ReadonlySet<string> = this.overlays): Array<[string, string]> {
    const texts: Array<[string, string]> = [];
    for (const path of paths) {
      const open = this.ctx.openDocumentFor(path);
      if (open) texts.push([path, open.getText()]);
    }
    return texts;
  }

  /** Lint files from disk with one folder's engine: in a child process when the server has an entry module to start one. */
  private async startDiskRun(folderOrFile: string, files: string[], onResult: (result: DiskFileResult) => Promise<void>): Promise<DiskLintRun> {
    const { engine, options } = await this.ctx.engineFor(folderOrFile);
    if (this.diskLintEntry && !this.ctx.customPlugin) {
      const { plugin: _plugin, ...portable } = options;
      return runInChildProcess(this.diskLintEntry, { files, overlays: this.overlayTexts(), sourceOverlays: this.overlayTexts(this.sourceOverlays), options: portable }, onResult);
    }
    return runInThread(engine, files, onResult);
  }

  /** Publish what a disk lint found, unless the file is open (then its buffer is what counts). */
  private async publishDiskResult(result: DiskFileResult): Promise<void> {
    const { file } = result;
    if (this.ctx.openDocumentFor(file)) return;
    const uri = pathToUri(file);
    if (!result.diagnostics) {
      this.checkedFromDisk.delete(file);
      this.ctx.states.delete(file);
    } else {
      this.checkedFromDisk.add(file);
      this.ctx.states.set(file, {
        uri,
        path: file,
        version: -1,
        text: undefined,
        generation: this.ctx.generation,
        result: {
          filePath: file,
          messages: [],
          suppressedMessages: [],
          errorCount: result.errors,
          fatalErrorCount: 0,
          warningCount: result.warnings,
          fixableErrorCount: 0,
          fixableWarningCount: 0,
          usedDeprecatedRules: [],
        },
        reportData: [],
        diagnostics: result.diagnostics,
        appRoot: this.ctx.appRootFor(file),
      });
    }
    await this.sendDiagnostics({ uri, diagnostics: result.diagnostics ?? [] });
    this.onPublished();
  }

  /**
   * Re-check closed files from disk after a config change, shortly after the last change (a config buffer being
   * typed in would otherwise restart the re-check on every keystroke); a newer request cancels the run in progress.
   */
  recheckInBackground(paths: string[]): void {
    for (const path of paths) if (!this.ctx.openDocumentFor(path)) this.backgroundPending.add(path);
    if (this.backgroundPending.size === 0) return;
    this.backgroundRun?.cancel();
    if (this.backgroundTimer) clearTimeout(this.backgroundTimer);
    this.backgroundTimer = setTimeout(() => {
      this.backgroundTimer = undefined;
      const files = [...this.backgroundPending];
      this.backgroundPending.clear();
      this.backgroundDone = this.runDiskLint(files).catch((error) => this.ctx.error('background re-check failed', error));
    }, 250);
  }

  private async runDiskLint(files: string[]): Promise<void> {
    const byFolder = new Map<string, string[]>();
    for (const file of files) {
      const folder = this.ctx.folderFor(file) ?? file;
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
    }
    for (const [folder, group] of byFolder) {
      const run = await this.startDiskRun(folder, group, (result) => this.publishDiskResult(result));
      this.backgroundRun = run;
      const { cancelled } = await run.done;
      if (cancelled) return;
    }
  }

  /** Resolves when background re-checks that were started have finished (tests, benchmark). */
  async backgroundIdle(): Promise<void> {
    await this.backgroundDone;
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
      const closed: string[] = [];
      for (const path of found) {
        const open = this.ctx.openDocumentFor(path);
        if (!open) {
          closed.push(path);
          continue;
        }
        if (token.isCancellationRequested) break;
        await this.schedule(open.uri, 'settings');
        this.checkedFromDisk.add(path);
        const state = this.ctx.states.get(path);
        files++;
        errors += state?.result.errorCount ?? 0;
        warnings += state?.result.warningCount ?? 0;
      }
      if (token.isCancellationRequested || closed.length === 0) continue;
      const run = await this.startDiskRun(folder, closed, async (result) => {
        await this.publishDiskResult(result);
        files++;
        errors += result.errors;
        warnings += result.warnings;
      });
      const subscription = token.onCancellationRequested(() => run.cancel());
      try {
        await run.done;
      } finally {
        subscription.dispose();
      }
    }
    return { files, errors, warnings, cancelled: token.isCancellationRequested, durationMs: Math.round(performance.now() - started) };
  }
}

/** vscode-jsonrpc's error for a message sent on a connection that is closed (1) or disposed (2). Exported for tests. */
export function isClosedConnection(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return (code === 1 || code === 2) && /Connection is (?:closed|disposed)/.test(String((error as Error).message));
}
