// The extension's manifest against the server and itself: every server setting is contributed with the server's
// default and values, every UI string exists in English and 简体中文, activation and the document selector cover
// the files the server lints, the trust capability says what it will not do, and the README's settings table is
// current. (What the extension does in a real VS Code is tested by test/e2e/run.mjs.)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECOMMENDED_FILES } from '../../eslint-plugin/src/configs/recommended.js';
import { DEFAULT_CLIENT_SETTINGS } from '../../language-server/src/protocol.js';
import { normaliseClientSettings } from '../../language-server/src/settings.js';
import { FILE_PATTERNS } from '../../vscode-extension/src/files.js';

const root = join(import.meta.dirname, '..', '..', 'vscode-extension');
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const manifest = readJson('package.json');
const english: Record<string, string> = readJson('package.nls.json');
const chinese: Record<string, string> = readJson('package.nls.zh-cn.json');
const properties: Record<string, { default: unknown; enum?: string[]; items?: { enum?: string[] }; additionalProperties?: { enum?: string[] } }> =
  manifest.contributes.configuration.properties;
const extensionSource = readFileSync(join(root, 'src', 'extension.ts'), 'utf8');
// The glob matcher vscode-languageclient itself uses for document selectors.
const languageClientRequire = createRequire(createRequire(import.meta.url).resolve('vscode-languageclient'));
const { minimatch } = languageClientRequire('minimatch') as { minimatch: (path: string, pattern: string, options?: object) => boolean };

/** 'consent.predicates' → value, for every leaf of the server's settings (objects with free keys are leaves). */
function settingLeaves(value: object, prefix = ''): Array<[string, unknown]> {
  return Object.entries(value).flatMap(([key, v]): Array<[string, unknown]> =>
    v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0 ? settingLeaves(v, `${prefix}${key}.`) : [[`${prefix}${key}`, v]],
  );
}

/** Every %key% placeholder in the manifest. */
function placeholders(value: unknown): string[] {
  if (typeof value === 'string') return [...value.matchAll(/^%(.+)%$/g)].map((m) => m[1]);
  if (Array.isArray(value)) return value.flatMap(placeholders);
  if (value && typeof value === 'object') return Object.values(value).flatMap(placeholders);
  return [];
}

describe('settings', () => {
  const leaves = settingLeaves(DEFAULT_CLIENT_SETTINGS);

  it('contributes every server setting as consentry.<name> with the server default', () => {
    for (const [name, serverDefault] of leaves) {
      expect(properties[`consentry.${name}`], `consentry.${name}`).toBeDefined();
      expect(properties[`consentry.${name}`].default, `consentry.${name}`).toEqual(serverDefault);
    }
  });

  it('contributes no consentry.* setting the server does not read (besides the client trace)', () => {
    const serverNames = new Set(leaves.map(([name]) => `consentry.${name}`));
    const extra = Object.keys(properties).filter((key) => !serverNames.has(key));
    expect(extra).toEqual(['consentry.trace.server']);
  });

  it('offers exactly the values the server accepts', () => {
    const platforms = properties['consentry.platforms'].items!.enum!;
    expect(normaliseClientSettings({ platforms: [...platforms, 'symbian'] }).platforms).toEqual(platforms);
    const severities = properties['consentry.rules'].additionalProperties!.enum!;
    const rules = Object.fromEntries(severities.map((s) => [`rule-${s}`, s]));
    expect(normaliseClientSettings({ rules: { ...rules, bogus: 'fatal' } }).rules).toEqual(rules);
    for (const run of properties['consentry.run'].enum!) expect(normaliseClientSettings({ run }).run).toBe(run);
  });

  it('gives every setting a description', () => {
    for (const [key, schema] of Object.entries(properties) as Array<[string, { description?: string; markdownDescription?: string }]>) {
      expect(schema.description ?? schema.markdownDescription, key).toMatch(/^%.+%$/);
    }
  });
});

describe('UI strings in English and 简体中文', () => {
  it('resolves every %placeholder% of the manifest in both languages', () => {
    const keys = placeholders(manifest);
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys) {
      expect(english[key], key).toBeTruthy();
      expect(chinese[key], key).toBeTruthy();
    }
  });

  it('has the same keys in both files, and the Chinese ones are translated', () => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(chinese)) expect(text, key).toMatch(/[\u4e00-\u9fff]/);
  });

  it('translates every runtime string of the extension (vscode.l10n.t)', () => {
    const used = [...extensionSource.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\'/g, "'"));
    const bundle: Record<string, string> = readJson('l10n/bundle.l10n.zh-cn.json');
    expect(used.length).toBeGreaterThan(10);
    expect(Object.keys(bundle).sort()).toEqual([...new Set(used)].sort());
    for (const [key, text] of Object.entries(bundle)) {
      // Placeholders survive translation.
      expect(text.match(/\{\d\}/g)?.sort() ?? [], key).toEqual(key.match(/\{\d\}/g)?.sort() ?? []);
    }
  });
});

describe('activation and documents', () => {
  it('activates on the source languages and when an app config is in the workspace', () => {
    const events: string[] = manifest.activationEvents;
    for (const language of ['javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'vue']) {
      expect(events).toContain(`onLanguage:${language}`);
    }
    for (const file of ['app.json', 'Info.plist', 'AndroidManifest.xml', 'manifest.json', 'module.json5']) {
      expect(events).toContain(`workspaceContains:**/${file}`);
    }
  });

  it('sends the server every kind of file its recommended config lints', () => {
    const samples = [
      'src/App.tsx',
      'index.js',
      'app.config.ts',
      'src/pages/index/index.vue',
      'pages/index/index.wxml',
      'entry/src/main/ets/pages/Index.ets',
      'ios/App/Info.plist',
      'ios/App/PrivacyInfo.xcprivacy',
      'ios/App/zh-Hans.lproj/InfoPlist.strings',
      'android/app/src/main/AndroidManifest.xml',
      'app.json',
      'manifest.json',
      'androidPrivacy.json',
      'entry/src/main/module.json5',
      'AppScope/app.json5',
      'entry/src/main/resources/base/element/string.json',
    ].map((path) => `/work/app/${path}`);
    for (const path of samples) {
      expect(RECOMMENDED_FILES.some((glob) => minimatch(path, glob, { dot: true })), `server lints ${path}`).toBe(true);
      expect(FILE_PATTERNS.some((glob) => minimatch(path, glob, { dot: true })), `client sends ${path}`).toBe(true);
    }
  });

  it('does not send files the server never lints', () => {
    for (const path of ['/work/app/README.md', '/work/app/ios/GoogleService-Info.plist', '/work/app/tsconfig.json']) {
      expect(FILE_PATTERNS.some((glob) => minimatch(path, glob, { dot: true })), path).toBe(false);
    }
  });
});

describe('commands and trust', () => {
  it('contributes and registers the three commands', () => {
    const commands: Array<{ command: string; title: string }> = manifest.contributes.commands;
    expect(commands.map((c) => c.command)).toEqual(['consentry.checkWorkspace', 'consentry.showRuleDocumentation', 'consentry.restartServer']);
    expect(commands.map((c) => english[c.title.slice(1, -1)])).toEqual(['Check Workspace', 'Show Rule Documentation', 'Restart Server']);
    for (const { command } of commands) expect(extensionSource).toContain(`registerCommand('${command}'`);
  });

  it('supports untrusted workspaces in a limited way and says what it will not do', () => {
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    expect(untrusted.supported).toBe('limited');
    expect(untrusted.restrictedConfigurations).toEqual(['consentry.useProjectConfig']);
    const description = english[untrusted.description.slice(1, -1)];
    expect(description).toMatch(/does not execute/);
    expect(description).toMatch(/eslint\.config/);
    expect(description).toMatch(/still lints statically/);
  });

  it('passes trust and the display language to the server', () => {
    expect(extensionSource).toMatch(/workspaceTrusted: vscode\.workspace\.isTrusted/);
    expect(extensionSource).toMatch(/locale: vscode\.env\.language/);
  });
});

describe('README', () => {
  it('has the current settings table and the screenshot', async () => {
    const { renderReadme } = (await import('../../vscode-extension/scripts/settings-table.mjs')) as { renderReadme: (readme: string) => string };
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(renderReadme(readme)).toBe(readme);
    expect(readme).toContain('](images/screenshot.png)');
    expect(readFileSync(join(root, 'images', 'screenshot.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
