// The one lint engine behind both the `consentry` CLI and the language server, so the editor and the PR gate
// report the same findings: ESLint in-process with the Consentry plugin, zero-config by default.
import { ESLint, type Linter, type Rule } from 'eslint';
import { dirname, join, parse as parsePath } from 'node:path';
import consentry, { contextWithReport, localizeRule, normaliseLocale, type MessageLocale } from 'eslint-plugin-consentry';
import { withStableFiles, type ConsentrySettings } from 'eslint-plugin-consentry/core';
import type { RuleSeveritySetting } from '../protocol.js';
import { createFastParser } from './fast-parser.js';
import { shareRuleContextPrototype } from './shared-rule-context.js';

export const RULE_PREFIX = 'consentry/';

export interface EngineOptions {
  /** The project's own eslint.config.* (load it only in a trusted workspace). Undefined: the built-in recommended config. */
  configFile?: string;
  /** The `settings.consentry` object injected into the config (consent gates, locales, platforms). */
  settings?: ConsentrySettings;
  /** Severity overrides per rule id (with or without the `consentry/` prefix). */
  ruleSeverities?: Record<string, RuleSeveritySetting>;
  /** Tests only: a different plugin object / recommended config (e.g. with a test rule). */
  plugin?: ConsentryPluginLike;
  /** Language of diagnostic messages: the editor's display language ('zh-cn' → 简体中文), else English. */
  locale?: string;
  /**
   * Built-in config only: parse JS/TS with oxc-parser (same AST, ~20× faster; see fast-parser.ts). Default true;
   * false parses with the plugin's TypeScript parser, as plain ESLint with configs.recommended does.
   */
  fastParser?: boolean;
}

export interface ConsentryPluginLike {
  rules: Record<string, unknown>;
  /** One config object (the plugin's own shape) or an array of them. */
  configs: { recommended: Linter.Config | Linter.Config[] };
}

function configBlocks(config: Linter.Config | Linter.Config[]): Linter.Config[] {
  return Array.isArray(config) ? config : [config];
}

/** What the editor and the formatters show about a rule, read from its meta (never from a list of known rules). */
export interface RuleInfo {
  /** Full id, e.g. 'consentry/require-purpose-string'. */
  id: string;
  description?: string;
  url?: string;
  regulations: string[];
  recommended?: 'error' | 'warn';
  fixable: boolean;
  hasSuggestions: boolean;
}

export class EngineConfigError extends Error {
  override name = 'EngineConfigError';
}

type MutableResult = ESLint.LintResult;

/** The `data` a rule passed to context.report (ESLint keeps only the interpolated message). */
export type ReportData = Readonly<Record<string, unknown>>;

interface CapturedReport {
  ruleId: string;
  messageId?: string;
  data: ReportData;
  line: number;
  column: number;
}

interface ReportDescriptorView {
  messageId?: string;
  data?: ReportData;
  loc?: { line: number; column: number } | { start: { line: number; column: number } };
  node?: { loc?: { start: { line: number; column: number } } | null };
}

function descriptorStart(descriptor: ReportDescriptorView): { line: number; column: number } | undefined {
  const loc = descriptor.loc;
  if (loc) return 'start' in loc ? loc.start : loc;
  return descriptor.node?.loc?.start ?? undefined;
}

/** ESLint `overrideConfig` block carrying `settings.consentry`, with only the fields that are set. */
function settingsBlock(settings: ConsentrySettings | undefined): Linter.Config[] {
  if (!settings) return [];
  const defined = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
  if (Object.keys(defined).length === 0) return [];
  return [{ name: 'consentry/editor-settings', settings: { consentry: defined } }];
}

/**
 * An empty file that ESLint lints with every Consentry rule off (releaseLastFile). Never on disk: only its name is
 * used, inside ESLint's base path so that a config applies to it.
 */
const RELEASE_FILE = '__consentry_release__.js';

function releaseBlock(plugin: ConsentryPluginLike): Linter.Config {
  const off = Object.fromEntries(Object.keys(plugin.rules as Record<string, unknown>).map((id) => [RULE_PREFIX + id, 'off' as const]));
  return { name: 'consentry/release', files: [`**/${RELEASE_FILE}`], rules: off };
}

function normaliseSeverities(overrides: Record<string, RuleSeveritySetting> | undefined): Map<string, 0 | 1 | 2> {
  const map = new Map<string, 0 | 1 | 2>();
  for (const [id, value] of Object.entries(overrides ?? {})) {
    if (value === 'default') continue;
    const full = id.startsWith(RULE_PREFIX) ? id : RULE_PREFIX + id;
    map.set(full, value === 'off' ? 0 : value === 'warn' ? 1 : 2);
  }
  return map;
}

export class LintEngine {
  readonly usingProjectConfig: boolean;
  private readonly eslint: ESLint;
  private readonly plugin: ConsentryPluginLike;
  private readonly severities: Map<string, 0 | 1 | 2>;
  private readonly lintableCache = new Map<string, Promise<boolean>>();
  private readonly extraMeta = new Map<string, Rule.RuleMetaData>();
  /** Report data captured per linted file, until the file's result is post-processed. */
  private readonly captured = new Map<string, CapturedReport[]>();
  private readonly locale: MessageLocale;
  private readonly messageData = new WeakMap<Linter.LintMessage, ReportData>();
  private readonly releasePath: string;

  constructor(options: EngineOptions = {}) {
    // Lint time: without it, every file's SourceCode outlives the file until a full GC (see shared-rule-context.ts).
    shareRuleContextPrototype();
    this.plugin = options.plugin ?? (consentry as unknown as ConsentryPluginLike);
    this.locale = normaliseLocale(options.locale);
    this.severities = normaliseSeverities(options.ruleSeverities);
    this.usingProjectConfig = options.configFile !== undefined;
    // Only Consentry rules run, whatever else a project config or an inline comment enables: other tools own those.
    const ruleFilter = ({ ruleId }: { ruleId: string }) =>
      ruleId.startsWith(RULE_PREFIX) && this.severities.get(ruleId) !== 0;
    if (options.configFile !== undefined) {
      this.releasePath = join(dirname(options.configFile), RELEASE_FILE);
      this.eslint = new ESLint({
        cwd: dirname(options.configFile),
        overrideConfigFile: options.configFile,
        overrideConfig: [...settingsBlock(options.settings), releaseBlock(this.plugin)],
        ruleFilter,
        errorOnUnmatchedPattern: false,
      });
    } else {
      // The file-system root as cwd: every absolute path is inside ESLint's base path, so any file can be linted.
      this.releasePath = join(parsePath(process.cwd()).root, RELEASE_FILE);
      this.eslint = new ESLint({
        cwd: parsePath(process.cwd()).root,
        overrideConfigFile: true,
        overrideConfig: [
          ...this.recommendedWithDataCapture(options.fastParser ?? true),
          // Directives for rules outside Consentry would otherwise be reported as unused.
          { name: 'consentry/zero-config', linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' } },
          ...settingsBlock(options.settings),
          releaseBlock(this.plugin),
        ],
        ruleFilter,
        errorOnUnmatchedPattern: false,
      });
    }
  }

  /** The `data` the rule reported this message with (zero-config only: the rules of a project config are not wrapped). */
  reportData(message: Linter.LintMessage): ReportData | undefined {
    return this.messageData.get(message);
  }

  /**
   * The recommended config with every rule of the plugin wrapped so that its context.report also records `data`
   * (rules name the missing key, platform and target file there; quick fixes use it without parsing messages).
   */
  private recommendedWithDataCapture(fastParser: boolean): Linter.Config[] {
    const wrappedRules: Record<string, Rule.RuleModule> = {};
    for (const [id, rule] of Object.entries(this.plugin.rules as Record<string, Rule.RuleModule>)) {
      const ruleId = RULE_PREFIX + id;
      const captured = this.captured;
      // Localize the capturing wrapper, not the rule under it: the capture sees the English `data` quick fixes read,
      // while ESLint renders the locale's templates with translated prose.
      wrappedRules[id] = localizeRule(id, {
        ...rule,
        create(context: Rule.RuleContext) {
          const file = context.physicalFilename ?? context.filename;
          const report = (descriptor: Rule.ReportDescriptor) => {
            const view = descriptor as unknown as ReportDescriptorView;
            const start = descriptorStart(view);
            if (view.data && start) {
              let list = captured.get(file);
              if (!list) captured.set(file, (list = []));
              list.push({ ruleId, messageId: view.messageId, data: view.data, line: start.line, column: start.column + 1 });
            }
            context.report(descriptor);
          };
          return rule.create(contextWithReport(context, report));
        },
      } as Rule.RuleModule, this.locale);
    }
    const original = this.plugin;
    const wrapped = { ...original, rules: wrappedRules };
    return configBlocks(original.configs.recommended).map((block) => {
      if (block.plugins?.consentry !== (original as unknown)) return block;
      const parser = block.languageOptions?.parser as { parseForESLint?: unknown } | undefined;
      const languageOptions =
        fastParser && typeof parser?.parseForESLint === 'function'
          ? { ...block.languageOptions, parser: createFastParser(parser as Parameters<typeof createFastParser>[0]) }
          : block.languageOptions;
      return { ...block, languageOptions, plugins: { ...block.plugins, consentry: wrapped as unknown as ESLint.Plugin } };
    });
  }

  /** Lint an in-memory buffer as the given file. Undefined when no config applies to the file (not a supported file). */
  async lintText(text: string, filePath: string): Promise<ESLint.LintResult | undefined> {
    try {
      const results = await this.eslint.lintText(text, { filePath, warnIgnored: false });
      const result = results[0];
      return result ? this.postProcess(result) : undefined;
    } finally {
      this.captured.delete(filePath);
    }
  }

  /**
   * Let go of the last file linted. ESLint keeps the last file's SourceCode (its AST, scopes and traversal steps:
   * some 20 MB for a 3,000-line file) until it lints another; in the editor that is until the next keystroke, so a
   * collection between keystrokes (lint/idle-collector.ts) would have to copy and promote all of it. Linting an empty
   * file with every rule off puts a tiny one in its place. Nothing is reported; it costs well under a millisecond.
   */
  async releaseLastFile(): Promise<void> {
    try {
      await this.eslint.lintText('', { filePath: this.releasePath, warnIgnored: false });
    } catch {
      // Nothing to release, or a project config that cannot lint it: the last file stays until the next lint.
    }
  }

  /**
   * Lint files on disk (absolute paths). A file on which ESLint or a rule throws gets one fatal message instead of
   * aborting the run: the other files are still checked.
   */
  async lintFiles(files: string[]): Promise<ESLint.LintResult[]> {
    if (files.length === 0) return [];
    // One pass over the files: they are taken not to change during it (no timed re-checks of cached project facts).
    return withStableFiles(() => this.lintFilesNow(files));
  }

  private async lintFilesNow(files: string[]): Promise<ESLint.LintResult[]> {
    try {
      return (await this.eslint.lintFiles(files)).map((r) => this.postProcess(r));
    } catch {
      const results: ESLint.LintResult[] = [];
      for (const file of files) {
        try {
          results.push(...(await this.eslint.lintFiles([file])).map((r) => this.postProcess(r)));
        } catch (error) {
          this.captured.delete(file);
          results.push(crashResult(file, error));
        }
      }
      return results;
    }
  }

  /** Whether some config block applies to the file and it is not ignored. Cached per path. */
  isLintable(filePath: string): Promise<boolean> {
    let cached = this.lintableCache.get(filePath);
    if (!cached) {
      cached = (async () => {
        try {
          if (await this.eslint.isPathIgnored(filePath)) return false;
          return (await this.eslint.calculateConfigForFile(filePath)) !== undefined;
        } catch (error) {
          throw new EngineConfigError(error instanceof Error ? error.message : String(error));
        }
      })();
      this.lintableCache.set(filePath, cached);
      cached.catch(() => this.lintableCache.delete(filePath));
    }
    return cached;
  }

  /** Load the configuration now, so a broken project config fails early (CLI exit 2, editor message). */
  async validateConfig(probeFile: string): Promise<void> {
    await this.isLintable(probeFile);
  }

  ruleInfo(ruleId: string): RuleInfo | undefined {
    if (!ruleId.startsWith(RULE_PREFIX)) return undefined;
    const rule = this.plugin.rules[ruleId.slice(RULE_PREFIX.length)] as Rule.RuleModule | undefined;
    const meta = rule?.meta ?? this.extraMeta.get(ruleId);
    if (!meta) return { id: ruleId, regulations: [], fixable: false, hasSuggestions: false };
    const docs = (meta.docs ?? {}) as { description?: string; url?: string; regulations?: unknown; recommended?: unknown };
    return {
      id: ruleId,
      description: docs.description,
      // The rule's page in the message language: rules-docs/zh-CN/<id>.md next to rules-docs/<id>.md.
      url: this.locale === 'zh-CN' && docs.url ? docs.url.replace(/\/rules-docs\/([^/]+\.md)$/, '/rules-docs/zh-CN/$1') : docs.url,
      regulations: Array.isArray(docs.regulations) ? docs.regulations.filter((r): r is string => typeof r === 'string') : [],
      recommended: docs.recommended === 'error' || docs.recommended === 'warn' ? docs.recommended : undefined,
      fixable: Boolean(meta.fixable),
      hasSuggestions: Boolean(meta.hasSuggestions),
    };
  }

  /** Rule meta for formatters (ESLint's `rulesMeta` shape), for every rule that appears in the results. */
  rulesMeta(results: ESLint.LintResult[]): Record<string, Rule.RuleMetaData> {
    const meta: Record<string, Rule.RuleMetaData> = {};
    try {
      Object.assign(meta, this.eslint.getRulesMetaForResults(results));
    } catch {
      // getRulesMetaForResults needs the configs of the linted files; fall back to the plugin's own rules.
    }
    for (const result of results) {
      for (const message of result.messages) {
        const id = message.ruleId;
        if (!id || meta[id] || !id.startsWith(RULE_PREFIX)) continue;
        const rule = this.plugin.rules[id.slice(RULE_PREFIX.length)] as Rule.RuleModule | undefined;
        if (rule?.meta) meta[id] = rule.meta;
      }
    }
    for (const [id, m] of Object.entries(meta)) if (!this.extraMeta.has(id)) this.extraMeta.set(id, m);
    return meta;
  }

  /** One of ESLint's built-in formatters (stylish, json), bound to this engine's configuration. */
  loadFormatter(name: string): Promise<ESLint.LoadedFormatter> {
    return this.eslint.loadFormatter(name);
  }

  private attachReportData(result: MutableResult): void {
    const captured = this.captured.get(result.filePath);
    if (!captured) return;
    this.captured.delete(result.filePath);
    for (const message of result.messages) {
      if (!message.ruleId) continue;
      const index = captured.findIndex(
        (c) => c.ruleId === message.ruleId && c.messageId === message.messageId && c.line === message.line && c.column === message.column,
      );
      if (index >= 0) {
        this.messageData.set(message, captured[index]!.data);
        captured.splice(index, 1);
      }
    }
  }

  private postProcess(result: MutableResult): ESLint.LintResult {
    this.attachReportData(result);
    // Directive problems about other tools' rules ("Definition for rule 'react/x' was not found", a vendored jQuery
    // configuring `no-unused-expressions` twice) are not ours, and neither is ESLint 9+ refusing a
    // `/* eslint-env node */` left in metro.config.js for an older ESLint: they say nothing about privacy and must
    // not fail a pull request.
    const messages = result.messages
      .filter((m) => (m.ruleId === null ? !ESLINT_ENV_NOTICE.test(m.message) && !OTHER_RULE_INLINE_CONFIG.test(m.message) : m.ruleId.startsWith(RULE_PREFIX)))
      .map((m) => {
        const override = m.ruleId ? this.severities.get(m.ruleId) : undefined;
        if (override) m.severity = override;
        return m;
      });
    let errorCount = 0;
    let warningCount = 0;
    let fatalErrorCount = 0;
    let fixableErrorCount = 0;
    let fixableWarningCount = 0;
    for (const m of messages) {
      if (m.fatal) fatalErrorCount++;
      if (m.severity === 2) {
        errorCount++;
        if (m.fix) fixableErrorCount++;
      } else if (m.severity === 1) {
        warningCount++;
        if (m.fix) fixableWarningCount++;
      }
    }
    return Object.assign(result, {
      messages,
      errorCount,
      warningCount,
      fatalErrorCount,
      fixableErrorCount,
      fixableWarningCount,
    });
  }
}

/** ESLint's notice on a legacy environment comment (lib/languages/js/source-code/source-code.js). */
const ESLINT_ENV_NOTICE = /^\/\* eslint-env \*\/ comments are no longer supported/;
/** ESLint's problems with an inline `/* eslint rule: … *\/` comment for a rule that is not Consentry's. */
const OTHER_RULE_INLINE_CONFIG = /^(?:Rule|Inline configuration for rule) "(?!consentry\/)[^"]+"/;

/** A file ESLint could not check (a rule or parser threw): one fatal message on it. */
export function crashResult(filePath: string, error: unknown): ESLint.LintResult {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    filePath,
    messages: [{ ruleId: null, fatal: true, severity: 2, message: `Consentry could not check this file: ${detail}`, line: 1, column: 1 }],
    suppressedMessages: [],
    errorCount: 1,
    fatalErrorCount: 1,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}
