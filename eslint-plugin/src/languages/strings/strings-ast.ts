// AST for Apple `.strings` files (`*.lproj/InfoPlist.strings`): `"Key" = "Value";` entries with /* */ and // comments.
import type { CommentNode, SyntaxNode } from '../shared/source-code.js';

export interface StringsDocument extends SyntaxNode {
  type: 'StringsDocument';
  entries: StringsEntry[];
}

export interface StringsEntry extends SyntaxNode {
  type: 'StringsEntry';
  key: StringsLiteral;
  value: StringsLiteral;
}

export interface StringsLiteral extends SyntaxNode {
  type: 'StringsLiteral';
  /** The string with escapes (\" \\ \n \t \Uxxxx …) resolved. */
  value: string;
  quoted: boolean;
}

export interface StringsComment extends CommentNode {
  type: 'StringsBlockComment' | 'StringsLineComment';
}

export type StringsNode = StringsDocument | StringsEntry | StringsLiteral;

export const STRINGS_VISITOR_KEYS: Record<string, string[]> = {
  StringsDocument: ['entries'],
  StringsEntry: ['key', 'value'],
  StringsLiteral: [],
};
