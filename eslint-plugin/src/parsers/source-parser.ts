// One parser for every source file kind, chosen by file name: Vue SFCs (vue-eslint-parser with the TypeScript
// parser for <script>), HarmonyOS .ets (ets-parser) and JS/TS/JSX/TSX (the TypeScript parser, which picks
// JSX by extension for .ts/.tsx and uses ecmaFeatures.jsx for .js).
import * as tsParser from '@typescript-eslint/parser';
import * as vueParser from 'vue-eslint-parser';
import * as etsParser from './ets-parser.js';

type ParserOptions = Record<string, unknown> & { filePath?: string };

export const meta = { name: 'consentry/source-parser', version: '0.1.0' };

export function parseForESLint(code: string, options: ParserOptions = {}): unknown {
  const filePath = options.filePath ?? '';
  if (/\.vue$/i.test(filePath)) return vueParser.parseForESLint(code, { ...options, parser: options.parser ?? tsParser });
  if (/\.ets$/i.test(filePath)) return etsParser.parseForESLint(code, options as never);
  return tsParser.parseForESLint(code, options as never);
}

export function parse(code: string, options: ParserOptions = {}): unknown {
  return (parseForESLint(code, options) as { ast: unknown }).ast;
}

export default { meta, parseForESLint, parse };
