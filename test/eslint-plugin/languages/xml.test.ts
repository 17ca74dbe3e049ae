import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { parseXml } from '../../../eslint-plugin/src/languages/xml/xml-parser.js';
import type { XMLElement, XMLText } from '../../../eslint-plugin/src/languages/xml/xml-ast.js';
import plugin from '../../../eslint-plugin/src/index.js';
import { describeMessages, lintText, probeConfig, writeProject } from './lint-helpers.js';

const MANIFEST = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<manifest xmlns:android="http://schemas.android.com/apk/res/android"',
  '    xmlns:tools="http://schemas.android.com/tools">',
  '    <!-- camera for QR scanning -->',
  '    <uses-permission android:name="android.permission.CAMERA" />',
  '    <uses-permission android:name="android.permission.RECORD_AUDIO" tools:node="remove"/>',
  '    <application android:label="Demo &amp; Co"></application>',
  '</manifest>',
  '',
].join('\n');

const PLIST_CRLF = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
  '<plist version="1.0">',
  '<dict>',
  '\t<key>NSCameraUsageDescription</key>',
  '\t<string>Scan a QR code &lt;on the ticket&gt; to check in</string>',
  '\t<key>Notes</key>',
  '\t<string><![CDATA[a < b]]></string>',
  '\t<key>Empty</key>',
  '\t<string></string>',
  '</dict>',
  '</plist>',
  '',
].join('\r\n');

function elements(root: XMLElement, name: string): XMLElement[] {
  const found: XMLElement[] = [];
  const walk = (element: XMLElement) => {
    if (element.name === name) found.push(element);
    for (const child of element.children) if (child.type === 'XMLElement') walk(child);
  };
  walk(root);
  return found;
}

function parseOk(text: string) {
  const result = parseXml(text);
  if (!result.ok) throw new Error(`unexpected parse error: ${result.error.message}`);
  return result;
}

describe('XML parser', () => {
  it('gives elements and attributes exact ranges and 1-based-line / 0-based-column locations', () => {
    const { ast, comments } = parseOk(MANIFEST);
    const manifest = ast.children[0];
    expect(manifest.name).toBe('manifest');
    expect(manifest.attributes.map((a) => a.name)).toEqual(['xmlns:android', 'xmlns:tools']);

    const [camera, audio] = elements(manifest, 'uses-permission');
    expect(MANIFEST.slice(...camera.range)).toBe('<uses-permission android:name="android.permission.CAMERA" />');
    expect(camera.selfClosing).toBe(true);
    expect(camera.loc).toEqual({ start: { line: 5, column: 4 }, end: { line: 5, column: 64 } });

    const [name, toolsNode] = audio.attributes;
    expect(name.name).toBe('android:name');
    expect(name.value).toBe('android.permission.RECORD_AUDIO');
    expect(MANIFEST.slice(...name.range)).toBe('android:name="android.permission.RECORD_AUDIO"');
    expect(MANIFEST.slice(...name.valueRange)).toBe('android.permission.RECORD_AUDIO');
    expect(name.loc).toEqual({ start: { line: 6, column: 21 }, end: { line: 6, column: 67 } });
    expect(toolsNode).toMatchObject({ name: 'tools:node', value: 'remove' });

    const [application] = elements(manifest, 'application');
    expect(application.attributes[0].value).toBe('Demo & Co');
    expect(MANIFEST.slice(...application.attributes[0].valueRange)).toBe('Demo &amp; Co');

    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ type: 'XMLComment', value: ' camera for QR scanning ', loc: { start: { line: 4, column: 4 }, end: { line: 4, column: 35 } } });
  });

  it('keeps exact offsets with CRLF line endings, decodes entities and keeps CDATA verbatim', () => {
    const { ast } = parseOk(PLIST_CRLF);
    const dict = elements(ast.children[0], 'dict')[0];
    const strings = dict.children.filter((child): child is XMLElement => child.type === 'XMLElement' && child.name === 'string');
    const [purpose, notes, empty] = strings;

    const text = purpose.children[0] as XMLText;
    expect(text.value).toBe('Scan a QR code <on the ticket> to check in');
    expect(PLIST_CRLF.slice(...text.range)).toBe('Scan a QR code &lt;on the ticket&gt; to check in');
    expect(text.loc.start).toEqual({ line: 6, column: 9 });

    expect(notes.children[0]).toMatchObject({ type: 'XMLText', cdata: true, value: 'a < b' });
    expect(empty.children).toEqual([]);
    expect(empty.loc).toEqual({ start: { line: 10, column: 1 }, end: { line: 10, column: 18 } });
    // Indentation between <key>/<string> pairs is not content.
    expect(dict.children.every((child) => child.type === 'XMLElement')).toBe(true);
  });

  it('reports malformed XML with the line and column of the problem', () => {
    const result = parseXml('<plist>\n<dict>\n  <key>A</key>\n</dic>\n</plist>\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/closing tag/);
    expect(result.error).toMatchObject({ line: 4, column: 1 });
  });

  it('explains a binary plist instead of failing on its bytes', () => {
    const result = parseXml('bplist00\u00d4\u0001\u0002\u0000\u0000');
    expect(result).toMatchObject({ ok: false, error: { line: 1, column: 1 } });
    if (!result.ok) expect(result.error.message).toContain('plutil -convert xml1');
  });

  it('says an empty or blank file is empty, instead of the validator\'s "Start tag expected"', () => {
    for (const text of ['', '\n', '  \r\n\t']) {
      expect(parseXml(text)).toMatchObject({ ok: false, error: { message: expect.stringContaining('file is empty'), line: 1, column: 1 } });
    }
  });

  it('rejects NUL bytes, UTF-16 text and oversized files with a clear message', () => {
    const withNul = parseXml('<plist>\n<dict>\u0000</dict></plist>');
    expect(withNul).toMatchObject({ ok: false, error: { line: 2, column: 7 } });
    if (!withNul.ok) expect(withNul.error.message).toContain('NUL byte');

    const utf16 = parseXml('\ufffd\ufffd<\u0000p\u0000l\u0000i\u0000s\u0000t\u0000>\u0000');
    expect(utf16.ok).toBe(false);
    if (!utf16.ok) expect(utf16.error.message).toContain('UTF-16');

    const huge = parseXml(`<plist>${' '.repeat(5 * 1024 * 1024)}</plist>`);
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.error.message).toMatch(/too large/);

    expect(parseXml('<plist/>', { maxFileSize: 4 }).ok).toBe(false);
  });

  it('never throws on hostile input', () => {
    const inputs = ['', '<', '<a', '<a b=">', '<a></a><b>', '<!-- x', '<![CDATA[', '<a>&#xFFFFFFF;</a>', '<?xml ?>', '<!DOCTYPE x [<!ENTITY e "x">]><a>&e;</a>'];
    for (const input of inputs) expect(() => parseXml(input)).not.toThrow();
    expect(parseXml('').ok).toBe(false);
  });
});

describe('consentry/xml in ESLint', () => {
  it('reports nodes at their exact 1-based positions', async () => {
    const messages = await lintText(
      probeConfig('consentry/xml', ['**/AndroidManifest.xml'], ['XMLElement[name="uses-permission"] > XMLAttribute[name="android:name"]']),
      'android/app/src/main/AndroidManifest.xml',
      MANIFEST,
    );
    expect(describeMessages(messages)).toEqual([
      '5:22-5:62 XMLAttribute android:name',
      '6:22-6:68 XMLAttribute android:name',
    ]);
  });

  it('honours eslint-disable directives written as XML comments', async () => {
    const text = [
      '<plist><dict>',
      '  <!-- eslint-disable-next-line probe/nodes -->',
      '  <key>A</key>',
      '  <key>B</key> <!-- eslint-disable-line probe/nodes -- reviewed -->',
      '  <key>C</key>',
      '</dict></plist>',
    ].join('\n');
    const messages = await lintText(probeConfig('consentry/xml', ['**/Info.plist'], ['XMLElement[name="key"]']), 'ios/App/Info.plist', text);
    expect(describeMessages(messages)).toEqual(['5:3-5:15 XMLElement key']);
  });

  it('gives a fatal parse error on a broken file while the other files of the run are linted', async () => {
    const root = writeProject({
      'ios/App/Info.plist': '<plist><dict><key>A</key></plist>',
      'ios/Legacy/Info.plist': 'bplist00\u0001\u0002',
      'android/app/src/main/AndroidManifest.xml': MANIFEST,
      'ios/App/PrivacyInfo.xcprivacy': '<plist><dict><key>NSPrivacyTracking</key><false/></dict></plist>',
      'ios/Huge/Info.plist': `<plist><dict>${'<key>A</key><string>b</string>'.repeat(150_000)}</dict></plist>`,
      'ios/Nul/Info.plist': '<plist><dict><key>A</key>\u0000</dict></plist>',
    });
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: probeConfig('consentry/xml', ['**/*.plist', '**/*.xml', '**/*.xcprivacy'], ['XMLElement[name="uses-permission"]', 'XMLElement[name="key"]']),
    });
    const results = await eslint.lintFiles(['.']);
    const byFile = Object.fromEntries(results.map((r) => [r.filePath.slice(root.length + 1), r.messages]));
    expect(Object.keys(byFile).sort()).toEqual([
      'android/app/src/main/AndroidManifest.xml',
      'ios/App/Info.plist',
      'ios/App/PrivacyInfo.xcprivacy',
      'ios/Huge/Info.plist',
      'ios/Legacy/Info.plist',
      'ios/Nul/Info.plist',
    ]);
    expect(byFile['ios/Huge/Info.plist']).toEqual([expect.objectContaining({ fatal: true, line: 1, column: 1, message: expect.stringContaining('too large') })]);
    expect(byFile['ios/Nul/Info.plist']).toEqual([expect.objectContaining({ fatal: true, line: 1, column: 26, message: expect.stringContaining('NUL byte') })]);
    expect(byFile['ios/App/Info.plist']).toEqual([expect.objectContaining({ fatal: true, ruleId: null, message: expect.stringMatching(/^Parsing error: /) })]);
    expect(byFile['ios/Legacy/Info.plist']).toEqual([expect.objectContaining({ fatal: true, message: expect.stringContaining('plutil -convert xml1') })]);
    expect(byFile['android/app/src/main/AndroidManifest.xml'].map((m) => m.message)).toEqual(['XMLElement uses-permission', 'XMLElement uses-permission']);
    expect(byFile['ios/App/PrivacyInfo.xcprivacy'].map((m) => m.message)).toEqual(['XMLElement key']);
  });

  it('is wired by the recommended config for Info.plist, *.xcprivacy and AndroidManifest.xml only', async () => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: plugin.configs.recommended, cwd: process.cwd() });
    const broken = '<plist><dict></plist>';
    for (const file of ['ios/App/Info.plist', 'ios/App/PrivacyInfo.xcprivacy', 'android/app/src/main/AndroidManifest.xml']) {
      const [result] = await eslint.lintText(broken, { filePath: `${process.cwd()}/test/fixtures/virtual/${file}` });
      expect(result.messages[0]?.fatal, file).toBe(true);
    }
    for (const file of ['ios/App/GoogleService-Info.plist', 'ios/App/App.entitlements', 'res/values/strings.xml']) {
      const [result] = await eslint.lintText(broken, { filePath: `${process.cwd()}/test/fixtures/virtual/${file}`, warnIgnored: false });
      expect(result?.messages ?? [], file).toEqual([]);
    }
  });
});
