// Parses WXML with htmlparser2 (XML mode: WXML tags are case-sensitive, must be closed, and have no HTML
// void or auto-closing elements). htmlparser2 is forgiving, so only unreadable files are parse errors.
import { Parser } from 'htmlparser2';
import type { FileError } from '@eslint/core';
import { LineIndex } from '../shared/line-index.js';
import { checkTextFile, type FileCheckOptions } from '../shared/file-checks.js';
import type { WXMLAttribute, WXMLComment, WXMLDocument, WXMLElement, WXMLText } from './wxml-ast.js';

export type WxmlParseResult = { ok: true; ast: WXMLDocument; comments: WXMLComment[] } | { ok: false; error: FileError };

/**
 * Hides `<` and `>` inside `{{ }}` and inside <wxs> module code (e.g. `{{ a < b }}`, `for (i = 0; i < n; i++)`)
 * so the tokenizer does not take them for tags. Same length, so offsets are unchanged.
 */
export function maskTemplateCode(text: string): string {
  const chars = text.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (chars[i] === '<' || chars[i] === '>') chars[i] = ' ';
  };
  for (const open of text.matchAll(/<wxs\b[^>]*>/g)) {
    if (open[0].endsWith('/>')) continue;
    const bodyStart = open.index + open[0].length;
    const close = text.indexOf('</wxs', bodyStart);
    blank(bodyStart, close === -1 ? text.length : close);
  }
  let from = 0;
  for (;;) {
    const start = text.indexOf('{{', from);
    if (start === -1) break;
    const end = text.indexOf('}}', start + 2);
    if (end === -1) break;
    blank(start + 2, end);
    from = end + 2;
  }
  return chars.join('');
}

interface OpenElement {
  element: WXMLElement;
}

export function parseWxml(text: string, options: FileCheckOptions = {}): WxmlParseResult {
  const fileProblem = checkTextFile(text, options);
  if (fileProblem) return { ok: false, error: fileProblem };

  const lines = new LineIndex(text);
  const root: WXMLDocument = { type: 'WXMLDocument', children: [], range: [0, text.length], loc: lines.loc(0, text.length) };
  const comments: WXMLComment[] = [];
  const stack: OpenElement[] = [];
  let pendingAttributes: WXMLAttribute[] = [];
  let openText: WXMLText | undefined;

  const container = () => (stack.length ? stack[stack.length - 1].element.children : root.children);
  const attribute = (start: number, end: number, name: string): WXMLAttribute => {
    let i = start + name.length;
    while (/\s/.test(text[i] ?? '') && i < end) i++;
    let value: string | null = null;
    let valueRange: [number, number] | null = null;
    if (text[i] === '=') {
      i++;
      while (/\s/.test(text[i] ?? '') && i < end) i++;
      const quote = text[i];
      valueRange = quote === '"' || quote === "'" ? [i + 1, Math.max(i + 1, end - 1)] : [i, end];
      value = text.slice(valueRange[0], valueRange[1]);
    }
    return { type: 'WXMLAttribute', name, value, valueRange, range: [start, end], loc: lines.loc(start, end) };
  };
  const closeElement = (open: OpenElement, end: number) => {
    open.element.range = [open.element.range[0], end];
    open.element.loc = lines.loc(open.element.range[0], end);
  };

  const parser: Parser = new Parser(
    {
      onattribute(name) {
        pendingAttributes.push(attribute(parser.startIndex, parser.endIndex, name));
      },
      onopentag(name) {
        openText = undefined;
        const start = parser.startIndex;
        const startTagEnd = parser.endIndex + 1;
        const selfClosing = text.startsWith('/>', startTagEnd - 2);
        const element: WXMLElement = {
          type: 'WXMLElement',
          name,
          attributes: pendingAttributes,
          children: [],
          selfClosing,
          startTagRange: [start, startTagEnd],
          range: [start, startTagEnd],
          loc: lines.loc(start, startTagEnd),
        };
        pendingAttributes = [];
        container().push(element);
        stack.push({ element });
      },
      onclosetag(_name, isImplied) {
        openText = undefined;
        const open = stack.pop();
        if (!open) return;
        const { element } = open;
        if (!isImplied) {
          closeElement(open, parser.endIndex + 1);
        } else if (!element.selfClosing) {
          // Never closed (the file ended first): the element spans up to its last child.
          const last = element.children[element.children.length - 1];
          closeElement(open, Math.max(element.startTagRange[1], last ? last.range[1] : 0));
        }
      },
      ontext() {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        // htmlparser2 splits text at entities; one text node per run.
        if (openText && openText.range[1] === start) {
          openText.range = [openText.range[0], end];
          openText.loc = lines.loc(openText.range[0], end);
          openText.value = text.slice(openText.range[0], end);
          return;
        }
        openText = { type: 'WXMLText', value: text.slice(start, end), range: [start, end], loc: lines.loc(start, end) };
        container().push(openText);
      },
      oncomment() {
        openText = undefined;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        comments.push({ type: 'WXMLComment', value: text.slice(start + 4, end - 3), range: [start, end], loc: lines.loc(start, end) });
      },
    },
    { xmlMode: true, decodeEntities: false, recognizeSelfClosing: true },
  );
  parser.end(maskTemplateCode(text));
  return { ok: true, ast: root, comments };
}
