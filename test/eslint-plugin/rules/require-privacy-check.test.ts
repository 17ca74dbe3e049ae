import { RuleTester } from 'eslint';
import type { Rule } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { readFileSync } from 'node:fs';
import { afterAll, beforeEach, describe, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { FIXTURES_DIR, filesUnder } from '../../fixture-files.js';
import { expect } from 'vitest';
import { scanCodeUses } from '../../../eslint-plugin/src/core/usage-index.js';
import { isWechatPrivacyUse, mayHoldWechatPrivacyUse } from '../../../eslint-plugin/src/core/knowledge/wechat-privacy.js';
import rule, { clearPrivacyWiringCache } from '../../../eslint-plugin/src/rules/require-privacy-check.js';
import { autoLanguage } from '../../../eslint-plugin/src/languages/auto/auto-language.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

beforeEach(() => clearPrivacyWiringCache());

const FIXTURES = fileURLToPath(new URL('../../fixtures/rules/require-privacy-check/', import.meta.url));
const at = (...parts: string[]) => join(FIXTURES, ...parts);
const disk = (...parts: string[]) => readFileSync(at(...parts), 'utf8');

const ruleTester = new RuleTester({
  plugins: { consentry: { languages: { auto: autoLanguage } } },
  language: 'consentry/auto',
  languageOptions: { parser: tsParser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
});

/** DCloud's default androidPrivacy.json template: the second dialog can only quit, no visitor mode. */
/** An androidPrivacy.json with one dialog, refused with `refuse`, and any further members (`"disagreeMode": …`). */
const singleDialog = (refuse: string, ...more: string[]) =>
  [
    '{',
    '  "version": "1",',
    '  "prompt": "template",',
    '  "title": "服务协议和隐私政策",',
    '  "message": "请你务必审慎阅读<a href=\\"https://example.com/privacy\\">《隐私政策》</a>",',
    '  "buttonAccept": "同意并接受",',
    [`  "buttonRefuse": "${refuse}"`, ...more.map((member) => `  ${member}`)].join(',\n'),
    '}',
  ].join('\n');

const DEFAULT_TEMPLATE = `{
  "version": "1",
  "prompt": "template",
  "title": "服务协议和隐私政策",
  "message": "请你务必审慎阅读、充分理解“服务协议”和“隐私政策”各条款。",
  "buttonAccept": "同意并接受",
  "buttonRefuse": "暂不同意",
  "second": {
    "title": "确认提示",
    "message": "进入应用前，你需先同意《服务协议》和《隐私政策》，否则将退出应用。",
    "buttonAccept": "同意并继续",
    "buttonRefuse": "退出应用"
  },
  "disagreeMode": { "support": false }
}`;

ruleTester.run('require-privacy-check', rule as unknown as Rule.RuleModule, {
  valid: [
    {
      name: "WeChat: the privacy pop-up component a page registers (by a relative path) is the app's wiring",
      filename: at('wechat-registered-popup', 'app.json'),
      code: disk('wechat-registered-popup', 'app.json'),
    },
    {
      name: 'WeChat: an onNeedPrivacyAuthorization handler and agree button in a component',
      filename: at('wechat-handler', 'app.json'),
      code: disk('wechat-handler', 'app.json'),
    },
    {
      name: 'WeChat: no privacy API is called',
      filename: at('wechat-no-privacy-api', 'app.json'),
      code: disk('wechat-no-privacy-api', 'app.json'),
    },
    {
      name: 'WeChat: calls, scanning and system info are no privacy interfaces; commented-out calls and components are not calls',
      filename: at('wechat-basic-apis', 'app.json'),
      code: disk('wechat-basic-apis', 'app.json'),
    },
    {
      name: 'WeChat: a page JSON file is not the app config',
      filename: at('wechat-unwired', 'pages', 'map', 'map.json'),
      code: '{ "navigationBarTitleText": "附近门店" }',
    },
    {
      name: 'uni-app: androidPrivacy.json present and mp-weixin wired in App.vue',
      filename: at('uni-compliant', 'manifest.json'),
      code: disk('uni-compliant', 'manifest.json'),
    },
    {
      name: 'uni-app manifest.config.ts (unibest): androidPrivacy.json in src/, where the build writes manifest.json, and mp-weixin wired',
      filename: at('uni-manifest-config-compliant', 'manifest.config.ts'),
      code: disk('uni-manifest-config-compliant', 'manifest.config.ts'),
    },
    {
      name: 'uni-app manifest.config.ts: an ordinary source file that exports the same shape is no manifest',
      filename: at('uni-manifest-config-unwired', 'src', 'pages', 'index', 'options.ts'),
      code: "export default defineConfig({ 'app-plus': {}, 'mp-weixin': {} })",
    },
    {
      name: 'uni-app: a compliant androidPrivacy.json with a visitor mode',
      filename: at('uni-compliant', 'androidPrivacy.json'),
      code: disk('uni-compliant', 'androidPrivacy.json'),
    },
    {
      name: 'uni-app: a second dialog whose refuse button goes back instead of quitting',
      filename: at('uni-compliant', 'androidPrivacy.json'),
      code: DEFAULT_TEMPLATE.replace('"退出应用"', '"再想想"'),
    },
    {
      name: 'Taro: an agree button in a component',
      filename: at('taro-wired', 'src', 'app.config.ts'),
      code: disk('taro-wired', 'src', 'app.config.ts'),
    },
    {
      name: 'Taro: other source files are not checked',
      filename: at('taro-unwired', 'src', 'pages', 'index', 'index.tsx'),
      code: disk('taro-unwired', 'src', 'pages', 'index', 'index.tsx'),
    },
    {
      name: 'uni-app: refusing the only dialog opens the app in visitor mode',
      filename: at('uni-compliant', 'androidPrivacy.json'),
      code: singleDialog('暂不同意', '"disagreeMode": { "support": true, "loadNativePlugins": false, "visitorEntry": true }'),
    },
  ],
  invalid: [
    {
      name: 'WeChat: getLocation with no privacy authorization wiring',
      filename: at('wechat-unwired', 'app.json'),
      code: disk('wechat-unwired', 'app.json'),
      errors: [
        {
          line: 2,
          message:
            "This mini-program calls privacy APIs (wx.getLocation in pages/map/map.js:4) but has no privacy-agreement flow of its own: the user first meets the privacy guide as WeChat's generic pop-up in the middle of that call, and a refusal fails the call with nothing from the app to explain it. Ask in your own flow: a wx.onNeedPrivacyAuthorization handler with a <button open-type=\"agreePrivacyAuthorization\">, or wx.requirePrivacyAuthorize before the first use (WeChat privacy guide; PIPL Art. 13/14).",
        },
      ],
    },
    {
      name: 'uni-app: no androidPrivacy.json for the App, and mp-weixin not wired',
      filename: at('uni-unwired', 'manifest.json'),
      code: disk('uni-unwired', 'manifest.json'),
      errors: [
        { messageId: 'missingAndroidPrivacy', line: 5 },
        { messageId: 'missingWechatPrivacyWiring', line: 11 },
      ],
    },
    {
      name: 'uni-app manifest.config.ts (unibest): no androidPrivacy.json for the App, and mp-weixin not wired',
      filename: at('uni-manifest-config-unwired', 'manifest.config.ts'),
      code: disk('uni-manifest-config-unwired', 'manifest.config.ts'),
      errors: [
        { messageId: 'missingAndroidPrivacy', line: 10, column: 3 },
        { messageId: 'missingWechatPrivacyWiring', line: 16, column: 3 },
      ],
    },
    {
      name: 'uni-app shipped as a mini-program only (app-plus left as HBuilderX generated it): no androidPrivacy.json finding',
      filename: at('uni-miniprogram-only', 'manifest.json'),
      code: disk('uni-miniprogram-only', 'manifest.json'),
      errors: [{ messageId: 'missingWechatPrivacyWiring', line: 23 }],
    },
    {
      name: 'uni-app: "prompt": "none"',
      filename: at('uni-compliant', 'androidPrivacy.json'),
      code: `{ "version": "1", "prompt": "none" }`,
      errors: [
        {
          messageId: 'promptNone',
          suggestions: [{ messageId: 'usePromptTemplate', output: `{ "version": "1", "prompt": "template" }` }],
        },
      ],
    },
    {
      name: 'uni-app: no refuse button, and an accept button that only acknowledges',
      filename: at('uni-compliant', 'androidPrivacy.json'),
      code: `{
  "prompt": "template",
  "title": "隐私政策",
  "buttonAccept": "我知道了"
}`,
      errors: [
        {
          messageId: 'missingRefuseButton',
          line: 4,
          suggestions: [
            {
              messageId: 'addRefuseButton',
              output: `{
  "prompt": "template",
  "title": "隐私政策",
  "buttonAccept": "我知道了",
  "buttonRefuse": "不同意"
}`,
            },
          ],
        },
        { messageId: 'vagueAcceptButton', line: 4, data: { text: '我知道了' } },
      ],
    },
    {
      // canxiu-client: without a second dialog or a visitor mode, the runtime quits the app on the refuse button.
      name: 'uni-app: refusing the only dialog quits the app',
      filename: at('uni-compliant', 'androidPrivacy.json'),
      code: singleDialog('不同意并退出'),
      errors: [{ messageId: 'exitOnRefuse', line: 7, data: { text: '不同意并退出' } }],
    },
    {
      name: 'uni-app: the default template\'s second dialog can only quit',
      filename: at('uni-compliant', 'androidPrivacy.json'),
      code: DEFAULT_TEMPLATE,
      errors: [{ messageId: 'exitOnlySecondDialog', line: 12, data: { text: '退出应用' } }],
    },
    {
      name: 'Taro: getLocation with no wiring, reported on src/app.config.ts',
      filename: at('taro-unwired', 'src', 'app.config.ts'),
      code: disk('taro-unwired', 'src', 'app.config.ts'),
      errors: [{ messageId: 'missingWechatPrivacyWiring', line: 1 }],
    },
    {
      name: "WeChat: the code in project.config.json's miniprogramRoot is the app's, although that folder has its own package.json",
      filename: at('wechat-miniprogram-root', 'miniprogram', 'app.json'),
      code: disk('wechat-miniprogram-root', 'miniprogram', 'app.json'),
      errors: [{ messageId: 'missingWechatPrivacyWiring', line: 2, data: { use: 'wx.getLocation in miniprogram/pages/index/index.js:4', global: 'wx' } }],
    },
    {
      name: "uni-app CLI: the code in src/ is the app's, although a plugin's package.json was dropped there (dbj-uniapp)",
      filename: at('uni-cli-plugin-package-in-src', 'src', 'manifest.json'),
      code: disk('uni-cli-plugin-package-in-src', 'src', 'manifest.json'),
      errors: [{ messageId: 'missingWechatPrivacyWiring', line: 4, data: { use: 'uni.getLocation in src/pages/index/index.vue:8', global: 'uni' } }],
    },
    {
      name: "Taro 1.x / 2.x: the App class's config field in src/app.jsx is the app.json, reported there (taro-mxcz-community)",
      filename: at('taro2-class-config', 'src', 'app.jsx'),
      code: disk('taro2-class-config', 'src', 'app.jsx'),
      errors: [{ messageId: 'missingWechatPrivacyWiring', line: 6, data: { use: 'Taro.getLocation in src/pages/home/home.jsx:6', global: 'Taro' } }],
    },
    {
      name: 'WeChat: a privacy pop-up component that no usingComponents registers never shows (intelli-assistant)',
      filename: at('wechat-unregistered-popup', 'app.json'),
      code: disk('wechat-unregistered-popup', 'app.json'),
      errors: [{ messageId: 'missingWechatPrivacyWiring', line: 2, data: { use: 'wx.chooseMedia in pages/home/index.js:11', global: 'wx' } }],
    },
    {
      name: 'Taro: the message names the live call, not a commented-out one, a scope string or a phone call',
      filename: at('taro-commented-call', 'src', 'app.config.ts'),
      code: disk('taro-commented-call', 'src', 'app.config.ts'),
      errors: [{ messageId: 'missingWechatPrivacyWiring', line: 1, data: { use: 'Taro.getLocation in src/pages/index/index.tsx:14', global: 'Taro' } }],
    },
  ],
});

describe('the per-file test before the privacy-use scan', () => {
  const hasPrivacyUse = (file: string, text: string) => scanCodeUses(file, text).some((site) => isWechatPrivacyUse(site.via, site.detail, text));

  it('passes every way a use is written, and only files that name a privacy API', () => {
    const uses: Record<string, string> = {
      'alias.js': 'const locate = wx.getLocation;\nlocate({ type: "gcj02" });\n',
      'destructured.js': 'const { chooseImage: pick } = uni;\npick({ count: 1 });\n',
      'aliased-whole.js': 'const api = wx;\napi.getLocation({});\n',
      'computed.js': "uni['getClipboardData']({ success() {} });\n",
      'window.js': 'window.wx.chooseMedia({});\n',
      'taro-import.tsx': "import { getLocation } from '@tarojs/taro';\nexport const where = () => getLocation({});\n",
      'taro-default.tsx': "import Taro from '@tarojs/taro';\nexport const pick = () => Taro.chooseAddress();\n",
      'page.wxml': '<camera device-position="back" />\n',
      'phone.vue': '<template><button open-type="getPhoneNumber" @getphonenumber="onPhone">登录</button></template>\n',
    };
    for (const [name, text] of Object.entries(uses)) {
      const file = `/app/pages/${name}`;
      expect([name, hasPrivacyUse(file, text)]).toEqual([name, true]);
      expect([name, mayHoldWechatPrivacyUse(text)]).toEqual([name, true]);
    }
    const none: Record<string, string> = {
      'request.js': "wx.request({ url: 'https://api.example.com' });\nuni.navigateTo({ url: '/pages/a' });\n",
      'util.ts': 'export const sum = (a: number, b: number) => a + b;\n',
      'list.wxml': '<view wx:for="{{items}}">{{item.name}}</view>\n',
    };
    for (const [name, text] of Object.entries(none)) expect([name, mayHoldWechatPrivacyUse(text)]).toEqual([name, false]);
  });

  it('getting the recorder or a camera context is no privacy interface: starting the recorder is (jiangsu-gongkao-ai-miniapp)', () => {
    const page = (body: string) => `Page({\n  onLoad() {\n    this.recorder = wx.getRecorderManager();\n    this.recorder.onStop(() => {});\n  },\n${body}});\n`;
    expect(hasPrivacyUse('/app/pages/index/index.js', page(''))).toBe(false);
    expect(hasPrivacyUse('/app/pages/index/index.js', page("  onTapRecord() {\n    this.recorder.start({ format: 'mp3' });\n  },\n"))).toBe(true);
    expect(hasPrivacyUse('/app/src/pages/index/index.tsx', "import Taro from '@tarojs/taro';\nconst recorder = Taro.getRecorderManager();\nexport const ctx = Taro.createCameraContext();\n")).toBe(false);
  });

  it('cites the recorder where it is got, not an earlier variable of the same name (waimao-miniprogram course.js:254 vs :2657)', () => {
    const text = `Page({
  debugShadowBackground(stage) {
    const manager = this.backgroundAudioManager;
    console.log(stage, { backgroundCurrentTime: manager?.currentTime });
  },
  ensureRecorderManager() {
    const manager = wx.getRecorderManager();
    manager.start({ duration: 1000 });
    return manager;
  },
});
`;
    const first = scanCodeUses('/app/pages/course/course.js', text).find((site) => isWechatPrivacyUse(site.via, site.detail, text));
    expect(first).toMatchObject({ line: 7, detail: 'wx.getRecorderManager' });
    // The earlier use still counts (the scan is generous): it is only cited last.
    expect(scanCodeUses('/app/pages/course/course.js', text).map((site) => site.line)).toEqual([7, 8, 4]);
  });

  it('reads a name through its nearest declaration above: two functions, two `res` (Geshu-Bidding userEditModal :63 vs :174)', () => {
    const text = `import Taro from '@tarojs/taro';
export default function Index() {
  async function init() {
    const res = await Taro.getStorage({ key: 'userDetail' });
    console.log(res.data.roleId);
  }
  async function onAvatarTap() {
    const res = await Taro.chooseImage({ count: 1, sourceType: ['album'] });
    console.log(res.tempFilePaths[0]);
  }
  return [init, onAvatarTap];
}
`;
    const uses = scanCodeUses('/app/src/pages/index/index.tsx', text).filter((site) => isWechatPrivacyUse(site.via, site.detail, text));
    expect(uses.map((site) => `${site.line} ${site.detail}`)).toEqual(['8 Taro.chooseImage', '9 Taro.chooseImage']);
  });

  it('a field set from a name holds what that name held there (waimao-miniprogram: this.backgroundAudioManager = manager)', () => {
    const text = `Page({
  stopShadow() {
    if (this.backgroundAudioManager) this.backgroundAudioManager.pause();
  },
  ensureBackgroundAudioManager() {
    const manager = wx.getBackgroundAudioManager();
    manager.onPlay(() => {});
    this.backgroundAudioManager = manager;
    return manager;
  },
  stopPlayback() {
    this.backgroundAudioManager.stop();
  },
  ensureRecorderManager() {
    const manager = wx.getRecorderManager();
    manager.start({ duration: 1000 });
    this.recorderManager = manager;
  },
});
`;
    const first = scanCodeUses('/app/pages/course/course.js', text).find((site) => isWechatPrivacyUse(site.via, site.detail, text));
    expect(first).toMatchObject({ line: 15, detail: 'wx.getRecorderManager' });
  });

  it("another mini-program platform's call of the same name is no WeChat privacy interface (quanliucheng-taro's Alipay branch)", () => {
    const text = "export function locate() {\n  if (process.env.TARO_ENV === 'alipay') my.getLocation({ success: () => {} });\n}\n";
    expect(hasPrivacyUse('/app/src/pages/index/index.tsx', text)).toBe(false);
    expect(hasPrivacyUse('/app/src/pages/index/index.tsx', text.replace('my.getLocation', 'wx.getLocation'))).toBe(true);
  });

  it('never hides a use the scan finds, over every fixture source and template file', () => {
    const files = filesUnder(FIXTURES_DIR, /\.(?:[cm]?[jt]sx?|vue|nvue|wxml|uts)$/);
    let withUse = 0;
    let passed = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const may = mayHoldWechatPrivacyUse(text);
      if (may) passed++;
      if (!hasPrivacyUse(file, text)) continue;
      withUse++;
      expect([file, may]).toEqual([file, true]);
    }
    // Not vacuous: many fixture files use a privacy API, and the test lets far from every file through.
    expect(withUse).toBeGreaterThan(30);
    expect(passed).toBeLessThan(files.length * 0.8);
  });
});
