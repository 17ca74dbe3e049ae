// The engine's oxc-based parser must be indistinguishable from the plugin's TypeScript parser: the same AST (deep,
// strict: null is not undefined) on every fixture file and on edge-case snippets, and the same findings on every
// fixture app. Otherwise the editor and `consentry check` would disagree with plain ESLint + configs.recommended.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tsParser from '@typescript-eslint/parser';
import * as sourceParser from '../../eslint-plugin/src/parsers/source-parser.js';
import { createFastParser, fastParserAvailable, fastParserTransfer } from '../../language-server/src/lint/fast-parser.js';
import { LintEngine } from '../../language-server/src/lint/engine.js';
import { filesUnder } from '../fixture-files.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const fast = createFastParser(sourceParser) as unknown as { parseForESLint(code: string, options: object): { ast: unknown; scopeManager: unknown } };
const options = (filePath: string) => ({ filePath, sourceType: 'module', ecmaFeatures: { jsx: true } });

/** Paths where two ASTs differ (strictly; parents, oxc's start/end and the token list aside). */
function astDifferences(expected: unknown, actual: unknown, path = 'Program', out: string[] = []): string[] {
  if (out.length >= 10 || expected === actual) return out;
  if (typeof expected !== 'object' || typeof actual !== 'object' || expected === null || actual === null) {
    if (typeof expected === 'bigint' && expected === actual) return out;
    out.push(`${path}: ${String(expected)} vs ${String(actual)}`);
    return out;
  }
  if (expected instanceof RegExp || actual instanceof RegExp) {
    if (String(expected) !== String(actual)) out.push(`${path}: ${String(expected)} vs ${String(actual)}`);
    return out;
  }
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  const keys = new Set([...Object.keys(e), ...Object.keys(a)]);
  for (const key of keys) {
    if (key === 'parent' || key === 'start' || key === 'end' || key === 'tokens') continue;
    if (Object.hasOwn(e, key) !== Object.hasOwn(a, key) && (e[key] !== undefined || a[key] !== undefined)) {
      out.push(`${path}.${key}: present in only one AST`);
      continue;
    }
    astDifferences(e[key], a[key], `${path}${Array.isArray(e) ? `[${key}]` : `.${key}`}`, out);
  }
  return out;
}

describe('fast source parser (oxc) ≡ the TypeScript parser', () => {
  it('is the parser in use on this platform (CI exercises oxc, not the fallback)', () => {
    expect(fastParserAvailable).toBe(true);
  });

  // CI runs this file twice: under the machine's Node 20 (JSON) and under VS Code's Node 24 from the e2e set-up (raw
  // transfer), so both ways oxc hands the AST over are held to the same equivalence below.
  it('takes the AST by raw transfer where the runtime allows it (Node >= 22), else as JSON', () => {
    const major = Number(process.versions.node.split('.')[0]);
    expect(fastParserTransfer).toBe(major >= 22 && process.env.CONSENTRY_OXC_RAW_TRANSFER !== '0' ? 'raw' : 'json');
  });

  const sources = filesUnder(fixtures, /\.[cm]?[jt]sx?$/).filter((file) => {
    try {
      tsParser.parseForESLint(readFileSync(file, 'utf8'), options(file));
      return true;
    } catch {
      return false; // files that do not parse are covered by the fallback tests below
    }
  });

  it(`gives the same AST on every fixture source file (${sources.length} files)`, () => {
    expect(sources.length).toBeGreaterThan(150);
    const differing: string[] = [];
    for (const file of sources) {
      const code = readFileSync(file, 'utf8');
      const differences = astDifferences(tsParser.parseForESLint(code, options(file)).ast, fast.parseForESLint(code, options(file)).ast);
      if (differences.length) differing.push(`${file.slice(fixtures.length)}: ${differences.join('; ')}`);
    }
    expect(differing).toEqual([]);
  });

  const snippets: Record<string, string> = {
    'entities.tsx': `export const A = () => <Text title="Tom &amp; Jerry&#39;s" alt='&lt;b&gt;'>我已阅读并同意&nbsp;《隐私政策》 &copy; &#x4E2D; &bogus; &</Text>;`,
    'regex.ts': `const a = /x+/gi; const b = /^\\d{2}$/mu; const c = new RegExp('y', 'gs');`,
    'astral.tsx': `const s = '😀 emoji 𝒳 then code'; /* 注释 😀 */ export const B = () => <View>{s}😀</View>; // 尾注释`,
    'crlf.ts': 'const a = 1;\r\nconst b = 2;\r\n// comment\r\nfunction f(x?: number): void {\r\n  if (x) return;\r\n}\r\n',
    'typescript.ts': [
      `import type { A } from './a'; import { type B, C } from './b'; export type { D } from './d';`,
      `enum Color { Red = 1, Green } declare module 'm' { export const x: number; } namespace N { export const y = 1; }`,
      `abstract class Base<T extends object = {}> implements I<T> { private readonly a?: string; static b = 1; #c = 2; abstract m(): void; constructor(public p: number) { super(); } get v() { return this.#c; } }`,
      `const s = { a: 1 } satisfies Record<string, number>; const t = <const T,>(x: T) => x as unknown as T; let u!: string;`,
      `function over(a: string): void; function over(a: number): void; function over(a: unknown) {} type F = typeof import('./x', { with: { type: 'json' } });`,
      `const o = a?.b?.[c]?.(d) ?? e; for await (const x of y) {} label: for (;;) { break label; } export default class {}`,
      `@decorator() class Dec { @prop() field = 1; method(@param() p: string) {} }`,
    ].join('\n'),
    'types.ts': [
      `type M<T> = { readonly [K in keyof T]?: T[K] extends (infer U)[] ? U : never }; type L = \`on\${Capitalize<string>}\`;`,
      `type Tup = [first: string, second?: number, ...rest: boolean[]]; declare const sym: unique symbol; interface I { [key: string]: unknown; (x: number): string; new (x: string): I; method?<T>(this: Window, a: T): asserts a is T }`,
      `declare global { interface Window { app: unknown } } import fs = require('fs'); export = fs; export * as ns from './ns';`,
      `class S { static { init(); } accessor count = 0; #secret() {} declare x: number; override y = 1; constructor(); constructor(a?: number) {} }`,
      `const big = 1_000n + 0x1fn; const n = 1_000.5e3; const tag = html\`<a href="\${url}">\${text}</a>\`; const meta = import.meta.url;`,
      `async function* gen() { yield* other(); try { await x; } catch { } finally { } switch (a) { case 1: break; default: } }`,
      `function F(this: unknown) { if (new.target) return; } const getter = { get a() { return 1; }, set a(v) {}, async *[Symbol.iterator]() {}, ...rest };`,
    ].join('\n'),
    'jsx-forms.tsx': [
      `const Generic = <T,>(p: { v: T }) => <Foo.Bar.Baz a:b="1" data-x={1} {...p}><svg:rect /></Foo.Bar.Baz>;`,
      `export function List<T>({ items }: { items: T[] }) { return <ul>{items.map((i, k) => <li key={k}>{String(i)}{/* note */}</li>)}{' '}text &middot; more</ul>; }`,
    ].join('\n'),
    'script.cjs': `#!/usr/bin/env node\nconst fs = require('fs');\nmodule.exports = function () { return fs; };`,
    'component.js': `import React from 'react';\nexport default function App() { return <><View key="a" {...props} /></>; }`,
    'empty.ts': ``,
    'only-comments.ts': `// nothing but a comment\n/* and a block */\n`,
  };
  for (const [name, code] of Object.entries(snippets)) {
    it(`gives the same AST and scopes on ${name}, with and without TypeScript's lib globals`, () => {
      const file = join(fixtures, name);
      const scopeShape = (manager: unknown) =>
        (manager as { scopes: Array<{ type: string; variables: Array<{ name: string; references: unknown[] }>; through: unknown[] }> }).scopes.map(
          (scope) => `${scope.type}:${scope.variables.map((v) => `${v.name}/${v.references.length}`).join(',')}|through ${scope.through.length}`,
        );
      const globalCount = (manager: unknown) => (manager as { globalScope: { set: Map<string, unknown> } }).globalScope.set.size;
      // Default: none (the source parser's DEFAULT_LIB); asked for: the same set from both parsers.
      for (const lib of [undefined, ['es2015', 'dom']]) {
        const parserOptions = { ...options(file), sourceType: name.endsWith('.cjs') ? 'script' : 'module', ...(lib ? { lib } : {}) };
        const expected = sourceParser.parseForESLint(code, parserOptions) as ReturnType<typeof tsParser.parseForESLint>;
        const actual = fast.parseForESLint(code, parserOptions);
        expect(astDifferences(expected.ast, actual.ast)).toEqual([]);
        expect(scopeShape(actual.scopeManager)).toEqual(scopeShape(expected.scopeManager));
        if (lib) expect(globalCount(actual.scopeManager)).toBeGreaterThan(1000);
        else expect(globalCount(actual.scopeManager)).toBeLessThan(20);
      }
    });
  }

  it('leaves a file with a syntax error to the TypeScript parser (same error, same position)', () => {
    const code = `const a = ;\nexport default a;`;
    const file = join(fixtures, 'broken.ts');
    const error = (parse: () => unknown) => {
      try {
        parse();
      } catch (thrown) {
        const { message, lineNumber, column } = thrown as { message: string; lineNumber: number; column: number };
        return { message, lineNumber, column };
      }
      return undefined;
    };
    const expected = error(() => tsParser.parseForESLint(code, options(file)));
    expect(expected).toBeDefined();
    expect(error(() => fast.parseForESLint(code, options(file)))).toEqual(expected);
  });

  it('leaves Vue and .ets files to the source parser', () => {
    const calls: string[] = [];
    const parser = createFastParser({
      parseForESLint: (_code: string, parserOptions?: Record<string, unknown>) => {
        calls.push(String(parserOptions?.filePath));
        return { ast: 'fallback' };
      },
    }) as unknown as { parseForESLint(code: string, options: object): { ast: unknown } };
    expect(parser.parseForESLint('<template><view/></template>', { filePath: '/a/App.vue' }).ast).toBe('fallback');
    expect(parser.parseForESLint('@Entry @Component struct Index {}', { filePath: '/a/Index.ets' }).ast).toBe('fallback');
    expect(parser.parseForESLint('const a = 1;', { filePath: '/a/a.ts' }).ast).not.toBe('fallback');
    expect(calls).toEqual(['/a/App.vue', '/a/Index.ets']);
  });

  it('gives the same findings as the TypeScript parser on every fixture app and rule fixture', async () => {
    const files = filesUnder(join(fixtures, 'apps'), /./).concat(filesUnder(join(fixtures, 'rules'), /./));
    const shape = (results: Awaited<ReturnType<LintEngine['lintFiles']>>) =>
      results.flatMap((r) =>
        r.messages.map((m) =>
          JSON.stringify([r.filePath.slice(fixtures.length), m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.severity, m.message, m.fix, m.suggestions]),
        ),
      );
    const withTypeScript = shape(await new LintEngine({ fastParser: false }).lintFiles(files));
    const withOxc = shape(await new LintEngine().lintFiles(files));
    expect(withTypeScript.length).toBeGreaterThan(200);
    expect(withOxc).toEqual(withTypeScript);
  });

  it('honours eslint-disable comments (they come from the comment list, not tokens)', async () => {
    const file = join(fixtures, 'apps/demo-shop/App.tsx');
    const text = readFileSync(file, 'utf8');
    const engine = new LintEngine();
    const before = (await engine.lintText(text, file))!.messages.filter((m) => m.ruleId?.startsWith('consentry/'));
    expect(before.length).toBeGreaterThan(0);
    const lines = text.split('\n');
    const target = before[0].line;
    lines.splice(target - 1, 0, `// eslint-disable-next-line ${before[0].ruleId}`);
    const after = (await engine.lintText(lines.join('\n'), file))!.messages.filter((m) => m.ruleId === before[0].ruleId);
    expect(after.some((m) => m.line === target + 1)).toBe(false);
    expect(after.length).toBe(before.filter((m) => m.ruleId === before[0].ruleId).length - before.filter((m) => m.ruleId === before[0].ruleId && m.line === target).length);
  });

  it('gives the same findings on BOM, CRLF, astral-character and binary-garbage variants of a real file', async () => {
    const file = join(fixtures, 'apps/demo-shop/App.tsx');
    const text = readFileSync(file, 'utf8');
    const variants = {
      bom: `\uFEFF${text}`,
      crlf: text.replace(/\n/g, '\r\n'),
      bomAndCrlf: `\uFEFF${text.replace(/\n/g, '\r\n')}`,
      astral: `// 😀😀 中文注释\n${text}`,
      binaryGarbage: `\u0000\u0001\u0002PK${text}`,
    };
    const withTypeScript = new LintEngine({ fastParser: false });
    const withOxc = new LintEngine();
    const shape = (messages: Array<{ ruleId: string | null; line: number; column: number; endLine?: number; endColumn?: number; message: string }>) =>
      messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.message].join('|'));
    for (const [name, variant] of Object.entries(variants)) {
      const expected = shape((await withTypeScript.lintText(variant, file))!.messages);
      expect(expected.length, name).toBeGreaterThan(0);
      expect(shape((await withOxc.lintText(variant, file))!.messages), name).toEqual(expected);
    }
  });
});
