import { rules } from './rules/index.js';
import { languages } from './languages/index.js';
import { createRecommendedConfig, type RecommendedConfig } from './configs/recommended.js';
import type { ESLint, Linter } from 'eslint';

const PLUGIN_NAME = 'eslint-plugin-consentry';
const PLUGIN_VERSION = '0.1.0';

interface ConsentryPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  languages: typeof languages;
  configs: { recommended: RecommendedConfig };
}

const plugin: ConsentryPlugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: 'consentry' },
  rules,
  languages,
  configs: { recommended: undefined as unknown as RecommendedConfig },
};

// The config references the plugin object itself, so it is filled in after the plugin exists.
plugin.configs.recommended = createRecommendedConfig(plugin as unknown as ESLint.Plugin);

export default plugin;
export { rules, languages };
// The language server's call-site index (hover on a purpose key) matches calls with the same matcher as the rules.
export { createApiMatcher, type ApiCallMatch, type ApiMatcher } from './util/api-matcher.js';
export { localizedMessages, messageCatalog, normaliseLocale, type MessageLocale } from './locales/index.js';
