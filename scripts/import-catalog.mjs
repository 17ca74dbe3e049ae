#!/usr/bin/env node
// Normalises the reference API catalog into the typed knowledge base:
//   node scripts/import-catalog.mjs [path/to/api-catalog.json]
// writes eslint-plugin/src/core/knowledge/apis.generated.ts (committed; CI never needs the catalog).
// The catalog describes calls in prose-like strings ("Adjust.getIdfa / getIdfv", "new Mixpanel(...).init(...)",
// "named or default.*"); this script turns them into import/global/jsx/template bindings. What it cannot parse
// is fixed by hand in OVERRIDES below.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const catalogPath = process.argv[2] ?? join(root, '../shared/reference/api-catalog.json');
const outPath = join(root, 'eslint-plugin/src/core/knowledge/apis.generated.ts');
const catalog = JSON.parse(readFileSync(catalogPath, 'utf8'));

const CALL = '()';

const ECOSYSTEMS = {
  'react-native': 'react-native',
  expo: 'expo',
  'wechat-miniprogram': 'wechat',
  'uni-app': 'uni-app',
  taro: 'taro',
  capacitor: 'capacitor',
  web: 'web',
  'harmonyos-arkts': 'harmony',
  'alipay-miniprogram': 'alipay',
  'native-sdk (bridged)': 'native-bridge',
  cordova: 'cordova',
};

// Catalog platform names → our Platform. Alipay and Windows have no Platform of their own (dropped).
const PLATFORMS = {
  ios: ['ios'],
  android: ['android'],
  web: ['web'],
  windows: [],
  'mp-weixin': ['wechat'],
  weapp: ['wechat'],
  app: ['ios', 'android'],
  rn: ['ios', 'android'],
  h5: ['web'],
  'app-android': ['android'],
  'app-ios': ['ios'],
  'app-harmony': ['harmony'],
  harmonyos: ['harmony'],
  'mp-alipay': [],
};

// HarmonyOS modules: the kit re-export (named) and the legacy @ohos module (default export).
const HARMONY_MODULES = {
  abilityAccessCtrl: ['@kit.AbilityKit', '@ohos.abilityAccessCtrl'],
  identifier: ['@kit.AdsKit', '@ohos.identifier.oaid'],
  geoLocationManager: ['@kit.LocationKit', '@ohos.geoLocationManager'],
  camera: ['@kit.CameraKit', '@ohos.multimedia.camera'],
  audio: ['@kit.AudioKit', '@ohos.multimedia.audio'],
  contact: ['@kit.ContactsKit', '@ohos.contact'],
  pasteboard: ['@kit.BasicServicesKit', '@ohos.pasteboard'],
  calendarManager: ['@kit.CalendarKit', '@ohos.calendarManager'],
  notificationManager: ['@kit.NotificationKit', '@ohos.notificationManager'],
  sensor: ['@kit.SensorServiceKit', '@ohos.sensor'],
};

const imp = (module, importName, path = []) => ({ type: 'import', module, importName, path });
const glob = (global, path) => ({ type: 'global', global, path });
const named = (module, dotted) => {
  const [head, ...rest] = dotted.split('.');
  return imp(module, head, rest);
};
const dflt = (module, dotted) => imp(module, 'default', dotted.split('.'));

// ---- Hand fixes, keyed by `${catalog ecosystem}|${module}|${call}` -------------------------------------------
// Each value either gives bindings for the entry or splits it into several entries ({ split: [...] }).
// React Native Firebase's namespaced form: `firebase.analytics()`, with `firebase` exported by every module and
// by @react-native-firebase/app (also as its default export).
const RNFB_NAMESPACES = [
  ['@react-native-firebase/analytics', 'firebase'],
  ['@react-native-firebase/app', 'firebase'],
  ['@react-native-firebase/app', 'default'],
];
const firebaseModular = (fn) => [
  imp('@react-native-firebase/analytics', fn),
  imp('@react-native-firebase/analytics', 'default', [CALL, fn]),
  ...RNFB_NAMESPACES.map(([module, name]) => imp(module, name, ['analytics', CALL, fn])),
];
const amapRn = 'react-native-amap-geolocation';
// AMap privacy switches: RN wrappers (named or on the default object) and the HarmonyOS ohpm package's static class.
const amapPrivacy = (fn) => [
  imp(amapRn, fn),
  imp(amapRn, 'default', [fn]),
  imp('@uiw/react-native-amap-geolocation', fn),
  imp('@uiw/react-native-amap-geolocation', 'default', [fn]),
  imp('react-native-amap3d', 'AMapSdk', [fn]),
  imp('@amap/amap_lbs_location', 'AMapLocationManagerImpl', [fn]),
];
/** A location read of AMap's React Native wrapper: it asks on iOS when it starts locating (requestAlwaysAuthorization). */
const amapRnLocationRead = (call, what, binding) => ({
  ecosystem: 'react-native',
  module: amapRn,
  call,
  kind: 'data-read',
  permission: 'location',
  purposeKeys: [{ file: 'Info.plist', key: 'NSLocationWhenInUseUsageDescription' }],
  source: `react-native-amap-geolocation 1.2.3 lib/js/index.d.ts (named export Geolocation) and geolocation.js (${what}); lib/ios/AMapGeolocation.m: when AMap needs authorization, doRequireLocationAuth calls requestAlwaysAuthorization, which prompts (While Using first); on Android the app must ask for the runtime permission itself`,
  importStyle: 'named Geolocation / start',
  platforms: ['ios', 'android'],
  verified: 'source-read',
  bindings: [binding],
});
/**
 * A call of an Ionic Native wrapper (@awesome-cordova-plugins/<plugin>, formerly @ionic-native/<plugin>), on the
 * injectable class from /ngx or on the instance the package root exports. `source` goes on after the package name.
 */
/**
 * cordova-plugin-camera's getPicture, called with its options at `index`: `sourceType` CAMERA (the default) opens the
 * camera, which iOS asks for (CDVCamera.m: requestAccessForMediaType when the source is the camera); PHOTOLIBRARY and
 * SAVEDPHOTOALBUM open the photo library. On Android the plugin takes the photo through the system camera app and
 * asks for CAMERA only when some other part of the app declares it (CameraLauncher.java, CB-10120): no declaration
 * of its own is needed.
 */
const PICTURE_SOURCE = (index) => ({ pictureSourceOption: { index, property: 'sourceType' }, extraPermissions: ['photos'], omitPurposeKeys: ['android'] });
/**
 * When a browser Sentry SDK sends personal data. Until 10.4.0 Sentry's server took the sender's IP address from every
 * browser SDK event (sentry-javascript PR 17364: the JS SDK was exempt from the {{auto}} rule; 10.4.0's release notes:
 * "events … will only include user IP addresses, if you set sendDefaultPii: true"); 11.x resolves
 * dataCollection.userInfo, true by default, into infer_ip "auto" (checked in @sentry/core 11.12.0). A session replay
 * (replayIntegration, replayCanvasIntegration, the older new Replay()) masks all text and blocks media by default;
 * with that turned off (maskAllText: false, blockAllMedia: false, unmask / unblock selectors) it records what the
 * page shows, in any version.
 */
const SENTRY_BROWSER_PERSONAL_DATA = {
  quietFrom: [10, 4, 0],
  quietBelow: [11, 0, 0],
  optIn: 'sendDefaultPii',
  optOut: ['dataCollection', 'userInfo'],
  recordingPattern: '\\breplay(?:Canvas)?Integration\\s*\\(|\\bnew\\s+(?:\\w+\\.)*Replay\\s*\\(',
  unmaskPattern: '\\b(?:maskAllText|blockAllMedia)\\s*:\\s*false\\b|\\b(?:unmask|unblock)\\s*:',
};
const ionicNativeCall = (plugin, className, method, permission, iosKey, source) => ({
  ecosystem: 'cordova',
  module: `@awesome-cordova-plugins/${plugin}`,
  call: `${className}.${method} (Ionic Native)`,
  kind: 'data-read',
  permission,
  purposeKeys: [{ file: 'Info.plist', key: iosKey }],
  source: `@awesome-cordova-plugins/${plugin} ${source}`,
  importStyle: `named ${className} (injected from /ngx, or the instance)`,
  platforms: ['ios', 'android'],
  verified: 'source-read',
  bindings: [`@awesome-cordova-plugins/${plugin}`, `@ionic-native/${plugin}`].flatMap((module) => [imp(module, className, [method]), imp(`${module}/ngx`, className, [method])]),
});
// Plugins made for Capacitor 3 and later, which registers plugins by import: the Capacitor 2 `Plugins` proxy never
// reaches them (and `Plugins.BarcodeScanner` is the community scanner, not ML Kit's).
const CAPACITOR_3_ONLY_PLUGINS = new Set(['@capacitor-mlkit/barcode-scanning']);

// uni-app's pickers in an App: iOS asks for the camera ('camera' source) and the photo library ('album'), and the App
// Store needs manifest.json's privacyDescription for each (the mini-program picker asks nothing).
const UNI_APP_PICKER = { promptsOn: ['ios'], sourceTypeOption: { index: 0, property: 'sourceType' } };
// getUserMedia's constraints say what it asks for ({ video } the camera, { audio } the microphone); the usage scan,
// which reads no arguments, counts both.
const MEDIA_CONSTRAINTS = { mediaConstraintsOption: { index: 0 }, extraPermissions: ['microphone'] };
const RNFB_MESSAGING = '@react-native-firebase/messaging';
// Namespaced (messaging().fn(), up to v21), modular (fn(getMessaging())), and getMessaging().fn().
const rnfbMessaging = (fn) => [imp(RNFB_MESSAGING, 'default', [CALL, fn]), imp(RNFB_MESSAGING, fn), imp(RNFB_MESSAGING, 'getMessaging', [CALL, fn])];
// AMap's WeChat SDK (amap-wx.js, copied into the app): `new amapFile.AMapWX({ key })`, then methods on the instance.
const amapWx = (method) => [imp('amap-wx', 'AMapWX', [CALL, method]), imp('amap-wx', 'default', ['AMapWX', CALL, method])];
// Tencent Location Service's WeChat SDK (qqmap-wx-jssdk.js, copied into the app; module.exports = QQMapWX):
// `new QQMapWX({ key })`, then methods on the instance.
const qqmapWx = (method) => [imp('qqmap-wx-jssdk', 'default', [CALL, method])];
/** qqmap-wx-jssdk 1.2's methods that read the device location (locationProcess → getWXLocation → wx.getLocation) unless given this place. */
const QQMAP_WX_LOCATION_METHODS = [
  ['search', 'location'],
  ['reverseGeocoder', 'location'],
  ['calculateDistance', 'from'],
  ['direction', 'from'],
];
/** navigator.geolocation's one-shot read and its watch ask the same way (the catalog names the first only). */
const GEOLOCATION_READS = ['getCurrentPosition', 'watchPosition'].map((method) => glob('navigator', ['geolocation', method]));

const OVERRIDES = {
  // Getting the CameraManager and listing cameras needs no permission: Camera Kit checks ohos.permission.CAMERA when
  // a camera input is created (CameraManager.createCameraInput, below). HMOS_vs_gps_pro's getCameraManager +
  // getSupportedCameras was reported as needing CAMERA (25c F07). The manager still shows the app uses the camera
  // (a helper returns it and another module creates the input), so the entry stays, requiring nothing.
  'react-native|anythink-react-native|ATRNSDK.initSDK': {
    bindings: [imp('anythink-react-native', 'ATRNSDK', ['initSDK']), imp('anythink-react-native', 'default', ['initSDK']), imp('anythink-react-native', 'default', ['ATRNSDK', 'initSDK'])],
  },
  // WeChat, 选择地理位置接口调整公告 (2022-05-13): from 2022-06-13 wx.chooseLocation and wx.choosePoi no longer need
  // the user's scope.userLocation authorisation (the API pages still say they do); the requiredPrivateInfos entry
  // stays. minizgt was held to permission["scope.userLocation"].desc for chooseLocation alone (26b F3).
  ...Object.fromEntries(
    ['wechat-miniprogram|wx (WeChat mini-program global)|wx.chooseLocation', 'uni-app|uni (uni-app global)|uni.chooseLocation', 'taro|@tarojs/taro|Taro.chooseLocation'].map(
      (key) => [key, { noWechatScope: true }],
    ),
  ),
  'harmonyos-arkts|@kit.CameraKit|camera.getCameraManager': { omitPurposeKeys: ['harmony'] },
  'harmonyos-arkts|@kit.CameraKit|cameraManager.createCameraInput': {
    bindings: [
      imp('@kit.CameraKit', 'camera', ['getCameraManager', CALL, 'createCameraInput']),
      imp('@ohos.multimedia.camera', 'default', ['getCameraManager', CALL, 'createCameraInput']),
    ],
  },
  // Sentry.setUser hands the SDK a user the app already has; it reads nothing from the device, and nothing leaves it
  // unless Sentry was started, which is reported at Sentry.init (ozensemble sets an app-made random id: 24a's FALSE,
  // reported even with the start behind the consent check).
  'react-native|@sentry/react-native|Sentry.setUser': { dropped: true },
  // Alipay's silent authorization (scopes left out, or auth_base) returns a code and asks nothing, like wx.login: only
  // the user-information scope shows the dialog (Alipay open docs, my.getAuthCode: 静默授权不弹框).
  'alipay-miniprogram|my (Alipay global)|my.getAuthCode': { argumentPropertyAnyOf: { index: 0, property: 'scopes', values: ['auth_user'] } },
  'react-native|react-native (legacy navigator.geolocation / Geolocation)|navigator.geolocation.getCurrentPosition': { bindings: GEOLOCATION_READS },
  'cordova|cordova-plugin-geolocation|navigator.geolocation.getCurrentPosition': { bindings: GEOLOCATION_READS },
  // getPicture(success, error, options): its sourceType says whether the camera opens (see PICTURE_SOURCE).
  'cordova|cordova-plugin-camera|navigator.camera.getPicture': PICTURE_SOURCE(2),
  'web|(browser global)|navigator.mediaDevices.getUserMedia': MEDIA_CONSTRAINTS,
  // requestPermissionsAsync(writeOnly): add-only access (MediaLibraryModule.kt asks no read permission for it;
  // iOS asks PHAccessLevelAddOnly).
  'expo|expo-media-library|MediaLibrary.requestPermissionsAsync': { permissionWhenTrue: { index: 0, permission: 'photos-add' } },
  'expo|expo-media-library|MediaLibrary.usePermissions': { permissionWhenTrue: { index: 0, property: 'writeOnly', permission: 'photos-add' } },
  'expo|expo-image-picker|ImagePicker.requestMediaLibraryPermissionsAsync': { permissionWhenTrue: { index: 0, permission: 'photos-add' } },
  ...Object.fromEntries(
    ['getRegeo', 'getPoiAround', 'getStaticmap', 'getWeather'].map((method) => [
      `wechat-miniprogram|amap-wx|AMapWX().${method}`,
      { display: `AMapWX.${method}`, bindings: amapWx(method) },
    ]),
  ),
  ...Object.fromEntries(
    QQMAP_WX_LOCATION_METHODS.map(([method]) => [
      `wechat-miniprogram|qqmap-wx-jssdk|QQMapWX().${method}`,
      { display: `QQMapWX.${method}`, bindings: qqmapWx(method) },
    ]),
  ),
  [`react-native|${RNFB_MESSAGING}|messaging().requestPermission`]: { display: 'messaging().requestPermission', bindings: rnfbMessaging('requestPermission') },
  [`react-native|${RNFB_MESSAGING}|messaging().getToken`]: { display: 'messaging().getToken', bindings: rnfbMessaging('getToken') },
  "react-native|react-native-geolocation-service|Geolocation.requestAuthorization('whenInUse')": {
    bindings: [imp('react-native-geolocation-service', 'default', ['requestAuthorization'])],
  },
  "react-native|react-native-geolocation-service|Geolocation.requestAuthorization('always')": {
    bindings: [imp('react-native-geolocation-service', 'default', ['requestAuthorization'])],
  },
  'react-native|react-native-geolocation-service|Geolocation.getCurrentPosition / Geolocation.watchPosition': {
    split: [
      // Named apart from @react-native-community/geolocation's entries, whose ids stay as they were.
      { display: 'Geolocation.getCurrentPosition (react-native-geolocation-service)', bindings: [imp('react-native-geolocation-service', 'default', ['getCurrentPosition'])] },
      { display: 'Geolocation.watchPosition (react-native-geolocation-service)', bindings: [imp('react-native-geolocation-service', 'default', ['watchPosition'])] },
    ],
  },
  'react-native|posthog-react-native|new PostHog(...)': { display: 'new PostHog(…)', bindings: [imp('posthog-react-native', 'default'), imp('posthog-react-native', 'PostHog')] },
  'web|posthog-js|posthog.init': { bindings: [imp('posthog-js', 'default', ['init']), imp('posthog-js', 'posthog', ['init'])] },
  'web|mixpanel-browser|mixpanel.init': { bindings: [imp('mixpanel-browser', 'default', ['init'])] },
  'web|@amplitude/analytics-browser|amplitude.init': {
    bindings: [imp('@amplitude/analytics-browser', 'init'), imp('@amplitude/analytics-browser', 'default', ['init'])],
  },
  'wechat-miniprogram|aegis-mp-sdk|new Aegis(...)': { display: 'new Aegis(…)', bindings: [imp('aegis-mp-sdk', 'default')] },
  'web|aegis-web-sdk|new Aegis(...)': { display: 'new Aegis(…)', bindings: [imp('aegis-web-sdk', 'default')] },
  'uni-app|aegis-weex-sdk|new Aegis(...)': { display: 'new Aegis(…)', bindings: [imp('aegis-weex-sdk', 'default')] },
  'wechat-miniprogram|sa-sdk-miniprogram|sensors.init': { bindings: [imp('sa-sdk-miniprogram', 'default', ['init'])] },
  "wechat-miniprogram|gio-minp|gdp('init')": { bindings: [imp('gio-minp', 'default'), imp('gio-minp', 'gdp')] },
  "wechat-miniprogram|gio-minp|gdp('setConfig')": { bindings: [imp('gio-minp', 'default'), imp('gio-minp', 'gdp')] },
  'capacitor|@sentry/capacitor|Sentry.init': { display: 'Sentry.init (@sentry/capacitor)', bindings: [imp('@sentry/capacitor', 'init')] },
  // Named apart from @sentry/react-native's Sentry.init, whose id stays as it was.
  'react-native|sentry-expo|Sentry.init': { display: 'Sentry.init (sentry-expo)' },
  // Named apart from the community geolocation's, whose ids stay as they were.
  'react-native|react-native-amap-geolocation|Geolocation.getCurrentPosition': { display: 'Geolocation.getCurrentPosition (react-native-amap-geolocation)' },
  'react-native|react-native-amap-geolocation|Geolocation.watchPosition': { display: 'Geolocation.watchPosition (react-native-amap-geolocation)' },
  'react-native|react-native-amap-geolocation|start': { display: 'start (react-native-amap-geolocation)' },
  'uni-app|uni (uni-app global)|uni.chooseImage': UNI_APP_PICKER,
  'uni-app|uni (uni-app global)|uni.chooseVideo': UNI_APP_PICKER,
  'uni-app|uni (uni-app global)|uni.chooseMedia': UNI_APP_PICKER,
  'react-native|@react-native-firebase/analytics|getAnalytics / analytics()': {
    display: 'getAnalytics / analytics()',
    bindings: [
      imp('@react-native-firebase/analytics', 'getAnalytics'),
      imp('@react-native-firebase/analytics', 'default'),
      ...RNFB_NAMESPACES.map(([module, name]) => imp(module, name, ['analytics'])),
    ],
  },
  ...Object.fromEntries(
    ['setAnalyticsCollectionEnabled', 'setConsent', 'setUserId', 'setUserProperty', 'setUserProperties', 'logEvent', 'getAppInstanceId'].map((fn) => [
      `react-native|@react-native-firebase/analytics|${fn}`,
      { bindings: firebaseModular(fn) },
    ]),
  ),
  'react-native|@react-native-firebase/analytics|initiateOnDeviceConversionMeasurementWithEmailAddress / ...WithPhoneNumber / ...WithHashed*': {
    bindings: [
      'initiateOnDeviceConversionMeasurementWithEmailAddress',
      'initiateOnDeviceConversionMeasurementWithPhoneNumber',
      'initiateOnDeviceConversionMeasurementWithHashedEmailAddress',
      'initiateOnDeviceConversionMeasurementWithHashedPhoneNumber',
    ].flatMap(firebaseModular),
  },
  'react-native|@amplitude/analytics-react-native|setUserId / identify / track': {
    bindings: ['setUserId', 'identify', 'track'].map((fn) => imp('@amplitude/analytics-react-native', fn)),
  },
  'react-native|@segment/analytics-react-native|client.identify / client.track / client.screen': {
    bindings: ['identify', 'track', 'screen'].flatMap((fn) => [
      imp('@segment/analytics-react-native', 'createClient', [CALL, fn]),
      imp('@segment/analytics-react-native', 'useAnalytics', [CALL, fn]),
    ]),
  },
  'react-native|mixpanel-react-native|new Mixpanel(token, trackAutomaticEvents).init(optOutTrackingDefault?, superProperties?, serverURL?)': {
    display: 'new Mixpanel(token, trackAutomaticEvents).init(...)',
    bindings: [imp('mixpanel-react-native', 'Mixpanel', [CALL, 'init'])],
  },
  ...Object.fromEntries(
    ['optOutTracking', 'optInTracking', 'hasOptedOutTracking'].map((fn) => [
      `react-native|mixpanel-react-native|${fn}`,
      { bindings: [imp('mixpanel-react-native', 'Mixpanel', [CALL, fn])] },
    ]),
  ),
  'react-native|react-native-branch|branch.subscribe (native Branch init in AppDelegate/MainApplication)': {
    display: 'branch.subscribe',
    bindings: [dflt('react-native-branch', 'subscribe')],
  },
  'react-native|react-native-onesignal|OneSignal.login / User.addEmail / User.addSms / User.addTag': {
    bindings: ['login', 'User.addEmail', 'User.addSms', 'User.addTag'].map((p) => imp('react-native-onesignal', 'OneSignal', p.split('.'))),
  },
  // The uni-app UMeng UTS plugin exports three functions with different roles: split them.
  'uni-app|uni_modules/umeng-common (3rd-party UTS plugin)|preInitUM / initUM / submitPolicyGrantResult': {
    split: [
      { display: 'preInitUM', kind: 'consent-gate', bindings: [imp('uni_modules/umeng-common', 'preInitUM')] },
      { display: 'initUM', kind: 'sdk-init', bindings: [imp('uni_modules/umeng-common', 'initUM')] },
      { display: 'submitPolicyGrantResult', kind: 'consent-gate', bindings: [imp('uni_modules/umeng-common', 'submitPolicyGrantResult')] },
    ],
  },
  // Web push: the PushManager lives on a service-worker registration, reached from navigator.serviceWorker.
  'web|(browser global)|PushManager.subscribe': {
    bindings: [
      glob('navigator', ['serviceWorker', 'ready', 'pushManager', 'subscribe']),
      glob('navigator', ['serviceWorker', 'register', CALL, 'pushManager', 'subscribe']),
      glob('navigator', ['serviceWorker', 'getRegistration', CALL, 'pushManager', 'subscribe']),
    ],
  },
  'react-native|react-native-google-mobile-ads|mobileAds().initialize': {
    display: 'mobileAds().initialize',
    bindings: [
      imp('react-native-google-mobile-ads', 'default', [CALL, 'initialize']),
      imp('react-native-google-mobile-ads', 'MobileAds', [CALL, 'initialize']),
      imp('react-native-google-mobile-ads', 'mobileAds', [CALL, 'initialize']),
    ],
  },
  // react-native-voice is the package's name before it moved to the @react-native-voice scope (same API).
  'react-native|@react-native-voice/voice|Voice.start': {
    bindings: [dflt('@react-native-voice/voice', 'start'), dflt('react-native-voice', 'start')],
  },
  'cordova|cordova-plugin-android-permissions|cordova.plugins.permissions.checkPermission': {
    bindings: [glob('cordova', ['plugins', 'permissions', 'checkPermission'])],
  },
  'harmonyos-arkts|@kit.BasicServicesKit|pasteboard.getSystemPasteboard().getData': {
    bindings: ['getData', 'getDataSync'].flatMap((m) => harmonyBindings('pasteboard', ['getSystemPasteboard', CALL, m])),
  },
  // Native SDKs: bindings for JS wrappers whose exports we saw (in the package or in code importing it). Wrapper
  // names are community packages, so these entries keep bindingsUnverified.
  'native-sdk (bridged)|AMap (高德) Location/Map SDK|AMapLocationClient.updatePrivacyShow': {
    bindings: amapPrivacy('updatePrivacyShow'),
    bindingsUnverified: true,
  },
  'native-sdk (bridged)|AMap (高德) Location/Map SDK|AMapLocationClient.updatePrivacyAgree': {
    bindings: amapPrivacy('updatePrivacyAgree'),
    bindingsUnverified: true,
  },
  'native-sdk (bridged)|AMap (高德) Location SDK|AMapLocationClient(...) / AMapLocationManager new': {
    display: 'AMapLocationClient(...) / AMapLocationManager new',
    bindings: [
      imp(amapRn, 'init'),
      imp('react-native-amap3d', 'AMapSdk', ['init']),
      imp('@uiw/react-native-amap-geolocation', 'setApiKey'),
      imp('@uiw/react-native-amap-geolocation', 'default', ['setApiKey']),
      imp('@amap/amap_lbs_location', 'AMapLocationManagerImpl'),
    ],
    bindingsUnverified: true,
  },
  'native-sdk (bridged)|com.umeng.commonsdk.UMConfigure|UMConfigure.init': {
    bindings: [
      imp('@react-native-hero/umeng-analytics', 'init'),
      imp('react-native-mumeng', 'initSDK'),
      imp('react-native-umsdk', 'initUMSDK'),
    ],
    bindingsUnverified: true,
  },
  // UMeng pre-initialisation is native-only in the wrappers we found (Application.onCreate).
  'native-sdk (bridged)|com.umeng.commonsdk.UMConfigure|UMConfigure.preInit': { bindings: [], bindingsUnverified: true },
  'native-sdk (bridged)|Getui PushSDK|PushManager.getInstance().initialize (Android) / GeTuiSdk startSdk (iOS)': {
    display: 'PushManager.getInstance().initialize / GeTuiSdk startSdk',
    bindings: [],
  },
  'native-sdk (bridged)|Tencent Bugly|CrashReport.initCrashReport': { bindings: [] },
  'native-sdk (bridged)|Baidu (百度) Location SDK|LocationClient.setAgreePrivacy': { bindings: [], bindingsUnverified: true },
  'native-sdk (bridged)|Baidu Map SDK|SDKInitializer.setAgreePrivacy': { bindings: [], bindingsUnverified: true },
  'native-sdk (bridged)|Tencent (腾讯) Location SDK|TencentLocationManager.setUserAgreePrivacy': {
    bindings: [imp('expo-qq-location', 'setUserAgreePrivacy')],
    bindingsUnverified: true,
  },
};

// ---- Additions: APIs the reference catalog lacks, written in its shape (same fields, same parsing) ---------------
// `access` marks a property read (the catalog keeps that in accessOf below).
const HTML5_PLUS_DEVICE_DOCS = 'HTML5+ Device module docs (www.html5plus.org/doc/zh_cn/device.html); DCloud uni-app privacy guidance';
const plusDevice = (call, permission, access, notes, platforms = ['app']) => ({
  ecosystem: 'uni-app',
  module: 'plus (HTML5+ runtime, App only)',
  call,
  kind: 'data-read',
  permission,
  purposeKeys: [],
  source: HTML5_PLUS_DEVICE_DOCS,
  importStyle: 'global plus (#ifdef APP-PLUS)',
  platforms,
  verified: 'docs',
  notes,
  ...(access ? { access } : {}),
});
const GOOGLE_MOBILE_ADS_DOCS =
  'react-native-google-mobile-ads docs, "Initialize the SDK" and "Consent & privacy basics" (docs.page/invertase/react-native-google-mobile-ads): gather consent before initialize, ads may be preloaded on init';
const SPEECH_RECOGNITION_SOURCE =
  'capacitor-community/speech-recognition ios/Plugin/Plugin.swift (requestPermissions: SFSpeechRecognizer.requestAuthorization then AVAudioSession.requestRecordPermission; start: requestRecordPermission) and src/definitions.ts (Android: RECORD_AUDIO)';
const RN_VOICE_SOURCE =
  '@react-native-voice/voice: iOS startSpeech asks SFSpeechRecognizer authorization and records from the microphone; Android startSpeech requests RECORD_AUDIO when REQUEST_PERMISSIONS_AUTO (default true)';
const RN_IMAGE_PICKER_2_SOURCE =
  'react-native-image-picker 2.x README (Install, iOS 10+): add NSPhotoLibraryUsageDescription, NSCameraUsageDescription (and NSMicrophoneUsageDescription for video) to Info.plist, or the app crashes (SIGABRT); API: ImagePicker.showImagePicker / launchCamera / launchImageLibrary(options, callback) on the default export';
const RN_CROP_PICKER_SOURCE =
  'react-native-image-crop-picker README (iOS): Info.plist needs NSPhotoLibraryUsageDescription, NSCameraUsageDescription (and NSMicrophoneUsageDescription for video); openPicker asks for the photo library, openCamera for the camera';
const speechEntry = (ecosystem, module, call, kind, source, importStyle) => ({
  ecosystem,
  module,
  call,
  kind,
  permission: 'speech',
  extraPermissions: ['microphone'],
  purposeKeys: [
    { file: 'Info.plist', key: 'NSSpeechRecognitionUsageDescription' },
    { file: 'Info.plist', key: 'NSMicrophoneUsageDescription' },
    { file: 'AndroidManifest.xml', key: 'RECORD_AUDIO' },
  ],
  source,
  importStyle,
  platforms: ['ios', 'android'],
  verified: 'source-read',
  notes: 'Speech recognition asks for speech recognition and then for the microphone.',
});
const HARMONY_SENSOR_SOURCE =
  'HarmonyOS Sensor Service Kit (@ohos.sensor): sensor.on/once(SensorId.PEDOMETER | PEDOMETER_DETECTION, callback) need ohos.permission.ACTIVITY_MOTION (user_grant); the older SensorType.SENSOR_TYPE_ID_PEDOMETER(_DETECTION) ids are the same sensors';
const harmonyPedometer = (call) => ({
  ecosystem: 'harmonyos-arkts',
  module: '@kit.SensorServiceKit',
  call,
  kind: 'data-read',
  permission: 'activity',
  // The sensor is named by the first argument: sensor.SensorId.PEDOMETER, SensorId.PEDOMETER_DETECTION, …
  argumentMember: { index: 0, names: ['PEDOMETER', 'PEDOMETER_DETECTION', 'SENSOR_TYPE_ID_PEDOMETER', 'SENSOR_TYPE_ID_PEDOMETER_DETECTION'] },
  purposeKeys: [{ file: 'module.json5', key: 'module.requestPermissions[{name:"ohos.permission.ACTIVITY_MOTION"}].reason + usedScene' }],
  source: HARMONY_SENSOR_SOURCE,
  importStyle: 'named',
  platforms: ['harmonyos'],
  verified: 'docs',
  notes: 'Step counts are activity data; other sensors (accelerometer, gyroscope) need no user_grant permission.',
});
const MLKIT_SCANNER_SOURCE =
  '@capacitor-mlkit/barcode-scanning README: iOS needs NSCameraUsageDescription and Android <uses-permission android:name="android.permission.CAMERA"/> in the app manifest; requestPermissions() asks for the camera, startScan() opens it, scan() is the ready-made scanner (Google code scanner on Android, which needs no permission)';
const COMMUNITY_SCANNER_SOURCE =
  '@capacitor-community/barcode-scanner README: iOS needs NSCameraUsageDescription; startScan() opens the camera (AVFoundation on iOS; zxing-android-embedded on Android, whose own manifest declares CAMERA)';
const scannerEntry = (module, call, kind, platforms, source) => ({
  ecosystem: 'capacitor',
  module,
  call,
  kind,
  permission: 'camera',
  purposeKeys: [
    { file: 'Info.plist', key: 'NSCameraUsageDescription' },
    // The app's manifest must declare CAMERA unless the plugin's own manifest does (dependencies.ts).
    ...(platforms.includes('android') && module === '@capacitor-mlkit/barcode-scanning' ? [{ file: 'AndroidManifest.xml', key: 'CAMERA' }] : []),
  ],
  source,
  importStyle: 'named { BarcodeScanner }',
  platforms,
  verified: 'docs',
});
// A Capacitor app's web view asks the native platform for the location its navigator.geolocation reads: WKWebView
// needs the Info.plist key, and Capacitor's Android bridge requests the manifest's location permissions. The web
// entry's alternative for Capacitor apps (preferEntry), as cordova-plugin-geolocation's is for Cordova apps.
const webViewGeolocation = (call) => ({
  ecosystem: 'capacitor',
  module: '(web view global)',
  call,
  kind: 'data-read',
  permission: 'location',
  purposeKeys: [
    { file: 'Info.plist', key: 'NSLocationWhenInUseUsageDescription' },
    { file: 'AndroidManifest.xml', key: 'uses-permission android.permission.ACCESS_FINE_LOCATION' },
    { file: 'AndroidManifest.xml', key: 'uses-permission android.permission.ACCESS_COARSE_LOCATION' },
  ],
  source: 'Capacitor docs (Geolocation plugin, "web view geolocation"): the web view\'s navigator.geolocation is granted through the app\'s native permission, which needs NSLocationWhenInUseUsageDescription on iOS and the location permissions in AndroidManifest.xml',
  importStyle: 'global',
  platforms: ['ios', 'android'],
  verified: 'docs',
});

// The same web view's getUserMedia: WKWebView refuses capture without NSCameraUsageDescription /
// NSMicrophoneUsageDescription, and Capacitor's Android bridge (BridgeWebChromeClient.onPermissionRequest) requests
// CAMERA for video and RECORD_AUDIO for audio at run time, which Android denies when the manifest lacks them.
const webViewMedia = (call) => ({
  ecosystem: 'capacitor',
  module: '(web view global)',
  call,
  kind: 'permission-request',
  permission: 'camera',
  ...MEDIA_CONSTRAINTS,
  purposeKeys: [
    { file: 'Info.plist', key: 'NSCameraUsageDescription' },
    { file: 'Info.plist', key: 'NSMicrophoneUsageDescription' },
    { file: 'AndroidManifest.xml', key: 'uses-permission android.permission.CAMERA' },
    { file: 'AndroidManifest.xml', key: 'uses-permission android.permission.RECORD_AUDIO' },
  ],
  source: 'WebKit UserMediaPermissionRequestManagerProxy::permittedToCaptureVideo/Audio (denied without the usage description); Capacitor android BridgeWebChromeClient.onPermissionRequest (VIDEO_CAPTURE → CAMERA, AUDIO_CAPTURE → RECORD_AUDIO + MODIFY_AUDIO_SETTINGS)',
  importStyle: 'global',
  platforms: ['ios', 'android'],
  verified: 'source-read',
});

/** More Location Kit reads that need the location permission, shaped like the catalog's getCurrentLocation. */
const harmonyLocationRead = (call, source) => {
  const base = catalog.find((e) => e.ecosystem === 'harmonyos-arkts' && e.call === 'geoLocationManager.getCurrentLocation');
  if (!base) throw new Error('geoLocationManager.getCurrentLocation is missing from the catalog');
  return { ...base, call, source, verified: 'docs' };
};

/** @capacitor-firebase/messaging: the same asks and reads as @capacitor/push-notifications (checked in 8.5.2). */
const capacitorFirebaseMessaging = (call, fromCall) => {
  const base = catalog.find((e) => e.module === '@capacitor/push-notifications' && e.call === fromCall);
  if (!base) throw new Error(`${fromCall} is missing from the catalog`);
  return {
    ...base,
    module: '@capacitor-firebase/messaging',
    call,
    importStyle: 'named { FirebaseMessaging }',
    source:
      'npm:@capacitor-firebase/messaging@8.5.2: dist/esm/definitions.d.ts; FirebaseMessagingPlugin.java asks POST_NOTIFICATIONS (alias push notifications), which its AndroidManifest.xml declares; getToken returns the FCM token',
    verified: 'source-read',
  };
};

// Jiguang's uni-app native plugin (JG-JPush, and JG-JPushGoogle for Google Play), reached through
// uni.requireNativePlugin: the knowledge base names its object 'uni-native-plugin:<name>' (see UNI_NATIVE_PLUGIN_MODULE).
const JPUSH_UNI_SOURCE =
  'jpush/jpush-hbuilder-plugin README.md and doc/API.md: `var jpushModule = uni.requireNativePlugin("JG-JPush")`; initJPushService() initialises the SDK (on iOS it also starts by itself when manifest JPUSH_DEFAULTINITJPUSH_IOS is "true"), getRegistrationID(callback) returns the registration id; Jiguang compliance guide: initialise only after the user agreed to the privacy policy';
const jpushUni = (call, kind, permission) => ({
  ecosystem: 'uni-app',
  module: 'JG-JPush (uni-app native plugin)',
  call: `jpushModule.${call}`,
  kind,
  permission,
  purposeKeys: [],
  source: JPUSH_UNI_SOURCE,
  importStyle: "uni.requireNativePlugin('JG-JPush')",
  platforms: ['app'],
  verified: 'docs',
  sdkCategory: 'push',
  bindings: ['JG-JPush', 'JG-JPushGoogle'].map((plugin) => imp(`uni-native-plugin:${plugin}`, call)),
});
const PLUS_PUSH_SOURCE =
  'HTML5+ push API (uni-app App build): plus.push.getClientInfo() returns the ClientInfo of the push service (clientid, token, appid, appkey); getClientInfoAsync(success, error) hands it to a callback';

// Capacitor 2's notification plugins in @capacitor/core (core-plugin-definitions.d.ts of 2.4.7): requestPermission()
// "on iOS prompts the user to allow displaying notifications … on Android there is no such prompt", and register() no
// longer asks. Reached only through the Plugins proxy.
const capacitor2NotificationRequest = (plugin) => ({
  ecosystem: 'capacitor',
  module: '@capacitor/core',
  call: `${plugin}.requestPermission`,
  kind: 'permission-request',
  permission: 'notifications',
  purposeKeys: [],
  source: 'npm:@capacitor/core@2.4.7 dist/esm/core-plugin-definitions.d.ts: PushNotificationsPlugin / LocalNotificationsPlugin requestPermission()',
  importStyle: `Plugins.${plugin} (Capacitor 2)`,
  platforms: ['ios'],
  verified: 'source-read',
  bindings: [imp('@capacitor/core', 'Plugins', [plugin, 'requestPermission'])],
});

const CATALOG_ADDITIONS = [
  capacitor2NotificationRequest('PushNotifications'),
  capacitor2NotificationRequest('LocalNotifications'),
  jpushUni('initJPushService', 'sdk-init', 'push-token'),
  jpushUni('getRegistrationID', 'data-read', 'device-id'),
  ...['getClientInfo', 'getClientInfoAsync'].map((call) => ({
    ecosystem: 'uni-app',
    module: 'plus (HTML5+ runtime, App only)',
    call: `plus.push.${call}`,
    kind: 'data-read',
    permission: 'push-token',
    purposeKeys: [],
    source: PLUS_PUSH_SOURCE,
    importStyle: 'global plus (#ifdef APP-PLUS)',
    platforms: ['app'],
    verified: 'docs',
  })),
  capacitorFirebaseMessaging('FirebaseMessaging.requestPermissions', 'PushNotifications.requestPermissions'),
  capacitorFirebaseMessaging('FirebaseMessaging.getToken', 'PushNotifications.register'),
  harmonyLocationRead(
    'geoLocationManager.getLastLocation',
    'HarmonyOS @ohos.geoLocationManager reference: getLastLocation() returns the last known location and needs ohos.permission.APPROXIMATELY_LOCATION',
  ),
  harmonyLocationRead(
    'geoLocationManager.getPoiInfo',
    'HarmonyOS Location Kit (API 20): getPoiInfo() returns the POIs around the device\'s current location, with the location permissions getCurrentLocation needs',
  ),
  {
    ecosystem: 'react-native',
    module: 'posthog-react-native',
    call: 'new PostHog(...)',
    kind: 'sdk-init',
    permission: 'device-id',
    purposeKeys: [],
    source:
      'posthog-react-native 4.78.0 dist/posthog-rn.js (default and named export PostHog): the constructor stores a device id and, once storage is read, captures Application Installed / Opened and the app lifecycle unless disabled; { defaultOptIn: false } starts it opted out until optIn()',
    importStyle: 'default PostHog or named PostHog',
    platforms: ['ios', 'android'],
    verified: 'source-read',
    sdkCategory: 'analytics',
    consentGate: ['new PostHog(key, { defaultOptIn: false }) then posthog.optIn()'],
  },
  webViewMedia('navigator.mediaDevices.getUserMedia'),
  scannerEntry('@capacitor-mlkit/barcode-scanning', 'BarcodeScanner.requestPermissions', 'permission-request', ['ios', 'android'], MLKIT_SCANNER_SOURCE),
  scannerEntry('@capacitor-mlkit/barcode-scanning', 'BarcodeScanner.startScan', 'data-read', ['ios', 'android'], MLKIT_SCANNER_SOURCE),
  scannerEntry('@capacitor-mlkit/barcode-scanning', 'BarcodeScanner.scan', 'data-read', ['ios'], MLKIT_SCANNER_SOURCE),
  scannerEntry('@capacitor-community/barcode-scanner', 'BarcodeScanner.startScan', 'data-read', ['ios', 'android'], COMMUNITY_SCANNER_SOURCE),
  // checkPermission asks only when forced: checkPermission({ force: true }).
  { ...scannerEntry('@capacitor-community/barcode-scanner', 'BarcodeScanner.checkPermission', 'permission-request', ['ios', 'android'], COMMUNITY_SCANNER_SOURCE), argumentProperty: { index: 0, property: 'force', value: true } },
  webViewGeolocation('navigator.geolocation.getCurrentPosition'),
  webViewGeolocation('navigator.geolocation.watchPosition'),
  harmonyPedometer('sensor.on(SensorId.PEDOMETER)'),
  harmonyPedometer('sensor.once(SensorId.PEDOMETER)'),
  {
    ecosystem: 'uni-app',
    module: 'uni (uni-app global)',
    call: 'uni.scanCode',
    kind: 'data-read',
    permission: 'camera',
    purposeKeys: [{ file: 'manifest.json', key: 'app-plus.distribute.ios.privacyDescription.NSCameraUsageDescription' }],
    source: 'uni-app API uni.scanCode: in an App it opens the camera scanner (iOS asks for the camera; the App Store needs NSCameraUsageDescription in manifest.json privacyDescription)',
    importStyle: 'global uni',
    platforms: ['mp-weixin', 'app', 'h5'],
    verified: 'docs',
    promptsOn: ['ios'],
    notes: 'A mini-program scans inside WeChat, which asks nothing of the app.',
  },
  {
    ecosystem: 'expo',
    module: 'expo-application',
    call: 'Application.androidId',
    kind: 'data-read',
    permission: 'device-id',
    purposeKeys: [],
    source: 'expo-application SDK 47 and earlier: the ANDROID_ID constant (getAndroidId() replaced it)',
    importStyle: "namespace (import * as X from 'expo-application') or named",
    platforms: ['android'],
    verified: 'docs',
    access: 'property',
    deprecated: true,
    notes: 'ANDROID_ID read as a constant by older Expo SDKs.',
  },
  {
    ecosystem: 'harmonyos-arkts',
    module: '@kit.NotificationKit (notificationManager) / @ohos.notificationManager',
    call: 'notificationManager.requestEnableNotification',
    kind: 'permission-request',
    permission: 'notifications',
    purposeKeys: [],
    source: 'HarmonyOS Notification Kit: requestEnableNotification(context) shows the dialog that asks the user to allow notifications',
    importStyle: 'named { notificationManager }',
    platforms: ['harmonyos'],
    verified: 'docs',
    notes: 'No module.json5 permission: the dialog is the notification switch.',
  },
  speechEntry('capacitor', '@capacitor-community/speech-recognition', 'SpeechRecognition.requestPermissions / requestPermission', 'permission-request', SPEECH_RECOGNITION_SOURCE, 'named'),
  speechEntry('capacitor', '@capacitor-community/speech-recognition', 'SpeechRecognition.start', 'data-read', SPEECH_RECOGNITION_SOURCE, 'named'),
  speechEntry('react-native', '@react-native-voice/voice', 'Voice.start', 'data-read', RN_VOICE_SOURCE, 'default Voice'),
  // react-native-image-picker 2.x and earlier: methods of the default export (3.x+ exports launchCamera /
  // launchImageLibrary as named functions, catalogued above). iOS ends the app without the keys (SIGABRT).
  {
    ecosystem: 'react-native',
    module: 'react-native-image-picker',
    call: 'ImagePicker.showImagePicker',
    kind: 'permission-request',
    permission: 'camera',
    extraPermissions: ['photos'],
    purposeKeys: [
      { file: 'Info.plist', key: 'NSCameraUsageDescription' },
      { file: 'Info.plist', key: 'NSPhotoLibraryUsageDescription' },
    ],
    source: RN_IMAGE_PICKER_2_SOURCE,
    importStyle: 'default ImagePicker',
    platforms: ['ios'],
    verified: 'docs',
    notes: 'Shows a sheet offering "Take Photo…" (camera) and "Choose from Library…" (photo library).',
  },
  {
    ecosystem: 'react-native',
    module: 'react-native-image-picker',
    call: 'ImagePicker.launchCamera',
    kind: 'permission-request',
    permission: 'camera',
    purposeKeys: [{ file: 'Info.plist', key: 'NSCameraUsageDescription' }],
    source: RN_IMAGE_PICKER_2_SOURCE,
    importStyle: 'default ImagePicker',
    platforms: ['ios'],
    verified: 'docs',
  },
  {
    ecosystem: 'react-native',
    module: 'react-native-image-picker',
    call: 'ImagePicker.launchImageLibrary',
    kind: 'data-read',
    permission: 'photos',
    purposeKeys: [{ file: 'Info.plist', key: 'NSPhotoLibraryUsageDescription' }],
    source: RN_IMAGE_PICKER_2_SOURCE,
    importStyle: 'default ImagePicker',
    platforms: ['ios'],
    verified: 'docs',
  },
  {
    ecosystem: 'react-native',
    module: 'react-native-image-crop-picker',
    call: 'ImagePicker.openCamera',
    kind: 'permission-request',
    permission: 'camera',
    purposeKeys: [{ file: 'Info.plist', key: 'NSCameraUsageDescription' }],
    source: RN_CROP_PICKER_SOURCE,
    importStyle: 'default ImagePicker',
    platforms: ['ios'],
    verified: 'docs',
  },
  {
    ecosystem: 'react-native',
    module: 'react-native-image-crop-picker',
    call: 'ImagePicker.openPicker',
    kind: 'permission-request',
    permission: 'photos',
    purposeKeys: [{ file: 'Info.plist', key: 'NSPhotoLibraryUsageDescription' }],
    source: RN_CROP_PICKER_SOURCE,
    importStyle: 'default ImagePicker',
    platforms: ['ios'],
    verified: 'docs',
    notes: 'Asks for photo library access first (rejects with "User did not grant library permission.").',
  },
  {
    ecosystem: 'react-native',
    module: 'react-native-google-mobile-ads',
    call: 'mobileAds().initialize',
    kind: 'sdk-init',
    permission: 'advertising-id',
    purposeKeys: [],
    source: GOOGLE_MOBILE_ADS_DOCS,
    importStyle: 'default mobileAds or named MobileAds',
    platforms: ['ios', 'android'],
    verified: 'docs',
    sdkCategory: 'ads',
    consentGate: ['AdsConsent.gatherConsent() (or requestInfoUpdate + loadAndShowConsentFormIfRequired), then initialize only when canRequestAds'],
    notes: 'Starts the Google Mobile Ads SDK, which may preload ads (advertising id, device data) on initialize.',
  },
  // TopOn (AnyThink), a Chinese ad-mediation SDK. Its React Native plugin is not on npm: its JS files are copied into
  // the app (AnyThinkAds/ATReactNativeSDK.js re-exporting ATRNSDK.js, where initSDK: (appId, appKey) =>
  // NativeModules.ATRNSDK.init(appId, appKey)); the native SDK then uploads the device ids the same file names
  // (ANDROID_ID, GAID, OAID, IMEI, IDFA, IDFV) for its ads. yingshi-rn starts it in the root component's mount effect.
  {
    ecosystem: 'react-native',
    module: 'anythink-react-native',
    call: 'ATRNSDK.initSDK',
    kind: 'sdk-init',
    permission: 'advertising-id',
    purposeKeys: [],
    source: 'TopOn React Native plugin as copied into yingshi-rn (AnyThinkAds/ATRNSDK.js: initSDK → NativeModules.ATRNSDK.init; its device-info keys android_id, gaid, oaid, imei, idfa, idfv)',
    importStyle: 'vendored file',
    platforms: ['ios', 'android'],
    verified: 'source-read',
    sdkCategory: 'ads',
    consentGate: ['defer initSDK until the user agreed to the privacy policy'],
  },
  {
    ecosystem: 'react-native',
    module: '@bugsnag/expo',
    call: 'Bugsnag.start',
    kind: 'sdk-init',
    permission: 'crash-pii',
    purposeKeys: [],
    source:
      '@bugsnag/expo 57.1.0 src/notifier.js and types/bugsnag.d.ts (default export): start() creates the client with the Expo device and app plugins and network, console and app-state breadcrumbs, and starts a session at once (autoTrackSessions defaults to true). Unlike @bugsnag/react-native, whose JS start() attaches to a client the native code started, nothing runs before it',
    importStyle: 'default Bugsnag',
    platforms: ['ios', 'android'],
    verified: 'source-read',
    sdkCategory: 'crash-reporting',
    consentGate: ['Bugsnag.start() after the user agreed'],
    bindings: [imp('@bugsnag/expo', 'default', ['start'])],
  },
  {
    ecosystem: 'react-native',
    module: 'sentry-expo',
    call: 'Sentry.init',
    kind: 'sdk-init',
    permission: 'crash-pii',
    purposeKeys: [],
    source: 'sentry-expo (Expo SDK 49 and earlier, deprecated for @sentry/react-native): init() starts the Sentry React Native SDK, with native crash reporting on',
    importStyle: "namespace (import * as Sentry from 'sentry-expo') or named",
    platforms: ['ios', 'android'],
    verified: 'docs',
    sdkCategory: 'crash-reporting',
    consentGate: ['Sentry.init({enabled:false}) then init later'],
  },
  {
    ecosystem: 'react-native',
    module: 'react-native-push-notification',
    call: 'PushNotification.configure',
    kind: 'sdk-init',
    permission: 'push-token',
    purposeKeys: [],
    source: 'react-native-push-notification README: configure() registers for remote notifications (onRegister receives the device token) and asks iOS for permission unless requestPermissions is false',
    importStyle: 'default PushNotification',
    platforms: ['ios', 'android'],
    verified: 'docs',
    sdkCategory: 'push',
  },
  {
    ecosystem: 'react-native',
    module: 'react-native-push-notification',
    call: 'PushNotification.requestPermissions',
    kind: 'permission-request',
    permission: 'notifications',
    purposeKeys: [],
    source: 'react-native-push-notification README: requestPermissions() shows the iOS notification prompt',
    importStyle: 'default PushNotification',
    platforms: ['ios'],
    verified: 'docs',
  },
  {
    ecosystem: 'react-native',
    module: '@rudderstack/rudder-sdk-react-native',
    call: 'rudderClient.setup',
    kind: 'sdk-init',
    permission: 'device-id',
    purposeKeys: [],
    source: '@rudderstack/rudder-sdk-react-native 3.x src/RudderClient.ts: the default export rudderClient; setup(writeKey, { dataPlaneUrl }) starts the native SDK, which records the device and its events (trackAppLifecycleEvents on by default)',
    importStyle: 'default rudderClient',
    platforms: ['ios', 'android'],
    verified: 'source-read',
    sdkCategory: 'analytics',
    consentGate: ['rudderClient.optOut(true)', 'defer setup'],
  },
  // AMap's WeChat SDK reads the device location (wx.getLocation, then sends it to restapi.amap.com) when the call
  // names no place of its own: `location` (getWeather: `city`).
  ...[
    ['getRegeo', 'location'],
    ['getPoiAround', 'location'],
    ['getStaticmap', 'location'],
    ['getWeather', 'city'],
  ].map(([method, property]) => ({
    ecosystem: 'wechat-miniprogram',
    module: 'amap-wx',
    call: `AMapWX().${method}`,
    kind: 'data-read',
    permission: 'location',
    purposeKeys: [
      { file: 'app.json', key: 'requiredPrivateInfos[] includes "getLocation"' },
      { file: 'app.json', key: 'permission["scope.userLocation"].desc' },
    ],
    source: `AMap WeChat mini-program SDK (amap-wx.130.js, AMapWX.prototype.${method}): a.${property}?b(a.${property}):c.getWxLocation(…), and getWxLocation calls wx.getLocation({type:"gcj02"})`,
    importStyle: 'vendored file',
    platforms: ['mp-weixin'],
    verified: 'source-read',
    argumentLacksProperty: { index: 0, property },
    scope: 'scope.userLocation',
  })),
  // Camera Kit: creating the camera input is what needs ohos.permission.CAMERA (API reference, CameraManager
  // createCameraInput: 需要权限 ohos.permission.CAMERA); getting the manager and listing cameras needs none.
  {
    ecosystem: 'harmonyos-arkts',
    module: '@kit.CameraKit',
    call: 'cameraManager.createCameraInput',
    kind: 'data-read',
    permission: 'camera',
    purposeKeys: [{ file: 'module.json5', key: 'module.requestPermissions[{name:"ohos.permission.CAMERA"}].reason ("$string:...") + usedScene{abilities[], when:"inuse"|"always"}' }],
    source: 'HarmonyOS Camera Kit API reference (js-apis-camera): CameraManager.createCameraInput(camera) 需要权限 ohos.permission.CAMERA; camera.getCameraManager and getSupportedCameras need none',
    importStyle: 'named',
    platforms: ['harmonyos'],
    verified: 'docs',
  },
  // Tencent's SDK likewise (calculateDistance and direction take `from` as the place): getSuggestion reads no
  // location of its own (only a `location` given for sorting), geocoder and the city lists none.
  ...QQMAP_WX_LOCATION_METHODS.map(([method, property]) => ({
    ecosystem: 'wechat-miniprogram',
    module: 'qqmap-wx-jssdk',
    call: `QQMapWX().${method}`,
    kind: 'data-read',
    permission: 'location',
    purposeKeys: [
      { file: 'app.json', key: 'requiredPrivateInfos[] includes "getLocation"' },
      { file: 'app.json', key: 'permission["scope.userLocation"].desc' },
    ],
    source: `Tencent Location Service WeChat mini-program SDK (qqmap-wx-jssdk.js 1.2, QQMapWX.prototype.${method}): ${property === 'from' ? 'options.from is copied to options.location, then ' : ''}Utils.locationProcess calls getWXLocation → wx.getLocation({ type: 'gcj02' }) when !param.location`,
    importStyle: 'vendored file',
    platforms: ['mp-weixin'],
    verified: 'source-read',
    argumentLacksProperty: { index: 0, property },
    scope: 'scope.userLocation',
  })),
  // Checked against the packages on the npm registry (versions in each source).
  {
    ecosystem: 'react-native',
    module: RNFB_MESSAGING,
    call: 'messaging().requestPermission',
    kind: 'permission-request',
    permission: 'notifications',
    purposeKeys: [],
    source: '@react-native-firebase/messaging 26.4.0 dist/module/index.js: requestPermission() shows the iOS notification prompt (alert, badge, sound); on Android it resolves AUTHORIZED without asking',
    importStyle: 'default messaging() or modular',
    platforms: ['ios'],
    verified: 'source-read',
  },
  {
    ecosystem: 'react-native',
    module: RNFB_MESSAGING,
    call: 'messaging().getToken',
    kind: 'data-read',
    permission: 'push-token',
    purposeKeys: [],
    source: '@react-native-firebase/messaging 26.4.0 dist/module/index.js: getToken() returns the FCM registration token of the device (registering it with Firebase Cloud Messaging)',
    importStyle: 'default messaging() or modular',
    platforms: ['ios', 'android'],
    verified: 'source-read',
  },
  {
    ecosystem: 'react-native',
    module: 'react-native-geolocation-service',
    call: "Geolocation.requestAuthorization('whenInUse')",
    kind: 'permission-request',
    permission: 'location',
    purposeKeys: [{ file: 'Info.plist', key: 'NSLocationWhenInUseUsageDescription' }],
    source: 'react-native-geolocation-service 5.3.1 ios/LocationProvider.swift: requestAuthorization("whenInUse") calls requestWhenInUseAuthorization; on Android the JS rejects ("only for iOS")',
    importStyle: 'default Geolocation',
    platforms: ['ios'],
    verified: 'source-read',
  },
  {
    ecosystem: 'react-native',
    module: 'react-native-geolocation-service',
    call: "Geolocation.requestAuthorization('always')",
    kind: 'permission-request',
    permission: 'location-background',
    purposeKeys: [
      { file: 'Info.plist', key: 'NSLocationWhenInUseUsageDescription' },
      { file: 'Info.plist', key: 'NSLocationAlwaysAndWhenInUseUsageDescription' },
    ],
    source: 'react-native-geolocation-service 5.3.1 ios/LocationProvider.swift: requestAuthorization("always") calls requestAlwaysAuthorization',
    importStyle: 'default Geolocation',
    platforms: ['ios'],
    verified: 'source-read',
  },
  {
    ecosystem: 'react-native',
    module: 'react-native-geolocation-service',
    call: 'Geolocation.getCurrentPosition / Geolocation.watchPosition',
    kind: 'data-read',
    permission: 'location',
    purposeKeys: [],
    source: 'react-native-geolocation-service 5.3.1: getCurrentPosition / watchPosition read the location and never ask (iOS requestLocation, Android fails with PERMISSION_DENIED until granted)',
    importStyle: 'default Geolocation',
    platforms: ['ios', 'android'],
    verified: 'source-read',
  },
  ...[
    ['Geolocation.getCurrentPosition', 'getCurrentPosition adds a listener and calls start()', imp(amapRn, 'Geolocation', ['getCurrentPosition'])],
    ['Geolocation.watchPosition', 'watchPosition adds a listener and calls start()', imp(amapRn, 'Geolocation', ['watchPosition'])],
    ['start', 'start() starts AMap location updates', imp(amapRn, 'start')],
  ].map(([call, what, binding]) => amapRnLocationRead(call, what, binding)),
  {
    ecosystem: 'react-native',
    module: 'react-native-mixpanel',
    call: 'Mixpanel.sharedInstanceWithToken',
    kind: 'sdk-init',
    permission: 'device-id',
    purposeKeys: [],
    source:
      'react-native-mixpanel 1.2.5 index.js (default export) and index.d.ts: sharedInstanceWithToken(token, optOutTrackingDefault = false, …) starts the native Mixpanel SDK (a distinct id, automatic events) unless optOutTrackingDefault is true',
    importStyle: 'default Mixpanel',
    platforms: ['ios', 'android'],
    verified: 'source-read',
    sdkCategory: 'analytics',
    consentGate: ['sharedInstanceWithToken(token, true) then Mixpanel.optInTracking()'],
    bindings: [imp('react-native-mixpanel', 'default', ['sharedInstanceWithToken'])],
  },
  ...['getCurrentPosition', 'watchPosition'].map((method) =>
    ionicNativeCall('geolocation', 'Geolocation', method, 'location', 'NSLocationWhenInUseUsageDescription',
      `9.2.0 and @ionic-native/geolocation 5.36.0 (ngx/index.d.ts: the injectable class Geolocation, constructor(private geolocation: Geolocation); index.d.ts: the same as an instance) wrap cordova-plugin-geolocation: pluginRef navigator.geolocation, whose ${method} asks for location; the docs ask for NSLocationWhenInUseUsageDescription`),
  ),
  {
    ...ionicNativeCall('camera', 'Camera', 'getPicture', 'camera', 'NSCameraUsageDescription',
      '6.4.0 ngx/index.d.ts (the injectable class Camera, constructor(private camera: Camera); getPicture(options?: CameraOptions), PictureSourceType { PHOTOLIBRARY = 0, CAMERA = 1, SAVEDPHOTOALBUM = 2 }) and ngx/index.js (pluginRef navigator.camera): the promise form of cordova-plugin-camera\'s navigator.camera.getPicture'),
    purposeKeys: [{ file: 'Info.plist', key: 'NSCameraUsageDescription' }, { file: 'Info.plist', key: 'NSPhotoLibraryUsageDescription' }],
    ...PICTURE_SOURCE(0),
  },
  ionicNativeCall('barcode-scanner', 'BarcodeScanner', 'scan', 'camera', 'NSCameraUsageDescription',
    '8.1.0 ngx/index.d.ts (the injectable class BarcodeScanner, constructor(private barcodeScanner: BarcodeScanner)) and ngx/index.js (pluginRef cordova.plugins.barcodeScanner): scan() opens the camera view of phonegap-plugin-barcodescanner, which asks for the camera; @ionic-native/barcode-scanner is the same wrapper under its former name'),
  // Firebase Analytics for the web: its switch (checked in @firebase/analytics 0.10.25 analytics-public.d.ts,
  // setAnalyticsCollectionEnabled(analyticsInstance, enabled)). Its starts (getAnalytics / initializeAnalytics /
  // firebase.analytics()) are not catalogued yet: apps start it in one module and hold it in another at once
  // (pass-culture's shim and provider), which a file's code paths cannot see.
  {
    ecosystem: 'web',
    module: 'firebase/analytics',
    call: 'setAnalyticsCollectionEnabled',
    kind: 'consent-gate',
    permission: 'device-id',
    purposeKeys: [],
    source: '@firebase/analytics 0.10.25 analytics-public.d.ts: export declare function setAnalyticsCollectionEnabled(analyticsInstance: Analytics, enabled: boolean): void',
    importStyle: "named import from 'firebase/analytics'",
    platforms: ['web'],
    verified: 'source-read',
    sdkCategory: 'analytics',
    bindings: ['firebase/analytics', '@firebase/analytics'].map((module) => imp(module, 'setAnalyticsCollectionEnabled')),
  },
  // OneSignal's React Native SDK before 5.0 (checked in react-native-onesignal 4.5.4 dist/index.d.ts: the default export
  // class OneSignal, static setAppId(appId), setRequiresUserPrivacyConsent(required), provideUserConsent(granted)):
  // setAppId starts the SDK, which registers the device for push (5.x renamed it initialize).
  {
    ecosystem: 'react-native',
    module: 'react-native-onesignal',
    call: 'OneSignal.setAppId',
    kind: 'sdk-init',
    permission: 'push-token',
    purposeKeys: [],
    source: 'react-native-onesignal 4.5.4 dist/index.d.ts: export default class OneSignal { static setAppId(appId: string): void }; the 4.x docs start the SDK with it',
    importStyle: 'default OneSignal',
    platforms: ['ios', 'android'],
    verified: 'source-read',
    sdkCategory: 'push',
    consentGate: ['OneSignal.setRequiresUserPrivacyConsent(true) before setAppId, then OneSignal.provideUserConsent(true)'],
    bindings: [imp('react-native-onesignal', 'default', ['setAppId'])],
  },
  ...['setRequiresUserPrivacyConsent', 'provideUserConsent'].map((method) => ({
    ecosystem: 'react-native',
    module: 'react-native-onesignal',
    call: `OneSignal.${method}`,
    kind: 'consent-gate',
    permission: 'push-token',
    purposeKeys: [],
    source: `react-native-onesignal 4.5.4 dist/index.d.ts: static ${method}(…): the 4.x privacy consent switch`,
    importStyle: 'default OneSignal',
    platforms: ['ios', 'android'],
    verified: 'source-read',
    sdkCategory: 'push',
    bindings: [imp('react-native-onesignal', 'default', [method])],
  })),
  // uni-app's runtime permission request in an App on Android (html5+ plus.android.requestPermissions(ids, success,
  // error), which DCloud's docs give for "动态申请权限"), and DCloud's wa-permission helper copied into apps
  // (js_sdk/wa-permission/permission.js: requestAndroidPermission(id) calls plus.android.requestPermissions([id], …)
  // and resolves 1 granted, 0 refused, -1 refused for good). The permission is the argument's.
  {
    ecosystem: 'uni-app',
    module: 'plus',
    call: 'plus.android.requestPermissions',
    kind: 'permission-request',
    permission: '<from-argument>',
    purposeKeys: [],
    source: 'html5plus docs, plus.android.requestPermissions(permissions, successCb, errorCb): asks the user for the Android runtime permissions named (android.permission.*)',
    importStyle: 'global plus.android',
    platforms: ['android'],
    verified: 'docs',
    argumentMap: { argIndex: 0, constantPrefix: 'permissions.' },
    bindings: [glob('plus', ['android', 'requestPermissions'])],
  },
  {
    ecosystem: 'uni-app',
    module: 'wa-permission',
    call: 'requestAndroidPermission',
    kind: 'permission-request',
    permission: '<from-argument>',
    purposeKeys: [],
    source: 'DCloud wa-permission (js_sdk/wa-permission/permission.js, module.exports = { judgeIosPermission, requestAndroidPermission, … }): requestAndroidPermission(permissionID) calls plus.android.requestPermissions([permissionID], …)',
    importStyle: 'vendored file, default or named',
    platforms: ['android'],
    verified: 'source-read',
    bindings: [imp('wa-permission', 'default', ['requestAndroidPermission']), imp('wa-permission', 'requestAndroidPermission')],
  },
  // More Ionic Native wrappers (checked in @awesome-cordova-plugins/<plugin> 8.1.0 and @ionic-native/unique-device-id
  // 5.36.0): each Cordova plugin's plugin.xml adds its own Android permissions, so only iOS keys are the app's to write.
  ionicNativeCall('contacts', 'Contacts', 'find', 'contacts', 'NSContactsUsageDescription',
    '8.1.0 ngx/index.d.ts (the injectable class Contacts; find(fields, options): Promise<Contact[]>) and ngx/index.js (pluginRef navigator.contacts): cordova-plugin-contacts\' find, which asks for the contacts on iOS (ABAddressBookRequestAccessWithCompletion) and for READ_CONTACTS on Android before it searches'),
  {
    ...ionicNativeCall('media-capture', 'MediaCapture', 'captureImage', 'camera', 'NSCameraUsageDescription',
      '8.1.0 ngx/index.d.ts (the injectable class MediaCapture; captureImage(options)) and ngx/index.js (pluginRef navigator.device.capture): cordova-plugin-media-capture takes the photo with the camera, which iOS asks for'),
  },
  {
    ...ionicNativeCall('media-capture', 'MediaCapture', 'captureVideo', 'camera', 'NSCameraUsageDescription',
      '8.1.0 ngx/index.d.ts (captureVideo(options)) and ngx/index.js (pluginRef navigator.device.capture): cordova-plugin-media-capture records video with sound, which iOS asks the camera and the microphone for'),
    purposeKeys: [{ file: 'Info.plist', key: 'NSCameraUsageDescription' }, { file: 'Info.plist', key: 'NSMicrophoneUsageDescription' }],
    extraPermissions: ['microphone'],
  },
  ionicNativeCall('media-capture', 'MediaCapture', 'captureAudio', 'microphone', 'NSMicrophoneUsageDescription',
    '8.1.0 ngx/index.d.ts (captureAudio(options)) and ngx/index.js (pluginRef navigator.device.capture): cordova-plugin-media-capture records with the microphone, which iOS asks for'),
  {
    ...ionicNativeCall('local-notifications', 'LocalNotifications', 'requestPermission', 'notifications', '',
      '8.1.0 ngx/index.d.ts (the injectable class LocalNotifications; requestPermission(): Promise<boolean>) and ngx/index.js (pluginRef cordova.plugins.notification.local): asks to show notifications'),
    kind: 'permission-request',
    purposeKeys: [],
  },
  {
    ...ionicNativeCall('clipboard', 'Clipboard', 'paste', 'clipboard', '',
      '8.1.0 ngx/index.d.ts (the injectable class Clipboard; paste(): Promise<any>) and ngx/index.js (pluginRef cordova.plugins.clipboard): reads the clipboard'),
    purposeKeys: [],
  },
  {
    ...ionicNativeCall('unique-device-id', 'UniqueDeviceID', 'get', 'device-id', '',
      '@ionic-native/unique-device-id 5.36.0 ngx/index.d.ts (the injectable class UniqueDeviceID; get(): Promise<string>) and ngx/index.js (pluginRef window.plugins.uniqueDeviceID): cordova-plugin-uniquedeviceid returns a device identifier (the IMEI / MEID where READ_PHONE_STATE allows it)'),
    purposeKeys: [],
  },
  {
    ...ionicNativeCall('device', 'Device', 'uuid', 'device-id', '',
      '8.1.0 ngx/index.d.ts (the injectable class Device; uuid: string, a property) and ngx/index.js (pluginRef device): cordova-plugin-device\'s device.uuid, the Android ID / identifierForVendor'),
    purposeKeys: [],
    access: 'property',
  },
  {
    ecosystem: 'web',
    module: 'posthog-js',
    call: 'posthog.init',
    kind: 'sdk-init',
    permission: 'device-id',
    purposeKeys: [],
    source: 'posthog-js 1.449.2 (dist/module.mjs exports default and posthog): init(token, config) starts capturing (autocapture, pageviews, a persistent distinct id) unless opt_out_capturing_by_default',
    importStyle: 'default posthog or named posthog',
    platforms: ['web'],
    verified: 'source-read',
    sdkCategory: 'analytics',
    consentGate: ['init(token, { opt_out_capturing_by_default: true }) then posthog.opt_in_capturing()'],
  },
  {
    ecosystem: 'web',
    module: '@datadog/browser-rum',
    call: 'datadogRum.init',
    kind: 'sdk-init',
    permission: 'device-id',
    purposeKeys: [],
    source:
      '@datadog/browser-rum 7.16.2 (cjs/entries/main.d.ts exports datadogRum) and @datadog/browser-core 7.16.2 configuration.d.ts: init() starts Real User Monitoring (sessions kept in a cookie, views, user actions, errors); trackingConsent defaults to "granted", and with "not-granted" nothing is sent until setTrackingConsent("granted")',
    importStyle: 'named datadogRum',
    platforms: ['web'],
    verified: 'source-read',
    sdkCategory: 'analytics',
    consentGate: ["datadogRum.init({ …, trackingConsent: 'not-granted' }) then datadogRum.setTrackingConsent('granted')"],
    bindings: [imp('@datadog/browser-rum', 'datadogRum', ['init'])],
  },
  // Not @bugsnag/js: the universal package is also the Node notifier, and a server started with it has no user to ask.
  // The browser Sentry SDKs (and their framework wrappers, which re-export init): see SENTRY_BROWSER_PERSONAL_DATA.
  // @sentry/angular-ivy: the Angular SDK of Sentry 7 for Angular 12-16 (Ushahidi's web client, 26c).
  ...['@sentry/browser', '@sentry/react', '@sentry/vue', '@sentry/angular', '@sentry/angular-ivy', '@sentry/svelte', '@sentry/nextjs'].map((module) => ({
    ecosystem: 'web',
    module,
    call: `Sentry.init (${module})`,
    kind: 'sdk-init',
    permission: 'crash-pii',
    purposeKeys: [],
    source: `${module} (checked in @sentry/browser 9.40.0, 10.0.0 and 11.12.0 build/npm/esm/client.js and sdk.js): init() starts the default integrations; browserSessionIntegration sends a session at once, and errors carry the page URL, the user agent and breadcrumbs (clicks, console, requests); the sender's IP address goes too: Sentry's server took it from every browser event before 10.4.0 (10.4.0 client.js first sends infer_ip: sendDefaultPii ? 'auto' : 'never'), and 11 infers it unless dataCollection.userInfo is false`,
    importStyle: 'named init or namespace Sentry',
    platforms: ['web'],
    verified: 'source-read',
    sdkCategory: 'crash-reporting',
    consentGate: ['Sentry.init({ …, enabled: false }) then init again once the user agreed'],
    personalDataSwitch: SENTRY_BROWSER_PERSONAL_DATA,
    bindings: [imp(module, 'init')],
  })),
  {
    ecosystem: 'web',
    module: '@bugsnag/browser',
    call: 'Bugsnag.start',
    kind: 'sdk-init',
    permission: 'device-id',
    purposeKeys: [],
    source:
      '@bugsnag/browser 9.0.0 dist/bugsnag.js: start() tracks a session at once (autoTrackSessions defaults to true) and the device plugin stores an anonymous device id in localStorage (generateAnonymousId defaults to true), sent with the user agent on every session and error',
    importStyle: 'default Bugsnag',
    platforms: ['web'],
    verified: 'source-read',
    sdkCategory: 'crash-reporting',
    consentGate: ['Bugsnag.start() after the user agreed'],
    bindings: [imp('@bugsnag/browser', 'default', ['start'])],
  },
  {
    ecosystem: 'web',
    module: 'mixpanel-browser',
    call: 'mixpanel.init',
    kind: 'sdk-init',
    permission: 'device-id',
    purposeKeys: [],
    source: 'mixpanel-browser 2.83.0: init(token, config) starts tracking with a persistent distinct id unless opt_out_tracking_by_default',
    importStyle: 'default mixpanel',
    platforms: ['web'],
    verified: 'source-read',
    sdkCategory: 'analytics',
    consentGate: ['init(token, { opt_out_tracking_by_default: true }) then mixpanel.opt_in_tracking()'],
  },
  {
    ecosystem: 'web',
    module: '@amplitude/analytics-browser',
    call: 'amplitude.init',
    kind: 'sdk-init',
    permission: 'device-id',
    purposeKeys: [],
    source: '@amplitude/analytics-browser 2.48.1 lib/esm/index.js: init(apiKey, options) starts the client with a device id (optOut: true keeps it from sending)',
    importStyle: 'named init or default',
    platforms: ['web'],
    verified: 'source-read',
    sdkCategory: 'analytics',
    consentGate: ['init(apiKey, { optOut: true }) then setOptOut(false)'],
  },
  {
    ecosystem: 'wechat-miniprogram',
    module: 'aegis-mp-sdk',
    call: 'new Aegis(...)',
    kind: 'sdk-init',
    permission: 'crash-pii',
    purposeKeys: [],
    source: 'aegis-mp-sdk 1.39.4 (Tencent Cloud RUM) README and lib/aegis.min.js: new Aegis({ id }) starts monitoring at once, reading getSystemInfoSync / getNetworkType and a stored AEGIS_ID, and reports page views, errors and API speed',
    importStyle: 'default Aegis',
    platforms: ['mp-weixin'],
    verified: 'source-read',
    sdkCategory: 'crash-reporting',
  },
  {
    ecosystem: 'web',
    module: 'aegis-web-sdk',
    call: 'new Aegis(...)',
    kind: 'sdk-init',
    permission: 'crash-pii',
    purposeKeys: [],
    source: 'aegis-web-sdk 1.41.14 (Tencent Cloud RUM): new Aegis({ id }) starts monitoring at once and reports page views, errors and speed with a stored device id',
    importStyle: 'default Aegis',
    platforms: ['web'],
    verified: 'source-read',
    sdkCategory: 'crash-reporting',
  },
  {
    ecosystem: 'wechat-miniprogram',
    module: 'gio-minp',
    call: "gdp('init')",
    kind: 'sdk-init',
    permission: 'device-id',
    purposeKeys: [],
    source: "GrowingIO mini-program SDK docs (initSettings): gdp('init', accountId, dataSourceId, appId, options) starts collecting (autotrack, device and user ids) unless options.dataCollect is false; the SDK file (gio-minp) is copied into the app",
    importStyle: 'vendored file',
    platforms: ['mp-weixin'],
    verified: 'docs',
    sdkCategory: 'analytics',
    consentGate: ["gdp('init', …, { dataCollect: false }) then gdp('setOption', 'dataCollect', true)"],
  },
  {
    ecosystem: 'wechat-miniprogram',
    module: 'gio-minp',
    call: "gdp('setConfig')",
    kind: 'sdk-init',
    permission: 'device-id',
    purposeKeys: [],
    source: "gio-minp 3.x as vendored in hsq-wxapp (utils/gio-minp/index.js): gio('setConfig', config) calls growingio.setConfig(config), which is init(config.projectId, config.appId, config): the same start as gio('init', …), collecting unless config.dataCollect is false",
    importStyle: 'vendored file',
    platforms: ['mp-weixin'],
    verified: 'source-read',
    sdkCategory: 'analytics',
    consentGate: ["gio('setConfig', { …, dataCollect: false }) then gio('setDataCollect', true)"],
  },
  {
    ecosystem: 'uni-app',
    module: 'aegis-weex-sdk',
    call: 'new Aegis(...)',
    kind: 'sdk-init',
    permission: 'crash-pii',
    purposeKeys: [],
    source: 'aegis-weex-sdk 1.36.2 (Tencent Cloud RUM for Weex, which uni-app Apps import under #ifdef APP-PLUS): new Aegis({ id }) starts monitoring at once and reports errors, speed and the user id (uin)',
    importStyle: 'default Aegis',
    platforms: ['app'],
    verified: 'source-read',
    sdkCategory: 'crash-reporting',
  },
  {
    ecosystem: 'wechat-miniprogram',
    module: 'sa-sdk-miniprogram',
    call: 'sensors.init',
    kind: 'sdk-init',
    permission: 'device-id',
    purposeKeys: [],
    source: 'sa-sdk-miniprogram 1.22.7 (Sensors Data; main dist/wechat/sensorsdata.cjs.js): init() starts sending the queued and automatic events (launch, page views) with an anonymous id',
    importStyle: 'default sensors',
    platforms: ['mp-weixin'],
    verified: 'source-read',
    sdkCategory: 'analytics',
  },
  {
    ecosystem: 'capacitor',
    module: '@sentry/capacitor',
    call: 'Sentry.init',
    kind: 'sdk-init',
    permission: 'crash-pii',
    purposeKeys: [],
    source: '@sentry/capacitor 4.4.0 dist/esm/index.js: init() starts the Sentry SDK in the web view and natively (crash reports, device context)',
    importStyle: "namespace (import * as Sentry from '@sentry/capacitor') or named",
    platforms: ['ios', 'android'],
    verified: 'source-read',
    sdkCategory: 'crash-reporting',
    consentGate: ['Sentry.init({ enabled: false }) then init later'],
  },
  plusDevice('plus.device.uuid', 'device-id', 'property', 'Device unique id (Android: derived from IMEI / ANDROID_ID); a property read.'),
  plusDevice('plus.device.imei', 'device-id', 'property', 'IMEI (empty on Android 10+); a property read. HBuilderX 2.0+ recommends getInfo.'),
  plusDevice('plus.device.imsi', 'device-id', 'property', 'IMSI list of the SIM cards; a property read.'),
  plusDevice('plus.device.getInfo', 'device-id', undefined, 'Returns imei, imsi and uuid in success().'),
  plusDevice('plus.device.getOAID', 'advertising-id', undefined, 'Android OAID (MSA) in success().', ['app-android']),
  plusDevice('plus.device.getVAID', 'advertising-id', undefined, 'Android VAID (MSA) in success().', ['app-android']),
  plusDevice('plus.device.getAAID', 'advertising-id', undefined, 'Android AAID (MSA) in success().', ['app-android']),
];

function harmonyBindings(head, path) {
  const [kit, legacy] = HARMONY_MODULES[head];
  return [imp(kit, head, path), imp(legacy, 'default', path)];
}

// ---- Parsing helpers --------------------------------------------------------------------------------------------

/** "abilityAccessCtrl.createAtManager().requestPermissionsFromUser" → ['abilityAccessCtrl','createAtManager','()','requestPermissionsFromUser']; captures a literal first argument. */
function parseCallPath(text) {
  let s = text.replace(/⚠deprecated/g, '').trim().replace(/^new\s+/, '');
  s = s.replace(/\s+\(.*\)$/, ''); // trailing prose in parentheses
  const segments = [];
  let literal;
  const re = /([A-Za-z_$][\w$]*)|\(([^()]*)\)|\./g;
  let m;
  while ((m = re.exec(s))) {
    if (m[1]) segments.push(m[1]);
    else if (m[0].startsWith('(')) {
      const arg = m[2].trim();
      const lit = /^'([^']*)'$/.exec(arg);
      if (lit && segments.length) literal = { value: lit[1] };
      else segments.push(CALL);
    }
  }
  // A call the source wrote with its arguments ("foo(...)") ends in CALL: the matched node is that call itself.
  if (segments[segments.length - 1] === CALL) segments.pop();
  return { segments, literal };
}

/** "Adjust.getIdfa / getIdfv" → ['Adjust.getIdfa', 'Adjust.getIdfv']. */
function splitAlternatives(call) {
  const parts = call.split(' / ').map((p) => p.trim());
  const first = parts[0];
  const dot = first.indexOf('.');
  const prefix = dot > 0 && !first.includes('(') ? first.slice(0, dot + 1) : '';
  return parts.map((p, i) => (i === 0 || !prefix || p.startsWith(prefix) ? p : prefix + p));
}

function parseTemplate(call) {
  const m = /^<([\w-]+)(.*?)>?$/.exec(call.trim());
  if (!m) return undefined;
  const attr = /([\w-]+)="([^"]*)"/.exec(m[2]);
  return { type: 'template', element: m[1], ...(attr ? { attribute: { name: attr[1], value: attr[2] } } : {}) };
}

function moduleName(entry) {
  return entry.module.split(' ')[0];
}

/** Bindings from importStyle + call + module. */
function deriveBindings(entry) {
  const style = entry.importStyle;
  const call = entry.call.replace(/⚠deprecated/g, '').trim();
  if (style.startsWith('template')) return [parseTemplate(call)];
  if (style === 'ArkUI component') return [glob(call.replace(/\(\)$/, ''), [])];
  if (style.includes('(JSX)')) {
    const name = /^<([\w.]+)/.exec(call)?.[1];
    return [{ type: 'jsx', module: moduleName(entry), importName: name }];
  }
  const out = [];
  for (const alt of splitAlternatives(call)) {
    const { segments } = parseCallPath(alt);
    const [head, ...rest] = segments;
    const mod = moduleName(entry);
    if (entry.ecosystem === 'taro' || head === 'Taro') {
      out.push(glob('Taro', rest), imp('@tarojs/taro', 'default', rest), imp('@tarojs/taro', rest[0], rest.slice(1)));
      continue;
    }
    if (style.startsWith('global')) {
      out.push(glob(head, rest));
      continue;
    }
    if (entry.ecosystem === 'harmonyos-arkts' && HARMONY_MODULES[head]) {
      out.push(...harmonyBindings(head, rest));
      continue;
    }
    if (style.startsWith('namespace') && style.includes('or named')) {
      // "Location.requestForegroundPermissionsAsync": Location is the namespace alias, the export is the member.
      out.push(rest.length ? imp(mod, rest[0], rest.slice(1)) : imp(mod, head));
      continue;
    }
    if (style.startsWith('namespace import')) {
      out.push(imp(mod, rest[0], rest.slice(1)));
      continue;
    }
    if (/^default \w+\.\* or named$/.test(style) || style === 'default' || style.startsWith('named or default')) {
      const path = segments.length > 1 && /^[A-Z]/.test(head) ? rest : segments;
      out.push(imp(mod, 'default', path), imp(mod, path[0], path.slice(1)));
      continue;
    }
    if (style.startsWith('default Clipboard or named')) {
      if (head === 'Clipboard') out.push(imp(mod, 'default', rest), imp(mod, 'Clipboard', rest));
      else out.push(imp(mod, head, rest));
      continue;
    }
    if (/^default \w+$/.test(style)) {
      out.push(imp(mod, 'default', rest.length ? rest : segments));
      continue;
    }
    if (style.startsWith('named')) {
      out.push(imp(mod, head, rest));
      continue;
    }
    throw new Error(`No binding rule for importStyle "${style}" (${entry.ecosystem} ${entry.call}); add an override`);
  }
  return out;
}

// ---- purposeKeys ---------------------------------------------------------------------------------------------
function parsePurposeKeys(entry) {
  const out = {};
  const add = (k, v) => {
    out[k] ??= [];
    if (!out[k].includes(v)) out[k].push(v);
  };
  for (const { file, key, note } of entry.purposeKeys) {
    // A key the catalogue marks as not required (react-native-image-picker's launchCamera and Android CAMERA: the
    // system camera app takes the photo) is no declaration the call needs.
    if (/^NOT required\b/.test(note ?? '')) continue;
    for (const ns of key.match(/\bNS\w+UsageDescription\w*|\bNFCReaderUsageDescription\b/g) ?? []) {
      if (file === 'Info.plist' || file.startsWith('app.json /') || file === 'config.xml' || file === 'manifest.json') add('ios', ns);
    }
    if (file === 'AndroidManifest.xml') {
      const id = /uses-permission\s+([\w.]+)/.exec(key)?.[1] ?? (/^[A-Z_]+$/.test(key) ? key : undefined);
      if (id) add('android', id.includes('.') ? id : `android.permission.${id}`);
      else if (/^com\.google/.test(key)) add('android', key);
    }
    for (const ohos of key.match(/ohos\.permission\.[A-Z_]+/g) ?? []) add('harmony', ohos);
    const plugin = /expo\.plugins\["([^"]+)"\]\.(\w+)/.exec(key);
    if (plugin && /Permission(Text)?$/.test(plugin[2])) {
      out.expoPlugin ??= { plugin: plugin[1], options: [] };
      if (!out.expoPlugin.options.includes(plugin[2])) out.expoPlugin.options.push(plugin[2]);
    }
    for (const scope of key.match(/permission\["(scope\.\w+)"\]/g) ?? []) add('wechatPermission', /scope\.\w+/.exec(scope)[0]);
    const guide = file.startsWith('mp-admin') ? /^([A-Z]\w+) \(/.exec(key) : null;
    if (guide) out.wechatPrivacyGuide = guide[1];
  }
  // Precise LOCATION is an optional upgrade requested together with APPROXIMATELY_LOCATION: an app that only
  // declares approximate location is valid, so only the approximate permission is required.
  if (out.harmony?.includes('ohos.permission.APPROXIMATELY_LOCATION')) {
    out.harmony = out.harmony.filter((id) => id !== 'ohos.permission.LOCATION');
  }
  for (const k of ['ios', 'android']) if (out[k]?.length === 0) delete out[k];
  return out;
}

function requiredPrivateInfo(entry) {
  for (const { key } of entry.purposeKeys) {
    const m = /requiredPrivateInfos\[\] includes "(\w+)"/.exec(key);
    if (m) return m[1];
  }
  return undefined;
}

function wechatScope(entry) {
  const m = /^scope\.\w+/.exec(entry.scope ?? '');
  return m ? m[0] : undefined;
}

// Reads that show the OS / host prompt themselves (catalog "Calls that prompt without looking like a request").
const IMPLICIT_PROMPTS = new Set([
  // Ionic Native's wrapper of cordova-plugin-geolocation asks as navigator.geolocation does.
  'cordova|@awesome-cordova-plugins/geolocation|Geolocation.getCurrentPosition (Ionic Native)',
  'cordova|@awesome-cordova-plugins/geolocation|Geolocation.watchPosition (Ionic Native)',
  'cordova|@awesome-cordova-plugins/barcode-scanner|BarcodeScanner.scan (Ionic Native)',
  'cordova|@awesome-cordova-plugins/camera|Camera.getPicture (Ionic Native)',
  'cordova|@awesome-cordova-plugins/contacts|Contacts.find (Ionic Native)',
  'cordova|@awesome-cordova-plugins/media-capture|MediaCapture.captureImage (Ionic Native)',
  'cordova|@awesome-cordova-plugins/media-capture|MediaCapture.captureVideo (Ionic Native)',
  'cordova|@awesome-cordova-plugins/media-capture|MediaCapture.captureAudio (Ionic Native)',
  // AMap's React Native wrapper asks for location on iOS when it starts locating (requestAlwaysAuthorization).
  'react-native|react-native-amap-geolocation|Geolocation.getCurrentPosition',
  'react-native|react-native-amap-geolocation|Geolocation.watchPosition',
  'react-native|react-native-amap-geolocation|start',
  'react-native|@react-native-community/geolocation|Geolocation.getCurrentPosition',
  'react-native|@react-native-community/geolocation|Geolocation.watchPosition',
  'react-native|react-native (legacy navigator.geolocation / Geolocation)|navigator.geolocation.getCurrentPosition',
  'web|(browser global)|navigator.geolocation.getCurrentPosition',
  'web|(browser global)|navigator.geolocation.watchPosition',
  'capacitor|(web view global)|navigator.geolocation.getCurrentPosition',
  'capacitor|(web view global)|navigator.geolocation.watchPosition',
  'web|(browser global)|PushManager.subscribe',
  'capacitor|@capacitor/geolocation|Geolocation.getCurrentPosition',
  'capacitor|@capacitor/geolocation|Geolocation.watchPosition',
  'capacitor|@capacitor/camera|Camera.getPhoto',
  'capacitor|@capacitor/camera|Camera.takePhoto',
  'capacitor|@capacitor/camera|Camera.recordVideo',
  // (PushNotifications.register prompts in Capacitor 1 only: from 2.0 it "doesn't prompt the user", its docs say.)
  'capacitor|@capacitor-community/speech-recognition|SpeechRecognition.start',
  'react-native|@react-native-voice/voice|Voice.start',
  'cordova|cordova-plugin-geolocation|navigator.geolocation.getCurrentPosition',
  'cordova|cordova-plugin-camera|navigator.camera.getPicture',
  'expo|expo-camera|<CameraView>',
  'expo|expo-image-picker|ImagePicker.launchCameraAsync',
  'react-native|react-native-image-picker|launchCamera',
  'wechat-miniprogram|WXML component|<camera>',
  'wechat-miniprogram|WXML component|<live-pusher>',
  // The camera opens (iOS asks on first use).
  'capacitor|@capacitor-mlkit/barcode-scanning|BarcodeScanner.startScan',
  'capacitor|@capacitor-mlkit/barcode-scanning|BarcodeScanner.scan',
  'capacitor|@capacitor-community/barcode-scanner|BarcodeScanner.startScan',
]);

// Scopes whose authorization is cancelled (always granted, no popup).
const SILENT_SCOPES = new Set(['scope.address', 'scope.invoice', 'scope.invoiceTitle', 'scope.userInfo']);
/**
 * Factories whose object prompts later, when it is used: RecorderManager.start() asks for scope.record, a VKSession
 * asks for the camera on start(), a CameraContext drives a <camera> that asks when it renders. Getting the object
 * asks nothing (so it is no request at launch), but the purpose it will need is still required.
 */
const PROMPTS_LATER = /\.(getRecorderManager|createVKSession|createCameraContext)$/;

function argumentOf(entry) {
  const am = entry.argumentMap;
  if (!am) {
    if (entry.permission !== '<from-argument>') return undefined;
    // checkAccessToken(tokenID, permissionName) / checkPermission(permission, ok, err): the catalog gives no argumentMap.
    if (entry.ecosystem === 'harmonyos-arkts') return { index: 1, arrayAllowed: false, forms: ['ohos-permission'] };
    return { index: 0, arrayAllowed: false, forms: ['android-permission'] };
  }
  if (am.argPath) {
    const m = /^arg(\d+)\.(\w+)$/.exec(am.argPath);
    return { index: Number(m[1]), property: m[2], arrayAllowed: false, forms: ['wechat-scope'] };
  }
  const forms = [];
  if (am.constantPrefix === 'PermissionsAndroid.PERMISSIONS.' || am.constantPrefix === 'permissions.') forms.push('android-permission');
  if (am.constantPrefixIOS) forms.push('rn-permissions-ios', 'rn-permissions-android');
  if (entry.ecosystem === 'harmonyos-arkts') forms.push('ohos-permission');
  const multiple = /Multiple$|requestPermissions$|FromUser$|OnSetting$/.test(entry.call);
  return { index: am.argIndex, arrayAllowed: multiple || entry.ecosystem === 'harmonyos-arkts', forms };
}

function accessOf(entry, style) {
  if (entry.access) return entry.access;
  if (style.startsWith('template')) return 'template';
  if (style.includes('(JSX)')) return 'jsx';
  if (['expo-device|Device.deviceName', 'expo-device|Device.osBuildFingerprint', 'cordova-plugin-device|device.uuid'].includes(`${entry.module}|${entry.call}`)) return 'property';
  return 'call';
}

/**
 * react-native-device-info has a synchronous twin of every async getter (`getUniqueIdSync`, `getAndroidIdSync`,
 * `getCarrierSync` …; the catalog's notes say "Also …Sync"), and before v3 spelled the unique id `getUniqueID`: the
 * same read through another name, reached the same ways (DeviceInfo.x and a named import).
 */
const DEVICE_INFO = 'react-native-device-info';
const DEVICE_INFO_LEGACY_NAMES = { getUniqueId: ['getUniqueID'] };
function withDeviceInfoVariants(e, bindings) {
  if (e.module !== DEVICE_INFO || !/^get[A-Z]\w*$/.test(e.call)) return bindings;
  const names = [`${e.call}Sync`, ...(DEVICE_INFO_LEGACY_NAMES[e.call] ?? [])];
  return [...bindings, ...names.flatMap((name) => [imp(DEVICE_INFO, 'default', [name]), imp(DEVICE_INFO, name)])];
}

// ---- Build ---------------------------------------------------------------------------------------------------
const entries = [];
for (const e of [...catalog, ...CATALOG_ADDITIONS]) {
  const key = `${e.ecosystem}|${e.module}|${e.call}`;
  const ov = OVERRIDES[key];
  if (ov?.dropped) continue;
  const ecosystem = ECOSYSTEMS[e.ecosystem];
  if (!ecosystem) throw new Error(`Unknown ecosystem ${e.ecosystem}`);
  const platforms = [...new Set(e.platforms.flatMap((p) => {
    if (!(p in PLATFORMS)) throw new Error(`Unknown platform ${p}`);
    return PLATFORMS[p];
  }))];
  const display = (ov?.display ?? e.call).replace(/⚠deprecated/g, '').trim();
  const scope = ov?.noWechatScope ? undefined : wechatScope(e);
  const base = {
    ecosystem,
    module: e.module.replace(/\s*\(.*$/, '').trim() || e.module,
    kind: e.kind,
    permission: e.permission,
    platforms,
    verified: e.verified,
    ...(e.deprecated || /⚠deprecated/.test(e.call) ? { deprecated: true } : {}),
    ...(e.sdkCategory ? { sdkCategory: e.sdkCategory } : {}),
    ...(scope ? { wechatScope: scope } : {}),
    ...(requiredPrivateInfo(e) ? { requiredPrivateInfo: requiredPrivateInfo(e) } : {}),
    ...(e.consentGate ? { consentGates: e.consentGate } : {}),
    ...(ov?.extraPermissions ?? e.extraPermissions ? { extraPermissions: ov?.extraPermissions ?? e.extraPermissions } : {}),
    ...(ov?.promptsOn ? { promptsOn: ov.promptsOn } : e.promptsOn ? { promptsOn: e.promptsOn } : {}),
    ...(ov?.sourceTypeOption ? { sourceTypeOption: ov.sourceTypeOption } : {}),
    ...(ov?.pictureSourceOption ?? e.pictureSourceOption ? { pictureSourceOption: ov?.pictureSourceOption ?? e.pictureSourceOption } : {}),
    ...(ov?.mediaConstraintsOption ?? e.mediaConstraintsOption ? { mediaConstraintsOption: ov?.mediaConstraintsOption ?? e.mediaConstraintsOption } : {}),
    ...(ov?.permissionWhenTrue ? { permissionWhenTrue: ov.permissionWhenTrue } : {}),
    ...(e.personalDataSwitch ? { personalDataSwitch: e.personalDataSwitch } : {}),
    ...(e.argumentMember ? { argumentMember: e.argumentMember } : {}),
    ...(e.argumentProperty ? { argumentProperty: e.argumentProperty } : {}),
    ...(ov?.argumentPropertyAnyOf ? { argumentPropertyAnyOf: ov.argumentPropertyAnyOf } : {}),
    ...(e.argumentLacksProperty ? { argumentLacksProperty: e.argumentLacksProperty } : {}),
  };
  const purposeKeys = parsePurposeKeys(e);
  for (const platform of ov?.omitPurposeKeys ?? e.omitPurposeKeys ?? []) delete purposeKeys[platform];
  if (Object.keys(purposeKeys).length) base.purposeKeys = purposeKeys;
  const argument = argumentOf(e);
  if (argument) base.argument = argument;
  const access = accessOf(e, e.importStyle);
  const literal = parseCallPath(e.call).literal;
  const prompts =
    e.kind === 'permission-request' ||
    IMPLICIT_PROMPTS.has(key) ||
    (e.kind === 'data-read' && scope !== undefined && !SILENT_SCOPES.has(scope) && !/via /.test(e.scope ?? ''));
  const parts = ov?.split ?? [{ display, bindings: ov?.bindings ?? e.bindings }];
  for (const part of parts) {
    const bindings = withDeviceInfoVariants(e, part.bindings ?? deriveBindings(e));
    entries.push({
      id: '',
      ...base,
      kind: part.kind ?? base.kind,
      display: part.display ?? display,
      bindings: dedupeBindings(withCapacitorPluginsProxy(e.ecosystem, bindings)),
      prompts: part.kind ? part.kind === 'permission-request' : prompts,
      ...(!part.kind && prompts && PROMPTS_LATER.test(e.call) ? { promptsLater: true } : {}),
      ...(access !== 'call' ? { access } : {}),
      ...(literal ? { argumentLiteral: { index: 0, value: literal.value } } : {}),
      ...(ov?.bindingsUnverified ? { bindingsUnverified: true } : {}),
      catalogKey: key,
    });
  }
}

/**
 * Capacitor 2 and earlier reach every plugin through the `Plugins` proxy of @capacitor/core:
 * `const { Camera } = Plugins; Camera.getPhoto()` or `Plugins.Camera.getPhoto()`, with the same plugin names.
 */
function withCapacitorPluginsProxy(ecosystem, bindings) {
  if (ecosystem !== 'capacitor') return bindings;
  const proxied = bindings
    .filter((b) => b.type === 'import' && b.module !== '@capacitor/core' && !CAPACITOR_3_ONLY_PLUGINS.has(b.module) && /^[A-Z]\w*$/.test(b.importName))
    .map((b) => imp('@capacitor/core', 'Plugins', [b.importName, ...b.path]));
  return [...bindings, ...proxied];
}

function dedupeBindings(bindings) {
  const seen = new Set();
  return bindings.filter((b) => {
    const k = JSON.stringify(b);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// ---- Hook libraries that wrap platform APIs ------------------------------------------------------------------
// taro-hooks hands out the wrapped calls from a hook: `const [location, { get, choose }] = useLocation()`. Three
// things are catalogued per hook (source: the published package, taro-hooks 2.2.0 es/<hook>/index.js):
// - importing the hook counts as using everything it wraps, for no-unused-permission ('wrapper' entries);
// - the returned actions are the wrapped calls themselves (`get()` is Taro.getLocation), with the wrapped entry's
//   kind, permission and declarations, reached through the hook's result (path '()', then the tuple index or key);
// - a hook that calls one on mount (useLocation's `useEffect(() => { get() }, [])`, useClipboardData's read,
//   useBluetooth's adapter) is that call: `useLocation()` reads the location as soon as the component mounts.
// taro-hooks 1.x named useLocation's actions getLocation / chooseLocation; both spellings are bound.
const TARO_HOOKS = {
  useLocation: {
    wraps: ['getLocation', 'chooseLocation', 'choosePoi', 'startLocationUpdate', 'startLocationUpdateBackground', 'onLocationChange'],
    onMount: 'getLocation',
    actions: { '1.get': 'getLocation', '1.getLocation': 'getLocation', '1.choose': 'chooseLocation', '1.chooseLocation': 'chooseLocation', '1.choosePOI': 'choosePoi', '1.toggleUpdate': 'startLocationUpdate', '1.on': 'onLocationChange' },
  },
  useChooseAddress: { wraps: ['chooseAddress'], actions: { '': 'chooseAddress' } },
  useImage: { wraps: ['chooseImage', 'saveImageToPhotosAlbum'], actions: { '1.choose': 'chooseImage', '1.save': 'saveImageToPhotosAlbum' } },
  useVideo: { wraps: ['chooseVideo', 'saveVideoToPhotosAlbum'], actions: { '1.choose': 'chooseVideo', '1.save': 'saveVideoToPhotosAlbum' } },
  useRecord: { wraps: ['getRecorderManager'], actions: { '1.start': 'getRecorderManager' } },
  useCamera: { wraps: ['createCameraContext'], actions: {} },
  useClipboardData: { wraps: ['getClipboardData', 'setClipboardData'], onMount: 'getClipboardData', actions: { '1.get': 'getClipboardData', '1.set': 'setClipboardData' } },
  useBluetooth: {
    wraps: ['openBluetoothAdapter', 'startBluetoothDevicesDiscovery'],
    onMount: 'openBluetoothAdapter',
    actions: { '1.toggleAdapter': 'openBluetoothAdapter', '1.toggleDiscovery': 'startBluetoothDevicesDiscovery' },
  },
  useWeRun: { wraps: ['getWeRunData'], actions: { get: 'getWeRunData' } },
};
const taroEntry = (hook, api) => {
  const target = entries.find((en) => en.ecosystem === 'taro' && en.display === `Taro.${api}`);
  if (!target) throw new Error(`taro-hooks ${hook}: no catalogue entry Taro.${api}`);
  return target;
};
/** The wrapped entry's facts (kind, permission, declarations, prompts) under the hook library's binding. */
const asHookCall = (target, hook, display, path) => {
  const { id, module, display: _display, bindings, catalogKey, verified, ...facts } = target;
  return { id: '', ...facts, module: 'taro-hooks', verified: 'source-read', display, bindings: [imp('taro-hooks', hook, path)], catalogKey: `taro|taro-hooks|${display}` };
};
for (const [hook, { wraps, onMount, actions }] of Object.entries(TARO_HOOKS)) {
  for (const api of wraps) {
    const target = taroEntry(hook, api);
    if (api === onMount) {
      entries.push(asHookCall(target, hook, `${hook}() → Taro.${api} on mount`, []));
      continue;
    }
    entries.push({
      id: '',
      ecosystem: 'taro',
      module: 'taro-hooks',
      kind: 'wrapper',
      permission: target.permission,
      platforms: target.platforms,
      verified: 'source-read',
      ...(target.wechatScope ? { wechatScope: target.wechatScope } : {}),
      ...(target.requiredPrivateInfo ? { requiredPrivateInfo: target.requiredPrivateInfo } : {}),
      display: `${hook} → Taro.${api}`,
      bindings: [imp('taro-hooks', hook)],
      prompts: false,
      catalogKey: `taro|taro-hooks|${hook}`,
    });
  }
  for (const [member, api] of Object.entries(actions)) {
    const path = [CALL, ...(member ? member.split('.') : [])];
    const action = member.split('.').pop();
    entries.push(asHookCall(taroEntry(hook, api), hook, `${hook}() ${action ? `${action}` : 'result'} → Taro.${api}`, path));
  }
}

// Ids: `${ecosystem}:${display}`, qualified by module where two entries would collide.
const countByShort = new Map();
for (const en of entries) countByShort.set(`${en.ecosystem}:${en.display}`, (countByShort.get(`${en.ecosystem}:${en.display}`) ?? 0) + 1);
const ids = new Set();
for (const en of entries) {
  const short = `${en.ecosystem}:${en.display}`;
  en.id = countByShort.get(short) > 1 ? `${en.ecosystem}:${en.catalogKey.split('|')[1]}:${en.display}` : short;
  if (ids.has(en.id)) throw new Error(`Duplicate id ${en.id}`);
  ids.add(en.id);
}

const catalogKeys = new Set([...catalog, ...CATALOG_ADDITIONS].map((e) => `${e.ecosystem}|${e.module}|${e.call}`));
const unusedOverrides = Object.keys(OVERRIDES).filter((k) => (OVERRIDES[k].dropped ? !catalogKeys.has(k) : !entries.some((e) => e.catalogKey === k)));
if (unusedOverrides.length) throw new Error(`Overrides match no catalog entry:\n${unusedOverrides.join('\n')}`);

const lines = entries.map(({ catalogKey, ...en }) => `  ${JSON.stringify(en)},`);
const text = `// Generated by scripts/import-catalog.mjs from the reference API catalog (${catalog.length} catalog entries, ${CATALOG_ADDITIONS.length} additions). Do not edit:
// change the script's OVERRIDES table and re-run it.
import type { ApiEntry } from './types.js';

export const GENERATED_API_ENTRIES: readonly ApiEntry[] = [
${lines.join('\n')}
];
`;
writeFileSync(outPath, text);
const byEco = {};
for (const en of entries) byEco[en.ecosystem] = (byEco[en.ecosystem] ?? 0) + 1;
console.log(`wrote ${entries.length} entries to ${outPath.slice(root.length + 1)}`, byEco);
