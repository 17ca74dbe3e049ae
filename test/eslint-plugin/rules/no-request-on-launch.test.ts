import rule from '../../../eslint-plugin/src/rules/no-request-on-launch.js';
import { asEslintRule, createTester, describeFixtureApps, ruleFixture, vue } from './request-rule-tester.js';

const at = (path: string) => ruleFixture('no-request-on-launch', path);
const rnApp = at('rn-app/App.tsx');
const rnScreen = at('rn-app/src/screens/ScanScreen.tsx');
const rnIndex = at('rn-app/index.js');
const expoLayout = at('expo-app/app/_layout.tsx');
const expoScreen = at('expo-app/app/scan.tsx');
const wechatApp = at('wechat-mp/app.js');
const wechatPage = at('wechat-mp/pages/map/map.js');
/** The entry page, whose index.wxml binds goToPlugin to a tap. */
const wechatEntryPage = at('wechat-mp/pages/index/index.js');
/** meiju's entry page: onShow asks only when a flag is set, which starts false and which `setsFlag` sets. */
const flagGuardedPage = (initial: string, setsFlag: string) => `Page({
  data: { isActionPlugin: ${initial} },
  onShow() {
    this.checkIsUpdateWhenOnshow();
  },
  checkIsUpdateWhenOnshow() {
    if (this.data.isActionPlugin) {
      this.addDeviceCardBatch();
      this.data.isActionPlugin = false;
    }
  },
  addDeviceCardBatch() {
    wx.authorize({ scope: 'scope.userLocation' });
  },
  ${setsFlag}() {
    const self = this;
    wx.navigateTo({ url: '/pages/plugin/plugin', complete() { self.setData({ isActionPlugin: true }); } });
  },
});`;
const uniApp = at('uni-app/App.vue');
const uniPage = at('uni-app/pages/map/map.vue');
const taroApp = at('taro-app/src/app.ts');
const harmonyAbility = at('harmony-app/entry/src/main/ets/entryability/EntryAbility.ts');
const capacitorMain = at('capacitor-app/src/main.ts');
const capacitorPage = at('capacitor-app/src/pages/scan.ts');

createTester().run('no-request-on-launch', asEslintRule(rule), {
  valid: [
    // HarmonyOS: a location read at launch asks nothing (no-collection-before-consent judges it as collection).
    {
      filename: harmonyAbility,
      code: `
        import { UIAbility } from '@kit.AbilityKit';
        import { geoLocationManager } from '@kit.LocationKit';
        export default class EntryAbility extends UIAbility {
          onCreate() {
            geoLocationManager.getCurrentLocation().then((location) => AppStorage.setOrCreate('location', location));
          }
        }`,
    },
    // @react-native-firebase/messaging asked from a settings switch.
    {
      filename: rnScreen,
      code: `
        import { Switch } from 'react-native';
        import { getMessaging, requestPermission } from '@react-native-firebase/messaging';
        export function NotificationSetting() {
          return <Switch onValueChange={(on) => on && requestPermission(getMessaging())} />;
        }`,
    },
    // A request inside a screen's button handler.
    {
      filename: rnScreen,
      code: `
        import { PermissionsAndroid, Button } from 'react-native';
        export function ScanScreen() {
          const onScan = async () => {
            await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA, { title: 'Camera', message: 'Scan QR codes', buttonPositive: 'OK' });
          };
          return <Button title="Scan" onPress={onScan} />;
        }`,
    },
    // The root component asks only from a button.
    {
      filename: rnApp,
      code: `
        import * as Location from 'expo-location';
        import { Button } from 'react-native';
        export default function App() {
          return <Button title="Find stores near me" onPress={() => Location.requestForegroundPermissionsAsync()} />;
        }`,
    },
    // Only a status check at launch (no prompt).
    {
      filename: rnApp,
      code: `
        import { useEffect } from 'react';
        import { check, PERMISSIONS } from 'react-native-permissions';
        export default function App() {
          useEffect(() => { check(PERMISSIONS.IOS.CAMERA).then(console.log); }, []);
          return null;
        }`,
    },
    // The ATT prompt is allowed at launch by default.
    {
      filename: rnApp,
      code: `
        import { useEffect } from 'react';
        import { requestTrackingPermissionsAsync } from 'expo-tracking-transparency';
        export default function App() {
          useEffect(() => { requestTrackingPermissionsAsync(); }, []);
          return null;
        }`,
    },
    // A configured allowance.
    {
      filename: rnApp,
      options: [{ allowPermissions: ['notifications'] }],
      code: `
        import { useEffect } from 'react';
        import * as Notifications from 'expo-notifications';
        export default function App() {
          useEffect(() => { Notifications.requestPermissionsAsync(); }, []);
          return null;
        }`,
    },
    // A non-root screen's mount effect is not app launch.
    {
      filename: expoScreen,
      code: `
        import { useEffect } from 'react';
        import { Camera } from 'expo-camera';
        export default function Scan() {
          useEffect(() => { Camera.requestCameraPermissionsAsync(); }, []);
          return null;
        }`,
    },
    // A permission hook called at the root only reads state; its request function is called from a button.
    {
      filename: expoLayout,
      code: `
        import { useCameraPermissions } from 'expo-camera';
        import { Stack } from 'expo-router';
        export default function RootLayout() {
          const [permission] = useCameraPermissions();
          return <Stack screenOptions={{ headerShown: !!permission }} />;
        }`,
    },
    // WeChat: App.onLaunch only reads the setting; a page asks from a tap.
    {
      filename: wechatApp,
      code: `App({ onLaunch() { wx.getSetting({ success: (res) => { this.globalData.auth = res.authSetting } }) }, globalData: {} })`,
    },
    {
      filename: wechatPage,
      code: `Page({ onTapLocate() { wx.getLocation({ type: 'gcj02', success: (r) => this.setData({ r }) }) } })`,
    },
    // meiju: the entry page's onShow asks only behind a page flag that starts false and only a tap sets.
    { filename: wechatEntryPage, code: flagGuardedPage('false', 'goToPlugin') },
    // WeChat: getting the recorder, a camera context or an AR session asks nothing; start() asks, from a tap.
    {
      filename: wechatPage,
      code: `const recorderManager = wx.getRecorderManager();
Page({ onTapRecord() { recorderManager.start({ format: 'aac' }) } })`,
    },
    {
      filename: wechatApp,
      code: `App({ onLaunch() { this.globalData.recorder = wx.getRecorderManager(); this.globalData.camera = wx.createCameraContext() }, globalData: {} })`,
    },
    // uni-app: a page method asks (not App.vue).
    {
      filename: uniPage,
      languageOptions: vue,
      code: `<script>
export default { methods: { locate() { uni.getLocation({ type: 'gcj02' }) } } }
</script>`,
    },
    // An app's own function of that name is no wa-permission (a bare name never matches).
    {
      filename: uniApp,
      languageOptions: vue,
      code: `<script>
import { requestAndroidPermission } from '@/utils/my-permissions.js';
export default { onLaunch() { requestAndroidPermission('android.permission.CAMERA'); } }
</script>`,
    },
    // uni-app: App.vue onLaunch sets up listeners only.
    {
      filename: uniApp,
      languageOptions: vue,
      code: `<script>
export default { onLaunch() { uni.onNetworkStatusChange(() => {}) } }
</script>`,
    },
    // HarmonyOS: onCreate loads content; the page asks when the user opens the scanner.
    {
      filename: harmonyAbility,
      code: `
        import { UIAbility } from '@kit.AbilityKit';
        export default class EntryAbility extends UIAbility {
          onCreate(want, launchParam) { this.launchCount = 1; }
          onWindowStageCreate(windowStage) { windowStage.loadContent('pages/Index'); }
        }`,
    },
    // HarmonyOS: the notification dialog once the user turns reminders on (a method the ability does not call itself).
    {
      filename: harmonyAbility,
      code: `
        import { UIAbility } from '@kit.AbilityKit';
        import { notificationManager } from '@kit.NotificationKit';
        export default class EntryAbility extends UIAbility {
          onWindowStageCreate(windowStage) { windowStage.loadContent('pages/Index'); }
          enableReminders() { return notificationManager.requestEnableNotification(this.context); }
        }`,
    },
    // An app's own function or event bus named addEventListener is not the page's load event.
    {
      filename: capacitorMain,
      code: `
        import { Camera } from '@capacitor/camera';
        const handlers = {};
        function addEventListener(event, fn) { handlers[event] = fn; }
        addEventListener('load', () => Camera.requestPermissions());
        export const bus = { addEventListener };
        bus.addEventListener('load', () => Camera.requestPermissions());`,
    },
    // Capacitor 2 and later: register() fetches the push token and asks nothing ("doesn't prompt the user for
    // notification permissions"), here after a check of what the user already allowed (school-messaging-client-ionic).
    {
      filename: capacitorMain,
      code: `
        import { Plugins } from '@capacitor/core';
        import { PushNotifications } from '@capacitor/push-notifications';
        const { receive } = await PushNotifications.checkPermissions();
        if (receive === 'granted') PushNotifications.register();
        Plugins.PushNotifications.register();`,
    },
    // Alipay: getAuthCode without scopes (or with auth_base) is the silent authorization, a login code like wx.login
    // (quanliucheng-taro's ALIPAYAPP branch); a scope named by a variable is not judged.
    {
      filename: taroApp,
      code: `
        import Taro from '@tarojs/taro';
        import { Component } from 'react';
        class App extends Component {
          componentDidMount() {
            my.getAuthCode({ success: (res) => Taro.setStorageSync('code', res.authCode) });
            my.getAuthCode({ scopes: 'auth_base', success: () => {} });
            my.getAuthCode({ scopes: ['auth_base'] });
            my.getAuthCode({ scopes: this.scope });
          }
          render() { return this.props.children; }
        }
        export default App;`,
    },
    // Capacitor: a page module asks from a click handler.
    {
      filename: capacitorPage,
      code: `
        import { Camera } from '@capacitor/camera';
        document.querySelector('#scan').addEventListener('click', () => Camera.requestPermissions());`,
    },
  ],
  invalid: [
    // …while the read on the other side (not granted) asks.
    {
      filename: uniApp,
      languageOptions: vue,
      code: `<script>
import permision from '@/js_sdk/wa-permission/permission.js';
export default { onLaunch() {
  permision.requestAndroidPermission('android.permission.ACCESS_FINE_LOCATION').then((res) => {
    if (res !== 1) uni.getLocation({ type: 'gcj02', success: () => {} });
  });
} }
</script>`,
      errors: [{ messageId: 'requestOnLaunch', line: 4 }],
    },
    // ccd-take-out-rider: wa-permission's requestAndroidPermission is the request (plus.android.requestPermissions):
    // at launch it is reported itself; the read once it resolved 1 (granted) asks nothing more.
    {
      filename: uniApp,
      languageOptions: vue,
      code: `<script>
import permision from '@/js_sdk/wa-permission/permission.js';
export default { onLaunch() {
  permision.requestAndroidPermission('android.permission.ACCESS_FINE_LOCATION').then((res) => {
    if (res === 1) uni.getLocation({ type: 'gcj02', success: () => {} });
  });
} }
</script>`,
      errors: [{ messageId: 'requestOnLaunch', line: 4 }],
    },
    // The same with uni-app's own call, and through require.
    {
      filename: uniApp,
      languageOptions: vue,
      code: `<script>
const permission = require('../../js_sdk/wa-permission/permission.js');
export default { onLaunch() {
  plus.android.requestPermissions(['android.permission.CAMERA', 'android.permission.RECORD_AUDIO'], (result) => {}, () => {});
  permission.requestAndroidPermission('android.permission.READ_CONTACTS');
} }
</script>`,
      errors: [{ messageId: 'requestOnLaunch', line: 4 }, { messageId: 'requestOnLaunch', line: 5 }],
    },
    // …while a flag that starts true, or that a method no tap is bound to sets, may be set at launch.
    { filename: wechatEntryPage, code: flagGuardedPage('true', 'goToPlugin'), errors: [{ messageId: 'requestOnLaunch', line: 13 }] },
    { filename: wechatEntryPage, code: flagGuardedPage('false', 'onLoad'), errors: [{ messageId: 'requestOnLaunch', line: 13 }] },
    // …and so may a setData whose keys the code computes, from onLoad.
    {
      filename: wechatEntryPage,
      code: flagGuardedPage('false', 'goToPlugin').replace('  onShow() {', "  onLoad(options) {\n    this.setData({ [options.flag]: true });\n  },\n  onShow() {"),
      errors: [{ messageId: 'requestOnLaunch', line: 16 }],
    },
    // @capacitor-firebase/messaging asks like @capacitor/push-notifications (mybca-client-ionic's bootstrap).
    {
      filename: capacitorMain,
      code: `
        import { FirebaseMessaging } from '@capacitor-firebase/messaging';
        FirebaseMessaging.requestPermissions().then(() => FirebaseMessaging.getToken());`,
      errors: [{ messageId: 'requestOnLaunch', line: 3 }],
    },
    // A web page's load listeners fire as it opens (ovsep404/PWA's main.js): launch, unlike the click above.
    {
      filename: capacitorMain,
      code: `
        import { Camera } from '@capacitor/camera';
        document.addEventListener('DOMContentLoaded', () => { Camera.requestPermissions(); });
        window.addEventListener('load', async () => { await Camera.requestPermissions({ permissions: ['photos'] }); });`,
      errors: [
        { messageId: 'requestOnLaunch', line: 3 },
        { messageId: 'requestOnLaunch', line: 4 },
      ],
    },
    // Module top level.
    {
      filename: rnIndex,
      code: `
        import { AppRegistry, PermissionsAndroid } from 'react-native';
        import App from './App';
        PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA, { title: 'Camera', message: 'Scan', buttonPositive: 'OK' });
        AppRegistry.registerComponent('app', () => App);`,
      errors: [{ messageId: 'requestOnLaunch', line: 4 }],
    },
    // A call chain written over several lines is named on one line in the message (harmonyos-apps' EntryAbility).
    {
      filename: rnIndex,
      code: `
        import { PermissionsAndroid } from 'react-native';
        PermissionsAndroid
          .request(PermissionsAndroid.PERMISSIONS.CAMERA);`,
      errors: [{ messageId: 'requestOnLaunch', line: 3, data: { request: 'PermissionsAndroid.request', permission: 'the camera permission', where: 'module top level' } }],
    },
    // Root component mount effect, through a same-module function.
    {
      filename: rnApp,
      code: `
        import { useEffect } from 'react';
        import * as Location from 'expo-location';
        async function boot() { await Location.requestForegroundPermissionsAsync(); }
        export default function App() {
          useEffect(() => { boot(); }, []);
          return null;
        }`,
      errors: [{ messageId: 'requestOnLaunch', line: 4 }],
    },
    // Expo Router root layout.
    {
      filename: expoLayout,
      code: `
        import { useEffect } from 'react';
        import * as Notifications from 'expo-notifications';
        import { Stack } from 'expo-router';
        export default function RootLayout() {
          useEffect(() => { Notifications.requestPermissionsAsync(); }, []);
          return <Stack />;
        }`,
      errors: [{ messageId: 'requestOnLaunch', line: 6 }],
    },
    // WeChat App.onLaunch prompts for location.
    {
      filename: wechatApp,
      code: `App({ onLaunch() { wx.getLocation({ type: 'gcj02', success: (res) => { this.globalData.loc = res } }) }, globalData: {} })`,
      errors: [{ messageId: 'requestOnLaunch' }],
    },
    // WeChat App.onShow authorizes.
    {
      filename: wechatApp,
      code: `App({ onShow() { wx.authorize({ scope: 'scope.record' }) } })`,
      errors: [{ messageId: 'requestOnLaunch' }],
    },
    // uni-app App.vue onLaunch.
    {
      filename: uniApp,
      languageOptions: vue,
      code: `<script>
export default {
  onLaunch() {
    plus.android.requestPermissions(['android.permission.READ_PHONE_STATE', 'android.permission.CAMERA'], () => {}, () => {})
    uni.getLocation({ type: 'gcj02' })
  },
}
</script>`,
      errors: [
        { messageId: 'requestOnLaunch', line: 4 },
        { messageId: 'requestOnLaunch', line: 5 },
      ],
    },
    // Taro app entry.
    {
      filename: taroApp,
      code: `
        import Taro from '@tarojs/taro';
        import { Component } from 'react';
        class App extends Component {
          componentDidMount() { Taro.authorize({ scope: 'scope.userLocation' }); }
          render() { return this.props.children; }
        }
        export default App;`,
      errors: [{ messageId: 'requestOnLaunch', line: 5 }],
    },
    // Alipay: the user-information scope shows the authorization dialog.
    {
      filename: taroApp,
      code: `
        import { Component } from 'react';
        class App extends Component {
          componentDidMount() {
            my.getAuthCode({ scopes: 'auth_user', success: () => {} });
            my.getAuthCode({ scopes: ['auth_base', 'auth_user'] });
          }
          render() { return this.props.children; }
        }
        export default App;`,
      errors: [
        { messageId: 'requestOnLaunch', line: 5 },
        { messageId: 'requestOnLaunch', line: 6 },
      ],
    },
    // HarmonyOS EntryAbility.onWindowStageCreate.
    {
      filename: harmonyAbility,
      code: `
        import { abilityAccessCtrl, UIAbility } from '@kit.AbilityKit';
        export default class EntryAbility extends UIAbility {
          onWindowStageCreate(windowStage) {
            windowStage.loadContent('pages/Index', () => {
              abilityAccessCtrl.createAtManager().requestPermissionsFromUser(this.context, ['ohos.permission.APPROXIMATELY_LOCATION', 'ohos.permission.LOCATION']);
            });
          }
        }`,
      errors: [{ messageId: 'requestOnLaunch', line: 6 }],
    },
    // HarmonyOS: the notification dialog as the window is created (Notification Kit).
    {
      filename: harmonyAbility,
      code: `
        import { UIAbility } from '@kit.AbilityKit';
        import { notificationManager } from '@kit.NotificationKit';
        export default class EntryAbility extends UIAbility {
          onWindowStageCreate(windowStage) {
            windowStage.loadContent('pages/Index');
            notificationManager.requestEnableNotification(this.context).catch(() => {});
          }
        }`,
      errors: [{ messageId: 'requestOnLaunch', line: 7 }],
    },
    // uni-app: the read in authorize's success callback prompts no more (dbj-uniapp, charging-system): one finding,
    // at the request, whether the read is written in the callback or in a method it calls.
    {
      filename: uniApp,
      languageOptions: vue,
      code: `<script>
export default {
  onLaunch() {
    uni.authorize({ scope: 'scope.userLocation', success: () => uni.getLocation({ type: 'gcj02' }) });
  },
}
</script>`,
      errors: [{ messageId: 'requestOnLaunch', line: 4, column: 5 }],
    },
    {
      filename: uniApp,
      languageOptions: vue,
      code: `<script>
export default {
  onLaunch() {
    this.askLocation();
  },
  methods: {
    askLocation() {
      const that = this;
      uni.authorize({
        scope: 'scope.userLocation',
        success() {
          that.readLocation();
        },
      });
    },
    readLocation() {
      uni.getLocation({ type: 'gcj02', success: (res) => console.log(res.latitude) });
    },
  },
}
</script>`,
      errors: [{ messageId: 'requestOnLaunch', line: 9 }],
    },
    // A read in the callback of a request for another permission still asks for its own.
    {
      filename: uniApp,
      languageOptions: vue,
      code: `<script>
export default {
  onLaunch() {
    uni.authorize({ scope: 'scope.record', success: () => uni.getLocation({ type: 'gcj02' }) });
  },
}
</script>`,
      errors: [
        { messageId: 'requestOnLaunch', line: 4, column: 5 },
        { messageId: 'requestOnLaunch', line: 4, column: 59 },
      ],
    },
    // @react-native-firebase/messaging's iOS prompt from the root component's mount effect (lucas_frontend).
    {
      filename: rnApp,
      code: `
        import { useEffect } from 'react';
        import messaging from '@react-native-firebase/messaging';
        export default function App() {
          useEffect(() => {
            messaging().requestPermission().then(() => messaging().getToken());
          }, []);
          return null;
        }`,
      errors: [{ messageId: 'requestOnLaunch', line: 6 }],
    },
    // Capacitor / Web entry module.
    {
      filename: capacitorMain,
      code: `
        import { PushNotifications } from '@capacitor/push-notifications';
        PushNotifications.requestPermissions().then(() => PushNotifications.register());`,
      errors: [{ messageId: 'requestOnLaunch', line: 3 }],
    },
    // Capacitor 2: the request is Plugins.PushNotifications.requestPermission() (singular), not the register() after it.
    {
      filename: capacitorMain,
      code: `
        import { Plugins } from '@capacitor/core';
        const { PushNotifications } = Plugins;
        PushNotifications.requestPermission().then(({ granted }) => {
          if (granted) PushNotifications.register();
        });
        Plugins.LocalNotifications.requestPermission();`,
      errors: [
        { messageId: 'requestOnLaunch', line: 4 },
        { messageId: 'requestOnLaunch', line: 7 },
      ],
    },
  ],
});

describeFixtureApps('no-request-on-launch', ['capacitor-app', 'expo-app', 'harmony-app', 'rn-app', 'uni-app', 'wechat-mp']);
