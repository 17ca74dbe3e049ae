// Typed helpers over ESLint code path analysis (https://eslint.org/docs/latest/extend/code-path-analysis).
//
// createPathFactsTracker answers "which facts hold on EVERY path from the start of the current function to the
// node being visited now". A fact is an opaque string (e.g. 'consent'). Facts come from
//   - branches: the consequent of `if (t)`, the code after `if (!t) return;`, the right side of `t && x` /
//     `t || x`, either arm of `t ? a : b` — the caller says which facts a test gives when it is true or false;
//   - events: `establish(fact)` while visiting a node (e.g. after `await showPrivacyDialog()`).
// It is a forward "must" data-flow: a segment's facts are the intersection, over its reachable predecessors, of
// the predecessor's facts plus what the edge between them proves. Edges out of `return`/`throw` are unreachable
// and so drop out, which is what makes early exits work. Facts only grow along a path, so a loop back-edge
// cannot remove a fact from the loop head: cycles are cut where they close (the greatest fixpoint).
//
// Cost: while ESLint walks the file only the segment graph and positions are recorded (a few object writes per
// segment); tests are evaluated, and facts computed, only for the snapshots a rule resolves — so a file where the
// rule finds nothing to judge pays for no consent analysis at all.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { isWithin } from './resolve-reference.js';

export type CodePath = TSESLint.CodePath;
export type CodePathSegment = TSESLint.CodePathSegment;

/** The code path events ESLint sends to a rule, typed (RuleListener's index signature cannot express them). */
export interface CodePathListeners {
  onCodePathStart?(codePath: CodePath, node: TSESTree.Node): void;
  onCodePathEnd?(codePath: CodePath, node: TSESTree.Node): void;
  onCodePathSegmentStart?(segment: CodePathSegment, node: TSESTree.Node): void;
  onCodePathSegmentEnd?(segment: CodePathSegment, node: TSESTree.Node): void;
  onUnreachableCodePathSegmentStart?(segment: CodePathSegment, node: TSESTree.Node): void;
  onUnreachableCodePathSegmentEnd?(segment: CodePathSegment, node: TSESTree.Node): void;
  onCodePathSegmentLoop?(fromSegment: CodePathSegment, toSegment: CodePathSegment, node: TSESTree.Node): void;
}

/** Combine node visitors with code path listeners into one listener object; handlers for the same key all run. */
export function withCodePathListeners(
  visitors: TSESLint.RuleListener,
  ...listeners: CodePathListeners[]
): TSESLint.RuleListener {
  const merged: Record<string, (...args: never[]) => void> = { ...(visitors as Record<string, (...args: never[]) => void>) };
  for (const listener of listeners) {
    for (const [key, handler] of Object.entries(listener) as Array<[string, (...args: never[]) => void]>) {
      const previous = merged[key];
      merged[key] = previous
        ? (...args: never[]) => {
            previous(...args);
            handler(...args);
          }
        : handler;
    }
  }
  return merged as TSESLint.RuleListener;
}

export type Facts = ReadonlySet<string>;
export const NO_FACTS: Facts = new Set<string>();

export interface PathFactsOptions {
  /** Facts known to hold when `test` has just evaluated to `outcome` (may be empty). Called at most once per branch. */
  factsWhen(test: TSESTree.Node, outcome: boolean): Facts;
}

/** The position of the node being visited, resolved to facts later (when the whole file has been walked). */
export interface FactsSnapshot {
  /** Facts on every path to the position; undefined when it is unreachable. */
  resolve(): Facts | undefined;
}

export interface PathFactsTracker {
  /** Register with the rule through withCodePathListeners. */
  readonly listeners: CodePathListeners;
  /** The current position, to resolve later: cheap to take, evaluated only if resolved. */
  snapshot(): FactsSnapshot;
  /**
   * Facts that hold on every path from the start of the innermost function (or the Program) to the node being
   * visited; undefined when that node is unreachable. Same as snapshot().resolve(), computed now.
   */
  current(): Facts | undefined;
  /** Record that `fact` holds from here on, on every path through the node being visited. */
  establish(fact: string): void;
}

interface SegmentInfo {
  segment: CodePathSegment;
  /** Facts on entry, once computed. */
  entry?: Facts;
  /** Facts established inside the segment so far (replaced, never mutated, so snapshots can keep a reference). */
  events: Facts;
  /** The AST node being entered when the segment started (tells which branch of a test the segment is). */
  startNode: TSESTree.Node;
  resolving?: boolean;
}

interface PathFrame {
  upper: PathFrame | undefined;
  current: Set<CodePathSegment>;
}

const UNREACHABLE_SNAPSHOT: FactsSnapshot = { resolve: () => undefined };

export function createPathFactsTracker(options: PathFactsOptions): PathFactsTracker {
  const segments = new Map<string, SegmentInfo>();
  let frame: PathFrame | undefined;

  /** Memoised factsWhen, keyed per test node and outcome. */
  const whenCache = new Map<TSESTree.Node, [Facts | undefined, Facts | undefined]>(); // per file: a Map is cheaper than a WeakMap
  function factsWhen(test: TSESTree.Node, outcome: boolean): Facts {
    let entry = whenCache.get(test);
    if (!entry) {
      entry = [undefined, undefined];
      whenCache.set(test, entry);
    }
    const slot = outcome ? 0 : 1;
    return (entry[slot] ??= options.factsWhen(test, outcome));
  }

  const caseComparisons = new WeakMap<TSESTree.SwitchCase, TSESTree.BinaryExpression>();

  /** `switch (d) { case t: … }` as the comparison a case's code runs under: `d === t` (one node per case, for the cache). */
  function caseComparison(switchCase: TSESTree.SwitchCase): TSESTree.BinaryExpression {
    let comparison = caseComparisons.get(switchCase);
    if (!comparison) {
      const test = switchCase.test!;
      comparison = {
        type: 'BinaryExpression',
        operator: '===',
        left: switchCase.parent.discriminant,
        right: test,
        parent: switchCase,
        range: test.range,
        loc: test.loc,
      } as TSESTree.BinaryExpression;
      caseComparisons.set(switchCase, comparison);
    }
    return comparison;
  }

  /** Facts the edge prev → segment proves, given the node the segment started at. */
  function edgeFacts(prev: SegmentInfo, startNode: TSESTree.Node): Facts {
    const parent = startNode.parent;
    // Entering a branch: the test's outcome is known on every edge into it.
    if (parent) {
      if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && parent.test !== startNode) {
        if (parent.consequent === startNode) return factsWhen(parent.test, true);
        if (parent.alternate === startNode) return factsWhen(parent.test, false);
      }
      if (parent.type === 'LogicalExpression' && parent.right === startNode) {
        if (parent.operator === '&&') return factsWhen(parent.left, true);
        if (parent.operator === '||') return factsWhen(parent.left, false);
        return NO_FACTS;
      }
      // Entering a case's code from its own test: discriminant === test. Its test runs in a segment of its own that
      // starts at the case, except the first case's (there is no case above it to come from). Any other way in
      // falls through from a case above (`case 'denied': case 'granted': init()`), which proves nothing.
      if (parent.type === 'SwitchCase' && parent.test && parent.consequent[0] === startNode) {
        const first = parent.parent.cases[0] === parent;
        if (prev.startNode === parent || first) return factsWhen(caseComparison(parent), true);
      }
    }
    // Leaving a construct whose false side has no code of its own: the merge segment starts at the construct
    // itself (on exit), and predecessors that did not come through the taken side are its other outcome.
    if (startNode.type === 'IfStatement' && !startNode.alternate) {
      return isWithin(prev.startNode, startNode.consequent) ? NO_FACTS : factsWhen(startNode.test, false);
    }
    if (startNode.type === 'LogicalExpression' && startNode.operator !== '??') {
      if (isWithin(prev.startNode, startNode.right)) return NO_FACTS;
      return factsWhen(startNode.left, startNode.operator === '||');
    }
    return NO_FACTS;
  }

  /**
   * Facts on entry to a segment: the intersection over its predecessors. A predecessor on a cycle that is being
   * resolved (a loop back-edge) is left out: it carries at least the loop head's facts, so it cannot remove any.
   * Undefined when every predecessor was left out (the caller then leaves this segment out too).
   */
  function entryFacts(info: SegmentInfo): Facts | undefined {
    if (info.entry) return info.entry;
    if (info.segment.prevSegments.length === 0) return (info.entry = NO_FACTS);
    if (info.resolving) return undefined;
    info.resolving = true;
    let facts: Facts | undefined;
    let cut = false;
    for (const prev of info.segment.prevSegments) {
      const prevInfo = segments.get(prev.id);
      if (!prevInfo) continue;
      const prevEntry = entryFacts(prevInfo);
      if (!prevEntry) {
        cut = true;
        continue;
      }
      const incoming = union(union(prevEntry, prevInfo.events), edgeFacts(prevInfo, info.startNode));
      facts = facts === undefined ? incoming : intersect(facts, incoming);
    }
    info.resolving = false;
    // A value computed while a cycle was cut is only final for the segment that closes the cycle.
    if (facts !== undefined && !cut) info.entry = facts;
    return facts;
  }

  const listeners: CodePathListeners = {
    onCodePathStart() {
      frame = { upper: frame, current: new Set() };
    },
    onCodePathEnd() {
      frame = frame?.upper;
    },
    onCodePathSegmentStart(segment, node) {
      frame?.current.add(segment);
      segments.set(segment.id, { segment, events: NO_FACTS, startNode: node });
    },
    onCodePathSegmentEnd(segment) {
      frame?.current.delete(segment);
    },
    onUnreachableCodePathSegmentStart(segment) {
      frame?.current.add(segment);
    },
    onUnreachableCodePathSegmentEnd(segment) {
      frame?.current.delete(segment);
    },
  };

  function snapshot(): FactsSnapshot {
    if (!frame) return UNREACHABLE_SNAPSHOT;
    const at: Array<{ info: SegmentInfo; events: Facts }> = [];
    for (const segment of frame.current) {
      if (!segment.reachable) continue;
      const info = segments.get(segment.id);
      if (info) at.push({ info, events: info.events });
    }
    if (at.length === 0) return UNREACHABLE_SNAPSHOT;
    let resolved: Facts | undefined;
    return {
      resolve() {
        if (resolved) return resolved;
        let facts: Facts | undefined;
        for (const { info, events } of at) {
          const here = union(entryFacts(info) ?? NO_FACTS, events);
          facts = facts === undefined ? here : intersect(facts, here);
        }
        return (resolved = facts ?? NO_FACTS);
      },
    };
  }

  return {
    listeners,
    snapshot,
    current: () => snapshot().resolve(),
    establish(fact) {
      if (!frame) return;
      for (const segment of frame.current) {
        if (!segment.reachable) continue;
        const info = segments.get(segment.id);
        if (!info || info.events.has(fact)) continue;
        info.events = union(info.events, new Set([fact]));
      }
    },
  };
}

export function union(a: Facts, b: Facts): Facts {
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  const out = new Set(a);
  for (const fact of b) out.add(fact);
  return out;
}

export function intersect(a: Facts, b: Facts): Facts {
  if (a === b) return a;
  if (a.size === 0 || b.size === 0) return NO_FACTS;
  const out = new Set<string>();
  for (const fact of a) if (b.has(fact)) out.add(fact);
  return out.size ? out : NO_FACTS;
}
