// Which permissions an app's code uses, project-wide. Framework-free (no ESLint): the CLI, the language server
// and the no-unused-permission rule share one process-wide index.
//
// Per app: the app's source files are listed once, each file is read when its signature (mtime + size) changed,
// re-scanned only when its content hash changed, and skipped entirely unless a cheap text prefilter finds a
// catalogued module, platform global or permission id in it. Scanning parses with the `typescript` package (no
// type checking) and matches import bindings / platform globals against the knowledge base. Dependencies the
// knowledge base knows to use a permission (expo-camera → camera) count as use, and so do permission ids written in
// native Android / iOS sources and WXML / Vue template components that prompt (<camera>, show-location).
//
// Usage is deliberately generous: anything that might use a permission counts, so the rule built on it only
// reports declarations nothing could need.
import { createRequire } from 'node:module';
import type * as TS from 'typescript';
import { contentHash } from './hash.js';
import { DiskFileSource, type FileSource } from './file-source.js';
import { API_ENTRIES, GLOBAL_OBJECT_ALIASES, getBindingIndex, normaliseModuleSpecifier, pathKey } from './knowledge/registry.js';
import { RNP_IOS_PERMISSIONS, resolveNativePermissionId, HARMONY_USER_GRANT_PERMISSIONS } from './knowledge/native-ids.js';
import { dependencyPermissions } from './knowledge/dependencies.js';
import type { ApiEntry } from './knowledge/types.js';
import { CALL_SEGMENT } from './knowledge/types.js';

let tsModule: typeof TS | undefined;
function typescript(): typeof TS {
  tsModule ??= createRequire(import.meta.url)('typescript') as typeof TS;
  return tsModule;
}

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
  /** Source files the scan covered (after the prefilter: files that were parsed). */
  filesListed: number;
  filesParsed: number;
}

export interface UsageApp {
  root: string;
  dependencies?: Readonly<Record<string, string>>;
}

export interface FileUsage {
  permissions: Map<string, UsageSite>;
  privateInfoApis: Set<string>;
  sdkCategories: Set<string>;
  parsed: boolean;
}

const SOURCE_EXTENSIONS = /\.(?:[cm]?[jt]sx?|vue|nvue|ets|uts)$/;
const TEMPLATE_EXTENSIONS = /\.(?:wxml|axml|swan|ttml)$/;
const NATIVE_EXTENSIONS = /\.(?:java|kt|swift|m|mm)$/;
const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules', '.git', 'dist', 'build', 'unpackage', 'miniprogram_npm', 'oh_modules', 'Pods', '.expo', '.hvigor',
  '.gradle', 'coverage', '.idea', '.vscode', '.next', 'DerivedData', 'vendor',
]);
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
];

const MEDIA_PICKER = /(^|\.)(chooseImage|chooseMedia|chooseVideo)$/;
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

let prefilter: RegExp | undefined;
/** One regular expression that finds anything the scanner could match: catalogued modules, globals, permission ids. */
function prefilterPattern(): RegExp {
  if (prefilter) return prefilter;
  const index = getBindingIndex();
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const tokens = [
    ...[...index.modules].map((m) => `['"\`](?:[^'"\`]*/)?${escape(m)}['"\`/]`),
    ...[...index.globalNames].map((g) => `\\b${escape(g)}\\s*\\.`),
    'android\\.permission\\.',
    'ohos\\.permission\\.',
    'ios\\.permission\\.',
    '\\bscope\\.[a-zA-Z]',
    'PERMISSIONS\\.',
  ];
  prefilter = new RegExp(tokens.join('|'));
  return prefilter;
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
  for (const match of text.matchAll(PERMISSION_CONSTANT)) {
    const family = match[1];
    const name = match[2];
    const id = family === 'IOS' ? `ios.permission.${name}` : `android.permission.${name}`;
    const resolved = family === 'IOS' ? { permission: RNP_IOS_PERMISSIONS[name]?.permission ?? 'unknown' } : resolveNativePermissionId(id);
    if (resolved) addSite(usage.permissions, resolved.permission, { file, line: lineOf(text, match.index ?? 0), via: 'permission-id', detail: match[0] });
  }
}

/** `<script>` blocks of a Vue single-file component (offsets kept so lines stay right). */
function vueScripts(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    const start = (match.index ?? 0) + match[0].indexOf(match[1]);
    out += text.slice(last, start).replace(/[^\n]/g, ' ') + match[1];
    last = start + match[1].length;
  }
  return out + text.slice(last).replace(/[^\n]/g, ' ');
}

/** Match source code against the knowledge base: import bindings, platform globals, same-file aliases, JSX. */
function scanScript(file: string, text: string, usage: FileUsage): void {
  const ts = typescript();
  const kind = /\.[cm]?tsx$|\.ets$/.test(file) ? ts.ScriptKind.TSX : /\.[cm]?ts$|\.uts$/.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JSX;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const index = getBindingIndex();
  /** Local name → where its value comes from: ['module', m, ...path] or ['global', g, ...path]. */
  const origins = new Map<string, { head: string; path: string[]; module: boolean }>();

  const record = (entries: readonly ApiEntry[] | undefined, pos: number) => {
    if (!entries?.length) return;
    const line = source.getLineAndCharacterOfPosition(pos).line + 1;
    for (const entry of entries) {
      if (entry.kind === 'consent-gate' || entry.kind === 'settings-open') continue;
      addSite(usage.permissions, entry.permission, { file, line, via: 'code', detail: entry.display });
      // Media pickers open the camera too unless told not to (sourceType defaults to album + camera).
      if (MEDIA_PICKER.test(entry.display)) addSite(usage.permissions, 'camera', { file, line, via: 'code', detail: entry.display });
      if (entry.requiredPrivateInfo) usage.privateInfoApis.add(entry.requiredPrivateInfo);
      if (entry.kind === 'sdk-init' && entry.sdkCategory) usage.sdkCategories.add(entry.sdkCategory);
    }
  };

  // Pass 1: imports, require() and aliases (`const at = abilityAccessCtrl.createAtManager()`).
  const chainOf = (node: TS.Node): { root: string; path: string[] } | undefined => {
    const path: string[] = [];
    let current: TS.Node = node;
    for (;;) {
      if (ts.isPropertyAccessExpression(current)) {
        path.unshift(current.name.text);
        current = current.expression;
      } else if (ts.isElementAccessExpression(current) && ts.isStringLiteralLike(current.argumentExpression)) {
        path.unshift(current.argumentExpression.text);
        current = current.expression;
      } else if (ts.isCallExpression(current) || ts.isNewExpression(current)) {
        path.unshift(CALL_SEGMENT);
        current = current.expression;
      } else if (ts.isParenthesizedExpression(current) || ts.isAwaitExpression(current) || ts.isNonNullExpression(current) || ts.isAsExpression(current)) {
        current = current.expression;
      } else if (current.kind === ts.SyntaxKind.ThisKeyword) {
        return { root: 'this', path };
      } else if (ts.isIdentifier(current)) {
        return { root: current.text, path };
      } else {
        return undefined;
      }
    }
  };
  const originOf = (root: string, path: string[]): { head: string; path: string[]; module: boolean } => {
    // `this.atManager.requestPermissionsFromUser(…)` with `atManager = abilityAccessCtrl.createAtManager()` as a field.
    const field = root === 'this' && path.length ? origins.get(`this.${path[0]}`) : undefined;
    if (field) return { head: field.head, path: [...field.path, ...path.slice(1)], module: field.module };
    const alias = origins.get(root);
    if (alias) return { head: alias.head, path: [...alias.path, ...path], module: alias.module };
    // window.navigator.geolocation → navigator.geolocation
    if (GLOBAL_OBJECT_ALIASES.has(root) && path.length && path[0] !== CALL_SEGMENT) return originOf(path[0], path.slice(1));
    return { head: root, path, module: false };
  };
  const lookup = (node: TS.Node): void => {
    const chain = chainOf(node);
    if (!chain) return;
    const origin = originOf(chain.root, chain.path);
    // Try the full path and its call-less prefixes (`Camera.requestCameraPermissionsAsync` read or called).
    const full = origin.path.filter((segment, i) => !(segment === CALL_SEGMENT && i === origin.path.length - 1));
    for (let length = full.length; length >= 1; length--) {
      const path = full.slice(0, length);
      const entries = origin.module ? index.imports.get(pathKey(origin.head, path)) ?? index.imports.get(pathKey(origin.head, ['default', ...path])) : index.globals.get(pathKey(origin.head, path));
      if (entries?.length) {
        record(entries, node.getStart(source));
        return;
      }
    }
    // Mini-program APIs the catalogue does not list but that use a permission (scanCode opens the camera).
    const mini = origin.module ? (origin.head === '@tarojs/taro' ? origin.path.filter((p) => p !== 'default') : undefined) : MINI_PROGRAM_HOSTS.has(origin.head) ? full : undefined;
    const extra = mini && mini.length === 1 ? UNCATALOGUED_MINI_APIS[mini[0]] : undefined;
    if (extra) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      for (const permission of extra) addSite(usage.permissions, permission, { file, line, via: 'code', detail: `${origin.head}.${mini![0]}` });
    }
  };

  const visitDeclarations = (node: TS.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.importClause) {
      const module = normaliseModuleSpecifier(node.moduleSpecifier.text);
      const clause = node.importClause;
      if (clause.name) origins.set(clause.name.text, { head: module, path: ['default'], module: true });
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) origins.set(bindings.name.text, { head: module, path: [], module: true });
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          origins.set(element.name.text, { head: module, path: [(element.propertyName ?? element.name).text], module: true });
        }
      }
    } else if ((ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node)) && node.initializer) {
      let init: TS.Expression = node.initializer;
      while (ts.isAwaitExpression(init) || ts.isParenthesizedExpression(init) || ts.isAsExpression(init)) init = init.expression;
      const required =
        ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'require' && init.arguments[0] && ts.isStringLiteralLike(init.arguments[0])
          ? normaliseModuleSpecifier(init.arguments[0].text)
          : undefined;
      const base = required ? { head: required, path: [] as string[], module: true } : (() => {
        const chain = chainOf(init);
        if (!chain) return undefined;
        const origin = originOf(chain.root, chain.path);
        return origin.module || index.globalNames.has(origin.head) ? origin : undefined;
      })();
      if (base) {
        const name = node.name;
        if (ts.isIdentifier(name)) origins.set(name.text, base);
        else if (ts.isObjectBindingPattern(name)) {
          for (const element of name.elements) {
            if (!ts.isIdentifier(element.name)) continue;
            const key = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text;
            origins.set(element.name.text, { ...base, path: [...base.path, key] });
          }
        }
        // `this.atManager = …` style fields are looked up by field name.
        if (ts.isPropertyDeclaration(node) && ts.isIdentifier(node.name)) origins.set(`this.${node.name.text}`, base);
      }
    }
    ts.forEachChild(node, visitDeclarations);
  };
  visitDeclarations(source);

  // Pass 2: every maximal member chain / call, and JSX elements.
  const visitUses = (node: TS.Node): void => {
    if (ts.isPropertyAccessExpression(node) || ts.isCallExpression(node)) {
      const parent = node.parent;
      const continues =
        parent && ((ts.isPropertyAccessExpression(parent) && parent.expression === node) || (ts.isCallExpression(parent) && parent.expression === node));
      if (!continues) {
        lookup(node);
      }
    } else if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const tag = node.tagName;
      if (ts.isIdentifier(tag)) {
        const origin = origins.get(tag.text);
        if (origin?.module) {
          const name = origin.path[0] === 'default' && origin.path.length === 2 ? origin.path[1] : origin.path[origin.path.length - 1] ?? 'default';
          record(index.jsx.get(pathKey(origin.head, [name])), node.getStart(source));
        }
      }
    }
    ts.forEachChild(node, visitUses);
  };
  visitUses(source);
}

function scanTemplate(file: string, text: string, usage: FileUsage): void {
  for (const [pattern, permissions] of TEMPLATE_USES) {
    const match = pattern.exec(text);
    if (!match) continue;
    for (const permission of permissions) {
      addSite(usage.permissions, permission, { file, line: lineOf(text, match.index), via: 'template', detail: match[0].trim() });
    }
  }
}

function scanNative(file: string, text: string, usage: FileUsage): void {
  for (const match of text.matchAll(/\b(?:Manifest\.permission\.|android\.permission\.)([A-Z_]+)\b/g)) {
    const resolved = resolveNativePermissionId(`android.permission.${match[1]}`);
    if (resolved) addSite(usage.permissions, resolved.permission, { file, line: lineOf(text, match.index ?? 0), via: 'native', detail: match[0] });
  }
  if (/\.(swift|m|mm)$/.test(file)) {
    for (const [pattern, permission] of IOS_NATIVE_APIS) {
      const match = pattern.exec(text);
      if (match) addSite(usage.permissions, permission, { file, line: lineOf(text, match.index), via: 'native', detail: match[0] });
    }
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
  if (/\.n?vue$/.test(file)) scanTemplate(file, text, usage);
  if (!prefilterPattern().test(text)) return usage;
  scanPermissionIds(file, text, usage);
  const script = /\.n?vue$/.test(file) ? vueScripts(text) : text;
  try {
    scanScript(file, script, usage);
    usage.parsed = true;
  } catch {
    // A file the parser cannot read contributes its permission ids only: never a crash.
  }
  return usage;
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
    const dependencyKey = Object.keys(app.dependencies ?? {}).sort().join(',');
    const cached = this.apps.get(root);
    if (cached && !cached.dirty && cached.dependencyKey === dependencyKey && this.now() - cached.checkedAt < RECHECK_AFTER_MS) return cached.usage;
    const usage = this.compute(root, app.dependencies ?? {});
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

  /** Forget a file (changed, created or deleted) and mark the apps that hold it for recomputation. */
  invalidate(file: string): void {
    const path = file.replace(/\\/g, '/');
    // Keep the content hash: a file saved unchanged is read again but not re-scanned.
    const cached = this.files.get(path);
    if (cached) this.files.set(path, { ...cached, signature: '' });
    for (const [root, app] of this.apps) if (path === root || path.startsWith(`${root}/`)) app.dirty = true;
  }

  clear(): void {
    this.files.clear();
    this.apps.clear();
  }

  private compute(root: string, dependencies: Readonly<Record<string, string>>): PermissionUsage {
    this.stats.computes++;
    const permissions = new Map<string, UsageSite>();
    const privateInfoApis = new Set<string>();
    const sdkCategories = new Set<string>();
    let filesListed = 0;
    let filesParsed = 0;
    for (const file of this.listFiles(root)) {
      filesListed++;
      const usage = this.fileUsage(file);
      if (!usage) continue;
      if (usage.parsed) filesParsed++;
      for (const [permission, site] of usage.permissions) if (!permissions.has(permission)) permissions.set(permission, site);
      for (const api of usage.privateInfoApis) privateInfoApis.add(api);
      for (const category of usage.sdkCategories) sdkCategories.add(category);
    }
    for (const name of Object.keys(dependencies)) {
      for (const permission of dependencyUses(name)) {
        addSite(permissions, permission, { file: `${root}/package.json`, line: 0, via: 'dependency', detail: name });
      }
    }
    return { root, permissions, privateInfoApis, sdkCategories, filesListed, filesParsed };
  }

  private fileUsage(file: string): FileUsage | undefined {
    const overlay = this.overlays.get(file);
    const signature = overlay !== undefined ? `overlay:${overlay.length}:${contentHash(overlay)}` : this.source.signature(file);
    const cached = this.files.get(file);
    if (cached && cached.signature === signature) return cached.usage;
    let text = overlay;
    if (text === undefined) {
      this.stats.reads++;
      const read = this.source.read(file);
      if (!read || !read.ok || read.text.length > MAX_SOURCE_BYTES) return undefined;
      text = read.text;
    }
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

  private listFiles(root: string): string[] {
    const out: string[] = [];
    const walk = (dir: string, depth: number): void => {
      if (out.length >= MAX_FILES_PER_APP || depth > 12) return;
      const entries = this.source.list(dir);
      if (!entries) return;
      // A nested package (another app or a workspace package) is not this app's code.
      if (dir !== root && entries.some((e) => !e.isDirectory && e.name === 'package.json')) return;
      for (const entry of entries) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory) {
          if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) walk(path, depth + 1);
        } else if (SOURCE_EXTENSIONS.test(entry.name) || TEMPLATE_EXTENSIONS.test(entry.name) || NATIVE_EXTENSIONS.test(entry.name)) {
          // Config modules declare permissions (app.config.ts, capacitor.config.ts): declaring is not using.
          if (!/\.d\.ts$|\.min\.js$|\.config\.[cm]?[jt]sx?$/.test(entry.name)) out.push(path);
        }
      }
    };
    walk(root, 0);
    for (const overlay of this.overlays.keys()) if (overlay.startsWith(`${root}/`) && !out.includes(overlay)) out.push(overlay);
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

