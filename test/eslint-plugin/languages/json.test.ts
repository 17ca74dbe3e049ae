import { describe, expect, it } from 'vitest';
import json from '@eslint/json';
import { ESLint } from 'eslint';
import plugin from '../../../eslint-plugin/src/index.js';
import { describeMessages, lintText, probeConfig } from './lint-helpers.js';

describe('consentry/json, consentry/jsonc, consentry/json5', () => {
  it('are the @eslint/json languages, so users need no extra plugin', () => {
    expect(plugin.languages.json).toBe(json.languages.json);
    expect(plugin.languages.jsonc).toBe(json.languages.jsonc);
    expect(plugin.languages.json5).toBe(json.languages.json5);
  });

  it('report JSON nodes at their exact positions', async () => {
    const text = '{\n  "permission": {\n    "scope.userLocation": { "desc": "用于显示附近门店" }\n  }\n}\n';
    const messages = await lintText(probeConfig('consentry/json', ['**/app.json'], ['Member[name.value="desc"] > String']), 'miniprogram/app.json', text);
    expect(describeMessages(messages)).toEqual(['3:29-3:35 String desc', '3:37-3:47 String 用于显示附近门店']);
  });

  it('the recommended config parses app.json / manifest.json / string.json leniently and module.json5 as JSON5', async () => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: plugin.configs.recommended, cwd: process.cwd() });
    const lint = async (file: string, text: string) =>
      (await eslint.lintText(text, { filePath: `${process.cwd()}/test/fixtures/virtual/${file}` }))[0].messages;
    expect(await lint('uni-app/manifest.json', '{\n  // 应用名称\n  "name": "demo",\n  "mp-weixin": { "appid": "wx1", },\n}\n')).toEqual([]);
    expect(await lint('harmony/entry/src/main/resources/base/element/string.json', '{ "string": [ { "name": "reason", "value": "x" } ] } // end\n')).toEqual([]);
    expect(await lint('harmony/entry/src/main/module.json5', "{ module: { name: 'entry', requestPermissions: [{ name: 'ohos.permission.CAMERA' },] } }\n")).toEqual([]);
    expect(await lint('harmony/AppScope/app.json5', "{ app: { bundleName: 'com.example.demo' } }\n")).toEqual([]);
    // Expo reads app.json as JSON5: comments and trailing commas are accepted rather than hiding every finding.
    expect(await lint('expo/app.json', '{\n  // production config\n  "expo": { "name": "demo", },\n}\n')).toEqual([]);
    // An Expo app's own app.json that does not parse gets its parse error (a file of that name outside any app is
    // none of ours: see recommended-config.test.ts).
    const broken = (await eslint.lintText('{ "expo": { "name": "demo", } ', { filePath: `${process.cwd()}/test/fixtures/apps/expo-camera/app.json` }))[0].messages;
    expect(broken).toEqual([expect.objectContaining({ fatal: true, message: expect.stringMatching(/^Parsing error/) })]);
  });

  it('honours eslint-disable comments in JSONC files linted by the recommended config, at the right lines', async () => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: plugin.configs.recommended, cwd: process.cwd() });
    const manifest = `${process.cwd()}/test/fixtures/rules/purpose-string-quality/uniapp/manifest.json`;
    const text = (directive: string) =>
      ['{', '  "mp-weixin": {', '    "permission": {', directive, '      "scope.userLocation": { "desc": "获取你的位置" }', '    }', '  }', '}', ''].join('\n');
    const lint = async (code: string) =>
      (await eslint.lintText(code, { filePath: manifest }))[0].messages.filter((m) => m.ruleId === 'consentry/purpose-string-quality');
    expect((await lint(text(''))).map((m) => [m.line, m.column, m.endColumn])).toEqual([[5, 39, 47]]);
    expect(await lint(text('      // eslint-disable-next-line consentry/purpose-string-quality -- reviewed'))).toEqual([]);
  });
});
