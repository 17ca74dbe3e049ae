// The cross-file quick fix of require-purpose-string: add the missing declaration to the file where it belongs
// (Info.plist, Expo config or plugin option, WeChat app.json, uni-app manifest.json, module.json5 + string.json,
// AndroidManifest.xml), with a placeholder purpose-string-quality keeps flagging until a real purpose is written.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  buildDeclarationsEdits,
  buildTranslationEdits,
  expoPluginOptionFor,
  PURPOSE_PLACEHOLDER,
  type AppModel,
  type DeclarationEditRequest,
  type DeclarationTarget,
  type FileEdits,
  type Platform,
  type TranslationTarget,
} from 'eslint-plugin-consentry/core';
import type { ServerContext } from './context.js';

export const PURPOSE_RULE_ID = 'consentry/require-purpose-string';
export const QUALITY_RULE_ID = 'consentry/purpose-string-quality';

const TRANSLATION_KINDS: ReadonlySet<string> = new Set(['infoplist-strings', 'expo-locale-json', 'expo-new-locale', 'expo-app-json', 'expo-app-config', 'harmony-string-json']);

export interface MissingDeclaration {
  platform: Platform;
  key: string;
}

/** Declaration keys have distinctive shapes; the rule's message names the missing ones. */
const KEY_SHAPES: ReadonlyArray<{ pattern: RegExp; platform: Platform; key: (match: RegExpExecArray) => string }> = [
  { pattern: /\b(NS[A-Za-z]+UsageDescription(?:Dictionary)?|NFCReaderUsageDescription)\b/g, platform: 'ios', key: (m) => m[1]! },
  { pattern: /\b((?:android|com\.google\.android\.gms)\.permission\.[A-Z0-9_]+)\b/g, platform: 'android', key: (m) => m[1]! },
  { pattern: /\b(ohos\.permission\.[A-Z0-9_]+)\b/g, platform: 'harmony', key: (m) => m[1]! },
  { pattern: /\brequiredPrivateInfos\b\s*(?::|\s)\s*["'“`]?([A-Za-z]+)/g, platform: 'wechat', key: (m) => `requiredPrivateInfos:${m[1]}` },
  { pattern: /\brequiredBackgroundModes\b\s*(?::|\s)\s*["'“`]?([A-Za-z]+)/g, platform: 'wechat', key: (m) => `requiredBackgroundModes:${m[1]}` },
  { pattern: /\b(scope\.[A-Za-z]+)\b/g, platform: 'wechat', key: (m) => m[1]! },
];

/** The declarations a require-purpose-string message says are missing, in the order it names them. */
export function missingDeclarationsIn(message: string): MissingDeclaration[] {
  const found: Array<MissingDeclaration & { at: number }> = [];
  for (const { pattern, platform, key } of KEY_SHAPES) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(message))) {
      const value = key(match);
      if (!found.some((f) => f.key === value)) found.push({ platform, key: value, at: match.index });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ platform, key }) => ({ platform, key }));
}

/** Whether the app already declares the key with a usable value (so the fix is not about it). */
function isDeclared(app: AppModel, missing: MissingDeclaration): boolean {
  return app.declarations.some(
    (d) =>
      d.platform === missing.platform &&
      d.key === missing.key &&
      !d.removed &&
      // A translation (InfoPlist.strings, Expo locales) declares nothing: the base key must exist.
      d.locale === undefined &&
      (missing.platform === 'android' || /^required(?:PrivateInfos|BackgroundModes):/.test(missing.key) || (d.value ?? d.rawValue ?? '').trim() !== '') &&
      (missing.platform !== 'harmony' || (d.harmony?.hasUsedScene ?? true)),
  );
}

export interface PurposeFix {
  title: string;
  files: FileEdits[];
  keys: string[];
  platform: Platform;
}

const CONFIG_KINDS: ReadonlySet<string> = new Set([
  'info-plist',
  'infoplist-strings',
  'android-manifest',
  'expo-app-json',
  'expo-app-config',
  'wechat-app-json',
  'uniapp-manifest',
  'uniapp-android-privacy',
  'taro-app-config',
  'capacitor-config',
  'harmony-module-json5',
  'harmony-string-json',
]);
const PLATFORMS: ReadonlySet<string> = new Set(['ios', 'android', 'wechat', 'harmony', 'web']);

/** The report data require-purpose-string documents (key, keys, platform, file, kind, plugin, option). */
interface PurposeReport {
  keys: string[];
  platform: Platform;
  file: string;
  kind: DeclarationTarget['kind'];
  plugin?: string;
  option?: string;
}

function purposeReport(data: Readonly<Record<string, unknown>> | undefined): PurposeReport | undefined {
  if (!data) return undefined;
  const { key, keys, platform, file, kind, plugin, option } = data;
  if (typeof key !== 'string' || typeof platform !== 'string' || typeof file !== 'string' || typeof kind !== 'string') return undefined;
  if (!PLATFORMS.has(platform) || !CONFIG_KINDS.has(kind) || !key) return undefined;
  const list = typeof keys === 'string' && keys ? keys.split(',').filter(Boolean) : [key];
  return {
    keys: list,
    platform: platform as Platform,
    file,
    kind: kind as DeclarationTarget['kind'],
    ...(typeof plugin === 'string' && plugin && typeof option === 'string' && option ? { plugin, option } : {}),
  };
}

const displayKey = (key: string) => key.replace(/^(requiredPrivateInfos|requiredBackgroundModes):/, '$1 ');

export class PurposeFixes {
  constructor(private readonly ctx: ServerContext) {}

  /** The text the editor has for a file: the open buffer, else the file on disk, else undefined. */
  readText = (file: string): string | undefined => {
    const open = this.ctx.openDocumentFor(file);
    if (open) return open.getText();
    if (!existsSync(file)) return undefined;
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  };

  /**
   * Fixes for one require-purpose-string finding, the preferred first. From the report data when the rule gave it
   * (the zero-config engine records it); otherwise from the keys the message names and the model's targets.
   */
  fixesFor(sourceFile: string, message: string, data?: Readonly<Record<string, unknown>>): PurposeFix[] {
    const app = this.ctx.model.appForFile(sourceFile);
    if (!app) return [];
    const report = purposeReport(data);
    if (report) return this.fixesFromReport(app, report);
    let missing = missingDeclarationsIn(message);
    const stillMissing = missing.filter((m) => !isDeclared(app, m));
    if (stillMissing.length) missing = stillMissing;
    const fixes: PurposeFix[] = [];
    for (const item of missing) {
      for (const target of app.targets.filter((t) => t.platform === item.platform)) {
        fixes.push(...this.fixesFromReport(app, { keys: [item.key], platform: item.platform, file: target.file, kind: target.kind }));
      }
    }
    return fixes;
  }

  private fixesFromReport(app: AppModel, report: PurposeReport): PurposeFix[] {
    const where = relative(app.root, report.file) || report.file;
    const keysText = report.keys.map(displayKey).join(' and ');
    const base = { kind: report.kind, file: report.file, platform: report.platform, value: PURPOSE_PLACEHOLDER };
    const plain = this.build(
      report.keys.map((key) => ({ ...base, key })),
      `Add ${keysText} to ${where}`,
      report,
    );
    const isExpo = report.kind === 'expo-app-json' || report.kind === 'expo-app-config';
    if (!isExpo || report.platform !== 'ios') return plain ? [plain] : [];
    // Expo: the config-plugin option writes the key at prebuild; prefer it when the project lists that plugin.
    const candidates = [...app.expoPlugins.map((p) => p.name), ...Object.keys(app.dependencies)];
    const options = report.keys.map((key, i) =>
      i === 0 && report.plugin && report.option ? { plugin: report.plugin, option: report.option } : expoPluginOptionFor(key, candidates)[0],
    );
    const first = options[0];
    if (!first) return plain ? [plain] : [];
    const viaPlugin = this.build(
      report.keys.map((key, i) => ({ ...base, key, ...(options[i] ? { expoPluginOption: { plugin: options[i]!.plugin, option: options[i]!.option } } : {}) })),
      `Set the ${first.plugin} plugin option ${first.option} in ${where}`,
      report,
    );
    const listed = app.expoPlugins.some((p) => p.name === first.plugin);
    const ordered = listed ? [viaPlugin, plain] : [plain, viaPlugin];
    return ordered.filter((f): f is PurposeFix => f !== undefined);
  }

  private build(requests: DeclarationEditRequest[], title: string, report: PurposeReport): PurposeFix | undefined {
    let files: FileEdits[] | undefined;
    try {
      files = buildDeclarationsEdits(requests, this.readText);
    } catch (error) {
      this.ctx.error(`could not build the declaration edit for ${report.keys.join(', ')} in ${report.file}`, error);
      return undefined;
    }
    if (!files?.length) return undefined;
    return { title, files, keys: report.keys, platform: report.platform };
  }

  /**
   * The fix for a purpose-string-quality `missingLocale` finding: the key, with the placeholder, in the file where
   * that language's translations live (the rule names it in its report data). The placeholder is no translation:
   * the finding stays until someone writes the real text.
   */
  translationFix(reportData: Readonly<Record<string, unknown>> | undefined): PurposeFix | undefined {
    const { key, locale, targetKind, targetFile, targetLocale, targetResource, targetConfig, targetConfigKind } = (reportData ?? {}) as Record<string, unknown>;
    if (typeof key !== 'string' || typeof locale !== 'string' || typeof targetFile !== 'string' || typeof targetKind !== 'string') return undefined;
    if (!TRANSLATION_KINDS.has(targetKind)) return undefined;
    const target: TranslationTarget = {
      kind: targetKind as TranslationTarget['kind'],
      file: targetFile,
      ...(typeof targetLocale === 'string' ? { locale: targetLocale } : {}),
      ...(typeof targetResource === 'string' ? { resource: targetResource } : {}),
      ...(typeof targetConfig === 'string' && (targetConfigKind === 'expo-app-json' || targetConfigKind === 'expo-app-config')
        ? { config: { file: targetConfig, kind: targetConfigKind } }
        : {}),
    };
    let files: FileEdits[] | undefined;
    try {
      files = buildTranslationEdits(target, key, PURPOSE_PLACEHOLDER, this.readText);
    } catch (error) {
      this.ctx.error(`could not build the translation edit for ${key} (${locale}) in ${targetFile}`, error);
      return undefined;
    }
    if (!files?.length || files.every((f) => f.edits.length === 0)) return undefined;
    const app = this.ctx.model.appForFile(targetFile);
    const where = app ? relative(app.root, targetFile) : targetFile;
    const inline = target.locale !== undefined ? ` locales["${target.locale}"]` : '';
    if (target.kind === 'expo-new-locale' && target.config) {
      const configWhere = app ? relative(app.root, target.config.file) : target.config.file;
      return { title: `Add a ${locale} ${key} to a new ${where}, named in ${configWhere} locales`, files, keys: [key], platform: 'ios' };
    }
    if (target.kind === 'harmony-string-json') {
      return { title: `Add a ${locale} ${target.resource} for ${key} to ${where}`, files, keys: [key], platform: 'harmony' };
    }
    return { title: `Add a ${locale} ${key} to ${where}${inline}`, files, keys: [key], platform: 'ios' };
  }
}
