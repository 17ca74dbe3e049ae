// The denial-branch recogniser on its own: every result shape, per ecosystem, that marks "the user said no".
import { Linter, type Rule } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import vueParser from 'vue-eslint-parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FIXTURES_DIR, filesUnder } from '../../fixture-files.js';
import { createApiMatcher } from '../../../eslint-plugin/src/util/api-matcher.js';
import {
  DenialAnalysis,
  denialMemoryOf,
  denialVisitors,
  foregroundHookReaching,
  lifecycleHookOf,
  mayTouchPermissions,
  unrelatedPermissionGroups,
  walkRuns,
} from '../../../eslint-plugin/src/util/denial.js';

const probe: Rule.RuleModule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const ctx = context as unknown as Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
    const analysis = new DenialAnalysis(ctx.sourceCode, createApiMatcher(ctx));
    const visitors = denialVisitors(analysis);
    return {
      CallExpression: (node) => visitors.CallExpression(node as unknown as TSESTree.CallExpression),
      MemberExpression: (node) => visitors.MemberExpression(node as unknown as TSESTree.MemberExpression),
      Literal: (node) => visitors.Literal(node as unknown as TSESTree.Literal),
      'Program:exit'() {
        for (const region of analysis.regions()) {
          const first = region.roots[0] as unknown as Rule.Node;
          context.report({ node: first, message: `${region.via} ${region.level} ${region.source?.display ?? '-'}` });
        }
      },
    };
  },
};

/** Lifecycle hooks of the file: `line label foreground|focus`. */
const hookProbe: Rule.RuleModule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const ctx = context as unknown as Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
    const note = (node: Rule.Node) => {
      const hook = lifecycleHookOf(ctx.sourceCode, node as unknown as Parameters<typeof lifecycleHookOf>[1]);
      if (hook) context.report({ node, message: `${hook.label} ${hook.foreground ? 'foreground' : 'focus'}` });
    };
    return { ArrowFunctionExpression: note, FunctionExpression: note };
  },
};

/**
 * For every `probe()` call: the foreground hook whose run reaches it, and what the guards on the way to it remember
 * (judged against the lifecycle hook that holds it): `line hook=<label|-> memory=<persisted|flag|->`.
 */
const memoryProbe: Rule.RuleModule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const ctx = context as unknown as Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
    const sourceCode = ctx.sourceCode;
    const analysis = new DenialAnalysis(sourceCode, createApiMatcher(ctx));
    const visitors = denialVisitors(analysis);
    const hooks: TSESTree.Node[] = [];
    const probes: TSESTree.CallExpression[] = [];
    const note = (node: Rule.Node) => {
      const fn = node as unknown as Parameters<typeof lifecycleHookOf>[1];
      if (lifecycleHookOf(sourceCode, fn)) hooks.push(fn);
    };
    return {
      CallExpression: (node) => {
        const call = node as unknown as TSESTree.CallExpression;
        visitors.CallExpression(call);
        if (call.callee.type === 'Identifier' && call.callee.name === 'probe') probes.push(call);
      },
      MemberExpression: (node) => visitors.MemberExpression(node as unknown as TSESTree.MemberExpression),
      Literal: (node) => visitors.Literal(node as unknown as TSESTree.Literal),
      ArrowFunctionExpression: note,
      FunctionExpression: note,
      'Program:exit'() {
        analysis.regions();
        const memories = new Map<TSESTree.Node, string>();
        for (const hook of hooks) {
          walkRuns(sourceCode, [hook], (call, state) => {
            if (!probes.includes(call)) return;
            let memory = '-';
            for (const guard of state.guards) {
              const remembered = denialMemoryOf(sourceCode, analysis, guard, hook);
              if (remembered?.kind === 'persisted') memory = 'persisted';
              else if (remembered?.kind === 'memory' && memory === '-') memory = remembered.flag;
            }
            memories.set(call, memory);
          });
        }
        for (const call of probes) {
          const reaching = foregroundHookReaching(sourceCode, analysis, call)?.label ?? '-';
          context.report({ node: call as unknown as Rule.Node, message: `hook=${reaching} memory=${memories.get(call) ?? '-'}` });
        }
      },
    };
  },
};

function lint(probeRule: Rule.RuleModule, code: string, file = '/work/app/src/a.tsx'): string[] {
  const linter = new Linter({ cwd: '/work/app' });
  const vue = file.endsWith('.vue');
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.{js,ts,tsx,vue}'],
        plugins: { t: { rules: { probe: probeRule } } },
        languageOptions: vue
          ? { parser: vueParser, parserOptions: { parser: tsParser } }
          : { parser: tsParser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } },
        rules: { 't/probe': 'error' },
      },
    ],
    file,
  );
  return messages.map((m) => `${m.line} ${m.message}`);
}

function regions(code: string, file = '/work/app/src/a.tsx'): string[] {
  return lint(probe, code, file);
}

describe('denial branches', () => {
  it('React Native PermissionsAndroid: RESULTS compare, else branch, early return, requestMultiple map', () => {
    expect(
      regions(`import { PermissionsAndroid as PA } from 'react-native';
async function a() {
  const r = await PA.request(PA.PERMISSIONS.CAMERA);
  if (r === PA.RESULTS.GRANTED) { go(); } else { no(); }
  if (r === PA.RESULTS.GRANTED) { go(); return; }
  no();
}
function b() {
  PA.requestMultiple([PA.PERMISSIONS.CAMERA]).then((s) => { if (s[PA.PERMISSIONS.CAMERA] === 'never_ask_again') no(); });
}`),
    ).toEqual([
      '4 branch notGranted PermissionsAndroid.request',
      '6 branch notGranted PermissionsAndroid.request',
      '9 branch blocked PermissionsAndroid.requestMultiple',
    ]);
  });

  it('react-native-permissions: DENIED only after a request, BLOCKED always, switch fall-through', () => {
    expect(
      regions(`import { request, check, PERMISSIONS, RESULTS } from 'react-native-permissions';
async function a() {
  const r = await request(PERMISSIONS.IOS.CAMERA);
  switch (r) { case RESULTS.DENIED: case RESULTS.BLOCKED: no(); break; case RESULTS.GRANTED: go(); }
  const c = await check(PERMISSIONS.IOS.CAMERA);
  if (c === RESULTS.DENIED) ask();
  if (c === RESULTS.BLOCKED) settings();
}`),
    ).toEqual(['4 branch denied request', '4 branch blocked request', '7 branch blocked check']);
  });

  it('Expo: destructured status / granted / canAskAgain, hook request functions, helpers returning booleans', () => {
    expect(
      regions(`import * as Location from 'expo-location';
import { useCameraPermissions } from 'expo-camera';
async function a() {
  const { status } = await Location.requestForegroundPermissionsAsync();
  if (status !== 'granted') no();
  const { granted, canAskAgain } = await Location.getForegroundPermissionsAsync();
  if (!granted) ask();
  if (!canAskAgain) settings();
}
async function ok() { const res = await Location.requestForegroundPermissionsAsync(); return res.granted; }
async function c() { if (!(await ok())) no(); }
function Screen() {
  const [permission, requestPermission] = useCameraPermissions();
  const onScan = async () => { const res = await requestPermission(); if (!res.granted) no(); };
  if (!permission.granted) return null;
}`),
    ).toEqual([
      '5 branch notGranted Location.requestForegroundPermissionsAsync',
      '8 branch blocked Location.getForegroundPermissionsAsync',
      '11 branch notGranted Location.requestForegroundPermissionsAsync',
      '14 branch notGranted useCameraPermissions().requestPermission',
    ]);
  });

  it("Capacitor and the Web: 'denied' states, rejections, error callbacks", () => {
    expect(
      regions(`import { Camera } from '@capacitor/camera';
import { Geolocation } from '@capacitor/geolocation';
async function a() {
  const p = await Camera.requestPermissions();
  if (p.camera === 'denied') no();
  try { await Geolocation.getCurrentPosition(); } catch (e) { no(); }
  const n = await Notification.requestPermission();
  if (n !== 'granted') no();
  navigator.mediaDevices.getUserMedia({ video: true }).then(show, (err) => no());
  navigator.geolocation.getCurrentPosition(show, () => no());
}`),
    ).toEqual([
      '5 branch denied Camera.requestPermissions',
      '6 rejection denied Geolocation.getCurrentPosition',
      '8 branch notGranted Notification.requestPermission',
      '9 rejection denied navigator.mediaDevices.getUserMedia',
      '10 error-callback denied navigator.geolocation.getCurrentPosition',
    ]);
  });

  it('WeChat / uni-app / Taro: fail callbacks, rejected promises, authSetting false, errMsg', () => {
    expect(
      regions(
        `import Taro from '@tarojs/taro';
wx.authorize({ scope: 'scope.camera', fail() { no(); } });
wx.getSetting({ success(res) { if (res.authSetting['scope.userLocation'] === false) no(); if (!res.authSetting['scope.record']) ask(); } });
wx.getLocation({ complete(res) { if (res.errMsg.includes('auth deny')) no(); } });
uni.authorize({ scope: 'scope.userLocation' }).catch(() => no());
Taro.getLocation({ type: 'gcj02' }).then(go, () => no());
async function t() { try { await Taro.authorize({ scope: 'scope.record' }); } catch { no(); } }`,
        '/work/app/pages/a/a.js',
      ),
    ).toEqual([
      '2 fail-callback denied wx.authorize',
      '3 branch blocked wx.getSetting',
      '4 branch denied wx.getLocation',
      '5 rejection denied uni.authorize',
      '6 rejection denied Taro.getLocation',
      '7 rejection denied Taro.authorize',
    ]);
  });

  it('uni-app App: plus.android.requestPermissions deniedPresent / deniedAlways', () => {
    expect(
      regions(
        `<script>
export default { methods: { scan() {
  plus.android.requestPermissions(['android.permission.CAMERA'], (e) => {
    if (e.deniedAlways.length > 0) settings();
    if (e.deniedPresent.length > 0) no();
  }, () => {});
} } }
</script>`,
        '/work/app/pages/a/a.vue',
      ),
    ).toEqual(['4 branch blocked plus.android.requestPermissions', '5 branch denied plus.android.requestPermissions']);
  });

  it('HarmonyOS: authResults[i] !== 0, some/every, the (err, data) callback form', () => {
    expect(
      regions(`import { abilityAccessCtrl } from '@kit.AbilityKit';
const at = abilityAccessCtrl.createAtManager();
async function a(ctx) {
  const r = await at.requestPermissionsFromUser(ctx, ['ohos.permission.CAMERA']);
  if (r.authResults[0] !== 0) no();
  if (!r.authResults.every((s) => s === 0)) no();
  at.requestPermissionsFromUser(ctx, ['ohos.permission.MICROPHONE'], (err, data) => { if (data.authResults[0] === -1) no(); });
}`),
    ).toEqual([
      '5 branch denied abilityAccessCtrl.createAtManager().requestPermissionsFromUser',
      '6 branch denied abilityAccessCtrl.createAtManager().requestPermissionsFromUser',
      '7 branch denied abilityAccessCtrl.createAtManager().requestPermissionsFromUser',
    ]);
  });

  it('ignores lookalikes: local functions, unrelated fail callbacks, "not granted" status reads', () => {
    expect(
      regions(`import { check, PERMISSIONS, RESULTS } from 'react-native-permissions';
const request = async () => 'denied';
async function a() {
  const r = await request();
  if (r === 'denied') no();
  wx.request({ url: '/api', fail() { no(); } });
  const s = await check(PERMISSIONS.IOS.CAMERA);
  if (s !== RESULTS.GRANTED) ask();
}`),
    ).toEqual([]);
  });
});

describe('permission groups', () => {
  it('keeps one feature together and splits unrelated ones', () => {
    expect(unrelatedPermissionGroups(['camera', 'microphone'])).toHaveLength(1);
    expect(unrelatedPermissionGroups(['location', 'location', 'location-background'])).toHaveLength(1);
    expect(unrelatedPermissionGroups(['bluetooth', 'location'])).toHaveLength(1);
    expect(unrelatedPermissionGroups(['photos', 'media-location'])).toHaveLength(1);
    expect(unrelatedPermissionGroups(['location', 'media-location'])).toHaveLength(2);
    expect(unrelatedPermissionGroups(['camera', 'contacts', 'location']).map((g) => g.join())).toEqual(['camera', 'contacts', 'location']);
    expect(unrelatedPermissionGroups(['unknown', 'camera'])).toHaveLength(1);
  });
});

describe('lifecycle hooks', () => {
  it('names the hooks that fire again, and which of them fire on the return to the app', () => {
    expect(
      lint(
        hookProbe,
        `import { useCallback, useEffect } from 'react';
import { AppState } from 'react-native';
import { useFocusEffect } from '@react-navigation/native';
import { onShow } from '@dcloudio/uni-app';
import { App } from '@capacitor/app';
Page({ onShow() {}, onLoad() {}, helper: { onShow() {} } });
Component({ pageLifetimes: { show: function () {} } });
onShow(() => {});
export function Screen({ navigation }) {
  useFocusEffect(useCallback(() => {}, []));
  useEffect(() => navigation.addListener('focus', () => {}), []);
  useEffect(() => { AppState.addEventListener('change', (s) => {}); }, []);
  App.addListener('resume', () => {});
  document.addEventListener('visibilitychange', () => {});
  window.addEventListener('resize', () => {});
}
class Ability { onForeground() {} }`,
      ),
    ).toEqual([
      '6 `onShow` foreground',
      '7 `pageLifetimes.show` foreground',
      '8 `onShow` foreground',
      '10 `useFocusEffect` focus',
      '11 navigation `focus` listener focus',
      '12 AppState `change` (active) foreground',
      '13 App `resume` foreground',
      '14 document `visibilitychange` foreground',
      '17 `onForeground` foreground',
    ]);
  });

  it('follows same-module callers to the foreground hook, and stops at user actions and focus hooks', () => {
    expect(
      lint(
        memoryProbe,
        `Page({
  onShow() { this.check(); },
  check() { wx.getSetting({ success: () => probe() }); },
  onTapRetry() { wx.getSetting({ success: () => probe() }); },
});`,
        '/work/app/pages/a/a.js',
      ),
    ).toEqual(['3 hook=`onShow` memory=-', '4 hook=- memory=-']);
    expect(
      lint(
        memoryProbe,
        `import { useCallback } from 'react';
import { useFocusEffect } from '@react-navigation/native';
export function Screen() {
  useFocusEffect(useCallback(() => { probe(); }, []));
}`,
      ),
    ).toEqual(['4 hook=- memory=-']);
  });
});

describe('denials remembered in memory', () => {
  const screen = (body: string) => `import { useCallback, useEffect, useRef, useState } from 'react';
import AsyncStorage from '@react-native-async-storage/async-storage';
import { useFocusEffect } from '@react-navigation/native';
let askedThisRun = false;
export function Screen({ visible }) {
  const deniedRef = useRef(false);
  const [denied, setDenied] = useState(false);
  const [loading, setLoading] = useState(false);
  ${body}
}`;

  it('a ref, React state or module let set after asking is memory, whatever its name', () => {
    expect(
      lint(
        memoryProbe,
        screen(`useFocusEffect(useCallback(() => {
    if (deniedRef.current) return;
    if (!denied) probe();
    if (!askedThisRun) probe();
    deniedRef.current = true;
    setDenied(true);
    askedThisRun = true;
  }, [denied]));`),
      ),
    ).toEqual([
      '11 hook=- memory=deniedRef.current',
      '12 hook=- memory=deniedRef.current',
    ]);
  });

  it('a flag loaded from storage is persisted; a reset flag, a prop and a fresh local remember nothing', () => {
    expect(
      lint(
        memoryProbe,
        screen(`useEffect(() => { AsyncStorage.getItem('denied').then((v) => { deniedRef.current = v === '1'; }); }, []);
  useFocusEffect(useCallback(() => {
    if (deniedRef.current) { return; }
    probe();
  }, []));
  useFocusEffect(useCallback(() => {
    let refused = false;
    if (loading || !visible || refused) return;
    setLoading(true);
    probe();
    setLoading(false);
  }, [loading, visible]));`),
      ),
    ).toEqual(['12 hook=- memory=persisted', '18 hook=- memory=-']);
  });

  it('WeChat page data written by setData', () => {
    expect(
      lint(
        memoryProbe,
        `Page({
  onShow() {
    if (this.data.refused) return;
    probe();
  },
  onFail() { this.setData({ refused: true }); },
});`,
        '/work/app/pages/a/a.js',
      ),
    ).toEqual(['4 hook=`onShow` memory=this.data.refused']);
  });
});

describe('the per-file gate of the request rules (mayTouchPermissions)', () => {
  /** The gate's answer and the regions the analysis finds, for one file. */
  const gateAndRegions = (code: string, file: string): { gate: boolean; regions: number } => {
    let gate = false;
    const gateProbe: Rule.RuleModule = {
      meta: { type: 'problem', schema: [] },
      create(context) {
        gate = mayTouchPermissions((context as unknown as Readonly<TSESLint.RuleContext<string, readonly unknown[]>>).sourceCode);
        return {};
      },
    };
    lint(gateProbe, code, file);
    return { gate, regions: regions(code, file).length };
  };

  it('lets through a platform global only with something that can start a denial region', () => {
    const cases: Array<[string, boolean]> = [
      ["uni.navigateTo({ url: '/pages/a' });\nplus.runtime.quit();\nwx.request({ url: 'https://x' });\n", false],
      ["uni.authorize({ scope: 'scope.camera' });\n", true],
      ['const locate = wx.getLocation;\nlocate({});\n', true],
      ["uni['chooseImage']({});\n", true],
      ["plus.android.requestPermissions(['android.permission.CAMERA'], () => {});\n", true],
      ['wx.getSetting({ success(res) { if (!res.authSetting) wx.exitMiniProgram(); } });\n', true],
      ["wx.showModal({ title: 'x' });\nif (status === 'denied') wx.exitMiniProgram();\n", true],
      ['navigator.mediaDevices.getUserMedia({ video: true });\n', true],
      ["window.location.href = '/';\nnavigator.userAgent;\n", false],
    ];
    for (const [code, expected] of cases) expect([code, gateAndRegions(code, '/work/app/src/a.js').gate]).toEqual([code, expected]);
  });

  it('never turns away a file in which the analysis finds a denial region, over every fixture source file', () => {
    // The extensions lint() configures a parser for.
    const files = filesUnder(FIXTURES_DIR, /\.(?:js|ts|tsx|vue)$/).filter((file) => !file.endsWith('.d.ts'));
    let withRegions = 0;
    let turnedAway = 0;
    for (const file of files) {
      // Linted under the probe's cwd (the gate reads only the text and the AST).
      const { gate, regions: found } = gateAndRegions(readFileSync(file, 'utf8'), join('/work/app', relative(FIXTURES_DIR, file)));
      if (!gate) turnedAway++;
      if (found === 0) continue;
      withRegions++;
      expect([file, gate]).toEqual([file, true]);
    }
    // Not vacuous: fixtures with denial handling exist, and the gate turns files away.
    expect(withRegions).toBeGreaterThan(20);
    expect(turnedAway).toBeGreaterThan(files.length * 0.2);
  });
});
