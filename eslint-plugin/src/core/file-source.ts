// Where the project model reads files from. Disk by default; the language server overlays unsaved editor buffers,
// and tests can use an in-memory tree. Nothing here throws: a file that cannot be read is reported, not raised.
import { readdirSync, readFileSync, statSync } from 'node:fs';

/** Config files above this size are not parsed (a generated or vendored blob is not a config file). */
export const MAX_CONFIG_FILE_BYTES = 5 * 1024 * 1024;

export type FileRead =
  | { ok: true; text: string }
  /** The file exists but cannot be used as text (too large, unreadable, undecodable). */
  | { ok: false; reason: string };

export interface DirEntry {
  name: string;
  isDirectory: boolean;
}

export interface FileSource {
  /** The file's text (BOM removed, UTF-16 decoded), an unusable-file reason, or undefined when it does not exist. */
  read(path: string): FileRead | undefined;
  /** The entries of a directory, or undefined when it is not a directory. */
  list(dir: string): readonly DirEntry[] | undefined;
  /**
   * A cheap token that changes when the file or directory changes (mtime + size on disk), 'missing' when absent.
   * Used to notice edits nobody told the model about.
   */
  signature(path: string): string;
}

/** Decode file bytes as text: UTF-8 (with or without BOM) or UTF-16 LE/BE with BOM (Xcode writes .strings so). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return (utf16le ??= new TextDecoder('utf-16le')).decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return (utf16be ??= new TextDecoder('utf-16be')).decode(bytes.subarray(2));
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8.decode(bytes.subarray(3));
  return utf8.decode(bytes);
}

// Decoders are reused: the usage index decodes every source file of an app.
const utf8 = new TextDecoder('utf-8');
let utf16le: InstanceType<typeof TextDecoder> | undefined;
let utf16be: InstanceType<typeof TextDecoder> | undefined;

export class DiskFileSource implements FileSource {
  read(path: string): FileRead | undefined {
    let size: number;
    try {
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat || !stat.isFile()) return undefined;
      size = stat.size;
    } catch {
      return undefined;
    }
    if (size > MAX_CONFIG_FILE_BYTES) return { ok: false, reason: `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit for config files` };
    try {
      return { ok: true, text: decodeText(readFileSync(path)) };
    } catch (error) {
      return { ok: false, reason: `the file cannot be read (${error instanceof Error ? error.message : String(error)})` };
    }
  }

  list(dir: string): readonly DirEntry[] | undefined {
    try {
      return readdirSync(dir, { withFileTypes: true }).map((entry) => ({
        name: entry.name,
        // A symlinked folder counts as a folder (monorepo tools link packages).
        isDirectory: entry.isDirectory() || (entry.isSymbolicLink() && isDirectorySafe(`${dir}/${entry.name}`)),
      }));
    } catch {
      return undefined;
    }
  }

  signature(path: string): string {
    try {
      const stat = statSync(path, { throwIfNoEntry: false });
      return stat ? `${stat.mtimeMs}:${stat.size}` : 'missing';
    } catch {
      return 'missing';
    }
  }
}

function isDirectorySafe(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

/**
 * An in-memory tree, for tests and for tools that lint text that is not on disk. Keys are absolute paths with '/'.
 * Values are text, or bytes (binary plists, UTF-16 files).
 */
export class MemoryFileSource implements FileSource {
  private readonly files = new Map<string, string | Uint8Array>();
  private readonly versions = new Map<string, number>();

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
  }

  write(path: string, content: string | Uint8Array): void {
    this.files.set(path, content);
    this.versions.set(path, (this.versions.get(path) ?? 0) + 1);
  }

  delete(path: string): void {
    this.files.delete(path);
    this.versions.set(path, (this.versions.get(path) ?? 0) + 1);
  }

  read(path: string): FileRead | undefined {
    const content = this.files.get(path);
    if (content === undefined) return undefined;
    const size = typeof content === 'string' ? content.length : content.byteLength;
    if (size > MAX_CONFIG_FILE_BYTES) return { ok: false, reason: `the file is over the 5 MB limit for config files` };
    return { ok: true, text: typeof content === 'string' ? content : decodeText(content) };
  }

  list(dir: string): readonly DirEntry[] | undefined {
    const prefix = dir.endsWith('/') ? dir : `${dir}/`;
    const entries = new Map<string, boolean>();
    for (const path of this.files.keys()) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash === -1) entries.set(rest, entries.get(rest) ?? false);
      else entries.set(rest.slice(0, slash), true);
    }
    if (entries.size === 0) return undefined;
    return [...entries].map(([name, isDirectory]) => ({ name, isDirectory }));
  }

  signature(path: string): string {
    // A directory's signature changes when anything below it changes: enough for tests, never stale.
    if (this.files.has(path)) return `v${this.versions.get(path)}`;
    const prefix = path.endsWith('/') ? path : `${path}/`;
    let total = 0;
    let any = false;
    for (const [file, version] of this.versions) {
      if (file.startsWith(prefix)) {
        total += version;
        if (this.files.has(file)) any = true;
      }
    }
    return any ? `d${total}` : 'missing';
  }
}
