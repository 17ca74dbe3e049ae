// Proves the bundled server (dist/server.mjs) works on its own: it is copied into an empty temporary folder (no
// node_modules anywhere above it), started over stdio, and asked to lint the e2e fixture apps plus a Vue file and
// an Info.plist held only in memory. Every file kind must be checked without a crash diagnostic, and the files in
// EXPECTED must get the findings listed there. Exit code 0 = the bundle lints.
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const extensionRoot = resolve(here, '..');
const fixtures = resolve(extensionRoot, '..', 'test', 'fixtures', 'e2e');
const TIMEOUT_MS = 60_000;

/** Minimal LSP client over stdio (Content-Length framing). */
class LspClient {
  constructor(child) {
    this.child = child;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = [];
    this.buffer = Buffer.alloc(0);
    child.stdout.on('data', (chunk) => this.receive(chunk));
  }

  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  dispatch(message) {
    if (message.id !== undefined && !message.method) {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
    } else if (message.id !== undefined) {
      // A request from the server (client/registerCapability, workspace/configuration …): accept it.
      this.write({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? [{}] : null });
    } else {
      for (const listener of this.listeners) listener(message);
    }
  }

  write(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    this.write({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolvePromise, reject) => this.pending.set(id, { resolve: resolvePromise, reject }));
  }

  notify(method, params) {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification that satisfies the predicate. */
  waitFor(predicate) {
    return new Promise((resolvePromise) => {
      const listener = (message) => {
        if (!predicate(message)) return;
        this.listeners.splice(this.listeners.indexOf(listener), 1);
        resolvePromise(message);
      };
      this.listeners.push(listener);
    });
  }
}

const IN_MEMORY_FILES = {
  // JSON with comments, as uni-app writes it.
  'uni-app/manifest.json': `{\n  "name": "stores",\n  /* mini-program settings */\n  "mp-weixin": { "appid": "wx0000000000000001" }\n}\n`,
  'uni-app/App.vue': `<script>\nexport default {\n  onLaunch() {\n    uni.getLocation({ type: 'gcj02', success: (res) => console.log(res.latitude) });\n  },\n};\n</script>\n`,
  'ios-app/App/Info.plist': `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n  <key>CFBundleName</key>\n  <string>Demo</string>\n</dict>\n</plist>\n`,
};

/** Files that must get findings (proves their parser and the rules run in the bundle), by rule id. */
const EXPECTED = {
  'expo-camera/app/scan.tsx': ['consentry/require-purpose-string'],
  'wechat-location/app.js': ['consentry/require-purpose-string', 'consentry/no-request-on-launch'],
  'uni-app/App.vue': ['consentry/no-request-on-launch'],
};

const LANGUAGE_BY_EXTENSION = { '.tsx': 'typescriptreact', '.js': 'javascript', '.json': 'json', '.wxml': 'wxml', '.vue': 'vue', '.plist': 'plist' };

async function main() {
  const temp = mkdtempSync(join(tmpdir(), 'consentry-bundle-check-'));
  let child;
  try {
    const serverFile = join(temp, 'server', 'server.mjs');
    cpSync(join(extensionRoot, 'dist', 'server.mjs'), serverFile);
    cpSync(join(extensionRoot, 'dist', 'node_modules'), join(temp, 'server', 'node_modules'), { recursive: true });
    const workspace = join(temp, 'workspace');
    cpSync(fixtures, workspace, { recursive: true });

    child = spawn(process.execPath, [serverFile, '--stdio'], { cwd: temp, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise((_, reject) => child.on('exit', (code) => reject(new Error(`server exited (${code}): ${stderr}`))));
    const client = new LspClient(child);
    const logs = [];
    client.listeners.push((m) => m.method === 'window/logMessage' && logs.push(m.params.message));

    const run = async () => {
      await client.request('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(workspace).href,
        workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'workspace' }],
        capabilities: { workspace: { configuration: true, workspaceFolders: true } },
        initializationOptions: { workspaceTrusted: false, locale: 'en' },
      });
      client.notify('initialized', {});

      const documents = {
        'expo-camera/app/scan.tsx': readFileSync(join(workspace, 'expo-camera/app/scan.tsx'), 'utf8'),
        'expo-camera/app.json': readFileSync(join(workspace, 'expo-camera/app.json'), 'utf8'),
        'wechat-location/app.js': readFileSync(join(workspace, 'wechat-location/app.js'), 'utf8'),
        'wechat-location/app.json': readFileSync(join(workspace, 'wechat-location/app.json'), 'utf8'),
        'wechat-location/pages/index/index.wxml': readFileSync(join(workspace, 'wechat-location/pages/index/index.wxml'), 'utf8'),
        ...IN_MEMORY_FILES,
      };
      const results = {};
      for (const [relativePath, text] of Object.entries(documents)) {
        const uri = pathToFileURL(join(workspace, relativePath)).href;
        const published = client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
        const extension = relativePath.slice(relativePath.lastIndexOf('.'));
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: LANGUAGE_BY_EXTENSION[extension] ?? 'plaintext', version: 1, text } });
        results[relativePath] = (await published).params.diagnostics;
      }
      return results;
    };
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`no diagnostics within ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref());
    const results = await Promise.race([run(), exited, timeout]);

    const failures = [];
    for (const [file, diagnostics] of Object.entries(results)) {
      const codes = diagnostics.map((d) => d.code ?? '(no rule)');
      process.stdout.write(`  ${file}: ${codes.length ? codes.join(', ') : 'no findings'}\n`);
      for (const d of diagnostics) if (!d.code) failures.push(`${file}: ${d.message}`);
    }
    for (const [file, rules] of Object.entries(EXPECTED)) {
      for (const rule of rules) if (!results[file].some((d) => d.code === rule)) failures.push(`${file}: no ${rule} diagnostic`);
    }
    // The native parser must load from the copy next to the bundle (else the editor is ~3× slower on large files).
    if (!logs.some((line) => line.includes('parsed with oxc-parser (native)'))) {
      failures.push(`the bundled server does not use oxc-parser: ${logs.find((line) => line.includes('JS/TS files')) ?? 'no parser log line'}`);
    }
    const crashes = logs.filter((line) => /failed|uncaught|unhandled|not bundled|cannot resolve/i.test(line));
    for (const line of crashes) failures.push(`server log: ${line.split('\n').slice(0, 3).join(' | ')}`);
    if (failures.length) {
      process.stdout.write(`bundle check FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write('bundle check passed: the bundled server lints every file kind from an empty folder\n');
    }
  } finally {
    child?.kill();
    rmSync(temp, { recursive: true, force: true });
  }
}

await main();
