// The one settings object shared by ESLint (`settings.consentry`), the CLI and the language server.
import type { Platform } from './types.js';

export interface ConsentSettings {
  /** Names or member paths of functions/state that mean "the user agreed": 'hasPrivacyConsent', 'store.privacy.agreed'. */
  predicates?: string[];
  /** Names or member paths of callbacks that run only after agreement: 'onAgree', 'privacyDialog.onAccept'. */
  callbacks?: string[];
  /** Functions that return a promise resolving only when the user agrees: 'showPrivacyDialog'. */
  dialogs?: string[];
  /** Default name heuristic (hasConsent, isPrivacyAgreed, privacyAccepted, agreePrivacy, ...). Default true. */
  heuristics?: boolean;
}

export interface ConsentrySettings {
  consent?: ConsentSettings;
  /** Locales every purpose string must exist in, e.g. ['en', 'zh-Hans']. */
  locales?: string[];
  /** Restrict the platforms checked (default: every platform the app targets). */
  platforms?: Platform[];
}

export function readConsentrySettings(settings: Record<string, unknown> | undefined): ConsentrySettings {
  const raw = settings?.consentry;
  return raw && typeof raw === 'object' ? (raw as ConsentrySettings) : {};
}
