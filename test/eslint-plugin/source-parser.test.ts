import { describe, expect, it } from 'vitest';
import { parseForESLint, withoutBindOperator } from '../../eslint-plugin/src/parsers/source-parser.js';

/** The regular expression the scan replaced: the reference for which `::` is Babel's prefix bind operator. */
const PREFIX_BIND_REFERENCE = /(?<=(?:^|[=(,[{:!?;]|\breturn|\byield|\bawait)\s*)::(?=\s*[A-Za-z_$(])/gm;

function blankedByReference(code: string): string | undefined {
  const blanked = code.replace(PREFIX_BIND_REFERENCE, '  ');
  return blanked === code ? undefined : blanked;
}

describe("source parser: Babel's bind operator", () => {
  const cases = [
    'this.onTap = ::this.onTap;',
    'this.onTap =\n  ::this.onTap;',
    'this.onTap =\r\n\t::this.onTap;',
    '::this.start();',
    '  ::this.start();',
    'call(::this.a, ::this.b, [::this.c], { d: ::this.d });',
    'const f = flag ? ::this.a : !::this.b;',
    'function f() { return ::this.save; }',
    'function* g() { yield ::this.next; }',
    'async function h() { await ::this.load; }',
    'function f() { return(::this.save); }',
    'const e = <Button onClick={::this.save} />;',
    'const bound = ::(obj.method);',
    "const cpp = 'std::string';",
    'const label = a ::b;',
    'const r = returned ::value;',
    'const r = xreturn ::value;',
    'x = ::  ;',
    'x = :: 1;',
    'x = ::::this.a;',
    'a\u2028::this.b;',
    'label: ::this.run();',
    'type T = A::B;',
    '',
    'no operator here',
  ];

  it.each(cases)('blanks exactly the `::` the reference expression blanks: %j', (code) => {
    expect(withoutBindOperator(code)).toBe(blankedByReference(code));
  });

  it('keeps every offset: each operator becomes two spaces', () => {
    const code = 'this.onTap = ::this.onTap;\nconst s = "a::b";';
    const blanked = withoutBindOperator(code);
    expect(blanked).toBe('this.onTap =   this.onTap;\nconst s = "a::b";');
    expect(blanked?.length).toBe(code.length);
  });

  it('reads a Flow library definition whose types blank out to a run of 300,000 spaces (mapeo-mobile flow-typed/npm/core-js)', () => {
    // A Flow libdef with its types removed is mostly white space; the look-behind expression was quadratic on it.
    const code = `declare module 'core-js' {\n  declare ${' '.repeat(300_000)}\n}\nthis.handler = ::this.handle;\n`;
    const blanked = withoutBindOperator(code);
    expect(blanked?.length).toBe(code.length);
    expect(blanked?.endsWith('this.handler =   this.handle;\n')).toBe(true);
    expect(withoutBindOperator(`${' '.repeat(300_000)}std::vector`)).toBeUndefined();
  });

  it('parses a Flow file with a bound method through the retry, with the original offsets', () => {
    const code = '// @flow\nclass A { x: ?string; constructor() { this.tap = ::this.tap; } tap() {} }\n';
    const { ast } = parseForESLint(code, { filePath: '/app/A.js', sourceType: 'module', ecmaVersion: 'latest', range: true, loc: true, tokens: true, comment: true }) as {
      ast: { body: Array<{ range: [number, number] }> };
    };
    expect(ast.body[0].range).toEqual([code.indexOf('class'), code.lastIndexOf('}') + 1]);
  });
});
