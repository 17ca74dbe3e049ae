// The require-purpose-string quick fix for every config surface: the WorkspaceEdit is applied (as unsaved buffers,
// like VS Code does), the config file is re-parsed by the server, the finding disappears from the open source file,
// every byte outside the edit is unchanged, and purpose-string-quality keeps flagging the inserted placeholder.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PURPOSE_PLACEHOLDER } from 'eslint-plugin-consentry/core';
import { startInProcess, uriOf, type LspTestClient } from './support/harness.js';
import { lspApp, lspFixtures } from './support/fixtures.js';

interface Case {
  name: string;
  source: string;
  /** Text that identifies the finding among the file's diagnostics. */
  finding: string;
  /** The action's title (exact). */
  title: string;
  /** Files the edit must touch (absolute). */
  files: string[];
  /** The placeholder is a purpose text the quality rule judges (not for Android permission names). */
  placeholderFlagged: boolean;
  /** After the edit, the config text contains this. */
  contains: string[];
}

const CASES: Case[] = [
  {
    name: 'Info.plist <dict> (React Native)',
    source: lspApp('rn-app/src/screens/ScanScreen.tsx'),
    finding: 'NSCameraUsageDescription',
    title: 'Add NSCameraUsageDescription to ios/LspRn/Info.plist',
    files: [lspApp('rn-app/ios/LspRn/Info.plist')],
    placeholderFlagged: true,
    contains: [`\t<key>NSCameraUsageDescription</key>\n\t<string>${PURPOSE_PLACEHOLDER}</string>\n</dict>`],
  },
  {
    name: 'AndroidManifest.xml <uses-permission>',
    source: lspApp('rn-app/src/screens/ScanScreen.tsx'),
    finding: 'android.permission.CAMERA',
    title: 'Add android.permission.CAMERA to android/app/src/main/AndroidManifest.xml',
    files: [lspApp('rn-app/android/app/src/main/AndroidManifest.xml')],
    placeholderFlagged: false,
    contains: ['<uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />\n    <uses-permission android:name="android.permission.CAMERA" />'],
  },
  {
    name: 'Expo app.json ios.infoPlist',
    source: lspApp('expo-app/app/index.tsx'),
    finding: 'NSUserTrackingUsageDescription',
    title: 'Add NSUserTrackingUsageDescription to app.json',
    files: [lspApp('expo-app/app.json')],
    placeholderFlagged: true,
    contains: [`"supportsTablet": true,\n      "infoPlist": {\n        "NSUserTrackingUsageDescription": "${PURPOSE_PLACEHOLDER}"\n      }\n    },`],
  },
  {
    name: 'Expo config-plugin option',
    source: lspApp('expo-app/app/index.tsx'),
    finding: 'NSUserTrackingUsageDescription',
    title: 'Set the expo-tracking-transparency plugin option userTrackingPermission in app.json',
    files: [lspApp('expo-app/app.json')],
    placeholderFlagged: true,
    contains: ['"expo-router",\n      [\n        "expo-tracking-transparency",', `"userTrackingPermission": "${PURPOSE_PLACEHOLDER}"`],
  },
  {
    name: 'WeChat app.json permission + requiredPrivateInfos',
    source: lspApp('wechat-app/pages/index/index.js'),
    finding: 'scope.userLocation',
    title: 'Add scope.userLocation and requiredPrivateInfos getLocation to app.json',
    files: [lspApp('wechat-app/app.json')],
    placeholderFlagged: true,
    contains: [`"permission": {\n    "scope.userLocation": {\n      "desc": "${PURPOSE_PLACEHOLDER}"\n    }\n  },\n  "requiredPrivateInfos": ["getLocation"]`],
  },
  {
    name: 'uni-app manifest.json mp-weixin',
    source: lspApp('uniapp-app/pages/index/index.vue'),
    finding: 'requiredPrivateInfos "getLocation"',
    title: 'Add scope.userLocation and requiredPrivateInfos getLocation to manifest.json',
    files: [lspApp('uniapp-app/manifest.json')],
    placeholderFlagged: true,
    // Written as HBuilderX writes the rest of the file: `"key" : value`.
    contains: ['/* 小程序特有相关 */', '"scope.userLocation" : {', '"requiredPrivateInfos" : ["getLocation"]'],
  },
  {
    name: 'uni-app manifest.json app-plus privacyDescription',
    source: lspApp('uniapp-app/pages/index/index.vue'),
    finding: 'NSLocationWhenInUseUsageDescription',
    title: 'Add NSLocationWhenInUseUsageDescription to manifest.json',
    files: [lspApp('uniapp-app/manifest.json')],
    placeholderFlagged: true,
    contains: ['/* ios打包配置 */', `"privacyDescription" : {\n                    "NSLocationWhenInUseUsageDescription" : "${PURPOSE_PLACEHOLDER}"\n                }`],
  },
  {
    name: 'Taro src/app.config.ts',
    source: lspApp('taro-app/src/pages/index/index.tsx'),
    finding: 'scope.userLocation',
    title: 'Add scope.userLocation and requiredPrivateInfos getLocation to src/app.config.ts',
    files: [lspApp('taro-app/src/app.config.ts')],
    placeholderFlagged: true,
    contains: [`  permission: {\n    'scope.userLocation': {\n      desc: '${PURPOSE_PLACEHOLDER}',\n    },\n  },\n  requiredPrivateInfos: ['getLocation'],\n});`],
  },
  {
    name: 'HarmonyOS module.json5 requestPermissions + string.json',
    source: lspApp('harmony-app/entry/src/main/ets/pages/ScanUtil.ets'),
    finding: 'ohos.permission.CAMERA',
    title: 'Add ohos.permission.CAMERA to entry/src/main/module.json5',
    files: [lspApp('harmony-app/entry/src/main/module.json5'), lspApp('harmony-app/entry/src/main/resources/base/element/string.json')],
    placeholderFlagged: true,
    contains: ['"name": "ohos.permission.CAMERA",\n        "reason": "$string:camera_reason",', `"name": "camera_reason",\n      "value": "${PURPOSE_PLACEHOLDER}"`],
  },
  {
    name: 'Capacitor ios/App/App/Info.plist',
    source: lspApp('capacitor-app/src/receipt.ts'),
    finding: 'NSCameraUsageDescription',
    title: 'Add NSCameraUsageDescription to ios/App/App/Info.plist',
    files: [lspApp('capacitor-app/ios/App/App/Info.plist')],
    placeholderFlagged: true,
    contains: [`<key>NSCameraUsageDescription</key>`],
  },
];

let client: LspTestClient;
beforeAll(async () => {
  client = await startInProcess({ folders: [lspFixtures] });
});
afterAll(async () => {
  await client.dispose();
});

function editsOf(action: CodeAction): TextDocumentEdit[] {
  return (action.edit?.documentChanges ?? []).filter((c): c is TextDocumentEdit => 'textDocument' in c);
}

describe.each(CASES)('$name', (c) => {
  it('inserts the declaration, keeps the rest of the file, and the finding goes away without saving', async () => {
    const sourceUri = uriOf(c.source);
    const matches = (d: Diagnostic) => d.code === 'consentry/require-purpose-string' && d.message.includes(c.finding);
    const opened = await client.open(c.source);
    const diagnostic = opened.diagnostics.find(matches);
    expect(diagnostic, `finding about ${c.finding}`).toBeDefined();

    const actions = await client.codeActions(sourceUri, [diagnostic!]);
    const action = actions.find((a) => a.title === c.title);
    expect(action, `"${c.title}" among ${JSON.stringify(actions.map((a) => a.title))}`).toBeDefined();
    expect(actions[0]!.isPreferred).toBe(true);

    const edits = editsOf(action!);
    expect(edits.map((e) => fileURLToPath(e.textDocument.uri)).sort()).toEqual([...c.files].sort());
    const gone = client.nextDiagnostics(sourceUri, (p) => !p.diagnostics.some(matches));
    const configUris: string[] = [];
    for (const edit of edits) {
      const path = fileURLToPath(edit.textDocument.uri);
      expect(edit.textDocument.version).toBeNull(); // not open in the editor
      const before = readFileSync(path, 'utf8');
      const document = TextDocument.create(edit.textDocument.uri, 'plaintext', 0, before);
      expect(edit.edits).toHaveLength(1);
      const [change] = edit.edits as Array<{ range: Diagnostic['range']; newText: string }>;
      const start = document.offsetAt(change!.range.start);
      const end = document.offsetAt(change!.range.end);
      const after = TextDocument.applyEdits(document, [change!]);
      // Every byte outside the edited range is unchanged.
      expect(after.slice(0, start)).toBe(before.slice(0, start));
      expect(after.slice(start + change!.newText.length)).toBe(before.slice(end));
      configUris.push(edit.textDocument.uri);
      // The editor applies the edit to an unsaved buffer: the server re-parses it (no parse error) and re-checks the app.
      const published = await client.open(path, after);
      expect(published.diagnostics.filter((d) => d.code === undefined)).toEqual([]);
    }
    const allText = edits.map((e) => client.text(e.textDocument.uri)).join('\n');
    for (const expected of c.contains) expect(allText).toContain(expected);

    const after = await gone;
    expect(after.version).toBe(1);
    expect(after.diagnostics.filter(matches)).toEqual([]);

    if (c.placeholderFlagged) {
      // The placeholder is not a purpose: purpose-string-quality flags it in the config file.
      const configDiagnostics = configUris.flatMap((uri) => client.published.get(uri)?.diagnostics ?? []);
      expect(configDiagnostics.some((d) => d.code === 'consentry/purpose-string-quality')).toBe(true);
    }
    for (const uri of configUris) await client.close(uri);
    await client.close(sourceUri);
    for (const file of c.files) if (existsSync(file)) expect(readFileSync(file, 'utf8')).not.toContain(PURPOSE_PLACEHOLDER);
  });
});

describe('an open target file', () => {
  it('is edited at its open version, so an edit computed before a later change is refused by the client', async () => {
    const source = lspApp('rn-app/src/screens/ScanScreen.tsx');
    const plist = lspApp('rn-app/ios/LspRn/Info.plist');
    const { diagnostics } = await client.open(source);
    await client.open(plist);
    const diagnostic = diagnostics.find((d) => d.message.includes('NSCameraUsageDescription'))!;
    const [action] = await client.codeActions(uriOf(source), [diagnostic]);
    const [edit] = editsOf(action!);
    expect(edit!.textDocument).toEqual({ uri: uriOf(plist), version: 1 });
    await client.change(uriOf(plist), `${client.text(uriOf(plist))}\n`);
    await expect(client.applyEdit(action!.edit!)).rejects.toThrow(/stale edit/);
    await client.close(uriOf(plist));
    await client.close(uriOf(source));
  });
});
