// The cross-file quick fix of require-purpose-string: add the missing declaration to the file where it belongs
// (Info.plist, Expo config or plugin option, WeChat app.json, uni-app manifest.json, module.json5 + string.json,
// AndroidManifest.xml), with a placeholder purpose-string-quality keeps flagging until a real purpose is written.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  buildDeclarationEdits,
  expoPluginOptionFor,
  PURPOSE_PLACEHOLDER,
  type AppModel,
  type DeclarationTarget,
  type FileEdits,
  type Platform,
} from 'eslint-plugin-consentry/core';
import type { ServerContext } from './context.js';

export const PURPOSE_RULE_ID = 'consentry/require-purpose-string';

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
      (missing.platform === 'android' || missing.key.startsWith('requiredPrivateInfos:') || (d.value ?? d.rawValue ?? '').trim() !== '') &&
      (missing.platform !== 'harmony' || (d.harmony?.hasUsedScene ?? true)),
  );
}

export interface PurposeFix {
  title: string;
  files: FileEdits[];
  missing: MissingDeclaration;
  target: DeclarationTarget;
}

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

  /** One fix per missing declaration and target file (the preferred target first). */
  fixesFor(sourceFile: string, message: string): PurposeFix[] {
    const app = this.ctx.model.appForFile(sourceFile);
    if (!app) return [];
    let missing = missingDeclarationsIn(message);
    const stillMissing = missing.filter((m) => !isDeclared(app, m));
    if (stillMissing.length) missing = stillMissing;
    const fixes: PurposeFix[] = [];
    for (const item of missing) {
      for (const target of app.targets.filter((t) => t.platform === item.platform)) {
        const fix = this.fixFor(app, item, target);
        if (fix) fixes.push(fix);
      }
    }
    return fixes;
  }

  private fixFor(app: AppModel, missing: MissingDeclaration, target: DeclarationTarget): PurposeFix | undefined {
    const usesExpoConfig = target.kind === 'expo-app-json' || target.kind === 'expo-app-config';
    const pluginOption =
      usesExpoConfig && missing.platform === 'ios'
        ? expoPluginOptionFor(
            missing.key,
            app.expoPlugins.map((p) => p.name),
          )[0]
        : undefined;
    let files: FileEdits[] | undefined;
    try {
      files = buildDeclarationEdits(
        {
          kind: target.kind,
          file: target.file,
          platform: missing.platform,
          key: missing.key,
          value: PURPOSE_PLACEHOLDER,
          ...(pluginOption ? { expoPluginOption: { plugin: pluginOption.plugin, option: pluginOption.option } } : {}),
        },
        this.readText,
      );
    } catch (error) {
      this.ctx.error(`could not build the declaration edit for ${missing.key} in ${target.file}`, error);
      return undefined;
    }
    if (!files?.length) return undefined;
    const where = relative(app.root, target.file) || target.file;
    const what = pluginOption ? `the ${pluginOption.plugin} plugin option ${pluginOption.option}` : missing.key.replace(/^requiredPrivateInfos:/, 'requiredPrivateInfos ');
    return { title: `Add ${what} to ${where}`, files, missing, target };
  }
}
