// The BUILT server binary over stdio, as the VS Code extension starts it: diagnostics, the cross-file re-check,
// a quick fix, the status notification, and a clean exit on shutdown/exit.
import { existsSync, readFileSync } from 'node:fs';
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

  it('refuses to start without a transport', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, [binary], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--stdio');
  });
});
