// Typed helpers over ESLint code path analysis (https://eslint.org/docs/latest/extend/code-path-analysis).
//
// createPathFactsTracker answers "which facts hold on EVERY path from the start of the current function to the
// node being visited now". A fact is an opaque string (e.g. 'consent'). Facts come from
//   - branches: the consequent of `if (t)`, the code after `if (!t) return;`, the right side of `t && x` /
//     `t || x`, either arm of `t ? a : b` — the caller says which facts a test gives when it is true or false;
//   - events: `establish(fact)` while visiting a node (e.g. after `await showPrivacyDialog()`).
// It is a forward "must" data-flow: a segment's facts are the intersection, over its reachable predecessors, of
// the predecessor's facts plus what the edge between them proves. Edges out of `return`/`throw` are unreachable
// and so drop out, which is what makes early exits work. Facts only grow along a path, so loop back-edges
// (predecessors that start after the loop head) cannot remove a fact and need no second pass.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

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
  /** Facts known to hold when `test` has just evaluated to `outcome` (may be empty). Called once per branch. */
  factsWhen(test: TSESTree.Node, outcome: boolean): Facts;
  /** When false the tracker does nothing (e.g. the file has no call the rule cares about). Checked per event. */
  isActive?(): boolean;
}

export interface PathFactsTracker {
  /** Register with the rule through withCodePathListeners. */
  readonly listeners: CodePathListeners;
  /**
   * Facts that hold on every path from the start of the innermost function (or the Program) to the node being
   * visited; undefined when that node is unreachable.
   */
  current(): Facts | undefined;
  /** Record that `fact` holds from here on, on every path through the node being visited. */
  establish(fact: string): void;
}

interface SegmentInfo {
  segment: CodePathSegment;
  /** Facts on entry; undefined while none of its predecessors has started (for-in/of: the loop variable is
   * traversed before the iterated expression that runs first), resolved when first needed. */
  entry: Facts | undefined;
  /** Facts established inside the segment so far. */
  events: Facts;
  /** The AST node being entered when the segment started (tells which branch of a test the segment is). */
  startNode: TSESTree.Node;
  resolving?: boolean;
}

interface PathFrame {
  upper: PathFrame | undefined;
  current: Set<CodePathSegment>;
}

export function createPathFactsTracker(options: PathFactsOptions): PathFactsTracker {
  const segments = new Map<string, SegmentInfo>();
  let frame: PathFrame | undefined;
  const active = options.isActive ?? (() => true);

  /** Memoised factsWhen, keyed per test node and outcome. */
  const whenCache = new WeakMap<TSESTree.Node, [Facts | undefined, Facts | undefined]>();
  function factsWhen(test: TSESTree.Node, outcome: boolean): Facts {
    let entry = whenCache.get(test);
    if (!entry) {
      entry = [undefined, undefined];
      whenCache.set(test, entry);
    }
    const slot = outcome ? 0 : 1;
    return (entry[slot] ??= options.factsWhen(test, outcome));
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
    }
    // Leaving a construct whose false side has no code of its own: the merge segment starts at the construct
    // itself (on exit), and predecessors that did not come through the taken side are its other outcome.
    if (startNode.type === 'IfStatement' && !startNode.alternate) {
      return contains(startNode.consequent, prev.startNode) ? NO_FACTS : factsWhen(startNode.test, false);
    }
    if (startNode.type === 'LogicalExpression' && startNode.operator !== '??') {
      if (contains(startNode.right, prev.startNode)) return NO_FACTS;
      return factsWhen(startNode.left, startNode.operator === '||');
    }
    return NO_FACTS;
  }

  /** Intersection over the started predecessors; undefined when none has started yet. */
  function entryFrom(info: SegmentInfo): Facts | undefined {
    let facts: Facts | undefined;
    for (const prev of info.segment.prevSegments) {
      const prevInfo = segments.get(prev.id);
      // A predecessor that has not started yet (or is being resolved) is a loop back-edge; it carries at least
      // the facts of the loop head itself (facts only grow along a path), so it cannot remove any.
      if (!prevInfo || prevInfo.resolving) continue;
      const incoming = union(exitFacts(prevInfo), edgeFacts(prevInfo, info.startNode));
      facts = facts === undefined ? incoming : intersect(facts, incoming);
      if (facts.size === 0) break;
    }
    return facts;
  }

  function entryFacts(info: SegmentInfo): Facts {
    if (info.entry !== undefined) return info.entry;
    info.resolving = true;
    const facts = entryFrom(info);
    info.resolving = false;
    if (facts !== undefined) info.entry = facts;
    return facts ?? NO_FACTS;
  }

  function exitFacts(info: SegmentInfo): Facts {
    return union(entryFacts(info), info.events);
  }

  function onSegmentStart(segment: CodePathSegment, node: TSESTree.Node): void {
    frame?.current.add(segment);
    if (!active()) return;
    const info: SegmentInfo = { segment, entry: undefined, events: NO_FACTS, startNode: node };
    segments.set(segment.id, info);
    if (segment.prevSegments.length === 0) {
      info.entry = NO_FACTS;
      return;
    }
    info.resolving = true;
    info.entry = entryFrom(info);
    info.resolving = false;
  }

  const listeners: CodePathListeners = {
    onCodePathStart() {
      frame = { upper: frame, current: new Set() };
    },
    onCodePathEnd() {
      frame = frame?.upper;
    },
    onCodePathSegmentStart: onSegmentStart,
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

  return {
    listeners,
    current() {
      if (!frame) return undefined;
      let facts: Facts | undefined;
      for (const segment of frame.current) {
        if (!segment.reachable) continue;
        const info = segments.get(segment.id);
        const segmentFacts = info ? exitFacts(info) : NO_FACTS;
        facts = facts === undefined ? segmentFacts : intersect(facts, segmentFacts);
      }
      return facts;
    },
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

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
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
