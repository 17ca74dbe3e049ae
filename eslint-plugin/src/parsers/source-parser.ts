// One parser for every source file kind, chosen by file name: Vue SFCs (vue-eslint-parser with the TypeScript
// parser for <script>), HarmonyOS .ets (ets-parser) and JS/TS/JSX/TSX (the TypeScript parser, which picks
// JSX by extension for .ts/.tsx and uses ecmaFeatures.jsx for .js).
//
// uni-app conditional compilation: a file the parser rejects is tried again with other platforms' `#ifdef` branches
// blanked out (conditional-compilation.ts), as the uni-app compiler would remove them.
//
// Flow: older React Native apps type their .js files with Flow, and some Flow syntax (`?string`, `{| |}`, type
// spreads, `(x: any)` casts, `opaque type`) is no TypeScript. When the TypeScript parser rejects a .js file, the
// file is parsed once more with its Flow types blanked out by flow-remove-types, which replaces each removed
// character with a space and keeps line breaks, so every offset, line and column still points into the original
// text. The rules never look at types, so they see the same program. A file that is no valid Flow either keeps
// the TypeScript parser's error. The same goes for Babel's `::this.method` bind operator (withoutBindOperator) and
// for a bare `>` in JSX text, which Babel accepts (parseWithJsxTextGreaterThanBlanked).
import { createRequire } from 'node:module';
import * as tsParser from '@typescript-eslint/parser';
import * as vueParser from 'vue-eslint-parser';
import * as etsParser from './ets-parser.js';
import { compiledFor } from './conditional-compilation.js';

type ParserOptions = Record<string, unknown> & { filePath?: string };
type FlowRemoveTypes = (source: string, options: { all: boolean }) => { toString(): string };

export const meta = { name: 'consentry/source-parser', version: '0.1.0' };

const JAVASCRIPT_FILE = /\.[cm]?jsx?$/i;
const require = createRequire(import.meta.url);
// Loaded on the first Flow file: most projects never need it.
let flowRemoveTypes: FlowRemoveTypes | undefined;

/** The text with its Flow types blanked out (same length, same line breaks), or undefined when it is no valid Flow. */
function withoutFlowTypes(code: string): string | undefined {
  flowRemoveTypes ??= require('flow-remove-types') as FlowRemoveTypes;
  try {
    const stripped = flowRemoveTypes(code, { all: true }).toString();
    return stripped !== code && stripped.length === code.length ? stripped : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Babel's function-bind proposal in its prefix form (`this.onTap = ::this.onTap`, `onClick={::this.save}`), which
 * React apps of the Babel 6 era compile with @babel/plugin-proposal-function-bind: `::` becomes two spaces, leaving
 * `this.onTap`, the same member without the bind, at the same offsets. Undefined when the text has no such operator.
 *
 * A `::` is the operator when, past any white space, an operand follows (a name or `(`) and an operator position
 * precedes: the start of a line, one of `= ( , [ { : ! ? ;`, or `return` / `yield` / `await`. It is a scan from each
 * `::` rather than a regular expression with a look-behind: the look-behind's `\s*` is tried from every position of a
 * white-space run, and Flow library definitions with their types blanked out are runs of hundreds of thousands of
 * spaces (one such file took 31 s).
 */
const OPERATOR_BEFORE_BIND = new Set(['=', '(', ',', '[', '{', ':', '!', '?', ';']);
const KEYWORD_BEFORE_BIND = ['return', 'yield', 'await'];
const WHITE_SPACE = /\s/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const OPERAND_START = /[A-Za-z_$(]/;
const WORD_CHARACTER = /\w/;

function isPrefixBind(code: string, index: number): boolean {
  let after = index + 2;
  while (after < code.length && WHITE_SPACE.test(code[after])) after++;
  if (after >= code.length || !OPERAND_START.test(code[after])) return false;
  let before = index;
  while (before > 0 && WHITE_SPACE.test(code[before - 1])) {
    before--;
    if (LINE_BREAK.test(code[before])) return true;
  }
  if (before === 0 || OPERATOR_BEFORE_BIND.has(code[before - 1])) return true;
  return KEYWORD_BEFORE_BIND.some(
    (keyword) => code.endsWith(keyword, before) && (before === keyword.length || !WORD_CHARACTER.test(code[before - keyword.length - 1])),
  );
}

export function withoutBindOperator(code: string): string | undefined {
  const operators: number[] = [];
  let index = code.indexOf('::');
  while (index !== -1) {
    if (isPrefixBind(code, index)) {
      operators.push(index);
      index = code.indexOf('::', index + 2);
    } else {
      index = code.indexOf('::', index + 1);
    }
  }
  if (operators.length === 0) return undefined;
  let text = '';
  let from = 0;
  for (const at of operators) {
    text += `${code.slice(from, at)}  `;
    from = at + 2;
  }
  return text + code.slice(from);
}

/** TypeScript's error for a bare `>` in JSX text. */
const JSX_TEXT_GREATER_THAN = /Did you mean `\{'>'\}` or `&gt;`\?/;
/** How many bare `>` one file may have blanked (each costs a parse). */
const MAX_BLANKED_GREATER_THAN = 20;

/**
 * Babel, which Taro 1–2 and older React apps build with, accepts a bare `>` in JSX text (`<View>兑换记录 ></View>`);
 * TypeScript rejects it. Each `>` the parser stops at becomes a space (same offsets, only that JSX text changes), until
 * the file parses. Undefined when the error is another, or the file still fails.
 */
function parseWithJsxTextGreaterThanBlanked(code: string, options: ParserOptions, error: unknown): unknown {
  let text = code;
  let failure = error;
  for (let blanked = 0; blanked < MAX_BLANKED_GREATER_THAN; blanked++) {
    const index = (failure as { index?: unknown }).index;
    if (!(failure instanceof Error) || !JSX_TEXT_GREATER_THAN.test(failure.message) || typeof index !== 'number' || text[index] !== '>') return undefined;
    text = `${text.slice(0, index)} ${text.slice(index + 1)}`;
    try {
      return tsParser.parseForESLint(text, options as never);
    } catch (next) {
      failure = next;
    }
  }
  return undefined;
}

function parseJavaScriptOrFlow(code: string, options: ParserOptions): unknown {
  try {
    return tsParser.parseForESLint(code, options as never);
  } catch (error) {
    const withoutBareGreaterThan = parseWithJsxTextGreaterThanBlanked(code, options, error);
    if (withoutBareGreaterThan !== undefined) return withoutBareGreaterThan;
    // Each retry keeps every offset, line and column of the original text, and is tried only on text the
    // TypeScript parser refused: Flow types blanked out, then the bind operator, then both.
    const flowless = withoutFlowTypes(code);
    const unbound = withoutBindOperator(code);
    const both = flowless !== undefined ? withoutBindOperator(flowless) : unbound !== undefined ? withoutFlowTypes(unbound) : undefined;
    for (const candidate of [flowless, unbound, both]) {
      if (candidate === undefined) continue;
      try {
        return tsParser.parseForESLint(candidate, options as never);
      } catch {
        // the next candidate may be the valid one
      }
    }
    throw error;
  }
}

/**
 * The script parser of a Vue SFC per `<script lang>`. Vue's compiler reads `lang="ts"` as TypeScript without JSX, so
 * an angle-bracket cast (`const instance = <any>ref({})`) is valid there, and is a JSX error to the TSX parser that a
 * `.vue` file name otherwise gets (typescript-estree picks JSX for unknown extensions by ecmaFeatures.jsx).
 * `lang="tsx"`, `lang="jsx"` and plain scripts keep JSX (Vue 2 projects write JSX in plain `<script>` through Babel).
 */
const VUE_SCRIPT_PARSERS = {
  js: tsParser,
  jsx: tsParser,
  tsx: tsParser,
  ts: {
    parseForESLint: (code: string, options: ParserOptions = {}) =>
      tsParser.parseForESLint(code, { ...options, ecmaFeatures: { ...(options.ecmaFeatures as object | undefined), jsx: false } } as never),
  },
};

function parseByKind(code: string, options: ParserOptions): unknown {
  const filePath = options.filePath ?? '';
  if (/\.vue$/i.test(filePath)) return vueParser.parseForESLint(code, { ...options, parser: options.parser ?? VUE_SCRIPT_PARSERS });
  if (/\.ets$/i.test(filePath)) return etsParser.parseForESLint(code, options as never);
  if (JAVASCRIPT_FILE.test(filePath)) return parseJavaScriptOrFlow(code, options);
  return tsParser.parseForESLint(code, options as never);
}

/**
 * TypeScript's lib globals (`Promise`, `Record`, `PropertyKey` …: about 200 variables in every file's global scope)
 * are left out of scope analysis unless `parserOptions.lib` asks for them. The rules tell a global from a local by
 * whether the app declares the name, so they need none of them; declaring them cost about a tenth of the lint time,
 * in the declaring and in the garbage collection after it. ESLint still declares the ECMAScript globals of the
 * configured ecmaVersion, and `languageOptions.globals` the rest, as with its own parser.
 */
export const DEFAULT_LIB: readonly string[] = [];

export function parseForESLint(code: string, givenOptions: ParserOptions = {}): unknown {
  const options = givenOptions.lib === undefined ? { ...givenOptions, lib: DEFAULT_LIB } : givenOptions;
  try {
    return parseByKind(code, options);
  } catch (error) {
    // Valid uni-app that is no valid JavaScript until one platform's branches are compiled out (see
    // conditional-compilation.ts): parsed as the App build sees it, else as the WeChat mini-program's.
    for (const target of ['app', 'mp-weixin'] as const) {
      const compiled = compiledFor(code, target);
      if (compiled === undefined) break;
      try {
        return parseByKind(compiled, options);
      } catch {
        // the other target's branches may be the valid ones
      }
    }
    throw error;
  }
}

export function parse(code: string, options: ParserOptions = {}): unknown {
  return (parseForESLint(code, options) as { ast: unknown }).ast;
}

export default { meta, parseForESLint, parse };
