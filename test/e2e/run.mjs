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
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExtension, processGroupMembers, processesRunning, sandbox, startCodeServer, stopProcessGroup, writeUserSettings } from './code-server.mjs';
import { CHROMIUM, ensureInstalled } from './install.mjs';
import { SELECTORS, Workbench } from './workbench.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const extensionDir = join(repo, 'vscode-extension');
const artefacts = join(repo, 'test-results', 'e2e');
// playwright-core and @vscode/vsce are dev dependencies of the extension's workspace.
const extensionRequire = createRequire(join(extensionDir, 'package.json'));
const { chromium } = extensionRequire('playwright-core');
const VSCE = join(dirname(extensionRequire.resolve('@vscode/vsce/package.json')), 'vsce');
const flags = new Set(process.argv.slice(2).filter((a) => !a.startsWith('--only=')));
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const keep = flags.has('--keep');
const updateReadmeScreenshot = flags.has('--update-readme-screenshot');

const PURPOSE_RULE = 'consentry/require-purpose-string';
const MAIN_SCENARIOS = [
  '01-camera-squiggle-and-problem',
  '02-hover-rule-and-regulation',
  '03-quick-fix-clears-squiggle-unsaved',
  '04-wechat-location-on-launch',
  '05-status-item-counts',
  '06-rule-docs-and-restart-commands',
];
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
  run(process.execPath, [VSCE, 'package', '--no-dependencies', '--out', vsix], {
    cwd: extensionDir,
    env: { ...process.env, CI: 'true' },
  });
  return vsix;
}

/**
 * VS Code only reports a display language (vscode.env.language) it has a language pack for, and none can be
 * downloaded here: this empty pack (no translations for VS Code itself) makes `--locale zh-cn` take effect, so
 * the extension's own zh-cn strings are what is tested.
 */
function buildLanguagePackStub(temp) {
  const dir = join(temp, 'zh-cn-language-pack-stub');
  mkdirSync(join(dir, 'translations'), { recursive: true });
  const manifest = {
    name: 'consentry-e2e-zh-cn-stub',
    displayName: 'zh-cn display language stub (Consentry e2e)',
    description: 'Lets VS Code switch its display language to zh-cn without a real language pack.',
    publisher: 'consentry-e2e',
    version: '0.0.1',
    license: 'MIT',
    repository: { type: 'git', url: 'https://github.com/consentry/consentry.git' },
    engines: { vscode: '^1.91.0' },
    categories: ['Language Packs'],
    contributes: {
      localizations: [
        {
          languageId: 'zh-cn',
          languageName: 'Chinese Simplified',
          localizedLanguageName: '中文(简体)',
          translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
        },
      ],
    },
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'translations', 'main.i18n.json'), '{ "version": "1.0.0", "contents": {} }\n');
  writeFileSync(join(dir, 'README.md'), '# zh-cn display language stub\n');
  cpSync(join(extensionDir, 'LICENSE'), join(dir, 'LICENSE'));
  const vsix = join(temp, 'zh-cn-language-pack-stub.vsix');
  run(process.execPath, [VSCE, 'package', '--no-dependencies', '--out', vsix], {
    cwd: dir,
    env: { ...process.env, CI: 'true' },
  });
  return vsix;
}

/**
 * VS Code reads the installed language packs from <user data>/languagepacks.json when it starts; installing a pack
 * from the command line does not write that file, so it is written here for the stub pack.
 */
function registerLanguagePack(dirs, locale) {
  const id = 'consentry-e2e.consentry-e2e-zh-cn-stub';
  const translations = join(dirs.extensions, `${id}-0.0.1`, 'translations', 'main.i18n.json');
  if (!existsSync(translations)) throw new Error(`the ${locale} language pack stub is not installed (${translations})`);
  const packs = {
    [locale]: { hash: 'consentry-e2e-stub', extensions: [{ extensionIdentifier: { id }, version: '0.0.1' }], translations: { vscode: translations }, label: '中文(简体)' },
  };
  writeFileSync(join(dirs.userData, 'languagepacks.json'), JSON.stringify(packs));
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

/** The extension's output channel, the extension host logs and code-server's log, for a failed run. */
function saveLogs(temp) {
  const logs = findFiles(temp, (f) => /Consentry\.log$|exthost\.log$|code-server\.log$/.test(f) && !f.includes(`${join(temp, 'workspace')}`));
  for (const file of logs) cpSync(file, join(artefacts, `log-${relative(temp, file).replace(/[/\\]/g, '_')}`));
}

const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * One VS Code session: its own user data, extensions, XDG folders and browser profile under `folder`, the vsix
 * installed, code-server started and the workspace open in chromium. `close()` ends every process it started.
 */
async function openSession({ installed, vsixes, folder, workspace, settings, trust, locale, firstEntry }) {
  const { dirs, env } = sandbox(folder);
  const logFile = join(folder, 'code-server.log');
  writeUserSettings(dirs.userData, settings);
  for (const vsix of vsixes) installExtension({ node: installed.node, entry: installed.codeServerEntry, vsix, dirs, env });
  if (locale) registerLanguagePack(dirs, locale);
  const server = await startCodeServer({ node: installed.node, entry: installed.codeServerEntry, dirs, env, logFile, trust, locale });
  liveProcessGroups.add(server.child.pid);
  let context;
  const close = async () => {
    await context?.close().catch(() => {});
    const members = processGroupMembers(server.child.pid).length;
    const survivors = await stopProcessGroup(server.child.pid);
    liveProcessGroups.delete(server.child.pid);
    if (survivors.length) throw new Error(`processes still alive after stopping code-server: ${survivors.join(', ')}`);
    return members;
  };
  try {
    context = await chromium.launchPersistentContext(join(folder, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: BROWSER_ARGS,
      viewport: { width: 1280, height: 800 },
      env,
      timeout: 60_000,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(30_000);
    const wb = new Workbench(page);
    await wb.open(server.url, workspace);
    await wb.waitForExplorerEntry(firstEntry);
    return { server, page, wb, dirs, logFile, close };
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
}

/** Process groups of code-server instances still running, and the temporary folder: cleaned on any exit. */
const liveProcessGroups = new Set();
let temporaryFolder;
process.on('exit', () => {
  for (const pgid of liveProcessGroups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  if (temporaryFolder && !keep) rmSync(temporaryFolder, { recursive: true, force: true });
});
// Output piped into a closed reader (`| head`) must not end the run before it has cleaned up.
process.stdout.on('error', () => {});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

async function main() {
  const installed = ensureInstalled();
  log(`tools ready (${installed.cache})`);
  rmSync(artefacts, { recursive: true, force: true });
  mkdirSync(artefacts, { recursive: true });
  const temp = mkdtempSync(join(tmpdir(), 'consentry-e2e-'));
  temporaryFolder = temp;
  const results = [];
  const sessions = [];
  let session;

  const shot = async (name, options = {}) => {
    const file = join(artefacts, `${name}.png`);
    await session.page.screenshot({ path: file, ...options });
    return file;
  };

  /** Run one scenario; on failure retry it once, and if it fails again save a screenshot. */
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
          // The first line and, for a Playwright timeout, what it was waiting for.
          const waitingFor = /waiting for (.*)/.exec(message)?.[1];
          log(`↻ ${name} failed, retrying once: ${message.split('\n')[0]}${waitingFor ? ` (waiting for ${waitingFor})` : ''}`);
          await shot(`${name}-attempt-1`).catch(() => {});
          await session.wb.dismissWidgets().catch(() => {});
          continue;
        }
        await shot(`${name}-FAILED`).catch(() => {});
        results.push({ name, ok: false, attempt, ms: Date.now() - started, error: message });
        log(`✘ ${name}: ${message}`);
      }
    }
  };
  const wants = (...names) => !only || names.some((name) => only.includes(name));

  try {
    const vsix = buildVsix(temp);
    log(`built ${relative(temp, vsix)} (${(statSync(vsix).size / 1e6).toFixed(1)} MB)`);

    if (wants(...MAIN_SCENARIOS)) {
      // Session 1: the fixture apps side by side, workspace trust off (as most users run).
      const workspace = join(temp, 'workspace');
      for (const [name, source] of Object.entries(FIXTURE_APPS)) cpSync(join(repo, source), join(workspace, name), { recursive: true });
      session = await openSession({ installed, vsixes: [vsix], folder: join(temp, 'session-main'), workspace, trust: false, firstEntry: 'expo-camera' });
      sessions.push(session);
      log(`workbench ready (code-server ${session.server.url}, process group ${session.server.child.pid})`);
      const { page, wb, server } = session;

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
          // The editor only: the squiggled line and the hover below it.
          const hoverBox = await page.locator(SELECTORS.hover).filter({ hasText: PURPOSE_RULE }).first().boundingBox();
          const editorBox = await page.locator('.editor-instance').first().boundingBox();
          const top = Math.max(0, Math.min(hoverBox.y, hover.box.y) - 70);
          const bottom = Math.min(800, Math.max(hoverBox.y + hoverBox.height, hover.box.y + hover.box.height) + 12);
          const right = Math.min(1280, hoverBox.x + hoverBox.width + 12);
          await page.screenshot({
            path: join(extensionDir, 'images', 'screenshot.png'),
            clip: { x: editorBox.x, y: top, width: right - editorBox.x, height: bottom - top },
          });
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
        /** The counts of the status item (none while the server is starting or busy). */
        const readStatus = async () => {
          const texts = await wb.languageStatusTexts(/Consentry/);
          const match = /Consentry: (\d+) errors?, (\d+) warnings?/.exec(texts.join('\n'));
          return match ? { errors: Number(match[1]), warnings: Number(match[2]), texts } : { texts };
        };
        // The status item counts what the server has checked; here that is exactly what the Problems panel holds.
        // Both are read from the DOM again until they agree (the server publishes counts after the diagnostics).
        const equalToProblems = async () => {
          const deadline = Date.now() + 20_000;
          for (;;) {
            const status = await readStatus();
            const problems = await wb.problemsStatusCounts();
            if (status.errors === problems.errors && status.warnings === problems.warnings && status.errors + status.warnings > 0) return status;
            if (Date.now() > deadline) throw new Error(`status ${JSON.stringify(status)} ≠ Problems ${JSON.stringify(problems)}`);
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
      await scenario('06-rule-docs-and-restart-commands', async () => {
        await wb.openFile('wechat-location/app.js');
        await wb.showProblems();
        const row = wb.problemRow('consentry/no-request-on-launch').first();
        const [, line, column] = /\[Ln (\d+), Col (\d+)\]/.exec(await row.innerText()) ?? [];
        await wb.goTo(Number(line), Number(column));
        // With the cursor on findings of three rules, the command offers those three and opens the chosen one's docs.
        await wb.runCommand('Consentry: Show Rule Documentation', 'no-request-on-launch');
        await page.locator(SELECTORS.activeTab, { hasText: 'no-request-on-launch' }).waitFor();
        await page.frameLocator('.webview.ready').frameLocator('#active-frame').locator('h1', { hasText: 'no-request-on-launch' }).waitFor();
        await shot('06-rule-documentation');
        await page.locator(`${SELECTORS.activeTab} .tab-actions .action-label`).first().click();
        await page.locator(SELECTORS.activeTab, { hasText: 'no-request-on-launch' }).waitFor({ state: 'detached' });

        // Restart: a new language-server process, and the findings come back.
        const serverBundle = join('extensions', 'consentry.consentry-vscode-');
        const before = processesRunning(server.child.pid, serverBundle);
        if (before.length !== 1) throw new Error(`expected one language server process, found ${before.length}`);
        await wb.runCommand('Consentry: Restart Server');
        // The client clears its diagnostics when the server stops, and the new server publishes them again.
        await wb.showProblems();
        const launchRow = wb.problemRow('consentry/no-request-on-launch').first();
        await launchRow.waitFor({ state: 'detached' });
        await launchRow.waitFor();
        await page.locator(SELECTORS.anySquiggle).first().waitFor();
        const after = processesRunning(server.child.pid, serverBundle);
        if (after.length !== 1 || after[0] === before[0]) throw new Error(`no new language server process (before ${before}, now ${after})`);
        const texts = await wb.languageStatusTexts(/Consentry: \d+ errors?/);
        log(`  restarted the server (pid ${before[0]} → ${after[0]}); status: ${texts[0].split('\n')[0]}`);
      });

      log(`stopped code-server's process group (${await session.close()} processes)`);
      sessions.pop();
    }

    if (wants('07-restricted-mode-lints-without-executing', '08-chinese-ui')) {
      // Session 2: workspace trust on and the workspace not trusted (Restricted Mode), display language 简体中文.
      // The user asks for the project's eslint.config, which would leave a marker file if it were ever executed.
      const workspace = join(temp, 'workspace-untrusted');
      cpSync(join(repo, FIXTURE_APPS['wechat-location']), join(workspace, 'wechat-location'), { recursive: true });
      const marker = join(workspace, 'EXECUTED');
      writeFileSync(
        join(workspace, 'eslint.config.mjs'),
        `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'the project config was executed');\nexport default [];\n`,
      );
      session = await openSession({
        installed,
        vsixes: [vsix, buildLanguagePackStub(temp)],
        folder: join(temp, 'session-restricted'),
        workspace,
        trust: true,
        locale: 'zh-cn',
        firstEntry: 'wechat-location',
        settings: {
          'security.workspace.trust.enabled': true,
          'security.workspace.trust.startupPrompt': 'never',
          'security.workspace.trust.emptyWindow': false,
          'consentry.useProjectConfig': true,
        },
      });
      sessions.push(session);
      log(`restricted-mode zh-cn workbench ready (code-server ${session.server.url})`);
      const { page, wb } = session;

      await scenario('07-restricted-mode-lints-without-executing', async () => {
        await page.locator('.monaco-workbench', { hasText: 'Restricted Mode' }).first().waitFor();
        await wb.openFile('wechat-location/app.js');
        await page.locator(SELECTORS.anySquiggle).first().waitFor();
        await wb.showProblems();
        await wb.problemRow('consentry/no-request-on-launch').first().waitFor();
        // "Restricted Mode: project config is not executed", in the display language.
        const texts = await wb.languageStatusTexts(/受限模式：不执行项目配置/);
        if (existsSync(marker)) throw new Error('the project eslint.config.mjs was executed in an untrusted workspace');
        log(`  status: ${texts[0].replace(/\s+/g, ' ').slice(0, 120)}`);
        await shot('07-restricted-mode-lints-without-executing');
      });

      await scenario('08-chinese-ui', async () => {
        await wb.openFile('wechat-location/app.js');
        // Status counts and the command titles come from the zh-cn bundles.
        await wb.languageStatusTexts(/Consentry: \d+ 个错误，\d+ 个警告/);
        await wb.dismissWidgets();
        await page.keyboard.press('F1');
        await page.locator(SELECTORS.quickInputBox).fill('>Consentry');
        for (const title of ['检查整个工作区', '显示规则文档', '重启服务器']) {
          await page.locator(SELECTORS.quickInputRow, { hasText: `Consentry: ${title}` }).first().waitFor();
        }
        await shot('08-chinese-ui');
        await wb.dismissWidgets();
      });
      log(`stopped code-server's process group (${await session.close()} processes)`);
      sessions.pop();
    }
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    results.push({ name: 'setup', ok: false, error: message });
    log(`✘ setup: ${message}`);
  } finally {
    for (const open of sessions) {
      try {
        log(`stopped code-server's process group (${await open.close()} processes)`);
      } catch (error) {
        results.push({ name: 'cleanup', ok: false, error: String(error) });
      }
    }
    if (results.some((r) => !r.ok)) saveLogs(temp);
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
