// A TEST-ONLY plugin for server mechanics that must not depend on the real rules (a rule that throws, a rule with
// an autofix). Everything about real findings is tested with eslint-plugin-consentry itself.
import type { Linter, Rule } from 'eslint';
import tsParser from '@typescript-eslint/parser';

const flagDebugger: Rule.RuleModule = {
  meta: {
    type: 'problem',
    fixable: 'code',
    hasSuggestions: true,
    docs: { description: 'Test rule: flag debugPermission() calls', url: 'https://example.test/rules/flag-debug', regulations: ['TEST Reg 1'] } as Rule.RuleMetaData['docs'],
    messages: { found: 'debugPermission() is a test finding', remove: 'Replace the call with undefined' },
    schema: [],
  },
  create(context) {
    return {
      CallExpression(node) {
        if (node.callee.type !== 'Identifier' || node.callee.name !== 'debugPermission') return;
        context.report({
          node,
          messageId: 'found',
          fix: (fixer) => fixer.replaceText(node.callee, 'releasePermission'),
          suggest: [{ messageId: 'remove', fix: (fixer) => fixer.replaceText(node, 'undefined') }],
        });
      },
    };
  },
};

const crashOnMarker: Rule.RuleModule = {
  meta: { type: 'problem', docs: { description: 'Test rule: throws on CRASH_ME' }, schema: [] },
  create(context) {
    return {
      Program() {
        if (context.sourceCode.text.includes('CRASH_ME')) throw new Error('test rule exploded');
      },
    };
  },
};

export const testPlugin = {
  meta: { name: 'consentry-test-plugin' },
  rules: { 'flag-debug': flagDebugger, 'crash-on-marker': crashOnMarker },
  languages: {},
  configs: { recommended: [] as Linter.Config[] },
};
testPlugin.configs.recommended = [
  {
    files: ['**/*.{js,ts,tsx,jsx}'],
    plugins: { consentry: testPlugin },
    languageOptions: { parser: tsParser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: { 'consentry/flag-debug': 'error', 'consentry/crash-on-marker': 'error' },
  },
];
