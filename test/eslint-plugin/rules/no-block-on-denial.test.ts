import rule from '../../../eslint-plugin/src/rules/no-block-on-denial.js';
import { asEslintRule, createTester, describeFixtureApps, ruleFixture, vue } from './request-rule-tester.js';

const at = (path: string) => ruleFixture('no-block-on-denial', path);
const rn = at('rn-app/src/screens/ScanScreen.tsx');
const expo = at('expo-app/app/scan.tsx');
const wechat = at('wechat-mp/pages/map/map.js');
const uni = at('uni-app/pages/scan/scan.vue');
const taro = at('taro-app/src/pages/scan/index.tsx');
const harmony = at('harmony-app/entry/src/main/ets/entryability/EntryAbility.ts');
const capacitor = at('capacitor-app/src/camera.ts');
const web = at('web-app/src/media.ts');

createTester().run('no-block-on-denial', asEslintRule(rule), {
  valid: [
    // Double back-press to exit: BackHandler.exitApp is not tied to a permission result.
    {
      filename: rn,
      code: `
        import { BackHandler, ToastAndroid } from 'react-native';
        let lastBack = 0;
        BackHandler.addEventListener('hardwareBackPress', () => {
          if (Date.now() - lastBack < 2000) { BackHandler.exitApp(); return true; }
          lastBack = Date.now();
          ToastAndroid.show('Press back again to exit', ToastAndroid.SHORT);
          return true;
        });`,
    },
    // Exit from a menu item.
    {
      filename: rn,
      code: `
        import { BackHandler, Button } from 'react-native';
        export function SettingsMenu() {
          return <Button title="Exit" onPress={() => BackHandler.exitApp()} />;
        }`,
    },
    // Denial offers a choice that keeps the app usable next to "Quit".
    {
      filename: rn,
      code: `
        import { PermissionsAndroid, Alert, BackHandler } from 'react-native';
        export async function scan() {
          const result = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA, { title: 'Camera', message: 'Scan QR codes', buttonPositive: 'OK' });
          if (result !== PermissionsAndroid.RESULTS.GRANTED) {
            Alert.alert('No camera', 'You can still type the code by hand.', [
              { text: 'Type code', onPress: () => {} },
              { text: 'Quit', onPress: () => BackHandler.exitApp() },
            ]);
          }
        }`,
    },
    // openSettings from a button in the denial UI, next to a cancel button.
    {
      filename: rn,
      code: `
        import { Alert } from 'react-native';
        import { request, openSettings, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export async function scan() {
          const result = await request(PERMISSIONS.IOS.CAMERA);
          if (result === RESULTS.BLOCKED) {
            Alert.alert('Camera is off', 'Turn it on in Settings to scan.', [
              { text: 'Not now', style: 'cancel' },
              { text: 'Open Settings', onPress: () => openSettings() },
            ]);
          }
        }`,
    },
    // Status check 'denied' from react-native-permissions also means "never asked": a primer screen is fine.
    {
      filename: rn,
      code: `
        import { check, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export async function boot(navigation) {
          const status = await check(PERMISSIONS.IOS.LOCATION_WHEN_IN_USE);
          if (status === RESULTS.DENIED) navigation.reset({ index: 0, routes: [{ name: 'LocationPermission' }] });
        }`,
    },
    // A locally defined BackHandler is not React Native's.
    {
      filename: rn,
      code: `
        import { PermissionsAndroid } from 'react-native';
        const BackHandler = { exitApp: () => console.log('closing panel') };
        export async function pick() {
          const r = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.READ_MEDIA_IMAGES, { title: 'Photos', message: 'Attach a photo', buttonPositive: 'OK' });
          if (r !== 'granted') BackHandler.exitApp();
        }`,
    },
    // A request that throws is an error, not a denial (PermissionsAndroid resolves 'denied').
    {
      filename: rn,
      code: `
        import { PermissionsAndroid, BackHandler } from 'react-native';
        export async function record() {
          try {
            await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.RECORD_AUDIO, { title: 'Mic', message: 'Voice notes', buttonPositive: 'OK' });
          } catch (error) {
            BackHandler.exitApp();
          }
        }`,
    },
    // The denial screen lets the user decide to quit (a user action, with other choices on screen).
    {
      filename: expo,
      code: `
        import { useCameraPermissions } from 'expo-camera';
        import { BackHandler, Button, View } from 'react-native';
        export default function Scan() {
          const [permission, requestPermission] = useCameraPermissions();
          if (permission && !permission.granted && !permission.canAskAgain) {
            return <View><Button title="Enter code" onPress={() => {}} /><Button title="Quit" onPress={() => BackHandler.exitApp()} /></View>;
          }
          return <Button title="Allow camera" onPress={requestPermission} />;
        }`,
    },
    // Navigating (not resetting the stack) to a fallback screen.
    {
      filename: expo,
      code: `
        import * as Location from 'expo-location';
        export async function findStores(navigation) {
          const { status } = await Location.requestForegroundPermissionsAsync();
          if (status !== 'granted') { navigation.navigate('StoreSearch'); return; }
          navigation.navigate('NearbyStores');
        }`,
    },
    // Resetting to Home after a denial keeps the app usable.
    {
      filename: expo,
      code: `
        import * as Location from 'expo-location';
        export async function nearby(navigation) {
          const { granted } = await Location.requestForegroundPermissionsAsync();
          if (!granted) navigation.reset({ index: 0, routes: [{ name: 'Home' }] });
        }`,
    },
    // WeChat: denial modal with a cancel button; settings only on confirm.
    {
      filename: wechat,
      code: `
        Page({
          chooseShop() {
            wx.getLocation({
              type: 'gcj02',
              success: (res) => this.setData({ res }),
              fail: () => {
                wx.showModal({ title: '定位未开启', content: '开启后可推荐附近门店', success(r) { if (r.confirm) wx.openSetting() } })
              },
            })
          },
        })`,
    },
    // WeChat: exit on a login failure has nothing to do with a permission.
    {
      filename: wechat,
      code: `
        Page({ onLoad() { wx.login({ fail() { wx.showToast({ title: '登录失败' }) } }) }, onTapExit() { wx.exitMiniProgram() } })`,
    },
    // WeChat: authSetting undefined (never asked) is not a denial.
    {
      filename: wechat,
      code: `
        Page({
          onTapNearby() {
            wx.getSetting({ success(res) {
              if (!res.authSetting['scope.userLocation']) wx.reLaunch({ url: '/pages/permission/index' })
            } })
          },
        })`,
    },
    // uni-app: denial shows a toast and returns.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
        export default {
          methods: {
            scan() {
              uni.authorize({ scope: 'scope.camera', fail: () => { uni.showToast({ title: '未授权相机，可手动输入', icon: 'none' }) } })
            },
            quit() { plus.runtime.quit() },
          },
        }
      </script>`,
    },
    // uni-app: an awaited modal with a cancel choice that keeps the page usable.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script setup>
async function locate() {
  try {
    await uni.authorize({ scope: 'scope.userLocation' })
  } catch (e) {
    const { confirm } = await uni.showModal({ title: '未开启定位', content: '去设置开启？也可以手动选择城市' })
    if (confirm) uni.openSetting()
  }
}
</script>`,
    },
    // Taro: denial falls back to manual input.
    {
      filename: taro,
      code: `
        import Taro from '@tarojs/taro';
        export async function scan() {
          try { await Taro.authorize({ scope: 'scope.camera' }) } catch (e) { Taro.navigateTo({ url: '/pages/manual/index' }) }
        }`,
    },
    // HarmonyOS: denial shows a toast; terminateSelf only in onBackPress.
    {
      filename: harmony,
      code: `
        import { abilityAccessCtrl, UIAbility } from '@kit.AbilityKit';
        import { promptAction } from '@kit.ArkUI';
        export default class EntryAbility extends UIAbility {
          async scan() {
            const atManager = abilityAccessCtrl.createAtManager();
            const result = await atManager.requestPermissionsFromUser(this.context, ['ohos.permission.CAMERA']);
            if (result.authResults[0] !== 0) { promptAction.showToast({ message: '未授权相机' }); return; }
          }
          onBackPressed() { this.context.terminateSelf(); }
        }`,
    },
    // Capacitor: exit only from the back button listener.
    {
      filename: capacitor,
      code: `
        import { App } from '@capacitor/app';
        import { Camera } from '@capacitor/camera';
        App.addListener('backButton', ({ canGoBack }) => { if (!canGoBack) App.exitApp(); });
        export async function photo() {
          const perm = await Camera.requestPermissions();
          if (perm.camera === 'denied') return showManualUpload();
        }
        function showManualUpload() {}`,
    },
    // Web: a denied camera shows an upload field.
    {
      filename: web,
      code: `
        export async function start(video) {
          try { video.srcObject = await navigator.mediaDevices.getUserMedia({ video: true }); }
          catch { document.querySelector('#upload').hidden = false; }
        }`,
    },
    // A Settings-only dialog shown once, from the feature: back from Settings, the app carries on without the
    // permission (nothing quits, nothing shows the dialog again). Not a block.
    {
      filename: expo,
      code: `
        import * as Contacts from 'expo-contacts';
        import { PermissionStatus } from 'expo-modules-core';
        import { Alert, Linking } from 'react-native';
        export async function invite() {
          const { status, canAskAgain } = await Contacts.requestPermissionsAsync();
          if (status === PermissionStatus.DENIED && !canAskAgain) {
            Alert.alert('Contacts', 'Enable contacts to continue.', [{ text: 'Open Settings', onPress: () => Linking.openSettings() }]);
          }
        }`,
    },
    {
      filename: wechat,
      code: `
        Page({
          getLoc() {
            wx.getLocation({
              type: 'gcj02',
              fail: () => {
                wx.showModal({ title: '提示', content: '需要位置权限才能使用', showCancel: false, success: (r) => { if (r.confirm) wx.openSetting() } })
              },
            })
          },
        })`,
    },
    {
      filename: uni,
      languageOptions: vue,
      code: `<script setup>
async function locate() {
  try {
    await uni.authorize({ scope: 'scope.userLocation' })
  } catch (e) {
    const { confirm } = await uni.showModal({ title: '提示', content: '请开启定位后使用', showCancel: false })
    if (confirm) uni.openSetting()
  }
}
</script>`,
    },
    // A dismissible Settings dialog is no block, even from a hook that fires on every return to the app:
    // React Native Alert with a cancel button next to Linking.openSettings().
    {
      filename: rn,
      code: `
        import { useEffect } from 'react';
        import { Alert, AppState, Linking } from 'react-native';
        import { check, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export function useLocationReminder() {
          useEffect(() => {
            const sub = AppState.addEventListener('change', async (state) => {
              if (state !== 'active') return;
              const status = await check(PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION);
              if (status === RESULTS.BLOCKED) {
                Alert.alert('Location is off', 'Nearby stores need your location.', [
                  { text: 'Not now', style: 'cancel' },
                  { text: 'Open Settings', onPress: () => Linking.openSettings() },
                ]);
              }
            });
            return () => sub.remove();
          }, []);
        }`,
    },
    // WeChat: showModal with showCancel: true in onShow; cancel keeps the page usable.
    {
      filename: wechat,
      code: `
        Page({
          onShow() {
            wx.getSetting({
              success: (res) => {
                if (res.authSetting['scope.userLocation'] === false) {
                  wx.showModal({
                    title: '未开启定位',
                    content: '开启后可推荐附近门店',
                    showCancel: true,
                    cancelText: '暂不开启',
                    success: (r) => { if (r.confirm) wx.openSetting() },
                  })
                }
              },
            })
          },
        })`,
    },
    // uni-app: openAppAuthorizeSetting from the confirm button of a dismissible modal.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script setup>
import { onShow } from '@dcloudio/uni-app'
onShow(() => {
  const setting = uni.getAppAuthorizeSetting()
  if (setting.cameraAuthorized === 'denied') {
    uni.showModal({ title: '相机未授权', content: '扫码需要相机，可去设置开启', success: (r) => { if (r.confirm) uni.openAppAuthorizeSetting() } })
  }
})
</script>`,
    },
    // useFocusEffect does not run again when the user comes back from the Settings app: shown once per visit.
    {
      filename: rn,
      code: `
        import { useCallback } from 'react';
        import { Alert, Linking } from 'react-native';
        import { useFocusEffect } from '@react-navigation/native';
        import { check, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export function ScanScreen() {
          useFocusEffect(useCallback(() => {
            check(PERMISSIONS.ANDROID.CAMERA).then((status) => {
              if (status === RESULTS.BLOCKED) Alert.alert('Camera is off', 'Scanning needs the camera.', [{ text: 'Open Settings', onPress: () => Linking.openSettings() }]);
            });
          }, []));
          return null;
        }`,
    },
    // wx.openSetting's callback retries only when the user granted in Settings.
    {
      filename: wechat,
      code: `
        Page({
          locate() {
            wx.getLocation({
              type: 'gcj02',
              fail: () => {
                wx.showModal({
                  content: '需要位置权限',
                  showCancel: false,
                  success: () => wx.openSetting({ success: (res) => { if (res.authSetting['scope.userLocation']) this.locate() } }),
                })
              },
            })
          },
        })`,
    },
    // A permission hook's state "not granted" is not a denial (it is also "not asked yet").
    {
      filename: expo,
      code: `
        import { useCameraPermissions } from 'expo-camera';
        export default function Scan({ navigation }) {
          const [permission] = useCameraPermissions();
          if (!permission?.granted) navigation.reset({ index: 0, routes: [{ name: 'CameraPermission' }] });
          return null;
        }`,
    },
    // uni-app (yszyun-pz-app): after uni.authorize (WeChat only) is refused, the modal's cancel asks for the location
    // again, which WeChat answers from the refusal with no dialog, and nothing brings the modal back: the user carries on.
    {
      filename: uni,
      languageOptions: vue,
      code: `<template><view @tap="getAuthorize">定位</view></template>
<script>
export default {
  methods: {
    getAuthorize() {
      uni.authorize({
        scope: 'scope.userLocation',
        success: () => this.getWXLocation(),
        fail: () => {
          uni.showModal({
            content: '需要授权位置信息',
            confirmText: '确认授权',
            success: (res) => {
              if (res.confirm) uni.openSetting()
              else if (res.cancel) this.getWXLocation()
            },
          })
        },
      })
    },
    getWXLocation() {
      uni.getLocation({ type: 'gcj02', success: (res) => { this.location = res } })
    },
  },
}
</script>`,
    },
    // WeChat (SR-weapp): a settings-only modal from the save button whose openSetting success saves again with no
    // failure path: with the scope still refused the save fails silently, so the modal does not come back.
    {
      filename: wechat,
      code: `
        Page({
          save() {
            const that = this;
            wx.getSetting({ success(res) {
              if (res.authSetting['scope.writePhotosAlbum'] == false) {
                wx.showModal({ content: '保存到相册未授权，点击授权进行设置', showCancel: false, confirmText: '授权', success() {
                  wx.openSetting({ success: () => { that.savimg(); } });
                } });
              } else that.savimg();
            } });
          },
          savimg() {
            wx.canvasToTempFilePath({ canvasId: 'poster', success(res) {
              wx.saveImageToPhotosAlbum({ filePath: res.tempFilePath, success() { wx.showToast({ title: '保存成功' }); } });
            } });
          },
        })`,
    },
  ],
  invalid: [
    // …while a save with a failure path of its own may bring the modal back: the loop stays reported.
    {
      filename: wechat,
      code: `
        Page({
          save() {
            const that = this;
            wx.getSetting({ success(res) {
              if (res.authSetting['scope.writePhotosAlbum'] == false) {
                wx.showModal({ content: '保存到相册未授权，点击授权进行设置', showCancel: false, confirmText: '授权', success() {
                  wx.openSetting({ success: () => { that.savimg(); } });
                } });
              } else that.savimg();
            } });
          },
          savimg() {
            const that = this;
            wx.saveImageToPhotosAlbum({ filePath: 'poster.png', fail: () => that.save() });
          },
        })`,
      errors: [{ messageId: 'settingsOnlyModal', line: 7 }],
    },
    // WeChat: the same modal whose cancel asks again through the function that asked first: the refusal comes back to
    // the same modal, a loop; and one whose cancel asks with a fail handler of its own.
    {
      filename: wechat,
      code: `
        Page({
          locate() {
            wx.authorize({ scope: 'scope.userLocation', fail: () => {
              wx.showModal({ content: '需要位置', success: (r) => { if (r.confirm) { wx.openSetting() } else { this.locate() } } })
            } })
          },
          track() {
            wx.authorize({ scope: 'scope.userLocation', fail: () => {
              wx.showModal({ content: '需要位置', success: (r) => { if (r.confirm) { wx.openSetting() } else { wx.getLocation({ fail: () => this.track() }) } } })
            } })
          },
        })`,
      errors: [
        { messageId: 'settingsOrQuitModal', line: 5 },
        { messageId: 'settingsOrQuitModal', line: 10 },
      ],
    },
    {
      filename: rn,
      code: `
import { PermissionsAndroid, BackHandler } from 'react-native';
export async function scan() {
  const granted = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA, { title: 'Camera', message: 'Scan', buttonPositive: 'OK' });
  if (granted !== PermissionsAndroid.RESULTS.GRANTED) {
    BackHandler.exitApp();
  }
}`,
      errors: [
        {
          messageId: 'exitOnDenial',
          line: 6,
          suggestions: [
            {
              messageId: 'replaceWithReturn',
              output: `
import { PermissionsAndroid, BackHandler } from 'react-native';
export async function scan() {
  const granted = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA, { title: 'Camera', message: 'Scan', buttonPositive: 'OK' });
  if (granted !== PermissionsAndroid.RESULTS.GRANTED) {
    return;
  }
}`,
            },
          ],
        },
      ],
    },
    // react-native-permissions: switch on the result, modal whose only button quits.
    {
      filename: rn,
      code: `
        import { Alert, BackHandler } from 'react-native';
        import { request, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export function scan() {
          request(PERMISSIONS.ANDROID.CAMERA).then((result) => {
            switch (result) {
              case RESULTS.DENIED:
              case RESULTS.BLOCKED:
                Alert.alert('Camera required', 'The app cannot work without the camera.', [{ text: 'Quit', onPress: () => BackHandler.exitApp() }]);
                break;
              default:
                break;
            }
          });
        }`,
      errors: [{ messageId: 'blockingModal', line: 9 }],
    },
    // Short-circuit on a NEVER_ASK_AGAIN from requestMultiple.
    {
      filename: rn,
      code: `
        import { PermissionsAndroid } from 'react-native';
        import RNExitApp from 'react-native-exit-app';
        export function video() {
          PermissionsAndroid.requestMultiple([PermissionsAndroid.PERMISSIONS.CAMERA, PermissionsAndroid.PERMISSIONS.RECORD_AUDIO]).then((statuses) => {
            statuses[PermissionsAndroid.PERMISSIONS.CAMERA] === PermissionsAndroid.RESULTS.NEVER_ASK_AGAIN && RNExitApp.exitApp();
          });
        }`,
      errors: [{ messageId: 'exitOnDenial', line: 6, suggestions: [] }],
    },
    // The status reaches a helper as a parameter; BLOCKED speaks for itself.
    {
      filename: rn,
      code: `
        import { BackHandler } from 'react-native';
        import { RESULTS } from 'react-native-permissions';
        export function onStatus(status) {
          if (status === RESULTS.BLOCKED) { BackHandler.exitApp(); }
        }`,
      errors: [{ messageId: 'exitOnDenial', suggestions: [{ messageId: 'replaceWithReturn', output: `
        import { BackHandler } from 'react-native';
        import { RESULTS } from 'react-native-permissions';
        export function onStatus(status) {
          if (status === RESULTS.BLOCKED) { return; }
        }` }] }],
    },
    // Two buttons: Settings or Quit. Declining quits the app.
    {
      filename: rn,
      code: `
        import { Alert, BackHandler, Linking } from 'react-native';
        import { request, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export async function locate() {
          const status = await request(PERMISSIONS.IOS.LOCATION_WHEN_IN_USE);
          if (status !== RESULTS.GRANTED) {
            Alert.alert('Location needed', 'Please allow location.', [
              { text: 'Settings', onPress: () => Linking.openSettings() },
              { text: 'Quit', onPress: () => BackHandler.exitApp() },
            ]);
          }
        }`,
      errors: [{ messageId: 'settingsOrQuitModal', line: 7 }],
    },
    // Expo: destructured status.
    {
      filename: expo,
      code: `
        import * as Location from 'expo-location';
        import RNExitApp from 'react-native-exit-app';
        export async function start() {
          const { status } = await Location.requestForegroundPermissionsAsync();
          if (status !== 'granted') {
            RNExitApp.exitApp();
            return;
          }
        }`,
      errors: [{ messageId: 'exitOnDenial', line: 7, suggestions: [{ messageId: 'replaceWithReturn', output: `
        import * as Location from 'expo-location';
        import RNExitApp from 'react-native-exit-app';
        export async function start() {
          const { status } = await Location.requestForegroundPermissionsAsync();
          if (status !== 'granted') {
            return;
            return;
          }
        }` }] }],
    },
    // Expo: a helper returns "granted?" as a boolean.
    {
      filename: expo,
      code: `
        import * as Location from 'expo-location';
        import { BackHandler } from 'react-native';
        async function ensureLocation() {
          const response = await Location.requestForegroundPermissionsAsync();
          return response.status === 'granted';
        }
        export async function start() {
          if (!(await ensureLocation())) BackHandler.exitApp();
        }`,
      errors: [{ messageId: 'exitOnDenial', line: 9, suggestions: [{ messageId: 'replaceWithReturn', output: `
        import * as Location from 'expo-location';
        import { BackHandler } from 'react-native';
        async function ensureLocation() {
          const response = await Location.requestForegroundPermissionsAsync();
          return response.status === 'granted';
        }
        export async function start() {
          if (!(await ensureLocation())) return;
        }` }] }],
    },
    // Expo: a helper that returns false on denial.
    {
      filename: expo,
      code: `
        import { Camera } from 'expo-camera';
        import { BackHandler } from 'react-native';
        async function hasCamera() {
          const { granted } = await Camera.requestCameraPermissionsAsync();
          if (!granted) { return false; }
          return true;
        }
        export async function open() {
          const ok = await hasCamera();
          ok || BackHandler.exitApp();
        }`,
      errors: [{ messageId: 'exitOnDenial', line: 11, suggestions: [] }],
    },
    // Expo hook: the returned request function; reset to a grant-only screen.
    {
      filename: expo,
      code: `
        import { useCameraPermissions } from 'expo-camera';
        export default function Scan({ navigation }) {
          const [permission, requestPermission] = useCameraPermissions();
          const onScan = async () => {
            const response = await requestPermission();
            if (!response.granted) navigation.reset({ index: 0, routes: [{ name: 'CameraPermissionRequired' }] });
          };
          return null;
        }`,
      errors: [{ messageId: 'deadEndNavigation', line: 7 }],
    },
    // WeChat: exit in the fail callback of wx.authorize.
    {
      filename: wechat,
      code: `Page({ scan() { wx.authorize({ scope: 'scope.camera', fail() { wx.exitMiniProgram() } }) } })`,
      errors: [{ messageId: 'exitOnDenial', suggestions: [{ messageId: 'replaceWithReturn', output: `Page({ scan() { wx.authorize({ scope: 'scope.camera', fail() { return; } }) } })` }] }],
    },
    // WeChat: stored denial in authSetting → relaunch to the grant page only.
    {
      filename: wechat,
      code: `
        Page({
          onTapNearby() {
            wx.getSetting({ success(res) {
              if (res.authSetting['scope.userLocation'] === false) wx.reLaunch({ url: '/pages/permission/index' })
            } })
          },
        })`,
      errors: [{ messageId: 'deadEndNavigation', line: 5 }],
    },
    // WeChat: errMsg says "auth deny" in complete.
    {
      filename: wechat,
      code: `
        Page({ loc() { wx.getLocation({ complete(res) { if (res.errMsg.indexOf('auth deny') !== -1) { wx.exitMiniProgram() } } }) } })`,
      errors: [{ messageId: 'exitOnDenial', suggestions: [{ messageId: 'replaceWithReturn', output: `
        Page({ loc() { wx.getLocation({ complete(res) { if (res.errMsg.indexOf('auth deny') !== -1) { return; } } }) } })` }] }],
    },
    // WeChat: a modal with cancel, but confirm opens the settings and cancel quits.
    {
      filename: wechat,
      code: `
        Page({
          rec() {
            wx.authorize({ scope: 'scope.record', fail: () => {
              wx.showModal({ content: '需要麦克风', success: (r) => { if (r.confirm) { wx.openSetting() } else { wx.exitMiniProgram() } } })
            } })
          },
        })`,
      errors: [{ messageId: 'settingsOrQuitModal', line: 5 }],
    },
    // uni-app: plus.android.requestPermissions result, modal that quits; and a helper that quits.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
export default {
  methods: {
    scan() {
      plus.android.requestPermissions(['android.permission.CAMERA'], (e) => {
        if (e.deniedAlways.length > 0) {
          uni.showModal({ title: '提示', content: '请开启相机权限', showCancel: false, success: () => { plus.runtime.quit() } })
        }
        if (e.deniedPresent.length > 0) {
          this.quit()
        }
      }, (err) => console.log(err))
    },
    quit() { plus.runtime.quit() },
  },
}
</script>`,
      errors: [
        { messageId: 'blockingModal', line: 7 },
        { messageId: 'exitViaHelper', line: 10 },
      ],
    },
    // uni-app: getLocation fail → relaunch to the authorization page.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script setup>
function locate() {
  uni.getLocation({ type: 'gcj02', fail: () => { uni.reLaunch({ url: '/pages/auth/auth' }) } })
}
</script>`,
      errors: [{ messageId: 'deadEndNavigation', line: 3 }],
    },
    // Taro: rejected promise.
    {
      filename: taro,
      code: `
        import Taro from '@tarojs/taro';
        export function scan() {
          Taro.authorize({ scope: 'scope.camera' }).catch(() => Taro.exitMiniProgram());
        }`,
      errors: [{ messageId: 'exitOnDenial', suggestions: [{ messageId: 'replaceWithReturn', output: `
        import Taro from '@tarojs/taro';
        export function scan() {
          Taro.authorize({ scope: 'scope.camera' }).catch(() => undefined);
        }` }] }],
    },
    // HarmonyOS: authResults in a loop; a one-button dialog that terminates the ability.
    {
      filename: harmony,
      code: `
        import { abilityAccessCtrl, UIAbility } from '@kit.AbilityKit';
        import { promptAction } from '@kit.ArkUI';
        export default class EntryAbility extends UIAbility {
          onWindowStageCreate(windowStage) {
            const atManager = abilityAccessCtrl.createAtManager();
            atManager.requestPermissionsFromUser(this.context, ['ohos.permission.CAMERA']).then((data) => {
              const grantStatus = data.authResults;
              for (let i = 0; i < grantStatus.length; i++) {
                if (grantStatus[i] === 0) {
                  continue;
                } else {
                  promptAction.showDialog({ message: '需要相机权限', buttons: [{ text: '确定', color: '#000000' }] }).then(() => { this.context.terminateSelf(); });
                  return;
                }
              }
            });
          }
        }`,
      errors: [{ messageId: 'blockingModal', line: 13 }],
    },
    // HarmonyOS: some() over authResults.
    {
      filename: harmony,
      code: `
        import { abilityAccessCtrl, UIAbility } from '@kit.AbilityKit';
        export default class EntryAbility extends UIAbility {
          async mic() {
            const atManager = abilityAccessCtrl.createAtManager();
            const result = await atManager.requestPermissionsFromUser(this.context, ['ohos.permission.MICROPHONE']);
            if (result.authResults.some((r) => r !== 0)) this.context.terminateSelf();
          }
        }`,
      errors: [{ messageId: 'exitOnDenial', line: 7, suggestions: [{ messageId: 'replaceWithReturn', output: `
        import { abilityAccessCtrl, UIAbility } from '@kit.AbilityKit';
        export default class EntryAbility extends UIAbility {
          async mic() {
            const atManager = abilityAccessCtrl.createAtManager();
            const result = await atManager.requestPermissionsFromUser(this.context, ['ohos.permission.MICROPHONE']);
            if (result.authResults.some((r) => r !== 0)) return;
          }
        }` }] }],
    },
    // Capacitor: 'denied' state, and a rejected position request.
    {
      filename: capacitor,
      code: `
        import { App } from '@capacitor/app';
        import { Camera } from '@capacitor/camera';
        import { Geolocation } from '@capacitor/geolocation';
        export async function start() {
          const perm = await Camera.requestPermissions();
          if (perm.camera === 'denied') { App.exitApp(); }
          try {
            await Geolocation.getCurrentPosition();
          } catch (e) {
            App.exitApp();
          }
        }`,
      errors: [
        { messageId: 'exitOnDenial', line: 7, suggestions: [{ messageId: 'replaceWithReturn', output: `
        import { App } from '@capacitor/app';
        import { Camera } from '@capacitor/camera';
        import { Geolocation } from '@capacitor/geolocation';
        export async function start() {
          const perm = await Camera.requestPermissions();
          if (perm.camera === 'denied') { return; }
          try {
            await Geolocation.getCurrentPosition();
          } catch (e) {
            App.exitApp();
          }
        }` }] },
        { messageId: 'exitOnDenial', line: 11, suggestions: [{ messageId: 'replaceWithReturn', output: `
        import { App } from '@capacitor/app';
        import { Camera } from '@capacitor/camera';
        import { Geolocation } from '@capacitor/geolocation';
        export async function start() {
          const perm = await Camera.requestPermissions();
          if (perm.camera === 'denied') { App.exitApp(); }
          try {
            await Geolocation.getCurrentPosition();
          } catch (e) {
            return;
          }
        }` }] },
      ],
    },
    // Web (Cordova shell): notification denial, geolocation error callback.
    {
      filename: web,
      code: `
        export async function boot() {
          const p = await Notification.requestPermission();
          if (p === 'denied') navigator.app.exitApp();
          navigator.geolocation.getCurrentPosition(() => {}, () => navigator.app.exitApp());
        }`,
      errors: [
        { messageId: 'exitOnDenial', line: 4, suggestions: [{ messageId: 'replaceWithReturn', output: `
        export async function boot() {
          const p = await Notification.requestPermission();
          if (p === 'denied') return;
          navigator.geolocation.getCurrentPosition(() => {}, () => navigator.app.exitApp());
        }` }] },
        { messageId: 'exitOnDenial', line: 5, suggestions: [{ messageId: 'replaceWithReturn', output: `
        export async function boot() {
          const p = await Notification.requestPermission();
          if (p === 'denied') navigator.app.exitApp();
          navigator.geolocation.getCurrentPosition(() => {}, () => undefined);
        }` }] },
      ],
    },
    // React Native: Cancel quits the app, the other button opens Settings.
    {
      filename: rn,
      code: `
        import { Alert, BackHandler, Linking } from 'react-native';
        import { request, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export async function startNavigation() {
          const status = await request(PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION);
          if (status === RESULTS.BLOCKED) {
            Alert.alert('Location required', 'Turn on location to use the app.', [
              { text: 'Cancel', style: 'cancel', onPress: () => BackHandler.exitApp() },
              { text: 'Open Settings', onPress: () => Linking.openSettings() },
            ]);
          }
        }`,
      errors: [{ messageId: 'settingsOrQuitModal', line: 7 }],
    },
    // WeChat: showModal whose cancel closes the mini program.
    {
      filename: wechat,
      code: `
        Page({
          onLoad() {
            wx.authorize({
              scope: 'scope.userLocation',
              fail: () => {
                wx.showModal({
                  title: '需要位置权限',
                  content: '不授权将无法使用',
                  confirmText: '去设置',
                  cancelText: '退出',
                  success(res) {
                    if (res.confirm) wx.openSetting()
                    else if (res.cancel) wx.exitMiniProgram()
                  },
                })
              },
            })
          },
        })`,
      errors: [{ messageId: 'settingsOrQuitModal', line: 7 }],
    },
    // WeChat: showCancel: false, and the only button asks again (wx.getLocation fails at once: the dialog loops).
    {
      filename: wechat,
      code: `
        Page({
          locate() {
            wx.getLocation({
              type: 'gcj02',
              fail: () => {
                wx.showModal({ title: '提示', content: '请允许获取位置', showCancel: false, success: () => this.locate() })
              },
            })
          },
        })`,
      errors: [{ messageId: 'blockingModal', line: 7 }],
    },
    // WeChat: showCancel: false, Settings only, and wx.openSetting's callback asks again whatever the user chose.
    {
      filename: wechat,
      code: `
        Page({
          locate() {
            wx.getLocation({
              type: 'gcj02',
              fail: () => {
                wx.showModal({
                  content: '需要位置权限',
                  showCancel: false,
                  success: () => wx.openSetting({ complete: () => this.locate() }),
                })
              },
            })
          },
        })`,
      errors: [{ messageId: 'settingsOnlyModal', line: 7, data: { denied: 'wx.getLocation (location)', again: 'the callback of `wx.openSetting`' } }],
    },
    // WeChat: onShow checks the stored denial and shows a Settings-only modal; back from Settings, onShow shows it again.
    {
      filename: wechat,
      code: `
        Page({
          onShow() {
            wx.getSetting({
              success: (res) => {
                if (res.authSetting['scope.userLocation'] === false) {
                  wx.showModal({ title: '提示', content: '请开启定位权限', showCancel: false, success: () => wx.openSetting() })
                }
              },
            })
          },
        })`,
      errors: [{ messageId: 'settingsOnlyModal', line: 7, data: { denied: 'scope.userLocation (wx.getSetting)', again: '`onShow`' } }],
    },
    // React Native: AppState 'active' re-checks and shows an Alert whose only button opens Settings.
    {
      filename: rn,
      code: `
        import { useEffect } from 'react';
        import { Alert, AppState, Linking } from 'react-native';
        import { check, PERMISSIONS, RESULTS } from 'react-native-permissions';
        function ensureLocation() {
          check(PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION).then((status) => {
            if (status === RESULTS.BLOCKED) {
              Alert.alert('Location is off', 'The map needs your location.', [{ text: 'Open Settings', onPress: () => Linking.openSettings() }]);
            }
          });
        }
        export function useLocationGate() {
          useEffect(() => {
            ensureLocation();
            const sub = AppState.addEventListener('change', (state) => { if (state === 'active') ensureLocation(); });
            return () => sub.remove();
          }, []);
        }`,
      errors: [{ messageId: 'settingsOnlyModal', line: 8, data: { denied: 'the permission read by check (location)', again: 'AppState `change` (active)' } }],
    },
    // uni-app: onShow with openAppAuthorizeSetting in a modal without cancel.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script setup>
import { onShow } from '@dcloudio/uni-app'
onShow(() => {
  const setting = uni.getAppAuthorizeSetting()
  if (setting.cameraAuthorized === 'denied') {
    uni.showModal({ title: '提示', content: '请在设置中开启相机权限', showCancel: false, success: () => uni.openAppAuthorizeSetting() })
  }
})
</script>`,
      errors: [{ messageId: 'settingsOnlyModal', line: 6 }],
    },
    // Options: the project's own exit helper and permission screen.
    {
      filename: rn,
      options: [{ exitFunctions: ['AppUtils.quit'], permissionScreens: ['Gate'] }],
      code: `
        import { request, PERMISSIONS, RESULTS } from 'react-native-permissions';
        import AppUtils from '../utils/app';
        export async function start(navigation) {
          const r = await request(PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION);
          if (r === RESULTS.BLOCKED) { AppUtils.quit(); }
          if (r === RESULTS.DENIED) { navigation.reset({ index: 0, routes: [{ name: 'Gate' }] }); }
        }`,
      errors: [
        { messageId: 'exitOnDenial', line: 6, suggestions: [{ messageId: 'replaceWithReturn', output: `
        import { request, PERMISSIONS, RESULTS } from 'react-native-permissions';
        import AppUtils from '../utils/app';
        export async function start(navigation) {
          const r = await request(PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION);
          if (r === RESULTS.BLOCKED) { return; }
          if (r === RESULTS.DENIED) { navigation.reset({ index: 0, routes: [{ name: 'Gate' }] }); }
        }` }] },
        { messageId: 'deadEndNavigation', line: 7 },
      ],
    },
  ],
});

describeFixtureApps('no-block-on-denial', ['capacitor-app', 'harmony-app', 'rn-app', 'uni-app', 'wechat-mp']);
