// code-server in a sandbox: every folder it (and the extension host, and the language server) writes to is inside
// the run's temporary folder, and the whole process group is ended by stop().
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** Folders and environment of one run, all under `temp`. */
export function sandbox(temp) {
  const dirs = {
    home: join(temp, 'home'),
    userData: join(temp, 'user-data'),
    extensions: join(temp, 'extensions'),
    config: join(temp, 'xdg-config'),
    data: join(temp, 'xdg-data'),
    cache: join(temp, 'xdg-cache'),
    runtime: join(temp, 'xdg-runtime'),
    tmp: join(temp, 'tmp'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    LANG: 'C.UTF-8',
    HOME: dirs.home,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    XDG_RUNTIME_DIR: dirs.runtime,
    TMPDIR: dirs.tmp,
  };
  return { dirs, env };
}

/** VS Code user settings for a quiet, deterministic workbench (see shared/reference/vscode-e2e.md). */
export function writeUserSettings(userData, extra = {}) {
  const settings = {
    // Without this the extension never activates (Restricted Mode).
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'chat.disableAIFeatures': true,
    // Only Consentry's diagnostics: the fixture apps have no node_modules, so TS would report missing modules.
    'javascript.validate.enable': false,
    'typescript.validate.enable': false,
    'json.validate.enable': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    // A quick fix must change the other file in memory only: the test proves the squiggle goes without saving.
    'files.refactoring.autoSave': false,
    'files.autoSave': 'off',
    'editor.minimap.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'window.commandCenter': false,
    ...extra,
  };
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function installExtension({ node, entry, vsix, dirs, env }) {
  const result = spawnSync(
    node,
    [entry, '--install-extension', vsix, '--force', '--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData],
    { env, encoding: 'utf8', cwd: dirs.tmp },
  );
  if (result.status !== 0) throw new Error(`installing ${vsix} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout.trim();
}

/** Start code-server detached (its own process group) and wait until /healthz answers. `trust`: keep workspace trust on. */
export async function startCodeServer({ node, entry, dirs, env, logFile, trust = false, locale, timeoutMs = 30_000 }) {
  const port = await freePort();
  const log = openSync(logFile, 'a');
  const child = spawn(
    node,
    [
      entry,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      // Workspace trust stays off unless a scenario is about Restricted Mode.
      ...(trust ? [] : ['--disable-workspace-trust']),
      // The display language VS Code reports to extensions (vscode.env.language).
      ...(locale ? ['--locale', locale] : []),
      '--ignore-last-opened',
      '--user-data-dir',
      dirs.userData,
      '--extensions-dir',
      dirs.extensions,
    ],
    { env, cwd: dirs.tmp, detached: true, stdio: ['ignore', log, log] },
  );
  let exited = false;
  child.on('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited during start-up; see ${logFile}`);
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, url, port, isRunning: () => !exited };
}

/** Every live pid whose process group is `pgid` (code-server, its extension host, the language server …). */
export function processGroupMembers(pgid) {
  const members = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name (which may contain spaces) start at the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') members.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return members;
}

/** End the process group: SIGTERM, then SIGKILL for anything still there. Returns pids that survived (none). */
export async function stopProcessGroup(pgid, graceMs = 3000) {
  const signal = (name) => {
    try {
      process.kill(-pgid, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (processGroupMembers(pgid).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  if (processGroupMembers(pgid).length > 0) signal('SIGKILL');
  const killDeadline = Date.now() + 2000;
  while (processGroupMembers(pgid).length > 0 && Date.now() < killDeadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return processGroupMembers(pgid);
}

/** Pids in the process group whose command line contains `needle` (e.g. the language server's bundle). */
export function processesRunning(pgid, needle) {
  return processGroupMembers(pgid).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle);
    } catch {
      return false;
    }
  });
}
