// Parses an XML config file into the AST of xml-ast.ts.
// fast-xml-parser (with captureMetaData) checks well-formedness and gives each element's start/end offsets;
// attribute, text and comment ranges are then read from the text between those offsets, so every node's
// location is exact (CRLF line endings included).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { FileError } from '@eslint/core';
import { LineIndex } from '../shared/line-index.js';
import { checkTextFile, fileErrorAt, type FileCheckOptions } from '../shared/file-checks.js';
import { decodeXmlEntities } from '../shared/xml-entities.js';
import type { XMLAttribute, XMLComment, XMLDocument, XMLElement, XMLText } from './xml-ast.js';

export type XmlParseResult = { ok: true; ast: XMLDocument; comments: XMLComment[] } | { ok: false, error: FileError };

/** fast-xml-parser's output with `preserveOrder`: one key (tag name or #text) plus the metadata symbol. */
type OrderedNode = Record<string, unknown>;

const METADATA = XMLParser.getMetaDataSymbol() as unknown as string;

const structureParser = new XMLParser({
  preserveOrder: true,
  captureMetaData: true,
  ignoreAttributes: true,
  ignorePiTags: true,
  processEntities: false,
  parseTagValue: false,
  trimValues: false,
});

class XmlStructureError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const isNameChar = (ch: string) => !/[\s=/>"'<]/.test(ch);

export function parseXml(text: string, options: FileCheckOptions = {}): XmlParseResult {
  if (text.startsWith('bplist')) {
    return { ok: false, error: { message: 'binary plist: convert with `plutil -convert xml1 <file>` to lint it', line: 1, column: 1 } };
  }
  const fileProblem = checkTextFile(text, options);
  if (fileProblem) return { ok: false, error: fileProblem };
  // The validator would say "Start tag expected." of an empty file: say what is wrong with it instead.
  if (text.trim() === '') return { ok: false, error: { message: 'file is empty: an XML document (a property list or an Android manifest) was expected', line: 1, column: 1 } };
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    return { ok: false, error: { message: msg, line: line || 1, column: col || 1 } };
  }
  try {
    const ordered = structureParser.parse(text) as OrderedNode[];
    return new XmlAstBuilder(text).build(ordered);
  } catch (error) {
    const offset = error instanceof XmlStructureError ? error.offset : 0;
    return { ok: false, error: fileErrorAt(text, offset, error instanceof Error ? error.message : String(error)) };
  }
}

class XmlAstBuilder {
  readonly #lines: LineIndex;
  readonly #comments: XMLComment[] = [];

  constructor(readonly text: string) {
    this.#lines = new LineIndex(text);
  }

  build(ordered: OrderedNode[]): XmlParseResult {
    const children: XMLElement[] = [];
    const spans: Array<[number, number]> = [];
    for (const node of ordered) {
      const element = this.#element(node);
      if (element) {
        children.push(element);
        spans.push(element.range);
      }
    }
    // Top level: only comments matter (text outside the root is not content).
    this.#scanGaps(0, this.text.length, spans, () => undefined);
    const ast: XMLDocument = { type: 'XMLDocument', children, range: [0, this.text.length], loc: this.#lines.loc(0, this.text.length) };
    return { ok: true, ast, comments: this.#comments };
  }

  #element(node: OrderedNode): XMLElement | undefined {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (!name || name === '#text') return undefined;
    const meta = node[METADATA] as { startIndex?: number; endIndex?: number } | undefined;
    if (meta?.startIndex === undefined || meta.endIndex === undefined) {
      throw new XmlStructureError(`could not locate element <${name}>`, meta?.startIndex ?? 0);
    }
    const start = meta.startIndex;
    const end = meta.endIndex;
    const text = this.text;
    const nameStart = start + 1;
    let i = nameStart;
    while (i < end && isNameChar(text[i])) i++;
    if (text.slice(nameStart, i) !== name) throw new XmlStructureError(`could not locate element <${name}>`, start);

    const attributes: XMLAttribute[] = [];
    let selfClosing = false;
    for (;;) {
      while (/\s/.test(text[i] ?? '')) i++;
      if (i >= end) throw new XmlStructureError(`unterminated start tag <${name}>`, start);
      if (text[i] === '>') {
        i++;
        break;
      }
      if (text[i] === '/' && text[i + 1] === '>') {
        selfClosing = true;
        i += 2;
        break;
      }
      attributes.push(this.#attribute(i, end));
      i = attributes[attributes.length - 1].range[1];
    }
    const startTagEnd = i;

    const children: Array<XMLElement | XMLText> = [];
    if (!selfClosing) {
      const contentEnd = text.lastIndexOf('</', end - 1);
      if (contentEnd < startTagEnd) throw new XmlStructureError(`missing end tag for <${name}>`, start);
      const childElements: XMLElement[] = [];
      for (const child of (node[name] as OrderedNode[] | undefined) ?? []) {
        const element = this.#element(child);
        if (element) childElements.push(element);
      }
      const texts: XMLText[] = [];
      this.#scanGaps(startTagEnd, contentEnd, childElements.map((element) => element.range), (textNode) => texts.push(textNode));
      // Indentation between child elements is layout, not content.
      const content = childElements.length ? texts.filter((textNode) => textNode.cdata || textNode.value.trim() !== '') : texts;
      children.push(...childElements, ...content);
      children.sort((a, b) => a.range[0] - b.range[0]);
    }
    return {
      type: 'XMLElement',
      name,
      attributes,
      children,
      selfClosing,
      startTagRange: [start, startTagEnd],
      range: [start, end],
      loc: this.#lines.loc(start, end),
    };
  }

  #attribute(start: number, limit: number): XMLAttribute {
    const text = this.text;
    let i = start;
    while (i < limit && isNameChar(text[i])) i++;
    const name = text.slice(start, i);
    if (!name) throw new XmlStructureError('malformed attribute', start);
    while (/\s/.test(text[i] ?? '')) i++;
    if (text[i] !== '=') throw new XmlStructureError(`attribute ${name} has no value`, start);
    i++;
    while (/\s/.test(text[i] ?? '')) i++;
    const quote = text[i];
    if (quote !== '"' && quote !== "'") throw new XmlStructureError(`attribute ${name} has an unquoted value`, i);
    const valueStart = i + 1;
    const valueEnd = text.indexOf(quote, valueStart);
    if (valueEnd === -1 || valueEnd >= limit) throw new XmlStructureError(`attribute ${name} has an unterminated value`, i);
    const end = valueEnd + 1;
    return {
      type: 'XMLAttribute',
      name,
      value: decodeXmlEntities(text.slice(valueStart, valueEnd)),
      valueRange: [valueStart, valueEnd],
      range: [start, end],
      loc: this.#lines.loc(start, end),
    };
  }

  /** Reads comments and text between `from` and `to`, skipping the given (sorted) element spans. */
  #scanGaps(from: number, to: number, spans: Array<[number, number]>, onText: (node: XMLText) => void): void {
    let position = from;
    for (const [spanStart, spanEnd] of [...spans, [to, to] as [number, number]]) {
      this.#scanGap(position, spanStart, onText);
      position = spanEnd;
    }
  }

  #scanGap(from: number, to: number, onText: (node: XMLText) => void): void {
    const text = this.text;
    let i = from;
    while (i < to) {
      if (text.startsWith('<!--', i)) {
        const close = text.indexOf('-->', i + 4);
        const end = close === -1 || close + 3 > to ? to : close + 3;
        this.#comments.push({ type: 'XMLComment', value: text.slice(i + 4, end - 3), range: [i, end], loc: this.#lines.loc(i, end) });
        i = end;
      } else if (text.startsWith('<![CDATA[', i)) {
        const close = text.indexOf(']]>', i + 9);
        const end = close === -1 || close + 3 > to ? to : close + 3;
        onText({ type: 'XMLText', value: text.slice(i + 9, end - 3), cdata: true, range: [i, end], loc: this.#lines.loc(i, end) });
        i = end;
      } else if (text.startsWith('<?', i)) {
        const close = text.indexOf('?>', i + 2);
        i = close === -1 || close + 2 > to ? to : close + 2;
      } else if (text.startsWith('<!', i)) {
        // DOCTYPE (possibly with an internal subset in brackets).
        let depth = 0;
        let j = i + 2;
        for (; j < to; j++) {
          if (text[j] === '[') depth++;
          else if (text[j] === ']') depth--;
          else if (text[j] === '>' && depth <= 0) break;
        }
        i = Math.min(j + 1, to);
      } else {
        let end = text.indexOf('<', i + 1);
        if (end === -1 || end > to) end = to;
        onText({ type: 'XMLText', value: decodeXmlEntities(text.slice(i, end)), cdata: false, range: [i, end], loc: this.#lines.loc(i, end) });
        i = end;
      }
    }
  }
}
