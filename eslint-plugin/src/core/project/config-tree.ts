// One small value tree for every object-shaped config format (JSON, JSONC, JSON5 and statically read JS/TS config
// objects), with the exact range of every key and value. Parts that cannot be known without running code are
// `unknown` nodes (or an `opaque` flag on an object/array with an unresolvable spread), never a guess.
import type { SourceRange } from '../types.js';

export type ConfigNode = ObjectConfigNode | ArrayConfigNode | ScalarConfigNode | UnknownConfigNode;

export interface ObjectConfigNode {
  type: 'object';
  members: ConfigMember[];
  /** True when the object also holds properties we cannot know (a spread of a non-literal, a computed key). */
  opaque: boolean;
  range: SourceRange;
}

export interface ArrayConfigNode {
  type: 'array';
  elements: ConfigNode[];
  /** True when the array has a spread of something non-literal. */
  opaque: boolean;
  range: SourceRange;
}

export interface ScalarConfigNode {
  type: 'string' | 'number' | 'boolean' | 'null';
  value: string | number | boolean | null;
  range: SourceRange;
  /** Added to its array only on some condition (`if (IS_OSS) permissions.push('…')`): maybe not in the build. */
  conditional?: boolean;
}

/** A value only known at run time (a call, an env lookup, an imported binding). */
export interface UnknownConfigNode {
  type: 'unknown';
  range: SourceRange;
  /** The module it is loaded from, when written `require('./locales/zh.json')` or bound by `import zh from '…'`. */
  module?: string;
  /** With `module`: the property path read from the module's value (`require('./app.json').expo` → ['expo']). */
  path?: string[];
}

export interface ConfigMember {
  key: string;
  keyRange: SourceRange;
  value: ConfigNode;
}

/** A parsed object-shaped config file. */
export interface ConfigDocument {
  file: string;
  root: ConfigNode;
}

/** The last member named `key` (later keys win, as in JSON.parse and object spreads). */
export function member(node: ConfigNode | undefined, key: string): ConfigMember | undefined {
  if (node?.type !== 'object') return undefined;
  for (let i = node.members.length - 1; i >= 0; i--) if (node.members[i].key === key) return node.members[i];
  return undefined;
}

export function child(node: ConfigNode | undefined, key: string): ConfigNode | undefined {
  return member(node, key)?.value;
}

export function childAt(node: ConfigNode | undefined, path: readonly string[]): ConfigNode | undefined {
  let current = node;
  for (const key of path) current = child(current, key);
  return current;
}

export function stringValue(node: ConfigNode | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined;
}

/** The literal `true` (a string "true" or a flag that cannot be read is not). */
export function isTrue(node: ConfigNode | undefined): boolean {
  return node?.type === 'boolean' && node.value === true;
}

/** True when a path cannot be read statically: a segment is unknown, or missing from an opaque object. */
export function isOpaqueAt(node: ConfigNode | undefined, path: readonly string[]): boolean {
  let current = node;
  for (const key of path) {
    if (!current) return false;
    if (current.type === 'unknown') return true;
    if (current.type !== 'object') return false;
    const next = member(current, key);
    if (!next) return current.opaque;
    current = next.value;
  }
  return current?.type === 'unknown' || ((current?.type === 'object' || current?.type === 'array') && current.opaque);
}

/** The plain JS value of a node (unknown parts become undefined), for callers that want an object. */
export function toPlain(node: ConfigNode | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const m of node.members) out[m.key] = toPlain(m.value);
      return out;
    }
    case 'array':
      return node.elements.map(toPlain);
    case 'unknown':
      return undefined;
    default:
      return node.value;
  }
}
