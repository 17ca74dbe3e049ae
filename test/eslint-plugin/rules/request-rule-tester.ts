// Shared RuleTester wiring for the request-behaviour rules (no-block-on-denial, no-repeat-request-after-denial,
// no-request-on-launch, require-request-rationale, no-unused-permission).
import { ESLint, RuleTester, type Linter, type Rule } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import vueParser from 'vue-eslint-parser';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../../../eslint-plugin/src/index.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** Absolute path of a file in a rule's fixture apps: test/fixtures/rules/<rule>/<path>. */
export function ruleFixture(rule: string, path: string): string {
  return join(FIXTURES, 'rules', rule, path);
}

export function createTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parser: tsParser,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  });
}

/** languageOptions for a uni-app single-file component. */
export const vue = { parser: vueParser, sourceType: 'module' as const, parserOptions: { parser: tsParser, ecmaFeatures: { jsx: true } } };

/** The typescript-eslint rule object as ESLint's RuleTester types it. */
export function asEslintRule(rule: unknown): Rule.RuleModule {
  return rule as Rule.RuleModule;
}

/**
 * Lint every fixture app of a rule (test/fixtures/rules/<rule>/<app>/) with the recommended config and only that
 * rule on, and compare with the app's expected-findings.json: ["<file>:<line> <messageId> <text in message>", …].
 */
export function describeFixtureApps(ruleId: string, expectedApps: string[]): void {
  const base = ruleFixture(ruleId, '');
  describe(`${ruleId} on fixture apps`, () => {
    const apps = readdirSync(base, { withFileTypes: true })
      // installed-packages/ holds the node_modules contents test/global-setup.ts installs into the apps.
      .filter((e) => e.isDirectory() && e.name !== 'installed-packages')
      .map((e) => e.name)
      .sort();

    it('has the expected fixture apps', () => {
      expect(apps).toEqual([...expectedApps].sort());
    });

    for (const app of apps) {
      it(`reports exactly the seeded findings in ${app}`, async () => {
        const root = join(base, app);
        const { expected } = JSON.parse(readFileSync(join(root, 'expected-findings.json'), 'utf8')) as { expected: string[] };
        const recommended = plugin.configs.recommended as Linter.Config;
        const eslint = new ESLint({
          cwd: root,
          overrideConfigFile: true,
          overrideConfig: { ...recommended, rules: { [`consentry/${ruleId}`]: 'warn' } },
        });
        const results = await eslint.lintFiles(['.']);
        const found: { where: string; messageId: string; text: string }[] = [];
        for (const result of results) {
          for (const message of result.messages) {
            expect(message.fatal, `${result.filePath}: ${message.message}`).toBeFalsy();
            found.push({ where: `${relative(root, result.filePath)}:${message.line}`, messageId: message.messageId ?? '', text: message.message });
          }
        }
        expect(found.map((f) => `${f.where} ${f.messageId}`).sort()).toEqual(expected.map((e) => e.split(' ').slice(0, 2).join(' ')).sort());
        for (const expectation of expected) {
          const [where, messageId, ...text] = expectation.split(' ');
          const match = found.find((f) => f.where === where && f.messageId === messageId);
          expect(match?.text).toContain(text.join(' '));
        }
      });
    }
  });
}
