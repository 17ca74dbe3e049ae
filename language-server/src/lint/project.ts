// The plugin's project model, as the server uses it: it feeds unsaved config buffers in (setOverlay), drops cached
// files on disk changes (invalidate), and asks which app a file belongs to (for cross-file re-checks and counts).
import { getProjectModel, type AppModel, type ConfigKind, type ProjectModelApi } from 'eslint-plugin-consentry/core';

/** The model shared with the rules: the same module instance the plugin's rules read. */
export function projectModel(): ProjectModelApi {
  return getProjectModel();
}

/** The config files the model reads, by name: used when the plugin offers no model (nothing to ask). */
const CONFIG_FILE_NAME =
  /(?:^|[\\/])(?:Info\.plist|InfoPlist\.strings|AndroidManifest\.xml|app\.json5?|app\.config\.[cm]?[jt]s|manifest\.json|androidPrivacy\.json|module\.json5|string\.json|capacitor\.config\.(?:json|[cm]?[jt]s)|package\.json)$/;

/** Calls into the model never take the server down: a failure is logged and treated as "unknown". */
export class SafeProjectModel {
  constructor(
    private readonly model: ProjectModelApi | undefined,
    private readonly log: (message: string) => void,
  ) {}

  get available(): boolean {
    return this.model !== undefined;
  }

  private guard<T>(what: string, fallback: T, run: (model: ProjectModelApi) => T): T {
    if (!this.model) return fallback;
    try {
      return run(this.model);
    } catch (error) {
      this.log(`project model: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }

  /** Whether edits of this file can change other files' findings (it is a config file of an app). */
  isConfigFile(file: string): boolean {
    if (!this.model) return CONFIG_FILE_NAME.test(file);
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

  invalidate(file: string): void {
    this.guard('invalidate', undefined, (m) => m.invalidate(file));
  }

  clear(): void {
    this.guard('clear', undefined, (m) => m.clear());
  }
}
