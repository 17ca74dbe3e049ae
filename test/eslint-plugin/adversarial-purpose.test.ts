// Adversarial precision cases for require-purpose-string, no-unused-permission and purpose-string-quality.
// Each case is a small app that a careful developer would consider correct per rules-docs/<id>.md (or a control
// that must be flagged). The whole app is written to a temp dir and linted with the recommended config, and only
// the findings of the three rules under test are compared (other rules are out of scope here).
// Cases marked "known limit" assert the documented behaviour (the rule doc says what is not read).
import { describe, expect, it } from 'vitest';
import { appLinter, harmonyApp, type AppFiles } from './app-harness.js';

const RULES = new Set(['require-purpose-string', 'no-unused-permission', 'purpose-string-quality']);

const { expectFindings } = appLinter(RULES);

const RN_PACKAGE = (dependencies: Record<string, string> = {}) =>
  JSON.stringify({ name: 'field-notes', dependencies: { react: '18.2.0', 'react-native': '0.74.0', ...dependencies } });

const plist = (entries: Record<string, string>) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>CFBundleDisplayName</key>
\t<string>FieldNotes</string>
${Object.entries(entries)
  .map(([k, v]) => `\t<key>${k}</key>\n\t<string>${v}</string>`)
  .join('\n')}
</dict>
</plist>
`;

const manifest = (permissions: string[], extra = '') => `<manifest xmlns:android="http://schemas.android.com/apk/res/android" xmlns:tools="http://schemas.android.com/tools" package="com.fieldnotes">
    <uses-permission android:name="android.permission.INTERNET" />
${permissions.map((p) => (p.startsWith('<') ? `    ${p}` : `    <uses-permission android:name="android.permission.${p}" />`)).join('\n')}
${extra}    <application android:name=".MainApplication" android:label="@string/app_name" />
</manifest>
`;

const CAMERA_TEXT = 'FieldNotes scans the QR code on each sample bag so the photo is filed under the right site.';
const LOCATION_TEXT = 'FieldNotes tags each sample with the place you collected it, for example a river bank.';
const MIC_TEXT = 'FieldNotes records spoken notes you attach to a sample, for example the soil colour.';

const RN_BASE = (deps: Record<string, string> = {}): AppFiles => ({
  'package.json': RN_PACKAGE(deps),
  'index.js': `import { AppRegistry } from 'react-native';\nimport App from './App';\nAppRegistry.registerComponent('FieldNotes', () => App);\n`,
  'App.js': `import React from 'react';\nimport { Text } from 'react-native';\nexport default function App() {\n  return <Text>FieldNotes</Text>;\n}\n`,
});

// ---------------------------------------------------------------------------------------------------------------
describe('adversarial: require-purpose-string, bare React Native', () => {
  it('R1 a permission declared in a library module of a multi-module Android project is in the merged manifest', async () => {
    await expectFindings(
      {
        ...RN_BASE(),
        'ios/FieldNotes/Info.plist': plist({ NSCameraUsageDescription: CAMERA_TEXT }),
        'android/settings.gradle': `rootProject.name = 'FieldNotes'\ninclude ':app', ':scanner'\n`,
        'android/app/build.gradle': `dependencies { implementation project(':scanner') }\n`,
        'android/app/src/main/AndroidManifest.xml': manifest([]),
        'android/scanner/src/main/AndroidManifest.xml': `<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n    <uses-permission android:name="android.permission.CAMERA" />\n</manifest>\n`,
        'src/scan.js': `import { PermissionsAndroid } from 'react-native';

export async function onScanPressed() {
  const status = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA, {
    title: 'Scan sample bags',
    message: 'The camera reads the QR code printed on each sample bag.',
    buttonPositive: 'OK',
  });
  return status === PermissionsAndroid.RESULTS.GRANTED;
}
`,
      },
      [],
    );
  });

  it('R2 <uses-permission-sdk-23> declares the permission on the Android versions that ask at run time', async () => {
    await expectFindings(
      {
        ...RN_BASE(),
        'android/app/src/main/AndroidManifest.xml': manifest(['<uses-permission-sdk-23 android:name="android.permission.CAMERA" />']),
        'src/scan.js': `import { PermissionsAndroid } from 'react-native';

export async function onScanPressed() {
  return PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA, { title: 'Scan', message: 'Reads the QR code on sample bags.', buttonPositive: 'OK' });
}
`,
      },
      [],
    );
  });

  it('R3 a <uses-permission tools:node="replace"> still declares the permission', async () => {
    await expectFindings(
      {
        ...RN_BASE(),
        'android/app/src/main/AndroidManifest.xml': manifest(['<uses-permission android:name="android.permission.RECORD_AUDIO" tools:node="replace" />']),
        'src/voice.js': `import { PermissionsAndroid } from 'react-native';

export async function onHoldToTalk() {
  return PermissionsAndroid.request('android.permission.RECORD_AUDIO', { title: 'Voice notes', message: 'Record a spoken note for this sample.', buttonPositive: 'OK' });
}
`,
      },
      [],
    );
  });

  it('R4 community geolocation used only behind Platform.OS === "ios" needs no Android location permission', async () => {
    await expectFindings(
      {
        ...RN_BASE({ '@react-native-community/geolocation': '3.2.1' }),
        'ios/FieldNotes/Info.plist': plist({ NSLocationWhenInUseUsageDescription: LOCATION_TEXT }),
        'android/app/src/main/AndroidManifest.xml': manifest([]),
        'src/locate.js': `import { Platform } from 'react-native';
import Geolocation from '@react-native-community/geolocation';

export function onTagPressed(save) {
  if (Platform.OS === 'ios') {
    Geolocation.getCurrentPosition(({ coords }) => save(coords));
  }
}
`,
      },
      [],
    );
  });

  it('R5 the same call in a .ios.js platform file is only built into the iOS app', async () => {
    await expectFindings(
      {
        ...RN_BASE({ '@react-native-community/geolocation': '3.2.1' }),
        'ios/FieldNotes/Info.plist': plist({ NSLocationWhenInUseUsageDescription: LOCATION_TEXT }),
        'android/app/src/main/AndroidManifest.xml': manifest([]),
        'src/locate.ios.js': `import Geolocation from '@react-native-community/geolocation';

export function onTagPressed(save) {
  Geolocation.getCurrentPosition(({ coords }) => save(coords));
}
`,
        'src/locate.android.js': `export function onTagPressed(save) {\n  save(null);\n}\n`,
      },
      [],
    );
  });

  it('R6 Platform.select with a `default` branch resolves both platforms (both declared)', async () => {
    await expectFindings(
      {
        ...RN_BASE({ 'react-native-permissions': '4.1.5' }),
        'ios/FieldNotes/Info.plist': plist({ NSCameraUsageDescription: CAMERA_TEXT }),
        'android/app/src/main/AndroidManifest.xml': manifest(['CAMERA']),
        'src/scan.js': `import { Platform } from 'react-native';
import { PERMISSIONS, request } from 'react-native-permissions';

const CAMERA = Platform.select({ ios: PERMISSIONS.IOS.CAMERA, default: PERMISSIONS.ANDROID.CAMERA });

export async function onScanPressed() {
  return (await request(CAMERA)) === 'granted';
}
`,
      },
      [],
    );
  });

  it('R7 project functions named requestPermission / getCurrentPosition / chooseImage are not SDK calls', async () => {
    await expectFindings(
      {
        ...RN_BASE(),
        'ios/FieldNotes/Info.plist': plist({}),
        'android/app/src/main/AndroidManifest.xml': manifest([]),
        'src/api.js': `export function requestPermission(role) {
  return fetch('https://api.example.com/roles/' + role + '/permission', { method: 'POST' });
}
export function getCurrentPosition(queue) {
  return queue.items.indexOf(queue.me);
}
export function chooseImage(images) {
  return images.find((image) => image.cover) ?? images[0];
}
`,
        'src/screen.js': `import { chooseImage, getCurrentPosition, requestPermission } from './api';

export async function onJoin(queue, images) {
  await requestPermission('editor');
  return { position: getCurrentPosition(queue), cover: chooseImage(images) };
}
`,
      },
      [],
    );
  });

  it('R8 CONTROL: react-native-permissions request for the microphone with neither declaration is flagged', async () => {
    await expectFindings(
      {
        ...RN_BASE({ 'react-native-permissions': '4.1.5' }),
        'ios/FieldNotes/Info.plist': plist({ NSCameraUsageDescription: CAMERA_TEXT }),
        'android/app/src/main/AndroidManifest.xml': manifest(['CAMERA']),
        'src/voice.js': `import { Platform } from 'react-native';
import { PERMISSIONS, request } from 'react-native-permissions';

const MIC = Platform.select({ ios: PERMISSIONS.IOS.MICROPHONE, android: PERMISSIONS.ANDROID.RECORD_AUDIO });

export async function onHoldToTalk() {
  return request(MIC);
}

export async function onScan() {
  return request(Platform.OS === 'ios' ? PERMISSIONS.IOS.CAMERA : PERMISSIONS.ANDROID.CAMERA);
}
`,
      },
      ['src/voice.js:7 require-purpose-string', 'src/voice.js:7 require-purpose-string'],
    );
  });

  it('R9 CONTROL: a key that only a localized InfoPlist.strings has is missing from Info.plist (iOS reads the key from Info.plist)', async () => {
    await expectFindings(
      {
        ...RN_BASE({ 'react-native-permissions': '4.1.5' }),
        'ios/FieldNotes/Info.plist': plist({ CFBundleDevelopmentRegion: 'en' }),
        'ios/FieldNotes/en.lproj/InfoPlist.strings': `"NSCameraUsageDescription" = "${CAMERA_TEXT}";\n`,
        'src/scan.js': `import { PERMISSIONS, request } from 'react-native-permissions';

export async function onScanPressed() {
  return request(PERMISSIONS.IOS.CAMERA);
}
`,
      },
      ['src/scan.js:4 require-purpose-string'],
    );
  });

  it('R10 requestMultiple with an array of constants, all declared, is clean', async () => {
    await expectFindings(
      {
        ...RN_BASE({ 'react-native-permissions': '4.1.5' }),
        'ios/FieldNotes/Info.plist': plist({ NSCameraUsageDescription: CAMERA_TEXT, NSMicrophoneUsageDescription: MIC_TEXT }),
        'android/app/src/main/AndroidManifest.xml': manifest(['CAMERA', 'RECORD_AUDIO']),
        'src/record.js': `import { Platform } from 'react-native';
import { PERMISSIONS, requestMultiple } from 'react-native-permissions';

const NEEDED = Platform.OS === 'ios'
  ? [PERMISSIONS.IOS.CAMERA, PERMISSIONS.IOS.MICROPHONE]
  : [PERMISSIONS.ANDROID.CAMERA, PERMISSIONS.ANDROID.RECORD_AUDIO];

export async function onRecordClip() {
  return requestMultiple(NEEDED);
}
`,
      },
      [],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
const EXPO_PACKAGE = (deps: Record<string, string> = {}) =>
  JSON.stringify({ name: 'club-pass', dependencies: { expo: '~54.0.0', react: '19.1.0', 'react-native': '0.81.0', 'expo-router': '~6.0.0', ...deps } });
const CONTACTS_TEXT = 'Club Pass lets you invite friends from your contacts to a match, for example your doubles partner.';

const CONTACTS_SCREEN = `import { Button } from 'react-native';
import { PERMISSIONS, request } from 'react-native-permissions';

export default function Invite() {
  const invite = async () => {
    await request(PERMISSIONS.IOS.CONTACTS);
  };
  return <Button title="Invite from contacts" onPress={invite} />;
}
`;

describe('adversarial: require-purpose-string, Expo', () => {
  it('E1 app.config.ts whose ios.infoPlist is a spread of a const object', async () => {
    await expectFindings(
      {
        'package.json': EXPO_PACKAGE({ 'react-native-permissions': '4.1.5' }),
        'app.config.ts': `import type { ExpoConfig } from 'expo/config';

const infoPlist = {
  NSContactsUsageDescription: '${CONTACTS_TEXT}',
};

const base = {
  name: 'Club Pass',
  slug: 'club-pass',
};

const config: ExpoConfig = {
  ...base,
  ios: { bundleIdentifier: 'com.example.clubpass', infoPlist: { ...infoPlist, ITSAppUsesNonExemptEncryption: false } },
  android: { package: 'com.example.clubpass' },
  plugins: ['expo-router'],
};

export default config;
`,
        'app/invite.tsx': CONTACTS_SCREEN,
      },
      [],
    );
  });

  it('E2 app.config.js is a function of the base config: ios.infoPlist in app.json counts', async () => {
    await expectFindings(
      {
        'package.json': EXPO_PACKAGE({ 'react-native-permissions': '4.1.5' }),
        'app.json': JSON.stringify({ expo: { name: 'Club Pass', slug: 'club-pass', ios: { bundleIdentifier: 'com.example.clubpass', infoPlist: { NSContactsUsageDescription: CONTACTS_TEXT } }, android: { package: 'com.example.clubpass' }, plugins: ['expo-router'] } }, null, 2),
        'app.config.js': `module.exports = ({ config }) => ({
  ...config,
  extra: { apiUrl: process.env.API_URL ?? 'https://api.example.com' },
});
`,
        'app/invite.tsx': CONTACTS_SCREEN,
      },
      [],
    );
  });

  it('E3 app.config.ts as `export default function ({ config }: ConfigContext)` declaration also extends app.json', async () => {
    await expectFindings(
      {
        'package.json': EXPO_PACKAGE({ 'react-native-permissions': '4.1.5' }),
        'app.json': JSON.stringify({ expo: { name: 'Club Pass', slug: 'club-pass', ios: { bundleIdentifier: 'com.example.clubpass', infoPlist: { NSContactsUsageDescription: CONTACTS_TEXT } }, android: { package: 'com.example.clubpass' }, plugins: ['expo-router'] } }, null, 2),
        'app.config.ts': `import type { ConfigContext, ExpoConfig } from 'expo/config';

export default function appConfig({ config }: ConfigContext): ExpoConfig {
  return {
    ...config,
    name: process.env.APP_VARIANT === 'dev' ? 'Club Pass (Dev)' : 'Club Pass',
    slug: 'club-pass',
  };
}
`,
        'app/invite.tsx': CONTACTS_SCREEN,
      },
      [],
    );
  });

  it('E4 CONTROL (documented): app.config.js exporting its own object ignores app.json, so the key there does not count', async () => {
    await expectFindings(
      {
        'package.json': EXPO_PACKAGE({ 'react-native-permissions': '4.1.5' }),
        'app.json': JSON.stringify({ expo: { name: 'Club Pass', slug: 'club-pass', ios: { infoPlist: { NSContactsUsageDescription: CONTACTS_TEXT } } } }, null, 2),
        'app.config.js': `export default {
  expo: { name: 'Club Pass', slug: 'club-pass', ios: { bundleIdentifier: 'com.example.clubpass' }, android: { package: 'com.example.clubpass' }, plugins: ['expo-router'] },
};
`,
        'app/invite.tsx': CONTACTS_SCREEN,
      },
      ['app/invite.tsx:6 require-purpose-string'],
    );
  });

  // Known limit (rules-docs/require-purpose-string.md): with a config function, what app.json declares counts even
  // when the function replaces the section instead of spreading it.
  it('E5 CONTROL: a function config that replaces `ios` without spreading config.ios drops app.json\'s infoPlist', async () => {
    await expectFindings(
      {
        'package.json': EXPO_PACKAGE({ 'react-native-permissions': '4.1.5' }),
        'app.json': JSON.stringify({ expo: { name: 'Club Pass', slug: 'club-pass', ios: { infoPlist: { NSContactsUsageDescription: CONTACTS_TEXT } }, plugins: ['expo-router'] } }, null, 2),
        'app.config.js': `module.exports = ({ config }) => ({
  ...config,
  ios: { bundleIdentifier: 'com.example.clubpass' },
  android: { package: 'com.example.clubpass' },
});
`,
        'app/invite.tsx': CONTACTS_SCREEN,
      },
      [],
    );
  });

  it('E6 expo-image-picker plugin options give the camera and photo texts; launchCameraAsync is clean', async () => {
    await expectFindings(
      {
        'package.json': EXPO_PACKAGE({ 'expo-image-picker': '~17.0.0' }),
        'app.json': JSON.stringify(
          {
            expo: {
              name: 'Club Pass',
              slug: 'club-pass',
              ios: { bundleIdentifier: 'com.example.clubpass' },
              android: { package: 'com.example.clubpass' },
              plugins: ['expo-router', ['expo-image-picker', { cameraPermission: 'Club Pass takes the photo printed on your membership card, for example at the front desk.', photosPermission: 'Club Pass lets you pick a profile picture from your photos for your membership card.' }]],
            },
          },
          null,
          2,
        ),
        'app/avatar.tsx': `import * as ImagePicker from 'expo-image-picker';
import { Button } from 'react-native';

export default function Avatar() {
  const shoot = async () => {
    const { granted } = await ImagePicker.requestCameraPermissionsAsync();
    if (granted) await ImagePicker.launchCameraAsync({ allowsEditing: true });
  };
  return <Button title="Take card photo" onPress={shoot} />;
}
`,
      },
      [],
    );
  });

  it('E7 CONTROL: expo-camera with microphonePermission: false and a microphone request is flagged', async () => {
    await expectFindings(
      {
        'package.json': EXPO_PACKAGE({ 'expo-camera': '~17.0.0' }),
        'app.json': JSON.stringify(
          { expo: { name: 'Club Pass', slug: 'club-pass', ios: { bundleIdentifier: 'com.example.clubpass' }, android: { package: 'com.example.clubpass' }, plugins: ['expo-router', ['expo-camera', { cameraPermission: 'Club Pass scans the QR code on your court booking at the gate.', microphonePermission: false, recordAudioAndroid: false }]] } },
          null,
          2,
        ),
        'app/record.tsx': `import { Camera } from 'expo-camera';
import { Button } from 'react-native';

export default function Record() {
  const ask = async () => {
    await Camera.requestMicrophonePermissionsAsync();
  };
  return <Button title="Record highlight" onPress={ask} />;
}
`,
      },
      ['app/record.tsx:6 require-purpose-string', 'app/record.tsx:6 require-purpose-string'],
    );
  });

  it('E8 an Expo app with react-native-web: getUserMedia in a .web.tsx file is browser code (no purpose strings)', async () => {
    await expectFindings(
      {
        'package.json': EXPO_PACKAGE({ 'react-native-web': '0.21.0', 'react-dom': '19.1.0' }),
        'app.json': JSON.stringify({ expo: { name: 'Club Pass', slug: 'club-pass', ios: { bundleIdentifier: 'com.example.clubpass' }, android: { package: 'com.example.clubpass' }, plugins: ['expo-router'] } }, null, 2),
        'src/recorder.web.ts': `export async function onRecordPressed() {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  return new MediaRecorder(stream);
}
`,
        'src/recorder.ts': `export async function onRecordPressed() {\n  return null;\n}\n`,
      },
      [],
    );
  });

  it('E9 react-native-permissions request behind Platform.OS === "web" early return plus an iOS key in app.config.ts plugin', async () => {
    await expectFindings(
      {
        'package.json': EXPO_PACKAGE({ 'react-native-permissions': '4.1.5' }),
        'app.config.ts': `export default {
  name: 'Club Pass',
  slug: 'club-pass',
  ios: { bundleIdentifier: 'com.example.clubpass', infoPlist: { NSContactsUsageDescription: \`Club Pass lets you invite friends from your contacts to a match, for example your doubles partner.\` } },
  android: { package: 'com.example.clubpass', permissions: ['android.permission.READ_CONTACTS'] },
  plugins: ['expo-router'],
};
`,
        'app/invite.tsx': `import { Button, Platform } from 'react-native';
import { PERMISSIONS, request } from 'react-native-permissions';

export default function Invite() {
  const invite = async () => {
    await request(Platform.OS === 'ios' ? PERMISSIONS.IOS.CONTACTS : PERMISSIONS.ANDROID.READ_CONTACTS);
  };
  return <Button title="Invite from contacts" onPress={invite} />;
}
`,
      },
      [],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe('adversarial: require-purpose-string, WeChat / Taro', () => {
  const page = (body: string) => `Page({\n  data: {},\n${body}\n});\n`;

  it('W1 a subpackage page calling wx.getLocation is covered by the main app.json (miniprogramRoot layout)', async () => {
    await expectFindings(
      {
        'project.config.json': JSON.stringify({ miniprogramRoot: 'miniprogram/', appid: 'wx0123456789abcdef' }),
        'miniprogram/app.json': JSON.stringify(
          {
            pages: ['pages/index/index'],
            subPackages: [{ root: 'packageShop', pages: ['pages/nearby/nearby'] }],
            permission: { 'scope.userLocation': { desc: '用于查找离你最近的门店并计算步行距离' } },
            requiredPrivateInfos: ['getLocation'],
          },
          null,
          2,
        ),
        'miniprogram/app.js': `App({});\n`,
        'miniprogram/pages/index/index.js': page(`  onTapShop() {\n    wx.navigateTo({ url: '/packageShop/pages/nearby/nearby' });\n  },`),
        'miniprogram/packageShop/pages/nearby/nearby.js': page(`  onTapLocate() {\n    wx.getLocation({ type: 'gcj02', success: (res) => this.setData({ lat: res.latitude, lng: res.longitude }) });\n  },`),
      },
      [],
    );
  });

  it('W2 startLocationUpdateBackground with the scope desc, requiredPrivateInfos and requiredBackgroundModes is clean', async () => {
    await expectFindings(
      {
        'app.json': JSON.stringify(
          {
            pages: ['pages/index/index', 'pages/ride/ride'],
            permission: {
              'scope.userLocation': { desc: '用于记录你骑行的路线和里程' },
              'scope.userLocationBackground': { desc: '锁屏后继续记录你骑行的路线' },
            },
            requiredPrivateInfos: ['startLocationUpdateBackground', 'onLocationChange'],
            requiredBackgroundModes: ['location'],
          },
          null,
          2,
        ),
        'app.js': `App({});\n`,
        'pages/index/index.js': page(`  onTapRide() {\n    wx.navigateTo({ url: '/pages/ride/ride' });\n  },`),
        'pages/ride/ride.js': page(`  onTapStart() {\n    wx.startLocationUpdateBackground({ success: () => wx.onLocationChange((res) => this.setData({ last: res })) });\n  },`),
      },
      [],
    );
  });

  it('W3 page methods named getLocation / chooseImage that do not call wx are not location or camera use', async () => {
    await expectFindings(
      {
        'app.json': JSON.stringify({ pages: ['pages/index/index'] }, null, 2),
        'app.js': `App({});\n`,
        'pages/index/index.js': `Page({
  data: { cities: [], cover: '' },
  getLocation(cityId) {
    return this.data.cities.find((city) => city.id === cityId);
  },
  chooseImage(list) {
    this.setData({ cover: list[0] });
  },
  onTapCity(event) {
    const city = this.getLocation(event.currentTarget.dataset.id);
    this.chooseImage(city.photos);
  },
});
`,
      },
      [],
    );
  });

  it('W4 Taro app.config.ts whose permission and requiredPrivateInfos come from a spread const', async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'meet', dependencies: { '@tarojs/taro': '3.6.0', '@tarojs/components': '3.6.0', react: '18.2.0' } }),
        'src/app.config.ts': `const privacy = {
  permission: { 'scope.userLocation': { desc: '用于展示离你最近的集合点' } },
  requiredPrivateInfos: ['getLocation'],
};

export default defineAppConfig({
  pages: ['pages/index/index', 'pages/meet/meet'],
  ...privacy,
});
`,
        'src/app.ts': `import { PropsWithChildren } from 'react';\nexport default function App({ children }: PropsWithChildren) {\n  return children;\n}\n`,
        'src/pages/index/index.tsx': `export default function Index() {\n  return null;\n}\n`,
        'src/pages/meet/meet.tsx': `import Taro from '@tarojs/taro';\n\nexport const meetingPoint = () => Taro.getLocation({ type: 'gcj02' });\n`,
      },
      [],
    );
  });

  it('W5 Taro requiredPrivateInfos held in a const array', async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'meet', dependencies: { '@tarojs/taro': '3.6.0', '@tarojs/components': '3.6.0', react: '18.2.0' } }),
        'src/app.config.ts': `const PRIVATE_INFOS = ['getFuzzyLocation'];

export default defineAppConfig({
  pages: ['pages/index/index', 'pages/city/city'],
  permission: { 'scope.userFuzzyLocation': { desc: '用于推荐你所在城市的活动' } },
  requiredPrivateInfos: PRIVATE_INFOS,
});
`,
        'src/app.ts': `import { PropsWithChildren } from 'react';\nexport default function App({ children }: PropsWithChildren) {\n  return children;\n}\n`,
        'src/pages/index/index.tsx': `export default function Index() {\n  return null;\n}\n`,
        'src/pages/city/city.tsx': `import Taro from '@tarojs/taro';\n\nexport async function onTapCity() {\n  return Taro.getFuzzyLocation({ type: 'wgs84' });\n}\n`,
      },
      [],
    );
  });

  it('W6 CONTROL: getLocation listed but scope.userLocation without a desc is flagged', async () => {
    await expectFindings(
      {
        'app.json': JSON.stringify({ pages: ['pages/index/index', 'pages/near/near'], requiredPrivateInfos: ['getLocation'] }, null, 2),
        'app.js': `App({});\n`,
        'pages/index/index.js': page(''),
        'pages/near/near.js': page(`  onTapLocate() {\n    wx.getLocation({ type: 'gcj02', success: (res) => this.setData(res) });\n  },`),
      },
      ['pages/near/near.js:4 require-purpose-string'],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
const UNI_PACKAGE = JSON.stringify({ name: 'health-diary', dependencies: { '@dcloudio/uni-app': '3.0.0', vue: '3.4.0' } });

describe('adversarial: require-purpose-string, uni-app', () => {
  it('U1 HBuilderX manifest.json with comments, permissions as strings and privacyDescription', async () => {
    await expectFindings(
      {
        'package.json': UNI_PACKAGE,
        'manifest.json': `{
    "name" : "健康日记",
    "appid" : "__UNI__0A1B2C3",
    "versionName" : "1.0.0",
    /* 5+App特有相关 */
    "app-plus" : {
        "modules" : {
            "Geolocation" : {}
        },
        /* 应用发布信息 */
        "distribute" : {
            /* android打包配置 */
            "android" : {
                "permissions" : [
                    "<uses-permission android:name=\\"android.permission.ACCESS_COARSE_LOCATION\\"/>",
                    "<uses-permission android:name=\\"android.permission.ACCESS_FINE_LOCATION\\" />"
                ]
            },
            // ios打包配置
            "ios" : {
                "privacyDescription" : {
                    "NSLocationWhenInUseUsageDescription" : "用于记录你跑步的路线和配速"
                }
            }
        }
    },
    "vueVersion" : "3"
}
`,
        'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }, { path: 'pages/run/run' }] }),
        'pages/index/index.vue': `<template><view>首页</view></template>\n`,
        'pages/run/run.vue': `<template>\n  <button @tap="locate">开始跑步</button>\n</template>\n\n<script setup>\nfunction locate() {\n  uni.getLocation({ type: 'gcj02', success: (res) => console.log(res.latitude, res.longitude) });\n}\n</script>\n`,
      },
      [],
    );
  });

  it('U2 uni.chooseImage inside #ifndef APP-PLUS needs no iOS photo key', async () => {
    await expectFindings(
      {
        'package.json': UNI_PACKAGE,
        'manifest.json': JSON.stringify({ name: '健康日记', appid: '__UNI__0A1B2C3', 'app-plus': { distribute: { android: { permissions: [] }, ios: { privacyDescription: {} } } }, h5: { title: '健康日记' }, vueVersion: '3' }, null, 4),
        'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }, { path: 'pages/avatar/avatar' }] }),
        'pages/index/index.vue': `<template><view>首页</view></template>\n`,
        'pages/avatar/avatar.vue': `<template>\n  <button @tap="pick">更换头像</button>\n</template>\n\n<script setup>\nfunction pick() {\n  // #ifndef APP-PLUS\n  uni.chooseImage({ count: 1, success: (res) => console.log(res.tempFilePaths[0]) });\n  // #endif\n}\n</script>\n`,
      },
      [],
    );
  });

  it('U3 uni.chooseImage with sourceType from a const in the module (camera only) needs only the camera key', async () => {
    await expectFindings(
      {
        'package.json': UNI_PACKAGE,
        'manifest.json': JSON.stringify({ name: '健康日记', appid: '__UNI__0A1B2C3', 'app-plus': { distribute: { android: { permissions: ['<uses-permission android:name="android.permission.CAMERA"/>'] }, ios: { privacyDescription: { NSCameraUsageDescription: '用于拍摄餐食照片，记录到你的饮食日记' } } } }, vueVersion: '3' }, null, 4),
        'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }, { path: 'pages/meal/meal' }] }),
        'pages/index/index.vue': `<template><view>首页</view></template>\n`,
        'pages/meal/meal.vue': `<template>\n  <button @tap="shoot">拍餐食</button>\n</template>\n\n<script setup>\nconst SOURCES = ['camera'];\nfunction shoot() {\n  uni.chooseImage({ count: 1, sourceType: SOURCES, success: (res) => console.log(res.tempFilePaths[0]) });\n}\n</script>\n`,
      },
      [],
    );
  });

  it('U4 CONTROL: uni.scanCode in the App with no NSCameraUsageDescription is flagged', async () => {
    await expectFindings(
      {
        'package.json': UNI_PACKAGE,
        'manifest.json': JSON.stringify({ name: '健康日记', appid: '__UNI__0A1B2C3', 'app-plus': { distribute: { android: { permissions: ['<uses-permission android:name="android.permission.CAMERA"/>'] }, ios: { privacyDescription: { NSLocationWhenInUseUsageDescription: '用于记录你跑步的路线和配速' } } } }, vueVersion: '3' }, null, 4),
        'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }, { path: 'pages/scan/scan' }] }),
        'pages/index/index.vue': `<template><view>首页</view></template>\n`,
        'pages/scan/scan.vue': `<template>\n  <button @tap="scan">扫码</button>\n</template>\n\n<script setup>\nfunction scan() {\n  uni.scanCode({ success: (res) => console.log(res.result) });\n}\n</script>\n`,
      },
      ['pages/scan/scan.vue:7 require-purpose-string', 'manifest.json:13 no-unused-permission'],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// HarmonyOS

const HARMONY_CAMERA_UTIL = `import { abilityAccessCtrl, common, Permissions } from '@kit.AbilityKit';

const CAMERA: Permissions = 'ohos.permission.CAMERA';

export async function onScanTapped(context: common.UIAbilityContext): Promise<boolean> {
  const result = await abilityAccessCtrl.createAtManager().requestPermissionsFromUser(context, [CAMERA]);
  return result.authResults[0] === 0;
}
`;
const CAMERA_SCENE = `      { name: 'ohos.permission.CAMERA', reason: '$string:camera_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },`;

describe('adversarial: HarmonyOS', () => {
  it('H1 a single Permissions const wrapped in an array literal, reason in base string.json', async () => {
    await expectFindings(
      harmonyApp(CAMERA_SCENE, { 'entry/src/main/ets/common/ScanUtil.ets': HARMONY_CAMERA_UTIL }, { camera_reason: '用于扫描货架价签，方便你比较价格' }),
      [],
    );
  });

  it('H2 DOCUMENTED LIMIT: a reason only in the zh_CN qualifier folder is not looked up (the doc names base/ only)', async () => {
    const app = harmonyApp(CAMERA_SCENE, { 'entry/src/main/ets/common/ScanUtil.ets': HARMONY_CAMERA_UTIL });
    app['entry/src/main/resources/zh_CN/element/string.json'] = JSON.stringify({ string: [{ name: 'camera_reason', value: '用于扫描货架价签，方便你比较价格' }] }, null, 2);
    await expectFindings(app, ['entry/src/main/ets/common/ScanUtil.ets:6 require-purpose-string']);
  });

  it('H3 reason in AppScope string.json resolves', async () => {
    const app = harmonyApp(CAMERA_SCENE, { 'entry/src/main/ets/common/ScanUtil.ets': HARMONY_CAMERA_UTIL });
    app['AppScope/resources/base/element/string.json'] = JSON.stringify({ string: [{ name: 'app_name', value: 'ShelfScan' }, { name: 'camera_reason', value: '用于扫描货架价签，方便你比较价格' }] }, null, 2);
    await expectFindings(app, []);
  });

  it('H4 an English en_US translation longer than 36 characters is not over the Chinese guideline', async () => {
    const app = harmonyApp(CAMERA_SCENE, { 'entry/src/main/ets/common/ScanUtil.ets': HARMONY_CAMERA_UTIL }, { camera_reason: '用于扫描货架价签，方便你比较价格' });
    app['entry/src/main/resources/en_US/element/string.json'] = JSON.stringify({ string: [{ name: 'camera_reason', value: 'Used to scan the price tags on shelves so you can compare prices between stores' }] }, null, 2);
    await expectFindings(app, []);
  });

  it('H5 CONTROL: a user_grant permission with a reason but no usedScene is flagged at the request', async () => {
    await expectFindings(
      harmonyApp(`      { name: 'ohos.permission.CAMERA', reason: '$string:camera_reason' },`, { 'entry/src/main/ets/common/ScanUtil.ets': HARMONY_CAMERA_UTIL }, { camera_reason: '用于扫描货架价签，方便你比较价格' }),
      ['entry/src/main/ets/common/ScanUtil.ets:6 require-purpose-string'],
    );
  });

  it('H6 a location read through geoLocationManager with both location permissions declared', async () => {
    await expectFindings(
      harmonyApp(
        `      { name: 'ohos.permission.APPROXIMATELY_LOCATION', reason: '$string:location_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },
      { name: 'ohos.permission.LOCATION', reason: '$string:location_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },`,
        {
          'entry/src/main/ets/common/StoreFinder.ets': `import { geoLocationManager } from '@kit.LocationKit';

export async function onFindStoreTapped(): Promise<string> {
  const location = await geoLocationManager.getCurrentLocation({ priority: geoLocationManager.LocationRequestPriority.FIRST_FIX });
  return \`\${location.latitude},\${location.longitude}\`;
}
`,
        },
        { location_reason: '用于查找离你最近的门店，例如显示步行距离' },
      ),
      [],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
const CAP_PACKAGE = (deps: Record<string, string> = {}) =>
  JSON.stringify({ name: 'parcel-proof', dependencies: { '@capacitor/core': '6.1.0', '@capacitor/android': '6.1.0', '@capacitor/ios': '6.1.0', '@ionic/angular': '8.0.0', ...deps } });

describe('adversarial: Capacitor', () => {
  it('C1 navigator.geolocation behind !Capacitor.isNativePlatform() is browser-only', async () => {
    await expectFindings(
      {
        'package.json': CAP_PACKAGE(),
        'capacitor.config.json': JSON.stringify({ appId: 'com.example.parcel', appName: 'Parcel Proof', webDir: 'www' }),
        'ios/App/App/Info.plist': plist({}),
        'android/app/src/main/AndroidManifest.xml': manifest([]),
        'src/services/where.ts': `import { Capacitor } from '@capacitor/core';

export function onLocateTapped(done: (coords: GeolocationCoordinates | null) => void) {
  if (!Capacitor.isNativePlatform()) {
    navigator.geolocation.getCurrentPosition((position) => done(position.coords));
    return;
  }
  done(null);
}
`,
      },
      [],
    );
  });

  it('C2 custom android.path in capacitor.config is where the manifest is read', async () => {
    await expectFindings(
      {
        'package.json': CAP_PACKAGE({ '@capacitor/geolocation': '6.0.0' }),
        'capacitor.config.json': JSON.stringify({ appId: 'com.example.parcel', appName: 'Parcel Proof', webDir: 'www', android: { path: 'native/android' }, ios: { path: 'native/ios' } }),
        'native/ios/App/App/Info.plist': plist({ NSLocationWhenInUseUsageDescription: 'Parcel Proof records where you left the parcel, for example at the back door.' }),
        'native/android/app/src/main/AndroidManifest.xml': manifest(['ACCESS_COARSE_LOCATION', 'ACCESS_FINE_LOCATION']),
        'src/services/proof.ts': `import { Geolocation } from '@capacitor/geolocation';

export async function onDeliveredTapped() {
  return Geolocation.getCurrentPosition();
}
`,
      },
      [],
    );
  });

  it('C3 getUserMedia constraints from a const with video only need just the camera', async () => {
    await expectFindings(
      {
        'package.json': CAP_PACKAGE(),
        'capacitor.config.json': JSON.stringify({ appId: 'com.example.parcel', appName: 'Parcel Proof', webDir: 'www' }),
        'ios/App/App/Info.plist': plist({ NSCameraUsageDescription: 'Parcel Proof takes a photo of the parcel at the door as proof of delivery.' }),
        'android/app/src/main/AndroidManifest.xml': manifest(['CAMERA']),
        'src/services/photo.ts': `const CONSTRAINTS: MediaStreamConstraints = { video: { facingMode: 'environment' }, audio: false };

export async function onProofTapped(video: HTMLVideoElement) {
  video.srcObject = await navigator.mediaDevices.getUserMedia(CONSTRAINTS);
}
`,
      },
      [],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe('adversarial: no-unused-permission', () => {
  it('N1 CAMERA used only by an installed barcode library whose own manifest declares it', async () => {
    await expectFindings(
      {
        ...RN_BASE({ '@acme/rn-shelf-reader': '2.0.0' }),
        'node_modules/@acme/rn-shelf-reader/package.json': JSON.stringify({ name: '@acme/rn-shelf-reader', version: '2.0.0', main: 'index.js' }),
        'node_modules/@acme/rn-shelf-reader/android/src/main/AndroidManifest.xml': `<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <uses-permission android:name="android.permission.CAMERA" />\n</manifest>\n`,
        'node_modules/@acme/rn-shelf-reader/index.js': `module.exports = {};\n`,
        'ios/FieldNotes/Info.plist': plist({ NSCameraUsageDescription: CAMERA_TEXT }),
        'android/app/src/main/AndroidManifest.xml': manifest(['CAMERA']),
      },
      [],
    );
  });

  it('N2 RECORD_AUDIO and the microphone key used only by a video-call SDK dependency (not installed)', async () => {
    await expectFindings(
      {
        ...RN_BASE({ 'react-native-agora': '4.3.0' }),
        'ios/FieldNotes/Info.plist': plist({ NSMicrophoneUsageDescription: 'FieldNotes lets you talk to the lab during a video call about a sample.', NSCameraUsageDescription: 'FieldNotes shows the sample to the lab during a video call, for example a soil core.' }),
        'android/app/src/main/AndroidManifest.xml': manifest(['CAMERA', 'RECORD_AUDIO']),
      },
      [],
    );
  });

  it("N3 the app's own Kotlin and Swift native modules use the camera", async () => {
    await expectFindings(
      {
        ...RN_BASE(),
        'ios/FieldNotes/Info.plist': plist({ NSCameraUsageDescription: CAMERA_TEXT }),
        'ios/FieldNotes/ScannerModule.swift': `import AVFoundation\n\n@objc(ScannerModule)\nclass ScannerModule: NSObject {\n  @objc func ask(_ resolve: @escaping RCTPromiseResolveBlock) {\n    AVCaptureDevice.requestAccess(for: .video) { granted in resolve(granted) }\n  }\n}\n`,
        'android/app/src/main/AndroidManifest.xml': manifest(['CAMERA']),
        'android/app/src/main/java/com/fieldnotes/ScannerModule.kt': `package com.fieldnotes\n\nimport android.Manifest\nimport androidx.core.app.ActivityCompat\n\nclass ScannerModule {\n  fun ask(activity: android.app.Activity) {\n    ActivityCompat.requestPermissions(activity, arrayOf(Manifest.permission.CAMERA), 7)\n  }\n}\n`,
      },
      [],
    );
  });

  it('N4 an iOS microphone key justified by an installed package that declares RECORD_AUDIO for Android', async () => {
    await expectFindings(
      {
        ...RN_BASE({ '@acme/rn-field-recorder': '1.0.0' }),
        'node_modules/@acme/rn-field-recorder/package.json': JSON.stringify({ name: '@acme/rn-field-recorder', version: '1.0.0' }),
        'node_modules/@acme/rn-field-recorder/android/src/main/AndroidManifest.xml': `<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <uses-permission android:name="android.permission.RECORD_AUDIO" />\n</manifest>\n`,
        'ios/FieldNotes/Info.plist': plist({ NSMicrophoneUsageDescription: MIC_TEXT }),
      },
      [],
    );
  });

  it('N5 a shared helper that takes the permission id: the id written at the call site counts', async () => {
    await expectFindings(
      {
        ...RN_BASE(),
        'android/app/src/main/AndroidManifest.xml': manifest(['CAMERA', 'READ_CONTACTS']),
        'src/permissions.js': `import { PermissionsAndroid } from 'react-native';\n\nexport async function ensure(permission, rationale) {\n  return (await PermissionsAndroid.request(permission, rationale)) === 'granted';\n}\n`,
        'src/invite.js': `import { ensure } from './permissions';\n\nexport async function onInviteTapped() {\n  return ensure('android.permission.READ_CONTACTS', { title: 'Invite', message: 'Pick a colleague from your contacts.', buttonPositive: 'OK' });\n}\n`,
        'src/scan.js': `import { PermissionsAndroid } from 'react-native';\nimport { ensure } from './permissions';\n\nexport const onScanTapped = () => ensure(PermissionsAndroid.PERMISSIONS.CAMERA, { title: 'Scan', message: 'Reads sample bag QR codes.', buttonPositive: 'OK' });\n`,
      },
      [],
    );
  });

  it('N6 background-location key justified by UIBackgroundModes location', async () => {
    await expectFindings(
      {
        ...RN_BASE({ '@react-native-community/geolocation': '3.2.1' }),
        'ios/FieldNotes/Info.plist': `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
\t<key>NSLocationWhenInUseUsageDescription</key>
\t<string>${LOCATION_TEXT}</string>
\t<key>NSLocationAlwaysAndWhenInUseUsageDescription</key>
\t<string>FieldNotes keeps logging your transect while the phone is in your pocket, for example on a long walk.</string>
\t<key>UIBackgroundModes</key>
\t<array>
\t\t<string>location</string>
\t</array>
</dict>
</plist>
`,
      },
      [],
    );
  });

  it('N7 WeChat scope.userLocation used only by <map show-location> in WXML', async () => {
    await expectFindings(
      {
        'app.json': JSON.stringify({ pages: ['pages/index/index'], permission: { 'scope.userLocation': { desc: '用于在地图上显示你和门店的距离' } } }, null, 2),
        'app.js': `App({});\n`,
        'pages/index/index.js': `Page({ data: { lat: 31.23, lng: 121.47 } });\n`,
        'pages/index/index.wxml': `<map latitude="{{lat}}" longitude="{{lng}}" show-location style="width: 100%; height: 300px;"></map>\n`,
      },
      [],
    );
  });

  it('N8 Expo android.permissions CAMERA with expo-camera installed through dependencies', async () => {
    await expectFindings(
      {
        'package.json': EXPO_PACKAGE({ 'expo-camera': '~17.0.0' }),
        'app.json': JSON.stringify({ expo: { name: 'Club Pass', slug: 'club-pass', ios: { bundleIdentifier: 'com.example.clubpass' }, android: { package: 'com.example.clubpass', permissions: ['CAMERA'] }, plugins: ['expo-router', ['expo-camera', { cameraPermission: 'Club Pass scans the QR code on your court booking at the gate.', microphonePermission: false }]] } }, null, 2),
      },
      [],
    );
  });

  it('N9 CONTROL: READ_CONTACTS and the contacts key with no use are flagged', async () => {
    await expectFindings(
      {
        ...RN_BASE(),
        'ios/FieldNotes/Info.plist': plist({ NSContactsUsageDescription: 'FieldNotes lets you share a sample with a colleague from your contacts.' }),
        'android/app/src/main/AndroidManifest.xml': manifest(['READ_CONTACTS']),
      },
      ['ios/FieldNotes/Info.plist:7 no-unused-permission', 'android/app/src/main/AndroidManifest.xml:3 no-unused-permission'],
    );
  });

  it('N10 Taro requiredPrivateInfos chooseAddress used by Taro.chooseAddress', async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'shop', dependencies: { '@tarojs/taro': '3.6.0', '@tarojs/components': '3.6.0', react: '18.2.0' } }),
        'src/app.config.ts': `export default defineAppConfig({\n  pages: ['pages/index/index', 'pages/checkout/checkout'],\n  requiredPrivateInfos: ['chooseAddress'],\n});\n`,
        'src/app.ts': `import { PropsWithChildren } from 'react';\nexport default function App({ children }: PropsWithChildren) {\n  return children;\n}\n`,
        'src/pages/index/index.tsx': `export default function Index() {\n  return null;\n}\n`,
        'src/pages/checkout/checkout.tsx': `import Taro from '@tarojs/taro';\n\nexport async function onPickAddressTapped() {\n  return Taro.chooseAddress();\n}\n`,
      },
      [],
    );
  });

  it('N11 HarmonyOS CAMERA used only through camera.getCameraManager', async () => {
    await expectFindings(
      harmonyApp(
        CAMERA_SCENE,
        {
          'entry/src/main/ets/common/Preview.ets': `import { camera } from '@kit.CameraKit';
import { common } from '@kit.AbilityKit';

export function openPreview(context: common.UIAbilityContext): camera.CameraManager {
  return camera.getCameraManager(context);
}
`,
        },
        { camera_reason: '用于扫描货架价签，方便你比较价格' },
      ),
      [],
    );
  });

  it('N11b HarmonyOS: getting the CameraManager and listing cameras needs no CAMERA; creating the camera input does (HMOS_vs_gps_pro)', async () => {
    const { expectFindings: expectPurposeFindings } = appLinter(new Set(['require-purpose-string']));
    const page = (body: string) => ({
      'entry/src/main/ets/pages/VideoPage.ets': `import { camera } from '@kit.CameraKit';
import { common } from '@kit.AbilityKit';

export class VideoSource {
  private cameraManager?: camera.CameraManager;
  private cameraInput?: camera.CameraInput;

  async initCamera(context: common.Context): Promise<number> {
    this.cameraManager = camera.getCameraManager(context);
    const cameras = this.cameraManager.getSupportedCameras();
${body}
    return cameras.length;
  }
}
`,
    });
    // No CAMERA in module.json5: listing cameras is fine.
    await expectPurposeFindings(harmonyApp('', page('')), []);
    // Opening one needs it declared.
    await expectPurposeFindings(harmonyApp('', page('    this.cameraInput = this.cameraManager.createCameraInput(cameras[0]);\n    await this.cameraInput.open();')), [
      'entry/src/main/ets/pages/VideoPage.ets:11 require-purpose-string',
    ]);
  });

  it('N12 uni-app CAMERA and NSCameraUsageDescription used by uni.scanCode', async () => {
    await expectFindings(
      {
        'package.json': UNI_PACKAGE,
        'manifest.json': JSON.stringify({ name: '健康日记', appid: '__UNI__0A1B2C3', 'app-plus': { distribute: { android: { permissions: ['<uses-permission android:name="android.permission.CAMERA"/>'] }, ios: { privacyDescription: { NSCameraUsageDescription: '用于扫描食品包装上的条码，记录热量' } } } }, vueVersion: '3' }, null, 4),
        'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }, { path: 'pages/scan/scan' }] }),
        'pages/index/index.vue': `<template><view>首页</view></template>\n`,
        'pages/scan/scan.vue': `<template>\n  <button @tap="scan">扫码</button>\n</template>\n\n<script setup>\nfunction scan() {\n  uni.scanCode({ success: (res) => console.log(res.result) });\n}\n</script>\n`,
      },
      [],
    );
  });

  it('N13 RN: an unknown, uninstalled native package named after the resource (react-native-qr-kit) may use CAMERA', async () => {
    await expectFindings(
      {
        ...RN_BASE({ 'react-native-qr-kit': '0.3.0' }),
        'android/app/src/main/AndroidManifest.xml': manifest(['CAMERA']),
      },
      [],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
/** A bare RN app whose deps justify camera, microphone and location, so only the texts are judged. */
const qualityApp = (entries: Record<string, string>, extra: AppFiles = {}): AppFiles => ({
  ...RN_BASE({ 'react-native-agora': '4.3.0', '@react-native-community/geolocation': '3.2.1', 'react-native-sensors': '7.3.6' }),
  'ios/FieldNotes/Info.plist': plist(entries),
  ...extra,
});

const withBackgroundLocation = (app: AppFiles): AppFiles => ({
  ...app,
  'ios/FieldNotes/Info.plist': app['ios/FieldNotes/Info.plist'].replace('</dict>', '\t<key>UIBackgroundModes</key>\n\t<array>\n\t\t<string>location</string>\n\t</array>\n</dict>'),
});

describe('adversarial: purpose-string-quality', () => {
  it('Q1 a short but complete Chinese purpose: 扫码登录时使用相机', async () => {
    await expectFindings(qualityApp({ CFBundleDevelopmentRegion: 'zh_CN', NSCameraUsageDescription: '扫码登录时使用相机' }), []);
  });

  it('Q2 a purpose after a comma: 需要访问你的位置，用于推荐附近的充电桩', async () => {
    await expectFindings(qualityApp({ NSLocationWhenInUseUsageDescription: '需要访问你的位置，用于推荐附近的充电桩' }), []);
  });

  it('Q3 an English text with an example: "Scan QR codes, e.g. on event tickets."', async () => {
    await expectFindings(qualityApp({ NSCameraUsageDescription: 'Scan QR codes, e.g. on event tickets.' }), []);
  });

  it('Q4 a video-call app: "Used for video calls." names the feature', async () => {
    await expectFindings(qualityApp({ NSCameraUsageDescription: 'Used for video calls.' }), []);
  });

  it('Q5 a VoIP app: "Needed for voice calls." names the feature', async () => {
    await expectFindings(qualityApp({ NSMicrophoneUsageDescription: 'Needed for voice calls.' }), []);
  });

  it('Q6 a running app: "Used to track your runs." names the feature', async () => {
    await expectFindings(qualityApp({ NSLocationWhenInUseUsageDescription: 'Used to track your runs.' }), []);
  });

  it('Q7 a running app: "Used to record your runs." (motion) names the feature', async () => {
    await expectFindings(qualityApp({ NSMotionUsageDescription: 'Used to record your runs.' }), []);
  });

  // Known limit (rules-docs/purpose-string-quality.md): words that name another protected resource (music) are read
  // as that resource, whatever key the text is for.
  it('Q8 a music app: "Used to record music." for the microphone names the feature', async () => {
    await expectFindings(qualityApp({ NSMicrophoneUsageDescription: 'Used to record music.' }), ['ios/FieldNotes/Info.plist:8 purpose-string-quality']);
  });

  it('Q9 a default-shaped sentence that goes on to state a purpose', async () => {
    await expectFindings(qualityApp({ NSLocationWhenInUseUsageDescription: 'Allow $(PRODUCT_NAME) to access your location to show nearby charging stations.' }), []);
  });

  it('Q10 CONTROL: "Camera access" and the Expo default are flagged', async () => {
    await expectFindings(qualityApp({ NSCameraUsageDescription: 'Camera access', NSMicrophoneUsageDescription: 'Allow $(PRODUCT_NAME) to access your microphone' }), [
      'ios/FieldNotes/Info.plist:8 purpose-string-quality',
      'ios/FieldNotes/Info.plist:10 purpose-string-quality',
    ]);
  });

  it('Q11 a legacy NSLocationAlwaysUsageDescription needs no translation for an unconfigured locale the project translates into', async () => {
    await expectFindings(
      withBackgroundLocation(qualityApp(
        {
          NSLocationWhenInUseUsageDescription: LOCATION_TEXT,
          NSLocationAlwaysAndWhenInUseUsageDescription: 'FieldNotes keeps logging your transect while the phone is in your pocket, for example on a long walk.',
          NSLocationAlwaysUsageDescription: 'FieldNotes keeps logging your transect while the phone is in your pocket, for example on a long walk.',
        },
        {
          'ios/FieldNotes/zh-Hans.lproj/InfoPlist.strings': `"NSLocationWhenInUseUsageDescription" = "用于给每个样品标记采集地点，例如河岸。";\n"NSLocationAlwaysAndWhenInUseUsageDescription" = "手机放在口袋里时继续记录你的样线，例如长距离步行时。";\n`,
        },
      )),
      [],
    );
  });

  it('Q12 a zh-Hans.lproj with only CFBundleDisplayName does not make zh-Hans a purpose-string locale', async () => {
    await expectFindings(
      qualityApp({ NSCameraUsageDescription: CAMERA_TEXT }, { 'ios/FieldNotes/zh-Hans.lproj/InfoPlist.strings': `"CFBundleDisplayName" = "野外笔记";\n` }),
      [],
    );
  });

  it('Q13 WeChat desc of exactly 30 characters is within the limit', async () => {
    const desc = '用于查找离你最近的门店并计算步行距离和预计到达时间，方便出发';
    expect(Array.from(desc).length).toBe(30);
    await expectFindings(
      {
        'app.json': JSON.stringify({ pages: ['pages/index/index'], permission: { 'scope.userLocation': { desc } }, requiredPrivateInfos: ['getLocation'] }, null, 2),
        'app.js': `App({});\n`,
        'pages/index/index.js': `Page({\n  onTapLocate() {\n    wx.getLocation({ type: 'gcj02', success: (res) => this.setData(res) });\n  },\n});\n`,
      },
      [],
    );
  });

  it('Q14 Expo plugin option written as a template literal with an interpolated app name', async () => {
    await expectFindings(
      {
        'package.json': EXPO_PACKAGE({ 'expo-camera': '~17.0.0' }),
        'app.config.ts': `const APP_NAME = 'Club Pass';

export default {
  name: APP_NAME,
  slug: 'club-pass',
  ios: { bundleIdentifier: 'com.example.clubpass' },
  android: { package: 'com.example.clubpass' },
  plugins: ['expo-router', ['expo-camera', { cameraPermission: \`\${APP_NAME} scans the QR code on your court booking at the gate.\`, microphonePermission: false, recordAudioAndroid: false }]],
};
`,
      },
      [],
    );
  });

  it('Q15 HarmonyOS: base reason in Chinese and an en_US translation, both stating the use', async () => {
    const app = harmonyApp(CAMERA_SCENE, { 'entry/src/main/ets/common/ScanUtil.ets': HARMONY_CAMERA_UTIL }, { camera_reason: '扫码登录时使用相机' });
    app['entry/src/main/resources/en_US/element/string.json'] = JSON.stringify({ string: [{ name: 'camera_reason', value: 'Used to scan the QR code when you sign in on the web' }] }, null, 2);
    await expectFindings(app, []);
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe('adversarial: require-purpose-string, more guards and shapes', () => {
  // A platform test counts where it is written, and through a variable that holds it and is never written again.
  it('R11 an `isIOS` const holding Platform.OS === "ios" guards the call like the test itself', async () => {
    await expectFindings(
      {
        ...RN_BASE({ '@react-native-community/geolocation': '3.2.1' }),
        'ios/FieldNotes/Info.plist': plist({ NSLocationWhenInUseUsageDescription: LOCATION_TEXT }),
        'android/app/src/main/AndroidManifest.xml': manifest([]),
        'src/locate.js': `import { Platform } from 'react-native';
import Geolocation from '@react-native-community/geolocation';

const isIOS = Platform.OS === 'ios';

export function onTagPressed(save) {
  if (isIOS) {
    Geolocation.getCurrentPosition(({ coords }) => save(coords));
  }
}
`,
      },
      // iOS only: the Android manifest needs nothing for it (control-warm's local test, 27b).
      [],
    );
  });

  it('R12 react-native-permissions check() only reads the status and prompts for nothing', async () => {
    await expectFindings(
      {
        ...RN_BASE({ 'react-native-permissions': '4.1.5' }),
        'ios/FieldNotes/Info.plist': plist({}),
        'android/app/src/main/AndroidManifest.xml': manifest([]),
        'src/status.js': `import { Platform } from 'react-native';
import { PERMISSIONS, check } from 'react-native-permissions';

export async function cameraStatus() {
  return check(Platform.OS === 'ios' ? PERMISSIONS.IOS.CAMERA : PERMISSIONS.ANDROID.CAMERA);
}
`,
      },
      [],
    );
  });

  it('R13 an Expo app with committed ios/ and android/ folders (after prebuild) uses their declarations', async () => {
    await expectFindings(
      {
        'package.json': EXPO_PACKAGE({ 'react-native-permissions': '4.1.5' }),
        'app.json': JSON.stringify({ expo: { name: 'Club Pass', slug: 'club-pass', ios: { bundleIdentifier: 'com.example.clubpass' }, android: { package: 'com.example.clubpass' }, plugins: ['expo-router'] } }, null, 2),
        'ios/ClubPass.xcodeproj/project.pbxproj': `// !$*UTF8*$!\n{ INFOPLIST_FILE = ClubPass/Info.plist; }\n`,
        'ios/ClubPass/Info.plist': plist({ NSContactsUsageDescription: CONTACTS_TEXT }),
        'android/app/src/main/AndroidManifest.xml': manifest(['READ_CONTACTS']),
        'app/invite.tsx': CONTACTS_SCREEN,
      },
      [],
    );
  });

  it('R14 uni-app: location only in an #ifdef APP-PLUS block needs no mp-weixin declaration', async () => {
    await expectFindings(
      {
        'package.json': UNI_PACKAGE,
        'manifest.json': JSON.stringify(
          {
            name: '健康日记',
            appid: '__UNI__0A1B2C3',
            'app-plus': { distribute: { android: { permissions: ['<uses-permission android:name="android.permission.ACCESS_FINE_LOCATION"/>'] }, ios: { privacyDescription: { NSLocationWhenInUseUsageDescription: '用于记录你跑步的路线和配速' } } } },
            'mp-weixin': { appid: 'wx0123456789abcdef', setting: { urlCheck: false } },
            vueVersion: '3',
          },
          null,
          4,
        ),
        'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }, { path: 'pages/run/run' }] }),
        'pages/index/index.vue': `<template><view>首页</view></template>\n`,
        'pages/run/run.vue': `<template>\n  <button @tap="locate">开始跑步</button>\n</template>\n\n<script setup>\nfunction locate() {\n  // #ifdef APP-PLUS\n  uni.getLocation({ type: 'gcj02', success: (res) => console.log(res.latitude, res.longitude) });\n  // #endif\n}\n</script>\n`,
      },
      [],
    );
  });

  it('R15 Taro: location only when TARO_ENV is h5 needs no WeChat declaration', async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'meet', dependencies: { '@tarojs/taro': '3.6.0', '@tarojs/components': '3.6.0', react: '18.2.0' } }),
        'src/app.config.ts': `export default defineAppConfig({\n  pages: ['pages/index/index', 'pages/meet/meet'],\n});\n`,
        'src/app.ts': `import { PropsWithChildren } from 'react';\nexport default function App({ children }: PropsWithChildren) {\n  return children;\n}\n`,
        'src/pages/index/index.tsx': `export default function Index() {\n  return null;\n}\n`,
        'src/pages/meet/meet.tsx': `import Taro from '@tarojs/taro';\n\nexport async function onLocateTapped() {\n  if (process.env.TARO_ENV === 'h5') {\n    return Taro.getLocation({ type: 'wgs84' });\n  }\n  return null;\n}\n`,
      },
      [],
    );
  });

  it('R16 WeChat: wx.authorize for scope.userLocation with desc and requiredPrivateInfos present', async () => {
    await expectFindings(
      {
        'app.json': JSON.stringify({ pages: ['pages/index/index'], permission: { 'scope.userLocation': { desc: '用于查找离你最近的门店并计算步行距离' } }, requiredPrivateInfos: ['getLocation'] }, null, 2),
        'app.js': `App({});\n`,
        'pages/index/index.js': `Page({
  onTapNearby() {
    wx.authorize({
      scope: 'scope.userLocation',
      success: () => wx.getLocation({ type: 'gcj02', success: (res) => this.setData(res) }),
    });
  },
});
`,
      },
      [],
    );
  });

  it('R17 an Android manifest whose uses-permission name has surrounding whitespace and a line break', async () => {
    await expectFindings(
      {
        ...RN_BASE(),
        'android/app/src/main/AndroidManifest.xml': manifest([`<uses-permission\n        android:name="android.permission.CAMERA"\n        android:required="false" />`]),
        'src/scan.js': `import { PermissionsAndroid } from 'react-native';\n\nexport async function onScanPressed() {\n  return PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA, { title: 'Scan', message: 'Reads the QR code on sample bags.', buttonPositive: 'OK' });\n}\n`,
      },
      [],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe('adversarial: extra probes', () => {
  it('N14 HarmonyOS: the entry declares CAMERA and a local HAR module (file: dependency) requests it', async () => {
    const app = harmonyApp(CAMERA_SCENE, {}, { camera_reason: '用于扫描货架价签，方便你比较价格' });
    app['build-profile.json5'] = `{ app: { products: [{ name: 'default' }] }, modules: [{ name: 'entry', srcPath: './entry' }, { name: 'scanlib', srcPath: './scanlib' }] }\n`;
    app['entry/oh-package.json5'] = `{ name: 'entry', version: '1.0.0', dependencies: { scanlib: 'file:../scanlib' } }\n`;
    app['scanlib/oh-package.json5'] = `{ name: 'scanlib', version: '1.0.0', main: 'Index.ets' }\n`;
    app['scanlib/src/main/module.json5'] = `{ module: { name: 'scanlib', type: 'har', deviceTypes: ['phone'] } }\n`;
    app['scanlib/src/main/ets/ScanUtil.ets'] = HARMONY_CAMERA_UTIL;
    await expectFindings(app, []);
  });

  it('Q16 Expo: a camera text from the plugin option, translated in a locales file', async () => {
    await expectFindings(
      {
        'package.json': EXPO_PACKAGE({ 'expo-camera': '~17.0.0' }),
        'app.json': JSON.stringify(
          {
            expo: {
              name: 'Club Pass',
              slug: 'club-pass',
              ios: { bundleIdentifier: 'com.example.clubpass' },
              android: { package: 'com.example.clubpass' },
              locales: { 'zh-Hans': './locales/zh-Hans.json' },
              plugins: ['expo-router', ['expo-camera', { cameraPermission: 'Club Pass scans the QR code on your court booking at the gate.', microphonePermission: false, recordAudioAndroid: false }]],
            },
          },
          null,
          2,
        ),
        'locales/zh-Hans.json': JSON.stringify({ CFBundleDisplayName: '球场通', ios: { NSCameraUsageDescription: '用于在入口扫描你球场预订上的二维码' } }, null, 2),
      },
      [],
    );
  });

  it('Q17 CONTROL: Expo locales file that lacks the camera translation is reported on the locales entry', async () => {
    await expectFindings(
      {
        'package.json': EXPO_PACKAGE({ 'expo-camera': '~17.0.0', 'expo-location': '~19.0.0' }),
        'app.json': JSON.stringify(
          {
            expo: {
              name: 'Club Pass',
              slug: 'club-pass',
              ios: { bundleIdentifier: 'com.example.clubpass' },
              android: { package: 'com.example.clubpass' },
              locales: { 'zh-Hans': './locales/zh-Hans.json' },
              plugins: [
                'expo-router',
                ['expo-camera', { cameraPermission: 'Club Pass scans the QR code on your court booking at the gate.', microphonePermission: false, recordAudioAndroid: false }],
                ['expo-location', { locationWhenInUsePermission: 'Club Pass lists the courts within 5 km of you, for example for a quick evening game.' }],
              ],
            },
          },
          null,
          2,
        ),
        'locales/zh-Hans.json': JSON.stringify({ NSLocationWhenInUseUsageDescription: '用于列出你 5 公里内的球场，例如晚上临时约球时' }, null, 2),
      },
      ['app.json:19 purpose-string-quality'],
    );
  });
});

describe('adversarial: extra probes 2', () => {
  it('Q18 vision-camera plugin option built by string concatenation of a const is a text of its own', async () => {
    await expectFindings(
      {
        'package.json': EXPO_PACKAGE({ 'react-native-vision-camera': '4.5.0' }),
        'app.config.js': `const APP_NAME = 'Club Pass';

module.exports = {
  name: APP_NAME,
  slug: 'club-pass',
  ios: { bundleIdentifier: 'com.example.clubpass' },
  android: { package: 'com.example.clubpass' },
  plugins: ['expo-router', ['react-native-vision-camera', { cameraPermissionText: APP_NAME + ' scans the QR code on your court booking at the gate.', enableMicrophonePermission: false }]],
};
`,
        'app/scan.tsx': `import { Button } from 'react-native';
import { Camera } from 'react-native-vision-camera';

export default function Scan() {
  const ask = async () => {
    await Camera.requestCameraPermission();
  };
  return <Button title="Scan booking" onPress={ask} />;
}
`,
      },
      [],
    );
  });
});
