// Expo app.json / app.config.{ts,js}: `ios.infoPlist`, `android.permissions`, `android.blockedPermissions`,
// `platforms`, and config-plugin options that write purpose strings (`["expo-camera", { cameraPermission }]`).
import { EXPO_PLUGIN_OPTIONS } from '../../knowledge/dependencies.js';
import { normaliseAndroidPermission } from '../../knowledge/android.js';
import type { Declaration, Platform, SourceRange } from '../../types.js';
import type { ExpoPluginUse } from '../api.js';
import { child, isOpaqueAt, isTrue, toPlain, type ConfigNode } from '../config-tree.js';
import { BACKGROUND_MODES } from './info-plist.js';
import { iosObjectDeclarations, stringDeclaration } from './object-declarations.js';
import { isIosPurposeKey } from './info-plist.js';
import type { FileParseOutput } from './types.js';

export interface ExpoConfigOutput extends FileParseOutput {
  /** The `expo` object (app.json) or the exported config (app.config.*); undefined when absent. */
  config: ConfigNode | undefined;
  plugins: ExpoPluginUse[];
  /** `expo.platforms` when written as a literal array. */
  platforms: Platform[] | undefined;
  /** Platforms whose part of this config could not be read statically (computed values, spreads, calls). */
  opaquePlatforms: Platform[];
  /** `locales`: per language, the JSON file it names (relative to the project) or, written inline, nothing. */
  locales: ExpoLocaleEntry[];
}

export interface ExpoLocaleEntry {
  locale: string;
  /** The path as written (`./locales/zh-Hans.json`); undefined when the translations are inline. */
  path?: string;
  /** Range of the language's value in this config file. */
  range: SourceRange;
}

/** Expo `platforms` values → our platforms. */
const EXPO_PLATFORMS: Readonly<Record<string, Platform>> = { ios: 'ios', android: 'android', web: 'web' };

/** Plugin options that add a background mode rather than a purpose string. */
const BACKGROUND_LOCATION_OPTION = { plugin: 'expo-location', option: 'isIosBackgroundLocationEnabled', mode: 'location' };

export function readExpoConfig(file: string, root: ConfigNode, isAppJson: boolean): ExpoConfigOutput {
  const wrapped = child(root, 'expo');
  const config = wrapped ?? (isAppJson ? undefined : root);
  const output: ExpoConfigOutput = { declarations: [], problems: [], unreadable: false, config, plugins: [], platforms: undefined, opaquePlatforms: [], locales: [] };
  if (!config) return output;
  if (config.type === 'unknown') {
    output.opaquePlatforms = ['ios', 'android'];
    return output;
  }
  const declarations = output.declarations;
  const ios = child(config, 'ios');
  declarations.push(...iosObjectDeclarations('expo-ios-infoplist', file, child(ios, 'infoPlist')));
  const android = child(config, 'android');
  for (const [key, removed] of [
    ['permissions', false],
    ['blockedPermissions', true],
  ] as const) {
    const list = child(android, key);
    if (list?.type !== 'array') continue;
    for (const element of list.elements) {
      // A permission pushed on a condition (Minds: `if (IS_OSS) permissions.push(…)`) may not be in the build.
      if (element.type !== 'string' || element.conditional) continue;
      declarations.push({
        platform: 'android',
        key: normaliseAndroidPermission(element.value as string),
        rawValue: element.value as string,
        source: removed ? 'expo-android-blocked-permissions' : 'expo-android-permissions',
        file,
        keyRange: element.range,
        valueRange: element.range,
        ...(removed ? { removed: true } : {}),
      });
    }
  }
  const platforms = child(config, 'platforms');
  if (platforms?.type === 'array' && !platforms.opaque) {
    output.platforms = platforms.elements.flatMap((e) => (e.type === 'string' && EXPO_PLATFORMS[e.value as string] ? [EXPO_PLATFORMS[e.value as string]] : []));
  }
  readPlugins(file, child(config, 'plugins'), output);
  readLocales(file, child(config, 'locales'), output);
  if (isOpaqueAt(config, ['ios']) || isOpaqueAt(config, ['ios', 'infoPlist'])) output.opaquePlatforms.push('ios');
  if (isOpaqueAt(config, ['android']) || isOpaqueAt(config, ['android', 'permissions']) || isOpaqueAt(config, ['android', 'blockedPermissions'])) {
    output.opaquePlatforms.push('android');
  }
  if (isOpaqueAt(config, ['plugins'])) for (const p of ['ios', 'android'] as const) if (!output.opaquePlatforms.includes(p)) output.opaquePlatforms.push(p);
  return output;
}

function readPlugins(file: string, plugins: ConfigNode | undefined, output: ExpoConfigOutput): void {
  if (plugins?.type !== 'array') return;
  for (const element of plugins.elements) {
    let nameNode: ConfigNode | undefined;
    let optionsNode: ConfigNode | undefined;
    if (element.type === 'string') nameNode = element;
    else if (element.type === 'array') {
      nameNode = element.elements[0];
      optionsNode = element.elements[1];
      if (element.opaque && !output.opaquePlatforms.includes('ios')) output.opaquePlatforms.push('ios');
    } else if (element.type === 'unknown') {
      // A plugin we cannot name (an imported function): it may write any key.
      for (const p of ['ios', 'android'] as const) if (!output.opaquePlatforms.includes(p)) output.opaquePlatforms.push(p);
      continue;
    }
    if (nameNode?.type !== 'string') continue;
    const name = nameNode.value as string;
    const options = optionsNode?.type === 'object' ? (toPlain(optionsNode) as Record<string, unknown>) : undefined;
    const optionKeys = optionsNode?.type === 'object' ? optionsNode.members.map((m) => m.key).filter((key): key is string => typeof key === 'string') : undefined;
    output.plugins.push({ name, ...(options ? { options } : {}), ...(optionKeys ? { optionKeys } : {}), file, nameRange: nameNode.range });
    if (optionsNode?.type === 'unknown' || (optionsNode?.type === 'object' && optionsNode.opaque)) {
      if (EXPO_PLUGIN_OPTIONS.some((o) => o.plugin === name) && !output.opaquePlatforms.includes('ios')) output.opaquePlatforms.push('ios');
    }
    if (optionsNode?.type !== 'object') continue;
    for (const option of EXPO_PLUGIN_OPTIONS) {
      if (option.plugin !== name) continue;
      const optionMember = optionsNode.members.findLast((m) => m.key === option.option);
      if (!optionMember || optionMember.value.type !== 'string') continue;
      if (option.requires && !isTrue(child(optionsNode, option.requires))) continue;
      for (const iosKey of option.iosKeys) {
        output.declarations.push({ ...stringDeclaration('ios', 'expo-plugin', file, iosKey, optionMember, optionMember.value), plugin: name } satisfies Declaration);
      }
    }
    if (name === BACKGROUND_LOCATION_OPTION.plugin) {
      const enabled = optionsNode.members.findLast((m) => m.key === BACKGROUND_LOCATION_OPTION.option);
      if (enabled && isTrue(enabled.value)) {
        output.declarations.push({
          platform: 'ios',
          key: `${BACKGROUND_MODES}:${BACKGROUND_LOCATION_OPTION.mode}`,
          value: BACKGROUND_LOCATION_OPTION.mode,
          source: 'expo-plugin',
          file,
          keyRange: enabled.keyRange,
          valueRange: enabled.value.range,
          plugin: name,
        });
      }
    }
  }
}


/** `locales: { "zh-Hans": "./locales/zh-Hans.json" }`, or the translations written inline. */
function readLocales(file: string, locales: ConfigNode | undefined, output: ExpoConfigOutput): void {
  if (locales?.type !== 'object') return;
  for (const member of locales.members) {
    const value = member.value;
    if (value.type === 'string') {
      output.locales.push({ locale: member.key, path: value.value as string, range: value.range });
    } else if (value.type === 'unknown' && value.module !== undefined && !value.path?.length && /^\.\.?\//.test(value.module) && value.module.endsWith('.json')) {
      // app.config.js: `zh: require('./locales/zh.json')` or an imported JSON: the same file, read the same way.
      output.locales.push({ locale: member.key, path: value.module, range: value.range });
    } else if (value.type === 'object') {
      output.locales.push({ locale: member.key, range: value.range });
      output.declarations.push(...expoLocaleDeclarations(file, member.key, value));
    }
  }
}

/**
 * The iOS purpose strings of one Expo locale object: top-level keys (both platforms) and the `ios` object, which
 * wins for the same key, as @expo/config-plugins merges them into <lang>.lproj/InfoPlist.strings.
 */
export function expoLocaleDeclarations(file: string, locale: string, root: ConfigNode | undefined): Declaration[] {
  if (root?.type !== 'object') return [];
  const byKey = new Map<string, Declaration>();
  const ios = child(root, 'ios');
  for (const object of [root, ios]) {
    if (object?.type !== 'object') continue;
    for (const member of object.members) {
      if (!isIosPurposeKey(member.key)) continue;
      byKey.set(member.key, { ...stringDeclaration('ios', 'expo-locale', file, member.key, member, member.value), locale });
    }
  }
  return [...byKey.values()];
}
