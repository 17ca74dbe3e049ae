import etsParser from '../../../eslint-plugin/src/parsers/ets-parser.js';
import rule from '../../../eslint-plugin/src/rules/no-repeat-request-after-denial.js';
import { asEslintRule, createTester, describeFixtureApps, ruleFixture, vue } from './request-rule-tester.js';

const at = (path: string) => ruleFixture('no-repeat-request-after-denial', path);
const rn = at('rn-app/src/screens/CameraScreen.tsx');
const expo = at('expo-app/app/(tabs)/map.tsx');
const wechat = at('wechat-mp/pages/record/record.js');
const wechatAddress = at('wechat-mp/pages/address/address.js');
const uni = at('uni-app/pages/map/map.vue');
const taro = at('taro-app/src/pages/map/index.tsx');
const harmony = at('harmony-app/entry/src/main/ets/pages/ScanPage.ts');
const capacitor = at('capacitor-app/src/location.ts');
const capacitorPage = at('capacitor-app/src/ReportPage.tsx');
const web = at('web-app/src/notify.ts');

/**
 * A WeChat page whose failed wx.getLocation reads wx.getSetting and goes on to chooseLocation where `authorisedTest`
 * is false (group-shop-miniprogramme pages/map).
 */
const getSettingFallbackPage = (authorisedTest: string) => `
        Page({
          onLoad() { this.addAddress(); },
          addAddress() {
            wx.getLocation({
              type: 'wgs84',
              success: () => this.chooseLocation(),
              fail: (err) => {
                console.log(err);
                wx.getSetting({
                  success: (res) => {
                    if (${authorisedTest}) {
                      this.setData({ openLocation: false });
                    } else {
                      this.chooseLocation();
                    }
                  },
                });
              },
            });
          },
          chooseLocation() {
            wx.chooseLocation({ success: (place) => this.setData({ place }) });
          },
        });`;

createTester().run('no-repeat-request-after-denial', asEslintRule(rule), {
  valid: [
    // uni-app: a tracker's timer set up in the request's success callback (or its then) starts only once location was
    // granted, as the awaited form does (caitou-delivery's tracking.ts).
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
export default {
  methods: {
    startTracking() {
      uni.getLocation({
        type: 'gcj02',
        success: () => {
          this.timer = setInterval(() => uni.getLocation({ type: 'gcj02', success: (r) => this.report(r) }), 30000)
        },
        fail: () => uni.showModal({ title: '定位未开启', content: '开启定位后可以跟踪配送进度' }),
      })
    },
    startPolling() {
      uni.getLocation({ type: 'gcj02' }).then(() => {
        this.poll = setInterval(() => uni.getLocation({ type: 'gcj02' }), 60000)
      })
    },
    startBrowserPolling() {
      // #ifdef H5
      this.browserPoll = setInterval(() => uni.getLocation({ type: 'gcj02' }), 60000)
      // #endif
    },
  },
}
</script>`,
    },
    // uni-app: code compiled only for a build the app does not make (#ifdef MP-BAIDU, CRMEB's util.js in qyqf) and a
    // request compiled for the WeChat build alone, where WeChat keeps the refusal (#ifdef MP-WEIXIN in onShow).
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
export default {
  onShow() {
    // #ifdef MP-WEIXIN
    uni.getLocation({ type: 'gcj02' })
    // #endif
  },
  methods: {
    locate() {
      uni.getLocation({
        fail: (err) => {
          // #ifdef MP-BAIDU
          if (err.errCode === 202) uni.getLocation({ type: 'gcj02' })
          uni.openSetting()
          // #endif
        },
      })
    },
  },
}
</script>`,
    },
    // uni-app (yszyun-pz-app): onShow calls a helper only in the WeChat build (#ifdef MP-WEIXIN around the call, not
    // around the request): the helper's getLocation asks WeChat alone, which keeps the refusal.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
export default {
  data() { return { cityid: 0 } },
  onShow() {
    if (this.cityid == 0) {
      // #ifdef MP-WEIXIN
      this.getAuthorize();
      // #endif
    }
  },
  methods: {
    getAuthorize() {
      uni.authorize({ scope: 'scope.userLocation', success: () => this.getWXLocation() })
    },
    getWXLocation() {
      uni.getLocation({ type: 'gcj02', success: () => { this.cityid = 1 } })
    },
  },
}
</script>`,
    },
    // WeChat (xterra): the template's only binding of the method is commented out and no script calls it: it runs
    // from a tap once the binding is back, and never before, so it pushes nothing on its own.
    {
      filename: wechatAddress,
      code: `
        Page({
          pickOldAddr() {
            wx.getSetting({ success(res) { if (res.authSetting['scope.address'] === false) wx.openSetting(); } });
          },
        });`,
    },
    // WeChat: a scan page that asks for the camera from onShow until it is authorised. After a refusal, wx.authorize
    // fails at once with no prompt (shenyefan scenic_weapp pages/workbench/scan).
    {
      filename: wechat,
      code: `
        Page({
          data: { supportCamera: true, cameraAuthorized: false },
          onShow() {
            if (this.data.supportCamera && !this.data.cameraAuthorized) this.ensureCameraPermission()
          },
          ensureCameraPermission() {
            wx.getSetting({
              success: ({ authSetting }) => {
                if (authSetting['scope.camera']) return this.setData({ cameraAuthorized: true })
                wx.authorize({
                  scope: 'scope.camera',
                  success: () => this.setData({ cameraAuthorized: true }),
                  fail: () => this.setData({ cameraAuthorized: false, permissionDenied: true }),
                })
              },
            })
          },
        })`,
    },
    // WeChat keeps the refusal, and wx.chooseLocation asks for no scope (it opens the map picker): going on to it
    // where getSetting says the scope is not authorised asks nobody again.
    {
      filename: at('wechat-mp/pages/map/map.js'),
      code: getSettingFallbackPage("res.authSetting['scope.userLocation']"),
    },
    // WeChat keeps a refusal until the mini program is deleted: wx.getLocation in onShow after it fails at once, with
    // no prompt (developers.weixin.qq.com 授权), so no flag is needed at all.
    {
      filename: wechat,
      code: `
        Page({
          data: { locationDenied: false },
          onShow() {
            if (this.data.locationDenied) return
            wx.getLocation({
              type: 'gcj02',
              success: (res) => this.setData({ latitude: res.latitude }),
              fail: () => this.setData({ locationDenied: true }),
            })
          },
        })`,
    },
    // uni.authorize exists in mini-program builds only, where WeChat keeps the refusal: no prompt on the next show.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
export default {
  data() { return { refused: false } },
  onShow() {
    if (!this.refused) uni.authorize({ scope: 'scope.userLocation', fail: () => { this.refused = true } })
  },
}
</script>`,
    },
    // The same through a method.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
export default {
  onShow() { this.locate() },
  methods: { locate() { uni.authorize({ scope: 'scope.userLocation' }) } },
}
</script>`,
    },
    // Taro for WeChat: useDidShow asks again only WeChat, which keeps the refusal (shenyefan scenic_weapp had a
    // wx.authorize in onShow).
    {
      filename: taro,
      code: `
        import Taro, { useDidShow } from '@tarojs/taro';
        export default function MapPage() {
          useDidShow(() => { Taro.getLocation({ type: 'gcj02' }); });
          return null;
        }`,
    },
    // A toggle that asks when the permission is not granted yet, through the hook's own request function: the test
    // reads the value from before the request (state), and the request's answer is only tested after it
    // (trucktap-expo-app contexts/NotificationContext.tsx).
    {
      filename: expo,
      code: `
        import { useCallback, useState } from 'react';
        import * as Location from 'expo-location';
        export function useTracking() {
          const [permissionStatus, setPermissionStatus] = useState('undetermined');
          const requestPermission = useCallback(async () => {
            const { status } = await Location.requestForegroundPermissionsAsync();
            const granted = status === 'granted';
            setPermissionStatus(granted ? 'granted' : 'denied');
            return granted;
          }, []);
          const togglePreference = useCallback(async (value) => {
            if (value) {
              let granted = permissionStatus === 'granted';
              if (!granted) {
                granted = await requestPermission();
                if (!granted) return;
              }
              await Location.startLocationUpdatesAsync('track');
            }
          }, [permissionStatus, requestPermission]);
          return { togglePreference };
        }`,
    },
    // WeChat: a failed wx.getLocation whose fail callback reads getSetting and goes on only where the scope is
    // authorised (the location service was off, not a refusal): a user who said no never reaches that side
    // (group-shop-miniprogramme pages/map).
    {
      filename: at('wechat-mp/pages/map/map.js'),
      code: getSettingFallbackPage("!res.authSetting['scope.userLocation']"),
    },
    // HarmonyOS: location reads never ask (the app asks with requestPermissionsFromUser; a denied read fails), so a
    // page refreshing the location on every show asks nothing again (HMOS_MX_GPS).
    {
      filename: at('harmony-app/entry/src/main/ets/pages/MapPage.ets'),
      languageOptions: { parser: etsParser },
      code: `
        import { geoLocationManager } from '@kit.LocationKit';
        @Entry
        @Component
        struct MapPage {
          onPageShow(): void {
            geoLocationManager.on('locationChange', { interval: 1 }, (location) => console.info(JSON.stringify(location)));
            geoLocationManager.getCurrentLocation().then((location) => console.info(JSON.stringify(location)));
          }
          build() {
            Column() { Text('地图') }
          }
        }`,
    },
    // setInterval: a condition on the way (the permission status read first, a tracking flag) may stop the repeat;
    // a local function named setInterval is no timer; a timer that only reads the location asks nothing.
    {
      filename: expo,
      code: `
        import { useEffect, useState } from 'react';
        import * as Location from 'expo-location';
        export default function Map() {
          const [tracking, setTracking] = useState(true);
          const poll = async () => {
            const { status } = await Location.getForegroundPermissionsAsync();
            if (status !== 'granted') return;
            await Location.requestForegroundPermissionsAsync();
          };
          useEffect(() => {
            const a = setInterval(() => poll(), 3000);
            const b = setInterval(() => { if (tracking) Location.requestForegroundPermissionsAsync(); }, 3000);
            const c = setInterval(() => Location.getCurrentPositionAsync({}), 5000);
            return () => { clearInterval(a); clearInterval(b); clearInterval(c); };
          }, [tracking]);
          return null;
        }
        function setInterval(fn, ms) { return fn; }`,
    },
    {
      filename: expo,
      code: `
        import { useEffect, useRef } from 'react';
        import * as Location from 'expo-location';
        export default function Map() {
          const asked = useRef(false);
          async function poll() {
            if (asked.current) return;
            asked.current = true;
            await Location.requestForegroundPermissionsAsync();
          }
          async function once() { await Location.requestForegroundPermissionsAsync(); }
          useEffect(() => {
            const id = setInterval(poll, 3000);
            const t = setTimeout(once, 3000);
            return () => { clearInterval(id); clearTimeout(t); };
          }, []);
          return null;
        }`,
    },
    // A timer set up only after the code read an answer (a request, a status check): it starts on the granted side,
    // where Capacitor's getCurrentPosition asks nothing.
    {
      filename: capacitorPage,
      code: `
        import { Geolocation } from '@capacitor/geolocation';
        export function Tracker() {
          const start = async () => {
            const status = await Geolocation.requestPermissions();
            if (status.location !== 'granted') return;
            setInterval(() => {
              Geolocation.getCurrentPosition().then((p) => console.log(p.coords));
            }, 5000);
          };
          const startChecked = async () => {
            const status = await Geolocation.checkPermissions();
            if (status.location === 'granted') {
              setInterval(async () => { await Geolocation.getCurrentPosition(); }, 5000);
            }
          };
          return <button onClick={start} onDoubleClick={startChecked}>Start duty</button>;
        }`,
    },
    // Retry only from a user tap.
    {
      filename: rn,
      code: `
        import { Alert } from 'react-native';
        import { request, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export async function askCamera() {
          const result = await request(PERMISSIONS.IOS.CAMERA);
          if (result === RESULTS.DENIED) {
            Alert.alert('Camera', 'Scanning needs the camera.', [
              { text: 'Not now', style: 'cancel' },
              { text: 'Try again', onPress: () => askCamera() },
            ]);
          }
        }`,
    },
    // openSettings from a button in the denial UI.
    {
      filename: rn,
      code: `
        import { request, openSettings, PERMISSIONS, RESULTS } from 'react-native-permissions';
        import { Button, Text, View } from 'react-native';
        export function CameraGate({ status }) {
          if (status === RESULTS.BLOCKED) {
            return <View><Text>Camera is off</Text><Button title="Open Settings" onPress={() => openSettings()} /></View>;
          }
          return <Button title="Allow" onPress={() => request(PERMISSIONS.IOS.CAMERA)} />;
        }`,
    },
    // check() says DENIED when never asked: requesting then is the first request.
    {
      filename: rn,
      code: `
        import { check, request, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export async function ensureMic() {
          const status = await check(PERMISSIONS.ANDROID.RECORD_AUDIO);
          switch (status) {
            case RESULTS.DENIED:
              return request(PERMISSIONS.ANDROID.RECORD_AUDIO);
            case RESULTS.GRANTED:
              return status;
          }
        }`,
    },
    // Expo: ask only when the OS still allows asking (not yet asked); the denial path just reports.
    {
      filename: expo,
      code: `
        import * as Location from 'expo-location';
        export async function locate() {
          const current = await Location.getForegroundPermissionsAsync();
          if (!current.granted && current.canAskAgain) {
            const { status } = await Location.requestForegroundPermissionsAsync();
            if (status !== 'granted') return null;
          }
          return Location.getCurrentPositionAsync();
        }`,
    },
    // A denial of location followed by a camera request is not a repeat of the same permission.
    {
      filename: rn,
      code: `
        import { PermissionsAndroid } from 'react-native';
        export async function checkIn() {
          const loc = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.ACCESS_FINE_LOCATION, { title: 'Location', message: 'Check in at the store', buttonPositive: 'OK' });
          if (loc !== PermissionsAndroid.RESULTS.GRANTED) {
            await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA, { title: 'Camera', message: 'Scan the store QR code instead', buttonPositive: 'OK' });
          }
        }`,
    },
    // Lifecycle request behind a persisted denial-timestamp check.
    {
      filename: rn,
      code: `
        import { useCallback } from 'react';
        import AsyncStorage from '@react-native-async-storage/async-storage';
        import { useFocusEffect } from '@react-navigation/native';
        import { request, PERMISSIONS, RESULTS } from 'react-native-permissions';
        const COOLDOWN = 48 * 3600 * 1000;
        export function MapScreen() {
          useFocusEffect(useCallback(() => {
            (async () => {
              const deniedAt = Number(await AsyncStorage.getItem('location.deniedAt'));
              if (deniedAt && Date.now() - deniedAt < COOLDOWN) return;
              const r = await request(PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION);
              if (r !== RESULTS.GRANTED) await AsyncStorage.setItem('location.deniedAt', String(Date.now()));
            })();
          }, []));
          return null;
        }`,
    },
    // WeChat onShow guarded by the platform's stored denial (authSetting === false).
    {
      filename: wechat,
      code: `
        Page({
          onShow() {
            wx.getSetting({ success: (res) => {
              if (res.authSetting['scope.userLocation'] === false) return;
              wx.getLocation({ type: 'gcj02', success: (r) => this.setData({ r }) });
            } });
          },
        })`,
    },
    // WeChat onShow guarded by a storage timestamp.
    {
      filename: wechat,
      code: `
        Component({
          pageLifetimes: {
            show() {
              const refusedAt = wx.getStorageSync('camera_refused_at');
              if (refusedAt && Date.now() - refusedAt < 172800000) return;
              wx.authorize({ scope: 'scope.camera', fail() { wx.setStorageSync('camera_refused_at', Date.now()) } });
            },
          },
        })`,
    },
    // A stored refusal found when the user taps the feature: taking them to settings answers the tap.
    {
      filename: wechat,
      code: `
        Page({
          onTapNearby() {
            wx.getSetting({ success: (res) => {
              if (res.authSetting['scope.userLocation'] === false) wx.openSetting();
              else wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ loc }) });
            } });
          },
        })`,
    },
    // A request in a screen's button handler (not a lifecycle hook).
    {
      filename: wechat,
      code: `
        Page({
          onTapRecord() { wx.authorize({ scope: 'scope.record', fail: () => wx.showToast({ title: '已拒绝录音', icon: 'none' }) }) },
        })`,
    },
    // WeChat: settings from the confirm button of a modal.
    {
      filename: wechat,
      code: `
        Page({
          onTapCamera() {
            wx.authorize({ scope: 'scope.camera', fail() {
              wx.showModal({ title: '需要相机', content: '去设置开启？', success(r) { if (r.confirm) wx.openSetting() } })
            } })
          },
        })`,
    },
    // uni-app: onShow reads only the stored status (no prompt).
    {
      filename: uni,
      languageOptions: vue,
      code: `<script setup>
import { onShow } from '@dcloudio/uni-app'
onShow(() => {
  const setting = uni.getAppAuthorizeSetting()
  console.log(setting.locationAuthorized)
})
</script>`,
    },
    // uni-app: onShow asks only when the asynchronous storage read finds nothing (its fail callback).
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
export default {
  onShow() { this.choseCity() },
  methods: {
    choseCity() {
      uni.getStorage({
        key: 'city',
        success: (res) => { this.city = res.data },
        fail: () => { uni.getLocation({ type: 'gcj02', success: (loc) => { this.city = loc } }) },
      })
    },
  },
}
</script>`,
    },
    // uni-app: onShow reads the location only where uni.getSetting reported the scope authorised (else branch of a
    // not-authorised test, through a method): no dialog can appear, and a user who said no never gets there.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
export default {
  onShow() { this.loadCheckLocation() },
  methods: {
    loadCheckLocation() {
      uni.getSetting({
        success: (res) => {
          if (!res.authSetting['scope.userLocation']) {
            uni.showModal({ title: '提示', content: '请在设置中开启定位' })
            return
          } else {
            this.loadGetLocation()
          }
        },
      })
    },
    loadGetLocation() {
      uni.getLocation({ type: 'wgs84', success: ({ latitude }) => { this.latitude = latitude } })
    },
  },
}
</script>`,
    },
    {
      filename: wechat,
      code: `
        Page({
          onShow() {
            wx.getSetting({ success: (res) => {
              if (res.authSetting['scope.userLocation'] === true) wx.getLocation({ type: 'gcj02' });
            } });
          },
        })`,
    },
    // uni-app: the project's own stored-denial helper (configured).
    {
      filename: uni,
      languageOptions: vue,
      options: [{ storedDenialChecks: ['permissionGate.mayAsk'] }],
      code: `<script setup>
import { onShow } from '@dcloudio/uni-app'
import permissionGate from '@/utils/permission-gate'
onShow(() => {
  if (!permissionGate.mayAsk('location')) return
  uni.getLocation({ type: 'gcj02' })
})
</script>`,
    },
    // Taro: useDidShow with only a status read.
    {
      filename: taro,
      code: `
        import Taro, { useDidShow } from '@tarojs/taro';
        export default function MapPage() {
          useDidShow(() => { Taro.getSetting().then((res) => console.log(res.authSetting)); });
          return null;
        }`,
    },
    // Taro: denial path that tells the user how to enable it later.
    {
      filename: taro,
      code: `
        import Taro from '@tarojs/taro';
        export async function locate() {
          try { await Taro.authorize({ scope: 'scope.userLocation' }); }
          catch { Taro.showToast({ title: '可在设置中开启定位', icon: 'none' }); }
        }`,
    },
    // HarmonyOS: requestPermissionsFromUser shows its dialog once; after a refusal it returns the refusal with no
    // dialog (HarmonyOS guide 再次向用户申请授权), so asking in onPageShow / onForeground, or again after the refusal,
    // asks no one (charging-system's ScanPage, harmonyos-apps' harmony-fit and harmony-qr).
    {
      filename: harmony,
      code: `
        import { abilityAccessCtrl } from '@kit.AbilityKit';
        export class ScanPage {
          onPageShow() {
            abilityAccessCtrl.createAtManager().requestPermissionsFromUser(this.context, ['ohos.permission.CAMERA']);
          }
        }
        export class EntryAbility {
          onForeground() { this.requestMotion(); }
          async requestMotion() {
            const atManager = abilityAccessCtrl.createAtManager();
            const result = await atManager.requestPermissionsFromUser(this.context, ['ohos.permission.ACTIVITY_MOTION']);
            if (result.authResults[0] !== 0) await atManager.requestPermissionsFromUser(this.context, ['ohos.permission.ACTIVITY_MOTION']);
          }
        }`,
    },
    {
      filename: at('harmony-app/entry/src/main/ets/pages/ChargeScan.ets'),
      languageOptions: { parser: etsParser },
      code: `
        import { abilityAccessCtrl, common } from '@kit.AbilityKit';
        @Entry
        @Component
        struct ChargeScan {
          async onPageShow() {
            const context = getContext(this) as common.UIAbilityContext;
            await abilityAccessCtrl.createAtManager().requestPermissionsFromUser(context, ['ohos.permission.CAMERA']);
          }
          build() {
            Column() { Text('扫码充电') }
          }
        }`,
    },
    // HarmonyOS: second authorization (requestPermissionOnSetting) from a button handler.
    {
      filename: harmony,
      code: `
        import { abilityAccessCtrl } from '@kit.AbilityKit';
        export class ScanController {
          async scan(context) {
            const atManager = abilityAccessCtrl.createAtManager();
            const result = await atManager.requestPermissionsFromUser(context, ['ohos.permission.CAMERA']);
            if (result.authResults[0] !== 0) this.showDenied = true;
          }
          onOpenSettingsClick(context) {
            abilityAccessCtrl.createAtManager().requestPermissionOnSetting(context, ['ohos.permission.CAMERA']);
          }
        }`,
    },
    // Capacitor: a status read that finds a denial, inside a button's handler: the user asked for the feature now.
    {
      filename: capacitorPage,
      code: `
        import { Geolocation } from '@capacitor/geolocation';
        export function ReportPage() {
          return (
            <button
              onClick={async () => {
                const status = await Geolocation.checkPermissions();
                if (status.location === 'denied') await Geolocation.requestPermissions();
              }}
            >
              Use my location
            </button>
          );
        }`,
    },
    // …the same through a handler whose only uses are event props.
    {
      filename: capacitorPage,
      code: `
        import { useCallback } from 'react';
        import { Geolocation } from '@capacitor/geolocation';
        export function ReportPage() {
          const locate = useCallback(async () => {
            const status = await Geolocation.checkPermissions();
            if (status.location === 'denied') await Geolocation.requestPermissions();
          }, []);
          return <button onClick={locate}>Use my location</button>;
        }`,
    },
    // …and an action a custom hook returns for its components to call (useGeolocation().getCurrentPosition).
    {
      filename: at('capacitor-app/src/hooks/useGeolocation.ts'),
      code: `
        import { useCallback, useState } from 'react';
        import { Geolocation } from '@capacitor/geolocation';
        export function useGeolocation() {
          const [error, setError] = useState<string | null>(null);
          const getCurrentPosition = useCallback(async () => {
            const permissions = await Geolocation.checkPermissions();
            if (permissions.location === 'denied') {
              const requested = await Geolocation.requestPermissions();
              if (requested.location === 'denied') return setError('Location permission denied.');
            }
            return Geolocation.getCurrentPosition({ enableHighAccuracy: true });
          }, []);
          return { getCurrentPosition, error };
        }`,
    },
    // Capacitor: resume listener that only checks.
    {
      filename: capacitor,
      code: `
        import { App } from '@capacitor/app';
        import { Geolocation } from '@capacitor/geolocation';
        App.addListener('resume', async () => { const s = await Geolocation.checkPermissions(); console.log(s.location); });`,
    },
    // Web: visibilitychange re-asks only when the user has not said no ('default' state).
    {
      filename: web,
      code: `
        document.addEventListener('visibilitychange', () => {
          if (Notification.permission === 'denied') return;
          if (document.visibilityState === 'visible') console.log('back');
        });`,
    },
    // A timer in the denial branch that only shows a hint.
    {
      filename: web,
      code: `
        export async function enable() {
          const p = await Notification.requestPermission();
          if (p === 'denied') setTimeout(() => showHint('You can enable notifications in the browser settings'), 500);
        }
        function showHint(text) { console.log(text); }`,
    },
    // A local helper named like a request is not a permission API.
    {
      filename: rn,
      code: `
        import { PermissionsAndroid } from 'react-native';
        const request = (url) => fetch(url);
        export async function upload() {
          const r = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.READ_MEDIA_IMAGES, { title: 'Photos', message: 'Upload', buttonPositive: 'OK' });
          if (r !== 'granted') request('/api/log-denial');
        }`,
    },
    // A status check on the right side: the request runs only while the user has not refused.
    {
      filename: web,
      code: `
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible' && Notification.permission !== 'denied') Notification.requestPermission();
        });`,
    },
    // Expo: the hook asks only while the OS still allows asking.
    {
      filename: expo,
      code: `
        import { useCallback } from 'react';
        import { useFocusEffect } from 'expo-router';
        import * as Location from 'expo-location';
        export default function Map() {
          useFocusEffect(useCallback(() => {
            (async () => {
              const { canAskAgain, granted } = await Location.getForegroundPermissionsAsync();
              if (granted || !canAskAgain) return;
              await Location.requestForegroundPermissionsAsync();
            })();
          }, []));
          return null;
        }`,
    },
    // A denied flag kept in a ref but loaded from storage when the screen mounts: a persisted record.
    {
      filename: rn,
      code: `
        import { useCallback, useEffect, useRef } from 'react';
        import AsyncStorage from '@react-native-async-storage/async-storage';
        import { useFocusEffect } from '@react-navigation/native';
        import { request, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export default function CameraScreen() {
          const deniedRef = useRef(false);
          useEffect(() => {
            AsyncStorage.getItem('camera.denied').then((value) => { deniedRef.current = value === '1'; });
          }, []);
          useFocusEffect(useCallback(() => {
            if (deniedRef.current) return;
            request(PERMISSIONS.ANDROID.CAMERA).then((result) => {
              if (result === RESULTS.DENIED) {
                deniedRef.current = true;
                AsyncStorage.setItem('camera.denied', '1');
              }
            });
          }, []));
          return null;
        }`,
    },
    // React state initialised from MMKV (synchronous storage): a persisted record, whatever the flag is called.
    {
      filename: expo,
      code: `
        import { useCallback, useState } from 'react';
        import { useFocusEffect } from 'expo-router';
        import { MMKV } from 'react-native-mmkv';
        import * as Location from 'expo-location';
        const storage = new MMKV();
        export default function MapTab() {
          const [skip, setSkip] = useState(() => storage.getBoolean('location.skip') ?? false);
          useFocusEffect(useCallback(() => {
            if (skip) return;
            Location.requestForegroundPermissionsAsync().then(({ granted }) => {
              if (!granted) { setSkip(true); storage.set('location.skip', true); }
            });
          }, [skip]));
          return null;
        }`,
    },
    // The state setter handed straight to the storage read: the flag mirrors what was saved.
    {
      filename: rn,
      code: `
        import { useCallback, useEffect, useState } from 'react';
        import AsyncStorage from '@react-native-async-storage/async-storage';
        import { useFocusEffect } from '@react-navigation/native';
        import { request, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export default function ScanScreen() {
          const [optedOut, setOptedOut] = useState<string | null>('pending');
          useEffect(() => { AsyncStorage.getItem('scan.optedOut').then(setOptedOut); }, []);
          useFocusEffect(useCallback(() => {
            if (optedOut) return;
            request(PERMISSIONS.ANDROID.CAMERA).then((result) => {
              if (result !== RESULTS.GRANTED) { setOptedOut('1'); AsyncStorage.setItem('scan.optedOut', '1'); }
            });
          }, [optedOut]));
          return null;
        }`,
    },
    // The lifecycle option can be switched off.
    {
      filename: wechat,
      options: [{ lifecycleHooks: false }],
      code: `Page({ onShow() { wx.getLocation({ type: 'gcj02' }) } })`,
    },
    // Taro: settings opened from the success callback of the project's own showModal wrapper (runs on "confirm").
    {
      filename: taro,
      code: `
        import Taro from '@tarojs/taro';
        function showModel({ content, success }) {
          Taro.showModal({ title: '提示', content, showCancel: false, success(res) { if (res.confirm && success) success(); } });
        }
        export function locate() {
          Taro.getLocation({
            type: 'gcj02',
            fail() {
              showModel({ content: '请先授予位置权限', success() { Taro.openSetting(); } });
            },
          });
        }`,
    },
    // The same wrapper imported from the project's utils.
    {
      filename: taro,
      code: `
        import Taro from '@tarojs/taro';
        import { showModel } from '@/utils';
        export function locate() {
          Taro.getLocation({ type: 'gcj02', fail() { showModel({ content: '请先授予位置权限', success() { Taro.openSetting(); } }); } });
        }`,
    },
    // VisionCamera: the status is tested before the variable gets the request's answer; not-determined is the first ask.
    {
      filename: rn,
      code: `
        import { Camera } from 'react-native-vision-camera';
        export async function openCamera() {
          let permission = await Camera.getCameraPermissionStatus();
          if (permission == 'authorized') {
            return true;
          } else if (permission == 'not-determined') {
            permission = await Camera.requestCameraPermission();
          }
          return permission == 'authorized';
        }`,
    },
    // WeChat: a page method the template binds (bind:click on a Vant button) is a tap handler.
    {
      filename: wechatAddress,
      code: `
        Page({
          selectAddr() {
            wx.getSetting({ success(res) { if (res.authSetting['scope.address'] === false) wx.openSetting(); else wx.chooseAddress(); } });
          },
        });`,
    },
    // getUserMedia: a catch that retries with looser constraints is a fallback (OverconstrainedError), not a second prompt.
    {
      filename: web,
      code: `
        export async function start(deviceId, facingMode) {
          let stream;
          try {
            stream = await navigator.mediaDevices.getUserMedia({ video: { deviceId: { exact: deviceId } } });
          } catch (deviceError) {
            console.warn('camera gone, falling back', deviceError);
            stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode } });
          }
          return stream;
        }`,
    },
    // navigator.geolocation's error callback (a timeout or no fix, as well as a refusal) retrying with lower accuracy is
    // a fallback too (gppo's useGeolocation).
    {
      filename: web,
      code: `
        export const locate = () => new Promise((resolve, reject) => {
          const high = { enableHighAccuracy: true, timeout: 15000 };
          const low = { enableHighAccuracy: false, timeout: 20000 };
          navigator.geolocation.getCurrentPosition(resolve, () => {
            navigator.geolocation.getCurrentPosition(resolve, (e) => reject(e), low);
          }, high);
        });`,
    },
    // busrouter-sg's GeolocateControl: the error callback tells the refusal (code 1) from a timeout or no fix, and
    // retries only in the branch for those. Also with the named constant and the \`!==\` form.
    {
      filename: web,
      code: `
        export default class GeolocateControl {
          _retries = 0;
          _clickButton = () => {
            this._watching = navigator.geolocation.watchPosition(
              (position) => { this._currentLocation = [position.coords.longitude, position.coords.latitude]; },
              (e) => {
                this._retries++;
                if (e.code === 1) {
                  alert('Location is blocked. Please enable it in the settings to use this feature.');
                } else {
                  if (this._retries > 3) return;
                  this._clickButton();
                }
              },
              { enableHighAccuracy: true, timeout: 60 * 1000 },
            );
          };
        }`,
    },
    {
      filename: web,
      code: `
        export function track(onFix) {
          navigator.geolocation.watchPosition(onFix, (error) => {
            if (error.code !== error.PERMISSION_DENIED) track(onFix);
          });
        }`,
    },
    // A status check inside a try whose denied branch returns guards the request after the try.
    {
      filename: web,
      code: `
        async function startCamera() {
          try {
            const status = await navigator.permissions.query({ name: 'camera' });
            if (status.state === 'denied') {
              showBlockedHint();
              return;
            }
          } catch (unsupported) {
            console.log('Permissions API not supported', unsupported);
          }
          return navigator.mediaDevices.getUserMedia({ video: true });
        }
        function showBlockedHint() { console.log('enable the camera in the browser settings'); }
        export async function zoom(level) {
          try {
            await navigator.mediaDevices.getUserMedia({ video: { advanced: [{ zoom: level }] } });
          } catch (error) {
            await startCamera();
          }
        }`,
    },
    // nirbhaya: the catch calls the helper with a saved place (no `source`), and the helper asks only for
    // `source === 'current'`: nothing is asked again after the refusal.
    {
      filename: capacitor,
      code: `
        import { Geolocation } from '@capacitor/geolocation';
        type Place = { latitude: number | null; longitude: number | null; name?: string; source?: 'current' | 'stored' };
        let selected: Place | null = null;
        export async function pickInitialPlace(saved: Place[]) {
          try {
            const position = await Geolocation.getCurrentPosition({ enableHighAccuracy: true });
            selected = { latitude: position.coords.latitude, longitude: position.coords.longitude, source: 'current' };
          } catch (error) {
            if (saved.length) await handleLocationSelected({ latitude: saved[0].latitude, longitude: saved[0].longitude, name: saved[0].name });
            await handleLocationSelected({ latitude: null, longitude: null, source: 'stored' });
          }
        }
        export const handleLocationSelected = async (location: Place) => {
          if (location.source === 'current') {
            const position = await Geolocation.getCurrentPosition({ enableHighAccuracy: true });
            selected = { latitude: position.coords.latitude, longitude: position.coords.longitude, source: 'current' };
          } else {
            selected = location;
          }
        };`,
    },
    // nirbhaya: Capacitor's watchPosition resolves a watch id (also when the user refused): \`!watchId\` tests no answer.
    {
      filename: capacitor,
      code: `
        import { Geolocation } from '@capacitor/geolocation';
        let watchId: string | null = null;
        export const startLocationWatching = async () => {
          try {
            watchId = await Geolocation.watchPosition({ enableHighAccuracy: true }, () => {});
          } catch (error) {
            console.error(error);
          }
        };
        export const updateCurrentLocation = async (): Promise<void> => {
          if (!watchId) await startLocationWatching();
        };`,
    },
    // Gaurdapp: an editor's copy left beside the page its App imports (`Dashboard copy 3.tsx`) ships in no bundle; the
    // same code in the page itself is reported (invalid, below).
    {
      filename: capacitor.replace(/location\.ts$/, 'Dashboard copy 3.tsx'),
      code: `
        import { Geolocation } from '@capacitor/geolocation';
        export function startTracking() {
          return setInterval(() => Geolocation.getCurrentPosition(), 5000);
        }`,
    },
  ],
  invalid: [
    // The helper called with the place it asks for, after the refusal: asked again.
    {
      filename: capacitor,
      code: `
        import { Geolocation } from '@capacitor/geolocation';
        type Place = { latitude: number | null; longitude: number | null; source?: 'current' | 'stored' };
        let selected: Place | null = null;
        export async function pickInitialPlace() {
          try {
            const position = await Geolocation.getCurrentPosition({ enableHighAccuracy: true });
            selected = { latitude: position.coords.latitude, longitude: position.coords.longitude };
          } catch (error) {
            await handleLocationSelected({ latitude: null, longitude: null, source: 'current' });
          }
        }
        export const handleLocationSelected = async (location: Place) => {
          if (location.source === 'current') {
            const position = await Geolocation.getCurrentPosition({ enableHighAccuracy: true });
            selected = { latitude: position.coords.latitude, longitude: position.coords.longitude };
          }
        };`,
      errors: [{ messageId: 'repeatRequest', line: 10 }],
    },
    // A status the request answered, tested in another function that calls the requester: that function asks again
    // (not "calls itself"); inside the requester it is recursion.
    {
      filename: capacitor,
      code: `
        import { Geolocation } from '@capacitor/geolocation';
        let status: string | undefined;
        export const askLocation = async () => {
          status = (await Geolocation.requestPermissions()).location;
          if (status === 'denied') await askLocation();
        };
        export const refresh = async () => {
          if (status === 'denied') await askLocation();
        };`,
      errors: [
        { messageId: 'recursiveRequest', line: 6 },
        { messageId: 'repeatRequest', line: 9 },
      ],
    },
    {
      filename: capacitor.replace(/location\.ts$/, 'Dashboard.tsx'),
      code: `
        import { Geolocation } from '@capacitor/geolocation';
        export function startTracking() {
          return setInterval(() => Geolocation.getCurrentPosition(), 5000);
        }`,
      errors: [{ messageId: 'intervalRequest', line: 4 }],
    },
    // ccd-take-out-rider: DCloud's wa-permission helper guards the read in onShow. Android reads only once
    // requestAndroidPermission resolved 1 (granted); iOS only while judgeIosPermission says iOS has no refusal on record.
    // The request itself (plus.android.requestPermissions inside the helper) runs at every onShow, so a user who
    // refused is asked again each time the page shows: that call is reported, the guarded reads are not.
    {
      filename: uni,
      languageOptions: vue,
      code: `<template><view>{{ lat }}</view></template>
<script>
import permision from '@/js_sdk/wa-permission/permission.js';
export default {
  data() { return { lat: 0 } },
  onShow() {
    const that = this;
    if (uni.getSystemInfoSync().platform === 'android') {
      permision.requestAndroidPermission('android.permission.ACCESS_FINE_LOCATION').then((res) => {
        if (res === 1) that.getlocat();
      });
    } else if (permision.judgeIosPermission('location')) {
      that.getlocat();
    }
  },
  methods: {
    getlocat() {
      uni.getLocation({ type: 'gcj02', success: (res) => { this.lat = res.latitude } });
    },
  },
}
</script>`,
      errors: [{ messageId: 'lifecycleRequest', line: 9 }],
    },
    // …while the other side of wa-permission's answers (refused, or a result other than granted) reaches the user who said no.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
import permision from '@/js_sdk/wa-permission/permission.js';
export default {
  onShow() {
    if (!permision.judgeIosPermission('location')) this.locate();
    permision.requestAndroidPermission('android.permission.ACCESS_FINE_LOCATION').then((res) => {
      if (res !== 1) this.locate();
    });
  },
  methods: {
    locate() { uni.getLocation({ type: 'gcj02', success: () => {} }) },
  },
}
</script>`,
      errors: [
        { messageId: 'lifecycleRequest', line: 5 },
        { messageId: 'lifecycleRequest', line: 6 },
        { messageId: 'lifecycleRequest', line: 7 },
      ],
    },
    // …while a retry in the refusal's own branch asks again after the user said no.
    {
      filename: web,
      code: `
        export function track(onFix) {
          navigator.geolocation.watchPosition(onFix, (error) => {
            if (error.code === GeolocationPositionError.PERMISSION_DENIED) track(onFix);
            else console.warn('no fix yet', error);
          });
        }`,
      errors: [{ messageId: 'recursiveRequest', line: 4 }],
    },
    // …while the same options asked again from the error callback are the same question.
    {
      filename: web,
      code: `
        export const locate = () => new Promise((resolve, reject) => {
          const options = { enableHighAccuracy: true, timeout: 15000 };
          navigator.geolocation.getCurrentPosition(resolve, () => {
            navigator.geolocation.getCurrentPosition(resolve, (e) => reject(e), options);
          }, options);
        });`,
      errors: [{ messageId: 'repeatRequest', line: 5 }],
    },
    // uni-app (yszyun-pz-app): the flag onShow tests is written only by a method the template binds to a tap and in
    // the request's success callback: nothing remembers a refusal, so the plain message, not "remembered in memory".
    {
      filename: uni,
      languageOptions: vue,
      code: `<template>
  <view @tap="chooseCity">{{ city }}</view>
</template>
<script>
export default {
  data() { return { city: '', cityid: 0 } },
  onShow() {
    if (this.cityid == 0) this.getLocation();
  },
  methods: {
    getLocation() {
      var _this = this;
      uni.getLocation({ type: 'gcj02', success: function (res) { _this.cityid = 1 } });
    },
    chooseCity() {
      this.cityid = 2
    },
  },
}
</script>`,
      errors: [{ messageId: 'lifecycleRequest', line: 8 }],
    },
    // lorianctapp: the user's own "auto save" switch, loaded from storage through two local steps and never written on
    // a refusal, remembers nothing of it: the plain message, not "remembered in memory".
    {
      filename: uni,
      languageOptions: vue,
      code: `<template><view>{{ aiName }}</view></template>
<script>
export default {
  data() { return { aiId: '1', aiName: 'x', settings: { autoSave: true } } },
  onShow() {
    var self = this;
    self.loadSettings();
    setTimeout(function () {
      if (self.settings.autoSave) self.autoSaveToFile();
    }, 1000);
  },
  methods: {
    loadSettings() {
      var d = uni.getStorageSync('chat_settings_' + this.aiId);
      if (d) {
        var obj = typeof d === 'string' ? JSON.parse(d) : d;
        this.settings.autoSave = obj.autoSave !== false;
      }
    },
    autoSaveToFile() {
      plus.android.requestPermissions(['android.permission.WRITE_EXTERNAL_STORAGE'], function () {}, function () {});
    },
  },
}
</script>`,
      errors: [{ messageId: 'lifecycleRequest', line: 9 }],
    },
    // …while a write in the request's fail callback remembers the refusal, in memory only.
    {
      filename: uni,
      languageOptions: vue,
      code: `<template>
  <view @tap="chooseCity">{{ city }}</view>
</template>
<script>
export default {
  data() { return { city: '', cityid: 0 } },
  onShow() {
    if (this.cityid == 0) this.getLocation();
  },
  methods: {
    getLocation() {
      uni.getLocation({ type: 'gcj02', fail: () => { this.cityid = -1 } });
    },
    chooseCity() {
      this.cityid = 2
    },
  },
}
</script>`,
      errors: [{ messageId: 'lifecycleRequestMemoryOnly', line: 8, data: { request: 'this.getLocation() → uni.getLocation', hook: '`onShow`', flag: 'this.cityid' } }],
    },
    // uni-app: the same helper called from onShow in every build: the App build asks the system again on every show.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
export default {
  onShow() {
    this.getWXLocation();
  },
  methods: {
    getWXLocation() {
      uni.getLocation({ type: 'gcj02' })
    },
  },
}
</script>`,
      errors: [{ messageId: 'lifecycleRequest', line: 4 }],
    },
    // The loop's test reads the answer the body assigned, from its second round on: asking until the user gives in.
    {
      filename: expo,
      code: `
        import * as Location from 'expo-location';
        export async function askUntilGranted() {
          let granted = false;
          while (!granted) {
            const { status } = await Location.requestForegroundPermissionsAsync();
            granted = status === 'granted';
          }
        }`,
      errors: [{ messageId: 'repeatRequest' }],
    },
    // A request polled by setInterval keeps asking after a refusal (ClusterRoutes, round-6 review).
    {
      filename: expo,
      code: `
        import { useEffect } from 'react';
        import * as Location from 'expo-location';
        export default function Map() {
          const getMyLocation = async () => {
            let { status } = await Location.requestForegroundPermissionsAsync();
            if (status !== 'granted') return;
            const position = await Location.getCurrentPositionAsync({});
          };
          useEffect(() => {
            const interval = setInterval(() => {
              getMyLocation();
            }, 3000);
            return () => clearInterval(interval);
          });
          useEffect(() => {
            const id = setInterval(async () => { await Location.requestForegroundPermissionsAsync(); }, 10000);
            return () => clearInterval(id);
          }, []);
          return null;
        }`,
      errors: [
        { messageId: 'intervalRequest', line: 12 },
        { messageId: 'intervalRequest', line: 17 },
      ],
    },
    // The same, with the function handed to setInterval by name: reported at the request inside it.
    {
      filename: expo,
      code: `
        import { useEffect } from 'react';
        import * as Location from 'expo-location';
        export default function Map() {
          async function getMyLocation() {
            const { status } = await Location.requestForegroundPermissionsAsync();
            if (status !== 'granted') return;
          }
          useEffect(() => {
            const id = setInterval(getMyLocation, 3000);
            return () => clearInterval(id);
          }, []);
          return null;
        }`,
      errors: [{ messageId: 'intervalRequest', line: 6, data: { request: 'Location.requestForegroundPermissionsAsync', hook: 'a `setInterval` callback (every 3000 ms)' } }],
    },
    // WeChat: a method that something in the page's own script calls (onShow here) is not a tap, wherever else it is
    // bound.
    {
      filename: wechatAddress,
      code: `
        Page({
          onShow() { this.pickOldAddr(); },
          pickOldAddr() {
            wx.getSetting({ success(res) { if (res.authSetting['scope.address'] === false) wx.openSetting(); } });
          },
        });`,
      errors: [{ messageId: 'settingsNeedTap', line: 5 }],
    },
    // The same variable in a loop: the answer comes back to the test, and the request repeats until granted.
    {
      filename: rn,
      code: `
        import { Camera } from 'react-native-vision-camera';
        export async function nag() {
          let permission = await Camera.getCameraPermissionStatus();
          for (let i = 0; i < 3; i++) {
            if (permission !== 'authorized') {
              permission = await Camera.requestCameraPermission();
            }
          }
        }`,
      errors: [{ messageId: 'repeatRequest', line: 7 }],
    },
    // uni-app: the request on the not-authorised side of uni.getSetting's answer asks every time the page shows.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
export default {
  onShow() {
    uni.getSetting({ success: (res) => {
      if (!res.authSetting['scope.userLocation']) uni.getLocation({ type: 'gcj02' })
    } })
  },
}
</script>`,
      errors: [{ messageId: 'lifecycleRequest', line: 5 }],
    },
    // uni-app: uni.openSetting compiled for the App alone (qyqf): WeChat's tap rule does not apply there, the
    // settings page is still pushed without a tap.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
export default {
  methods: {
    locate() {
      uni.getLocation({
        fail: () => {
          // #ifdef APP-PLUS
          uni.openSetting()
          // #endif
        },
      })
    },
  },
}
</script>`,
      errors: [{ messageId: 'settingsWithoutUserAction', line: 8 }],
    },
    // uni-app: a timer set up where the request failed asks the user who said no, again and again.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
export default {
  methods: {
    startTracking() {
      uni.getLocation({
        type: 'gcj02',
        fail: () => {
          this.timer = setInterval(() => uni.getLocation({ type: 'gcj02' }), 30000)
        },
      })
    },
  },
}
</script>`,
      errors: [{ messageId: 'timerRequest', line: 8 }],
    },
    // uni-app: a network callback is no storage read: onShow asks every time.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
export default {
  onShow() {
    uni.request({ url: '/api/city', fail: () => { uni.getLocation({ type: 'gcj02' }) } })
  },
}
</script>`,
      errors: [{ messageId: 'lifecycleRequest', line: 4 }],
    },
    // getUserMedia asked again with the same constraints as soon as it was refused.
    {
      filename: web,
      code: `
        export async function start() {
          try {
            return await navigator.mediaDevices.getUserMedia({ video: true });
          } catch (error) {
            return await navigator.mediaDevices.getUserMedia({ video: true });
          }
        }`,
      errors: [{ messageId: 'repeatRequest', line: 6 }],
    },
    // A throw inside the try lands in the catch: the status check guards nothing after the try.
    {
      filename: web,
      code: `
        async function startCamera() {
          try {
            const status = await navigator.permissions.query({ name: 'camera' });
            if (status.state === 'denied') throw new Error('blocked');
          } catch (error) {
            console.log(error);
          }
          return navigator.mediaDevices.getUserMedia({ video: true });
        }
        export async function zoom(level) {
          try {
            await navigator.mediaDevices.getUserMedia({ video: true });
          } catch (error) {
            await startCamera();
          }
        }`,
      errors: [{ messageId: 'repeatRequest', line: 15 }],
    },
    // Taro: a platform API's success callback runs on its own, so settings are pushed with no tap.
    {
      filename: taro,
      code: `
        import Taro from '@tarojs/taro';
        export function locate() {
          Taro.getLocation({ type: 'gcj02', fail() { Taro.getSystemInfo({ success() { Taro.openSetting(); } }); } });
        }`,
      errors: [{ messageId: 'settingsNeedTap', line: 4 }],
    },
    // Reached through require(), with no denial constant in the file (the per-file gate reads require calls too).
    {
      filename: rn,
      code: `
        const { request, PERMISSIONS } = require('react-native-permissions');
        async function askCamera() {
          const result = await request(PERMISSIONS.ANDROID.CAMERA);
          if (result !== 'granted') askCamera();
        }
        module.exports = { askCamera };`,
      errors: [{ messageId: 'recursiveRequest', line: 5 }],
    },
    // Same permission asked again right away.
    {
      filename: rn,
      code: `
        import { PermissionsAndroid } from 'react-native';
        export async function askMic() {
          const granted = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.RECORD_AUDIO, { title: 't', message: 'm', buttonPositive: 'OK' });
          if (granted === PermissionsAndroid.RESULTS.DENIED) {
            await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.RECORD_AUDIO, { title: 't', message: 'm', buttonPositive: 'OK' });
          }
        }`,
      errors: [{ messageId: 'repeatRequest', line: 6 }],
    },
    // Recursion until granted, and settings pushed without a tap.
    {
      filename: rn,
      code: `
        import { request, openSettings, PERMISSIONS, RESULTS } from 'react-native-permissions';
        async function askCamera() {
          const result = await request(PERMISSIONS.ANDROID.CAMERA);
          if (result === RESULTS.DENIED) {
            askCamera();
          } else if (result === RESULTS.BLOCKED) {
            openSettings();
          }
        }`,
      errors: [
        { messageId: 'recursiveRequest', line: 6 },
        { messageId: 'settingsWithoutUserAction', line: 8 },
      ],
    },
    // Timers: a function reference and an inline callback.
    {
      filename: rn,
      code: `
        import { PermissionsAndroid } from 'react-native';
        import { request, PERMISSIONS } from 'react-native-permissions';
        async function askMic() {
          const granted = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.RECORD_AUDIO, { title: 't', message: 'm', buttonPositive: 'OK' });
          if (granted !== 'granted') {
            setTimeout(askMic, 2000);
            setTimeout(() => { request(PERMISSIONS.ANDROID.RECORD_AUDIO); }, 5000);
          }
        }`,
      errors: [
        { messageId: 'timerRequest', line: 7 },
        { messageId: 'timerRequest', line: 8 },
      ],
    },
    // A fresh refusal in a tap handler, answered by pushing the settings page at once.
    {
      filename: rn,
      code: `
        import { Button } from 'react-native';
        import { request, openSettings, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export function ScanButton() {
          const onPress = async () => {
            const result = await request(PERMISSIONS.IOS.CAMERA);
            if (result !== RESULTS.GRANTED) openSettings();
          };
          return <Button title="Scan" onPress={onPress} />;
        }`,
      errors: [{ messageId: 'settingsWithoutUserAction', line: 7 }],
    },
    // Loop until granted.
    {
      filename: rn,
      code: `
        import { request, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export async function nag() {
          let status = await request(PERMISSIONS.IOS.CONTACTS);
          while (status !== RESULTS.GRANTED) {
            status = await request(PERMISSIONS.IOS.CONTACTS);
          }
        }`,
      errors: [{ messageId: 'repeatRequest', line: 6 }],
    },
    // Re-request through a same-module helper.
    {
      filename: expo,
      code: `
        import * as Location from 'expo-location';
        async function askLocation() { return Location.requestForegroundPermissionsAsync(); }
        export async function start() {
          const { status } = await Location.requestForegroundPermissionsAsync();
          if (status === 'denied') await askLocation();
        }`,
      errors: [{ messageId: 'repeatRequest', line: 6 }],
    },
    // 164号 2.1 场景6 (重新运行时仍弹窗申请): a denial remembered only in memory stops the re-asking on every focus,
    // but the first focus after a restart asks again. Reported as exactly that, not as "nothing checks".
    // The realistic React Native screen: a useRef flag set in the request's result handler.
    {
      filename: rn,
      code: `
        import { useCallback, useRef } from 'react';
        import { useFocusEffect } from '@react-navigation/native';
        import { request, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export default function CameraScreen() {
          const deniedRef = useRef(false);
          useFocusEffect(useCallback(() => {
            if (deniedRef.current) return;
            request(PERMISSIONS.ANDROID.CAMERA).then((result) => {
              if (result === RESULTS.DENIED) deniedRef.current = true;
            });
          }, []));
          return null;
        }`,
      errors: [{ messageId: 'lifecycleRequestMemoryOnly', line: 9, data: { request: 'request', hook: '`useFocusEffect`', flag: 'deniedRef.current' } }],
    },
    // The same with useState: \`denied\` set in the result handler.
    {
      filename: rn,
      code: `
        import { useCallback, useState } from 'react';
        import { useFocusEffect } from '@react-navigation/native';
        import { check, request, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export default function NearbyScreen() {
          const [denied, setDenied] = useState(false);
          useFocusEffect(
            useCallback(() => {
              if (denied) return;
              request(PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION).then((status) => {
                if (status === RESULTS.DENIED || status === RESULTS.BLOCKED) setDenied(true);
              });
            }, [denied]),
          );
          return null;
        }`,
      errors: [{ messageId: 'lifecycleRequestMemoryOnly', line: 10, data: { request: 'request', hook: '`useFocusEffect`', flag: 'denied' } }],
    },
    // A module-level \`let denied = false\` (Expo Router tab).
    {
      filename: expo,
      code: `
        import { useCallback } from 'react';
        import { useFocusEffect } from 'expo-router';
        import * as Location from 'expo-location';
        let denied = false;
        export default function MapTab() {
          useFocusEffect(useCallback(() => {
            if (denied) return;
            Location.requestForegroundPermissionsAsync().then(({ status }) => {
              if (status !== 'granted') denied = true;
            });
          }, []));
          return null;
        }`,
      errors: [{ messageId: 'lifecycleRequestMemoryOnly', line: 9, data: { request: 'Location.requestForegroundPermissionsAsync', hook: '`useFocusEffect`', flag: 'denied' } }],
    },
    // The same screen with no flag at all: nothing checks, reported with the plain message.
    {
      filename: expo,
      code: `
        import { useCallback } from 'react';
        import { useFocusEffect } from 'expo-router';
        import * as Location from 'expo-location';
        export default function MapTab() {
          useFocusEffect(useCallback(() => {
            Location.requestForegroundPermissionsAsync().then(({ status }) => {
              if (status !== 'granted') console.log('location off');
            });
          }, []));
          return null;
        }`,
      errors: [{ messageId: 'lifecycleRequest', line: 7, data: { request: 'Location.requestForegroundPermissionsAsync', hook: '`useFocusEffect`' } }],
    },
    // The flag sits in a helper the hook calls.
    {
      filename: rn,
      code: `
        import { useCallback, useRef } from 'react';
        import { useFocusEffect } from '@react-navigation/native';
        import { request, PERMISSIONS } from 'react-native-permissions';
        export default function GalleryScreen() {
          const askedRef = useRef(false);
          const askOnce = () => {
            if (askedRef.current) return;
            askedRef.current = true;
            request(PERMISSIONS.ANDROID.READ_MEDIA_IMAGES);
          };
          useFocusEffect(useCallback(() => { askOnce(); }, []));
          return null;
        }`,
      errors: [{ messageId: 'lifecycleRequestMemoryOnly', line: 12, data: { request: 'askOnce() → request', hook: '`useFocusEffect`', flag: 'askedRef.current' } }],
    },
    // A reset only on the granted side, or from the user's "Try again" button, keeps the flag a memory of the denial.
    {
      filename: rn,
      code: `
        import { useCallback, useState } from 'react';
        import { Button } from 'react-native';
        import { useFocusEffect } from '@react-navigation/native';
        import { request, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export default function RecorderScreen() {
          const [denied, setDenied] = useState(false);
          useFocusEffect(useCallback(() => {
            if (denied) return;
            request(PERMISSIONS.ANDROID.RECORD_AUDIO).then((result) => {
              if (result === RESULTS.GRANTED) setDenied(false);
              else setDenied(true);
            });
          }, [denied]));
          return <Button title="Try again" onPress={() => setDenied(false)} />;
        }`,
      errors: [{ messageId: 'lifecycleRequestMemoryOnly', line: 10, data: { request: 'request', hook: '`useFocusEffect`', flag: 'denied' } }],
    },
    // A flag the code resets on its own (a loading flag, a reset in the focus cleanup) remembers nothing.
    {
      filename: rn,
      code: `
        import { useCallback, useRef } from 'react';
        import { useFocusEffect } from '@react-navigation/native';
        import { request, PERMISSIONS } from 'react-native-permissions';
        export default function CameraScreen() {
          const askingRef = useRef(false);
          useFocusEffect(useCallback(() => {
            if (askingRef.current) return;
            askingRef.current = true;
            request(PERMISSIONS.ANDROID.CAMERA).finally(() => { askingRef.current = false; });
          }, []));
          return null;
        }`,
      errors: [{ messageId: 'lifecycleRequest', line: 10 }],
    },
    {
      filename: rn,
      code: `
        import { useCallback, useState } from 'react';
        import { useFocusEffect } from '@react-navigation/native';
        import { request, PERMISSIONS } from 'react-native-permissions';
        export default function CameraScreen() {
          const [deniedThisVisit, setDeniedThisVisit] = useState(false);
          useFocusEffect(useCallback(() => {
            if (!deniedThisVisit) request(PERMISSIONS.ANDROID.CAMERA).then(() => setDeniedThisVisit(true));
            return () => setDeniedThisVisit(false);
          }, [deniedThisVisit]));
          return null;
        }`,
      errors: [{ messageId: 'lifecycleRequest', line: 8 }],
    },
    // The last answer kept in state: compared with a denial it is a memory of the denial; compared with
    // 'granted' it lets every denial through, so nothing remembers it.
    {
      filename: rn,
      code: `
        import { useCallback, useState } from 'react';
        import { useFocusEffect } from '@react-navigation/native';
        import { request, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export default function ContactsScreen() {
          const [status, setStatus] = useState<string | null>(null);
          useFocusEffect(useCallback(() => {
            if (status === RESULTS.DENIED || status === RESULTS.BLOCKED) return;
            request(PERMISSIONS.ANDROID.READ_CONTACTS).then(setStatus);
          }, [status]));
          return null;
        }`,
      errors: [{ messageId: 'lifecycleRequestMemoryOnly', line: 9, data: { request: 'request', hook: '`useFocusEffect`', flag: 'status' } }],
    },
    {
      filename: rn,
      code: `
        import { useCallback, useState } from 'react';
        import { useFocusEffect } from '@react-navigation/native';
        import { request, PERMISSIONS } from 'react-native-permissions';
        export default function ContactsScreen() {
          const [status, setStatus] = useState<string | null>(null);
          useFocusEffect(useCallback(() => {
            if (status === 'granted') return;
            request(PERMISSIONS.ANDROID.READ_CONTACTS).then(setStatus);
          }, [status]));
          return null;
        }`,
      errors: [{ messageId: 'lifecycleRequest', line: 9 }],
    },
    // A flag declared inside the hook starts afresh on every focus.
    {
      filename: expo,
      code: `
        import { useCallback } from 'react';
        import { useFocusEffect } from 'expo-router';
        import * as Location from 'expo-location';
        export default function MapTab() {
          useFocusEffect(useCallback(() => {
            let denied = false;
            if (denied) return;
            Location.requestForegroundPermissionsAsync().then(({ granted }) => { denied = !granted; });
          }, []));
          return null;
        }`,
      errors: [{ messageId: 'lifecycleRequest', line: 9 }],
    },
    // An in-memory flag remembers the answer only until a restart: reported as such, not as "nothing checks".
    {
      filename: rn,
      code: `
        import { useCallback, useRef } from 'react';
        import { useFocusEffect } from '@react-navigation/native';
        import { request, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export default function CameraScreen() {
          const answeredRef = useRef(false);
          useFocusEffect(useCallback(() => {
            if (answeredRef.current) return;
            request(PERMISSIONS.ANDROID.CAMERA).then((result) => {
              if (result === RESULTS.DENIED) answeredRef.current = true;
            });
          }, []));
          return null;
        }`,
      errors: [{ messageId: 'lifecycleRequestMemoryOnly', line: 9, data: { request: 'request', hook: '`useFocusEffect`', flag: 'answeredRef.current' } }],
    },
    {
      filename: rn,
      code: `
        import { useCallback, useState } from 'react';
        import { useFocusEffect } from '@react-navigation/native';
        import { request, PERMISSIONS } from 'react-native-permissions';
        export default function CameraScreen() {
          const [requestedOnce, setRequestedOnce] = useState(false);
          useFocusEffect(useCallback(() => {
            if (!requestedOnce) {
              setRequestedOnce(true);
              request(PERMISSIONS.ANDROID.CAMERA);
            }
          }, [requestedOnce]));
          return null;
        }`,
      errors: [{ messageId: 'lifecycleRequestMemoryOnly', line: 10, data: { request: 'request', hook: '`useFocusEffect`', flag: 'requestedOnce' } }],
    },
    {
      filename: expo,
      code: `
        import { useCallback } from 'react';
        import { useFocusEffect } from 'expo-router';
        import * as Location from 'expo-location';
        let promptShown = false;
        export default function MapTab() {
          useFocusEffect(useCallback(() => {
            if (promptShown) return;
            promptShown = true;
            Location.requestForegroundPermissionsAsync();
          }, []));
          return null;
        }`,
      errors: [{ messageId: 'lifecycleRequestMemoryOnly', line: 10, data: { request: 'Location.requestForegroundPermissionsAsync', hook: '`useFocusEffect`', flag: 'promptShown' } }],
    },
    // A flag that is only read (never written here) is not a remembered answer.
    {
      filename: expo,
      code: `
        import { useCallback } from 'react';
        import { useFocusEffect } from 'expo-router';
        import * as Location from 'expo-location';
        export default function MapTab({ visible }: { visible: boolean }) {
          useFocusEffect(useCallback(() => {
            if (!visible) return;
            Location.requestForegroundPermissionsAsync();
          }, [visible]));
          return null;
        }`,
      errors: [{ messageId: 'lifecycleRequest', line: 8 }],
    },
    // Expo: useFocusEffect asks on every focus.
    {
      filename: expo,
      code: `
        import { useCallback } from 'react';
        import { useFocusEffect } from 'expo-router';
        import * as Location from 'expo-location';
        export default function MapTab() {
          useFocusEffect(useCallback(() => { Location.requestForegroundPermissionsAsync(); }, []));
          return null;
        }`,
      errors: [{ messageId: 'lifecycleRequest', line: 6 }],
    },
    // React Native: AppState 'active' → helper that requests.
    {
      filename: rn,
      code: `
        import { useEffect } from 'react';
        import { AppState } from 'react-native';
        import { request, PERMISSIONS } from 'react-native-permissions';
        function askCamera() { return request(PERMISSIONS.ANDROID.CAMERA); }
        export function useCameraOnForeground() {
          useEffect(() => {
            const sub = AppState.addEventListener('change', (next) => { if (next === 'active') askCamera(); });
            return () => sub.remove();
          }, []);
        }`,
      errors: [{ messageId: 'lifecycleRequest', line: 8 }],
    },
    // WeChat: onShow → a method whose failure opens the settings page right away, with no tap. (The request itself,
    // and asking again from its own fail, ask no one: WeChat keeps the refusal.)
    {
      filename: wechat,
      code: `
        Page({
          onShow() { this.getLoc() },
          getLoc() {
            wx.getLocation({ type: 'gcj02', fail: () => { wx.openSetting() } })
          },
          record() { wx.authorize({ scope: 'scope.record', fail: () => { this.record() } }) },
        })`,
      errors: [{ messageId: 'settingsNeedTap', line: 5 }],
    },
    // uni-app: onShow (composition API) prompts every time in an App build (the fixture targets no mini program
    // only). The uni.authorize retried on a timer asks no one: it exists in mini-program builds, where WeChat keeps
    // the refusal.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script setup>
import { onShow } from '@dcloudio/uni-app'
onShow(() => {
  uni.getLocation({ type: 'gcj02', success: (r) => console.log(r) })
})
function retry() {
  uni.authorize({ scope: 'scope.userLocation' }).catch(() => {
    setTimeout(retry, 1000)
  })
}
</script>`,
      errors: [{ messageId: 'lifecycleRequest', line: 4 }],
    },
    // HarmonyOS: second authorization pushed right after the denial.
    {
      filename: harmony,
      code: `
        import { abilityAccessCtrl } from '@kit.AbilityKit';
        export async function scan(context) {
          const atManager = abilityAccessCtrl.createAtManager();
          const result = await atManager.requestPermissionsFromUser(context, ['ohos.permission.CAMERA']);
          if (result.authResults[0] === -1) {
            await atManager.requestPermissionOnSetting(context, ['ohos.permission.CAMERA']);
          }
        }`,
      errors: [{ messageId: 'settingsWithoutUserAction', line: 7 }],
    },
    // Capacitor: the same status read and request on mount, or in a handler that the mount effect also calls.
    {
      filename: capacitorPage,
      code: `
        import { useCallback, useEffect } from 'react';
        import { Geolocation } from '@capacitor/geolocation';
        export function ReportPage() {
          const locate = useCallback(async () => {
            const status = await Geolocation.checkPermissions();
            if (status.location === 'denied') await Geolocation.requestPermissions();
          }, []);
          useEffect(() => {
            locate();
          }, [locate]);
          return <button onClick={locate}>Use my location</button>;
        }`,
      errors: [{ messageId: 'repeatRequest', line: 7 }],
    },
    // A custom hook whose action also runs in the hook's own mount effect.
    {
      filename: at('capacitor-app/src/hooks/useGeolocation.ts'),
      code: `
        import { useCallback, useEffect } from 'react';
        import { Geolocation } from '@capacitor/geolocation';
        export function useGeolocation() {
          const getCurrentPosition = useCallback(async () => {
            const permissions = await Geolocation.checkPermissions();
            if (permissions.location === 'denied') await Geolocation.requestPermissions();
          }, []);
          useEffect(() => {
            getCurrentPosition();
          }, [getCurrentPosition]);
          return { getCurrentPosition };
        }`,
      errors: [{ messageId: 'repeatRequest', line: 7 }],
    },
    // Capacitor: a fresh refusal inside a button handler, asked again at once.
    {
      filename: capacitorPage,
      code: `
        import { Geolocation } from '@capacitor/geolocation';
        export function ReportPage() {
          const locate = async () => {
            const first = await Geolocation.requestPermissions();
            if (first.location === 'denied') await Geolocation.requestPermissions();
          };
          return <button onClick={locate}>Use my location</button>;
        }`,
      errors: [{ messageId: 'repeatRequest', line: 6 }],
    },
    // Capacitor: resume listener that requests; denial repeated.
    {
      filename: capacitor,
      code: `
        import { App } from '@capacitor/app';
        import { Geolocation } from '@capacitor/geolocation';
        App.addListener('resume', () => { Geolocation.requestPermissions(); });
        export async function locate() {
          const s = await Geolocation.requestPermissions();
          if (s.location === 'denied') await Geolocation.requestPermissions();
        }`,
      errors: [
        { messageId: 'lifecycleRequest', line: 4 },
        { messageId: 'repeatRequest', line: 7 },
      ],
    },
    // Web: visibilitychange prompts each time the tab comes back.
    {
      filename: web,
      code: `
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') Notification.requestPermission();
        });`,
      errors: [{ messageId: 'lifecycleRequest', line: 3 }],
    },
    // react-native-permissions check() says DENIED also after a refusal that can be asked again: not a remembered denial.
    {
      filename: rn,
      code: `
        import { useCallback } from 'react';
        import { useFocusEffect } from '@react-navigation/native';
        import { check, request, PERMISSIONS, RESULTS } from 'react-native-permissions';
        export function Nearby() {
          useFocusEffect(useCallback(() => {
            check(PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION).then((status) => {
              if (status === RESULTS.DENIED) request(PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION);
            });
          }, []));
          return null;
        }`,
      errors: [{ messageId: 'lifecycleRequest', line: 8 }],
    },
    // React Navigation focus listener.
    {
      filename: rn,
      code: `
        import { useEffect } from 'react';
        import { PermissionsAndroid } from 'react-native';
        export function Gallery({ navigation }) {
          useEffect(() => navigation.addListener('focus', () => {
            PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.READ_MEDIA_IMAGES, { title: 'Photos', message: 'Show your photos', buttonPositive: 'OK' });
          }), [navigation]);
          return null;
        }`,
      errors: [{ messageId: 'lifecycleRequest', line: 6 }],
    },
  ],
});

describeFixtureApps('no-repeat-request-after-denial', ['capacitor-app', 'expo-app', 'harmony-app', 'rn-app', 'taro-app', 'uni-app', 'wechat-mp']);
