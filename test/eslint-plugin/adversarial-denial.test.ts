// Adversarial precision cases for the denial rules (no-block-on-denial, no-repeat-request-after-denial,
// require-request-rationale) and no-preselected-consent. Each case is a small whole app written to a temp dir and
// linted with the recommended config, as a user would run it. Only findings of the four rules under test are
// compared (the other rules of the recommended config are out of scope here). Most cases are code a careful
// developer would consider correct per the rule's own doc (expected: no finding); cases marked CONTROL are real
// offences that must be reported. Cases marked 'known limit' assert the documented behaviour.
import { describe, it } from 'vitest';
import { appLinter, type AppFiles } from './app-harness.js';


const RULES = new Set(['no-block-on-denial', 'no-repeat-request-after-denial', 'require-request-rationale', 'no-preselected-consent']);

const { expectFindings } = appLinter(RULES);

// ---------------------------------------------------------------------------------------------------------------
// App shells

const RN = (deps: Record<string, string> = {}): AppFiles => ({
  'package.json': JSON.stringify({
    name: 'trail-pass',
    dependencies: {
      react: '18.2.0',
      'react-native': '0.74.0',
      'react-native-permissions': '4.1.5',
      '@react-navigation/native': '6.1.9',
      '@react-native-async-storage/async-storage': '1.23.1',
      ...deps,
    },
  }),
});

const EXPO = (deps: Record<string, string> = {}): AppFiles => ({
  'package.json': JSON.stringify({
    name: 'venue-app',
    dependencies: { expo: '~51.0.0', 'expo-location': '~17.0.0', 'expo-camera': '~15.0.0', 'expo-image-picker': '~15.0.0', 'expo-router': '~3.5.0', react: '18.2.0', 'react-native': '0.74.0', ...deps },
  }),
  'app.json': JSON.stringify({ expo: { name: 'venue-app', slug: 'venue-app', plugins: ['expo-router'] } }),
});

const WECHAT = (pages: string[]): AppFiles => ({
  'project.config.json': JSON.stringify({ compileType: 'miniprogram', appid: 'wx0000000000000000' }),
  'app.json': JSON.stringify({ pages, permission: { 'scope.userLocation': { desc: '为你推荐附近的门店' } }, requiredPrivateInfos: ['getLocation'] }, null, 2),
});

const UNI = (pages: string[]): AppFiles => ({
  'package.json': JSON.stringify({ name: 'uni-shop', dependencies: { '@dcloudio/uni-app': '3.0.0', vue: '3.3.0' } }),
  'manifest.json': JSON.stringify({ name: 'uni-shop', appid: '__UNI__0000000', 'mp-weixin': { appid: 'wx0000' } }),
  'pages.json': JSON.stringify({ pages: pages.map((path) => ({ path })) }),
});

const TARO: AppFiles = {
  'package.json': JSON.stringify({ name: 'taro-shop', dependencies: { '@tarojs/taro': '3.6.0', '@tarojs/components': '3.6.0', react: '18.2.0' } }),
  'project.config.json': JSON.stringify({ miniprogramRoot: './dist', compileType: 'miniprogram' }),
  'src/app.config.ts': `export default { pages: ['pages/index/index'], permission: { 'scope.userLocation': { desc: '显示附近的活动' } }, requiredPrivateInfos: ['getLocation'] };\n`,
};

const CAPACITOR: AppFiles = {
  'package.json': JSON.stringify({ name: 'parcel', dependencies: { '@capacitor/core': '6.0.0', '@capacitor/app': '6.0.0', '@capacitor/camera': '6.0.0', '@capacitor/geolocation': '6.0.0', react: '18.2.0' } }),
  'capacitor.config.json': JSON.stringify({ appId: 'com.example.parcel', appName: 'parcel', webDir: 'dist' }),
};

const HARMONY: AppFiles = {
  'build-profile.json5': `{ app: { products: [{ name: 'default' }] }, modules: [{ name: 'entry', srcPath: './entry' }] }\n`,
  'AppScope/app.json5': `{ app: { bundleName: 'com.example.farm', versionCode: 1, versionName: '1.0.0', label: 'FarmMarket' } }\n`,
  'entry/src/main/module.json5': `{
  module: {
    name: 'entry',
    type: 'entry',
    mainElement: 'EntryAbility',
    deviceTypes: ['phone'],
    pages: '$profile:main_pages',
    abilities: [{ name: 'EntryAbility', srcEntry: './ets/entryability/EntryAbility.ets', exported: true }],
    requestPermissions: [
      { name: 'ohos.permission.CAMERA', reason: '扫描农产品溯源码，例如查看产地信息', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },
      { name: 'ohos.permission.MICROPHONE', reason: '视频看货时与卖家语音通话', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },
      { name: 'ohos.permission.APPROXIMATELY_LOCATION', reason: '推荐附近的收购点，例如显示最近的三个网点', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },
      { name: 'ohos.permission.LOCATION', reason: '推荐附近的收购点，例如显示最近的三个网点', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },
    ],
  },
}
`,
};

const WEB: AppFiles = {
  'package.json': JSON.stringify({ name: 'web-alerts', dependencies: { react: '18.2.0', 'react-dom': '18.2.0' } }),
};

// ---------------------------------------------------------------------------------------------------------------
// no-block-on-denial

describe('adversarial: no-block-on-denial', () => {
  it('B01 RN: denial shows a dismissible Alert with "Cancel" and "Open Settings"', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/ScanScreen.tsx': `import { Alert, Linking, PermissionsAndroid } from 'react-native';

export async function startScan(onGranted: () => void) {
  const result = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA, {
    title: 'Camera',
    message: 'Scan the QR code on your trail pass.',
    buttonPositive: 'OK',
  });
  if (result === PermissionsAndroid.RESULTS.GRANTED) {
    onGranted();
    return;
  }
  Alert.alert('Camera is off', 'You can type the pass number instead, or turn the camera on in Settings.', [
    { text: 'Cancel', style: 'cancel' },
    { text: 'Open Settings', onPress: () => Linking.openSettings() },
  ]);
}
`,
      },
      [],
    );
  });

  it('B02 RN: BackHandler.exitApp() in the Android back-button handler of a screen that also asks for the camera', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/HomeScreen.tsx': `import { useEffect, useState } from 'react';
import { BackHandler, PermissionsAndroid, ToastAndroid, Text, Pressable } from 'react-native';

export function HomeScreen() {
  const [cameraOk, setCameraOk] = useState(false);
  useEffect(() => {
    let lastPress = 0;
    const sub = BackHandler.addEventListener('hardwareBackPress', () => {
      const now = Date.now();
      if (now - lastPress < 2000) {
        BackHandler.exitApp();
        return true;
      }
      lastPress = now;
      ToastAndroid.show('Press back again to exit', ToastAndroid.SHORT);
      return true;
    });
    return () => sub.remove();
  }, []);

  const askCamera = async () => {
    const result = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA, {
      title: 'Camera',
      message: 'Scan receipts to add expenses.',
      buttonPositive: 'OK',
    });
    if (result !== PermissionsAndroid.RESULTS.GRANTED) {
      ToastAndroid.show('You can still add expenses by hand', ToastAndroid.SHORT);
      return;
    }
    setCameraOk(true);
  };
  return <Pressable onPress={askCamera}><Text>{cameraOk ? 'Scan' : 'Enable camera'}</Text></Pressable>;
}
`,
      },
      [],
    );
  });

  it('B03 RN: exitApp only on an unrelated fatal error, after the camera was granted', async () => {
    await expectFindings(
      {
        ...RN({ 'react-native-exit-app': '2.0.0' }),
        'src/Kiosk.tsx': `import RNExitApp from 'react-native-exit-app';
import { Alert, PermissionsAndroid } from 'react-native';
import { loadKioskConfig } from './config';

export async function bootKiosk(showManualEntry: () => void) {
  const result = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA, {
    title: 'Camera',
    message: 'The kiosk scans visitor badges.',
    buttonPositive: 'OK',
  });
  if (result !== PermissionsAndroid.RESULTS.GRANTED) {
    showManualEntry();
    return;
  }
  try {
    await loadKioskConfig();
  } catch (e) {
    Alert.alert('Configuration missing', 'The kiosk cannot start without its configuration.', [{ text: 'Quit', onPress: () => RNExitApp.exitApp() }]);
  }
}
`,
        'src/config.ts': `export async function loadKioskConfig() {\n  const res = await fetch('https://example.com/kiosk.json');\n  if (!res.ok) throw new Error('no config');\n  return res.json();\n}\n`,
      },
      [],
    );
  });

  it('B04 RN: try/catch around PermissionsAndroid.request with exitApp in the catch (the request resolves "denied", it does not throw)', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/Recorder.tsx': `import { BackHandler, PermissionsAndroid, ToastAndroid } from 'react-native';

export async function prepareRecorder(start: () => void) {
  try {
    const result = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.RECORD_AUDIO, {
      title: 'Microphone',
      message: 'Record voice notes for your trip.',
      buttonPositive: 'OK',
    });
    if (result === PermissionsAndroid.RESULTS.GRANTED) start();
    else ToastAndroid.show('Voice notes are off; you can still type notes', ToastAndroid.SHORT);
  } catch (err) {
    console.error('native module missing', err);
    BackHandler.exitApp();
  }
}
`,
      },
      [],
    );
  });

  it('B05 RN: denial navigates back (not a dead end); a reset to Home is a normal screen', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/ScanGate.tsx': `import { PERMISSIONS, RESULTS, check, request } from 'react-native-permissions';

export async function openScanner(navigation: { goBack(): void; navigate(n: string): void; reset(s: object): void }) {
  const status = await check(PERMISSIONS.IOS.CAMERA);
  if (status === RESULTS.BLOCKED) {
    navigation.goBack();
    return;
  }
  const result = await request(PERMISSIONS.IOS.CAMERA);
  if (result !== RESULTS.GRANTED) {
    navigation.reset({ index: 0, routes: [{ name: 'Home' }] });
    return;
  }
  navigation.navigate('Scanner');
}
`,
      },
      [],
    );
  });

  it('B06 WeChat: on refusal, reLaunch to the home page with a query flag that shows the city picker', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/index/index', 'pages/nearby/nearby']),
        'pages/nearby/nearby.js': `Page({
  locate() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => this.setData({ latitude: res.latitude, longitude: res.longitude }),
      fail: () => {
        wx.reLaunch({ url: '/pages/index/index?locationDenied=1' });
      },
    });
  },
});
`,
        'pages/nearby/nearby.wxml': `<button bindtap="locate">附近门店</button>\n`,
      },
      [],
    );
  });

  it('B07 WeChat: onShow reads authSetting and shows a Settings modal WITH its cancel button', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/index/index', 'pages/map/map']),
        'pages/map/map.js': `Page({
  onShow() {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation'] === false) {
          wx.showModal({
            title: '未开启定位',
            content: '开启定位后可显示附近门店，你也可以手动选择城市',
            confirmText: '去设置',
            cancelText: '暂不',
            success: (r) => {
              if (r.confirm) wx.openSetting();
            },
          });
        }
      },
    });
  },
});
`,
      },
      [],
    );
  });

  it('B08 WeChat: a one-button modal that only informs (its confirm does nothing blocking)', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/index/index']),
        'pages/index/index.js': `Page({
  data: { city: '全国' },
  onTapLocate() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => this.setData({ city: '附近' }),
      fail: () => {
        wx.showModal({
          title: '提示',
          content: '未获取到位置，已为你显示全国门店',
          showCancel: false,
          success: () => this.setData({ city: '全国' }),
        });
      },
    });
  },
});
`,
        'pages/index/index.wxml': `<button bindtap="onTapLocate">定位</button>\n`,
      },
      [],
    );
  });

  it('B09 WeChat: a Settings-only modal shown once from onLoad (doc: silent)', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/index/index']),
        'pages/index/index.js': `Page({
  onLoad() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => this.setData({ res }),
      fail: () => {
        wx.showModal({
          title: '需要定位',
          content: '请在设置中开启定位以显示附近门店',
          showCancel: false,
          confirmText: '去设置',
          success: () => wx.openSetting(),
        });
      },
    });
  },
});
`,
      },
      [],
    );
  });

  it('B10 uni-app: uni.authorize fail → uni.showModal with cancel; confirm opens settings', async () => {
    await expectFindings(
      {
        ...UNI(['pages/scan/scan']),
        'pages/scan/scan.vue': `<template><button @click="scan">扫码</button></template>
<script>
export default {
  methods: {
    scan() {
      uni.authorize({
        scope: 'scope.camera',
        success: () => uni.scanCode({}),
        fail: () => {
          uni.showModal({
            title: '相机未授权',
            content: '你可以手动输入条码，或去设置中开启相机',
            cancelText: '手动输入',
            confirmText: '去设置',
            success: (res) => {
              if (res.confirm) uni.openSetting({});
              else uni.navigateTo({ url: '/pages/scan/manual' });
            },
          });
        },
      });
    },
  },
};
</script>
`,
      },
      [],
    );
  });

  it('B11 Taro: promise chain, rejection → Taro.showModal whose confirm opens settings (cancel keeps the page)', async () => {
    await expectFindings(
      {
        ...TARO,
        'src/pages/index/index.tsx': `import Taro from '@tarojs/taro';
import { Button } from '@tarojs/components';

export default function Index() {
  const locate = () => {
    Taro.getLocation({ type: 'gcj02' })
      .then((res) => console.log(res.latitude))
      .catch(() =>
        Taro.showModal({ title: '未授权定位', content: '可以在设置中开启，也可以手动选择城市' }).then((r) => {
          if (r.confirm) Taro.openSetting();
        }),
      );
  };
  return <Button onClick={locate}>附近活动</Button>;
}
`,
      },
      [],
    );
  });

  it('B12 Capacitor: a local exitApp() that closes the scanner panel on denial (lookalike)', async () => {
    await expectFindings(
      {
        ...CAPACITOR,
        'src/pages/ScanPage.tsx': `import { useState } from 'react';
import { Camera } from '@capacitor/camera';

export function ScanPage() {
  const [panelOpen, setPanelOpen] = useState(false);
  const exitApp = () => setPanelOpen(false);
  const scan = async () => {
    setPanelOpen(true);
    const permission = await Camera.requestPermissions({ permissions: ['camera'] });
    if (permission.camera === 'denied') {
      exitApp();
      return;
    }
  };
  return <button onClick={scan}>{panelOpen ? 'Scanning' : 'Scan parcel'}</button>;
}
`,
      },
      [],
    );
  });

  it('B13 HarmonyOS: denial → two-button showDialog, "去设置" opens requestPermissionOnSetting', async () => {
    await expectFindings(
      {
        ...HARMONY,
        'entry/src/main/ets/common/CameraUtil.ets': `import { abilityAccessCtrl, common } from '@kit.AbilityKit';
import { promptAction } from '@kit.ArkUI';

export async function ensureCamera(context: common.UIAbilityContext): Promise<boolean> {
  const atManager = abilityAccessCtrl.createAtManager();
  const result = await atManager.requestPermissionsFromUser(context, ['ohos.permission.CAMERA']);
  if (result.authResults[0] === 0) return true;
  promptAction.showDialog({
    title: '相机未授权',
    message: '扫码溯源需要相机，你也可以手动输入溯源码',
    buttons: [{ text: '取消', color: '#666666' }, { text: '去设置', color: '#0A59F7' }],
  }).then((res) => {
    if (res.index === 1) atManager.requestPermissionOnSetting(context, ['ohos.permission.CAMERA']);
  });
  return false;
}
`,
      },
      [],
    );
  });

  it('B14 Expo: canAskAgain false → Alert with "Not now" and "Open Settings" (Linking.openSettings)', async () => {
    await expectFindings(
      {
        ...EXPO(),
        'app/venue.tsx': `import * as Location from 'expo-location';
import { Alert, Button, Linking } from 'react-native';

export default function Venue() {
  const checkIn = async () => {
    const { status, canAskAgain } = await Location.requestForegroundPermissionsAsync();
    if (status === 'granted') {
      await Location.getCurrentPositionAsync({});
      return;
    }
    if (!canAskAgain) {
      Alert.alert('Location is off', 'Turn it on in Settings to check in automatically, or pick the gate by hand.', [
        { text: 'Not now', style: 'cancel' },
        { text: 'Open Settings', onPress: () => Linking.openSettings() },
      ]);
    }
  };
  return <Button title="Check in" onPress={checkIn} />;
}
`,
      },
      [],
    );
  });

  it('B15 RN: a one-button Alert whose "OK" goes back to the previous screen', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/QrScreen.tsx': `import { useEffect } from 'react';
import { Alert } from 'react-native';
import { PERMISSIONS, RESULTS, request } from 'react-native-permissions';

export function QrScreen({ navigation }: { navigation: { goBack(): void } }) {
  useEffect(() => {
    request(PERMISSIONS.IOS.CAMERA).then((result) => {
      if (result !== RESULTS.GRANTED) {
        Alert.alert('No camera', 'Scanning needs the camera. You can add the ticket by its number.', [{ text: 'OK', onPress: () => navigation.goBack() }]);
      }
    });
  }, []);
  return null;
}
`,
      },
      [],
    );
  });

  it('B16 WeChat: a local helper named quitApp that only hides a popup is not an exit', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/index/index']),
        'pages/index/index.js': `Page({
  data: { showScanner: false },
  quitApp() {
    this.setData({ showScanner: false });
  },
  onTapScan() {
    this.setData({ showScanner: true });
    wx.authorize({
      scope: 'scope.camera',
      fail: () => this.quitApp(),
    });
  },
});
`,
        'pages/index/index.wxml': `<button bindtap="onTapScan">扫码</button>\n`,
      },
      [],
    );
  });

  it('B17 CONTROL Expo: quitting when location is refused is flagged', async () => {
    await expectFindings(
      {
        ...EXPO(),
        'app/gate.tsx': `import * as Location from 'expo-location';
import { BackHandler, Button } from 'react-native';

export default function Gate() {
  const go = async () => {
    const { status } = await Location.requestForegroundPermissionsAsync();
    if (status !== 'granted') {
      BackHandler.exitApp();
    }
  };
  return <Button title="Go" onPress={go} />;
}
`,
      },
      ['app/gate.tsx:8 no-block-on-denial'],
    );
  });

  it('B18 CONTROL WeChat: onShow Settings-only modal with no cancel is flagged', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/index/index']),
        'pages/index/index.js': `Page({
  onShow() {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation'] === false) {
          wx.showModal({
            title: '提示',
            content: '需要位置权限才能使用',
            showCancel: false,
            success: () => wx.openSetting(),
          });
        }
      },
    });
  },
});
`,
      },
      ['pages/index/index.js:6 no-block-on-denial'],
    );
  });

  it('B19 CONTROL uni-app: plus.runtime.quit on camera refusal is flagged', async () => {
    await expectFindings(
      {
        ...UNI(['pages/meal/scan']),
        'pages/meal/scan.vue': `<template><button @click="scan">扫码</button></template>
<script>
export default {
  methods: {
    scan() {
      uni.authorize({
        scope: 'scope.camera',
        fail: () => plus.runtime.quit(),
      })
    },
  },
}
</script>
`,
      },
      ['pages/meal/scan.vue:8 no-block-on-denial'],
    );
  });
});

describe('adversarial: no-block-on-denial (2)', () => {
  it('B20 Expo: denial Alert offers "Pick from library" (a different permission) or "Try again"', async () => {
    await expectFindings(
      {
        ...EXPO(),
        'app/avatar.tsx': `import * as ImagePicker from 'expo-image-picker';
import { Alert, Button } from 'react-native';

export default function Avatar() {
  const pickFromLibrary = async () => {
    const { granted } = await ImagePicker.requestMediaLibraryPermissionsAsync();
    if (granted) await ImagePicker.launchImageLibraryAsync({ mediaTypes: ImagePicker.MediaTypeOptions.Images });
  };
  const takePhoto = async () => {
    const { granted } = await ImagePicker.requestCameraPermissionsAsync();
    if (granted) {
      await ImagePicker.launchCameraAsync({});
      return;
    }
    Alert.alert('Camera is off', 'You can pick a photo from your library instead.', [
      { text: 'Pick from library', onPress: pickFromLibrary },
      { text: 'Try again', onPress: takePhoto },
    ]);
  };
  return <Button title="Take a photo" onPress={takePhoto} />;
}
`,
      },
      [],
    );
  });

  it('B21 RN: a denial Alert with "Quit" next to a handler-less "Continue without location" (the user chooses)', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/Tracker.tsx': `import { Alert, BackHandler, PermissionsAndroid } from 'react-native';

export async function startTracking() {
  const result = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.ACCESS_FINE_LOCATION, {
    title: 'Location',
    message: 'Track your run on the map.',
    buttonPositive: 'OK',
  });
  if (result !== PermissionsAndroid.RESULTS.GRANTED) {
    Alert.alert('Location is off', 'Runs will be recorded without a map.', [
      { text: 'Quit', onPress: () => BackHandler.exitApp() },
      { text: 'Continue without location', style: 'cancel' },
    ]);
  }
}
`,
      },
      [],
    );
  });

  it('B22 WeChat: onShow Settings-only modal that is shown once (a stored "already shown" flag stops it coming back)', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/index/index']),
        'pages/index/index.js': `Page({
  onShow() {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation'] !== false) return;
        if (wx.getStorageSync('locationSettingsPromptShown')) return;
        wx.setStorageSync('locationSettingsPromptShown', true);
        wx.showModal({
          title: '提示',
          content: '定位已关闭，可在设置中开启以显示附近门店',
          showCancel: false,
          confirmText: '去设置',
          success: () => wx.openSetting(),
        });
      },
    });
  },
});
`,
      },
      [],
    );
  });

  it('B23 WeChat: a "退出" button the user taps on the denial screen (bindtap)', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/index/index']),
        'pages/index/index.js': `Page({
  data: { denied: false },
  onTapScan() {
    wx.authorize({
      scope: 'scope.camera',
      success: () => wx.scanCode({}),
      fail: () => this.setData({ denied: true }),
    });
  },
  onTapQuit() {
    wx.exitMiniProgram();
  },
});
`,
        'pages/index/index.wxml': `<button bindtap="onTapScan">扫码点餐</button>
<view wx:if="{{denied}}">未授权相机，可以让店员帮你点餐<button bindtap="onTapQuit">退出</button></view>
`,
      },
      [],
    );
  });

  it('B24 RN: reset to the Home stack with a "showManualEntry" param after denial', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/Onboarding.tsx': `import { CommonActions } from '@react-navigation/native';
import { PERMISSIONS, RESULTS, request } from 'react-native-permissions';

export async function finishOnboarding(navigation: { dispatch(a: unknown): void }) {
  const result = await request(PERMISSIONS.IOS.LOCATION_WHEN_IN_USE);
  navigation.dispatch(
    CommonActions.reset({
      index: 0,
      routes: [{ name: 'Home', params: { manualCity: result !== RESULTS.GRANTED } }],
    }),
  );
}
`,
      },
      [],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// no-repeat-request-after-denial

describe('adversarial: no-repeat-request-after-denial', () => {
  it('R01 RN: retry only from a "Try again" button rendered for the denied state', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/ScanScreen.tsx': `import { useState } from 'react';
import { Button, Text, View } from 'react-native';
import { PERMISSIONS, RESULTS, request } from 'react-native-permissions';

export function ScanScreen() {
  const [denied, setDenied] = useState(false);
  const askCamera = async () => {
    const result = await request(PERMISSIONS.IOS.CAMERA);
    setDenied(result !== RESULTS.GRANTED);
  };
  return (
    <View>
      {denied && <Text>Scanning needs the camera.</Text>}
      <Button title={denied ? 'Try again' : 'Scan'} onPress={askCamera} />
    </View>
  );
}
`,
      },
      [],
    );
  });

  it('R02 RN: AppState "change" only re-reads the status after the user comes back from Settings', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/CameraGate.tsx': `import { useEffect, useRef, useState } from 'react';
import { AppState, Button, Linking } from 'react-native';
import { PERMISSIONS, RESULTS, check } from 'react-native-permissions';

export function CameraGate({ children }: { children: React.ReactNode }) {
  const [status, setStatus] = useState<string>(RESULTS.DENIED);
  const wentToSettings = useRef(false);
  useEffect(() => {
    check(PERMISSIONS.IOS.CAMERA).then(setStatus);
    const sub = AppState.addEventListener('change', async (next) => {
      if (next !== 'active' || !wentToSettings.current) return;
      wentToSettings.current = false;
      setStatus(await check(PERMISSIONS.IOS.CAMERA));
    });
    return () => sub.remove();
  }, []);
  if (status === RESULTS.GRANTED) return <>{children}</>;
  return (
    <Button
      title="Open Settings"
      onPress={() => {
        wentToSettings.current = true;
        Linking.openSettings();
      }}
    />
  );
}
`,
      },
      [],
    );
  });

  it('R03 WeChat: onShow only asks where getSetting says the scope is authorised', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/index/index']),
        'pages/index/index.js': `Page({
  onShow() {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation']) {
          wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ loc }) });
        }
      },
    });
  },
});
`,
      },
      [],
    );
  });

  it('R04 WeChat: retry from a bindtap button after a refusal, settings from the modal confirm', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/index/index']),
        'pages/index/index.js': `Page({
  data: { refused: false },
  onTapLocate() {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation'] === false) {
          wx.showModal({
            content: '定位已关闭，是否去设置开启？',
            success: (r) => {
              if (r.confirm) wx.openSetting();
            },
          });
          return;
        }
        wx.getLocation({
          type: 'gcj02',
          success: (loc) => this.setData({ loc, refused: false }),
          fail: () => this.setData({ refused: true }),
        });
      },
    });
  },
});
`,
        'pages/index/index.wxml': `<button bindtap="onTapLocate">{{refused ? '重新定位' : '定位'}}</button>\n`,
      },
      [],
    );
  });

  it('R05 uni-app: onShow → method with a stored 48-hour cooldown before asking', async () => {
    await expectFindings(
      {
        ...UNI(['pages/index/index']),
        'pages/index/index.vue': `<template><view>{{ city }}</view></template>
<script>
const TWO_DAYS = 48 * 3600 * 1000
export default {
  data() {
    return { city: '' }
  },
  onShow() {
    this.tryLocate()
  },
  methods: {
    tryLocate() {
      const refusedAt = uni.getStorageSync('location_refused_at')
      if (refusedAt && Date.now() - refusedAt < TWO_DAYS) return
      uni.getLocation({
        type: 'gcj02',
        success: (res) => { this.city = res.latitude + ',' + res.longitude },
        fail: () => uni.setStorageSync('location_refused_at', Date.now()),
      })
    },
  },
}
</script>
`,
      },
      [],
    );
  });

  it('R06 RN: setInterval reads the position only after the permission was granted', async () => {
    await expectFindings(
      {
        ...RN({ '@react-native-community/geolocation': '3.2.1' }),
        'src/Tracker.ts': `import Geolocation from '@react-native-community/geolocation';
import { PermissionsAndroid } from 'react-native';

let timer: ReturnType<typeof setInterval> | undefined;

export async function startTracking(onFix: (lat: number, lng: number) => void) {
  const result = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.ACCESS_FINE_LOCATION, {
    title: 'Location',
    message: 'Show your run on the map.',
    buttonPositive: 'OK',
  });
  if (result !== PermissionsAndroid.RESULTS.GRANTED) return;
  timer = setInterval(() => {
    Geolocation.getCurrentPosition((pos) => onFix(pos.coords.latitude, pos.coords.longitude));
  }, 5000);
}

export function stopTracking() {
  if (timer) clearInterval(timer);
}
`,
      },
      [],
    );
  });

  it('R07 Expo: polling that reads the status first and stops when it is not granted', async () => {
    await expectFindings(
      {
        ...EXPO(),
        'app/live.tsx': `import { useEffect, useState } from 'react';
import * as Location from 'expo-location';
import { Text } from 'react-native';

async function refresh(set: (s: string) => void) {
  const { status } = await Location.getForegroundPermissionsAsync();
  if (status !== 'granted') return;
  const pos = await Location.getCurrentPositionAsync({});
  set(pos.coords.latitude.toFixed(3));
}

export default function Live() {
  const [lat, setLat] = useState('');
  useEffect(() => {
    const id = setInterval(() => refresh(setLat), 10000);
    return () => clearInterval(id);
  }, []);
  return <Text>{lat}</Text>;
}
`,
      },
      [],
    );
  });

  it('R08 CONTROL Expo: setInterval that requests every tick is flagged', async () => {
    await expectFindings(
      {
        ...EXPO(),
        'app/poll.tsx': `import { useEffect } from 'react';
import * as Location from 'expo-location';

export default function Poll() {
  useEffect(() => {
    const id = setInterval(async () => {
      await Location.requestForegroundPermissionsAsync();
    }, 10000);
    return () => clearInterval(id);
  }, []);
  return null;
}
`,
      },
      ['app/poll.tsx:7 no-repeat-request-after-denial'],
    );
  });

  it('R09 Expo: camera refused → ask for the photo library instead (a different permission)', async () => {
    await expectFindings(
      {
        ...EXPO(),
        'app/receipt.tsx': `import * as ImagePicker from 'expo-image-picker';
import { Button } from 'react-native';

export default function Receipt() {
  const addReceipt = async () => {
    const camera = await ImagePicker.requestCameraPermissionsAsync();
    if (camera.granted) {
      await ImagePicker.launchCameraAsync({});
      return;
    }
    const library = await ImagePicker.requestMediaLibraryPermissionsAsync();
    if (library.granted) await ImagePicker.launchImageLibraryAsync({});
  };
  return <Button title="Add receipt" onPress={addReceipt} />;
}
`,
      },
      [],
    );
  });

  it('R10 RN: first request after check() says DENIED (never asked) is not a repeat', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/mic.ts': `import { PERMISSIONS, RESULTS, check, request } from 'react-native-permissions';

export async function ensureMicrophone(): Promise<boolean> {
  const status = await check(PERMISSIONS.IOS.MICROPHONE);
  if (status === RESULTS.GRANTED) return true;
  if (status === RESULTS.BLOCKED || status === RESULTS.UNAVAILABLE) return false;
  const result = await request(PERMISSIONS.IOS.MICROPHONE);
  return result === RESULTS.GRANTED;
}
`,
      },
      [],
    );
  });

  it('R11 RN: name collisions — a local HTTP request() and an in-app openSettings() in the denial branch', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/api.ts': `export async function request(path: string, body: unknown) {\n  return fetch('https://example.com' + path, { method: 'POST', body: JSON.stringify(body) });\n}\n`,
        'src/Contacts.tsx': `import { PERMISSIONS, RESULTS, request as askPermission } from 'react-native-permissions';
import { request } from './api';

export async function importContacts(navigation: { navigate(n: string): void }) {
  const openSettings = () => navigation.navigate('AppSettings');
  const result = await askPermission(PERMISSIONS.IOS.CONTACTS);
  if (result === RESULTS.BLOCKED || result === RESULTS.DENIED) {
    await request('/analytics', { event: 'contacts_denied' });
    openSettings();
    return;
  }
  navigation.navigate('ContactPicker');
}
`,
      },
      [],
    );
  });

  it('R12 WeChat: name collision — a local authorize() (account login) in getLocation fail', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/index/index']),
        'utils/auth.js': `export function authorize() {\n  return new Promise((resolve) => wx.login({ success: (r) => resolve(r.code) }));\n}\n`,
        'pages/index/index.js': `import { authorize } from '../../utils/auth';

Page({
  onTapNearby() {
    wx.getLocation({
      type: 'gcj02',
      success: (loc) => this.setData({ loc }),
      fail: () => {
        authorize().then((code) => this.setData({ code, manualCity: true }));
      },
    });
  },
});
`,
        'pages/index/index.wxml': `<button bindtap="onTapNearby">附近</button>\n`,
      },
      [],
    );
  });

  it('R13 HarmonyOS: onPageShow only reads the status with checkAccessToken', async () => {
    await expectFindings(
      {
        ...HARMONY,
        'entry/src/main/ets/pages/Index.ets': `import { abilityAccessCtrl, bundleManager } from '@kit.AbilityKit';

@Entry
@Component
struct Index {
  @State cameraOn: boolean = false;

  async onPageShow() {
    const atManager = abilityAccessCtrl.createAtManager();
    const info = await bundleManager.getBundleInfoForSelf(bundleManager.BundleFlag.GET_BUNDLE_FLAG_WITH_APPLICATION);
    const status = await atManager.checkAccessToken(info.appInfo.accessTokenId, 'ohos.permission.CAMERA');
    this.cameraOn = status === abilityAccessCtrl.GrantStatus.PERMISSION_GRANTED;
  }

  build() {
    Column() {
      Text(this.cameraOn ? '相机已开启' : '相机未开启')
    }
  }
}
`,
      },
      [],
    );
  });

  it('R14 Expo: useFocusEffect asks only while the OS has no answer on record (status "undetermined")', async () => {
    await expectFindings(
      {
        ...EXPO(),
        'app/venue.tsx': `import { useCallback } from 'react';
import { useFocusEffect } from 'expo-router';
import * as Location from 'expo-location';

export default function Venue() {
  useFocusEffect(
    useCallback(() => {
      (async () => {
        const { status } = await Location.getForegroundPermissionsAsync();
        if (status !== 'undetermined') return;
        await Location.requestForegroundPermissionsAsync();
      })();
    }, []),
  );
  return null;
}
`,
      },
      [],
    );
  });

  it('R15 Web: visibilitychange asks only while the browser has no answer ("default")', async () => {
    await expectFindings(
      {
        ...WEB,
        'src/alerts.ts': `document.addEventListener('visibilitychange', () => {
  if (document.visibilityState !== 'visible') return;
  if (Notification.permission !== 'default') return;
  Notification.requestPermission();
});
`,
      },
      [],
    );
  });

  it('R16 Capacitor: resume asks only while the state is "prompt" (never answered)', async () => {
    await expectFindings(
      {
        ...CAPACITOR,
        'src/services/tracking.ts': `import { App } from '@capacitor/app';
import { Geolocation } from '@capacitor/geolocation';

App.addListener('resume', async () => {
  const status = await Geolocation.checkPermissions();
  if (status.location === 'prompt') {
    await Geolocation.requestPermissions({ permissions: ['location'] });
  }
});
`,
      },
      [],
    );
  });

  it('R17 WeChat: onShow asks only when the scope was never asked (authSetting undefined)', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/index/index']),
        'pages/index/index.js': `Page({
  onShow() {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation'] !== undefined) return;
        wx.authorize({ scope: 'scope.userLocation', success: () => this.locate() });
      },
    });
  },
  locate() {
    wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ loc }) });
  },
});
`,
      },
      [],
    );
  });

  it('R18 RN: AppState "change" re-request after Settings only when the status read says not yet blocked, with a stored cooldown', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/useLocationPrompt.ts': `import { useEffect } from 'react';
import { AppState } from 'react-native';
import AsyncStorage from '@react-native-async-storage/async-storage';
import { PERMISSIONS, RESULTS, check, request } from 'react-native-permissions';

const COOLDOWN = 48 * 3600 * 1000;

export function useLocationPrompt() {
  useEffect(() => {
    const sub = AppState.addEventListener('change', async (state) => {
      if (state !== 'active') return;
      const status = await check(PERMISSIONS.IOS.LOCATION_WHEN_IN_USE);
      if (status !== RESULTS.DENIED) return;
      const last = Number(await AsyncStorage.getItem('location.lastAskedAt'));
      if (last && Date.now() - last < COOLDOWN) return;
      await AsyncStorage.setItem('location.lastAskedAt', String(Date.now()));
      await request(PERMISSIONS.IOS.LOCATION_WHEN_IN_USE);
    });
    return () => sub.remove();
  }, []);
}
`,
      },
      [],
    );
  });

  it('R19 CONTROL Expo: useFocusEffect request with no remembered denial is flagged', async () => {
    await expectFindings(
      {
        ...EXPO(),
        'app/venue.tsx': `import { useCallback } from 'react';
import { useFocusEffect } from 'expo-router';
import * as Location from 'expo-location';

export default function Venue() {
  useFocusEffect(
    useCallback(() => {
      Location.requestForegroundPermissionsAsync();
    }, []),
  );
  return null;
}
`,
      },
      ['app/venue.tsx:8 no-repeat-request-after-denial'],
    );
  });

  it('R20 CONTROL RN: recursive re-ask on denial and openSettings on its own are flagged', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/camera.ts': `import { PERMISSIONS, RESULTS, openSettings, request } from 'react-native-permissions';

export async function askCamera(): Promise<boolean> {
  const result = await request(PERMISSIONS.IOS.CAMERA);
  if (result === RESULTS.DENIED) return askCamera();
  if (result === RESULTS.BLOCKED) await openSettings();
  return result === RESULTS.GRANTED;
}
`,
      },
      ['src/camera.ts:5 no-repeat-request-after-denial', 'src/camera.ts:6 no-repeat-request-after-denial'],
    );
  });

  it('R21 WeChat: openSetting success asks again only when authSetting now grants the scope', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/index/index']),
        'pages/index/index.js': `Page({
  onTapLocate() {
    wx.getLocation({
      type: 'gcj02',
      success: (loc) => this.setData({ loc }),
      fail: () => {
        wx.showModal({
          content: '需要定位才能显示附近门店，是否去设置？',
          success: (r) => {
            if (!r.confirm) return;
            wx.openSetting({
              success: (s) => {
                if (s.authSetting['scope.userLocation']) this.onTapLocate();
              },
            });
          },
        });
      },
    });
  },
});
`,
        'pages/index/index.wxml': `<button bindtap="onTapLocate">定位</button>\n`,
      },
      [],
    );
  });

  it('R22 Taro: useDidShow reads getSetting and only locates where authorised; button asks', async () => {
    await expectFindings(
      {
        ...TARO,
        'src/pages/index/index.tsx': `import Taro, { useDidShow } from '@tarojs/taro';
import { Button } from '@tarojs/components';
import { useState } from 'react';

export default function Index() {
  const [city, setCity] = useState('');
  useDidShow(async () => {
    const { authSetting } = await Taro.getSetting();
    if (!authSetting['scope.userLocation']) return;
    const loc = await Taro.getLocation({ type: 'gcj02' });
    setCity(String(loc.latitude));
  });
  return <Button onClick={() => Taro.getLocation({ type: 'gcj02' }).then((l) => setCity(String(l.latitude)))}>{city || '定位'}</Button>;
}
`,
      },
      [],
    );
  });
});

describe('adversarial: no-repeat-request-after-denial (2)', () => {
  it('R23 WeChat: onShow with the doc\'s own "=== false → return" check, then authorize whose success locates', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/index/index']),
        'pages/index/index.js': `Page({
  onShow() {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation'] === false) return;
        wx.authorize({ scope: 'scope.userLocation', success: () => this.locate() });
      },
    });
  },
  locate() {
    wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ loc }) });
  },
});
`,
      },
      [],
    );
  });

  it('R24 Taro: useDidShow with getSetting (res.authSetting, early return) then getLocation', async () => {
    await expectFindings(
      {
        ...TARO,
        'src/pages/index/index.tsx': `import Taro, { useDidShow } from '@tarojs/taro';

export default function Index() {
  useDidShow(async () => {
    const res = await Taro.getSetting();
    if (!res.authSetting['scope.userLocation']) return;
    const loc = await Taro.getLocation({ type: 'gcj02' });
    console.log(loc.latitude);
  });
  return null;
}
`,
      },
      [],
    );
  });

  it('R25 WeChat: onShow, callback style, destructured authSetting with early return', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/index/index']),
        'pages/index/index.js': `Page({
  onShow() {
    wx.getSetting({
      success: ({ authSetting }) => {
        if (!authSetting['scope.userLocation']) return;
        wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ loc }) });
      },
    });
  },
});
`,
      },
      [],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// require-request-rationale

describe('adversarial: require-request-rationale', () => {
  it('Q01 RN: rationale object kept in a constant', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/camera.ts': `import { PermissionsAndroid } from 'react-native';

const CAMERA_RATIONALE = {
  title: 'Camera',
  message: 'Trail Pass scans the QR code on your ticket.',
  buttonPositive: 'Continue',
  buttonNegative: 'Not now',
};

export async function askCamera() {
  const result = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA, CAMERA_RATIONALE);
  return result === PermissionsAndroid.RESULTS.GRANTED;
}
`,
      },
      [],
    );
  });

  it('Q02 RN: a custom purpose dialog (imported helper showCameraRationale) awaited before request()', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/dialogs.ts': `import { Alert } from 'react-native';
export function showCameraRationale(): Promise<boolean> {
  return new Promise((resolve) =>
    Alert.alert('Camera', 'Scan the QR code on your ticket.', [
      { text: 'Not now', style: 'cancel', onPress: () => resolve(false) },
      { text: 'Continue', onPress: () => resolve(true) },
    ]),
  );
}
`,
        'src/camera.ts': `import { PERMISSIONS, RESULTS, request } from 'react-native-permissions';
import { showCameraRationale } from './dialogs';

export async function askCamera() {
  const ok = await showCameraRationale();
  if (!ok) return false;
  return (await request(PERMISSIONS.ANDROID.CAMERA)) === RESULTS.GRANTED;
}
`,
      },
      [],
    );
  });

  it('Q03 RN: requestWithRationale() helper in another module passes the rationale through', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/permissions/requestWithRationale.ts': `import { PermissionsAndroid, type Permission, type Rationale } from 'react-native';

export async function requestWithRationale(permission: Permission, rationale: Rationale): Promise<boolean> {
  const result = await PermissionsAndroid.request(permission, rationale);
  return result === PermissionsAndroid.RESULTS.GRANTED;
}
`,
        'src/screens/Voice.tsx': `import { PermissionsAndroid, Button } from 'react-native';
import { requestWithRationale } from '../permissions/requestWithRationale';

export function Voice() {
  const record = () =>
    requestWithRationale(PermissionsAndroid.PERMISSIONS.RECORD_AUDIO, {
      title: 'Microphone',
      message: 'Record a voice note for your trip diary.',
      buttonPositive: 'OK',
    });
  return <Button title="Record" onPress={record} />;
}
`,
      },
      [],
    );
  });

  it('Q04 RN: one request for FINE + COARSE location after an Alert', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/locate.ts': `import { Alert, PermissionsAndroid } from 'react-native';

export function locate(onResult: (ok: boolean) => void) {
  Alert.alert('Location', 'Show trails near you.', [
    { text: 'Not now', style: 'cancel' },
    {
      text: 'Continue',
      onPress: async () => {
        const r = await PermissionsAndroid.requestMultiple([
          PermissionsAndroid.PERMISSIONS.ACCESS_FINE_LOCATION,
          PermissionsAndroid.PERMISSIONS.ACCESS_COARSE_LOCATION,
        ]);
        onResult(r[PermissionsAndroid.PERMISSIONS.ACCESS_COARSE_LOCATION] === PermissionsAndroid.RESULTS.GRANTED);
      },
    },
  ]);
}
`,
      },
      [],
    );
  });

  it('Q05 RN: one request for CAMERA + RECORD_AUDIO for a video after an Alert', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/video.ts': `import { Alert, PermissionsAndroid } from 'react-native';

export function recordVideo(start: () => void) {
  Alert.alert('Trail video', 'Recording a video needs the camera and the microphone.', [
    { text: 'Not now', style: 'cancel' },
    {
      text: 'Continue',
      onPress: () =>
        PermissionsAndroid.requestMultiple([PermissionsAndroid.PERMISSIONS.CAMERA, PermissionsAndroid.PERMISSIONS.RECORD_AUDIO]).then((r) => {
          if (Object.values(r).every((v) => v === PermissionsAndroid.RESULTS.GRANTED)) start();
        }),
    },
  ]);
}
`,
      },
      [],
    );
  });

  it('Q06 RN: voice memo — RECORD_AUDIO + storage to save the recording (one feature), after an Alert', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/memo.ts': `import { Alert, PermissionsAndroid } from 'react-native';

export function recordMemo(start: () => void) {
  Alert.alert('Voice memo', 'Recording needs the microphone, and saving the memo to your phone needs storage.', [
    { text: 'Not now', style: 'cancel' },
    {
      text: 'Continue',
      onPress: async () => {
        const grants = await PermissionsAndroid.requestMultiple([
          PermissionsAndroid.PERMISSIONS.RECORD_AUDIO,
          PermissionsAndroid.PERMISSIONS.WRITE_EXTERNAL_STORAGE,
          PermissionsAndroid.PERMISSIONS.READ_EXTERNAL_STORAGE,
        ]);
        if (Object.values(grants).every((g) => g === PermissionsAndroid.RESULTS.GRANTED)) start();
      },
    },
  ]);
}
`,
      },
      [],
    );
  });

  it('Q07 RN: Wi-Fi provisioning — FINE_LOCATION (Android ≤12) + NEARBY_WIFI_DEVICES (13+) for the same scan, after an Alert', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/wifi.ts': `import { Alert, PermissionsAndroid } from 'react-native';

export function scanWifi(scan: () => void) {
  Alert.alert('Find your plug', 'Scanning for the smart plug\\'s Wi-Fi network needs these permissions.', [
    { text: 'Not now', style: 'cancel' },
    {
      text: 'Continue',
      onPress: async () => {
        const grants = await PermissionsAndroid.requestMultiple([
          PermissionsAndroid.PERMISSIONS.ACCESS_FINE_LOCATION,
          PermissionsAndroid.PERMISSIONS.NEARBY_WIFI_DEVICES,
        ]);
        if (Object.values(grants).some((g) => g === PermissionsAndroid.RESULTS.GRANTED)) scan();
      },
    },
  ]);
}
`,
      },
      [],
    );
  });

  it('Q08 RN: BLE — BLUETOOTH_SCAN + BLUETOOTH_CONNECT + FINE_LOCATION after an Alert', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/ble.ts': `import { Alert, PermissionsAndroid } from 'react-native';

export function pairBand(scan: () => void) {
  Alert.alert('Pair your band', 'Finding the band over Bluetooth needs these permissions.', [
    { text: 'Not now', style: 'cancel' },
    {
      text: 'Continue',
      onPress: async () => {
        await PermissionsAndroid.requestMultiple([
          PermissionsAndroid.PERMISSIONS.BLUETOOTH_SCAN,
          PermissionsAndroid.PERMISSIONS.BLUETOOTH_CONNECT,
          PermissionsAndroid.PERMISSIONS.ACCESS_FINE_LOCATION,
        ]);
        scan();
      },
    },
  ]);
}
`,
      },
      [],
    );
  });

  it('Q09 RN: gallery — READ_MEDIA_IMAGES + READ_MEDIA_VIDEO after an Alert', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/gallery.ts': `import { Alert, PermissionsAndroid } from 'react-native';

export function openGallery(open: () => void) {
  Alert.alert('Gallery', 'Show your photos and videos to attach to the post.', [
    { text: 'Not now', style: 'cancel' },
    {
      text: 'Continue',
      onPress: () =>
        PermissionsAndroid.requestMultiple([PermissionsAndroid.PERMISSIONS.READ_MEDIA_IMAGES, PermissionsAndroid.PERMISSIONS.READ_MEDIA_VIDEO]).then(open),
    },
  ]);
}
`,
      },
      [],
    );
  });

  it('Q10 CONTROL RN: camera + contacts + location in one requestMultiple after an Alert is bundled', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/onboarding.ts': `import { Alert } from 'react-native';
import { PERMISSIONS, requestMultiple } from 'react-native-permissions';

export function askEverything() {
  Alert.alert('Welcome', 'Trail Notes works best with a few permissions.', [
    { text: 'Later', style: 'cancel' },
    { text: 'OK', onPress: () => requestMultiple([PERMISSIONS.ANDROID.CAMERA, PERMISSIONS.ANDROID.READ_CONTACTS, PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION]) },
  ]);
}
`,
      },
      ['src/onboarding.ts:7 require-request-rationale'],
    );
  });

  it('Q11 CONTROL RN: a bare PermissionsAndroid.request(CAMERA) is flagged', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/scan.ts': `import { PermissionsAndroid } from 'react-native';

export async function scan() {
  return (await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA)) === PermissionsAndroid.RESULTS.GRANTED;
}
`,
      },
      ['src/scan.ts:4 require-request-rationale'],
    );
  });

  it('Q12 RN: Platform.select camera request after Alert confirm (react-native-permissions)', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/scan.ts': `import { Alert, Platform } from 'react-native';
import { PERMISSIONS, RESULTS, request } from 'react-native-permissions';

const CAMERA = Platform.select({ ios: PERMISSIONS.IOS.CAMERA, android: PERMISSIONS.ANDROID.CAMERA, default: PERMISSIONS.ANDROID.CAMERA });

export function scan(onGranted: () => void) {
  Alert.alert('Camera', 'Scan the ticket QR code.', [
    { text: 'Not now', style: 'cancel' },
    { text: 'Continue', onPress: () => request(CAMERA).then((r) => r === RESULTS.GRANTED && onGranted()) },
  ]);
}
`,
      },
      [],
    );
  });

  it('Q13 RN: a purpose banner flag set right before the request (setShowPermissionTip(true))', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/Scan.tsx': `import { useState } from 'react';
import { Button, PermissionsAndroid, Text, View } from 'react-native';

export function Scan() {
  const [showPermissionTip, setShowPermissionTip] = useState(false);
  const ask = async () => {
    setShowPermissionTip(true);
    await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA);
    setShowPermissionTip(false);
  };
  return (
    <View>
      {showPermissionTip && <Text>相机权限使用说明：用于扫描取件码</Text>}
      <Button title="Scan" onPress={ask} />
    </View>
  );
}
`,
      },
      [],
    );
  });

  it('Q14 HarmonyOS: LOCATION + APPROXIMATELY_LOCATION, CAMERA + MICROPHONE (video call)', async () => {
    await expectFindings(
      {
        ...HARMONY,
        'entry/src/main/ets/common/PermissionUtil.ets': `import { abilityAccessCtrl, common } from '@kit.AbilityKit';

export function locate(context: common.UIAbilityContext) {
  return abilityAccessCtrl.createAtManager().requestPermissionsFromUser(context, ['ohos.permission.APPROXIMATELY_LOCATION', 'ohos.permission.LOCATION']);
}

export function videoCall(context: common.UIAbilityContext) {
  return abilityAccessCtrl.createAtManager().requestPermissionsFromUser(context, ['ohos.permission.CAMERA', 'ohos.permission.MICROPHONE']);
}
`,
      },
      [],
    );
  });

  it('Q15 Capacitor: Geolocation.requestPermissions for location + coarseLocation', async () => {
    await expectFindings(
      {
        ...CAPACITOR,
        'src/locate.ts': `import { Geolocation } from '@capacitor/geolocation';

export async function locate() {
  const p = await Geolocation.requestPermissions({ permissions: ['location', 'coarseLocation'] });
  if (p.location !== 'granted' && p.coarseLocation !== 'granted') return null;
  return Geolocation.getCurrentPosition();
}
`,
      },
      [],
    );
  });

  it('Q16 uni-app: plus.android.requestPermissions inside uni.showModal confirm', async () => {
    await expectFindings(
      {
        ...UNI(['pages/scan/scan']),
        'pages/scan/scan.vue': `<template><button @click="scan">扫码</button></template>
<script>
export default {
  methods: {
    scan() {
      uni.showModal({
        title: '相机权限说明',
        content: '用于扫描商品条码',
        success: (res) => {
          if (res.confirm) {
            plus.android.requestPermissions(['android.permission.CAMERA'], () => uni.scanCode({}), () => {})
          }
        },
      })
    },
  },
}
</script>
`,
      },
      [],
    );
  });

  // A request helper that asks for what it is handed, and that its own file never calls, is judged by its callers,
  // which other files hold (Sunbird's AndroidPermissionsService, 26c): not at the helper.
  it('Q17 uni-app: DCloud-style permission.js helper; every page calls it after a uni.showModal purpose dialog', async () => {
    await expectFindings(
      {
        ...UNI(['pages/scan/scan']),
        'common/permission.js': `export function requestAndroidPermission(permissionID) {
  return new Promise((resolve) => {
    plus.android.requestPermissions(
      [permissionID],
      (result) => {
        if (result.granted.length > 0) resolve(1)
        else if (result.deniedAlways.length > 0) resolve(-1)
        else resolve(0)
      },
      () => resolve(0),
    )
  })
}

export default { requestAndroidPermission }
`,
        'pages/scan/scan.vue': `<template><button @click="scan">扫码</button></template>
<script>
import permission from '@/common/permission.js'
export default {
  methods: {
    scan() {
      uni.showModal({
        title: '相机权限说明',
        content: '用于扫描商品条码，自动填写商品信息',
        success: async (res) => {
          if (!res.confirm) return
          const granted = await permission.requestAndroidPermission('android.permission.CAMERA')
          if (granted === 1) uni.scanCode({})
        },
      })
    },
  },
}
</script>
`,
      },
      [],
    );
  });

  // Known limit (rules-docs/require-request-rationale.md): callers in other files are not seen; a request helper
  // exported to other modules is judged by itself.
  it('Q18 RN: a requestCamera() module whose only caller asks from an Alert confirm button', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/permissions.ts': `import { PermissionsAndroid } from 'react-native';

export async function requestCamera(): Promise<boolean> {
  const r = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA);
  return r === PermissionsAndroid.RESULTS.GRANTED;
}
`,
        'src/ScanButton.tsx': `import { Alert, Button } from 'react-native';
import { requestCamera } from './permissions';

export function ScanButton({ onGranted }: { onGranted: () => void }) {
  const onPress = () =>
    Alert.alert('Camera', 'We use the camera to scan the QR code on your parcel.', [
      { text: 'Not now', style: 'cancel' },
      { text: 'Continue', onPress: async () => (await requestCamera()) && onGranted() },
    ]);
  return <Button title="Scan parcel" onPress={onPress} />;
}
`,
      },
      ['src/permissions.ts:4 require-request-rationale'],
    );
  });

  it('Q19 Expo/WeChat: requests whose system dialog shows the declared purpose need no prompt', async () => {
    await expectFindings(
      {
        ...EXPO(),
        'app/photo.tsx': `import * as ImagePicker from 'expo-image-picker';
import { Button } from 'react-native';
export default function Photo() {
  return <Button title="Photo" onPress={async () => { await ImagePicker.requestCameraPermissionsAsync(); }} />;
}
`,
      },
      [],
    );
  });

  it('Q20 RN: a custom <Modal> purpose sheet whose "Continue" button runs the request', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/Scan.tsx': `import { useState } from 'react';
import { Button, Modal, PermissionsAndroid, Text, View } from 'react-native';

export function Scan({ onGranted }: { onGranted: () => void }) {
  const [rationaleVisible, setRationaleVisible] = useState(false);
  const onContinue = async () => {
    setRationaleVisible(false);
    const r = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA);
    if (r === PermissionsAndroid.RESULTS.GRANTED) onGranted();
  };
  return (
    <View>
      <Button title="Scan" onPress={() => setRationaleVisible(true)} />
      <Modal visible={rationaleVisible} transparent>
        <Text>We use the camera to scan the QR code on your parcel. Nothing else is recorded.</Text>
        <Button title="Not now" onPress={() => setRationaleVisible(false)} />
        <Button title="Continue" onPress={onContinue} />
      </Modal>
    </View>
  );
}
`,
      },
      [],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// no-preselected-consent

describe('adversarial: no-preselected-consent', () => {
  it('P01 RN: agreement CheckBox bound to agreed = useState(false); "Remember me" starts ticked', async () => {
    await expectFindings(
      {
        ...RN({ '@react-native-community/checkbox': '0.5.17' }),
        'src/Login.tsx': `import { useState } from 'react';
import CheckBox from '@react-native-community/checkbox';
import { Button, Text, View } from 'react-native';

export function Login({ onLogin }: { onLogin: (remember: boolean) => void }) {
  const [agreed, setAgreed] = useState(false);
  const [rememberMe, setRememberMe] = useState(true);
  return (
    <View>
      <View>
        <CheckBox value={rememberMe} onValueChange={setRememberMe} />
        <Text>Remember me</Text>
      </View>
      <View>
        <CheckBox value={agreed} onValueChange={setAgreed} />
        <Text>I have read and agree to the Terms of Service and Privacy Policy</Text>
      </View>
      <Button title="Log in" disabled={!agreed} onPress={() => onLogin(rememberMe)} />
    </View>
  );
}
`,
      },
      [],
    );
  });

  it('P02 WeChat: register page — gender radio starts on "男"; the agreement box is bound to data that starts false', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/register/register']),
        'pages/register/register.wxml': `<view class="form">
  <input placeholder="昵称" bindinput="onNick" />
  <radio-group bindchange="onGender">
    <label><radio value="male" checked />男</label>
    <label><radio value="female" />女</label>
  </radio-group>
  <checkbox-group bindchange="onAgree">
    <label><checkbox value="agree" checked="{{agreed}}" />我已阅读并同意《用户协议》和《隐私政策》</label>
  </checkbox-group>
  <button disabled="{{!agreed}}" bindtap="submit">注册</button>
</view>
`,
        'pages/register/register.js': `Page({
  data: { agreed: false, gender: 'male' },
  onGender(e) { this.setData({ gender: e.detail.value }); },
  onAgree(e) { this.setData({ agreed: e.detail.value.includes('agree') }); },
  submit() {},
});
`,
      },
      [],
    );
  });

  it('P03 uni-app: u-checkbox "自动登录" bound to true, the agreement u-checkbox bound to false', async () => {
    await expectFindings(
      {
        ...UNI(['pages/login/login']),
        'pages/login/login.vue': `<template>
  <view>
    <u-input v-model="phone" placeholder="手机号" />
    <u-checkbox-group>
      <u-checkbox v-model="autoLogin" name="auto">自动登录</u-checkbox>
    </u-checkbox-group>
    <u-checkbox-group>
      <u-checkbox v-model="agreed" name="agree">我已阅读并同意《用户协议》《隐私政策》</u-checkbox>
    </u-checkbox-group>
    <u-button :disabled="!agreed" @click="login">登录</u-button>
  </view>
</template>
<script>
export default {
  data() {
    return { phone: '', autoLogin: true, agreed: false };
  },
  methods: {
    login() {},
  },
};
</script>
`,
      },
      [],
    );
  });

  it('P04 RN (AdMob UMP): a consent *loading* flag that starts true is not consent state', async () => {
    await expectFindings(
      {
        ...RN({ 'react-native-google-mobile-ads': '13.0.0' }),
        'src/ConsentGate.tsx': `import { useEffect, useState } from 'react';
import { ActivityIndicator } from 'react-native';
import { AdsConsent } from 'react-native-google-mobile-ads';

export function ConsentGate({ children }: { children: React.ReactNode }) {
  const [consentLoading, setConsentLoading] = useState(true);
  useEffect(() => {
    AdsConsent.gatherConsent().finally(() => setConsentLoading(false));
  }, []);
  if (consentLoading) return <ActivityIndicator />;
  return <>{children}</>;
}
`,
      },
      [],
    );
  });

  it('P05 Vue (uni-app): isLoadingConsent / consentFetching start true while the saved answer loads', async () => {
    await expectFindings(
      {
        ...UNI(['pages/index/index']),
        'pages/index/index.vue': `<template>
  <view v-if="isLoadingConsent">加载中…</view>
  <view v-else>
    <checkbox-group @change="onChange">
      <label><checkbox value="agree" :checked="agreed" /><text>我已阅读并同意《隐私政策》</text></label>
    </checkbox-group>
  </view>
</template>
<script setup>
import { ref } from 'vue'
const isLoadingConsent = ref(true)
const agreed = ref(false)
uni.getStorage({
  key: 'privacy_agreed',
  success: (res) => { agreed.value = res.data === true },
  complete: () => { isLoadingConsent.value = false },
})
function onChange(e) { agreed.value = e.detail.value.includes('agree') }
</script>
`,
      },
      [],
    );
  });

  it('P06 RN: a settings switch "Remind me before my policy expires" (insurance policy) starts on', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/Settings.tsx': `import { useState } from 'react';
import { Switch, Text, View } from 'react-native';

export function Settings() {
  const [renewalReminder, setRenewalReminder] = useState(true);
  return (
    <View>
      <Text>Remind me before my policy expires</Text>
      <Switch value={renewalReminder} onValueChange={setRenewalReminder} />
    </View>
  );
}
`,
      },
      [],
    );
  });

  it('P07 Web: "Highlight search terms" checkbox starts ticked', async () => {
    await expectFindings(
      {
        ...WEB,
        'src/SearchOptions.tsx': `export function SearchOptions() {
  return (
    <form>
      <label><input type="checkbox" defaultChecked /> Highlight search terms</label>
      <label><input type="checkbox" /> Match whole words</label>
    </form>
  );
}
`,
      },
      [],
    );
  });

  it('P08 Taro: Checkbox "记住我" checked={remember} (true) and agreement checked={agree} (false) with a policy link', async () => {
    await expectFindings(
      {
        ...TARO,
        'src/pages/index/index.tsx': `import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Checkbox, CheckboxGroup, Label, Text, View } from '@tarojs/components';

export default function Index() {
  const [remember, setRemember] = useState(true);
  const [agree, setAgree] = useState(false);
  return (
    <View>
      <CheckboxGroup onChange={(e) => setRemember(e.detail.value.includes('remember'))}>
        <Label><Checkbox value="remember" checked={remember} />记住我</Label>
      </CheckboxGroup>
      <CheckboxGroup onChange={(e) => setAgree(e.detail.value.includes('agree'))}>
        <Label>
          <Checkbox value="agree" checked={agree} />我已阅读并同意
          <Text onClick={() => Taro.navigateTo({ url: '/pages/privacy/index' })}>《隐私政策》</Text>
        </Label>
      </CheckboxGroup>
    </View>
  );
}
`,
      },
      [],
    );
  });

  it('P09 RN: hand-drawn ticks — "记住密码" icon state true, agreement icon state false', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/Login.tsx': `import { useState } from 'react';
import { Image, Pressable, Text, View } from 'react-native';

const checkedIcon = require('./img/checked.png');
const uncheckedIcon = require('./img/unchecked.png');

export function Login() {
  const [rememberPwd, setRememberPwd] = useState(true);
  const [agreed, setAgreed] = useState(false);
  return (
    <View>
      <Pressable onPress={() => setRememberPwd(!rememberPwd)}>
        <Image source={rememberPwd ? checkedIcon : uncheckedIcon} />
        <Text>记住密码</Text>
      </Pressable>
      <Pressable onPress={() => setAgreed(!agreed)}>
        <Image source={agreed ? checkedIcon : uncheckedIcon} />
        <Text>我已阅读并同意《用户协议》和《隐私政策》</Text>
      </Pressable>
    </View>
  );
}
`,
      },
      [],
    );
  });

  it('P10 WeChat: agreement restored from storage in onLoad (setData, not initial data)', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/login/login']),
        'pages/login/login.wxml': `<checkbox-group bindchange="onAgree"><label><checkbox value="agree" checked="{{agreed}}" />我已阅读并同意《隐私保护指引》</label></checkbox-group>\n`,
        'pages/login/login.js': `Page({
  data: { agreed: false },
  onLoad() {
    if (wx.getStorageSync('privacyAgreedVersion') === '2024-01') this.setData({ agreed: true });
  },
  onAgree(e) { this.setData({ agreed: e.detail.value.includes('agree') }); },
});
`,
      },
      [],
    );
  });

  it('P11 Vue composition: reactive form with remember: true and agree: false', async () => {
    await expectFindings(
      {
        ...UNI(['pages/login/login']),
        'pages/login/login.vue': `<template>
  <view>
    <checkbox-group @change="onRemember"><label><checkbox value="remember" :checked="form.remember" />记住账号</label></checkbox-group>
    <checkbox-group @change="onAgree"><label><checkbox value="agree" :checked="form.agree" />同意《隐私政策》</label></checkbox-group>
  </view>
</template>
<script setup>
import { reactive } from 'vue'
const form = reactive({ account: '', remember: true, agree: false })
function onRemember(e) { form.remember = e.detail.value.length > 0 }
function onAgree(e) { form.agree = e.detail.value.length > 0 }
</script>
`,
      },
      [],
    );
  });

  it('P12 RN: privacy check toggle flag in app config (privacyCheckRequired / termsCheckEnabled) is not consent state', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/LoginScreen.tsx': `import { useState } from 'react';
import { Switch, Text, View } from 'react-native';

export function LoginScreen() {
  const [privacyCheckRequired] = useState(true);
  const [agreed, setAgreed] = useState(false);
  return (
    <View>
      {privacyCheckRequired && (
        <View>
          <Switch value={agreed} onValueChange={setAgreed} />
          <Text>I agree to the Privacy Policy</Text>
        </View>
      )}
    </View>
  );
}
`,
      },
      [],
    );
  });

  it('P13 CONTROL WXML: checked agreement box is flagged', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/privacy/privacy']),
        'pages/privacy/privacy.wxml': `<checkbox-group bindchange="onAgreeChange">
  <label><checkbox value="agree" checked />我已阅读并同意《隐私保护指引》</label>
</checkbox-group>
`,
        'pages/privacy/privacy.js': `Page({ onAgreeChange() {} });\n`,
      },
      ['pages/privacy/privacy.wxml:2 no-preselected-consent'],
    );
  });

  it('P14 CONTROL RN: agreement Switch bound to useState(true) is flagged', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/PrivacyDialog.tsx': `import { useState } from 'react';
import { Switch, Text, View } from 'react-native';

export function PrivacyDialog() {
  const [agreed, setAgreed] = useState(true);
  return (
    <View>
      <Switch value={agreed} onValueChange={setAgreed} />
      <Text>I have read and agree to the Privacy Policy</Text>
    </View>
  );
}
`,
      },
      ['src/PrivacyDialog.tsx:5 no-preselected-consent'],
    );
  });

  it('P15 CONTROL uni-app: consent state named privacyAgreed starting true in data()', async () => {
    await expectFindings(
      {
        ...UNI(['pages/index/index']),
        'pages/index/index.vue': `<template><view>{{ privacyAgreed }}</view></template>
<script>
export default {
  data() {
    return { privacyAgreed: true }
  },
}
</script>
`,
      },
      ['pages/index/index.vue:5 no-preselected-consent'],
    );
  });
});

describe('adversarial: more denial cases', () => {
  it('R26 WeChat: getLocation refused → let the user pick the place on the map (wx.chooseLocation) from a button', async () => {
    await expectFindings(
      {
        ...WECHAT(['pages/index/index']),
        'pages/index/index.js': `Page({
  data: { manual: false },
  onTapLocate() {
    wx.getLocation({
      type: 'gcj02',
      success: (loc) => this.setData({ loc }),
      fail: () => this.setData({ manual: true }),
    });
  },
  onTapPick() {
    wx.chooseLocation({ success: (place) => this.setData({ loc: place }) });
  },
});
`,
        'pages/index/index.wxml': `<button bindtap="onTapLocate">定位</button>
<button wx:if="{{manual}}" bindtap="onTapPick">在地图上选择</button>
`,
      },
      [],
    );
  });

  it('R27 RN: AppState "change" asks only when a stored-denial helper from another module allows it (shouldAskAgain)', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/permissionMemory.ts': `import AsyncStorage from '@react-native-async-storage/async-storage';
const TWO_DAYS = 48 * 3600 * 1000;
export async function shouldAskAgain(key: string): Promise<boolean> {
  const at = Number(await AsyncStorage.getItem(key + '.deniedAt'));
  return !at || Date.now() - at > TWO_DAYS;
}
export function rememberDenial(key: string) {
  return AsyncStorage.setItem(key + '.deniedAt', String(Date.now()));
}
`,
        'src/useNotifications.ts': `import { useEffect } from 'react';
import { AppState } from 'react-native';
import { PERMISSIONS, RESULTS, request } from 'react-native-permissions';
import { rememberDenial, shouldAskAgain } from './permissionMemory';

export function useNotificationsPrompt() {
  useEffect(() => {
    const sub = AppState.addEventListener('change', async (state) => {
      if (state !== 'active') return;
      if (!(await shouldAskAgain('notifications'))) return;
      const result = await request(PERMISSIONS.IOS.CALENDARS);
      if (result !== RESULTS.GRANTED) await rememberDenial('notifications');
    });
    return () => sub.remove();
  }, []);
}
`,
      },
      [],
    );
  });

  it('R28 RN: navigation focus listener that only checks the status', async () => {
    await expectFindings(
      {
        ...RN(),
        'src/MapScreen.tsx': `import { useEffect, useState } from 'react';
import { Text } from 'react-native';
import { PERMISSIONS, RESULTS, check } from 'react-native-permissions';

export function MapScreen({ navigation }: { navigation: { addListener(e: string, cb: () => void): () => void } }) {
  const [ok, setOk] = useState(false);
  useEffect(() => navigation.addListener('focus', () => {
    check(PERMISSIONS.IOS.LOCATION_WHEN_IN_USE).then((s) => setOk(s === RESULTS.GRANTED));
  }), [navigation]);
  return <Text>{ok ? 'Map' : 'Location is off'}</Text>;
}
`,
      },
      [],
    );
  });

  it("Q21 RN: an Alert wrapped in a Promise (the rule's own suggested form) awaited before request()", async () => {
    await expectFindings(
      {
        ...RN(),
        'src/scan.ts': `import { Alert, PermissionsAndroid } from 'react-native';

export async function scan() {
  const ok = await new Promise<boolean>((resolve) =>
    Alert.alert('Camera', 'We use the camera to scan the QR code on your parcel.', [
      { text: 'Not now', style: 'cancel', onPress: () => resolve(false) },
      { text: 'Continue', onPress: () => resolve(true) },
    ]),
  );
  if (!ok) return false;
  const r = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA);
  return r === PermissionsAndroid.RESULTS.GRANTED;
}
`,
      },
      [],
    );
  });

  it("Q21b RN: the exact form the rule's own insertPrompt suggestion writes (purposeAccepted)", async () => {
    await expectFindings(
      {
        ...RN(),
        'src/scan.ts': `import { Alert, PermissionsAndroid } from 'react-native';

export async function scan() {
  const purposeAccepted = await new Promise((resolve) =>
    Alert.alert('Why we need this permission', 'Explain what the feature does with it.', [
      { text: 'Not now', style: 'cancel', onPress: () => resolve(false) },
      { text: 'Continue', onPress: () => resolve(true) },
    ], { cancelable: true, onDismiss: () => resolve(false) }),
  );
  if (!purposeAccepted) return;
  const r = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA);
  return r === PermissionsAndroid.RESULTS.GRANTED;
}
`,
      },
      [],
    );
  });

  it("Q21c RN: the rule's own wrap-form suggestion (non-async: new Promise(Alert).then(purposeAccepted => …)) before requestMultiple", async () => {
    await expectFindings(
      {
        ...RN(),
        'src/video.ts': `import { Alert, PermissionsAndroid } from 'react-native';

export function recordVideo(start: () => void) {
  new Promise((resolve) =>
    Alert.alert('Trail video', 'Recording a video needs the camera and the microphone.', [
      { text: 'Not now', style: 'cancel', onPress: () => resolve(false) },
      { text: 'Continue', onPress: () => resolve(true) },
    ], { cancelable: true, onDismiss: () => resolve(false) }),
  ).then((purposeAccepted) => {
    if (purposeAccepted) {
      PermissionsAndroid.requestMultiple([PermissionsAndroid.PERMISSIONS.CAMERA, PermissionsAndroid.PERMISSIONS.RECORD_AUDIO]).then(start);
    }
  });
}
`,
      },
      [],
    );
  });

  it('Q22 uni-app: yk-authpup style — the purpose popup flag is set right before plus.android.requestPermissions', async () => {
    await expectFindings(
      {
        ...UNI(['pages/index/index']),
        'pages/index/index.vue': `<template>
  <view>
    <view v-if="showPopup" class="tip">相机权限使用说明：用于扫描商品条码</view>
    <button @click="scan">扫码</button>
  </view>
</template>
<script>
export default {
  data() {
    return { showPopup: false }
  },
  methods: {
    scan() {
      this.showPopup = true
      plus.android.requestPermissions(['android.permission.CAMERA'], (r) => {
        this.showPopup = false
        if (r.granted.length) uni.scanCode({})
      }, () => { this.showPopup = false })
    },
  },
}
</script>
`,
      },
      [],
    );
  });

  it('B25 Capacitor: rejected getCurrentPosition → window.confirm to open settings, or carry on with manual search', async () => {
    await expectFindings(
      {
        ...CAPACITOR,
        'package.json': JSON.stringify({ name: 'parcel', dependencies: { '@capacitor/core': '6.0.0', '@capacitor/geolocation': '6.0.0', 'capacitor-native-settings': '6.0.0' } }),
        'src/locate.ts': `import { Geolocation } from '@capacitor/geolocation';
import { NativeSettings, AndroidSettings, IOSSettings } from 'capacitor-native-settings';

export async function locate(showManualSearch: () => void) {
  try {
    return await Geolocation.getCurrentPosition();
  } catch {
    if (window.confirm('Location is off. Open Settings to turn it on?')) {
      await NativeSettings.open({ optionAndroid: AndroidSettings.ApplicationDetails, optionIOS: IOSSettings.App });
    } else {
      showManualSearch();
    }
    return null;
  }
}
`,
      },
      [],
    );
  });

  it('B26 HarmonyOS: denial → toast and router.back() (navigation back, not a dead end)', async () => {
    await expectFindings(
      {
        ...HARMONY,
        'entry/src/main/ets/pages/Scan.ets': `import { abilityAccessCtrl, common } from '@kit.AbilityKit';
import { promptAction, router } from '@kit.ArkUI';

@Entry
@Component
struct Scan {
  async aboutToAppear() {
    const context = getContext(this) as common.UIAbilityContext;
    const result = await abilityAccessCtrl.createAtManager().requestPermissionsFromUser(context, ['ohos.permission.CAMERA']);
    if (result.authResults.some((r) => r !== 0)) {
      promptAction.showToast({ message: '未授权相机，可手动输入溯源码' });
      router.back();
    }
  }

  build() {
    Column() {
      Text('扫码')
    }
  }
}
`,
      },
      [],
    );
  });
});
