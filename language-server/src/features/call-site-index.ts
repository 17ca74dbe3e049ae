// Which call sites in an app's code need which purpose declaration: the knowledge base's matcher run over every
// source file of the app (open buffers before disk), built lazily on the first hover that asks, then kept per file
// and refreshed for a file only when it changed.
import { readFile, stat } from 'node:fs/promises';
import { Linter, type Rule } from 'eslint';
import consentry, { createApiMatcher } from 'eslint-plugin-consentry';
import { purposeRequirements, type ApiEntry, type AppModel, type Platform, type ResolvedPermission } from 'eslint-plugin-consentry/core';
import type { CancellationToken } from 'vscode-languageserver';
import { collectFiles } from '../lint/files.js';
import { uriToPath, type ServerContext } from './context.js';

export interface CallSite {
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  /** The API as documented, e.g. 'Camera.requestCameraPermissionsAsync'. */
  display: string;
  /** Declaration keys needed per platform. */
  needs: Array<{ platform: Platform; key: string }>;
}

interface RawMatch {
  entry: ApiEntry;
  permissions: ResolvedPermission[];
  line: number;
  column: number;
}

const INDEX_PLUGIN = 'consentry-index';
let sink: RawMatch[] | undefined;

/** Collects every catalogued API call that requests or prompts for a permission (not a finding: an index entry). */
const collectRule: Rule.RuleModule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const matcher = createApiMatcher(context as never);
    const record = (match: { entry: ApiEntry; permissions: ResolvedPermission[] } | undefined, loc: { line: number; column: number }) => {
      if (!match || !sink) return;
      if (match.entry.kind !== 'permission-request' && !match.entry.prompts) return;
      sink.push({ entry: match.entry, permissions: match.permissions, line: loc.line, column: loc.column + 1 });
    };
    return {
      CallExpression(node) {
        const call = node as never;
        record(matcher.matchCall(call) ?? matcher.matchHookResultCall(call), node.loc!.start);
      },
      NewExpression(node) {
        record(matcher.matchCall(node as never), node.loc!.start);
      },
      JSXOpeningElement(node: Rule.Node) {
        record(matcher.matchJsx(node as never), node.loc!.start);
      },
    } as Rule.RuleListener;
  },
};

/** Source files the index reads: the JavaScript family the recommended config parses (with its own parser). */
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|vue|ets)$/i;

/** A config for the index rule alone, with the parser the recommended config uses for source files. */
function indexConfig(): Linter.Config[] {
  const recommended = consentry.configs.recommended as Linter.Config | Linter.Config[];
  const blocks = Array.isArray(recommended) ? recommended : [recommended];
  const languageOptions = blocks.find((b) => b.languageOptions?.parser)?.languageOptions;
  return [
    {
      files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue,ets}'],
      ...(languageOptions ? { languageOptions: { parser: languageOptions.parser, sourceType: 'module', parserOptions: languageOptions.parserOptions } } : {}),
      plugins: { [INDEX_PLUGIN]: { rules: { collect: collectRule } } },
      rules: { [`${INDEX_PLUGIN}/collect`]: 'error' },
    },
  ];
}

interface FileEntry {
  /** mtime for files read from disk, or `open:<version>` for open buffers. */
  stamp: string;
  sites: CallSite[];
}

export class CallSiteIndex {
  private readonly linter = new Linter({ configType: 'flat', cwd: '/' });
  private readonly config = indexConfig();
  private readonly files = new Map<string, FileEntry>();
  /** App roots whose file list has been collected, with the list. */
  private readonly appFiles = new Map<string, string[]>();

  constructor(private readonly ctx: ServerContext) {}

  /** A file was created or deleted on disk: the app's file list is collected again next time. */
  forgetFileList(): void {
    this.appFiles.clear();
  }

  async callSitesFor(app: AppModel, platform: Platform, key: string, token: CancellationToken): Promise<CallSite[]> {
    const sites: CallSite[] = [];
    for (const file of await this.sourceFiles(app)) {
      if (token.isCancellationRequested) return [];
      const entry = await this.indexFile(file, app);
      for (const site of entry?.sites ?? []) {
        if (site.needs.some((n) => n.platform === platform && n.key === key)) sites.push(site);
      }
    }
    return sites.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  }

  private async sourceFiles(app: AppModel): Promise<string[]> {
    let files = this.appFiles.get(app.root);
    if (!files) {
      const { engine } = await this.ctx.engineFor(app.root);
      const collected = await collectFiles([app.root], {
        cwd: app.root,
        isLintable: async (file) => SOURCE_FILE.test(file) && (await engine.isLintable(file)),
      });
      files = collected.files;
      this.appFiles.set(app.root, files);
    }
    // Open buffers of the app that are not on disk yet count too.
    const open = this.ctx.documents
      .all()
      .map((d) => uriToPath(d.uri))
      .filter((p): p is string => p !== undefined && SOURCE_FILE.test(p) && p.startsWith(app.root) && !files!.includes(p));
    return open.length ? [...files, ...open] : files;
  }

  private async indexFile(file: string, app: AppModel): Promise<FileEntry | undefined> {
    const open = this.ctx.openDocumentFor(file);
    let stamp: string;
    let text: string;
    try {
      if (open) {
        stamp = `open:${open.version}`;
        const cached = this.files.get(file);
        if (cached?.stamp === stamp) return cached;
        text = open.getText();
      } else {
        stamp = `disk:${(await stat(file)).mtimeMs}`;
        const cached = this.files.get(file);
        if (cached?.stamp === stamp) return cached;
        text = await readFile(file, 'utf8');
      }
    } catch {
      this.files.delete(file);
      return undefined;
    }
    const matches: RawMatch[] = [];
    sink = matches;
    try {
      this.linter.verify(text, this.config, { filename: file });
    } catch (error) {
      this.ctx.error(`call-site index: could not read ${file}`, error);
    } finally {
      sink = undefined;
    }
    const sites = matches.map((m): CallSite => {
      const needs: CallSite['needs'] = [];
      for (const platform of app.platforms) {
        for (const permission of m.permissions) {
          for (const requirement of purposeRequirements(permission, platform, m.entry)) {
            for (const key of [...requirement.allOf, ...(requirement.anyOf ?? [])]) needs.push({ platform, key });
          }
        }
      }
      return { file, line: m.line, column: m.column, display: m.entry.display, needs };
    });
    const entry = { stamp, sites };
    this.files.set(file, entry);
    return entry;
  }
}
