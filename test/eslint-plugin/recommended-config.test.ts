import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ESLint, type Linter } from 'eslint';
import plugin from '../../eslint-plugin/src/index.js';
import { createRecommendedConfig } from '../../eslint-plugin/src/configs/recommended.js';
import { createRule, type ConsentryDocs } from '../../eslint-plugin/src/util/create-rule.js';
import { writeProject } from './languages/lint-helpers.js';

/** A rule that reports the root node of whatever file it runs on. */
function rootReporter(name: string, docs: Pick<ConsentryDocs, 'fileKind' | 'languages'>) {
  return createRule({
    name,
    meta: {
      type: 'problem',
      docs: { description: 'Report the file', recommended: 'warn', regulations: [], ...docs },
      schema: [],
      messages: { seen: 'seen' },
    },
    defaultOptions: [],
    create(context) {
      const report = (node: unknown) => context.report({ node: node as never, messageId: 'seen' });
      return { Program: report, XMLDocument: report, StringsDocument: report, WXMLDocument: report, Document: report };
    },
  });
}

const FILES: Record<string, string> = {
  'src/App.tsx': 'export const App = () => <div />;\n',
  'src/pages/index.vue': '<template><view /></template>\n<script setup lang="ts">\nconst a: number = 1;\n</script>\n',
  'entry/src/main/ets/entryability/EntryAbility.ets': 'export default class EntryAbility { onCreate(): void {} }\n',
  'ios/App/Info.plist': '<plist><dict><key>A</key><string>b</string></dict></plist>\n',
  'ios/App/zh-Hans.lproj/InfoPlist.strings': '"A" = "b";\n',
  'app.json': '{ "expo": { "name": "demo" } }\n',
  'entry/src/main/module.json5': "{ module: { name: 'entry' } }\n",
  'pages/index/index.wxml': '<view><checkbox checked/></view>\n',
};

async function whoRunsWhere() {
  const rules = {
    'source-rule': rootReporter('source-rule', { fileKind: 'source' }),
    'config-rule': rootReporter('config-rule', { fileKind: 'config' }),
    'template-rule': rootReporter('template-rule', { fileKind: 'source', languages: ['wxml'] }),
  };
  const testPlugin = { ...plugin, rules } as never;
  const config = createRecommendedConfig(testPlugin, {
    'source-rule': { severity: 'error', fileKind: 'source' },
    'config-rule': { severity: 'warn', fileKind: 'config' },
    'template-rule': { severity: 'error', fileKind: 'source' },
  });
  const root = writeProject(FILES);
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [config] });
  const results = await eslint.lintFiles(['.']);
  return Object.fromEntries(
    results.map((r) => [r.filePath.slice(root.length + 1), [...new Set(r.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`))].sort()]),
  );
}

describe('recommended config', () => {
  it('keeps each rule to the languages it handles: sources run everything, config files only config rules, WXML only template rules', async () => {
    expect(await whoRunsWhere()).toEqual({
      'src/App.tsx': ['consentry/config-rule', 'consentry/source-rule', 'consentry/template-rule'],
      'src/pages/index.vue': ['consentry/config-rule', 'consentry/source-rule', 'consentry/template-rule'],
      'entry/src/main/ets/entryability/EntryAbility.ets': ['consentry/config-rule', 'consentry/source-rule', 'consentry/template-rule'],
      'ios/App/Info.plist': ['consentry/config-rule'],
      'ios/App/zh-Hans.lproj/InfoPlist.strings': ['consentry/config-rule'],
      'app.json': ['consentry/config-rule'],
      'entry/src/main/module.json5': ['consentry/config-rule'],
      'pages/index/index.wxml': ['consentry/template-rule'],
    });
  });

  it('works as `export default [consentry.configs.recommended]` and as a spread, and parses each file kind with its language', async () => {
    const root = writeProject({
      'ios/App/Info.plist': '<plist><dict></plist>',
      'ios/App/zh-Hans.lproj/InfoPlist.strings': '"A" = ',
      'app.json': '{ "expo": ',
      'manifest.json': '{ // uni-app\n "name": "x", }',
      'entry/src/main/module.json5': "{ module: { name: 'entry' } }",
      'entry/src/main/resources/base/element/string.json': '{ "string": [ ',
      'pages/index/index.wxml': '<view><checkbox checked/></view>',
      'src/App.tsx': 'export const App = () => <div />;\n',
      'src/util.ts': 'export const cast = <T,>(x: unknown) => x as T;\nexport const n = <number>(1 as unknown);\n',
      'src/pages/index.vue': '<template><view /></template>\n<script setup lang="ts">\nconst a: number = 1;\n</script>\n',
      // Vue's compiler reads lang="ts" as TypeScript without JSX: an angle-bracket cast is valid there (tigshop-uniapp).
      'src/pages/cast.vue': '<template><view>{{ n }}</view></template>\n<script setup lang="ts">\nimport { ref } from "vue";\nconst instance = <any>ref({});\nconst n = ref(<any>{ a: 1 });\n</script>\n',
      'src/pages/render.vue': '<script lang="tsx">\nexport default { render() { return <div class="a" />; } };\n</script>\n',
      'src/pages/options.vue': '<script>\nexport default { render(h) { return <div>{this.n}</div>; } };\n</script>\n',
      'entry/src/main/ets/pages/Index.ets': '@Entry\n@Component\nstruct Index { build() { Column() {} } }\n',
    });
    const expected = {
      'ios/App/Info.plist': 1,
      'ios/App/zh-Hans.lproj/InfoPlist.strings': 1,
      'app.json': 1,
      'manifest.json': 0,
      'entry/src/main/module.json5': 0,
      'entry/src/main/resources/base/element/string.json': 1,
      'pages/index/index.wxml': 0,
      'src/App.tsx': 0,
      'src/util.ts': 0,
      'src/pages/index.vue': 0,
      'src/pages/cast.vue': 0,
      'src/pages/render.vue': 0,
      'src/pages/options.vue': 0,
      'entry/src/main/ets/pages/Index.ets': 0,
    };
    for (const overrideConfig of [[plugin.configs.recommended], [...plugin.configs.recommended], plugin.configs.recommended]) {
      const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: overrideConfig as Linter.Config[] });
      const results = await eslint.lintFiles(['.']);
      const fatal = Object.fromEntries(results.map((r) => [r.filePath.slice(root.length + 1), r.messages.filter((m) => m.fatal).length]));
      expect(fatal).toEqual(expected);
    }
  });

  it('declares no TypeScript lib globals in scope analysis unless parserOptions.lib asks for them; ESLint’s own globals stay', async () => {
    const root = writeProject({
      'src/App.tsx': 'export const table: Record<string, number> = {};\nexport const later = Promise.resolve(table);\n',
      'src/util.js': 'export const later = Promise.resolve(1);\n',
      'src/pages/index.vue': '<template><view /></template>\n<script setup lang="ts">\nconst key: PropertyKey = 1;\n</script>\n',
    });
    // Which of the names each file's global scope declares.
    const probed = ['Promise', 'Record', 'PropertyKey', 'Partial'];
    const declared: Record<string, string[]> = {};
    const probe = {
      rules: {
        globals: {
          create(context: { filename: string; sourceCode: { scopeManager: { globalScope: { set: Map<string, unknown> } | null } } }) {
            const set = context.sourceCode.scopeManager.globalScope?.set ?? new Map();
            declared[context.filename.slice(root.length + 1)] = probed.filter((name) => set.has(name));
            return {};
          },
        },
      },
    };
    const lint = async (extra: Linter.Config[]) => {
      const config = [...plugin.configs.recommended, { plugins: { probe }, rules: { 'probe/globals': 'error' } }, ...extra] as Linter.Config[];
      await new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config }).lintFiles(['src']);
      return { ...declared };
    };
    // Promise is one of ESLint's globals for the configured ecmaVersion; Record, PropertyKey and Partial exist only in
    // TypeScript's lib declarations.
    expect(await lint([])).toEqual({ 'src/App.tsx': ['Promise'], 'src/util.js': ['Promise'], 'src/pages/index.vue': ['Promise'] });
    const withLib = await lint([{ files: ['**/*.{tsx,js,vue}'], languageOptions: { parserOptions: { lib: ['es5'] } } }]);
    expect(withLib).toEqual({
      'src/App.tsx': ['Promise', 'Record', 'PropertyKey', 'Partial'],
      'src/util.js': ['Promise', 'Record', 'PropertyKey', 'Partial'],
      'src/pages/index.vue': ['Promise', 'Record', 'PropertyKey', 'Partial'],
    });
  });

  it('works from an eslint.config.mjs written exactly as the README says (uses the built package)', async () => {
    const root = writeProject({
      'eslint.config.mjs': "import consentry from 'eslint-plugin-consentry';\nexport default [consentry.configs.recommended];\n",
      'package.json': '{ "name": "readme-app", "dependencies": { "react-native": "0.76.5" } }',
      'ios/App/Info.plist': '<plist><dict><key>NSCameraUsageDescription</key><string>Camera access</string></dict></plist>\n',
      'src/index.ts': 'export const ready = true;\n',
    });
    mkdirSync(join(root, 'node_modules'));
    symlinkSync(fileURLToPath(new URL('../../eslint-plugin', import.meta.url)), join(root, 'node_modules/eslint-plugin-consentry'), 'dir');
    const results = await new ESLint({ cwd: root }).lintFiles(['.']);
    const byFile = Object.fromEntries(results.map((r) => [r.filePath.slice(root.length + 1), r.messages.map((m) => m.ruleId)]));
    expect(byFile['src/index.ts']).toEqual([]);
    expect(byFile['ios/App/Info.plist']).toContain('consentry/purpose-string-quality');
  });

  it('reports JSON positions in ESLint’s usual 1-based columns', async () => {
    const testPlugin = { ...plugin, rules: { 'config-rule': rootReporter('config-rule', { fileKind: 'config' }) } } as never;
    const config = createRecommendedConfig(testPlugin, { 'config-rule': { severity: 'warn', fileKind: 'config' } });
    const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: [config] });
    const [result] = await eslint.lintText('  { "a": 1 }\n', { filePath: `${process.cwd()}/test/fixtures/virtual/app.json` });
    expect(result.messages.map((m) => [m.line, m.column, m.endLine, m.endColumn])).toEqual([[1, 1, 2, 1]]);
  });

  it('leaves other files, dependencies and build outputs alone', async () => {
    const sdkCall = "import { init } from 'umeng';\ninit('key');\n";
    const deviceRead = "import DeviceInfo from 'react-native-device-info';\nexport const id = DeviceInfo.getUniqueId();\n";
    const root = writeProject({
      'package.json': '{ "name": "app", "dependencies": { "react-native": "0.74.0" } }',
      'src/index.ts': 'export {};\n',
      'README.md': '# demo',
      'ios/App/GoogleService-Info.plist': 'not xml',
      'ios/App/App.entitlements': 'not xml',
      'node_modules/some-sdk/app.json': '{',
      'dist/app.json': '{',
      'dist/assets/index.ts': 'this is not TS',
      'unpackage/dist/build/mp-weixin/app.json': '{',
      'unpackage/dist/build/mp-weixin/pages/index.wxml': '<',
      'android/app/build/intermediates/AndroidManifest.xml': '<',
      'oh_modules/lib/index.ets': 'this is not ArkTS',
      'ios/Pods/Some/Info.plist': '<',
      // ESLint itself lints *.js everywhere by default; a config object cannot hold global ignores, so here
      // only the absence of Consentry's parser and rules can be checked.
      'build/index.js': sdkCall,
      'miniprogram_npm/lib/index.js': sdkCall,
      // Read at launch before any consent: a finding in the app's own code (src/device.js), none in a minified bundle.
      'src/device.js': deviceRead,
      'static/js/vendor.min.js': deviceRead,
      '.vscode/.react/debuggerWorker.js': deviceRead,
      'src/types/shims-tsx.d.ts': "import type Vue, { VNode } from 'vue';\n",
    });
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] });
    const results = await eslint.lintFiles(['.']);
    const findings = Object.fromEntries(results.map((r) => [r.filePath.slice(root.length + 1), r.messages.map((m) => m.ruleId)]));
    expect(findings).toEqual({
      'build/index.js': [],
      'miniprogram_npm/lib/index.js': [],
      'src/index.ts': [],
      'src/device.js': ['consentry/no-collection-before-consent'],
      'static/js/vendor.min.js': [],
      '.vscode/.react/debuggerWorker.js': [],
      // src/types/shims-tsx.d.ts (types only; TypeScript rejects its import) is not linted at all.
    });
  });
});

describe('minified bundles', () => {
  // A vendored SDK (dbj-uniapp's js_sdk/gio-minp.js, gome-login/bundle.js) and a build's asset committed to the
  // repository: no code of the app's own to change, so no finding and no parse error; the SDK is judged where the
  // app starts it. A hand-written file with one long data line (a GBK table) is still the app's code.
  const minifiedSdk = `!function(e){${Array.from({ length: 160 }, (_, i) => `var t${i}=e.getStorageSync("k${i}");`).join('')}wx.getLocation({type:"wgs84",success:function(n){e.loc=n}})}(wx);\n`;
  const brokenBundle = `var a=${Array.from({ length: 300 }, (_, i) => `{x:${i},y:"v${i}"}`).join(',')};var b={{{;\n`;
  const handWritten = [
    '// GBK code table for the card reader',
    `const GBK = "${'D2BBB6A18140C6DF8141'.repeat(400)}";`,
    'export function locate(done) {',
    "  wx.getLocation({ type: 'gcj02', success: done });",
    '}',
    'export default GBK;',
    '',
  ].join('\n');
  const FILES: Record<string, string> = {
    'app.json': JSON.stringify({ pages: ['pages/index/index'], permission: { 'scope.userLocation': { desc: '用于查找你附近的网点，例如办理取件时' } } }, null, 2),
    'project.config.json': '{ "appid": "wx0000000000000002" }\n',
    'pages/index/index.js': "import { locate } from '../../utils/gbk';\nPage({ onTap() { locate(() => {}); } });\n",
    'js_sdk/gio-minp.js': minifiedSdk,
    'admin/assets/index-3f2a9c.js': brokenBundle,
    'utils/gbk.js': handWritten,
  };

  it('reports nothing in a minified bundle, not even a parse error, and still reports a hand-written file with a long line', async () => {
    expect(minifiedSdk.length).toBeGreaterThan(4096);
    const root = writeProject(FILES);
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] });
    const results = await eslint.lintFiles(['.']);
    const messages = Object.fromEntries(results.map((r) => [r.filePath.slice(root.length + 1), r.messages.map((m) => `${m.ruleId ?? 'fatal'} ${m.line}`)]));
    expect(messages['js_sdk/gio-minp.js']).toEqual([]);
    expect(messages['admin/assets/index-3f2a9c.js']).toEqual([]);
    // requiredPrivateInfos lacks getLocation: the app's own call is reported where it is.
    expect(messages['utils/gbk.js']).toEqual(['consentry/require-purpose-string 4']);
  });
});

describe('JSON files that share a config file name but belong to no app', () => {
  // ouewqa+waimai: a Sencha Touch app.json (JavaScript comments, a regex escape) beside no mini-program. It is none of
  // the configs an app is read from, so it gets no parse error that would fail the check; a mini-program's own
  // app.json that does not parse keeps its error.
  const SENCHA = ['{', '    /**', '     * The application namespace', '     */', '    "name": "weidan",', '    "ignore": [', '        "\\.svn$"', '    ]', '}', ''].join('\n');

  it('reads a stranger leniently or not at all, and keeps the parse error of an app config', async () => {
    const root = writeProject({
      'library/sencha/app.json': SENCHA,
      'library/broken/app.json': '{ "name": "x",, ]\n',
      'miniprogram/app.json': '{ "pages": ["pages/index/index"],, }\n',
      'miniprogram/project.config.json': '{ "appid": "wx0000000000000003" }\n',
      'miniprogram/pages/index/index.js': 'Page({});\n',
    });
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] });
    const results = await eslint.lintFiles(['.']);
    const messages = Object.fromEntries(results.map((r) => [r.filePath.slice(root.length + 1), r.messages.map((m) => `${m.fatal ? 'fatal' : m.ruleId} ${m.line}`)]));
    expect(messages['library/sencha/app.json']).toEqual([]);
    expect(messages['library/broken/app.json']).toEqual([]);
    expect(messages['miniprogram/app.json']).toEqual(['fatal 1']);
  });
});
