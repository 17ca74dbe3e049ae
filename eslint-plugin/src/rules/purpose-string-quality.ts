// A purpose string that is empty, a framework default, a placeholder or says nothing about the purpose is as
// bad as none for App Review (Apple 5.1.1(ii): say clearly and completely why, with an example) and for MIIT
// (认定方法 二.3: purpose unclear or hard to understand). This rule runs on the config files the project model
// reads and judges each purpose text with the heuristics in core/purpose-text.ts.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { createRule } from '../util/create-rule.js';
import { appCodeDirs, getProjectModel, isIosPurposeKey } from '../core/project/index.js';
import { getUsageIndex, type PermissionUsage } from '../core/usage-index.js';
import { dependencyOlderThan } from '../core/dependency-evidence.js';
import type { AppModel, ExpoPluginUse, ParsedConfigFile } from '../core/project/api.js';
import { readConsentrySettings } from '../core/settings.js';
import { IOS_PURPOSE_KEYS, PERMISSIONS_BY_IOS_KEY } from '../core/knowledge/requirements.js';
import { HARMONY_USER_GRANT_PERMISSIONS, WECHAT_SCOPES } from '../core/knowledge/native-ids.js';
import { EXPO_AUTO_APPLIED_PLUGINS, EXPO_PLUGIN_OPTIONS, type ExpoPluginOption } from '../core/knowledge/dependencies.js';
import type { Declaration, Platform, SourceRange } from '../core/types.js';
import {
  PLATFORM_MAX_LENGTH,
  assessPurposeText,
  detectTextLocale,
  isPlaceholderText,
  isBaseLocale,
  localesMatch,
  type PurposeTextProblem,
} from '../core/purpose-text.js';

type MessageIds = 'empty' | 'placeholder' | 'noPurpose' | 'tooShort' | 'tooLong' | 'missingLocale' | 'unreadableLocale' | 'pluginDefault' | 'unlistedPluginDefault';

export interface Options {
  /** Minimum weighted length of a purpose (a CJK character counts as two). Default 12. */
  minLength?: number;
  /** Maximum length in characters per platform. Defaults: wechat 30 (hard limit), harmony 36 (guideline, Chinese text). */
  maxLength?: { wechat?: number; harmony?: number; ios?: number };
  /** Extra placeholder patterns (regular expressions, case-insensitive), e.g. team boilerplate. */
  placeholders?: string[];
  /**
   * Locales every purpose string needs; default settings.consentry.locales. Locales the project itself localises
   * its purpose strings into are added: Expo `locales`, `<locale>.lproj/InfoPlist.strings` files that translate at
   * least one purpose string, and HarmonyOS language folders that translate at least one of the module's reasons.
   */
  locales?: string[];
}

/** Declaration sources whose value is a purpose text (Android, requiredPrivateInfos and requiredBackgroundModes have none). */
const PURPOSE_SOURCES = new Set<Declaration['source']>([
  'info-plist',
  'infoplist-strings',
  'expo-ios-infoplist',
  'expo-plugin',
  'uniapp-ios-privacy-description',
  'wechat-permission',
  'uniapp-mp-weixin-permission',
  'taro-permission',
  'harmony-request-permissions',
  'expo-locale',
]);

/**
 * Legacy purpose keys only iOS versions below 13 read (NSLocationAlwaysUsageDescription, NSBluetoothPeripheral…):
 * today's React Native and Expo need iOS 15 or later, so these prompts are never shown.
 */
const NEVER_SHOWN_KEYS: ReadonlySet<string> = new Set([
  ...Object.values(IOS_PURPOSE_KEYS).flatMap((rule) => (rule.legacy && Number(rule.legacy.beforeOs) <= 13 ? rule.legacy.keys : [])),
  // Read by iOS 6 to 8 only (Apple's Information Property List reference): older than every legacy key above.
  'NSLocationUsageDescription',
]);

/** Info.plist CFBundleDevelopmentRegion, when written as a language (not `$(DEVELOPMENT_LANGUAGE)`). */
const DEVELOPMENT_REGION = /<key>\s*CFBundleDevelopmentRegion\s*<\/key>\s*<string>\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)\s*<\/string>/;

/** Expo sources of a base (untranslated) iOS purpose string. */
const EXPO_BASE_SOURCES = new Set<Declaration['source']>(['expo-ios-infoplist', 'expo-plugin']);

/** Keys whose value is a purpose text: NS…UsageDescription (not NSBonjourServices, UIBackgroundModes …). */
function isPurposeDeclaration(declaration: Declaration): boolean {
  if (!PURPOSE_SOURCES.has(declaration.source) || typeof declaration.rawValue !== 'string' || !declaration.valueRange) return false;
  // HarmonyOS shows a reason only in the dialog of a user_grant permission; a system_grant one (VIBRATE, INTERNET)
  // is granted at install and its reason is never read by anyone.
  if (declaration.source === 'harmony-request-permissions') return declaration.key in HARMONY_USER_GRANT_PERMISSIONS;
  // WeChat reads `permission[scope].desc` for the location scopes only; under another scope (scope.writePhotosAlbum)
  // it is ignored and shown to no one (lilishop-uniapp).
  if (declaration.platform === 'wechat' && declaration.key.startsWith('scope.')) return WECHAT_SCOPES[declaration.key]?.acceptsPermissionDesc ?? false;
  return declaration.platform !== 'ios' || isIosPurposeKey(declaration.key);
}

const REFERENCE = /^\$string:([\w.]+)$/;
const HAN = /[\u4e00-\u9fff]/u;

/** A purpose text to judge and where to report it. */
interface PurposeText {
  key: string;
  text: string;
  platform: Platform;
  range: SourceRange | undefined;
  node?: unknown;
  /** Tells apart texts reported at one range (the keys of one Expo locale file, reported on its `locales` entry). */
  distinct?: string;
}

const NOTHING_SKIPPED: ReadonlySet<PurposeTextProblem['kind']> = new Set();
/** Problems that make a locale text count as no translation (reported as missingLocale on the base key instead). */
const NOT_A_TRANSLATION: ReadonlySet<PurposeTextProblem['kind']> = new Set(['empty', 'placeholder']);

/** A file as the messages name it: relative to the app, with '/' on every platform. */
function appPath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

// --- @eslint/json (momoa) AST, for HarmonyOS string.json -------------------------------------------------
interface JsonNode {
  type: string;
  value?: unknown;
  name?: JsonNode;
  members?: JsonNode[];
  elements?: Array<{ value: JsonNode }>;
  body?: JsonNode;
}

function member(object: JsonNode | undefined, name: string): JsonNode | undefined {
  return object?.type === 'Object' ? object.members?.find((m) => m.name?.value === name || (m.name as { name?: string })?.name === name) : undefined;
}

/** `{ "string": [ { "name": …, "value": … } ] }` entries with their value nodes. */
function stringResources(document: JsonNode): Array<{ name: string; value: string; node: JsonNode }> {
  const list = (member(document.body, 'string') as { value?: JsonNode } | undefined)?.value;
  if (list?.type !== 'Array') return [];
  const entries: Array<{ name: string; value: string; node: JsonNode }> = [];
  for (const { value: entry } of list.elements ?? []) {
    const name = (member(entry, 'name') as { value?: JsonNode } | undefined)?.value;
    const value = (member(entry, 'value') as { value?: JsonNode } | undefined)?.value;
    if (name?.type === 'String' && value?.type === 'String') entries.push({ name: String(name.value), value: String(value.value), node: value });
  }
  return entries;
}

/** `<module>/src/main/resources/<qualifier>/element/string.json` → `<module>/src/main` (where module.json5 is). */
function harmonyModuleDirOf(file: string): string | undefined {
  const parts = file.split(/[\\/]/);
  const n = parts.length;
  if (n < 5 || parts[n - 1] !== 'string.json' || parts[n - 2] !== 'element' || parts[n - 4] !== 'resources') return undefined;
  return parts.slice(0, n - 4).join(sep);
}

/** HarmonyOS resource qualifier directory for a locale: zh-Hans → zh_CN, zh-Hant → zh_TW, en-GB → en_GB. */
function harmonyLocaleDir(locale: string): string {
  if (/^zh(?:[-_]hans)?$/i.test(locale)) return 'zh_CN';
  if (/^zh[-_]hant$/i.test(locale)) return 'zh_TW';
  return locale.replace(/-/g, '_');
}

/**
 * Keys no prompt of a supported iOS shows: NSLocationAlwaysUsageDescription is read by iOS 10 and earlier only (iOS 11
 * asks with NSLocationAlwaysAndWhenInUseUsageDescription), below the minimum of every Expo SDK in use. A default a
 * plugin writes there reaches no one.
 */
const KEYS_NO_PROMPT_SHOWS: ReadonlySet<string> = new Set(['NSLocationAlwaysUsageDescription']);

/**
 * The iOS keys the listed plugins write from an option they are given (expo-image-picker's cameraPermission writes
 * NSCameraUsageDescription). Expo's permission helper sets `option || existing || default`, so a given option wins
 * over another plugin's default whichever runs first: that default never ships. An option written as an expression
 * counts; `false` and "" write nothing of their own.
 */
function keysWrittenByOptions(plugins: readonly ExpoPluginUse[]): string[] {
  const keys: string[] = [];
  for (const plugin of plugins) {
    for (const option of EXPO_PLUGIN_OPTIONS) {
      if (option.plugin !== plugin.name || !plugin.optionKeys?.includes(option.option)) continue;
      const value = plugin.options?.[option.option];
      if (value === false || value === '' || value === null) continue;
      if (option.requires && plugin.options?.[option.requires] !== true) continue;
      keys.push(...option.iosKeys);
    }
  }
  return keys;
}

/**
 * Purpose keys only macOS reads (Apple's Information Property List reference): an iOS app's Info.plist may carry
 * them from a template or a shared target (logseq), and no iPhone shows their text.
 */
const MACOS_ONLY_PURPOSE_KEYS: ReadonlySet<string> = new Set([
  'NSDesktopFolderUsageDescription',
  'NSDocumentsFolderUsageDescription',
  'NSDownloadsFolderUsageDescription',
  'NSRemovableVolumesUsageDescription',
  'NSNetworkVolumesUsageDescription',
  'NSFileProviderDomainUsageDescription',
  'NSFileProviderPresenceUsageDescription',
]);

export default createRule<[Options], MessageIds>({
  name: 'purpose-string-quality',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Enforce purpose strings that say why the app needs the permission, within platform limits and in every configured locale',
      recommended: 'warn',
      regulations: ['Apple 5.1.1(ii)', 'MIIT 认定方法 二.3', 'PIPL Art. 17', 'WeChat permission desc ≤ 30', 'HarmonyOS reason guideline'],
      fileKind: 'config',
    },
    schema: [
      {
        type: 'object',
        properties: {
          minLength: { type: 'integer', minimum: 1 },
          maxLength: {
            type: 'object',
            properties: {
              wechat: { type: 'integer', minimum: 1 },
              harmony: { type: 'integer', minimum: 1 },
              ios: { type: 'integer', minimum: 1 },
            },
            additionalProperties: false,
          },
          placeholders: { type: 'array', items: { type: 'string' }, uniqueItems: true },
          locales: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      empty: 'The purpose string for {{key}} is empty: say why the app needs it, with an example of use.',
      placeholder: 'The purpose string for {{key}} is a placeholder or framework default ("{{text}}"): say why the app needs it, with an example of use.',
      pluginDefault:
        '`{{plugin}}` writes its generic default purpose string for {{key}} because `{{option}}` is not set: set it to say why the app needs it, with an example of use.',
      unlistedPluginDefault:
        '`{{plugin}}` is installed, so `expo prebuild` applies its config plugin though `plugins` does not list it, and writes its generic default purpose string for {{key}}: list it as ["{{plugin}}", { "{{option}}": "…" }] with a text that says why the app needs it, with an example of use.',
      noPurpose: 'The purpose string for {{key}} ("{{text}}") does not say why the app needs it: name the feature that uses it and give an example.',
      tooShort: 'The purpose string for {{key}} ("{{text}}") is too short to state a purpose: name the feature that uses it and give an example.',
      tooLong: 'The purpose string for {{key}} is {{length}} characters; {{limit}} allows at most {{max}}.',
      missingLocale: '{{key}} has no {{locale}} purpose string: add one to {{where}}.',
      unreadableLocale: 'The {{locale}} purpose strings in {{file}} cannot be read ({{reason}}): Expo skips it with only a build warning, so {{locale}} users see the prompts in the base language.',
    },
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const filename = context.filename;
    const model = getProjectModel();
    const kind = model.configKindOf(filename);
    if (!kind) return {};
    const sourceCode = context.sourceCode as unknown as TSESLint.SourceCode;
    const locales = options.locales ?? readConsentrySettings(context.settings as Record<string, unknown>).locales ?? [];
    const maxLength: Partial<Record<Platform, number>> = { ...PLATFORM_MAX_LENGTH, ...options.maxLength };

    // One config value can stand for several keys (an Expo plugin option writes both location keys): report it once.
    const reported = new Set<string>();
    const reportAt = (target: { range?: SourceRange; node?: unknown; distinct?: string }, messageId: MessageIds, data: Record<string, string | number>) => {
      const at = target.range ? `${target.range.start.offset}:${target.range.end.offset}` : String((target.node as { range?: number[] })?.range);
      // One report per place and problem; a key missing in two locales is two problems.
      const id = `${at} ${messageId} ${data.locale ?? ''} ${target.distinct ?? ''}`;
      if (reported.has(id)) return;
      reported.add(id);
      if (target.node) {
        context.report({ node: target.node as TSESTree.Node, messageId, data });
      } else if (target.range) {
        const loc = { start: sourceCode.getLocFromIndex(target.range.start.offset), end: sourceCode.getLocFromIndex(target.range.end.offset) };
        context.report({ loc, messageId, data });
      }
    };

    const limitLabel: Partial<Record<Platform, string>> = { wechat: 'WeChat permission desc', harmony: 'the HarmonyOS reason guideline', ios: 'the configured iOS limit' };

    const judge = (purpose: PurposeText, skip: ReadonlySet<PurposeTextProblem['kind']> = NOTHING_SKIPPED) => {
      // The HarmonyOS guideline counts Chinese characters; a translation in a Latin script needs more of them.
      const limited = purpose.platform !== 'harmony' || HAN.test(purpose.text);
      const problems = assessPurposeText(purpose.text, {
        minLength: options.minLength,
        maxLength: limited ? maxLength[purpose.platform] : undefined,
        placeholders: options.placeholders,
      });
      for (const problem of problems) if (!skip.has(problem.kind)) reportProblem(purpose, problem);
    };
    const reportProblem = (purpose: PurposeText, problem: PurposeTextProblem) => {
      const data = { key: purpose.key, text: shorten(purpose.text) };
      if (problem.kind === 'tooLong') {
        reportAt(purpose, 'tooLong', { ...data, length: problem.length, max: problem.maxLength, limit: limitLabel[purpose.platform] ?? purpose.platform });
      } else {
        reportAt(purpose, problem.kind, data);
      }
    };

    const checkDeclarations = (declarations: readonly Declaration[]) => {
      // Expo's iOS texts that never ship: an app that commits its native iOS project builds that Info.plist (no
      // prebuild runs), and a config plugin's option replaces ios.infoPlist's text for its key (expo's plugins write
      // `option || existing || default`, VisionCamera's `option ?? existing`).
      const app = model.appForFile(filename);
      const shipsNativeIos = !!app?.ecosystems.has('expo') && app.configFiles.some((config) => config.kind === 'info-plist');
      const pluginKeys = new Set(declarations.filter((d) => d.source === 'expo-plugin' && (d.value ?? d.rawValue ?? '').trim() !== '').map((d) => d.key));
      for (const declaration of declarations) {
        if (declaration.file !== filename || !isPurposeDeclaration(declaration)) continue;
        const expoIos = declaration.source === 'expo-ios-infoplist' || declaration.source === 'expo-plugin';
        if (expoIos && shipsNativeIos) continue;
        if (declaration.source === 'expo-ios-infoplist' && pluginKeys.has(declaration.key)) continue;
        // Keys only macOS reads (folder, volume and File Provider domain access): iOS never shows their text.
        if (declaration.platform === 'ios' && MACOS_ONLY_PURPOSE_KEYS.has(declaration.key)) continue;
        const raw = declaration.rawValue as string;
        const reference = REFERENCE.exec(raw.trim());
        if (declaration.source === 'harmony-request-permissions' && reference) {
          // The text lives in string.json and is judged there; here only the reference itself can be a default.
          if (!isBaseLocale(declaration.locale)) continue;
          const problems = assessPurposeText(raw).filter((problem) => problem.kind === 'placeholder');
          for (const problem of problems) reportProblem({ key: declaration.key, text: raw, platform: 'harmony', range: declaration.valueRange }, problem);
          continue;
        }
        judge({ key: declaration.key, text: declaration.value ?? raw, platform: declaration.platform, range: declaration.valueRange });
      }
    };

    const checkLocales = (parsed: ParsedConfigFile) => {
      const declarations = parsed.declarations;
      const app = model.appForFile(filename);
      if (!app) return;
      // This file's `locales` as the linted text has them (it may differ from disk), then the app's other configs'.
      const thisFileLocales = parsed.expoLocales ?? [];
      const otherLocales = app.expoLocales.filter((entry) => entry.configFile !== filename && !thisFileLocales.some((own) => own.locale === entry.locale));
      const thisFileLocaleFiles = new Set(thisFileLocales.map((entry) => entry.file));
      const allDeclarations = [
        ...app.declarations.filter((d) => d.file !== filename && !(d.source === 'expo-locale' && thisFileLocaleFiles.has(d.file))),
        ...declarations,
        ...(parsed.localeDeclarations ?? []),
      ];
      // Expo `locales` entries in this file whose JSON could not be read: their strings are unknown.
      for (const entry of thisFileLocales) {
        if (!entry.problem || !entry.file) continue;
        const reason = entry.problem.endsWith('does not exist')
          ? 'the file does not exist'
          : / was not read: /.test(entry.problem)
            ? 'the file could not be read'
            : 'it is not valid JSON';
        reportAt({ range: entry.range }, 'unreadableLocale', { locale: entry.locale, file: appPath(app.root, entry.file), reason });
      }
      // The texts of the locale JSON files this config names. Those files are not linted themselves (their names are
      // free-form), so what is wrong with a text is reported here, on the `locales` entry that names its file. An empty
      // or placeholder text is no translation at all: it comes out below as the base key's missingLocale.
      for (const entry of thisFileLocales) {
        if (!entry.file || entry.problem) continue;
        const where = appPath(app.root, entry.file);
        for (const declaration of parsed.localeDeclarations ?? []) {
          if (declaration.file !== entry.file || declaration.locale !== entry.locale || !isPurposeDeclaration(declaration)) continue;
          const text = declaration.value ?? (declaration.rawValue as string);
          judge({ key: `${declaration.key} (${entry.locale}, ${where})`, text, platform: declaration.platform, range: entry.range, distinct: declaration.key }, NOT_A_TRANSLATION);
        }
      }
      const expoLocales = new Map([...otherLocales, ...thisFileLocales].map((entry) => [entry.locale, entry]));
      // Locales the project itself translates purpose strings into (see Options.locales).
      const stringsLocales = new Set(
        allDeclarations
          .filter((d) => d.source === 'infoplist-strings' && d.locale !== undefined && !isBaseLocale(d.locale) && isIosPurposeKey(d.key) && (d.value ?? '').trim())
          .map((d) => d.locale as string),
      );
      const required = (extra: Iterable<string>) => {
        const out = [...locales];
        for (const locale of extra) if (!out.some((l) => localesMatch(l, locale))) out.push(locale);
        return out;
      };
      const plistLocales = required(stringsLocales);
      const developmentRegion = kind === 'info-plist' ? DEVELOPMENT_REGION.exec(sourceCode.text)?.[1] : undefined;
      // HarmonyOS: the languages (en_US, zh_CN: the model reads only language qualifiers) this module's reasons are in.
      const harmonyQualifiers = [
        ...new Set(
          allDeclarations
            .filter((d) => d.source === 'harmony-request-permissions' && d.file === filename && d.locale !== undefined && (d.value ?? '').trim())
            .map((d) => d.locale as string),
        ),
      ];
      const harmonyLocales = required(harmonyQualifiers);
      const expoRequired = required([...expoLocales.values()].filter((entry) => !entry.problem).map((entry) => entry.locale));
      // An Expo config may write one key in several places (ios.infoPlist and plugin options): one entry of a locale
      // file translates it for all of them, so it is reported once, where it is first written (ccnubox).
      const expoReported = new Set<string>();
      for (const declaration of declarations) {
        if (declaration.file !== filename || !isPurposeDeclaration(declaration) || !isBaseLocale(declaration.locale)) continue;
        const isPlist = declaration.source === 'info-plist';
        const isHarmony = declaration.source === 'harmony-request-permissions';
        const isExpo = EXPO_BASE_SOURCES.has(declaration.source);
        if (!isPlist && !isHarmony && !isExpo) continue;
        const baseText = declaration.value ?? declaration.rawValue ?? '';
        // iOS: <locale>.lproj/InfoPlist.strings of the app; Expo: its `locales`; HarmonyOS: the same module's localised string.json.
        const translationSource: Declaration['source'] | undefined = isPlist ? 'infoplist-strings' : isExpo ? 'expo-locale' : undefined;
        const translations = allDeclarations.filter(
          (other) =>
            other.platform === declaration.platform &&
            other.key === declaration.key &&
            !isBaseLocale(other.locale) &&
            (translationSource ? other.source === translationSource : other.file === declaration.file) &&
            // An Expo locale file is not linted: an empty or placeholder text there (the quick fix's TODO) is no
            // translation, and this finding is where it shows. InfoPlist.strings and string.json are linted: such a
            // text is reported in its own file, where it is written, and the translation is not also called missing.
            (other.source !== 'expo-locale' || ((other.value ?? '').trim() !== '' && !isPlaceholderText(other.value ?? ''))),
        );
        for (const locale of isPlist ? plistLocales : isExpo ? expoRequired : harmonyLocales) {
          if (baseText.trim() && localesMatch(detectTextLocale(baseText), locale)) continue;
          // The development region's texts are the base ones (Latin script alone cannot tell Spanish from English).
          if (isPlist && developmentRegion && localesMatch(developmentRegion, locale)) continue;
          // A key no supported iOS shows is not worth translating unless the settings ask for the locale.
          if (NEVER_SHOWN_KEYS.has(declaration.key) && !locales.some((l) => localesMatch(l, locale))) continue;
          if (MACOS_ONLY_PURPOSE_KEYS.has(declaration.key)) continue;
          if (translations.some((other) => localesMatch(other.locale as string, locale))) continue;
          if (isExpo) {
            const once = `${declaration.key}\0${locale}`;
            if (expoReported.has(once)) continue;
            expoReported.add(once);
          }
          reportAt({ range: declaration.keyRange }, 'missingLocale', { key: declaration.key, locale, where: whereToTranslate(declaration, locale), ...translationTarget(declaration, locale) });
        }
      }
      /** Where the language server's quick fix writes the translation (report data the message does not show). */
      function translationTarget(declaration: Declaration, locale: string): Record<string, string> {
        if (declaration.source === 'info-plist') {
          // The project's own file for that language when it has one (zh_CN.lproj for zh-Hans, also in the Xcode
          // project's folder rather than beside Info.plist), else a new one beside Info.plist.
          const existing = allDeclarations.find((d) => d.source === 'infoplist-strings' && d.locale !== undefined && localesMatch(d.locale, locale));
          if (existing) return { targetKind: 'infoplist-strings', targetFile: existing.file };
          const folder = [...stringsLocales].find((known) => localesMatch(known, locale)) ?? locale;
          return { targetKind: 'infoplist-strings', targetFile: join(dirname(declaration.file), `${folder}.lproj`, 'InfoPlist.strings') };
        }
        if (declaration.source === 'harmony-request-permissions') {
          // Only a `$string:` reason can be translated: the resource of that name in the language's folder.
          const resource = REFERENCE.exec((declaration.rawValue ?? '').trim())?.[1];
          const moduleDir = dirname(declaration.file);
          if (!resource) return {};
          const folder = harmonyQualifiers.find((existing) => localesMatch(existing, locale)) ?? harmonyLocaleDir(locale);
          return { targetKind: 'harmony-string-json', targetFile: join(moduleDir, 'resources', folder, 'element', 'string.json'), targetResource: resource };
        }
        const entry = [...expoLocales.values()].find((e) => localesMatch(e.locale, locale));
        if (!entry) {
          // Required by the settings, not configured: a new locales/<locale>.json, named in this Expo config.
          const config = app!.configFiles.find((c) => c.file === declaration.file);
          if (config?.kind !== 'expo-app-json' && config?.kind !== 'expo-app-config') return {};
          return { targetKind: 'expo-new-locale', targetFile: join(app!.root, 'locales', `${locale}.json`), targetConfig: config.file, targetConfigKind: config.kind, targetLocale: locale };
        }
        if (entry.problem) return {};
        if (entry.file) return { targetKind: 'expo-locale-json', targetFile: entry.file };
        const kind = app!.configFiles.find((c) => c.file === entry.configFile)?.kind;
        return kind === 'expo-app-json' || kind === 'expo-app-config' ? { targetKind: kind, targetFile: entry.configFile, targetLocale: entry.locale } : {};
      }
      function whereToTranslate(declaration: Declaration, locale: string): string {
        if (declaration.source === 'info-plist') return `${locale}.lproj/InfoPlist.strings`;
        if (declaration.source === 'harmony-request-permissions') return `resources/${harmonyLocaleDir(locale)}/element/string.json`;
        const entry = [...expoLocales.values()].find((e) => localesMatch(e.locale, locale));
        if (entry?.file) return appPath(app!.root, entry.file);
        if (entry) return `the inline locales["${entry.locale}"] of ${basename(entry.configFile)}`;
        return `a locales["${locale}"] JSON file of the Expo config (${basename(declaration.file)})`;
      }
    };

    /** HarmonyOS string.json: judge the resources that requestPermissions reasons point at. */
    const checkHarmonyStrings = () => {
      const moduleDir = harmonyModuleDirOf(filename);
      const app = model.appForFile(filename);
      if (!moduleDir || !app) return;
      // resource → the permissions whose reason it is (one text often serves several: name them all).
      const reasons = new Map<string, string[]>();
      for (const declaration of app.declarations) {
        const reference = declaration.source === 'harmony-request-permissions' ? REFERENCE.exec((declaration.rawValue ?? '').trim()) : null;
        const sameModule = dirname(declaration.file) === moduleDir;
        // A template reference ($string:app_name, $string:module_desc …) is already reported where it is written, in
        // module.json5: the app's name or module description is not a reason text to judge a second time here.
        if (!reference || isPlaceholderText((declaration.rawValue ?? '').trim()) || !isPurposeDeclaration(declaration)) continue;
        if (!sameModule && declaration.harmony?.reasonFile !== filename) continue;
        const keys = reasons.get(reference[1]) ?? [];
        if (!keys.includes(declaration.key)) keys.push(declaration.key);
        reasons.set(reference[1], keys);
      }
      if (!reasons.size) return;
      for (const entry of stringResources(sourceCode.ast as unknown as JsonNode)) {
        const keys = reasons.get(entry.name);
        if (keys) judge({ key: `${keys.join(', ')} ($string:${entry.name})`, text: entry.value, platform: 'harmony', range: undefined, node: entry.node });
      }
    };

    const run = () => {
      if (kind === 'harmony-string-json') {
        checkHarmonyStrings();
        return;
      }
      // A file the build ignores (app.json beside an app.config.* that exports its own object) ships no text.
      if (model.appForFile(filename)?.unusedConfigFiles.has(filename)) return;
      const parsed = model.parseConfigFile(filename, sourceCode.text);
      if (!parsed) return;
      checkDeclarations(parsed.declarations);
      checkLocales(parsed);
      checkPluginDefaults(parsed);
    };

    /**
     * A listed Expo config plugin without its purpose option writes a generic default ("Allow $(PRODUCT_NAME) to
     * access your camera") at prebuild, unless ios.infoPlist already has the key. Only the option for the permission
     * the package exists for counts: that prompt is certain to be shown. A committed ios/ folder's Info.plist is what
     * ships then, and is judged itself.
     */
    const checkPluginDefaults = (parsed: ParsedConfigFile) => {
      if (parsed.kind !== 'expo-app-json' && parsed.kind !== 'expo-app-config') return;
      const app = model.appForFile(filename);
      if (!app?.platforms.has('ios') || app.configFiles.some((config) => config.kind === 'info-plist')) return;
      // Part of the iOS config cannot be read (`...require('./app.base.json').expo`, an imported plugin): the keys
      // may be written there.
      if (app.unreadablePlatforms.has('ios')) return;
      const here = resolve(filename);
      const listed = [...app.expoPlugins.filter((plugin) => plugin.file !== here), ...(parsed.expoPlugins ?? [])];
      const written = new Set([...parsed.declarations.filter((d) => d.source === 'expo-ios-infoplist').map((d) => d.key), ...keysWrittenByOptions(listed)]);
      const codeUses = codeUsesKeys(app);
      const reported = new Set<string>();
      for (const plugin of parsed.expoPlugins ?? []) {
        if (!plugin.nameRange) continue;
        for (const option of EXPO_PLUGIN_OPTIONS) {
          if (option.plugin !== plugin.name || option.noDefault) continue;
          // Written, even as an expression the static reading cannot evaluate (a template with the app's name): set.
          if (plugin.options?.[option.option] !== undefined || plugin.optionKeys?.includes(option.option)) continue;
          if (option.requires && plugin.options?.[option.requires] !== true) continue;
          const keys = option.iosKeys.filter((key) => !written.has(key) && !reported.has(key) && !KEYS_NO_PROMPT_SHOWS.has(key) && writtenByVersion(app, option, key));
          // Another option (expo-image-picker's photosPermission) counts when the app's code uses what it is for, as
          // for an unlisted plugin below.
          if (!keys.length || !(option.primary || codeUses(keys))) continue;
          keys.forEach((key) => reported.add(key));
          reportAt({ range: plugin.nameRange, distinct: option.option }, 'pluginDefault', { plugin: plugin.name, key: keys.join(' / '), option: option.option });
        }
      }
      // Info.plist gets one default text per key: a key reported on a listed plugin is not reported again for an
      // unlisted one that would write it too (labour-expo-app: expo-av listed, expo-camera installed).
      checkUnlistedPluginDefaults(parsed, app, new Set([...written, ...reported]));
    };

    /**
     * Whether the app's code uses what one of these iOS keys is for (launchCameraAsync, requestCameraPermissionsAsync
     * for expo-image-picker's cameraPermission): then the prompt, with the plugin's default text, is certain too. The
     * same usage no-unused-permission reads (one cached scan per app, made on the first question); a use counts only
     * from the app's own code, not from a dependency's mere presence (the index records a code site first).
     */
    const codeUsesKeys = (app: AppModel) => {
      let usage: PermissionUsage | undefined;
      return (keys: readonly string[]) => {
        usage ??= getUsageIndex().forApp({ root: app.root, dependencies: app.dependencies, codeDirs: appCodeDirs(app) });
        return keys.some((key) => (PERMISSIONS_BY_IOS_KEY.get(key) ?? []).some((permission) => {
          const site = usage!.permissions.get(permission);
          return site !== undefined && site.via !== 'dependency';
        }));
      };
    };

    /**
     * An installed package whose plugin prebuild applies unlisted (EXPO_AUTO_APPLIED_PLUGINS) writes its default too,
     * with no entry to point at: reported once per app, on the Expo config that lists the plugins (app.config.* when
     * the app has one), at its `plugins` (else `expo`) key.
     */
    const checkUnlistedPluginDefaults = (parsed: ParsedConfigFile, app: AppModel, writtenHere: ReadonlySet<string>) => {
      const expoConfigs = app.configFiles.filter((config) => config.kind === 'expo-app-config' || config.kind === 'expo-app-json');
      const main = expoConfigs.find((config) => config.kind === 'expo-app-config') ?? expoConfigs[0];
      if (main?.file !== resolve(filename)) return;
      // This text (maybe an unsaved buffer) for this file; the app's other Expo config as the model read it.
      const here = resolve(filename);
      const listedPlugins = [...app.expoPlugins.filter((plugin) => plugin.file !== here), ...(parsed.expoPlugins ?? [])];
      const listed = new Set(listedPlugins.map((plugin) => plugin.name));
      const elsewhere = app.declarations.filter((d) => d.source === 'expo-ios-infoplist' && d.file !== here).map((d) => d.key);
      const written = new Set([...writtenHere, ...elsewhere, ...keysWrittenByOptions(listedPlugins)]);
      const at = unlistedPluginsAnchor();
      const unlisted = Object.keys(app.dependencies).filter((name) => EXPO_AUTO_APPLIED_PLUGINS.has(name) && !listed.has(name)).sort();
      if (!unlisted.length) return;
      const codeUses = codeUsesKeys(app);
      const reportedKeys = new Set<string>();
      for (const plugin of unlisted) {
        for (const option of EXPO_PLUGIN_OPTIONS) {
          if (option.plugin !== plugin || option.requires || option.noDefault) continue;
          const keys = option.iosKeys.filter((key) => !written.has(key) && !reportedKeys.has(key) && !KEYS_NO_PROMPT_SHOWS.has(key) && writtenByVersion(app, option, key));
          if (!keys.length || !(option.primary || codeUses(keys))) continue;
          keys.forEach((key) => reportedKeys.add(key));
          reportAt({ range: at, distinct: `${plugin}:${option.option}` }, 'unlistedPluginDefault', { plugin, key: keys.join(' / '), option: option.option });
        }
      }
    };

    /** Whether the app's version of the plugin's package writes this key at all (keysSince); unknown versions do. */
    const writtenByVersion = (app: AppModel, option: ExpoPluginOption, key: string): boolean => {
      const since = option.keysSince?.[key];
      return !since || !dependencyOlderThan(app.root, option.plugin, app.dependencies[option.plugin], since);
    };

    /** Where the config lists its plugins (`"plugins"`, `plugins:`), else its `expo` key, else its first character. */
    const unlistedPluginsAnchor = (): SourceRange => {
      const text = sourceCode.text;
      const match = /["']?plugins["']?\s*:/.exec(text) ?? /["']expo["']\s*:/.exec(text);
      const start = match?.index ?? 0;
      const end = match ? start + match[0].replace(/\s*:$/, '').length : Math.min(1, text.length);
      const point = (offset: number) => ({ offset, ...sourceCode.getLocFromIndex(offset) });
      return { start: point(start), end: point(end) };
    };
    return { Program: run, XMLDocument: run, StringsDocument: run, Document: run } as TSESLint.RuleListener;
  },
});
