// Project model edge cases on in-memory trees (and one temp folder): JS configs read without running them, size
// limits, app-root containers, untargeted platforms, revalidation and how little I/O repeated lookups cost.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryFileSource, type DirEntry, type FileRead, type FileSource } from '../../eslint-plugin/src/core/file-source.js';
import { ProjectModel } from '../../eslint-plugin/src/core/project/index.js';

const RN_PACKAGE = JSON.stringify({ name: 'app', dependencies: { react: '19.1.0', 'react-native': '0.81.4' } });
const EXPO_PACKAGE = JSON.stringify({ name: 'app', dependencies: { expo: '54.0.12', 'react-native': '0.81.4' } });
const TARO_PACKAGE = JSON.stringify({ name: 'app', dependencies: { '@tarojs/taro': '4.1.7', react: '18.3.1' } });

const plist = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n${body}</dict>\n</plist>\n`;

function modelOf(files: Record<string, string | Uint8Array>) {
  const source = new MemoryFileSource(files);
  return { source, model: new ProjectModel(source, { revalidateAfterMs: 0 }) };
}

describe('JS/TS config files are parsed, never executed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-appconfig-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads app.config.ts that would write a file and throw if it ran', () => {
    const marker = join(dir, 'EXECUTED');
    mkdirSync(join(dir, 'app'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), EXPO_PACKAGE);
    writeFileSync(join(dir, 'app', 'index.tsx'), 'export default function Home() { return null; }\n');
    writeFileSync(
      join(dir, 'app.config.ts'),
      [
        "import { writeFileSync } from 'node:fs';",
        `writeFileSync(${JSON.stringify(marker)}, 'app.config.ts ran');`,
        "if (!process.env.NEVER_SET) throw new Error('app.config.ts must not be executed');",
        'export default {',
        "  name: 'Never Run',",
        "  ios: { infoPlist: { NSCameraUsageDescription: 'Scans the QR code on your loyalty card.' } },",
        '};',
        '',
      ].join('\n'),
    );
    const model = new ProjectModel();
    const app = model.appForFile(join(dir, 'app', 'index.tsx'))!;
    expect(app.declarations.find((d) => d.key === 'NSCameraUsageDescription')).toMatchObject({
      source: 'expo-ios-infoplist',
      value: 'Scans the QR code on your loyalty card.',
      keyRange: { start: { line: 6, column: 22 } },
    });
    expect(existsSync(marker)).toBe(false);
  });

  it('reads module.exports, wrapper calls, block-bodied functions and `satisfies`', () => {
    const shapes = {
      'module.exports': "module.exports = { ios: { infoPlist: { NSCameraUsageDescription: 'Scans tickets at the gate.' } } };",
      defineConfig: "export default defineConfig({ expo: { ios: { infoPlist: { NSCameraUsageDescription: 'Scans tickets at the gate.' } } } });",
      block: "export default ({ config }) => {\n  const ios = { infoPlist: { NSCameraUsageDescription: 'Scans tickets at the gate.' } };\n  return { ...config, ios };\n};",
      satisfies: "const config = { ios: { infoPlist: { NSCameraUsageDescription: 'Scans tickets at the gate.' } } } satisfies ExpoConfig;\nexport default config;",
    };
    for (const [shape, text] of Object.entries(shapes)) {
      const { model } = modelOf({ '/a/package.json': EXPO_PACKAGE, '/a/app.config.js': text, '/a/App.tsx': '' });
      const app = model.appForFile('/a/App.tsx')!;
      expect(app.declarations.map((d) => [d.key, d.value]), shape).toEqual([['NSCameraUsageDescription', 'Scans tickets at the gate.']]);
      expect(app.unreadablePlatforms.size, shape).toBe(0);
    }
  });

  it('skips what only running code could tell, and stays silent on that platform', () => {
    const { model } = modelOf({
      '/a/package.json': EXPO_PACKAGE,
      '/a/app.config.ts': [
        "import { sharedInfoPlist } from './config/ios';",
        'export default {',
        "  ios: { infoPlist: { ...sharedInfoPlist, NSCameraUsageDescription: `Scans ${process.env.THING}` } },",
        "  android: { permissions: ['CAMERA'] },",
        '};',
      ].join('\n'),
      '/a/App.tsx': '',
    });
    const app = model.appForFile('/a/App.tsx')!;
    // The template literal is not a literal value: key present, value unknown (not guessed).
    expect(app.declarations.find((d) => d.key === 'NSCameraUsageDescription')?.value).toBeUndefined();
    expect([...app.unreadablePlatforms]).toEqual(['ios']);
    expect(app.declarations.find((d) => d.key === 'android.permission.CAMERA')).toBeDefined();
  });

  it('an unnamed plugin (an imported function) blinds both native platforms', () => {
    const { model } = modelOf({
      '/a/package.json': EXPO_PACKAGE,
      '/a/app.config.ts': "import withCamera from './plugins/withCamera';\nexport default { plugins: [withCamera] };",
      '/a/App.tsx': '',
    });
    expect([...model.appForFile('/a/App.tsx')!.unreadablePlatforms].sort()).toEqual(['android', 'ios']);
  });

  it('Taro requiredPrivateInfos built at run time makes WeChat unreadable', () => {
    const { model } = modelOf({
      '/t/package.json': TARO_PACKAGE,
      '/t/src/app.config.ts': "const infos = process.env.FUZZY ? ['getFuzzyLocation'] : ['getLocation'];\nexport default defineAppConfig({ pages: ['pages/index/index'], requiredPrivateInfos: infos });",
      '/t/src/app.tsx': '',
    });
    const app = model.appForFile('/t/src/app.tsx')!;
    expect([...app.platforms]).toEqual(['wechat']);
    expect([...app.unreadablePlatforms]).toEqual(['wechat']);
  });

  it("Taro 1.x / 2.x: the App class's config field in src/app.jsx is the app config, with its lines", () => {
    const taro2 = JSON.stringify({ name: 'community', dependencies: { '@tarojs/taro': '2.2.13', '@tarojs/taro-weapp': '2.2.13' } });
    const { model } = modelOf({
      '/t/package.json': taro2,
      '/t/src/app.jsx': [
        "import Taro, { Component } from '@tarojs/taro';",
        'class App extends Component {',
        '  config = {',
        "    pages: ['pages/home/home'],",
        "    permission: { 'scope.userLocation': { desc: '用于查找离你最近的社区服务站' } },",
        "    requiredPrivateInfos: ['getLocation'],",
        '  };',
        '  render() { return null; }',
        '}',
        "Taro.render(<App />, document.getElementById('app'));",
      ].join('\n'),
    });
    const app = model.appForFile('/t/src/app.jsx')!;
    expect(app.configFiles.find((c) => c.file === '/t/src/app.jsx')?.kind).toBe('taro-app-config');
    expect(model.configKindOf('/t/src/app.jsx')).toBe('taro-app-config');
    expect([...app.platforms]).toEqual(['wechat']);
    expect(app.declarations.map((d) => [d.key, d.keyRange.start.line])).toEqual([
      ['scope.userLocation', 5],
      ['requiredPrivateInfos:getLocation', 6],
    ]);
  });

  it('a Taro 3 src/app.ts without app.config is code, not config', () => {
    const { model } = modelOf({ '/t/package.json': TARO_PACKAGE, '/t/src/app.ts': "import { Component } from 'react';\nexport default class App extends Component { render() { return this.props.children; } }\n" });
    expect(model.configKindOf('/t/src/app.ts')).toBeUndefined();
    expect(model.appForFile('/t/src/app.ts')!.configFiles.map((c) => c.kind)).toEqual(['package-json']);
  });

  it('a syntax error in app.config.ts is a problem on that file', () => {
    const { model } = modelOf({ '/a/package.json': EXPO_PACKAGE, '/a/app.config.ts': 'export default {\n  ios: { infoPlist: {\n};\n', '/a/App.tsx': '' });
    const app = model.appForFile('/a/App.tsx')!;
    expect(app.problems).toHaveLength(1);
    expect(app.problems[0]).toMatchObject({ file: '/a/app.config.ts' });
    expect(app.problems[0].message).toMatch(/^Cannot parse app\.config\.ts: /);
    expect([...app.unreadablePlatforms].sort()).toEqual(['android', 'ios']);
  });
});

describe('platforms are claimed only from what exists', () => {
  it("app.json is ignored when app.config.* exports an object of its own, as Expo ignores it (SafePath); a config function or one that reads app.json keeps it", () => {
    const appJson = JSON.stringify({ expo: { ios: { infoPlist: { NSCameraUsageDescription: 'Scans the route QR code.' } }, android: { permissions: ['CAMERA'] } } });
    const own = "export default { name: 'SafePath', ios: { infoPlist: { NSLocationWhenInUseUsageDescription: 'Shows the safest route from where you are.' } } };";
    const { model } = modelOf({ '/a/package.json': EXPO_PACKAGE, '/a/app.json': appJson, '/a/app.config.ts': own, '/a/App.tsx': '' });
    const app = model.appForFile('/a/App.tsx')!;
    expect(app.declarations.map((d) => d.key)).toEqual(['NSLocationWhenInUseUsageDescription']);
    expect([...app.unusedConfigFiles]).toEqual(['/a/app.json']);
    expect(app.targets.map((t) => t.label)).toEqual(['app.config.ts ios.infoPlist', 'app.config.ts android.permissions']);
    for (const [shape, config] of Object.entries({
      function: "export default ({ config }) => ({ ...config, name: 'SafePath' });",
      required: "const appJson = require('./app.json');\nmodule.exports = { ...appJson.expo, name: 'SafePath' };",
      imported: "import appJson from './app.json';\nexport default { ...appJson.expo, extra: { env: 'prod' } };",
      unreadable: "export default getConfig();",
    })) {
      const { model: kept } = modelOf({ '/a/package.json': EXPO_PACKAGE, '/a/app.json': appJson, '/a/app.config.js': config, '/a/App.tsx': '' });
      const keptApp = kept.appForFile('/a/App.tsx')!;
      expect(keptApp.unusedConfigFiles.size, shape).toBe(0);
      expect(keptApp.declarations.some((d) => d.key === 'NSCameraUsageDescription'), shape).toBe(true);
    }
  });

  it('a config that spreads a JSON file\'s Expo config section by section reads that file as its base, and stays readable (trucktap-expo-app)', () => {
    const base = JSON.stringify({
      expo: {
        name: 'TruckTap',
        ios: { infoPlist: { NSCameraUsageDescription: 'Take a photo of a food truck you spotted.' } },
        android: { permissions: ['android.permission.CAMERA'] },
        plugins: [['expo-location', { locationWhenInUsePermission: 'Shows food trucks near you.' }]],
      },
    });
    const configs = {
      'required const': "const baseConfig = require('./app.base.json').expo;\nmodule.exports = () => {\n  const dev = process.env.APP_VARIANT === 'development';\n  return { ...baseConfig, name: dev ? 'Dev' : baseConfig.name, android: { ...baseConfig.android, package: 'app.truck' }, extra: { ...baseConfig.extra, dev } };\n};",
      imported: "import base from './app.base.json';\nexport default { expo: { ...base.expo, plugins: [...(base.expo.plugins ?? []), 'expo-font'] } };",
      'whole file': "const base = require('./app.base.json');\nmodule.exports = { ...base, expo: { ...base.expo, extra: { env: 'prod' } } };",
    };
    for (const [shape, config] of Object.entries(configs)) {
      const { model } = modelOf({ '/a/package.json': EXPO_PACKAGE, '/a/app.base.json': base, '/a/app.config.js': config, '/a/App.tsx': '' });
      const app = model.appForFile('/a/App.tsx')!;
      expect([...app.unreadablePlatforms], shape).toEqual([]);
      expect(app.declarations.filter((d) => d.file === '/a/app.base.json').map((d) => d.key), shape).toEqual(
        expect.arrayContaining(['NSCameraUsageDescription', 'android.permission.CAMERA', 'NSLocationWhenInUseUsageDescription']),
      );
      expect(model.configKindOf('/a/app.base.json'), shape).toBe('expo-app-json');
    }
    // Spreads that are not the base's own section, a base that is missing, or a config changed after it is written
    // (a plugin's options patched in code), keep the platforms unread.
    for (const [shape, config] of Object.entries({
      patched: "const appJson = require('./app.base.json');\nmodule.exports = () => {\n  const expo = { ...appJson.expo };\n  expo.plugins = patchAdMobPlugin(expo.plugins);\n  return expo;\n};",
      assigned: "const appJson = require('./app.base.json');\nconst expo = { ...appJson.expo };\nObject.assign(expo, loadOverrides());\nmodule.exports = expo;",
      'other section': "const base = require('./app.base.json');\nmodule.exports = { ...base.expo, ios: { ...base.expo.android } };",
      'not JSON': "const base = require('./base-config');\nmodule.exports = { ...base.expo };",
      missing: "const base = require('./app.missing.json');\nmodule.exports = { ...base.expo };",
    })) {
      const { model } = modelOf({ '/a/package.json': EXPO_PACKAGE, '/a/app.base.json': base, '/a/app.config.js': config, '/a/App.tsx': '' });
      expect(model.appForFile('/a/App.tsx')!.unreadablePlatforms.has('ios'), shape).toBe(true);
    }
  });

  it('Expo `platforms: ["ios"]` drops Android', () => {
    const { model } = modelOf({ '/a/package.json': EXPO_PACKAGE, '/a/app.json': '{ "expo": { "platforms": ["ios"] } }', '/a/App.tsx': '' });
    expect([...model.appForFile('/a/App.tsx')!.platforms]).toEqual(['ios']);
  });

  it('bare React Native with only an ios/ folder targets iOS only', () => {
    const { model } = modelOf({ '/r/package.json': RN_PACKAGE, '/r/ios/R/Info.plist': plist(''), '/r/App.tsx': '' });
    const app = model.appForFile('/r/App.tsx')!;
    expect([...app.platforms]).toEqual(['ios']);
    expect(app.targets.map((t) => t.platform)).toEqual(['ios']);
  });

  it("the Apple TV target of React Native's old template is no config of the app (its Info.plist comes with an empty location text)", () => {
    const tvPlist = plist('<key>NSLocationWhenInUseUsageDescription</key><string></string>');
    const { model } = modelOf({
      '/r/package.json': RN_PACKAGE,
      '/r/ios/Shop/Info.plist': plist(''),
      '/r/ios/Shop-tvOS/Info.plist': tvPlist,
      '/r/App.tsx': '',
    });
    expect(model.configKindOf('/r/ios/Shop-tvOS/Info.plist')).toBeUndefined();
    expect(model.configKindOf('/r/ios/Shop/Info.plist')).toBe('info-plist');
    expect(model.appForFile('/r/App.tsx')!.declarations.map((d) => d.file)).not.toContain('/r/ios/Shop-tvOS/Info.plist');
    // Only a tvOS folder: still not read.
    const { model: only } = modelOf({ '/t/package.json': RN_PACKAGE, '/t/ios/Shop-tvOS/Info.plist': tvPlist, '/t/App.tsx': '' });
    expect(only.appForFile('/t/App.tsx')!.declarations).toEqual([]);
  });

  it('uni-app without mp-weixin does not target WeChat; without distribute.ios not iOS', () => {
    const { model } = modelOf({ '/u/manifest.json': '{ "app-plus": { "distribute": { "android": { "permissions": [] } } } }', '/u/pages.json': '{}', '/u/App.vue': '' });
    const app = model.appForFile('/u/App.vue')!;
    expect([...app.platforms]).toEqual(['android']);
  });

  describe('uni-app: HBuilderX writes an app-plus block into every manifest', () => {
    // As HBuilderX generates it: empty modules, sdkConfigs and ios, a stock Android permission list.
    const STOCK_APP_PLUS = `"app-plus": {
      "usingComponents": true,
      "modules": {},
      "distribute": {
        "android": { "permissions": ["<uses-permission android:name=\\"android.permission.CAMERA\\"/>"] },
        "ios": {},
        "sdkConfigs": {}
      }
    }`;
    const platformsOf = (manifest: string, extra: Record<string, string> = {}) => {
      const { model } = modelOf({ '/u/manifest.json': manifest, '/u/pages.json': '{}', '/u/App.vue': '', ...extra });
      return [...model.appForFile('/u/App.vue')!.platforms].sort();
    };

    it('left as generated, with the mini-program appid filled in: the project ships as a mini-program', () => {
      expect(platformsOf(`{ ${STOCK_APP_PLUS}, "mp-weixin": { "appid": "wx834eb095a8183fba" } }`)).toEqual(['wechat']);
    });

    it('left as generated with no mini-program appid either: every section may be built', () => {
      expect(platformsOf(`{ ${STOCK_APP_PLUS}, "mp-weixin": { "appid": "" } }`)).toEqual(['android', 'ios', 'wechat']);
    });

    it('configured for an App build (a module, an SDK, icons, an iOS setting, androidPrivacy.json, nativeplugins/): App platforms too', () => {
      const withMiniProgram = (appPlus: string) => `{ ${appPlus}, "mp-weixin": { "appid": "wx834eb095a8183fba" } }`;
      const configured = [
        STOCK_APP_PLUS.replace('"modules": {}', '"modules": { "Geolocation": {} }'),
        STOCK_APP_PLUS.replace('"sdkConfigs": {}', '"sdkConfigs": { "maps": { "amap": { "appkey_android": "k" } } }'),
        STOCK_APP_PLUS.replace('"ios": {}', '"ios": { "privacyDescription": { "NSCameraUsageDescription": "扫描快递面单" } }'),
        STOCK_APP_PLUS.replace('"sdkConfigs": {}', '"sdkConfigs": {}, "icons": { "android": { "hdpi": "unpackage/res/icons/72x72.png" } }'),
      ];
      for (const appPlus of configured) expect(platformsOf(withMiniProgram(appPlus)), appPlus).toEqual(['android', 'ios', 'wechat']);
      expect(platformsOf(withMiniProgram(STOCK_APP_PLUS), { '/u/androidPrivacy.json': '{ "prompt": "template" }' })).toEqual(['android', 'ios', 'wechat']);
      expect(platformsOf(withMiniProgram(STOCK_APP_PLUS), { '/u/nativeplugins/Demo-Plugin/package.json': '{}' })).toEqual(['android', 'ios', 'wechat']);
      // App page styles in pages.json: the pages are laid out for an App build too.
      const appStyledPages = '{ "pages": [{ "path": "pages/login/login", "style": { "app-plus": { "titleNView": false } } }] }';
      expect(platformsOf(withMiniProgram(STOCK_APP_PLUS), { '/u/pages.json': appStyledPages })).toEqual(['android', 'ios', 'wechat']);
      // Template filler is not configuration: `false` and empty objects.
      expect(platformsOf(withMiniProgram(STOCK_APP_PLUS.replace('"ios": {}', '"ios": { "idfa": false }').replace('"sdkConfigs": {}', '"sdkConfigs": { "ad": {} }')))).toEqual(['wechat']);
    });
  });

  describe('uni-app: and an mp-weixin block into every manifest', () => {
    const APP_PLUS = `"app-plus": { "modules": { "Camera": {} }, "distribute": { "android": { "permissions": [] }, "ios": { "privacyDescription": { "NSCameraUsageDescription": "用于拍摄群头像" } } } }`;
    const TEMPLATE_MP = `"mp-weixin": { "appid": "", "setting": { "urlCheck": false }, "usingComponents": true }`;
    const platformsOf = (manifest: string, extra: Record<string, string> = {}) => {
      const { model } = modelOf({ '/u/manifest.json': manifest, '/u/pages.json': '{}', '/u/App.vue': '', ...extra });
      return [...model.appForFile('/u/App.vue')!.platforms].sort();
    };

    it('an App project whose mp-weixin block is still the template is not built as a mini-program (open-im-uniapp-demo)', () => {
      expect(platformsOf(`{ ${APP_PLUS}, ${TEMPLATE_MP} }`)).toEqual(['android', 'ios']);
      const stockAppPlus = `"app-plus": { "modules": {}, "distribute": { "android": { "permissions": [] }, "ios": {} } }`;
      expect(platformsOf(`{ ${stockAppPlus}, ${TEMPLATE_MP} }`, { '/u/androidPrivacy.json': '{ "prompt": "template" }' })).toEqual(['android', 'ios']);
      // HBuilderX writes uni statistics' switch into every platform block when it is turned on (imuniapp).
      const withStatistics = TEMPLATE_MP.replace('"usingComponents": true', '"usingComponents": true, "uniStatistics": { "enable": true }');
      expect(platformsOf(`{ ${APP_PLUS}, ${withStatistics} }`)).toEqual(['android', 'ios']);
      // Boxes left unticked in HBuilderX's editor are written as false (xianshiquzhuan-app).
      const unticked = TEMPLATE_MP.replace('"urlCheck": false', '"urlCheck": false, "es6": false, "minified": false, "postcss": false');
      expect(platformsOf(`{ ${APP_PLUS}, ${unticked} }`)).toEqual(['android', 'ios']);
    });

    it('anything set in mp-weixin (an appid, a permission, requiredPrivateInfos, another setting) keeps the mini-program', () => {
      for (const mp of [
        TEMPLATE_MP.replace('"appid": ""', '"appid": "wx834eb095a8183fba"'),
        TEMPLATE_MP.replace('"usingComponents": true', '"usingComponents": true, "permission": { "scope.userLocation": { "desc": "展示附近门店" } }'),
        TEMPLATE_MP.replace('"usingComponents": true', '"usingComponents": true, "requiredPrivateInfos": ["chooseLocation"]'),
        TEMPLATE_MP.replace('"urlCheck": false', '"urlCheck": false, "minified": true'),
      ]) {
        expect(platformsOf(`{ ${APP_PLUS}, ${mp} }`), mp).toEqual(['android', 'ios', 'wechat']);
      }
    });
  });

  describe('uni-app: manifest.config.ts (@uni-helper/vite-plugin-uni-manifest, the unibest template)', () => {
    const UNIBEST_PACKAGE = JSON.stringify({
      name: 'blog',
      dependencies: { '@dcloudio/uni-app': '3.0.0-4060620250520001', vue: '^3.4.21' },
      devDependencies: { '@uni-helper/vite-plugin-uni-manifest': '^0.2.8' },
    });
    // As unibest writes it: env values the build fills in, comments, and the same sections as manifest.json.
    const MANIFEST_CONFIG = [
      "import { defineManifestConfig } from '@uni-helper/vite-plugin-uni-manifest'",
      "import { loadEnv } from 'vite'",
      "const { VITE_UNI_APPID, VITE_WX_APPID } = loadEnv('development', 'env')",
      'export default defineManifestConfig({',
      "  'appid': VITE_UNI_APPID,",
      "  'app-plus': {",
      '    modules: { Camera: {} },',
      '    distribute: {',
      "      android: { permissions: ['<uses-permission android:name=\"android.permission.CAMERA\"/>'] },",
      "      ios: { privacyDescription: { NSCameraUsageDescription: '扫描快递面单上的条码' } },",
      '    },',
      '  },',
      "  'mp-weixin': { appid: VITE_WX_APPID, permission: { 'scope.userLocation': { desc: '展示附近门店' } } },",
      '})',
      '',
    ].join('\n');

    it('is the manifest: its declarations with positions in the .ts file, its sections deciding the platforms', () => {
      const { model } = modelOf({ '/b/package.json': UNIBEST_PACKAGE, '/b/manifest.config.ts': MANIFEST_CONFIG, '/b/src/App.vue': '', '/b/src/pages/index/index.vue': '' });
      const app = model.appForFile('/b/src/pages/index/index.vue')!;
      expect(app.configFiles.filter((c) => c.kind === 'uniapp-manifest').map((c) => c.file)).toEqual(['/b/manifest.config.ts']);
      expect([...app.platforms].sort()).toEqual(['android', 'ios', 'wechat']);
      expect(app.targets.map((t) => [t.platform, t.file])).toEqual([
        ['ios', '/b/manifest.config.ts'],
        ['android', '/b/manifest.config.ts'],
        ['wechat', '/b/manifest.config.ts'],
      ]);
      const camera = app.declarations.find((d) => d.key === 'android.permission.CAMERA')!;
      expect(camera.source).toBe('uniapp-android-permissions');
      expect(MANIFEST_CONFIG.slice(camera.valueRange!.start.offset, camera.valueRange!.end.offset)).toBe('android.permission.CAMERA');
      const purpose = app.declarations.find((d) => d.key === 'NSCameraUsageDescription')!;
      expect(purpose).toMatchObject({ source: 'uniapp-ios-privacy-description', value: '扫描快递面单上的条码' });
      expect(MANIFEST_CONFIG.slice(purpose.valueRange!.start.offset, purpose.valueRange!.end.offset)).toBe("'扫描快递面单上的条码'");
      expect(app.declarations.find((d) => d.key === 'scope.userLocation')).toMatchObject({ source: 'uniapp-mp-weixin-permission', value: '展示附近门店' });
      expect(model.configKindOf('/b/manifest.config.ts')).toBe('uniapp-manifest');
      // pages.json and androidPrivacy.json are read from src/, where the build writes manifest.json.
      expect(app.uniSourceDir).toBe('/b/src');
      const { model: withPrivacy } = modelOf({ '/b/package.json': UNIBEST_PACKAGE, '/b/manifest.config.ts': MANIFEST_CONFIG, '/b/src/App.vue': '', '/b/src/androidPrivacy.json': '{ "prompt": "template" }' });
      expect(withPrivacy.appForFile('/b/src/App.vue')!.androidPrivacy?.file).toBe('/b/src/androidPrivacy.json');
    });

    it('wins over the src/manifest.json the plugin generates; without the plugin, an existing manifest.json stays the manifest', () => {
      const generated = '{ "app-plus": { "distribute": { "android": { "permissions": [] } } } }';
      const files = { '/b/manifest.config.ts': MANIFEST_CONFIG, '/b/src/manifest.json': generated, '/b/src/pages.json': '{}', '/b/src/App.vue': '' };
      const { model } = modelOf({ '/b/package.json': UNIBEST_PACKAGE, ...files });
      expect(model.appForFile('/b/src/App.vue')!.configFiles.filter((c) => c.kind === 'uniapp-manifest').map((c) => c.file)).toEqual(['/b/manifest.config.ts']);
      expect(model.configKindOf('/b/src/manifest.json')).toBeUndefined();
      const withoutPlugin = JSON.stringify({ name: 'blog', dependencies: { '@dcloudio/uni-app': '3.0.0-4060620250520001' } });
      const { model: plain } = modelOf({ '/b/package.json': withoutPlugin, ...files });
      expect(plain.appForFile('/b/src/App.vue')!.configFiles.filter((c) => c.kind === 'uniapp-manifest').map((c) => c.file)).toEqual(['/b/src/manifest.json']);
      expect(plain.configKindOf('/b/manifest.config.ts')).toBeUndefined();
      expect(plain.appForFile('/b/src/App.vue')!.uniSourceDir).toBe('/b/src');
    });

    it('create-unibest writes every section; the platforms it records as chosen in package.json are the ones built', () => {
      const chosen = (platforms: string[]) => {
        const pkg = JSON.stringify({ ...JSON.parse(UNIBEST_PACKAGE), unibest: { platforms, uiLibrary: 'uv-ui', cliVersion: '3.3.0' } });
        const { model } = modelOf({ '/b/package.json': pkg, '/b/manifest.config.ts': MANIFEST_CONFIG.replace("  'app-plus'", "  'h5': { router: { base: '/' } },\n  'app-plus'"), '/b/src/App.vue': '' });
        return [...model.appForFile('/b/src/App.vue')!.platforms].sort();
      };
      // kahe-uniapp's h5/ project: made for H5 only, with the template's App and mini-program sections left in.
      expect(chosen(['h5'])).toEqual(['web']);
      expect(chosen(['h5', 'mp-weixin'])).toEqual(['web', 'wechat']);
      expect(chosen(['h5', 'mp-weixin', 'app', 'mp-alipay', 'mp-toutiao'])).toEqual(['android', 'ios', 'web', 'wechat']);
      // It only narrows: a chosen platform the manifest does not build is not added.
      const { model } = modelOf({ '/b/package.json': JSON.stringify({ ...JSON.parse(UNIBEST_PACKAGE), unibest: { platforms: ['app', 'h5'] } }), '/b/manifest.config.ts': MANIFEST_CONFIG, '/b/src/App.vue': '' });
      expect([...model.appForFile('/b/src/App.vue')!.platforms].sort()).toEqual(['android', 'ios']);
    });

    it('a manifest.config.ts that does not parse blinds the platforms, with a problem on that file', () => {
      const { model } = modelOf({ '/b/package.json': UNIBEST_PACKAGE, '/b/manifest.config.ts': "export default defineManifestConfig({ 'app-plus': { ", '/b/src/App.vue': '' });
      const app = model.appForFile('/b/src/App.vue')!;
      expect(app.problems.map((p) => p.file)).toEqual(['/b/manifest.config.ts']);
      expect(app.problems[0]!.message).toMatch(/^Cannot parse manifest\.config\.ts: /);
      for (const platform of ['ios', 'android', 'wechat'] as const) expect(app.unreadablePlatforms.has(platform)).toBe(true);
    });
  });

  it("a library with its own package.json copied into a uni-app project's pages is part of the app (live-app's TUIKit)", () => {
    const kit = JSON.stringify({ name: '@tencentcloud/chat-uikit-uniapp', dependencies: { vue: '^3.0.0', 'tim-wx-sdk': '^2.27.0' } });
    const { model } = modelOf({
      '/u/manifest.json': '{ "name": "live", "app-plus": { "modules": { "LivePusher": {} } } }',
      '/u/pages.json': '{ "pages": [{ "path": "pages/index/index" }, { "path": "pages/TUIKit/TUIPages/TUIChat/index" }] }',
      '/u/pages/index/index.vue': '',
      '/u/pages/TUIKit/package.json': kit,
      '/u/pages/TUIKit/TUIPages/TUIChat/index.vue': '',
      // A web app kept beside the uni-app project (an admin site) is an app of its own.
      '/u/admin/package.json': JSON.stringify({ name: 'admin', dependencies: { vue: '^3.4.0' } }),
      '/u/admin/index.html': '<div id="app"></div>',
      '/u/admin/src/main.js': '',
    });
    expect(model.appForFile('/u/pages/TUIKit/TUIPages/TUIChat/index.vue')!.root).toBe('/u');
    expect(model.appForFile('/u/admin/src/main.js')!.root).toBe('/u/admin');
    // In a CLI project the package folder above src/ is the app.
    const cli = modelOf({
      '/c/package.json': JSON.stringify({ dependencies: { '@dcloudio/uni-app': '3.0.0-4060620250520001', vue: '3.4.21' } }),
      '/c/src/manifest.json': '{ "mp-weixin": { "appid": "wx0123456789abcdef" } }',
      '/c/src/pages.json': '{}',
      '/c/src/components/chart-kit/package.json': JSON.stringify({ name: 'chart-kit', dependencies: { vue: '^3.0.0' } }),
      '/c/src/components/chart-kit/chart.vue': '',
    }).model;
    expect(cli.appForFile('/c/src/components/chart-kit/chart.vue')!.root).toBe('/c');
  });

  it("a uni-app manifest alone with a component copied out of a project is no app (aha-uniapp's validCode/); beside the project's files it is", () => {
    const manifest = JSON.stringify({ name: 'x', 'app-plus': { distribute: { android: { permissions: ['<uses-permission android:name=\"android.permission.CAMERA\"/>'] } } } });
    const { model } = modelOf({
      '/repo/validCode/manifest.json': manifest,
      '/repo/validCode/validCode.vue': '<template><view /></template>',
      '/repo/shop/manifest.json': manifest,
      '/repo/shop/App.vue': '<script>export default {}</script>',
      '/repo/shop/pages/index/index.vue': '',
    });
    expect(model.appForFile('/repo/validCode/validCode.vue')).toBeUndefined();
    expect(model.appForFile('/repo/shop/pages/index/index.vue')?.root).toBe('/repo/shop');
  });

  it('a uni-app CLI project keeps manifest.json in src/: the package folder is the app', () => {
    const { model } = modelOf({
      '/u/package.json': JSON.stringify({ dependencies: { '@dcloudio/uni-app': '3.0.0-4060620250520001', vue: '3.4.21' } }),
      '/u/src/manifest.json': '{ "mp-weixin": { "requiredPrivateInfos": ["chooseAddress"] } }',
      '/u/src/pages.json': '{}',
      '/u/src/pages/index/index.vue': '',
    });
    const app = model.appForFile('/u/src/pages/index/index.vue')!;
    expect(app.root).toBe('/u');
    expect([...app.platforms]).toEqual(['wechat']);
    expect(app.declarations.map((d) => d.key)).toEqual(['requiredPrivateInfos:chooseAddress']);
    expect(model.configKindOf('/u/src/manifest.json')).toBe('uniapp-manifest');
  });

  it('a Capacitor app targets only the native folders it has', () => {
    const { model } = modelOf({
      '/c/package.json': JSON.stringify({ dependencies: { '@capacitor/core': '7.4.3', '@capacitor/android': '7.4.3' } }),
      '/c/capacitor.config.json': '{ "appId": "com.example.c", "webDir": "dist" }',
      '/c/android/app/src/main/AndroidManifest.xml': '<manifest xmlns:android="http://schemas.android.com/apk/res/android"/>',
      '/c/src/main.ts': '',
    });
    expect([...model.appForFile('/c/src/main.ts')!.platforms]).toEqual(['android']);
  });

  it('the capacitor.config.json copies `cap sync` writes into the native projects are not apps of their own', () => {
    const config = '{ "appId": "com.example.c", "appName": "C", "webDir": "dist" }';
    const { model } = modelOf({
      '/c/package.json': JSON.stringify({ dependencies: { '@capacitor/core': '2.4.7', '@capacitor/ios': '2.4.7', '@capacitor/android': '2.4.7' } }),
      '/c/capacitor.config.json': config,
      '/c/ios/App/App/capacitor.config.json': config,
      '/c/ios/App/App/Info.plist': plist('\t<key>NSCameraUsageDescription</key>\n\t<string>Takes your profile photo.</string>\n'),
      '/c/android/app/src/main/assets/capacitor.config.json': config,
      '/c/android/app/src/main/AndroidManifest.xml': '<manifest xmlns:android="http://schemas.android.com/apk/res/android"/>',
      '/c/src/main.ts': '',
    });
    for (const file of ['/c/ios/App/App/Info.plist', '/c/android/app/src/main/AndroidManifest.xml', '/c/src/main.ts']) {
      expect(model.appForFile(file)?.root, file).toBe('/c');
    }
    expect([...model.appForFile('/c/ios/App/App/Info.plist')!.platforms].sort()).toEqual(['android', 'ios']);
  });

  it('capacitor.config ios.path moves the iOS folder', () => {
    const { model } = modelOf({
      '/c/package.json': JSON.stringify({ dependencies: { '@capacitor/core': '7.4.3' } }),
      '/c/capacitor.config.ts': "export default { appId: 'x', ios: { path: 'native/ios' } };",
      '/c/native/ios/App/App/Info.plist': plist('\t<key>NSCameraUsageDescription</key>\n\t<string>Takes proof photos.</string>\n'),
      '/c/src/main.ts': '',
    });
    const app = model.appForFile('/c/src/main.ts')!;
    expect([...app.platforms]).toEqual(['ios']);
    expect(app.declarations[0]).toMatchObject({ key: 'NSCameraUsageDescription', file: '/c/native/ios/App/App/Info.plist', keyRange: { start: { line: 5, column: 1 } } });
  });
});

describe('more layouts', () => {
  it("an Info.plist the Xcode project does not build (a renamed target's leftover) is unused; an extension's is not (doctor-app)", () => {
    const pbxproj = [
      '// !$*UTF8*$!',
      '\t\t\t\tINFOPLIST_FILE = DoctorProject/Info.plist;',
      // An extension target whose Info.plist path goes through a variable: the target still names its folder.
      '\t\t7E4C2A1D /* NotificationService */ = { isa = PBXNativeTarget; name = NotificationService; };',
      '\t\t\t\tINFOPLIST_FILE = "$(TARGET_NAME)/Info.plist";',
    ].join('\n');
    const empty = plist('\t<key>NSLocationWhenInUseUsageDescription</key>\n\t<string></string>\n');
    const { model } = modelOf({
      '/d/package.json': RN_PACKAGE,
      '/d/ios/DoctorProject.xcodeproj/project.pbxproj': pbxproj,
      '/d/ios/DoctorProject/Info.plist': empty,
      '/d/ios/MyApp/Info.plist': empty,
      '/d/ios/NotificationService/Info.plist': plist(''),
      '/d/App.tsx': '',
    });
    const app = model.appForFile('/d/App.tsx')!;
    expect([...app.unusedConfigFiles]).toEqual(['/d/ios/MyApp/Info.plist']);
    expect(app.configFiles.filter((c) => c.kind === 'info-plist').map((c) => c.file)).toEqual(['/d/ios/DoctorProject/Info.plist']);
    // Without a project file to go by, no Info.plist is taken for unused.
    const { model: bare } = modelOf({
      '/d/package.json': RN_PACKAGE,
      '/d/ios/DoctorProject.xcodeproj/xcshareddata/xcschemes/DoctorProject.xcscheme': '<Scheme/>',
      '/d/ios/DoctorProject/Info.plist': empty,
      '/d/ios/MyApp/Info.plist': empty,
      '/d/App.tsx': '',
    });
    expect(bare.appForFile('/d/App.tsx')!.unusedConfigFiles.size).toBe(0);
  });

  it('a package copied into the source out of node_modules (npm install metadata) is part of the app; its example app is no app and its configs are none (MonitorMobile)', () => {
    const empty = plist('\t<key>NSLocationWhenInUseUsageDescription</key>\n\t<string></string>\n');
    const files = (metadata: string) => ({
      '/m/package.json': RN_PACKAGE,
      '/m/App.tsx': '',
      '/m/ios/MonitorMobile.xcodeproj/project.pbxproj': '// !$*UTF8*$!\n',
      '/m/ios/MonitorMobile/Info.plist': plist(''),
      '/m/src/components/native-echarts/package.json': `{ "name": "native-echarts", "version": "0.3.0",${metadata} "peerDependencies": { "react-native": "*" } }`,
      '/m/src/components/native-echarts/src/index.js': '',
      '/m/src/components/native-echarts/example/package.json': RN_PACKAGE,
      '/m/src/components/native-echarts/example/index.ios.js': '',
      '/m/src/components/native-echarts/example/ios/app2.xcodeproj/project.pbxproj': '// !$*UTF8*$!\n',
      '/m/src/components/native-echarts/example/ios/app2/Info.plist': empty,
    });
    const installed = ' "_from": "native-echarts@0.3.0", "_id": "native-echarts@0.3.0", "_resolved": "https://registry.npmjs.org/native-echarts/-/native-echarts-0.3.0.tgz",';
    const { model } = modelOf(files(installed));
    expect(model.appForFile('/m/src/components/native-echarts/example/index.ios.js')!.root).toBe('/m');
    expect(model.appForFile('/m/src/components/native-echarts/src/index.js')!.root).toBe('/m');
    expect(model.configKindOf('/m/src/components/native-echarts/example/ios/app2/Info.plist')).toBeUndefined();
    expect(model.configKindOf('/m/ios/MonitorMobile/Info.plist')).toBe('info-plist');
    // Without the metadata it is a package of the repository's own, and its example an app of its own, as before.
    const { model: own } = modelOf(files(''));
    expect(own.appForFile('/m/src/components/native-echarts/example/index.ios.js')!.root).toBe('/m/src/components/native-echarts/example');
    expect(own.configKindOf('/m/src/components/native-echarts/example/ios/app2/Info.plist')).toBe('info-plist');
  });

  it("Quasar's Capacitor mode: src-capacitor/ is the native shell of the Quasar project, whose src/ is its code (nirbhaya)", () => {
    const { model } = modelOf({
      '/q/package.json': JSON.stringify({ name: 'sos', dependencies: { quasar: '2.16.0', vue: '3.4.0', '@capacitor/core': '6.0.0' } }),
      '/q/quasar.config.js': 'module.exports = function () { return {}; };\n',
      '/q/src/composables/useAudioHandler.ts': 'export {};\n',
      '/q/src-capacitor/package.json': JSON.stringify({ name: 'sos', dependencies: { '@capacitor/core': '6.0.0', '@capacitor/geolocation': '6.0.0' } }),
      '/q/src-capacitor/capacitor.config.json': JSON.stringify({ appId: 'com.example.sos', appName: 'SOS', webDir: 'www' }),
      '/q/src-capacitor/ios/App/App.xcodeproj/project.pbxproj': '// !$*UTF8*$!\n',
      '/q/src-capacitor/ios/App/App/Info.plist': plist('\t<key>NSMicrophoneUsageDescription</key>\n\t<string>Records the SOS voice note you send to your contacts</string>\n'),
      '/q/src-capacitor/android/app/src/main/AndroidManifest.xml': '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <uses-permission android:name="android.permission.RECORD_AUDIO" />\n</manifest>\n',
    });
    const app = model.appForFile('/q/src/composables/useAudioHandler.ts')!;
    expect(app.root).toBe('/q');
    expect(model.appForFile('/q/src-capacitor/android/app/src/main/AndroidManifest.xml')!.root).toBe('/q');
    expect(app.ecosystems.has('capacitor')).toBe(true);
    expect([...app.platforms].sort()).toEqual(['android', 'ios']);
    expect(app.configFiles.map((c) => c.file)).toEqual(
      expect.arrayContaining(['/q/src-capacitor/capacitor.config.json', '/q/src-capacitor/ios/App/App/Info.plist', '/q/src-capacitor/android/app/src/main/AndroidManifest.xml']),
    );
    expect(app.declarations.map((d) => d.key).sort()).toEqual(['NSMicrophoneUsageDescription', 'android.permission.RECORD_AUDIO']);
    expect(app.dependencies).toHaveProperty('@capacitor/geolocation');
  });

  it("a renamed target's folder that the project names only in a container proxy's remoteInfo or a Pods xcconfig is not built (yingshi-rn)", () => {
    const pbxproj = [
      '// !$*UTF8*$!',
      '\t\t13B07F861A680F5B00A75B9A /* aimeiju */ = { isa = PBXNativeTarget; name = aimeiju; productName = yingshi; };',
      '\t\t00E356F41AD99517003FC87E /* PBXContainerItemProxy */ = { isa = PBXContainerItemProxy; remoteInfo = yingshi; };',
      '\t\t5DCACB8F33CDC322A6C60F78 /* Pods-yingshi.release.xcconfig */ = { isa = PBXFileReference; path = "Target Support Files/Pods-yingshi/Pods-yingshi.release.xcconfig"; };',
      '\t\t\t\tINFOPLIST_FILE = aimeiju/Info.plist;',
      '\t\t\t\tINFOPLIST_FILE = yingshiTests/Info.plist;',
    ].join('\n');
    const empty = plist('\t<key>NSLocationWhenInUseUsageDescription</key>\n\t<string></string>\n');
    const { model } = modelOf({
      '/y/package.json': RN_PACKAGE,
      '/y/ios/aimeiju.xcodeproj/project.pbxproj': pbxproj,
      '/y/ios/aimeiju/Info.plist': plist(''),
      '/y/ios/yingshi/Info.plist': empty,
      '/y/App.tsx': '',
    });
    expect([...model.appForFile('/y/App.tsx')!.unusedConfigFiles]).toEqual(['/y/ios/yingshi/Info.plist']);
  });

  it('Expo with committed native folders (prebuild): Info.plist first, then the Expo config', () => {
    const { model } = modelOf({
      '/e/package.json': EXPO_PACKAGE,
      '/e/app.json': '{ "expo": { "name": "E", "ios": { "infoPlist": {} } } }',
      '/e/ios/E.xcodeproj/project.pbxproj': '// !$*UTF8*$!\n',
      '/e/ios/E/Info.plist': plist(''),
      '/e/App.tsx': '',
    });
    const app = model.appForFile('/e/App.tsx')!;
    expect(app.targets.map((t) => [t.platform, t.kind])).toEqual([
      ['ios', 'info-plist'],
      ['ios', 'expo-app-json'],
      ['android', 'expo-app-json'],
    ]);
  });

  it('HarmonyOS: every module listed in build-profile.json5, the entry module first', () => {
    const module = (name: string, type: string, permission: string) =>
      `{ module: { name: "${name}", type: "${type}", requestPermissions: [{ name: "${permission}", reason: "Scans labels", usedScene: { when: "inuse" } }] } }`;
    const { model } = modelOf({
      '/h/build-profile.json5': '{ app: {}, modules: [{ name: "feature_scan", srcPath: "./features/scan" }, { name: "entry", srcPath: "./entry" }] }',
      '/h/features/scan/src/main/module.json5': module('feature_scan', 'feature', 'ohos.permission.CAMERA'),
      '/h/entry/src/main/module.json5': module('entry', 'entry', 'ohos.permission.MICROPHONE'),
      '/h/entry/src/main/ets/pages/Index.ets': '',
    });
    const app = model.appForFile('/h/entry/src/main/ets/pages/Index.ets')!;
    expect(app.declarations.map((d) => [d.key, d.value, d.harmony?.hasUsedScene])).toEqual([
      ['ohos.permission.CAMERA', 'Scans labels', true],
      ['ohos.permission.MICROPHONE', 'Scans labels', true],
    ]);
    expect(app.targets.map((t) => t.file)).toEqual(['/h/entry/src/main/module.json5', '/h/features/scan/src/main/module.json5']);
  });

  it('WeChat requiredBackgroundModes are declarations too', () => {
    const { model } = modelOf({
      '/w/app.json': '{ "pages": ["pages/run/run"], "requiredBackgroundModes": ["location"], "permission": { "scope.userLocationBackground": { "desc": "跑步时在后台记录轨迹" } } }',
      '/w/pages/run/run.js': '',
    });
    const app = model.appForFile('/w/pages/run/run.js')!;
    expect(app.declarations.map((d) => [d.key, d.value])).toEqual([
      ['scope.userLocationBackground', '跑步时在后台记录轨迹'],
      ['requiredBackgroundModes:location', 'location'],
    ]);
  });

  it('react-native-vision-camera plugin texts count only when their switch is on', () => {
    const { model } = modelOf({
      '/v/package.json': EXPO_PACKAGE,
      '/v/app.json': JSON.stringify({
        expo: {
          plugins: [['react-native-vision-camera', { cameraPermissionText: 'Scans tickets.', microphonePermissionText: 'Records clips.', enableMicrophonePermission: false }]],
        },
      }),
      '/v/App.tsx': '',
    });
    expect(model.appForFile('/v/App.tsx')!.declarations.map((d) => d.key)).toEqual(['NSCameraUsageDescription']);
  });
});

describe('file handling', () => {
  it('a config file over 5 MB is a problem and is not parsed', () => {
    const huge = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x20);
    const { model } = modelOf({ '/r/package.json': RN_PACKAGE, '/r/ios/R/Info.plist': huge, '/r/App.tsx': '' });
    const app = model.appForFile('/r/App.tsx')!;
    expect(app.problems).toHaveLength(1);
    expect(app.problems[0].message).toMatch(/5 MB/);
    expect([...app.unreadablePlatforms]).toEqual(['ios']);
  });

  it('CRLF line endings keep exact positions', () => {
    const text = plist('\t<key>NSCameraUsageDescription</key>\n\t<string>Reads QR codes on tickets.</string>\n').replace(/\n/g, '\r\n');
    const { model } = modelOf({ '/r/package.json': RN_PACKAGE, '/r/ios/R/Info.plist': text, '/r/App.tsx': '' });
    const declaration = model.appForFile('/r/App.tsx')!.declarations[0];
    expect(declaration.keyRange.start).toMatchObject({ line: 5, column: 1 });
    expect(text.slice(declaration.valueRange!.start.offset, declaration.valueRange!.end.offset)).toBe('<string>Reads QR codes on tickets.</string>');
  });

  it("InfoPlist.strings in the Xcode project's folder (tooot's ios/<locale>.lproj) translate the app's keys", () => {
    const files = {
      '/r/package.json': RN_PACKAGE,
      '/r/ios/tooot/Info.plist': plist('  <key>NSPhotoLibraryUsageDescription</key>\n  <string>Attach your photos to a post.</string>\n'),
      '/r/ios/zh-Hans.lproj/InfoPlist.strings': '"NSPhotoLibraryUsageDescription" = "把照片附加到嘟文";\n',
      '/r/App.tsx': '',
    };
    const withProject = modelOf({ ...files, '/r/ios/tooot.xcodeproj/project.pbxproj': '// !$*UTF8*$!\n{}\n' }).model.appForFile('/r/App.tsx')!;
    expect(withProject.declarations.find((d) => d.locale === 'zh-Hans')).toMatchObject({ key: 'NSPhotoLibraryUsageDescription', file: '/r/ios/zh-Hans.lproj/InfoPlist.strings' });
    // Without an Xcode project there, nothing says the folder is the app's.
    expect(modelOf(files).model.appForFile('/r/App.tsx')!.declarations.some((d) => d.locale === 'zh-Hans')).toBe(false);
  });

  it('InfoPlist.strings: escapes, `"Key";` shorthand, and a malformed file as a problem', () => {
    const { model } = modelOf({
      '/r/package.json': RN_PACKAGE,
      '/r/ios/R/Info.plist': plist(''),
      '/r/ios/R/fr.lproj/InfoPlist.strings': '"NSCameraUsageDescription" = "Scanne le \\"code\\" QR\\nà l\'entrée";\n',
      '/r/ios/R/de.lproj/InfoPlist.strings': '"NSCameraUsageDescription" = "Scannt Tickets"\n"NSMicrophoneUsageDescription" = "x";\n',
      '/r/App.tsx': '',
    });
    const app = model.appForFile('/r/App.tsx')!;
    expect(app.declarations.find((d) => d.locale === 'fr')?.value).toBe('Scanne le "code" QR\nà l\'entrée');
    expect(app.problems).toHaveLength(1);
    expect(app.problems[0]).toMatchObject({ file: '/r/ios/R/de.lproj/InfoPlist.strings', range: { start: { line: 2, column: 0 } } });
    expect(app.problems[0].message).toMatch(/expected ";"/);
    // What was read before the error is kept; the platform is still marked unreadable.
    expect(app.declarations.find((d) => d.locale === 'de')?.value).toBe(undefined);
    expect([...app.unreadablePlatforms]).toEqual(['ios']);
  });

  it('HarmonyOS: an empty usedScene object declares the scene (abilities and when are both optional); a missing one does not', () => {
    const { model } = modelOf({
      '/h/AppScope/app.json5': '{ app: { bundleName: "com.example.h" } }',
      '/h/entry/src/main/module.json5':
        '{ module: { name: "entry", type: "entry", requestPermissions: [{ name: "ohos.permission.MICROPHONE", reason: "Records voice memos", usedScene: {} }, { name: "ohos.permission.CAMERA", reason: "Scans labels" }] } }',
      '/h/entry/src/main/ets/pages/Index.ets': '',
    });
    const app = model.appForFile('/h/entry/src/main/ets/pages/Index.ets')!;
    expect(app.declarations.map((d) => [d.key, d.harmony?.hasUsedScene])).toEqual([
      ['ohos.permission.MICROPHONE', true],
      ['ohos.permission.CAMERA', false],
    ]);
  });

  it("HarmonyOS: a $string: reason defined in a local HAR the module depends on (oh-package.json5 file:) resolves, as the build merges it", () => {
    const { model } = modelOf({
      '/h/AppScope/app.json5': '{ app: { bundleName: "com.example.h" } }',
      '/h/entry/oh-package.json5': '{ name: "entry", dependencies: { "@tbs/common": "file:../common", "@ohos/axios": "^2.2.0" } }',
      '/h/entry/src/main/module.json5':
        '{ module: { name: "entry", type: "entry", requestPermissions: [{ name: "ohos.permission.APPROXIMATELY_LOCATION", reason: "$string:reason_location", usedScene: { when: "inuse" } }] } }',
      '/h/common/src/main/resources/base/element/string.json': '{ "string": [{ "name": "reason_location", "value": "用于查找附近的充电站" }] }',
      '/h/entry/src/main/ets/pages/Index.ets': '',
    });
    const app = model.appForFile('/h/entry/src/main/ets/pages/Index.ets')!;
    expect(app.declarations[0]).toMatchObject({ key: 'ohos.permission.APPROXIMATELY_LOCATION', value: '用于查找附近的充电站' });
    expect(app.declarations[0].harmony?.reasonFile).toBe('/h/common/src/main/resources/base/element/string.json');
  });

  it("HarmonyOS: modules grouped in products/ (Huawei's industry templates) belong to the project, and AppScope's strings resolve their reasons", () => {
    const { model } = modelOf({
      '/h/AppScope/app.json5': '{ app: { bundleName: "com.example.recipes" } }',
      '/h/AppScope/resources/base/element/string.json': '{ "string": [{ "name": "reason_camera", "value": "用于拍摄菜谱成品照片并上传到你的菜谱主页" }] }',
      '/h/build-profile.json5': '{ app: { products: [{ name: "default" }] }, modules: [{ name: "entry", srcPath: "./products/entry" }] }',
      '/h/products/entry/src/main/module.json5':
        '{ module: { name: "entry", type: "entry", requestPermissions: [{ name: "ohos.permission.CAMERA", reason: "$string:reason_camera", usedScene: { when: "inuse" } }] } }',
      '/h/products/entry/src/main/ets/pages/Upload.ets': '',
    });
    const app = model.appForFile('/h/products/entry/src/main/ets/pages/Upload.ets')!;
    expect(app.root).toBe('/h');
    expect(app.declarations[0]).toMatchObject({ key: 'ohos.permission.CAMERA', value: '用于拍摄菜谱成品照片并上传到你的菜谱主页' });
  });

  it('HarmonyOS: an unresolved $string: reference leaves the value empty', () => {
    const { model } = modelOf({
      '/h/AppScope/app.json5': '{ app: { bundleName: "com.example.h" } }',
      '/h/entry/src/main/module.json5': '{ module: { name: "entry", type: "entry", requestPermissions: [{ name: "ohos.permission.MICROPHONE", reason: "$string:reason_mic" }] } }',
      '/h/entry/src/main/resources/base/element/string.json': '{ "string": [{ "name": "other", "value": "x" }] }',
      '/h/entry/src/main/ets/pages/Index.ets': '',
    });
    const app = model.appForFile('/h/entry/src/main/ets/pages/Index.ets')!;
    expect(app.declarations).toHaveLength(1);
    expect(app.declarations[0]).toMatchObject({ key: 'ohos.permission.MICROPHONE', rawValue: '$string:reason_mic', harmony: { hasUsedScene: false } });
    expect(app.declarations[0].value).toBeUndefined();
  });
});

describe('app roots', () => {
  it('stops at the repository root (.git) and skips node_modules packages', () => {
    const { model } = modelOf({
      '/outer/package.json': RN_PACKAGE,
      '/outer/repo/.git/HEAD': 'ref: refs/heads/main\n',
      '/outer/repo/src/index.ts': '',
      '/outer/repo/node_modules/some-rn-lib/package.json': RN_PACKAGE,
      '/outer/repo/node_modules/some-rn-lib/index.js': '',
    });
    expect(model.appForFile('/outer/repo/src/index.ts')).toBeUndefined();
    expect(model.appForFile('/outer/repo/node_modules/some-rn-lib/index.js')).toBeUndefined();
  });

  it("a uni-app plugin's demo manifest.json in uni_modules/ belongs to the app above it and is not its config", () => {
    const manifest = (permission: string) =>
      JSON.stringify({ name: 'x', 'app-plus': { distribute: { android: { permissions: [`<uses-permission android:name="android.permission.${permission}"/>`] } } } });
    const { model } = modelOf({
      '/shop/manifest.json': manifest('CAMERA'),
      '/shop/pages.json': '{ "pages": [] }',
      '/shop/pages/index/index.vue': '<template><view /></template>',
      '/shop/uni_modules/uni-scss/package.json': JSON.stringify({ id: 'uni-scss', name: 'uni-scss' }),
      '/shop/uni_modules/uni-scss/manifest.json': manifest('READ_CONTACTS'),
      '/shop/uni_modules/uni-scss/index.scss': '',
    });
    expect(model.appForFile('/shop/uni_modules/uni-scss/manifest.json')?.root).toBe('/shop');
    expect(model.configKindOf('/shop/uni_modules/uni-scss/manifest.json')).toBeUndefined();
    expect(model.configKindOf('/shop/manifest.json')).toBe('uniapp-manifest');
    expect(model.appForFile('/shop/pages/index/index.vue')?.declarations.map((d) => d.key)).toEqual(['android.permission.CAMERA']);
  });

  it('a package.json without app dependencies is not an app', () => {
    const { model } = modelOf({ '/lib/package.json': JSON.stringify({ name: 'utils', dependencies: { lodash: '4.17.21' } }), '/lib/src/index.ts': '' });
    expect(model.appForFile('/lib/src/index.ts')).toBeUndefined();
  });
});

/** Counts FileSource calls, to prove repeated lookups cost no I/O. */
class CountingSource implements FileSource {
  calls = 0;
  readsAndListings = 0;
  constructor(private readonly inner: FileSource) {}
  read(path: string): FileRead | undefined {
    this.calls++;
    this.readsAndListings++;
    return this.inner.read(path);
  }
  list(dir: string): readonly DirEntry[] | undefined {
    this.calls++;
    this.readsAndListings++;
    return this.inner.list(dir);
  }
  signature(path: string): string {
    this.calls++;
    return this.inner.signature(path);
  }
}

describe('cost of repeated lookups', () => {
  const files = {
    '/r/package.json': RN_PACKAGE,
    '/r/ios/R/Info.plist': plist('\t<key>NSCameraUsageDescription</key>\n\t<string>Reads QR codes on tickets.</string>\n'),
    '/r/src/a/One.tsx': '',
    '/r/src/a/Two.tsx': '',
    '/r/src/b/Three.tsx': '',
  };

  it('a second file in a known folder costs no I/O; a new folder costs one listing', () => {
    const source = new CountingSource(new MemoryFileSource(files));
    const model = new ProjectModel(source, { revalidateAfterMs: Infinity });
    const app = model.appForFile('/r/src/a/One.tsx');
    expect(app).toBeDefined();
    source.calls = 0;
    expect(model.appForFile('/r/src/a/Two.tsx')).toBe(app);
    expect(source.calls).toBe(0);
    expect(model.appForFile('/r/src/b/Three.tsx')).toBe(app);
    // One signature + one listing of /r/src/b; /r/src is known from the first walk.
    expect(source.calls).toBe(2);
  });

  it('revalidation notices an unreported edit (signatures only, no re-read when nothing changed)', () => {
    const memory = new MemoryFileSource(files);
    const source = new CountingSource(memory);
    const model = new ProjectModel(source, { revalidateAfterMs: 0 });
    const first = model.appForFile('/r/src/a/One.tsx')!;
    source.readsAndListings = 0;
    expect(model.appForFile('/r/src/a/One.tsx')).toBe(first);
    // Nothing changed: the check compares signatures and reads or lists nothing.
    expect(source.readsAndListings).toBe(0);
    memory.write('/r/ios/R/Info.plist', plist('\t<key>NSMicrophoneUsageDescription</key>\n\t<string>Records voice notes.</string>\n'));
    const second = model.appForFile('/r/src/a/One.tsx')!;
    expect(second).not.toBe(first);
    expect(second.declarations.map((d) => d.key)).toEqual(['NSMicrophoneUsageDescription']);
  });
});

describe("the model's file view for rules (source, isFile)", () => {
  const files = {
    '/r/package.json': RN_PACKAGE,
    '/r/tsconfig.json': '{}',
    '/r/src/a/One.tsx': 'export const one = 1;\n',
    '/r/src/a/helpers/index.ts': '',
  };

  it('a signature asked for on every linted file costs one stat per window; invalidating the file forgets it', () => {
    const memory = new MemoryFileSource(files);
    const source = new CountingSource(memory);
    const model = new ProjectModel(source, { revalidateAfterMs: Infinity });
    const first = model.source.signature('/r/src/a/One.tsx');
    source.calls = 0;
    expect(model.source.signature('/r/src/a/One.tsx')).toBe(first);
    expect(source.calls).toBe(0);
    memory.write('/r/src/a/One.tsx', 'export const one = 2;\n');
    // Within the window the saved text is not seen until someone reports it (the file watcher, the editor).
    expect(model.source.signature('/r/src/a/One.tsx')).toBe(first);
    model.invalidate('/r/src/a/One.tsx', false);
    expect(model.source.signature('/r/src/a/One.tsx')).not.toBe(first);
  });

  it('with revalidateAfterMs 0 every ask goes to disk, as before', () => {
    const memory = new MemoryFileSource(files);
    const model = new ProjectModel(memory, { revalidateAfterMs: 0 });
    const first = model.source.signature('/r/src/a/One.tsx');
    memory.write('/r/src/a/One.tsx', 'export const one = 2;\n');
    expect(model.source.signature('/r/src/a/One.tsx')).not.toBe(first);
  });

  it("isFile answers every probe in a folder from one listing: files and unsaved buffers, not folders or missing names", () => {
    const source = new CountingSource(new MemoryFileSource(files));
    const model = new ProjectModel(source, { revalidateAfterMs: Infinity });
    expect(model.isFile('/r/tsconfig.json')).toBe(true);
    source.calls = 0;
    expect(['jsconfig.json', 'babel.config.js', '.babelrc', 'package.json', 'src'].map((name) => model.isFile(`/r/${name}`))).toEqual([false, false, false, true, false]);
    expect(source.calls).toBe(0);
    expect(model.isFile('/r/src/a/helpers')).toBe(false);
    expect(model.isFile('/r/src/a/helpers/index.ts')).toBe(true);
    expect(model.isFile('/r/nowhere/x.ts')).toBe(false);
    model.setOverlay('/r/src/a/New.tsx', 'export {};\n');
    expect(model.isFile('/r/src/a/New.tsx')).toBe(true);
    model.setOverlay('/r/src/a/New.tsx', undefined);
    expect(model.isFile('/r/src/a/New.tsx')).toBe(false);
  });

  it('a listing past its window is re-read only when its folder changed (a file added or removed)', () => {
    const memory = new MemoryFileSource(files);
    const source = new CountingSource(memory);
    const model = new ProjectModel(source, { revalidateAfterMs: 0 });
    expect(model.isFile('/r/babel.config.js')).toBe(false);
    source.readsAndListings = 0;
    expect(model.isFile('/r/babel.config.js')).toBe(false);
    expect(source.readsAndListings).toBe(0);
    memory.write('/r/babel.config.js', 'module.exports = {};\n');
    expect(model.isFile('/r/babel.config.js')).toBe(true);
    expect(source.readsAndListings).toBe(1);
  });
});

describe('Expo locales', () => {
  const appJson = (locales: Record<string, unknown>) =>
    JSON.stringify({ expo: { name: 'Parcels', ios: { infoPlist: { NSCameraUsageDescription: 'Scans the QR code on a parcel label.' } }, locales } }, null, 2);

  it('reads each language from its JSON file (top level and ios, ios winning) or inline, with positions', () => {
    const zh = '{\n  "NSCameraUsageDescription": "通用文案",\n  "ios": { "NSCameraUsageDescription": "用于扫描包裹标签上的二维码" },\n  "android": { "NSMicrophoneUsageDescription": "not iOS" }\n}\n';
    const { model } = modelOf({
      '/w/app/package.json': EXPO_PACKAGE,
      '/w/app/app.json': appJson({ 'zh-Hans': './locales/zh.json', ja: { NSCameraUsageDescription: '小包のラベルを読み取ります' } }),
      '/w/app/locales/zh.json': zh,
    });
    const found = model.appForFile('/w/app/app.json')!;
    expect(found.expoLocales.map((l) => [l.locale, l.file, l.problem])).toEqual([
      ['zh-Hans', '/w/app/locales/zh.json', undefined],
      ['ja', undefined, undefined],
    ]);
    const translated = found.declarations.filter((d) => d.source === 'expo-locale').sort((a, b) => (a.locale ?? '').localeCompare(b.locale ?? ''));
    expect(translated.map((d) => [d.locale, d.key, d.value, d.file])).toEqual([
      ['ja', 'NSCameraUsageDescription', '小包のラベルを読み取ります', '/w/app/app.json'],
      ['zh-Hans', 'NSCameraUsageDescription', '用于扫描包裹标签上的二维码', '/w/app/locales/zh.json'],
    ]);
    expect(translated[1].keyRange.start).toMatchObject({ line: 3, column: 11 });
    // The locale file is one of the app's config files: editing it re-checks the app in the editor.
    expect(model.configKindOf('/w/app/locales/zh.json')).toBe('expo-locale-json');
    expect(model.configKindOf('/w/app/locales/other.json')).toBeUndefined();
  });

  it('follows require() and default imports of locale JSON in app.config.* (read as files, never run)', () => {
    const { model } = modelOf({
      '/w/app/package.json': EXPO_PACKAGE,
      '/w/app/app.config.ts': [
        "import ja from './locales/ja.json';",
        'export default {',
        "  ios: { infoPlist: { NSCameraUsageDescription: 'Scans the QR code on a parcel label.' } },",
        "  locales: { 'zh-Hans': require('./locales/zh.json'), ja, fr: require(process.env.FR_FILE), de: loadLocale('de') },",
        '};',
      ].join('\n'),
      '/w/app/locales/zh.json': '{ "ios": { "NSCameraUsageDescription": "用于扫描包裹标签上的二维码" } }',
      '/w/app/locales/ja.json': '{ "NSCameraUsageDescription": "小包のラベルを読み取ります" }',
    });
    const found = model.appForFile('/w/app/app.config.ts')!;
    // fr and de are only known at run time: nothing is required or reported for them.
    expect(found.expoLocales.map((l) => [l.locale, l.file, l.problem])).toEqual([
      ['zh-Hans', '/w/app/locales/zh.json', undefined],
      ['ja', '/w/app/locales/ja.json', undefined],
    ]);
    expect(found.declarations.filter((d) => d.source === 'expo-locale').map((d) => [d.locale, d.value]).sort()).toEqual([
      ['ja', '小包のラベルを読み取ります'],
      ['zh-Hans', '用于扫描包裹标签上的二维码'],
    ]);
  });

  it('records a missing or malformed locale file with the reason, without blinding iOS', () => {
    const { model } = modelOf({
      '/w/app/package.json': EXPO_PACKAGE,
      '/w/app/app.json': appJson({ fr: './locales/fr.json', ko: './locales/ko.json' }),
      '/w/app/locales/ko.json': '{ "NSCameraUsageDescription": ',
    });
    const found = model.appForFile('/w/app/app.json')!;
    expect(found.expoLocales.find((l) => l.locale === 'fr')?.problem).toBe('./locales/fr.json does not exist');
    expect(found.expoLocales.find((l) => l.locale === 'ko')?.problem).toMatch(/ko\.json/);
    expect(found.unreadablePlatforms.has('ios')).toBe(false);
    expect(found.problems).toEqual([]);
  });

  it('says why a locale file over the size limit was not read', () => {
    const { model } = modelOf({
      '/w/app/package.json': EXPO_PACKAGE,
      '/w/app/app.json': appJson({ de: './locales/de.json' }),
      '/w/app/locales/de.json': `{ "pad": "${'x'.repeat(6 * 1024 * 1024)}" }`,
    });
    expect(model.appForFile('/w/app/app.json')!.expoLocales[0].problem).toMatch(/de\.json was not read: the file is over the 5 MB limit/);
  });

  it('follows edits of the locale file (overlay) like any config file', () => {
    const { model } = modelOf({
      '/w/app/package.json': EXPO_PACKAGE,
      '/w/app/app.json': appJson({ 'zh-Hans': './zh.json' }),
      '/w/app/zh.json': '{}',
    });
    expect(model.appForFile('/w/app/app.json')!.declarations.filter((d) => d.source === 'expo-locale')).toEqual([]);
    model.setOverlay('/w/app/zh.json', '{ "NSCameraUsageDescription": "用于扫描包裹标签上的二维码" }');
    expect(model.appForFile('/w/app/app.json')!.declarations.filter((d) => d.source === 'expo-locale').map((d) => d.value)).toEqual(['用于扫描包裹标签上的二维码']);
  });
});
