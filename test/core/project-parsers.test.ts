// The project model's parsers on their own: XML element/attribute spans, .strings tokens, static JS config reading.
import { describe, expect, it } from 'vitest';
import { parseJsConfig } from '../../eslint-plugin/src/core/project/js-config.js';
import { parseJsonConfig } from '../../eslint-plugin/src/core/project/json.js';
import { parseConfigText } from '../../eslint-plugin/src/core/project/parsed-file.js';
import { parseAndroidManifest } from '../../eslint-plugin/src/core/project/parsers/android-manifest.js';
import { lprojLocale, parseStringsText } from '../../eslint-plugin/src/core/project/parsers/infoplist-strings.js';
import { child, childAt, toPlain } from '../../eslint-plugin/src/core/project/config-tree.js';
import { attribute, parseXml } from '../../eslint-plugin/src/core/project/xml.js';
import { decodeText } from '../../eslint-plugin/src/core/file-source.js';

describe('XML', () => {
  it('gives element, content and attribute spans in the original text (entities decoded in values)', () => {
    const text = `<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <uses-permission android:name='android.permission.CAMERA' android:maxSdkVersion="32"/>\n  <application android:label="Scan &amp; Go"></application>\n</manifest>\n`;
    const parsed = parseXml('/m.xml', text, 'AndroidManifest.xml');
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const [permission, application] = parsed.root!.children;
    expect(text.slice(permission.start, permission.end)).toBe(`<uses-permission android:name='android.permission.CAMERA' android:maxSdkVersion="32"/>`);
    const name = attribute(permission, 'android:name')!;
    expect(text.slice(name.valueStart, name.valueEnd)).toBe('android.permission.CAMERA');
    expect(text.slice(name.start, name.end)).toBe(`android:name='android.permission.CAMERA'`);
    expect(attribute(permission, 'android:maxSdkVersion')?.value).toBe('32');
    expect(attribute(application, 'android:label')?.value).toBe('Scan & Go');
    expect(application.contentStart).toBe(application.contentEnd);
  });

  it('reports the validator position for malformed XML and never throws', () => {
    const parsed = parseXml('/m.xml', '<manifest>\n  <uses-permission android:name="x">\n</manifest>\n', 'AndroidManifest.xml');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.range?.start.line).toBe(3);
    expect(parseAndroidManifest('/m.xml', '<resources/>').problems[0].message).toMatch(/no <manifest> root/);
    expect(parseAndroidManifest('/m.xml', '').unreadable).toBe(true);
    expect(parseAndroidManifest('/m.xml', '<<<').unreadable).toBe(true);
  });
});

describe('InfoPlist.strings', () => {
  it('reads quoted and unquoted keys, comments of both kinds, \\U escapes', () => {
    const text = '/* block\n comment */\n// line comment\nNSCameraUsageDescription = "Caf\\U00e9 scanner";\n"NSMicrophoneUsageDescription" = "Voice notes";';
    const parsed = parseStringsText(text);
    expect(parsed.ok).toBe(true);
    expect(parsed.entries.map((e) => [e.key.text, e.value.text])).toEqual([
      ['NSCameraUsageDescription', 'Café scanner'],
      ['NSMicrophoneUsageDescription', 'Voice notes'],
    ]);
    expect(text.slice(parsed.entries[1].value.start, parsed.entries[1].value.end)).toBe('"Voice notes"');
  });

  it('stops with a position at an unterminated comment or string', () => {
    const comment = parseStringsText('"A" = "b";\n/* open');
    expect(comment).toMatchObject({ ok: false, error: { message: 'unterminated comment' } });
    expect(comment.entries).toHaveLength(1);
    expect(parseStringsText('"A" = "b')).toMatchObject({ ok: false, error: { message: 'unterminated string' } });
  });

  it('takes the locale from the .lproj folder', () => {
    expect(lprojLocale('/app/ios/App/zh-Hans.lproj/InfoPlist.strings')).toBe('zh-Hans');
    expect(lprojLocale('/app/ios/App/InfoPlist.strings')).toBeUndefined();
  });

  it('decodes UTF-16 LE/BE and UTF-8 with a BOM', () => {
    const text = '"A" = "中文";';
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]);
    expect(decodeText(le)).toBe(text);
    expect(decodeText(be)).toBe(text);
    expect(decodeText(utf8)).toBe(text);
  });
});

describe('JSON5 / JSONC', () => {
  it('keeps 1-based lines and 0-based columns, with comments, single quotes, unquoted keys and trailing commas', () => {
    const parsed = parseJsonConfig('/module.json5', "{\n  // comment\n  module: {\n    name: 'entry',\n  },\n}\n");
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const module = child(parsed.root, 'module');
    const name = parsed.root.type === 'object' ? parsed.root.members[0] : undefined;
    expect(name?.keyRange.start).toEqual({ line: 3, column: 2, offset: 17 });
    expect(childAt(parsed.root, ['module', 'name'])).toMatchObject({ type: 'string', value: 'entry', range: { start: { line: 4, column: 10 } } });
    expect(toPlain(module)).toEqual({ name: 'entry' });
  });

  it('a syntax error is a problem with its position', () => {
    const parsed = parseJsonConfig('/app.json', '{\n  "pages": [\n}\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.message).toMatch(/^Cannot parse app\.json: /);
    expect(parsed.problem.range?.start).toMatchObject({ line: 3, column: 0 });
  });
});

describe('static JS config reading', () => {
  const read = (text: string, file = '/app.config.ts') => {
    const parsed = parseJsConfig(file, text);
    if (!parsed.ok) throw new Error(parsed.problem.message);
    return parsed;
  };

  it('resolves same-module consts, spreads of literal objects and arrays, computed string keys, negative numbers', () => {
    const { root } = read(
      "const base = { a: 1 };\nconst extra = ['y'];\nexport default { ...base, ['b-c']: -2, list: ['x', ...extra], nested: { flag: true, none: null } };",
    );
    expect(toPlain(root)).toEqual({ a: 1, 'b-c': -2, list: ['x', 'y'], nested: { flag: true, none: null } });
    expect(root.type === 'object' && root.opaque).toBe(false);
  });

  it('marks what it cannot know instead of guessing', () => {
    const { root } = read("import shared from './shared';\nexport default { ...shared, name: getName(), list: [...other], [key]: 1, env: process.env.X };");
    expect(root.type === 'object' && root.opaque).toBe(true);
    expect(child(root, 'name')?.type).toBe('unknown');
    expect(child(root, 'env')?.type).toBe('unknown');
    const list = child(root, 'list');
    expect(list?.type === 'array' && list.opaque).toBe(true);
  });

  it('reads an exported function declaration that returns an object; `let` bindings are not trusted', () => {
    const fn = read("export default function config({ config }) {\n  return { ...config, name: 'Fn' };\n}");
    expect(fn.extendsBaseConfig).toBe(true);
    expect(toPlain(fn.root)).toEqual({ name: 'Fn' });
    const mutable = read("let name = 'A';\nname = 'B';\nexport default { name };");
    expect(child(mutable.root, 'name')?.type).toBe('unknown');
  });

  it('no default export → an unknown root; a syntax error → a problem', () => {
    expect(read("export const name = 'x';").root.type).toBe('unknown');
    const broken = parseJsConfig('/app.config.js', 'export default {');
    expect(broken.ok).toBe(false);
  });

  it('reads octal escapes in a CommonJS config (allowed outside strict code), but not in a TypeScript one', () => {
    const cjs = read("module.exports = { name: 'Demo', alias: './src/ui/\\1' };", '/app.config.js');
    expect(toPlain(cjs.root)).toEqual({ name: 'Demo', alias: './src/ui/\u0001' });
    expect(parseJsConfig('/app.config.ts', "export default { alias: './src/ui/\\1' };").ok).toBe(false);
  });
});

describe('package.json', () => {
  const pkgText = `{\n  "name": "shop",\n  "dependencies": { "react-native": "0.76.6", "broken": 3 },\n  "devDependencies": { "typescript": "5.9.3" },\n  "peerDependencies": { "react": "18.3.1" },\n  "scripts": { "start": "expo start" }\n}\n`;

  it('strict JSON gives the same package facts as the full parse, and its tree with ranges on demand', () => {
    const quick = parseConfigText('package-json', '/apps/shop/package.json', pkgText, 'h');
    // The same text under another name takes the full parse: what the fast path must agree with.
    const full = parseConfigText('package-json', '/apps/shop/other.json', pkgText, 'h');
    expect(quick.pkg).toEqual(full.pkg);
    expect(quick.pkg).toEqual({
      name: 'shop',
      dependencies: { react: '18.3.1', typescript: '5.9.3', 'react-native': '0.76.6' },
      runtimeDependencies: { 'react-native': '0.76.6' },
      scripts: { start: 'expo start' },
    });
    expect(quick.tree).toEqual(full.tree);
    const name = child(quick.tree, 'name')!;
    expect(pkgText.slice(name.range.start.offset, name.range.end.offset)).toBe('"shop"');
  });

  it('a package.json with comments or a syntax error takes the full parse (facts, or a problem on the file)', () => {
    const commented = parseConfigText('package-json', '/apps/shop/package.json', `// generated\n${pkgText}`, 'h');
    expect(commented.pkg?.name).toBe('shop');
    const broken = parseConfigText('package-json', '/apps/shop/package.json', '{ "name": "shop", ', 'h');
    expect(broken.unreadable).toBe(true);
    expect(broken.problems[0]?.message).toMatch(/Cannot parse package\.json/);
  });
});
