import { describe, expect, it } from 'vitest';
import { compiledFor } from '../../eslint-plugin/src/parsers/conditional-compilation.js';

const COMPONENT = [
  'top: {',
  '  // #ifndef H5',
  '  default: 0',
  '  // #endif',
  '  /* #ifdef H5 || MP-ALIPAY */',
  '  default: 44',
  '  /* #endif */',
  '  <!-- #ifdef MP-WEIXIN -->',
  '  wx: 1,',
  '  <!-- #endif -->',
  '}',
].join('\r\n');

describe('uni-app conditional compilation, as one build compiles it', () => {
  it("blanks the other platforms' branches, keeping every offset and line break", () => {
    const app = compiledFor(COMPONENT, 'app')!;
    expect(app).toHaveLength(COMPONENT.length);
    expect(app.split('\r\n').map((line) => line.trim())).toEqual(['top: {', '// #ifndef H5', 'default: 0', '// #endif', '/* #ifdef H5 || MP-ALIPAY */', '', '/* #endif */', '<!-- #ifdef MP-WEIXIN -->', '', '<!-- #endif -->', '}']);
    const weixin = compiledFor(COMPONENT, 'mp-weixin')!;
    expect(weixin.split('\r\n').map((line) => line.trim())).toEqual(['top: {', '// #ifndef H5', 'default: 0', '// #endif', '/* #ifdef H5 || MP-ALIPAY */', '', '/* #endif */', '<!-- #ifdef MP-WEIXIN -->', 'wx: 1,', '<!-- #endif -->', '}']);
  });

  it('nests, and reads APP-PLUS / APP-ANDROID as the App and MP as every mini-program', () => {
    const code = ['// #ifdef APP-PLUS || MP', 'a()', '// #ifdef APP-ANDROID', 'b()', '// #endif', '// #endif', '// #ifdef H5', 'c()', '// #endif'].join('\n');
    expect(compiledFor(code, 'app')!.split('\n').map((l) => l.trim())).toEqual(['// #ifdef APP-PLUS || MP', 'a()', '// #ifdef APP-ANDROID', 'b()', '// #endif', '// #endif', '// #ifdef H5', '', '// #endif']);
    expect(compiledFor(code, 'mp-weixin')!.split('\n').map((l) => l.trim())).toEqual(['// #ifdef APP-PLUS || MP', 'a()', '// #ifdef APP-ANDROID', '', '// #endif', '// #endif', '// #ifdef H5', '', '// #endif']);
  });

  it('keeps the code that closes a block after `// #endif` on its line, as uni-app removes the marker only (zuji.vue)', () => {
    const code = ['onReady() {', '\t// #ifdef APP-PLUS', '\tthis.h = 1', '\t// #endif', '\t// #ifdef MP-WEIXIN', '\tthis.h = 2', '\t// #endif\t\t},', 'onLoad() {}'].join('\n');
    const app = compiledFor(code, 'app')!;
    expect(app.length).toBe(code.length);
    expect(app.split('\n').map((l) => l.trim())).toEqual(['onReady() {', '// #ifdef APP-PLUS', 'this.h = 1', '// #endif', '// #ifdef MP-WEIXIN', '', '},', 'onLoad() {}']);
    // A label after the marker (`// #endif H5`) stays in the comment.
    expect(compiledFor('// #ifdef H5\nh()\n// #endif H5\n', 'app')!.split('\n')[2]).toBe('// #endif H5');
  });

  it('gives nothing for text without markers, with nothing to blank, or with markers that do not pair up', () => {
    expect(compiledFor('const a = 1;', 'app')).toBeUndefined();
    expect(compiledFor('// #ifdef APP-PLUS\na()\n// #endif', 'app')).toBeUndefined();
    expect(compiledFor('a()\n// #endif\n// #ifdef H5\nb()', 'app')).toBeUndefined();
  });
});
