// Temporary debugging harness (removed before hand-off).
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import vueParser from 'vue-eslint-parser';
import { readFileSync } from 'node:fs';
import { it } from 'vitest';

it('scratch', async () => {
  const rule = (await import(`../../../eslint-plugin/src/rules/${process.env.RULE ?? 'no-block-on-denial'}.ts`)).default;
  const code = readFileSync(process.env.CODE_FILE!, 'utf8');
  const linter = new Linter();
  const filename = process.env.FILENAME ?? '/work/main/scratch-x/App.tsx';
  const msgs = linter.verify(code, [
    { files: ['**/*.tsx', '**/*.ts', '**/*.js'], plugins: { c: { rules: { r: rule } } }, languageOptions: { parser: tsParser as any, parserOptions: { ecmaFeatures: { jsx: true } } }, rules: { 'c/r': ['error', ...(process.env.OPTS ? [JSON.parse(process.env.OPTS)] : [])] } },
    { files: ['**/*.vue'], plugins: { c: { rules: { r: rule } } }, languageOptions: { parser: vueParser as any, parserOptions: { parser: tsParser } }, rules: { 'c/r': 'error' } },
  ], filename);
  for (const m of msgs) console.log(m.line, m.messageId ?? '', m.message, JSON.stringify(m.suggestions?.map((s) => s.fix.text)));
});
