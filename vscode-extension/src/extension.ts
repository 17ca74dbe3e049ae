// The Consentry VS Code extension: a thin client. It starts the bundled language server (dist/server.mjs), shows
// its state and finding counts in a language status item, and adds three commands. All checking happens in the
// server; this is the only file that imports `vscode`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  CHECK_WORKSPACE_REQUEST,
  DID_CHANGE_WORKSPACE_TRUST_NOTIFICATION,
  SERVER_NODE_OPTIONS,
  STATUS_NOTIFICATION,
  type CheckWorkspaceParams,
  type CheckWorkspaceResult,
  type ConsentryInitializationOptions,
  type DidChangeWorkspaceTrustParams,
  type StatusParams,
} from '../../language-server/src/protocol.js';
import { FILE_PATTERNS } from './files.js';

const SOURCE = 'consentry';
const RULE_PREFIX = 'consentry/';

const DOCUMENT_SELECTOR: DocumentSelector = FILE_PATTERNS.map((pattern) => ({ scheme: 'file', pattern }));

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Consentry', { log: true });
  const status = new StatusItem(DOCUMENT_SELECTOR as vscode.DocumentSelector);
  context.subscriptions.push(output, status);

  const serverModule = context.asAbsolutePath(join('dist', 'server.mjs'));
  // glibc gives each thread its own malloc arena; the server's threads (the native parser's among them) then hold on
  // to freed memory. Two arenas cut the server's RSS by about a third (scripts/bench-lsp.mjs starts it the same way).
  const serverEnv = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' };
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env: serverEnv, execArgv: [...SERVER_NODE_OPTIONS] } },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { env: serverEnv, execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6019'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    diagnosticCollectionName: SOURCE,
    outputChannel: output,
    synchronize: { configurationSection: 'consentry' },
    // A function, so a restart passes the trust and display language of that moment.
    initializationOptions: (): ConsentryInitializationOptions => ({
      workspaceTrusted: vscode.workspace.isTrusted,
      // Diagnostic messages follow the display language ('en', 'zh-cn', …).
      locale: vscode.env.language,
    }),
    markdown: { isTrusted: false, supportHtml: false },
  };
  const languageClient = new LanguageClient('consentry', 'Consentry', serverOptions, clientOptions);
  client = languageClient;

  context.subscriptions.push(
    languageClient.onDidChangeState((event) => status.clientStateChanged(event.newState)),
    languageClient.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => status.serverStatus(params)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      status.trustGranted();
      const params: DidChangeWorkspaceTrustParams = { trusted: true };
      void languageClient.sendNotification(DID_CHANGE_WORKSPACE_TRUST_NOTIFICATION, params);
    }),
    vscode.commands.registerCommand('consentry.checkWorkspace', () => checkWorkspace(languageClient)),
    vscode.commands.registerCommand('consentry.showRuleDocumentation', (ruleId?: unknown) =>
      showRuleDocumentation(context, typeof ruleId === 'string' ? ruleId : undefined),
    ),
    vscode.commands.registerCommand('consentry.restartServer', async () => {
      output.info('Restarting the Consentry language server');
      await languageClient.restart();
    }),
  );

  status.clientStateChanged(State.Starting);
  try {
    await languageClient.start();
  } catch (error) {
    status.failed(error instanceof Error ? error.message : String(error));
    output.error(`The Consentry language server did not start: ${String(error)}`);
  }
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running?.isRunning()) await running.stop();
}

async function checkWorkspace(languageClient: LanguageClient): Promise<void> {
  let cancelled = false;
  let result: CheckWorkspaceResult;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Consentry: checking every app in the workspace…'), cancellable: true },
      async (_progress, token) => {
        token.onCancellationRequested(() => (cancelled = true));
        if (!languageClient.isRunning()) await languageClient.start();
        const params: CheckWorkspaceParams = {};
        return languageClient.sendRequest<CheckWorkspaceResult>(CHECK_WORKSPACE_REQUEST, params, token);
      },
    );
  } catch (error) {
    // Cancelling is not an error; anything else is shown (the server logs the details).
    if (!cancelled) void vscode.window.showErrorMessage(vscode.l10n.t('Consentry could not check the workspace: {0}', String(error)));
    return;
  }
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  const summary = vscode.l10n.t(
    'Consentry checked {0} files in {1} s: {2}.',
    result.files,
    (result.durationMs / 1000).toFixed(1),
    countsLabel(result.errors, result.warnings),
  );
  void vscode.window.showInformationMessage(result.cancelled ? `${summary} ${vscode.l10n.t('(cancelled before the end)')}` : summary);
}

/** "1 error, 2 warnings" in the display language; `omitZero` leaves out a zero count ("2 warnings"). */
function countsLabel(errors: number, warnings: number, omitZero = false): string {
  const errorText = errors === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', errors);
  const warningText = warnings === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', warnings);
  if (omitZero && errors === 0) return warningText;
  if (omitZero && warnings === 0) return errorText;
  return vscode.l10n.t('{0}, {1}', errorText, warningText);
}

interface RuleDoc {
  id: string;
  title: string;
  file: string;
}

/** The rule docs shipped in the extension (dist/docs, copied from rules-docs/ at build time), in the display language. */
function bundledRuleDocs(context: vscode.ExtensionContext): RuleDoc[] {
  const english = context.asAbsolutePath(join('dist', 'docs'));
  const chinese = join(english, 'zh-CN');
  const preferChinese = vscode.env.language.toLowerCase().startsWith('zh');
  if (!existsSync(english)) return [];
  return readdirSync(english)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => {
      const file = preferChinese && existsSync(join(chinese, name)) ? join(chinese, name) : join(english, name);
      const id = name.slice(0, -'.md'.length);
      // The first line of prose under the title (the title itself is the rule id).
      const prose = readFileSync(file, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .find((line) => line && !line.startsWith('#') && !line.startsWith('-') && !line.startsWith('```'));
      return { id, title: prose ?? '', file };
    });
}

/** The Consentry diagnostics under the cursor of the active editor. */
function diagnosticsAtCursor(): vscode.Diagnostic[] {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return [];
  const position = editor.selection.active;
  return vscode.languages
    .getDiagnostics(editor.document.uri)
    .filter((d) => d.source === SOURCE && d.range.contains(position) && diagnosticRuleId(d) !== undefined);
}

function diagnosticRuleId(diagnostic: vscode.Diagnostic): string | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return typeof code === 'string' && code.startsWith(RULE_PREFIX) ? code : undefined;
}

async function showRuleDocumentation(context: vscode.ExtensionContext, requested: string | undefined): Promise<void> {
  const docs = bundledRuleDocs(context);
  const underCursor = requested === undefined ? diagnosticsAtCursor() : [];
  const shortId = (id: string) => (id.startsWith(RULE_PREFIX) ? id.slice(RULE_PREFIX.length) : id);
  // The rule asked for; else the rule of the finding under the cursor; else (several, or none) the user picks.
  const candidates = [...new Set(underCursor.map((d) => shortId(diagnosticRuleId(d) ?? '')))];
  let ruleId = requested !== undefined ? shortId(requested) : candidates.length === 1 ? candidates[0] : undefined;
  if (ruleId === undefined) {
    const offered = candidates.length > 1 ? docs.filter((doc) => candidates.includes(doc.id)) : docs;
    const picked = await vscode.window.showQuickPick(
      offered.map((doc) => ({ label: doc.id, detail: doc.title, doc })),
      { placeHolder: vscode.l10n.t('Which Consentry rule?'), matchOnDetail: true },
    );
    if (!picked) return;
    ruleId = picked.doc.id;
  }
  const doc = docs.find((d) => d.id === ruleId);
  if (doc) {
    await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.file(doc.file));
    return;
  }
  // Not shipped (a rule newer than the docs): the server's link to the online documentation.
  const finding = underCursor.find((d) => shortId(diagnosticRuleId(d) ?? '') === ruleId);
  const target = finding && typeof finding.code === 'object' ? finding.code.target : undefined;
  if (target) await vscode.env.openExternal(target);
  else void vscode.window.showWarningMessage(vscode.l10n.t('No documentation found for {0}.', ruleId));
}

/** The language status item: server state, and the finding counts of the workspace from `consentry/status`. */
class StatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private last: StatusParams | undefined;

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('consentry.status', selector);
    this.item.name = 'Consentry';
    this.item.command = { command: 'consentry.checkWorkspace', title: vscode.l10n.t('Check Workspace') };
  }

  clientStateChanged(state: State): void {
    if (state === State.Running) {
      if (this.last) this.serverStatus(this.last);
      return;
    }
    this.last = undefined;
    this.item.busy = state === State.Starting;
    this.item.severity = state === State.Stopped ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
    this.item.text = state === State.Starting ? vscode.l10n.t('Consentry: starting') : vscode.l10n.t('Consentry: stopped');
    this.item.detail = state === State.Stopped ? vscode.l10n.t('Run "Consentry: Restart Server" to start it again.') : undefined;
  }

  failed(message: string): void {
    this.item.busy = false;
    this.item.severity = vscode.LanguageStatusSeverity.Error;
    this.item.text = vscode.l10n.t('Consentry: failed to start');
    this.item.detail = message;
  }

  trustGranted(): void {
    if (this.last) this.serverStatus({ ...this.last, workspaceTrusted: true });
  }

  serverStatus(params: StatusParams): void {
    this.last = params;
    const { errors, warnings } = params.totals;
    this.item.busy = params.state === 'starting' || params.state === 'linting';
    this.item.severity =
      params.state === 'error'
        ? vscode.LanguageStatusSeverity.Error
        : params.state === 'disabled'
          ? vscode.LanguageStatusSeverity.Warning
          : vscode.LanguageStatusSeverity.Information;
    this.item.text =
      params.state === 'disabled'
        ? vscode.l10n.t('Consentry: off')
        : params.state === 'error'
          ? vscode.l10n.t('Consentry: error')
          : `Consentry: ${countsLabel(errors, warnings)}`;
    const details: string[] = [];
    if (params.message) details.push(params.message);
    // Per app only when there are several: "wechat-location: 2 errors, 1 warning · expo-camera: 1 warning".
    const appsWithFindings = params.apps.filter((app) => app.errors + app.warnings > 0);
    if (params.apps.length > 1 && appsWithFindings.length > 0) {
      details.push(appsWithFindings.map((app) => `${app.name}: ${countsLabel(app.errors, app.warnings, true)}`).join(' · '));
    }
    if (!params.workspaceTrusted) details.push(vscode.l10n.t('Restricted Mode: project config is not executed'));
    else if (params.usingProjectConfig) details.push(vscode.l10n.t('project eslint.config'));
    this.item.detail = details.join(' · ') || vscode.l10n.t('no findings');
  }

  dispose(): void {
    this.item.dispose();
  }
}
