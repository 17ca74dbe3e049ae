// JSON / JSONC / JSON5 text → the edit tree, with offsets. Parsed leniently (JSON5 accepts comments and trailing
// commas), while what is written follows the file's dialect.
import { parse, type ValueNode } from '@humanwhocodes/momoa';
import type { MemberNode, TreeNode } from './object-tree.js';

function quoteOf(text: string, offset: number): '"' | "'" | '' {
  const ch = text[offset];
  return ch === '"' || ch === "'" ? ch : '';
}

function convert(node: ValueNode, text: string): TreeNode {
  const start = node.loc.start.offset;
  const end = node.loc.end.offset;
  switch (node.type) {
    case 'Object':
      return {
        kind: 'object',
        start,
        end,
        members: node.members.map(
          (member): MemberNode => ({
            key: member.name.type === 'String' ? member.name.value : member.name.name,
            keyQuote: quoteOf(text, member.name.loc.start.offset),
            start: member.loc.start.offset,
            end: member.loc.end.offset,
            value: convert(member.value, text),
          }),
        ),
      };
    case 'Array':
      return { kind: 'array', start, end, elements: node.elements.map((element) => convert(element.value, text)) };
    case 'String': {
      const quote = quoteOf(text, start);
      return { kind: 'string', start, end, value: node.value, quote: quote === '' ? '"' : quote };
    }
    default:
      return { kind: 'other', start, end };
  }
}

/** The value tree of a JSON-family text, or undefined when it does not parse. */
export function parseJsonTree(text: string): TreeNode | undefined {
  try {
    return convert(parse(text, { mode: 'json5', ranges: true }).body, text);
  } catch {
    return undefined;
  }
}
