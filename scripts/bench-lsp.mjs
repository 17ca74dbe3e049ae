#!/usr/bin/env node
// Language-server benchmark (run by `npm run bench` after the ESLint ratio, or alone: node scripts/bench-lsp.mjs).
// Spawns the BUILT server (language-server/bin/consentry-language-server.js --stdio) on a generated React Native
// app (outside the repository) and reports, each next to its target:
//   1. didChange → publishDiagnostics latency on a 3,000-line TSX file, p50 / p95   (target p95 <= 50 ms),
//      typing (a keystroke every 120 ms) and back to back (each edit as soon as the last diagnostics arrive), both
//      after 30 unmeasured edits (a warm server), next to the floor under it measured in the same run: ESLint itself with the server's parser and no rules
//      (and, for comparison, the TypeScript parser alone);
//   2. re-check of 20 open documents after an Info.plist buffer edit               (target <= 200 ms);
//   3. RSS of a fresh server after loading the workspace (20 documents open, then every one of the
//      >= 1,500 source files checked)                                              (target <= 250 MB).
// Options: --edits <n> (latency samples, default 60), --files <n> (workspace size, default 1500), --json,
// --cpu-prof <dir> (CPU profiles of the server processes), --app <path> (also check a real app: time, RSS, and the
// findings compared with the CLI's).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawn, spawnSync } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const argValue = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const EDITS = argValue('--edits', 60);
const appArg = args.includes('--app') ? args[args.indexOf('--app') + 1] : undefined;
const SOURCE_FILES = Math.max(1500, argValue('--files', 1500));
const OPEN_DOCS = 20;
const KEYSTROKE_MS = 120;
/** Edits made and not measured before the two series (see the warm-up in main). */
const WARMUP_EDITS = 30;
const TARGETS = { p95: 50, recheck: 200, rssMb: 250 };

const serverBin = join(root, 'language-server/bin/consentry-language-server.js');
if (!existsSync(join(root, 'language-server/dist/main.js'))) {
  console.error('language-server is not built: run `npm run build` first');
  process.exit(2);
}
const { SERVER_NODE_OPTIONS } = await import(pathToFileURL(join(root, 'language-server/dist/protocol.js')).href);

// ---- workspace ------------------------------------------------------------------------------------------------------

let seed = 0x1eaf;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const FIELDS = ['title', 'price', 'count', 'status', 'owner', 'createdAt', 'note', 'tags'];

/** One realistic React Native component (about 50 lines); `camera` adds a camera permission request the rules check. */
function component(name, camera) {
  const fields = FIELDS.filter(() => rand() > 0.4);
  return `
export function ${name}({ id, onDone }: { id: string; onDone: () => void }) {
  const [items, setItems] = useState<Item[]>([]);
  const [loading, setLoading] = useState(false);
  const [query, setQuery] = useState('');
  const visible = useMemo(() => items.filter((i) => JSON.stringify(i).includes(query)), [items, query]);

  useEffect(() => {
    let cancelled = false;
    fetch('/api/${name.toLowerCase()}?id=' + id)
      .then((r) => r.json())
      .then((data: Item[]) => { if (!cancelled) setItems(data); });
    return () => { cancelled = true; };
  }, [id]);

  const refresh = useCallback(async () => {
    setLoading(true);
    try {
      const res = await fetch('/api/${name.toLowerCase()}/refresh');
      setItems((await res.json()) as Item[]);${camera ? '\n      await request(PERMISSIONS.IOS.CAMERA);' : ''}
    } catch (err) {
      console.warn('${name} refresh failed', err);
    } finally {
      setLoading(false);
      onDone();
    }
  }, [onDone]);

  return (
    <View style={styles.container}>
      <Text style={styles.title}>${name}</Text>
      <TextInput value={query} onChangeText={setQuery} placeholder="Search" />
      <FlatList
        data={visible}
        keyExtractor={(item) => item.id}
        refreshing={loading}
        onRefresh={refresh}
        renderItem={({ item }) => (
          <Pressable onPress={() => setQuery(item.id)}>
            ${fields.map((f) => `<Text>{item.${f}}</Text>`).join('\n            ')}
          </Pressable>
        )}
      />
    </View>
  );
}
`;
}

const HEADER = `import React, { useCallback, useEffect, useMemo, useState } from 'react';
import { FlatList, Pressable, StyleSheet, Text, TextInput, View } from 'react-native';
import { PERMISSIONS, request } from 'react-native-permissions';

interface Item { id: string; title?: string; price?: string; count?: string; status?: string; owner?: string; createdAt?: string; note?: string; tags?: string }
`;
const FOOTER = `
const styles = StyleSheet.create({
  container: { flex: 1, padding: 12 },
  title: { fontSize: 18, fontWeight: '600' },
});
`;

function generatedModule(prefix, components, cameraEvery) {
  let text = HEADER;
  for (let i = 0; i < components; i++) text += component(`${prefix}${i}`, cameraEvery > 0 && i % cameraEvery === 0);
  return text + FOOTER;
}

const INFO_PLIST = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleName</key>
	<string>bench</string>
	<key>CFBundleIdentifier</key>
	<string>com.example.bench</string>
</dict>
</plist>
`;
const WITH_CAMERA = INFO_PLIST.replace(
  '</dict>',
  '\t<key>NSCameraUsageDescription</key>\n\t<string>Scan the QR code on a parcel to track its delivery</string>\n</dict>',
);

function buildWorkspace() {
  // Outside the repository: its .gitignore (.bench/) would hide the workspace from the server's file walk.
  const dir = mkdtempSync(join(tmpdir(), 'consentry-bench-lsp-'));
  const app = join(dir, 'bench-app');
  mkdirSync(join(app, 'src/screens'), { recursive: true });
  mkdirSync(join(app, 'ios/BenchApp'), { recursive: true });
  // A bare React Native app: the iOS purpose strings live in ios/BenchApp/Info.plist.
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'bench-app', dependencies: { react: '19.0.0', 'react-native': '0.79.2', 'react-native-permissions': '5.4.0' } }, null, 2));
  writeFileSync(join(app, 'app.json'), JSON.stringify({ name: 'BenchApp', displayName: 'Bench' }, null, 2));
  writeFileSync(join(app, 'ios/BenchApp/Info.plist'), INFO_PLIST);
  const big = generatedModule('Big', 60, 10);
  writeFileSync(join(app, 'src/Big.tsx'), big);
  for (let i = 0; i < SOURCE_FILES; i++) writeFileSync(join(app, 'src/screens', `Screen${i}.tsx`), generatedModule(`Screen${i}_`, 1, i % 4 === 0 ? 1 : 0));
  return { dir, app, big };
}

// ---- client -------------------------------------------------------------------------------------------------------

function startServer(workspace) {
  // --cpu-prof <dir>: write a CPU profile of each server process there (to see where the latency goes).
  const profileDir = args.includes('--cpu-prof') ? args[args.indexOf('--cpu-prof') + 1] : undefined;
  // The Node options and environment the VS Code extension starts the server with (vscode-extension/src/extension.ts).
  const nodeArgs = [...SERVER_NODE_OPTIONS, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])];
  const env = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' };
  const child = spawn(process.execPath, [...nodeArgs, serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const list = waiters.get(params.uri) ?? [];
    for (const waiter of [...list]) {
      if (waiter.predicate(params)) {
        list.splice(list.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  connection.onNotification('window/logMessage', () => {});
  connection.onNotification('consentry/status', () => {});
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  // A guard against a hung run, not a delay: every wait normally ends within milliseconds.
  const next = (uri, predicate = () => true) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within 60 s`)), 60_000);
      const list = waiters.get(uri) ?? [];
      list.push({ predicate, resolve: (value) => (clearTimeout(timer), resolve(value)) });
      waiters.set(uri, list);
    });
  return { child, connection, next, workspace };
}

const uriOf = (path) => pathToFileURL(path).href;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const now = () => Number(process.hrtime.bigint()) / 1e6;

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function initialize({ connection }, dir) {
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uriOf(dir),
    workspaceFolders: [{ uri: uriOf(dir), name: 'bench' }],
    initializationOptions: { workspaceTrusted: false },
    capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  await connection.sendNotification('initialized', {});
}

async function stopServer({ connection, child }) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await exited;
  connection.dispose();
}

async function main() {
  const loadAtStart = loadavg()[0];
  const { dir, app, big } = buildWorkspace();
  const server = startServer(dir);
  const { connection, next } = server;
  await initialize(server, dir);

  // 1. Latency on the 3,000-line file.
  const bigUri = uriOf(join(app, 'src/Big.tsx'));
  const lines = big.split('\n');
  let version = 1;
  let opened = next(bigUri, (p) => p.version === version);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'typescriptreact', version, text: big } });
  await opened;
  /**
   * Edits inserting a comment line somewhere in the file, as an editor sends them (incremental changes); the time from
   * each didChange to its diagnostics. `keystrokeMs`: a new edit that long after the previous one (or as soon as its
   * diagnostics are in, if later); 0 = back to back, the next edit as soon as the diagnostics arrive.
   */
  const editSeries = async (keystrokeMs, offset, edits = EDITS) => {
    const samples = [];
    for (let i = 0; i < edits + 5; i++) {
      const line = 20 + (((i + offset) * 37) % (lines.length - 40));
      version++;
      const published = next(bigUri, (p) => p.version === version);
      const start = now();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: bigUri, version },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: `// edit ${i}\n` }],
      });
      await published;
      const took = now() - start;
      if (i >= 5) samples.push(took); // the first edits warm the JIT and caches
      if (keystrokeMs > took) await new Promise((resolve) => setTimeout(resolve, keystrokeMs - took));
    }
    return samples.sort((a, b) => a - b);
  };
  // Typing: a keystroke every 120 ms (a fast typist, 100 words a minute), the pace the server is built for (it
  // collects a lint's garbage between keystrokes). Back to back: no pause at all, the server's worst case.
  // Warm-up first: an editor's server has linted a good deal before anyone measures it, and the first few dozen lints
  // of a fresh process still pay for JIT compilation. Without it, whichever series ran first read worse (measured:
  // back to back p95 42 ms when run second, 46-60 ms when run first).
  await editSeries(0, 3 * (EDITS + 5), WARMUP_EDITS);
  const typing = await editSeries(KEYSTROKE_MS, 0);
  const backToBack = await editSeries(0, EDITS + 5);
  const p50 = percentile(typing, 50);
  const p95 = percentile(typing, 95);
  const samples = typing;
  const lineCount = lines.length;

  // 2. Info.plist change with 20 open documents: exactly 20, so the 3,000-line file of (1) is closed first (left
  //    open, it would be re-checked too: it requests the camera).
  const bigClosed = next(bigUri);
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri: bigUri } });
  await bigClosed;
  const docUris = [];
  for (let i = 0; i < OPEN_DOCS; i++) {
    const path = join(app, 'src/screens', `Screen${i * 4}.tsx`); // every 4th screen requests the camera
    const uri = uriOf(path);
    docUris.push(uri);
    const ready = next(uri, (p) => p.version === 1);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescriptreact', version: 1, text: readFileSync(path, 'utf8') } });
    await ready;
  }
  const plistUri = uriOf(join(app, 'ios/BenchApp/Info.plist'));
  const plistReady = next(plistUri);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: plistUri, languageId: 'xml', version: 1, text: INFO_PLIST } });
  await plistReady;
  const recheckTimes = [];
  let findingsWithout = 0;
  let findingsWith = 0;
  for (let round = 0; round < 6; round++) {
    const text = round % 2 === 0 ? WITH_CAMERA : INFO_PLIST;
    const all = docUris.map((uri) => next(uri));
    const start = now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: plistUri, version: round + 2 }, contentChanges: [{ text }] });
    const results = await Promise.all(all);
    recheckTimes.push(now() - start);
    const count = results.reduce((n, p) => n + p.diagnostics.length, 0);
    if (round % 2 === 0) findingsWith = count;
    else findingsWithout = count;
  }
  recheckTimes.sort((a, b) => a - b);
  const recheck = recheckTimes[Math.floor(recheckTimes.length / 2)];

  // The floor under (1): parsing the same file with the TypeScript parser ESLint uses (no rules, no ESLint), here.
  const parser = await import('@typescript-eslint/parser');
  const floor = [];
  for (let i = 0; i < 25; i++) {
    const start = now();
    parser.parseForESLint(`${big}\n// ${i}`, { filePath: join(app, 'src/Big.tsx'), ecmaFeatures: { jsx: true }, range: true, loc: true, tokens: true, comment: true });
    if (i >= 5) floor.push(now() - start);
  }
  floor.sort((a, b) => a - b);
  const parseFloor = percentile(floor, 50);

  // The floor under any ESLint-based editor check: ESLint itself on the same file with the parser the server uses
  // (oxc-parser when available) and no rules at all; the gap to (1) is what Consentry's rules and the protocol add.
  const { ESLint } = await import('eslint');
  const { default: plugin } = await import(pathToFileURL(join(root, 'eslint-plugin/dist/index.js')).href);
  const { createFastParser, fastParserAvailable, fastParserTransfer } = await import(pathToFileURL(join(root, 'language-server/dist/lint/fast-parser.js')).href);
  const recommended = plugin.configs.recommended;
  const bare = new ESLint({
    cwd: app,
    overrideConfigFile: true,
    overrideConfig: [{ ...recommended, rules: {}, languageOptions: { ...recommended.languageOptions, parser: createFastParser(recommended.languageOptions.parser) } }],
  });
  const eslintAlone = [];
  for (let i = 0; i < 25; i++) {
    const start = now();
    await bare.lintText(`${big}\n// ${i}`, { filePath: join(app, 'src/Big.tsx') });
    if (i >= 5) eslintAlone.push(now() - start);
  }
  eslintAlone.sort((a, b) => a - b);
  const eslintFloor = percentile(eslintAlone, 50);
  // What a finished lint of that file leaves alive for the collection between keystrokes (scripts/bench-retention.mjs).
  const retentionRun = spawnSync(process.execPath, [...SERVER_NODE_OPTIONS, join(root, 'scripts/bench-retention.mjs'), join(app, 'src/Big.tsx')], { encoding: 'utf8' });
  if (retentionRun.status !== 0) throw new Error(`bench-retention failed:\n${retentionRun.stderr}`);
  const retention = JSON.parse(retentionRun.stdout.trim().split('\n').pop());
  const serverParser = fastParserAvailable ? `oxc-parser, AST by ${fastParserTransfer === 'raw' ? 'raw transfer' : 'JSON'}` : 'TypeScript parser';

  const sessionRss = rssMb(server.child.pid);
  await stopServer(server);

  // 3. A fresh server loads the workspace: the 20 documents and Info.plist open, then every file checked.
  const fresh = startServer(dir);
  await initialize(fresh, dir);
  for (const uri of docUris) {
    const ready = fresh.next(uri, (p) => p.version === 1);
    await fresh.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescriptreact', version: 1, text: readFileSync(new URL(uri), 'utf8') } });
    await ready;
  }
  await fresh.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: plistUri, languageId: 'xml', version: 1, text: INFO_PLIST } });
  const rssBefore = rssMb(fresh.child.pid);
  const check = await fresh.connection.sendRequest('consentry/checkWorkspace', {});
  const rss = rssMb(fresh.child.pid);
  // Node >= 22 gives the freed pages of the check's worker back to the system only when V8's memory reducer runs,
  // 8 s after the heap goes quiet (--gc-memory-reducer-start-delay-ms); Node 20 gives them back at once. The figure
  // above is the stricter one; this one is what a server left open settles to.
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  const settledRss = rssMb(fresh.child.pid);
  await stopServer(fresh);
  rmSync(dir, { recursive: true, force: true });

  const ok = (value, target) => (value <= target ? 'ok' : 'OVER TARGET');
  const fmt = (n) => n.toFixed(1);
  const report = {
    machine: { cores: cpus().length, loadAverageAtStart: loadAtStart, loadAverageAtEnd: loadavg()[0] },
    latency: {
      file: 'src/Big.tsx',
      lines: lineCount,
      samples: samples.length,
      keystrokeMs: KEYSTROKE_MS,
      p50,
      p95,
      backToBack: { p50: percentile(backToBack, 50), p95: percentile(backToBack, 95) },
      typescriptParseP50: parseFloor,
      retention,
      eslintNoRulesP50: eslintFloor,
      serverParser,
      target: TARGETS.p95,
    },
    recheck: { openDocuments: OPEN_DOCS, medianMs: recheck, allMs: recheckTimes, findingsWithoutKey: findingsWithout, findingsWithKey: findingsWith, target: TARGETS.recheck },
    memory: { files: check.files, checkMs: check.durationMs, rssMb: rss, rssBeforeCheckMb: rssBefore, rssTenSecondsLaterMb: settledRss, rssEndOfEditingSessionMb: sessionRss, target: TARGETS.rssMb },
  };
  if (args.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    // Timings on a shared machine depend on what else runs: say how busy it was.
    const load = `load average ${loadAtStart.toFixed(1)} → ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;
    console.log(`\nLanguage server on Node ${process.versions.node} (built binary over stdio, ${lineCount}-line TSX, ${check.files}-file workspace; ${load})`);
    console.log(
      `  didChange → diagnostics, typing (a keystroke every ${KEYSTROKE_MS} ms)   p50 ${fmt(p50)} ms   p95 ${fmt(p95)} ms   (target p95 <= ${TARGETS.p95} ms) ${ok(p95, TARGETS.p95)}` +
        `   [same file, in this process: ESLint with no rules (${serverParser}) p50 ${fmt(eslintFloor)} ms; TypeScript parser alone p50 ${fmt(parseFloor)} ms]`,
    );
    console.log(
      `  didChange → diagnostics, back to back (next edit when the diagnostics arrive)   p50 ${fmt(percentile(backToBack, 50))} ms   p95 ${fmt(percentile(backToBack, 95))} ms   (target p95 <= ${TARGETS.p95} ms) ${ok(percentile(backToBack, 95), TARGETS.p95)}` +
        `   [a lint of that file allocates ${fmt(retention.allocatedMb)} MB; ${fmt(retention.keptMb)} MB of it outlives the collection after it${retention.collector ? '' : ' (no collection between keystrokes on this Node)'}]`,
    );
    console.log(
      `  Info.plist edit → ${OPEN_DOCS} open docs re-checked   ${fmt(recheck)} ms median of ${recheckTimes.length}   (target <= ${TARGETS.recheck} ms) ${ok(recheck, TARGETS.recheck)}` +
        `   [findings in those docs: ${findingsWithout} without the key, ${findingsWith} with it]`,
    );
    console.log(
      `  server RSS after loading the workspace (${check.files} files checked)   ${fmt(rss)} MB   (target <= ${TARGETS.rssMb} MB) ${ok(rss, TARGETS.rssMb)}` +
        `   [${fmt(rssBefore)} MB before the check, which took ${check.durationMs} ms; ${fmt(settledRss)} MB 10 s after it; ${fmt(sessionRss)} MB at the end of the editing session above]`,
    );
  }
  let realAppOk = true;
  if (appArg) realAppOk = await checkRealApp(appArg);
  const failed = p95 > TARGETS.p95 || recheck > TARGETS.recheck || rss > TARGETS.rssMb || !realAppOk;
  process.exitCode = failed ? 1 : 0;
}

/**
 * --app <path>: a fresh server checks a real app checked out anywhere (time, RSS), and its findings are compared
 * with the `consentry` CLI's on the same folder: the editor and the pull-request gate must agree exactly.
 */
async function checkRealApp(appDir) {
  const server = startServer(appDir);
  const published = new Map();
  server.connection.onNotification('textDocument/publishDiagnostics', (params) => published.set(params.uri, params.diagnostics));
  await initialize(server, appDir);
  const check = await server.connection.sendRequest('consentry/checkWorkspace', {});
  const rss = rssMb(server.child.pid);
  await stopServer(server);
  const fromServer = [];
  for (const [uri, diagnostics] of published) {
    for (const d of diagnostics) fromServer.push(`${fileURLToPath(uri)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`);
  }
  const cli = spawnSync(process.execPath, [join(root, 'language-server/bin/consentry.js'), 'check', appDir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const fromCli = JSON.parse(cli.stdout).flatMap((result) => result.messages.map((m) => `${result.filePath}:${m.line}:${m.column} ${m.ruleId}`));
  fromServer.sort();
  fromCli.sort();
  const onlyServer = fromServer.filter((f) => !fromCli.includes(f));
  const onlyCli = fromCli.filter((f) => !fromServer.includes(f));
  const agree = onlyServer.length === 0 && onlyCli.length === 0 && fromServer.length === fromCli.length;
  console.log(`\nReal app ${appDir}: the server checked ${check.files} files in ${check.durationMs} ms, RSS ${rss.toFixed(1)} MB (target <= ${TARGETS.rssMb} MB)`);
  console.log(`  findings: server ${fromServer.length}, CLI ${fromCli.length}   ${agree ? 'identical' : 'DIFFERENT'}`);
  for (const f of onlyServer.slice(0, 10)) console.log(`    only in the editor: ${f}`);
  for (const f of onlyCli.slice(0, 10)) console.log(`    only in the CLI:    ${f}`);
  return agree && rss <= TARGETS.rssMb;
}

await main();
