import { rules } from './rules/index.js';
import { languages } from './languages/index.js';
import { createRecommendedConfig } from './configs/recommended.js';
import type { ESLint, Linter } from 'eslint';

const PLUGIN_NAME = 'eslint-plugin-consentry';
const PLUGIN_VERSION = '0.1.0';

interface ConsentryPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  languages: typeof languages;
  configs: { recommended: Linter.Config[] };
}

const plugin: ConsentryPlugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: 'consentry' },
  rules,
  languages,
  configs: { recommended: [] },
};

// The config references the plugin object itself, so it is filled in after the plugin exists.
plugin.configs.recommended = createRecommendedConfig(plugin as unknown as ESLint.Plugin);

export default plugin;
export { rules, languages };
