// ESLint Language `consentry/xml`: Info.plist, *.xcprivacy and AndroidManifest.xml.
import type { File, Language, OkParseResult, ParseResult } from '@eslint/core';
import { ConfigSourceCode } from '../shared/source-code.js';
import { fileText, validateMaxFileSize } from '../shared/file-checks.js';
import { parseXml } from './xml-parser.js';
import { XML_VISITOR_KEYS, type XMLComment, type XMLDocument, type XMLNode } from './xml-ast.js';

export interface XmlLanguageOptions {
  [key: string]: unknown;
  /** Files longer than this (characters) give a parse error instead of being parsed. */
  maxFileSize?: number;
}

export class XmlSourceCode extends ConfigSourceCode<XMLDocument> {}

type XmlLanguageTypes = { LangOptions: XmlLanguageOptions; Code: XmlSourceCode; RootNode: XMLDocument; Node: XMLNode };

export const xmlLanguage: Language<XmlLanguageTypes> = {
  fileType: 'text',
  lineStart: 1,
  columnStart: 0,
  nodeTypeKey: 'type',
  visitorKeys: XML_VISITOR_KEYS,
  defaultLanguageOptions: {},
  validateLanguageOptions: validateMaxFileSize,
  parse(file: File, context): ParseResult<XMLDocument> {
    const text = fileText(String(file.body), file.physicalPath);
    const result = parseXml(text, { maxFileSize: context.languageOptions?.maxFileSize });
    return result.ok ? { ok: true, ast: result.ast, comments: result.comments, text } : { ok: false, errors: [result.error] };
  },
  createSourceCode(file: File, parsed: OkParseResult<XMLDocument>): XmlSourceCode {
    return new XmlSourceCode({
      text: typeof parsed.text === 'string' ? parsed.text : String(file.body),
      ast: parsed.ast,
      comments: parsed.comments as XMLComment[],
      visitorKeys: XML_VISITOR_KEYS,
    });
  },
};
