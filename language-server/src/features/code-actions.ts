// Quick fixes for Consentry diagnostics: the rule's ESLint fix and suggestions, the cross-file purpose
// declaration, "Disable for this line", and "Open rule documentation". Every action is computed against the
// document version its diagnostic came from; a diagnostic from another version gets no actions (stale).
import type { Linter } from 'eslint';
import {
  CodeActionKind,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
  type CreateFile,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileEdits } from 'eslint-plugin-consentry/core';
import { DIAGNOSTIC_SOURCE, isDiagnosticData } from '../lint/diagnostics.js';
import { OPEN_RULE_DOCS_COMMAND, type DiagnosticData } from '../protocol.js';
import { pathToUri, uriToPath, type LintState, type ServerContext } from './context.js';
import { disableForLineEdit } from './disable-comment.js';
import { PURPOSE_RULE_ID, QUALITY_RULE_ID, type PurposeFixes } from './purpose-fix.js';

const shortRuleId = (ruleId: string) => ruleId.replace(/^consentry\//, '');

export class CodeActionsFeature {
  constructor(
    private readonly ctx: ServerContext,
    private readonly purposeFixes: PurposeFixes,
  ) {}

  async provide(params: CodeActionParams, token: CancellationToken): Promise<CodeAction[]> {
    const { only } = params.context;
    if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`) || kind === CodeActionKind.Empty)) {
      return [];
    }
    const document = this.ctx.documents.get(params.textDocument.uri);
    const path = uriToPath(params.textDocument.uri);
    if (!document || !path) return [];
    const state = this.ctx.states.get(path);
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics) {
      if (token.isCancellationRequested) return [];
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isDiagnosticData(diagnostic.data)) continue;
      const data = diagnostic.data;
      // Refuse stale requests: the diagnostic, the lint result and the buffer must all be the same version.
      if (data.version !== document.version || !state || state.version !== document.version || state.text === undefined) {
        this.ctx.log(`code actions refused for ${path}: diagnostic of version ${data.version}, document at ${document.version}`);
        continue;
      }
      const message = state.result.messages[data.index];
      if (!message || (message.ruleId ?? undefined) !== data.ruleId) continue;
      actions.push(...this.actionsFor(diagnostic, data, message, state, document));
    }
    return actions;
  }

  private actionsFor(
    diagnostic: Diagnostic,
    data: DiagnosticData,
    message: Linter.LintMessage,
    state: LintState,
    document: TextDocument,
  ): CodeAction[] {
    const ruleId = data.ruleId;
    if (!ruleId) return [];
    const actions: CodeAction[] = [];
    const sourceDocument = TextDocument.create(state.uri, 'plaintext', state.version, state.text ?? '');
    const toEdit = (fix: Linter.LintMessage['fix'] & object): TextEdit => ({
      range: { start: sourceDocument.positionAt(fix.range[0]), end: sourceDocument.positionAt(fix.range[1]) },
      newText: fix.text,
    });

    if (ruleId === PURPOSE_RULE_ID) {
      const fixes = this.purposeFixes.fixesFor(state.path, message.message, state.reportData[data.index]);
      fixes.forEach((fix, index) => {
        const edit = this.workspaceEdit(fix.files);
        if (edit) actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: index === 0, edit });
      });
    }
    if (ruleId === QUALITY_RULE_ID) {
      const fix = this.purposeFixes.translationFix(state.reportData[data.index]);
      const edit = fix && this.workspaceEdit(fix.files);
      if (fix && edit) actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit });
    }
    if (message.fix) {
      actions.push({
        title: `Fix this ${shortRuleId(ruleId)} problem`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: actions.length === 0,
        edit: this.singleFileEdit(state.uri, document.version, [toEdit(message.fix)]),
      });
    }
    for (const suggestion of message.suggestions ?? []) {
      actions.push({
        title: suggestion.desc,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: this.singleFileEdit(state.uri, document.version, [toEdit(suggestion.fix)]),
      });
    }
    const disable = disableForLineEdit(state.path, this.ctx.model.configKindOf(state.path), sourceDocument, diagnostic.range.start.line, ruleId);
    if (disable) {
      actions.push({
        title: `Disable ${shortRuleId(ruleId)} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: this.singleFileEdit(state.uri, document.version, [disable]),
      });
    }
    if (data.docsUrl) {
      actions.push({
        title: `Open documentation for ${shortRuleId(ruleId)}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Open rule documentation', command: OPEN_RULE_DOCS_COMMAND, arguments: [data.docsUrl] },
      });
    }
    return actions;
  }

  private singleFileEdit(uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
    if (this.ctx.capabilities.documentChanges) return { documentChanges: [{ textDocument: { uri, version }, edits }] };
    return { changes: { [uri]: edits } };
  }

  /** A WorkspaceEdit from core file edits: offsets → positions in the text the edits were computed on. */
  private workspaceEdit(files: FileEdits[]): WorkspaceEdit | undefined {
    const documentChanges: Array<TextDocumentEdit | CreateFile> = [];
    const changes: Record<string, TextEdit[]> = {};
    for (const file of files) {
      const open = this.ctx.openDocumentFor(file.file);
      const uri = open?.uri ?? pathToUri(file.file);
      if (file.create) {
        if (!this.ctx.capabilities.createFiles || !this.ctx.capabilities.documentChanges) return undefined;
        documentChanges.push({ kind: 'create', uri, options: { ignoreIfExists: true } });
        const edits = file.edits.map((e) => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: e.newText }));
        documentChanges.push({ textDocument: { uri, version: null }, edits });
        continue;
      }
      const text = this.purposeFixes.readText(file.file);
      if (text === undefined) return undefined;
      const doc = open ?? TextDocument.create(uri, 'plaintext', 0, text);
      const edits = file.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
      documentChanges.push({ textDocument: { uri, version: open ? open.version : null }, edits });
      (changes[uri] ??= []).push(...edits);
    }
    if (this.ctx.capabilities.documentChanges) return { documentChanges };
    return { changes };
  }
}
