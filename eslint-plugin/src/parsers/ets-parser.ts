// Parser for HarmonyOS ArkTS (.ets) files. Ability and utility files are plain TypeScript and are parsed
// (and linted) as such. ArkUI component files (`struct`, `@Component`, `build() { Column() { … } }`) are not
// TypeScript: they are parsed as the TypeScript they become with the UI description left out — `struct` read as
// `class`, and the bodies of `build()`, `@Builder` / `@LocalBuilder` / `@Styles` methods and `@Builder` /
// `@Styles` / `@Extend` / `@AnimatableExtend` functions blanked — every other character at its place, so
// locations are exact and the component's own methods (aboutToAppear, onPageShow, event handlers it defines as
// methods) are linted. What still does not parse gives an empty Program: no rule runs on guessed syntax, no
// finding is invented and ESLint shows no parse error for valid ArkTS.
import * as tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';

type ParserOptions = Parameters<typeof tsParser.parseForESLint>[1];
type ParseForESLintResult = ReturnType<typeof tsParser.parseForESLint>;

export const meta = { name: 'consentry/ets-parser', version: '0.1.0' };

/** Line/column (1-based line, 0-based column) just past the last character. */
function endPosition(code: string): TSESTree.Position {
  const lines = code.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length };
}

/** A Program with no statements, tokens or comments that still covers the whole file. */
export function emptyProgram(code: string): TSESTree.Program & { tokens: TSESTree.Token[]; comments: TSESTree.Comment[] } {
  return {
    type: 'Program' as TSESTree.AST_NODE_TYPES.Program,
    body: [],
    sourceType: 'module',
    comments: [],
    tokens: [],
    range: [0, code.length],
    loc: { start: { line: 1, column: 0 }, end: endPosition(code) },
    parent: null as never,
  } as TSESTree.Program & { tokens: TSESTree.Token[]; comments: TSESTree.Comment[] };
}

export function parseForESLint(code: string, options?: ParserOptions): ParseForESLintResult | { ast: ReturnType<typeof emptyProgram> } {
  const parseOptions = { ...options, ecmaFeatures: { ...options?.ecmaFeatures, jsx: false } };
  // An ArkUI file is never TypeScript as written: parse the rewritten text once, not the original first to fail.
  try {
    return tsParser.parseForESLint(arkUiAsTypeScript(code) ?? code, parseOptions);
  } catch {
    return { ast: emptyProgram(code) };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// ArkUI → TypeScript of the same shape

/** Where code is: 1 for code, 0 inside strings, template text and comments (template `${…}` is code). */
function codeMask(code: string): Uint8Array | undefined {
  const mask = new Uint8Array(code.length);
  // Stack of open template literals; each holds the brace depth of its current `${` substitution.
  const templates: number[] = [];
  let braces = 0;
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    const next = code[i + 1];
    if (templates.length && braces === templates[templates.length - 1] && c !== '`' && !(c === '$' && next === '{')) {
      // Inside template text.
      if (c === '\\') i++;
      i++;
      continue;
    }
    if (c === '/' && next === '/') {
      const end = code.indexOf('\n', i);
      i = end < 0 ? code.length : end;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      if (end < 0) return undefined;
      i = end + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < code.length && code[j] !== c && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
      if (code[j] !== c) return undefined;
      i = j + 1;
      continue;
    }
    if (c === '`') {
      if (templates.length && braces === templates[templates.length - 1]) templates.pop(); // closing
      else templates.push(braces); // opening: text follows
      i++;
      continue;
    }
    if (c === '$' && next === '{' && templates.length && braces === templates[templates.length - 1]) {
      braces++;
      mask[i] = 1;
      mask[i + 1] = 1;
      i += 2;
      continue;
    }
    if (c === '{') braces++;
    else if (c === '}') braces--;
    mask[i] = 1;
    i++;
  }
  return templates.length ? undefined : mask;
}

/** The index of the `}` that closes the `{` at `open` (code only), or -1. */
function closingBrace(code: string, mask: Uint8Array, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (!mask[i]) continue;
    if (code[i] === '{') depth++;
    else if (code[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The `{` that opens the body after `from` (skipping a parameter list and a return type), in code, or -1. */
function bodyStart(code: string, mask: Uint8Array, from: number): number {
  let parens = 0;
  for (let i = from; i < code.length; i++) {
    if (!mask[i]) continue;
    const c = code[i];
    if (c === '(') parens++;
    else if (c === ')') parens--;
    else if (c === '{' && parens === 0) return i;
    else if (c === ';' && parens === 0) return -1;
  }
  return -1;
}

const blank = (chars: string[], from: number, to: number): void => {
  for (let i = from; i < to; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
};

/** In a struct body: `build()`, `@Builder x()`, `@LocalBuilder x()`, `@Styles x()` (comments may sit between): the UI description. */
const STRUCT_UI_METHOD = /(?:^|[\s;}])(?:@(?:Builder|LocalBuilder|Styles)(?:\s|\/\/[^\n]*\n|\/\*[^]*?\*\/)+(?:(?:private|protected|public|static|async)\s+)*[A-Za-z_$][\w$]*|build)\s*\(/g;
/** At top level: `@Builder function`, `@Styles function`, `@Extend(Text) function`, `@AnimatableExtend(Text) function`. */
const UI_FUNCTION = /@(?:Builder|Styles|Extend|AnimatableExtend)\b(?:\s*\([^()]*\))?(?:\s|\/\/[^\n]*\n|\/\*[^]*?\*\/)+(?:export\s+)?function\b/g;
const STRUCT = /(?:^|[\s;}])struct(?=\s+[A-Za-z_$])/g;

/** ArkUI written as TypeScript of the same length and lines, or undefined when there is no ArkUI to rewrite. */
export function arkUiAsTypeScript(code: string): string | undefined {
  if (!/\bstruct\s/.test(code) && !/@(?:Builder|Styles|Extend|AnimatableExtend)\b/.test(code)) return undefined;
  const mask = codeMask(code);
  if (!mask) return undefined;
  const chars = code.split('');
  let changed = false;
  for (const match of code.matchAll(STRUCT)) {
    const at = (match.index ?? 0) + match[0].length - 'struct'.length;
    if (!mask[at]) continue;
    chars.splice(at, 6, ...'class ');
    changed = true;
    const open = bodyStart(code, mask, at + 6);
    const close = open < 0 ? -1 : closingBrace(code, mask, open);
    if (close < 0) return undefined;
    const body = code.slice(0, close);
    for (const method of body.matchAll(STRUCT_UI_METHOD)) {
      const start = method.index ?? 0;
      if (start <= open || !mask[start + method[0].length - 1]) continue;
      const methodOpen = bodyStart(code, mask, start + method[0].length - 1);
      const methodClose = methodOpen < 0 ? -1 : closingBrace(code, mask, methodOpen);
      if (methodClose < 0 || methodClose > close) return undefined;
      blank(chars, methodOpen + 1, methodClose);
    }
  }
  for (const match of code.matchAll(UI_FUNCTION)) {
    const at = match.index ?? 0;
    if (!mask[at]) continue;
    const open = bodyStart(code, mask, at + match[0].length);
    const close = open < 0 ? -1 : closingBrace(code, mask, open);
    if (close < 0) return undefined;
    // The decorator (and its argument) goes: TypeScript allows no decorator on a function.
    const keyword = at + match[0].length - 'function'.length;
    const exported = /export\s+$/.exec(code.slice(at, keyword));
    blank(chars, at, exported ? at + (exported.index ?? 0) : keyword);
    blank(chars, open + 1, close);
    changed = true;
  }
  return changed ? chars.join('') : undefined;
}

export function parse(code: string, options?: ParserOptions): TSESTree.Program {
  return parseForESLint(code, options).ast;
}

export default { meta, parseForESLint, parse };
