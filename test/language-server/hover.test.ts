// Hovers: a flagged call shows the rule, its regulations and what to do; a purpose key in a config file lists the
// call sites in the app's code that need it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MarkupContent } from 'vscode-languageserver';
import { startInProcess, uriOf, type LspTestClient } from './support/harness.js';
import { lspApp, lspFixtures, ruleFixture } from './support/fixtures.js';

let client: LspTestClient;
beforeAll(async () => {
  client = await startInProcess({ folders: [lspFixtures] });
});
afterAll(async () => {
  await client.dispose();
});

const markdown = (hover: { contents: unknown } | null) => (hover?.contents as MarkupContent | undefined)?.value ?? '';

/** Position of the first occurrence of `needle` in a file's text (0-based). */
function positionOf(text: string, needle: string, offsetInNeedle = 1) {
  const index = text.indexOf(needle);
  expect(index, needle).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, index + offsetInNeedle);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

describe('on a flagged call', () => {
  it('shows the rule, the regulations, what to do and the documentation link', async () => {
    const file = lspApp('rn-app/src/screens/ScanScreen.tsx');
    const { diagnostics } = await client.open(file);
    const camera = diagnostics.find((d) => d.message.includes('NSCameraUsageDescription'))!;
    const hover = await client.hover(uriOf(file), camera.range.start);
    const text = markdown(hover);
    expect(text).toContain('**consentry/require-purpose-string**');
    // The diagnostic's own message is shown by the editor next to the hover: the hover adds to it, never repeats it.
    expect(text).not.toContain(camera.message);
    expect(text).toMatch(/\*\*Regulations:\*\* .*Apple 5\.1\.1\(ii\)/);
    expect(text).toContain('**What to do:** Quick fix: Add NSCameraUsageDescription to ios/LspRn/Info.plist');
    expect(text).toContain('[Rule documentation](https://');
    expect(hover!.range).toEqual(camera.range);
  });

  it('returns nothing on an unflagged line', async () => {
    const file = lspApp('rn-app/src/screens/ScanScreen.tsx');
    await client.open(file);
    expect(await client.hover(uriOf(file), { line: 0, character: 3 })).toBeNull();
  });
});

describe('on a purpose key in a config file', () => {
  it('lists the call sites that need the key', async () => {
    const plist = lspApp('rn-app/ios/LspRn/Info.plist');
    const text = readFileSync(plist, 'utf8').replace(
      '</dict>',
      '\t<key>NSCameraUsageDescription</key>\n\t<string>Reads the QR code on a parcel label to check the parcel in</string>\n</dict>',
    );
    await client.open(plist, text);
    const hover = await client.hover(uriOf(plist), positionOf(text, 'NSCameraUsageDescription', 4));
    const value = markdown(hover);
    expect(value).toContain('**NSCameraUsageDescription** (ios)');
    // request() prompts; check() only reads the status and needs no purpose string.
    expect(value).toContain('Needed by 1 call site:');
    expect(value).toMatch(/`request` — \[src\/screens\/ScanScreen\.tsx:12\]\(file:\/\/.*ScanScreen\.tsx#L12\)/);
    expect(value).not.toContain('`check`');
    await client.close(uriOf(plist));
  });

  it('says when no code needs a declared key', async () => {
    const plist = lspApp('rn-app/ios/LspRn/Info.plist');
    const text = readFileSync(plist, 'utf8');
    await client.open(plist, text);
    const value = markdown(await client.hover(uriOf(plist), positionOf(text, 'NSLocationWhenInUseUsageDescription', 3)));
    expect(value).toContain('**NSLocationWhenInUseUsageDescription** (ios)');
    expect(value).toContain("No call in this app's code needs this declaration");
    await client.close(uriOf(plist));
  });

  it('works for WeChat scopes in app.json', async () => {
    const appJson = lspApp('wechat-app/app.json');
    const text = readFileSync(appJson, 'utf8').replace('"style": "v2",', '"permission": { "scope.userLocation": { "desc": "用于查找离你最近的门店" } },\n  "style": "v2",');
    await client.open(appJson, text);
    const value = markdown(await client.hover(uriOf(appJson), positionOf(text, 'scope.userLocation', 3)));
    expect(value).toContain('**scope.userLocation** (wechat)');
    expect(value).toMatch(/`wx\.getLocation` — \[pages\/index\/index\.js:9\]/);
    await client.close(uriOf(appJson));
  });
});

describe('on a translated purpose key (Expo locales file)', () => {
  it('lists the call sites that need the key, as on the base key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-hover-locales-'));
    const own = await startInProcess({ folders: [dir] });
    try {
      cpSync(ruleFixture('purpose-string-quality', 'expo-locales'), join(dir, 'parcels'), { recursive: true });
      mkdirSync(join(dir, 'parcels/app'), { recursive: true });
      writeFileSync(
        join(dir, 'parcels/app/scan.tsx'),
        "import { Camera } from 'expo-camera';\n\nexport async function startScan() {\n  return Camera.requestCameraPermissionsAsync();\n}\n",
      );
      const zh = join(dir, 'parcels/locales/zh-Hans.json');
      const text = readFileSync(zh, 'utf8');
      await own.openQuietly(zh, text);
      const value = markdown(await own.hover(uriOf(zh), positionOf(text, 'NSCameraUsageDescription', 3)));
      expect(value).toContain('**NSCameraUsageDescription** (ios)');
      expect(value).toMatch(/Camera\.requestCameraPermissionsAsync` — \[app\/scan\.tsx:4\]/);
    } finally {
      await own.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
