import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Apps made for the language-server tests: one per ecosystem, each with a known require-purpose-string finding. */
export const lspFixtures = join(repoRoot, 'test/fixtures/lsp');
/** The shared fixture apps (seeded violations, maintained with the rules). */
export const appFixtures = join(repoRoot, 'test/fixtures/apps');
export const lspApp = (...parts: string[]) => join(lspFixtures, ...parts);
/** The per-rule fixture apps, named by rule id: ruleFixture('purpose-string-quality', 'expo-locales'). */
export const ruleFixture = (...parts: string[]) => join(repoRoot, 'test/fixtures/rules', ...parts);
