// Every diagnostic message exists in 简体中文 with the same placeholders, and a zh-CN run reports the same findings.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../../eslint-plugin/src/rules/index.js';
import { localizedMessages, messageCatalog, normaliseLocale } from '../../eslint-plugin/src/locales/index.js';
import { LintEngine } from '../../language-server/src/lint/engine.js';

const placeholders = (template: string) => new Set([...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]));
const CJK = /[\u4e00-\u9fff]/;
const demo = fileURLToPath(new URL('../fixtures/apps/demo-shop/', import.meta.url));

describe('zh-CN diagnostic messages', () => {
  const catalog = messageCatalog('zh-CN');
  for (const [id, rule] of Object.entries(rules) as Array<[string, { meta: { messages?: Record<string, string> } }]>) {
    it(`${id}: every messageId has a Chinese template with the same placeholders`, () => {
      const english = rule.meta.messages ?? {};
      expect(Object.keys(catalog[id] ?? {}).sort()).toEqual(Object.keys(english).sort());
      for (const [messageId, template] of Object.entries(english)) {
        const zh = catalog[id][messageId];
        expect(CJK.test(zh), `${id}/${messageId} is not Chinese`).toBe(true);
        expect(placeholders(zh), `${id}/${messageId} placeholders`).toEqual(placeholders(template));
      }
    });
  }

  it('normalises editor display languages', () => {
    expect(['zh-cn', 'zh-CN', 'zh-Hans', 'zh_CN', 'zh'].map(normaliseLocale)).toEqual(Array(5).fill('zh-CN'));
    expect(['en', 'en-US', 'zh-tw', undefined].map(normaliseLocale)).toEqual(['en', 'en', 'en', 'en']);
    expect(localizedMessages('no-request-on-launch', { requestOnLaunch: 'x' }, 'en')).toEqual({ requestOnLaunch: 'x' });
  });

  it('a zh-CN run gives the same findings as the English run, in Chinese', async () => {
    const files = ['App.tsx', 'src/screens/ScanScreen.tsx', 'android/app/src/main/AndroidManifest.xml'].map((f) => join(demo, f));
    const english = await new LintEngine().lintFiles(files);
    const chinese = await new LintEngine({ locale: 'zh-cn' }).lintFiles(files);
    const shape = (results: typeof english) =>
      results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId}`));
    expect(shape(chinese)).toEqual(shape(english));
    expect(shape(english).length).toBeGreaterThanOrEqual(6);
    for (const r of chinese) for (const m of r.messages) expect(CJK.test(m.message), m.message).toBe(true);
  });
});
