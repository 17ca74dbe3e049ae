// What an app's dependencies say about the permissions they use, read statically from what is on disk (nothing is
// executed or resolved through Node). Framework-free; the no-unused-permission rule asks it only for declarations the
// app's own code does not use.
//
//  - Installed packages (node_modules, found the way Node resolves them from the app root upwards): the permissions
//    their own Android manifest (or Cordova plugin.xml) declares, and those their native sources name
//    (Manifest.permission.READ_CALENDAR, EKEventStore). A library that declares a permission brings it into the
//    merged manifest anyway, and one whose native code checks it uses it.
//  - uni-app plugins: uni_modules/<id>/utssdk (AndroidManifest.xml, Info.plist, native sources) and
//    nativeplugins/<id>/package.json (`_dp_nativeplugin.android.permissions`, `ios.privacies`) and the iOS classes
//    their compiled frameworks and static libraries name.
//  - Unknown packages: dependencies the knowledge base has no entry for that may hold native code (installed with
//    android/ or ios/ sources, or named like a React Native / Expo / Capacitor / Cordova package when not installed).
//    The rule matches their names against the permission's resource.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { iosNativeApiPermissions, scanFileText } from './usage-index.js';
import { resolveNativePermissionId } from './knowledge/native-ids.js';
import { IOS_PURPOSE_KEYS } from './knowledge/requirements.js';
import { isPlatformPackage, isUnknownDependency, mayShipNativeCode } from './knowledge/dependency-hints.js';
import { isFresh } from './freshness.js';

export interface DependencyUse {
  /** Package name (npm) or uni-app plugin id. */
  dependency: string;
  /** The file that declares or names the permission. */
  file: string;
  via: 'manifest' | 'native-code' | 'plugin-config';
  /** Declared for Android only for a reason Android alone has: location in a Bluetooth package's manifest. */
  androidOnly?: true;
  /** Seen in compiled iOS code only (a native plugin's framework): says nothing about the Android build. */
  iosOnly?: true;
}

export interface UnknownDependency {
  name: string;
  installed: boolean;
  /** Installed with native sources or binaries, or (not installed) named like a native package. */
  native: boolean;
}

export interface DependencyEvidence {
  /** Permission vocabulary → the first dependency found to declare or use it. */
  permissions: ReadonlyMap<string, DependencyUse>;
  /** Dependencies the knowledge base does not know (candidates for the name check). */
  unknown: readonly UnknownDependency[];
}

export interface EvidenceApp {
  root: string;
  dependencies: Readonly<Record<string, string>>;
}

interface PackageScan {
  signature: string;
  native: boolean;
  permissions: Map<string, DependencyUse>;
}

/** Native source files read per package, and their size limit: enough for a wrapper module, bounded for SDKs. */
const MAX_NATIVE_FILES = 200;
const MAX_NATIVE_BYTES = 512 * 1024;
/** A package whose native code names more meanings than this is a permission helper: naming is not using. */
const MAX_NAMED_MEANINGS = 5;
const NATIVE_SOURCE = /\.(?:java|kt|swift|m|mm|uts)$/;
const SKIPPED_NATIVE_DIRS: ReadonlySet<string> = new Set(['build', 'test', 'tests', 'androidTest', '__tests__', 'example', 'examples', 'Pods', '.gradle', 'node_modules']);
/** Where packages keep native code: React Native / Expo / Capacitor (android, ios), Cordova (src/android, src/ios), uni-app (utssdk). */
const NATIVE_ROOTS = ['android', 'ios', 'apple', 'src/android', 'src/ios', 'utssdk', 'harmony'];
const RECHECK_AFTER_MS = 2000;

const scans = new Map<string, PackageScan>();
const apps = new Map<string, { checkedAt: number; key: string; evidence: DependencyEvidence }>();

function statOf(path: string) {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function readText(path: string, limit = MAX_NATIVE_BYTES): string | undefined {
  const stat = statOf(path);
  if (!stat?.isFile() || stat.size > limit) return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function list(dir: string): { name: string; isDirectory: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory() || (e.isSymbolicLink() && !!statOf(join(dir, e.name))?.isDirectory()) }));
  } catch {
    return [];
  }
}

/**
 * Info.plist key → the permissions it shows a library uses: those with the fewest required keys, so the
 * when-in-use location key means location, not background location (which needs a second key).
 */
const IOS_KEY_MEANINGS: ReadonlyMap<string, string[]> = (() => {
  const best = new Map<string, { size: number; permissions: string[] }>();
  for (const [permission, rule] of Object.entries(IOS_PURPOSE_KEYS)) {
    for (const key of [...rule.allOf, ...(rule.legacy?.keys ?? [])]) {
      const size = rule.allOf.includes(key) ? rule.allOf.length : 1;
      const current = best.get(key);
      if (!current || size < current.size) best.set(key, { size, permissions: [permission] });
      else if (size === current.size) current.permissions.push(permission);
    }
  }
  return new Map([...best].map(([key, { permissions }]) => [key, permissions]));
})();

function addUse(into: Map<string, DependencyUse>, permission: string | undefined, use: DependencyUse): void {
  if (!permission || permission === 'unknown') return;
  const known = into.get(permission);
  if (!known) {
    into.set(permission, use);
    return;
  }
  // The first use is kept, unless it holds for one platform only: then one that holds for both replaces it, and one
  // for the other platform makes the permission used on both.
  const limited = (u: DependencyUse) => u.androidOnly || u.iosOnly;
  if (!limited(known)) return;
  if (!limited(use)) into.set(permission, use);
  else if (!!known.androidOnly !== !!use.androidOnly) into.set(permission, { dependency: known.dependency, file: known.file, via: known.via });
}

/** Android permissions of Bluetooth and nearby-device scans, which need location on Android up to 11 and 12. */
const SCAN_PERMISSIONS = /^android\.permission\.(?:BLUETOOTH|BLUETOOTH_ADMIN|BLUETOOTH_SCAN|BLUETOOTH_CONNECT|NEARBY_WIFI_DEVICES)$/;

/** `<uses-permission android:name="…">` in an Android manifest or a Cordova plugin.xml (tools:node="remove" excluded). */
function declaredAndroidPermissions(text: string): string[] {
  const out: string[] = [];
  for (const tag of text.matchAll(/<uses-permission(?:-sdk-23)?\b[^>]*>/g)) {
    if (/tools:node\s*=\s*["']remove["']/.test(tag[0])) continue;
    const name = /android:name\s*=\s*["']([^"']+)["']/.exec(tag[0])?.[1];
    if (name) out.push(name.includes('.') ? name : `android.permission.${name}`);
  }
  return out;
}

/** NS…UsageDescription keys an Info.plist fragment declares. */
function declaredIosKeys(text: string): string[] {
  return [...text.matchAll(/<key>\s*(NS\w+UsageDescription\w*)\s*<\/key>/g)].map((m) => m[1]);
}

function addManifest(into: Map<string, DependencyUse>, dependency: string, file: string): boolean {
  const text = readText(file);
  if (text === undefined) return false;
  const ids = declaredAndroidPermissions(text);
  const scans = ids.some((id) => SCAN_PERMISSIONS.test(id));
  for (const id of ids) {
    const permission = resolveNativePermissionId(id)?.permission;
    addUse(into, permission, { dependency, file, via: 'manifest', ...(scans && permission === 'location' ? { androidOnly: true as const } : {}) });
  }
  return true;
}

function addInfoPlist(into: Map<string, DependencyUse>, dependency: string, file: string): boolean {
  const text = readText(file);
  if (text === undefined) return false;
  for (const key of declaredIosKeys(text)) for (const permission of IOS_KEY_MEANINGS.get(key) ?? []) addUse(into, permission, { dependency, file, via: 'manifest' });
  return true;
}

/** Permissions named in the package's native sources; nothing when it names so many that it is a permission helper. */
function addNamedInNativeCode(into: Map<string, DependencyUse>, dependency: string, packageDir: string): boolean {
  const named = new Map<string, DependencyUse>();
  let files = 0;
  let found = false;
  const walk = (dir: string, depth: number): void => {
    if (depth > 10 || files >= MAX_NATIVE_FILES) return;
    for (const entry of list(dir)) {
      const path = join(dir, entry.name);
      if (entry.isDirectory) {
        if (!SKIPPED_NATIVE_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(path, depth + 1);
        continue;
      }
      found = true;
      if (!NATIVE_SOURCE.test(entry.name) || files >= MAX_NATIVE_FILES) continue;
      files++;
      const text = readText(path);
      if (text === undefined) continue;
      for (const [permission, site] of scanFileText(path, text).permissions) addUse(named, permission, { dependency, file: site.file, via: 'native-code' });
    }
  };
  for (const sub of NATIVE_ROOTS) walk(join(packageDir, sub), 0);
  if (named.size <= MAX_NAMED_MEANINGS) for (const [permission, use] of named) addUse(into, permission, use);
  return found;
}

/** Compiled iOS code larger than this is not read (a whole SDK; its name or declarations must speak for it). */
const MAX_IOS_BINARY_BYTES = 64 * 1024 * 1024;
/** Binary path → the permissions its strings name, per mtime and size: a binary is read again only when replaced. */
const binaryScans = new Map<string, { signature: string; permissions: readonly string[] }>();

function iosBinaryPermissions(file: string): readonly string[] {
  const stat = statOf(file);
  if (!stat?.isFile() || stat.size > MAX_IOS_BINARY_BYTES) return [];
  const signature = `${stat.mtimeMs}:${stat.size}`;
  const cached = binaryScans.get(file);
  if (cached?.signature === signature) return cached.permissions;
  let permissions: readonly string[] = [];
  try {
    permissions = iosNativeApiPermissions(readFileSync(file).toString('latin1'));
  } catch {
    // unreadable: names nothing
  }
  binaryScans.set(file, { signature, permissions });
  return permissions;
}

/**
 * Permissions whose prompting APIs a uni-app native plugin's compiled iOS code names (`X.framework/X`, `*.a`): a
 * plugin shipped as a binary uses CLLocationManager as surely as one shipped as source, and its package.json need not
 * list the key (a background-task plugin that keeps the app alive with location updates). Like native sources,
 * nothing when it names so many that it is a general-purpose SDK.
 */
function addNamedInIosBinaries(into: Map<string, DependencyUse>, dependency: string, iosDir: string): void {
  const named = new Map<string, DependencyUse>();
  const scan = (file: string): void => {
    for (const permission of iosBinaryPermissions(file)) addUse(named, permission, { dependency, file, via: 'native-code', iosOnly: true });
  };
  const walk = (dir: string, depth: number): void => {
    if (depth > 4) return;
    for (const entry of list(dir)) {
      const path = join(dir, entry.name);
      const framework = /^(.+)\.framework$/.exec(entry.name);
      if (entry.isDirectory && framework) scan(join(path, framework[1]));
      else if (entry.isDirectory) walk(path, depth + 1);
      else if (entry.name.endsWith('.a')) scan(path);
    }
  };
  walk(iosDir, 0);
  if (named.size <= MAX_NAMED_MEANINGS) for (const [permission, use] of named) addUse(into, permission, use);
}

function signatureOf(path: string): string | undefined {
  const stat = statOf(path);
  return stat ? `${stat.mtimeMs}:${stat.size}` : undefined;
}

/** Scan an installed npm package (cached by its package.json signature: a reinstall changes it). */
function scanPackage(name: string, dir: string): PackageScan | undefined {
  const signature = signatureOf(join(dir, 'package.json'));
  if (!signature) return undefined;
  const cached = scans.get(dir);
  if (cached && cached.signature === signature) return cached;
  const permissions = new Map<string, DependencyUse>();
  let native = false;
  for (const manifest of ['android/src/main/AndroidManifest.xml', 'android/src/main/AndroidManifestNew.xml', 'android/AndroidManifest.xml', 'plugin.xml']) {
    if (addManifest(permissions, name, join(dir, manifest))) native = true;
  }
  // Permission helpers and the frameworks name every permission; their declarations are still real.
  if (!isPlatformPackage(name) && addNamedInNativeCode(permissions, name, dir)) native = true;
  if (!native) native = ['expo-module.config.json', 'android', 'ios'].some((p) => statOf(join(dir, p))) || list(dir).some((e) => e.name.endsWith('.podspec'));
  const scan = { signature, native, permissions };
  scans.set(dir, scan);
  return scan;
}

/** Folder → whether it holds node_modules: an app's dependencies are looked up through the same few folders. */
const nodeModulesFolders = new Map<string, { present: boolean; checkedAt: number }>();

function hasNodeModules(dir: string, now: number): boolean {
  const known = nodeModulesFolders.get(dir);
  if (known && isFresh(known.checkedAt, RECHECK_AFTER_MS, now)) return known.present;
  const present = statOf(join(dir, 'node_modules'))?.isDirectory() ?? false;
  if (nodeModulesFolders.size >= 10_000) nodeModulesFolders.clear();
  nodeModulesFolders.set(dir, { present, checkedAt: now });
  return present;
}

/** node_modules/<name> as Node would find it from the app root (nearest first), or undefined. */
function resolvePackageDir(root: string, name: string): string | undefined {
  const now = Date.now();
  for (let dir = root; ; ) {
    const candidate = join(dir, 'node_modules', name);
    if (hasNodeModules(dir, now) && statOf(join(candidate, 'package.json'))?.isFile()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The folder a `file:` / `link:` dependency names (a plugin kept in the repo: `"wifi-eap-configurator":
 * "file:plugins/wifi-eap-configurator"`), relative to the app's package.json: what npm installs, so it can be read
 * before node_modules exists. Undefined for any other range, or a folder without a package.json.
 */
function localPackageDir(root: string, range: string | undefined): string | undefined {
  const path = /^(?:file|link):(.+)$/.exec(range?.trim() ?? '')?.[1];
  if (path === undefined || path.endsWith('.tgz') || path.endsWith('.tar.gz')) return undefined;
  const dir = resolve(root, path);
  return statOf(join(dir, 'package.json'))?.isFile() ? dir : undefined;
}

/** uni-app plugins in the app folder: uni_modules with native code (utssdk) and nativeplugins. */
function scanUniPlugins(root: string, permissions: Map<string, DependencyUse>, unknown: UnknownDependency[]): void {
  for (const entry of list(join(root, 'uni_modules'))) {
    if (!entry.isDirectory) continue;
    const dir = join(root, 'uni_modules', entry.name);
    if (!statOf(join(dir, 'utssdk'))?.isDirectory()) continue;
    addManifest(permissions, entry.name, join(dir, 'utssdk/app-android/AndroidManifest.xml'));
    addInfoPlist(permissions, entry.name, join(dir, 'utssdk/app-ios/Info.plist'));
    addNamedInNativeCode(permissions, entry.name, dir);
    unknown.push({ name: entry.name, installed: true, native: true });
  }
  for (const entry of list(join(root, 'nativeplugins'))) {
    if (!entry.isDirectory) continue;
    const file = join(root, 'nativeplugins', entry.name, 'package.json');
    const text = readText(file);
    unknown.push({ name: entry.name, installed: true, native: true });
    addNamedInIosBinaries(permissions, entry.name, join(root, 'nativeplugins', entry.name, 'ios'));
    if (text === undefined) continue;
    let config: { _dp_nativeplugin?: { android?: { permissions?: unknown }; ios?: { privacies?: unknown } } };
    try {
      config = JSON.parse(text);
    } catch {
      continue;
    }
    const android = config._dp_nativeplugin?.android?.permissions;
    const ios = config._dp_nativeplugin?.ios?.privacies;
    for (const id of Array.isArray(android) ? android : []) {
      if (typeof id === 'string') addUse(permissions, resolveNativePermissionId(id.includes('.') ? id : `android.permission.${id}`)?.permission, { dependency: entry.name, file, via: 'plugin-config' });
    }
    for (const key of Array.isArray(ios) ? ios : []) {
      if (typeof key === 'string') for (const permission of IOS_KEY_MEANINGS.get(key) ?? []) addUse(permissions, permission, { dependency: entry.name, file, via: 'plugin-config' });
    }
  }
}

function compute(app: EvidenceApp): DependencyEvidence {
  const permissions = new Map<string, DependencyUse>();
  const unknown: UnknownDependency[] = [];
  for (const name of Object.keys(app.dependencies).sort()) {
    const dir = resolvePackageDir(app.root, name) ?? localPackageDir(app.root, app.dependencies[name]);
    const scan = dir ? scanPackage(name, dir) : undefined;
    if (scan) for (const [permission, use] of scan.permissions) addUse(permissions, permission, use);
    if (isUnknownDependency(name)) unknown.push({ name, installed: !!scan, native: scan ? scan.native : mayShipNativeCode(name) });
  }
  scanUniPlugins(app.root, permissions, unknown);
  return { permissions, unknown };
}

/** The dependency evidence of an app (recomputed when its dependency list changes or after a short while). */
export function dependencyEvidence(app: EvidenceApp, now: number = Date.now()): DependencyEvidence {
  const root = app.root.replace(/\\/g, '/').replace(/\/$/, '');
  const key = Object.keys(app.dependencies).sort().join(',');
  const cached = apps.get(root);
  if (cached && cached.key === key && isFresh(cached.checkedAt, RECHECK_AFTER_MS, now)) return cached.evidence;
  const evidence = compute({ root, dependencies: app.dependencies });
  apps.set(root, { checkedAt: now, key, evidence });
  return evidence;
}

/** Forget cached scans (tests that rewrite a package on disk within the recheck window). */
export function clearDependencyEvidence(): void {
  scans.clear();
  binaryScans.clear();
  apps.clear();
  versions.clear();
}

const versions = new Map<string, { checkedAt: number; version: string | undefined }>();

/**
 * The version of `name` installed for the app (node_modules, resolved as Node does), if it is installed. Remembered
 * per app and package for RECHECK_AFTER_MS: a rule asks on every lint of a file that calls the package.
 */
export function installedVersion(root: string, name: string, now: number = Date.now()): string | undefined {
  const key = `${root}\0${name}`;
  const cached = versions.get(key);
  if (cached && isFresh(cached.checkedAt, RECHECK_AFTER_MS, now)) return cached.version;
  const version = readInstalledVersion(root, name);
  if (versions.size >= 2000) versions.clear();
  versions.set(key, { checkedAt: now, version });
  return version;
}

function readInstalledVersion(root: string, name: string): string | undefined {
  const dir = resolvePackageDir(root, name);
  const text = dir ? readText(join(dir, 'package.json'), 1024 * 1024) : undefined;
  if (!text) return undefined;
  try {
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

type Version = readonly [number, number, number];
const compareVersions = (a: Version, b: Version): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * The versions of `name` the app may have, [low, high) with `high` exclusive: the installed version when there is
 * one, else the package.json range (`^2.0.10`, `~3.5.0`, `3.4.1`, `3.x`). Undefined for a range with no upper bound
 * read here (`>=2`, `*`, a tag or a URL).
 */
function admittedVersions(root: string, name: string, range: string | undefined): { low: Version; high: Version } | undefined {
  const installed = installedVersion(root, name);
  if (installed) {
    const v = /^v?(\d+)\.(\d+)\.(\d+)/.exec(installed.trim());
    return v ? { low: [+v[1], +v[2], +v[3]], high: [+v[1], +v[2], +v[3] + 1] } : undefined;
  }
  const m = /^\s*([\^~]?)v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?(?:-[\w.]+)?\s*$/.exec(range ?? '');
  if (!m) return undefined;
  const wild = (part: string | undefined) => part === undefined || part === 'x' || part === '*';
  const major = +m[2];
  const low: Version = [major, wild(m[3]) ? 0 : +m[3]!, wild(m[4]) ? 0 : +m[4]!];
  if (!wild(m[4]) && m[1] === '') return { low, high: [low[0], low[1], low[2] + 1] };
  // The next major for ^ or a bare major, the next minor for ~ or a bare major.minor (^0.y behaves like ~0.y).
  const high: Version = wild(m[3]) || (m[1] === '^' && major > 0) ? [major + 1, 0, 0] : [major, +m[3]! + 1, 0];
  return { low, high };
}

/**
 * Whether the app's copy of a package is certainly older than `since` ([major, minor, patch]): every version it may
 * have (see admittedVersions) is below it. A range that can reach it, or one not read, is not older.
 */
export function dependencyOlderThan(root: string, name: string, range: string | undefined, since: Version): boolean {
  const versions = admittedVersions(root, name, range);
  return !!versions && compareVersions(versions.high, since) <= 0;
}

/** Whether every version of `name` the app may have is at least `version`. False when it cannot be read. */
export function dependencyAtLeast(root: string, name: string, range: string | undefined, version: Version): boolean {
  const versions = admittedVersions(root, name, range);
  return !!versions && compareVersions(versions.low, version) >= 0;
}
