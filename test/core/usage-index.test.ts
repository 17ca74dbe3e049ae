import { describe, expect, it } from 'vitest';
import { MemoryFileSource } from '../../eslint-plugin/src/core/file-source.js';
import { withStableFiles } from '../../eslint-plugin/src/core/freshness.js';
import { UsageIndex, blankComments, dependencyUses, scanCodeUses, scanFileText } from '../../eslint-plugin/src/core/usage-index.js';

const ROOT = '/apps/shop';

function app(files: Record<string, string>) {
  const source = new MemoryFileSource(Object.fromEntries(Object.entries(files).map(([path, text]) => [`${ROOT}/${path}`, text])));
  let now = 0;
  const index = new UsageIndex(source, () => now);
  return { source, index, tick: (ms: number) => (now += ms) };
}

const used = (index: UsageIndex, dependencies: Record<string, string> = {}) =>
  [...index.forApp({ root: ROOT, dependencies }).permissions.keys()].sort();

describe('usage index', () => {
  it('finds permissions through import bindings, globals, aliases and permission ids', () => {
    const { index } = app({
      'package.json': '{}',
      'src/location.ts': `import * as Location from 'expo-location';\nexport const ask = () => Location.requestForegroundPermissionsAsync();`,
      'src/helpers.ts': `import { PermissionsAndroid } from 'react-native';\nexport const CAMERA = PermissionsAndroid.PERMISSIONS.CAMERA;`,
      'src/ids.ts': `export const MIC = 'android.permission.RECORD_AUDIO';`,
      'src/harmony.ets': `import { abilityAccessCtrl } from '@kit.AbilityKit';\nclass Page { private atManager = abilityAccessCtrl.createAtManager(); ask() { this.atManager.requestPermissionsFromUser(ctx, perms); } }`,
      'src/web.ts': `export const where = () => window.navigator.geolocation.getCurrentPosition(() => {});`,
      'pages/a/a.js': `Page({ onTap() { wx.chooseContact({}) } })`,
    });
    expect(used(index)).toEqual(expect.arrayContaining(['location', 'camera', 'microphone']));
    const usage = index.forApp({ root: ROOT });
    expect(usage.permissions.get('location')?.via).toBe('code');
    expect(usage.permissions.get('camera')?.via).toBe('permission-id');
  });

  it('cites a use through a required or dynamically imported module in its place (not as a use above a declaration)', () => {
    const text = `const Geo = require('@react-native-community/geolocation');
export function locate(cb) {
  Geo.getCurrentPosition(cb);
}
export async function watch(cb) {
  const module = await import('@react-native-community/geolocation');
  module.default.watchPosition(cb);
  navigator.geolocation.getCurrentPosition(cb);
}
`;
    expect([...new Set(scanCodeUses('/apps/shop/src/geo.js', text).map((site) => site.line))]).toEqual([3, 7, 8]);
  });

  it('does not count a permission id in a comment (wizzd/xy PermissionUtils.ets: the microphone entry commented out)', () => {
    const { index } = app({
      'package.json': '{}',
      'entry/src/main/ets/utils/PermissionUtils.ets': `const PERMISSIONS: Array<Permissions> = [
  'ohos.permission.CAMERA',
  // 'ohos.permission.MICROPHONE',
  /* 'ohos.permission.READ_CONTACTS', */
];
export const label = 'see ohos.permission.LOCATION // not a comment';
`,
    });
    expect(used(index)).toEqual(['camera', 'location']);
  });

  it('finds Capacitor 2 plugins reached through the Plugins proxy of @capacitor/core', () => {
    const { index } = app({
      'package.json': '{}',
      'src/profile.ts': `import { Plugins, CameraResultType } from '@capacitor/core';\nconst { Camera } = Plugins;\nexport const pick = () => Camera.getPhoto({ resultType: CameraResultType.DataUrl });`,
      'src/nearby.ts': `import { Plugins } from '@capacitor/core';\nexport const here = () => Plugins.Geolocation.getCurrentPosition();`,
      // A project object named Plugins is not Capacitor's.
      'src/registry.ts': `const Plugins = { Device: { getId: () => 'x' } };\nexport const id = () => Plugins.Device.getId();`,
    });
    expect(used(index, { '@capacitor/core': '2.5.0' })).toEqual(['camera', 'location']);
  });

  it('counts getUserMedia with constraints it cannot read as use of both the camera and the microphone', () => {
    const { index } = app({
      'package.json': '{}',
      'src/call.ts': `export const join = (c: MediaStreamConstraints) => navigator.mediaDevices.getUserMedia(c);`,
    });
    expect(used(index)).toEqual(['camera', 'microphone']);
  });

  it('reads getUserMedia constraints written in the call: a QR scanner uses the camera only', () => {
    const { index } = app({
      'package.json': '{}',
      'src/scan.ts': `export const scan = () => navigator.mediaDevices.getUserMedia({\n  video: { facingMode: { exact: 'environment' } },\n});`,
    });
    expect(used(index)).toEqual(['camera']);
    const { index: voice } = app({
      'package.json': '{}',
      'src/voice.ts': `export const talk = (withVideo: boolean) => navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true }, video: withVideo });`,
    });
    expect(used(voice)).toEqual(['camera', 'microphone']);
    const { index: named } = app({
      'package.json': '{}',
      'src/qr.vue': `<script>\nexport default { methods: { open() {\n  const videoParam = { audio: false, video: { width: 300, facingMode: 'environment' } };\n  navigator.mediaDevices.getUserMedia(videoParam).then((s) => (this.stream = s));\n} } };\n</script>`,
    });
    expect(used(named)).toEqual(['camera']);
    const { index: changed } = app({
      'package.json': '{}',
      'src/qr.ts': `export function open(withAudio: boolean) {\n  const params = { video: true };\n  if (withAudio) params['audio'] = true;\n  return navigator.mediaDevices.getUserMedia(params);\n}`,
    });
    expect(used(changed)).toEqual(['camera', 'microphone']);
  });

  it("counts the TV provider sign-in of the app's own Swift code (VSAccountManager)", () => {
    const { index } = app({
      'package.json': '{}',
      'ios/Shopper/TVProvider.swift': 'import VideoSubscriberAccount\n\nfinal class TVProvider {\n  let manager = VSAccountManager()\n}\n',
    });
    expect(used(index)).toEqual(['tv-provider']);
  });

  it("counts analytics, push and crash-reporting SDKs the app starts from its own native code (UMeng in MainApplication.java)", () => {
    const { index } = app({
      'package.json': '{}',
      'android/app/src/main/java/com/shop/MainApplication.java':
        'public class MainApplication extends Application {\n  public void onCreate() {\n    super.onCreate();\n    RNUMConfigure.init(this, "5b1f", "Umeng", UMConfigure.DEVICE_TYPE_PHONE, null);\n    UMConfigure.init(this, "5b1f", "Umeng", UMConfigure.DEVICE_TYPE_PHONE, null);\n    JPushInterface.init(this);\n  }\n}\n',
      'ios/Shop/AppDelegate.m': '- (BOOL)application:(UIApplication *)app didFinishLaunchingWithOptions:(NSDictionary *)o {\n  [Bugly startWithAppId:@"id"];\n  return YES;\n}\n',
    });
    const usage = index.forApp({ root: ROOT, dependencies: {} });
    expect([...usage.sdkCategories].sort()).toEqual(['analytics', 'crash-reporting', 'push']);
    // Naming a class is not starting it: an import alone counts for nothing.
    const { index: imported } = app({
      'package.json': '{}',
      'android/app/src/main/java/com/shop/MainApplication.java': 'import com.umeng.commonsdk.UMConfigure;\npublic class MainApplication extends Application {}\n',
    });
    expect([...imported.forApp({ root: ROOT, dependencies: {} }).sdkCategories]).toEqual([]);
  });

  it('counts the HarmonyOS pedometer as activity data, and no other sensor (one sensor.on serves them all)', () => {
    const steps = app({
      'oh-package.json5': '{}',
      'entry/src/main/ets/pages/Steps.ets': `import { sensor } from '@kit.SensorServiceKit';
export function watch() {
  sensor.on(sensor.SensorId.PEDOMETER, (data: sensor.PedometerResponse) => { console.info(data.steps); });
}`,
      'entry/src/main/ets/pages/Detect.ets': `import sensor from '@ohos.sensor';
sensor.once(sensor.SensorType.SENSOR_TYPE_ID_PEDOMETER_DETECTION, (data) => {});`,
    });
    expect(used(steps.index)).toEqual(['activity']);
    const tilt = app({
      'oh-package.json5': '{}',
      'entry/src/main/ets/pages/Level.ets': `import { sensor } from '@kit.SensorServiceKit';
sensor.on(sensor.SensorId.ACCELEROMETER, (data) => console.info(data.x));
sensor.on(sensor.SensorId.GYROSCOPE, (data) => console.info(data.x));`,
    });
    expect(used(tilt.index)).toEqual([]);
  });

  it('counts dependencies the knowledge base knows, native sources and templates', () => {
    const { index } = app({
      'package.json': '{}',
      'android/app/src/main/java/com/x/Scanner.java': 'class Scanner { int p = checkSelfPermission(Manifest.permission.BODY_SENSORS); }',
      'ios/App/Voice.swift': 'let session = AVAudioSession.sharedInstance(); session.requestRecordPermission { _ in }',
      'pages/scan/scan.wxml': '<camera device-position="back" bindscancode="onCode"></camera>',
      'pages/map/map.vue': '<template><map :show-location="true" /></template>\n<script>export default {}</script>',
    });
    expect(used(index, { 'expo-camera': '17.0.0' })).toEqual(['camera', 'location', 'microphone', 'sensors']);
    expect(index.forApp({ root: ROOT, dependencies: { 'expo-camera': '17.0.0' } }).permissions.get('microphone')?.via).toBe('native');
    expect(dependencyUses('expo-camera')).toEqual(expect.arrayContaining(['camera', 'microphone']));
    expect(dependencyUses('left-pad')).toEqual([]);
  });

  it("reads permissions a native module names through `import android.Manifest.permission` (permission.ACCESS_FINE_LOCATION)", () => {
    const { index } = app({
      'package.json': '{}',
      'android/app/src/main/java/com/x/PermissionModule.java': [
        'import android.Manifest.permission;',
        'class PermissionModule { void ask(Activity a) { a.requestPermissions(new String[]{ permission.ACCESS_FINE_LOCATION, permission.READ_PHONE_STATE }, 1); } }',
      ].join('\n'),
      'android/app/src/main/java/com/x/Recorder.kt': 'import android.Manifest.permission\nfun ask() = requestPermissions(arrayOf(permission.RECORD_AUDIO), 2)',
    });
    expect(used(index)).toEqual(['location', 'microphone', 'phone']);
    // Without that import, `permission.CAMERA` is some other class's constant.
    const { index: other } = app({ 'package.json': '{}', 'android/app/src/main/java/com/x/Flags.java': 'class Flags { int f = Features.permission.CAMERA; String g = permission.CAMERA; }' });
    expect(used(other)).toEqual([]);
  });

  it("reads a minified bundle's uses among thousands of chains that reach nothing", () => {
    const noise = Array.from({ length: 2000 }, (_, i) => `e.a${i}.b(t).c.d(n).f.g(r).h=i.length+o.x${i}(e).y.z;`).join('');
    const { index } = app({
      'package.json': '{}',
      'static/lib/charts.all.js': `!function(){var n=wx,e={},t=1,r=2,i=[],o={};${noise}n.getLocation({type:"gcj02"}).then(function(s){return s.a.b.c.d.e.f.g.h.i.j.k.l.m});uni["chooseImage"]({sourceType:["camera"]})}();`,
    });
    const usage = index.forApp({ root: ROOT });
    expect([...usage.permissions.keys()].sort()).toEqual(['camera', 'location', 'photos']);
    expect([...usage.privateInfoApis]).toEqual(['getLocation']);
  });

  it('follows a platform global destructured, aliased whole, or read with a quoted member', () => {
    const { index } = app({
      'package.json': '{}',
      'pages/a/a.js': 'const { chooseImage } = uni;\nexport const pick = () => chooseImage({ count: 1 });\n',
      'pages/b/b.js': 'const api = wx;\nexport const where = () => api.getLocation({});\n',
      'pages/c/c.js': "export const paste = () => uni['getClipboardData']({});\n",
    });
    const usage = index.forApp({ root: ROOT });
    expect([...usage.permissions.keys()].sort()).toEqual(['camera', 'clipboard', 'location', 'photos']);
    expect(usage.permissions.get('location')?.file).toBe(`${ROOT}/pages/b/b.js`);
    expect(usage.permissions.get('clipboard')?.file).toBe(`${ROOT}/pages/c/c.js`);
  });

  it("a polyfill's stub (`uni.chooseLocation = function …`) and an API named in a string are no use; calls and JSX beside an apostrophe are (hinghwa-dict)", () => {
    const { index } = app({
      'package.json': '{}',
      'polyfill/polyfill.js': `function mapPolyfill() {
  if (uni.chooseLocation === undefined) {
    uni.chooseLocation = function (options) {
      console.warn("api: uni.chooseLocation 暂不支持, 'uni.getLocation' 也是");
      options.fail && options.fail();
    };
    wx.getClipboardData = () => {};
  }
}
export default mapPolyfill;
`,
      'pages/a/a.js': "export const copy = () => uni.setClipboardData({ data: 'x' });\n",
      'pages/b/b.jsx': "export const Where = () => <Text>Don't move<Button onPress={() => wx.getLocation({})} /></Text>;\n",
    });
    const usage = index.forApp({ root: ROOT });
    expect([...usage.permissions.keys()].sort()).toEqual(['clipboard', 'location']);
    expect(usage.permissions.get('clipboard')?.file).toBe(`${ROOT}/pages/a/a.js`);
    expect(usage.permissions.get('location')?.file).toBe(`${ROOT}/pages/b/b.jsx`);
    expect(scanCodeUses(`${ROOT}/polyfill/polyfill.js`, `uni.chooseLocation = function () {};\nconsole.warn('uni.getUserProfile is missing');\n`)).toEqual([]);
    // A permission constant of a module compared with a status names the permission the app handles: still a use.
    const compared = app({
      'package.json': '{}',
      'src/camera.ts': "import { PERMISSIONS } from 'react-native-permissions';\nexport const isCamera = (p: string) => PERMISSIONS.IOS.CAMERA === p;\n",
    });
    expect([...compared.index.forApp({ root: ROOT }).permissions.keys()]).toEqual(['camera']);
  });

  it('reads uni-app single-file components and mini-program APIs outside the catalogue', () => {
    const { index } = app({
      'package.json': '{}',
      'pages/scan/scan.vue': `<template><button @click="scan">扫码</button></template>\n<script>\nexport default { methods: { scan() { uni.scanCode({}) } } }\n</script>`,
      'pages/loc/loc.vue': `<script setup>\nfunction go() { uni.getLocation({ type: 'gcj02' }) }\n</script>`,
    });
    const usage = index.forApp({ root: ROOT });
    expect([...usage.permissions.keys()].sort()).toEqual(['camera', 'location']);
    expect(usage.permissions.get('camera')?.line).toBe(3);
    expect([...usage.privateInfoApis]).toEqual(['getLocation']);
  });

  it('skips dependencies, build output and nested packages, and does not parse files the prefilter rejects', () => {
    const { index } = app({
      'package.json': '{}',
      'node_modules/lib/index.js': `wx.getLocation({})`,
      'dist/bundle.js': `wx.getLocation({})`,
      'packages/admin/package.json': '{}',
      'packages/admin/src/a.ts': `navigator.mediaDevices.getUserMedia({ video: true })`,
      'src/util.ts': `export const add = (a: number, b: number) => a + b;`,
      'src/types.d.ts': `declare const wx: any; wx.getLocation;`,
      // A Flow library definition names every permission the package exports: a declaration, not a use.
      'flow-typed/npm/react-native-permissions_vx.x.x.js': `declare module 'react-native-permissions' { declare export var PERMISSIONS: { ANDROID: { CAMERA: 'android.permission.CAMERA' } }; }`,
    });
    const usage = index.forApp({ root: ROOT });
    expect(usage.permissions.size).toBe(0);
    expect(usage.filesListed).toBe(1);
    expect(usage.filesParsed).toBe(0);
  });

  it('scans a file that imports a catalogued module only when it names an export the module is used through', () => {
    const { index } = app({
      'package.json': '{}',
      // Imports react-native for components only: nothing here can reach PermissionsAndroid or Clipboard.
      'src/Card.tsx': `import { View, Text } from 'react-native';\nexport const Card = () => <View><Text>hi</Text></View>;`,
      'src/List.tsx': `import React from 'react';\nimport { FlatList } from 'react-native';\nexport const L = () => <FlatList data={[]} renderItem={() => null} />;`,
      // Reached through a default import and member access: the member name is in the text.
      'src/rn.ts': `import RN from 'react-native';\nexport const ask = () => RN.PermissionsAndroid.request('android.permission.CAMERA');`,
      'src/where.ts': `import Geolocation from '@react-native-community/geolocation';\nexport const where = () => Geolocation.getCurrentPosition(() => {});`,
      // The default export is the API itself: no name betrays it, so the module's files are always scanned.
      'src/stats.ts': `import analytics from '@react-native-firebase/analytics';\nexport const start = () => analytics().logAppOpen();`,
    });
    const usage = index.forApp({ root: ROOT });
    expect([...usage.permissions.keys()].sort()).toEqual(expect.arrayContaining(['camera', 'location']));
    expect([...usage.sdkCategories]).toContain('analytics');
    expect(usage.filesListed).toBe(5);
    expect(usage.filesParsed).toBe(3);
  });

  it('counts uni-app plugins (uni_modules/<plugin>, with their own package.json) as the app\'s code', () => {
    const { index } = app({
      'package.json': '{}',
      'pages/index/index.vue': '<template><u-avatar-picker /></template>',
      'uni_modules/uview-plus/package.json': '{ "id": "uview-plus" }',
      'uni_modules/uview-plus/components/u-avatar-picker/u-avatar-picker.vue': `<script>\nexport default { methods: { pick() { uni.chooseImage({ sourceType: ['camera'] }) } } }\n</script>`,
      'uni_modules/uview-plus/libs/nested/package.json': '{}',
      'uni_modules/uview-plus/libs/nested/scan.js': `uni.scanCode({})`,
    });
    const usage = index.forApp({ root: ROOT });
    expect(usage.permissions.get('camera')?.file).toBe(`${ROOT}/uni_modules/uview-plus/components/u-avatar-picker/u-avatar-picker.vue`);
    // Only the plugin folder itself is part of the app; a package nested deeper inside it is still skipped.
    expect(usage.filesListed).toBe(2);
  });

  it('caches per app and per file content, and picks up changes', () => {
    const { source, index, tick } = app({
      'package.json': '{}',
      'src/a.ts': `export const x = 1;`,
      'src/b.ts': `wx.getLocation({})`,
    });
    const first = index.forApp({ root: ROOT });
    expect(index.forApp({ root: ROOT })).toBe(first);
    expect(index.stats.scans).toBe(2);

    // An edit nobody reported is seen once the short re-check window has passed.
    source.write(`${ROOT}/src/a.ts`, `export const ask = () => Notification.requestPermission();`);
    expect(index.forApp({ root: ROOT })).toBe(first);
    tick(5000);
    expect(used(index)).toEqual(['location', 'notifications']);
    expect(index.stats.scans).toBe(3);

    // Saved without a change (new signature, same text): read again but not re-scanned.
    const reads = index.stats.reads;
    source.write(`${ROOT}/src/b.ts`, `wx.getLocation({})`);
    index.invalidate(`${ROOT}/src/b.ts`);
    expect(used(index)).toEqual(['location', 'notifications']);
    expect(index.stats.reads).toBe(reads + 1);
    expect(index.stats.scans).toBe(3);
    source.write(`${ROOT}/src/b.ts`, `wx.getLocation({})`);
    tick(5000);
    index.forApp({ root: ROOT });
    expect(index.stats.scans).toBe(3);

    // invalidate() recomputes at once; a deleted file stops counting.
    source.delete(`${ROOT}/src/b.ts`);
    index.invalidate(`${ROOT}/src/b.ts`);
    expect(used(index)).toEqual(['notifications']);
  });

  it('uses overlays for unsaved buffers', () => {
    const { index } = app({ 'package.json': '{}', 'src/a.ts': `export const x = 1;` });
    expect(used(index)).toEqual([]);
    index.setOverlay(`${ROOT}/src/a.ts`, `import { Camera } from 'expo-camera';\nCamera.requestCameraPermissionsAsync();`);
    expect(used(index)).toEqual(['camera']);
    index.setOverlay(`${ROOT}/src/new.ts`, `wx.startRecord({})`);
    expect(used(index)).toEqual(['camera', 'microphone']);
    index.setOverlay(`${ROOT}/src/a.ts`, undefined);
    index.setOverlay(`${ROOT}/src/new.ts`, undefined);
    expect(used(index)).toEqual([]);
  });

  it('says whether an overlay or a disk change altered what the file uses, once the app is tracked', () => {
    const { source, index } = app({ 'package.json': '{}', 'src/a.ts': `export const x = 1;`, 'node_modules/m/i.js': `wx.getLocation({})` });
    const file = `${ROOT}/src/a.ts`;
    expect(index.tracks(file)).toBe(false); // nothing computed yet: nothing shown depends on the file
    used(index);
    expect(index.tracks(file)).toBe(true);
    expect(index.tracks(`${ROOT}/node_modules/m/i.js`)).toBe(false);
    expect(index.tracks(`${ROOT}/app.json`)).toBe(false);
    expect(index.tracks('/apps/other/src/a.ts')).toBe(false);

    const camera = `import { Camera } from 'expo-camera';\nCamera.requestCameraPermissionsAsync();`;
    expect(index.updateOverlay(file, camera)).toBe(true);
    // The call moves down a line: the same use, so nothing to re-check.
    expect(index.updateOverlay(file, `// scanner\n${camera}`)).toBe(false);
    expect(used(index)).toEqual(['camera']);
    expect(index.updateOverlay(file, undefined)).toBe(true); // back to disk, which uses nothing
    expect(used(index)).toEqual([]);

    source.write(file, `wx.startRecord({})`);
    expect(index.refresh(file)).toBe(true);
    expect(used(index)).toEqual(['microphone']);
    source.write(file, `// recording\nwx.startRecord({})`);
    expect(index.refresh(file)).toBe(false);
    source.delete(file);
    expect(index.refresh(file)).toBe(true);
    expect(used(index)).toEqual([]);
  });

  it("reads an app's code kept in a folder named assets, but not the built bundle copied into Android's assets", () => {
    const { index } = app({
      'package.json': '{}',
      // Some apps keep their sources under assets/ (assets/src/screens/...).
      'assets/src/screens/Scan.tsx': `import { Camera } from 'expo-camera';\nexport const ask = () => Camera.requestCameraPermissionsAsync();`,
      // Capacitor copies the web build here; what it calls is the app's source's business, counted there or not at all.
      'android/app/src/main/assets/public/main.js': `navigator.geolocation.getCurrentPosition(() => {});`,
    });
    expect(used(index)).toEqual(['camera']);
    index.setOverlay(`${ROOT}/android/app/src/main/assets/public/chunk.js`, `wx.startRecord({})`);
    index.setOverlay(`${ROOT}/assets/src/voice.ts`, `wx.startRecord({})`);
    expect(used(index)).toEqual(['camera', 'microphone']);
  });

  it('re-checks nothing on a timer during one pass over the project (withStableFiles); invalidation still applies', async () => {
    const { source, index, tick } = app({ 'package.json': '{}', 'src/a.ts': `export const x = 1;`, 'src/b.ts': `wx.getLocation({})` });
    expect(used(index)).toEqual(['location']);
    const computes = index.stats.computes;
    await withStableFiles(async () => {
      source.write(`${ROOT}/src/a.ts`, `export const ask = () => Notification.requestPermission();`);
      tick(60_000);
      expect(used(index)).toEqual(['location']);
      expect(index.stats.computes).toBe(computes);
      // An editor or watcher that reports the change is heard at once.
      index.invalidate(`${ROOT}/src/a.ts`);
      expect(used(index)).toEqual(['location', 'notifications']);
      source.write(`${ROOT}/src/b.ts`, `export const y = 2;`);
      tick(60_000);
      expect(used(index)).toEqual(['location', 'notifications']);
    });
    // After the pass, the timed re-check is back.
    expect(used(index)).toEqual(['notifications']);
  });

  it('knows which changed paths can matter: files it reads, and folders', () => {
    const { index } = app({ 'package.json': '{}' });
    for (const path of ['src/a.ts', 'pages/a/a.wxml', 'ios/App/Scan.swift', 'src/screens']) expect(index.mayHold(`${ROOT}/${path}`), path).toBe(true);
    for (const path of ['package-lock.json', 'assets/logo.png', 'app.config.ts', 'types/env.d.ts']) expect(index.mayHold(`${ROOT}/${path}`), path).toBe(false);
  });

  it('does not recompute an app for changes to files the walk never reads', () => {
    const { index } = app({ 'package.json': '{}', 'src/a.ts': `wx.getLocation({})` });
    used(index);
    const computes = index.stats.computes;
    for (const path of ['dist/bundle.js', 'package-lock.json', 'assets/logo.png', 'node_modules/x/index.js']) index.invalidate(`${ROOT}/${path}`);
    used(index);
    expect(index.stats.computes).toBe(computes);
    index.invalidate(`${ROOT}/src/b.ts`);
    used(index);
    expect(index.stats.computes).toBe(computes + 1);
    index.invalidate(`${ROOT}/src/screens`); // a folder: anything may have changed in it
    used(index);
    expect(index.stats.computes).toBe(computes + 2);
  });

  it('ignores unsaved buffers in folders the walk skips', () => {
    const { index } = app({ 'package.json': '{}', 'src/a.ts': `export const x = 1;` });
    index.setOverlay(`${ROOT}/node_modules/sdk/index.js`, `wx.getLocation({})`);
    index.setOverlay(`${ROOT}/dist/bundle.js`, `wx.startRecord({})`);
    index.setOverlay(`${ROOT}/app.config.ts`, `export default { android: { permissions: ['android.permission.CAMERA'] } };`);
    expect(used(index)).toEqual([]);
  });

  it('does not count declarations in config modules, or the frameworks themselves, as use', () => {
    const { index } = app({
      'package.json': '{}',
      'src/app.config.ts': `export default defineAppConfig({ permission: { 'scope.userLocation': { desc: '附近门店' } } });`,
      'app.config.ts': `export default { android: { permissions: ['android.permission.CAMERA'] } };`,
      'capacitor.config.ts': `export default { plugins: { Camera: {} } };`,
    });
    expect(used(index, { '@tarojs/taro': '4.1.6', 'react-native': '0.81.4', '@capacitor/core': '7.4.3' })).toEqual([]);
  });

  it("react-native-permissions' platform groups under the app's own names are permission constants (rn-chat)", () => {
    const destructured = scanFileText(
      '/x/src/utils/permissions.ts',
      `import { check, request, PERMISSIONS } from 'react-native-permissions';\nconst { IOS, ANDROID: Droid } = PERMISSIONS;\nconst names = {\n  motion: Platform.OS === 'ios' ? IOS.MOTION : Droid.ACTIVITY_RECOGNITION,\n};\nexport const ask = (name) => request(names[name]);`,
    );
    expect(destructured.permissions.get('motion'), 'IOS.MOTION').toMatchObject({ line: 4, via: 'permission-id', detail: 'IOS.MOTION' });
    const aliased = scanFileText('/x/src/camera.ts', `import { PERMISSIONS } from 'react-native-permissions';\nconst ios = PERMISSIONS.IOS;\nexport const ask = () => request(ios.CAMERA);`);
    expect(aliased.permissions.has('camera')).toBe(true);
    // Another object's IOS member, and a group name used before any such binding, are no constants.
    const other = scanFileText('/x/src/theme.ts', `const IOS = { CAMERA: 'shadow' };\nexport const style = IOS.CAMERA;\nexport const PERMISSIONS_DOC = 'see PERMISSIONS';`);
    expect(other.permissions.size).toBe(0);
  });

  it("a UI kit's upload picker in a template uses the camera and the photo library (FuturesPro's uview-plus from npm)", () => {
    for (const tag of ['<up-upload :maxCount="1" @afterRead="afterRead"></up-upload>', '<u-upload :fileList="fileList1"></u-upload>', '<uv-upload></uv-upload>', '<uni-file-picker limit="1" />']) {
      const page = scanFileText('/x/pages/my/myInfo.vue', `<template>\n  <view>\n    ${tag}\n  </view>\n</template>\n<script>\nexport default {}\n</script>`);
      expect(page.permissions.get('camera'), tag).toMatchObject({ line: 3, via: 'template' });
      expect(page.permissions.has('photos'), tag).toBe(true);
    }
    // Other components of the kits are no pickers.
    const other = scanFileText('/x/pages/my/list.vue', `<template>\n  <u-upload-list-item /><up-button text="upload" /><uni-file-list />\n</template>`);
    expect(other.permissions.size).toBe(0);
  });

  it('a video picker records with the camera and the microphone; a photo picker only with the camera', () => {
    const video = scanFileText('/x/pages/fb/fb.vue', `<script>\nexport default { methods: { shoot() { uni.chooseVideo({ sourceType: ['camera'], maxDuration: 30 }) } } }\n</script>`);
    expect([...video.permissions.keys()].sort()).toEqual(expect.arrayContaining(['camera', 'microphone']));
    const photo = scanFileText('/x/pages/fb/photo.vue', `<script>\nexport default { methods: { shoot() { uni.chooseImage({ sourceType: ['camera'] }) } } }\n</script>`);
    expect(photo.permissions.has('camera')).toBe(true);
    expect(photo.permissions.has('microphone')).toBe(false);
  });

  it("an Xcode target's NFC or HealthKit entitlement is evidence of use, whatever SDK does the reading (io-app's ID card reader)", () => {
    const entitlements = (keys: string) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n${keys}\t<key>com.apple.developer.associated-domains</key>\n\t<array><string>applinks:example.org</string></array>\n</dict>\n</plist>\n`;
    const nfc = '\t<key>com.apple.developer.nfc.readersession.formats</key>\n\t<array>\n\t\t<string>TAG</string>\n\t</array>\n';
    const health = '\t<key>com.apple.developer.healthkit</key>\n\t<true/>\n';
    const { index } = app({
      'package.json': '{}',
      'ts/CieRead.tsx': `import CieManager from '@pagopa/io-react-native-cie';\nexport const read = (pin, url) => CieManager.startReading(pin, url);`,
      'ios/IO/IO.entitlements': entitlements(nfc + health),
    });
    expect(used(index)).toEqual(['health', 'nfc']);
    expect(index.forApp({ root: ROOT }).permissions.get('nfc')).toMatchObject({ file: `${ROOT}/ios/IO/IO.entitlements`, line: 5, via: 'native' });
    // Other capabilities say nothing of these.
    const { index: other } = app({ 'package.json': '{}', 'ios/IO/IO.entitlements': entitlements('') });
    expect(used(other)).toEqual([]);
  });

  it('an Ionic Native service injected into a constructor is used through this (kisan)', () => {
    const component = (body: string) =>
      scanFileText('/x/src/app/app.component.ts', `import { Geolocation } from '@ionic-native/geolocation/ngx';\nexport class AppComponent {\n  constructor(private platform: Platform, private readonly geolocation: Geolocation) {}\n  ${body}\n}\n`);
    expect(component('locate() { return this.geolocation.watchPosition(); }').permissions.get('location')).toMatchObject({ line: 4, detail: 'Geolocation.watchPosition (Ionic Native)' });
    // Injected but never called: no use.
    expect(component('ready() { return this.platform.ready(); }').permissions.size).toBe(0);
  });

  it("a react-native-webview showing a page the code does not spell out may use the camera and microphone (jellyfin-expo's shell)", () => {
    const page = (body: string, from = "import { WebView } from 'react-native-webview';") =>
      scanFileText('/x/components/Shell.js', `${from}\nexport default function Shell({ server, page, ...props }) {\n  return (\n    ${body}\n  );\n}\n`);
    for (const body of ['<WebView source={{ uri: server.urlString }} allowsInlineMediaPlayback />', '<WebView source={page} />', '<WebView {...props} />', '<WebView onMessage={(e) => go(e)} source={{ uri: `https://${server.host}/web` }} />']) {
      const usage = page(body);
      expect(usage.permissions.get('camera'), body).toMatchObject({ line: 4, detail: '<WebView> of a remote page' });
      expect(usage.permissions.has('microphone'), body).toBe(true);
    }
    // A page the app fixes (its privacy policy), inline html, or another WebView component is no unknown page.
    for (const body of ["<WebView source={{ uri: 'https://example.com/privacy' }} />", "<WebView style={{ ...styles.page, flex: 1 }} source={{ uri: 'https://example.com/terms' }} />", '<WebView source={{ html: "<p>Terms</p>" }} />', "<WebViewHeader title={page} />"]) {
      expect(page(body).permissions.size, body).toBe(0);
    }
    expect(page('<WebView source={page} />', "import { WebView } from './my-webview';").permissions.size).toBe(0);
  });

  it("a react-native-webview page with geolocationEnabled uses location (ccnubox's campus map)", () => {
    const page = (body: string, from = "import { WebView } from 'react-native-webview';") =>
      scanFileText('/x/src/app/map.tsx', `${from}\nexport default function Map() {\n  return (\n    ${body}\n  );\n}\n`);
    const uses = [
      [`<WebView geolocationEnabled source={{ uri: 'https://gis.example.edu/' }} />`, 4],
      [`<WebView\n      source={{ uri: 'https://gis.example.edu/' }}\n      onMessage={(e) => setTitle(e.nativeEvent.data)}\n      geolocationEnabled={true}\n    />`, 7],
    ] as const;
    for (const [body, line] of uses) expect(page(body).permissions.get('location'), body).toMatchObject({ line, detail: '<WebView geolocationEnabled>' });
    expect(page(`<WebView geolocationEnabled />`, "const { WebView } = require('react-native-webview');").permissions.has('location')).toBe(true);
    expect(page(`<WebView geolocationEnabled {...webProps} />`).permissions.has('location')).toBe(true);
    expect(page(`<WebView geolocationEnabled = {true} source={{ uri: 'https://gis.example.edu/' }} />`).permissions.has('location')).toBe(true);
    // Switched off, another component's prop, a settings object, or a WebView of another package: no location.
    for (const [body, from] of [
      [`<WebView geolocationEnabled={false} source={{ uri: 'https://example.com' }} />`, undefined],
      [`<MapPanel geolocationEnabled source={{ uri: 'https://example.com' }} />`, undefined],
      [`<WebView source={{ uri: 'https://example.com' }} {...{ settings: { geolocationEnabled: true } }} />`, undefined],
      [`<WebView geolocationEnabled source={{ uri: 'https://example.com' }} />`, "import { WebView } from 'react-native';"],
    ] as const) {
      expect(page(body, from).permissions.has('location'), body).toBe(false);
    }
  });

  it("a web view's file input uses the camera, and with video the microphone (voyager's post editor)", () => {
    const permissions = (markup: string) => [...scanFileText('/x/src/PostEditor.tsx', `export const Editor = () => (\n  ${markup}\n);\n`).permissions.keys()].sort();
    expect(permissions(`<input type="file" accept="image/*,video/webm,video/mp4" onChange={(e) => attach(e)} />`)).toEqual(['camera', 'microphone']);
    expect(permissions(`<input onChange={(e) => attach(e)} type="file" />`)).toEqual(['camera', 'microphone']);
    expect(permissions(`<input type="file" accept="image/png, image/jpeg" />`)).toEqual(['camera']);
    expect(permissions(`<input type='file' accept='image/*' capture='environment' />`)).toEqual(['camera']);
    // A document picker, or another input: no camera.
    expect(permissions(`<input type="file" accept=".pdf,.docx" />`)).toEqual([]);
    expect(permissions(`<input type="text" accept="image/*" />`)).toEqual([]);
  });

  it('never throws on text the parser cannot read', () => {
    const usage = scanFileText('/x/page.ets', `@Entry @Component struct P { build() { Column() { Button('x').onClick(() => { wx.getLocation({}) }) } } }`);
    expect(usage.permissions.has('location')).toBe(true);
  });
});

describe('code uses (comments and permission ids left out)', () => {
  const script = { script: true, markup: false };

  it('blanks line and block comments, keeping every offset and line break', () => {
    const text = 'a(); // wx.getLocation()\n/* wx.chooseImage()\n */ b();';
    const blanked = blankComments(text, script);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.split('\n').length).toBe(3);
    expect(blanked).not.toContain('wx.');
    expect(blanked.indexOf('b();')).toBe(text.indexOf('b();'));
  });

  it('leaves "//" inside strings, template literals and regular expressions alone', () => {
    const text = "const u = 'https://x.cn'; const t = `//${a}`; const r = /\\/\\//g; wx.getLocation();";
    expect(blankComments(text, script)).toBe(text);
  });

  it('blanks HTML comments in markup only', () => {
    const wxml = '<view>\n<!-- <camera></camera> -->\n<button open-type="getPhoneNumber"/>\n</view>';
    const blanked = blankComments(wxml, { script: false, markup: true });
    expect(blanked).not.toContain('<camera');
    expect(blanked).toContain('open-type="getPhoneNumber"');
    expect(blankComments('<!-- x -->', script)).toBe('<!-- x -->');
  });

  it('a quote in markup text cannot swallow the lines after it', () => {
    const vue = "<template><text>Don't worry</text>\n<camera/></template>\n<script>\n// uni.chooseImage()\nuni.getLocation({})\n</script>";
    const uses = scanCodeUses('/x/pages/a.vue', vue);
    expect(uses.map((u) => [u.detail, u.line])).toEqual([['<camera', 2], ['uni.getLocation', 5]]);
  });

  it('lists every call in text order, not only the first per permission, and ignores permission ids in strings', () => {
    const text = [
      "const SCOPE = 'scope.userLocation';",
      '// Taro.saveImageToPhotosAlbum({ filePath })',
      "Taro.chooseLocation({});",
      "Taro.getLocation({ type: 'gcj02' });",
    ].join('\n');
    expect(scanCodeUses('/x/src/page.tsx', text).map((u) => [u.detail, u.line])).toEqual([['Taro.chooseLocation', 3], ['Taro.getLocation', 4]]);
    // The usage scan still counts the scope string (it only silences no-unused-permission), but not the call commented
    // out: an abandoned feature's leftover permission is what that rule is for (aha-uniapp's kk-uniapp task.vue).
    const generous = scanFileText('/x/src/page.tsx', text);
    expect(generous.permissions.get('location')?.via).toBe('permission-id');
    expect(generous.permissions.has('photos-add')).toBe(false);
    const vue = scanFileText('/x/pages/task/task.vue', `<template><view /></template>\n<script>\nexport default {\n  methods: {\n    // getAddress() {\n    //   uni.getLocation({ type: 'gcj02' })\n    // },\n    /* uni.chooseImage({}) */\n    scan() { uni.scanCode({}) },\n  },\n}\n</script>`);
    expect([...vue.permissions.keys()]).toEqual(['camera']);
  });
});
