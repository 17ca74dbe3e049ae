import { rules } from './rules/index.js';
import { languages } from './languages/index.js';
import { createRecommendedConfig, type RecommendedConfig } from './configs/recommended.js';
import { localizePlugin, normaliseLocale } from './locales/index.js';
import type { ESLint, Linter } from 'eslint';

const PLUGIN_NAME = 'eslint-plugin-consentry';
const PLUGIN_VERSION = '0.1.0';

interface ConsentryPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  languages: typeof languages;
  /** 'recommended-zh-CN': the recommended config with diagnostic messages in 简体中文 (see locales/). */
  configs: { recommended: RecommendedConfig; 'recommended-zh-CN': RecommendedConfig };
}

const plugin: ConsentryPlugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: 'consentry' },
  rules,
  languages,
  configs: { recommended: undefined as unknown as RecommendedConfig, 'recommended-zh-CN': undefined as unknown as RecommendedConfig },
};

// The config references the plugin object itself, so it is filled in after the plugin exists.
plugin.configs.recommended = createRecommendedConfig(plugin as unknown as ESLint.Plugin);
plugin.configs['recommended-zh-CN'] = localizePlugin(plugin, 'zh-CN').configs.recommended;

/** The plugin with diagnostic messages in a display language ('zh-cn', 'zh-Hans' → 简体中文; else English = the plugin itself). */
export function createLocalizedPlugin(locale: string | undefined): ConsentryPlugin {
  return localizePlugin(plugin, normaliseLocale(locale));
}

export default plugin;
export { rules, languages };
// The language server re-checks the files that import a changed helper (no-request-on-launch reads helpers' requests).
export { appModulesImportedBy, helperFindingsVersion } from './util/imported-requests.js';
// The language server's call-site index (hover on a purpose key) matches calls with the same matcher as the rules.
// Rule wrappers (the language server's data capture) copy the context instead of using it as a prototype (GC).
export { contextWithReport } from './util/context-with-report.js';
export { createApiMatcher, type ApiCallMatch, type ApiMatcher } from './util/api-matcher.js';
export {
  localizedMessages,
  localizeReportData,
  localizeRule,
  localizeRules,
  messageCatalog,
  normaliseLocale,
  type MessageLocale,
} from './locales/index.js';
