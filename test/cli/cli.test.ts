// `consentry check`: exit codes, ESLint JSON output, SARIF 2.1.0 structure, .gitignore handling, --config,
// --max-warnings, --output-file. In-process through runCli (the bin is a two-line shim around it) plus one run of
// the built bin.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../language-server/src/cli/main.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
let dir: string;

const MALFORMED_PLIST = '<?xml version="1.0"?>\n<plist version="1.0">\n<dict>\n\t<key>CFBundleName</key>\n\t<string>demo\n</dict>\n</plist>\n';
const GOOD_PLIST = '<?xml version="1.0"?>\n<plist version="1.0">\n<dict>\n\t<key>CFBundleName</key>\n\t<string>demo</string>\n</dict>\n</plist>\n';

function write(relativePath: string, text: string): string {
  const file = join(dir, relativePath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'consentry-cli-'));
  write('clean/package.json', '{ "name": "clean" }\n');
  write('clean/src/index.ts', 'export const answer = 42;\n');
  write('clean/ios/App/Info.plist', GOOD_PLIST);

  // An Expo app whose metro.config.js keeps the environment comment older ESLint versions read.
  write('legacy-env/package.json', '{ "name": "legacy-env", "dependencies": { "expo": "54.0.12" } }\n');
  write('legacy-env/metro.config.js', "/* eslint-env node */\nconst { getDefaultConfig } = require('expo/metro-config');\nmodule.exports = getDefaultConfig(__dirname);\n");
  // A vendored jQuery configures a core rule twice (ESLint ignores the second comment and says so).
  write('legacy-env/public/jquery.js', '/* eslint no-unused-expressions: 0 */\nvar a = 1;\n/* eslint no-unused-expressions: 0 */\nvar b = 2;\n');

  // An older React Native app typed with Flow: syntax TypeScript has not (maybe types, exact objects, casts).
  write('flow-app/package.json', '{ "name": "flow-app", "dependencies": { "react-native": "0.63.4", "react-native-device-info": "10.0.0" } }\n');
  write('flow-app/App.js', "// @flow\nimport DeviceInfo from 'react-native-device-info';\ntype Props = {| title: ?string |};\nconst id = DeviceInfo.getUniqueId();\nexport default (props: Props) => (props.title: any);\n");
  write('flow-app/src/util.js', "// @flow\nexport const clamp = (n: ?number, max: number = 9): number => Math.min((n: any), max);\n");

  write('broken/package.json', '{ "name": "broken" }\n');
  write('broken/src/index.ts', 'export const answer = 42;\n');
  write('broken/ios/App/Info.plist', MALFORMED_PLIST);

  // Ignored copies of the malformed file: root .gitignore, a nested .gitignore, node_modules.
  write('ignored/.gitignore', 'build-output/\n');
  write('ignored/build-output/ios/Info.plist', MALFORMED_PLIST);
  write('ignored/sub/.gitignore', 'secret/\n!keep/\n');
  write('ignored/sub/secret/ios/Info.plist', MALFORMED_PLIST);
  write('ignored/node_modules/some-sdk/ios/Info.plist', MALFORMED_PLIST);
  write('ignored/src/app.ts', 'export const ok = true;\n');
  mkdirSync(join(dir, 'ignored/.git'), { recursive: true });
  // A uni-app project whose .gitignore hides every .json, manifest.json (committed, so tracked) included (tp-app-uniapp).
  write('json-ignored/.gitignore', '*.json\n');
  write('json-ignored/manifest.json', JSON.stringify({ name: 'tp', 'app-plus': { distribute: { android: { permissions: ['<uses-permission android:name=\"android.permission.CAMERA\"/>'] } } } }));
  write('json-ignored/pages.json', JSON.stringify({ pages: [{ path: 'pages/index/index' }] }));
  write('json-ignored/App.vue', '<script>\nexport default { onLaunch() {} }\n</script>\n');
  write('json-ignored/pages/index/index.vue', '<template><view /></template>\n');
  write('json-ignored/static/data.json', '{ "rows": [] }\n');

  write(
    'project-config/eslint.config.mjs',
    `const plugin = { rules: { 'warn-me': { meta: { type: 'suggestion', docs: { description: 'Test warning', url: 'https://example.test/warn-me', regulations: ['TEST'] }, schema: [] },
  create: (context) => ({ Program(node) { context.report({ node, message: 'a test warning' }); } }) } } };
export default [{ files: ['**/*.ts'], plugins: { consentry: plugin }, rules: { 'consentry/warn-me': 'warn', 'no-debugger': 'error' } }];
`,
  );
  write('project-config/src/a.ts', 'debugger;\nexport const a = 1;\n');
  write('bad-config/eslint.config.mjs', 'throw new Error("config exploded");\n');
  write('bad-config/src/a.ts', 'export const a = 1;\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exit codes', () => {
  it('0 when nothing is found', async () => {
    const result = await cli('check', 'clean');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('');
  });

  it('0 for a legacy /* eslint-env */ comment and a core rule configured twice: ESLint complains, but it says nothing about privacy', async () => {
    const result = await cli('check', 'legacy-env', '--format', 'json');
    expect(result.code).toBe(0);
    const reports = JSON.parse(result.stdout) as { filePath: string; messages: unknown[]; errorCount: number }[];
    expect(reports.map((r) => r.filePath).sort()).toEqual([join(dir, 'legacy-env/metro.config.js'), join(dir, 'legacy-env/public/jquery.js')]);
    for (const report of reports) expect(report).toMatchObject({ messages: [], errorCount: 0 });
  });

  it('Flow-typed files are checked, not failed with a parse error: the one finding is the real one', async () => {
    const result = await cli('check', 'flow-app', '--format', 'json');
    const reports = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string | null; line: number; column: number }[] }[];
    const messages = reports.flatMap((report) => report.messages.map((message) => ({ file: report.filePath.slice(dir.length + 1), ...message })));
    expect(messages).toMatchObject([{ file: 'flow-app/App.js', ruleId: 'consentry/no-collection-before-consent', line: 4, column: 12 }]);
    expect(messages).toHaveLength(1);
    expect(result.code).toBe(1);
  });

  it('1 when a file has an error: a malformed config file is a finding on that file, not a crash', async () => {
    const result = await cli('check', 'broken');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(join(dir, 'broken/ios/App/Info.plist'));
    expect(result.stdout).toMatch(/error\s+Parsing error/);
  });

  it('2 for usage errors', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('lint', 'clean')).code).toBe(2);
    expect((await cli('check', '--format', 'xml', 'clean')).code).toBe(2);
    expect((await cli('check', '--max-warnings', 'many', 'clean')).code).toBe(2);
    expect((await cli('check', '--no-such-flag')).code).toBe(2);
    const missing = await cli('check', 'does-not-exist');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no files match "does-not-exist"');
  });

  it('2 when the ESLint config cannot be loaded', async () => {
    expect((await cli('check', 'bad-config', '--config', 'bad-config/missing.config.mjs')).code).toBe(2);
    const broken = await cli('check', 'bad-config', '--config', 'bad-config/eslint.config.mjs');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('config exploded');
  });

  it('0 for --help and --version', async () => {
    expect((await cli('--help')).stdout).toContain('Usage: consentry check');
    expect((await cli('--version')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('--config and --max-warnings', () => {
  it('uses the project config on request, runs only Consentry rules, and counts warnings against the maximum', async () => {
    const json = await cli('check', 'project-config/src', '--config', 'project-config/eslint.config.mjs', '--format', 'json');
    expect(json.code).toBe(0);
    const results = JSON.parse(json.stdout) as Array<{ messages: Array<{ ruleId: string; severity: number }> }>;
    // no-debugger is enabled by that config, but it is not a Consentry rule.
    expect(results.flatMap((r) => r.messages.map((m) => [m.ruleId, m.severity]))).toEqual([['consentry/warn-me', 1]]);
    expect((await cli('check', 'project-config/src', '--config', 'project-config/eslint.config.mjs', '--max-warnings', '1')).code).toBe(0);
    const tooMany = await cli('check', 'project-config/src', '--config', 'project-config/eslint.config.mjs', '--max-warnings', '0');
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toContain('too many warnings (maximum: 0)');
  });
});

describe('file selection', () => {
  it('honours .gitignore at every level and skips node_modules', async () => {
    const result = await cli('check', 'ignored', '--format', 'json');
    expect(result.code).toBe(0);
    const files = (JSON.parse(result.stdout) as Array<{ filePath: string }>).map((r) => r.filePath);
    expect(files).toEqual([join(dir, 'ignored/src/app.ts')]);
  });

  it("checks an app's config file though .gitignore matches it: the project model reads it anyway (tp-app-uniapp)", async () => {
    const result = await cli('check', 'json-ignored', '--format', 'json');
    const files = (JSON.parse(result.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>).map((r) => [r.filePath, r.messages.map((m) => m.ruleId)] as const);
    expect(files.map(([file]) => file).sort()).toEqual([join(dir, 'json-ignored/App.vue'), join(dir, 'json-ignored/manifest.json'), join(dir, 'json-ignored/pages/index/index.vue')]);
    expect(Object.fromEntries(files)[join(dir, 'json-ignored/manifest.json')]).toContain('consentry/require-privacy-check');
  });

  it('--no-gitignore checks ignored files too (node_modules still skipped)', async () => {
    const result = await cli('check', 'ignored', '--no-gitignore', '--format', 'json');
    expect(result.code).toBe(1);
    const files = (JSON.parse(result.stdout) as Array<{ filePath: string }>).map((r) => r.filePath).sort();
    expect(files).toEqual([join(dir, 'ignored/build-output/ios/Info.plist'), join(dir, 'ignored/src/app.ts'), join(dir, 'ignored/sub/secret/ios/Info.plist')]);
  });

  it('checks a file named on the command line, and globs', async () => {
    expect((await cli('check', 'broken/ios/App/Info.plist')).code).toBe(1);
    const globbed = await cli('check', '**/src/*.ts', '--format', 'json');
    const files = (JSON.parse(globbed.stdout) as Array<{ filePath: string }>).map((r) => r.filePath);
    expect(files).toContain(join(dir, 'clean/src/index.ts'));
    expect(files.every((f) => f.endsWith('.ts'))).toBe(true);
  });
});

describe('output formats', () => {
  it('json is ESLint’s result format', async () => {
    const { stdout } = await cli('check', 'broken', '--format', 'json');
    const results = JSON.parse(stdout) as Array<Record<string, unknown>>;
    const plist = results.find((r) => (r.filePath as string).endsWith('Info.plist'))!;
    expect(plist).toMatchObject({
      errorCount: 1,
      fatalErrorCount: 1,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      suppressedMessages: [],
      usedDeprecatedRules: [],
    });
    expect(plist.messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true, severity: 2, line: expect.any(Number), column: expect.any(Number) })]);
  });

  it('sarif is SARIF 2.1.0 as GitHub code scanning reads it', async () => {
    const { stdout, code } = await cli('check', 'broken', 'project-config/src', '--format', 'sarif', '--config', 'project-config/eslint.config.mjs');
    expect(code).toBe(0); // project config: *.ts only, so the plist is not checked
    const log = JSON.parse(stdout);
    validateSarif(log);
    const run = log.runs[0];
    expect(run.tool.driver.rules).toEqual([
      expect.objectContaining({ id: 'consentry/warn-me', helpUri: 'https://example.test/warn-me', defaultConfiguration: { level: 'warning' } }),
    ]);
    expect(run.results[0]).toMatchObject({
      ruleId: 'consentry/warn-me',
      level: 'warning',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'project-config/src/a.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 1 } } }],
    });

    const zeroConfig = JSON.parse((await cli('check', 'broken', '--format', 'sarif')).stdout);
    validateSarif(zeroConfig);
    expect(zeroConfig.runs[0].results).toEqual([
      expect.objectContaining({ ruleId: 'consentry/parse-error', level: 'error', locations: [expect.objectContaining({})] }),
    ]);
  });

  it('--output-file writes the report to a file', async () => {
    const out = join(dir, 'reports/out.sarif');
    const result = await cli('check', 'broken', '--format', 'sarif', '--output-file', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    validateSarif(JSON.parse(readFileSync(out, 'utf8')));
  });
});

/** The parts of SARIF 2.1.0 that GitHub code scanning requires or uses, checked field by field. */
function validateSarif(log: any): void {
  expect(log.version).toBe('2.1.0');
  expect(log.$schema).toMatch(/sarif-2\.1\.0/);
  expect(Array.isArray(log.runs) && log.runs.length).toBe(1);
  for (const run of log.runs) {
    const driver = run.tool?.driver;
    expect(typeof driver.name).toBe('string');
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Array.isArray(driver.rules)).toBe(true);
    const ids = new Set<string>();
    for (const rule of driver.rules) {
      expect(typeof rule.id).toBe('string');
      expect(ids.has(rule.id)).toBe(false);
      ids.add(rule.id);
      expect(typeof rule.shortDescription.text).toBe('string');
      expect(typeof rule.fullDescription.text).toBe('string');
      if (rule.helpUri !== undefined) expect(() => new URL(rule.helpUri)).not.toThrow();
      expect(['error', 'warning', 'note', 'none']).toContain(rule.defaultConfiguration.level);
      expect(Array.isArray(rule.properties.tags)).toBe(true);
    }
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
    for (const result of run.results) {
      expect(typeof result.ruleId).toBe('string');
      expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(['error', 'warning', 'note', 'none']).toContain(result.level);
      expect(typeof result.message.text).toBe('string');
      expect(result.locations).toHaveLength(1);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(artifactLocation.uri).not.toMatch(/^\//);
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
      if (region.endLine !== undefined) expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
      expect(result.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:\d+$/);
    }
  }
}

describe('the built bin', () => {
  const bin = join(repo, 'language-server/bin/consentry.js');
  it.runIf(existsSync(join(repo, 'language-server/dist/cli/main.js')))('runs the same checks and exits with the same code', () => {
    const run = spawnSync(process.execPath, [bin, 'check', 'broken', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toHaveLength(2);
    expect(spawnSync(process.execPath, [bin, 'check', 'clean'], { cwd: dir, encoding: 'utf8' }).status).toBe(0);
  });
});
