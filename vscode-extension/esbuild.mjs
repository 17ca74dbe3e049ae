// Builds everything the extension runs into dist/, so nothing is installed at run time:
//   dist/extension.js  the client (CommonJS, `vscode` external)
//   dist/server.mjs    the language server with ESLint, the Consentry plugin and its parsers (ESM)
//   dist/docs/         the rule documentation (rules-docs/, English and zh-CN) for "Show Rule Documentation"
// Sources are bundled straight from TypeScript (language-server/src, eslint-plugin/src): no tsc build needed.
//
//   node esbuild.mjs [--production] [--watch]
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const dist = join(here, 'dist');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const require = createRequire(import.meta.url);

/** The workspace packages, bundled from source. */
const WORKSPACE_SOURCES = {
  'eslint-plugin-consentry': join(repo, 'eslint-plugin', 'src', 'index.ts'),
  'eslint-plugin-consentry/core': join(repo, 'eslint-plugin', 'src', 'core', 'index.ts'),
};
const FIRST_PARTY_DIRS = [join(repo, 'eslint-plugin', 'src'), join(repo, 'language-server', 'src')];

const workspaceSourcesPlugin = {
  name: 'workspace-sources',
  setup(build) {
    build.onResolve({ filter: /^eslint-plugin-consentry(\/core)?$/ }, (args) => ({ path: WORKSPACE_SOURCES[args.path] }));
  },
};

// Modules our own sources load at run time with `createRequire(import.meta.url)` (lazily, to keep start-up fast,
// or because ESLint does not export them). In the bundle there is no node_modules to load them from, so such
// require functions are replaced by one that serves the bundled copies. A specifier missing here fails loudly.
const ESLINT_ROOT = dirname(require.resolve('eslint/package.json'));
const BUNDLED_ESLINT_ROOT = '/bundled/node_modules/eslint';
// The JSX entity table of typescript-estree (language-server/src/lint/fast-parser.ts decodes JSX text with it).
const TS_ESTREE_ROOT = dirname(dirname(require.resolve('@typescript-eslint/typescript-estree', { paths: [join(repo, 'language-server')] })));
const BUNDLED_TS_ESTREE_ROOT = '/bundled/node_modules/@typescript-eslint/typescript-estree';
const RUNTIME_REQUIRE_MODULE = `
import typescript from 'typescript';
import eslintJsLanguage from ${JSON.stringify(join(ESLINT_ROOT, 'lib', 'languages', 'js', 'index.js'))};
import xhtmlEntities from ${JSON.stringify(join(TS_ESTREE_ROOT, 'dist', 'jsx', 'xhtml-entities.js'))};
import { createRequire } from 'node:module';
const modules = new Map([
  ['typescript', typescript],
  [${JSON.stringify(`${BUNDLED_ESLINT_ROOT}/lib/languages/js/index.js`)}, eslintJsLanguage],
  [${JSON.stringify(`${BUNDLED_TS_ESTREE_ROOT}/dist/jsx/xhtml-entities.js`)}, xhtmlEntities],
]);
const paths = new Map([
  ['eslint/package.json', ${JSON.stringify(`${BUNDLED_ESLINT_ROOT}/package.json`)}],
  ['@typescript-eslint/typescript-estree', ${JSON.stringify(`${BUNDLED_TS_ESTREE_ROOT}/dist/index.js`)}],
]);
const nodeRequire = createRequire(import.meta.url);
function isBuiltin(id) {
  return id.startsWith('node:') || nodeRequire('node:module').builtinModules.includes(id);
}
export function bundledRequire(id) {
  if (modules.has(id)) return modules.get(id);
  if (isBuiltin(id)) return nodeRequire(id);
  throw new Error('consentry bundle: ' + id + ' is not bundled (add it to RUNTIME_REQUIRE_MODULE in vscode-extension/esbuild.mjs)');
}
bundledRequire.resolve = (id) => {
  if (paths.has(id)) return paths.get(id);
  if (modules.has(id)) return id;
  throw new Error('consentry bundle: cannot resolve ' + id + ' in the bundle');
};
`;
const CREATE_REQUIRE_CALL = /\bcreateRequire\(\s*import\.meta\.url\s*\)/g;

const runtimeRequirePlugin = {
  name: 'runtime-require',
  setup(build) {
    build.onResolve({ filter: /^consentry:runtime-require$/ }, () => ({ path: 'runtime-require', namespace: 'consentry' }));
    build.onLoad({ filter: /.*/, namespace: 'consentry' }, () => ({ contents: RUNTIME_REQUIRE_MODULE, resolveDir: here, loader: 'js' }));
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!FIRST_PARTY_DIRS.some((dir) => args.path.startsWith(dir + '/'))) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('createRequire(')) return undefined;
      const contents = `import { bundledRequire as __consentryBundledRequire } from 'consentry:runtime-require';\n${source.replace(
        CREATE_REQUIRE_CALL,
        '__consentryBundledRequire',
      )}`;
      return { contents, loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};

// CommonJS dependencies (ESLint, TypeScript, …) inside an ESM bundle still call require() for Node built-ins and
// read __filename / __dirname.
const ESM_BANNER = [
  "import { createRequire as __consentryCreateRequire } from 'node:module';",
  "import { fileURLToPath as __consentryFileURLToPath } from 'node:url';",
  "import { dirname as __consentryDirname } from 'node:path';",
  'const require = __consentryCreateRequire(import.meta.url);',
  'const __filename = __consentryFileURLToPath(import.meta.url);',
  'const __dirname = __consentryDirname(__filename);',
].join('\n');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  // Dependencies' own `require(variable)` calls are on paths the server does not take (formatters, workers).
  logOverride: { 'require-resolve-not-external': 'silent', 'unsupported-require-call': 'silent', 'unsupported-dynamic-import': 'silent' },
  metafile: true,
};

const builds = [
  {
    ...common,
    entryPoints: { extension: join(here, 'src', 'extension.ts') },
    outdir: dist,
    format: 'cjs',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: { server: join(repo, 'language-server', 'src', 'main.ts') },
    outdir: dist,
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    banner: { js: ESM_BANNER },
    // ESLint loads `jiti` only for eslint.config.ts files; a TypeScript project config is not supported in the editor.
    // oxc-parser is native: it is copied next to the bundle (copyNativeParser) and loaded from there.
    external: ['jiti', 'oxc-parser'],
    plugins: [workspaceSourcesPlugin, runtimeRequirePlugin],
  },
];

function copyDocs() {
  const docs = join(repo, 'rules-docs');
  rmSync(join(dist, 'docs'), { recursive: true, force: true });
  if (existsSync(docs)) cpSync(docs, join(dist, 'docs'), { recursive: true, filter: (src) => !src.endsWith('.DS_Store') });
}

/**
 * oxc-parser (the server's fast JS/TS parser) and the native binding npm installed for this platform, as
 * dist/node_modules, so `import('oxc-parser')` in dist/server.mjs finds them. On a platform whose binding is not in
 * the package, the import fails and the server parses with the bundled TypeScript parser (same findings, slower).
 */
function copyNativeParser() {
  const target = join(dist, 'node_modules');
  rmSync(target, { recursive: true, force: true });
  const oxcRoot = dirname(require.resolve('oxc-parser/package.json', { paths: [join(repo, 'language-server')] }));
  const runtimeFiles = (src) => !/\.(?:wasm|d\.ts|d\.mts|map)$|workerd|webcontainer/.test(src);
  cpSync(oxcRoot, join(target, 'oxc-parser'), { recursive: true, dereference: true, filter: runtimeFiles });
  const scope = join(dirname(oxcRoot), '@oxc-parser');
  const bindings = existsSync(scope) ? readdirSync(scope).filter((name) => name.startsWith('binding-')) : [];
  for (const binding of bindings) cpSync(join(scope, binding), join(target, '@oxc-parser', binding), { recursive: true, dereference: true });
  if (bindings.length === 0) process.stderr.write('[esbuild] no oxc-parser binding installed: the bundle will parse with TypeScript\n');
}

function report(result, started) {
  const outputs = Object.entries(result.metafile.outputs).filter(([file]) => !file.endsWith('.map'));
  const sizes = outputs.map(([file, out]) => `${relative(here, file)} ${(out.bytes / 1e6).toFixed(1)} MB`);
  process.stderr.write(`[esbuild] ${sizes.join(', ')} in ${Date.now() - started} ms${production ? ' (production)' : ''}\n`);
}

if (!watch) rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
copyDocs();
copyNativeParser();
if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  process.stderr.write('[esbuild] watching\n');
} else {
  const started = Date.now();
  for (const options of builds) report(await esbuild.build(options), started);
}
