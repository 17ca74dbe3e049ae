import type { Language } from '@eslint/core';
import { xmlLanguage } from './xml/xml-language.js';
import { stringsLanguage } from './strings/strings-language.js';
import { wxmlLanguage } from './wxml/wxml-language.js';
import { jsonLanguage, jsoncLanguage, json5Language } from './json.js';
import { autoLanguage } from './auto/auto-language.js';

/**
 * ESLint Languages (`consentry/<name>`): `auto` picks the right one by file name and is what the recommended
 * config uses; the others are for configs that want one language per file pattern.
 */
export const languages: Record<string, Language> = {
  auto: autoLanguage as unknown as Language,
  xml: xmlLanguage as unknown as Language,
  strings: stringsLanguage as unknown as Language,
  wxml: wxmlLanguage as unknown as Language,
  json: jsonLanguage,
  jsonc: jsoncLanguage,
  json5: json5Language,
};

export { fileLanguageOf, type FileLanguage } from './auto/auto-language.js';
export { rootLanguageOf, type RootLanguage } from './root-language.js';
export type { XMLDocument, XMLElement, XMLAttribute, XMLText, XMLComment, XMLNode } from './xml/xml-ast.js';
export type { StringsDocument, StringsEntry, StringsLiteral, StringsComment } from './strings/strings-ast.js';
export type { WXMLDocument, WXMLElement, WXMLAttribute, WXMLText, WXMLComment, WXMLNode } from './wxml/wxml-ast.js';
export { getWxmlAttribute } from './wxml/wxml-ast.js';
export { parseXml } from './xml/xml-parser.js';
export { parseStrings } from './strings/strings-parser.js';
export { parseWxml } from './wxml/wxml-parser.js';
