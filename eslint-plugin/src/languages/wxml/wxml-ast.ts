// AST for WeChat mini-program templates (.wxml). Values are kept as written: `{{ }}` mustaches stay in
// attribute values and text, and entities are not decoded (WXML only decodes them in <text decode>).
import type { CommentNode, SyntaxNode } from '../shared/source-code.js';

export interface WXMLDocument extends SyntaxNode {
  type: 'WXMLDocument';
  children: Array<WXMLElement | WXMLText>;
}

export interface WXMLElement extends SyntaxNode {
  type: 'WXMLElement';
  /** Tag name as written (`button`, `checkbox`, `wx-button` …). */
  name: string;
  attributes: WXMLAttribute[];
  children: Array<WXMLElement | WXMLText>;
  selfClosing: boolean;
  /** Range of the start tag `<name …>`. */
  startTagRange: [number, number];
}

export interface WXMLAttribute extends SyntaxNode {
  type: 'WXMLAttribute';
  /** Name as written (`open-type`, `wx:if`, `bindtap`, `checked`). */
  name: string;
  /** Value as written between the quotes; null for a bare attribute such as `checked`. */
  value: string | null;
  /** Range of the value between its quotes; null for a bare attribute. */
  valueRange: [number, number] | null;
}

export interface WXMLText extends SyntaxNode {
  type: 'WXMLText';
  /** Text as written, mustaches included. */
  value: string;
}

export interface WXMLComment extends CommentNode {
  type: 'WXMLComment';
}

export type WXMLNode = WXMLDocument | WXMLElement | WXMLAttribute | WXMLText;

export const WXML_VISITOR_KEYS: Record<string, string[]> = {
  WXMLDocument: ['children'],
  WXMLElement: ['attributes', 'children'],
  WXMLAttribute: [],
  WXMLText: [],
};

/** The attribute with this name, if present. */
export function getWxmlAttribute(element: WXMLElement, name: string): WXMLAttribute | undefined {
  return element.attributes.find((attribute) => attribute.name === name);
}
