// An LSP client talking to the server in-process over in-memory streams (two PassThrough pipes), or to the built
// server binary over stdio. Tests await notifications through promises: no sleeps.
import { PassThrough } from 'node:stream';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type {
  CodeAction,
  Diagnostic,
  Hover,
  InitializeResult,
  Position,
  PublishDiagnosticsParams,
  Range,
  Registration,
  TextDocumentEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, type ConsentryServer, type ServerOptions } from '../../../language-server/src/server.js';
import { STATUS_NOTIFICATION, type StatusParams } from '../../../language-server/src/protocol.js';

export const uriOf = (path: string) => pathToFileURL(path).href;

export interface ClientOptions {
  folders: string[];
  trusted?: boolean;
  /** The `consentry` settings section returned to workspace/configuration. */
  settings?: Record<string, unknown>;
  server?: ServerOptions;
  /** Client capabilities toggles. */
  documentChanges?: boolean;
}

type Waiter<T> = { predicate: (value: T) => boolean; resolve: (value: T) => void };

function languageIdOf(path: string): string {
  if (/\.tsx$/.test(path)) return 'typescriptreact';
  if (/\.ts$/.test(path)) return 'typescript';
  if (/\.jsx$/.test(path)) return 'javascriptreact';
  if (/\.js$/.test(path)) return 'javascript';
  if (/\.vue$/.test(path)) return 'vue';
  if (/\.json5?$/.test(path)) return 'json';
  return 'plaintext';
}

export class LspTestClient {
  readonly published = new Map<string, PublishDiagnosticsParams>();
  readonly statuses: StatusParams[] = [];
  readonly logs: string[] = [];
  /** Capabilities the server registered dynamically (client/registerCapability). */
  readonly registrations: Registration[] = [];
  private readonly registrationWaiters: Array<() => void> = [];
  readonly documents = new Map<string, TextDocument>();
  private readonly diagnosticWaiters = new Map<string, Waiter<PublishDiagnosticsParams>[]>();
  private readonly statusWaiters: Waiter<StatusParams>[] = [];
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;

  constructor(
    readonly connection: MessageConnection,
    private readonly options: ClientOptions,
    private readonly onDispose: () => void,
    readonly server?: ConsentryServer,
  ) {
    this.settings = options.settings ?? {};
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, params);
      const waiters = this.diagnosticWaiters.get(params.uri) ?? [];
      for (const waiter of [...waiters]) {
        if (waiter.predicate(params)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    connection.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => {
      this.statuses.push(params);
      for (const waiter of [...this.statusWaiters]) {
        if (waiter.predicate(params)) {
          this.statusWaiters.splice(this.statusWaiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => this.logs.push(params.message));
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
      params.items.map((item) => (item.section === 'consentry' ? this.settings : null)),
    );
    connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      for (const registration of params.registrations) {
        this.registrations.push(registration);
        for (const waiter of this.registrationWaiters.splice(0)) waiter();
      }
      return null;
    });
    connection.onRequest('window/showDocument', () => ({ success: true }));
    connection.onRequest('workspace/applyEdit', () => ({ applied: true }));
    connection.listen();
  }

  async initialize(): Promise<void> {
    const folders = this.options.folders.map((path) => ({ uri: uriOf(path), name: path.split('/').pop()! }));
    this.initializeResult = await this.connection.sendRequest('initialize', {
      processId: null,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders,
      initializationOptions: { workspaceTrusted: this.options.trusted ?? false },
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: this.options.documentChanges ?? true, resourceOperations: ['create'] },
        },
        window: { showDocument: { support: true } },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** The registration of `method` once the server has sent it. */
  async registration(method: string): Promise<Registration> {
    for (;;) {
      const found = this.registrations.find((r) => r.method === method);
      if (found) return found;
      await new Promise<void>((resolve) => this.registrationWaiters.push(resolve));
    }
  }

  /** The next diagnostics published for the uri that satisfy the predicate (register before acting). */
  nextDiagnostics(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => {
      const list = this.diagnosticWaiters.get(uri) ?? [];
      list.push({ predicate, resolve });
      this.diagnosticWaiters.set(uri, list);
    });
  }

  nextStatus(predicate: (s: StatusParams) => boolean = () => true): Promise<StatusParams> {
    return new Promise((resolve) => this.statusWaiters.push({ predicate, resolve }));
  }

  /** Open a document and wait for its first diagnostics. */
  async open(path: string, text = readFileSync(path, 'utf8')): Promise<PublishDiagnosticsParams> {
    const uri = uriOf(path);
    const document = TextDocument.create(uri, languageIdOf(path), 1, text);
    this.documents.set(uri, document);
    const published = this.nextDiagnostics(uri, (p) => p.version === 1);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: document.languageId, version: 1, text },
    });
    return published;
  }

  /** Open without waiting (for files that get no diagnostics, e.g. unsupported kinds). */
  async openQuietly(path: string, text = readFileSync(path, 'utf8')): Promise<string> {
    const uri = uriOf(path);
    this.documents.set(uri, TextDocument.create(uri, languageIdOf(path), 1, text));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: languageIdOf(path), version: 1, text } });
    return uri;
  }

  /** Replace the whole text of an open document; resolves to the new version. */
  async change(uri: string, text: string): Promise<number> {
    const current = this.documents.get(uri)!;
    const version = current.version + 1;
    this.documents.set(uri, TextDocument.create(uri, current.languageId, version, text));
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Apply edits to an open document (incremental change), like an editor applying a quick fix. */
  async edit(uri: string, edits: Array<{ range: Range; newText: string }>): Promise<number> {
    const current = this.documents.get(uri)!;
    const version = current.version + 1;
    const updated = TextDocument.create(uri, current.languageId, version, TextDocument.applyEdits(current, edits));
    this.documents.set(uri, updated);
    // Send the edits from last to first so each range refers to the text as it is at that point.
    const ordered = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: ordered.map((e) => ({ range: e.range, text: e.newText })),
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.documents.get(uri)!.getText();
  }

  version(uri: string): number {
    return this.documents.get(uri)!.version;
  }

  codeActions(uri: string, diagnostics: Diagnostic[], range: Range = diagnostics[0]!.range): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  /**
   * Apply a WorkspaceEdit like VS Code: refuse it when a versioned document is not at that version; edit open
   * documents in memory (didChange); return the new text of every file the edit touches (closed files: computed
   * from `readClosed`, not written).
   */
  async applyEdit(edit: WorkspaceEdit, readClosed: (uri: string) => string = () => ''): Promise<Map<string, string>> {
    const results = new Map<string, string>();
    const changes: Array<{ uri: string; version: number | null; edits: Array<{ range: Range; newText: string }> }> = [];
    for (const change of edit.documentChanges ?? []) {
      if ('kind' in change) {
        if (change.kind === 'create') results.set(change.uri, '');
        continue;
      }
      const docEdit = change as TextDocumentEdit;
      changes.push({ uri: docEdit.textDocument.uri, version: docEdit.textDocument.version, edits: docEdit.edits as Array<{ range: Range; newText: string }> });
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) changes.push({ uri, version: null, edits });
    for (const change of changes) {
      const open = this.documents.get(change.uri);
      if (change.version !== null && open?.version !== change.version) throw new Error(`stale edit for ${change.uri}: ${change.version} vs ${open?.version}`);
    }
    for (const change of changes) {
      if (this.documents.has(change.uri)) {
        await this.edit(change.uri, change.edits);
        results.set(change.uri, this.text(change.uri));
      } else {
        const base = results.get(change.uri) ?? readClosed(change.uri);
        results.set(change.uri, TextDocument.applyEdits(TextDocument.create(change.uri, 'plaintext', 0, base), change.edits));
      }
    }
    return results;
  }

  notifyWatchedFiles(changes: Array<{ path: string; type: 1 | 2 | 3 }>): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map((c) => ({ uri: uriOf(c.path), type: c.type })) });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { consentry: settings } });
  }

  async dispose(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.onDispose();
  }
}

/** The server in this process, over two in-memory pipes. */
export async function startInProcess(options: ClientOptions): Promise<LspTestClient> {
  const clientToServer = new PassThrough();
  const serverToClient = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(clientToServer), new StreamMessageWriter(serverToClient));
  const server = startServer(serverConnection, options.server);
  serverConnection.listen();
  const clientConnection = createMessageConnection(new StreamMessageReader(serverToClient), new StreamMessageWriter(clientToServer));
  const client = new LspTestClient(
    clientConnection,
    options,
    () => {
      server.dispose();
      serverConnection.dispose();
      clientToServer.end();
      serverToClient.end();
    },
    server,
  );
  await client.initialize();
  return client;
}

/** The built server binary (`bin/consentry-language-server.js --stdio` or `--node-ipc`) in a child process. */
export async function startBinary(
  binary: string,
  options: ClientOptions,
  transport: 'stdio' | 'node-ipc' = 'stdio',
): Promise<{ client: LspTestClient; child: ChildProcess }> {
  const child =
    transport === 'stdio'
      ? spawn(process.execPath, [binary, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] })
      : spawn(process.execPath, [binary, '--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const connection =
    transport === 'stdio'
      ? createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
      : createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  const client = new LspTestClient(connection, options, () => {
    child.stdin?.end();
    child.kill();
  });
  await client.initialize();
  return { client, child };
}
