import { describe, expect, it } from 'vitest';
import { Linter, type Rule } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { ids, matchesIn, nativeIds } from './api-matcher-harness.js';
import { fileMayReachCatalogue, preferEntry, type ApiCallMatch, type EntryFilter } from '../../eslint-plugin/src/util/api-matcher.js';
import { getEntryById } from '../../eslint-plugin/src/core/knowledge/index.js';
import { isJudgedEntry } from '../../eslint-plugin/src/rules/no-collection-before-consent.js';

const one = (code: string, filename?: string) => {
  const found = matchesIn(code, { filename });
  expect(found, JSON.stringify(found, null, 1)).toHaveLength(1);
  return found[0];
};

describe('api matcher: React Native', () => {
  it('matches PermissionsAndroid.request through the named import', () => {
    const m = one(`
      import { PermissionsAndroid } from 'react-native';
      PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA, { title: 'Camera', message: 'To scan receipts' });
    `);
    expect(m.id).toBe('react-native:PermissionsAndroid.request');
    expect(m.kind).toBe('permission-request');
    expect(nativeIds(m)).toEqual(['android:android.permission.CAMERA']);
    expect(m.resolved).toBe(true);
  });

  it('matches react-native-permissions named, default-object and namespace imports', () => {
    const found = matchesIn(`
      import RNP, { request, PERMISSIONS } from 'react-native-permissions';
      import * as Permissions from 'react-native-permissions';
      request(PERMISSIONS.IOS.CAMERA);
      RNP.request(RNP.PERMISSIONS.ANDROID.RECORD_AUDIO);
      Permissions.check(Permissions.PERMISSIONS.IOS.CONTACTS);
    `);
    expect(ids(found)).toEqual(['react-native:request', 'react-native:request', 'react-native:check']);
    expect(found.map((m) => nativeIds(m))).toEqual([
      ['ios:ios.permission.CAMERA'],
      ['android:android.permission.RECORD_AUDIO'],
      ['ios:ios.permission.CONTACTS'],
    ]);
    expect(found[2].kind).toBe('data-read');
  });

  it('matches react-native-device-info by default object and by named import', () => {
    const found = matchesIn(`
      import DeviceInfo, { getUniqueId as uid } from 'react-native-device-info';
      DeviceInfo.getUniqueId();
      uid();
      DeviceInfo.getMacAddress();
    `);
    expect(ids(found)).toEqual(['react-native:getUniqueId', 'react-native:getUniqueId', 'react-native:getMacAddress']);
    expect(found[0].permissions).toEqual([{ permission: 'device-id' }]);
  });

  it('matches require() in both CommonJS shapes and destructuring of require()', () => {
    const found = matchesIn(
      `
      const DeviceInfo = require('react-native-device-info');
      const DI = require('react-native-device-info').default;
      const { getAndroidId } = require('react-native-device-info');
      DeviceInfo.getUniqueId();
      DI.getSerialNumber();
      getAndroidId();
    `,
      { filename: 'legacy.js' },
    );
    expect(ids(found)).toEqual(['react-native:getUniqueId', 'react-native:getSerialNumber', 'react-native:getAndroidId']);
  });

  it('follows destructuring of an imported object, of a global and of a dynamic import', () => {
    const found = matchesIn(`
      import RNP from 'react-native-permissions';
      const { request, PERMISSIONS } = RNP;
      const { getLocation } = Taro;
      request(PERMISSIONS.IOS.FACE_ID);
      getLocation({});
      export async function later() {
        const Location = await import('expo-location');
        await Location.requestForegroundPermissionsAsync();
      }
    `);
    expect(ids(found)).toEqual(['react-native:request', 'taro:Taro.getLocation', 'expo:Location.requestForegroundPermissionsAsync']);
    expect(nativeIds(found[0])).toEqual(['ios:ios.permission.FACE_ID']);
  });

  it('matches community geolocation, clipboard and the contacts library', () => {
    const found = matchesIn(`
      import Geolocation from '@react-native-community/geolocation';
      import Clipboard from '@react-native-clipboard/clipboard';
      import Contacts from 'react-native-contacts';
      Geolocation.getCurrentPosition(() => {});
      Clipboard.getString();
      Contacts.getAll();
    `);
    expect(ids(found)).toEqual([
      'react-native:Geolocation.getCurrentPosition',
      'react-native:@react-native-clipboard/clipboard:Clipboard.getString',
      'react-native:getAll',
    ]);
  });

  it('matches vision-camera hooks and the function the hook returns (separately)', () => {
    const found = matchesIn(`
      import { useCameraPermission } from 'react-native-vision-camera';
      export function Scanner() {
        const { hasPermission, requestPermission } = useCameraPermission();
        return hasPermission ? null : requestPermission();
      }
    `);
    expect(found.map((m) => `${m.via}:${m.id}`)).toEqual([
      'call:react-native:useCameraPermission',
      'hook-result:react-native:useCameraPermission',
    ]);
  });

  it('matches an SDK initialiser reached through a constructed instance', () => {
    const found = matchesIn(`
      import { Mixpanel } from 'mixpanel-react-native';
      const mixpanel = new Mixpanel('token', true);
      mixpanel.init();
      new Mixpanel('t', false).init(true);
      mixpanel.optInTracking();
    `);
    expect(ids(found)).toEqual([
      'react-native:new Mixpanel(token, trackAutomaticEvents).init(...)',
      'react-native:new Mixpanel(token, trackAutomaticEvents).init(...)',
      'react-native:optInTracking',
    ]);
    expect(found[0].kind).toBe('sdk-init');
    expect(found[2].kind).toBe('consent-gate');
  });

  it('matches Firebase analytics in namespaced and modular style', () => {
    const found = matchesIn(`
      import analytics, { getAnalytics, setAnalyticsCollectionEnabled } from '@react-native-firebase/analytics';
      analytics().logEvent('open');
      setAnalyticsCollectionEnabled(getAnalytics(), true);
    `);
    // Outer calls are visited before the calls nested in them.
    expect(ids(found)).toEqual([
      'react-native:logEvent',
      'react-native:getAnalytics / analytics()',
      'react-native:setAnalyticsCollectionEnabled',
      'react-native:getAnalytics / analytics()',
    ]);
  });

  it("matches Firebase analytics through the firebase namespace (expirychecker), and not another object's analytics()", () => {
    const found = matchesIn(`
      import { firebase } from '@react-native-firebase/analytics';
      import app from '@react-native-firebase/app';
      firebase.analytics().setAnalyticsCollectionEnabled(true);
      app.analytics().logEvent('open');
      const tracker = { analytics: () => ({ logEvent() {} }) };
      tracker.analytics().logEvent('open');
    `);
    expect(ids(found)).toEqual([
      'react-native:setAnalyticsCollectionEnabled',
      'react-native:getAnalytics / analytics()',
      'react-native:logEvent',
      'react-native:getAnalytics / analytics()',
    ]);
  });

  it('matches JSX components that prompt on mount', () => {
    const found = matchesIn(`
      import { RNCamera } from 'react-native-camera';
      export const C = () => <RNCamera captureAudio />;
    `);
    expect(found.map((m) => `${m.via}:${m.id}`)).toEqual([
      'jsx:react-native:<RNCamera androidCameraPermissionOptions androidRecordAudioPermissionOptions captureAudio>',
    ]);
  });

  it('matches AMap privacy switches through the RN wrapper (consent gates)', () => {
    const found = matchesIn(`
      import { updatePrivacyShow, updatePrivacyAgree, init } from 'react-native-amap-geolocation';
      updatePrivacyShow(true, true);
      updatePrivacyAgree(true);
      init({ ios: 'k', android: 'k' });
    `);
    expect(found.map((m) => m.kind)).toEqual(['consent-gate', 'consent-gate', 'sdk-init']);
  });
});

describe('api matcher: Expo', () => {
  it('matches namespace and named imports of expo-location', () => {
    const found = matchesIn(`
      import * as Location from 'expo-location';
      import { requestBackgroundPermissionsAsync } from 'expo-location';
      await Location.requestForegroundPermissionsAsync();
      await requestBackgroundPermissionsAsync();
    `);
    expect(ids(found)).toEqual(['expo:Location.requestForegroundPermissionsAsync', 'expo:Location.requestBackgroundPermissionsAsync']);
    expect(found[1].permissions).toEqual([{ permission: 'location-background' }]);
  });

  it('matches the permission hook call and, separately, the request function it returns', () => {
    const found = matchesIn(`
      import { useCameraPermissions, CameraView } from 'expo-camera';
      export function Scan() {
        const [permission, requestPermission] = useCameraPermissions();
        if (!permission?.granted) return <Button onPress={requestPermission} title="Allow" />;
        return <CameraView facing="back" />;
      }
      export function Later() {
        const [, ask] = useCameraPermissions();
        ask();
      }
    `);
    expect(found.map((m) => `${m.via}:${m.id}`)).toEqual([
      'call:expo:useCameraPermissions',
      'jsx:expo:<CameraView>',
      'call:expo:useCameraPermissions',
      'hook-result:expo:useCameraPermissions',
    ]);
  });

  it('matches property reads that are data reads (expo-device)', () => {
    const found = matchesIn(`
      import * as Device from 'expo-device';
      const name = Device.deviceName;
      Device.getUptimeAsync();
    `);
    expect(found.map((m) => `${m.via}:${m.id}`)).toEqual(['member:expo:Device.deviceName', 'call:expo:Device.getUptimeAsync']);
  });

  it('matches a property imported by name, but not its import specifier or a same-named key', () => {
    const found = matchesIn(`
      import { deviceName, modelName } from 'expo-device';
      const label = { deviceName: 'x' };
      send({ name: deviceName, model: modelName });
    `);
    expect(found.map((m) => `${m.via}:${m.id}:${m.line}`)).toEqual(['member:expo:Device.deviceName:4']);
  });

  it('matches expo-contacts legacy entry point and the Contact class', () => {
    const found = matchesIn(`
      import { Contact } from 'expo-contacts';
      import * as Contacts from 'expo-contacts';
      Contact.getAll();
      Contacts.requestPermissionsAsync();
    `);
    expect(ids(found)).toEqual(['expo:Contact.getAll', 'expo:Contacts.requestPermissionsAsync']);
  });
});

describe('api matcher: WeChat mini-program', () => {
  it('matches wx globals and resolves the authorize scope', () => {
    const found = matchesIn(
      `
      Page({
        onLoad() {
          wx.getLocation({ type: 'gcj02' });
          wx.authorize({ scope: 'scope.userLocation' });
          wx.authorize({ scope: 'scope.record', success() {} });
        },
      });
    `,
      { filename: 'pages/index/index.js' },
    );
    expect(ids(found)).toEqual(['wechat:wx.getLocation', 'wechat:wx.authorize', 'wechat:wx.authorize']);
    expect(nativeIds(found[1])).toEqual(['wechat:scope.userLocation']);
    expect(found[2].permissions).toEqual([{ permission: 'microphone', platform: 'wechat', nativeId: 'scope.record' }]);
  });

  it('resolves a scope held in a same-module constant object', () => {
    const found = matchesIn(`
      const opts = { scope: 'scope.camera' };
      wx.authorize(opts);
    `);
    expect(nativeIds(found[0])).toEqual(['wechat:scope.camera']);
  });

  it('matches wx declared as a configured global', () => {
    const found = matchesIn(`wx.getClipboardData({});`, { filename: 'app.js', globals: { wx: 'readonly' } });
    expect(ids(found)).toEqual(['wechat:wx.getClipboardData']);
  });

  it('matches globals reached through window / globalThis', () => {
    const found = matchesIn(`globalThis.wx.chooseAddress({}); window.navigator.clipboard.readText();`);
    expect(ids(found)).toEqual(['wechat:wx.chooseAddress', 'web:navigator.clipboard.readText']);
  });
});

describe('api matcher: uni-app', () => {
  it('matches uni.* inside a Vue SFC script', () => {
    const found = matchesIn(
      `<template><view @click="locate">定位</view></template>
<script>
export default {
  methods: {
    locate() {
      uni.getLocation({ type: 'gcj02' });
      uni.authorize({ scope: 'scope.userLocation' });
      // #ifdef APP-PLUS
      plus.runtime.agreePrivacy();
      // #endif
    },
  },
};
</script>`,
      { filename: 'pages/index/index.vue' },
    );
    expect(ids(found)).toEqual(['uni-app:uni.getLocation', 'uni-app:uni.authorize', 'uni-app:plus.runtime.agreePrivacy']);
    expect(nativeIds(found[1])).toEqual(['wechat:scope.userLocation']);
    expect(found[2].kind).toBe('consent-gate');
  });

  it('matches uni.* inside <script setup lang="ts">', () => {
    const found = matchesIn(
      `<script setup lang="ts">
const info = uni.getSystemInfoSync ? null : null;
uni.getSystemInfo({ success: (res: any) => console.log(res.deviceId) });
</script>`,
      { filename: 'pages/me.vue' },
    );
    expect(ids(found)).toEqual(['uni-app:uni.getSystemInfo']);
  });

  it('matches the UMeng UTS plugin through the @/ alias and a relative path', () => {
    const found = matchesIn(
      `<script>
import { preInitUM } from '@/uni_modules/umeng-common';
import { initUM } from '../../uni_modules/umeng-common/index.uts';
preInitUM();
initUM();
</script>`,
      { filename: 'pages/index/index.vue' },
    );
    expect(found.map((m) => `${m.id}|${m.kind}`)).toEqual(['uni-app:preInitUM|consent-gate', 'uni-app:initUM|sdk-init']);
  });
});

describe('api matcher: Taro', () => {
  it('matches Taro.* through the default import, named imports and the global', () => {
    const found = matchesIn(`
      import Taro, { chooseImage } from '@tarojs/taro';
      Taro.getLocation({ type: 'wgs84' });
      chooseImage({ count: 1 });
      Taro.authorize({ scope: 'scope.userFuzzyLocation' });
    `);
    expect(ids(found)).toEqual(['taro:Taro.getLocation', 'taro:Taro.chooseImage', 'taro:Taro.authorize']);
    expect(nativeIds(found[2])).toEqual(['wechat:scope.userFuzzyLocation']);
    expect(matchesIn(`Taro.getClipboardData();`).map((m) => m.id)).toEqual(['taro:Taro.getClipboardData']);
  });

  it("matches taro-hooks: useLocation() reads on mount, and the actions it returns are the wrapped calls", () => {
    const found = matchesIn(`
      import { useLocation, useImage, useChooseAddress } from 'taro-hooks';
      const [location, { get, choose }] = useLocation();
      get();
      choose();
      const [, actions] = useImage();
      actions.save({ filePath: 'a.png' });
      const pickAddress = useChooseAddress();
      pickAddress();
    `);
    expect(found.filter((m) => m.kind !== 'wrapper').map((m) => m.id)).toEqual([
      'taro:useLocation() → Taro.getLocation on mount',
      'taro:useLocation() get → Taro.getLocation',
      'taro:useLocation() choose → Taro.chooseLocation',
      'taro:useImage() save → Taro.saveImageToPhotosAlbum',
      'taro:useChooseAddress() result → Taro.chooseAddress',
    ]);
  });

  it('leaves a local useLocation, another library\'s hook and a taro-hooks action read without a call alone', () => {
    const found = matchesIn(`
      import { useLocation as useRouterLocation } from 'react-router-dom';
      import { useImage } from 'taro-hooks';
      function useLocation() { return [null, { get: () => 1 }]; }
      const [, { get }] = useLocation();
      get();
      const { pathname } = useRouterLocation();
      const [, { choose, compress }] = useImage();
      compress({ src: 'a.png' });
      export const chooser = choose;
    `);
    expect(found.filter((m) => m.kind !== 'wrapper').map((m) => m.id)).toEqual([]);
  });
});

describe('api matcher: Capacitor and Web', () => {
  it('matches Capacitor plugins by named import', () => {
    const found = matchesIn(`
      import { Geolocation } from '@capacitor/geolocation';
      import { Camera } from '@capacitor/camera';
      import { PushNotifications } from '@capacitor/push-notifications';
      await Geolocation.getCurrentPosition();
      await Camera.getPhoto({ resultType: 'uri' });
      await PushNotifications.register();
    `);
    expect(ids(found)).toEqual([
      'capacitor:Geolocation.getCurrentPosition',
      'capacitor:Camera.getPhoto',
      'capacitor:PushNotifications.register',
    ]);
  });

  it('matches browser globals and lists same-binding alternatives', () => {
    const found = matchesIn(`
      navigator.geolocation.getCurrentPosition(ok, fail);
      navigator.mediaDevices.getUserMedia({ video: true });
      Notification.requestPermission();
      DeviceMotionEvent.requestPermission();
      const reg = await navigator.serviceWorker.ready;
      reg.pushManager.subscribe({ userVisibleOnly: true });
    `);
    expect(ids(found)).toEqual([
      'web:navigator.geolocation.getCurrentPosition',
      'web:navigator.mediaDevices.getUserMedia',
      'web:Notification.requestPermission',
      'web:DeviceMotionEvent.requestPermission',
      'web:PushManager.subscribe',
    ]);
    expect(found[0].alternatives).toEqual([
      'cordova:navigator.geolocation.getCurrentPosition',
      'react-native:navigator.geolocation.getCurrentPosition',
      'capacitor:navigator.geolocation.getCurrentPosition',
    ]);
    expect(found[1].alternatives).toEqual(['capacitor:navigator.mediaDevices.getUserMedia']);
  });
});

describe('api matcher: SDKs checked against their npm packages', () => {
  it('matches @react-native-firebase/messaging namespaced, modular and through getMessaging()', () => {
    const found = matchesIn(`
      import messaging, { getMessaging, getToken, requestPermission } from '@react-native-firebase/messaging';
      await messaging().requestPermission();
      await messaging().getToken();
      await requestPermission(getMessaging());
      await getToken(getMessaging());
      await getMessaging().getToken();
    `);
    expect(ids(found)).toEqual([
      'react-native:messaging().requestPermission',
      'react-native:messaging().getToken',
      'react-native:messaging().requestPermission',
      'react-native:messaging().getToken',
      'react-native:messaging().getToken',
    ]);
  });

  it("matches react-native-geolocation-service's iOS authorization by its level, and leaves a level in a variable alone", () => {
    const found = matchesIn(`
      import Geolocation from 'react-native-geolocation-service';
      await Geolocation.requestAuthorization('whenInUse');
      await Geolocation.requestAuthorization('always');
      export const ask = (level) => Geolocation.requestAuthorization(level);
      Geolocation.getCurrentPosition((p) => p, (e) => e, { enableHighAccuracy: true });
      Geolocation.watchPosition((p) => p);
    `);
    expect(ids(found)).toEqual([
      "react-native:Geolocation.requestAuthorization('whenInUse')",
      "react-native:Geolocation.requestAuthorization('always')",
      'react-native:Geolocation.getCurrentPosition (react-native-geolocation-service)',
      'react-native:Geolocation.watchPosition (react-native-geolocation-service)',
    ]);
    expect(found.map((m) => m.kind)).toEqual(['permission-request', 'permission-request', 'data-read', 'data-read']);
  });

  it('matches web and mini-program analytics and monitoring SDKs by their import', () => {
    const found = matchesIn(`
      import posthog from 'posthog-js';
      import { posthog as ph } from 'posthog-js';
      import mixpanel from 'mixpanel-browser';
      import * as amplitude from '@amplitude/analytics-browser';
      import Aegis from 'aegis-mp-sdk';
      import WebAegis from 'aegis-web-sdk';
      import WeexAegis from 'aegis-weex-sdk';
      import * as Sentry from '@sentry/capacitor';
      const sensors = require('sa-sdk-miniprogram');
      posthog.init('phc_key', { api_host: 'https://eu.i.posthog.com' });
      ph.init('phc_key');
      mixpanel.init('token');
      amplitude.init('key');
      const aegis = new Aegis({ id: 'x' });
      const web = new WebAegis({ id: 'y' });
      const weex = new WeexAegis({ id: 'z' });
      Sentry.init({ dsn: 'https://k@o.ingest.sentry.io/1' });
      sensors.init();
    `);
    expect(ids(found)).toEqual([
      'web:posthog.init',
      'web:posthog.init',
      'web:mixpanel.init',
      'web:amplitude.init',
      'wechat:new Aegis(…)',
      'web:new Aegis(…)',
      'uni-app:new Aegis(…)',
      'capacitor:Sentry.init (@sentry/capacitor)',
      'wechat:sensors.init',
    ]);
    expect(found.every((m) => m.kind === 'sdk-init')).toBe(true);
  });

  it("matches AMap's WeChat SDK, copied into the app under its download names, when the call names no place", () => {
    const found = matchesIn(`
      const amapFile = require('../../libs/amap-wx.130.js');
      import AMap from '@/common/amap-wx.js';
      const { AMapWX } = require('./utils/amap-wx');
      const myAmapFun = new amapFile.AMapWX({ key: 'KEY' });
      const other = new AMap.AMapWX({ key: 'KEY' });
      const third = new AMapWX({ key: 'KEY' });
      myAmapFun.getRegeo({ success: (data) => data });
      other.getWeather({ success: (data) => data });
      third.getPoiAround({ querytypes: '050000', success: (data) => data });
      myAmapFun.getRegeo({ location: '116.481028,39.989643', success: (data) => data });
      other.getWeather({ city: '110000', success: (data) => data });
      export const around = (options) => myAmapFun.getPoiAround(options);
      myAmapFun.getInputtips({ keywords: '肯德基', success: (data) => data });
    `);
    expect(ids(found)).toEqual(['wechat:AMapWX.getRegeo', 'wechat:AMapWX.getWeather', 'wechat:AMapWX.getPoiAround']);
    expect(found.map((m) => m.kind)).toEqual(['data-read', 'data-read', 'data-read']);
  });

  it("matches TopOn's React Native plugin, copied in as AnyThinkAds/ATReactNativeSDK.js and ATRNSDK.js (yingshi-rn)", () => {
    const found = matchesIn(`
      import { ATRNSDK } from './AnyThinkAds/ATReactNativeSDK';
      import TopOn from '../AnyThinkAds/ATRNSDK';
      import { ATRNSDK as OwnAds } from './ads/ATRNSDK';
      ATRNSDK.initSDK('a123', 'k456');
      TopOn.initSDK('a123', 'k456');
      ATRNSDK.setLogDebug(true);
      OwnAds.initSDK('a123', 'k456');
    `);
    expect(ids(found)).toEqual(['react-native:ATRNSDK.initSDK', 'react-native:ATRNSDK.initSDK']);
    expect(found.map((m) => m.kind)).toEqual(['sdk-init', 'sdk-init']);
  });

  it("matches Tencent's WeChat location SDK (qqmap-wx-jssdk, copied in) when the call gives no place of its own (wine)", () => {
    const found = matchesIn(`
      var QQMapWX = require('../../libs/qqmap-wx-jssdk.js');
      import QQMap from '@/utils/qqmap-wx-jssdk.min.js';
      var qqmapsdk = new QQMapWX({ key: 'KEY' });
      const other = new QQMap({ key: 'KEY' });
      qqmapsdk.reverseGeocoder({ success: (res) => res });
      other.search({ keyword: '酒店', success: (res) => res });
      qqmapsdk.calculateDistance({ to: [{ latitude: 39.9, longitude: 116.4 }], success: (res) => res });
      other.direction({ mode: 'driving', to: '39.9,116.4', success: (res) => res });
      qqmapsdk.reverseGeocoder({ location: { latitude: 39.9, longitude: 116.4 }, success: (res) => res });
      qqmapsdk.search({ keyword: '酒店', location: '39.98,116.31' });
      qqmapsdk.calculateDistance({ from: '39.98,116.31', to: '39.9,116.4' });
      qqmapsdk.getSuggestion({ keyword: '酒店' });
      qqmapsdk.geocoder({ address: '北京市海淀区' });
    `);
    expect(ids(found)).toEqual(['wechat:QQMapWX.reverseGeocoder', 'wechat:QQMapWX.search', 'wechat:QQMapWX.calculateDistance', 'wechat:QQMapWX.direction']);
    expect(found.map((m) => m.kind)).toEqual(['data-read', 'data-read', 'data-read', 'data-read']);
  });

  it("follows an SDK instance a page or component keeps on `this` (assigned in onLoad, used in another method)", () => {
    const found = matchesIn(`
      const amapFile = require('../../libs/amap-wx.130.js');
      import AMap from '@/common/amap-wx.js';
      Page({
        data: { address: '' },
        onLoad() {
          this.myAmapFun = new amapFile.AMapWX({ key: 'KEY' });
        },
        locate() {
          this.myAmapFun.getRegeo({ success: (data) => this.setData({ address: data[0].name }) });
        },
        onUnload() {
          this.myAmapFun = null;
        },
      });
      Component({
        lifetimes: { attached() { this.amap = new amapFile.AMapWX({ key: 'KEY' }); } },
        methods: { nearby() { this.amap.getPoiAround({ querytypes: '050000', success: () => {} }); } },
      });
      export default {
        onLoad() { this.map = new AMap.AMapWX({ key: 'KEY' }); },
        methods: { weather() { setTimeout(() => this.map.getWeather({ success: () => {} }), 0); } },
      };
      class Locator {
        constructor() { this.sdk = new amapFile.AMapWX({ key: 'KEY' }); }
        where() { return this.sdk.getRegeo({}); }
      }
    `);
    expect(ids(found)).toEqual(['wechat:AMapWX.getRegeo', 'wechat:AMapWX.getPoiAround', 'wechat:AMapWX.getWeather', 'wechat:AMapWX.getRegeo']);
  });

  it('does not follow `this` fields that are not certainly the SDK instance', () => {
    expect(
      matchesIn(`
        const amapFile = require('../../libs/amap-wx.130.js');
        Page({
          onLoad() {
            // Two different values: not followed.
            this.maybe = new amapFile.AMapWX({ key: 'KEY' });
            if (Math.random()) this.maybe = makeFake();
            // A plain function's own this is not the page.
            wx.request({ success: function () { this.inner = new amapFile.AMapWX({ key: 'KEY' }); } });
          },
          go() {
            this.maybe.getRegeo({});
            this.inner.getRegeo({});
          },
        });
        // Another page's field of the same name.
        Page({ onLoad() { this.amap = new amapFile.AMapWX({ key: 'KEY' }); } });
        Page({ go() { this.amap.getRegeo({}); } });
      `),
    ).toEqual([]);
  });

  it("matches GrowingIO's copied mini-program SDK by its start calls only: init, and setConfig (hsq-wxapp), which calls init", () => {
    const found = matchesIn(`
      import gdp from './utils/gio-minp/index.js';
      const again = require('../gio-minp.js').default;
      gdp('init', 'ACCOUNT', 'SOURCE', 'wx1234', { version: '1.0.0', host: 'api.example.com' });
      again('init', 'ACCOUNT', 'SOURCE', 'wx1234', {});
      again('setConfig', { projectId: 'ae08570d515c7766', appId: 'wxa090d3923fde0d4b', version: '1.0' });
      gdp('track', 'buy', { price: 1 });
      gdp('setUserId', 'u1');
      gdp('setDataCollect', true);
    `);
    expect(ids(found)).toEqual(["wechat:gdp('init')", "wechat:gdp('init')", "wechat:gdp('setConfig')"]);
  });

  it("an Ionic Native service injected into the constructor is what it wraps through this, in methods and arrows, not in a function with a this of its own", () => {
    const found = matchesIn(`
      import { Geolocation } from '@awesome-cordova-plugins/geolocation/ngx';
      export class MapPage {
        constructor(private geolocation: Geolocation) {}
        locate() {
          this.geolocation.getCurrentPosition();
          setTimeout(() => this.geolocation.watchPosition(), 1000);
          const legacy = function (this: { geolocation: { getCurrentPosition(): void } }) { this.geolocation.getCurrentPosition(); };
          function nested(this: { geolocation: { watchPosition(): void } }) { this.geolocation.watchPosition(); }
          return [legacy, nested];
        }
      }
    `);
    expect(ids(found)).toEqual(['cordova:Geolocation.getCurrentPosition (Ionic Native)', 'cordova:Geolocation.watchPosition (Ionic Native)']);
  });

  it("matches Sensors Data's mini-program SDK copied in under its download's name (hsq-wxapp)", () => {
    const found = matchesIn(`
      var sa = require('./utils/sensorsdata.min.js');
      import sensors from './dist/wechat/sensorsdata.esm.js';
      import other from './utils/sensorsdata-helper.js';
      sa.setPara({ name: 'sc_stats', server_url: 'https://example.com/sa' });
      sa.init();
      sensors.init({ name: 'sensors', server_url: 'https://example.com/sa' });
      other.init();
    `);
    expect(ids(found)).toEqual(['wechat:sensors.init', 'wechat:sensors.init']);
  });

  it('does not match look-alikes: a local posthog object, another package named like the SDK', () => {
    expect(
      matchesIn(`
        import Aegis from './aegis-stub';
        const posthog = { init() {} };
        posthog.init('x');
        new Aegis({ id: 'x' });
      `),
    ).toEqual([]);
  });
});

describe('api matcher: HarmonyOS', () => {
  it('matches requestPermissionsFromUser chained and through a const manager', () => {
    const found = matchesIn(
      `
      import { abilityAccessCtrl, Permissions } from '@kit.AbilityKit';
      const PERMS: Permissions[] = ['ohos.permission.APPROXIMATELY_LOCATION', 'ohos.permission.LOCATION'];
      export async function ask(ctx: Context) {
        await abilityAccessCtrl.createAtManager().requestPermissionsFromUser(ctx, ['ohos.permission.CAMERA']);
        const atManager = abilityAccessCtrl.createAtManager();
        await atManager.requestPermissionsFromUser(ctx, PERMS);
      }
    `,
      { filename: 'entry/src/main/ets/common/Permissions.ts' },
    );
    expect(ids(found)).toEqual([
      'harmony:abilityAccessCtrl.createAtManager().requestPermissionsFromUser',
      'harmony:abilityAccessCtrl.createAtManager().requestPermissionsFromUser',
    ]);
    expect(nativeIds(found[0])).toEqual(['harmony:ohos.permission.CAMERA']);
    expect(nativeIds(found[1])).toEqual(['harmony:ohos.permission.APPROXIMATELY_LOCATION', 'harmony:ohos.permission.LOCATION']);
    expect(found[1].permissions.map((p) => p.permission)).toEqual(['location', 'location']);
  });

  it('matches inside an .ets ability file parsed by the TypeScript parser', () => {
    const found = matchesIn(
      `
      import { abilityAccessCtrl, common, Permissions, UIAbility } from '@kit.AbilityKit';
      import { identifier } from '@kit.AdsKit';
      export default class EntryAbility extends UIAbility {
        async onWindowStageCreate(windowStage: window.WindowStage): Promise<void> {
          const atManager: abilityAccessCtrl.AtManager = abilityAccessCtrl.createAtManager();
          const perms: Array<Permissions> = ['ohos.permission.APP_TRACKING_CONSENT'];
          await atManager.requestPermissionsFromUser(this.context, perms);
          const oaid = await identifier.getOAID();
        }
      }
    `,
      { filename: 'entry/src/main/ets/entryability/EntryAbility.ets' },
    );
    expect(ids(found)).toEqual(['harmony:abilityAccessCtrl.createAtManager().requestPermissionsFromUser', 'harmony:identifier.getOAID']);
    expect(nativeIds(found[0])).toEqual(['harmony:ohos.permission.APP_TRACKING_CONSENT']);
  });

  it('follows a class field that holds the AtManager (this.atManager)', () => {
    const found = matchesIn(
      `
      import { abilityAccessCtrl } from '@kit.AbilityKit';
      export class PermissionHelper {
        private atManager = abilityAccessCtrl.createAtManager();
        async askCamera(ctx: Context) {
          return this.atManager.requestPermissionsFromUser(ctx, ['ohos.permission.CAMERA']);
        }
        askMic = (ctx: Context) => this.atManager.requestPermissionsFromUser(ctx, ['ohos.permission.MICROPHONE']);
      }
      function unrelated(this: any) { this.atManager.requestPermissionsFromUser(ctx, ['ohos.permission.CAMERA']); }
    `,
      { filename: 'entry/src/main/ets/common/PermissionHelper.ts' },
    );
    expect(found.map((m) => nativeIds(m))).toEqual([['harmony:ohos.permission.CAMERA'], ['harmony:ohos.permission.MICROPHONE']]);
  });

  it('matches the legacy @ohos default import and literal-argument entries', () => {
    const found = matchesIn(`
      import geoLocationManager from '@ohos.geoLocationManager';
      geoLocationManager.on('locationChange', {}, (loc) => {});
      geoLocationManager.on('countryCodeChange', (c) => {});
      geoLocationManager.getCurrentLocation();
    `);
    expect(ids(found)).toEqual(["harmony:geoLocationManager.on('locationChange')", 'harmony:geoLocationManager.getCurrentLocation']);
  });
});

describe('api matcher: permission argument forms', () => {
  it('resolves Platform.select with both branches, each tagged with its platform', () => {
    const m = one(`
      import { Platform } from 'react-native';
      import { request, PERMISSIONS } from 'react-native-permissions';
      request(Platform.select({ ios: PERMISSIONS.IOS.LOCATION_WHEN_IN_USE, android: PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION }));
    `);
    expect(m.permissions).toEqual([
      { permission: 'location', platform: 'ios', nativeId: 'ios.permission.LOCATION_WHEN_IN_USE' },
      { permission: 'location', platform: 'android', nativeId: 'android.permission.ACCESS_FINE_LOCATION' },
    ]);
    expect(m.resolved).toBe(true);
  });

  it('resolves a Platform.select held in a module constant, with a default branch', () => {
    const m = one(`
      import { Platform } from 'react-native';
      import { check, PERMISSIONS } from 'react-native-permissions';
      const CAMERA = Platform.select({ ios: PERMISSIONS.IOS.CAMERA, default: PERMISSIONS.ANDROID.CAMERA });
      check(CAMERA);
    `);
    expect(nativeIds(m)).toEqual(['ios:ios.permission.CAMERA', 'android:android.permission.CAMERA']);
  });

  it('resolves ternaries on Platform.OS and plain ternaries', () => {
    const found = matchesIn(`
      import { Platform } from 'react-native';
      import { request, PERMISSIONS } from 'react-native-permissions';
      request(Platform.OS === 'ios' ? PERMISSIONS.IOS.MICROPHONE : PERMISSIONS.ANDROID.RECORD_AUDIO);
      request(precise ? 'android.permission.ACCESS_FINE_LOCATION' : 'android.permission.ACCESS_COARSE_LOCATION');
    `);
    expect(nativeIds(found[0])).toEqual(['ios:ios.permission.MICROPHONE', 'android:android.permission.RECORD_AUDIO']);
    expect(nativeIds(found[1])).toEqual(['android:android.permission.ACCESS_FINE_LOCATION', 'android:android.permission.ACCESS_COARSE_LOCATION']);
  });

  it('resolves string literals of every family', () => {
    const found = matchesIn(`
      import { PermissionsAndroid } from 'react-native';
      import { request } from 'react-native-permissions';
      PermissionsAndroid.request('android.permission.READ_CONTACTS');
      request('ios.permission.PHOTO_LIBRARY');
      request(\`android.permission.POST_NOTIFICATIONS\`);
    `);
    expect(found.map((m) => m.permissions.map((p) => `${p.platform}:${p.permission}`))).toEqual([
      ['android:contacts'],
      ['ios:photos'],
      ['android:notifications'],
    ]);
  });

  it('resolves arrays for requestMultiple, including spread constants and destructured constants', () => {
    const found = matchesIn(`
      import { PermissionsAndroid } from 'react-native';
      import { requestMultiple, PERMISSIONS } from 'react-native-permissions';
      const { CAMERA, RECORD_AUDIO } = PermissionsAndroid.PERMISSIONS;
      const MEDIA = [CAMERA, RECORD_AUDIO];
      PermissionsAndroid.requestMultiple([...MEDIA, PermissionsAndroid.PERMISSIONS.ACCESS_FINE_LOCATION]);
      const LOC = [PERMISSIONS.IOS.LOCATION_ALWAYS, PERMISSIONS.IOS.MOTION] as const;
      requestMultiple(LOC);
    `);
    expect(nativeIds(found[0])).toEqual([
      'android:android.permission.CAMERA',
      'android:android.permission.RECORD_AUDIO',
      'android:android.permission.ACCESS_FINE_LOCATION',
    ]);
    expect(found[1].permissions.map((p) => p.permission)).toEqual(['location-background', 'motion']);
  });

  it('resolves a permission stored in a same-module constant object and an aliased PERMISSIONS path', () => {
    const found = matchesIn(`
      import { request, PERMISSIONS } from 'react-native-permissions';
      const P = { camera: PERMISSIONS.IOS.CAMERA };
      const IOS = PERMISSIONS.IOS;
      request(P.camera);
      request(IOS.SPEECH_RECOGNITION);
    `);
    expect(nativeIds(found[0])).toEqual(['ios:ios.permission.CAMERA']);
    expect(nativeIds(found[1])).toEqual(['ios:ios.permission.SPEECH_RECOGNITION']);
  });

  it('maps RN voicemail constants to their real namespace', () => {
    const m = one(`
      import { PermissionsAndroid } from 'react-native';
      PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.ADD_VOICEMAIL);
    `);
    expect(nativeIds(m)).toEqual(['android:com.android.voicemail.permission.ADD_VOICEMAIL']);
  });

  it('resolves cordova.plugins.permissions constants', () => {
    const m = one(
      `
      const permissions = cordova.plugins.permissions;
      permissions.requestPermission(permissions.CAMERA, ok, fail);
    `,
      'www/js/index.js',
    );
    expect(m.id).toBe('cordova:cordova.plugins.permissions.requestPermission');
    expect(nativeIds(m)).toEqual(['android:android.permission.CAMERA']);
  });

  it('leaves dynamic arguments unresolved instead of guessing', () => {
    const found = matchesIn(`
      import { request } from 'react-native-permissions';
      import { PERMISSION_FROM_OTHER_FILE } from './permissions';
      export function ask(p: string) { return request(p); }
      request(PERMISSION_FROM_OTHER_FILE);
      let changing = 'ios.permission.CAMERA';
      changing = 'ios.permission.MICROPHONE';
      request(changing);
      wx.authorize({ scope: pickScope() });
      request();
    `);
    expect(found.map((m) => m.resolved)).toEqual([false, false, false, false, false]);
    expect(found.every((m) => m.permissions.length === 0)).toBe(true);
  });

  it('marks a partly resolvable array as unresolved but keeps what it read', () => {
    const m = one(`
      import { requestMultiple, PERMISSIONS } from 'react-native-permissions';
      requestMultiple([PERMISSIONS.IOS.CAMERA, somethingElse]);
    `);
    expect(m.resolved).toBe(false);
    expect(nativeIds(m)).toEqual(['ios:ios.permission.CAMERA']);
  });
});

describe('api matcher: must not match', () => {
  it('ignores a local function with an SDK-like name', () => {
    expect(
      matchesIn(`
        function getUniqueId() { return 'local'; }
        const getDeviceName = () => 'x';
        getUniqueId();
        getDeviceName();
        requestTrackingPermissionsAsync();
      `),
    ).toEqual([]);
  });

  it('ignores a shadowed wx / uni parameter and a local variable named like a global', () => {
    expect(
      matchesIn(`
        function withApi(wx) { wx.getLocation(); }
        const run = (uni) => uni.getClipboardData();
        function inner() { const navigator = makeFake(); navigator.geolocation.getCurrentPosition(); }
        class Taro { static getLocation() {} }
        Taro.getLocation();
      `),
    ).toEqual([]);
  });

  it('ignores a local object named Clipboard and an import from another module with the same name', () => {
    expect(
      matchesIn(`
        import { Geolocation } from './my-geolocation';
        import DeviceInfo from '../utils/device-info';
        const Clipboard = { getString: () => '' };
        Clipboard.getString();
        Geolocation.getCurrentPosition();
        DeviceInfo.getUniqueId();
      `),
    ).toEqual([]);
  });

  it('ignores unrelated members of a catalogued module and unrelated globals', () => {
    expect(
      matchesIn(`
        import DeviceInfo from 'react-native-device-info';
        import { Platform } from 'react-native';
        DeviceInfo.getVersion();
        Platform.select({ ios: 1 });
        wx.navigateTo({ url: '/pages/a' });
        console.log(navigator.userAgent);
        Notification.permission;
      `),
    ).toEqual([]);
  });

  it('does not treat a type-only declaration as shadowing a global', () => {
    const found = matchesIn(`
      declare const wx: any;
      interface uni { x: number }
      wx.getLocation({});
      uni.chooseImage({});
    `);
    expect(ids(found)).toEqual(['wechat:wx.getLocation', 'uni-app:uni.chooseImage']);
  });

  it('does not follow reassigned variables', () => {
    expect(
      matchesIn(`
        import DeviceInfo from 'react-native-device-info';
        let api = DeviceInfo;
        api = { getUniqueId() {} };
        api.getUniqueId();
      `),
    ).toEqual([]);
  });
});

describe('api matcher: kinds filter', () => {
  it('only reports entries of the requested kinds', () => {
    const code = `
      import DeviceInfo from 'react-native-device-info';
      import { request, PERMISSIONS } from 'react-native-permissions';
      DeviceInfo.getUniqueId();
      request(PERMISSIONS.IOS.CAMERA);
    `;
    expect(ids(matchesIn(code, { kinds: ['permission-request'] }))).toEqual(['react-native:request']);
    expect(ids(matchesIn(code, { kinds: ['data-read'] }))).toEqual(['react-native:getUniqueId']);
  });
});

describe('preferEntry', () => {
  it('picks the alternative that matches the app ecosystem', () => {
    const web = getEntryById('web:navigator.geolocation.getCurrentPosition')!;
    const rn = getEntryById('react-native:navigator.geolocation.getCurrentPosition')!;
    const cordova = getEntryById('cordova:navigator.geolocation.getCurrentPosition')!;
    const capacitor = getEntryById('capacitor:navigator.geolocation.getCurrentPosition')!;
    const match = { entry: web, alternatives: [capacitor, cordova, rn], permissions: [], resolved: true } as unknown as ApiCallMatch;
    expect(preferEntry(match, ['expo']).id).toBe(rn.id);
    expect(preferEntry(match, ['web']).id).toBe(web.id);
    expect(preferEntry(match, ['wechat']).id).toBe(web.id);
    // A Capacitor or Cordova app is web code too: its host's entry, which lists the native declarations, comes first.
    expect(preferEntry(match, ['web', 'capacitor']).id).toBe(capacitor.id);
    expect(preferEntry(match, ['cordova', 'web']).id).toBe(cordova.id);
  });
});

describe('api matcher: which imports can reach the catalogue (the per-file pre-filter)', () => {
  const reaches = (code: string, filter?: EntryFilter): boolean => {
    let result: boolean | undefined;
    const linter = new Linter({ configType: 'flat' });
    const probe: Rule.RuleModule = {
      meta: { type: 'problem', schema: [] },
      create(context) {
        result = fileMayReachCatalogue(context.sourceCode as never, filter);
        return {};
      },
    };
    linter.verify(code, [{ files: ['**/*.tsx'], plugins: { t: { rules: { probe } } }, languageOptions: { parser: tsParser as Linter.Parser }, rules: { 't/probe': 'error' } }], { filename: 'a.tsx' });
    return result!;
  };

  it('skips files that import only UI names from a catalogued module', () => {
    expect(reaches(`import { View, Text, StyleSheet } from 'react-native';\nexport const A = () => <View><Text>hi</Text></View>;`)).toBe(false);
    expect(reaches(`import React, { useState } from 'react';\nconst getUniqueId = () => 'local';\ngetUniqueId();`)).toBe(false);
  });

  it('keeps files that import a catalogued name, a default or a namespace, or use require / a platform global', () => {
    expect(reaches(`import { View, PermissionsAndroid } from 'react-native';`)).toBe(true);
    expect(reaches(`import { request as ask } from 'react-native-permissions';`)).toBe(true);
    expect(reaches(`import DeviceInfo from 'react-native-device-info';`)).toBe(true);
    expect(reaches(`import * as Location from 'expo-location';`)).toBe(true);
    expect(reaches(`const Geo = require('@react-native-community/geolocation');`)).toBe(true);
    expect(reaches(`export function f() { wx.getLocation({}); }`)).toBe(true);
  });

  it('narrows to the APIs a rule judges: a screen that only asks for permissions cannot start an SDK or collect data', () => {
    const collection = isJudgedEntry; // no-collection-before-consent's filter
    const permissionsOnly = `import { request, check, PERMISSIONS } from 'react-native-permissions';\nexport const ask = () => request(PERMISSIONS.IOS.CAMERA);`;
    expect(reaches(permissionsOnly)).toBe(true);
    expect(reaches(permissionsOnly, collection)).toBe(false);
    // PermissionsAndroid.check is a status read, not collection.
    expect(reaches(`import { View, PermissionsAndroid } from 'react-native';`, collection)).toBe(false);
    // Same module, a collecting name: reached.
    expect(reaches(`import { Clipboard } from 'react-native';`, collection)).toBe(true);
    expect(reaches(`import { getUniqueId } from 'react-native-device-info';`, collection)).toBe(true);
    // Default and namespace imports of a module with such entries and require() stay conservative.
    expect(reaches(`import analytics from '@react-native-firebase/analytics';`, collection)).toBe(true);
    expect(reaches(`const P = require('react-native-permissions');`, collection)).toBe(true);
  });

  it('narrows platform globals to the names of the judged APIs on them, however the file reaches them', () => {
    const collection = isJudgedEntry;
    // Every page of a uni-app or WeChat project calls the global; few call anything a rule judges.
    expect(reaches(`export function go() { uni.navigateTo({ url: '/pages/a' }); uni.showToast({ title: 'ok' }); }`)).toBe(true);
    expect(reaches(`export function go() { uni.navigateTo({ url: '/pages/a' }); uni.showToast({ title: 'ok' }); }`, collection)).toBe(false);
    expect(reaches(`export function f() { wx.authorize({ scope: 'scope.camera' }); }`, collection)).toBe(false);
    // A judged name reached as a member, through an alias, a destructured key or a quoted property.
    expect(reaches(`export function f() { wx.getLocation({ type: 'gcj02' }); }`, collection)).toBe(true);
    expect(reaches(`const api = uni;\napi.showToast({ title: 'hi' });\nexport const read = () => uni.navigateTo({}) && api.getClipboardData({});`, collection)).toBe(true);
    expect(reaches(`uni.showToast({ title: 'hi' });\nconst { getClipboardData } = uni;\nexport const read = () => getClipboardData({});`, collection)).toBe(true);
    expect(reaches(`export const info = () => uni['getClipboardData']({});`, collection)).toBe(true);
    expect(reaches(`export const where = () => navigator.geolocation.getCurrentPosition(() => {});`, collection)).toBe(true);
    // The name alone is not enough: some global must be used.
    expect(reaches(`export function getLocation() { return 1; }`, collection)).toBe(false);
  });

  it('still matches an aliased named import and ignores unrelated names of the same module', () => {
    expect(ids(matchesIn(`import { View, PermissionsAndroid as PA } from 'react-native';\nPA.request(PA.PERMISSIONS.CAMERA);\nView.render?.();`))).toEqual([
      'react-native:PermissionsAndroid.request',
    ]);
  });
});
