import type { ESLint, Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import vueParser from 'vue-eslint-parser';
import { recommendedRuleSeverities } from './recommended-rules.js';

export const SOURCE_FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];
export const VUE_FILES = ['**/*.vue'];

export function createRecommendedConfig(plugin: ESLint.Plugin): Linter.Config[] {
  const allRules: Linter.RulesRecord = {};
  const configRules: Linter.RulesRecord = {};
  for (const [id, { severity, fileKind }] of Object.entries(recommendedRuleSeverities)) {
    allRules[`consentry/${id}`] = severity;
    if (fileKind === 'config') configRules[`consentry/${id}`] = severity;
  }
  return [
    {
      name: 'consentry/recommended/source',
      files: SOURCE_FILES,
      plugins: { consentry: plugin },
      languageOptions: {
        parser: tsParser as Linter.Parser,
        sourceType: 'module',
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
      rules: allRules,
    },
    {
      name: 'consentry/recommended/vue',
      files: VUE_FILES,
      plugins: { consentry: plugin },
      languageOptions: {
        parser: vueParser as Linter.Parser,
        sourceType: 'module',
        parserOptions: { parser: tsParser, ecmaFeatures: { jsx: true } },
      },
      rules: allRules,
    },
  ];
}
