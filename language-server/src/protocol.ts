// The custom part of the Consentry language-server protocol, shared with the VS Code extension.
// Plain constants and types only: the extension imports this file, so it must not pull in the server.

/** Severity override for one rule in the editor settings ('default' keeps the recommended severity). */
export type RuleSeveritySetting = 'off' | 'warn' | 'error' | 'default';

export type PlatformSetting = 'ios' | 'android' | 'wechat' | 'harmony' | 'web';

/** The `consentry.*` settings section, as the client returns it from `workspace/configuration`. */
export interface ConsentryClientSettings {
  /** Turn linting off without stopping the server. */
  enable: boolean;
  /** Per-rule severities, keyed by rule id with or without the `consentry/` prefix. */
  rules: Record<string, RuleSeveritySetting>;
  /** Consent gates: what in the project means "the user agreed" (the ESLint `settings.consentry.consent`). */
  consent: {
    predicates: string[];
    callbacks: string[];
    dialogs: string[];
    heuristics: boolean;
  };
  /** Locales every purpose string must exist in, e.g. ['en', 'zh-Hans']. */
  locales: string[];
  /** Platforms to check; empty = every platform the app targets. */
  platforms: PlatformSetting[];
  /**
   * Use the project's own eslint.config.* instead of the built-in recommended config: `true` finds it next to the
   * workspace folder, a string is a path. Honoured only in a trusted workspace.
   */
  useProjectConfig: boolean | string;
  /** When to lint: as you type, or when the document is saved. */
  run: 'onType' | 'onSave';
}

export const DEFAULT_CLIENT_SETTINGS: ConsentryClientSettings = {
  enable: true,
  rules: {},
  consent: { predicates: [], callbacks: [], dialogs: [], heuristics: true },
  locales: [],
  platforms: [],
  useProjectConfig: false,
  run: 'onType',
};

/** Passed by the client in `initializationOptions`. */
export interface ConsentryInitializationOptions {
  /** Whether the workspace is trusted. Untrusted (the default): nothing from the workspace is executed. */
  workspaceTrusted?: boolean;
  /**
   * The editor's display language ('en', 'zh-cn'). Messages come from the rules, which are English for now; the
   * server keeps the value for when they offer translations.
   */
  locale?: string;
}

export type ServerState = 'starting' | 'ready' | 'linting' | 'disabled' | 'error';

export interface AppCounts {
  /** Absolute path of the app root (or of the workspace folder for files outside any app). */
  root: string;
  /** Short name for display: the folder name. */
  name: string;
  errors: number;
  warnings: number;
  /** Files with at least one finding. */
  files: number;
}

/** `consentry/status` (server → client): for the status item. */
export interface StatusParams {
  state: ServerState;
  /** Human-readable detail (an error, or why the server is disabled). */
  message?: string;
  apps: AppCounts[];
  totals: { errors: number; warnings: number; files: number };
  /** Whether the project's eslint.config.* is in use (false = built-in recommended config). */
  usingProjectConfig: boolean;
  workspaceTrusted: boolean;
}
export const STATUS_NOTIFICATION = 'consentry/status';

/** `consentry/checkWorkspace` (client → server): lint every supported file of every app and publish diagnostics. */
export interface CheckWorkspaceParams {
  /** Folders to check; default: every workspace folder. */
  folders?: string[];
}
export interface CheckWorkspaceResult {
  files: number;
  errors: number;
  warnings: number;
  /** True when the request was cancelled before every file was checked. */
  cancelled: boolean;
  durationMs: number;
}
export const CHECK_WORKSPACE_REQUEST = 'consentry/checkWorkspace';

/** `consentry/didChangeWorkspaceTrust` (client → server): the user granted trust to the workspace. */
export interface DidChangeWorkspaceTrustParams {
  trusted: boolean;
}
export const DID_CHANGE_WORKSPACE_TRUST_NOTIFICATION = 'consentry/didChangeWorkspaceTrust';

/** Commands the server executes (`workspace/executeCommand`). The client must not register these ids itself. */
export const OPEN_RULE_DOCS_COMMAND = 'consentry.server.openRuleDocumentation';

/** Structured data attached to every Consentry diagnostic (`Diagnostic.data`). */
export interface DiagnosticData {
  /** Full rule id, e.g. 'consentry/require-purpose-string'; undefined for a file that could not be parsed. */
  ruleId?: string;
  /** Document version the diagnostic was computed for; code actions for another version are refused. */
  version: number;
  regulations: string[];
  docsUrl?: string;
  messageId?: string;
  /** Index of the ESLint message in the file's result, to find its fix and suggestions. */
  index: number;
}

/**
 * Node options a client starts the server with. A 64 MB young generation holds what one lint of a large file allocates
 * (about 40 MB for 3,000 lines), so the server can collect it between keystrokes instead of V8 collecting part-way
 * through the next lint (language-server/src/lint/idle-collector.ts). Node 24 has that by default; Node 22 (VS Code's
 * runtime since 1.101) has 16 MB.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=64'];
