// One config file, parsed according to its kind. Pure: text in, result out (the model caches by content hash).
import type { ConfigKind, ConfigProblem } from '../types.js';
import { child, toPlain, type ConfigDocument, type ConfigNode } from './config-tree.js';
import { parseJsConfig } from './js-config.js';
import { parseJsonConfig } from './json.js';
import { LineIndex } from './positions.js';
import { parseAndroidManifest } from './parsers/android-manifest.js';
import { readExpoConfig, type ExpoConfigOutput } from './parsers/expo.js';
import { readHarmonyModule, readHarmonyStrings, type HarmonyString } from './parsers/harmony.js';
import { parseInfoPlist } from './parsers/info-plist.js';
import { parseInfoPlistStrings } from './parsers/infoplist-strings.js';
import { readTaroAppConfig, readWechatAppJson } from './parsers/miniprogram.js';
import type { FileParseOutput } from './parsers/types.js';
import { readUniManifest, type UniManifestOutput } from './parsers/uniapp.js';

export interface PackageInfo {
  name: string | undefined;
  /** dependencies + devDependencies (+ peer), name → range. */
  dependencies: Record<string, string>;
  /** Only `dependencies` (what ships), for web-framework detection. */
  runtimeDependencies: Record<string, string>;
  scripts: Record<string, string>;
  /** The platforms chosen when create-unibest made the project (`"unibest": { "platforms": ["h5", "mp-weixin"] }`). */
  unibestPlatforms?: string[];
  /**
   * npm's install metadata (`_resolved`, or `_id` with `_from`), which only an installed copy of a package carries:
   * a package copied out of node_modules into the app's source (MonitorMobile's src/…/native-echarts).
   */
  installedCopy?: boolean;
}

export interface ParsedFile extends FileParseOutput {
  file: string;
  kind: ConfigKind;
  hash: string;
  /** The object tree of JSON/JSON5/JS configs (undefined for XML, .strings, or when unparseable). */
  tree?: ConfigNode;
  /** extendsBaseConfig / readsAppJson: app.config.* only (see JsConfigResult). */
  expo?: Pick<ExpoConfigOutput, 'config' | 'plugins' | 'platforms' | 'opaquePlatforms' | 'locales'> & { extendsBaseConfig: boolean; readsAppJson: boolean; baseJsonModules: string[] };
  miniProgram?: { hasPages: boolean };
  uni?: UniManifestOutput['sections'];
  harmony?: { moduleName: string | undefined; moduleType: string | undefined };
  strings?: Map<string, HarmonyString>;
  pkg?: PackageInfo;
}

const EMPTY: FileParseOutput = { declarations: [], problems: [], unreadable: false };

export function parseConfigText(kind: ConfigKind, file: string, text: string, hash: string): ParsedFile {
  const base = { file, kind, hash };
  switch (kind) {
    case 'info-plist':
      return { ...base, ...parseInfoPlist(file, text) };
    case 'android-manifest':
      return { ...base, ...parseAndroidManifest(file, text) };
    case 'infoplist-strings':
      return { ...base, ...parseInfoPlistStrings(file, text) };
    case 'expo-app-config':
    case 'taro-app-config':
    case 'capacitor-config': {
      if (kind === 'capacitor-config' && file.endsWith('.json')) return objectFile(base, text);
      const parsed = parseJsConfig(file, text);
      if (!parsed.ok) return { ...base, ...unreadable(parsed.problem) };
      const tree = parsed.root;
      if (kind === 'expo-app-config') {
        const expo = readExpoConfig(file, tree, false);
        return { ...base, ...pickOutput(expo), tree, expo: { config: expo.config, plugins: expo.plugins, platforms: expo.platforms, opaquePlatforms: expo.opaquePlatforms, locales: expo.locales, extendsBaseConfig: parsed.extendsBaseConfig, readsAppJson: parsed.readsAppJson, baseJsonModules: parsed.baseJsonModules } };
      }
      if (kind === 'taro-app-config') {
        const taro = readTaroAppConfig(file, tree);
        return { ...base, ...pickOutput(taro), tree, miniProgram: { hasPages: taro.hasPages } };
      }
      return { ...base, ...EMPTY, tree };
    }
    case 'uniapp-manifest': {
      if (!/\.[cm]?[jt]s$/.test(file)) return objectFile(base, text);
      // manifest.config.ts: the same sections, read statically from the exported object.
      const parsed = parseJsConfig(file, text);
      if (!parsed.ok) return { ...base, ...unreadable(parsed.problem) };
      const uni = readUniManifest(file, parsed.root, new LineIndex(text));
      return { ...base, ...pickOutput(uni), tree: parsed.root, uni: uni.sections };
    }
    default:
      return objectFile(base, text);
  }
}

function objectFile(base: { file: string; kind: ConfigKind; hash: string }, text: string): ParsedFile {
  const { file, kind } = base;
  if (kind === 'package-json' && /(?:^|[\\/])package\.json$/.test(file)) {
    const quick = strictPackageJson(base, text);
    if (quick) return quick;
  }
  const parsed = parseJsonConfig(file, text);
  if (!parsed.ok) return { ...base, ...unreadable(parsed.problem) };
  const tree = parsed.root;
  switch (kind) {
    case 'expo-app-json': {
      const expo = readExpoConfig(file, tree, true);
      return { ...base, ...pickOutput(expo), tree, expo: { config: expo.config, plugins: expo.plugins, platforms: expo.platforms, opaquePlatforms: expo.opaquePlatforms, locales: expo.locales, extendsBaseConfig: false, readsAppJson: false, baseJsonModules: [] } };
    }
    case 'wechat-app-json': {
      const wechat = readWechatAppJson(file, tree);
      return { ...base, ...pickOutput(wechat), tree, miniProgram: { hasPages: wechat.hasPages } };
    }
    case 'uniapp-manifest': {
      const uni = readUniManifest(file, tree, parsed.lines);
      return { ...base, ...pickOutput(uni), tree, uni: uni.sections };
    }
    case 'harmony-module-json5': {
      const module = readHarmonyModule(file, tree);
      return { ...base, ...pickOutput(module), tree, harmony: { moduleName: module.moduleName, moduleType: module.moduleType } };
    }
    case 'harmony-string-json':
      return { ...base, ...EMPTY, tree, strings: readHarmonyStrings(tree) };
    case 'package-json':
      return { ...base, ...EMPTY, tree, pkg: packageInfo(tree) };
    default:
      return { ...base, ...EMPTY, tree };
  }
}

function pickOutput(output: FileParseOutput): FileParseOutput {
  return { declarations: output.declarations, problems: output.problems, unreadable: output.unreadable };
}

function unreadable(problem: ConfigProblem): FileParseOutput {
  return { declarations: [], problems: [problem], unreadable: true };
}

/**
 * A package.json that is strict JSON (npm accepts nothing else): its package facts straight from JSON.parse, and the
 * tree with ranges only if something asks for it. Discovery reads package.json in every folder it looks at, and
 * mostly needs nothing but the dependencies. Undefined when the text is no JSON object (the full parse then reports).
 */
function strictPackageJson(base: { file: string; kind: ConfigKind; hash: string }, text: string): ParsedFile | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isPlainObject(value)) return undefined;
  const record = (key: string): Record<string, string> => {
    const field = value[key];
    if (!isPlainObject(field)) return {};
    return Object.fromEntries(Object.entries(field).filter((e): e is [string, string] => typeof e[1] === 'string'));
  };
  const runtimeDependencies = record('dependencies');
  const pkg: PackageInfo = {
    name: typeof value.name === 'string' ? value.name : undefined,
    dependencies: { ...record('peerDependencies'), ...record('devDependencies'), ...runtimeDependencies },
    runtimeDependencies,
    scripts: record('scripts'),
    ...unibestPlatformsOf(isPlainObject(value.unibest) ? value.unibest.platforms : undefined),
    ...(typeof value._resolved === 'string' || (typeof value._id === 'string' && typeof value._from === 'string') ? { installedCopy: true } : {}),
  };
  let tree: ConfigNode | undefined;
  const parsed = { ...base, ...EMPTY, pkg } as ParsedFile;
  Object.defineProperty(parsed, 'tree', {
    enumerable: true,
    get: () => {
      if (!tree) {
        const full = parseJsonConfig(base.file, text);
        if (full.ok) tree = full.root;
      }
      return tree;
    },
  });
  return parsed;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function packageInfo(tree: ConfigNode): PackageInfo {
  const record = (key: string): Record<string, string> => {
    const plain = toPlain(child(tree, key));
    if (!plain || typeof plain !== 'object' || Array.isArray(plain)) return {};
    return Object.fromEntries(Object.entries(plain).filter((e): e is [string, string] => typeof e[1] === 'string'));
  };
  const name = child(tree, 'name');
  const runtimeDependencies = record('dependencies');
  return {
    name: name?.type === 'string' ? (name.value as string) : undefined,
    dependencies: { ...record('peerDependencies'), ...record('devDependencies'), ...runtimeDependencies },
    runtimeDependencies,
    scripts: record('scripts'),
    ...unibestPlatformsOf(toPlain(child(child(tree, 'unibest'), 'platforms'))),
    ...(child(tree, '_resolved')?.type === 'string' || (child(tree, '_id')?.type === 'string' && child(tree, '_from')?.type === 'string') ? { installedCopy: true } : {}),
  };
}

function unibestPlatformsOf(value: unknown): Pick<PackageInfo, 'unibestPlatforms'> {
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) return {};
  return { unibestPlatforms: value as string[] };
}

/** The androidPrivacy.json object for rules (require-privacy-check), with ranges. */
export function documentOf(parsed: ParsedFile): ConfigDocument | undefined {
  return parsed.tree ? { file: parsed.file, root: parsed.tree } : undefined;
}
