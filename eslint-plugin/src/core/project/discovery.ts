// Finding the app a file belongs to: the nearest ancestor folder that is an app root. Each folder is listed once
// per model (the model caches listings and the answer for every folder it walked through).
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { ConfigKind } from '../types.js';
import { child, stringValue } from './config-tree.js';
import type { ParsedFile, PackageInfo } from './parsed-file.js';
import { isUniManifest } from './parsers/uniapp.js';

export interface DiscoveryContext {
  list(dir: string): ReadonlyMap<string, boolean> | undefined;
  readJson(path: string, kind: ConfigKind): ParsedFile | undefined;
  /** A folder whose root is already known (null = known to have none). */
  cached(dir: string): string | null | undefined;
  /** Called for every folder walked through (to cache its answer). */
  visit(dir: string): void;
}

const ROOT_MARKER_NAMES = new Set([
  'package.json',
  'app.json',
  'manifest.json',
  'project.config.json',
  'AppScope',
  'app.json5',
  'build-profile.json5',
  'oh-package.json5',
  'module.json5',
  'capacitor.config.ts',
  'capacitor.config.js',
  'capacitor.config.json',
  'capacitor.config.mjs',
  'capacitor.config.cjs',
  '.git',
]);

/** Files whose appearance or change can move an app root. */
export function isRootMarkerName(name: string): boolean {
  return ROOT_MARKER_NAMES.has(name);
}

const APP_DEPENDENCY_PREFIXES = ['@tarojs/', '@capacitor/', '@dcloudio/'];
const APP_DEPENDENCIES = new Set(['react-native', 'expo']);
/** Runtime dependencies that make a package a web app (a browser is where it runs). */
export const WEB_DEPENDENCIES = ['react-dom', 'vue', 'next', 'nuxt', '@angular/core', 'svelte', '@sveltejs/kit', 'preact', 'solid-js', 'lit', 'jquery'];

export function hasAppDependency(pkg: PackageInfo | undefined): boolean {
  if (!pkg) return false;
  for (const name of Object.keys(pkg.dependencies)) {
    if (APP_DEPENDENCIES.has(name) || APP_DEPENDENCY_PREFIXES.some((p) => name.startsWith(p))) return true;
  }
  return false;
}

export function isWebPackage(pkg: PackageInfo | undefined): boolean {
  return pkg !== undefined && WEB_DEPENDENCIES.some((d) => d in pkg.runtimeDependencies);
}

export function findAppRoot(start: string, context: DiscoveryContext): string | null {
  let dir = start;
  for (;;) {
    const known = context.cached(dir);
    if (known !== undefined) return known;
    context.visit(dir);
    const entries = context.list(dir);
    if (entries && !isInsideDependencyFolder(dir) && isAppRoot(dir, entries, context) && !installedCopyAt(dir, undefined, context)) return containerOf(dir, context) ?? dir;
    // The repository root bounds the search: an app never spans repositories.
    if (entries?.has('.git')) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Installed dependencies and plugins are parts of the app above them, never apps of their own: a uni-app plugin in
 * uni_modules/ often ships its demo manifest.json (uni-scss lists 33 permissions), an ohpm package a module.json5.
 */
const DEPENDENCY_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'uni_modules', 'miniprogram_npm', 'oh_modules']);

function isInsideDependencyFolder(dir: string): boolean {
  return dir.split(sep).some((segment) => DEPENDENCY_FOLDERS.has(segment));
}

/**
 * The folder, from `dir` up to (not including) `stop`, holding an installed copy of a package (its package.json
 * carries npm's install metadata): a dependency copied out of node_modules into the app's source, as much a part of
 * the app above it as node_modules is; neither it nor its example app is an app of its own. Without `stop`, up to the
 * repository root.
 */
export function installedCopyAt(dir: string, stop: string | undefined, context: Pick<DiscoveryContext, 'list' | 'readJson'>): string | undefined {
  for (let current = dir; current !== stop; ) {
    const entries = context.list(current);
    if (entries?.get('package.json') === false && context.readJson(join(current, 'package.json'), 'package-json')?.pkg?.installedCopy) return current;
    if (entries?.has('.git')) return undefined;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

export function isAppRoot(dir: string, entries: ReadonlyMap<string, boolean>, context: DiscoveryContext): boolean {
  if (entries.get('package.json') === false) {
    const pkg = context.readJson(join(dir, 'package.json'), 'package-json')?.pkg;
    if (hasAppDependency(pkg) || isWebPackage(pkg)) return true;
    // A framework-free web app: a package with its own index.html page.
    if (pkg && entries.get('index.html') === false) return true;
  }
  if (entries.get('app.json') === false) {
    const tree = context.readJson(join(dir, 'app.json'), 'package-json')?.tree;
    if (child(tree, 'expo') !== undefined || child(tree, 'pages')?.type === 'array') return true;
  }
  if (entries.get('manifest.json') === false) {
    // uni-app keeps pages.json beside manifest.json: that pair is an app even when manifest.json does not parse. A
    // uni-app manifest needs a project beside it (App.vue, main.js, pages/, or the pages.config.* that generates
    // pages.json): alone with a component copied out of some project (aha-uniapp's validCode/), it builds nothing.
    if (entries.get('pages.json') === false) return true;
    if (hasUniProjectFiles(entries) && isUniManifest(context.readJson(join(dir, 'manifest.json'), 'package-json')?.tree)) return true;
  }
  if (entries.get('project.config.json') === false) return true;
  if (!isCapacitorSyncCopy(dir)) for (const name of entries.keys()) if (name.startsWith('capacitor.config.')) return true;
  if (isHarmonyRoot(dir, entries, context)) return true;
  return false;
}

function hasUniProjectFiles(entries: ReadonlyMap<string, boolean>): boolean {
  for (const [name, isDirectory] of entries) {
    if (isDirectory ? name === 'pages' : /^(?:App\.u?vue|main\.[jt]s|uni\.promisify\.adaptor\.js|pages\.config\.[cm]?[jt]s)$/.test(name)) return true;
  }
  return false;
}

/** `cap sync` copies capacitor.config.json into the native projects; those copies do not make an app of their own. */
function isCapacitorSyncCopy(dir: string): boolean {
  const path = dir.split(sep).join('/');
  return /(?:^|\/)ios\/App\/App$/.test(path) || /(?:^|\/)android\/app\/src\/main\/assets$/.test(path);
}

/** Folders of a uni-app project whose code the build compiles with the app's own (pages, components, sub-packages). */
const UNI_SOURCE_FOLDERS: ReadonlySet<string> = new Set(['pages', 'components', 'subpackages', 'subPackages', 'pagesA', 'pagesB', 'package']);

/**
 * Whether a folder with its own package.json, at `relativeDir` (slashes) inside a uni-app project, is a library copied
 * into the project's pages or components (Tencent's TUIKit in pages/TUIKit): the uni-app build compiles it with the
 * app's code, so it is part of that app. The usage index asks the same.
 */
export function isUniSourcePackage(relativeDir: string): boolean {
  return UNI_SOURCE_FOLDERS.has(relativeDir.split('/')[0]!);
}

/**
 * The uni-app project a folder belongs to when the folder is a root only by its package.json (a web library: vue, no
 * app config of its own) inside that project's pages or components (see isUniSourcePackage).
 */
function enclosingUniApp(dir: string, context: DiscoveryContext): string | undefined {
  const entries = context.list(dir);
  if (!entries || entries.get('package.json') !== false) return undefined;
  for (const name of ['app.json', 'manifest.json', 'project.config.json', 'AppScope', 'build-profile.json5', 'entry']) if (entries.has(name)) return undefined;
  for (const name of entries.keys()) if (name.startsWith('capacitor.config.')) return undefined;
  if (hasAppDependency(context.readJson(join(dir, 'package.json'), 'package-json')?.pkg)) return undefined;
  for (let ancestor = dirname(dir), depth = 0; depth < 4 && dirname(ancestor) !== ancestor; ancestor = dirname(ancestor), depth++) {
    const above = context.list(ancestor);
    if (!above) return undefined;
    if (above.get('manifest.json') === false && above.get('pages.json') === false) {
      if (!isUniSourcePackage(dir.slice(ancestor.length + 1).split(sep).join('/'))) return undefined;
      // A uni-app CLI project keeps manifest.json in src/: its package folder is the app.
      return containerOf(ancestor, context) ?? ancestor;
    }
    if (above.has('.git')) return undefined;
  }
  return undefined;
}

/**
 * A folder that is a HarmonyOS root only because an `entry` module sits in it, inside a project whose AppScope or
 * module list is further up: Huawei's industry templates keep modules in products/, features/, commons/
 * (build-profile.json5 `"srcPath": "./products/entry"`). The project is the app, with its AppScope resources.
 */
function enclosingHarmonyProject(dir: string, context: DiscoveryContext): string | undefined {
  const entries = context.list(dir);
  if (!entries || entries.get('AppScope') === true || entries.get('build-profile.json5') === false || entries.get('entry') !== true) return undefined;
  for (let ancestor = dirname(dir), depth = 0; depth < 2 && dirname(ancestor) !== ancestor; ancestor = dirname(ancestor), depth++) {
    const above = context.list(ancestor);
    if (!above) return undefined;
    if (isHarmonyRoot(ancestor, above, context) && (above.get('AppScope') === true || above.get('build-profile.json5') === false)) return ancestor;
    if (above.has('.git')) return undefined;
  }
  return undefined;
}

/**
 * A HarmonyOS project root: AppScope/app.json5, a build-profile.json5 that lists modules (a module's own
 * build-profile.json5 has none), or an entry module below it.
 */
export function isHarmonyRoot(dir: string, entries: ReadonlyMap<string, boolean>, context: Pick<DiscoveryContext, 'list' | 'readJson'>): boolean {
  if (entries.get('AppScope') === true && context.list(join(dir, 'AppScope'))?.get('app.json5') === false) return true;
  if (entries.get('build-profile.json5') === false && child(context.readJson(join(dir, 'build-profile.json5'), 'package-json')?.tree, 'modules') !== undefined) return true;
  return entries.get('entry') === true && context.list(join(dir, 'entry', 'src', 'main'))?.get('module.json5') === false;
}

/**
 * A folder that is itself a root but belongs to the app one level up: uni-app CLI projects keep manifest.json in
 * src/ under a package.json with @dcloudio deps; WeChat projects name their app folder in project.config.json.
 */
/** A Quasar project's folder: its quasar.config.* (Quasar 2) or quasar.conf.js (Quasar 1). */
export function isQuasarProject(entries: ReadonlyMap<string, boolean>): boolean {
  for (const [name, isDirectory] of entries) if (!isDirectory && /^quasar\.(?:config\.[cm]?[jt]s|conf\.js)$/.test(name)) return true;
  return false;
}

function containerOf(dir: string, context: DiscoveryContext): string | undefined {
  const parent = dirname(dir);
  if (parent === dir) return undefined;
  const uniApp = enclosingUniApp(dir, context);
  if (uniApp) return uniApp;
  const harmonyProject = enclosingHarmonyProject(dir, context);
  if (harmonyProject) return harmonyProject;
  const entries = context.list(parent);
  if (!entries) return undefined;
  // Quasar's Capacitor mode: src-capacitor/ is the native shell of the Quasar project beside it, which builds its src/.
  if (basename(dir) === 'src-capacitor' && isQuasarProject(entries)) return parent;
  if (basename(dir) === 'src' && entries.get('package.json') === false) {
    const pkg = context.readJson(join(parent, 'package.json'), 'package-json')?.pkg;
    if (pkg && Object.keys(pkg.dependencies).some((d) => d.startsWith('@dcloudio/') || d.startsWith('@tarojs/'))) return parent;
  }
  if (entries.get('project.config.json') === false) {
    const miniprogramRoot = stringValue(child(context.readJson(join(parent, 'project.config.json'), 'package-json')?.tree, 'miniprogramRoot'));
    if (miniprogramRoot && resolve(parent, miniprogramRoot) === dir) return parent;
  }
  return undefined;
}
