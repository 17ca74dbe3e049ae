// Every diagnostic message exists in 简体中文 with the same placeholders, and a zh-CN run reports the same findings.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FIXTURES_DIR, filesUnder } from '../fixture-files.js';
import { fileURLToPath } from 'node:url';
import { rules } from '../../eslint-plugin/src/rules/index.js';
import { localizedMessages, messageCatalog, normaliseLocale } from '../../eslint-plugin/src/locales/index.js';
import { zhCNData } from '../../eslint-plugin/src/locales/zh-CN-data.js';
import { UNIAPP_IOS_CONSEQUENCE } from '../../eslint-plugin/src/rules/require-purpose-string.js';
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

  it('translates report data whose English changes with the word (an ads SDK, without them)', () => {
    const what = zhCNData['no-collection-before-consent'].what;
    expect(what('starts an ads SDK that collects personal data')).toBe('初始化了会收集个人信息的广告 SDK');
    expect(what('starts an analytics SDK that collects personal data')).toBe('初始化了会收集个人信息的统计分析 SDK');
    expect(what('starts a push SDK that collects personal data')).toBe('初始化了会收集个人信息的推送 SDK');
    const where = zhCNData['no-request-on-launch'].where;
    expect(where('entry page onLoad → locate()')).toBe('首页 onLoad → locate()');
    expect(where('MapPage (entry page) → useLoad callback')).toBe('MapPage（首页） → useLoad 回调');
    const why = zhCNData['require-purpose-string'].why;
    expect(why('iOS kills the app when speech recognition is first used without them.')).toBe('缺少它们时，应用首次使用语音识别就会被 iOS 强制终止（闪退）。');
    expect(why('iOS kills the app when the camera is first used without it.')).toMatch(/^缺少它时，应用首次使用/);
    expect(why(UNIAPP_IOS_CONSEQUENCE)).toMatch(/^App 打包时会改用 HBuilderX 的通用说明/);
    expect(why('wx.startLocationUpdateBackground fails at runtime while the background mode it runs in is not declared.')).toBe(
      '未声明其运行所需的后台模式时，wx.startLocationUpdateBackground 在运行时调用失败。',
    );
    expect(
      why('uni.startLocationUpdateBackground fails at runtime while they are not declared (the background mode always, requiredPrivateInfos in mini-programs released after 2022-07-14).'),
    ).toMatch(/^未声明时 uni\.startLocationUpdateBackground 在运行时调用失败（后台模式始终需要声明/);
  });

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

  it('zh-CN messages carry no English prose from report data on any fixture app (identifiers aside)', async () => {
    const files = [...filesUnder(join(FIXTURES_DIR, 'apps')), ...filesUnder(join(FIXTURES_DIR, 'rules'))];
    const results = await new LintEngine({ locale: 'zh-CN' }).lintFiles(files);
    // Identifiers stay as written: `code`, "quoted values", file paths and dotted names are removed before the check.
    const prose = (message: string) =>
      message
        .replace(/`[^`]*`|"[^"]*"|“[^”]*”|'[^']*'/g, '')
        .replace(/\S*[./:]\S*/g, '');
    const englishWords = /\b(?:the|is|are|and|when|without|starts|reads|with|before|after|of|to|an?|callback|listener|no)\b/;
    const ruleMessages = results.flatMap((r) => r.messages.filter((m) => m.ruleId?.startsWith('consentry/')));
    expect(ruleMessages.length).toBeGreaterThan(100);
    const leftovers = ruleMessages.filter((m) => englishWords.test(prose(m.message))).map((m) => `${m.ruleId}: ${m.message}`);
    expect(leftovers).toEqual([]);
  });

  it("plugin users get Chinese messages from configs['recommended-zh-CN'] with plain ESLint", async () => {
    const { ESLint } = await import('eslint');
    const { default: consentry } = await import('../../eslint-plugin/src/index.js');
    const eslint = new ESLint({ cwd: demo, overrideConfigFile: true, overrideConfig: [consentry.configs['recommended-zh-CN']] });
    const [result] = await eslint.lintFiles([join(demo, 'App.tsx')]);
    const messages = result.messages.filter((m) => m.ruleId?.startsWith('consentry/'));
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(CJK.test(m.message), m.message).toBe(true);
    expect(messages.some((m) => m.message.includes('初始化了会收集个人信息的推送 SDK'))).toBe(true);
  });

  it('links each diagnostic to the zh-CN page of its rule in a zh-CN run', () => {
    const english = new LintEngine().ruleInfo('consentry/require-purpose-string');
    const chinese = new LintEngine({ locale: 'zh-cn' }).ruleInfo('consentry/require-purpose-string');
    expect(english?.url).toMatch(/\/rules-docs\/require-purpose-string\.md$/);
    expect(chinese?.url).toBe(english?.url?.replace('/rules-docs/', '/rules-docs/zh-CN/'));
  });
});
