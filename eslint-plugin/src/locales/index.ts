// Diagnostic message locales. ESLint renders meta.messages[messageId] with the report's `data`, so a localized run
// uses the same rules with two changes, made here and not in the rules: meta.messages are the locale's templates
// (same placeholders; zh-CN.ts), and the English prose some rules put into `data` is translated as it is reported
// (zh-CN-data.ts). Rule ids, messageIds, locations, fixes, suggestions and docs stay exactly as in English.
import type { ESLint } from 'eslint';
import { createRecommendedConfig, type RecommendedConfig } from '../configs/recommended.js';
import { zhCNMessages } from './zh-CN.js';
import { zhCNData, type DataTranslator } from './zh-CN-data.js';
import { contextWithReport } from '../util/context-with-report.js';

export type MessageLocale = 'en' | 'zh-CN';
export type { DataTranslator } from './zh-CN-data.js';

type TranslatedLocale = Exclude<MessageLocale, 'en'>;
type MessageCatalog = Readonly<Record<string, Readonly<Record<string, string>>>>;
type DataCatalog = Readonly<Record<string, Readonly<Record<string, DataTranslator>>>>;

const messageCatalogs: Record<TranslatedLocale, MessageCatalog> = { 'zh-CN': zhCNMessages };
const dataCatalogs: Record<TranslatedLocale, DataCatalog> = { 'zh-CN': zhCNData };

/** VS Code display languages 'zh-cn', 'zh-Hans', 'zh_CN', 'zh-sg' … → 'zh-CN'; anything else → 'en'. */
export function normaliseLocale(locale: string | undefined): MessageLocale {
  return locale && /^zh(?:[-_](?:cn|hans(?:[-_]\w+)?|sg))?$/i.test(locale) ? 'zh-CN' : 'en';
}

/** The message templates of a rule in a locale (English ones where the locale has none). */
export function localizedMessages(
  ruleId: string,
  english: Readonly<Record<string, string>>,
  locale: MessageLocale,
): Record<string, string> {
  if (locale === 'en') return { ...english };
  return { ...english, ...(messageCatalogs[locale][ruleId] ?? {}) };
}

/** The message catalog of a locale (tests check it covers every messageId with the same placeholders). */
export function messageCatalog(locale: TranslatedLocale): MessageCatalog {
  return messageCatalogs[locale];
}

/** The `data` translators of a locale, per rule and data key. */
export function dataCatalog(locale: TranslatedLocale): DataCatalog {
  return dataCatalogs[locale];
}

/** A report's `data` with the rule's prose values in the locale; identifiers and unknown values are kept. */
export function localizeReportData<D extends Readonly<Record<string, unknown>> | undefined>(ruleId: string, data: D, locale: MessageLocale): D {
  if (locale === 'en' || !data) return data;
  const translators = dataCatalogs[locale][ruleId];
  if (!translators) return data;
  let localized: Record<string, unknown> | undefined;
  for (const [key, translate] of Object.entries(translators)) {
    const value = data[key];
    if (typeof value !== 'string') continue;
    let translated = value;
    try {
      translated = translate(value);
    } catch {
      // A translator must never cost a finding: keep the English value.
    }
    if (translated !== value) (localized ??= { ...data })[key] = translated;
  }
  return (localized ?? data) as D;
}

/** The minimal shape of a rule this module needs (ESLint's and typescript-eslint's rule objects both fit). */
export interface LocalizableRule {
  meta?: { messages?: Readonly<Record<string, string>> };
  // `any`: ESLint and typescript-eslint type the context differently, and both must fit.
  create: (context: any) => unknown;
}

interface ReportDescriptorLike {
  data?: Readonly<Record<string, unknown>>;
  suggest?: ReadonlyArray<{ data?: Readonly<Record<string, unknown>> }> | null;
}

const localizedRuleCache = new WeakMap<object, Map<MessageLocale, LocalizableRule>>();

/**
 * The rule with its messages in `locale`: meta.messages from the locale's catalog (English for any id it lacks),
 * and report / suggestion data translated as the rule reports. Everything else (docs, schema, fixes) is the rule's
 * own. 'en' returns the rule itself; the same rule and locale give the same object.
 */
export function localizeRule<R extends LocalizableRule>(ruleId: string, rule: R, locale: MessageLocale): R {
  const messages = rule.meta?.messages;
  if (locale === 'en' || !messages) return rule;
  let byLocale = localizedRuleCache.get(rule);
  if (!byLocale) localizedRuleCache.set(rule, (byLocale = new Map()));
  const cached = byLocale.get(locale);
  if (cached) return cached as R;
  const localized: R = {
    ...rule,
    meta: { ...rule.meta, messages: localizedMessages(ruleId, messages, locale) },
    create(context: { report(descriptor: ReportDescriptorLike): void }) {
      const report = (descriptor: ReportDescriptorLike): void => {
        const suggest = descriptor.suggest?.map((s) => (s.data ? { ...s, data: localizeReportData(ruleId, s.data, locale) } : s));
        context.report({
          ...descriptor,
          ...(descriptor.data ? { data: localizeReportData(ruleId, descriptor.data, locale) } : {}),
          ...(suggest ? { suggest } : {}),
        });
      };
      return rule.create(contextWithReport(context, report));
    },
  };
  byLocale.set(locale, localized);
  return localized;
}

/** Every rule of a rule map (id → rule, ids without the plugin prefix) localized with localizeRule. */
export function localizeRules<Rules extends Readonly<Record<string, LocalizableRule>>>(rules: Rules, locale: MessageLocale): Rules {
  if (locale === 'en') return rules;
  const localized: Record<string, LocalizableRule> = {};
  for (const [id, rule] of Object.entries(rules)) localized[id] = localizeRule(id, rule, locale);
  return localized as Rules;
}

/** What localizePlugin needs from the Consentry plugin object. */
export interface LocalizablePlugin {
  meta: object;
  rules: Readonly<Record<string, LocalizableRule>>;
  languages: object;
  configs: { recommended: RecommendedConfig };
}

const localizedPluginCache = new WeakMap<object, Map<MessageLocale, LocalizablePlugin>>();

/**
 * A copy of the plugin whose rules speak `locale`, with its own `configs.recommended` (same files, languages and
 * severities) that registers the localized plugin as `consentry`. Cached, so a config can use it in several blocks;
 * it replaces the English plugin (ESLint refuses two different objects under one plugin name in one config).
 */
export function localizePlugin<P extends LocalizablePlugin>(plugin: P, locale: MessageLocale): P {
  if (locale === 'en') return plugin;
  let byLocale = localizedPluginCache.get(plugin);
  if (!byLocale) localizedPluginCache.set(plugin, (byLocale = new Map()));
  const cached = byLocale.get(locale);
  if (cached) return cached as P;
  const localized = { ...plugin, rules: localizeRules(plugin.rules, locale), configs: {} as { recommended: RecommendedConfig } };
  localized.configs = { recommended: createRecommendedConfig(localized as unknown as ESLint.Plugin) };
  byLocale.set(locale, localized);
  return localized;
}
