// JSON / JSONC / JSON5 → ConfigNode with exact ranges, through @humanwhocodes/momoa (the parser @eslint/json uses).
// One lenient mode (JSON5 ⊃ JSONC ⊃ JSON) for every file: uni-app manifest.json has comments, HarmonyOS files are
// JSON5, and a stray comment in app.json should not blind the model.
import { parse, type ValueNode } from '@humanwhocodes/momoa';
import type { ConfigProblem } from '../types.js';
import type { ConfigNode } from './config-tree.js';
import { LineIndex } from './positions.js';

export type JsonParseResult = { ok: true; root: ConfigNode; lines: LineIndex } | { ok: false; problem: ConfigProblem };

/**
 * The last parses per file: the model reads some files as two kinds (app.json probed as plain JSON to tell Expo from
 * WeChat, then read as the one it is), and the tree depends only on the text. Results are never modified.
 */
const recentParses = new Map<string, { text: string; result: JsonParseResult }>();
const MAX_RECENT_PARSES = 64;

export function parseJsonConfig(file: string, text: string): JsonParseResult {
  const recent = recentParses.get(file);
  if (recent?.text === text) return recent.result;
  const result = parseJsonText(file, text);
  if (recentParses.size >= MAX_RECENT_PARSES) recentParses.delete(recentParses.keys().next().value!);
  recentParses.set(file, { text, result });
  return result;
}

function parseJsonText(file: string, text: string): JsonParseResult {
  const lines = new LineIndex(text);
  let body: ValueNode;
  try {
    body = parse(text, { mode: 'json5', ranges: true }).body;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = error as { line?: unknown; column?: unknown };
    const range =
      typeof at.line === 'number' && typeof at.column === 'number'
        ? (() => {
            const offset = lines.offsetAt(at.line, at.column - 1);
            return lines.range(offset, offset);
          })()
        : undefined;
    return { ok: false, problem: { file, message: `Cannot parse ${basename(file)}: ${message.replace(/\s*\(\d+:\d+\)$/, '')}`, ...(range ? { range } : {}) } };
  }
  return { ok: true, root: convert(body, lines), lines };
}

function convert(node: ValueNode, lines: LineIndex): ConfigNode {
  const range = lines.range(node.loc.start.offset, node.loc.end.offset);
  switch (node.type) {
    case 'Object':
      return {
        type: 'object',
        opaque: false,
        range,
        members: node.members.map((m) => ({
          key: m.name.type === 'String' ? m.name.value : m.name.name,
          keyRange: lines.range(m.name.loc.start.offset, m.name.loc.end.offset),
          value: convert(m.value, lines),
        })),
      };
    case 'Array':
      return { type: 'array', opaque: false, range, elements: node.elements.map((e) => convert(e.value, lines)) };
    case 'String':
      return { type: 'string', value: node.value, range };
    case 'Number':
      return { type: 'number', value: node.value, range };
    case 'Boolean':
      return { type: 'boolean', value: node.value, range };
    case 'Null':
      return { type: 'null', value: null, range };
    case 'NaN':
      return { type: 'number', value: NaN, range };
    case 'Infinity':
      return { type: 'number', value: node.sign === '-' ? -Infinity : Infinity, range };
  }
}

function basename(file: string): string {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return slash === -1 ? file : file.slice(slash + 1);
}
