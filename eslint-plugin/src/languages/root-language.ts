// Which of the plugin's languages a parsed file is in, told by its root node. Rules use it to stay out of
// files they were not written for (see util/create-rule.ts).
import type { ConsentryLanguageName } from '../util/create-rule.js';

export type RootLanguage = 'js' | ConsentryLanguageName | 'other';

export function rootLanguageOf(ast: unknown): RootLanguage {
  switch ((ast as { type?: unknown } | undefined)?.type) {
    case 'Program':
      // A minified bundle, parsed as an empty program (languages/auto): no rule's business.
      return (ast as Record<string, unknown>).consentryMinifiedBundle === true ? 'other' : 'js';
    case 'XMLDocument':
      return 'xml';
    case 'StringsDocument':
      return 'strings';
    case 'WXMLDocument':
      return 'wxml';
    case 'Document': {
      // @eslint/json's root; its mode is not on the AST, so JSON, JSONC and JSON5 count as one family.
      return 'json';
    }
    default:
      return 'other';
  }
}
