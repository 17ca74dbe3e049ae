// Shared by the language tests: an ESLint instance with the plugin's languages plus a probe rule that
// reports chosen node types, so tests can check the exact locations ESLint shows for each node.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll } from 'vitest';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint, type Linter, type Rule } from 'eslint';
import plugin from '../../../eslint-plugin/src/index.js';

const probe: Rule.RuleModule = {
  meta: { type: 'problem', schema: [{ type: 'array', items: { type: 'string' } }] },
  create(context) {
    const types = (context.options[0] as string[] | undefined) ?? [];
    return Object.fromEntries(
      types.map((type) => [
        type,
        (node: { type: string; name?: string; value?: unknown; key?: { value?: unknown } }) => {
          const label = node.name ?? (typeof node.value === 'string' ? node.value : undefined) ?? node.key?.value ?? '';
          context.report({ node: node as never, message: `${node.type} ${String(label)}` });
        },
      ]),
    );
  },
};

export const probePlugin = { meta: { name: 'probe', namespace: 'probe' }, rules: { nodes: probe } };

/** Config that runs the probe on the given node types for files in the given language. */
export function probeConfig(language: string | undefined, files: string[], types: string[], extra: Linter.Config = {}): Linter.Config[] {
  return [
    {
      files,
      plugins: { consentry: plugin as never, probe: probePlugin as never },
      ...(language ? { language } : {}),
      rules: { 'probe/nodes': ['error', types] },
      ...extra,
    },
  ];
}

const projectRoots: string[] = [];
// Registered while the importing test file is collected, so every file's throw-away projects go when it finishes.
afterAll(() => {
  for (const root of projectRoots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A throw-away project on disk (ESLint only lints files under its cwd), removed after the test file. */
export function writeProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'consentry-lang-'));
  projectRoots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export async function lintText(config: Linter.Config[], filePath: string, text: string, cwd = process.cwd()) {
  const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config, cwd });
  const [result] = await eslint.lintText(text, { filePath: join(cwd, filePath) });
  return result.messages;
}

/** `line:column-endLine:endColumn message` (ESLint's 1-based columns) for compact assertions. */
export function describeMessages(messages: Linter.LintMessage[]): string[] {
  return messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.message}`);
}
