// Hovers: on a flagged range, the rule, the regulations and what to do; on a purpose key in a config file, the call
// sites in the app's code that need that key (from a lazily built index of matched API calls).
import { relative } from 'node:path';
import { MarkupKind, type CancellationToken, type Hover, type HoverParams, type Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Declaration } from 'eslint-plugin-consentry/core';
import { pathToUri, uriToPath, type ServerContext } from './context.js';
import type { CallSiteIndex } from './call-site-index.js';
import { PURPOSE_RULE_ID, type PurposeFixes } from './purpose-fix.js';

const contains = (range: Range, line: number, character: number): boolean =>
  (line > range.start.line || (line === range.start.line && character >= range.start.character)) &&
  (line < range.end.line || (line === range.end.line && character <= range.end.character));

const escapeMarkdown = (text: string) => text.replace(/([\\`*_{}[\]<>|])/g, '\\$1');

export class HoverFeature {
  constructor(
    private readonly ctx: ServerContext,
    private readonly purposeFixes: PurposeFixes,
    private readonly index: CallSiteIndex,
  ) {}

  async provide(params: HoverParams, token: CancellationToken): Promise<Hover | null> {
    const path = uriToPath(params.textDocument.uri);
    const document = this.ctx.documents.get(params.textDocument.uri);
    if (!path || !document) return null;
    const { line, character } = params.position;
    const sections: string[] = [];
    let range: Range | undefined;

    const state = this.ctx.states.get(path);
    if (state && state.version === document.version) {
      state.diagnostics.forEach((diagnostic, index) => {
        if (!contains(diagnostic.range, line, character)) return;
        const message = state.result.messages[index];
        if (!message) return;
        range ??= diagnostic.range;
        sections.push(this.findingSection(path, message.ruleId, message.message, Boolean(message.fix), message.suggestions?.length ?? 0, state.reportData[index]));
      });
    }

    const declaration = this.declarationAt(path, document, line, character);
    if (declaration && !token.isCancellationRequested) {
      const section = await this.declarationSection(path, declaration, token);
      if (section) {
        sections.push(section);
        const doc = TextDocument.create(document.uri, 'plaintext', document.version, document.getText());
        range ??= { start: doc.positionAt(declaration.keyRange.start.offset), end: doc.positionAt(declaration.keyRange.end.offset) };
      }
    }
    if (!sections.length || token.isCancellationRequested) return null;
    return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, ...(range ? { range } : {}) };
  }

  private findingSection(
    path: string,
    ruleId: string | null,
    message: string,
    fixable: boolean,
    suggestions: number,
    data: Readonly<Record<string, unknown>> | undefined,
  ): string {
    if (!ruleId) return `**Consentry could not check this file**\n\n${escapeMarkdown(message)}`;
    const info = this.ctx.ruleInfo(ruleId);
    // Not the message itself: editors show the diagnostic next to the hover already (VS Code in the same popup).
    const lines = [`**${ruleId}**${info?.description ? ` — ${escapeMarkdown(info.description)}` : ''}`];
    if (info?.regulations.length) lines.push('', `**Regulations:** ${info.regulations.map(escapeMarkdown).join('; ')}`);
    const todo: string[] = [];
    if (ruleId === PURPOSE_RULE_ID) {
      for (const fix of this.purposeFixes.fixesFor(path, message, data).slice(0, 1)) todo.push(`Quick fix: ${escapeMarkdown(fix.title)} (then write the real purpose).`);
    }
    if (fixable) todo.push('Quick fix: apply the rule’s automatic fix.');
    if (suggestions) todo.push(`Quick fix: ${suggestions} suggestion${suggestions > 1 ? 's' : ''} available.`);
    if (!todo.length) todo.push('Change the code as the rule documentation shows, or disable the rule for this line with a reason.');
    lines.push('', `**What to do:** ${todo.join(' ')}`);
    if (info?.url) lines.push('', `[Rule documentation](${info.url})`);
    return lines.join('\n');
  }

  private declarationAt(path: string, document: TextDocument, line: number, character: number): Declaration | undefined {
    if (this.ctx.model.configKindOf(path) === undefined) return undefined;
    const app = this.ctx.model.appForFile(path);
    if (!app) return undefined;
    const offset = document.offsetAt({ line, character });
    return app.declarations.find(
      (d) =>
        d.file === path &&
        ((offset >= d.keyRange.start.offset && offset <= d.keyRange.end.offset) ||
          (d.valueRange !== undefined && offset >= d.valueRange.start.offset && offset <= d.valueRange.end.offset)),
    );
  }

  private async declarationSection(path: string, declaration: Declaration, token: CancellationToken): Promise<string | undefined> {
    const app = this.ctx.model.appForFile(path);
    if (!app) return undefined;
    const sites = await this.index.callSitesFor(app, declaration.platform, declaration.key, token);
    if (token.isCancellationRequested) return undefined;
    const title = `**${escapeMarkdown(declaration.key)}** (${declaration.platform})`;
    if (!sites.length) {
      return `${title}\n\nNo call in this app's code needs this declaration. If nothing else (a native module, an SDK) uses it, consider removing it: stores and regulators expect every declared permission to be used.`;
    }
    const shown = sites.slice(0, 20).map((site) => {
      const where = `${relative(app.root, site.file)}:${site.line}`;
      return `- \`${site.display}\` — [${escapeMarkdown(where)}](${pathToUri(site.file)}#L${site.line})`;
    });
    const more = sites.length > shown.length ? `\n- … and ${sites.length - shown.length} more` : '';
    return `${title}\n\nNeeded by ${sites.length} call site${sites.length > 1 ? 's' : ''}:\n${shown.join('\n')}${more}`;
  }
}
