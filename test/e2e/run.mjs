// The real end-to-end test of the VS Code extension (`npm run test:e2e`): the packaged .vsix installed into VS Code
// 1.139 as served by code-server, driven in Debian's chromium through playwright-core, on copies of fixture apps.
//
//   node test/e2e/run.mjs [--keep] [--update-readme-screenshot] [--only=<scenario-name>,…]
//     --keep                       keep the temporary folder (logs, workspace) and print where it is
//     --update-readme-screenshot   also write vscode-extension/images/screenshot.png (committed, used by the README)
//
// Everything a run writes is in one temporary folder (user data, extensions, XDG dirs, TMPDIR, HOME, the browser
// profile, the workspace), except the install cache (see install.mjs) and the artefacts in test-results/e2e.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { installExtension, processGroupMembers, sandbox, startCodeServer, stopProcessGroup, writeUserSettings } from './code-server.mjs';
import { CHROMIUM, ensureInstalled } from './install.mjs';
import { SELECTORS, Workbench } from './workbench.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const extensionDir = join(repo, 'vscode-extension');
const artefacts = join(repo, 'test-results', 'e2e');
const flags = new Set(process.argv.slice(2).filter((a) => !a.startsWith('--only=')));
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const keep = flags.has('--keep');
const updateReadmeScreenshot = flags.has('--update-readme-screenshot');

const PURPOSE_RULE = 'consentry/require-purpose-string';
/** Fixture apps copied side by side into the workspace folder (a repository with two apps). */
const FIXTURE_APPS = { 'expo-camera': 'test/fixtures/e2e/expo-camera', 'wechat-location': 'test/fixtures/e2e/wechat-location' };

const t0 = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (message) => process.stdout.write(`[e2e ${seconds(Date.now() - t0).padStart(7)}] ${message}\n`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  return result;
}

/** Bundle (production) and package the extension into the temporary folder. */
function buildVsix(temp) {
  run(process.execPath, ['esbuild.mjs', '--production'], { cwd: extensionDir });
  const vsix = join(temp, 'consentry-vscode.vsix');
  run(process.execPath, [join(repo, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', vsix], {
    cwd: extensionDir,
    env: { ...process.env, CI: 'true' },
  });
  return vsix;
}

function findFiles(dir, test, out = []) {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) findFiles(full, test, out);
    else if (test(full)) out.push(full);
  }
  return out;
}

/** The extension's output channel and the extension host log, for a failed run. */
function saveLogs(dirs, codeServerLog) {
  const logs = findFiles(join(dirs.userData, 'logs'), (f) => /Consentry\.log$|exthost\.log$|remoteexthost\.log$/.test(f));
  for (const file of [...logs, codeServerLog]) {
    if (existsSync(file)) cpSync(file, join(artefacts, `log-${relative(dirs.userData, file).replace(/[/\\]/g, '_') || 'code-server.log'}`));
  }
}

async function main() {
  const installed = ensureInstalled();
  log(`tools ready (code-server ${installed.codeServerEntry.includes('code-server') ? 'installed' : '?'}, cache ${installed.cache})`);

  rmSync(artefacts, { recursive: true, force: true });
  mkdirSync(artefacts, { recursive: true });
  const temp = mkdtempSync(join(tmpdir(), 'consentry-e2e-'));
  const { dirs, env } = sandbox(temp);
  const codeServerLog = join(temp, 'code-server.log');
  const results = [];
  let server;
  let context;
  const killOnExit = () => {
    if (server) {
      try {
        process.kill(-server.child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  process.on('exit', killOnExit);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

  try {
    const vsix = buildVsix(temp);
    log(`built ${relative(temp, vsix)} (${(statSync(vsix).size / 1e6).toFixed(1)} MB)`);

    const workspace = join(temp, 'workspace');
    for (const [name, source] of Object.entries(FIXTURE_APPS)) cpSync(join(repo, source), join(workspace, name), { recursive: true });
    writeUserSettings(dirs.userData);
    installExtension({ node: installed.node, entry: installed.codeServerEntry, vsix, dirs, env });
    log('vsix installed');

    server = await startCodeServer({ node: installed.node, entry: installed.codeServerEntry, dirs, env, logFile: codeServerLog });
    log(`code-server up on ${server.url} (process group ${server.child.pid})`);

    context = await chromium.launchPersistentContext(join(temp, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 800 },
      env,
      timeout: 60_000,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(30_000);
    const wb = new Workbench(page);
    await wb.open(server.url, workspace);
    await wb.waitForExplorerEntry('expo-camera');
    log('workbench ready');

    const shot = async (name, options = {}) => {
      const file = join(artefacts, `${name}.png`);
      await page.screenshot({ path: file, ...options });
      return file;
    };

    const scenario = async (name, body) => {
      if (only && !only.includes(name)) return;
      for (let attempt = 1; attempt <= 2; attempt++) {
        const started = Date.now();
        try {
          await body();
          results.push({ name, ok: true, attempt, ms: Date.now() - started });
          log(`✔ ${name} (${seconds(Date.now() - started)}${attempt > 1 ? ', on retry' : ''})`);
          return;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          if (attempt === 1) {
            log(`↻ ${name} failed, retrying once: ${message.split('\n')[0]}`);
            await wb.dismissWidgets().catch(() => {});
            continue;
          }
          await shot(`${name}-FAILED`).catch(() => {});
          results.push({ name, ok: false, attempt, ms: Date.now() - started, error: message });
          log(`✘ ${name}: ${message}`);
        }
      }
    };

    const appJsonPath = join(workspace, 'expo-camera', 'app.json');
    const appJsonOnDisk = readFileSync(appJsonPath, 'utf8');
    /** Where the Problems panel puts the camera finding: { line, column } (1-based). */
    const cameraProblemPosition = async () => {
      await wb.showProblems();
      const text = await wb.problemRow(PURPOSE_RULE).first().innerText();
      const match = /\[Ln (\d+), Col (\d+)\]/.exec(text);
      if (!match) throw new Error(`no position in the Problems row: ${text}`);
      return { line: Number(match[1]), column: Number(match[2]) };
    };

    await scenario('01-camera-squiggle-and-problem', async () => {
      await wb.openFile('expo-camera/app/scan.tsx');
      await page.locator(SELECTORS.errorSquiggle).first().waitFor();
      await wb.showProblems();
      await wb.problemRow(/^\s*scan\.tsx\s*expo-camera/).first().waitFor();
      await wb.problemRow(PURPOSE_RULE).filter({ hasText: 'NSCameraUsageDescription' }).first().waitFor();
      await shot('01-camera-squiggle-and-problem');
    });

    await scenario('02-hover-rule-and-regulation', async () => {
      await wb.openFile('expo-camera/app/scan.tsx');
      // The rule, its regulations (Apple 5.1.1 among them) and what to do.
      const hover = await wb.hoverSquiggleWith([PURPOSE_RULE, 'Regulations', 'Apple 5.1.1', 'What to do'], SELECTORS.errorSquiggle);
      await shot('02-hover-rule-and-regulation');
      if (updateReadmeScreenshot) {
        const hoverBox = await page.locator(SELECTORS.hover).filter({ hasText: PURPOSE_RULE }).first().boundingBox();
        const top = Math.max(0, Math.min(hoverBox.y, hover.box.y) - 40);
        const bottom = Math.min(800, Math.max(hoverBox.y + hoverBox.height, hover.box.y + hover.box.height) + 40);
        await page.screenshot({ path: join(extensionDir, 'images', 'screenshot.png'), clip: { x: 0, y: top, width: 1280, height: bottom - top } });
      }
      await page.mouse.move(0, 0);
    });

    await scenario('03-quick-fix-clears-squiggle-unsaved', async () => {
      await wb.openFile('expo-camera/app/scan.tsx');
      const { line, column } = await cameraProblemPosition();
      await wb.goTo(line, column);
      const title = await wb.applyQuickFix(/NSCameraUsageDescription/);
      log(`  applied quick fix "${title}"`);
      // The purpose-string diagnostic leaves scan.tsx and the Problems panel while app.json is changed in memory only.
      await wb.problemRow(PURPOSE_RULE).first().waitFor({ state: 'detached' });
      await page.locator(SELECTORS.errorSquiggle).first().waitFor({ state: 'detached' });
      if (readFileSync(appJsonPath, 'utf8') !== appJsonOnDisk) throw new Error('app.json was saved to disk: the fix must stay unsaved');
      await wb.openFile('expo-camera/app.json');
      await page.locator(`${SELECTORS.activeTab}.dirty[data-resource-name="app.json"]`).waitFor();
      await page.locator(SELECTORS.editorText, { hasText: 'NSCameraUsageDescription' }).first().waitFor();
      await shot('03-quick-fix-clears-squiggle-unsaved');
    });

    await scenario('04-wechat-location-on-launch', async () => {
      await wb.openFile('wechat-location/app.js');
      await page.locator(SELECTORS.anySquiggle).first().waitFor();
      await wb.showProblems();
      await wb.problemRow(/^\s*app\.js\s*wechat-location/).first().waitFor();
      // The missing WeChat declarations (permission desc + requiredPrivateInfos) and the request at launch.
      await wb.problemRow(PURPOSE_RULE).filter({ hasText: 'scope.userLocation' }).first().waitFor();
      await wb.problemRow('consentry/no-request-on-launch').filter({ hasText: 'wx.getLocation' }).first().waitFor();
      await shot('04-wechat-location-on-launch');
    });

    await scenario('05-status-item-counts', async () => {
      await wb.openFile('wechat-location/app.js');
      const readStatus = async () => {
        const texts = await wb.languageStatusTexts(/Consentry/);
        const match = /Consentry: (\d+) errors?, (\d+) warnings?/.exec(texts.join('\n'));
        if (!match) throw new Error(`status item shows no counts: ${JSON.stringify(texts)}`);
        return { errors: Number(match[1]), warnings: Number(match[2]), texts };
      };
      // The status item counts what the server has checked; here that is exactly what the Problems panel holds.
      const equalToProblems = async () => {
        const deadline = Date.now() + 20_000;
        for (;;) {
          const status = await readStatus();
          const problems = await wb.problemsStatusCounts();
          if (status.errors === problems.errors && status.warnings === problems.warnings && status.errors + status.warnings > 0) return status;
          if (Date.now() > deadline) throw new Error(`status ${JSON.stringify(status)} ≠ Problems ${JSON.stringify(problems)}`);
          await page.locator(SELECTORS.languageStatusHover).first().waitFor({ state: 'attached' });
        }
      };
      const before = await equalToProblems();
      await shot('05-status-item-counts');
      await wb.runCommand('Consentry: Check Workspace');
      await page.locator(SELECTORS.notification, { hasText: /Consentry checked \d+ files/ }).first().waitFor();
      const after = await equalToProblems();
      if (after.errors + after.warnings < before.errors + before.warnings) {
        throw new Error(`Check Workspace lost findings: before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`);
      }
      log(`  status: ${before.errors}E/${before.warnings}W with open files, ${after.errors}E/${after.warnings}W after Check Workspace`);
      await shot('05-status-item-after-check-workspace');
    });
  } catch (error) {
    results.push({ name: 'setup', ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) });
    log(`✘ setup: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  } finally {
    await context?.close().catch(() => {});
    if (server) {
      const pgid = server.child.pid;
      const members = processGroupMembers(pgid).length;
      const survivors = await stopProcessGroup(pgid);
      if (survivors.length) results.push({ name: 'cleanup', ok: false, error: `processes still alive: ${survivors.join(', ')}` });
      else log(`stopped code-server's process group (${members} processes)`);
    }
    if (results.some((r) => !r.ok)) saveLogs(dirs, codeServerLog);
    if (keep) log(`kept ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  const pngs = existsSync(artefacts) ? readdirSync(artefacts).filter((f) => f.endsWith('.png')) : [];
  writeFileSync(join(artefacts, 'results.json'), `${JSON.stringify({ wallMs: Date.now() - t0, results }, null, 2)}\n`);
  log(`screenshots: ${pngs.map((f) => relative(repo, join(artefacts, f))).join(', ') || 'none'}`);
  log(`wall time ${seconds(Date.now() - t0)}`);
  process.stdout.write(`e2e: ${passed} passed, ${failed} failed\n`);
  process.exitCode = failed ? 1 : 0;
}

await main();
