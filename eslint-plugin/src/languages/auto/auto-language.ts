// ESLint Language `consentry/auto`: one language that parses every file kind Consentry lints, chosen by
// file name. It exists so that the recommended config can be ONE config object: ESLint 10 rejects nested
// arrays in a plain `export default [...]`, and the documented set-up is
// `export default [consentry.configs.recommended]`.
//   - JS/TS/JSX/TSX, Vue and .ets → ESLint's own JavaScript language (with the source parser), unchanged;
//   - Info.plist, *.xcprivacy, AndroidManifest.xml → consentry/xml; InfoPlist.strings → consentry/strings;
//   - .json → JSONC (comments, trailing commas); .json5 → JSON5; .wxml → consentry/wxml.
// Every AST here uses 1-based lines and 0-based columns, like ESTree; @eslint/json's 1-based columns are
// shifted to match.
import { basename } from 'node:path';
import json from '@eslint/json';
import { visitorKeys as momoaVisitorKeys } from '@humanwhocodes/momoa';
import type { File, Language, LanguageContext, OkParseResult, ParseResult, SourceCode } from '@eslint/core';
import { eslintJsLanguage } from './eslint-js-language.js';
import { xmlLanguage } from '../xml/xml-language.js';
import { stringsLanguage } from '../strings/strings-language.js';
import { wxmlLanguage } from '../wxml/wxml-language.js';
import { getProjectModel } from '../../core/project/index.js';

export type FileLanguage = 'js' | 'xml' | 'strings' | 'json' | 'jsonc' | 'json5' | 'wxml';

/** Which language a file is parsed with, by its name. */
export function fileLanguageOf(filePath: string): FileLanguage {
  const name = basename(filePath);
  if (/\.(?:plist|xcprivacy|xml)$/i.test(name)) return 'xml';
  if (/\.strings$/i.test(name)) return 'strings';
  if (/\.wxml$/i.test(name)) return 'wxml';
  if (/\.json5$/i.test(name)) return 'json5';
  // Lenient on purpose: Expo reads app.json as JSON5 and uni-app / HarmonyOS tools accept comments, and a parse
  // error would hide every privacy finding in the file.
  if (/\.json$/i.test(name)) return 'jsonc';
  return 'js';
}

/** Marks the root of a minified bundle's (empty) program: see rootLanguageOf. */
export const MINIFIED_BUNDLE = 'consentryMinifiedBundle';

/** A line this long is not written by hand: a minified bundle's, or a data literal's. */
const LONG_LINE = 500;
const MINIFIED_MIN_SIZE = 4_096;

/**
 * A minified bundle (a vendored SDK such as js_sdk/gio-minp.js, a build's assets/index-3f2a.js): nothing in it is
 * the app's own code to change, and what an SDK does is judged where the app starts it. Told by its text: most of
 * it on long lines, and those lines code (statements, blocks and calls: `;{}(`), not one long string or table of
 * data inside a hand-written file. Only plain scripts count: a .vue, .ts or .ets file is source by nature.
 */
function isMinifiedBundle(file: File): boolean {
  const text = file.body;
  if (typeof text !== 'string' || text.length < MINIFIED_MIN_SIZE || !/\.[cm]?js$/i.test(file.path)) return false;
  let onLongLines = 0;
  let codePunctuation = 0;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (end - start > LONG_LINE) {
      onLongLines += end - start;
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x3b || c === 0x7b || c === 0x7d || c === 0x28) codePunctuation++;
      }
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return onLongLines >= text.length / 2 && codePunctuation >= onLongLines * 0.005;
}

/** Options of this language: ESLint's JavaScript options (parser, globals …) plus maxFileSize for config files. */
type AutoLanguageOptions = Record<string, unknown> & { maxFileSize?: number };

const CONFIG_LANGUAGES = {
  xml: xmlLanguage as unknown as Language,
  strings: stringsLanguage as unknown as Language,
  wxml: wxmlLanguage as unknown as Language,
};
const JSON_LANGUAGES = {
  json: json.languages.json as unknown as Language,
  jsonc: json.languages.jsonc as unknown as Language,
  json5: json.languages.json5 as unknown as Language,
};
const MOMOA_VISITOR_KEYS: Record<string, string[]> = Object.fromEntries(momoaVisitorKeys as Iterable<[string, string[]]>);

type Located = { loc?: { start: { line: number; column: number }; end: { line: number; column: number } } };

/** @eslint/json counts columns from 1; shift every node and token to count from 0. */
function shiftColumns(ast: Located & { tokens?: Located[] }): void {
  const shift = (item: Located) => {
    if (!item.loc) return;
    const { start, end } = item.loc;
    item.loc = { start: { ...start, column: start.column - 1 }, end: { ...end, column: end.column - 1 } };
  };
  const visit = (node: Located & { type?: string }) => {
    shift(node);
    for (const key of MOMOA_VISITOR_KEYS[node.type ?? ''] ?? []) {
      const child = (node as Record<string, unknown>)[key];
      if (Array.isArray(child)) child.forEach((item) => visit(item as Located));
      else if (child && typeof child === 'object') visit(child as Located);
    }
  };
  visit(ast);
  for (const token of ast.tokens ?? []) shift(token);
}

/** Options for a non-JS language: only the ones it understands. */
function configLanguageContext(context: LanguageContext<AutoLanguageOptions>): LanguageContext<Record<string, unknown>> {
  const maxFileSize = context.languageOptions?.maxFileSize;
  return { languageOptions: maxFileSize === undefined ? {} : { maxFileSize } };
}

export const autoLanguage: Language<{ LangOptions: AutoLanguageOptions; Code: SourceCode; RootNode: unknown; Node: unknown }> = {
  fileType: 'text',
  lineStart: 1,
  columnStart: 0,
  nodeTypeKey: 'type',
  visitorKeys: eslintJsLanguage.visitorKeys,
  defaultLanguageOptions: eslintJsLanguage.defaultLanguageOptions,

  validateLanguageOptions(languageOptions) {
    const { maxFileSize, ...jsOptions } = languageOptions;
    if (maxFileSize !== undefined && (typeof maxFileSize !== 'number' || !(maxFileSize > 0))) {
      throw new TypeError('languageOptions.maxFileSize must be a positive number of characters.');
    }
    eslintJsLanguage.validateLanguageOptions(jsOptions);
  },

  normalizeLanguageOptions(languageOptions) {
    return (eslintJsLanguage.normalizeLanguageOptions?.(languageOptions) ?? languageOptions) as AutoLanguageOptions;
  },

  matchesSelectorClass(className, node, ancestry) {
    return eslintJsLanguage.matchesSelectorClass?.(className, node, ancestry) ?? false;
  },

  parse(file: File, context): ParseResult {
    const kind = fileLanguageOf(file.path);
    if (kind === 'js') {
      if (isMinifiedBundle(file)) {
        // Parsed as an empty program (its text kept for locations): no rule looks into it, and a bundle that the
        // parser cannot read is no parse error of the app's.
        const empty = eslintJsLanguage.parse({ ...file, body: '' }, context);
        if (empty.ok) (empty.ast as { [MINIFIED_BUNDLE]?: true })[MINIFIED_BUNDLE] = true;
        return { ...empty, consentryLanguage: kind };
      }
      return { ...eslintJsLanguage.parse(file, context), consentryLanguage: kind };
    }
    if (kind === 'json' || kind === 'jsonc' || kind === 'json5') {
      const result = JSON_LANGUAGES[kind].parse(file, { languageOptions: kind === 'jsonc' ? { allowTrailingCommas: true } : {} });
      if (result.ok) {
        shiftColumns(result.ast as Located);
        return { ...result, consentryLanguage: kind };
      }
      // A file of the same name that is none of the configs the apps are read from (a Sencha Touch app.json, with
      // JavaScript comments and regex escapes) is not ours to judge: as JSON5 if it reads so, else as an empty
      // document, never a parse error that fails the check. The apps' own configs keep theirs.
      if (getProjectModel().configKindOf(file.path) === undefined) {
        const lenient = kind === 'json5' ? undefined : JSON_LANGUAGES.json5.parse(file, { languageOptions: {} });
        if (lenient?.ok) {
          shiftColumns(lenient.ast as Located);
          return { ...lenient, consentryLanguage: 'json5' };
        }
        const empty = JSON_LANGUAGES.json.parse({ ...file, body: 'null' }, { languageOptions: {} });
        if (empty.ok) return { ...empty, consentryLanguage: 'json' };
      }
      return { ...result, consentryLanguage: kind };
    }
    return { ...CONFIG_LANGUAGES[kind].parse(file, configLanguageContext(context)), consentryLanguage: kind };
  },

  createSourceCode(file: File, parsed: OkParseResult, context): SourceCode {
    const kind = parsed.consentryLanguage as FileLanguage;
    if (kind === 'js') return eslintJsLanguage.createSourceCode(file, parsed, context) as SourceCode;
    if (kind === 'json' || kind === 'jsonc' || kind === 'json5') {
      const sourceCode = JSON_LANGUAGES[kind].createSourceCode(file, parsed, { languageOptions: {} }) as SourceCode;
      // The traverser's selector matching needs momoa's keys, not the JavaScript ones of this language.
      Object.defineProperty(sourceCode, 'visitorKeys', { value: MOMOA_VISITOR_KEYS });
      return sourceCode;
    }
    return CONFIG_LANGUAGES[kind].createSourceCode(file, parsed, configLanguageContext(context)) as SourceCode;
  },
};
