#!/usr/bin/env node
// One timed ESLint run in a fresh process (no warm caches shared between modes).
// mode 'baseline': the recommended config's parsers/languages with every rule removed; 'recommended': as shipped,
// through ESLint as it is published (what `eslint` with configs.recommended costs);
// mode 'noop': the same parsers with one rule that does nothing (ESLint's own cost of running any rule);
// mode 'engine': the same config through Consentry's lint engine, as `consentry check` and the language server run
// it (rule contexts on one shared prototype, see language-server/src/lint/shared-rule-context.ts), with the same
// TypeScript parser as the baseline rather than the engine's faster one, so the ratio compares like with like;
// mode 'shipped': `consentry check` as it runs by default (the engine with its oxc parser), for context.
import { ESLint } from 'eslint';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [mode, dir] = process.argv.slice(2);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { default: plugin } = await import(pathToFileURL(join(root, 'eslint-plugin/dist/index.js')).href);
const noopPlugin = { rules: { noop: { meta: { type: 'problem', schema: [] }, create: () => ({}) } } };
const config = mode === 'baseline'
  ? [...plugin.configs.recommended].map((c) => ({ ...c, rules: {} }))
  : mode === 'noop'
    ? [...plugin.configs.recommended].map((c) => ({ ...c, plugins: { ...c.plugins, bench: noopPlugin }, rules: { 'bench/noop': 'error' } }))
    : plugin.configs.recommended;
let lint;
if (mode === 'engine' || mode === 'shipped') {
  const { LintEngine } = await import(pathToFileURL(join(root, 'language-server/dist/lint/engine.js')).href);
  const engine = new LintEngine({ fastParser: mode === 'shipped' });
  lint = () => engine.lintFiles([resolve(dir)]);
} else {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, cache: false });
  lint = () => eslint.lintFiles(['.']);
}
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const results = await lint();
const ms = Number(process.hrtime.bigint() - start) / 1e6;
// CPU time (user + system, all threads: GC helpers included) is far less sensitive than wall time to a busy host.
const cpu = process.cpuUsage(cpuStart);
const cpuMs = (cpu.user + cpu.system) / 1e3;
const messages = results.reduce((n, r) => n + r.messages.length, 0);
// Consentry's own findings and parse errors: what the engine and plain ESLint must agree on (plain ESLint also
// reports other tools' disable comments in a real app, which the engine leaves to those tools).
const findings = results.reduce((n, r) => n + r.messages.filter((m) => m.fatal || m.ruleId?.startsWith('consentry/')).length, 0);
console.log(JSON.stringify({ mode, ms, cpuMs, files: results.length, messages, findings }));
