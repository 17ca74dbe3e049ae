// ESLint messages → LSP diagnostics: code = rule id, codeDescription = its docs, source 'consentry', the rule's
// regulations in the message and in `data`, with the document version they were computed for.
import type { Linter } from 'eslint';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticData } from '../protocol.js';
import type { RuleInfo } from './engine.js';

export const DIAGNOSTIC_SOURCE = 'consentry';

/** The LSP range of an ESLint message (1-based lines and columns → 0-based), clamped to the document. */
export function messageRange(message: Linter.LintMessage, document: TextDocument): Range {
  const lastLine = Math.max(0, document.lineCount - 1);
  const line = Math.min(Math.max(0, (message.line || 1) - 1), lastLine);
  const character = Math.max(0, (message.column || 1) - 1);
  const start = document.positionAt(document.offsetAt({ line, character }));
  if (message.endLine !== undefined && message.endLine !== null) {
    const endLine = Math.min(Math.max(0, message.endLine - 1), lastLine);
    const end = document.positionAt(document.offsetAt({ line: endLine, character: Math.max(0, (message.endColumn ?? 1) - 1) }));
    if (end.line > start.line || (end.line === start.line && end.character >= start.character)) return { start, end };
  }
  // No end: mark the rest of the line from the start column (at least one character when the line has any).
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
  const endCharacter = lineText.length > start.character ? lineText.length : start.character;
  return { start, end: { line: start.line, character: endCharacter } };
}

export function regulationSuffix(regulations: readonly string[]): string {
  return regulations.length ? ` [${regulations.join('; ')}]` : '';
}

export function toDiagnostic(
  message: Linter.LintMessage,
  index: number,
  document: TextDocument,
  version: number,
  info: RuleInfo | undefined,
): Diagnostic {
  const regulations = info?.regulations ?? [];
  const data: DiagnosticData = {
    ruleId: message.ruleId ?? undefined,
    version,
    regulations,
    docsUrl: info?.url,
    messageId: message.messageId,
    index,
  };
  const diagnostic: Diagnostic = {
    range: messageRange(message, document),
    severity: message.severity === 1 ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    message: `${message.message}${regulationSuffix(regulations)}`,
    data,
  };
  if (message.ruleId) {
    diagnostic.code = message.ruleId;
    if (info?.url) diagnostic.codeDescription = { href: info.url };
  }
  return diagnostic;
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as DiagnosticData).version === 'number' &&
    typeof (value as DiagnosticData).index === 'number'
  );
}
