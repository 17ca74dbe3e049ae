// A whole small app written to a temp dir and linted with the recommended config through ESLint, as a user would
// run it: the harness of real-world.test.ts and the adversarial suites.
import { relative } from 'node:path';
import { expect } from 'vitest';
import { ESLint } from 'eslint';
import plugin from '../../eslint-plugin/src/index.js';
import { writeProject } from './languages/lint-helpers.js';

export type AppFiles = Record<string, string>;

export interface AppLint {
  /** `file:line rule` of every Consentry finding (of `rules` only, when given), sorted; fatal parse messages. */
  findings: string[];
  fatal: string[];
  /** The findings with their messages, for failure output. */
  messages: string[];
}

/**
 * lintApp / expectFindings for one test file; temp dirs are removed after the file's tests. With `rules`, only
 * those rules' findings are compared (the adversarial suites attack a few rules at a time).
 */
export function appLinter(rules?: ReadonlySet<string>) {
  /** Writes the app to a new temp dir (removed after the file's tests) and returns that dir. */
  const writeApp = (files: AppFiles): string => writeProject(files);

  async function lintApp(files: AppFiles): Promise<AppLint> {
    const root = writeApp(files);
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
    const findings: string[] = [];
    const fatal: string[] = [];
    const messages: string[] = [];
    for (const result of await eslint.lintFiles(['.'])) {
      const file = relative(root, result.filePath);
      for (const message of result.messages) {
        if (message.fatal) fatal.push(`${file}:${message.line} ${message.message}`);
        else if (message.ruleId?.startsWith('consentry/')) {
          const rule = message.ruleId.slice('consentry/'.length);
          if (rules && !rules.has(rule)) continue;
          findings.push(`${file}:${message.line} ${rule}`);
          messages.push(`${file}:${message.line}:${message.column} ${rule}: ${message.message}`);
        }
      }
    }
    return { findings: findings.sort(), fatal, messages };
  }

  async function expectFindings(files: AppFiles, expected: string[]): Promise<void> {
    const { findings, fatal, messages } = await lintApp(files);
    expect(fatal).toEqual([]);
    expect(findings, messages.join('\n')).toEqual([...expected].sort());
  }

  return { writeApp, lintApp, expectFindings };
}

/**
 * A HarmonyOS stage-model app: one `entry` module whose module.json5 declares INTERNET and `requestPermissions` (the
 * entries' text, indented as in the file), with `strings` (name → value) in the module's string.json after
 * module_desc, plus `files`.
 */
export function harmonyApp(requestPermissions: string, files: AppFiles, strings: Record<string, string> = {}): AppFiles {
  return {
    'build-profile.json5': `{ app: { products: [{ name: 'default' }] }, modules: [{ name: 'entry', srcPath: './entry' }] }\n`,
    'AppScope/app.json5': `{ app: { bundleName: 'com.example.farm', versionCode: 1, versionName: '1.0.0', label: '$string:app_name' } }\n`,
    'AppScope/resources/base/element/string.json': JSON.stringify({ string: [{ name: 'app_name', value: 'FarmMarket' }] }, null, 2),
    'entry/src/main/resources/base/element/string.json': JSON.stringify(
      { string: [{ name: 'module_desc', value: 'Farm market entry module' }, ...Object.entries(strings).map(([name, value]) => ({ name, value }))] },
      null,
      2,
    ),
    'entry/src/main/module.json5': `{
  module: {
    name: 'entry',
    type: 'entry',
    description: '$string:module_desc',
    mainElement: 'EntryAbility',
    deviceTypes: ['phone'],
    pages: '$profile:main_pages',
    abilities: [{ name: 'EntryAbility', srcEntry: './ets/entryability/EntryAbility.ets', exported: true }],
    requestPermissions: [
      { name: 'ohos.permission.INTERNET' },
${requestPermissions}
    ],
  },
}
`,
    ...files,
  };
}
