import { describe, expect, it } from 'vitest';
import { Linter } from 'eslint';
import type { Rule } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { createPathFactsTracker, NO_FACTS, withCodePathListeners, type Facts, type FactsSnapshot } from '../../../eslint-plugin/src/util/code-path.js';

const OK: Facts = new Set(['ok']);

/**
 * Tests of the must-data-flow: `ok` and `!notOk` are the only tests that prove the fact; `mark()` establishes it.
 * Every `probe()` call is reported with whether the fact holds on every path reaching it.
 */
const probeRule = (lazy: boolean): Rule.RuleModule => ({
  meta: { type: 'problem', schema: [], messages: { at: '{{state}}' } },
  create(context) {
    const pending: Array<{ node: TSESTree.Node; snapshot: FactsSnapshot }> = [];
    const report = (node: TSESTree.Node, facts: Facts | undefined) =>
      context.report({ node: node as never, messageId: 'at', data: { state: facts === undefined ? 'unreachable' : facts.has('ok') ? 'guarded' : 'open' } });
    const tracker = createPathFactsTracker({
      factsWhen(test, outcome) {
        const node = test as TSESTree.Node;
        if (node.type === 'Identifier' && node.name === 'ok') return outcome ? OK : NO_FACTS;
        if (node.type === 'Identifier' && node.name === 'notOk') return outcome ? NO_FACTS : OK;
        if (node.type === 'UnaryExpression' && node.operator === '!' && node.argument.type === 'Identifier' && node.argument.name === 'ok') {
          return outcome ? NO_FACTS : OK;
        }
        if (node.type === 'LogicalExpression') {
          // Only whole-test handling is exercised here through the tracker's own edge logic.
          return NO_FACTS;
        }
        return NO_FACTS;
      },
    });
    const listeners = withCodePathListeners(
      {
        CallExpression(node: TSESTree.CallExpression) {
          if (node.callee.type !== 'Identifier') return;
          if (node.callee.name === 'probe') {
            if (lazy) pending.push({ node, snapshot: tracker.snapshot() });
            else report(node, tracker.current());
          }
        },
        'Program:exit'() {
          // Resolved after the whole file was walked: every loop back-edge is known by now.
          for (const { node, snapshot } of pending) report(node, snapshot.resolve());
        },
        'CallExpression:exit'(node: TSESTree.CallExpression) {
          if (node.callee.type === 'Identifier' && node.callee.name === 'mark') tracker.establish('ok');
        },
      } as never,
      tracker.listeners,
    );
    return listeners as unknown as Rule.RuleListener;
  },
});

/** States at each probe(), resolved while walking and after the walk: both must agree. */
function states(code: string): string[] {
  const run = (lazy: boolean) =>
    new Linter({ configType: 'flat' })
      .verify(code, [{ plugins: { t: { rules: { probe: probeRule(lazy) } } }, languageOptions: { parser: tsParser }, rules: { 't/probe': 'error' } }])
      .sort((a, b) => a.line - b.line || a.column - b.column)
      .map((m) => (m.fatal ? `fatal: ${m.message}` : m.message));
  const eager = run(false);
  expect(run(true), 'resolved after the walk').toEqual(eager);
  return eager;
}

describe('path facts tracker', () => {
  it('consequent and alternate of a test', () => {
    expect(states(`if (ok) { probe(); } else { probe(); } probe();`)).toEqual(['guarded', 'open', 'open']);
    expect(states(`if (notOk) { probe(); } else { probe(); }`)).toEqual(['open', 'guarded']);
  });

  it('early return and throw make the rest guarded', () => {
    expect(states(`function f() { if (!ok) return; probe(); }`)).toEqual(['guarded']);
    expect(states(`function f() { if (notOk) { log(); throw new Error('x'); } probe(); }`)).toEqual(['guarded']);
    expect(states(`function f() { if (!ok) { log(); } probe(); }`)).toEqual(['open']);
  });

  it('logical operators', () => {
    expect(states(`ok && probe(); notOk || probe(); ok || probe();`)).toEqual(['guarded', 'guarded', 'open']);
    expect(states(`function f() { if (!ok || other) return; probe(); }`)).toEqual(['guarded']);
    expect(states(`function f() { if (notOk && other) return; probe(); }`)).toEqual(['open']);
  });

  it('ternaries', () => {
    expect(states(`const x = ok ? probe() : probe();`)).toEqual(['guarded', 'open']);
  });

  it('events hold from where they happen, on every path after them', () => {
    expect(states(`probe(); mark(); probe();`)).toEqual(['open', 'guarded']);
    expect(states(`if (x) { mark(); } probe();`)).toEqual(['open']);
    expect(states(`if (x) { mark(); } else { mark(); } probe();`)).toEqual(['guarded']);
    // Every path that reaches probe() went through the whole try block; the catch path returns.
    expect(states(`async function f() { try { mark(); } catch { return; } probe(); }`)).toEqual(['guarded']);
    expect(states(`async function f() { try { mark(); } catch { log(); } probe(); }`)).toEqual(['open']);
  });

  it('events inside a loop do not guard the first iteration', () => {
    expect(states(`function f() { while (c) { probe(); mark(); } probe(); }`)).toEqual(['open', 'open']);
    expect(states(`function f() { mark(); do { probe(); } while (c); for (let i = 0; i < n; i++) probe(); }`)).toEqual(['guarded', 'guarded']);
  });

  it('loops and nested functions', () => {
    expect(states(`function f() { if (!ok) return; for (const a of b) { probe(); } while (c) probe(); }`)).toEqual(['guarded', 'guarded']);
    // A nested function starts its own path: the outer guard is not inherited here (the rule joins levels itself).
    expect(states(`if (ok) { const g = () => probe(); }`)).toEqual(['open']);
  });

  it('unreachable code', () => {
    expect(states(`function f() { return; probe(); }`)).toEqual(['unreachable']);
  });
});
