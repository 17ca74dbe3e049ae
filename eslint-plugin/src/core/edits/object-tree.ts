// Minimal insertions into object/array literals (JSON, JSONC, JSON5, and JS/TS config objects) that keep the file's
// formatting and comments: new members follow the siblings' indentation, quotes and trailing-comma style.
import { detectEol, detectIndentUnit, isFirstOnLine, lineEndAt, lineIndentAt, type TextEdit } from './text.js';

export type TreeNode = ObjectNode | ArrayNode | StringNode | OtherNode;

interface NodeBase {
  start: number;
  end: number;
}
export interface ObjectNode extends NodeBase {
  kind: 'object';
  members: MemberNode[];
}
export interface MemberNode extends NodeBase {
  /** Undefined for members that have no static key (spread, computed). */
  key: string | undefined;
  /** How the key is written: '"', "'", or '' for an identifier. */
  keyQuote: '"' | "'" | '';
  value: TreeNode | undefined;
}
export interface ArrayNode extends NodeBase {
  kind: 'array';
  elements: TreeNode[];
}
export interface StringNode extends NodeBase {
  kind: 'string';
  value: string;
  quote: '"' | "'" | '`';
}
export interface OtherNode extends NodeBase {
  kind: 'other';
}

/** A value to write: plain JSON data. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * 'json': strict JSON (quoted keys, double quotes, no trailing commas). 'jsonc': JSON with comments (uni-app's
 * manifest.json): quoted keys and double quotes, trailing commas only where the file already has them.
 * 'json5' / 'js': follow the siblings.
 */
export type Dialect = 'json' | 'jsonc' | 'json5' | 'js';

export interface WriteStyle {
  dialect: Dialect;
  quote: '"' | "'";
  /** Quote keys that are valid identifiers too. */
  quoteAllKeys: boolean;
  eol: string;
  indentUnit: string;
  /** Multi-line objects and arrays end with a comma after their last entry (prettier's default for JS/TS). */
  trailingCommas: boolean;
  /** Between a key and its value: ': ', or ' : ' as HBuilderX writes manifest.json. */
  colon: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The writing style of a file: the quote and key style its existing strings and keys use. */
export function detectStyle(text: string, root: TreeNode, dialect: Dialect): WriteStyle {
  const eol = detectEol(text);
  const indentUnit = detectIndentUnit(text);
  const colon = dialect !== 'js' && spacedColons(text) ? ' : ' : ': ';
  const trailingCommas = /,[ \t]*\r?\n[ \t]*[}\]]/.test(text);
  if (dialect === 'json' || dialect === 'jsonc') {
    return { dialect, quote: '"', quoteAllKeys: true, eol, indentUnit, trailingCommas: dialect === 'jsonc' && trailingCommas, colon };
  }
  let single = 0;
  let double = 0;
  let unquotedKeys = 0;
  let quotedIdentifierKeys = 0;
  const visit = (node: TreeNode | undefined): void => {
    if (!node) return;
    if (node.kind === 'string') {
      if (node.quote === "'") single++;
      else if (node.quote === '"') double++;
    } else if (node.kind === 'array') node.elements.forEach(visit);
    else if (node.kind === 'object') {
      for (const member of node.members) {
        if (member.key !== undefined) {
          if (member.keyQuote === '') unquotedKeys++;
          else if (IDENTIFIER.test(member.key)) quotedIdentifierKeys++;
          if (member.keyQuote === "'") single++;
          else if (member.keyQuote === '"') double++;
        }
        visit(member.value);
      }
    }
  };
  visit(root);
  return {
    dialect,
    quote: single > double ? "'" : '"',
    // No identifier-like key to go by ({} or only "app-plus"): JSON5 files are written with quoted keys (DevEco's
    // templates), JS objects without.
    quoteAllKeys: dialect === 'js' ? quotedIdentifierKeys > unquotedKeys : quotedIdentifierKeys >= unquotedKeys,
    eol,
    indentUnit,
    trailingCommas,
    colon,
  };
}

/** Whether the file's keys are mostly followed by ' : ' rather than ': ' (JSON-family files only). */
function spacedColons(text: string): boolean {
  const spaced = text.match(/["'\w][ \t]+:[ \t]/g)?.length ?? 0;
  const tight = text.match(/["'\w]:[ \t]/g)?.length ?? 0;
  return spaced > tight;
}

export function quoteString(value: string, quote: '"' | "'"): string {
  if (quote === '"') return JSON.stringify(value);
  const body = JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${body}'`;
}

function renderKey(key: string, style: WriteStyle): string {
  return !style.quoteAllKeys && IDENTIFIER.test(key) ? key : quoteString(key, style.quote);
}

/**
 * Render a value as it would be written at a member whose line is indented by `indent`; `inline` keeps objects and
 * arrays on one line (for insertion into a one-line container).
 */
export function renderValue(value: JsonValue, indent: string, style: WriteStyle, inline = false): string {
  if (typeof value === 'string') return quoteString(value, style.quote);
  if (value === null || typeof value !== 'object') return String(value);
  const inner = indent + style.indentUnit;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    // Short lists of scalars stay on one line, as people write them (["getLocation"]).
    if (inline || value.every((v) => typeof v !== 'object' || v === null)) {
      return `[${value.map((v) => renderValue(v, indent, style, true)).join(', ')}]`;
    }
    const last = style.trailingCommas ? ',' : '';
    return `[${style.eol}${value.map((v) => inner + renderValue(v, inner, style)).join(`,${style.eol}`)}${last}${style.eol}${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  if (inline) return `{ ${entries.map(([k, v]) => `${renderKey(k, style)}${style.colon}${renderValue(v, indent, style, true)}`).join(', ')} }`;
  return `{${style.eol}${entries
    .map(([k, v]) => `${inner}${renderKey(k, style)}${style.colon}${renderValue(v, inner, style)}`)
    .join(`,${style.eol}`)}${style.trailingCommas ? ',' : ''}${style.eol}${indent}}`;
}

/** Skip spaces, tabs and comments that stay on the same line, from `offset`. */
function skipInlineTrivia(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0 || text.slice(i, close).includes('\n')) return i;
      i = close + 2;
      continue;
    }
    return i;
  }
}

/** Offset after a trailing comma that follows `offset` (possibly after comments / line breaks), or undefined. */
function trailingCommaAfter(text: string, offset: number, containerEnd: number): number | undefined {
  let i = offset;
  while (i < containerEnd) {
    const ch = text[i]!;
    if (/\s/.test(ch)) i++;
    else if (text.startsWith('//', i)) i = lineEndAt(text, i);
    else if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) return undefined;
      i = close + 2;
    } else return ch === ',' ? i + 1 : undefined;
  }
  return undefined;
}

/**
 * Edits that append one entry (`entryText`, e.g. `"key": value` or a value) at the end of a container whose last
 * child ends at `lastEnd` (undefined when empty). Multi-line containers get a new line with the siblings' indent;
 * one-line containers stay on one line.
 */
function appendEntry(
  text: string,
  container: ObjectNode | ArrayNode,
  children: readonly NodeBase[],
  renderEntry: (indent: string, inline: boolean) => string,
  style: WriteStyle,
): TextEdit[] {
  const open = container.start;
  const close = container.end - 1; // the closing brace/bracket
  const containerIndent = lineIndentAt(text, open);
  const multiline = text.slice(open, container.end).includes('\n');
  const last = children[children.length - 1];
  if (!last) {
    const childIndent = containerIndent + style.indentUnit;
    const inner = text.slice(open + 1, close);
    if (inner.trim() !== '') {
      // Only comments inside (`{ /* TODO */ }`, `{ /* a\n b */ }`): the entry goes after the last one, never into
      // it, and the closing brace gets a line of its own if it shares the comment's line.
      const after = open + 1 + inner.trimEnd().length;
      const entry = `${style.eol}${childIndent}${renderEntry(childIndent, false)}`;
      if (text.slice(after, close).includes('\n')) return [{ start: after, end: after, newText: entry }];
      return [{ start: after, end: close, newText: `${entry}${style.eol}${containerIndent}` }];
    }
    if (multiline) {
      // `{\n}` or `{ // comment\n}`: the entry goes on its own line after the opening line.
      const at = lineEndAt(text, open);
      return [{ start: at, end: at, newText: `${style.eol}${childIndent}${renderEntry(childIndent, false)}` }];
    }
    // `{}`: expand to one entry per line, like the rest of a config file.
    return [{ start: open + 1, end: close, newText: `${style.eol}${childIndent}${renderEntry(childIndent, false)}${style.eol}${containerIndent}` }];
  }
  const trailing = trailingCommaAfter(text, last.end, close);
  const keepTrailingComma = trailing !== undefined && style.dialect !== 'json';
  if (!multiline) {
    const at = trailing ?? last.end;
    const entry = renderEntry(containerIndent, true);
    return [{ start: at, end: at, newText: trailing !== undefined ? ` ${entry}${keepTrailingComma ? ',' : ''}` : `, ${entry}` }];
  }
  const childIndent = isFirstOnLine(text, last.start) ? lineIndentAt(text, last.start) : containerIndent + style.indentUnit;
  const edits: TextEdit[] = [];
  let after = trailing ?? last.end;
  if (trailing === undefined) edits.push({ start: last.end, end: last.end, newText: ',' });
  // Keep a comment that ends the last child's line with that child: the new entry starts after it.
  after = skipInlineTrivia(text, after);
  const insertAt = text.startsWith('//', after) ? lineEndAt(text, after) : after;
  const newText = `${style.eol}${childIndent}${renderEntry(childIndent, false)}${keepTrailingComma ? ',' : ''}`;
  const comma = edits[0];
  // One edit when the comma and the entry go to the same place.
  if (comma && comma.start === insertAt) comma.newText += newText;
  else edits.push({ start: insertAt, end: insertAt, newText });
  return edits;
}

export function findMember(object: ObjectNode, key: string): MemberNode | undefined {
  // The last one wins, as in JSON.parse and object literals.
  for (let i = object.members.length - 1; i >= 0; i--) if (object.members[i]!.key === key) return object.members[i];
  return undefined;
}

/** Nest a value under the remaining keys: (['a', 'b'], v) → { a: { b: v } }. */
function nest(keys: readonly string[], value: JsonValue): JsonValue {
  return keys.reduceRight<JsonValue>((inner, key) => ({ [key]: inner }), value);
}

export function insertMember(text: string, object: ObjectNode, key: string, value: JsonValue, style: WriteStyle): TextEdit[] {
  return insertMembers(text, object, [[key, value]], style);
}

/** Append several members in one edit (two separate insertions at the same point would be ambiguous). */
export function insertMembers(text: string, object: ObjectNode, members: ReadonlyArray<[string, JsonValue]>, style: WriteStyle): TextEdit[] {
  const multiline = text.slice(object.start, object.end).includes('\n') || object.members.length === 0;
  return appendEntry(
    text,
    object,
    object.members,
    (indent, inline) =>
      members
        .map(([key, value]) => `${renderKey(key, style)}${style.colon}${renderValue(value, indent, style, inline)}`)
        .join(multiline && !inline ? `,${style.eol}${indent}` : ', '),
    style,
  );
}

export function appendElement(text: string, array: ArrayNode, value: JsonValue, style: WriteStyle): TextEdit[] {
  return appendEntry(text, array, array.elements, (indent, inline) => renderValue(value, indent, style, inline), style);
}

/** Replace a node by a value; `inline` keeps it on one line (the node sits in a one-line list). */
export function replaceNode(node: TreeNode, value: JsonValue, text: string, style: WriteStyle, inline = false): TextEdit[] {
  return [{ start: node.start, end: node.end, newText: renderValue(value, lineIndentAt(text, node.start), style, inline) }];
}

export type PathResult =
  | { status: 'exists'; node: TreeNode }
  | { status: 'missing'; object: ObjectNode; remaining: string[] }
  /** A non-object is in the way (e.g. `"ios": "x"`): nothing sensible to insert. */
  | { status: 'blocked'; at: string[] };

/**
 * An object with a spread or computed member (`{ ...config, name }`) may get the key from elsewhere: adding it here
 * could override that value, so nothing is inserted into such an object.
 */
function hasSpread(object: ObjectNode): boolean {
  return object.members.some((m) => m.key === undefined);
}

/** Walk `path` from an object: how far it exists. */
export function resolvePath(root: ObjectNode, path: readonly string[]): PathResult {
  let current: ObjectNode = root;
  for (let i = 0; i < path.length; i++) {
    const member = findMember(current, path[i]!);
    if (!member || !member.value) return { status: 'missing', object: current, remaining: path.slice(i) };
    if (i === path.length - 1) return { status: 'exists', node: member.value };
    if (member.value.kind !== 'object') return { status: 'blocked', at: path.slice(0, i + 1) };
    current = member.value;
  }
  return { status: 'exists', node: current };
}

/**
 * Make `path` hold a string: insert what is missing (creating parent objects), or replace an empty / whitespace
 * string. An existing non-empty string is left alone (no edits).
 */
export function setStringAtPath(text: string, root: ObjectNode, path: readonly string[], value: string, style: WriteStyle): TextEdit[] | undefined {
  const found = resolvePath(root, path);
  if (found.status === 'blocked') return undefined;
  if (found.status === 'missing') {
    if (hasSpread(found.object)) return undefined;
    const [first, ...rest] = found.remaining;
    return insertMember(text, found.object, first!, nest(rest, value), style);
  }
  if (found.node.kind === 'string') return found.node.value.trim() === '' ? replaceNode(found.node, value, text, style) : [];
  return undefined;
}

/** Make the array at `path` contain `item` (a string compared by value), creating the array and parents. */
export function addToArrayAtPath(text: string, root: ObjectNode, path: readonly string[], item: JsonValue, style: WriteStyle): TextEdit[] | undefined {
  const found = resolvePath(root, path);
  if (found.status === 'blocked') return undefined;
  if (found.status === 'missing') {
    if (hasSpread(found.object)) return undefined;
    const [first, ...rest] = found.remaining;
    return insertMember(text, found.object, first!, nest(rest, [item]), style);
  }
  if (found.node.kind !== 'array') return undefined;
  if (typeof item === 'string' && found.node.elements.some((e) => e.kind === 'string' && e.value === item)) return [];
  return appendElement(text, found.node, item, style);
}

/** The object at `path` (creating nothing), or undefined. */
export function objectAtPath(root: ObjectNode, path: readonly string[]): ObjectNode | undefined {
  if (path.length === 0) return root;
  const found = resolvePath(root, path);
  return found.status === 'exists' && found.node.kind === 'object' ? found.node : undefined;
}
