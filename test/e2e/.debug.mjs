// scratch: not committed
import { mkdtempSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { installExtension, sandbox, startCodeServer, stopProcessGroup, writeUserSettings } from './code-server.mjs';
import { CHROMIUM, toolPaths } from './install.mjs';
import { Workbench, SELECTORS } from './workbench.mjs';
const tools = toolPaths();
const temp = mkdtempSync(join(tmpdir(), 'consentry-dbg-'));
const { dirs, env } = sandbox(temp);
const ws = join(temp, 'workspace');
cpSync('/work/main/test/fixtures/e2e/expo-camera', join(ws, 'expo-camera'), { recursive: true });
cpSync('/work/main/test/fixtures/e2e/wechat-location', join(ws, 'wechat-location'), { recursive: true });
writeUserSettings(dirs.userData);
installExtension({ node: tools.node, entry: tools.codeServerEntry, vsix: process.argv[2], dirs, env });
const server = await startCodeServer({ node: tools.node, entry: tools.codeServerEntry, dirs, env, logFile: join(temp, 'cs.log') });
const ctx = await chromium.launchPersistentContext(join(temp, 'prof'), { executablePath: CHROMIUM, headless: true, args: ['--no-sandbox','--disable-gpu'], viewport: { width: 1280, height: 800 }, env });
const page = ctx.pages()[0];
const wb = new Workbench(page);
try {
  await wb.open(server.url, ws);
  await wb.waitForExplorerEntry('expo-camera');
  const fn = (await import(process.argv[3])).default;
  await fn({ page, wb, SELECTORS, temp });
} catch (e) { console.error(e); }
finally {
  await ctx.close();
  await stopProcessGroup(server.child.pid);
  rmSync(temp, { recursive: true, force: true });
}
