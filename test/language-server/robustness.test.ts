// Malformed and binary files give one diagnostic on that file and everything else keeps working; an untrusted
// workspace never executes the project's eslint.config; workspace checks can be cancelled.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import { DiagnosticSeverity } from 'vscode-languageserver';
import {
  CHECK_WORKSPACE_REQUEST,
  DID_CHANGE_WORKSPACE_TRUST_NOTIFICATION,
  type CheckWorkspaceResult,
} from '../../language-server/src/protocol.js';
import { startInProcess, uriOf, type LspTestClient } from './support/harness.js';
import { appFixtures, lspApp, lspFixtures } from './support/fixtures.js';

let client: LspTestClient;
afterEach(async () => {
  await client?.dispose();
});

describe('malformed and binary config files', () => {
  it.each([
    ['a broken Info.plist', join(appFixtures, 'malformed/broken-plist/ios/BrokenPlist/Info.plist')],
    ['a binary Info.plist', join(appFixtures, 'malformed/binary-plist/ios/BinaryPlist/Info.plist')],
    ['a truncated uni-app manifest.json', join(appFixtures, 'malformed/broken-manifest/manifest.json')],
    ['a broken AndroidManifest.xml', join(appFixtures, 'malformed/broken-plist/android/app/src/main/AndroidManifest.xml')],
  ])('%s gives exactly one error on that file', async (_name, file) => {
    client = await startInProcess({ folders: [appFixtures] });
    const { diagnostics } = await client.open(file, readFileSync(file, 'latin1'));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ source: 'consentry', severity: DiagnosticSeverity.Error });
    expect(diagnostics[0]!.code).toBeUndefined();
  });

  it('does not stop the app’s source files from being checked, and a malformed buffer edit is just another finding', async () => {
    client = await startInProcess({ folders: [lspFixtures] });
    const plist = lspApp('rn-app/ios/LspRn/Info.plist');
    const scan = lspApp('rn-app/src/screens/ScanScreen.tsx');
    const before = (await client.open(scan)).diagnostics.length;
    await client.open(plist);
    const plistBroken = client.nextDiagnostics(uriOf(plist), (p) => p.version === 2);
    const scanRechecked = client.nextDiagnostics(uriOf(scan));
    await client.change(uriOf(plist), '<plist><dict><key>NSCameraUsageDescription</key><string>half');
    const broken = await plistBroken;
    expect(broken.diagnostics).toHaveLength(1);
    expect(broken.diagnostics[0]!.message).toMatch(/Parsing error/);
    // The platform with the unreadable config is not judged (no invented findings), the rest still is.
    const rechecked = await scanRechecked;
    expect(rechecked.diagnostics.length).toBeGreaterThan(0);
    expect(rechecked.diagnostics.length).toBeLessThanOrEqual(before);
    expect(rechecked.diagnostics.some((d) => d.message.includes('android.permission.CAMERA'))).toBe(true);
  });

  it('binary garbage in a source buffer is one parse error, and the server keeps serving', async () => {
    client = await startInProcess({ folders: [lspFixtures] });
    const file = lspApp('rn-app/src/screens/NearbyScreen.tsx');
    const garbage = Buffer.from([0x00, 0xff, 0xfe, 0x3c, 0x00, 0x7b, 0x80, 0x81, 0x0a, 0x1f]).toString('latin1');
    const { diagnostics } = await client.open(file, garbage);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.severity).toBe(DiagnosticSeverity.Error);
    const next = await client.open(lspApp('rn-app/src/screens/ScanScreen.tsx'));
    expect(next.diagnostics.some((d) => d.code === 'consentry/require-purpose-string')).toBe(true);
  });
});

describe('workspace trust', () => {
  it('never loads the project eslint.config in an untrusted workspace, and uses it once trusted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-trust-'));
    try {
      const marker = join(dir, 'config-was-executed');
      writeFileSync(
        join(dir, 'eslint.config.mjs'),
        `import { writeFileSync } from 'node:fs';
writeFileSync(${JSON.stringify(marker)}, 'yes');
const plugin = { rules: { 'project-rule': { meta: { type: 'problem', schema: [] }, create: (context) => ({ Program(node) { context.report({ node, message: 'from the project config' }); } }) } } };
export default [{ files: ['**/*.ts'], plugins: { consentry: plugin }, rules: { 'consentry/project-rule': 'error' } }];
`,
      );
      mkdirSync(join(dir, 'src'));
      const file = join(dir, 'src/a.ts');
      writeFileSync(file, 'export const a = 1;\n');
      client = await startInProcess({ folders: [dir], trusted: false, settings: { useProjectConfig: true } });
      expect((await client.open(file)).diagnostics).toEqual([]);
      expect(existsSync(marker)).toBe(false);
      expect(client.logs.some((l) => l.includes('not trusted'))).toBe(true);

      const relinted = client.nextDiagnostics(uriOf(file), (p) => p.diagnostics.length > 0);
      const status = client.nextStatus((s) => s.workspaceTrusted);
      await client.connection.sendNotification(DID_CHANGE_WORKSPACE_TRUST_NOTIFICATION, { trusted: true });
      expect((await relinted).diagnostics.map((d) => d.message)).toEqual(['from the project config']);
      expect(existsSync(marker)).toBe(true);
      expect((await status).workspaceTrusted).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a broken project config', () => {
  it('is reported in the status and as one diagnostic per file, and the server keeps running', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-badconfig-'));
    try {
      writeFileSync(join(dir, 'eslint.config.mjs'), 'throw new Error("config exploded");\n');
      const file = join(dir, 'a.ts');
      writeFileSync(file, 'export const a = 1;\n');
      client = await startInProcess({ folders: [dir], trusted: true, settings: { useProjectConfig: true } });
      const failed = client.nextStatus((s) => s.state === 'error');
      const { diagnostics } = await client.open(file);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]!.message).toContain('config exploded');
      expect((await failed).message).toMatch(/ESLint configuration could not be loaded: .*config exploded/);
      // Back to the built-in config: linting works again.
      const recovered = client.nextDiagnostics(uriOf(file), (p) => p.diagnostics.length === 0);
      await client.changeSettings({ useProjectConfig: false });
      await recovered;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('check workspace', () => {
  it('lints every file of every app, then honours cancellation', async () => {
    client = await startInProcess({ folders: [lspFixtures] });
    const full: CheckWorkspaceResult = await client.connection.sendRequest(CHECK_WORKSPACE_REQUEST, {});
    expect(full.cancelled).toBe(false);
    expect(full.files).toBeGreaterThan(20);
    expect(full.errors).toBeGreaterThan(5);
    // Closed files get their diagnostics too.
    expect(client.published.get(uriOf(lspApp('capacitor-app/src/receipt.ts')))?.diagnostics.length).toBeGreaterThan(0);
    expect(client.statuses.at(-1)).toMatchObject({ state: 'ready' });

    const dir = mkdtempSync(join(tmpdir(), 'consentry-cancel-'));
    try {
      writeFileSync(join(dir, 'package.json'), '{ "name": "many", "dependencies": { "react-native": "0.79.2" } }');
      for (let i = 0; i < 200; i++) writeFileSync(join(dir, `f${i}.ts`), `export const value${i} = ${i};\n`);
      const source = new CancellationTokenSource();
      const firstPublished = client.nextDiagnostics(uriOf(join(dir, 'f0.ts')));
      const pending = client.connection.sendRequest<CheckWorkspaceResult>(CHECK_WORKSPACE_REQUEST, { folders: [dir] }, source.token);
      await firstPublished;
      source.cancel();
      const result = await pending;
      expect(result.cancelled).toBe(true);
      expect(result.files).toBeLessThan(200);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a client that has gone', () => {
  it('diagnostics for a connection that is closed or disposed are dropped; other errors still surface', async () => {
    const { PassThrough } = await import('node:stream');
    const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = await import('vscode-jsonrpc/node');
    const { isClosedConnection } = await import('../../language-server/src/features/linting.js');
    const connection = createMessageConnection(new StreamMessageReader(new PassThrough()), new StreamMessageWriter(new PassThrough()));
    connection.listen();
    connection.dispose();
    // A lint that finishes after the editor quit: what vscode-jsonrpc throws then is the one error the server drops.
    const sent = await (async () => connection.sendNotification('textDocument/publishDiagnostics', { uri: 'file:///x', diagnostics: [] }))().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(sent).toBeInstanceOf(Error);
    expect(isClosedConnection(sent)).toBe(true);
    expect(isClosedConnection(new Error('Connection is disposed.'))).toBe(false);
    expect(isClosedConnection(Object.assign(new Error('socket hang up'), { code: 2 }))).toBe(false);
  });
});
