// Diagnostic message locales. ESLint renders meta.messages[messageId] with the rule's data, so a localized run uses
// the same rules with the locale's templates as meta.messages (same placeholders; see zh-CN.ts).
import { zhCN } from './zh-CN.js';

export type MessageLocale = 'en' | 'zh-CN';

const catalogs: Record<Exclude<MessageLocale, 'en'>, Record<string, Record<string, string>>> = { 'zh-CN': zhCN };

/** 'zh-cn', 'zh-Hans', 'zh_CN' … → 'zh-CN'; anything else → 'en'. */
export function normaliseLocale(locale: string | undefined): MessageLocale {
  return locale && /^zh(?:[-_](?:cn|hans|sg))?$/i.test(locale) ? 'zh-CN' : 'en';
}

/** The message templates of a rule in a locale (English ones where the locale has none). */
export function localizedMessages(
  ruleId: string,
  english: Readonly<Record<string, string>>,
  locale: MessageLocale,
): Record<string, string> {
  if (locale === 'en') return { ...english };
  return { ...english, ...(catalogs[locale][ruleId] ?? {}) };
}

/** The catalog of a locale (tests check it covers every messageId with the same placeholders). */
export function messageCatalog(locale: Exclude<MessageLocale, 'en'>): Readonly<Record<string, Record<string, string>>> {
  return catalogs[locale];
}
