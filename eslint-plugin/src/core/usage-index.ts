// Which permissions an app's code uses, project-wide. Framework-free (no ESLint): the CLI, the language server
// and the no-unused-permission rule share one process-wide index.
//
// Per app: the app's source files are listed once, each file is read when its signature (mtime + size) changed,
// re-scanned only when its content hash changed, and skipped entirely unless a cheap text prefilter finds a
// catalogued module, platform global or permission id in it. Scanning is lexical (no parser: a second parse of
// every file would double the cost of a lint run): import / require bindings and platform globals are followed
// through member chains and same-file aliases and matched against the knowledge base. Dependencies the
// knowledge base knows to use a permission (expo-camera → camera) count as use, and so do permission ids written in
// native Android / iOS sources and WXML / Vue template components that prompt (<camera>, show-location).
//
// Usage is deliberately generous: anything that might use a permission counts, so the rule built on it only
// reports declarations nothing could need.
import { contentHash } from './hash.js';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { DiskFileSource, decodeText, type FileSource } from './file-source.js';
import { API_ENTRIES, GLOBAL_OBJECT_ALIASES, getBindingIndex, globalUsePattern, moduleNamePattern, normaliseModuleSpecifier, pathKey } from './knowledge/registry.js';
import { RNP_IOS_PERMISSIONS, resolveNativePermissionId, HARMONY_USER_GRANT_PERMISSIONS } from './knowledge/native-ids.js';
import { dependencyPermissions } from './knowledge/dependencies.js';
import type { ApiEntry } from './knowledge/types.js';
import { CALL_SEGMENT } from './knowledge/types.js';
import { isFresh } from './freshness.js';
import { isUniSourcePackage } from './project/discovery.js';

/** Where a permission was seen to be used (the first place found). */
export interface UsageSite {
  file: string;
  /** 1-based line; 0 for a dependency. */
  line: number;
  via: 'code' | 'permission-id' | 'dependency' | 'native' | 'template';
  /** The API, id, package or component that uses it. */
  detail: string;
}

export interface PermissionUsage {
  root: string;
  /** Permission vocabulary → first place it is used. */
  permissions: ReadonlyMap<string, UsageSite>;
  /** WeChat-family APIs that need requiredPrivateInfos (getLocation, chooseLocation …) and are called. */
  privateInfoApis: ReadonlySet<string>;
  /** sdkCategory of every SDK initialiser the code calls (push, analytics, ads, maps …). */
  sdkCategories: ReadonlySet<string>;
  /**
   * What the app's Vue files (.vue, .nvue) refer to: the tags their templates write and the modules they import, as
   * kebab-case names (`<UCityLocate>` → u-city-locate), each with the files that write it. Tells whether a
   * uni_modules component is used at all.
   */
  componentRefs: ReadonlyMap<string, readonly string[]>;
  /** Names of the components under uni_modules/<plugin>/components/<name>/<name>.vue. */
  uniModulesComponents: ReadonlySet<string>;
  /**
   * The names the app imports from packages that are not the system kits, by package: HarmonyOS (`LocationUtil` from
   * '@pura/harmony-utils': an ohpm library's ArkTS calls any kit itself) and JavaScript (`enableTouchId` from
   * edge-login-ui-rn): a helper named after a resource is a use the scan cannot see into.
   */
  packageImports: ReadonlyMap<string, ReadonlySet<string>>;
  /** Source files the scan covered, and those that passed the prefilter and were scanned for API use. */
  filesListed: number;
  filesParsed: number;
}

export interface UsageApp {
  root: string;
  dependencies?: Readonly<Record<string, string>>;
  /** Folders below the root that are the app's own code although they hold a package.json (WeChat miniprogramRoot). */
  codeDirs?: readonly string[];
}

export interface FileUsage {
  permissions: Map<string, UsageSite>;
  privateInfoApis: Set<string>;
  sdkCategories: Set<string>;
  parsed: boolean;
  /** Every API call and template use, in text order (scanCodeUses only: the permission map keeps one site each). */
  uses?: UsageSite[];
  /** Vue files only: the tags and imported module names they write (see PermissionUsage.componentRefs). */
  componentRefs?: Set<string>;
  /** See PermissionUsage.packageImports. */
  packageImports?: Map<string, Set<string>>;
}

const SOURCE_EXTENSIONS = /\.(?:[cm]?[jt]sx?|vue|nvue|ets|uts)$/;
const TEMPLATE_EXTENSIONS = /\.(?:wxml|axml|swan|ttml)$/;
const NATIVE_EXTENSIONS = /\.(?:java|kt|swift|m|mm)$/;
const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules', '.git', 'dist', 'build', 'unpackage', 'miniprogram_npm', 'oh_modules', 'Pods', '.expo', '.hvigor',
  '.gradle', 'coverage', '.idea', '.vscode', '.next', 'DerivedData', 'vendor',
  // Resource folders hold images, fonts and XML, never code. (A folder named assets can hold the app's code:
  // only an Android source set's assets, where the built bundle is copied, is skipped: see isSkippedDirectory.)
  'res', 'resources', 'images', 'img', 'fonts', 'media', 'gradle', '__snapshots__',
  // Flow library definitions declare what packages export (a react-native-permissions libdef names every
  // permission): types only, no use.
  'flow-typed',
]);
/** Xcode bundles and resource folders (`Images.xcassets`, `App.xcodeproj`, `en.lproj`, frameworks). */
const SKIPPED_DIRECTORY_SUFFIX = /\.(?:xcassets|xcodeproj|xcworkspace|lproj|framework|xcframework|bundle|imageset)$/;
/** An Android source set's assets (android/app/src/main/assets): the built JS bundle or web build, copied there. */
const ANDROID_ASSETS = /(?:^|\/)android\/(?:[^/]+\/)*src\/[^/]+\/assets$/;

/** Whether the walk skips a folder, given its path relative to the app root. */
function isSkippedDirectory(relativePath: string): boolean {
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  return SKIPPED_DIRECTORIES.has(name) || name.startsWith('.') || SKIPPED_DIRECTORY_SUFFIX.test(name) || (name === 'assets' && ANDROID_ASSETS.test(relativePath));
}

/** Code by its extension: sources, templates and native sources (config modules such as app.config.ts included). */
export function isCodeFileName(name: string): boolean {
  return SOURCE_EXTENSIONS.test(name) || TEMPLATE_EXTENSIONS.test(name) || NATIVE_EXTENSIONS.test(name);
}

/** An Xcode target's entitlements: the capabilities its code was given. */
const ENTITLEMENTS = /\.entitlements$/;

/**
 * Files the index reads: code, templates, native sources and entitlements. Config modules (app.config.ts,
 * capacitor.config.ts) declare permissions, and declaring is not using.
 */
function isScannedFileName(name: string): boolean {
  return (isCodeFileName(name) && !/\.d\.ts$|\.min\.js$|\.config\.[cm]?[jt]sx?$/.test(name)) || ENTITLEMENTS.test(name);
}

/** A path relative to the app root that the folder walk would reach. */
function isScannedPath(relativePath: string): boolean {
  const parts = relativePath.split('/');
  const name = parts.pop() ?? '';
  return isScannedFileName(name) && parts.every((_, i) => !isSkippedDirectory(parts.slice(0, i + 1).join('/')));
}

/** What a file contributes to its app's usage, as a comparable key (sites and lines left out: they move as you type). */
function usageKey(usage: FileUsage | undefined): string {
  if (!usage) return '';
  const imports = [...(usage.packageImports ?? [])].map(([module, names]) => `${module}:${[...names].sort().join('+')}`);
  return [[...usage.permissions.keys()].sort(), [...usage.privateInfoApis].sort(), [...usage.sdkCategories].sort(), [...(usage.componentRefs ?? [])].sort(), imports.sort()]
    .map((list) => list.join(','))
    .join('|');
}

/** Generated / vendored blobs are not the app's code. */
const MAX_SOURCE_BYTES = 1024 * 1024;
const MAX_FILES_PER_APP = 20_000;
/** Within this time an app's aggregate is reused without re-listing files (one CLI run lints many config files). */
const RECHECK_AFTER_MS = 2000;

/** Native iOS APIs that prompt, by class / function name (for hand-written Swift / Objective-C in ios/). */
const IOS_NATIVE_APIS: ReadonlyArray<[RegExp, string]> = [
  [/\bAVCaptureDevice\b|\bUIImagePickerController\b/, 'camera'],
  [/\brequestRecordPermission\b|\bAVAudioRecorder\b/, 'microphone'],
  [/\bCLLocationManager\b/, 'location'],
  // Asking for Always is asking for background location (the Always keys).
  [/\brequestAlwaysAuthorization\b/, 'location-background'],
  [/\bCNContactStore\b/, 'contacts'],
  [/\bPHPhotoLibrary\b/, 'photos'],
  [/\bEKEventStore\b/, 'calendar'],
  [/\bCBCentralManager\b|\bCBPeripheralManager\b/, 'bluetooth'],
  [/\bATTrackingManager\b/, 'tracking'],
  [/\bCMMotionActivityManager\b|\bCMPedometer\b/, 'motion'],
  [/\bSFSpeechRecognizer\b/, 'speech'],
  [/\bLAContext\b/, 'face-id'],
  [/\bHKHealthStore\b/, 'health'],
  [/\bNFCNDEFReaderSession\b|\bNFCTagReaderSession\b/, 'nfc'],
  [/\bVSAccountManager\b/, 'tv-provider'],
];

/**
 * SDKs started from the app's own native code (MainApplication.java, AppDelegate): an analytics, push or
 * crash-reporting SDK set up there needs the permissions its vendor asks the app to declare (UMeng's
 * READ_PHONE_STATE), though no JavaScript mentions it.
 */
const NATIVE_SDK_STARTS: ReadonlyArray<[RegExp, string]> = [
  [/\bUMConfigure\s*\.\s*init\b|\[UMConfigure initWithAppkey\b|\bUMConfigure\.initWithAppkey\b|\bMobclickAgent\s*\./, 'analytics'],
  [/\bJPushInterface\s*\.\s*init\b|\bJPUSHService\b|\bMiPushClient\s*\.\s*registerPush\b|\bHmsMessaging\b|\bPushManager\s*\.\s*getInstance\(\)\s*\.\s*initialize\b|\bGeTuiSdk\b/, 'push'],
  [/\bCrashReport\s*\.\s*initCrashReport\b|\[Bugly startWithAppId\b|\bBugly\.start\b|\bSentryAndroid\s*\.\s*init\b/, 'crash-reporting'],
  [/\bAppsFlyerLib\s*\.\s*getInstance\(\)\s*\.\s*init\b|\bAdjust\s*\.\s*onCreate\b/, 'attribution'],
];

/** Template components and attributes that prompt for a permission (WXML / Vue templates). */
const TEMPLATE_USES: ReadonlyArray<[RegExp, string[]]> = [
  [/<camera\b/, ['camera']],
  [/<live-pusher\b/, ['camera', 'microphone']],
  [/<voip-room\b/, ['camera', 'microphone']],
  [/\bshow-location\b|:show-location|\bshowLocation\b/, ['location']],
  [/open-type\s*=\s*["']getPhoneNumber/, ['phone-number']],
  [/open-type\s*=\s*["']chooseAvatar/, ['user-profile']],
  [/<(LocationButton|SaveButton|PasteButton)\b/, []],
  // UI kits' upload pickers, whose sourceType / capture defaults to ['album', 'camera'] (uview-ui and uview-plus
  // u-upload, uv-ui uv-upload, uni-ui uni-file-picker): used from npm, the kit's own chooseImage is out of the scan's sight.
  [/<(?:(?:u|up|uv)-upload|uni-file-picker)(?![\w-])/, ['photos', 'camera']],
];

const MEDIA_PICKER = /(^|\.)(chooseImage|chooseMedia|chooseVideo)$/;
const VIDEO_PICKER = /(^|\.)(chooseMedia|chooseVideo)$/;
const MINI_PROGRAM_HOSTS: ReadonlySet<string> = new Set(['wx', 'uni', 'Taro', 'my', 'tt', 'qq', 'swan', 'jd']);
/** Mini-program APIs outside the catalogue that still need a permission on some platform (uni-app App: CAMERA). */
const UNCATALOGUED_MINI_APIS: Readonly<Record<string, readonly string[]>> = {
  scanCode: ['camera'],
  startRecord: ['microphone'],
  startAccelerometer: ['motion'],
  startGyroscope: ['motion'],
  startDeviceMotionListening: ['motion'],
  makePhoneCall: ['phone'],
};

/** Permission ids written in code (string literals and constant paths), mapped through the knowledge base. */
const PERMISSION_ID = /\b(android\.permission\.[A-Z_][\w.]*|com\.google\.android\.gms\.permission\.AD_ID|ohos\.permission\.[A-Z_]+|ios\.permission\.[A-Z_]+|scope\.[a-zA-Z]+)\b/g;
const PERMISSION_CONSTANT = /\b(?:PERMISSIONS\.(ANDROID|IOS)|PermissionsAndroid\.PERMISSIONS|Manifest\.permission)\.([A-Z_]+)\b/g;

const MODULE_SPECIFIER = /\bfrom\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const PERMISSION_TEXT = /android\.permission\.|ohos\.permission\.|ios\.permission\.|\bscope\.[a-zA-Z]|PERMISSIONS\b|Manifest\.permission\./;

/**
 * Does the file import a catalogued module and name one of the exports its entries are reached through? Cheap: one
 * pass over the module specifiers. Most files import 'react-native' for `View` and `Text`, and none of them can use
 * `PermissionsAndroid` without naming it.
 */
function catalogueImports(text: string): boolean {
  const modules = getBindingIndex().modules;
  for (const m of text.matchAll(MODULE_SPECIFIER)) {
    const module = normaliseModuleSpecifier(m[1] ?? m[2] ?? m[3]);
    if (!modules.has(module)) continue;
    const names = moduleNamePattern(module);
    if (names === undefined || names === true || names.test(text)) return true;
  }
  return false;
}

function addSite(map: Map<string, UsageSite>, permission: string, site: UsageSite): void {
  if (!permission || permission === 'unknown' || permission === '*' || permission === '<from-argument>') return;
  if (!map.has(permission)) map.set(permission, site);
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Permission ids and constants written anywhere in the text. */
function scanPermissionIds(file: string, text: string, usage: FileUsage): void {
  for (const match of text.matchAll(PERMISSION_ID)) {
    const resolved = resolveNativePermissionId(match[1]);
    if (resolved) addSite(usage.permissions, resolved.permission, { file, line: lineOf(text, match.index ?? 0), via: 'permission-id', detail: match[1] });
  }
  const addConstant = (family: string | undefined, name: string | undefined, offset: number, detail: string): void => {
    if (!name) return;
    const id = family === 'IOS' ? `ios.permission.${name}` : `android.permission.${name}`;
    const resolved = family === 'IOS' ? { permission: RNP_IOS_PERMISSIONS[name]?.permission ?? 'unknown' } : resolveNativePermissionId(id);
    if (resolved) addSite(usage.permissions, resolved.permission, { file, line: lineOf(text, offset), via: 'permission-id', detail });
  };
  for (const match of text.matchAll(PERMISSION_CONSTANT)) addConstant(match[1], match[2], match.index ?? 0, match[0]);
  // react-native-permissions' platform groups under a name of the app's: `const { IOS, ANDROID } = PERMISSIONS` then
  // `IOS.MOTION`, or `const ios = PERMISSIONS.IOS` then `ios.CAMERA`.
  if (!text.includes('PERMISSIONS')) return;
  const groups = new Map<string, string>();
  for (const match of text.matchAll(PERMISSION_GROUP_DESTRUCTURING)) {
    for (const part of match[1]!.split(',')) {
      const [key, alias] = part.split(':').map((side) => side.trim());
      if ((key === 'IOS' || key === 'ANDROID') && /^[A-Za-z_$][\w$]*$/.test(alias ?? key)) groups.set(alias ?? key, key);
    }
  }
  for (const match of text.matchAll(PERMISSION_GROUP_ALIAS)) groups.set(match[1]!, match[2]!);
  for (const [alias, family] of groups) {
    for (const match of text.matchAll(new RegExp(`(?<![\\w$.])${alias.replace(/\$/g, '\\$')}\\.([A-Z_]+)\\b`, 'g'))) addConstant(family, match[1], match.index ?? 0, match[0]);
  }
}

const PERMISSION_GROUP_DESTRUCTURING = /\{([^{}=]*)\}\s*=\s*PERMISSIONS\b(?!\s*\.)/g;
const PERMISSION_GROUP_ALIAS = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*PERMISSIONS\.(IOS|ANDROID)\b(?!\s*\.)/g;

/** Where a local name's value comes from: a module export path or a platform global path. */
interface Origin {
  head: string;
  path: string[];
  module: boolean;
}

const IDENTIFIER = /[A-Za-z_$][\w$]*/y;
const IMPORT_DECLARATION = /\bimport\s+(?:type\s+)?([\w$*{}\s,]+?)\s+from\s*['"]([^'"]+)['"]/g;
const REQUIRE_DECLARATION = /\b(?:const|let|var)\s+([\w$]+|\{[^}]*\})\s*=\s*require\(\s*['"]([^'"]+)['"]\s*\)/g;
/** `const module = await import('expo-tracking-transparency')`: the module's namespace, loaded when it is needed (Minds). */
const DYNAMIC_IMPORT_DECLARATION = /\b(?:const|let|var)\s+([\w$]+|\{[^}]*\})\s*=\s*(?:await\s+)?import\(\s*['"]([^'"]+)['"]\s*\)/g;
/** `const x = a.b()`, `private x = a.b()`, `this.x = a.b()`: same-file aliases of a catalogued value. */
/** `const { Camera, Geolocation: Geo } = Plugins` (Capacitor 2), `const { getLocation } = Taro`: one alias per property. */
const DESTRUCTURING_DECLARATION = /\b(?:const|let|var)\s*\{([^{}=]*)\}\s*=\s*(?:await\s+)?([A-Za-z_$][\w$]*)/g;
/** A constructor parameter property typed with a class (`private geolocation: Geolocation,`): Angular / Ionic injection. */
const INJECTED_PARAMETER = /\b(?:private|public|protected|readonly)\s+(?:readonly\s+)?([A-Za-z_$][\w$]*)\s*:\s*([A-Za-z_$][\w$]*)\s*(?=[,)])/g;
const ALIAS_DECLARATION = /(?:\b(?:const|let|var)\s+|\b(?:private|public|protected|readonly)\s+(?:readonly\s+)?|\bthis\.)([A-Za-z_$][\w$]*)\s*(?::[^=;\n]+)?=\s*(?:await\s+)?([A-Za-z_$][\w$]*)/g;

/** Whether the first argument of the call that starts at `offset` is a member named one of `names` (`sensor.SensorId.PEDOMETER`). */
function firstArgumentNames(text: string, offset: number, names: readonly string[]): boolean {
  const open = text.indexOf('(', offset);
  if (open < 0) return false;
  const argument = /^\s*((?:[\w$]+\s*\??\.\s*)+)([\w$]+)\s*[,)]/.exec(text.slice(open + 1, open + 200));
  return argument !== null && names.includes(argument[2]);
}

/**
 * getUserMedia's constraints when the call writes them out (`getUserMedia({ video: { facingMode } })`), or names a
 * variable the file declares with an object literal and never changes a property of: the permissions whose constraint
 * is named with anything but `false` (`audio: withAudio` counts: this scan only needs to never miss a use).
 * Undefined otherwise, so both count.
 */
function inlineConstraintPermissions(text: string, offset: number): ApiEntry['permission'][] | undefined {
  const open = text.indexOf('(', offset);
  if (open < 0) return undefined;
  let start = open + 1;
  while (start < text.length && /\s/.test(text[start])) start++;
  const variable = /^([A-Za-z_$][\w$]*)\s*\)/.exec(text.slice(start, start + 100));
  if (variable) {
    const name = variable[1].replace(/\$/g, '\\$');
    if (new RegExp(`\\b${name}\\s*(?:\\.|\\[)`).test(text)) return undefined;
    const declarations = [...text.slice(0, offset).matchAll(new RegExp(`\\b(?:const|let|var)\\s+${name}\\s*(?::[^=]{1,200})?=\\s*\\{`, 'g'))];
    if (declarations.length !== 1) return undefined;
    const declaration = declarations[0];
    start = (declaration.index ?? 0) + declaration[0].length - 1;
  }
  if (text[start] !== '{') return undefined;
  let depth = 0;
  let end = start;
  for (; end < text.length && end < start + 2000; end++) {
    if (text[end] === '{') depth++;
    else if (text[end] === '}' && --depth === 0) break;
  }
  if (depth !== 0) return undefined;
  // `audio: false` asks for nothing; any other mention of a constraint counts.
  const object = text.slice(start, end + 1).replace(/\b(?:audio|video)\s*:\s*false\b/g, '');
  // A spread may bring either constraint.
  if (object.includes('...')) return undefined;
  const permissions: ApiEntry['permission'][] = [];
  if (/\bvideo\b/.test(object)) permissions.push('camera');
  if (/\baudio\b/.test(object)) permissions.push('microphone');
  return permissions;
}

/** What every binding path of the catalogue looks like: its head and first member, and the longest path. */
interface BindingShape {
  firstMembers: ReadonlySet<string>;
  longest: number;
}

const bindingShapes = new WeakMap<object, BindingShape>();

function bindingShapeOf(index: ReturnType<typeof getBindingIndex>): BindingShape {
  let shape = bindingShapes.get(index);
  if (!shape) {
    const firstMembers = new Set<string>();
    let longest = 0;
    for (const key of [...index.imports.keys(), ...index.globals.keys()]) {
      const [head, path] = key.split('\0') as [string, string];
      const members = path.split('.');
      firstMembers.add(pathKey(head, [members[0]!]));
      longest = Math.max(longest, members.length);
    }
    bindingShapes.set(index, (shape = { firstMembers, longest }));
  }
  return shape;
}

const QUOTED_MEMBER = /\[\s*(['"`])([A-Za-z_$][\w$]*)\1\s*\]/y;

/**
 * Read the member chain written after `start` in `text`: `.a.b(…).c` → ['a', 'b', '()', 'c'], `['a']` as `.a`.
 * Parentheses are skipped by depth counting (strings inside them are not interpreted: a rare miscount only shortens
 * the chain).
 */
function readChain(text: string, start: number): { path: string[]; end: number } {
  const path: string[] = [];
  let i = start;
  for (;;) {
    let j = i;
    while (j < text.length && (text[j] === ' ' || text[j] === '\n' || text[j] === '\t' || text[j] === '\r')) j++;
    if (text[j] === '?' && text[j + 1] === '.') j++;
    if (text[j] === '.') {
      j++;
      while (text[j] === ' ' || text[j] === '\n') j++;
      IDENTIFIER.lastIndex = j;
      const id = IDENTIFIER.exec(text);
      if (!id) break;
      path.push(id[0]);
      i = j + id[0].length;
    } else if (text[j] === '[') {
      // A member named by a string (`uni['getClipboardData']`), as the rules read it too.
      QUOTED_MEMBER.lastIndex = j;
      const member = QUOTED_MEMBER.exec(text);
      if (!member) break;
      path.push(member[2]!);
      i = j + member[0].length;
    } else if (text[j] === '(' && path.length < 12) {
      let depth = 0;
      let k = j;
      for (; k < text.length; k++) {
        if (text[k] === '(') depth++;
        else if (text[k] === ')' && --depth === 0) break;
      }
      if (k >= text.length) break;
      path.push(CALL_SEGMENT);
      i = k + 1;
    } else {
      break;
    }
  }
  return { path, end: i };
}

/**
 * The spans of the '…' and "…" string literals of script text, as [start, end) pairs in text order. A quote right after
 * a letter is text, not a string's start (JSX text: `<Text>Don't …`), so that such text hides nothing after it.
 */
function quotedStringRanges(text: string): Int32Array {
  const spans: number[] = [];
  lexScriptRegions(text, { script: true, markup: false, quoteAfterWordIsText: true }, (kind, from, to) => {
    if (kind === 'string') spans.push(from, to);
  });
  return Int32Array.from(spans);
}

/** Whether `offset` falls inside one of the spans (binary search over the pairs). */
function insideString(spans: Int32Array, offset: number): boolean {
  let low = 0;
  let high = spans.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (offset < spans[mid * 2]!) high = mid - 1;
    else if (offset >= spans[mid * 2 + 1]!) low = mid + 1;
    else return offset > spans[mid * 2]!;
  }
  return false;
}

/** What follows `end`, past white space: an assignment (`=`, not `=>`), an equality test (`==`, `===`, `!=`, `!==`), or neither. */
function assignedOrCompared(text: string, end: number): 'assigned' | 'compared' | undefined {
  let i = end;
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r') i++;
  if (text[i] === '=' && text[i + 1] === '=') return 'compared';
  if (text[i] === '=' && text[i + 1] !== '>') return 'assigned';
  return text[i] === '!' && text[i + 1] === '=' ? 'compared' : undefined;
}

function importClauseOrigins(clause: string, module: string, into: Map<string, Origin>): void {
  const named = /\{([^}]*)\}/.exec(clause);
  const rest = clause.replace(/\{[^}]*\}/, '').split(',').map((part) => part.trim()).filter(Boolean);
  for (const part of rest) {
    const namespace = /^\*\s+as\s+([\w$]+)$/.exec(part);
    if (namespace) into.set(namespace[1], { head: module, path: [], module: true });
    else if (/^[\w$]+$/.test(part)) into.set(part, { head: module, path: ['default'], module: true });
  }
  if (named) {
    for (const spec of named[1].split(',')) {
      const m = /^\s*(?:type\s+)?([\w$]+)(?:\s+as\s+([\w$]+))?\s*$/.exec(spec);
      if (m) into.set(m[2] ?? m[1], { head: module, path: [m[1]], module: true });
    }
  }
}

/**
 * Match source text against the knowledge base without parsing it: import / require bindings and platform globals
 * are followed through member chains, same-file aliases (`const at = abilityAccessCtrl.createAtManager()`) and JSX
 * tags. Generous by design: usage only ever silences the unused-permission rule. Callers blank comments first, though:
 * a call commented out (`// uni.getLocation({ … })`, an abandoned feature) is the leftover the rule is for.
 */
function scanScript(file: string, text: string, usage: FileUsage): void {
  const index = getBindingIndex();
  const origins = new Map<string, Origin>();
  for (const m of text.matchAll(IMPORT_DECLARATION)) {
    const module = normaliseModuleSpecifier(m[2]);
    if (index.modules.has(module)) importClauseOrigins(m[1], module, origins);
  }
  // `const X = require('m')`, `const { a: b } = require('m')`, and the same with `await import('m')`.
  const moduleBindings = [...text.matchAll(REQUIRE_DECLARATION), ...(text.includes('import(') ? text.matchAll(DYNAMIC_IMPORT_DECLARATION) : [])];
  for (const m of moduleBindings) {
    const module = normaliseModuleSpecifier(m[2]);
    if (!index.modules.has(module)) continue;
    if (m[1].startsWith('{')) {
      for (const spec of m[1].slice(1, -1).split(',')) {
        const b = /^\s*([\w$]+)(?:\s*:\s*([\w$]+))?\s*$/.exec(spec);
        if (b) origins.set(b[2] ?? b[1], { head: module, path: [b[1]], module: true });
      }
    } else {
      origins.set(m[1], { head: module, path: [], module: true });
    }
  }

  const originOf = (root: string, path: string[]): Origin | undefined => {
    const alias = origins.get(root);
    if (alias) return { head: alias.head, path: [...alias.path, ...path], module: alias.module };
    if (root === 'this' && path.length) {
      const field = origins.get(`this.${path[0]}`);
      return field && { head: field.head, path: [...field.path, ...path.slice(1)], module: field.module };
    }
    // window.navigator.geolocation → navigator.geolocation
    if (GLOBAL_OBJECT_ALIASES.has(root) && path.length && path[0] !== CALL_SEGMENT) return originOf(path[0], path.slice(1));
    return index.globalNames.has(root) ? { head: root, path, module: false } : undefined;
  };

  // Aliases, to a fixpoint of two rounds (an alias of an alias); the declarations are found once.
  const aliasDeclarations = [...text.matchAll(ALIAS_DECLARATION)];
  /** `this.x = …` names the field `this.x`; `const x = …` and `private x = …` name `x`. */
  const declarationName = (m: RegExpMatchArray) => (m[0].includes('this.') && !/^(?:const|let|var)/.test(m[0]) ? `this.${m[1]}` : m[1]);
  /**
   * Every declaration of each alias name, in text order, with what it holds there (undefined: nothing catalogued). A
   * use is read through the nearest declaration above it (`const res = await Taro.getStorage(…)` in one function,
   * `const res = await Taro.chooseImage(…)` in the next); a use above the first is likely another variable.
   */
  const declarationsOf = new Map<string, Array<{ offset: number; origin: Origin | undefined }>>();
  const noted = new Set<string>();
  const noteDeclaration = (name: string, offset: number, origin: Origin | undefined) => {
    if (noted.has(`${name}@${offset}`)) return;
    noted.add(`${name}@${offset}`);
    const list = declarationsOf.get(name) ?? [];
    list.push({ offset, origin });
    declarationsOf.set(name, list);
  };
  /** The last declaration before `offset` (lists are in text order): a binary search, as minified code declares `e` thousands of times. */
  const nearestDeclaration = (name: string, offset: number): { offset: number; origin: Origin | undefined } | undefined => {
    const list = declarationsOf.get(name);
    if (!list) return undefined;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (list[middle].offset < offset) low = middle + 1;
      else high = middle;
    }
    return low > 0 ? list[low - 1] : undefined;
  };
  const extended = (origin: Origin, rest: readonly string[]): Origin => ({ head: origin.head, path: [...origin.path, ...rest], module: origin.module });
  const destructurings = [...text.matchAll(DESTRUCTURING_DECLARATION)];
  const injections = text.includes('constructor') ? [...text.matchAll(INJECTED_PARAMETER)] : [];
  for (let round = 0; round < 2; round++) {
    for (const m of aliasDeclarations) {
      const name = declarationName(m);
      const rootName = m[2];
      if (!origins.has(rootName) && !index.globalNames.has(rootName) && !GLOBAL_OBJECT_ALIASES.has(rootName)) continue;
      const { path } = readChain(text, (m.index ?? 0) + m[0].length);
      const origin = originOf(rootName, path);
      if (origin && origin.head !== name) {
        origins.set(name, origin);
        if (/^(?:private|public|protected|readonly)/.test(m[0].trim())) origins.set(`this.${m[1]}`, origin);
      }
    }
    // Injected services: `constructor(private geolocation: Geolocation)` → this.geolocation is a Geolocation.
    for (const m of injections) {
      const origin = origins.get(m[2]!);
      if (origin) origins.set(`this.${m[1]}`, origin);
    }
    for (const m of destructurings) {
      const rootName = m[2];
      if (!origins.has(rootName) && !index.globalNames.has(rootName)) continue;
      const { path } = readChain(text, (m.index ?? 0) + m[0].length);
      for (const spec of m[1].split(',')) {
        const b = /^\s*([\w$]+)(?:\s*:\s*([\w$]+))?\s*$/.exec(spec);
        if (!b) continue;
        const origin = originOf(rootName, [...path, b[1]]);
        if (origin) origins.set(b[2] ?? b[1], origin);
      }
    }
  }

  // Each declaration of a name that is an alias somewhere, with what it holds at that place, in text order: the
  // value is read through the nearest declaration above of the name it copies (`this.player = manager` after
  // `const manager = wx.getBackgroundAudioManager()` holds the audio manager, whatever a later `manager` holds).
  const declaredNames = new Set(aliasDeclarations.map(declarationName).filter((name) => origins.has(name)));
  const heldAt = (root: string, path: readonly string[], offset: number): Origin | undefined => {
    const key = root === 'this' && path.length ? `this.${path[0]}` : root;
    if (!declaredNames.has(key)) return originOf(root, [...path]);
    const nearest = nearestDeclaration(key, offset);
    return nearest?.origin && extended(nearest.origin, root === 'this' ? path.slice(1) : path);
  };
  for (const m of aliasDeclarations) {
    const name = declarationName(m);
    if (!declaredNames.has(name)) continue;
    const rootName = m[2];
    // `const Geo = require('…')`, `const module = await import('…')`: the module binding the loops above made.
    if (rootName === 'require' || rootName === 'import') {
      noteDeclaration(name, m.index ?? 0, origins.get(name));
      continue;
    }
    const known = origins.has(rootName) || index.globalNames.has(rootName) || GLOBAL_OBJECT_ALIASES.has(rootName) || declaredNames.has(rootName) || rootName === 'this';
    const origin = known ? heldAt(rootName, readChain(text, (m.index ?? 0) + m[0].length).path, m.index ?? 0) : undefined;
    noteDeclaration(name, m.index ?? 0, origin && origin.head !== name ? origin : undefined);
  }
  for (const m of destructurings) {
    for (const spec of m[1].split(',')) {
      const b = /^\s*([\w$]+)(?:\s*:\s*([\w$]+))?\s*$/.exec(spec);
      const name = b ? (b[2] ?? b[1]) : undefined;
      if (name && origins.has(name)) noteDeclaration(name, m.index ?? 0, origins.get(name));
    }
  }
  for (const list of declarationsOf.values()) list.sort((a, b) => a.offset - b.offset);

  const record = (entries: readonly ApiEntry[] | undefined, offset: number) => {
    if (!entries?.length) return;
    let cachedLine: number | undefined;
    const lineAt = () => (cachedLine ??= lineOf(text, offset));
    for (const entry of entries) {
      if (entry.kind === 'consent-gate' || entry.kind === 'settings-open') continue;
      if (entry.argumentMember && !firstArgumentNames(text, offset, entry.argumentMember.names)) continue;
      usage.uses?.push({ file, line: lineAt(), via: 'code', detail: entry.display });
      const permissions = entry.mediaConstraintsOption
        ? (inlineConstraintPermissions(text, offset) ?? [entry.permission, ...(entry.extraPermissions ?? [])])
        : entry.extraPermissions
          ? [entry.permission, ...entry.extraPermissions]
          : [entry.permission];
      for (const permission of permissions) {
        if (!usage.permissions.has(permission)) addSite(usage.permissions, permission, { file, line: lineAt(), via: 'code', detail: entry.display });
      }
      // Media pickers open the camera too unless told not to (sourceType defaults to album + camera).
      if (MEDIA_PICKER.test(entry.display) && !usage.permissions.has('camera')) addSite(usage.permissions, 'camera', { file, line: lineAt(), via: 'code', detail: entry.display });
      // A video taken with the camera has sound: iOS asks for the microphone when the recorder starts (112_chequan).
      if (VIDEO_PICKER.test(entry.display) && !usage.permissions.has('microphone')) addSite(usage.permissions, 'microphone', { file, line: lineAt(), via: 'code', detail: entry.display });
      if (entry.requiredPrivateInfo) usage.privateInfoApis.add(entry.requiredPrivateInfo);
      if (entry.kind === 'sdk-init' && entry.sdkCategory) usage.sdkCategories.add(entry.sdkCategory);
    }
  };

  const shape = bindingShapeOf(index);
  const lookup = (origin: Origin, offset: number): void => {
    const full = origin.path[origin.path.length - 1] === CALL_SEGMENT ? origin.path.slice(0, -1) : origin.path;
    // Most chains of a minified bundle start with a member no binding starts with (`e.length`): no key to build.
    const mayMatch = full.length > 0 && (shape.firstMembers.has(pathKey(origin.head, [full[0]])) || (origin.module && shape.firstMembers.has(pathKey(origin.head, ['default']))));
    for (let length = mayMatch ? Math.min(full.length, shape.longest) : 0; length >= 1; length--) {
      const path = full.slice(0, length);
      const entries = origin.module
        ? (index.imports.get(pathKey(origin.head, path)) ?? index.imports.get(pathKey(origin.head, ['default', ...path])))
        : index.globals.get(pathKey(origin.head, path));
      if (entries?.length) {
        record(entries, offset);
        return;
      }
    }
    // Mini-program APIs the catalogue does not list but that use a permission (scanCode opens the camera).
    const mini = origin.module ? (origin.head === '@tarojs/taro' ? full.filter((p) => p !== 'default') : undefined) : MINI_PROGRAM_HOSTS.has(origin.head) ? full : undefined;
    const extra = mini && mini.length === 1 ? UNCATALOGUED_MINI_APIS[mini[0]] : undefined;
    if (extra) usage.uses?.push({ file, line: lineOf(text, offset), via: 'code', detail: `${origin.head}.${mini![0]}` });
    if (extra) for (const permission of extra) addSite(usage.permissions, permission, { file, line: lineOf(text, offset), via: 'code', detail: `${origin.head}.${mini![0]}` });
  };

  // Every use of a name that can reach a catalogued API: bound names, aliases, platform globals, `this.<field>`.
  const roots = new Set<string>([...origins.keys()].filter((k) => !k.startsWith('this.')));
  for (const name of index.globalNames) roots.add(name);
  for (const name of GLOBAL_OBJECT_ALIASES) roots.add(name);
  const hasFields = [...origins.keys()].some((k) => k.startsWith('this.'));
  if (hasFields) roots.add('this');
  if (!roots.size) return;
  const escape = (s: string) => s.replace(/[$]/g, '\\$');
  const alternatives = [...roots].map(escape).join('|');
  // Word-character names: `\b` and a look at the characters around each match, which V8 scans for faster than the
  // lookbehind (no match can start inside a refused one: there is no boundary inside a name).
  const wordNames = [...roots].every((root) => /^\w+$/.test(root));
  const useRegex = wordNames ? new RegExp(`\\b(${alternatives})\\b`, 'g') : new RegExp(`(?<![\\w$.])(${alternatives})(?![\\w$])`, 'g');
  // Uses of an alias above its declaration are looked up last: they count, as the scan is generous, but the site a
  // message cites is then the declaration or a use below it, not another `manager` earlier in the file.
  const early: Array<[Origin, number]> = [];
  let strings: Int32Array | undefined;
  for (const m of text.matchAll(useRegex)) {
    const offset = m.index ?? 0;
    if (wordNames && (text[offset - 1] === '$' || text[offset - 1] === '.' || text[offset + m[0].length] === '$')) continue;
    const { path, end } = readChain(text, offset + m[0].length);
    // The target of an assignment (`uni.chooseLocation = function …`, a polyfill's stub) defines the API, and a test of
    // whether it exists (`uni.chooseLocation === undefined`, `typeof wx.x`) asks nothing: neither uses it.
    if (path.length && path[path.length - 1] !== CALL_SEGMENT) {
      const after = assignedOrCompared(text, end);
      if (after === 'assigned') continue;
      // (On a platform global only: `PERMISSIONS.IOS.CAMERA === status` names the permission the app handles.)
      if (index.globalNames.has(m[1]!) && (after === 'compared' || /\btypeof\s*$/.test(text.slice(Math.max(0, offset - 12), offset)))) continue;
    }
    // Nor does a name in a string (`console.warn("api: uni.chooseLocation 暂不支持")`).
    if (path.length && insideString((strings ??= quotedStringRanges(text)), offset)) continue;
    if (text[offset - 1] === '<') {
      // JSX element <CameraView …>
      const origin = origins.get(m[1]);
      if (origin?.module) {
        const name = origin.path[0] === 'default' && origin.path.length === 2 ? origin.path[1] : (origin.path[origin.path.length - 1] ?? 'default');
        record(index.jsx.get(pathKey(origin.head, [name])), offset);
      }
      continue;
    }
    if (!path.length) continue;
    const origin = originOf(m[1], path);
    if (!origin) continue;
    const aliasName = m[1] === 'this' ? `this.${path[0]}` : m[1];
    const nearest = nearestDeclaration(aliasName, offset);
    if (!declarationsOf.has(aliasName)) lookup(origin, offset);
    else if (nearest?.origin) lookup(extended(nearest.origin, m[1] === 'this' ? path.slice(1) : path), offset);
    else {
      // Above every declaration, or declared above as something the catalogue does not know: likely another
      // variable. Still counted (a scope-blind scan stays generous), but cited last.
      early.push([origin, offset]);
    }
  }
  for (const [origin, offset] of early) {
    const before = usage.uses?.length ?? 0;
    lookup(origin, offset);
    for (const site of usage.uses?.slice(before) ?? []) usesAboveDeclaration.add(site);
  }
}

/** Uses through an alias written above the alias's declaration: the last sites to cite (see scanScript). */
const usesAboveDeclaration = new WeakSet<UsageSite>();

function scanTemplate(file: string, text: string, usage: FileUsage): void {
  for (const [pattern, permissions] of TEMPLATE_USES) {
    const match = pattern.exec(text);
    if (!match) continue;
    usage.uses?.push({ file, line: lineOf(text, match.index), via: 'template', detail: match[0].trim() });
    for (const permission of permissions) {
      addSite(usage.permissions, permission, { file, line: lineOf(text, match.index), via: 'template', detail: match[0].trim() });
    }
  }
}

function scanNative(file: string, text: string, usage: FileUsage): void {
  // `import android.Manifest.permission;` (Java or Kotlin) lets the code write `permission.CAMERA`.
  const permissionImported = /^\s*import\s+android\.Manifest\.permission\s*;?\s*$/m.test(text);
  const ids = permissionImported ? /(?:\b(?:Manifest\.permission\.|android\.permission\.)|(?<![\w.])permission\.)([A-Z_]+)\b/g : /\b(?:Manifest\.permission\.|android\.permission\.)([A-Z_]+)\b/g;
  for (const match of text.matchAll(ids)) {
    const resolved = resolveNativePermissionId(`android.permission.${match[1]}`);
    if (resolved) addSite(usage.permissions, resolved.permission, { file, line: lineOf(text, match.index ?? 0), via: 'native', detail: match[0] });
  }
  for (const [pattern, category] of NATIVE_SDK_STARTS) if (pattern.test(text)) usage.sdkCategories.add(category);
  if (/\.(swift|m|mm)$/.test(file)) {
    for (const [pattern, permission] of IOS_NATIVE_APIS) {
      const match = pattern.exec(text);
      if (match) addSite(usage.permissions, permission, { file, line: lineOf(text, match.index), via: 'native', detail: match[0] });
    }
  }
}

/**
 * Capabilities that only code using the hardware or data has: Xcode adds NFC tag reading and HealthKit when the
 * developer turns them on, and Apple grants them for that use. An SDK the knowledge base does not know may do the
 * reading (io-app reads the Italian ID card with @pagopa/io-react-native-cie): the entitlement is the evidence.
 */
const ENTITLEMENT_USES: ReadonlyArray<[RegExp, string]> = [
  [/<key>\s*com\.apple\.developer\.nfc\.readersession\.formats\s*<\/key>/, 'nfc'],
  [/<key>\s*com\.apple\.developer\.healthkit\s*<\/key>/, 'health'],
];

function scanEntitlements(file: string, text: string, usage: FileUsage): void {
  for (const [pattern, permission] of ENTITLEMENT_USES) {
    const match = pattern.exec(text);
    if (match) addSite(usage.permissions, permission, { file, line: lineOf(text, match.index), via: 'native', detail: match[0].replace(/<\/?key>|\s/g, '') });
  }
}

/**
 * The permissions whose prompting iOS APIs a text names (IOS_NATIVE_APIS): Swift / Objective-C sources, or the
 * strings of a compiled framework, where class names stand in type encodings (`@"CLLocationManager"`).
 */
export function iosNativeApiPermissions(text: string): string[] {
  return IOS_NATIVE_APIS.filter(([pattern]) => pattern.test(text)).map(([, permission]) => permission);
}

/** `UCityLocate` / `uCityLocate` / `u-city-locate` → `u-city-locate`, as Vue hyphenates component names. */
function kebabName(name: string): string {
  return name.replace(/\B([A-Z])/g, '-$1').toLowerCase();
}

/** The tags a Vue file's templates write and the module names it imports (file name without its extension). */
function componentRefsOf(text: string): Set<string> {
  const refs = new Set<string>();
  for (const match of text.matchAll(/<([A-Za-z][\w.-]*)/g)) refs.add(kebabName(match[1]!));
  for (const match of text.matchAll(/(?:\bfrom|\bimport|\brequire)\s*\(?\s*['"]([^'"]+)['"]/g)) {
    const base = match[1]!.slice(match[1]!.lastIndexOf('/') + 1).replace(/\.(?:n?vue|uvue|[cm]?[jt]s)$/, '');
    if (base) refs.add(kebabName(base));
  }
  return refs;
}

/**
 * Whether the app refers to the uni_modules component `name` (`u-city-locate`): by its tag, by an easycom alias of
 * another prefix (`<up-city-locate>`, `<u--city-locate>`), in PascalCase, or by importing it. Generous on purpose:
 * a component counted as used keeps its findings.
 */
export function uniComponentReferenced(
  name: string,
  usage: Pick<PermissionUsage, 'componentRefs' | 'uniModulesComponents'>,
  isOwnFile: (file: string) => boolean,
): boolean {
  const kebab = kebabName(name);
  const rest = kebab.includes('-') ? kebab.slice(kebab.indexOf('-')) : undefined;
  // The component's own files (a usage example in its comments) do not make it used.
  const fromElsewhere = (files: readonly string[]) => files.some((file) => !isOwnFile(file));
  for (const [ref, files] of usage.componentRefs) {
    // Another prefix is an alias (<up-city-locate>), unless it names another component of uni_modules (uv-qrcode).
    const alias = !!rest && ref.endsWith(rest) && !usage.uniModulesComponents.has(ref);
    if ((ref === kebab || alias) && fromElsewhere(files)) return true;
  }
  return false;
}

/** uni_modules/<plugin>/components/<name>/<name>.vue: a component uni-app's easycom registers by its folder name. */
export const UNI_MODULES_COMPONENT = /\/uni_modules\/[^/]+\/components\/([^/]+)\/\1\.(?:vue|nvue|uvue)$/;

/** A HarmonyOS system module (`@kit.LocationKit`, `@ohos.geoLocationManager`) or the app's own file. */
const NOT_A_PACKAGE = /^(?:\.|@kit\.|@ohos\.|@system\.|@arkts\.|@\/|~\/)/;
/** JavaScript and TypeScript sources (not templates or native code), whose package imports are recorded too. */
const SCRIPT_WITH_IMPORTS = /\.(?:[cm]?[jt]sx?|vue)$/;
/** The words of biometrics in names (enableTouchId, getSupportedBiometryType, FaceID): see dependency-hints' face-id. */
const BIOMETRIC_NAME = /biometr|fingerprint|touch_?id|face_?id|local_?auth|keychain/i;

/** The names a file imports from each package (see PermissionUsage.packageImports). */
function harmonyPackageImports(text: string): Map<string, Set<string>> | undefined {
  let imports: Map<string, Set<string>> | undefined;
  for (const m of text.matchAll(IMPORT_DECLARATION)) {
    if (NOT_A_PACKAGE.test(m[2])) continue;
    const names = new Set<string>();
    for (const part of m[1].replace(/[{}]/g, ',').split(',')) {
      const name = /^\s*(?:type\s+)?(?:\*\s+as\s+)?([\w$]+)/.exec(part)?.[1];
      if (name && name !== 'type') names.add(name);
    }
    if (!names.size) continue;
    imports ??= new Map();
    const all = imports.get(m[2]) ?? new Set<string>();
    for (const name of names) all.add(name);
    imports.set(m[2], all);
  }
  return imports;
}

/** `<WebView geolocationEnabled …>` and `geolocationEnabled={true}`, not `={false}` or a value the text does not show. */
const WEBVIEW_GEOLOCATION_PROP = /\bgeolocationEnabled(?=\s*(?:\/?>|[A-Za-z_$]|\{\s*\.\.\.|=\s*\{\s*true\s*\}))/g;
const IMPORTS_RN_WEBVIEW = /(?:\bfrom\s*|\brequire\s*\(\s*)['"]react-native-webview['"]/;

/**
 * A react-native-webview page that may locate the device: with `geolocationEnabled` its web content's
 * navigator.geolocation asks the app's location permission (Android: ACCESS_FINE_LOCATION at run time; iOS: the web
 * view runs under the app's NSLocationWhenInUseUsageDescription), so the page is a use of location (ccnubox's campus map).
 */
function scanWebViewGeolocation(file: string, text: string, usage: FileUsage): void {
  if (!text.includes('geolocationEnabled') || !IMPORTS_RN_WEBVIEW.test(text)) return;
  for (const m of text.matchAll(WEBVIEW_GEOLOCATION_PROP)) {
    // Only as an attribute of an open <WebView …> tag, not `geolocationEnabled:` in an object or a variable's name.
    const offset = m.index ?? 0;
    const tag = text.lastIndexOf('<WebView', offset);
    if (tag < 0 || offset - tag > 3000 || !/\s/.test(text[offset - 1] ?? '')) continue;
    const between = text.slice(tag + '<WebView'.length, offset);
    if (!/^\s/.test(between) || between.includes('/>') || between.includes('</')) continue;
    const site: UsageSite = { file, line: lineOf(text, offset), via: 'code', detail: '<WebView geolocationEnabled>' };
    usage.uses?.push(site);
    if (!usage.permissions.has('location')) addSite(usage.permissions, 'location', site);
    return;
  }
}

/** What a web view that shows pages the code does not spell out records in the usage (see scanWebViewRemoteContent). */
export const REMOTE_WEB_PAGE = 'remote-web-page';

/** A `source` whose page the code does not spell out: `source={{ uri: server.url }}`, `source={page}`, or props spread in. */
const WEBVIEW_REMOTE_SOURCE = /\bsource\s*=\s*\{\s*(?:\{[^{}]*\buri\s*:(?!\s*['"][^'"`$]*['"]\s*[,}])|[A-Za-z_$])|(?<=\s)\{\s*\.\.\./;

/**
 * A react-native-webview page the app does not write itself (a server the user picks, a URL from a route): whatever
 * it shows may hold a file input, for which WKWebView offers "Take Photo or Video" (the app is killed without the
 * camera key: react-native-webview #208 / #214) and react-native-webview's Android file chooser the camera. Like
 * `<input type="file">` of an unknown type: camera and microphone (jellyfin-expo's shell). A fixed page
 * (`source={{ uri: 'https://example.com/privacy' }}`, inline `html`) is not.
 */
function scanWebViewRemoteContent(file: string, text: string, usage: FileUsage): void {
  if (!text.includes('<WebView') || !IMPORTS_RN_WEBVIEW.test(text)) return;
  for (let tag = text.indexOf('<WebView'); tag >= 0; tag = text.indexOf('<WebView', tag + 1)) {
    if (/[\w$]/.test(text[tag + '<WebView'.length] ?? '')) continue;
    // The tag's attributes up to its end: blank `=>` so handlers do not end it.
    const rest = text.slice(tag, tag + 3000).replace(/=>/g, '  ');
    const end = rest.search(/\/?>/);
    const attributes = end < 0 ? rest : rest.slice(0, end);
    if (!WEBVIEW_REMOTE_SOURCE.test(attributes)) continue;
    const site: UsageSite = { file, line: lineOf(text, tag), via: 'code', detail: '<WebView> of a remote page' };
    usage.uses?.push(site);
    if (!usage.permissions.has('camera')) addSite(usage.permissions, 'camera', site);
    if (!usage.permissions.has('microphone')) addSite(usage.permissions, 'microphone', site);
    // Its scripts may ask for the location too, which WKWebView asks iOS for with the app's own location key
    // (react-native-webview: geolocationEnabled is Android's switch only). Recorded apart: no-unused-permission lets
    // it justify the iOS key alone.
    if (!usage.permissions.has(REMOTE_WEB_PAGE)) addSite(usage.permissions, REMOTE_WEB_PAGE, site);
    return;
  }
}

const FILE_INPUT = /<input\b(?=[^<>]*\btype\s*=\s*\{?\s*["'`]file["'`])[^<>]*>/gi;

/**
 * A file input a web view renders (Capacitor, Cordova, a PWA): iOS offers "Take Photo or Video" for it, so an input
 * that accepts images uses the camera, and one that accepts video (or any file) records with sound too. Without the
 * purpose strings the app is killed when the user picks the camera (voyager's post editor).
 */
function scanFileInputs(file: string, text: string, usage: FileUsage): void {
  if (!/type\s*=\s*\{?\s*["'`]file/i.test(text)) return;
  // Arrow functions in the tag's handlers (`onChange={(e) => …}`) do not end it: blanked, offsets kept.
  const markup = text.replace(/=>/g, '  ');
  for (const m of markup.matchAll(FILE_INPUT)) {
    const tag = m[0];
    const accept = /\baccept\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/i.exec(tag);
    // No accept takes any file; one the text does not show (a variable) may be anything.
    const types = accept ? (accept[1] ?? accept[2] ?? accept[3] ?? '').toLowerCase() : '*';
    const any = types.trim() === '' || types.includes('*/*') || types.trim() === '*';
    const image = any || /\bimage\//.test(types) || /\bcapture\b/i.test(tag);
    const video = any || /\bvideo\//.test(types);
    if (!image && !video) continue;
    const site: UsageSite = { file, line: lineOf(text, m.index ?? 0), via: 'code', detail: '<input type="file">' };
    usage.uses?.push(site);
    if (!usage.permissions.has('camera')) addSite(usage.permissions, 'camera', site);
    if (video && !usage.permissions.has('microphone')) addSite(usage.permissions, 'microphone', site);
  }
}

/** Scan one file's text (exported for tests and for tools that lint in-memory text). */
export function scanFileText(file: string, text: string): FileUsage {
  const usage: FileUsage = { permissions: new Map(), privateInfoApis: new Set(), sdkCategories: new Set(), parsed: false };
  if (TEMPLATE_EXTENSIONS.test(file)) {
    scanTemplate(file, text, usage);
    return usage;
  }
  if (NATIVE_EXTENSIONS.test(file)) {
    scanNative(file, text, usage);
    return usage;
  }
  if (ENTITLEMENTS.test(file)) {
    scanEntitlements(file, text, usage);
    return usage;
  }
  if (/\.n?vue$/.test(file)) {
    scanTemplate(file, text, usage);
    usage.componentRefs = componentRefsOf(text);
  } else if (/\/main\.[jt]s$/.test(file)) {
    // uni-app's entry registers components globally (Vue.component('card', Card), app.component(…)).
    usage.componentRefs = componentRefsOf(text);
  }
  const markup = /\.n?vue$/.test(file);
  let code: string | undefined;
  const withoutComments = () => (code ??= blankComments(text, { script: true, markup }));
  // A permission id in a comment (`// 'ohos.permission.MICROPHONE',` left from a removed feature) is no use.
  // (A .vue file's template text is no script: `//` in a URL there is no comment, so its ids are read as written.)
  if (PERMISSION_TEXT.test(text)) scanPermissionIds(file, markup ? text : withoutComments(), usage);
  // The names imported from packages: an ohpm library's (.ets), or, in a script that names biometrics, a native
  // package's the knowledge base does not know (no-unused-permission judges those names for Face ID alone).
  if (file.endsWith('.ets') || (SCRIPT_WITH_IMPORTS.test(file) && BIOMETRIC_NAME.test(text))) usage.packageImports = harmonyPackageImports(text);
  scanWebViewGeolocation(file, text, usage);
  scanWebViewRemoteContent(file, text, usage);
  scanFileInputs(file, text, usage);
  // Only files that import a catalogued module or use a platform global can reach a catalogued API.
  if (!catalogueImports(text) && !globalUsePattern().test(text)) return usage;
  scanScript(file, withoutComments(), usage);
  usage.parsed = true;
  return usage;
}

/**
 * The API calls and template uses a file really makes, in text order: comments are blanked first and permission
 * ids written as strings do not count. For rules that report use as a finding (require-privacy-check), where the
 * generous scan above would turn commented-out code into an error.
 */
export function scanCodeUses(file: string, text: string): UsageSite[] {
  const usage: FileUsage = { permissions: new Map(), privateInfoApis: new Set(), sdkCategories: new Set(), parsed: false, uses: [] };
  const markup = TEMPLATE_EXTENSIONS.test(file) || /\.n?vue$/.test(file);
  const code = blankComments(text, { script: !TEMPLATE_EXTENSIONS.test(file), markup });
  if (markup) scanTemplate(file, code, usage);
  if (!TEMPLATE_EXTENSIONS.test(file) && !NATIVE_EXTENSIONS.test(file) && (catalogueImports(code) || globalUsePattern().test(code))) scanScript(file, code, usage);
  // In line order, uses through an alias above its declaration last: the site cited is one that surely is the API.
  const rank = (site: UsageSite) => (usesAboveDeclaration.has(site) ? 1 : 0);
  return usage.uses!.sort((a, b) => rank(a) - rank(b) || a.line - b.line);
}

const NEWLINE = 10;
const SPACE = 32;

/**
 * The text with comments replaced by spaces (line breaks kept, so offsets and lines do not move): line and block comments
 * in script, `<!-- -->` in markup. Strings, template literals and regular expressions are skipped so that a `//`
 * inside them stays. A lexical approximation: where it misreads, it blanks too little or a line too much, and the
 * caller only ever loses a finding by it.
 */
export function blankComments(text: string, { script, markup }: { script: boolean; markup: boolean }): string {
  const out = Buffer.from(text, 'utf16le');
  let changed = false;
  lexScriptRegions(text, { script, markup, quoteAfterWordIsText: false }, (kind, from, to) => {
    if (kind !== 'comment') return;
    for (let k = from; k < to; k++) if (text.charCodeAt(k) !== NEWLINE) out.writeUInt16LE(SPACE, k * 2);
    changed = true;
  });
  return changed ? out.toString('utf16le') : text;
}

/**
 * One lexical pass over script (and markup) text, reporting the spans of comments (line, block, `<!-- -->` in markup)
 * and of '…' / "…" string literals; template literals and regular expressions are passed over so that what they hold
 * is neither. A quote closes on its own line, so markup text such as "don't" cannot swallow more than that line; with
 * `quoteAfterWordIsText`, a quote right after a letter or digit opens no string at all.
 */
function lexScriptRegions(
  text: string,
  { script, markup, quoteAfterWordIsText }: { script: boolean; markup: boolean; quoteAfterWordIsText: boolean },
  visit: (kind: 'comment' | 'string', from: number, to: number) => void,
): void {
  let lastSignificant = '';
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text[i];
    if (markup && c === '<' && text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      const stop = end < 0 ? n : end + 3;
      visit('comment', i, stop);
      i = stop;
      continue;
    }
    if (!script) {
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      let stop = text.indexOf('\n', i);
      if (stop < 0) stop = n;
      visit('comment', i, stop);
      i = stop;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      visit('comment', i, stop);
      i = stop;
      continue;
    }
    if ((c === '"' || c === "'") && !(quoteAfterWordIsText && i > 0 && /[\p{L}\p{N}_$]/u.test(text[i - 1]!))) {
      let j = i + 1;
      while (j < n && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      visit('string', i, j + 1);
      i = j + 1;
      lastSignificant = c;
      continue;
    }
    if (c === '`') {
      let j = i + 1;
      while (j < n && text[j] !== '`') j += text[j] === '\\' ? 2 : 1;
      i = j + 1;
      lastSignificant = c;
      continue;
    }
    if (c === '/' && (lastSignificant === '' || '(,=:[!&|?{};+-*%<>~^'.includes(lastSignificant))) {
      // A regular expression literal: up to the closing slash on this line, past escapes and classes.
      let j = i + 1;
      let inClass = false;
      while (j < n && text[j] !== '\n' && (inClass || text[j] !== '/')) {
        if (text[j] === '\\') j++;
        else if (text[j] === '[') inClass = true;
        else if (text[j] === ']') inClass = false;
        j++;
      }
      i = j + 1;
      lastSignificant = '/';
      continue;
    }
    if (c !== ' ' && c !== '\n' && c !== '\t' && c !== '\r') lastSignificant = c;
    i++;
  }
}

interface CachedFile {
  signature: string;
  hash: string;
  usage: FileUsage;
}

interface CachedApp {
  checkedAt: number;
  dirty: boolean;
  dependencyKey: string;
  usage: PermissionUsage;
}

export class UsageIndex {
  private readonly files = new Map<string, CachedFile>();
  private readonly apps = new Map<string, CachedApp>();
  private readonly overlays = new Map<string, string>();
  /** Work counters (diagnostics and tests): files read from the source, files scanned after a content change. */
  readonly stats = { reads: 0, scans: 0, computes: 0 };

  constructor(private readonly source: FileSource = new DiskFileSource(), private readonly now: () => number = Date.now) {}

  /** The permissions an app uses (code, permission ids, native code, templates, dependencies). */
  forApp(app: UsageApp): PermissionUsage {
    const root = app.root.replace(/\\/g, '/').replace(/\/$/, '');
    const codeDirs = (app.codeDirs ?? []).map((dir) => dir.replace(/\\/g, '/').replace(/\/$/, ''));
    const dependencyKey = `${Object.keys(app.dependencies ?? {}).sort().join(',')}|${codeDirs.join(',')}`;
    const cached = this.apps.get(root);
    if (cached && !cached.dirty && cached.dependencyKey === dependencyKey && isFresh(cached.checkedAt, RECHECK_AFTER_MS, this.now())) return cached.usage;
    const usage = this.compute(root, app.dependencies ?? {}, new Set(codeDirs));
    this.apps.set(root, { checkedAt: this.now(), dirty: false, dependencyKey, usage });
    return usage;
  }

  /** Use in-memory text for a file (an unsaved editor buffer); undefined removes the overlay. */
  setOverlay(file: string, text: string | undefined): void {
    const path = file.replace(/\\/g, '/');
    if (text === undefined) this.overlays.delete(path);
    else this.overlays.set(path, text);
    this.invalidate(path);
  }

  /** Whether a change at this path can change any app's usage: a file the index reads, or a folder (no extension). */
  mayHold(file: string): boolean {
    const name = file.slice(file.replace(/\\/g, '/').lastIndexOf('/') + 1);
    return isScannedFileName(name) || !name.includes('.');
  }

  /**
   * Whether an app's usage has been computed and holds this file: only then can a change of the file change a
   * finding already shown (the language server re-checks config documents only then).
   */
  tracks(file: string): boolean {
    const path = file.replace(/\\/g, '/');
    for (const root of this.apps.keys()) if (path.startsWith(`${root}/`) && isScannedPath(path.slice(root.length + 1))) return true;
    return false;
  }

  /**
   * Set (or with undefined, drop) the overlay of a file and scan it now. Returns whether what the file contributes
   * to its app's usage changed: a permission, private-info API or SDK category added or removed. Typing that moves
   * a call, or edits anything else, returns false.
   */
  updateOverlay(file: string, text: string | undefined): boolean {
    const path = file.replace(/\\/g, '/');
    const before = usageKey(this.files.get(path)?.usage);
    this.setOverlay(path, text);
    return usageKey(this.fileUsage(path)) !== before;
  }

  /** After a file-watcher event: forget the file, read it again, and say whether its contribution changed. */
  refresh(file: string): boolean {
    const path = file.replace(/\\/g, '/');
    const before = usageKey(this.files.get(path)?.usage);
    this.invalidate(path);
    if (!isScannedFileName(path.slice(path.lastIndexOf('/') + 1))) return false;
    return usageKey(this.fileUsage(path)) !== before;
  }

  /** Forget a file (changed, created or deleted) and mark the apps that hold it for recomputation. */
  invalidate(file: string): void {
    const path = file.replace(/\\/g, '/');
    // Keep the content hash: a file saved unchanged is read again but not re-scanned.
    const cached = this.files.get(path);
    if (cached) this.files.set(path, { ...cached, signature: '' });
    for (const [root, app] of this.apps) {
      if (path !== root && !path.startsWith(`${root}/`)) continue;
      // A file the walk never reads (build output, a lock file, an image) leaves the app's usage as it is; a
      // folder (no extension) may hold anything.
      const relativePath = path.slice(root.length + 1);
      const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
      if (path === root || !name.includes('.') || isScannedPath(relativePath)) app.dirty = true;
    }
  }

  clear(): void {
    this.files.clear();
    this.apps.clear();
  }

  private compute(root: string, dependencies: Readonly<Record<string, string>>, codeDirs: ReadonlySet<string>): PermissionUsage {
    this.stats.computes++;
    const permissions = new Map<string, UsageSite>();
    const privateInfoApis = new Set<string>();
    const sdkCategories = new Set<string>();
    const componentRefs = new Map<string, string[]>();
    const uniModulesComponents = new Set<string>();
    const packageImports = new Map<string, Set<string>>();
    let filesListed = 0;
    let filesParsed = 0;
    for (const file of this.listFiles(root, codeDirs)) {
      filesListed++;
      const component = UNI_MODULES_COMPONENT.exec(file);
      if (component) uniModulesComponents.add(kebabName(component[1]!));
      const usage = this.fileUsage(file);
      if (!usage) continue;
      if (usage.parsed) filesParsed++;
      for (const [permission, site] of usage.permissions) if (!permissions.has(permission)) permissions.set(permission, site);
      for (const api of usage.privateInfoApis) privateInfoApis.add(api);
      for (const category of usage.sdkCategories) sdkCategories.add(category);
      for (const [module, names] of usage.packageImports ?? []) {
        const all = packageImports.get(module) ?? new Set<string>();
        for (const name of names) all.add(name);
        packageImports.set(module, all);
      }
      for (const ref of usage.componentRefs ?? []) {
        const files = componentRefs.get(ref);
        if (files) files.push(file);
        else componentRefs.set(ref, [file]);
      }
    }
    for (const name of Object.keys(dependencies)) {
      for (const permission of dependencyUses(name)) {
        addSite(permissions, permission, { file: `${root}/package.json`, line: 0, via: 'dependency', detail: name });
      }
    }
    return { root, permissions, privateInfoApis, sdkCategories, componentRefs, uniModulesComponents, packageImports, filesListed, filesParsed };
  }

  private fileUsage(file: string): FileUsage | undefined {
    const overlay = this.overlays.get(file);
    const cached = this.files.get(file);
    let signature: string;
    let text: string | undefined = overlay;
    if (overlay !== undefined) {
      signature = `overlay:${overlay.length}:${contentHash(overlay)}`;
      if (cached && cached.signature === signature) return cached.usage;
    } else if (this.source instanceof DiskFileSource) {
      // On disk: one stat gives the signature and the size, then one read (the generic path stats twice).
      let stat: Stats | undefined;
      try {
        stat = statSync(file, { throwIfNoEntry: false });
      } catch {
        return undefined;
      }
      if (!stat || !stat.isFile()) return undefined;
      signature = `${stat.mtimeMs}:${stat.size}`;
      if (cached && cached.signature === signature) return cached.usage;
      if (stat.size > MAX_SOURCE_BYTES) return undefined;
      this.stats.reads++;
      try {
        text = decodeText(readFileSync(file));
      } catch {
        return undefined;
      }
    } else {
      signature = this.source.signature(file);
      if (cached && cached.signature === signature) return cached.usage;
      this.stats.reads++;
      const read = this.source.read(file);
      if (!read || !read.ok || read.text.length > MAX_SOURCE_BYTES) return undefined;
      text = read.text;
    }
    if (text === undefined) return undefined;
    const hash = contentHash(text);
    if (cached && cached.hash === hash) {
      this.files.set(file, { ...cached, signature });
      return cached.usage;
    }
    this.stats.scans++;
    const usage = scanFileText(file, text);
    this.files.set(file, { signature, hash, usage });
    return usage;
  }

  private listFiles(root: string, codeDirs: ReadonlySet<string>): string[] {
    const out: string[] = [];
    // A uni-app project compiles libraries copied into its pages and components, package.json and all (discovery).
    const isUniBase = (dir: string) => {
      const entries = this.source.list(dir);
      return !!entries?.some((e) => e.name === 'manifest.json') && !!entries?.some((e) => e.name === 'pages.json');
    };
    // The folder holding manifest.json and pages.json: the root, or src/ in a uni-app CLI project.
    const uniBase = isUniBase(root) ? root : isUniBase(`${root}/src`) ? `${root}/src` : undefined;
    const walk = (dir: string, depth: number): void => {
      if (out.length >= MAX_FILES_PER_APP || depth > 12) return;
      const entries = this.source.list(dir);
      if (!entries) return;
      // A nested package (another app or a workspace package) is not this app's code, except uni-app plugins: a
      // uni_modules/<plugin> has its own package.json but is compiled into the app (uView's upload calls chooseImage).
      if (dir !== root && !codeDirs.has(dir) && !/\/uni_modules\/[^/]+$/.test(dir) && !(uniBase && dir.startsWith(`${uniBase}/`) && isUniSourcePackage(dir.slice(uniBase.length + 1))) && entries.some((e) => !e.isDirectory && e.name === 'package.json')) return;
      for (const entry of entries) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory) {
          if (!isSkippedDirectory(path.slice(root.length + 1))) walk(path, depth + 1);
        } else if (isScannedFileName(entry.name)) {
          out.push(path);
        }
      }
    };
    walk(root, 0);
    // Unsaved buffers of files not on disk yet (a new, unsaved file), unless in a folder the walk skips.
    const listed = new Set(out);
    for (const overlay of this.overlays.keys()) {
      if (overlay.startsWith(`${root}/`) && !listed.has(overlay) && isScannedPath(overlay.slice(root.length + 1))) out.push(overlay);
    }
    return out;
  }
}

const FRAMEWORK_PACKAGES: ReadonlySet<string> = new Set([
  'react-native', 'expo', 'expo-modules-core', '@tarojs/taro', '@dcloudio/uni-app', '@capacitor/core', 'react', 'vue', 'react-dom',
]);

/** Permissions a dependency brings: the knowledge base's package table, else its catalogued requests. */
export function dependencyUses(name: string): string[] {
  const known = dependencyPermissions(name);
  if (known) return [...known.permissions];
  // The frameworks themselves (Taro, React Native, uni-app, HarmonyOS kits) expose every API: installing them uses nothing.
  if (FRAMEWORK_PACKAGES.has(name) || /^@(kit|ohos)\./.test(name)) return [];
  const module = normaliseModuleSpecifier(name);
  const out = new Set<string>();
  for (const entry of API_ENTRIES) {
    if (entry.kind !== 'permission-request' || entry.permission === '<from-argument>' || entry.permission === '*') continue;
    if (entry.bindings.some((b) => (b.type === 'import' || b.type === 'jsx') && b.module === module)) out.add(entry.permission);
  }
  return [...out];
}

/** ohos.permission ids a user must grant (the only HarmonyOS declarations the usage check applies to). */
export function isHarmonyUserGrant(id: string): boolean {
  return id in HARMONY_USER_GRANT_PERMISSIONS;
}

let shared: UsageIndex | undefined;

/** The process-wide index (the CLI, the language server and the ESLint rule share it). */
export function getUsageIndex(): UsageIndex {
  shared ??= new UsageIndex();
  return shared;
}

/** Replace the shared index (the language server passes its overlay-aware file source; tests pass a memory tree). */
export function setUsageIndex(index: UsageIndex): void {
  shared = index;
}

