// Wiring only: connect the LSP requests and notifications to the features. Every handler is guarded: an exception
// is logged and answered with an empty result, never propagated into the connection.
import { basename } from 'node:path';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConsentryPluginLike } from './lint/engine.js';
import { projectModel, SafeProjectModel } from './lint/project.js';
import { describeSourceParser } from './lint/fast-parser.js';
import {
  CHECK_WORKSPACE_REQUEST,
  DID_CHANGE_WORKSPACE_TRUST_NOTIFICATION,
  OPEN_RULE_DOCS_COMMAND,
  type CheckWorkspaceParams,
  type CheckWorkspaceResult,
  type ConsentryInitializationOptions,
  type DidChangeWorkspaceTrustParams,
} from './protocol.js';
import { CallSiteIndex } from './features/call-site-index.js';
import { CodeActionsFeature } from './features/code-actions.js';
import { ServerContext, uriToPath } from './features/context.js';
import { HoverFeature } from './features/hover.js';
import { LintingService } from './features/linting.js';
import { PurposeFixes } from './features/purpose-fix.js';
import { StatusReporter } from './features/status.js';

/** Every file the project model reads, plus ESLint configs: changes on disk re-check the files that depend on them. */
export const WATCHED_FILE_GLOBS = [
  // Config files the project model reads. Any .json: Expo `locales` name files of any name.
  '**/Info.plist',
  '**/*.lproj/InfoPlist.strings',
  '**/AndroidManifest.xml',
  '**/*.json',
  '**/*.json5',
  '**/app.config.{js,mjs,cjs,ts,mts,cts}',
  '**/capacitor.config.{ts,js}',
  '**/eslint.config.{js,mjs,cjs,ts,mts,cts}',
  // The app's code, templates and native sources: what it uses decides which declarations are unused
  // (changes made outside the editor, e.g. a git pull; open buffers come as document edits).
  '**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts,vue,nvue,ets,uts}',
  '**/*.{wxml,axml,swan,ttml}',
  '**/*.{java,kt,swift,m,mm}',
  '**/*.entitlements',
];

export interface ServerOptions {
  /** Tests only: lint with this plugin object instead of eslint-plugin-consentry. */
  plugin?: ConsentryPluginLike;
  /**
   * The entry module of the server process (src/main.ts built, or the extension's bundle): bulk disk lints run in
   * child processes started from it. Undefined: they run in the server's thread.
   */
  diskLintEntry?: URL;
}

export interface ConsentryServer {
  context: ServerContext;
  linting: LintingService;
  status: StatusReporter;
  dispose(): void;
}

export function startServer(connection: Connection, options: ServerOptions = {}): ConsentryServer {
  const documents = new TextDocuments(TextDocument);
  const ctx = new ServerContext(connection, documents, new SafeProjectModel(projectModel(), (m) => connection.console.error(m)), options.plugin);
  const status = new StatusReporter(ctx);
  const linting = new LintingService(ctx, () => status.countsChanged(), options.diskLintEntry, (message) => status.setState('error', message));
  const purposeFixes = new PurposeFixes(ctx);
  const index = new CallSiteIndex(ctx);
  const codeActions = new CodeActionsFeature(ctx, purposeFixes);
  const hover = new HoverFeature(ctx, purposeFixes, index);

  /** Run a handler; on an exception log it and return the fallback (the server keeps running). */
  const guard =
    <P extends unknown[], R>(name: string, fallback: R, run: (...args: P) => R | Promise<R>) =>
    async (...args: P): Promise<R> => {
      try {
        return await run(...args);
      } catch (error) {
        ctx.error(`${name} failed`, error);
        return fallback;
      }
    };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as ConsentryInitializationOptions;
    ctx.trusted = init.workspaceTrusted === true;
    ctx.locale = init.locale ?? params.locale ?? undefined;
    const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)) ?? [params.rootUri ? uriToPath(params.rootUri) : undefined];
    ctx.folders = folders.filter((f): f is string => f !== undefined);
    const caps = params.capabilities;
    ctx.capabilities = {
      configuration: caps.workspace?.configuration === true,
      workspaceFolders: caps.workspace?.workspaceFolders === true,
      dynamicWatchedFiles: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
      createFiles: caps.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true,
      showDocument: caps.window?.showDocument?.support === true,
    };
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
        executeCommandProvider: { commands: [OPEN_RULE_DOCS_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'consentry-language-server' },
    };
  });

  connection.onInitialized(
    guard('initialized', undefined, async () => {
      if (ctx.capabilities.dynamicWatchedFiles) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: WATCHED_FILE_GLOBS.map((globPattern) => ({ globPattern })),
        });
      }
      if (ctx.capabilities.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          for (const removed of event.removed) ctx.folders = ctx.folders.filter((f) => f !== uriToPath(removed.uri));
          for (const added of event.added) {
            const path = uriToPath(added.uri);
            if (path && !ctx.folders.includes(path)) ctx.folders.push(path);
          }
          linting.settingsChanged();
        });
      }
      ctx.log(describeSourceParser());
      ctx.log(linting.describeCollection());
      status.setState('ready');
    }),
  );

  documents.onDidOpen(guard('didOpen', undefined, (event) => linting.opened(event.document)));
  documents.onDidChangeContent(
    guard('didChange', undefined, (event) => {
      // onDidChangeContent also fires on open; the open handler covers that case.
      if (event.document.version === openVersions.get(event.document.uri)) return;
      openVersions.delete(event.document.uri);
      return linting.changed(event.document);
    }),
  );
  // TextDocuments emits didOpen then didChangeContent for the same version: remember it to skip the second.
  const openVersions = new Map<string, number>();
  documents.onDidOpen((event) => openVersions.set(event.document.uri, event.document.version));
  documents.onDidSave(guard('didSave', undefined, (event) => linting.saved(event.document)));
  documents.onDidClose(
    guard('didClose', undefined, (event) => {
      openVersions.delete(event.document.uri);
      return linting.closed(event.document);
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', undefined, (params) => {
      const paths = params.changes.map((c) => uriToPath(c.uri)).filter((p): p is string => p !== undefined);
      const createdOrDeleted = new Set(
        params.changes.filter((c) => c.type !== FileChangeType.Changed).map((c) => uriToPath(c.uri)).filter((p): p is string => p !== undefined),
      );
      if (createdOrDeleted.size) index.forgetFileList();
      linting.filesChanged(paths, createdOrDeleted);
    }),
  );

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', undefined, (params) => {
      ctx.pushedSettings = params.settings;
      status.setState('ready');
      linting.settingsChanged();
    }),
  );

  connection.onNotification(
    DID_CHANGE_WORKSPACE_TRUST_NOTIFICATION,
    guard('didChangeWorkspaceTrust', undefined, (params: DidChangeWorkspaceTrustParams) => {
      if (ctx.trusted === params.trusted) return;
      ctx.trusted = params.trusted;
      linting.settingsChanged();
      status.setState('ready');
    }),
  );

  connection.onCodeAction(guard('codeAction', [], (params, token) => codeActions.provide(params, token)));
  connection.onHover(guard('hover', null, (params, token) => hover.provide(params, token)));

  connection.onExecuteCommand(
    guard('executeCommand', undefined, async (params) => {
      if (params.command !== OPEN_RULE_DOCS_COMMAND) return;
      const url = params.arguments?.[0];
      if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return;
      if (ctx.capabilities.showDocument) await connection.window.showDocument({ uri: url, external: true });
      else connection.window.showInformationMessage(`Rule documentation: ${url}`);
    }),
  );

  const emptyCheck: CheckWorkspaceResult = { files: 0, errors: 0, warnings: 0, cancelled: false, durationMs: 0 };
  connection.onRequest(
    CHECK_WORKSPACE_REQUEST,
    guard('checkWorkspace', emptyCheck, async (params: CheckWorkspaceParams | undefined, token: CancellationToken) => {
      status.setState('linting', `Checking ${ctx.folders.map((f) => basename(f)).join(', ')}`);
      try {
        return await linting.checkWorkspace(params, token);
      } finally {
        status.setState('ready');
      }
    }),
  );

  connection.onShutdown(() => {
    linting.dispose();
    status.dispose();
  });

  documents.listen(connection);
  return {
    context: ctx,
    linting,
    status,
    dispose: () => {
      linting.dispose();
      status.dispose();
    },
  };
}
