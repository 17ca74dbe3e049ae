// "Disable for this line": an `eslint-disable-next-line` directive above the flagged line, written in the comment
// form of the file's language. Files that allow no comments (strict JSON) get no such action.
import { basename } from 'node:path';
import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

type CommentForm = 'line' | 'jsx' | 'xml';

/**
 * JSON files whose tools accept comments: uni-app's manifest.json / androidPrivacy.json (HBuilderX reads JSONC).
 * Other .json files (WeChat app.json, Expo app.json, HarmonyOS string.json) get no comment written into them.
 */
const COMMENTED_JSON_KINDS: ReadonlySet<string> = new Set(['uniapp-manifest', 'uniapp-android-privacy']);

/** Whether the offset lies inside a <script> block of an SFC. */
function inScriptBlock(text: string, offset: number): boolean {
  const scriptOpen = /<script\b[^>]*>/gi;
  let match: RegExpExecArray | null;
  while ((match = scriptOpen.exec(text))) {
    const contentStart = match.index + match[0].length;
    const close = text.indexOf('</script', contentStart);
    const contentEnd = close < 0 ? text.length : close;
    if (offset >= contentStart && offset <= contentEnd) return true;
    scriptOpen.lastIndex = contentEnd;
  }
  return false;
}

/** The last non-space character before `offset`, skipping comments (good enough to tell JSX children apart). */
function previousSignificantChar(text: string, offset: number): string | undefined {
  let i = offset - 1;
  while (i >= 0) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i--;
      continue;
    }
    if (ch === '/' && text[i - 1] === '*') {
      const open = text.lastIndexOf('/*', i - 2);
      if (open < 0) return ch;
      i = open - 1;
      continue;
    }
    return ch;
  }
  return undefined;
}

/**
 * The comment form for a line of a file, by the file's kind as the linter parses it (its name) and, for JSON, by the
 * config kind the project model gives it. Undefined: the file takes no comments.
 */
export function commentFormFor(path: string, configKind: string | undefined, document: TextDocument, line: number): CommentForm | undefined {
  const name = basename(path).toLowerCase();
  if (/\.(?:plist|xcprivacy|xml|wxml|axml|swan|html?)$/.test(name)) return 'xml';
  if (/\.(?:json5|strings)$/.test(name)) return 'line';
  if (/\.json$/.test(name)) return configKind && COMMENTED_JSON_KINDS.has(configKind) ? 'line' : undefined;
  if (!/\.(?:[cm]?[jt]sx?|vue|ets|wxs|uts)$/.test(name)) return undefined;
  const lineStart = document.offsetAt({ line, character: 0 });
  const text = document.getText();
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const firstCharOffset = lineStart + (lineText.length - lineText.trimStart().length);
  if (name.endsWith('.vue') && !inScriptBlock(text, firstCharOffset)) return 'xml';
  // A JSX child element: a `//` line would be rendered as text, so the directive goes in an expression container.
  if (lineText.trimStart().startsWith('<') && /^[>}]$/.test(previousSignificantChar(text, firstCharOffset) ?? '')) return 'jsx';
  return 'line';
}

const DIRECTIVE = 'eslint-disable-next-line';

function directivePattern(form: CommentForm): RegExp {
  switch (form) {
    case 'line':
      return /^(\s*\/\/\s*eslint-disable-next-line\s+)([^\n]*?)(\s*(?:--.*)?)$/;
    case 'jsx':
      return /^(\s*\{\s*\/\*\s*eslint-disable-next-line\s+)([^*]*?)(\s*(?:--[^*]*)?\*\/\s*\})\s*$/;
    case 'xml':
      return /^(\s*<!--\s*eslint-disable-next-line\s+)([^-]*?)(\s*(?:--\s[^>]*)?-->)\s*$/;
  }
}

function directiveText(form: CommentForm, ruleId: string): string {
  switch (form) {
    case 'line':
      return `// ${DIRECTIVE} ${ruleId}`;
    case 'jsx':
      return `{/* ${DIRECTIVE} ${ruleId} */}`;
    case 'xml':
      return `<!-- ${DIRECTIVE} ${ruleId} -->`;
  }
}

/** The edit that disables `ruleId` for `line` (0-based), reusing a directive already on the line above. */
export function disableForLineEdit(path: string, configKind: string | undefined, document: TextDocument, line: number, ruleId: string): TextEdit | undefined {
  const form = commentFormFor(path, configKind, document, line);
  if (!form) return undefined;
  const text = document.getText();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (line > 0) {
    const previousStart = { line: line - 1, character: 0 };
    const previous = document.getText({ start: previousStart, end: { line, character: 0 } }).replace(/\r?\n$/, '');
    const match = directivePattern(form).exec(previous);
    if (match) {
      const rules = match[2]!.split(',').map((r) => r.trim()).filter(Boolean);
      if (rules.includes(ruleId)) return undefined;
      const insertAt = match[1]!.length + match[2]!.length;
      return { range: { start: { line: line - 1, character: insertAt }, end: { line: line - 1, character: insertAt } }, newText: `, ${ruleId}` };
    }
  }
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)![0];
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${directiveText(form, ruleId)}${eol}` };
}
