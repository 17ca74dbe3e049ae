// The engine's rule contexts share one prototype instead of using each file's FileContext as one (a GC fix: see
// language-server/src/lint/shared-rule-context.ts). What a rule sees must not change.
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { shareRuleContextPrototype } from '../../language-server/src/lint/shared-rule-context.js';
import { contextWithReport } from '../../eslint-plugin/src/util/context-with-report.js';

const FILE_FIELDS = ['cwd', 'filename', 'physicalFilename', 'sourceCode', 'languageOptions', 'settings'];

/** Lint two files with two capturing rules; returns every context a rule was created with, and the messages. */
function lintCapturing(): { contexts: Rule.RuleContext[]; messages: Linter.LintMessage[][] } {
  const contexts: Rule.RuleContext[] = [];
  const capture = (name: string): Rule.RuleModule => ({
    meta: { type: 'problem', schema: [{ type: 'object' }], messages: { seen: '{{name}} saw {{file}}' } },
    create(context) {
      contexts.push(context);
      return {
        Program(node) {
          context.report({ node, messageId: 'seen', data: { name, file: context.filename } });
        },
      };
    },
  });
  const linter = new Linter({ cwd: '/work/app' });
  const config: Linter.Config[] = [
    {
      plugins: { test: { rules: { first: capture('first'), second: capture('second') } } },
      settings: { consentry: { platforms: ['ios'] } },
      rules: { 'test/first': ['error', { level: 1 }], 'test/second': 'warn' },
    },
  ];
  const messages = [
    linter.verify('const a = 1;', config, { filename: '/work/app/a.js', physicalFilename: '/work/app/a.js' }),
    linter.verify('let b = 2;', config, { filename: '/work/app/b.js' }),
  ];
  return { contexts, messages };
}

describe('shareRuleContextPrototype', () => {
  it('applies to the ESLint the engine runs, once', () => {
    expect(shareRuleContextPrototype()).toBe(true);
    expect(shareRuleContextPrototype()).toBe(true);
  });

  it('gives every rule context of every file one prototype, so no file context becomes a prototype', () => {
    shareRuleContextPrototype();
    const { contexts } = lintCapturing();
    expect(contexts).toHaveLength(4);
    const prototypes = new Set(contexts.map((context) => Object.getPrototypeOf(context)));
    expect(prototypes.size).toBe(1);
    const [shared] = prototypes;
    for (const field of FILE_FIELDS) expect(Object.getOwnPropertyDescriptor(shared, field)?.get, field).toBeTypeOf('function');
  });

  it('leaves what a rule sees unchanged: values, own and inherited keys, a frozen context, working reports', () => {
    shareRuleContextPrototype();
    const { contexts, messages } = lintCapturing();
    const [firstOnA, secondOnA, firstOnB] = contexts;
    expect(firstOnA!.id).toBe('test/first');
    expect(firstOnA!.options).toEqual([{ level: 1 }]);
    expect(secondOnA!.options).toEqual([]);
    expect(firstOnA!.filename).toBe('/work/app/a.js');
    expect(firstOnA!.physicalFilename).toBe('/work/app/a.js');
    expect(firstOnB!.filename).toBe('/work/app/b.js');
    expect(firstOnA!.cwd).toBe('/work/app');
    expect(firstOnA!.sourceCode.text).toBe('const a = 1;');
    expect(firstOnB!.sourceCode.text).toBe('let b = 2;');
    // Two rules on one file share the file's objects.
    expect(secondOnA!.sourceCode).toBe(firstOnA!.sourceCode);
    expect(firstOnA!.settings).toEqual({ consentry: { platforms: ['ios'] } });
    expect(firstOnA!.languageOptions.sourceType).toBe('module');
    // As ESLint makes them: id, options and report are the context's own; the file's fields are inherited and enumerable.
    expect(Object.keys(firstOnA!)).toEqual(['id', 'options', 'report']);
    const enumerable: string[] = [];
    for (const key in firstOnA) enumerable.push(key);
    expect(enumerable.sort()).toEqual(['id', 'options', 'report', ...FILE_FIELDS].sort());
    expect(Object.isFrozen(firstOnA)).toBe(true);
    expect(() => {
      (firstOnA as unknown as Record<string, unknown>).filename = 'x';
    }).toThrow(TypeError);
    expect(messages[0]!.map((m) => [m.ruleId, m.message, m.severity])).toEqual([
      ['test/first', 'first saw /work/app/a.js', 2],
      ['test/second', 'second saw /work/app/a.js', 1],
    ]);
    expect(messages[1]!.map((m) => m.message)).toEqual(['first saw /work/app/b.js', 'second saw /work/app/b.js']);
  });
});

describe('contextWithReport', () => {
  it('copies every property a rule can read, replaces report, and uses no context as a prototype', () => {
    const { contexts } = lintCapturing();
    const context = contexts[0]!;
    const reported: unknown[] = [];
    const wrapped = contextWithReport(context, (descriptor: Rule.ReportDescriptor) => {
      reported.push(descriptor);
    });
    expect(Object.getPrototypeOf(wrapped)).toBe(Object.prototype);
    expect(Object.isFrozen(wrapped)).toBe(true);
    for (const key of ['id', 'options', ...FILE_FIELDS]) {
      expect((wrapped as unknown as Record<string, unknown>)[key], key).toBe((context as unknown as Record<string, unknown>)[key]);
    }
    wrapped.report({ loc: { line: 1, column: 0 }, message: 'x' });
    expect(reported).toEqual([{ loc: { line: 1, column: 0 }, message: 'x' }]);
  });

  it('prefers a property of the context itself over one it inherits of the same name', () => {
    const inherited = { filename: 'inherited.js', cwd: '/' };
    const context = Object.assign(Object.create(inherited) as Record<string, unknown>, { filename: 'own.js', report() {} });
    const wrapped = contextWithReport(context, () => {}) as Record<string, unknown>;
    expect(wrapped.filename).toBe('own.js');
    expect(wrapped.cwd).toBe('/');
  });
});
