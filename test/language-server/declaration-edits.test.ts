import { describe, expect, it } from 'vitest';
import { evaluate as evaluateJson5, parse as parseJson5 } from '@humanwhocodes/momoa';
import {
  applyTextEdits,
  buildDeclarationEdits,
  buildDeclarationsEdits,
  minimalEdit,
  plistSetString,
  androidManifestAddPermission,
  stringsSetValue,
  type DeclarationEditRequest,
  type FileEdits,
  type TextEdit,
} from '../../eslint-plugin/src/core/edits/index.js';
import { parseConfigText } from '../../eslint-plugin/src/core/project/parsed-file.js';

const PLACEHOLDER = 'TODO: explain why the app needs this';

/** Every byte outside the edited ranges is unchanged: the original text is the result minus the inserted texts. */
function expectOnlyInsertions(before: string, edits: readonly TextEdit[], after: string): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let cursor = 0;
  let offset = 0;
  for (const edit of sorted) {
    expect(after.slice(cursor + offset, edit.start + offset)).toBe(before.slice(cursor, edit.start));
    offset += edit.newText.length - (edit.end - edit.start);
    cursor = edit.end;
  }
  expect(after.slice(cursor + offset)).toBe(before.slice(cursor));
}

function run(request: Omit<DeclarationEditRequest, 'value'>, files: Record<string, string>): { results: FileEdits[]; out: Record<string, string> } {
  const results = buildDeclarationEdits({ ...request, value: PLACEHOLDER }, (file) => files[file]);
  expect(results).toBeDefined();
  const out = { ...files };
  for (const { file, edits, create } of results!) {
    out[file] = create ? edits[0]!.newText : applyTextEdits(files[file]!, edits);
    if (!create) expectOnlyInsertions(files[file]!, edits, out[file]!);
  }
  return { results: results!, out };
}

describe('Info.plist', () => {
  const plist = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleName</key>
	<string>Demo</string>
	<!-- keep this comment -->
	<key>UIBackgroundModes</key>
	<array>
		<string>location</string>
	</array>
	<key>NSAppTransportSecurity</key>
	<dict>
		<key>NSAllowsArbitraryLoads</key>
		<true/>
	</dict>
</dict>
</plist>
`;

  it('adds the key/string pair at the end of the top-level dict, indented like the other keys', () => {
    const edits = plistSetString(plist, 'NSCameraUsageDescription', PLACEHOLDER)!;
    const out = applyTextEdits(plist, edits);
    expectOnlyInsertions(plist, edits, out);
    expect(out).toContain(`\t</dict>\n\t<key>NSCameraUsageDescription</key>\n\t<string>${PLACEHOLDER}</string>\n</dict>\n</plist>`);
  });

  it('fills an empty string value and leaves a real one alone', () => {
    const empty = plist.replace('<key>CFBundleName</key>\n\t<string>Demo</string>', '<key>NSCameraUsageDescription</key>\n\t<string></string>');
    const out = applyTextEdits(empty, plistSetString(empty, 'NSCameraUsageDescription', PLACEHOLDER)!);
    expect(out).toContain(`<key>NSCameraUsageDescription</key>\n\t<string>${PLACEHOLDER}</string>`);
    expect(out.match(/NSCameraUsageDescription/g)).toHaveLength(1);
    expect(plistSetString(plist, 'CFBundleName', PLACEHOLDER)).toEqual([]);
  });

  it('does not match keys of nested dicts or keys inside comments', () => {
    const commented = plist.replace('<!-- keep this comment -->', '<!-- <key>NSCameraUsageDescription</key><string>x</string> -->');
    expect(plistSetString(commented, 'NSCameraUsageDescription', PLACEHOLDER)!.length).toBe(1);
    expect(plistSetString(plist, 'NSAllowsArbitraryLoads', PLACEHOLDER)!.length).toBe(1);
  });

  it('escapes XML and keeps CRLF line endings', () => {
    const crlf = plist.replace(/\n/g, '\r\n');
    const out = applyTextEdits(crlf, plistSetString(crlf, 'NSMicrophoneUsageDescription', 'Record <voice> & notes')!);
    expect(out).toContain('\t<key>NSMicrophoneUsageDescription</key>\r\n\t<string>Record &lt;voice&gt; &amp; notes</string>\r\n</dict>');
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('creates Info.plist when it does not exist', () => {
    const { results } = run({ kind: 'info-plist', platform: 'ios', file: '/app/ios/App/Info.plist', key: 'NSCameraUsageDescription' }, {});
    expect(results[0]!.create).toBe(true);
    expect(results[0]!.edits[0]!.newText).toContain('<key>NSCameraUsageDescription</key>');
  });
});

describe('AndroidManifest.xml', () => {
  const manifest = `<manifest xmlns:android="http://schemas.android.com/apk/res/android" xmlns:tools="http://schemas.android.com/tools">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.RECORD_AUDIO" tools:node="remove" />

    <application android:label="demo">
    </application>
</manifest>
`;
  it('adds uses-permission after the last one, and nothing when declared (even as removed)', () => {
    const edits = androidManifestAddPermission(manifest, 'android.permission.CAMERA')!;
    const out = applyTextEdits(manifest, edits);
    expectOnlyInsertions(manifest, edits, out);
    expect(out).toContain('tools:node="remove" />\n    <uses-permission android:name="android.permission.CAMERA" />\n');
    expect(androidManifestAddPermission(manifest, 'android.permission.INTERNET')).toEqual([]);
    expect(androidManifestAddPermission(manifest, 'android.permission.RECORD_AUDIO')).toEqual([]);
  });
  it('goes before <application> when there is no permission yet', () => {
    const bare = '<manifest xmlns:a="http://schemas.android.com/apk/res/android">\n  <application a:label="x"/>\n</manifest>\n';
    const out = applyTextEdits(bare, androidManifestAddPermission(bare, 'android.permission.CAMERA')!);
    expect(out).toBe('<manifest xmlns:a="http://schemas.android.com/apk/res/android">\n  <uses-permission a:name="android.permission.CAMERA" />\n\n  <application a:label="x"/>\n</manifest>\n');
  });
});

describe('InfoPlist.strings', () => {
  it('appends an entry and fills an empty one', () => {
    const text = '/* localized */\n"NSLocationWhenInUseUsageDescription" = "用于导航";\n';
    const out = applyTextEdits(text, stringsSetValue(text, 'NSCameraUsageDescription', PLACEHOLDER));
    expect(out).toBe(`${text}"NSCameraUsageDescription" = "${PLACEHOLDER}";\n`);
    const empty = '"NSCameraUsageDescription" = "";\n';
    expect(applyTextEdits(empty, stringsSetValue(empty, 'NSCameraUsageDescription', PLACEHOLDER))).toBe(`"NSCameraUsageDescription" = "${PLACEHOLDER}";\n`);
  });
});

describe('Expo', () => {
  const appJson = `{
  "expo": {
    "name": "demo",
    "ios": {
      "bundleIdentifier": "com.example.demo"
    },
    "plugins": [
      "expo-router",
      "expo-camera"
    ]
  }
}
`;
  it('adds ios.infoPlist.<key> inside the existing ios object', () => {
    const { out } = run({ kind: 'expo-app-json', platform: 'ios', file: '/a/app.json', key: 'NSLocationWhenInUseUsageDescription' }, { '/a/app.json': appJson });
    expect(JSON.parse(out['/a/app.json']!).expo.ios.infoPlist).toEqual({ NSLocationWhenInUseUsageDescription: PLACEHOLDER });
    expect(out['/a/app.json']).toContain(
      `"bundleIdentifier": "com.example.demo",\n      "infoPlist": {\n        "NSLocationWhenInUseUsageDescription": "${PLACEHOLDER}"\n      }\n    },`,
    );
  });

  it('turns a bare plugin name into [name, { option }] when the project uses the plugin', () => {
    const { out } = run(
      { kind: 'expo-app-json', platform: 'ios', file: '/a/app.json', key: 'NSCameraUsageDescription', expoPluginOption: { plugin: 'expo-camera', option: 'cameraPermission' } },
      { '/a/app.json': appJson },
    );
    expect(JSON.parse(out['/a/app.json']!).expo.plugins).toEqual(['expo-router', ['expo-camera', { cameraPermission: PLACEHOLDER }]]);
  });

  it('adds the option to an existing plugin options object', () => {
    const withOptions = appJson.replace('"expo-camera"', '["expo-camera", { "microphonePermission": "Record video with sound" }]');
    const { out } = run(
      { kind: 'expo-app-json', platform: 'ios', file: '/a/app.json', key: 'NSCameraUsageDescription', expoPluginOption: { plugin: 'expo-camera', option: 'cameraPermission' } },
      { '/a/app.json': withOptions },
    );
    expect(JSON.parse(out['/a/app.json']!).expo.plugins[1]).toEqual(['expo-camera', { microphonePermission: 'Record video with sound', cameraPermission: PLACEHOLDER }]);
  });

  it('adds the plugin with its option when the project does not list it yet', () => {
    const { out } = run(
      { kind: 'expo-app-json', platform: 'ios', file: '/a/app.json', key: 'NSUserTrackingUsageDescription', expoPluginOption: { plugin: 'expo-tracking-transparency', option: 'userTrackingPermission' } },
      { '/a/app.json': appJson },
    );
    expect(JSON.parse(out['/a/app.json']!).expo.plugins).toEqual(['expo-router', 'expo-camera', ['expo-tracking-transparency', { userTrackingPermission: PLACEHOLDER }]]);
  });

  it('appends an Android permission to expo.android.permissions, creating it', () => {
    const { out } = run({ kind: 'expo-app-json', platform: 'android', file: '/a/app.json', key: 'android.permission.CAMERA' }, { '/a/app.json': appJson });
    expect(JSON.parse(out['/a/app.json']!).expo.android).toEqual({ permissions: ['android.permission.CAMERA'] });
  });

  it('edits app.config.ts in its own quote style and leaves a spread-built object alone', () => {
    const ts = `import type { ExpoConfig } from 'expo/config';

const config: ExpoConfig = {
  name: 'demo',
  slug: 'demo', // the slug
  ios: { supportsTablet: true },
};

export default config;
`;
    const { out } = run({ kind: 'expo-app-config', platform: 'ios', file: '/a/app.config.ts', key: 'NSCameraUsageDescription' }, { '/a/app.config.ts': ts });
    expect(out['/a/app.config.ts']).toContain(`ios: { supportsTablet: true, infoPlist: { NSCameraUsageDescription: '${PLACEHOLDER}' } },`);
    const spread = `export default ({ config }) => ({ ...config, name: 'demo' });\n`;
    expect(buildDeclarationEdits({ kind: 'expo-app-config', platform: 'ios', file: '/a/app.config.js', key: 'NSCameraUsageDescription', value: PLACEHOLDER }, () => spread)).toBeUndefined();
  });
});

describe('WeChat app.json and Taro app.config.ts', () => {
  const appJson = `{
  "pages": ["pages/index/index"],
  "requiredPrivateInfos": ["chooseAddress"],
  "window": { "navigationBarTitleText": "Demo" }
}
`;
  it('adds permission.<scope>.desc and a requiredPrivateInfos entry', () => {
    const scope = run({ kind: 'wechat-app-json', platform: 'wechat', file: '/w/app.json', key: 'scope.userLocation' }, { '/w/app.json': appJson });
    expect(JSON.parse(scope.out['/w/app.json']!).permission).toEqual({ 'scope.userLocation': { desc: PLACEHOLDER } });
    const infos = run({ kind: 'wechat-app-json', platform: 'wechat', file: '/w/app.json', key: 'requiredPrivateInfos:getLocation' }, { '/w/app.json': appJson });
    expect(infos.out['/w/app.json']).toContain('"requiredPrivateInfos": ["chooseAddress", "getLocation"],');
    const again = buildDeclarationEdits(
      { kind: 'wechat-app-json', platform: 'wechat', file: '/w/app.json', key: 'requiredPrivateInfos:chooseAddress', value: PLACEHOLDER },
      () => appJson,
    );
    expect(again).toEqual([]);
  });

  it('adds a requiredBackgroundModes entry, next to an existing one or as a new list', () => {
    const added = run({ kind: 'wechat-app-json', platform: 'wechat', file: '/w/app.json', key: 'requiredBackgroundModes:location' }, { '/w/app.json': appJson });
    expect(JSON.parse(added.out['/w/app.json']!).requiredBackgroundModes).toEqual(['location']);
    const music = appJson.replace('"requiredPrivateInfos": ["chooseAddress"],', '"requiredBackgroundModes": ["audio"],');
    const next = run({ kind: 'wechat-app-json', platform: 'wechat', file: '/w/app.json', key: 'requiredBackgroundModes:location' }, { '/w/app.json': music });
    expect(next.out['/w/app.json']).toBe(music.replace('["audio"]', '["audio", "location"]'));
  });

  it("edits a Taro 1.x / 2.x App class's config field in src/app.jsx, and nothing else of the file", () => {
    const taro2 = `import Taro, { Component } from '@tarojs/taro'

class App extends Component {
  config = {
    pages: ['pages/home/home'],
  }

  render() {
    return <Home />
  }
}
`;
    const { out } = run({ kind: 'taro-app-config', platform: 'wechat', file: '/t/src/app.jsx', key: 'requiredPrivateInfos:getLocation' }, { '/t/src/app.jsx': taro2 });
    expect(out['/t/src/app.jsx']).toBe(taro2.replace("    pages: ['pages/home/home'],\n", "    pages: ['pages/home/home'],\n    requiredPrivateInfos: ['getLocation'],\n"));
  });

  it('edits the object passed to defineAppConfig', () => {
    const taro = `export default defineAppConfig({
  pages: ['pages/index/index'],
  window: {
    navigationBarTitleText: 'Demo',
  },
})
`;
    const { out } = run({ kind: 'taro-app-config', platform: 'wechat', file: '/t/src/app.config.ts', key: 'scope.userLocation' }, { '/t/src/app.config.ts': taro });
    expect(out['/t/src/app.config.ts']).toContain(`  },\n  permission: {\n    'scope.userLocation': {\n      desc: '${PLACEHOLDER}',`);
  });
});

describe('uni-app manifest.json (JSON with comments)', () => {
  const manifest = `{
    "name" : "demo",
    /* app settings */
    "app-plus" : {
        "distribute" : {
            "android" : {
                "permissions" : [
                    "<uses-permission android:name=\\"android.permission.INTERNET\\"/>"
                ]
            },
            "ios" : {} // privacy strings go here
        }
    },
    "mp-weixin" : {
        "appid" : "wx123"
    }
}
`;
  it('adds iOS privacyDescription, an Android permission element and mp-weixin declarations, keeping comments', () => {
    const files = { '/u/manifest.json': manifest };
    const ios = run({ kind: 'uniapp-manifest', platform: 'ios', file: '/u/manifest.json', key: 'NSCameraUsageDescription' }, files);
    const iosOut = ios.out['/u/manifest.json']!;
    expect(iosOut).toContain('/* app settings */');
    expect(iosOut).toContain('// privacy strings go here');
    const parsed = (text: string) => JSON.parse(JSON.stringify(evalJson5(text)));
    expect(parsed(iosOut)['app-plus'].distribute.ios.privacyDescription).toEqual({ NSCameraUsageDescription: PLACEHOLDER });
    const android = run({ kind: 'uniapp-manifest', platform: 'android', file: '/u/manifest.json', key: 'android.permission.CAMERA' }, files);
    expect(parsed(android.out['/u/manifest.json']!)['app-plus'].distribute.android.permissions).toEqual([
      '<uses-permission android:name="android.permission.INTERNET"/>',
      '<uses-permission android:name="android.permission.CAMERA"/>',
    ]);
    const wx = run({ kind: 'uniapp-manifest', platform: 'wechat', file: '/u/manifest.json', key: 'scope.userLocation' }, files);
    expect(parsed(wx.out['/u/manifest.json']!)['mp-weixin'].permission).toEqual({ 'scope.userLocation': { desc: PLACEHOLDER } });
  });
});

describe('uni-app manifest.config.ts (written in TS; the build generates manifest.json from it)', () => {
  const manifestConfig = `import { defineManifestConfig } from '@uni-helper/vite-plugin-uni-manifest'

export default defineManifestConfig({
  'name': 'demo',
  /* 5+App特有相关 */
  'app-plus': {
    distribute: {
      android: {
        permissions: [
          '<uses-permission android:name="android.permission.INTERNET"/>',
        ],
      },
      ios: {}, // privacy strings go here
    },
  },
  'mp-weixin': {
    appid: VITE_WX_APPID,
  },
})
`;
  const file = '/b/manifest.config.ts';
  const declared = (text: string) => parseConfigText('uniapp-manifest', file, text, '').declarations.map((d) => [d.key, d.value ?? d.rawValue]);

  it('adds iOS privacyDescription, an Android permission element and mp-weixin declarations in the source, keeping comments', () => {
    const ios = run({ kind: 'uniapp-manifest', platform: 'ios', file, key: 'NSCameraUsageDescription' }, { [file]: manifestConfig }).out[file]!;
    expect(ios).toContain('/* 5+App特有相关 */');
    expect(ios).toContain('// privacy strings go here');
    expect(declared(ios)).toContainEqual(['NSCameraUsageDescription', PLACEHOLDER]);
    const android = run({ kind: 'uniapp-manifest', platform: 'android', file, key: 'android.permission.CAMERA' }, { [file]: manifestConfig }).out[file]!;
    expect(declared(android).filter(([key]) => key.startsWith('android.permission.'))).toEqual([
      ['android.permission.INTERNET', '<uses-permission android:name="android.permission.INTERNET"/>'],
      ['android.permission.CAMERA', '<uses-permission android:name="android.permission.CAMERA"/>'],
    ]);
    const wx = run({ kind: 'uniapp-manifest', platform: 'wechat', file, key: 'scope.userLocation' }, { [file]: manifestConfig }).out[file]!;
    expect(declared(wx)).toContainEqual(['scope.userLocation', PLACEHOLDER]);
    // The env value the build fills in is left as written.
    expect(wx).toContain('    appid: VITE_WX_APPID,\n');
  });
});

function evalJson5(text: string): unknown {
  return evaluateJson5(parseJson5(text, { mode: 'json5' }));
}

describe('HarmonyOS module.json5 + string.json', () => {
  const moduleJson5 = `{
  // entry module
  module: {
    name: 'entry',
    abilities: [{ name: 'MainAbility', srcEntry: './ets/mainability/MainAbility.ets' }],
    requestPermissions: [
      { name: 'ohos.permission.INTERNET' },
    ],
  },
}
`;
  const stringJson = `{
  "string": [
    { "name": "module_desc", "value": "demo" }
  ]
}
`;
  const moduleFile = '/h/entry/src/main/module.json5';
  const stringFile = '/h/entry/src/main/resources/base/element/string.json';

  it('appends a requestPermissions entry with a $string: reason and usedScene, and the string resource', () => {
    const { out } = run({ kind: 'harmony-module-json5', platform: 'harmony', file: moduleFile, key: 'ohos.permission.CAMERA' }, { [moduleFile]: moduleJson5, [stringFile]: stringJson });
    const module = evalJson5(out[moduleFile]!) as any;
    expect(module.module.requestPermissions[1]).toEqual({
      name: 'ohos.permission.CAMERA',
      reason: '$string:camera_reason',
      usedScene: { abilities: ['MainAbility'], when: 'inuse' },
    });
    expect(out[moduleFile]).toContain('// entry module');
    expect(out[moduleFile]).toContain("{ name: 'ohos.permission.INTERNET' },\n      {\n        name: 'ohos.permission.CAMERA',");
    expect(JSON.parse(out[stringFile]!).string).toEqual([
      { name: 'module_desc', value: 'demo' },
      { name: 'camera_reason', value: PLACEHOLDER },
    ]);
  });

  it('completes an entry that lacks reason and usedScene, and creates string.json when missing', () => {
    const { results, out } = run({ kind: 'harmony-module-json5', platform: 'harmony', file: moduleFile, key: 'ohos.permission.INTERNET' }, { [moduleFile]: moduleJson5 });
    const module = evalJson5(out[moduleFile]!) as any;
    expect(module.module.requestPermissions[0]).toEqual({
      name: 'ohos.permission.INTERNET',
      reason: '$string:internet_reason',
      usedScene: { abilities: ['MainAbility'], when: 'inuse' },
    });
    expect(results.find((r) => r.file === stringFile)?.create).toBe(true);
    expect(JSON.parse(out[stringFile]!).string).toEqual([{ name: 'internet_reason', value: PLACEHOLDER }]);
  });

  it('fills the empty string a $string: reason points to', () => {
    const referenced = moduleJson5.replace("{ name: 'ohos.permission.INTERNET' }", "{ name: 'ohos.permission.CAMERA', reason: '$string:cam', usedScene: { when: 'always' } }");
    const strings = '{ "string": [ { "name": "cam", "value": "" } ] }';
    const { results, out } = run({ kind: 'harmony-module-json5', platform: 'harmony', file: moduleFile, key: 'ohos.permission.CAMERA' }, { [moduleFile]: referenced, [stringFile]: strings });
    expect(results.map((r) => r.file)).toEqual([stringFile]);
    expect(JSON.parse(out[stringFile]!).string[0]).toEqual({ name: 'cam', value: PLACEHOLDER });
  });
});

describe('refuses what it cannot edit safely', () => {
  it('returns undefined for malformed files', () => {
    expect(buildDeclarationEdits({ kind: 'wechat-app-json', platform: 'wechat', file: '/x/app.json', key: 'scope.userLocation', value: PLACEHOLDER }, () => '{ "pages": [')).toBeUndefined();
    expect(plistSetString('<plist><array/></plist>', 'NSCameraUsageDescription', PLACEHOLDER)).toBeUndefined();
  });
});

describe('several declarations at once', () => {
  it('builds each on the result of the previous one and gives one minimal edit per file', () => {
    const plist = '<plist version="1.0">\n<dict>\n\t<key>CFBundleName</key>\n\t<string>x</string>\n</dict>\n</plist>\n';
    const result = buildDeclarationsEdits(
      ['NSLocationWhenInUseUsageDescription', 'NSLocationAlwaysAndWhenInUseUsageDescription'].map((key) => ({
        kind: 'info-plist' as const,
        platform: 'ios' as const,
        file: '/a/Info.plist',
        key,
        value: PLACEHOLDER,
      })),
      () => plist,
    )!;
    expect(result).toHaveLength(1);
    expect(result[0]!.edits).toHaveLength(1);
    const out = applyTextEdits(plist, result[0]!.edits);
    expectOnlyInsertions(plist, result[0]!.edits, out);
    expect(out).toContain(
      `\t<key>NSLocationWhenInUseUsageDescription</key>\n\t<string>${PLACEHOLDER}</string>\n\t<key>NSLocationAlwaysAndWhenInUseUsageDescription</key>\n\t<string>${PLACEHOLDER}</string>\n</dict>`,
    );
  });

  it('minimalEdit keeps the common prefix and suffix', () => {
    expect(minimalEdit('abcXYZdef', 'abc123def')).toEqual({ start: 3, end: 6, newText: '123' });
    expect(minimalEdit('same', 'same')).toEqual({ start: 4, end: 4, newText: '' });
    expect(minimalEdit('aa', 'aaa')).toEqual({ start: 2, end: 2, newText: 'a' });
  });
});
