import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dependencyOlderThan } from '../../eslint-plugin/src/core/dependency-evidence.js';
import {
  ANDROID_RUNTIME_PERMISSIONS,
  API_ENTRIES,
  HARMONY_USER_GRANT_PERMISSIONS,
  RNP_IOS_EXTRA_HANDLERS,
  RNP_IOS_PERMISSIONS,
  WECHAT_PRIVACY_INFO_TYPES,
  WECHAT_REQUIRED_PRIVATE_INFOS,
  WECHAT_SCOPES,
  androidPermissionGroup,
  dependencyPermissions,
  expoPluginOptionFor,
  expoPluginOptions,
  getBindingIndex,
  getEntriesForModule,
  getEntryById,
  globalUsePattern,
  getGlobalEntries,
  getTemplateEntries,
  isAndroidRuntimePermission,
  normaliseAndroidPermission,
  normaliseModuleSpecifier,
  purposeRequirements,
  resolveNativePermissionId,
  type ApiEntry,
} from '../../eslint-plugin/src/core/knowledge/index.js';

const byId = (id: string): ApiEntry => {
  const entry = getEntryById(id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
};

describe('knowledge base: entries', () => {
  // Entry counts of the reference catalog (api-catalog.json, 456 entries) for the eight target ecosystems.
  const CATALOG_COUNTS: Record<string, number> = {
    'react-native': 147,
    expo: 95,
    wechat: 53,
    'uni-app': 44,
    taro: 33,
    capacitor: 19,
    web: 19,
    harmony: 17,
  };

  it('covers at least the catalog for each target ecosystem', () => {
    for (const [ecosystem, count] of Object.entries(CATALOG_COUNTS)) {
      expect(API_ENTRIES.filter((e) => e.ecosystem === ecosystem).length, ecosystem).toBeGreaterThanOrEqual(count);
    }
    expect(API_ENTRIES.length).toBeGreaterThanOrEqual(456);
  });

  it('has unique ids', () => {
    expect(new Set(API_ENTRIES.map((e) => e.id)).size).toBe(API_ENTRIES.length);
  });

  it('gives every entry a binding, except native SDKs with no JS wrapper we could confirm', () => {
    const unbound = API_ENTRIES.filter((e) => e.bindings.length === 0).map((e) => e.id);
    expect(unbound.sort()).toEqual(
      [
        'native-bridge:UMConfigure.preInit',
        'native-bridge:PushManager.getInstance().initialize / GeTuiSdk startSdk',
        'native-bridge:CrashReport.initCrashReport',
        'native-bridge:LocationClient.setAgreePrivacy',
        'native-bridge:SDKInitializer.setAgreePrivacy',
      ].sort(),
    );
    for (const e of API_ENTRIES.filter((x) => x.ecosystem === 'native-bridge')) expect(e.sdkCategory ?? e.kind).toBeTruthy();
  });

  it('never binds an entry by a bare name: every binding is an import, a global, JSX or a template', () => {
    for (const e of API_ENTRIES) {
      for (const b of e.bindings) {
        expect(['import', 'global', 'jsx', 'template']).toContain(b.type);
        // A global with an empty path is a bare call of the global itself; only the ArkUI security components are that.
        if (b.type === 'global' && b.path.length === 0) expect(e.module).toBe('ArkUI security component');
      }
    }
  });

  it('describes how to read the permission of every <from-argument> entry', () => {
    for (const e of API_ENTRIES.filter((x) => x.permission === '<from-argument>')) expect(e.argument, e.id).toBeDefined();
    expect(byId('wechat:wx.authorize').argument).toMatchObject({ index: 0, property: 'scope' });
    expect(byId('harmony:abilityAccessCtrl.createAtManager().requestPermissionsFromUser').argument).toMatchObject({ index: 1, arrayAllowed: true });
    expect(byId('react-native:PermissionsAndroid.requestMultiple').argument?.arrayAllowed).toBe(true);
    expect(byId('react-native:PermissionsAndroid.request').argument?.arrayAllowed).toBe(false);
  });

  it('keeps the catalog verification level and deprecation marks', () => {
    expect(byId('react-native:react-native:Clipboard.getString')).toMatchObject({ deprecated: true, verified: 'source-read' });
    expect(byId('expo:Application.getInstallationTimeAsync').verified).toBe('unverified');
    expect(byId('react-native:<RNCamera androidCameraPermissionOptions androidRecordAudioPermissionOptions captureAudio>').deprecated).toBe(true);
  });

  it('splits multi-call catalog lines into bindings and the UMeng UTS plugin into three roles', () => {
    expect(byId('react-native:Adjust.getIdfa / getIdfv / getGoogleAdId / getAmazonAdId / getAdid').bindings).toHaveLength(5);
    expect(['uni-app:preInitUM', 'uni-app:initUM', 'uni-app:submitPolicyGrantResult'].map((id) => byId(id).kind)).toEqual([
      'consent-gate',
      'sdk-init',
      'consent-gate',
    ]);
  });

  it('marks calls that prompt, including reads that prompt implicitly', () => {
    expect(byId('web:navigator.geolocation.getCurrentPosition').prompts).toBe(true);
    expect(byId('wechat:wx.getLocation').prompts).toBe(true);
    expect(byId('expo:<CameraView>').prompts).toBe(true);
    expect(byId('react-native:getUniqueId').prompts).toBe(false);
    expect(byId('wechat:wx.chooseAddress').prompts).toBe(false); // scope.address authorization was cancelled
  });

  it('records WeChat scopes and requiredPrivateInfos per API', () => {
    expect(byId('wechat:wx.getLocation')).toMatchObject({ wechatScope: 'scope.userLocation', requiredPrivateInfo: 'getLocation' });
    expect(byId('uni-app:uni.startLocationUpdateBackground').wechatScope).toBe('scope.userLocationBackground');
    expect(byId('taro:Taro.choosePoi').requiredPrivateInfo).toBe('choosePoi');
    // Every requiredPrivateInfos API has a wx entry that says so.
    for (const api of WECHAT_REQUIRED_PRIVATE_INFOS) {
      expect(API_ENTRIES.some((e) => e.ecosystem === 'wechat' && e.requiredPrivateInfo === api), api).toBe(true);
    }
  });

  it('records consent gates for the hard-coded-consent rules', () => {
    const gates = API_ENTRIES.filter((e) => e.kind === 'consent-gate').map((e) => e.display);
    for (const name of ['AMapLocationClient.updatePrivacyAgree', 'AMapLocationClient.updatePrivacyShow', 'TencentLocationManager.setUserAgreePrivacy', 'UMConfigure.preInit', 'plus.runtime.agreePrivacy', 'JCore.setAuth']) {
      expect(gates).toContain(name);
    }
    expect(byId('native-bridge:AMapLocationClient.updatePrivacyAgree').bindingsUnverified).toBe(true);
    expect(byId('react-native:OneSignal.initialize').kind).toBe('sdk-init');
  });

  it('maps template elements (WXML buttons, camera)', () => {
    expect(getTemplateEntries('button', { 'open-type': 'getPhoneNumber' }).map((e) => e.id)).toEqual([
      'wechat:<button open-type="getPhoneNumber" bindgetphonenumber>',
    ]);
    expect(getTemplateEntries('button', { 'open-type': 'agreePrivacyAuthorization' })[0].kind).toBe('consent-gate');
    expect(getTemplateEntries('camera').map((e) => e.permission)).toEqual(['camera']);
    expect(getTemplateEntries('button', { 'open-type': 'share' })).toEqual([]);
  });
});

describe('knowledge base: lookups', () => {
  it('finds entries by module, normalising uni_modules paths', () => {
    expect(getEntriesForModule('expo-camera').map((e) => e.display)).toContain('useCameraPermissions');
    expect(getEntriesForModule('@/uni_modules/umeng-common').map((e) => e.display)).toEqual(['preInitUM', 'initUM', 'submitPolicyGrantResult']);
    expect(normaliseModuleSpecifier('../../uni_modules/umeng-common/index.uts')).toBe('uni_modules/umeng-common');
    expect(normaliseModuleSpecifier('react-native')).toBe('react-native');
    expect(getEntriesForModule('left-pad')).toEqual([]);
  });

  it('finds entries by global', () => {
    expect(getGlobalEntries('wx').length).toBeGreaterThanOrEqual(45);
    expect(getGlobalEntries('Taro').length).toBe(33);
    expect(getGlobalEntries('plus').map((e) => e.display)).toContain('plus.runtime.agreePrivacy');
    expect(getGlobalEntries('navigator').some((e) => e.display === 'PushManager.subscribe')).toBe(true);
  });

  it('indexes bindings so a lookup is a single key', () => {
    const index = getBindingIndex();
    expect(index.imports.get('react-native-device-info\0default.getUniqueId')?.[0].display).toBe('getUniqueId');
    expect(index.globals.get('wx\0getLocation')?.[0].id).toBe('wechat:wx.getLocation');
    expect(index.jsx.get('expo-camera\0CameraView')?.[0].id).toBe('expo:<CameraView>');
    // Several catalogued entries share navigator.geolocation: the best-attested comes first, and the Capacitor web
    // view's entry (what the native side needs) last.
    expect(index.globals.get('navigator\0geolocation.getCurrentPosition')?.map((e) => e.ecosystem)).toEqual(['web', 'cordova', 'react-native', 'capacitor']);
    expect(index.globals.get('navigator\0mediaDevices.getUserMedia')?.map((e) => e.id)).toEqual([
      'web:navigator.mediaDevices.getUserMedia',
      'capacitor:navigator.mediaDevices.getUserMedia',
    ]);
  });
});

describe('knowledge base: native permission ids', () => {
  it('resolves each id family to a permission and platform', () => {
    expect(resolveNativePermissionId('android.permission.ACCESS_BACKGROUND_LOCATION')).toEqual({
      permission: 'location-background',
      platform: 'android',
      nativeId: 'android.permission.ACCESS_BACKGROUND_LOCATION',
    });
    expect(resolveNativePermissionId('ios.permission.LOCATION_ALWAYS')?.permission).toBe('location-background');
    expect(resolveNativePermissionId('scope.werun')).toMatchObject({ permission: 'activity', platform: 'wechat' });
    expect(resolveNativePermissionId('ohos.permission.READ_PASTEBOARD')).toMatchObject({ permission: 'clipboard', platform: 'harmony' });
    expect(resolveNativePermissionId('android.permission.health.READ_HEART_RATE')?.permission).toBe('health');
    expect(resolveNativePermissionId('android.permission.SOMETHING_NEW')?.permission).toBe('unknown');
    expect(resolveNativePermissionId('hello world')).toBeUndefined();
  });

  it('has the WeChat scope, HarmonyOS and react-native-permissions tables the catalog lists', () => {
    expect(Object.keys(WECHAT_SCOPES)).toHaveLength(14);
    expect(Object.entries(WECHAT_SCOPES).filter(([, s]) => s.acceptsPermissionDesc).map(([k]) => k).sort()).toEqual([
      'scope.userFuzzyLocation',
      'scope.userLocation',
      'scope.userLocationBackground',
    ]);
    expect(WECHAT_REQUIRED_PRIVATE_INFOS).toHaveLength(8);
    expect(Object.keys(HARMONY_USER_GRANT_PERMISSIONS)).toHaveLength(28);
    expect(HARMONY_USER_GRANT_PERMISSIONS['ohos.permission.READ_CONTACTS'].availability).toBe('restricted');
    expect(HARMONY_USER_GRANT_PERMISSIONS['ohos.permission.LOCATION_IN_BACKGROUND'].settingsOnly).toBe(true);
    expect(RNP_IOS_PERMISSIONS.CALENDARS.infoPlistKeys).toEqual(['NSCalendarsFullAccessUsageDescription']);
    expect(RNP_IOS_PERMISSIONS.STOREKIT.infoPlistKeys).toEqual(['NSAppleMusicUsageDescription']);
  });

  it('names the react-native-permissions handler each iOS permission needs linked', () => {
    const handlers = [...Object.values(RNP_IOS_PERMISSIONS).map((p) => p.handler), ...Object.values(RNP_IOS_EXTRA_HANDLERS)];
    // setup_permissions([...]) accepts exactly these 20 handler names.
    expect(new Set(handlers).size).toBe(20);
    expect(RNP_IOS_PERMISSIONS.LOCATION_ALWAYS.handler).toBe('LocationAlways');
    expect(RNP_IOS_EXTRA_HANDLERS.requestNotifications).toBe('Notifications');
  });

  it('lists the privacy-guide info types each WeChat entry refers to', () => {
    for (const e of API_ENTRIES) {
      const type = e.purposeKeys?.wechatPrivacyGuide;
      if (type) expect(Object.keys(WECHAT_PRIVACY_INFO_TYPES), e.id).toContain(type);
    }
    expect(WECHAT_PRIVACY_INFO_TYPES.Location.label).toBe('位置信息');
  });
});

describe('knowledge base: purpose requirements', () => {
  it('background location needs both iOS keys (and the legacy Always key before iOS 11)', () => {
    const [req] = purposeRequirements({ permission: 'location-background' }, 'ios');
    expect(req.allOf).toEqual(['NSLocationWhenInUseUsageDescription', 'NSLocationAlwaysAndWhenInUseUsageDescription']);
    expect(req.legacy).toEqual({ keys: ['NSLocationAlwaysUsageDescription'], beforeOs: '11' });
    const [rnp] = purposeRequirements({ permission: 'location-background', platform: 'ios', nativeId: 'ios.permission.LOCATION_ALWAYS' }, 'ios');
    expect(rnp.allOf).toEqual(['NSLocationWhenInUseUsageDescription', 'NSLocationAlwaysAndWhenInUseUsageDescription']);
  });

  it('notifications need no iOS key but POST_NOTIFICATIONS on Android', () => {
    expect(purposeRequirements({ permission: 'notifications' }, 'ios')).toEqual([]);
    expect(purposeRequirements({ permission: 'notifications' }, 'android')[0].allOf).toEqual(['android.permission.POST_NOTIFICATIONS']);
  });

  it('clipboard needs no key on iOS, Android or the web, but READ_PASTEBOARD on HarmonyOS', () => {
    for (const platform of ['ios', 'android', 'web'] as const) expect(purposeRequirements({ permission: 'clipboard' }, platform)).toEqual([]);
    expect(purposeRequirements({ permission: 'clipboard' }, 'harmony')[0].allOf).toEqual(['ohos.permission.READ_PASTEBOARD']);
  });

  it('calendar uses the iOS 17 keys with the legacy key as advisory', () => {
    const [req] = purposeRequirements({ permission: 'calendar' }, 'ios');
    expect(req.allOf).toEqual(['NSCalendarsFullAccessUsageDescription']);
    expect(req.legacy).toEqual({ keys: ['NSCalendarsUsageDescription'], beforeOs: '17' });
    expect(purposeRequirements({ permission: 'calendar-write' }, 'ios')[0].allOf).toEqual(['NSCalendarsWriteOnlyAccessUsageDescription']);
  });

  it('Android location accepts FINE or COARSE; a resolved id needs exactly that id', () => {
    const [loc] = purposeRequirements({ permission: 'location' }, 'android');
    expect(loc.allOf).toEqual([]);
    expect(loc.anyOf).toEqual(['android.permission.ACCESS_FINE_LOCATION', 'android.permission.ACCESS_COARSE_LOCATION']);
    const [bg] = purposeRequirements({ permission: 'location-background' }, 'android');
    expect(bg.allOf).toEqual(['android.permission.ACCESS_BACKGROUND_LOCATION']);
    const [exact] = purposeRequirements({ permission: 'camera', platform: 'android', nativeId: 'android.permission.CAMERA' }, 'android');
    expect(exact.allOf).toEqual(['android.permission.CAMERA']);
  });

  it('a permission resolved for one platform needs nothing on another', () => {
    expect(purposeRequirements({ permission: 'camera', platform: 'android', nativeId: 'android.permission.CAMERA' }, 'ios')).toEqual([]);
  });

  it('WeChat: desc only for the three location scopes, plus requiredPrivateInfos of the API', () => {
    expect(purposeRequirements({ permission: 'location' }, 'wechat', byId('wechat:wx.getLocation'))[0].allOf).toEqual([
      'scope.userLocation',
      'requiredPrivateInfos:getLocation',
    ]);
    expect(purposeRequirements({ permission: 'location' }, 'wechat', byId('wechat:wx.choosePoi'))[0].allOf).toEqual(['requiredPrivateInfos:choosePoi']);
    expect(purposeRequirements({ permission: 'camera', platform: 'wechat', nativeId: 'scope.camera' }, 'wechat', byId('wechat:wx.authorize'))).toEqual([]);
    expect(purposeRequirements({ permission: 'location', platform: 'wechat', nativeId: 'scope.userFuzzyLocation' }, 'wechat')[0].allOf).toEqual([
      'scope.userFuzzyLocation',
    ]);
  });

  it('HarmonyOS: the requested ohos permission, or what the catalog lists for the call; security components need none', () => {
    expect(purposeRequirements({ permission: 'camera', platform: 'harmony', nativeId: 'ohos.permission.CAMERA' }, 'harmony')[0].allOf).toEqual([
      'ohos.permission.CAMERA',
    ]);
    // Approximate location is enough for getCurrentLocation; precise LOCATION is an optional upgrade.
    expect(purposeRequirements({ permission: 'location' }, 'harmony', byId('harmony:geoLocationManager.getCurrentLocation'))[0].allOf).toEqual([
      'ohos.permission.APPROXIMATELY_LOCATION',
    ]);
    expect(purposeRequirements({ permission: 'location' }, 'harmony', byId('harmony:LocationButton()'))).toEqual([]);
  });

  it('the web has no purpose strings', () => {
    expect(purposeRequirements({ permission: 'camera' }, 'web')).toEqual([]);
  });
});

describe('knowledge base: Android tables', () => {
  it('groups runtime permissions for the unrelated-groups check', () => {
    expect(androidPermissionGroup('android.permission.ACCESS_FINE_LOCATION')).toBe('LOCATION');
    expect(androidPermissionGroup('CAMERA')).toBe('CAMERA');
    expect(androidPermissionGroup('android.permission.READ_MEDIA_IMAGES')).toBe('READ_MEDIA_VISUAL');
    expect(androidPermissionGroup('android.permission.INTERNET')).toBeUndefined();
    expect(Object.keys(ANDROID_RUNTIME_PERMISSIONS)).toHaveLength(42);
    expect(isAndroidRuntimePermission('android.permission.health.READ_STEPS')).toBe(true);
    expect(ANDROID_RUNTIME_PERMISSIONS['android.permission.ACCESS_BACKGROUND_LOCATION'].requestSeparately).toBe(true);
  });

  it('normalises the ways manifests spell a permission', () => {
    expect(normaliseAndroidPermission('CAMERA')).toBe('android.permission.CAMERA');
    expect(normaliseAndroidPermission('<uses-permission android:name="android.permission.RECORD_AUDIO"/>')).toBe('android.permission.RECORD_AUDIO');
    expect(normaliseAndroidPermission('com.google.android.gms.permission.AD_ID')).toBe('com.google.android.gms.permission.AD_ID');
  });
});

describe('knowledge base: dependencies and Expo plugins', () => {
  it('knows what packages add to the merged manifest', () => {
    expect(dependencyPermissions('expo-camera')?.androidAddedByDefault).toEqual(['android.permission.CAMERA', 'android.permission.RECORD_AUDIO']);
    expect(dependencyPermissions('expo-camera')?.androidRemovedByOption?.recordAudioAndroid).toEqual(['android.permission.RECORD_AUDIO']);
    expect(dependencyPermissions('expo-notifications')?.androidAddedByDefault).toContain('android.permission.POST_NOTIFICATIONS');
    // Video recorded through the picker has sound.
    expect(dependencyPermissions('react-native-image-picker')?.permissions).toEqual(['camera', 'photos', 'microphone']);
    // Firebase Cloud Messaging's manifest declares it; the local-notifications plugin's own manifest does too.
    for (const name of ['@capacitor/push-notifications', '@capacitor/local-notifications', '@react-native-firebase/messaging', '@capacitor-firebase/messaging']) {
      expect(dependencyPermissions(name)?.androidAddedByDefault, name).toContain('android.permission.POST_NOTIFICATIONS');
    }
    expect(dependencyPermissions('expo-tracking-transparency')?.androidAddedByDefault).toContain('com.google.android.gms.permission.AD_ID');
    expect(dependencyPermissions('expo-location')?.androidAddedByOption?.isAndroidBackgroundLocationEnabled).toEqual([
      'android.permission.ACCESS_BACKGROUND_LOCATION',
    ]);
    expect(dependencyPermissions('lodash')).toBeUndefined();
  });

  it('maps iOS keys to the plugin options that write them', () => {
    expect(expoPluginOptionFor('NSCameraUsageDescription').map((o) => `${o.plugin}.${o.option}`)).toEqual([
      'expo-camera.cameraPermission',
      'expo-image-picker.cameraPermission',
      'react-native-vision-camera.cameraPermissionText',
    ]);
    expect(expoPluginOptionFor('NSLocationAlwaysAndWhenInUseUsageDescription', ['expo-location'])).toHaveLength(1);
    expect(expoPluginOptionFor('NSCalendarsFullAccessUsageDescription').map((o) => o.option)).toEqual(['calendarPermission']);
    expect(expoPluginOptionFor('NSUserTrackingUsageDescription')[0].option).toBe('userTrackingPermission');
    expect(expoPluginOptions('expo-media-library').map((o) => o.option)).toEqual(['photosPermission', 'savePhotosPermission']);
    expect(expoPluginOptionFor('NSMicrophoneUsageDescription').find((o) => o.plugin === 'react-native-vision-camera')?.requires).toBe(
      'enableMicrophonePermission',
    );
  });

  it('agrees with the plugin options the catalog names for each Expo entry', () => {
    for (const e of API_ENTRIES) {
      const plugin = e.purposeKeys?.expoPlugin;
      if (!plugin) continue;
      const known = expoPluginOptions(plugin.plugin).map((o) => o.option);
      for (const option of plugin.options) expect(known, `${e.id}: ${plugin.plugin}.${option}`).toContain(option);
    }
  });
});

describe('knowledge base: global-use pre-filter', () => {
  it('finds catalogued globals used with a member, with optional chaining and spacing', () => {
    const pattern = globalUsePattern();
    for (const text of ['wx.getLocation({})', 'uni . chooseImage()', 'navigator?.geolocation', 'window.navigator.clipboard', 'await Taro.getLocation()', 'x = my.getAuthCode']) {
      expect(pattern.test(text), text).toBe(true);
    }
  });

  it('ignores the same names as properties, inside longer names, or without a member', () => {
    const pattern = globalUsePattern();
    for (const text of ['this.wx.getLocation()', 'mywx.getLocation()', 'const wx = 1', 'app.navigator.push()', 'unicode.length', 'import Taro from "@tarojs/taro"', '$wx.getLocation()', 'a.b.uni.x']) {
      expect(pattern.test(text), text).toBe(false);
    }
  });

  it('finds a global assigned whole, to destructure or to alias it, but not compared or passed', () => {
    const pattern = globalUsePattern();
    for (const text of ['const { chooseImage } = uni;\nchooseImage({})', 'const api = wx\napi.getLocation()', 'let u=uni,\n  x = 1', 'this.api = wx;', 'const { getLocation: locate } = wx']) {
      expect(pattern.test(text), text).toBe(true);
    }
    for (const text of ['if (api === wx) {}', 'if (api == wx) return', 'x != uni;', 'register(wx)', 'const wx = createApi();', 'const a = this.wx;', 'const a = $uni;']) {
      expect(pattern.test(text), text).toBe(false);
    }
    const withDollar = globalUsePattern(['$bridge']);
    expect(withDollar.test('const { call } = $bridge;')).toBe(true);
    expect(withDollar.test('if (b === $bridge) {}')).toBe(false);
  });

  it('finds a use after refused ones, at the very start of the text, and on the same call with the pattern reused', () => {
    const pattern = globalUsePattern();
    expect(pattern.test('this.wx.a(); $uni.b(); wx.getLocation()')).toBe(true);
    expect(pattern.test('wx.getLocation()')).toBe(true);
    // Answers do not depend on the text asked about before (no state left over between calls).
    expect(pattern.test('this.wx.a()')).toBe(false);
    expect(pattern.test('uni.chooseImage()')).toBe(true);
  });

  it('adds extra globals, escaping `$`, and caches one pattern per set', () => {
    const pattern = globalUsePattern(['$bridge']);
    expect(pattern.test('$bridge.call()')).toBe(true);
    expect(pattern.test('a$bridge.call()')).toBe(false);
    expect(globalUsePattern(['$bridge'])).toBe(pattern);
    expect(globalUsePattern()).not.toBe(pattern);
  });
});

describe('knowledge base: framework-free core', () => {
  it('imports nothing from eslint, typescript-eslint, vscode or the language server', () => {
    const dir = join(fileURLToPath(new URL('.', import.meta.url)), '../../eslint-plugin/src/core/knowledge');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/from ['"](eslint|@typescript-eslint\/[^'"]+|vscode[^'"]*)['"]/);
    }
  });
});

describe('dependency versions', () => {
  // requestNotifications asks POST_NOTIFICATIONS on Android from react-native-permissions 3.5.0.
  const since = [3, 5, 0] as const;
  const noInstall = mkdtempSync(join(tmpdir(), 'consentry-no-install-'));
  const made = [noInstall];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  it('reads a package.json range that cannot reach the version as older', () => {
    for (const range of ['^2.0.10', '2.x', '2', '~3.4.0', '3.4', '3.4.9', '^0.9.1', 'v3.4.0']) {
      expect(dependencyOlderThan(noInstall, 'react-native-permissions', range, since), range).toBe(true);
    }
  });
  it('does not read a range that can reach it, or one it cannot read, as older', () => {
    for (const range of ['^3.0.0', '~3.5.0', '3.5.0', '^4.1.5', '>=2', '*', 'latest', 'github:zoontek/react-native-permissions', undefined]) {
      expect(dependencyOlderThan(noInstall, 'react-native-permissions', range, since), String(range)).toBe(false);
    }
  });
  it('goes by the installed version when the package is installed', () => {
    const installed = (version: string) => {
      const app = mkdtempSync(join(tmpdir(), 'consentry-installed-'));
      made.push(app);
      mkdirSync(join(app, 'node_modules/react-native-permissions'), { recursive: true });
      writeFileSync(join(app, 'node_modules/react-native-permissions/package.json'), JSON.stringify({ name: 'react-native-permissions', version }));
      return app;
    };
    expect(dependencyOlderThan(installed('3.4.0'), 'react-native-permissions', '^3.0.0', since)).toBe(true);
    expect(dependencyOlderThan(installed('3.10.1'), 'react-native-permissions', '^2.0.0', since)).toBe(false);
  });
});
