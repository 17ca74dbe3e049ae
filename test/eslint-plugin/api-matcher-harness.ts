// Test harness: lints code with real ESLint + parsers and a tiny rule that reports every API match.
import { Linter, type Rule } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import vueParser from 'vue-eslint-parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createApiMatcher, type ApiCallMatch } from '../../eslint-plugin/src/util/api-matcher.js';
import type { ApiKind } from '../../eslint-plugin/src/core/knowledge/types.js';

export interface ReportedMatch {
  id: string;
  kind: ApiKind;
  /** 'call' | 'jsx' | 'member' | 'hook-result' */
  via: string;
  line: number;
  permissions: { permission: string; platform?: string; nativeId?: string }[];
  resolved: boolean;
  alternatives: string[];
}

const store = new WeakMap<object, ReportedMatch[]>();

function record(context: Rule.RuleContext, via: string, match: ApiCallMatch): void {
  const list = store.get(context.sourceCode.ast)!;
  list.push({
    id: match.entry.id,
    kind: match.entry.kind,
    via,
    line: match.node.loc.start.line,
    permissions: match.permissions.map((p) => ({ ...p })),
    resolved: match.resolved,
    alternatives: (match.alternatives ?? []).map((e) => e.id),
  });
}

function makeRule(kinds?: ApiKind[]): Rule.RuleModule {
  return {
    meta: { type: 'problem', schema: [] },
    create(context) {
      store.set(context.sourceCode.ast, []);
      const matcher = createApiMatcher(context as unknown as Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, kinds);
      return {
        CallExpression(node) {
          const n = node as unknown as TSESTree.CallExpression;
          const m = matcher.matchCall(n);
          if (m) record(context, 'call', m);
          const h = matcher.matchHookResultCall(n);
          if (h) record(context, 'hook-result', h);
        },
        NewExpression(node) {
          const m = matcher.matchCall(node as unknown as TSESTree.NewExpression);
          if (m) record(context, 'call', m);
        },
        MemberExpression(node) {
          const m = matcher.matchMember(node as unknown as TSESTree.MemberExpression);
          if (m) record(context, 'member', m);
        },
        Identifier(node) {
          const m = matcher.matchMember(node as unknown as TSESTree.Identifier);
          if (m) record(context, 'member', m);
        },
        JSXOpeningElement(node: unknown) {
          const m = matcher.matchJsx(node as TSESTree.JSXOpeningElement);
          if (m) record(context, 'jsx', m);
        },
      } as Rule.RuleListener;
    },
  };
}

export interface LintOptions {
  filename?: string;
  kinds?: ApiKind[];
  globals?: Record<string, 'readonly' | 'writable'>;
}

/** Lint `code` and return every match the matcher reported, in source order. */
export function matchesIn(code: string, options: LintOptions = {}): ReportedMatch[] {
  const filename = options.filename ?? 'file.tsx';
  const linter = new Linter({ configType: 'flat' });
  let captured: ReportedMatch[] = [];
  const rule = makeRule(options.kinds);
  const wrapped: Rule.RuleModule = {
    ...rule,
    create(context) {
      const listeners = rule.create(context);
      captured = store.get(context.sourceCode.ast)!;
      return listeners;
    },
  };
  const isVue = filename.endsWith('.vue');
  const config: Linter.Config[] = [
    {
      files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue,ets}'],
      plugins: { test: { rules: { match: wrapped } } },
      languageOptions: isVue
        ? { parser: vueParser as Linter.Parser, sourceType: 'module', parserOptions: { parser: tsParser, ecmaFeatures: { jsx: true } }, globals: options.globals ?? {} }
        : { parser: tsParser as Linter.Parser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } }, globals: options.globals ?? {} },
      rules: { 'test/match': 'error' },
    },
  ];
  const messages = linter.verify(code, config, { filename });
  if (process.env.DEBUG_MATCHER) console.log(messages);
  const fatal = messages.filter((m) => m.fatal || m.ruleId === null);
  if (fatal.length) throw new Error(`parse error: ${fatal.map((m) => m.message).join('; ')}`);
  return captured;
}

export const ids = (matches: ReportedMatch[]): string[] => matches.map((m) => m.id);
export const nativeIds = (match: ReportedMatch | undefined): string[] => (match?.permissions ?? []).map((p) => `${p.platform ?? '*'}:${p.nativeId ?? p.permission}`);
