// Which config kind a path is, from its name and (for names several ecosystems share) the app it belongs to.
import { basename, dirname, join, relative } from 'node:path';
import type { ConfigKind } from '../types.js';
import type { AppModel } from './api.js';

const FIXED_KINDS: Readonly<Record<string, ConfigKind>> = {
  'Info.plist': 'info-plist',
  'InfoPlist.strings': 'infoplist-strings',
  'AndroidManifest.xml': 'android-manifest',
  'module.json5': 'harmony-module-json5',
  'androidPrivacy.json': 'uniapp-android-privacy',
};

const TVOS_TARGET = /-tvOS$/;

/** Names whose kind depends on the app (app.json is Expo's or WeChat's; manifest.json may be a web manifest). */
const SHARED_NAMES = new Set(['app.json', 'manifest.json', 'package.json', 'string.json']);

export const JS_CONFIG_EXTENSIONS = ['ts', 'js', 'mjs', 'cjs', 'tsx', 'jsx'] as const;
const APP_CONFIG = /^app\.config\.(?:[cm]?[jt]s|[jt]sx)$/;
const CAPACITOR_CONFIG = /^capacitor\.config\.(?:[cm]?[jt]s|json)$/;
/** uni-app's manifest written in TS/JS (@uni-helper/vite-plugin-uni-manifest generates src/manifest.json from it). */
export const UNI_MANIFEST_CONFIG = /^manifest\.config\.[cm]?[jt]s$/;
/** Taro 1.x / 2.x src/app.jsx, whose App class holds the config: a config file when the model found one there. */
export const TARO_CLASS_APP = /^app\.[jt]sx?$/;

/**
 * A copy an editor or file manager made beside the original and left there: `Dashboard copy.tsx`, `Dashboard copy 3.tsx`
 * (macOS, VS Code), `Dashboard - Copy (2).tsx`, `Dashboard - 副本.tsx` (Windows). Such a copy is imported by nothing
 * (Gaurdapp's three Dashboard copies beside the Dashboard.tsx its App imports): no bundle ships it.
 */
export function isEditorCopyName(name: string): boolean {
  return /(?: copy(?: \d+)?| - (?:Copy|副本)(?: \(\d+\))?)\.[^./]+$/i.test(name);
}

/** Could this path be a config file the model reads? (A cheap test by name; no I/O.) */
export function isConfigFileName(name: string): boolean {
  return name in FIXED_KINDS || SHARED_NAMES.has(name) || APP_CONFIG.test(name) || CAPACITOR_CONFIG.test(name) || UNI_MANIFEST_CONFIG.test(name) || TARO_CLASS_APP.test(name);
}

/** An Info.plist the app's model did not read, with no `ios` folder (any case, or `*-ios`) on its path in the app. */
function isStrayInfoPlist(file: string, app: AppModel): boolean {
  if (app.configFiles.some((config) => config.file === file)) return false;
  const path = relative(app.root, file);
  if (path.startsWith('..')) return false;
  return !path.split(/[\\/]/).slice(0, -1).some((segment) => /(?:^|[-_.])ios$/i.test(segment));
}

/**
 * The kind of config file at `file`. Without an app only the unambiguous names are answered (and `undefined`
 * means "maybe": check isConfigFileName first); with the app, shared names are resolved against it.
 */
export function kindForPath(file: string, app: AppModel | undefined): ConfigKind | undefined {
  const name = basename(file);
  // The Apple TV target of React Native's old template (`<App>-tvOS/Info.plist`): never built for a phone app.
  if (name === 'Info.plist' && TVOS_TARGET.test(basename(dirname(file)))) return undefined;
  // A copy kept outside every iOS folder (nirbhaya's saved_files/Info.plist, a backup of old native configs) is read
  // by no build: only a plist the app's model read, or one under an ios/ folder, is the app's.
  if (name === 'Info.plist' && app && isStrayInfoPlist(file, app)) return undefined;
  const fixed = FIXED_KINDS[name];
  if (fixed) return fixed;
  if (CAPACITOR_CONFIG.test(name)) return 'capacitor-config';
  if (name === 'string.json') return basename(dirname(file)) === 'element' ? 'harmony-string-json' : undefined;
  if (!app) return undefined;
  const dir = dirname(file);
  if (name === 'package.json') return dir === app.root ? 'package-json' : undefined;
  if (name === 'app.json') {
    if (dir === app.root && app.ecosystems.has('expo')) return 'expo-app-json';
    // The mini-program's own app.json is in configFiles (found via project.config.json); another is a new one at the root.
    if (app.ecosystems.has('wechat') && dir === app.root) return 'wechat-app-json';
    return undefined;
  }
  if (name === 'manifest.json') {
    // The src/manifest.json that manifest.config.ts generates is build output, not the manifest.
    if (app.configFiles.some((c) => c.kind === 'uniapp-manifest' && UNI_MANIFEST_CONFIG.test(basename(c.file)))) return undefined;
    return app.ecosystems.has('uni-app') && (dir === app.root || dir === join(app.root, 'src')) ? 'uniapp-manifest' : undefined;
  }
  if (UNI_MANIFEST_CONFIG.test(name)) {
    // Not the manifest where the app's manifest.json is (no plugin generates one from it).
    if (app.configFiles.some((c) => c.kind === 'uniapp-manifest')) return undefined;
    return app.ecosystems.has('uni-app') && dir === app.root ? 'uniapp-manifest' : undefined;
  }
  if (APP_CONFIG.test(name)) {
    if (app.ecosystems.has('taro') && dir === join(app.root, 'src')) return 'taro-app-config';
    if (app.ecosystems.has('expo') && dir === app.root) return 'expo-app-config';
  }
  return undefined;
}
