// Which files a check covers: every file under the given paths that the lint config applies to, honouring the
// .gitignore files at every level (from the repository root down) and never entering node_modules or .git.
// Folder walks also skip what is clearly generated, not the app's source, even when it is committed: web export
// bundles (Expo `_expo/`), build output beside the build file that makes it (`dist/` next to package.json,
// `build/` next to build.gradle), platform copies of the web app (Capacitor, Cordova), vendored dependencies and
// minified files, and compiled Apple bundles (.framework, .xcframework, .bundle). A 3 MB Expo web bundle took 25 s
// to lint and holds no finding the source does not. Test code is skipped too: it never ships.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { getProjectModel, isEditorCopyName } from 'eslint-plugin-consentry/core';

const ALWAYS_SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** Folders no one writes by hand, wherever they are: export bundles, tool caches, vendored dependencies. */
const GENERATED_DIRS: ReadonlySet<string> = new Set([
  '_expo', // expo export (web): dist/_expo/static/js/web/entry-<hash>.js
  '.expo', // Expo CLI state
  'unpackage', // uni-app / HBuilderX build output
  'miniprogram_npm', // WeChat "build npm" output
  'oh_modules', // HarmonyOS ohpm dependencies
  'Pods', // CocoaPods
  'DerivedData',
  '.gradle',
  '.cxx',
  '.hvigor',
  '.next',
  '.nuxt',
  '__MACOSX', // macOS zip debris: resource forks, not code
  '.vscode', // editor state: React Native Tools writes its debugger worker to .vscode/.react
  '.idea',
]);

/**
 * Compiled Apple bundles committed as binaries (a uni-app native plugin's `NavModule.framework`, an SDK's
 * `.xcframework` or resource `.bundle`): their Info.plist is the vendor's, often binary, never the app's to fix.
 */
const COMPILED_BUNDLE = /\.(?:framework|xcframework|bundle|appex)$/;

/**
 * Test code, which never ships: Jest's `__mocks__` / `__tests__` / `__fixtures__` folders and `*.test.*`,
 * `*.spec.*`, `*.stories.*` files (the markers the rules themselves treat as tests). A Jest mock in Babel-only syntax
 * otherwise fails the gate with a parse error in a file no user runs.
 */
const TEST_DIRS: ReadonlySet<string> = new Set(['__mocks__', '__tests__', '__fixtures__']);
const TEST_FILE = /\.(?:test|spec|stories|story)\.[cm]?[jt]sx?$/;
/** TypeScript declaration files (`shims-vue.d.ts`, `global.d.ts`): types only, no code that runs. */
const TYPE_DECLARATION_FILE = /\.d\.[cm]?ts$/;
/** Flow's library definitions (`flow-typed/npm/lodash_v4.x.x.js`), its counterpart of .d.ts files: types only. */
const TYPE_DECLARATION_DIR = 'flow-typed';

/** Files that tell a folder's `dist/` or `build/` is that tool's output (npm, Gradle, Xcode, hvigor, mini-program IDE). */
const BUILD_MARKERS = ['package.json', 'build.gradle', 'build.gradle.kts', 'Podfile', 'hvigorfile.ts', 'hvigorfile.js', 'build-profile.json5', 'project.config.json'];
const CAPACITOR_OR_CORDOVA = ['capacitor.config.json', 'capacitor.config.ts', 'capacitor.config.js', 'config.xml', 'ionic.config.json'];
const MINIFIED_FILE = /\.min\.[cm]?js$/;

function isWebAppCopy(dir: string, name: string): boolean {
  // `npx cap copy` writes the built web app to android/app/src/main/assets/public and ios/App/App/public.
  if (name === 'public') return /[\\/]src[\\/]main[\\/]assets$/.test(dir) || /[\\/]ios[\\/]App[\\/]App$/.test(dir);
  return false;
}

/** Whether the mini-program IDE project beside this folder uses it as its root (then it is not build output). */
function isMiniProgramRoot(dir: string, name: string, siblings: ReadonlySet<string>): boolean {
  if (!siblings.has('project.config.json') || siblings.has('src')) return false;
  try {
    const root = (JSON.parse(readFileSync(join(dir, 'project.config.json'), 'utf8')) as { miniprogramRoot?: unknown }).miniprogramRoot;
    return typeof root === 'string' && root.replace(/^\.\//, '').replace(/\/.*$/, '') === name;
  } catch {
    return false;
  }
}

/**
 * Whether the folder `name` in `dir` (whose entries are `siblings`) is generated output rather than source.
 * Exported for tests.
 */
export function isGeneratedDirectory(dir: string, name: string, siblings: ReadonlySet<string>): boolean {
  if (GENERATED_DIRS.has(name) || COMPILED_BUNDLE.test(name)) return true;
  if (name === 'dist' || name === 'build') {
    const built = BUILD_MARKERS.some((marker) => siblings.has(marker)) || [...siblings].some((s) => s.endsWith('.xcodeproj'));
    return built && !isMiniProgramRoot(dir, name, siblings);
  }
  // Ionic / Cordova projects with a src/ folder build into www/; a Cordova app without src/ writes its code in www/.
  // Quasar's Capacitor / Cordova mode builds the project's src/ into src-capacitor/www (src-cordova/www).
  if (name === 'www') return (siblings.has('src') || /[\\/]src-(?:capacitor|cordova)$/.test(dir)) && CAPACITOR_OR_CORDOVA.some((marker) => siblings.has(marker));
  // cordova platform add / prepare.
  if (name === 'platforms') return siblings.has('config.xml');
  return isWebAppCopy(dir, name);
}

/** Whether a file found by walking a folder is generated (minified bundles). */
export function isGeneratedFile(name: string): boolean {
  // `._index.js`: a macOS resource fork beside the real file (binary metadata, never code).
  return MINIFIED_FILE.test(name) || name.startsWith('._');
}

/**
 * `index.js` beside `index.ts`: the TypeScript compiler's output in place (WeChat's TypeScript template compiles each
 * page next to its source). The source holds every finding; checking both reports each twice.
 */
export function isCompiledFromSibling(name: string, siblings: ReadonlySet<string>): boolean {
  return name.endsWith('.js') && siblings.has(`${name.slice(0, -'.js'.length)}.ts`);
}

/** Answers "is this path ignored by git?" from every .gitignore between the repository root and the path. */
export class GitIgnoreFilter {
  private readonly perDir = new Map<string, Ignore | null>();

  /** Directory whose .gitignore files apply: the repository root holding the path, or the path itself. */
  static topFor(path: string): string {
    let dir = resolve(path);
    for (;;) {
      if (existsSync(join(dir, '.git'))) return dir;
      const parent = dirname(dir);
      if (parent === dir) return resolve(path);
      dir = parent;
    }
  }

  constructor(private readonly top: string) {}

  private rulesIn(dir: string): Ignore | null {
    let rules = this.perDir.get(dir);
    if (rules === undefined) {
      rules = null;
      const file = join(dir, '.gitignore');
      try {
        rules = ignore().add(readFileSync(file, 'utf8'));
      } catch {
        // no .gitignore here
      }
      this.perDir.set(dir, rules);
    }
    return rules;
  }

  /** The .gitignore rules of the directories from `top` down to `dir` (both included), outermost first. */
  private chain(dir: string): Array<[string, Ignore]> {
    const dirs: string[] = [];
    let current = dir;
    while (current.startsWith(this.top)) {
      dirs.push(current);
      if (current === this.top) break;
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    return dirs
      .reverse()
      .map((d) => [d, this.rulesIn(d)] as [string, Ignore | null])
      .filter((entry): entry is [string, Ignore] => entry[1] !== null);
  }

  /** Whether the entry itself matches (ignoring its ancestors: the walker never enters an ignored folder). */
  matches(path: string, isDirectory: boolean): boolean {
    if (!path.startsWith(this.top) || path === this.top) return false;
    let ignored = false;
    for (const [dir, rules] of this.chain(dirname(path))) {
      const rel = relative(dir, path).split(sep).join('/') + (isDirectory ? '/' : '');
      const verdict = rules.test(rel);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }

  /** Whether the path or any folder above it (below `top`) is ignored. */
  isIgnored(path: string, isDirectory: boolean): boolean {
    let current = dirname(path);
    while (current.startsWith(this.top) && current !== this.top) {
      if (ALWAYS_SKIPPED_DIRS.has(current.slice(current.lastIndexOf(sep) + 1)) || this.matches(current, true)) return true;
      current = dirname(current);
    }
    return this.matches(path, isDirectory);
  }
}

export interface CollectOptions {
  cwd: string;
  /** Whether the lint config applies to the file (asked only for files found by walking or globbing). */
  isLintable(file: string): Promise<boolean>;
  /** Honour .gitignore files (default true). */
  gitignore?: boolean;
  /** Stop early (editor cancellation). */
  isCancelled?: () => boolean;
}

export interface CollectedFiles {
  files: string[];
  /** Arguments that matched nothing on disk. */
  missing: string[];
}

async function walk(dir: string, filter: GitIgnoreFilter | undefined, out: string[], isCancelled?: () => boolean): Promise<void> {
  if (isCancelled?.()) return;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let siblings: Set<string> | undefined;
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (ALWAYS_SKIPPED_DIRS.has(entry.name) || TEST_DIRS.has(entry.name) || entry.name === TYPE_DECLARATION_DIR) continue;
      if (isGeneratedDirectory(dir, entry.name, (siblings ??= new Set(entries.map((e) => e.name))))) continue;
      if (filter?.matches(full, true)) continue;
      await walk(full, filter, out, isCancelled);
    } else if (entry.isFile()) {
      if (isGeneratedFile(entry.name) || TEST_FILE.test(entry.name) || TYPE_DECLARATION_FILE.test(entry.name) || isEditorCopyName(entry.name)) continue;
      if (isCompiledFromSibling(entry.name, (siblings ??= new Set(entries.map((e) => e.name))))) continue;
      if (filter?.matches(full, false)) continue;
      out.push(full);
    }
  }
}

/** Whether the walk would take `file` (under `dir`) but for .gitignore: no skipped, generated or test folder or file on the way. */
function passesWalkRules(dir: string, file: string): boolean {
  const parts = relative(dir, file).split(sep);
  let parent = dir;
  for (const [i, name] of parts.entries()) {
    let siblings: Set<string>;
    try {
      siblings = new Set(readdirSync(parent));
    } catch {
      return false;
    }
    if (i === parts.length - 1) {
      return !isGeneratedFile(name) && !TEST_FILE.test(name) && !TYPE_DECLARATION_FILE.test(name) && !isEditorCopyName(name) && !isCompiledFromSibling(name, siblings);
    }
    if (ALWAYS_SKIPPED_DIRS.has(name) || TEST_DIRS.has(name) || name === TYPE_DECLARATION_DIR || isGeneratedDirectory(parent, name, siblings)) return false;
    parent = join(parent, name);
  }
  return false;
}

/**
 * The config files of the apps under `dir` that .gitignore hid from the walk (tp-app-uniapp ignores `*.json`, yet
 * commits manifest.json, which git keeps tracking): the project model reads them whatever .gitignore says, so their
 * findings (no androidPrivacy.json, an unused permission) belong in the check too. Never inside node_modules or .git.
 */
function ignoredAppConfigFiles(dir: string, walked: readonly string[]): string[] {
  const model = getProjectModel();
  const listed = new Set(walked);
  const roots = new Set<string>();
  const out: string[] = [];
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  for (const file of walked) {
    const app = model.appForFile(file);
    if (!app || roots.has(app.root)) continue;
    roots.add(app.root);
    for (const config of app.configFiles) {
      const path = config.file;
      if (listed.has(path) || !path.startsWith(prefix) || !passesWalkRules(dir, path)) continue;
      if (existsSync(path)) {
        listed.add(path);
        out.push(path);
      }
    }
  }
  return out;
}

/** Expand CLI/editor path arguments (files, folders, globs) into the sorted list of files to lint. */
export async function collectFiles(paths: string[], options: CollectOptions): Promise<CollectedFiles> {
  const useGitignore = options.gitignore !== false;
  const filters = new Map<string, GitIgnoreFilter>();
  const filterFor = (path: string): GitIgnoreFilter | undefined => {
    if (!useGitignore) return undefined;
    const top = GitIgnoreFilter.topFor(path);
    let filter = filters.get(top);
    if (!filter) filters.set(top, (filter = new GitIgnoreFilter(top)));
    return filter;
  };

  const explicit = new Set<string>();
  const found = new Set<string>();
  const missing: string[] = [];
  for (const arg of paths.length ? paths : ['.']) {
    const abs = isAbsolute(arg) ? arg : resolve(options.cwd, arg);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      // A file named on the command line is checked even when ignored: the user asked for it.
      explicit.add(abs);
    } else if (stat?.isDirectory()) {
      const out: string[] = [];
      // A folder named on the command line is entered even when ignored; .gitignore applies to what is inside.
      await walk(abs, filterFor(abs), out, options.isCancelled);
      for (const f of out) found.add(f);
      if (useGitignore) for (const f of ignoredAppConfigFiles(abs, out)) found.add(f);
    } else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, {
        cwd: options.cwd,
        absolute: true,
        dot: true,
        ignore: ['**/node_modules/**', '**/.git/**'],
      });
      let any = false;
      for (const m of matches) {
        const file = resolve(m);
        if (filterFor(file)?.isIgnored(file, false)) continue;
        found.add(file);
        any = true;
      }
      if (!any) missing.push(arg);
    } else {
      missing.push(arg);
    }
  }

  const files = [...explicit];
  for (const file of found) {
    if (options.isCancelled?.()) break;
    if (!explicit.has(file) && (await options.isLintable(file))) files.push(file);
  }
  files.sort();
  return { files, missing };
}
