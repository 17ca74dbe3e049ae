// XML → a small element tree with exact offsets, through fast-xml-parser (preserveOrder + captureMetaData).
// fast-xml-parser gives each element's start/end offsets in the original text; the spans of start tags, text and
// attributes are then read from the text itself. Malformed XML → a ConfigProblem at the validator's position.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ConfigProblem } from '../types.js';
import { LineIndex } from './positions.js';

export interface XmlElement {
  name: string;
  /** Offsets of the whole element, `<name …>` to `</name>` (or the self-closing tag). */
  start: number;
  end: number;
  /** Offsets of the content between the start and end tags (start === end for empty / self-closing). */
  contentStart: number;
  contentEnd: number;
  /** Decoded text content (direct text children joined). */
  text: string;
  attributes: XmlAttribute[];
  children: XmlElement[];
}

export interface XmlAttribute {
  name: string;
  value: string;
  /** Offsets of `name="value"`. */
  start: number;
  end: number;
  /** Offsets of the value without its quotes. */
  valueStart: number;
  valueEnd: number;
}

export type XmlParseResult = { ok: true; root: XmlElement | undefined; lines: LineIndex } | { ok: false; problem: ConfigProblem };

const META = XMLParser.getMetaDataSymbol() as unknown as string;
const TEXT = '#text';
const ATTRS = ':@';

let parser: XMLParser | undefined;
function xmlParser(): XMLParser {
  parser ??= new XMLParser({
    preserveOrder: true,
    captureMetaData: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  return parser;
}

export function parseXml(file: string, text: string, what: string): XmlParseResult {
  const lines = new LineIndex(text);
  if (text.startsWith('bplist')) {
    return { ok: false, problem: { file, message: `${what} is a binary property list; convert it to XML (plutil -convert xml1) so its keys can be checked`, range: lines.range(0, 0) } };
  }
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { line, col, msg } = validation.err;
    const offset = lines.offsetAt(line, col - 1);
    return { ok: false, problem: { file, message: `${what} is not well-formed XML: ${msg}`, range: lines.range(offset, offset) } };
  }
  let nodes: unknown[];
  try {
    nodes = xmlParser().parse(text) as unknown[];
  } catch (error) {
    return { ok: false, problem: { file, message: `${what} is not well-formed XML: ${error instanceof Error ? error.message : String(error)}` } };
  }
  const elements = convertChildren(nodes, text);
  return { ok: true, root: elements[0], lines };
}

function convertChildren(nodes: unknown[], text: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of nodes) {
    const record = node as Record<string, unknown>;
    const name = Object.keys(record).find((key) => key !== ATTRS && key !== TEXT);
    const meta = record[META] as { startIndex?: number; endIndex?: number } | undefined;
    if (!name || name.startsWith('#') || name.startsWith('!') || name.startsWith('?') || meta?.startIndex === undefined) continue;
    const start = meta.startIndex;
    const startTagEnd = endOfTag(text, start);
    const selfClosing = text.charCodeAt(startTagEnd - 2) === 47; // '/>'
    const end = meta.endIndex ?? startTagEnd;
    const contentStart = startTagEnd;
    const contentEnd = selfClosing ? startTagEnd : Math.max(contentStart, text.lastIndexOf('</', end - 1));
    const rawChildren = Array.isArray(record[name]) ? (record[name] as unknown[]) : [];
    let content = '';
    for (const c of rawChildren) {
      const value = (c as Record<string, unknown>)[TEXT];
      if (typeof value === 'string' || typeof value === 'number') content += String(value);
    }
    out.push({
      name,
      start,
      end,
      contentStart,
      contentEnd: selfClosing ? contentStart : contentEnd,
      text: content,
      attributes: readAttributes(text, start, startTagEnd, record[ATTRS] as Record<string, string> | undefined),
      children: convertChildren(rawChildren, text),
    });
  }
  return out;
}

/** Offset just past the `>` that ends the tag starting at `start`, skipping quoted attribute values. */
function endOfTag(text: string, start: number): number {
  let quote = 0;
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62) return i + 1;
  }
  return text.length;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function readAttributes(text: string, start: number, tagEnd: number, decoded: Record<string, string> | undefined): XmlAttribute[] {
  const tag = text.slice(start, tagEnd);
  const out: XmlAttribute[] = [];
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(tag); match; match = ATTRIBUTE.exec(tag)) {
    const name = match[1];
    const valueStart = start + match.index + match[0].length - match[2].length + 1;
    const valueEnd = start + match.index + match[0].length - 1;
    out.push({ name, value: decoded?.[name] ?? (match[3] ?? match[4]), start: start + match.index, end: start + match.index + match[0].length, valueStart, valueEnd });
  }
  return out;
}

export function attribute(element: XmlElement, name: string): XmlAttribute | undefined {
  return element.attributes.find((a) => a.name === name);
}
