// The engine's parser for JS/TS/JSX/TSX when it runs the built-in config (editor and `consentry check`): the same
// TS-ESTree AST and scope analysis the plugin's TypeScript parser gives, built by oxc-parser (native, about 20× faster
// on a 3,000-line TSX file). That is what keeps diagnostics on a large file within an editor's keystroke budget.
//
// Equivalence is the contract, checked by test/language-server/fast-parser.test.ts: the same AST, deep-equal, on
// every fixture file, and the same findings. Four differences are closed here: oxc gives no `loc` (added from a line
// index), keeps HTML entities in JSX text and attribute strings (decoded with typescript-estree's own table), orders
// regex flags differently (taken from the source, as typescript-estree does), and writes `null` where
// typescript-estree leaves optional TypeScript fields undefined.
//
// What stays different on purpose: `tokens` is empty. Only Consentry's rules run with this parser and none reads
// tokens; a project's own eslint.config.* (other plugins' rules may need tokens) keeps its configured parser.
//
// Anything else goes to the plugin's source parser unchanged: Vue SFCs, .ets, a file oxc reports a syntax error in
// (so the parse-error message is the TypeScript parser's), and every file when oxc cannot load on this platform.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Linter } from 'eslint';
import { analyze } from '@typescript-eslint/scope-manager';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

type OxcParseSync = (typeof import('oxc-parser'))['parseSync'];
type OxcRawTransferSupported = (typeof import('oxc-parser'))['rawTransferSupported'];

interface SourceParser {
  parseForESLint(code: string, options?: Record<string, unknown>): unknown;
}

interface ParserOptions extends Record<string, unknown> {
  filePath?: string;
  sourceType?: string;
  ecmaFeatures?: { globalReturn?: boolean; jsx?: boolean };
  jsxPragma?: string | null;
  jsxFragmentName?: string | null;
  lib?: string[];
}

interface Position {
  line: number;
  column: number;
}

interface AstNode {
  type?: unknown;
  start?: number;
  end?: number;
  range?: [number, number];
  loc?: { start: Position; end: Position };
  [key: string]: unknown;
}

const require = createRequire(import.meta.url);

let oxcLoadError: string | undefined;
let oxcRawTransferSupported: OxcRawTransferSupported | undefined;
/** oxc-parser, or undefined when its native binding is not available here (the engine then parses as before). */
const oxcParseSync: OxcParseSync | undefined = await import('oxc-parser').then(
  (oxc) => {
    oxcRawTransferSupported = oxc.rawTransferSupported;
    return oxc.parseSync;
  },
  (error: unknown) => {
    oxcLoadError = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return undefined;
  },
);

/**
 * Raw transfer: oxc hands its AST over in a shared buffer that JS reads directly, instead of a JSON string parsed on
 * this thread (the largest part of a parse). It needs Node >= 22 (VS Code's own runtime since 1.101); on older Node,
 * or with CONSENTRY_OXC_RAW_TRANSFER=0 (to compare), the AST comes as JSON. Both give the same AST.
 */
const useRawTransfer = process.env.CONSENTRY_OXC_RAW_TRANSFER !== '0' && (oxcRawTransferSupported?.() ?? false);

/**
 * typescript-estree's XHTML entity table, so JSX text decodes exactly as with the TypeScript parser. Loaded by file
 * path because the package does not export it; the numeric forms below cover the rest if it ever moves.
 */
const XHTML_ENTITIES: Readonly<Record<string, string>> = (() => {
  try {
    const entry = require.resolve('@typescript-eslint/typescript-estree');
    return (require(join(dirname(entry), 'jsx', 'xhtml-entities.js')) as { xhtmlEntities: Record<string, string> }).xhtmlEntities;
  } catch {
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  }
})();

/** typescript-estree's unescapeStringLiteralText. */
function decodeJsxEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#\d+|#x[\da-fA-F]+|[0-9a-zA-Z]+);/g, (entity) => {
    const item = entity.slice(1, -1);
    if (item[0] === '#') {
      const codePoint = item[1] === 'x' ? parseInt(item.slice(2), 16) : parseInt(item.slice(1), 10);
      return codePoint > 0x10ffff ? entity : String.fromCodePoint(codePoint);
    }
    return XHTML_ENTITIES[item] || entity;
  });
}

/** Fields typescript-estree leaves undefined when absent, where oxc writes null (rules test them with `=== undefined`). */
const ABSENT_AS_UNDEFINED = [
  'typeAnnotation', 'typeArguments', 'typeParameters', 'returnType', 'directive', 'accessibility', 'superTypeArguments', 'constraint', 'default', 'initializer',
] as const;

const SOURCE_FILE = /\.([cm]?)([jt])s(x?)$/i;

/** Line start offsets: ESLint's line breaks (\n, \r\n, \r, U+2028, U+2029). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

let lastLine = 0;

function positionAt(starts: readonly number[], offset: number): Position {
  // Nodes are visited roughly in source order: try the line of the previous lookup first.
  let low = lastLine < starts.length && starts[lastLine] <= offset ? lastLine : 0;
  if (low + 1 < starts.length && starts[low + 1] > offset) return { line: low + 1, column: offset - starts[low] };
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  lastLine = low;
  return { line: low + 1, column: offset - starts[low] };
}

/**
 * Which of ABSENT_AS_UNDEFINED a node has, worked out once per node type and field count (oxc serialises a node type
 * with a fixed set of fields): testing all ten fields on every node was a third of completeNodes.
 */
const absentKeysByShape = new Map<string, Array<readonly string[] | undefined>>();

function absentKeysOf(node: AstNode, fieldCount: number): readonly string[] {
  const type = node.type as string;
  let byCount = absentKeysByShape.get(type);
  if (!byCount) absentKeysByShape.set(type, (byCount = []));
  let keys = byCount[fieldCount];
  if (!keys) {
    // (TSImportType is the one node where typescript-estree itself writes null.)
    keys = type === 'TSImportType' ? [] : ABSENT_AS_UNDEFINED.filter((key) => key in node);
    byCount[fieldCount] = keys;
  }
  return keys;
}

/** Adds `loc` to every node and closes the value differences (see the file comment). */
function completeNodes(root: AstNode, text: string, starts: readonly number[]): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item === 'object') stack.push(item);
      continue;
    }
    const node = value as AstNode;
    if (typeof node.type === 'string' && typeof node.start === 'number') {
      // oxc is asked for start/end only: building `range` here is cheaper than deserializing it from oxc's JSON.
      const start = node.start;
      const end = node.end as number;
      node.range = [start, end];
      node.loc = { start: positionAt(starts, start), end: positionAt(starts, end) };
      if (node.type === 'RestElement' && node.value === null) node.value = undefined;
      if (node.type === 'TSDeclareFunction' && node.body === null) node.body = undefined;
      if (node.type === 'JSXText' && typeof node.value === 'string') node.value = decodeJsxEntities(node.value);
      else if (node.type === 'JSXAttribute') {
        const attributeValue = node.value as AstNode | null;
        if (attributeValue?.type === 'Literal' && typeof attributeValue.value === 'string') attributeValue.value = decodeJsxEntities(attributeValue.value);
      } else if (node.type === 'Literal' && node.regex && typeof node.raw === 'string') {
        (node.regex as { flags: string }).flags = node.raw.slice(node.raw.lastIndexOf('/') + 1);
      }
    }
    let fieldCount = 0;
    for (const key in node) {
      fieldCount++;
      if (key === 'loc' || key === 'range' || key === 'parent') continue;
      const child = node[key];
      if (child && typeof child === 'object') stack.push(child);
    }
    if (typeof node.type === 'string' && typeof node.start === 'number') {
      const absentKeys = absentKeysOf(node, fieldCount);
      for (let i = 0; i < absentKeys.length; i++) if (node[absentKeys[i]] === null) node[absentKeys[i]] = undefined;
    }
  }
}

/**
 * The AST's root, as a copy whose original is emptied. oxc returns its AST through getters whose closures hold the
 * root; the inline caches that read those getters keep them (weakly), and V8's young-generation collector treats weak
 * references as strong. Without this, every AST (with its locations) would outlive its lint until the next full
 * collection: copied and promoted by the next scavenge, filling the old generation, and costing the editor its
 * between-keystroke collections (lint/idle-collector.ts).
 */
function detachedRoot(program: AstNode): AstNode {
  const root = { ...program };
  for (const key of Object.keys(program)) program[key] = null;
  return root;
}

/** The parse result ESLint expects from a parser, or undefined when this file must go to the source parser. */
function parseWithOxc(parseSync: OxcParseSync, code: string, options: ParserOptions): unknown {
  const filePath = options.filePath ?? '';
  const extension = SOURCE_FILE.exec(filePath);
  if (!extension) return undefined;
  // As @typescript-eslint/parser: anything but 'module' / 'script' (e.g. ESLint's 'commonjs') parses as a script.
  const sourceType = options.sourceType === 'module' ? 'module' : 'script';
  // typescript-estree: .ts/.tsx by extension; .js/.jsx/.mjs/.cjs as JavaScript with JSX when ecmaFeatures.jsx.
  const typescript = extension[2].toLowerCase() === 't';
  const lang = typescript ? (extension[3] ? 'tsx' : 'ts') : extension[3] || options.ecmaFeatures?.jsx ? 'jsx' : 'js';
  const result = oxcParseSafely(parseSync, filePath, code, lang, sourceType);
  if (!result || result.errors.length > 0) return undefined;
  const starts = lineStarts(code);
  const ast = detachedRoot(result.program as unknown as AstNode);
  completeNodes(ast, code, starts);
  delete ast.hashbang; // typescript-estree has no such field (nor a comment for it)
  ast.comments = result.comments.map((comment) => ({
    type: comment.type,
    value: comment.value,
    range: [comment.start, comment.end],
    loc: { start: positionAt(starts, comment.start), end: positionAt(starts, comment.end) },
  }));
  ast.tokens = [];
  ast.sourceType = sourceType;
  const scopeManager = analyze(ast as never, {
    globalReturn: options.ecmaFeatures?.globalReturn,
    jsxFragmentName: options.jsxFragmentName,
    jsxPragma: options.jsxPragma,
    // As the plugin's source parser: no TypeScript lib globals unless asked for (see its DEFAULT_LIB).
    lib: (options.lib ?? []) as never,
    sourceType,
  });
  return {
    ast,
    scopeManager,
    services: { program: null, emitDecoratorMetadata: false, experimentalDecorators: false, isolatedDeclarations: false },
    visitorKeys,
  };
}

function oxcParseSafely(parseSync: OxcParseSync, filePath: string, code: string, lang: 'js' | 'jsx' | 'ts' | 'tsx', sourceType: 'module' | 'script') {
  try {
    // `experimentalRawTransfer` is read by oxc-parser's JS entry but missing from its type declarations.
    const oxcOptions = { lang, astType: 'ts', range: false, preserveParens: false, sourceType, experimentalRawTransfer: useRawTransfer } as const;
    return parseSync(filePath, code, oxcOptions as Parameters<OxcParseSync>[2]);
  } catch {
    return undefined;
  }
}

/** True when oxc-parser loaded (tests and the bench say which parser they measured). */
export const fastParserAvailable = oxcParseSync !== undefined;

/** How oxc hands its AST to JS here: 'raw' (shared buffer, Node >= 22) or 'json'; undefined when oxc is not in use. */
export const fastParserTransfer: 'raw' | 'json' | undefined = oxcParseSync ? (useRawTransfer ? 'raw' : 'json') : undefined;

/** One line for the server log: which parser JS/TS files get, and why when it is the slow one. */
export function describeSourceParser(): string {
  return oxcParseSync
    ? `JS/TS files are parsed with oxc-parser (native, AST by ${useRawTransfer ? 'raw transfer' : 'JSON'})`
    : `JS/TS files are parsed with the TypeScript parser: oxc-parser is not available here (${oxcLoadError ?? 'unknown reason'})`;
}

/** An ESLint parser: oxc for JS/TS files, `fallback` (the plugin's source parser) for everything else. */
export function createFastParser(fallback: SourceParser): Linter.Parser {
  const parseForESLint = (code: string, options: ParserOptions = {}): unknown =>
    (oxcParseSync && parseWithOxc(oxcParseSync, code, options)) ?? fallback.parseForESLint(code, options);
  return {
    meta: { name: 'consentry/fast-source-parser', version: '0.1.0' },
    parseForESLint,
    parse: (code: string, options?: ParserOptions) => (parseForESLint(code, options) as { ast: unknown }).ast,
  } as unknown as Linter.Parser;
}
