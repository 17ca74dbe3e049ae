// Diagnostics for each ecosystem with the real plugin, and the editor = PR gate promise: for every file of every
// fixture app, the server publishes exactly the findings `consentry check` reports.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { LintEngine } from '../../language-server/src/lint/engine.js';
import { collectFiles } from '../../language-server/src/lint/files.js';
import { startInProcess, type LspTestClient } from './support/harness.js';
import { appFixtures, lspApp, lspFixtures } from './support/fixtures.js';

const ECOSYSTEMS = [
  { ecosystem: 'React Native', file: lspApp('rn-app/src/screens/ScanScreen.tsx'), rule: 'consentry/require-purpose-string', text: 'NSCameraUsageDescription' },
  { ecosystem: 'Expo', file: lspApp('expo-app/app/index.tsx'), rule: 'consentry/require-purpose-string', text: 'NSUserTrackingUsageDescription' },
  { ecosystem: 'WeChat mini-program', file: lspApp('wechat-app/pages/index/index.js'), rule: 'consentry/require-purpose-string', text: 'scope.userLocation' },
  { ecosystem: 'WeChat WXML template', file: lspApp('wechat-app/pages/privacy/privacy.wxml'), rule: 'consentry/no-preselected-consent', text: 'starts ticked' },
  { ecosystem: 'uni-app (Vue SFC)', file: lspApp('uniapp-app/pages/index/index.vue'), rule: 'consentry/require-purpose-string', text: 'requiredPrivateInfos "getLocation"' },
  { ecosystem: 'Taro', file: lspApp('taro-app/src/pages/index/index.tsx'), rule: 'consentry/require-purpose-string', text: 'src/app.config.ts' },
  { ecosystem: 'HarmonyOS (.ets)', file: lspApp('harmony-app/entry/src/main/ets/pages/ScanUtil.ets'), rule: 'consentry/require-purpose-string', text: 'ohos.permission.CAMERA' },
  { ecosystem: 'Capacitor', file: lspApp('capacitor-app/src/receipt.ts'), rule: 'consentry/require-purpose-string', text: 'ios/App/App/Info.plist' },
  { ecosystem: 'Web', file: lspApp('web-app/src/main.ts'), rule: 'consentry/no-collection-before-consent', text: 'navigator.geolocation.getCurrentPosition' },
] as const;

const engine = new LintEngine();
let client: LspTestClient;

beforeAll(async () => {
  client = await startInProcess({ folders: [lspFixtures, appFixtures] });
});
afterAll(async () => {
  await client.dispose();
});

/** The comparable part of a finding: rule, 1-based position, severity. */
const key = (ruleId: string | null | undefined, line: number, column: number, severity: number) => `${ruleId ?? 'fatal'}@${line}:${column}#${severity}`;
const fromDiagnostic = (d: Diagnostic) =>
  key(d.code as string | undefined, d.range.start.line + 1, d.range.start.character + 1, d.severity === DiagnosticSeverity.Warning ? 1 : 2);

async function cliFindings(file: string): Promise<string[]> {
  const [result] = await engine.lintFiles([file]);
  return result!.messages.map((m) => key(m.ruleId, m.line, m.column, m.severity)).sort();
}

describe.each(ECOSYSTEMS)('$ecosystem', ({ file, rule, text }) => {
  it(`publishes ${rule} with code, docs link, source, severity and regulations`, async () => {
    const { diagnostics, version } = await client.open(file);
    expect(version).toBe(1);
    const found = diagnostics.filter((d) => d.code === rule);
    expect(found.length).toBeGreaterThan(0);
    const info = engine.ruleInfo(rule)!;
    expect(info.regulations.length).toBeGreaterThan(0);
    const diagnostic = found.find((d) => d.message.includes(text));
    expect(diagnostic, `a ${rule} diagnostic mentioning ${text}`).toBeDefined();
    expect(diagnostic).toMatchObject({
      source: 'consentry',
      code: rule,
      codeDescription: { href: info.url },
      severity: info.recommended === 'warn' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
      data: { ruleId: rule, version: 1, regulations: info.regulations, docsUrl: info.url },
    });
    expect(info.url).toMatch(new RegExp(`rules-docs/${rule.slice('consentry/'.length)}\\.md$`));
    expect(diagnostic!.message.endsWith(`[${info.regulations.join('; ')}]`)).toBe(true);
    // The editor and the PR gate agree on the whole file.
    expect(diagnostics.map(fromDiagnostic).sort()).toEqual(await cliFindings(file));
  });
});

describe('config files', () => {
  it('are linted as documents too (Info.plist, AndroidManifest.xml, manifest.json, module.json5)', async () => {
    const files = [
      lspApp('rn-app/ios/LspRn/Info.plist'),
      lspApp('rn-app/android/app/src/main/AndroidManifest.xml'),
      lspApp('uniapp-app/manifest.json'),
      lspApp('harmony-app/entry/src/main/module.json5'),
    ];
    let total = 0;
    for (const file of files) {
      const { diagnostics } = await client.open(file);
      expect(diagnostics.map(fromDiagnostic).sort(), relative(lspFixtures, file)).toEqual(await cliFindings(file));
      total += diagnostics.length;
    }
    expect(total).toBeGreaterThan(0);
  });
});

describe('every fixture app', () => {
  it('gets the same findings in the editor as from `consentry check`', async () => {
    const apps = readdirSync(appFixtures).map((name) => join(appFixtures, name));
    const { files } = await collectFiles(apps, { cwd: appFixtures, isLintable: (f) => engine.isLintable(f) });
    expect(files.length).toBeGreaterThan(20);
    const results = await engine.lintFiles(files);
    const withFindings = results.filter((r) => r.messages.length > 0);
    expect(withFindings.length).toBeGreaterThan(0);
    for (const result of withFindings) {
      const { diagnostics } = await client.open(result.filePath);
      const expected = result.messages.map((m) => key(m.ruleId, m.line, m.column, m.severity)).sort();
      expect(diagnostics.map(fromDiagnostic).sort(), relative(appFixtures, result.filePath)).toEqual(expected);
    }
  });
});
