// Client settings (`consentry.*`) → lint engine options, per workspace folder. Trust decides whether anything from
// the workspace may be executed: in an untrusted workspace the project's eslint.config.* is never loaded.
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { ConsentrySettings, Platform } from 'eslint-plugin-consentry/core';
import type { EngineOptions } from './lint/engine.js';
import { DEFAULT_CLIENT_SETTINGS, type ConsentryClientSettings } from './protocol.js';

const ESLINT_CONFIG_NAMES = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;

/** Fill in defaults and drop ill-typed values (settings come from user JSON). */
export function normaliseClientSettings(raw: unknown): ConsentryClientSettings {
  const d = DEFAULT_CLIENT_SETTINGS;
  if (!isRecord(raw)) return structuredClone(d);
  const consent = isRecord(raw.consent) ? raw.consent : {};
  const rules: ConsentryClientSettings['rules'] = {};
  if (isRecord(raw.rules)) {
    for (const [id, value] of Object.entries(raw.rules)) {
      if (value === 'off' || value === 'warn' || value === 'error' || value === 'default') rules[id] = value;
    }
  }
  return {
    enable: typeof raw.enable === 'boolean' ? raw.enable : d.enable,
    rules,
    consent: {
      predicates: stringList(consent.predicates) ?? [],
      callbacks: stringList(consent.callbacks) ?? [],
      dialogs: stringList(consent.dialogs) ?? [],
      heuristics: typeof consent.heuristics === 'boolean' ? consent.heuristics : d.consent.heuristics,
    },
    locales: stringList(raw.locales) ?? [],
    platforms: (stringList(raw.platforms) ?? []).filter((p): p is ConsentryClientSettings['platforms'][number] =>
      ['ios', 'android', 'wechat', 'harmony', 'web'].includes(p),
    ),
    useProjectConfig: typeof raw.useProjectConfig === 'boolean' || typeof raw.useProjectConfig === 'string' ? raw.useProjectConfig : false,
    run: raw.run === 'onSave' ? 'onSave' : 'onType',
  };
}

/** The shared `settings.consentry` object, with only what the user set (so a project config's own values survive). */
export function toConsentrySettings(settings: ConsentryClientSettings): ConsentrySettings {
  const result: ConsentrySettings = {};
  const { predicates, callbacks, dialogs, heuristics } = settings.consent;
  if (predicates.length || callbacks.length || dialogs.length || heuristics === false) {
    result.consent = {
      ...(predicates.length ? { predicates } : {}),
      ...(callbacks.length ? { callbacks } : {}),
      ...(dialogs.length ? { dialogs } : {}),
      heuristics,
    };
  }
  if (settings.locales.length) result.locales = settings.locales;
  if (settings.platforms.length) result.platforms = settings.platforms as Platform[];
  return result;
}

export interface ResolvedEngineOptions {
  options: EngineOptions;
  /** Why the project config is not used although it was asked for (shown to the user). */
  notice?: string;
}

/** Engine options for a workspace folder. */
export function resolveEngineOptions(settings: ConsentryClientSettings, folder: string | undefined, trusted: boolean): ResolvedEngineOptions {
  const options: EngineOptions = { settings: toConsentrySettings(settings), ruleSeverities: settings.rules };
  if (settings.useProjectConfig === false) return { options };
  if (!trusted) {
    return { options, notice: 'The workspace is not trusted: the project eslint.config is not loaded; the built-in recommended config is used.' };
  }
  let configFile: string | undefined;
  if (typeof settings.useProjectConfig === 'string') {
    const candidate = isAbsolute(settings.useProjectConfig) ? settings.useProjectConfig : resolve(folder ?? process.cwd(), settings.useProjectConfig);
    if (existsSync(candidate)) configFile = candidate;
  } else if (folder) {
    configFile = ESLINT_CONFIG_NAMES.map((name) => join(folder, name)).find((file) => existsSync(file));
  }
  if (!configFile) return { options, notice: 'No eslint.config.* found: the built-in recommended config is used.' };
  return { options: { ...options, configFile } };
}
