// SARIF 2.1.0 output for GitHub code scanning: one run, the rules that fired with their docs URL and regulations,
// and one result per finding with a stable partial fingerprint.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ESLint, Linter } from 'eslint';
import type { RuleInfo } from '../lint/engine.js';

/** Rule id used for files that could not be parsed (ESLint reports those with ruleId null). */
export const PARSE_ERROR_RULE_ID = 'consentry/parse-error';

export interface SarifOptions {
  /** Paths are written relative to this folder (the %SRCROOT% base). */
  cwd: string;
  toolVersion: string;
  informationUri: string;
  ruleInfo(ruleId: string): RuleInfo | undefined;
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri?: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { tags: string[]; precision: string; 'problem.severity': string; regulations: string[] };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Array<{
    tool: { driver: { name: string; version: string; semanticVersion: string; informationUri: string; rules: SarifRule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: 'utf16CodeUnits';
    results: unknown[];
  }>;
}

/** The text with a full stop at the end, unless it already ends a sentence. */
const sentence = (text: string) => (/[.!?。]$/.test(text) ? text : `${text}.`);

const pascal = (id: string) =>
  id
    .replace(/^consentry\//, '')
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

function ruleDescriptor(ruleId: string, info: RuleInfo | undefined, observedSeverity: number): SarifRule {
  if (ruleId === PARSE_ERROR_RULE_ID) {
    const text = 'A file Consentry checks (source or app config) could not be parsed, so it was not checked.';
    return {
      id: ruleId,
      name: 'ParseError',
      shortDescription: { text: 'File could not be parsed' },
      fullDescription: { text },
      help: { text, markdown: text },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['privacy', 'consentry'], precision: 'very-high', 'problem.severity': 'error', regulations: [] },
    };
  }
  const description = info?.description ?? ruleId;
  const regulations = info?.regulations ?? [];
  const regulationsText = regulations.length ? ` Regulations: ${regulations.join('; ')}.` : '';
  // The rule's recommended severity, else the severity it was configured with in this run.
  const level = (info?.recommended ?? (observedSeverity === 1 ? 'warn' : 'error')) === 'warn' ? 'warning' : 'error';
  return {
    id: ruleId,
    name: pascal(ruleId),
    shortDescription: { text: description },
    fullDescription: { text: `${sentence(description)}${regulationsText}` },
    ...(info?.url ? { helpUri: info.url } : {}),
    help: {
      text: `${sentence(description)}${regulationsText}${info?.url ? ` See ${info.url}` : ''}`,
      markdown: `**${ruleId}**: ${description}${regulations.length ? `\n\nRegulations: ${regulations.join('; ')}` : ''}${
        info?.url ? `\n\n[Rule documentation](${info.url})` : ''
      }`,
    },
    defaultConfiguration: { level },
    properties: {
      tags: ['privacy', 'compliance', ...regulations],
      precision: 'high',
      'problem.severity': level === 'warning' ? 'warning' : 'error',
      regulations,
    },
  };
}

function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, filePath);
  if (!rel.startsWith('..') && !isAbsolute(rel)) return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(filePath).href };
}

function lineHash(ruleId: string, lineText: string): string {
  return createHash('sha256').update(`${ruleId}\0${lineText.replace(/\s+/g, '')}`).digest('hex').slice(0, 16);
}

export function toSarif(results: ESLint.LintResult[], options: SarifOptions): SarifLog {
  const ruleIndex = new Map<string, number>();
  const rules: SarifRule[] = [];
  const sarifResults: unknown[] = [];

  for (const result of results) {
    let lines: string[] | undefined;
    const lineAt = (line: number): string => {
      if (!lines) {
        try {
          lines = (result.source ?? readFileSync(result.filePath, 'utf8')).split(/\r?\n/);
        } catch {
          lines = [];
        }
      }
      return lines[line - 1] ?? '';
    };
    const seen = new Map<string, number>();
    for (const message of result.messages as Linter.LintMessage[]) {
      const ruleId = message.ruleId ?? PARSE_ERROR_RULE_ID;
      let index = ruleIndex.get(ruleId);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(ruleId, index);
        rules.push(ruleDescriptor(ruleId, message.ruleId ? options.ruleInfo(message.ruleId) : undefined, message.severity));
      }
      const line = Math.max(1, message.line || 1);
      const column = Math.max(1, message.column || 1);
      const region: Record<string, number> = { startLine: line, startColumn: column };
      if (message.endLine) {
        region.endLine = message.endLine;
        region.endColumn = Math.max(1, message.endColumn ?? column);
      }
      // Stable across unrelated edits: rule + the flagged line's text + its occurrence number within the file.
      const hash = lineHash(ruleId, lineAt(line));
      const occurrence = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, occurrence);
      sarifResults.push({
        ruleId,
        ruleIndex: index,
        level: message.severity === 2 ? 'error' : 'warning',
        message: { text: message.message },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(result.filePath, options.cwd), region } }],
        partialFingerprints: { primaryLocationLineHash: `${hash}:${occurrence}` },
      });
    }
  }

  const base = pathToFileURL(options.cwd).href;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Consentry',
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            informationUri: options.informationUri,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: base.endsWith('/') ? base : `${base}/` } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}
