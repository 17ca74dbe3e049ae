import { ESLintUtils } from '@typescript-eslint/utils';
import { isOutsideUniBuild } from '../core/build-scope.js';
import { basename } from 'node:path';
import { isDcloudPermissionHelper, isVendoredSdkFile } from '../core/knowledge/registry.js';
import { isEditorCopyName } from '../core/project/paths.js';
import { rootLanguageOf, type RootLanguage } from '../languages/root-language.js';

export const DOCS_BASE_URL = 'https://github.com/consentry/consentry/blob/main/rules-docs/';

/** Regulations a rule maps to; shown in diagnostics, hovers and docs. */
export interface ConsentryDocs {
  description: string;
  /** Severity in the recommended config. */
  recommended: 'error' | 'warn';
  /** Short citations, e.g. ['MIIT 337号 #1', 'PIPL Art. 13', 'Apple 5.1.1(ii)']. */
  regulations: string[];
  /** Which files the rule runs on: source code, config files, or both. */
  fileKind: 'source' | 'config';
  /**
   * Non-JS file languages this rule also runs on. A rule runs on JS/TS/Vue/.ets sources always, on config files
   * (xml, strings, json) when fileKind is 'config', and on any language listed here, e.g. ['wxml'] for a rule
   * that checks WeChat templates. Elsewhere its create() returns no listeners (see createRule).
   */
  languages?: ConsentryLanguageName[];
  requiresTypeChecking?: false;
}

/** The plugin's non-JS languages: consentry/xml, consentry/strings, JSON/JSONC/JSON5 ('json'), consentry/wxml. */
export type ConsentryLanguageName = 'xml' | 'strings' | 'json' | 'wxml';

const CONFIG_FILE_LANGUAGES: readonly string[] = ['xml', 'strings', 'json'];

/** Whether a rule with these docs runs on a file whose root node says it is in `language`. */
export function ruleRunsOnLanguage(docs: Pick<ConsentryDocs, 'fileKind' | 'languages'>, language: RootLanguage): boolean {
  if (language === 'js') return true;
  if (language === 'other') return false;
  return (docs.fileKind === 'config' && CONFIG_FILE_LANGUAGES.includes(language)) || (docs.languages?.includes(language) ?? false);
}

export function ruleDocsUrl(ruleName: string): string {
  return `${DOCS_BASE_URL}${ruleName}.md`;
}

const createDocumentedRule = ESLintUtils.RuleCreator<ConsentryDocs>(ruleDocsUrl);

/**
 * Every rule goes through this creator: it derives the docs URL from the rule id, and it keeps the rule out of
 * files in languages it was not written for (a JS rule never sees a plist or JSON AST), so one config object
 * can lint every file kind.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  spec: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, ConsentryDocs>>,
) {
  const rule = createDocumentedRule<Options, MessageIds>(spec);
  const optionsFor = optionsResolver<Options>((spec.meta.defaultOptions ?? spec.defaultOptions ?? []) as unknown as Options);
  // RuleCreator merges the defaults into a fresh structuredClone for every rule on every file; the merged options
  // depend only on the configured ones, so they are computed once per distinct configuration (and frozen: shared).
  rule.create = (context) => {
    if (!ruleRunsOnLanguage(spec.meta.docs, rootLanguageOf(context.sourceCode.ast))) return {};
    if (notTheAppsCode(context)) return {};
    return spec.create(context, optionsFor(context.options));
  };
  return rule;
}

/** Per file (its AST), whether it is none of the app's own code: asked once, not once per rule. */
const notTheAppsCodeOf = new WeakMap<object, boolean>();
function notTheAppsCode(context: Readonly<{ sourceCode: { ast: object; text: string }; physicalFilename?: string; filename: string }>): boolean {
  let answer = notTheAppsCodeOf.get(context.sourceCode.ast);
  if (answer === undefined) {
    const file = context.physicalFilename ?? context.filename;
    answer =
      // Code the build never includes (a uni_modules component nothing uses).
      isOutsideUniBuild(file) ||
      // A vendor's SDK copied in (libs/qqmap-wx-jssdk.js): judged at the app's calls into it, not inside it.
      isVendoredSdkFile(file) ||
      isDcloudPermissionHelper(file, context.sourceCode.text) ||
      // An editor's copy left beside its original (`Dashboard copy 3.tsx`): nothing imports it, no build ships it.
      isEditorCopyName(basename(file));
    notTheAppsCodeOf.set(context.sourceCode.ast, answer);
  }
  return answer;
}

function optionsResolver<Options extends readonly unknown[]>(defaults: Readonly<Options>): (configured: readonly unknown[]) => Options {
  const byConfiguration = new Map<string, Options>();
  return (configured) => {
    const key = configured.length === 0 ? '' : JSON.stringify(configured);
    let options = byConfiguration.get(key);
    if (!options) {
      if (byConfiguration.size >= 32) byConfiguration.clear();
      options = deepFreeze(ESLintUtils.applyDefault(defaults, configured as Options));
      byConfiguration.set(key, options);
    }
    return options;
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
