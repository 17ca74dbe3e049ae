// Which files `consentry check` (and the language server's workspace lint) walks: generated output that is not
// the app's source is skipped even when it is committed, source folders that merely share a name are not.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles, isGeneratedDirectory } from '../../language-server/src/lint/files.js';

let dir: string;

function write(relativePath: string, text = ''): void {
  const file = join(dir, relativePath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

async function walked(...paths: string[]): Promise<string[]> {
  const { files } = await collectFiles(paths, { cwd: dir, isLintable: async () => true });
  return files.map((file) => relative(dir, file).split('\\').join('/'));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'consentry-files-'));
  // Expo app with a committed web export (GitHub Pages from docs/) and build output.
  write('expo/package.json', '{ "name": "expo-app" }');
  write('expo/app.json', '{ "expo": { "name": "x" } }');
  write('expo/app/index.tsx', 'export default function Home() { return null; }\n');
  write('expo/docs/_expo/static/js/web/entry-35d44db1.js', 'var bundle = 1;\n');
  write('expo/docs/index.html', '<html></html>\n');
  write('expo/dist/_expo/static/js/web/entry-1.js', 'var bundle = 1;\n');
  write('expo/dist/metadata.json', '{}');
  write('expo/.expo/devices.json', '{}');
  write('expo/public/vendor/chart.min.js', 'var c=1;\n');
  write('expo/public/vendor/chart.js', 'var c = 1;\n');
  // Bare React Native: Gradle and Xcode build folders beside their build files; a source folder named build is kept.
  write('expo/android/app/build.gradle', '');
  write('expo/android/app/build/intermediates/merged_manifests/debug/AndroidManifest.xml', '<manifest />\n');
  write('expo/android/app/src/main/AndroidManifest.xml', '<manifest />\n');
  write('expo/ios/Podfile', '');
  write('expo/ios/build/Build/Products/Info.plist', '<plist />\n');
  write('expo/ios/Pods/Target Support Files/Info.plist', '<plist />\n');
  write('expo/ios/App/Info.plist', '<plist />\n');
  write('expo/src/build/buildShareUrl.ts', 'export const buildShareUrl = (id: string) => id;\n');
  write('expo/src/dist/distance.ts', 'export const km = 1;\n');
  // uni-app: HBuilderX writes unpackage/.
  write('uni/manifest.json', '{ "name": "uni" }');
  write('uni/pages/index/index.vue', '<template><view /></template>\n');
  write('uni/unpackage/dist/build/app-plus/manifest.json', '{}');
  // Capacitor: www/ is the build of src/; cap copy puts it into the native projects too.
  write('cap/package.json', '{ "name": "cap" }');
  write('cap/capacitor.config.ts', 'export default { appId: "x", webDir: "www" };\n');
  write('cap/src/main.ts', 'export {};\n');
  write('cap/www/main.js', 'var built = 1;\n');
  // Quasar's Capacitor mode: src/ is built into src-capacitor/www.
  write('quasar/quasar.config.js', 'module.exports = () => ({});\n');
  write('quasar/src/boot/push.ts', 'export {};\n');
  write('quasar/src-capacitor/capacitor.config.json', '{ "webDir": "www" }');
  write('quasar/src-capacitor/www/assets/index.js', 'var built = 1;\n');
  write('cap/android/app/src/main/assets/public/main.js', 'var built = 1;\n');
  write('cap/android/app/src/main/AndroidManifest.xml', '<manifest />\n');
  write('cap/ios/App/App/public/main.js', 'var built = 1;\n');
  write('cap/ios/App/App/Info.plist', '<plist />\n');
  // A vendored SDK unzipped on a Mac: __MACOSX/ and ._ resource forks beside the real files are binary debris.
  // Jest: mocks in Babel-only syntax, suites beside the code; names that merely contain "test" are source.
  write('jest/package.json', '{ "name": "jest-app" }');
  write('jest/__mocks__/@react-native-async-storage/async-storage.js', "export default from '@react-native-async-storage/async-storage/jest/async-storage-mock';\n");
  write('jest/src/__tests__/App.test.tsx', 'it("renders", () => {});\n');
  write('jest/src/location.spec.ts', 'it("locates", () => {});\n');
  write('jest/src/Button.stories.tsx', 'export default { title: "Button" };\n');
  write('jest/src/testing.ts', 'export const testing = false;\n');
  write('jest/src/contest/entry.ts', 'export const entry = 1;\n');
  // Editor copies left beside the original (Gaurdapp's src/pages/Dashboard copy 3.tsx): nothing imports them.
  write('jest/src/Dashboard copy.tsx', 'export default 1;\n');
  write('jest/src/Dashboard copy 3.tsx', 'export default 3;\n');
  write('jest/src/Dashboard - Copy (2).tsx', 'export default 2;\n');
  write('jest/src/Dashboard - 副本.tsx', 'export default 0;\n');
  write('jest/src/Copy.tsx', 'export const Copy = 1;\n');
  write('jest/src/copyText.ts', 'export const copyText = 1;\n');
  write('mac/js_sdk/amap/amap-wx.js', 'module.exports = {};\n');
  // Editor state: React Native Tools writes its debugger worker (not the app's code) to .vscode/.react (beep app).
  write('mac/.vscode/.react/debuggerWorker.js', 'var onmessage = (function () { return (message) => {; })();\n');
  write('mac/.idea/workspace.js', 'var x = ;\n');
  // Declaration files: types only (a Vue CLI shim with a type-only import TypeScript itself rejects).
  write('mac/js_sdk/types/shims-tsx.d.ts', "import type Vue, { VNode } from 'vue';\n");
  // Flow library definitions, the Flow counterpart of .d.ts (mapeo-mobile's flow-typed/npm holds 60 of them).
  write('mac/flow-typed/npm/react-native-permissions_vx.x.x.js', "declare module 'react-native-permissions' { declare module.exports: any; }\n");
  // WeChat's TypeScript template compiles each page in place: index.js beside index.ts is output.
  write('mpts/app.json', '{ "pages": ["pages/index/index"] }');
  write('mpts/pages/index/index.ts', 'Page({});\n');
  write('mpts/pages/index/index.js', 'Page({});\n');
  write('mpts/utils/util.js', 'module.exports = {};\n');
  write('mpts/utils/format.ts', 'export {};\n');
  write('plugin/manifest.json', '{ "name": "rider" }');
  write('plugin/nativeplugins/Nav-Module/package.json', '{ "name": "Nav-Module" }');
  write('plugin/nativeplugins/Nav-Module/ios/NavModule.framework/Info.plist', 'bplist00\u00d4\u0001\u0002');
  write('plugin/nativeplugins/Nav-Module/ios/AMap.bundle/Info.plist', '<plist />\n');
  write('plugin/ios/Runner/Info.plist', '<plist />\n');
  write('mac/js_sdk/amap/._amap-wx.js', '\u0000\u0005\u0016\u0007Mac OS X');
  write('mac/js_sdk/__MACOSX/amap/._amap-wx.js', '\u0000\u0005\u0016\u0007Mac OS X');
  // Plain Cordova: the code lives in www/ (no src/); platforms/ is generated.
  write('cordova/config.xml', '<widget />\n');
  write('cordova/www/js/index.js', 'document.addEventListener("deviceready", () => {});\n');
  write('cordova/platforms/android/app/src/main/assets/www/js/index.js', 'var copy = 1;\n');
  // WeChat: a TypeScript mini-program whose IDE root is dist/ (no src/) keeps dist/; a Taro app's dist/ is output.
  write('mp/project.config.json', '{ "miniprogramRoot": "dist/" }');
  write('mp/dist/app.json', '{ "pages": [] }');
  write('taro/package.json', '{ "name": "taro" }');
  write('taro/project.config.json', '{ "miniprogramRoot": "dist/" }');
  write('taro/src/app.config.ts', 'export default { pages: [] };\n');
  write('taro/dist/app.json', '{ "pages": [] }');
  write('taro/miniprogram_npm/x/index.js', 'var x = 1;\n');
  // A folder that is only called build, with no build tool beside it.
  write('notes/build/checklist.ts', 'export const steps = [];\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('folder walks skip generated output', () => {
  it('skips Expo web exports, build folders beside their build files, caches and minified files', async () => {
    expect(await walked('expo')).toEqual([
      'expo/android/app/build.gradle',
      'expo/android/app/src/main/AndroidManifest.xml',
      'expo/app.json',
      'expo/app/index.tsx',
      'expo/docs/index.html',
      'expo/ios/App/Info.plist',
      'expo/ios/Podfile',
      'expo/package.json',
      'expo/public/vendor/chart.js',
      'expo/src/build/buildShareUrl.ts',
      'expo/src/dist/distance.ts',
    ]);
  });

  it('skips uni-app unpackage/ and Taro dist/ and miniprogram_npm/, keeps a mini-program whose IDE root is dist/', async () => {
    expect(await walked('uni')).toEqual(['uni/manifest.json', 'uni/pages/index/index.vue']);
    expect(await walked('taro')).toEqual(['taro/package.json', 'taro/project.config.json', 'taro/src/app.config.ts']);
    expect(await walked('mp')).toEqual(['mp/dist/app.json', 'mp/project.config.json']);
  });

  it('skips the copies of a Capacitor web app; keeps a Cordova www/ that is the source', async () => {
    expect(await walked('cap')).toEqual([
      'cap/android/app/src/main/AndroidManifest.xml',
      'cap/capacitor.config.ts',
      'cap/ios/App/App/Info.plist',
      'cap/package.json',
      'cap/src/main.ts',
    ]);
    expect(await walked('cordova')).toEqual(['cordova/config.xml', 'cordova/www/js/index.js']);
    expect(await walked('quasar')).toEqual(['quasar/quasar.config.js', 'quasar/src-capacitor/capacitor.config.json', 'quasar/src/boot/push.ts']);
  });

  it('skips a .js compiled in place beside its .ts source; a .js with no .ts twin is source', async () => {
    expect(await walked('mpts')).toEqual(['mpts/app.json', 'mpts/pages/index/index.ts', 'mpts/utils/format.ts', 'mpts/utils/util.js']);
    expect(await walked('mpts/pages/index/index.js')).toEqual(['mpts/pages/index/index.js']);
  });

  it('skips macOS archive debris (__MACOSX/, ._ resource forks), editor folders (.vscode, .idea) and type declarations (*.d.ts, flow-typed/), and keeps the real files', async () => {
    expect(await walked('mac')).toEqual(['mac/js_sdk/amap/amap-wx.js']);
  });

  it("skips compiled Apple bundles (a native plugin's .framework, an SDK's .bundle): their Info.plist is the vendor's", async () => {
    expect(await walked('plugin')).toEqual(['plugin/ios/Runner/Info.plist', 'plugin/manifest.json', 'plugin/nativeplugins/Nav-Module/package.json']);
  });

  it('skips test code (Jest mocks and suites, *.test / *.spec / *.stories files) and editor copies (`X copy 3.tsx`) in folder walks, not when named', async () => {
    expect(await walked('jest')).toEqual(['jest/package.json', 'jest/src/Copy.tsx', 'jest/src/contest/entry.ts', 'jest/src/copyText.ts', 'jest/src/testing.ts']);
    expect(await walked('jest/src/Dashboard copy 3.tsx')).toEqual(['jest/src/Dashboard copy 3.tsx']);
    expect(await walked('jest/__mocks__/@react-native-async-storage/async-storage.js')).toEqual(['jest/__mocks__/@react-native-async-storage/async-storage.js']);
  });

  it('keeps a folder named build with no build tool beside it', async () => {
    expect(await walked('notes')).toEqual(['notes/build/checklist.ts']);
  });

  it('checks generated output the user names: a folder or a file on the command line', async () => {
    expect(await walked('expo/dist')).toEqual(['expo/dist/metadata.json']);
    expect(await walked('expo/docs/_expo')).toEqual(['expo/docs/_expo/static/js/web/entry-35d44db1.js']);
    expect(await walked('expo/public/vendor/chart.min.js')).toEqual(['expo/public/vendor/chart.min.js']);
  });

  it('tells generated folders by name and by what is beside them', () => {
    expect(isGeneratedDirectory('/a', '_expo', new Set())).toBe(true);
    expect(isGeneratedDirectory('/a', 'dist', new Set(['package.json']))).toBe(true);
    expect(isGeneratedDirectory('/a', 'dist', new Set(['index.ts']))).toBe(false);
    expect(isGeneratedDirectory('/a/ios', 'build', new Set(['App.xcodeproj']))).toBe(true);
    expect(isGeneratedDirectory('/a', 'www', new Set(['config.xml']))).toBe(false);
    expect(isGeneratedDirectory('/a', 'www', new Set(['config.xml', 'src']))).toBe(true);
    expect(isGeneratedDirectory('/a/src', 'public', new Set())).toBe(false);
  });
});
