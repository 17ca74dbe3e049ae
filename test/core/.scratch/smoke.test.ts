import { it } from 'vitest';
import { ProjectModel } from '../../../eslint-plugin/src/core/project/index.js';
it('perf', () => {
  const base = '/work/main/test/fixtures/apps/';
  const files = ['rn-bare/App.tsx','expo-camera/app/scan.tsx','expo-config-ts/app/map.tsx','wechat-mp/pages/index/index.js','uniapp/pages/index/index.vue','taro-weapp/src/pages/index/index.tsx','capacitor-ionic/src/App.tsx','web-pwa/src/main.ts','harmony-app/entry/src/main/ets/pages/Index.ets','monorepo/apps/mobile/app/stamp.tsx','rn-bare/src/screens/ScanScreen.tsx','rn-bare/src/privacy/consent.ts'].map(f => base + f);
  // warm up module loading (typescript lazy load)
  new ProjectModel().appForFile(base + 'expo-config-ts/app/map.tsx');
  for (const f of files) {
    const m = new ProjectModel();
    const t0 = performance.now(); m.appForFile(f); const t1 = performance.now();
    console.log('cold', f.replace(base, ''), (t1 - t0).toFixed(2), 'ms');
  }
  const m = new ProjectModel();
  for (const f of files) m.appForFile(f);
  const N = 1000000;
  for (let i = 0; i < N; i++) m.appForFile(files[i % files.length]);
  const t0 = performance.now();
  for (let i = 0; i < N; i++) m.appForFile(files[i % files.length]);
  const t1 = performance.now();
  console.log('cached per call', ((t1 - t0) * 1e6 / N).toFixed(0), 'ns');
  const m2 = new ProjectModel(undefined, { revalidateAfterMs: Infinity });
  for (const f of files) m2.appForFile(f);
  const t2 = performance.now();
  for (let i = 0; i < N; i++) m2.appForFile(files[i % files.length]);
  const t3 = performance.now();
  console.log('cached per call (no revalidation)', ((t3 - t2) * 1e6 / N).toFixed(0), 'ns');
  const t4 = performance.now();
  for (let i = 0; i < N; i++) m2.configKindOf(files[i % files.length]);
  const t5 = performance.now();
  console.log('configKindOf source file per call', ((t5 - t4) * 1e6 / N).toFixed(0), 'ns');
});
