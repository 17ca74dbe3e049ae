// ESLint Language `consentry/strings`: Apple `.strings` files such as `zh-Hans.lproj/InfoPlist.strings`.
import type { File, Language, OkParseResult, ParseResult } from '@eslint/core';
import { ConfigSourceCode } from '../shared/source-code.js';
import { fileText, validateMaxFileSize } from '../shared/file-checks.js';
import { parseStrings } from './strings-parser.js';
import { STRINGS_VISITOR_KEYS, type StringsComment, type StringsDocument, type StringsNode } from './strings-ast.js';

export interface StringsLanguageOptions {
  [key: string]: unknown;
  maxFileSize?: number;
}

export class StringsSourceCode extends ConfigSourceCode<StringsDocument> {}

type StringsLanguageTypes = { LangOptions: StringsLanguageOptions; Code: StringsSourceCode; RootNode: StringsDocument; Node: StringsNode };

export const stringsLanguage: Language<StringsLanguageTypes> = {
  fileType: 'text',
  lineStart: 1,
  columnStart: 0,
  nodeTypeKey: 'type',
  visitorKeys: STRINGS_VISITOR_KEYS,
  defaultLanguageOptions: {},
  validateLanguageOptions: validateMaxFileSize,
  parse(file: File, context): ParseResult<StringsDocument> {
    const text = fileText(String(file.body), file.physicalPath);
    const result = parseStrings(text, { maxFileSize: context.languageOptions?.maxFileSize });
    return result.ok ? { ok: true, ast: result.ast, comments: result.comments, text } : { ok: false, errors: [result.error] };
  },
  createSourceCode(file: File, parsed: OkParseResult<StringsDocument>): StringsSourceCode {
    return new StringsSourceCode({
      text: typeof parsed.text === 'string' ? parsed.text : String(file.body),
      ast: parsed.ast,
      comments: parsed.comments as StringsComment[],
      visitorKeys: STRINGS_VISITOR_KEYS,
    });
  },
};
