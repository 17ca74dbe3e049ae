// Editor settings reach the rules through `settings.consentry`: consent gates, locales and platforms (rule
// severities and enable are covered in server-mechanics.test.ts).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { normaliseClientSettings, resolveEngineOptions } from '../../language-server/src/settings.js';
import { startInProcess, uriOf, type LspTestClient } from './support/harness.js';
import { lspApp, lspFixtures } from './support/fixtures.js';

let client: LspTestClient;
afterEach(async () => {
  await client?.dispose();
});

describe('consent gates', () => {
  it('a project-specific consent predicate stops the collection finding behind it', async () => {
    const file = lspApp('web-app/src/main.ts');
    const text = `function gdprGate() {\n  return localStorage.getItem('gate') === '1';\n}\nif (gdprGate()) {\n  navigator.geolocation.getCurrentPosition((p) => console.log(p));\n}\n`;
    client = await startInProcess({ folders: [lspFixtures] });
    const before = await client.open(file, text);
    expect(before.diagnostics.map((d) => d.code)).toContain('consentry/no-collection-before-consent');
    const after = client.nextDiagnostics(uriOf(file), (p) => !p.diagnostics.some((d) => d.code === 'consentry/no-collection-before-consent'));
    await client.changeSettings({ consent: { predicates: ['gdprGate'] } });
    expect((await after).diagnostics.map((d) => d.code)).toEqual(['consentry/no-request-on-launch']);
  });
});

describe('locales', () => {
  it('purpose strings must exist in every configured locale', async () => {
    const plist = lspApp('rn-app/ios/LspRn/Info.plist');
    client = await startInProcess({ folders: [lspFixtures], settings: { locales: ['en', 'zh-Hans'] } });
    const { diagnostics } = await client.open(plist);
    const missing = diagnostics.find((d) => d.code === 'consentry/purpose-string-quality');
    expect(missing?.message).toMatch(/NSLocationWhenInUseUsageDescription has no zh-Hans purpose string/);
  });
});

describe('platforms', () => {
  it('checks only the platforms the settings name', async () => {
    const scan = lspApp('rn-app/src/screens/ScanScreen.tsx');
    client = await startInProcess({ folders: [lspFixtures], settings: { platforms: ['android'] } });
    const { diagnostics } = await client.open(scan, readFileSync(scan, 'utf8'));
    const purpose = diagnostics.filter((d) => d.code === 'consentry/require-purpose-string');
    expect(purpose.map((d) => d.message.split(' ')[0])).toEqual(['android.permission.CAMERA']);
  });
});

describe('settings values', () => {
  it('are normalised from whatever JSON the client sends', () => {
    expect(normaliseClientSettings({ enable: 'yes', rules: { a: 'warn', b: 'loud' }, platforms: ['ios', 'mars'], run: 'onSave', consent: { predicates: ['x', 1] } })).toEqual({
      enable: true,
      rules: { a: 'warn' },
      consent: { predicates: ['x'], callbacks: [], dialogs: [], heuristics: true },
      locales: [],
      platforms: ['ios'],
      useProjectConfig: false,
      run: 'onSave',
    });
  });

  it('never resolve a project config in an untrusted workspace', () => {
    const settings = normaliseClientSettings({ useProjectConfig: true });
    const untrusted = resolveEngineOptions(settings, lspFixtures, false);
    expect(untrusted.options.configFile).toBeUndefined();
    expect(untrusted.notice).toMatch(/not trusted/);
    const trustedWithoutConfig = resolveEngineOptions(settings, lspFixtures, true);
    expect(trustedWithoutConfig.options.configFile).toBeUndefined();
    expect(trustedWithoutConfig.notice).toMatch(/No eslint\.config/);
  });
});
