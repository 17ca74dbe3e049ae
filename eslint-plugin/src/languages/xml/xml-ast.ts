// A small ESTree-like AST for XML config files (Info.plist, *.xcprivacy, AndroidManifest.xml).
// Every node has an exact `range` (UTF-16 offsets, end exclusive) and `loc` (1-based line, 0-based column).
import type { CommentNode, SyntaxNode } from '../shared/source-code.js';

export interface XMLDocument extends SyntaxNode {
  type: 'XMLDocument';
  /** Top-level elements (a well-formed document has exactly one). */
  children: XMLElement[];
}

export interface XMLElement extends SyntaxNode {
  type: 'XMLElement';
  /** Tag name as written, including any namespace prefix (`uses-permission`, `tools:node`). */
  name: string;
  attributes: XMLAttribute[];
  /** Child elements and text in document order; indentation-only text between elements is left out. */
  children: Array<XMLElement | XMLText>;
  selfClosing: boolean;
  /** Range of the start tag `<name …>`. */
  startTagRange: [number, number];
}

export interface XMLAttribute extends SyntaxNode {
  type: 'XMLAttribute';
  name: string;
  /** Value with character and entity references decoded. */
  value: string;
  /** Range of the value between its quotes. */
  valueRange: [number, number];
}

export interface XMLText extends SyntaxNode {
  type: 'XMLText';
  /** Text with character and entity references decoded (CDATA content is kept verbatim). */
  value: string;
  cdata: boolean;
}

export interface XMLComment extends CommentNode {
  type: 'XMLComment';
}

export type XMLNode = XMLDocument | XMLElement | XMLAttribute | XMLText;

export const XML_VISITOR_KEYS: Record<string, string[]> = {
  XMLDocument: ['children'],
  XMLElement: ['attributes', 'children'],
  XMLAttribute: [],
  XMLText: [],
};
