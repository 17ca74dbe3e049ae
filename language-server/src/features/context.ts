// What every feature of the server shares: the connection, open documents, the project model, engines per
// workspace folder, and the last lint result of every file with published diagnostics.
import { dirname, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ESLint } from 'eslint';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LintEngine, type ConsentryPluginLike, type EngineOptions, type ReportData, type RuleInfo } from '../lint/engine.js';
import type { SafeProjectModel } from '../lint/project.js';
import { normaliseClientSettings, resolveEngineOptions } from '../settings.js';
import type { ConsentryClientSettings } from '../protocol.js';

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/** The lint result behind the diagnostics published for one file. */
export interface LintState {
  uri: string;
  path: string;
  /** Document version the result was computed for (-1 for a file linted from disk). */
  version: number;
  /**
   * The text that was linted (offsets of fixes and suggestions refer to it). Kept for open documents only: code
   * actions are asked for open documents, and a workspace check of thousands of files must not hold their text.
   */
  text: string | undefined;
  /** Engine generation the result came from (a new generation = settings or config changed). */
  generation: number;
  result: ESLint.LintResult;
  /** The `data` each message was reported with, when known (aligned with result.messages). */
  reportData: Array<ReportData | undefined>;
  diagnostics: Diagnostic[];
  /** App root the file belongs to (for counts and cross-file re-checks). */
  appRoot: string;
}

export interface ClientCapabilitiesSummary {
  configuration: boolean;
  /** The client sends workspace/didChangeWorkspaceFolders. */
  workspaceFolders: boolean;
  dynamicWatchedFiles: boolean;
  documentChanges: boolean;
  createFiles: boolean;
  showDocument: boolean;
}

export class ServerContext {
  folders: string[] = [];
  trusted = false;
  /** The editor's display language (initializationOptions.locale, else the initialize request's locale). */
  locale: string | undefined;
  capabilities: ClientCapabilitiesSummary = {
    configuration: false,
    workspaceFolders: false,
    dynamicWatchedFiles: false,
    documentChanges: false,
    createFiles: false,
    showDocument: false,
  };
  /** Last lint result per file path (open documents and files checked from disk). */
  readonly states = new Map<string, LintState>();
  /** Settings pushed with didChangeConfiguration when the client cannot be asked (no workspace/configuration). */
  pushedSettings: unknown = undefined;
  private readonly settingsCache = new Map<string, Promise<ConsentryClientSettings>>();
  private readonly engines = new Map<string, LintEngine>();
  private readonly notices = new Set<string>();
  private engineGeneration = 0;
  private metaEngine: LintEngine | undefined;

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly model: SafeProjectModel,
    private readonly plugin: ConsentryPluginLike | undefined,
  ) {}

  log(message: string): void {
    this.connection.console.log(message);
  }

  error(message: string, error?: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : error === undefined ? '' : String(error);
    this.connection.console.error(detail ? `${message}: ${detail}` : message);
  }

  /** The workspace folder holding a path (the deepest one), or undefined. */
  folderFor(path: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) {
      if ((path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep)) && (!best || folder.length > best.length)) {
        best = folder;
      }
    }
    return best;
  }

  /** The app root a file belongs to for counts and cross-file re-checks: the model's app, else the folder. */
  appRootFor(path: string): string {
    return this.model.appForFile(path)?.root ?? this.folderFor(path) ?? dirname(path);
  }

  settingsFor(folder: string | undefined): Promise<ConsentryClientSettings> {
    const key = folder ?? '';
    let cached = this.settingsCache.get(key);
    if (!cached) {
      cached = this.fetchSettings(folder);
      this.settingsCache.set(key, cached);
    }
    return cached;
  }

  private async fetchSettings(folder: string | undefined): Promise<ConsentryClientSettings> {
    if (!this.capabilities.configuration) {
      const pushed = this.pushedSettings as { consentry?: unknown } | undefined;
      return normaliseClientSettings(pushed?.consentry);
    }
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration({
        section: 'consentry',
        ...(folder ? { scopeUri: pathToUri(folder) } : {}),
      });
      return normaliseClientSettings(raw);
    } catch (error) {
      this.error('could not read the consentry settings', error);
      return normaliseClientSettings(undefined);
    }
  }

  /** Forget settings and engines (settings changed, trust granted, eslint.config changed). */
  resetConfiguration(): void {
    this.settingsCache.clear();
    this.engines.clear();
    this.notices.clear();
    this.engineGeneration++;
  }

  get generation(): number {
    return this.engineGeneration;
  }

  /** True when the server lints with a plugin object given in code (tests): it cannot be sent to a child process. */
  get customPlugin(): boolean {
    return this.plugin !== undefined;
  }

  async engineFor(path: string): Promise<{ engine: LintEngine; settings: ConsentryClientSettings; options: EngineOptions }> {
    const folder = this.folderFor(path);
    const settings = await this.settingsFor(folder);
    const { options, notice } = resolveEngineOptions(settings, folder, this.trusted);
    if (notice && !this.notices.has(notice)) {
      this.notices.add(notice);
      this.log(notice);
    }
    if (this.locale) options.locale = this.locale;
    const key = JSON.stringify([options.configFile ?? null, options.settings, options.ruleSeverities, options.locale ?? null]);
    let engine = this.engines.get(key);
    if (!engine) {
      engine = new LintEngine({ ...options, plugin: this.plugin });
      this.engines.set(key, engine);
    }
    return { engine, settings, options };
  }

  /** Rule meta for a rule id, from any engine (the plugin is the same). */
  ruleInfo(ruleId: string): RuleInfo | undefined {
    for (const engine of this.engines.values()) return engine.ruleInfo(ruleId);
    this.metaEngine ??= new LintEngine({ plugin: this.plugin });
    return this.metaEngine.ruleInfo(ruleId);
  }

  usingProjectConfig(): boolean {
    for (const engine of this.engines.values()) if (engine.usingProjectConfig) return true;
    return false;
  }

  /** The text of a file as the editor sees it: the open buffer, else undefined (read disk yourself). */
  openDocumentFor(path: string): TextDocument | undefined {
    for (const doc of this.documents.all()) if (uriToPath(doc.uri) === path) return doc;
    return undefined;
  }
}
