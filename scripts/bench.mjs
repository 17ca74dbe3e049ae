#!/usr/bin/env node
// `npm run bench`: ESLint with the same parsers and no rules (baseline) vs. consentry.configs.recommended,
// measured in the same run over a corpus of >= 1,500 realistic source files, reported as a ratio (target <= 1.10):
// through Consentry's engine (what `consentry check` and the editor run), and, for context, through ESLint as
// published, which pays a cost of its own for running any rule (see scripts/bench-lint-worker.mjs).
// Then the language-server figures (scripts/bench-lsp.mjs) when that script exists.
//   --app <path>   lint a real app checked out anywhere instead of the generated corpus
//   --rounds <n>   rounds, each running every configuration once in rotating order (default 5)
//   --eslint-only  skip the language-server figures; --no-editor-node: skip their second run on VS Code's Node
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const argValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const rounds = Number(argValue('--rounds') ?? 5);
const appArg = argValue('--app');
const MIN_FILES = 1500;
const SOURCE_EXT = new Set(['.js', '.jsx', '.ts', '.tsx', '.vue', '.mjs', '.cjs']);

// Deterministic PRNG so every run lints the same corpus.
let seed = 0x5eed;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = (list) => list[Math.floor(rand() * list.length)];

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

const SCREENS = ['Profile', 'Settings', 'Orders', 'Cart', 'Search', 'Feed', 'Detail', 'Checkout', 'Inbox', 'Map'];
const FIELDS = ['title', 'price', 'count', 'status', 'owner', 'createdAt', 'note', 'tags'];

/** A realistic screen component: state, effects, handlers, list rendering, styles. */
function generatedScreen(index) {
  const name = `${pick(SCREENS)}Screen${index}`;
  const fields = FIELDS.filter(() => rand() > 0.4);
  const handlers = Array.from({ length: 3 + Math.floor(rand() * 5) }, (_, i) => `
  const handle${i} = useCallback(async (item: Item) => {
    setLoading(true);
    try {
      const res = await fetch(\`/api/${name.toLowerCase()}/\${item.id}?step=${i}\`);
      const json = (await res.json()) as Partial<Item>;
      setItems((prev) => prev.map((p) => (p.id === item.id ? { ...p, ...json } : p)));
    } catch (err) {
      console.warn('${name} step ${i} failed', err);
    } finally {
      setLoading(false);
    }
  }, []);`).join('\n');
  return `import React, { useCallback, useEffect, useMemo, useState } from 'react';
import { FlatList, Pressable, StyleSheet, Text, View } from 'react-native';

interface Item { id: string; ${fields.map((f) => `${f}?: string;`).join(' ')} }

export default function ${name}({ route }: { route: { params?: { id?: string } } }) {
  const [items, setItems] = useState<Item[]>([]);
  const [loading, setLoading] = useState(false);
  const [query, setQuery] = useState('');
  const visible = useMemo(() => items.filter((i) => JSON.stringify(i).includes(query)), [items, query]);

  useEffect(() => {
    let cancelled = false;
    fetch('/api/${name.toLowerCase()}?id=' + (route.params?.id ?? ''))
      .then((r) => r.json())
      .then((data: Item[]) => { if (!cancelled) setItems(data); });
    return () => { cancelled = true; };
  }, [route.params?.id]);
${handlers}

  return (
    <View style={styles.container}>
      <Text style={styles.title}>${name}</Text>
      <FlatList
        data={visible}
        keyExtractor={(item) => item.id}
        refreshing={loading}
        renderItem={({ item }) => (
          <Pressable onPress={() => handle0(item)}>
            ${fields.map((f) => `<Text>{item.${f}}</Text>`).join('\n            ')}
          </Pressable>
        )}
      />
      <Pressable onPress={() => setQuery('')}><Text>Clear</Text></Pressable>
    </View>
  );
}

const styles = StyleSheet.create({
  container: { flex: 1, padding: ${8 + Math.floor(rand() * 16)} },
  title: { fontSize: ${14 + Math.floor(rand() * 10)}, fontWeight: '600' },
});
`;
}

/** Copies every fixture app (with its config files) several times, plus generated screens, until >= MIN_FILES sources. */
function buildCorpus() {
  const corpus = join(root, '.bench/corpus');
  rmSync(corpus, { recursive: true, force: true });
  mkdirSync(corpus, { recursive: true });
  const appsDir = join(root, 'test/fixtures/apps');
  const apps = existsSync(appsDir) ? readdirSync(appsDir).filter((a) => a !== 'malformed') : [];
  let sources = 0;
  let copy = 0;
  while (sources < MIN_FILES) {
    for (const app of apps) {
      const from = join(appsDir, app);
      const to = join(corpus, `${app}-${copy}`);
      for (const file of walk(from)) {
        const target = join(to, relative(from, file));
        mkdirSync(dirname(target), { recursive: true });
        let text = readFileSync(file);
        if (SOURCE_EXT.has(extname(file))) {
          sources++;
          // Variation: a renamed helper appended so copies are not byte-identical.
          text = Buffer.concat([text, Buffer.from(`\n// variant ${copy}\nexport const variant${copy} = ${copy};\n`)]);
        }
        writeFileSync(target, text);
      }
      // Realistic screens inside each RN/Expo copy so the corpus is mostly ordinary app code.
      if (/rn|expo/.test(app)) {
        for (let i = 0; i < 12; i++) {
          const target = join(to, 'src/screens', `Generated${i}.tsx`);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, generatedScreen(copy * 100 + i));
          sources++;
        }
      }
    }
    copy++;
    if (apps.length === 0) throw new Error('no fixture apps under test/fixtures/apps');
  }
  return { dir: corpus, sources };
}

function countSources(dir) {
  return walk(dir).filter((f) => SOURCE_EXT.has(extname(f))).length;
}

function runOnce(mode, dir) {
  const res = spawnSync(process.execPath, [join(root, 'scripts/bench-lint-worker.mjs'), mode, dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.status !== 0) throw new Error(`bench worker (${mode}) failed:\n${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').pop());
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const loadAtStart = loadavg()[0];
const target = appArg ? { dir: appArg, sources: countSources(appArg) } : buildCorpus();
console.log(`corpus: ${target.dir} (${target.sources} source files)`);
const MODES = ['baseline', 'noop', 'recommended', 'engine', 'shipped'];
/** Per mode, one { ms, cpuMs } per round. */
const runs = Object.fromEntries(MODES.map((mode) => [mode, []]));
let last;
for (let r = 0; r < rounds; r++) {
  // Rotate the order each round so no mode always runs first (warm page cache) or last.
  for (let i = 0; i < MODES.length; i++) {
    const mode = MODES[(i + r) % MODES.length];
    const run = runOnce(mode, target.dir);
    runs[mode].push(run);
    if (mode === 'engine') last = run;
  }
}
// The host is noisy (runs of one mode differ by up to 20 %), so ratios are taken within a round, between runs made
// minutes apart at most, and the median over rounds is reported.
const perRound = (mode, key) => runs[mode].map((run, i) => run[key] / runs.baseline[i][key]);
const pairedRatio = (mode, key) => median(perRound(mode, key));
const range = (xs) => `${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)}`;
const med = (mode, key) => median(runs[mode].map((run) => run[key]));
const ratio = pairedRatio('engine', 'ms');
const stockRatio = pairedRatio('recommended', 'ms');
const noopRatio = pairedRatio('noop', 'ms');
const differs = (mode) => runs[mode].some((run, i) => run.files !== runs.recommended[i].files || run.findings !== runs.recommended[i].findings);
if (differs('engine') || differs('shipped')) throw new Error('the engine and plain ESLint linted different files or reported different findings');
console.log(`eslint, parsers only (baseline): ${med('baseline', 'ms').toFixed(0)} ms wall, ${med('baseline', 'cpuMs').toFixed(0)} ms CPU (medians of ${rounds})`);
console.log(`consentry check's engine, same config and parser: ${med('engine', 'ms').toFixed(0)} ms wall; files ${last.files}, findings ${last.findings}`);
// Host noise only ever adds time: the fastest run of each mode is the least disturbed one.
const fastest = (mode) => Math.min(...runs[mode].map((run) => run.ms));
console.log(`  CPU-time ratio ${pairedRatio('engine', 'cpuMs').toFixed(3)}; fastest run over fastest baseline run ${(fastest('engine') / fastest('baseline')).toFixed(3)}`);
console.log(`ratio: ${ratio.toFixed(3)} (median of ${rounds} per-round ratios, range ${range(perRound('engine', 'ms'))})   target <= 1.10   ${ratio <= 1.1 ? 'OK' : 'OVER TARGET'}`);
// Context: plain `eslint` with configs.recommended pays ESLint's own cost of running any rule, which the engine
// avoids (language-server/src/lint/shared-rule-context.ts): shown by one rule that does nothing.
console.log(`plain eslint + consentry recommended (ESLint as published): ${med('recommended', 'ms').toFixed(0)} ms wall (${stockRatio.toFixed(3)} × baseline, range ${range(perRound('recommended', 'ms'))})`);
console.log(`  of which ESLint's own cost of any rule (one rule that does nothing): ${noopRatio.toFixed(3)} × baseline; the rules' own cost ${(stockRatio / noopRatio).toFixed(3)}`);
console.log(`consentry check as shipped (the engine with its oxc parser): ${med('shipped', 'ms').toFixed(0)} ms wall (${pairedRatio('shipped', 'ms').toFixed(3)} × the baseline)`);
// How far to trust the figures above: the same baseline run, repeated, should take the same time.
const baselineMs = runs.baseline.map((run) => run.ms);
const loadAtEnd = loadavg()[0];
console.log(
  `host noise: the ${rounds} baseline runs differ by up to ${((Math.max(...baselineMs) / Math.min(...baselineMs) - 1) * 100).toFixed(0)} %; ` +
    `load average ${loadAtStart.toFixed(1)} → ${loadAtEnd.toFixed(1)} on ${availableParallelism()} cores`,
);

const lspBench = join(root, 'scripts/bench-lsp.mjs');
if (existsSync(lspBench) && !args.includes('--eslint-only')) {
  const res = spawnSync(process.execPath, [lspBench, ...(appArg ? ['--app', appArg] : [])], { stdio: 'inherit' });
  if (res.status !== 0) process.exitCode = res.status ?? 1;
  // VS Code runs the server on its own Node (22 and later since VS Code 1.101), where oxc hands the AST over by raw
  // transfer. When the end-to-end set-up has installed that Node here (npm run test:e2e), measure the server on it too.
  const { toolPaths } = await import(pathToFileURL(join(root, 'test/e2e/install.mjs')).href);
  const editorNode = toolPaths().node;
  if (existsSync(editorNode) && !args.includes('--no-editor-node')) {
    console.log(`\nThe same, on the Node that the end-to-end VS Code runs the server with (${editorNode}):`);
    const onEditorNode = spawnSync(editorNode, [lspBench, ...(appArg ? ['--app', appArg] : [])], { stdio: 'inherit' });
    if (onEditorNode.status !== 0) process.exitCode = onEditorNode.status ?? 1;
  }
}
