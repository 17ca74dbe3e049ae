// Project model on the fixture apps of every ecosystem: app roots, targeted platforms, declarations with exact
// positions, targets, problems, overlays, invalidation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppModel } from '../../eslint-plugin/src/core/project/api.js';
import { checkedPlatforms, getProjectModel, ProjectModel, reportablePlatforms } from '../../eslint-plugin/src/core/project/index.js';
import type { Declaration, SourceRange } from '../../eslint-plugin/src/core/types.js';

const APPS = fileURLToPath(new URL('../fixtures/apps/', import.meta.url));
const app = (name: string) => join(APPS, name);

let model: ProjectModel;
beforeEach(() => {
  model = new ProjectModel();
});

function appOf(file: string): AppModel {
  const found = model.appForFile(join(APPS, file));
  if (!found) throw new Error(`no app for ${file}`);
  return found;
}

function only(found: AppModel, key: string, filter: (d: Declaration) => boolean = () => true): Declaration {
  const matches = found.declarations.filter((d) => d.key === key && filter(d));
  expect(matches, `declarations of ${key}`).toHaveLength(1);
  return matches[0];
}

/** The text a range covers, read from disk (checks offsets, and that line/column agree with them). */
function textAt(file: string, range: SourceRange): string {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split('\n');
  const offsetOf = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column;
  expect(offsetOf(range.start.line, range.start.column)).toBe(range.start.offset);
  expect(offsetOf(range.end.line, range.end.column)).toBe(range.end.offset);
  return text.slice(range.start.offset, range.end.offset);
}

const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('React Native (bare)', () => {
  it('targets iOS and Android from the native folders', () => {
    const rn = appOf('rn-bare/src/screens/ScanScreen.tsx');
    expect(rn.root).toBe(app('rn-bare'));
    expect(sorted(rn.ecosystems)).toEqual(['react-native']);
    expect(sorted(rn.platforms)).toEqual(['android', 'ios']);
    expect(rn.unreadablePlatforms.size).toBe(0);
    expect(rn.problems).toEqual([]);
    expect(rn.dependencies['react-native-vision-camera']).toBe('4.7.2');
    expect(rn.dependencies['typescript']).toBe('5.9.3');
  });

  it('reads Info.plist purpose keys with the ranges of their <key> and <string> elements', () => {
    const rn = appOf('rn-bare/App.tsx');
    const plist = join(app('rn-bare'), 'ios/RnBare/Info.plist');
    const camera = only(rn, 'NSCameraUsageDescription', (d) => d.source === 'info-plist');
    expect(camera).toMatchObject({ platform: 'ios', file: plist, value: 'Trail Notes reads the QR code on trail markers so you can log where you have been.' });
    expect(camera.keyRange.start).toMatchObject({ line: 30, column: 1 });
    expect(camera.keyRange.end).toMatchObject({ line: 30, column: 36 });
    expect(textAt(plist, camera.keyRange)).toBe('<key>NSCameraUsageDescription</key>');
    expect(textAt(plist, camera.valueRange!)).toBe('<string>Trail Notes reads the QR code on trail markers so you can log where you have been.</string>');
    expect(camera.valueRange!.start).toMatchObject({ line: 31, column: 1 });
  });

  it('reads the temporary-location dictionary entries and background modes', () => {
    const rn = appOf('rn-bare/App.tsx');
    const plist = join(app('rn-bare'), 'ios/RnBare/Info.plist');
    only(rn, 'NSLocationTemporaryUsageDescriptionDictionary');
    const purpose = only(rn, 'NSLocationTemporaryUsageDescriptionDictionary.TrailNavigation');
    expect(purpose.value).toBe('Precise location keeps you on the marked trail while you navigate.');
    expect(purpose.keyRange.start).toMatchObject({ line: 36, column: 2 });
    const mode = only(rn, 'UIBackgroundModes:remote-notification');
    expect(textAt(plist, mode.keyRange)).toBe('<string>remote-notification</string>');
    // Keys that are not purpose strings stay out.
    expect(rn.declarations.some((d) => d.key === 'CFBundleDisplayName' || d.key === 'NSAppTransportSecurity')).toBe(false);
  });

  it("ignores an extension target's Info.plist (the .xcodeproj names the app target)", () => {
    const rn = appOf('rn-bare/App.tsx');
    expect(rn.declarations.some((d) => d.key === 'NSMicrophoneUsageDescription')).toBe(false);
    expect(rn.configFiles.some((c) => c.file.includes('RnBareNotificationService'))).toBe(false);
    // It ships with the app (the project names the extension target), so its own texts are still judged.
    expect([...rn.unusedConfigFiles].some((file) => file.includes('RnBareNotificationService'))).toBe(false);
  });

  it('reads InfoPlist.strings per locale, UTF-8 and UTF-16 with BOM, quoted and unquoted keys', () => {
    const rn = appOf('rn-bare/App.tsx');
    const en = only(rn, 'NSCameraUsageDescription', (d) => d.locale === 'en');
    expect(en.source).toBe('infoplist-strings');
    expect(en.keyRange.start).toMatchObject({ line: 2, column: 0 });
    expect(textAt(en.file, en.keyRange)).toBe('"NSCameraUsageDescription"');
    const zhCamera = only(rn, 'NSCameraUsageDescription', (d) => d.locale === 'zh-Hans');
    expect(zhCamera.value).toBe('“步道笔记”使用相机扫描步道标志上的二维码，记录你走过的路线。');
    const zhLocation = only(rn, 'NSLocationWhenInUseUsageDescription', (d) => d.locale === 'zh-Hans');
    expect(zhLocation.value).toBe('“步道笔记”使用你的位置列出 20 公里内的步道。');
    expect(zhLocation.keyRange.start).toMatchObject({ line: 4, column: 0 });
    expect(zhLocation.keyRange.end.column - zhLocation.keyRange.start.column).toBe('NSLocationWhenInUseUsageDescription'.length);
  });

  it('reads AndroidManifest uses-permission, uses-permission-sdk-23 and tools:node="remove"', () => {
    const rn = appOf('rn-bare/index.js');
    const manifest = join(app('rn-bare'), 'android/app/src/main/AndroidManifest.xml');
    const camera = only(rn, 'android.permission.CAMERA');
    expect(camera).toMatchObject({ platform: 'android', source: 'android-manifest', file: manifest });
    expect(camera.removed).toBeUndefined();
    expect(camera.keyRange.start).toMatchObject({ line: 5, column: 4 });
    expect(textAt(manifest, camera.keyRange)).toBe('<uses-permission android:name="android.permission.CAMERA" />');
    expect(textAt(manifest, camera.valueRange!)).toBe('android.permission.CAMERA');
    expect(only(rn, 'android.permission.POST_NOTIFICATIONS').keyRange.start.line).toBe(8);
    const removed = only(rn, 'android.permission.READ_PHONE_STATE');
    expect(removed.removed).toBe(true);
    expect(removed.keyRange.start.line).toBe(10);
  });

  it('puts missing declarations in Info.plist and AndroidManifest.xml', () => {
    const rn = appOf('rn-bare/App.tsx');
    expect(rn.targets).toEqual([
      { platform: 'ios', file: join(app('rn-bare'), 'ios/RnBare/Info.plist'), kind: 'info-plist', label: 'ios/RnBare/Info.plist' },
      { platform: 'android', file: join(app('rn-bare'), 'android/app/src/main/AndroidManifest.xml'), kind: 'android-manifest', label: 'android/app/src/main/AndroidManifest.xml' },
    ]);
  });
});

describe('Expo', () => {
  it('reads app.json ios.infoPlist, android permissions, blocked permissions and plugin options', () => {
    const expo = appOf('expo-camera/app/scan.tsx');
    const appJson = join(app('expo-camera'), 'app.json');
    expect(sorted(expo.ecosystems)).toEqual(['expo', 'react-native']);
    expect(sorted(expo.platforms)).toEqual(['android', 'ios']);
    const location = only(expo, 'NSLocationWhenInUseUsageDescription', (d) => d.source === 'expo-ios-infoplist');
    expect(location.keyRange.start).toMatchObject({ line: 13, column: 8 });
    expect(textAt(appJson, location.keyRange)).toBe('"NSLocationWhenInUseUsageDescription"');
    const camera = only(expo, 'NSCameraUsageDescription');
    expect(camera).toMatchObject({ source: 'expo-plugin', plugin: 'expo-camera', value: 'Ticket Scanner uses the camera to scan the QR code on each ticket at the gate.' });
    expect(camera.keyRange.start).toMatchObject({ line: 28, column: 10 });
    expect(textAt(appJson, camera.keyRange)).toBe('"cameraPermission"');
    expect(only(expo, 'NSLocationWhenInUseUsageDescription', (d) => d.source === 'expo-plugin').plugin).toBe('expo-location');
    // microphonePermission: false removes the key: no declaration.
    expect(expo.declarations.some((d) => d.key === 'NSMicrophoneUsageDescription')).toBe(false);
    const shortName = only(expo, 'android.permission.CAMERA');
    expect(shortName).toMatchObject({ source: 'expo-android-permissions', rawValue: 'CAMERA' });
    expect(textAt(appJson, shortName.keyRange)).toBe('"CAMERA"');
    expect(only(expo, 'android.permission.RECORD_AUDIO')).toMatchObject({ source: 'expo-android-blocked-permissions', removed: true });
    expect(expo.expoPlugins.map((p) => p.name)).toEqual(['expo-router', 'expo-secure-store', 'expo-camera', 'expo-location']);
    expect(expo.expoPlugins.find((p) => p.name === 'expo-camera')).toEqual({
      name: 'expo-camera',
      file: appJson,
      options: { cameraPermission: 'Ticket Scanner uses the camera to scan the QR code on each ticket at the gate.', microphonePermission: false, recordAudioAndroid: false },
      optionKeys: ['cameraPermission', 'microphonePermission', 'recordAudioAndroid'],
      nameRange: { start: { line: 26, column: 8, offset: 812 }, end: { line: 26, column: 21, offset: 825 } },
    });
    expect(expo.targets.map((t) => [t.platform, t.kind, t.label])).toEqual([
      ['ios', 'expo-app-json', 'app.json expo.ios.infoPlist'],
      ['android', 'expo-app-json', 'app.json expo.android.permissions'],
    ]);
  });

  it('reads app.config.ts statically (consts, shorthand, function of the base config) together with app.json', () => {
    const expo = appOf('expo-config-ts/app/map.tsx');
    const configTs = join(app('expo-config-ts'), 'app.config.ts');
    expect(expo.configFiles.map((c) => c.kind)).toEqual(['package-json', 'expo-app-json', 'expo-app-config']);
    // `infoPlist` is a shorthand for a module const: the range points into the const's object literal.
    const whenInUse = only(expo, 'NSLocationWhenInUseUsageDescription');
    expect(whenInUse).toMatchObject({ source: 'expo-ios-infoplist', file: configTs, value: 'Trailhead shows your position on the trail map while you hike.' });
    expect(whenInUse.keyRange.start).toMatchObject({ line: 8, column: 2 });
    // The value is the literal the const holds, where it is written.
    expect(textAt(configTs, whenInUse.valueRange!)).toBe("'Trailhead shows your position on the trail map while you hike.'");
    expect(whenInUse.valueRange!.start).toMatchObject({ line: 5, column: 21 });
    const background = only(expo, 'android.permission.ACCESS_BACKGROUND_LOCATION');
    expect(textAt(configTs, background.keyRange)).toBe("'ACCESS_BACKGROUND_LOCATION'");
    expect(only(expo, 'UIBackgroundModes:location')).toMatchObject({ source: 'expo-plugin', plugin: 'expo-location' });
    expect(only(expo, 'NSLocationAlwaysAndWhenInUseUsageDescription', (d) => d.source === 'expo-plugin').keyRange.start.line).toBe(29);
    // app.json's plugin option still counts (app.config.ts spreads the base config).
    expect(only(expo, 'NSPhotoLibraryUsageDescription')).toMatchObject({ plugin: 'expo-image-picker', file: join(app('expo-config-ts'), 'app.json') });
    // expo.platforms in app.json limits the platforms (react-native-web is installed, web is not listed).
    expect(sorted(expo.platforms)).toEqual(['android', 'ios']);
    expect(expo.unreadablePlatforms.size).toBe(0);
    expect(expo.targets.map((t) => t.label)).toEqual(['app.config.ts ios.infoPlist', 'app.config.ts android.permissions']);
  });
});

describe('WeChat mini-program', () => {
  it('reads app.json permission desc and requiredPrivateInfos', () => {
    const mp = appOf('wechat-mp/pages/index/index.js');
    const appJson = join(app('wechat-mp'), 'app.json');
    expect(sorted(mp.ecosystems)).toEqual(['wechat']);
    expect(sorted(mp.platforms)).toEqual(['wechat']);
    const scope = only(mp, 'scope.userLocation');
    expect(scope).toMatchObject({ platform: 'wechat', source: 'wechat-permission', value: '你的位置信息将用于查找附近的门店' });
    expect(scope.keyRange.start).toMatchObject({ line: 13, column: 4 });
    expect(textAt(appJson, scope.keyRange)).toBe('"scope.userLocation"');
    expect(textAt(appJson, scope.valueRange!)).toBe('"你的位置信息将用于查找附近的门店"');
    const getLocation = only(mp, 'requiredPrivateInfos:getLocation');
    expect(getLocation.source).toBe('wechat-required-private-infos');
    expect(getLocation.keyRange.start).toMatchObject({ line: 17, column: 27 });
    only(mp, 'requiredPrivateInfos:chooseLocation');
    expect(mp.targets).toEqual([{ platform: 'wechat', file: appJson, kind: 'wechat-app-json', label: 'app.json permission / requiredPrivateInfos' }]);
  });

  it('finds the app from a page template or page config too', () => {
    expect(appOf('wechat-mp/pages/stores/stores.wxml').root).toBe(app('wechat-mp'));
    expect(appOf('wechat-mp/pages/index/index.json').root).toBe(app('wechat-mp'));
  });
});

describe('uni-app', () => {
  it('reads manifest.json (with comments): privacyDescription, raw XML Android permissions, mp-weixin', () => {
    const uni = appOf('uniapp/pages/index/index.vue');
    const manifest = join(app('uniapp'), 'manifest.json');
    expect(sorted(uni.ecosystems)).toEqual(['uni-app']);
    expect(sorted(uni.platforms)).toEqual(['android', 'ios', 'wechat']);
    const motion = only(uni, 'NSMotionUsageDescription');
    expect(motion).toMatchObject({ source: 'uniapp-ios-privacy-description', value: '用于统计你每天的步数' });
    expect(motion.keyRange.start).toMatchObject({ line: 43, column: 20 });
    const camera = only(uni, 'android.permission.CAMERA');
    expect(camera.source).toBe('uniapp-android-permissions');
    expect(camera.keyRange.start).toMatchObject({ line: 28, column: 20 });
    expect(textAt(manifest, camera.valueRange!)).toBe('android.permission.CAMERA');
    expect(only(uni, 'android.permission.READ_PHONE_STATE').removed).toBe(true);
    expect(only(uni, 'scope.userLocation')).toMatchObject({ source: 'uniapp-mp-weixin-permission', value: '用于记录你运动时的路线' });
    expect(only(uni, 'requiredPrivateInfos:getLocation').source).toBe('uniapp-mp-weixin-required-private-infos');
    expect(uni.targets.map((t) => [t.platform, t.label])).toEqual([
      ['ios', 'manifest.json app-plus.distribute.ios.privacyDescription'],
      ['android', 'manifest.json app-plus.distribute.android.permissions'],
      ['wechat', 'manifest.json mp-weixin.permission / mp-weixin.requiredPrivateInfos'],
    ]);
  });

  it('exposes androidPrivacy.json as a tree with ranges', () => {
    const uni = appOf('uniapp/App.vue');
    const privacy = uni.androidPrivacy!;
    expect(privacy.file).toBe(join(app('uniapp'), 'androidPrivacy.json'));
    expect(privacy.root.type).toBe('object');
    const prompt = privacy.root.type === 'object' ? privacy.root.members.find((m) => m.key === 'prompt') : undefined;
    expect(prompt?.value).toMatchObject({ type: 'string', value: 'template' });
    expect(prompt?.keyRange.start).toMatchObject({ line: 3, column: 4 });
    expect(textAt(privacy.file, prompt!.value.range)).toBe('"template"');
  });
});

describe('Taro', () => {
  it('reads src/app.config.ts (defineAppConfig) and targets WeChat', () => {
    const taro = appOf('taro-weapp/src/pages/index/index.tsx');
    const config = join(app('taro-weapp'), 'src/app.config.ts');
    expect(taro.root).toBe(app('taro-weapp'));
    // react-dom is a dependency, but Taro code is written against Taro.*, not the browser.
    expect(sorted(taro.ecosystems)).toEqual(['taro']);
    expect(sorted(taro.platforms)).toEqual(['wechat']);
    const scope = only(taro, 'scope.userLocation');
    expect(scope).toMatchObject({ source: 'taro-permission', file: config, value: '用于展示离你最近的集合点' });
    expect(scope.keyRange.start).toMatchObject({ line: 10, column: 4 });
    expect(textAt(config, scope.keyRange)).toBe("'scope.userLocation'");
    expect(textAt(config, only(taro, 'requiredPrivateInfos:chooseLocation').keyRange)).toBe("'chooseLocation'");
    expect(taro.targets).toEqual([{ platform: 'wechat', file: config, kind: 'taro-app-config', label: 'src/app.config.ts permission / requiredPrivateInfos' }]);
  });
});

describe('Capacitor', () => {
  it('reads ios/App/App/Info.plist and the Android manifest next to capacitor.config.ts', () => {
    const cap = appOf('capacitor-ionic/src/pages/ProofPage.tsx');
    expect(sorted(cap.ecosystems)).toEqual(['capacitor', 'web']);
    expect(sorted(cap.platforms)).toEqual(['android', 'ios']);
    expect(only(cap, 'NSCameraUsageDescription').file).toBe(join(app('capacitor-ionic'), 'ios/App/App/Info.plist'));
    expect(only(cap, 'android.permission.CAMERA').keyRange.start.line).toBe(35);
    expect(cap.configFiles.map((c) => c.kind)).toEqual(['package-json', 'capacitor-config', 'info-plist', 'android-manifest']);
    expect(cap.targets.map((t) => t.label)).toEqual(['ios/App/App/Info.plist', 'android/app/src/main/AndroidManifest.xml']);
  });
});

describe('Web', () => {
  it('is a web app with no native platform and no declarations', () => {
    const web = appOf('web-pwa/src/main.ts');
    expect(web.root).toBe(app('web-pwa'));
    expect(sorted(web.platforms)).toEqual(['web']);
    expect(web.declarations).toEqual([]);
    expect(web.targets).toEqual([]);
  });
});

describe('HarmonyOS', () => {
  it('resolves $string: reasons through the module resources (base and each locale) and AppScope', () => {
    const harmony = appOf('harmony-app/entry/src/main/ets/entryability/EntryAbility.ets');
    const moduleFile = join(app('harmony-app'), 'entry/src/main/module.json5');
    expect(harmony.root).toBe(app('harmony-app'));
    expect(sorted(harmony.platforms)).toEqual(['harmony']);
    const camera = only(harmony, 'ohos.permission.CAMERA', (d) => d.locale === undefined);
    expect(camera).toMatchObject({ file: moduleFile, rawValue: '$string:reason_camera', value: 'Used to scan shelf labels so you can compare prices' });
    expect(camera.keyRange.start).toMatchObject({ line: 38, column: 16 });
    expect(textAt(moduleFile, camera.keyRange)).toBe('"ohos.permission.CAMERA"');
    expect(textAt(moduleFile, camera.valueRange!)).toBe('"$string:reason_camera"');
    const base = join(app('harmony-app'), 'entry/src/main/resources/base/element/string.json');
    expect(camera.harmony).toMatchObject({ hasUsedScene: true, reasonFile: base });
    expect(textAt(base, camera.harmony!.reasonRange!)).toBe('"Used to scan shelf labels so you can compare prices"');
    const zh = only(harmony, 'ohos.permission.CAMERA', (d) => d.locale === 'zh_CN');
    expect(zh.value).toBe('用于扫描货架价签，方便你比较价格');
    only(harmony, 'ohos.permission.CAMERA', (d) => d.locale === 'en_US');
    // reason_location exists only in AppScope's resources.
    expect(only(harmony, 'ohos.permission.APPROXIMATELY_LOCATION').value).toBe('Used to show the stores near you that stock this product');
    const internet = only(harmony, 'ohos.permission.INTERNET');
    expect(internet.rawValue).toBeUndefined();
    expect(internet.value).toBeUndefined();
    expect(internet.harmony).toEqual({ hasUsedScene: false });
    expect(harmony.targets).toEqual([{ platform: 'harmony', file: moduleFile, kind: 'harmony-module-json5', label: 'entry/src/main/module.json5 module.requestPermissions' }]);
  });

  it('a module folder with its own build-profile.json5 is not mistaken for the project root', () => {
    expect(appOf('harmony-app/entry/src/main/ets/pages/Index.ets').root).toBe(app('harmony-app'));
  });
});

describe('monorepo', () => {
  it('gives each file the nearest app', () => {
    const mobile = appOf('monorepo/apps/mobile/app/stamp.tsx');
    expect(mobile.root).toBe(app('monorepo/apps/mobile'));
    expect(sorted(mobile.platforms)).toEqual(['android', 'ios']);
    const mini = appOf('monorepo/apps/miniapp/miniprogram/pages/shops/shops.js');
    // project.config.json's miniprogramRoot holds app.json: the project folder is the app.
    expect(mini.root).toBe(app('monorepo/apps/miniapp'));
    expect(sorted(mini.platforms)).toEqual(['wechat']);
    expect(only(mini, 'requiredPrivateInfos:getFuzzyLocation').file).toBe(join(app('monorepo/apps/miniapp'), 'miniprogram/app.json'));
    expect(appOf('monorepo/apps/miniapp/cloudfunctions/stamp/index.js').root).toBe(mini.root);
  });

  it('a shared package outside every app belongs to none', () => {
    expect(model.appForFile(join(APPS, 'monorepo/packages/shared/src/consent.ts'))).toBeUndefined();
    expect(model.appForFile(join(APPS, 'monorepo/package.json'))).toBeUndefined();
  });
});

describe('malformed config files', () => {
  it('a broken Info.plist and AndroidManifest give problems, no throw, and blind their platforms', () => {
    const broken = appOf('malformed/broken-plist/App.tsx');
    expect(sorted(broken.platforms)).toEqual(['android', 'ios']);
    expect(sorted(broken.unreadablePlatforms)).toEqual(['android', 'ios']);
    expect(broken.declarations).toEqual([]);
    const [plistProblem, manifestProblem] = broken.problems;
    expect(plistProblem.file).toBe(join(app('malformed/broken-plist'), 'ios/BrokenPlist/Info.plist'));
    expect(plistProblem.message).toMatch(/^Info\.plist is not well-formed XML: /);
    expect(plistProblem.range?.start.line).toBe(7);
    expect(manifestProblem.message).toMatch(/^AndroidManifest\.xml is not well-formed XML: .*application/);
    expect(reportablePlatforms(broken, undefined).size).toBe(0);
  });

  it('a binary plist is a problem with a clear message', () => {
    const binary = appOf('malformed/binary-plist/App.tsx');
    expect(sorted(binary.platforms)).toEqual(['ios']);
    expect(sorted(binary.unreadablePlatforms)).toEqual(['ios']);
    expect(binary.problems).toHaveLength(1);
    expect(binary.problems[0].message).toContain('binary property list');
  });

  it('a manifest.json that does not parse keeps the uni-app but blinds its platforms', () => {
    const uni = appOf('malformed/broken-manifest/pages/index/index.vue');
    expect(uni.root).toBe(app('malformed/broken-manifest'));
    expect(uni.ecosystems.has('uni-app')).toBe(true);
    expect(uni.problems).toHaveLength(1);
    expect(uni.problems[0].message).toMatch(/^Cannot parse manifest\.json: /);
    expect(uni.problems[0].range?.start.line).toBe(16);
    for (const platform of uni.platforms) expect(uni.unreadablePlatforms.has(platform)).toBe(true);
  });
});

describe('platform helpers', () => {
  it('settings.consentry.platforms narrows, never widens', () => {
    const uni = appOf('uniapp/App.vue');
    expect(sorted(checkedPlatforms(uni, { platforms: ['wechat', 'harmony'] }))).toEqual(['wechat']);
    expect(sorted(checkedPlatforms(uni, {}))).toEqual(['android', 'ios', 'wechat']);
    const mp = appOf('wechat-mp/app.js');
    expect(mp.platforms.has('ios')).toBe(false);
    expect(sorted(checkedPlatforms(mp, { platforms: ['ios', 'android'] }))).toEqual([]);
  });
});

describe('config files by path', () => {
  it('names the kind of each config file the model reads, and nothing for source files', () => {
    expect(model.configKindOf(join(APPS, 'rn-bare/ios/RnBare/Info.plist'))).toBe('info-plist');
    expect(model.configKindOf(join(APPS, 'rn-bare/ios/RnBare/zh-Hans.lproj/InfoPlist.strings'))).toBe('infoplist-strings');
    expect(model.configKindOf(join(APPS, 'rn-bare/android/app/src/main/AndroidManifest.xml'))).toBe('android-manifest');
    expect(model.configKindOf(join(APPS, 'expo-camera/app.json'))).toBe('expo-app-json');
    expect(model.configKindOf(join(APPS, 'expo-config-ts/app.config.ts'))).toBe('expo-app-config');
    expect(model.configKindOf(join(APPS, 'wechat-mp/app.json'))).toBe('wechat-app-json');
    expect(model.configKindOf(join(APPS, 'monorepo/apps/miniapp/miniprogram/app.json'))).toBe('wechat-app-json');
    expect(model.configKindOf(join(APPS, 'uniapp/manifest.json'))).toBe('uniapp-manifest');
    expect(model.configKindOf(join(APPS, 'uniapp/androidPrivacy.json'))).toBe('uniapp-android-privacy');
    expect(model.configKindOf(join(APPS, 'taro-weapp/src/app.config.ts'))).toBe('taro-app-config');
    expect(model.configKindOf(join(APPS, 'capacitor-ionic/capacitor.config.ts'))).toBe('capacitor-config');
    expect(model.configKindOf(join(APPS, 'harmony-app/entry/src/main/module.json5'))).toBe('harmony-module-json5');
    expect(model.configKindOf(join(APPS, 'harmony-app/entry/src/main/resources/zh_CN/element/string.json'))).toBe('harmony-string-json');
    expect(model.configKindOf(join(APPS, 'rn-bare/package.json'))).toBe('package-json');
    // A bare RN app.json (name/displayName) and a web app manifest are not configs the model reads.
    expect(model.configKindOf(join(APPS, 'rn-bare/app.json'))).toBeUndefined();
    expect(model.configKindOf(join(APPS, 'web-pwa/public/manifest.webmanifest'))).toBeUndefined();
    expect(model.configKindOf(join(APPS, 'rn-bare/App.tsx'))).toBeUndefined();
    expect(model.configKindOf(join(APPS, 'wechat-mp/pages/index/index.json'))).toBeUndefined();
    // An Info.plist kept outside every iOS folder is a copy no build reads (nirbhaya's saved_files/, 25c F01); one
    // under ios/ that the model did not read (a deeper extension target) is still judged.
    expect(model.configKindOf(join(APPS, 'rn-bare/saved_files/Info.plist'))).toBeUndefined();
    expect(model.configKindOf(join(APPS, 'rn-bare/ios/Widgets/Sticker/Info.plist'))).toBe('info-plist');
    expect(model.configKindOf(join(APPS, 'rn-bare/native-ios/RnBare/Info.plist'))).toBe('info-plist');
  });

  it('parses the text ESLint lints (not the disk copy), with $string: resolution for module.json5', () => {
    const plist = join(APPS, 'rn-bare/ios/RnBare/Info.plist');
    const edited = readFileSync(plist, 'utf8').replace('<key>NSCameraUsageDescription</key>', '<key>NSContactsUsageDescription</key>');
    const parsed = model.parseConfigFile(plist, edited)!;
    expect(parsed.kind).toBe('info-plist');
    expect(parsed.declarations.map((d) => d.key)).toContain('NSContactsUsageDescription');
    expect(parsed.declarations.map((d) => d.key)).not.toContain('NSCameraUsageDescription');
    const moduleFile = join(APPS, 'harmony-app/entry/src/main/module.json5');
    const module = model.parseConfigFile(moduleFile, readFileSync(moduleFile, 'utf8'))!;
    expect(module.declarations.find((d) => d.key === 'ohos.permission.CAMERA' && !d.locale)?.value).toBe('Used to scan shelf labels so you can compare prices');
    expect(model.parseConfigFile(join(APPS, 'rn-bare/App.tsx'), 'export {}')).toBeUndefined();
    const broken = model.parseConfigFile(plist, '<plist><dict>')!;
    expect(broken.problems).toHaveLength(1);
    expect(broken.declarations).toEqual([]);
  });
});

describe('caching, overlays and invalidation', () => {
  it('returns the same app object for every file of the app until something changes', () => {
    const a = model.appForFile(join(APPS, 'rn-bare/App.tsx'));
    const b = model.appForFile(join(APPS, 'rn-bare/src/screens/NearbyScreen.tsx'));
    expect(a).toBeDefined();
    expect(b).toBe(a);
  });

  it('an overlay replaces the file on disk; removing it restores the disk text', () => {
    const appJson = join(APPS, 'expo-camera/app.json');
    const before = model.appForFile(join(APPS, 'expo-camera/app/scan.tsx'))!;
    expect(before.declarations.some((d) => d.key === 'NSContactsUsageDescription')).toBe(false);
    const text = readFileSync(appJson, 'utf8').replace('"ITSAppUsesNonExemptEncryption": false', '"NSContactsUsageDescription": "Finds friends who already use Ticket Scanner."');
    model.setOverlay(appJson, text);
    const during = model.appForFile(join(APPS, 'expo-camera/app/scan.tsx'))!;
    expect(during).not.toBe(before);
    expect(during.declarations.find((d) => d.key === 'NSContactsUsageDescription')?.value).toBe('Finds friends who already use Ticket Scanner.');
    model.setOverlay(appJson, undefined);
    const after = model.appForFile(join(APPS, 'expo-camera/app/scan.tsx'))!;
    expect(after.declarations.some((d) => d.key === 'NSContactsUsageDescription')).toBe(false);
  });

  it('an overlay of a file that is not on disk yet is read (a new, unsaved InfoPlist.strings)', () => {
    const strings = join(APPS, 'rn-bare/ios/RnBare/zh-Hant.lproj/InfoPlist.strings');
    model.appForFile(join(APPS, 'rn-bare/App.tsx'));
    model.setOverlay(strings, '"NSCameraUsageDescription" = "掃描步道標誌上的二維碼";\n');
    // The folder zh-Hant.lproj does not exist on disk; its listing comes from the overlay.
    expect(model.appForFile(join(APPS, 'rn-bare/App.tsx'))!.declarations.find((d) => d.locale === 'zh-Hant')?.value).toBe('掃描步道標誌上的二維碼');
    model.setOverlay(strings, undefined);
    expect(model.appForFile(join(APPS, 'rn-bare/App.tsx'))!.declarations.some((d) => d.locale === 'zh-Hant')).toBe(false);
  });

  it('model.source shows rules the files as the editor has them (overlay first, then disk)', () => {
    const privacy = join(APPS, 'uniapp/androidPrivacy.json');
    expect(model.source.read(privacy)).toMatchObject({ ok: true, text: readFileSync(privacy, 'utf8') });
    const before = model.source.signature(privacy);
    model.setOverlay(privacy, '{ "prompt": "none" }');
    expect(model.source.read(privacy)).toEqual({ ok: true, text: '{ "prompt": "none" }' });
    expect(model.source.signature(privacy)).not.toBe(before);
    const unsaved = join(APPS, 'uniapp/pages/new/new.vue');
    model.setOverlay(unsaved, '<template><view /></template>');
    expect(model.source.list(join(APPS, 'uniapp/pages'))?.find((e) => e.name === 'new')).toEqual({ name: 'new', isDirectory: true });
    model.setOverlay(unsaved, undefined);
    model.setOverlay(privacy, undefined);
    expect(model.source.signature(privacy)).toBe(before);
  });

  it('invalidate drops the app that holds the file; other apps stay cached', () => {
    const rn = model.appForFile(join(APPS, 'rn-bare/App.tsx'));
    const mp = model.appForFile(join(APPS, 'wechat-mp/app.js'));
    model.invalidate(join(APPS, 'rn-bare/ios/RnBare/Info.plist'));
    const rnAgain = model.appForFile(join(APPS, 'rn-bare/App.tsx'));
    expect(rnAgain).not.toBe(rn);
    expect(rnAgain).toEqual(rn);
    expect(model.appForFile(join(APPS, 'wechat-mp/app.js'))).toBe(mp);
    // A source file changing does not rebuild its app.
    model.invalidate(join(APPS, 'wechat-mp/pages/index/index.js'));
    expect(model.appForFile(join(APPS, 'wechat-mp/app.js'))).toBe(mp);
    model.clear();
    expect(model.appForFile(join(APPS, 'wechat-mp/app.js'))).not.toBe(mp);
  });

  it('typing in an open code file at the app root keeps the app: only a new or removed file changes the root listing', () => {
    const app = join(APPS, 'rn-bare/App.tsx');
    const text = readFileSync(app, 'utf8');
    const first = model.appForFile(app)!;
    // Opening the buffer adds an overlay (the listing as the model sees it may change), so the app is looked at again.
    model.setOverlay(app, text);
    const opened = model.appForFile(app)!;
    for (let i = 0; i < 3; i++) {
      model.setOverlay(app, `${text}\n// edit ${i}\n`);
      expect(model.appForFile(app)).toBe(opened);
    }
    model.setOverlay(app, undefined);
    expect(model.appForFile(app)).toEqual(first);
  });

  it('re-parses only files whose content changed (cached by content hash)', () => {
    const first = model.appForFile(join(APPS, 'rn-bare/App.tsx'))!;
    model.invalidate(join(APPS, 'rn-bare/android/app/src/main/AndroidManifest.xml'));
    const second = model.appForFile(join(APPS, 'rn-bare/App.tsx'))!;
    expect(second.configFiles.map((c) => c.hash)).toEqual(first.configFiles.map((c) => c.hash));
    const plist = first.declarations.find((d) => d.key === 'NSCameraUsageDescription' && d.source === 'info-plist');
    expect(second.declarations.find((d) => d.key === 'NSCameraUsageDescription' && d.source === 'info-plist')).toBe(plist);
  });

  it('getProjectModel() is one shared model', () => {
    expect(getProjectModel()).toBe(getProjectModel());
    expect(getProjectModel()).toBeInstanceOf(ProjectModel);
  });
});
