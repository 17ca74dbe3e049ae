import { ESLintUtils } from '@typescript-eslint/utils';

export const DOCS_BASE_URL = 'https://github.com/consentry/consentry/blob/main/rules-docs/';

/** Regulations a rule maps to; shown in diagnostics, hovers and docs. */
export interface ConsentryDocs {
  description: string;
  /** Severity in the recommended config. */
  recommended: 'error' | 'warn';
  /** Short citations, e.g. ['MIIT 337号 #1', 'PIPL Art. 13', 'Apple 5.1.1(ii)']. */
  regulations: string[];
  /** Which files the rule runs on: source code, config files, or both. */
  fileKind: 'source' | 'config';
  requiresTypeChecking?: false;
}

export function ruleDocsUrl(ruleName: string): string {
  return `${DOCS_BASE_URL}${ruleName}.md`;
}

/** Every JS/TS rule goes through this creator: it derives the docs URL from the rule id. */
export const createRule = ESLintUtils.RuleCreator<ConsentryDocs>(ruleDocsUrl);
