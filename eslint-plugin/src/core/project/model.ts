// The project model: which app a file belongs to, what that app targets, and every purpose declaration in its
// config files, with exact positions. Nothing is executed; everything is cached (directory → app root, file →
// parse by content hash, root → app), so asking for the app of the 1,500th file of a run costs a map lookup.
import { basename, dirname, resolve, sep } from 'node:path';
import { DiskFileSource, type DirEntry, type FileRead, type FileSource } from '../file-source.js';
import { contentHash } from '../hash.js';
import type { ConfigKind, ConfigProblem } from '../types.js';
import type { AppModel, ParsedConfigFile, ProjectModelApi } from './api.js';
import { buildApp, readExpoLocale, type AppBuildContext, type BuiltApp } from './app-builder.js';
import { findAppRoot, installedCopyAt, isRootMarkerName } from './discovery.js';
import { parseConfigText, type ParsedFile } from './parsed-file.js';
import { isConfigFileName, kindForPath } from './paths.js';
import { resolveHarmonyReasons } from './harmony-resources.js';
import { isFresh } from '../freshness.js';

export interface ProjectModelOptions {
  /**
   * How often (ms) an app built from disk re-checks the files and folders it was built from (mtime + size), so an
   * edit nobody reported is picked up. 0 checks on every call (tests); Infinity never (rely on invalidate()).
   */
  revalidateAfterMs?: number;
}

interface ListingEntry {
  entries: ReadonlyMap<string, boolean> | undefined;
  signature: string;
  checkedAt: number;
}

interface SignatureEntry {
  signature: string;
  checkedAt: number;
}

interface ReadEntry {
  read: FileRead | undefined;
  signature: string;
}

interface AppEntry {
  built: BuiltApp;
  checkedAt: number;
}

const OVERLAY_SIGNATURE = 'overlay';
const MAX_REMEMBERED_FILES = 50_000;

export class ProjectModel implements ProjectModelApi {
  private readonly overlays = new Map<string, string>();
  private readonly listings = new Map<string, ListingEntry>();
  private readonly reads = new Map<string, ReadEntry>();
  /** Disk signatures handed out through `source` (rules validate their own caches with them on every file). */
  private readonly signatures = new Map<string, SignatureEntry>();
  /** path → parses of that path by content hash (a few: an overlay toggled on and off reuses both). */
  private readonly parses = new Map<string, Map<string, ParsedFile>>();
  /** directory → app root (null = no app above it). */
  private readonly rootOfDir = new Map<string, string | null>();
  /** file path as asked → app root: skips path normalisation on repeated asks. Cleared with rootOfDir. */
  private readonly rootOfFile = new Map<string, string | null>();
  private readonly apps = new Map<string, AppEntry>();
  private readonly revalidateAfterMs: number;

  /**
   * The files as the model sees them: overlays (unsaved buffers) first, then disk, for rules that look at files the
   * model does not parse. Reads are uncached; listings and signatures are re-checked on disk at most every
   * revalidateAfterMs (and not during a stable pass), like the apps: a rule asks for the same few paths on every file
   * it lints. `signature` changes when an overlay's text does.
   */
  readonly source: FileSource;
  private readonly disk: FileSource;

  constructor(disk: FileSource = new DiskFileSource(), options: ProjectModelOptions = {}) {
    this.disk = disk;
    this.revalidateAfterMs = options.revalidateAfterMs ?? 1000;
    this.source = {
      read: (path) => {
        const overlay = this.overlays.get(resolve(path));
        return overlay !== undefined ? { ok: true, text: overlay } : disk.read(path);
      },
      list: (dir) => {
        const entries = this.list(resolve(dir));
        return entries ? [...entries].map(([name, isDirectory]) => ({ name, isDirectory })) : undefined;
      },
      signature: (path) => {
        const file = resolve(path);
        const overlay = this.overlays.get(file);
        return overlay !== undefined ? `${OVERLAY_SIGNATURE}:${contentHash(overlay)}` : this.diskSignature(file);
      },
    };
  }

  appForFile(filePath: string): AppModel | undefined {
    // Linting asks once per file (often several rules per file): the answer per path is one map lookup.
    let root = this.rootOfFile.get(filePath);
    if (root === undefined) {
      const dir = dirname(resolve(filePath));
      root = this.rootOfDir.get(dir);
      if (root === undefined) root = this.discoverRoot(dir);
      if (this.rootOfFile.size >= MAX_REMEMBERED_FILES) this.rootOfFile.clear();
      this.rootOfFile.set(filePath, root);
    }
    if (root === null) return undefined;
    return this.appAt(root)?.model;
  }

  configKindOf(filePath: string): ConfigKind | undefined {
    // Cheap exit for the common case: a source file. Any .json may be a file an app names (Expo `locales`).
    const name = basename(filePath);
    if (!isConfigFileName(name) && !name.endsWith('.json')) return undefined;
    const file = resolve(filePath);
    const app = this.appForFile(file);
    const known = app?.configFiles.find((c) => c.file === file);
    if (known) return known.kind;
    // A package copied into the app's source out of node_modules configures no app: its example app is its own demo.
    if (app && installedCopyAt(dirname(file), app.root, { list: (d) => this.list(d), readJson: (path, kind) => this.readParsed(path, kind) })) return undefined;
    return kindForPath(file, app);
  }

  parseConfigFile(filePath: string, text: string): ParsedConfigFile | undefined {
    const file = resolve(filePath);
    const kind = this.configKindOf(file);
    if (!kind) return undefined;
    const parsed = this.parse(file, kind, text);
    let declarations = parsed.declarations;
    if (kind === 'harmony-module-json5') {
      declarations = resolveHarmonyReasons(parsed, (path) => this.readParsed(path, 'harmony-string-json'), (dir) => this.list(dir));
    }
    const expoPlugins = parsed.expo ? { expoPlugins: parsed.expo.plugins } : {};
    if (parsed.expo?.locales.length) {
      const read = parsed.expo.locales.map((entry) => readExpoLocale(dirname(file), file, entry, (path) => this.readParsed(path, 'expo-locale-json')));
      return { file, kind, declarations, problems: parsed.problems, expoLocales: read.map((r) => r.locale), localeDeclarations: read.flatMap((r) => r.declarations), ...expoPlugins };
    }
    return { file, kind, declarations, problems: parsed.problems, ...expoPlugins };
  }

  setOverlay(filePath: string, text: string | undefined): void {
    const file = resolve(filePath);
    const had = this.overlays.get(file);
    if (had === text) return;
    if (text === undefined) this.overlays.delete(file);
    else this.overlays.set(file, text);
    // A new or removed buffer changes its folder's listing as the model sees it.
    this.dropPath(file, had === undefined || text === undefined);
  }

  /**
   * A file changed on disk. `listingChanged` false: only its content did (a source file saved in place), so folder
   * listings and the apps built on them stay.
   */
  invalidate(filePath: string, listingChanged = true): void {
    this.dropPath(resolve(filePath), listingChanged);
  }

  /**
   * Whether `path` is a file (an overlay counts), answered from its folder's listing: one listing serves every
   * probe in the folder (tsconfig.json, babel.config.js, package.json, `./helper` + each extension …).
   */
  isFile(path: string): boolean {
    const file = resolve(path);
    return this.list(dirname(file))?.get(basename(file)) === false;
  }

  clear(): void {
    this.listings.clear();
    this.signatures.clear();
    this.reads.clear();
    this.parses.clear();
    this.forgetRoots();
    this.apps.clear();
  }

  // ---- internals -------------------------------------------------------------------------------------------

  private dropPath(file: string, listingChanged: boolean): void {
    this.reads.delete(file);
    this.signatures.delete(file);
    this.signatures.delete(dirname(file));
    this.parses.delete(file);
    const name = basename(file);
    // Config files and app-root markers can move app roots and live in folders not on disk yet (overlays); any
    // other file (a source file saved, a folder created) only changes its own folder's listing.
    const shapesApps = isConfigFileName(name) || isRootMarkerName(name);
    if (listingChanged) {
      this.listings.delete(file);
      this.listings.delete(dirname(file));
      if (shapesApps) for (let dir = dirname(file); dirname(dir) !== dir; dir = dirname(dir)) this.listings.delete(dirname(dir));
    }
    if (shapesApps) this.forgetRoots();
    for (const [root, entry] of this.apps) {
      const inside = file === root || file.startsWith(root + sep);
      if (!inside) continue;
      // A folder's listing is a dependency: only a file added or removed changes it, not new text (an editor buffer).
      if (shapesApps || entry.built.dependencies.has(file) || (listingChanged && entry.built.dependencies.has(dirname(file)))) this.apps.delete(root);
    }
  }

  private forgetRoots(): void {
    this.rootOfDir.clear();
    this.rootOfFile.clear();
  }

  private discoverRoot(dir: string): string | null {
    const visited: string[] = [];
    const root = findAppRoot(dir, {
      list: (d) => this.list(d),
      readJson: (path, kind) => this.readParsed(path, kind),
      cached: (d) => this.rootOfDir.get(d),
      visit: (d) => visited.push(d),
    });
    for (const d of visited) if (!this.rootOfDir.has(d)) this.rootOfDir.set(d, root);
    this.rootOfDir.set(dir, root);
    return root;
  }

  private appAt(root: string): BuiltApp | undefined {
    const existing = this.apps.get(root);
    const now = Date.now();
    if (existing) {
      if (isFresh(existing.checkedAt, this.revalidateAfterMs, now)) return existing.built;
      existing.checkedAt = now;
      if (!this.isStale(existing.built)) return existing.built;
      this.apps.delete(root);
      this.forgetRoots();
    }
    const context: AppBuildContext = {
      list: (d) => this.list(d),
      readParsed: (path, kind) => this.readParsed(path, kind),
      readText: (path) => {
        const read = this.read(path);
        return read?.ok ? read.text : undefined;
      },
    };
    const built = buildApp(root, context, (path) => this.signatureOf(path));
    this.apps.set(root, { built, checkedAt: now });
    return built;
  }

  /** True when a file or folder the app was built from changed on disk since (overlays change via setOverlay). */
  private isStale(built: BuiltApp): boolean {
    let stale = false;
    for (const [path, signature] of built.dependencies) {
      if (signature === OVERLAY_SIGNATURE || this.disk.signature(path) === signature) continue;
      // Drop every changed entry, not just the first: the rebuild must not reuse another stale read.
      this.reads.delete(path);
      this.parses.delete(path);
      this.listings.delete(path);
      stale = true;
    }
    return stale;
  }

  private signatureOf(path: string): string {
    if (this.overlays.has(path)) return OVERLAY_SIGNATURE;
    return this.listings.get(path)?.signature ?? this.reads.get(path)?.signature ?? this.disk.signature(path);
  }

  /** A directory's entries (name → is a folder), overlays included; undefined when it is not a folder. */
  list(dir: string): ReadonlyMap<string, boolean> | undefined {
    const cached = this.listings.get(dir);
    const now = Date.now();
    if (cached && isFresh(cached.checkedAt, this.revalidateAfterMs, now)) return cached.entries;
    const signature = this.disk.signature(dir);
    // A folder's mtime changes when an entry is added, removed or renamed: one stat tells whether to re-list.
    if (cached?.signature === signature) {
      cached.checkedAt = now;
      return cached.entries;
    }
    const raw: readonly DirEntry[] | undefined = this.disk.list(dir);
    const entries = this.withOverlays(dir, raw);
    if (this.listings.size >= MAX_REMEMBERED_FILES) this.listings.clear();
    this.listings.set(dir, { entries, signature, checkedAt: now });
    return entries;
  }

  private diskSignature(path: string): string {
    const now = Date.now();
    const cached = this.signatures.get(path);
    if (cached && isFresh(cached.checkedAt, this.revalidateAfterMs, now)) return cached.signature;
    const signature = this.disk.signature(path);
    if (this.signatures.size >= MAX_REMEMBERED_FILES) this.signatures.clear();
    this.signatures.set(path, { signature, checkedAt: now });
    return signature;
  }

  /** A listing plus the overlaid files (and the folders leading to them): they exist before they are saved. */
  private withOverlays(dir: string, raw: readonly DirEntry[] | undefined): Map<string, boolean> | undefined {
    let entries: Map<string, boolean> | undefined = raw ? new Map(raw.map((e) => [e.name, e.isDirectory])) : undefined;
    if (this.overlays.size === 0) return entries;
    const prefix = dir.endsWith(sep) ? dir : dir + sep;
    for (const path of this.overlays.keys()) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf(sep);
      const name = slash === -1 ? rest : rest.slice(0, slash);
      entries ??= new Map();
      if (!entries.has(name)) entries.set(name, slash !== -1);
    }
    return entries;
  }

  private read(path: string): FileRead | undefined {
    const overlay = this.overlays.get(path);
    if (overlay !== undefined) return { ok: true, text: overlay };
    const cached = this.reads.get(path);
    if (cached) return cached.read;
    const signature = this.disk.signature(path);
    const read = this.disk.read(path);
    this.reads.set(path, { read, signature });
    return read;
  }

  /** Read and parse a config file as `kind` (cached by content hash); undefined when it does not exist. */
  readParsed(path: string, kind: ConfigKind): ParsedFile | undefined {
    const read = this.read(path);
    if (!read) return undefined;
    if (!read.ok) {
      const problem: ConfigProblem = { file: path, message: `${basename(path)} was not read: ${read.reason}` };
      return { file: path, kind, hash: '', declarations: [], problems: [problem], unreadable: true };
    }
    return this.parse(path, kind, read.text);
  }

  private parse(file: string, kind: ConfigKind, text: string): ParsedFile {
    const hash = contentHash(text);
    let byHash = this.parses.get(file);
    const cached = byHash?.get(`${kind}:${hash}`);
    if (cached) return cached;
    let parsed: ParsedFile;
    try {
      parsed = parseConfigText(kind, file, text, hash);
    } catch (error) {
      // A parser bug must not take the lint run down: the file is reported and its platforms stay silent.
      const message = `${basename(file)} could not be read: ${error instanceof Error ? error.message : String(error)}`;
      parsed = { file, kind, hash, declarations: [], problems: [{ file, message }], unreadable: true };
    }
    if (!byHash) this.parses.set(file, (byHash = new Map()));
    if (byHash.size >= 4) byHash.delete(byHash.keys().next().value!);
    byHash.set(`${kind}:${hash}`, parsed);
    return parsed;
  }
}

let shared: ProjectModel | undefined;

/** The model shared by the rules, the CLI and the language server in one process. */
export function getProjectModel(): ProjectModel {
  shared ??= new ProjectModel();
  return shared;
}


