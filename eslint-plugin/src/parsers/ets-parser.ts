// Parser for HarmonyOS ArkTS (.ets) files. Ability and utility files are plain TypeScript and are parsed
// (and linted) as such. ArkUI component files (`struct`, `@Component`, `build() { Column() { … } }`) are
// not TypeScript: for them this returns an empty Program, so no rule runs on guessed syntax, no finding
// is invented and ESLint shows no parse error for valid ArkTS.
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
  try {
    return tsParser.parseForESLint(code, { ...options, ecmaFeatures: { ...options?.ecmaFeatures, jsx: false } });
  } catch {
    return { ast: emptyProgram(code) };
  }
}

export function parse(code: string, options?: ParserOptions): TSESTree.Program {
  return parseForESLint(code, options).ast;
}

export default { meta, parseForESLint, parse };
