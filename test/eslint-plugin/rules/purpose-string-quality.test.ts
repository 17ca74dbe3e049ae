import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, it } from 'vitest';
import { RuleTester, type Linter, type Rule } from 'eslint';
import rule from '../../../eslint-plugin/src/rules/purpose-string-quality.js';
import plugin from '../../../eslint-plugin/src/index.js';
import sourceParser from '../../../eslint-plugin/src/parsers/source-parser.js';
import { PURPOSE_PLACEHOLDER } from '../../../eslint-plugin/src/core/purpose-text.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.afterAll = afterAll;

const fixtures = fileURLToPath(new URL('../../fixtures/rules/purpose-string-quality/', import.meta.url));
const file = (path: string) => join(fixtures, path);
const read = (path: string) => readFileSync(file(path), 'utf8');

const INFO_PLIST = file('rn-ios/ios/Tickets/Info.plist');
/** An app without .lproj folders: texts judged alone, with no locale the project translates into. */
const PLAIN_PLIST = file('rn-ios-plain/ios/Plain/Info.plist');
const ZH_STRINGS = file('rn-ios/ios/Tickets/zh-Hans.lproj/InfoPlist.strings');
const EXPO_APP_JSON = file('expo/app.json');
const EXPO_APP_CONFIG = file('expo-config/app.config.ts');
/** An Expo app with expo-secure-store and no camera or location package. */
const EXPO_WALLET_APP_JSON = file('expo-wallet/app.json');
/** An Expo app with expo-image-picker (not listed) whose code takes photos with the camera. */
const EXPO_PICKER_APP_JSON = file('expo-picker/app.json');
const EXPO_RIDER_APP_JSON = file('expo-rider/app.json');
/** An Expo app whose app.config.js spreads a JS module's config (purpose strings there), with expo-image-picker and expo-location unlisted. */
const EXPO_SHARED_BASE_CONFIG = file('expo-shared-base/app.config.js');
const WECHAT_APP_JSON = file('wechat/app.json');
const UNI_MANIFEST = file('uniapp/manifest.json');
/** The same uni-app manifest written as manifest.config.ts (@uni-helper/vite-plugin-uni-manifest, as in unibest). */
const UNI_MANIFEST_CONFIG = file('uniapp-manifest-config/manifest.config.ts');
const TARO_APP_CONFIG = file('taro/src/app.config.ts');
const MODULE_JSON5 = file('harmony/entry/src/main/module.json5');
const BASE_STRINGS = file('harmony/entry/src/main/resources/base/element/string.json');

/** An Info.plist whose dict holds the given entries. */
const plist = (...entries: string[]) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    ...entries.map((entry) => `\t${entry}`),
    '</dict>',
    '</plist>',
    '',
  ].join('\n');
const purpose = (key: string, text: string) => `<key>${key}</key>\n\t<string>${text}</string>`;

/** ESLint's 1-based position of the n-th occurrence of `needle` (n from 0) and of its end. */
function at(code: string, needle: string, occurrence = 0) {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = code.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`${needle} not in code`);
  const position = (offset: number) => {
    const before = code.slice(0, offset).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
  };
  const start = position(index);
  const end = position(index + needle.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

const ruleTester = new RuleTester({
  plugins: { consentry: plugin as never },
  language: 'consentry/auto',
  languageOptions: { parser: sourceParser as unknown as Linter.Parser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
});

const emptyCamera = plist(purpose('NSCameraUsageDescription', ''));
const expoDefault = read('expo/app.json').replace(
  'Scanner uses the camera to scan receipts, for example a taxi receipt you want to expense.',
  'Allow $(PRODUCT_NAME) to access your camera',
);
const expoTodo = read('expo/app.json').replace(
  'Scanner records a short voice note you can attach to a scanned receipt, for example to explain an expense.',
  'TODO',
);
const expoLocationBoth = `import type { ExpoConfig } from 'expo/config';

const config: ExpoConfig = {
  name: 'Receipts',
  slug: 'receipts',
  plugins: [['expo-location', { locationAlwaysAndWhenInUsePermission: 'Location access', isIosBackgroundLocationEnabled: true }]],
};

export default config;
`;
const wechatLong = read('wechat/app.json').replace('展示离你最近的自提门店', '用于在地图上展示你附近的自提门店和配送范围，方便你选择最近的门店下单取货');
const wechatRestating = read('wechat/app.json').replace('展示离你最近的自提门店', '获取你的位置');
const uniPlaceholder = read('uniapp/manifest.json')
  .replace('用于拍摄商品照片，例如发布二手商品时', '为了更好服务')
  .replace('计算你到门店的配送距离', '用于…');
const uniConfigPlaceholder = read('uniapp-manifest-config/manifest.config.ts')
  .replace('用于拍摄商品照片，例如发布二手商品时', '为了更好服务')
  .replace('计算你到门店的配送距离', '用于…');
const taroEmpty = read('taro/src/app.config.ts').replace('推荐离你最近的取餐门店', '');
const moduleDesc = read('harmony/entry/src/main/module.json5').replace('$string:camera_reason', '$string:module_desc');
const moduleLiteral = read('harmony/entry/src/main/module.json5').replace('$string:microphone_reason', '需要使用麦克风');
const stringsShortAndLong = read('harmony/entry/src/main/resources/base/element/string.json')
  .replace('用于拍摄照片插入笔记，例如记录白板内容', '用于拍照')
  .replace('用于录制语音备忘，例如会议中快速记录要点', '用于录制语音备忘并自动转写成文字，例如在会议中快速记录讨论要点和待办事项以便会后整理');
const zhStringsBad = ['/* 简体中文 */', '"NSCameraUsageDescription" = "需要使用相机";', '"NSLocationWhenInUseUsageDescription" = "请点击确定";', ''].join('\n');

ruleTester.run('purpose-string-quality', rule as unknown as Rule.RuleModule, {
  valid: [
    // expo-location's plugin runs unlisted and tracking code asks for Always, but the only key it would fill,
    // NSLocationAlwaysUsageDescription, is shown by iOS 10 and earlier alone, below every Expo SDK's minimum: its
    // default reaches no one (gatimitra-riderApp).
    { filename: EXPO_RIDER_APP_JSON, code: read('expo-rider/app.json') },
    // Another listed plugin's option writes the key (Expo's permission helper: a given option beats any plugin's
    // default, whichever plugin runs first), so expo-camera's default never ships (pawly-expo).
    {
      filename: EXPO_APP_JSON,
      code: JSON.stringify(
        { expo: { name: 'Pawly', plugins: [['expo-image-picker', { cameraPermission: 'Pawly uses your camera so you can take a picture of your pet for its profile.' }]] } },
        null,
        2,
      ),
    },
    {
      filename: EXPO_APP_JSON,
      code: JSON.stringify(
        { expo: { name: 'Pawly', plugins: ['expo-camera', ['expo-image-picker', { cameraPermission: 'Pawly uses your camera so you can take a picture of your pet for its profile.' }]] } },
        null,
        2,
      ),
    },
    // The camera text is the app's own (the picker's other defaults are for prompts its code never shows).
    { filename: EXPO_PICKER_APP_JSON, code: read('expo-picker/app.json') },
    // A listed plugin's option replaces ios.infoPlist's text for its key at prebuild (pixelfed-rn): the replaced text
    // never ships.
    {
      filename: EXPO_APP_JSON,
      code: JSON.stringify(
        {
          expo: {
            name: 'Pixelfed',
            ios: { infoPlist: { NSCameraUsageDescription: '$(PRODUCT_NAME) needs access to your Camera.' } },
            plugins: [['expo-camera', { cameraPermission: 'Pixelfed needs camera access so you can take photos and share them on your timeline.' }]],
          },
        },
        null,
        2,
      ),
    },
    // An Expo app that commits its iOS project ships that Info.plist (no prebuild runs): app.json's iOS texts are inert
    // (Memmy); the Info.plist's are judged where they are.
    { filename: file('expo-committed-ios/app.json'), code: read('expo-committed-ios/app.json') },
    // JaneChun/animal-crossing-trading-expo-app: react-native-google-mobile-ads' plugin writes the tracking text from
    // its option, and expo-tracking-transparency keeps it: the app's own text ships, in either order.
    {
      filename: EXPO_WALLET_APP_JSON,
      code: JSON.stringify({
        expo: {
          name: 'Trade',
          plugins: [
            'expo-tracking-transparency',
            ['react-native-google-mobile-ads', { iosAppId: 'ca-app-pub-0~1', userTrackingUsageDescription: 'Trade uses your device identifier to show ads that match your interests, for example furniture sales.' }],
          ],
        },
      }),
    },
    // Listed with the camera text: the library and microphone defaults are for prompts its code never shows.
    {
      filename: EXPO_PICKER_APP_JSON,
      code: JSON.stringify({ expo: { name: 'Receipts', slug: 'receipts', plugins: [['expo-image-picker', { cameraPermission: 'Take a photo of a receipt to attach it to an expense, for example a taxi receipt.' }]] } }, null, 2),
    },
    // The installed plugins' keys are written by the app itself, or the plugins are listed with their texts.
    {
      filename: EXPO_APP_JSON,
      code: JSON.stringify({ expo: { name: 'Scanner', ios: { infoPlist: { NSCameraUsageDescription: 'Scan the QR code on a parcel locker to open it', NSLocationWhenInUseUsageDescription: 'Shows the parcel lockers nearest to you on the map' } } } }, null, 2),
    },
    {
      filename: EXPO_APP_JSON,
      code: JSON.stringify({ expo: { name: 'Scanner', plugins: [['expo-camera', { cameraPermission: 'Scan the QR code on a parcel locker to open it' }], ['expo-location', { locationWhenInUsePermission: 'Shows the parcel lockers nearest to you on the map' }]] } }, null, 2),
    },
    // Expo plugins: the option set, set to false (no key), or the key already in ios.infoPlist (the plugin keeps it).
    {
      filename: EXPO_APP_JSON,
      code: JSON.stringify({ expo: { name: 'Scanner', plugins: [['expo-camera', { cameraPermission: 'Scans the QR code on each ticket at the gate, for example a concert ticket.' }]] } }, null, 2),
    },
    { filename: EXPO_APP_JSON, code: JSON.stringify({ expo: { name: 'Scanner', plugins: [['expo-camera', { cameraPermission: false }]] } }, null, 2) },
    {
      filename: EXPO_APP_JSON,
      code: JSON.stringify(
        { expo: { name: 'Scanner', ios: { infoPlist: { NSCameraUsageDescription: 'Scans the QR code on each ticket at the gate, for example a concert ticket.' } } , plugins: ['expo-camera'] } },
        null,
        2,
      ),
    },
    // expo-secure-store: a real Face ID purpose, and the plugin listed without the option (Face ID only guards items
    // saved with requireAuthentication, so its default is not reported on its own).
    {
      filename: EXPO_WALLET_APP_JSON,
      code: JSON.stringify({ expo: { name: 'Wallet', plugins: [['expo-secure-store', { faceIDPermission: 'Unlocks your saved card numbers with Face ID, for example before you pay at a store.' }]] } }, null, 2),
    },
    { filename: EXPO_WALLET_APP_JSON, code: JSON.stringify({ expo: { name: 'Wallet', plugins: ['expo-secure-store'] } }, null, 2) },
    // The microphone default of expo-camera is left alone: the camera is what the package asks for.
    {
      filename: EXPO_APP_JSON,
      code: JSON.stringify({ expo: { name: 'Scanner', plugins: [['expo-camera', { cameraPermission: 'Scans the QR code on each ticket at the gate, for example a concert ticket.' }], 'expo-router'] } }, null, 2),
    },
    // HarmonyOS: system_grant permissions (INTERNET, VIBRATE, KEEP_BACKGROUND_RUNNING) show no dialog, so their reasons are not judged.
    {
      filename: file('harmony-system-grant/entry/src/main/module.json5'),
      code: read('harmony-system-grant/entry/src/main/module.json5').replaceAll("reason: '$string:calendar_reason'", "reason: '用于把课程表同步到系统日历，例如提醒下一节课'"),
    },
    // Good English purposes with an example; NSBonjourServices and UIBackgroundModes are not purpose strings.
    { filename: INFO_PLIST, code: read('rn-ios/ios/Tickets/Info.plist') },
    // Keys only macOS reads, left empty in an iOS app's Info.plist (logseq): no iPhone shows them.
    {
      filename: INFO_PLIST,
      code: read('rn-ios/ios/Tickets/Info.plist').replace(
        '<dict>',
        '<dict>\n\t<key>NSDocumentsFolderUsageDescription</key>\n\t<string></string>\n\t<key>NSDownloadsFolderUsageDescription</key>\n\t<string></string>\n\t<key>NSFileProviderDomainUsageDescription</key>\n\t<string></string>\n\t<key>NSFileProviderPresenceUsageDescription</key>\n\t<string></string>',
      ),
    },
    // Good Chinese purposes.
    { filename: ZH_STRINGS, code: read('rn-ios/ios/Tickets/zh-Hans.lproj/InfoPlist.strings') },
    // Non-purpose keys whose values look like placeholders.
    {
      filename: PLAIN_PLIST,
      code: plist('<key>CFBundleDisplayName</key>\n\t<string>test</string>', '<key>NSBonjourServices</key>\n\t<array><string>TODO</string></array>', '<key>UIBackgroundModes</key>\n\t<array><string>location</string></array>'),
    },
    // $(PRODUCT_NAME) in a real purpose is fine.
    { filename: PLAIN_PLIST, code: plist(purpose('NSCameraUsageDescription', '$(PRODUCT_NAME) uses the camera to scan the QR code on your ticket, e.g. at the entrance.')) },
    // Expo: ios.infoPlist and config-plugin options.
    { filename: EXPO_APP_JSON, code: read('expo/app.json') },
    { filename: EXPO_APP_CONFIG, code: read('expo-config/app.config.ts') },
    // The iOS keys may be written by the module the config spreads (read by no one here): installed plugins' defaults
    // are not reported (trucktap-expo-app, before its app.base.json was read).
    { filename: EXPO_SHARED_BASE_CONFIG, code: read('expo-shared-base/app.config.js') },
    // An app.json Expo ignores (app.config.ts exports an object of its own, SafePath): its placeholder ships nowhere.
    { filename: file('expo-config/app.json'), code: read('expo-config/app.json') },
    // WeChat / uni-app / Taro permission desc within 30 characters.
    { filename: WECHAT_APP_JSON, code: read('wechat/app.json') },
    // WeChat reads a desc under the location scopes only: one under scope.writePhotosAlbum or scope.camera is shown
    // to no one, so its wording is not judged (lilishop-uniapp's "将用于保存图片").
    {
      filename: WECHAT_APP_JSON,
      code: read('wechat/app.json').replace(
        '"scope.userLocation": {',
        '"scope.writePhotosAlbum": { "desc": "将用于保存图片" },\n    "scope.camera": { "desc": "" },\n    "scope.userLocation": {',
      ),
    },
    { filename: UNI_MANIFEST, code: read('uniapp/manifest.json') },
    { filename: UNI_MANIFEST_CONFIG, code: read('uniapp-manifest-config/manifest.config.ts') },
    { filename: TARO_APP_CONFIG, code: read('taro/src/app.config.ts') },
    // HarmonyOS: reasons quoted as $string: resolve to good texts; module_desc is not a reason here.
    { filename: MODULE_JSON5, code: read('harmony/entry/src/main/module.json5') },
    { filename: BASE_STRINGS, code: read('harmony/entry/src/main/resources/base/element/string.json') },
    {
      filename: file('harmony/entry/src/main/resources/en_US/element/string.json'),
      code: read('harmony/entry/src/main/resources/en_US/element/string.json'),
    },
    // The 36-character HarmonyOS guideline counts Chinese characters: a longer English translation is fine.
    {
      filename: file('harmony/entry/src/main/resources/en_US/element/string.json'),
      code: read('harmony/entry/src/main/resources/en_US/element/string.json').replace('Photograph whiteboards into notes', 'Used to photograph whiteboards and paper sketches into your notes'),
    },
    // Every configured locale is present: English base + en/zh-Hans .lproj; HarmonyOS Chinese base + zh_CN/en_US.
    { filename: INFO_PLIST, code: read('rn-ios/ios/Tickets/Info.plist'), settings: { consentry: { locales: ['en', 'zh-Hans'] } } },
    { filename: MODULE_JSON5, code: read('harmony/entry/src/main/module.json5'), options: [{ locales: ['zh-Hans', 'en'] }] },
    // Source files are not config files.
    { filename: file('wechat/pages/index/index.js'), code: "Page({ onLoad() { wx.getLocation({ type: 'gcj02' }); } });\n" },
    // A longer WeChat desc is allowed when the limit is raised.
    { filename: WECHAT_APP_JSON, code: wechatLong, options: [{ maxLength: { wechat: 40 } }] },
  ],
  invalid: [
    {
      // Without the plugin option the ios.infoPlist text is what ships.
      filename: EXPO_APP_JSON,
      code: JSON.stringify({ expo: { name: 'Pixelfed', ios: { infoPlist: { NSCameraUsageDescription: '$(PRODUCT_NAME) needs access to your Camera.' } }, plugins: ['expo-camera'] } }, null, 2),
      errors: [{ messageId: 'placeholder' }],
    },
    // HarmonyOS: a string.json text shared by two user_grant permissions names both; the system_grant one beside it is left alone.
    {
      filename: file('harmony-system-grant/entry/src/main/resources/base/element/string.json'),
      code: read('harmony-system-grant/entry/src/main/resources/base/element/string.json'),
      errors: [
        {
          messageId: 'noPurpose',
          data: { key: 'ohos.permission.READ_CALENDAR, ohos.permission.WRITE_CALENDAR ($string:calendar_reason)', text: '日历' },
          ...at(read('harmony-system-grant/entry/src/main/resources/base/element/string.json'), '"日历"'),
        },
      ],
    },
    {
      filename: INFO_PLIST,
      code: emptyCamera,
      errors: [{ messageId: 'empty', ...at(emptyCamera, '<string></string>') }],
    },
    {
      filename: PLAIN_PLIST,
      code: plist(purpose('NSCameraUsageDescription', 'Allow $(PRODUCT_NAME) to access your camera')),
      errors: [{ messageId: 'placeholder', data: { key: 'NSCameraUsageDescription', text: 'Allow $(PRODUCT_NAME) to access your camera' } }],
    },
    // The placeholder the language server inserts keeps being flagged.
    {
      filename: PLAIN_PLIST,
      code: plist(purpose('NSMicrophoneUsageDescription', PURPOSE_PLACEHOLDER)),
      errors: [{ messageId: 'placeholder' }],
    },
    {
      filename: PLAIN_PLIST,
      code: plist(purpose('NSCameraUsageDescription', 'Camera access'), purpose('NFCReaderUsageDescription', 'NFC'), purpose('NSContactsUsageDescription', 'Friends')),
      errors: [{ messageId: 'noPurpose' }, { messageId: 'noPurpose' }, { messageId: 'tooShort' }],
    },
    {
      filename: ZH_STRINGS,
      code: zhStringsBad,
      errors: [
        { messageId: 'noPurpose', ...at(zhStringsBad, '"需要使用相机"') },
        { messageId: 'placeholder', ...at(zhStringsBad, '"请点击确定"') },
      ],
    },
    // A listed plugin without its purpose option writes the package's generic default text at prebuild.
    (() => {
      const code = JSON.stringify({ expo: { name: 'Scanner', plugins: ['expo-router', 'expo-camera', ['expo-location', { isIosBackgroundLocationEnabled: true }]] } }, null, 2);
      return {
        filename: EXPO_APP_JSON,
        code,
        errors: [
          {
            message:
              '`expo-camera` writes its generic default purpose string for NSCameraUsageDescription because `cameraPermission` is not set: set it to say why the app needs it, with an example of use.',
            ...at(code, '"expo-camera"'),
          },
          { messageId: 'pluginDefault' as const, ...at(code, '"expo-location"') },
        ],
      };
    })(),
    // Installed but not listed: prebuild applies expo-camera's plugin anyway, with its default text (SafeLink, round-6
    // review). Reported once per plugin, at `plugins` (else `expo`).
    (() => {
      const code = JSON.stringify({ expo: { name: 'Scanner', plugins: ['expo-router'] } }, null, 2);
      return {
        filename: EXPO_APP_JSON,
        code,
        errors: [
          {
            message:
              '`expo-camera` is installed, so `expo prebuild` applies its config plugin though `plugins` does not list it, and writes its generic default purpose string for NSCameraUsageDescription: list it as ["expo-camera", { "cameraPermission": "…" }] with a text that says why the app needs it, with an example of use.',
            ...at(code, '"plugins"'),
          },
        ],
      };
    })(),
    (() => {
      const code = JSON.stringify({ expo: { name: 'Scanner', ios: { infoPlist: { NSLocationWhenInUseUsageDescription: 'Shows the parcel lockers nearest to you on the map' } } } }, null, 2);
      return { filename: EXPO_APP_JSON, code, errors: [{ messageId: 'unlistedPluginDefault' as const, data: { plugin: 'expo-camera', key: 'NSCameraUsageDescription', option: 'cameraPermission' }, ...at(code, '"expo"') }] };
    })(),
    // expo-image-picker exists for the library and the camera alike: its camera default counts when the code takes
    // photos (requestCameraPermissionsAsync, launchCameraAsync); the microphone and library ones, unused, do not.
    (() => {
      const code = JSON.stringify({ expo: { name: 'Receipts', slug: 'receipts', ios: { bundleIdentifier: 'com.example.receipts' } } }, null, 2);
      return { filename: EXPO_PICKER_APP_JSON, code, errors: [{ messageId: 'unlistedPluginDefault' as const, data: { plugin: 'expo-image-picker', key: 'NSCameraUsageDescription', option: 'cameraPermission' }, ...at(code, '"expo"') }] };
    })(),
    // Listed, the same holds: without `cameraPermission` (or with only another option) the picker writes its camera
    // default, which the code's launchCameraAsync shows.
    (() => {
      const code = JSON.stringify({ expo: { name: 'Receipts', slug: 'receipts', plugins: [['expo-image-picker', { microphonePermission: false }]] } }, null, 2);
      return {
        filename: EXPO_PICKER_APP_JSON,
        code,
        errors: [{ messageId: 'pluginDefault' as const, data: { plugin: 'expo-image-picker', key: 'NSCameraUsageDescription', option: 'cameraPermission' }, ...at(code, '"expo-image-picker"') }],
      };
    })(),
    // labour-expo-app: expo-av listed and expo-camera installed would both write the microphone default, but Info.plist
    // gets one text per key: reported once, on the listed plugin.
    (() => {
      const code = read('expo-recorder/app.json');
      return {
        filename: file('expo-recorder/app.json'),
        code,
        errors: [{ messageId: 'pluginDefault' as const, data: { plugin: 'expo-av', key: 'NSMicrophoneUsageDescription', option: 'microphonePermission' } }],
      };
    })(),
    // Without that option, react-native-google-mobile-ads writes nothing: the tracking default is still shipped.
    (() => {
      const code = JSON.stringify({ expo: { name: 'Trade', plugins: ['expo-tracking-transparency', ['react-native-google-mobile-ads', { iosAppId: 'ca-app-pub-0~1' }]] } });
      return {
        filename: EXPO_WALLET_APP_JSON,
        code,
        errors: [{ messageId: 'pluginDefault' as const, data: { plugin: 'expo-tracking-transparency', key: 'NSUserTrackingUsageDescription', option: 'userTrackingPermission' } }],
      };
    })(),
    // Expo config-plugin option with the plugin's default text, reported on the option's value.
    {
      filename: EXPO_APP_JSON,
      code: expoDefault,
      errors: [{ messageId: 'placeholder', ...at(expoDefault, '"Allow $(PRODUCT_NAME) to access your camera"') }],
    },
    { filename: EXPO_APP_JSON, code: expoTodo, errors: [{ messageId: 'placeholder', ...at(expoTodo, '"TODO"') }] },
    // expo-secure-store's faceIDPermission, left on the text its own docs show (redbook-expo).
    (() => {
      const code = JSON.stringify({ expo: { name: 'Wallet', plugins: [['expo-secure-store', { faceIDPermission: 'Allow $(PRODUCT_NAME) to access your Face ID biometric data.' }]] } }, null, 2);
      return { filename: EXPO_WALLET_APP_JSON, code, errors: [{ messageId: 'placeholder' as const, ...at(code, '"Allow $(PRODUCT_NAME) to access your Face ID biometric data."') }] };
    })(),
    // One option that writes two Info.plist keys is reported once.
    {
      filename: EXPO_APP_CONFIG,
      code: expoLocationBoth,
      errors: [
        // locationWhenInUsePermission is not set: expo-location writes its own default for the when-in-use prompt.
        { messageId: 'pluginDefault', ...at(expoLocationBoth, "'expo-location'") },
        { messageId: 'noPurpose', ...at(expoLocationBoth, "'Location access'") },
      ],
    },
    {
      filename: WECHAT_APP_JSON,
      code: wechatLong,
      errors: [{ messageId: 'tooLong', data: { key: 'scope.userLocation', length: 36, max: 30, limit: 'WeChat permission desc' } }],
    },
    // The language server's placeholder in a WeChat desc: one warning, not also "too long".
    { filename: WECHAT_APP_JSON, code: read('wechat/app.json').replace('展示离你最近的自提门店', PURPOSE_PLACEHOLDER), errors: [{ messageId: 'placeholder' }] },
    { filename: WECHAT_APP_JSON, code: wechatRestating, errors: [{ messageId: 'noPurpose', ...at(wechatRestating, '"获取你的位置"') }] },
    {
      filename: UNI_MANIFEST,
      code: uniPlaceholder,
      errors: [
        { messageId: 'placeholder', ...at(uniPlaceholder, '"为了更好服务"') },
        { messageId: 'noPurpose', ...at(uniPlaceholder, '"用于…"') },
      ],
    },
    {
      filename: UNI_MANIFEST_CONFIG,
      code: uniConfigPlaceholder,
      errors: [
        { messageId: 'placeholder', ...at(uniConfigPlaceholder, "'为了更好服务'") },
        { messageId: 'noPurpose', ...at(uniConfigPlaceholder, "'用于…'") },
      ],
    },
    { filename: TARO_APP_CONFIG, code: taroEmpty, errors: [{ messageId: 'empty', ...at(taroEmpty, "''") }] },
    // HarmonyOS: the template's module description used as a reason, and a literal reason that only names the permission.
    // The module translates its reasons into en_US and zh_CN: a reason written only in the base language (English
    // "module description", Chinese literal) lacks the other one as well.
    {
      filename: MODULE_JSON5,
      code: moduleDesc,
      errors: [
        { messageId: 'missingLocale', data: { key: 'ohos.permission.CAMERA', locale: 'zh_CN', where: 'resources/zh_CN/element/string.json' }, ...at(moduleDesc, '"ohos.permission.CAMERA"') },
        { messageId: 'placeholder', ...at(moduleDesc, '"$string:module_desc"', 1) },
      ],
    },
    {
      filename: MODULE_JSON5,
      code: moduleLiteral,
      errors: [
        { messageId: 'missingLocale', data: { key: 'ohos.permission.MICROPHONE', locale: 'en_US', where: 'resources/en_US/element/string.json' } },
        { messageId: 'noPurpose', ...at(moduleLiteral, '"需要使用麦克风"') },
      ],
    },
    // A reason copied from the ability's label is reported once, at the reference in module.json5; in string.json
    // the label itself ("Notes") is not judged as a reason, while the real reason next to it still is.
    {
      filename: file('harmony-label-reason/entry/src/main/module.json5'),
      code: read('harmony-label-reason/entry/src/main/module.json5'),
      errors: [{ messageId: 'placeholder', ...at(read('harmony-label-reason/entry/src/main/module.json5'), '"$string:EntryAbility_label"', 1) }],
    },
    {
      filename: file('harmony-label-reason/entry/src/main/resources/base/element/string.json'),
      code: read('harmony-label-reason/entry/src/main/resources/base/element/string.json'),
      errors: [{ messageId: 'noPurpose', ...at(read('harmony-label-reason/entry/src/main/resources/base/element/string.json'), '"录音"') }],
    },
    // HarmonyOS string.json: the reason texts themselves ("用于拍照" only restates the camera; over the 36-character guideline).
    {
      filename: BASE_STRINGS,
      code: stringsShortAndLong,
      errors: [
        { messageId: 'noPurpose', ...at(stringsShortAndLong, '"用于拍照"') },
        { messageId: 'tooLong', data: { key: 'ohos.permission.MICROPHONE ($string:microphone_reason)', length: 42, max: 36, limit: 'the HarmonyOS reason guideline' } },
      ],
    },
    // Missing locales, reported on the key.
    {
      filename: INFO_PLIST,
      code: read('rn-ios/ios/Tickets/Info.plist'),
      settings: { consentry: { locales: ['en', 'zh-Hans', 'ja'] } },
      errors: [
        { messageId: 'missingLocale', data: { key: 'NSCameraUsageDescription', locale: 'ja', where: 'ja.lproj/InfoPlist.strings' }, ...at(read('rn-ios/ios/Tickets/Info.plist'), '<key>NSCameraUsageDescription</key>') },
        { messageId: 'missingLocale', data: { key: 'NSLocationWhenInUseUsageDescription', locale: 'ja', where: 'ja.lproj/InfoPlist.strings' } },
      ],
    },
    {
      filename: MODULE_JSON5,
      code: read('harmony/entry/src/main/module.json5'),
      options: [{ locales: ['zh-Hans', 'en', 'zh-Hant'] }],
      errors: [
        { messageId: 'missingLocale', data: { key: 'ohos.permission.CAMERA', locale: 'zh-Hant', where: 'resources/zh_TW/element/string.json' }, ...at(read('harmony/entry/src/main/module.json5'), '"ohos.permission.CAMERA"') },
        { messageId: 'missingLocale', data: { key: 'ohos.permission.MICROPHONE', locale: 'zh-Hant', where: 'resources/zh_TW/element/string.json' } },
      ],
    },
    // Options: a stricter minimum, a team placeholder pattern, a lower WeChat limit.
    {
      filename: PLAIN_PLIST,
      code: plist(purpose('NSCameraUsageDescription', 'Scan the QR code on tickets.'), purpose('NSMicrophoneUsageDescription', 'Copy pending legal review, voice notes for receipts')),
      options: [{ minLength: 40, placeholders: ['pending legal review'] }],
      errors: [{ messageId: 'tooShort' }, { messageId: 'placeholder' }],
    },
    { filename: WECHAT_APP_JSON, code: read('wechat/app.json'), options: [{ maxLength: { wechat: 8 } }], errors: [{ messageId: 'tooLong' }] },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// WeChat family: only `permission[scope].desc` is user-facing text. requiredBackgroundModes holds mode ids ("audio",
// "location") and requiredPrivateInfos API names ("getLocation"): neither is a purpose string (seen on real apps:
// `"requiredBackgroundModes": ["audio"]` was reported as a purpose that states none).

const WECHAT_RUN_APP_JSON = file('wechat-run/app.json');
const UNI_RUN_MANIFEST = file('uniapp-run/manifest.json');
const wechatRun = read('wechat-run/app.json');
const uniRun = read('uniapp-run/manifest.json');
const taroBackground = read('taro/src/app.config.ts').replace(
  "requiredPrivateInfos: ['getLocation'],",
  "requiredPrivateInfos: ['getLocation', 'onLocationChange', 'startLocationUpdateBackground'],\n  requiredBackgroundModes: ['audio', 'location'],",
);
/** A music mini program: background audio only, no permission section at all. */
const wechatMusicOnly = JSON.stringify(
  { pages: ['pages/tabs/index/index', 'pages/player/player'], requiredBackgroundModes: ['audio'], sitemapLocation: 'sitemap.json' },
  null,
  2,
);
/** Mode ids and API names that would fail every text check if they were read as texts. */
const wechatOddNames = JSON.stringify({ pages: ['pages/index/index'], requiredPrivateInfos: ['getFuzzyLocation', 'chooseAddress', ''], requiredBackgroundModes: ['', 'TODO'] }, null, 2);

const wechatRunTooLong = wechatRun.replace('锁屏跑步时继续记录轨迹和里程', '锁屏跑步时继续在后台记录你的跑步轨迹、配速、海拔和里程，结束后生成跑步报告');
const wechatRunDocSample = wechatRun.replace('在地图上显示你的跑步路线', '你的位置信息将用于小程序位置接口的效果展示');
const wechatRunEmptyAndVague = wechatRun.replace('在地图上显示你的跑步路线', '').replace('锁屏跑步时继续记录轨迹和里程', '需要您的授权');
const uniRunVague = uniRun.replace('锁屏跑步时继续记录轨迹和里程', '获取后台定位权限');
const taroBackgroundShort = taroBackground.replace('推荐离你最近的取餐门店', '定位');

ruleTester.run('purpose-string-quality (WeChat: only desc is text)', rule as unknown as Rule.RuleModule, {
  valid: [
    { filename: WECHAT_RUN_APP_JSON, code: wechatRun },
    { filename: WECHAT_RUN_APP_JSON, code: wechatMusicOnly },
    { filename: WECHAT_RUN_APP_JSON, code: wechatOddNames },
    { filename: UNI_RUN_MANIFEST, code: uniRun },
    { filename: TARO_APP_CONFIG, code: taroBackground },
    // The limits and locales options apply to texts only.
    { filename: WECHAT_RUN_APP_JSON, code: wechatMusicOnly, options: [{ minLength: 40, maxLength: { wechat: 1 }, placeholders: ['audio', 'location'] }] },
  ],
  invalid: [
    // Only the desc is reported; the section names around it are not.
    {
      filename: WECHAT_RUN_APP_JSON,
      code: wechatRunTooLong,
      errors: [{ messageId: 'tooLong', data: { key: 'scope.userLocationBackground', length: 37, max: 30, limit: 'WeChat permission desc' } }],
    },
    // The sample desc of WeChat's app.json documentation, copied as is.
    { filename: WECHAT_RUN_APP_JSON, code: wechatRunDocSample, errors: [{ messageId: 'placeholder', ...at(wechatRunDocSample, '"你的位置信息将用于小程序位置接口的效果展示"') }] },
    {
      filename: WECHAT_RUN_APP_JSON,
      code: wechatRunEmptyAndVague,
      errors: [
        { messageId: 'empty', ...at(wechatRunEmptyAndVague, '""') },
        { messageId: 'placeholder', ...at(wechatRunEmptyAndVague, '"需要您的授权"') },
      ],
    },
    // A low limit flags both descs and nothing else.
    { filename: WECHAT_RUN_APP_JSON, code: wechatRun, options: [{ maxLength: { wechat: 10 } }], errors: [{ messageId: 'tooLong' }, { messageId: 'tooLong' }] },
    { filename: UNI_RUN_MANIFEST, code: uniRunVague, errors: [{ messageId: 'noPurpose', ...at(uniRunVague, '"获取后台定位权限"') }] },
    { filename: TARO_APP_CONFIG, code: taroBackgroundShort, errors: [{ messageId: 'noPurpose', ...at(taroBackgroundShort, "'定位'") }] },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// "Allow $(PRODUCT_NAME) to …" is a module default only when nothing but the resource follows.

const EXPO_PARCEL_APP_JSON = file('expo-parcel/app.json');
const expoParcel = read('expo-parcel/app.json');
/** The same app with the texts the packages write when an option is left out. */
const expoParcelDefaults = expoParcel
  .replace('Allow $(PRODUCT_NAME) to access your contacts so you can send a pickup code to a friend who collects the parcel for you.', 'Allow $(PRODUCT_NAME) to access your contacts')
  .replace('Allow $(PRODUCT_NAME) to access your camera to scan parcel barcodes', 'Allow $(PRODUCT_NAME) to access your camera')
  .replace('Allow $(PRODUCT_NAME) to use your location so nearby stores are shown first', 'Allow $(PRODUCT_NAME) to use your location')
  .replace('Allow $(PRODUCT_NAME) to save photos of your receipts to your library', 'Allow $(PRODUCT_NAME) to save photos.');
const expoParcelVague = expoParcel.replace('Allow $(PRODUCT_NAME) to access your camera to scan parcel barcodes', 'Allow $(PRODUCT_NAME) to access your camera for a better experience');
const plistWithPurposes = plist(
  purpose('NSCameraUsageDescription', 'Allow $(PRODUCT_NAME) to access your camera to scan parcel barcodes'),
  purpose('NSLocationWhenInUseUsageDescription', 'Allow $(PRODUCT_NAME) to use your location so nearby stores are shown first'),
  purpose('NSPhotoLibraryAddUsageDescription', 'Allow $(PRODUCT_NAME) to save photos of your receipts to your library'),
  purpose('NSMicrophoneUsageDescription', '$(PRODUCT_NAME) needs access to your microphone to record voice notes for the courier'),
);
const plistDefaults = plist(
  purpose('NSCameraUsageDescription', '$(PRODUCT_NAME) needs access to your Camera.'),
  purpose('NSMicrophoneUsageDescription', 'Allow $(PRODUCT_NAME) to access your microphone.'),
  purpose('NSPhotoLibraryUsageDescription', '$(PRODUCT_NAME) would like to access your photos'),
  purpose('NSContactsUsageDescription', 'YOUR TEXT'),
);

ruleTester.run('purpose-string-quality (module defaults)', rule as unknown as Rule.RuleModule, {
  valid: [
    { filename: EXPO_PARCEL_APP_JSON, code: expoParcel },
    { filename: PLAIN_PLIST, code: plistWithPurposes },
  ],
  invalid: [
    {
      filename: EXPO_PARCEL_APP_JSON,
      code: expoParcelDefaults,
      errors: [
        { messageId: 'placeholder', ...at(expoParcelDefaults, '"Allow $(PRODUCT_NAME) to access your contacts"') },
        { messageId: 'placeholder', ...at(expoParcelDefaults, '"Allow $(PRODUCT_NAME) to access your camera"') },
        { messageId: 'placeholder', ...at(expoParcelDefaults, '"Allow $(PRODUCT_NAME) to use your location"') },
        { messageId: 'placeholder', ...at(expoParcelDefaults, '"Allow $(PRODUCT_NAME) to save photos."') },
      ],
    },
    // Not a default any more, but "for a better experience" still states no purpose.
    { filename: EXPO_PARCEL_APP_JSON, code: expoParcelVague, errors: [{ messageId: 'noPurpose', ...at(expoParcelVague, '"Allow $(PRODUCT_NAME) to access your camera for a better experience"') }] },
    {
      filename: PLAIN_PLIST,
      code: plistDefaults,
      errors: [
        { messageId: 'placeholder', data: { key: 'NSCameraUsageDescription', text: '$(PRODUCT_NAME) needs access to your Camera.' } },
        { messageId: 'placeholder', data: { key: 'NSMicrophoneUsageDescription', text: 'Allow $(PRODUCT_NAME) to access your microphone.' } },
        { messageId: 'placeholder', data: { key: 'NSPhotoLibraryUsageDescription', text: '$(PRODUCT_NAME) would like to access your photos' } },
        { messageId: 'placeholder', data: { key: 'NSContactsUsageDescription', text: 'YOUR TEXT' } },
      ],
    },
  ],
});

// Locales the project translates into count without any option: Expo `locales`, and .lproj/InfoPlist.strings that
// translate at least one purpose string (rn-ios translates the camera and location strings into en and zh-Hans).
const EXPO_LOCALES_APP_JSON = file('expo-locales/app.json');
const expoLocales = read('expo-locales/app.json');
const microphone = (text: string) => purpose('NSMicrophoneUsageDescription', text);
const expoLocalesWithAv = expoLocales.replace(
  '"plugins": [\n',
  '"plugins": [\n      ["expo-av", { "microphonePermission": "Parcels records a short voice note you can attach to a damaged parcel, for example to describe the damage." }],\n',
);
const EXPO_LOCALE_TEXTS_APP_JSON = file('expo-locale-texts/app.json');
const expoLocaleTexts = read('expo-locale-texts/app.json');

ruleTester.run('purpose-string-quality (locales the project translates into)', rule as unknown as Rule.RuleModule, {
  valid: [
    // Every purpose key translated (camera, location), or written in that language already.
    { filename: INFO_PLIST, code: read('rn-ios/ios/Tickets/Info.plist') },
    // No .lproj at all: nothing to be consistent with.
    { filename: PLAIN_PLIST, code: plist(microphone('Tickets records a voice note you attach to a ticket, for example a seat request.')) },
    // An app.json without locales: the locale check has nothing to require.
    { filename: EXPO_APP_JSON, code: read('expo/app.json') },
    // HarmonyOS qualifiers that are not languages (dark mode, device types) are not locales to translate into
    // (dark/element/string.json translates one reason of two).
    { filename: file('harmony-qualifiers/entry/src/main/module.json5'), code: read('harmony-qualifiers/entry/src/main/module.json5') },
    // A Spanish base (CFBundleDevelopmentRegion es) with a regional es.lproj tweak of one key: the base is the es text.
    { filename: file('rn-ios-es/ios/Entradas/Info.plist'), code: read('rn-ios-es/ios/Entradas/Info.plist') },
    // A translation that is there but a placeholder or empty (the quick fix's TODO, a "camera reason" left from a
    // template) is reported once, in the linted file where it is written (invalid cases below), not called missing
    // here as well: the file the message would send the user to already has the entry.
    { filename: file('rn-ios-placeholder-translation/ios/Plain/Info.plist'), code: read('rn-ios-placeholder-translation/ios/Plain/Info.plist') },
    { filename: file('harmony-placeholder-translation/entry/src/main/module.json5'), code: read('harmony-placeholder-translation/entry/src/main/module.json5') },
    // A legacy key only iOS < 11 shows: not worth a translation the project did not ask for.
    {
      filename: INFO_PLIST,
      code: plist(
        purpose('NSLocationWhenInUseUsageDescription', 'Your location is used to list venues near you, for example when you search for tonight\'s concerts.'),
        purpose('NSLocationAlwaysUsageDescription', 'Your location is used to list venues near you, for example when you search for tonight\'s concerts.'),
        // io-app: NSLocationUsageDescription, which only iOS 6 to 8 read.
        purpose('NSLocationUsageDescription', 'Your location is used to list venues near you, for example when you search for tonight\'s concerts.'),
      ),
    },
  ],
  invalid: [
    // The placeholder and the empty translation, where they are written.
    {
      filename: file('rn-ios-placeholder-translation/ios/Plain/zh-Hans.lproj/InfoPlist.strings'),
      code: read('rn-ios-placeholder-translation/ios/Plain/zh-Hans.lproj/InfoPlist.strings'),
      errors: [
        { messageId: 'placeholder', data: { key: 'NSCameraUsageDescription', text: 'TODO: explain why this app needs this permission, with an…' } },
        { messageId: 'empty', data: { key: 'NSLocationWhenInUseUsageDescription' } },
      ],
    },
    {
      filename: file('harmony-placeholder-translation/entry/src/main/resources/en_US/element/string.json'),
      code: read('harmony-placeholder-translation/entry/src/main/resources/en_US/element/string.json'),
      errors: [
        { messageId: 'placeholder', data: { key: 'ohos.permission.CAMERA ($string:camera_reason)', text: 'camera reason' } },
        { messageId: 'empty', data: { key: 'ohos.permission.MICROPHONE ($string:microphone_reason)' } },
      ],
    },
    {
      filename: INFO_PLIST,
      code: plist(
        purpose('NSCameraUsageDescription', 'Tickets uses the camera to scan the QR code on your ticket, for example at the venue entrance.'),
        microphone('Tickets records a voice note you attach to a ticket, for example a seat request.'),
      ),
      errors: [{ messageId: 'missingLocale', data: { key: 'NSMicrophoneUsageDescription', locale: 'zh-Hans', where: 'zh-Hans.lproj/InfoPlist.strings' }, line: 7 }],
    },
    // Written in Chinese: the zh-Hans prompt exists, the English one (en.lproj) does not.
    {
      filename: INFO_PLIST,
      code: plist(microphone('用于录制附在门票上的语音备注，例如说明座位需求时。')),
      errors: [{ messageId: 'missingLocale', data: { key: 'NSMicrophoneUsageDescription', locale: 'en', where: 'en.lproj/InfoPlist.strings' } }],
    },
    // The texts of the locale JSON files are judged too, and reported on the `locales` entry that names the file (the
    // JSON files are not linted themselves). zh-Hans.json: camera only restates the permission ("用于拍照"), microphone with no purpose; its location
    // text begins "用于…" but names the feature and an example, so it passes. ja.json: the microphone text is a
    // placeholder, which counts as no translation: one missingLocale on the base key, not a second report.
    {
      filename: EXPO_LOCALE_TEXTS_APP_JSON,
      code: expoLocaleTexts,
      errors: [
        { messageId: 'missingLocale', data: { key: 'NSMicrophoneUsageDescription', locale: 'ja', where: 'locales/ja.json' }, ...at(expoLocaleTexts, '"NSMicrophoneUsageDescription"') },
        { messageId: 'noPurpose', data: { key: 'NSCameraUsageDescription (zh-Hans, locales/zh-Hans.json)', text: '用于拍照' }, ...at(expoLocaleTexts, '"./locales/zh-Hans.json"') },
        { messageId: 'noPurpose', data: { key: 'NSMicrophoneUsageDescription (zh-Hans, locales/zh-Hans.json)', text: '需要访问您的麦克风' }, ...at(expoLocaleTexts, '"./locales/zh-Hans.json"') },
      ],
    },
    // zh-Hans.json's texts here begin "用于…" and name the feature with an example: no quality report on them, only
    // the missing and unreadable translations.
    {
      filename: EXPO_LOCALES_APP_JSON,
      code: expoLocales,
      errors: [
        // Microphone: in neither zh-Hans.json nor the inline ja translations.
        { messageId: 'missingLocale', data: { key: 'NSMicrophoneUsageDescription', locale: 'zh-Hans', where: 'locales/zh-Hans.json' }, ...at(expoLocales, '"NSMicrophoneUsageDescription"') },
        { messageId: 'missingLocale', data: { key: 'NSMicrophoneUsageDescription', locale: 'ja', where: 'the inline locales["ja"] of app.json' } },
        // The expo-location plugin option writes NSLocationWhenInUseUsageDescription: zh-Hans has it at the top level.
        { messageId: 'missingLocale', data: { key: 'NSLocationWhenInUseUsageDescription', locale: 'ja', where: 'the inline locales["ja"] of app.json' }, ...at(expoLocales, '"locationWhenInUsePermission"') },
        { messageId: 'unreadableLocale', data: { locale: 'fr', file: 'locales/fr.json', reason: 'the file does not exist' }, ...at(expoLocales, '"./locales/fr.json"') },
        { messageId: 'unreadableLocale', data: { locale: 'ko', file: 'locales/ko.json', reason: 'it is not valid JSON' }, ...at(expoLocales, '"./locales/ko.json"') },
      ],
    },
    // The microphone text written twice (ios.infoPlist and expo-av's option): one entry of each locale file translates
    // both, so each missing locale is reported once, where the key is first written (ccnubox).
    {
      filename: EXPO_LOCALES_APP_JSON,
      code: expoLocalesWithAv,
      errors: [
        { messageId: 'missingLocale', data: { key: 'NSMicrophoneUsageDescription', locale: 'zh-Hans', where: 'locales/zh-Hans.json' }, ...at(expoLocalesWithAv, '"NSMicrophoneUsageDescription"') },
        { messageId: 'missingLocale', data: { key: 'NSMicrophoneUsageDescription', locale: 'ja', where: 'the inline locales["ja"] of app.json' }, ...at(expoLocalesWithAv, '"NSMicrophoneUsageDescription"') },
        { messageId: 'missingLocale', data: { key: 'NSLocationWhenInUseUsageDescription', locale: 'ja', where: 'the inline locales["ja"] of app.json' } },
        { messageId: 'unreadableLocale', data: { locale: 'fr', file: 'locales/fr.json', reason: 'the file does not exist' } },
        { messageId: 'unreadableLocale', data: { locale: 'ko', file: 'locales/ko.json', reason: 'it is not valid JSON' } },
      ],
    },
    // Asked for in the settings, the legacy key needs its translation too.
    {
      filename: INFO_PLIST,
      code: plist(purpose('NSLocationAlwaysUsageDescription', 'Your location is used to list venues near you, for example when you search for tonight\'s concerts.')),
      settings: { consentry: { locales: ['zh-Hans'] } },
      errors: [{ messageId: 'missingLocale', data: { key: 'NSLocationAlwaysUsageDescription', locale: 'zh-Hans', where: 'zh-Hans.lproj/InfoPlist.strings' } }],
    },
    // A locale required by the settings that the Expo config does not configure at all.
    {
      filename: EXPO_APP_JSON,
      code: read('expo/app.json'),
      settings: { consentry: { locales: ['zh-Hans'] } },
      errors: [
        { messageId: 'missingLocale', data: { key: 'NSMicrophoneUsageDescription', locale: 'zh-Hans', where: 'a locales["zh-Hans"] JSON file of the Expo config (app.json)' } },
        { messageId: 'missingLocale', data: { key: 'NSCameraUsageDescription', locale: 'zh-Hans', where: 'a locales["zh-Hans"] JSON file of the Expo config (app.json)' } },
        { messageId: 'missingLocale', data: { key: 'NSLocationWhenInUseUsageDescription', locale: 'zh-Hans', where: 'a locales["zh-Hans"] JSON file of the Expo config (app.json)' } },
      ],
    },
  ],
});
