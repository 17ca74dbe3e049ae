import { ESLint, RuleTester, type Linter } from 'eslint';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../../eslint-plugin/src/index.js';
import rule from '../../../eslint-plugin/src/rules/no-unused-permission.js';
import { dependencyEvidence } from '../../../eslint-plugin/src/core/dependency-evidence.js';
import { dependencyNameSuggests, mayShipNativeCode } from '../../../eslint-plugin/src/core/knowledge/dependency-hints.js';
import { asEslintRule, describeFixtureApps, ruleFixture } from './request-rule-tester.js';

const at = (path: string) => ruleFixture('no-unused-permission', path);
const recommended = plugin.configs.recommended as Linter.Config;

describeFixtureApps('no-unused-permission', [
  'capacitor-geolocation-app',
  'expo-app',
  'expo-calendar-events-app',
  'expo-unknown-deps-app',
  'harmony-app',
  // Location through geoLocationManager.getPoiInfo / getLastLocation only (clawaizhang/noise-meter).
  'harmony-poi-app',
  // Location through an ohpm library's LocationUtil; its StrUtil says nothing of the microphone, still unused.
  'harmony-utils-app',
  'rn-app',
  // Motion through the mauron85 background-geolocation library (not installed); contacts used by nothing.
  'rn-background-geolocation-app',
  'rn-ble-app',
  'rn-calendar-app',
  // Face ID through names imported from a native package the knowledge base does not know (Edge's edge-login-ui-rn); a
  // JavaScript library's useLocation is no location use.
  'rn-native-helper-app',
  'rn-overdeclared-app',
  // A web view of pages the user adds: their location requests use the iOS key (WKWebView), not Android's permission.
  'rn-webview-app',
  'uni-app',
  'uni-cli-plugin-package-in-src',
  // Push, Maps and the JG-JPush cloud plugin packed by app-plus: notifications and location; contacts by nothing.
  'uni-app-native-modules',
  'uni-miniprogram-only',
  'wechat-ble-mp',
  'wechat-miniprogram-root',
  'wechat-mp',
]);

const ruleTester = new RuleTester({ ...recommended, rules: {} } as Linter.Config);

const MANIFEST = (permissions: string) => `<manifest xmlns:android="http://schemas.android.com/apk/res/android" xmlns:tools="http://schemas.android.com/tools">
${permissions}
    <application android:name=".MainApplication" />
</manifest>
`;

/** module.json5 with foreground and background location; `ability` goes into the EntryAbility entry. */
const HARMONY_BACKGROUND_LOCATION = (ability: string) => `{
  module: {
    name: 'entry',
    type: 'entry',
    abilities: [{ name: 'EntryAbility', srcEntry: './ets/entryability/EntryAbility.ets', ${ability}exported: true }],
    requestPermissions: [
      { name: 'ohos.permission.LOCATION_IN_BACKGROUND', reason: '$string:location_reason', usedScene: { abilities: ['EntryAbility'], when: 'always' } },
      { name: 'ohos.permission.APPROXIMATELY_LOCATION', reason: '$string:location_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },
    ],
  },
}
`;

/** An Info.plist with the Always location key and one background mode. */
const ALWAYS_KEY_PLIST = (mode: string) => `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
	<key>NSLocationAlwaysAndWhenInUseUsageDescription</key>
	<string>Keep delivering store offers near you while the app is closed, e.g. on your way home.</string>
	<key>UIBackgroundModes</key>
	<array>
		<string>${mode}</string>
	</array>
</dict>
</plist>
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
    // ACCESS_MEDIA_LOCATION is the place stored in the user's photos (EXIF), read together with them: an app that
    // picks from the album may read it. It is not the device's location, which this app does not use.
    {
      filename: at('uni-app/manifest.json'),
      code: `{
    "name" : "票据盒",
    "app-plus" : {
        "distribute" : {
            "android" : { "permissions" : [ "<uses-permission android:name=\\"android.permission.READ_MEDIA_IMAGES\\"/>", "<uses-permission android:name=\\"android.permission.ACCESS_MEDIA_LOCATION\\"/>" ] }
        }
    }
}`,
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
    // HarmonyOS: an ability that runs a location continuous task justifies LOCATION_IN_BACKGROUND.
    {
      filename: at('harmony-app/entry/src/main/module.json5'),
      code: HARMONY_BACKGROUND_LOCATION(`backgroundModes: ['location'], `),
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
    // iOS: the Always key beside a location background mode (tracking the scan cannot see: native SDKs, map SDK plug-ins).
    {
      filename: at('rn-app/ios/Shopper/Info.plist'),
      code: ALWAYS_KEY_PLIST('location'),
    },
    // uni-app: the same with distribute.ios.UIBackgroundModes written as one string.
    {
      filename: at('uni-app/manifest.json'),
      code: `{
    "name" : "票据盒",
    "app-plus" : {
        "distribute" : {
            "ios" : {
                "UIBackgroundModes" : "audio,location",
                "privacyDescription" : { "NSCameraUsageDescription" : "用于拍摄发票与小票，自动识别金额", "NSLocationAlwaysAndWhenInUseUsageDescription" : "用于在后台记录外勤轨迹，例如拜访客户途中" }
            }
        }
    }
}`,
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
    // react-native-calendar-events installed: the calendar permissions are its (the knowledge base knows it, and its
    // own manifest declares WRITE_CALENDAR); READ_CONTACTS is declared by the manifest of an installed native
    // package the knowledge base does not know (@acme/react-native-roster-sync).
    {
      filename: at('rn-calendar-app/android/app/src/main/AndroidManifest.xml'),
      code: MANIFEST(`    <uses-permission android:name="android.permission.READ_CALENDAR" />
    <uses-permission android:name="android.permission.WRITE_CALENDAR" />
    <uses-permission android:name="android.permission.READ_CONTACTS" />`),
    },
    // The same on iOS: a permission a dependency declares for Android is the same resource on iOS.
    {
      filename: at('rn-calendar-app/ios/ShiftPlanner/Info.plist'),
      code: `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
	<key>NSCalendarsFullAccessUsageDescription</key>
	<string>Add your shifts to your calendar and warn you when a shift clashes with an event.</string>
	<key>NSContactsUsageDescription</key>
	<string>Pick the colleague who takes over your shift from your contacts.</string>
</dict>
</plist>
`,
    },
    // The reported false positive: Expo android.permissions for react-native-calendar-events, no node_modules.
    {
      filename: at('expo-calendar-events-app/app.json'),
      code: JSON.stringify(
        {
          expo: {
            name: 'Class Timetable',
            slug: 'class-timetable',
            ios: { infoPlist: { NSCalendarsUsageDescription: 'Copy your lessons into your calendar so you get reminders before each class.' } },
            android: { permissions: ['android.permission.READ_CALENDAR', 'android.permission.WRITE_CALENDAR'] },
          },
        },
        null,
        2,
      ),
    },
    // Native packages the knowledge base does not know, not installed, whose names name the resource.
    {
      filename: at('expo-unknown-deps-app/app.json'),
      code: JSON.stringify(
        {
          expo: {
            name: 'Clinic Visits',
            slug: 'clinic-visits',
            ios: { infoPlist: { NSRemindersFullAccessUsageDescription: 'Remind you the day before each appointment.', NSLocationWhenInUseUsageDescription: 'Check you in when you arrive at the clinic.' } },
            android: { permissions: ['READ_CALENDAR', 'WRITE_CALENDAR', 'ACCESS_FINE_LOCATION'] },
          },
        },
        null,
        2,
      ),
    },
  ],
  invalid: [
    // The device's location (Geolocation) does not use the location stored in photos, and this app reads no photos.
    {
      filename: at('rn-app/android/app/src/main/AndroidManifest.xml'),
      code: MANIFEST(`    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <uses-permission android:name="android.permission.ACCESS_MEDIA_LOCATION" />`),
      errors: [{ messageId: 'unusedPermission', line: 3, data: { key: 'ACCESS_MEDIA_LOCATION', permission: 'the media-location permission' } }],
    },
    // Truly unused with node_modules present: no dependency declares, names or suggests the microphone.
    {
      filename: at('rn-calendar-app/android/app/src/main/AndroidManifest.xml'),
      code: MANIFEST(`    <uses-permission android:name="android.permission.WRITE_CALENDAR" />
    <uses-permission android:name="android.permission.RECORD_AUDIO" />`),
      errors: [{ messageId: 'unusedPermission', line: 3 }],
    },
    // A calendar UI (react-native-calendars, known to use no permission), a web calendar and an installed JS-only
    // agenda list: none reads the device calendar.
    {
      filename: at('rn-overdeclared-app/android/app/src/main/AndroidManifest.xml'),
      code: MANIFEST(`    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.READ_CALENDAR" />`),
      errors: [{ messageId: 'unusedPermission', line: 3 }],
    },
    // Unknown packages whose names do not name the resource (react-contact-form is not native) do not silence it.
    {
      filename: at('expo-unknown-deps-app/app.json'),
      code: JSON.stringify({ expo: { name: 'Clinic Visits', slug: 'clinic-visits', android: { permissions: ['READ_CONTACTS', 'RECORD_AUDIO'] } } }, null, 2),
      errors: [
        { messageId: 'unusedPermission', line: 7 },
        { messageId: 'unusedPermission', line: 8 },
      ],
    },
    {
      filename: at('expo-calendar-events-app/app.json'),
      code: JSON.stringify({ expo: { name: 'Class Timetable', slug: 'class-timetable', android: { permissions: ['READ_CALENDAR', 'RECORD_AUDIO'] } } }, null, 2),
      errors: [{ messageId: 'unusedPermission', line: 8 }],
    },
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
    // The Always key with no background mode and no code that tracks in the background.
    {
      filename: at('rn-app/ios/Shopper/Info.plist'),
      code: ALWAYS_KEY_PLIST('audio'),
      errors: [{ messageId: 'unusedPurposeKey', line: 4 }],
    },
    {
      filename: at('expo-app/app.json'),
      code: JSON.stringify({ expo: { name: 'Snap Notes', slug: 'snap-notes', android: { permissions: ['android.permission.READ_SMS'] } } }, null, 2),
      errors: [{ messageId: 'unusedPermission', line: 7 }],
    },
    // …with no location continuous task (audio playback only), nothing in the code asks for it.
    {
      filename: at('harmony-app/entry/src/main/module.json5'),
      code: HARMONY_BACKGROUND_LOCATION(`backgroundModes: ['audioPlayback'], `),
      errors: [{ messageId: 'unusedRequestedPermission', line: 7 }],
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
      errors: [{ messageId: 'unusedRequestedPermission', line: 6 }],
    },
    // A background-location scope no code uses (the mini program only calls getLocation in the foreground).
    {
      filename: at('wechat-mp/app.json'),
      code: JSON.stringify({ pages: ['pages/index/index'], permission: { 'scope.userLocation': { desc: '用于查找你附近可借用的单车' }, 'scope.userLocationBackground': { desc: '骑行中持续记录轨迹' } }, requiredPrivateInfos: ['getLocation'] }, null, 2),
      errors: [{ messageId: 'unusedScope', line: 9 }],
    },
    {
      filename: at('wechat-mp/app.json'),
      code: JSON.stringify({ pages: ['pages/index/index'], permission: { 'scope.userLocation': { desc: '用于查找你附近可借用的单车' } }, requiredPrivateInfos: ['getLocation', 'choosePoi'] }, null, 2),
      errors: [{ messageId: 'unusedPrivateInfo', line: 12 }],
    },
  ],
});

describe('dependency evidence (what installed and unknown dependencies say)', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
  const app = (files: Record<string, string>): string => {
    const root = mkdtempSync(join(tmpdir(), 'consentry-dependency-evidence-'));
    roots.push(root);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  };
  const manifest = (...ids: string[]) =>
    `<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n${ids.map((id) => `  <uses-permission android:name="android.permission.${id}" />`).join('\n')}\n</manifest>\n`;

  it('reads the manifests of installed packages, known or not', () => {
    const root = at('rn-calendar-app');
    const evidence = dependencyEvidence({ root, dependencies: { 'react-native-calendar-events': '2.2.0', '@acme/react-native-roster-sync': '2.1.0', react: '19.1.0' } });
    expect(evidence.permissions.get('calendar')).toMatchObject({ dependency: 'react-native-calendar-events', via: 'manifest' });
    expect(evidence.permissions.get('contacts')).toMatchObject({ dependency: '@acme/react-native-roster-sync', via: 'manifest' });
    expect(evidence.permissions.has('microphone')).toBe(false);
    expect(evidence.unknown).toEqual([{ name: '@acme/react-native-roster-sync', installed: true, native: true }]);
  });

  it('counts permissions named in native sources, but not from a package that names every permission', () => {
    const java = (names: string[]) => `class Perms {\n${names.map((n) => `  String ${n.toLowerCase()} = Manifest.permission.${n};`).join('\n')}\n}\n`;
    const root = app({
      'package.json': '{}',
      'node_modules/react-native-qr-kit/package.json': '{ "name": "react-native-qr-kit" }',
      'node_modules/react-native-qr-kit/android/src/main/java/com/qrkit/Scanner.java': java(['CAMERA']),
      'node_modules/react-native-qr-kit/android/src/main/java/com/qrkit/build/Generated.java': java(['READ_SMS']),
      'node_modules/react-native-perm-helper/package.json': '{ "name": "react-native-perm-helper" }',
      'node_modules/react-native-perm-helper/android/src/main/AndroidManifest.xml': manifest('VIBRATE', 'BODY_SENSORS'),
      'node_modules/react-native-perm-helper/android/src/main/java/Helper.java': java(['READ_CALENDAR', 'READ_CONTACTS', 'RECORD_AUDIO', 'SEND_SMS', 'READ_PHONE_STATE', 'ACTIVITY_RECOGNITION']),
    });
    const evidence = dependencyEvidence({ root, dependencies: { 'react-native-qr-kit': '1.0.0', 'react-native-perm-helper': '1.0.0' } });
    expect(evidence.permissions.get('camera')).toMatchObject({ dependency: 'react-native-qr-kit', via: 'native-code' });
    // Build output and a helper's long list are not evidence; what the helper's manifest declares is.
    expect([...evidence.permissions.keys()].sort()).toEqual(['camera', 'sensors']);
  });

  it('reads a file: dependency kept in the repo before node_modules exists (geteduroam)', () => {
    const java = 'class Configurator {\n  void scan() { requestPermission(Manifest.permission.ACCESS_FINE_LOCATION); }\n}\n';
    const root = app({
      'package.json': '{}',
      'plugins/wifi-eap-configurator/package.json': '{ "name": "wifi-eap-configurator" }',
      'plugins/wifi-eap-configurator/android/src/main/java/app/WifiEapConfigurator.java': java,
      'vendor/notes-plugin/README.md': '# not a package\n',
    });
    const evidence = dependencyEvidence({
      root,
      dependencies: { 'wifi-eap-configurator': 'file:plugins/wifi-eap-configurator', 'notes-plugin': 'file:vendor/notes-plugin', 'other-kit': 'file:./missing' },
    });
    expect(evidence.permissions.get('location')).toMatchObject({ dependency: 'wifi-eap-configurator', via: 'native-code' });
    // A folder without a package.json, or none at all, is nothing installed.
    expect(evidence.unknown.filter((dependency) => dependency.installed).map((dependency) => dependency.name)).toEqual(['wifi-eap-configurator']);
  });

  it("marks location in a Bluetooth package's manifest as Android's own, and prefers a package that uses location anywhere", () => {
    const ble = app({
      'package.json': '{}',
      'node_modules/rn-band-kit/package.json': '{ "name": "rn-band-kit" }',
      'node_modules/rn-band-kit/android/src/main/AndroidManifest.xml': manifest('BLUETOOTH_SCAN', 'ACCESS_FINE_LOCATION'),
    });
    expect(dependencyEvidence({ root: ble, dependencies: { 'rn-band-kit': '1' } }).permissions.get('location')).toMatchObject({ dependency: 'rn-band-kit', androidOnly: true });
    const both = app({
      'package.json': '{}',
      'node_modules/a-band-kit/package.json': '{ "name": "a-band-kit" }',
      'node_modules/a-band-kit/android/src/main/AndroidManifest.xml': manifest('BLUETOOTH_SCAN', 'ACCESS_FINE_LOCATION'),
      'node_modules/b-trail-map/package.json': '{ "name": "b-trail-map" }',
      'node_modules/b-trail-map/android/src/main/AndroidManifest.xml': manifest('ACCESS_FINE_LOCATION'),
    });
    const location = dependencyEvidence({ root: both, dependencies: { 'a-band-kit': '1', 'b-trail-map': '1' } }).permissions.get('location');
    expect(location).toMatchObject({ dependency: 'b-trail-map' });
    expect(location?.androidOnly).toBeUndefined();
  });

  it('lists unknown dependencies: installed ones by their native folders, others by their names', () => {
    const root = app({
      'package.json': '{}',
      'node_modules/react-native-agenda-list/package.json': '{ "name": "react-native-agenda-list" }',
      'node_modules/react-native-agenda-list/index.js': 'module.exports = {};\n',
      'node_modules/rn-beacon-kit/package.json': '{ "name": "rn-beacon-kit" }',
      'node_modules/rn-beacon-kit/ios/BeaconKit.podspec': '',
    });
    const evidence = dependencyEvidence({
      root,
      dependencies: { 'react-native-agenda-list': '1', 'rn-beacon-kit': '1', 'react-native-sms-sender': '1', 'left-pad': '1', 'expo-camera': '1', 'react-native-permissions': '1' },
    });
    expect(evidence.unknown).toEqual([
      { name: 'left-pad', installed: false, native: false },
      { name: 'react-native-agenda-list', installed: true, native: false },
      { name: 'react-native-sms-sender', installed: false, native: true },
      { name: 'rn-beacon-kit', installed: true, native: true },
    ]);
    expect(evidence.permissions.size).toBe(0);
  });

  it('reads uni-app native plugins and UTS plugins', () => {
    const root = app({
      'manifest.json': '{}',
      'nativeplugins/Acme-Scanner/package.json': JSON.stringify({
        _dp_type: 'nativeplugin',
        _dp_nativeplugin: { android: { permissions: ['android.permission.CAMERA'] }, ios: { privacies: ['NSLocationWhenInUseUsageDescription'] } },
      }),
      'uni_modules/acme-recorder/package.json': '{ "id": "acme-recorder" }',
      'uni_modules/acme-recorder/utssdk/app-android/AndroidManifest.xml': manifest('RECORD_AUDIO'),
      'uni_modules/acme-ui/package.json': '{ "id": "acme-ui" }',
      'uni_modules/acme-ui/components/acme-button/acme-button.vue': '<template><button /></template>\n',
    });
    const evidence = dependencyEvidence({ root, dependencies: {} });
    expect(Object.fromEntries([...evidence.permissions].map(([p, use]) => [p, use.dependency]))).toEqual({
      camera: 'Acme-Scanner',
      location: 'Acme-Scanner',
      microphone: 'acme-recorder',
    });
    expect(evidence.unknown.map((d) => d.name).sort()).toEqual(['Acme-Scanner', 'acme-recorder']);
  });

  it("reads the class names a native plugin's compiled iOS code uses; a general-purpose SDK's are no evidence (imuniapp)", () => {
    // Bytes as a Mach-O binary holds them: type encodings and symbols among binary noise.
    const binary = (...strings: string[]) => `\u0000\u00cf\u00fa\u00ed\u00fe${strings.map((s) => `\u0000${s}\u0000\u0007`).join('')}`;
    const root = app({
      'manifest.json': '{}',
      // A background-task plugin keeps the app alive with location updates; its package.json lists only MapKit.
      'nativeplugins/DCTestUniPlugin/package.json': JSON.stringify({ _dp_type: 'nativeplugin', _dp_nativeplugin: { ios: { frameworks: ['MapKit.framework'] } } }),
      'nativeplugins/DCTestUniPlugin/ios/DCTestUniPlugin.framework/DCTestUniPlugin': binary('T@"CLLocationManager",&,N,V_locationManager', 'requestAlwaysAuthorization'),
      'nativeplugins/DCTestUniPlugin/ios/DCTestUniPlugin.framework/Info.plist': '<plist><dict/></plist>',
      'nativeplugins/Acme-Recorder/package.json': '{}',
      'nativeplugins/Acme-Recorder/ios/libAcmeRecorder.a': binary('_OBJC_CLASS_$_AVAudioRecorder', '@"AVAudioRecorder"'),
      // An SDK that names every prompting API says nothing about which the app uses.
      'nativeplugins/Mega-SDK/package.json': '{}',
      'nativeplugins/Mega-SDK/ios/MegaSDK.framework/MegaSDK': binary('@"AVCaptureDevice"', '@"CLLocationManager"', '@"CNContactStore"', '@"PHPhotoLibrary"', '@"EKEventStore"', '@"CBCentralManager"'),
    });
    const evidence = dependencyEvidence({ root, dependencies: {} });
    expect(Object.fromEntries([...evidence.permissions].map(([p, use]) => [p, [use.dependency, use.iosOnly]]))).toEqual({
      location: ['DCTestUniPlugin', true],
      'location-background': ['DCTestUniPlugin', true],
      microphone: ['Acme-Recorder', true],
    });
    // A replaced binary is read again (its size and mtime change); an unchanged one is not re-read.
    writeFileSync(join(root, 'nativeplugins/DCTestUniPlugin/ios/DCTestUniPlugin.framework/DCTestUniPlugin'), binary('T@"NSString",&,N,V_taskName'));
    const later = dependencyEvidence({ root, dependencies: {} }, Date.now() + 60_000);
    expect([...later.permissions.keys()]).toEqual(['microphone']);
  });
});

describe('dependency names', () => {
  it('match the resource a permission guards', () => {
    expect(dependencyNameSuggests('react-native-calendar-events', 'calendar')).toBe(true);
    expect(dependencyNameSuggests('react-native-ble-plx', 'bluetooth')).toBe(true);
    expect(dependencyNameSuggests('@rnmapbox/maps', 'location')).toBe(true);
    expect(dependencyNameSuggests('react-native-geolocation-service', 'location')).toBe(true);
    expect(dependencyNameSuggests('react-native-audio-recorder-player', 'microphone')).toBe(true);
    expect(dependencyNameSuggests('@react-native-community/cameraroll', 'photos')).toBe(true);
    expect(dependencyNameSuggests('react-native-biometrics', 'face-id')).toBe(true);
    // Vendor push channels written into one token (RN-APP-HugeRecycle2.0's Xiaomi push wrapper).
    expect(dependencyNameSuggests('react-native-xmpush', 'push-token')).toBe(true);
    expect(dependencyNameSuggests('react-native-xmpush', 'device-id')).toBe(true);
  });

  it('do not match on fragments, framework words or display libraries', () => {
    // A media player plays what it is given (HarmonyBilibili's ijkplayer HAR imports IjkMediaPlayer); a media picker picks.
    expect(dependencyNameSuggests('ijk-media-player', 'photos-add')).toBe(false);
    expect(dependencyNameSuggests('react-native-media-player', 'photos')).toBe(false);
    expect(dependencyNameSuggests('@ohos/mediaplayer', 'photos')).toBe(false);
    expect(dependencyNameSuggests('react-native-media-picker', 'photos')).toBe(true);
    expect(dependencyNameSuggests('react-native-microsoft-auth', 'microphone')).toBe(false);
    expect(dependencyNameSuggests('@react-navigation/native', 'location')).toBe(false);
    expect(dependencyNameSuggests('@react-native-async-storage/async-storage', 'photos')).toBe(false);
    expect(dependencyNameSuggests('react-native-fast-image', 'photos')).toBe(false);
    expect(dependencyNameSuggests('react-native-video', 'camera')).toBe(false);
    expect(dependencyNameSuggests('react-native-table-component', 'bluetooth')).toBe(false);
    expect(dependencyNameSuggests('react-native-calendar-events', 'unknown-permission')).toBe(false);
  });

  it('tell native packages from web ones', () => {
    expect(mayShipNativeCode('react-native-add-calendar-event')).toBe(true);
    expect(mayShipNativeCode('@capacitor-community/bluetooth-le')).toBe(true);
    expect(mayShipNativeCode('cordova-plugin-calendar')).toBe(true);
    expect(mayShipNativeCode('expo-sms')).toBe(true);
    expect(mayShipNativeCode('react-big-calendar')).toBe(false);
    expect(mayShipNativeCode('leaflet')).toBe(false);
  });
});

describe('use through a platform global bound whole', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  /** The no-unused-permission findings of a uni-app that declares the camera and uses it only as `page` writes. */
  const unusedFindings = async (page: string): Promise<string[]> => {
    const root = mkdtempSync(join(tmpdir(), 'consentry-unused-destructured-'));
    roots.push(root);
    const files: Record<string, string> = {
      'manifest.json': JSON.stringify({
        name: '票据盒',
        'app-plus': { distribute: { android: { permissions: ['<uses-permission android:name="android.permission.CAMERA"/>'] } } },
      }, null, 2),
      'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }] }),
      'pages/index/index.vue': page,
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const results = await new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: plugin.configs.recommended as Linter.Config[] }).lintFiles(['.']);
    return results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'consentry/no-unused-permission').map((m) => m.message));
  };

  it('does not call the camera unused when the page destructures or aliases uni, or reads a quoted member', async () => {
    const script = (body: string) => `<template><button @click="scan">拍票据</button></template>\n<script>\n${body}\n</script>\n`;
    const destructured = script("const { chooseImage } = uni\nexport default { methods: { scan() { chooseImage({ sourceType: ['camera'] }) } } }");
    const aliased = script("const api = uni\nexport default { methods: { scan() { api.chooseImage({ sourceType: ['camera'] }) } } }");
    const quoted = script("export default { methods: { scan() { uni['chooseImage']({ sourceType: ['camera'] }) } } }");
    for (const page of [destructured, aliased, quoted]) expect(await unusedFindings(page)).toEqual([]);
    // The same app without the call: the declaration is reported, so the cases above are not silent for another reason.
    expect(await unusedFindings(script('export default { methods: { scan() {} } }'))).toHaveLength(1);
  });
});

describe("a library copied into a uni-app project's pages", () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  // live-app: Tencent's TUIKit, package.json and all, in pages/TUIKit; its audio message records with the microphone.
  it('is the app\'s code: its recorder uses the microphone the manifest declares', async () => {
    const root = mkdtempSync(join(tmpdir(), 'consentry-unused-uni-kit-'));
    roots.push(root);
    const files: Record<string, string> = {
      'manifest.json': JSON.stringify({
        name: 'live',
        'app-plus': {
          distribute: {
            android: { permissions: ['<uses-permission android:name="android.permission.RECORD_AUDIO"/>'] },
            ios: { privacyDescription: { NSMicrophoneUsageDescription: '长按输入框录制语音消息发给主播' } },
          },
        },
      }, null, 2),
      'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }, { path: 'pages/kit/chat/index' }] }),
      'pages/index/index.vue': '<template><view /></template>\n',
      'pages/kit/package.json': JSON.stringify({ name: '@tencentcloud/chat-uikit-uniapp', dependencies: { vue: '^3.0.0' } }),
      'pages/kit/chat/index.vue': "<template><view @longpress=\"start\">按住说话</view></template>\n<script>\nconst recorder = uni.getRecorderManager()\nexport default { methods: { start() { recorder.start({ format: 'mp3' }) } } }\n</script>\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const results = await new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: plugin.configs.recommended as Linter.Config[] }).lintFiles(['.']);
    expect(results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'consentry/no-unused-permission'))).toEqual([]);
  });
});

describe('the Apple Music key', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  // iNaturalist: the template's NSAppleMusicUsageDescription stays beside a photo picker, which uses PhotoKit.
  it('is not used by a photo picker or its package, which use the photo library', async () => {
    const root = mkdtempSync(join(tmpdir(), 'consentry-unused-apple-music-'));
    roots.push(root);
    const key = (name: string, text: string) => `  <key>${name}</key>\n  <string>${text}</string>\n`;
    const files: Record<string, string> = {
      'package.json': JSON.stringify({ name: 'observations', dependencies: { react: '19.1.0', 'react-native': '0.81.0', 'react-native-image-picker': '8.2.1', '@react-native-camera-roll/camera-roll': '7.10.0' } }),
      'ios/Observations/Info.plist': `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n${key('NSPhotoLibraryUsageDescription', 'Choose photos of the plants you saw to add them to an observation.')}${key('NSAppleMusicUsageDescription', 'Choose photos of the plants you saw to add them to an observation.')}</dict>\n</plist>\n`,
      'src/PickPhoto.ts': "import { launchImageLibrary } from 'react-native-image-picker';\nexport const pick = () => launchImageLibrary({ mediaType: 'photo' });\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const results = await new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: plugin.configs.recommended as Linter.Config[] }).lintFiles(['.']);
    const unused = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'consentry/no-unused-permission').map((m) => m.message));
    expect(unused).toEqual([expect.stringMatching(/^NSAppleMusicUsageDescription is declared but no code in the app uses/)]);
  });
});

describe('react-native-device-info', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  // attentiveness/reading: the RN template's location key stays after the app stopped locating; device-info's MAC and
  // IP reads are device identifiers (no SSID, which would need location), and its location-provider checks need no permission.
  it('does not justify a location key', async () => {
    const root = mkdtempSync(join(tmpdir(), 'consentry-unused-device-info-'));
    roots.push(root);
    const plist = `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n  <key>NSLocationWhenInUseUsageDescription</key>\n  <string>Shows the libraries near you on the map.</string>\n</dict>\n</plist>\n`;
    const files: Record<string, string> = {
      'package.json': JSON.stringify({ name: 'reading', dependencies: { react: '19.1.0', 'react-native': '0.81.0', 'react-native-device-info': '14.0.4' } }),
      'ios/reading/Info.plist': plist,
      'app/About.js': "import DeviceInfo from 'react-native-device-info';\nexport const version = () => `${DeviceInfo.getVersion()} ${DeviceInfo.getModel()} ${DeviceInfo.getMacAddressSync()}`;\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const results = await new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: plugin.configs.recommended as Linter.Config[] }).lintFiles(['.']);
    const unused = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'consentry/no-unused-permission').map((m) => m.message));
    expect(unused).toEqual([expect.stringMatching(/^NSLocationWhenInUseUsageDescription is declared but no code in the app uses location/)]);
  });
});

describe("uni-app's idfa switch", () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  /** The no-unused-permission findings of a uni-app App whose iOS section is `ios` and whose code asks for nothing. */
  const unusedFindings = async (ios: Record<string, unknown>): Promise<string[]> => {
    const root = mkdtempSync(join(tmpdir(), 'consentry-unused-idfa-'));
    roots.push(root);
    const files: Record<string, string> = {
      'manifest.json': JSON.stringify({ name: '商城', 'app-plus': { modules: { Share: {} }, distribute: { ios } } }, null, 2),
      'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }] }),
      'pages/index/index.vue': '<template><view>首页</view></template>\n<script>\nexport default { onLoad() {} }\n</script>\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const results = await new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: plugin.configs.recommended as Linter.Config[] }).lintFiles(['.']);
    return results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'consentry/no-unused-permission').map((m) => m.message));
  };
  const tracking = { NSUserTrackingUsageDescription: '用于向你推荐更相关的商品广告，例如你浏览过的同类商品' };

  it('counts the tracking purpose string as used when the App build reads the advertising identifier (yudao-mall-uniapp)', async () => {
    expect(await unusedFindings({ idfa: true, privacyDescription: tracking })).toEqual([]);
    // Without the switch nothing asks for tracking: the key is reported, so the case above is not silent for another reason.
    const without = await unusedFindings({ idfa: false, privacyDescription: tracking });
    expect(without).toHaveLength(1);
    expect(without[0]).toMatch(/^NSUserTrackingUsageDescription is declared but no code in the app uses the tracking permission/);
  });
});

describe("a native plugin's compiled iOS code", () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('uses location for the iOS key, not for the Android permission (imuniapp)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'consentry-unused-binary-'));
    roots.push(root);
    const files: Record<string, string> = {
      'manifest.json': JSON.stringify({
        name: 'IM',
        'app-plus': {
          modules: { Push: {} },
          distribute: {
            android: { permissions: ['<uses-permission android:name="android.permission.ACCESS_FINE_LOCATION"/>'] },
            ios: { privacyDescription: { NSLocationWhenInUseUsageDescription: '用于在后台保持消息连接，例如锁屏后继续接收新消息' } },
          },
        },
      }, null, 2),
      'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }] }),
      'pages/index/index.vue': '<template><view>消息</view></template>\n<script>\nexport default { onLoad() {} }\n</script>\n',
      'nativeplugins/DCTestUniPlugin/package.json': JSON.stringify({ _dp_type: 'nativeplugin', _dp_nativeplugin: { ios: { frameworks: ['MapKit.framework'] } } }),
      'nativeplugins/DCTestUniPlugin/ios/DCTestUniPlugin.framework/DCTestUniPlugin': '\u0000T@"CLLocationManager",&,N,V_locationManager\u0000requestAlwaysAuthorization\u0000',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const results = await new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: plugin.configs.recommended as Linter.Config[] }).lintFiles(['.']);
    const unused = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'consentry/no-unused-permission').map((m) => m.message));
    expect(unused).toHaveLength(1);
    expect(unused[0]).toMatch(/^ACCESS_FINE_LOCATION is declared but no code in the app uses the location permission/);
  });
});
