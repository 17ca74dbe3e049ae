#!/usr/bin/env node
// Part of scripts/bench-lsp.mjs, in a process of its own started as the server is (SERVER_NODE_OPTIONS): what a
// finished lint of one file leaves alive for the collection between keystrokes (language-server/src/lint/
// idle-collector.ts), the server's engine doing what the server does when idle. Anything that keeps a lint's AST
// reachable (see eslint-plugin/src/util/file-cache.ts) shows up as megabytes here. Prints one JSON line.
//   node scripts/bench-retention.mjs <file> [lints]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getHeapSpaceStatistics } from 'node:v8';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [file, lintsArg] = process.argv.slice(2);
const lints = Number(lintsArg ?? 30);
const text = readFileSync(file, 'utf8');
const { LintEngine } = await import(pathToFileURL(join(root, 'language-server/dist/lint/engine.js')).href);
const { IdleCollector } = await import(pathToFileURL(join(root, 'language-server/dist/lint/idle-collector.js')).href);

const heapMb = () => getHeapSpaceStatistics().reduce((sum, space) => sum + space.space_used_size, 0) / 1e6;
const engine = new LintEngine();
let busy = false;
const collector = new IdleCollector({ busy: () => busy, release: () => engine.releaseLastFile() });
const kept = [];
const allocated = [];
for (let i = 0; i < lints; i++) {
  const before = heapMb();
  busy = true;
  await engine.lintText(`${text}\n// ${i}`, file);
  busy = false;
  const after = heapMb();
  await collector.workDone();
  // The first lints grow the young generation to its working size: count the rest.
  if (i >= lints / 3) {
    kept.push(heapMb() - before);
    allocated.push(after - before);
  }
}
collector.dispose();
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(JSON.stringify({ collector: collector.available, allocatedMb: median(allocated), keptMb: median(kept) }));
