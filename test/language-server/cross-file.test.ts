// Cross-file invalidation: a config buffer edit (unsaved) or a file-watcher event re-checks every open document of
// that app; closing an unsaved config buffer returns to the disk version; other apps are left alone.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, matchesGlob } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { startInProcess, uriOf, type LspTestClient } from './support/harness.js';
import { lspApp, lspFixtures, ruleFixture } from './support/fixtures.js';

const SCAN = lspApp('rn-app/src/screens/ScanScreen.tsx');
const PLIST = lspApp('rn-app/ios/LspRn/Info.plist');
const CAMERA_KEY = '\t<key>NSCameraUsageDescription</key>\n\t<string>Reads the QR code on a parcel label so the parcel is checked in</string>\n';

const cameraFindings = (diagnostics: Diagnostic[]) =>
  diagnostics.filter((d) => d.code === 'consentry/require-purpose-string' && d.message.includes('NSCameraUsageDescription'));
const withCameraKey = (plist: string) => plist.replace('</dict>\n</plist>', `${CAMERA_KEY}</dict>\n</plist>`);

let client: LspTestClient;
afterEach(async () => {
  await client.dispose();
});

/**
 * Runs `body` on a temporary copy of an app folder, served as the only workspace folder: the test may write to disk
 * or edit buffers over it, and the fixture itself stays as it is.
 */
async function withAppCopy(source: string, appName: string, body: (appDir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-app-'));
  try {
    cpSync(source, join(dir, appName), { recursive: true });
    client = await startInProcess({ folders: [dir] });
    await body(join(dir, appName));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How many diagnostics notifications `uri` gets from now on (each re-check publishes once). */
function countPublishes(uri: string): () => number {
  let count = 0;
  const next = (): void => void client.nextDiagnostics(uri).then(() => {
    count++;
    next();
  });
  next();
  return () => count;
}

describe('a uni_modules component of a UI kit', () => {
  it('is checked once an unsaved page starts using it, and left alone again when the buffer closes unsaved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-unikit-'));
    const app = join(dir, 'bills');
    const files: Record<string, string> = {
      'package.json': JSON.stringify({ name: 'bills', dependencies: { '@dcloudio/uni-app': '3.0.0-4060620250520001', vue: '3.4.21' } }),
      'manifest.json': JSON.stringify({ name: 'bills', 'app-plus': { distribute: { ios: { privacyDescription: {} } } } }),
      'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }] }),
      'pages/index/index.vue': '<template>\n  <view><u-button text="ok" /></view>\n</template>\n',
      'uni_modules/uview-plus/package.json': JSON.stringify({ name: 'uview-plus' }),
      'uni_modules/uview-plus/components/u-city-locate/u-city-locate.vue':
        "<template>\n  <view />\n</template>\n<script>\nexport default {\n  mounted() { uni.getLocation({ type: 'gcj02' }) },\n}\n</script>\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(app, path)), { recursive: true });
      writeFileSync(join(app, path), text);
    }
    const locationFindings = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'consentry/require-purpose-string');
    try {
      client = await startInProcess({ folders: [dir] });
      const component = join(app, 'uni_modules/uview-plus/components/u-city-locate/u-city-locate.vue');
      const page = join(app, 'pages/index/index.vue');
      expect(locationFindings((await client.open(component)).diagnostics)).toEqual([]);
      await client.open(page, files['pages/index/index.vue']);
      const used = client.nextDiagnostics(uriOf(component));
      await client.change(uriOf(page), '<template>\n  <view><u-city-locate /></view>\n</template>\n');
      expect(locationFindings((await used).diagnostics)).toHaveLength(1);
      const unused = client.nextDiagnostics(uriOf(component));
      await client.close(uriOf(page));
      expect(locationFindings((await unused).diagnostics)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('an unsaved Info.plist edit', () => {
  it('clears the camera finding in the open .tsx without saving or reopening it, and closing the buffer brings it back', async () => {
    client = await startInProcess({ folders: [lspFixtures] });
    const scanUri = uriOf(SCAN);
    const plistUri = uriOf(PLIST);
    expect(cameraFindings((await client.open(SCAN)).diagnostics)).toHaveLength(1);
    const original = readFileSync(PLIST, 'utf8');
    await client.open(PLIST, original);

    const cleared = client.nextDiagnostics(scanUri);
    await client.change(plistUri, withCameraKey(original));
    const after = await cleared;
    expect(cameraFindings(after.diagnostics)).toEqual([]);
    // The Android finding of the same call is untouched: only what the edit declares goes away.
    expect(after.diagnostics.some((d) => d.message.includes('android.permission.CAMERA'))).toBe(true);
    expect(after.version).toBe(1); // the .tsx itself did not change
    expect(readFileSync(PLIST, 'utf8')).toBe(original); // nothing was saved

    const back = client.nextDiagnostics(scanUri);
    await client.close(plistUri);
    expect(cameraFindings((await back).diagnostics)).toHaveLength(1);
  });

  it('leaves open documents of other apps alone', async () => {
    client = await startInProcess({ folders: [lspFixtures] });
    await client.open(SCAN);
    const otherApp = lspApp('capacitor-app/src/receipt.ts');
    await client.open(otherApp);
    const original = readFileSync(PLIST, 'utf8');
    await client.open(PLIST, original);
    const scanRelinted = client.nextDiagnostics(uriOf(SCAN));
    let otherRelinted = false;
    void client.nextDiagnostics(uriOf(otherApp)).then(() => (otherRelinted = true));
    await client.change(uriOf(PLIST), withCameraKey(original));
    await scanRelinted;
    await client.server!.linting.idle();
    // A request round trip: any notification the server sent before its answer has arrived by then.
    await client.hover(uriOf(otherApp), { line: 0, character: 0 });
    expect(otherRelinted).toBe(false);
  });
});

describe('a file-watcher event', () => {
  it('re-checks the open documents of the app whose config changed on disk', async () => {
    await withAppCopy(lspApp('rn-app'), 'rn-app', async (app) => {
      const scan = join(app, 'src/screens/ScanScreen.tsx');
      const plist = join(app, 'ios/LspRn/Info.plist');
      expect(cameraFindings((await client.open(scan)).diagnostics)).toHaveLength(1);

      writeFileSync(plist, withCameraKey(readFileSync(plist, 'utf8')));
      const cleared = client.nextDiagnostics(uriOf(scan));
      await client.notifyWatchedFiles([{ path: plist, type: 2 }]);
      expect(cameraFindings((await cleared).diagnostics)).toEqual([]);

      // Deleting the key again on disk brings the finding back.
      writeFileSync(plist, readFileSync(lspApp('rn-app/ios/LspRn/Info.plist'), 'utf8'));
      const back = client.nextDiagnostics(uriOf(scan));
      await client.notifyWatchedFiles([{ path: plist, type: 2 }]);
      expect(cameraFindings((await back).diagnostics)).toHaveLength(1);
    });
  });
});

describe('a WeChat app.json buffer', () => {
  it('clears the location finding of the open page when permission and requiredPrivateInfos are added', async () => {
    client = await startInProcess({ folders: [lspFixtures] });
    const page = lspApp('wechat-app/pages/index/index.js');
    const appJson = lspApp('wechat-app/app.json');
    const findings = (d: Diagnostic[]) => d.filter((x) => x.code === 'consentry/require-purpose-string');
    expect(findings((await client.open(page)).diagnostics)).toHaveLength(1);
    const original = readFileSync(appJson, 'utf8');
    await client.open(appJson, original);
    const cleared = client.nextDiagnostics(uriOf(page));
    const declared = original.replace(
      '"style": "v2",',
      '"permission": { "scope.userLocation": { "desc": "你的位置用于查找离你最近的门店" } },\n  "requiredPrivateInfos": ["getLocation"],\n  "style": "v2",',
    );
    await client.change(uriOf(appJson), declared);
    expect(findings((await cleared).diagnostics)).toEqual([]);
  });
});

describe('an unsaved source edit', () => {
  const MANIFEST = 'android/app/src/main/AndroidManifest.xml';
  const unusedMicrophone = (diagnostics: Diagnostic[]) =>
    diagnostics.filter((d) => d.code === 'consentry/no-unused-permission' && d.message.includes('RECORD_AUDIO'));
  // A voice-note button: the screen now asks for the microphone.
  const withMicrophone = (screen: string) =>
    screen.replace(
      '  return (',
      '  async function recordNote() {\n    await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.RECORD_AUDIO);\n  }\n\n  return (',
    );

  function appWithUnusedMicrophone(): { dir: string; scan: string; manifest: string } {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-usage-'));
    cpSync(lspApp('rn-app'), join(dir, 'rn-app'), { recursive: true });
    const manifest = join(dir, 'rn-app', MANIFEST);
    writeFileSync(
      manifest,
      readFileSync(manifest, 'utf8').replace(
        '<uses-permission android:name="android.permission.INTERNET" />',
        '<uses-permission android:name="android.permission.INTERNET" />\n    <uses-permission android:name="android.permission.RECORD_AUDIO" />',
      ),
    );
    return { dir, scan: join(dir, 'rn-app/src/screens/ScanScreen.tsx'), manifest };
  }

  it('clears the unused-permission finding on the open manifest, and closing the unsaved buffer brings it back', async () => {
    const { dir, scan, manifest } = appWithUnusedMicrophone();
    try {
      client = await startInProcess({ folders: [dir] });
      const manifestUri = uriOf(manifest);
      expect(unusedMicrophone((await client.open(manifest)).diagnostics)).toHaveLength(1);
      const original = readFileSync(scan, 'utf8');
      await client.open(scan, original);

      const cleared = client.nextDiagnostics(manifestUri);
      await client.change(uriOf(scan), withMicrophone(original));
      const after = await cleared;
      expect(unusedMicrophone(after.diagnostics)).toEqual([]);
      // Only the microphone finding goes: location is still declared and unused.
      expect(after.diagnostics.some((d) => d.code === 'consentry/no-unused-permission' && d.message.includes('ACCESS_FINE_LOCATION'))).toBe(true);
      expect(readFileSync(scan, 'utf8')).toBe(original); // nothing was saved

      const back = client.nextDiagnostics(manifestUri);
      await client.close(uriOf(scan));
      expect(unusedMicrophone((await back).diagnostics)).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('re-checks no config document while typing does not change what the file uses', async () => {
    const { dir, scan, manifest } = appWithUnusedMicrophone();
    try {
      client = await startInProcess({ folders: [dir] });
      await client.open(manifest);
      const original = readFileSync(scan, 'utf8');
      await client.open(scan, original);
      let manifestRelinted = false;
      void client.nextDiagnostics(uriOf(manifest)).then(() => (manifestRelinted = true));
      const linted = client.nextDiagnostics(uriOf(scan));
      await client.change(uriOf(scan), original.replace('Scan a parcel', 'Scan a parcel label'));
      await linted;
      await client.server!.linting.idle();
      // A request round trip: any notification the server sent before its answer has arrived by then.
      await client.hover(uriOf(scan), { line: 0, character: 0 });
      expect(manifestRelinted).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a source file saved on disk (file-watcher event) re-checks the open manifest', async () => {
    const { dir, scan, manifest } = appWithUnusedMicrophone();
    try {
      client = await startInProcess({ folders: [dir] });
      expect(unusedMicrophone((await client.open(manifest)).diagnostics)).toHaveLength(1);

      writeFileSync(scan, withMicrophone(readFileSync(scan, 'utf8')));
      const cleared = client.nextDiagnostics(uriOf(manifest));
      await client.notifyWatchedFiles([{ path: scan, type: 2 }]);
      expect(unusedMicrophone((await cleared).diagnostics)).toEqual([]);

      // Deleting the file takes the use away again.
      rmSync(scan);
      const back = client.nextDiagnostics(uriOf(manifest));
      await client.notifyWatchedFiles([{ path: scan, type: 3 }]);
      expect(unusedMicrophone((await back).diagnostics)).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a helper module the launch code imports', () => {
  const APP = `import { useEffect } from 'react';
import { Text } from 'react-native';
import { prepareScanner } from './src/permissions';

export default function App() {
  useEffect(() => {
    prepareScanner();
  }, []);
  return <Text>Parcels</Text>;
}
`;
  const HELPER_WITHOUT_REQUEST = `export async function prepareScanner(): Promise<void> {
  console.log('scanner ready');
}
`;
  const HELPER_WITH_REQUEST = `import { PermissionsAndroid } from 'react-native';

export async function prepareScanner(): Promise<void> {
  await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA);
}
`;
  const launchFindings = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'consentry/no-request-on-launch');
  /** The rn-app with App.tsx calling prepareScanner() on mount, and the helper on disk without a request. */
  const withHelperApp = (body: (appFile: string, helper: string) => Promise<void>) =>
    withAppCopy(lspApp('rn-app'), 'rn-app', async (appDir) => {
      const appFile = join(appDir, 'App.tsx');
      const helper = join(appDir, 'src/permissions.ts');
      writeFileSync(appFile, APP);
      writeFileSync(helper, HELPER_WITHOUT_REQUEST);
      await body(appFile, helper);
    });

  it('re-checks the open launch file when the helper is saved on disk (file-watcher event) and when its buffer is saved', async () => {
    await withHelperApp(async (appFile, helper) => {
      expect(launchFindings((await client.open(appFile)).diagnostics)).toEqual([]);

      // Saved by another tool (a pull, a formatter): the watcher reports it.
      writeFileSync(helper, HELPER_WITH_REQUEST);
      const flagged = client.nextDiagnostics(uriOf(appFile));
      await client.notifyWatchedFiles([{ path: helper, type: 2 }]);
      expect(launchFindings((await flagged).diagnostics).map((d) => d.range.start.line)).toEqual([6]);

      // Edited in the editor, then saved: the launch file follows the buffer, and saving it keeps it so.
      await client.open(helper);
      const cleared = client.nextDiagnostics(uriOf(appFile));
      await client.change(uriOf(helper), HELPER_WITHOUT_REQUEST);
      expect(launchFindings((await cleared).diagnostics)).toEqual([]);
      writeFileSync(helper, HELPER_WITHOUT_REQUEST);
      await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: uriOf(helper) } });
      await client.server!.linting.idle();
      expect(launchFindings(client.published.get(uriOf(appFile))!.diagnostics)).toEqual([]);
    });
  });

  it("follows the helper's unsaved buffer: a request typed into it shows on the launch file, and closing the buffer unsaved takes it back", async () => {
    await withHelperApp(async (appFile, helper) => {
      expect(launchFindings((await client.open(appFile)).diagnostics)).toEqual([]);
      await client.open(helper);

      const flagged = client.nextDiagnostics(uriOf(appFile));
      await client.change(uriOf(helper), HELPER_WITH_REQUEST);
      const finding = launchFindings((await flagged).diagnostics);
      expect(finding.map((d) => d.range.start.line)).toEqual([6]);
      expect(finding[0]!.message).toContain('PermissionsAndroid.request');
      expect(readFileSync(helper, 'utf8')).toBe(HELPER_WITHOUT_REQUEST);

      // Closed without saving: the file on disk counts again.
      const cleared = client.nextDiagnostics(uriOf(appFile));
      await client.close(uriOf(helper));
      expect(launchFindings((await cleared).diagnostics)).toEqual([]);
    });
  });

  it('a closed file checked from disk reads the open helper buffer too, as the open launch file does', async () => {
    await withHelperApp(async (appFile, helper) => {
      await client.open(helper, HELPER_WITH_REQUEST);
      await client.server!.linting.idle();
      const checked = client.nextDiagnostics(uriOf(appFile));
      await client.connection.sendRequest('consentry/checkWorkspace', {});
      expect(launchFindings((await checked).diagnostics).map((d) => d.range.start.line)).toEqual([6]);
    });
  });

  it('follows a helper two modules away: a request typed into the module a boot service calls shows on the launch file', async () => {
    await withHelperApp(async (appFile, helper) => {
      const boot = join(dirname(helper), 'boot.ts');
      writeFileSync(boot, `import { prepareScanner } from './permissions';\n\nexport async function boot(): Promise<void> {\n  await prepareScanner();\n}\n`);
      writeFileSync(appFile, APP.replace("import { prepareScanner } from './src/permissions';", "import { boot } from './src/boot';").replace('prepareScanner();', 'boot();'));
      expect(launchFindings((await client.open(appFile)).diagnostics)).toEqual([]);
      await client.open(helper);

      const flagged = client.nextDiagnostics(uriOf(appFile));
      await client.change(uriOf(helper), HELPER_WITH_REQUEST);
      const finding = launchFindings((await flagged).diagnostics);
      expect(finding.map((d) => d.range.start.line)).toEqual([6]);
      expect(finding[0]!.message).toContain('boot() → prepareScanner() → PermissionsAndroid.request');
    });
  });

  it('follows the buffer of the module between: a call to the requesting helper typed into the boot service shows on the launch file', async () => {
    await withHelperApp(async (appFile, helper) => {
      writeFileSync(helper, HELPER_WITH_REQUEST);
      const boot = join(dirname(helper), 'boot.ts');
      const BOOT_IDLE = `import { prepareScanner } from './permissions';\n\nexport async function boot(): Promise<void> {\n  console.log('booting');\n}\n\nexport const later = () => prepareScanner();\n`;
      writeFileSync(boot, BOOT_IDLE);
      writeFileSync(appFile, APP.replace("import { prepareScanner } from './src/permissions';", "import { boot } from './src/boot';").replace('prepareScanner();', 'boot();'));
      expect(launchFindings((await client.open(appFile)).diagnostics)).toEqual([]);
      await client.open(boot);

      const flagged = client.nextDiagnostics(uriOf(appFile), (p) => launchFindings(p.diagnostics).length === 1);
      await client.change(uriOf(boot), BOOT_IDLE.replace("console.log('booting');", 'await prepareScanner();'));
      const finding = launchFindings((await flagged).diagnostics);
      expect(finding[0]!.message).toContain('boot() → prepareScanner() → PermissionsAndroid.request');
      expect(readFileSync(boot, 'utf8')).toBe(BOOT_IDLE);
    });
  });

  it("typing in a helper that requests nothing leaves its importers alone; a request typed into it does not", async () => {
    await withHelperApp(async (appFile, helper) => {
      await client.open(appFile);
      await client.open(helper);
      await client.server!.linting.idle();
      const relinted = countPublishes(uriOf(appFile));
      await client.change(uriOf(helper), HELPER_WITHOUT_REQUEST.replace('scanner ready', 'scanner warmed up'));
      await client.server!.linting.idle();
      await client.hover(uriOf(appFile), { line: 0, character: 0 }); // a round trip: earlier notifications have arrived
      expect(relinted()).toBe(0);

      const flagged = client.nextDiagnostics(uriOf(appFile), (p) => launchFindings(p.diagnostics).length === 1);
      await client.change(uriOf(helper), HELPER_WITH_REQUEST);
      await flagged;
      expect(relinted()).toBe(1);
    });
  });
});

describe("a custom hook module's buffer", () => {
  const SCREEN = `import { Text, TouchableOpacity, View } from 'react-native';
import Icon from 'react-native-vector-icons/AntDesign';
import useRegister from './src/hooks/useRegister';

export default function Register() {
  const { payload, setPayload } = useRegister();
  return (
    <View>
      <TouchableOpacity onPress={() => setPayload({ ...payload, agree: !payload.agree })}>
        <Icon name={payload.agree ? 'checkcircle' : 'checkcircleo'} />
        <Text>我已阅读并同意《隐私政策》</Text>
      </TouchableOpacity>
    </View>
  );
}
`;
  const HOOK = `import { useState } from 'react';

export default function useRegister() {
  const [payload, setPayload] = useState({ phone: '', agree: false });
  return { payload, setPayload };
}
`;
  const preselected = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'consentry/no-preselected-consent').map((d) => `${d.range.start.line}:${d.message}`);

  it('re-checks the open screen when the unsaved hook starts the agreement ticked, and only then', async () => {
    await withAppCopy(lspApp('rn-app'), 'rn-app', async (appDir) => {
      const screen = join(appDir, 'Register.tsx');
      const hook = join(appDir, 'src/hooks/useRegister.ts');
      writeFileSync(screen, SCREEN);
      mkdirSync(dirname(hook), { recursive: true });
      writeFileSync(hook, HOOK);
      expect(preselected((await client.open(screen)).diagnostics)).toEqual([]);
      await client.open(hook);
      await client.server!.linting.idle();
      const relinted = countPublishes(uriOf(screen));

      // Typing in the hook that leaves the state's start alone re-checks nothing.
      await client.change(uriOf(hook), HOOK.replace("phone: ''", "phone: '', code: ''"));
      await client.server!.linting.idle();
      await client.hover(uriOf(screen), { line: 0, character: 0 }); // a round trip: earlier notifications have arrived
      expect(relinted()).toBe(0);

      const flagged = client.nextDiagnostics(uriOf(screen));
      await client.change(uriOf(hook), HOOK.replace('agree: false', 'agree: true'));
      const finding = preselected((await flagged).diagnostics);
      expect(finding).toHaveLength(1);
      expect(finding[0]).toMatch(/^9:.*payload\.agree.*src\/hooks\/useRegister\.ts:4/);

      // A line added above the state moves the line the message names.
      const moved = client.nextDiagnostics(uriOf(screen));
      await client.change(uriOf(hook), HOOK.replace('agree: false', 'agree: true').replace("import { useState } from 'react';", "import { useState } from 'react';\n// registration form"));
      expect(preselected((await moved).diagnostics)[0]).toMatch(/useRegister\.ts:5/);
      expect(readFileSync(hook, 'utf8')).toBe(HOOK);
    });
  });
});

describe('a WeChat page template buffer', () => {
  it('re-checks the open page script when its unsaved WXML ticks the consent checkbox', async () => {
    await withAppCopy(lspApp('wechat-app'), 'wechat-app', async (appDir) => {
      const script = join(appDir, 'pages/privacy/privacy.js');
      const template = join(appDir, 'pages/privacy/privacy.wxml');
      const onDisk = '<view><checkbox-group bindchange="onAgreeChange"><checkbox value="agree" checked="{{agreed}}" />我已阅读并同意《隐私政策》</checkbox-group></view>\n';
      writeFileSync(script, `Page({\n  data: { phone: '', accepted: true, agreed: false },\n  onAgreeChange(event) {\n    this.setData({ agreed: event.detail.value.includes('agree') });\n  },\n});\n`);
      writeFileSync(template, onDisk);
      const preselected = (diagnostics: Diagnostic[]) =>
        diagnostics.filter((d) => d.code === 'consentry/no-preselected-consent').map((d) => `${d.range.start.line}:${d.message.includes('page template')}`);
      // On disk the box is bound to `agreed`, which starts false; nothing binds `accepted`.
      expect(preselected((await client.open(script)).diagnostics)).toEqual([]);
      await client.open(template);

      const flagged = client.nextDiagnostics(uriOf(script));
      await client.change(uriOf(template), onDisk.replace('{{agreed}}', '{{accepted}}'));
      expect(preselected((await flagged).diagnostics)).toEqual(['1:true']);
      expect(readFileSync(template, 'utf8')).toBe(onDisk);
    });
  });
});

describe('an Expo locale file buffer', () => {
  it('re-checks app.json when a translation is added to the JSON file its locales name, unsaved', async () => {
    await withAppCopy(ruleFixture('purpose-string-quality', 'expo-locales'), 'parcels', async (app) => {
      const appJson = join(app, 'app.json');
      const zh = join(app, 'locales/zh-Hans.json');
      const missingZh = (diagnostics: Diagnostic[]) =>
        diagnostics.filter((d) => d.code === 'consentry/purpose-string-quality' && d.message.includes('NSMicrophoneUsageDescription has no zh-Hans'));
      expect(missingZh((await client.open(appJson)).diagnostics)).toHaveLength(1);

      const original = readFileSync(zh, 'utf8');
      // Not a file Consentry lints itself (its name is the project's choice): it publishes nothing for it.
      await client.openQuietly(zh, original);
      const cleared = client.nextDiagnostics(uriOf(appJson));
      await client.change(uriOf(zh), original.replace('"ios": {', '"ios": {\n    "NSMicrophoneUsageDescription": "用于录制附在破损包裹上的语音备注，例如描述破损情况。",'));
      expect(missingZh((await cleared).diagnostics)).toEqual([]);
      expect(readFileSync(zh, 'utf8')).toBe(original);
    });
  });

  it('shows a weak text of the locale file on app.json, and rewriting it in the unsaved buffer clears that finding alone', async () => {
    await withAppCopy(ruleFixture('purpose-string-quality', 'expo-locale-texts'), 'lockers', async (app) => {
      const appJson = join(app, 'app.json');
      const zh = join(app, 'locales/zh-Hans.json');
      const zhTexts = (diagnostics: Diagnostic[]) =>
        diagnostics
          .filter((d) => d.code === 'consentry/purpose-string-quality' && d.message.includes('(zh-Hans, locales/zh-Hans.json)'))
          .map((d) => `${d.range.start.line}:${d.message.slice(0, d.message.indexOf(' ('))}`);
      const zhEntryLine = readFileSync(appJson, 'utf8').split('\n').findIndex((line) => line.includes('"./locales/zh-Hans.json"'));
      expect(zhTexts((await client.open(appJson)).diagnostics)).toEqual([
        `${zhEntryLine}:The purpose string for NSCameraUsageDescription`,
        `${zhEntryLine}:The purpose string for NSMicrophoneUsageDescription`,
      ]);

      const original = readFileSync(zh, 'utf8');
      await client.openQuietly(zh, original);
      const rechecked = client.nextDiagnostics(uriOf(appJson));
      await client.change(uriOf(zh), original.replace('"用于拍照"', '"用于扫描快递柜门上的二维码，例如取件时。"'));
      expect(zhTexts((await rechecked).diagnostics)).toEqual([`${zhEntryLine}:The purpose string for NSMicrophoneUsageDescription`]);
      expect(readFileSync(zh, 'utf8')).toBe(original);
    });
  });
});

describe('file watching', () => {
  it('asks the client to watch config files of any name, and the app code whose use decides unused declarations', async () => {
    client = await startInProcess({ folders: [lspFixtures] });
    const registration = await client.registration('workspace/didChangeWatchedFiles');
    const globs = (registration.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map((w) => w.globPattern);
    const watched = (path: string) => globs.some((glob) => matchesGlob(path, glob));
    for (const path of [
      '/w/app/ios/App/Info.plist',
      '/w/app/ios/App/zh-Hans.lproj/InfoPlist.strings',
      '/w/app/android/app/src/main/AndroidManifest.xml',
      '/w/app/app.json',
      '/w/app/locales/zh-Hans.json', // an Expo locale file
      '/w/app/app.config.ts',
      '/w/app/entry/src/main/module.json5',
      '/w/app/src/screens/ScanScreen.tsx',
      '/w/app/pages/index/index.wxml',
      '/w/app/pages/index/index.vue',
      '/w/app/android/app/src/main/java/com/x/Scanner.kt',
    ]) {
      expect(watched(path), path).toBe(true);
    }
    for (const path of ['/w/app/assets/logo.png', '/w/app/README.md']) expect(watched(path), path).toBe(false);
  });
});
