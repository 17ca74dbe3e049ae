// Temporary: run the recommended config over fixture apps and print this slice's rules (removed before hand-off).
import { ESLint } from 'eslint';
import { it } from 'vitest';
import plugin from '../../../eslint-plugin/src/index.js';
const MINE = ['no-block-on-denial', 'no-repeat-request-after-denial', 'no-request-on-launch', 'require-request-rationale', 'no-unused-permission'];
it('apps', async () => {
  const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: plugin.configs.recommended as any });
  const dirs = (process.env.APPS ?? 'test/fixtures/apps').split(',');
  const t = Date.now();
  const results = await eslint.lintFiles(dirs);
  for (const r of results) for (const m of r.messages) {
    const id = m.ruleId?.replace('consentry/', '') ?? '';
    if (MINE.includes(id) || !m.ruleId) console.log(`${r.filePath.replace(process.cwd() + '/', '')}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  console.log('files', results.length, 'ms', Date.now() - t);
}, 120000);
