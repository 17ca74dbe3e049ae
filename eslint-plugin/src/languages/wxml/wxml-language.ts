// ESLint Language `consentry/wxml`: WeChat mini-program templates.
import type { File, Language, OkParseResult, ParseResult } from '@eslint/core';
import { ConfigSourceCode } from '../shared/source-code.js';
import { fileText, validateMaxFileSize } from '../shared/file-checks.js';
import { parseWxml } from './wxml-parser.js';
import { WXML_VISITOR_KEYS, type WXMLComment, type WXMLDocument, type WXMLNode } from './wxml-ast.js';

export interface WxmlLanguageOptions {
  [key: string]: unknown;
  maxFileSize?: number;
}

export class WxmlSourceCode extends ConfigSourceCode<WXMLDocument> {}

type WxmlLanguageTypes = { LangOptions: WxmlLanguageOptions; Code: WxmlSourceCode; RootNode: WXMLDocument; Node: WXMLNode };

export const wxmlLanguage: Language<WxmlLanguageTypes> = {
  fileType: 'text',
  lineStart: 1,
  columnStart: 0,
  nodeTypeKey: 'type',
  visitorKeys: WXML_VISITOR_KEYS,
  defaultLanguageOptions: {},
  validateLanguageOptions: validateMaxFileSize,
  parse(file: File, context): ParseResult<WXMLDocument> {
    const text = fileText(String(file.body), file.physicalPath);
    const result = parseWxml(text, { maxFileSize: context.languageOptions?.maxFileSize });
    return result.ok ? { ok: true, ast: result.ast, comments: result.comments, text } : { ok: false, errors: [result.error] };
  },
  createSourceCode(file: File, parsed: OkParseResult<WXMLDocument>): WxmlSourceCode {
    return new WxmlSourceCode({
      text: typeof parsed.text === 'string' ? parsed.text : String(file.body),
      ast: parsed.ast,
      comments: parsed.comments as WXMLComment[],
      visitorKeys: WXML_VISITOR_KEYS,
    });
  },
};
