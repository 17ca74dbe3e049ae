import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { parseStrings } from '../../../eslint-plugin/src/languages/strings/strings-parser.js';
import { describeMessages, lintText, probeConfig, writeProject } from './lint-helpers.js';

const STRINGS = [
  '/* Purpose strings, Simplified Chinese */',
  '"NSCameraUsageDescription" = "用于扫描门票上的二维码，例如入场时核验。";',
  '// location',
  'NSLocationWhenInUseUsageDescription = "Shows \\"nearby\\" stores\\non the map \\U00e9";',
  '"Empty"="";',
  '',
].join('\n');

function parseOk(text: string) {
  const result = parseStrings(text);
  if (!result.ok) throw new Error(`unexpected parse error: ${result.error.message}`);
  return result;
}

describe('.strings parser', () => {
  it('reads quoted and unquoted keys, resolves escapes and keeps exact ranges', () => {
    const { ast, comments } = parseOk(STRINGS);
    expect(ast.entries.map((entry) => [entry.key.value, entry.value.value])).toEqual([
      ['NSCameraUsageDescription', '用于扫描门票上的二维码，例如入场时核验。'],
      ['NSLocationWhenInUseUsageDescription', 'Shows "nearby" stores\non the map é'],
      ['Empty', ''],
    ]);
    const [camera, location] = ast.entries;
    expect(STRINGS.slice(...camera.value.range)).toBe('"用于扫描门票上的二维码，例如入场时核验。"');
    expect(camera.loc).toEqual({ start: { line: 2, column: 0 }, end: { line: 2, column: 52 } });
    expect(location.key).toMatchObject({ quoted: false, loc: { start: { line: 4, column: 0 }, end: { line: 4, column: 35 } } });
    expect(comments.map((c) => [c.type, c.value])).toEqual([
      ['StringsBlockComment', ' Purpose strings, Simplified Chinese '],
      ['StringsLineComment', ' location'],
    ]);
  });

  it('accepts an empty file and a file of comments only', () => {
    expect(parseOk('').ast.entries).toEqual([]);
    expect(parseOk('/* nothing yet */\n// still nothing\n').ast.entries).toEqual([]);
  });

  it('reports syntax errors where the file stops making sense', () => {
    expect(parseStrings('"A" = "b"\n"C" = "d";\n')).toMatchObject({ ok: false, error: { message: "expected ';' but found '\"'", line: 1, column: 10 } });
    expect(parseStrings('"A" "b";')).toMatchObject({ ok: false, error: { line: 1, column: 4 } });
    expect(parseStrings('"A" = "unterminated;\n')).toMatchObject({ ok: false, error: { message: 'unterminated string', line: 1, column: 7 } });
    expect(parseStrings('/* open')).toMatchObject({ ok: false, error: { message: 'unterminated /* comment' } });
  });

  it('explains UTF-16 files (Xcode’s old default) instead of misreading them', () => {
    const utf16AsUtf8 = '\ufffd\ufffd' + '"A" = "b";'.split('').join('\u0000') + '\u0000';
    const result = parseStrings(utf16AsUtf8);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('UTF-16');
  });
});

describe('consentry/strings in ESLint', () => {
  it('reports entries at their exact positions and honours comment directives', async () => {
    const text = ['"A" = "a";', '// eslint-disable-next-line probe/nodes', '"B" = "b";', '/* eslint-disable-line probe/nodes */ "C" = "c";', '  "D" = "d";'].join('\n');
    const messages = await lintText(probeConfig('consentry/strings', ['**/*.strings'], ['StringsEntry']), 'ios/App/zh-Hans.lproj/InfoPlist.strings', text);
    expect(describeMessages(messages)).toEqual(['1:1-1:11 StringsEntry A', '5:3-5:13 StringsEntry D']);
  });

  it('gives a fatal parse error for a broken file', async () => {
    const messages = await lintText(probeConfig('consentry/strings', ['**/*.strings'], ['StringsEntry']), 'ios/App/en.lproj/InfoPlist.strings', '"A" = ;');
    expect(messages).toEqual([expect.objectContaining({ fatal: true, line: 1, column: 7, message: "Parsing error: expected a value but found ';'" })]);
  });

  it('reads UTF-16 files from disk (Xcode’s encoding) with the positions an editor shows', async () => {
    const root = writeProject({});
    const text = '/* 简体中文 */\n"NSCameraUsageDescription" = "用于扫描门票上的二维码";\n';
    const bom = Buffer.from([0xff, 0xfe]);
    for (const [dir, bytes] of [
      ['le.lproj', Buffer.concat([bom, Buffer.from(text, 'utf16le')])],
      ['be.lproj', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
    ] as const) {
      mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(join(root, dir, 'InfoPlist.strings'), bytes);
    }
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: probeConfig('consentry/strings', ['**/*.strings'], ['StringsEntry']) });
    const results = await eslint.lintFiles(['.']);
    expect(results.map((r) => describeMessages(r.messages))).toEqual([
      ['2:1-2:44 StringsEntry NSCameraUsageDescription'],
      ['2:1-2:44 StringsEntry NSCameraUsageDescription'],
    ]);
  });
});
