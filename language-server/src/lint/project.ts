// The plugin's project model, as the server uses it: it feeds unsaved buffers in (setOverlay: config files, and the
// code files other files read, such as imported helpers), drops cached files on disk changes (invalidate), and asks
// which app a file belongs to (for cross-file re-checks and counts). Unsaved source buffers also go to the usage
// index (what the app's code uses), which no-unused-permission reads.
import { getProjectModel, getUsageIndex, type AppModel, type ConfigKind, type ProjectModelApi, type UsageIndex } from 'eslint-plugin-consentry/core';

/** The model shared with the rules: the same module instance the plugin's rules read. */
export function projectModel(): ProjectModelApi {
  return getProjectModel();
}

/** Calls into the model never take the server down: a failure is logged and treated as "unknown". */
export class SafeProjectModel {
  constructor(
    private readonly model: ProjectModelApi,
    private readonly log: (message: string) => void,
    private readonly usage: () => UsageIndex = getUsageIndex,
  ) {}

  private guard<T>(what: string, fallback: T, run: (model: ProjectModelApi) => T): T {
    try {
      return run(this.model);
    } catch (error) {
      this.log(`project model: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }

  /** Whether edits of this file can change other files' findings (it is a config file the model reads). */
  isConfigFile(file: string): boolean {
    return this.configKindOf(file) !== undefined;
  }

  configKindOf(file: string): ConfigKind | undefined {
    return this.guard('configKindOf', undefined, (m) => m.configKindOf(file));
  }

  appForFile(file: string): AppModel | undefined {
    return this.guard('appForFile', undefined, (m) => m.appForFile(file));
  }

  setOverlay(file: string, text: string | undefined): void {
    this.guard('setOverlay', undefined, (m) => m.setOverlay(file, text));
  }

  /** The file's text as the model reads it (buffer first, then disk); undefined when missing or unreadable. */
  textOf(file: string): string | undefined {
    return this.guard('textOf', undefined, (m) => {
      const read = m.source.read(file);
      return read?.ok ? read.text : undefined;
    });
  }

  /** A token that changes when the file's text as the model reads it changes ('missing' when absent). */
  signatureOf(file: string): string {
    return this.guard('signatureOf', 'missing', (m) => m.source.signature(file));
  }

  /** A file changed on disk (`listingChanged` false: only its content, see ProjectModel.invalidate). */
  invalidate(file: string, listingChanged = true): void {
    this.guard('invalidate', undefined, (m) => m.invalidate(file, listingChanged));
  }

  clear(): void {
    this.guard('clear', undefined, (m) => m.clear());
  }

  /**
   * Give the usage index a source buffer (undefined: back to disk). When an app's usage that holds the file has
   * been computed, the buffer is scanned now and the result says whether what the file uses changed; otherwise it
   * is only stored (cheap enough for every keystroke) and false is returned.
   */
  setSourceOverlay(file: string, text: string | undefined): boolean {
    return this.guard('setSourceOverlay', false, () => {
      const index = this.usage();
      if (index.tracks(file)) return index.updateOverlay(file, text);
      index.setOverlay(file, text);
      return false;
    });
  }

  /** A source file changed on disk: whether what it uses changed (for apps whose usage has been computed). */
  sourceChangedOnDisk(file: string): boolean {
    return this.guard('sourceChangedOnDisk', false, () => {
      const index = this.usage();
      if (!index.mayHold(file)) return false; // package-lock.json, images …: no app's usage changes
      if (index.tracks(file)) return index.refresh(file);
      index.invalidate(file);
      return false;
    });
  }
}
