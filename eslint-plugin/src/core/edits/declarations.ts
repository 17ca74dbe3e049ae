// Edits that add a missing purpose declaration to the file where it belongs, for every config surface the project
// model reads. Used by the language server's quick fix; framework-free so any editor integration can reuse it.
import { dirname, join, relative, sep } from 'node:path';
import type { ConfigKind, Platform } from '../types.js';
import { parseJsonTree } from './json-tree.js';
import {
  addToArrayAtPath,
  appendElement,
  detectStyle,
  findMember,
  insertMember,
  insertMembers,
  objectAtPath,
  replaceNode,
  resolvePath,
  setStringAtPath,
  type Dialect,
  type JsonValue,
  type ObjectNode,
  type TreeNode,
  type WriteStyle,
} from './object-tree.js';
import { applyTextEdits, type TextEdit } from './text.js';
import { parseJsConfigObject } from './ts-tree.js';
import { androidManifestAddPermission, escapeXml, plistSetString, stringsSetValue } from './xml-edits.js';

export interface DeclarationEditRequest {
  /** Kind and path of the config file the declaration belongs in (a model `DeclarationTarget`). */
  kind: ConfigKind;
  file: string;
  platform: Platform;
  /**
   * The declaration key, as the model names it: 'NSCameraUsageDescription', 'android.permission.CAMERA',
   * 'scope.userLocation', 'requiredPrivateInfos:getLocation', 'requiredBackgroundModes:location', 'ohos.permission.CAMERA'.
   */
  key: string;
  /** The purpose text to write (a placeholder the quality rule keeps flagging until someone writes a real one). */
  value: string;
  /** Expo: write the config-plugin option instead of ios.infoPlist (the project already uses that plugin). */
  expoPluginOption?: { plugin: string; option: string };
}

export interface FileEdits {
  file: string;
  edits: TextEdit[];
  /** The file does not exist yet: its whole text is the single edit's newText. */
  create?: boolean;
}

/** Reads a file as the editor sees it (unsaved buffer first); undefined when it does not exist. */
export type ReadText = (file: string) => string | undefined;

const REQUIRED_PRIVATE_INFOS = 'requiredPrivateInfos:';
const REQUIRED_BACKGROUND_MODES = 'requiredBackgroundModes:';
/** How a JSON-family config is written: module.json5 is JSON5, uni-app's manifest.json JSON with comments, the rest JSON. */
function jsonDialect(kind: ConfigKind, file: string): Dialect {
  if (kind === 'harmony-module-json5' || /\.json5$/.test(file)) return 'json5';
  return kind === 'uniapp-manifest' ? 'jsonc' : 'json';
}

interface ParsedObjectFile {
  text: string;
  root: ObjectNode;
  style: WriteStyle;
}

function parseObjectFile(text: string, kind: ConfigKind, file: string): ParsedObjectFile | undefined {
  if (kind === 'expo-app-config' || kind === 'taro-app-config' || /\.[cm]?[jt]sx?$/.test(file)) {
    const root = parseJsConfigObject(text, file);
    return root ? { text, root, style: detectStyle(text, root, 'js') } : undefined;
  }
  const root: TreeNode | undefined = parseJsonTree(text);
  if (!root || root.kind !== 'object') return undefined;
  return { text, root, style: detectStyle(text, root, jsonDialect(kind, file)) };
}

/** WeChat-family declarations: a scope's `desc`, or a `requiredPrivateInfos` / `requiredBackgroundModes` entry, under `base`. */
function wechatEdits(parsed: ParsedObjectFile, base: string[], key: string, value: string): TextEdit[] | undefined {
  for (const list of [REQUIRED_PRIVATE_INFOS, REQUIRED_BACKGROUND_MODES]) {
    if (key.startsWith(list)) return addToArrayAtPath(parsed.text, parsed.root, [...base, list.slice(0, -1)], key.slice(list.length), parsed.style);
  }
  return setStringAtPath(parsed.text, parsed.root, [...base, 'permission', key, 'desc'], value, parsed.style);
}

/** Where an Expo config's keys start: app.json wraps them in "expo"; app.config.* usually returns them bare. */
function expoBase(root: ObjectNode): string[] {
  return findMember(root, 'expo')?.value?.kind === 'object' ? ['expo'] : [];
}

/** Expo: `expo.ios.infoPlist.<key>`, a plugin option, or `expo.android.permissions`. */
function expoEdits(parsed: ParsedObjectFile, request: DeclarationEditRequest): TextEdit[] | undefined {
  const base = expoBase(parsed.root);
  const { text, root, style } = parsed;
  if (request.platform === 'android') return addToArrayAtPath(text, root, [...base, 'android', 'permissions'], request.key, style);
  if (request.platform !== 'ios') return undefined;
  if (request.expoPluginOption) {
    const { plugin, option } = request.expoPluginOption;
    const plugins = resolvePath(root, [...base, 'plugins']);
    if (plugins.status === 'blocked' || (plugins.status === 'exists' && plugins.node.kind !== 'array')) return undefined;
    if (plugins.status === 'exists' && plugins.node.kind === 'array') {
      for (const element of plugins.node.elements) {
        if (element.kind === 'string' && element.value === plugin) {
          // "expo-camera" → ["expo-camera", { "cameraPermission": "…" }], on one line in a one-line list.
          const oneLine = !text.slice(plugins.node.start, plugins.node.end).includes('\n');
          return replaceNode(element, [plugin, { [option]: request.value }], text, style, oneLine);
        }
        if (element.kind === 'array' && element.elements[0]?.kind === 'string' && element.elements[0].value === plugin) {
          const options = element.elements[1];
          if (!options) return appendElement(text, element, { [option]: request.value }, style);
          if (options.kind === 'object') return setStringAtPath(text, options, [option], request.value, style);
          return undefined;
        }
      }
    }
    // Not listed yet: add the plugin with its option (installing the package already applies it at prebuild).
    return addToArrayAtPath(text, root, [...base, 'plugins'], [plugin, { [option]: request.value }], style);
  }
  return setStringAtPath(text, root, [...base, 'ios', 'infoPlist', request.key], request.value, style);
}

/** uni-app manifest.json: iOS privacyDescription, Android permission elements, mp-weixin declarations. */
function uniappEdits(parsed: ParsedObjectFile, request: DeclarationEditRequest): TextEdit[] | undefined {
  const { text, root, style } = parsed;
  switch (request.platform) {
    case 'ios':
      return setStringAtPath(text, root, ['app-plus', 'distribute', 'ios', 'privacyDescription', request.key], request.value, style);
    case 'android': {
      // Already listed, however the element is spelled (`android:name='…'`, a space before `/>`).
      const listed = resolvePath(root, ['app-plus', 'distribute', 'android', 'permissions']);
      if (listed.status === 'exists' && listed.node.kind === 'array' && listed.node.elements.some((e) => e.kind === 'string' && permissionElementName(e.value) === request.key)) return [];
      return addToArrayAtPath(
        text,
        root,
        ['app-plus', 'distribute', 'android', 'permissions'],
        `<uses-permission android:name="${escapeXml(request.key)}"/>`,
        style,
      );
    }
    case 'wechat':
      return wechatEdits(parsed, ['mp-weixin'], request.key, request.value);
    default:
      return undefined;
  }
}

/** The permission a uni-app `<uses-permission android:name="…"/>` string names. */
function permissionElementName(element: string): string | undefined {
  return /android:name\s*=\s*["']([^"']+)["']/.exec(element)?.[1];
}

/** The resource name a new HarmonyOS reason gets: camera_reason for ohos.permission.CAMERA (unique in the file). */
function reasonResourceName(permission: string, taken: ReadonlySet<string>): string {
  const base = `${permission.slice(permission.lastIndexOf('.') + 1).toLowerCase()}_reason`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  return name;
}

/** HarmonyOS string.json beside a module.json5 (src/main/module.json5 → src/main/resources/base/element/string.json). */
export function harmonyStringJsonFor(moduleJson5: string): string {
  return join(dirname(moduleJson5), 'resources', 'base', 'element', 'string.json');
}

function stringResources(root: ObjectNode | undefined): Map<string, TreeNode | undefined> {
  const names = new Map<string, TreeNode | undefined>();
  const list = root ? findMember(root, 'string')?.value : undefined;
  if (list?.kind !== 'array') return names;
  for (const element of list.elements) {
    if (element.kind !== 'object') continue;
    const name = findMember(element, 'name')?.value;
    if (name?.kind === 'string') names.set(name.value, findMember(element, 'value')?.value);
  }
  return names;
}

/** module.json5 `requestPermissions` entry (name, `$string:` reason, usedScene) plus its string.json resource. */
function harmonyEdits(parsed: ParsedObjectFile, request: DeclarationEditRequest, readText: ReadText): FileEdits[] | undefined {
  const { text, root, style } = parsed;
  const stringFile = harmonyStringJsonFor(request.file);
  const stringText = readText(stringFile);
  const stringParsed = stringText === undefined ? undefined : parseObjectFile(stringText, 'harmony-string-json', stringFile);
  if (stringText !== undefined && !stringParsed) return undefined;
  const resources = stringResources(stringParsed?.root);

  const moduleObject = objectAtPath(root, ['module']);
  if (!moduleObject) return undefined;
  // usedScene names an ability of this module: its first UIAbility, else its first ExtensionAbility, else none.
  const abilityName = ['abilities', 'extensionAbilities']
    .map((list) => {
      const abilities = findMember(moduleObject, list)?.value;
      const first = abilities?.kind === 'array' && abilities.elements[0]?.kind === 'object' ? findMember(abilities.elements[0], 'name')?.value : undefined;
      return first?.kind === 'string' ? first.value : undefined;
    })
    .find((name) => name !== undefined);

  const permissions = findMember(moduleObject, 'requestPermissions')?.value;
  const entry =
    permissions?.kind === 'array'
      ? permissions.elements.find(
          (e): e is ObjectNode => e.kind === 'object' && (() => {
            const name = findMember(e, 'name')?.value;
            return name?.kind === 'string' && name.value === request.key;
          })(),
        )
      : undefined;

  const moduleEdits: TextEdit[] = [];
  let resourceName: string | undefined;
  const usedScene: JsonValue = abilityName ? { abilities: [abilityName], when: 'inuse' } : { when: 'inuse' };
  if (entry) {
    const reason = findMember(entry, 'reason')?.value;
    const reference = reason?.kind === 'string' ? /^\$string:(.+)$/.exec(reason.value.trim())?.[1] : undefined;
    const missing: Array<[string, JsonValue]> = [];
    if (reference) {
      resourceName = reference;
    } else if (!reason || (reason.kind === 'string' && reason.value.trim() === '')) {
      resourceName = reasonResourceName(request.key, new Set(resources.keys()));
      if (reason) moduleEdits.push(...replaceNode(reason, `$string:${resourceName}`, text, style));
      else missing.push(['reason', `$string:${resourceName}`]);
    }
    if (!findMember(entry, 'usedScene')) missing.push(['usedScene', usedScene]);
    if (missing.length) moduleEdits.push(...insertMembers(text, entry, missing, style));
  } else {
    resourceName = reasonResourceName(request.key, new Set(resources.keys()));
    const element = { name: request.key, reason: `$string:${resourceName}`, usedScene };
    if (permissions?.kind === 'array') moduleEdits.push(...appendElement(text, permissions, element, style));
    else if (!permissions) moduleEdits.push(...insertMember(text, moduleObject, 'requestPermissions', [element], style));
    else return undefined;
  }

  const result: FileEdits[] = [];
  if (moduleEdits.length) result.push({ file: request.file, edits: moduleEdits });
  if (resourceName) {
    const resourceEdits = stringResourceEdits(stringFile, stringParsed, resourceName, request.value);
    if (!resourceEdits) return undefined;
    result.push(...resourceEdits);
  }
  return result;
}

/**
 * A HarmonyOS string.json holding `name` with `value`: the file created, the entry appended, or an empty value
 * filled. Nothing when the entry already has a text; undefined when the file cannot be edited safely.
 */
function stringResourceEdits(file: string, parsed: ParsedObjectFile | undefined, name: string, value: string): FileEdits[] | undefined {
  if (!parsed) {
    const eol = '\n';
    const content = `{${eol}  "string": [${eol}    {${eol}      "name": ${JSON.stringify(name)},${eol}      "value": ${JSON.stringify(value)}${eol}    }${eol}  ]${eol}}${eol}`;
    return [{ file, edits: [{ start: 0, end: 0, newText: content }], create: true }];
  }
  const resources = stringResources(parsed.root);
  const existing = resources.get(name);
  if (existing === undefined && !resources.has(name)) {
    const edits = addToArrayAtPath(parsed.text, parsed.root, ['string'], { name, value }, parsed.style);
    if (!edits) return undefined;
    return edits.length ? [{ file, edits }] : [];
  }
  if (existing?.kind === 'string' && existing.value.trim() === '') return [{ file, edits: replaceNode(existing, value, parsed.text, parsed.style) }];
  return [];
}

function newInfoPlist(key: string, value: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    `\t<key>${escapeXml(key)}</key>`,
    `\t<string>${escapeXml(value)}</string>`,
    '</dict>',
    '</plist>',
    '',
  ].join('\n');
}

/**
 * The edits that declare `request.key` in `request.file` (and, for HarmonyOS, its string resource). An empty list:
 * already declared. Undefined: the file cannot be edited safely (malformed, or the place is not a literal).
 */
export function buildDeclarationEdits(request: DeclarationEditRequest, readText: ReadText): FileEdits[] | undefined {
  const text = readText(request.file);
  if (text === undefined) {
    if (request.kind === 'info-plist') {
      return [{ file: request.file, edits: [{ start: 0, end: 0, newText: newInfoPlist(request.key, request.value) }], create: true }];
    }
    if (request.kind === 'infoplist-strings') {
      return [{ file: request.file, edits: stringsSetValue('', request.key, request.value), create: true }];
    }
    return undefined;
  }
  const single = (edits: TextEdit[] | undefined): FileEdits[] | undefined =>
    edits === undefined ? undefined : edits.length ? [{ file: request.file, edits }] : [];

  switch (request.kind) {
    case 'info-plist':
      return single(plistSetString(text, request.key, request.value));
    case 'infoplist-strings':
      return single(stringsSetValue(text, request.key, request.value));
    case 'android-manifest':
      return single(androidManifestAddPermission(text, request.key));
    default:
      break;
  }
  const parsed = parseObjectFile(text, request.kind, request.file);
  if (!parsed) return undefined;
  switch (request.kind) {
    case 'expo-app-json':
    case 'expo-app-config':
      return single(expoEdits(parsed, request));
    case 'wechat-app-json':
    case 'taro-app-config':
      return request.platform === 'wechat' ? single(wechatEdits(parsed, [], request.key, request.value)) : undefined;
    case 'uniapp-manifest':
      return single(uniappEdits(parsed, request));
    case 'harmony-module-json5':
      return request.platform === 'harmony' ? harmonyEdits(parsed, request, readText) : undefined;
    default:
      return undefined;
  }
}

/** One edit that turns `before` into `after`: the changed middle, with the common prefix and suffix left alone. */
export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < max - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, end: before.length - suffix, newText: after.slice(start, after.length - suffix) };
}

/**
 * Several declarations at once (e.g. both location keys background location needs): each request is built on the
 * text the previous ones produced, and every file gets one edit from its original text to the result. Undefined
 * when any request cannot be edited safely.
 */
export function buildDeclarationsEdits(requests: readonly DeclarationEditRequest[], readText: ReadText): FileEdits[] | undefined {
  const original = new Map<string, string | undefined>();
  const current = new Map<string, string>();
  const read: ReadText = (file) => {
    if (current.has(file)) return current.get(file);
    if (!original.has(file)) original.set(file, readText(file));
    return original.get(file);
  };
  for (const request of requests) {
    const result = buildDeclarationEdits(request, read);
    if (!result) return undefined;
    for (const { file, edits, create } of result) {
      const base = create ? '' : (read(file) ?? '');
      current.set(file, applyTextEdits(base, create ? [{ start: 0, end: 0, newText: edits[0]!.newText }] : edits));
    }
  }
  const files: FileEdits[] = [];
  for (const [file, text] of current) {
    const before = original.get(file);
    if (before === undefined) files.push({ file, edits: [{ start: 0, end: 0, newText: text }], create: true });
    else if (before !== text) files.push({ file, edits: [minimalEdit(before, text)] });
  }
  return files;
}

/** Where a missing translation of a purpose string goes (purpose-string-quality reports it in `missingLocale` data). */
export interface TranslationTarget {
  /** `<locale>.lproj/InfoPlist.strings`, an Expo locale JSON file, or the Expo config holding inline `locales`. */
  kind: 'infoplist-strings' | 'expo-locale-json' | 'expo-new-locale' | 'expo-app-json' | 'expo-app-config' | 'harmony-string-json';
  /** The file the translation goes in (for 'expo-new-locale', the locale file to create). */
  file: string;
  /** 'expo-new-locale': the Expo config whose `locales` gets the new language. */
  config?: { file: string; kind: 'expo-app-json' | 'expo-app-config' };
  /** Inline Expo locales: the language's key under `locales`. */
  locale?: string;
  /** HarmonyOS: the string resource the reason refers to (`$string:camera_reason` → camera_reason). */
  resource?: string;
}

/**
 * The edits that add `key` with `value` (a placeholder the quality rule keeps reporting) to a translation target:
 * a `"key" = "value";` line (creating the .strings file when needed), the `ios` object of an Expo locale file when it
 * has one (else its top level), the inline `locales[locale]` object, or the reason's resource in a HarmonyOS language
 * folder's string.json (created when needed). Undefined when it cannot be done safely.
 */
export function buildTranslationEdits(target: TranslationTarget, key: string, value: string, readText: ReadText): FileEdits[] | undefined {
  const text = readText(target.file);
  if (target.kind === 'infoplist-strings') {
    if (text === undefined) return [{ file: target.file, edits: stringsSetValue('', key, value), create: true }];
    return [{ file: target.file, edits: stringsSetValue(text, key, value) }];
  }
  if (target.kind === 'harmony-string-json') {
    if (target.resource === undefined) return undefined;
    const parsed = text === undefined ? undefined : parseObjectFile(text, 'harmony-string-json', target.file);
    if (text !== undefined && !parsed) return undefined;
    return stringResourceEdits(target.file, parsed, target.resource, value);
  }
  if (target.kind === 'expo-new-locale') {
    // A language the project does not translate into yet: a new locale file, named in the config's `locales`.
    if (text !== undefined || !target.config || target.locale === undefined) return undefined;
    const configText = readText(target.config.file);
    const config = configText === undefined ? undefined : parseObjectFile(configText, target.config.kind, target.config.file);
    if (!config) return undefined;
    const relativePath = `./${relative(dirname(target.config.file), target.file).split(sep).join('/')}`;
    const configEdits = setStringAtPath(config.text, config.root, [...expoBase(config.root), 'locales', target.locale], relativePath, config.style);
    if (!configEdits?.length) return undefined;
    const content = `${JSON.stringify({ ios: { [key]: value } }, null, 2)}\n`;
    return [
      { file: target.file, edits: [{ start: 0, end: 0, newText: content }], create: true },
      { file: target.config.file, edits: configEdits },
    ];
  }
  if (text === undefined) return undefined;
  const parsed = parseObjectFile(text, target.kind === 'expo-locale-json' ? 'package-json' : target.kind, target.file);
  if (!parsed) return undefined;
  let path: string[];
  if (target.kind === 'expo-locale-json') {
    path = objectAtPath(parsed.root, ['ios']) ? ['ios', key] : [key];
  } else {
    if (target.locale === undefined) return undefined;
    path = [...expoBase(parsed.root), 'locales', target.locale, key];
  }
  const edits = setStringAtPath(parsed.text, parsed.root, path, value, parsed.style);
  return edits === undefined ? undefined : [{ file: target.file, edits }];
}
