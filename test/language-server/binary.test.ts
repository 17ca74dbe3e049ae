// The BUILT server binary over stdio, as the VS Code extension starts it: diagnostics, the cross-file re-check,
// a quick fix, the status notification, and a clean exit on shutdown/exit.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBinary, uriOf } from './support/harness.js';
import { lspApp, lspFixtures, repoRoot } from './support/fixtures.js';

const binary = join(repoRoot, 'language-server/bin/consentry-language-server.js');
const built = existsSync(join(repoRoot, 'language-server/dist/main.js'));

describe.runIf(built)('consentry-language-server --stdio (built)', () => {
  it('serves diagnostics, re-checks across files, offers the quick fix, and exits cleanly', async () => {
    const { client, child } = await startBinary(binary, { folders: [lspFixtures] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      expect(client.initializeResult.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: { codeActionKinds: ['quickfix'] } });
      const scan = lspApp('rn-app/src/screens/ScanScreen.tsx');
      const plist = lspApp('rn-app/ios/LspRn/Info.plist');
      const ready = client.nextStatus((s) => s.totals.errors > 0);
      const { diagnostics } = await client.open(scan);
      const camera = diagnostics.find((d) => d.code === 'consentry/require-purpose-string' && d.message.includes('NSCameraUsageDescription'));
      expect(camera).toBeDefined();
      expect((await ready).apps).toEqual([expect.objectContaining({ root: lspApp('rn-app'), name: 'rn-app' })]);

      const [fix] = await client.codeActions(uriOf(scan), [camera!]);
      expect(fix!.title).toBe('Add NSCameraUsageDescription to ios/LspRn/Info.plist');

      await client.open(plist);
      const cleared = client.nextDiagnostics(uriOf(scan), (p) => !p.diagnostics.some((d) => d.message.includes('NSCameraUsageDescription')));
      const freshFix = (await client.codeActions(uriOf(scan), [camera!]))[0]!;
      await client.applyEdit(freshFix.edit!, (uri) => readFileSync(new URL(uri), 'utf8'));
      await cleared;
    } finally {
      await client.connection.sendRequest('shutdown');
      await client.connection.sendNotification('exit');
    }
    expect(await exited).toBe(0);
  });

  it('checks the workspace in a child process and publishes the findings of closed files', async () => {
    const { client, child } = await startBinary(binary, { folders: [lspFixtures] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const receipt = uriOf(lspApp('capacitor-app/src/receipt.ts'));
      const published = client.nextDiagnostics(receipt);
      const result = await client.connection.sendRequest<{ files: number; errors: number; cancelled: boolean }>('consentry/checkWorkspace', {});
      expect(result.cancelled).toBe(false);
      expect(result.files).toBeGreaterThan(20);
      expect(result.errors).toBeGreaterThan(5);
      expect((await published).diagnostics.map((d) => d.code)).toContain('consentry/require-purpose-string');
    } finally {
      await client.connection.sendRequest('shutdown');
      await client.connection.sendNotification('exit');
    }
    expect(await exited).toBe(0);
  });

  it("the workspace check's child process reads open, unsaved buffers: a helper's request reaches the closed launch file", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-binary-'));
    const appDir = join(dir, 'rn-app');
    cpSync(lspApp('rn-app'), appDir, { recursive: true });
    const appFile = join(appDir, 'App.tsx');
    const helper = join(appDir, 'src/permissions.ts');
    writeFileSync(appFile, "import { useEffect } from 'react';\nimport { prepareScanner } from './src/permissions';\n\nexport default function App() {\n  useEffect(() => {\n    prepareScanner();\n  }, []);\n  return null;\n}\n");
    writeFileSync(helper, 'export async function prepareScanner(): Promise<void> {}\n');
    const { client, child } = await startBinary(binary, { folders: [dir] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await client.open(helper, "import { PermissionsAndroid } from 'react-native';\n\nexport async function prepareScanner(): Promise<void> {\n  await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA);\n}\n");
      // The buffer reaches the model once the helper's own lint is done: a request round trip after that.
      await client.hover(uriOf(helper), { line: 0, character: 0 });
      const published = client.nextDiagnostics(uriOf(appFile));
      const result = await client.connection.sendRequest<{ cancelled: boolean }>('consentry/checkWorkspace', {});
      expect(result.cancelled).toBe(false);
      const launch = (await published).diagnostics.filter((d) => d.code === 'consentry/no-request-on-launch');
      expect(launch.map((d) => d.range.start.line)).toEqual([5]);
    } finally {
      await client.connection.sendRequest('shutdown');
      await client.connection.sendNotification('exit');
    }
    expect(await exited).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('also runs over Node IPC (--node-ipc), as the VS Code extension starts it', async () => {
    const { client, child } = await startBinary(binary, { folders: [lspFixtures] }, 'node-ipc');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const { diagnostics } = await client.open(lspApp('capacitor-app/src/receipt.ts'));
      expect(diagnostics.map((d) => d.code)).toEqual(['consentry/require-purpose-string']);
    } finally {
      await client.connection.sendRequest('shutdown');
      await client.connection.sendNotification('exit');
    }
    expect(await exited).toBe(0);
  });

  it('refuses to start without a transport', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, [binary], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--stdio');
  });
});
