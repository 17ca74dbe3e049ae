// The recommended config: ONE flat-config object, so the documented set-up works as written:
//   import consentry from 'eslint-plugin-consentry';
//   export default [consentry.configs.recommended];
// (ESLint 10 rejects a nested array in a plain config array.) One object can lint every file kind because its
// language, consentry/auto, parses each file by name, and createRule keeps each rule to the languages it
// handles (JS rules never see a plist or JSON AST; config rules see config files; `docs.languages` adds more).
import type { ESLint, Linter } from 'eslint';
import sourceParser from '../parsers/source-parser.js';
import { recommendedRuleSeverities } from './recommended-rules.js';

export const SOURCE_FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];
export const VUE_FILES = ['**/*.vue'];
export const ETS_FILES = ['**/*.ets'];
/** Only the XML files the project model reads: not every .plist (GoogleService-Info.plist, entitlements …). */
export const XML_FILES = ['**/Info.plist', '**/*.xcprivacy', '**/AndroidManifest.xml'];
export const STRINGS_FILES = ['**/*.lproj/InfoPlist.strings'];
/** Parsed leniently (comments, trailing commas), as Expo, uni-app and HarmonyOS tools do. */
export const JSON_FILES = ['**/app.json'];
export const JSONC_FILES = ['**/manifest.json', '**/androidPrivacy.json', '**/resources/*/element/string.json'];
export const JSON5_FILES = ['**/module.json5', '**/app.json5'];
export const WXML_FILES = ['**/*.wxml'];

export const RECOMMENDED_FILES = [
  ...SOURCE_FILES,
  ...VUE_FILES,
  ...ETS_FILES,
  ...XML_FILES,
  ...STRINGS_FILES,
  ...JSON_FILES,
  ...JSONC_FILES,
  ...JSON5_FILES,
  ...WXML_FILES,
];

/** Dependencies, build outputs and minified bundles: never the app's own code or config. */
export const IGNORED_FILES = [
  '**/node_modules/**',
  '**/dist/**',
  '**/build/**',
  '**/unpackage/**',
  '**/miniprogram_npm/**',
  '**/oh_modules/**',
  '**/Pods/**',
  '**/.expo/**',
  '**/.hvigor/**',
  // Minified bundles (a vendored echarts.min.js): nothing the app's developer writes; `consentry check` skips them too.
  '**/*.min.js',
  '**/*.min.cjs',
  '**/*.min.mjs',
  // TypeScript declaration files hold types only, no code that runs (a Vue CLI shims-tsx.d.ts).
  '**/*.d.ts',
  '**/*.d.mts',
  '**/*.d.cts',
  // Flow's library definitions (flow-typed/npm/lodash_v4.x.x.js): the Flow counterpart of .d.ts, types only.
  '**/flow-typed/**',
  // Editor state (React Native Tools writes its debugger worker to .vscode/.react/debuggerWorker.js).
  '**/.vscode/**',
  '**/.idea/**',
  // macOS archive debris: resource forks (._index.js) are binary, not the file they shadow.
  '**/__MACOSX/**',
  '**/._*',
];

/**
 * A config object that can also be spread (`[...consentry.configs.recommended, mine]` gives the object itself),
 * for code written against an array-shaped config.
 */
export type RecommendedConfig = Linter.Config & Iterable<Linter.Config>;

export function createRecommendedConfig(
  plugin: ESLint.Plugin,
  severities: typeof recommendedRuleSeverities = recommendedRuleSeverities,
): RecommendedConfig {
  const rules: Linter.RulesRecord = {};
  for (const [id, { severity }] of Object.entries(severities)) rules[`consentry/${id}`] = severity;
  const config: Linter.Config = {
    name: 'consentry/recommended',
    files: RECOMMENDED_FILES,
    ignores: IGNORED_FILES,
    plugins: { consentry: plugin },
    language: 'consentry/auto',
    languageOptions: {
      parser: sourceParser as unknown as Linter.Parser,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules,
  };
  Object.defineProperty(config, Symbol.iterator, {
    enumerable: false,
    value: function* iterateRecommended(this: Linter.Config) {
      yield this;
    },
  });
  return config as RecommendedConfig;
}
