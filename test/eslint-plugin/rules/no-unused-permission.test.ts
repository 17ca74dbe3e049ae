import { RuleTester, type Linter } from 'eslint';
import plugin from '../../../eslint-plugin/src/index.js';
import rule from '../../../eslint-plugin/src/rules/no-unused-permission.js';
import { asEslintRule, describeFixtureApps, ruleFixture } from './request-rule-tester.js';

const at = (path: string) => ruleFixture('no-unused-permission', path);
const recommended = plugin.configs.recommended as Linter.Config;

describeFixtureApps('no-unused-permission', ['expo-app', 'harmony-app', 'rn-app', 'uni-app', 'wechat-mp']);

const ruleTester = new RuleTester({ ...recommended, rules: {} } as Linter.Config);

const MANIFEST = (permissions: string) => `<manifest xmlns:android="http://schemas.android.com/apk/res/android" xmlns:tools="http://schemas.android.com/tools">
${permissions}
    <application android:name=".MainApplication" />
</manifest>
`;

ruleTester.run('no-unused-permission', asEslintRule(rule), {
  valid: [
    // Used in code (camera through a shared helper's constant, location through Geolocation), normal permissions.
    {
      filename: at('rn-app/android/app/src/main/AndroidManifest.xml'),
      code: MANIFEST(`    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.CAMERA" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <uses-permission android:name="android.permission.VIBRATE" />`),
    },
    // Used only by native Java code of the app.
    {
      filename: at('rn-app/android/app/src/main/AndroidManifest.xml'),
      code: MANIFEST(`    <uses-permission android:name="android.permission.RECORD_AUDIO" />`),
    },
    // Removed library permissions and storage (too broad to judge) are left alone.
    {
      filename: at('rn-app/android/app/src/main/AndroidManifest.xml'),
      code: MANIFEST(`    <uses-permission android:name="android.permission.READ_CONTACTS" tools:node="remove" />
    <uses-permission android:name="android.permission.WRITE_EXTERNAL_STORAGE" android:maxSdkVersion="28" />`),
    },
    // A restricted permission the team has a Play declaration for.
    {
      filename: at('rn-app/android/app/src/main/AndroidManifest.xml'),
      options: [{ allowRestricted: ['QUERY_ALL_PACKAGES'] }],
      code: MANIFEST(`    <uses-permission android:name="android.permission.QUERY_ALL_PACKAGES" />`),
    },
    // An ignored key.
    {
      filename: at('rn-app/android/app/src/main/AndroidManifest.xml'),
      options: [{ ignore: ['android.permission.READ_CONTACTS'] }],
      code: MANIFEST(`    <uses-permission android:name="android.permission.READ_CONTACTS" />`),
    },
    // iOS keys that code uses, and keys that are not purpose strings for a permission.
    {
      filename: at('rn-app/ios/Shopper/Info.plist'),
      code: `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
	<key>NSCameraUsageDescription</key>
	<string>Scan product barcodes to compare prices in the store.</string>
	<key>NSLocalNetworkUsageDescription</key>
	<string>Connect to the development server on your network.</string>
	<key>NSBonjourServices</key>
	<array><string>_http._tcp</string></array>
</dict>
</plist>
`,
    },
    // Expo: camera and microphone used only through the expo-camera dependency, background location through expo-location.
    {
      filename: at('expo-app/app.json'),
      code: JSON.stringify(
        {
          expo: {
            name: 'Snap Notes',
            slug: 'snap-notes',
            ios: { infoPlist: { NSCameraUsageDescription: 'Take a photo of a whiteboard and turn it into a note.', NSMicrophoneUsageDescription: 'Record a voice memo with the photo.' } },
            android: { permissions: ['CAMERA', 'RECORD_AUDIO', 'ACCESS_BACKGROUND_LOCATION'] },
          },
        },
        null,
        2,
      ),
    },
    // HarmonyOS: camera and location used in .ets code; INTERNET is a system grant.
    {
      filename: at('harmony-app/entry/src/main/module.json5'),
      code: `{
  module: {
    name: 'entry',
    type: 'entry',
    requestPermissions: [
      { name: 'ohos.permission.INTERNET' },
      { name: 'ohos.permission.CAMERA', reason: '$string:camera_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },
      { name: 'ohos.permission.APPROXIMATELY_LOCATION', reason: '$string:location_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },
    ],
  },
}
`,
    },
    // WeChat: the declared location scope and API are used.
    {
      filename: at('wechat-mp/app.json'),
      code: JSON.stringify({ pages: ['pages/index/index'], permission: { 'scope.userLocation': { desc: '用于查找你附近可借用的单车' } }, requiredPrivateInfos: ['getLocation'] }, null, 2),
    },
    // uni-app: scanCode opens the camera; chooseImage picks photos.
    {
      filename: at('uni-app/manifest.json'),
      code: `{
    "name" : "票据盒",
    "app-plus" : {
        "distribute" : {
            "android" : { "permissions" : [ "<uses-permission android:name=\\"android.permission.CAMERA\\"/>" ] },
            "ios" : { "privacyDescription" : { "NSCameraUsageDescription" : "用于拍摄发票与小票，自动识别金额", "NSPhotoLibraryUsageDescription" : "用于从相册选择票据照片" } }
        }
    }
}`,
    },
  ],
  invalid: [
    {
      filename: at('rn-app/android/app/src/main/AndroidManifest.xml'),
      code: MANIFEST(`    <uses-permission android:name="android.permission.CAMERA" />
    <uses-permission android:name="android.permission.READ_CALENDAR" />
    <uses-permission android:name="android.permission.REQUEST_INSTALL_PACKAGES" />`),
      errors: [
        { messageId: 'unusedPermission', line: 3 },
        { messageId: 'restrictedPermission', line: 4 },
      ],
    },
    {
      filename: at('rn-app/ios/Shopper/Info.plist'),
      code: `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
	<key>NSCameraUsageDescription</key>
	<string>Scan product barcodes to compare prices in the store.</string>
	<key>NSSpeechRecognitionUsageDescription</key>
	<string>Search products by speaking their name.</string>
</dict>
</plist>
`,
      errors: [{ messageId: 'unusedPurposeKey', line: 6 }],
    },
    {
      filename: at('expo-app/app.json'),
      code: JSON.stringify({ expo: { name: 'Snap Notes', slug: 'snap-notes', android: { permissions: ['android.permission.READ_SMS'] } } }, null, 2),
      errors: [{ messageId: 'unusedPermission', line: 7 }],
    },
    {
      filename: at('harmony-app/entry/src/main/module.json5'),
      code: `{
  module: {
    name: 'entry',
    type: 'entry',
    requestPermissions: [
      { name: 'ohos.permission.READ_CALENDAR', reason: '$string:camera_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },
    ],
  },
}
`,
      errors: [{ messageId: 'unusedPermission', line: 6 }],
    },
    {
      filename: at('wechat-mp/app.json'),
      code: JSON.stringify({ pages: ['pages/index/index'], permission: { 'scope.userLocation': { desc: '用于查找你附近可借用的单车' } }, requiredPrivateInfos: ['getLocation', 'choosePoi'] }, null, 2),
      errors: [{ messageId: 'unusedPrivateInfo', line: 12 }],
    },
  ],
});
