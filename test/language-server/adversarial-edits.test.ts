// Adversarial inputs for the cross-file declaration quick fixes (buildDeclarationEdits / buildDeclarationsEdits /
// buildTranslationEdits). Every case applies the edits and checks:
//   (1) every byte outside the edited ranges is unchanged, and no comment of the original disappears;
//   (2) the result parses with a parser of the file's kind and holds the declaration at the right path;
//   (3) line endings, BOM and indentation follow the file;
// or that the builder declined (undefined). Case ids name the file kind: P Info.plist, S .strings, A AndroidManifest,
// X app.json, C app.config.*, W WeChat, U uni-app, H HarmonyOS, T translations.
import { describe, expect, it } from 'vitest';
import { evaluate as evaluateMomoa, parse as parseMomoa } from '@humanwhocodes/momoa';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ts from 'typescript';
import {
  applyTextEdits,
  buildDeclarationEdits,
  buildDeclarationsEdits,
  buildTranslationEdits,
  type DeclarationEditRequest,
  type FileEdits,
  type TextEdit,
  type TranslationTarget,
} from '../../eslint-plugin/src/core/edits/index.js';

const V = 'TODO: explain why the app needs this';
const BOM = '\uFEFF';

type Req = Omit<DeclarationEditRequest, 'value'> & { value?: string };
type Files = Record<string, string>;

// ---------------------------------------------------------------------------------------------------------------
// Harness

/** Every byte outside the edited ranges is unchanged. */
function expectOutsideUnchanged(before: string, edits: readonly TextEdit[], after: string): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let cursor = 0;
  let offset = 0;
  for (const edit of sorted) {
    expect(edit.start, 'edits do not overlap').toBeGreaterThanOrEqual(cursor);
    expect(after.slice(cursor + offset, edit.start + offset)).toBe(before.slice(cursor, edit.start));
    offset += edit.newText.length - (edit.end - edit.start);
    cursor = edit.end;
  }
  expect(after.slice(cursor + offset)).toBe(before.slice(cursor));
}

/** Comments of the original (XML, line and block) all still present, as many times. */
function expectCommentsKept(before: string, after: string, kinds: 'xml' | 'js'): void {
  const re = kinds === 'xml' ? /<!--[\s\S]*?-->/g : /\/\*[\s\S]*?\*\/|\/\/[^\n\r]*/g;
  const count = (text: string, c: string) => text.split(c).length - 1;
  for (const c of new Set(before.match(re) ?? [])) {
    expect(count(after, c), `comment ${JSON.stringify(c)} kept`).toBeGreaterThanOrEqual(count(before, c));
  }
}

/** Line endings and BOM of the original kept. */
function expectEolAndBom(before: string, after: string): void {
  expect(after.startsWith(BOM), 'BOM kept / not added').toBe(before.startsWith(BOM));
  if (before.includes('\r\n')) expect(after.replace(/\r\n/g, ''), 'only CRLF line ends').not.toMatch(/[\r\n]/);
  else expect(after, 'only LF line ends').not.toContain('\r');
}

/** The indentation of each new line in the inserted text is made of whole `unit`s. */
function expectIndentUnits(edits: readonly TextEdit[], unit: string): void {
  for (const edit of edits) {
    const lines = edit.newText.split(/\r?\n/).slice(1);
    for (const line of lines) {
      if (line.trim() === '') continue;
      const indent = /^[ \t]*/.exec(line)![0];
      if (unit === '\t') expect(indent, `tab indent in ${JSON.stringify(line)}`).toMatch(/^\t*$/);
      else {
        expect(indent, `space indent in ${JSON.stringify(line)}`).toMatch(/^ *$/);
        expect(indent.length % unit.length, `indent of ${JSON.stringify(line)} is whole ${unit.length}-space units`).toBe(0);
      }
    }
  }
}

interface Run {
  results: FileEdits[] | undefined;
  out: Files;
}

function applyResults(results: FileEdits[], files: Files): Files {
  const out = { ...files };
  for (const { file, edits, create } of results) {
    if (create) {
      expect(files[file], `${file} is created only when missing`).toBeUndefined();
      out[file] = edits[0]!.newText;
    } else {
      expect(files[file], `${file} exists`).toBeDefined();
      out[file] = applyTextEdits(files[file]!, edits);
      expectOutsideUnchanged(files[file]!, edits, out[file]!);
    }
  }
  return out;
}

function run(request: Req | Req[], files: Files): Run {
  const requests = (Array.isArray(request) ? request : [request]).map((r) => ({ value: V, ...r }) as DeclarationEditRequest);
  const read = (file: string) => files[file];
  const results = requests.length === 1 ? buildDeclarationEdits(requests[0]!, read) : buildDeclarationsEdits(requests, read);
  return { results, out: results ? applyResults(results, files) : { ...files } };
}

/** Runs and requires an edit (not declined, not "already declared"). */
function edit(request: Req | Req[], files: Files, file: string, comments: 'xml' | 'js' = 'js'): { out: string; edits: TextEdit[]; all: Files } {
  const { results, out } = run(request, files);
  expect(results, 'the builder did not decline').toBeDefined();
  const mine = results!.find((r) => r.file === file);
  expect(mine, `an edit of ${file}`).toBeDefined();
  expect(mine!.edits.length).toBeGreaterThan(0);
  if (files[file] !== undefined) {
    expectEolAndBom(files[file]!, out[file]!);
    expectCommentsKept(files[file]!, out[file]!, comments);
  }
  return { out: out[file]!, edits: mine!.edits, all: out };
}

/** Either declined, or produced a result that passes `check`. */
function declinedOr(request: Req | Req[], files: Files, check: (out: Files) => void): void {
  const { results, out } = run(request, files);
  if (results === undefined) return;
  check(out);
}

const stripBom = (text: string) => text.replace(/^\uFEFF/, '');

// ---- parsers ----

type XmlNode = Record<string, unknown>;
function xmlTree(text: string): XmlNode[] {
  const body = stripBom(text);
  const valid = XMLValidator.validate(body);
  expect(valid, `well-formed XML: ${JSON.stringify(valid)}`).toBe(true);
  return new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', processEntities: true }).parse(body) as XmlNode[];
}
const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ':@');
const childrenOf = (node: XmlNode) => (node[tagOf(node)!] as XmlNode[]) ?? [];
function textOf(node: XmlNode): string {
  return childrenOf(node)
    .map((c) => (tagOf(c) === '#text' ? String(c['#text']) : ''))
    .join('');
}

/** The top-level dict of a plist: key → { tag, text }, with duplicate keys counted. */
function plistTop(text: string): { entries: Record<string, { tag: string; text: string }>; keys: string[] } {
  const tree = xmlTree(text);
  const plist = tree.find((n) => tagOf(n) === 'plist');
  const dict = (plist ? childrenOf(plist) : tree).find((n) => tagOf(n) === 'dict');
  expect(dict, 'a top-level dict').toBeDefined();
  const entries: Record<string, { tag: string; text: string }> = {};
  const keys: string[] = [];
  const kids = childrenOf(dict!).filter((n) => tagOf(n) !== '#text');
  for (let i = 0; i < kids.length; i += 2) {
    expect(tagOf(kids[i]!)).toBe('key');
    const key = textOf(kids[i]!);
    keys.push(key);
    entries[key] = { tag: tagOf(kids[i + 1]!)!, text: textOf(kids[i + 1]!) };
  }
  return { entries, keys };
}

function expectPlistHas(text: string, key: string, value = V): void {
  const { entries, keys } = plistTop(text);
  expect(entries[key], `${key} in the top dict`).toEqual({ tag: 'string', text: value });
  expect(keys.filter((k) => k === key), `${key} once`).toHaveLength(1);
}

function manifestPermissions(text: string): string[] {
  const tree = xmlTree(text);
  const manifest = tree.find((n) => tagOf(n) === 'manifest');
  expect(manifest, '<manifest>').toBeDefined();
  return childrenOf(manifest!)
    .filter((n) => tagOf(n) === 'uses-permission' || tagOf(n) === 'uses-permission-sdk-23')
    .map((n) => {
      const attrs = (n[':@'] ?? {}) as Record<string, string>;
      return Object.entries(attrs).find(([k]) => k.endsWith(':name'))?.[1] ?? '';
    });
}

function json(text: string): any {
  return JSON.parse(stripBom(text));
}

function jsonc(text: string): any {
  // JSON with comments and trailing commas, as HBuilderX reads manifest.json; unquoted keys are an error.
  return evaluateMomoa(parseMomoa(stripBom(text), { mode: 'jsonc', allowTrailingCommas: true }));
}

function json5(text: string): any {
  return evaluateMomoa(parseMomoa(text, { mode: 'json5' }));
}

/** A JS/TS config evaluated (after a syntax check): its default export, called with { config: {} } when a function. */
async function jsConfig(text: string, file = 'app.config.ts'): Promise<any> {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, /\.tsx?$/.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const diags = ((sf as any).parseDiagnostics ?? []) as ts.Diagnostic[];
  expect(diags.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), 'no syntax errors').toEqual([]);
  const js = ts.transpileModule(text, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  const module = { exports: {} as any };
  const requireStub = () => ({ defineConfig: (x: unknown) => x, defineAppConfig: (x: unknown) => x });
  new Function('module', 'exports', 'require', js)(module, module.exports, requireStub);
  const exported = module.exports.default ?? module.exports;
  return typeof exported === 'function' ? await exported({ config: {} }) : exported;
}

// ---------------------------------------------------------------------------------------------------------------
// Info.plist

const PL = '/app/ios/App/Info.plist';
const plistReq = (key = 'NSCameraUsageDescription'): Req => ({ kind: 'info-plist', platform: 'ios', file: PL, key });
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n';

describe('Info.plist', () => {
  it('P1 CRLF + BOM, tab indented', () => {
    const text = (BOM + HEAD + '<plist version="1.0">\n<dict>\n\t<key>CFBundleName</key>\n\t<string>Demo</string>\n</dict>\n</plist>\n').replace(/\n/g, '\r\n');
    const { out, edits } = edit(plistReq(), { [PL]: text }, PL, 'xml');
    expectPlistHas(out, 'NSCameraUsageDescription');
    expectIndentUnits(edits, '\t');
  });

  it('P2 top dict is <dict/>', () => {
    const text = HEAD + '<plist version="1.0">\n<dict/>\n</plist>\n';
    const { out, edits } = edit(plistReq(), { [PL]: text }, PL, 'xml');
    expectPlistHas(out, 'NSCameraUsageDescription');
    expectIndentUnits(edits, '\t');
  });

  it('P3 top dict is <dict></dict> on one line', () => {
    const text = HEAD + '<plist version="1.0">\n<dict></dict>\n</plist>\n';
    const { out } = edit(plistReq(), { [PL]: text }, PL, 'xml');
    expectPlistHas(out, 'NSCameraUsageDescription');
    expect(out).toContain(`<dict>\n\t<key>NSCameraUsageDescription</key>\n\t<string>${V}</string>\n</dict>`);
  });

  it('P4 empty top dict spanning lines, CRLF, with <dict /> (space) variant', () => {
    const text = (HEAD + '<plist version="1.0">\n<dict>\n</dict>\n</plist>\n').replace(/\n/g, '\r\n');
    const { out } = edit(plistReq(), { [PL]: text }, PL, 'xml');
    expectPlistHas(out, 'NSCameraUsageDescription');
    const spaced = HEAD + '<plist version="1.0">\n<dict />\n</plist>\n';
    expectPlistHas(edit(plistReq(), { [PL]: spaced }, PL, 'xml').out, 'NSCameraUsageDescription');
  });

  it('P5 single-line plist', () => {
    const text = '<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>CFBundleName</key><string>Demo</string></dict></plist>';
    const { out } = edit(plistReq(), { [PL]: text }, PL, 'xml');
    expectPlistHas(out, 'NSCameraUsageDescription');
    expect(plistTop(out).entries.CFBundleName).toEqual({ tag: 'string', text: 'Demo' });
  });

  it('P6 comments and CDATA that contain </dict> and <key>', () => {
    const text =
      HEAD +
      '<plist version="1.0">\n<dict>\n\t<!-- </dict> <key>NSCameraUsageDescription</key> -->\n\t<key>Note</key>\n\t<string><![CDATA[</dict><key>NSCameraUsageDescription</key>]]></string>\n</dict>\n</plist>\n';
    const { out } = edit(plistReq(), { [PL]: text }, PL, 'xml');
    expectPlistHas(out, 'NSCameraUsageDescription');
    expect(out.indexOf('<key>NSCameraUsageDescription</key>\n\t<string>')).toBeGreaterThan(out.indexOf(']]>'));
  });

  it('P7 entities in keys and strings; a value needing escaping', () => {
    const text = HEAD + '<plist version="1.0">\n<dict>\n\t<key>A&amp;B</key>\n\t<string>Tom &amp; Jerry &lt;3</string>\n</dict>\n</plist>\n';
    const value = 'Scan <QR> codes & "tickets"';
    const { out } = edit({ ...plistReq(), value }, { [PL]: text }, PL, 'xml');
    expectPlistHas(out, 'NSCameraUsageDescription', value);
    expect(plistTop(out).entries['A&B']).toEqual({ tag: 'string', text: 'Tom & Jerry <3' });
  });

  it('P8 the key only in a nested dict before: added at the top level', () => {
    const text =
      HEAD +
      '<plist version="1.0">\n<dict>\n\t<key>Nested</key>\n\t<dict>\n\t\t<key>NSCameraUsageDescription</key>\n\t\t<string>nested</string>\n\t</dict>\n\t<key>Arr</key>\n\t<array>\n\t\t<dict>\n\t\t\t<key>NSCameraUsageDescription</key>\n\t\t\t<string/>\n\t\t</dict>\n\t</array>\n</dict>\n</plist>\n';
    const { out } = edit(plistReq(), { [PL]: text }, PL, 'xml');
    expectPlistHas(out, 'NSCameraUsageDescription');
    expect(out).toContain('<string>nested</string>');
  });

  it('P9 existing key with <string/> is filled', () => {
    const text = HEAD + '<plist version="1.0">\n<dict>\n\t<key>NSCameraUsageDescription</key>\n\t<string/>\n</dict>\n</plist>\n';
    const { out } = edit(plistReq(), { [PL]: text }, PL, 'xml');
    expectPlistHas(out, 'NSCameraUsageDescription');
  });

  it('P10 existing key with <string></string> / whitespace, CRLF, is filled', () => {
    for (const empty of ['<string></string>', '<string>  \r\n\t</string>']) {
      const text = (HEAD + '<plist version="1.0">\n<dict>\n\t<key>NSCameraUsageDescription</key>\n\t').replace(/\n/g, '\r\n') + empty + '\r\n</dict>\r\n</plist>\r\n';
      const { out } = edit(plistReq(), { [PL]: text }, PL, 'xml');
      expectPlistHas(out, 'NSCameraUsageDescription');
    }
  });

  it('P11 existing key whose string holds only a comment is filled (parsers see an empty string)', () => {
    const text = HEAD + '<plist version="1.0">\n<dict>\n\t<key>NSCameraUsageDescription</key>\n\t<string><!-- TODO --></string>\n</dict>\n</plist>\n';
    expect(plistTop(text).entries.NSCameraUsageDescription).toEqual({ tag: 'string', text: '' });
    const { out } = edit(plistReq(), { [PL]: text }, PL, 'xml');
    expectPlistHas(out, 'NSCameraUsageDescription');
  });

  it('P12 existing key whose string is an empty CDATA section is filled', () => {
    const text = HEAD + '<plist version="1.0">\n<dict>\n\t<key>NSCameraUsageDescription</key>\n\t<string><![CDATA[]]></string>\n</dict>\n</plist>\n';
    const { out } = edit(plistReq(), { [PL]: text }, PL, 'xml');
    expectPlistHas(out, 'NSCameraUsageDescription');
  });

  it('P13 4-space indented plist', () => {
    const text = HEAD + '<plist version="1.0">\n<dict>\n    <key>CFBundleName</key>\n    <string>Demo</string>\n</dict>\n</plist>\n';
    const { out, edits } = edit(plistReq(), { [PL]: text }, PL, 'xml');
    expectPlistHas(out, 'NSCameraUsageDescription');
    expectIndentUnits(edits, '    ');
    expect(out).toContain(`    <key>NSCameraUsageDescription</key>\n    <string>${V}</string>\n</dict>`);
  });

  it('P14 </dict> on the same line as the last </string>', () => {
    const text = HEAD + '<plist version="1.0">\n<dict>\n\t<key>CFBundleName</key>\n\t<string>Demo</string></dict>\n</plist>\n';
    const { out } = edit(plistReq(), { [PL]: text }, PL, 'xml');
    expectPlistHas(out, 'NSCameraUsageDescription');
  });

  it('P15 DOCTYPE with an internal subset', () => {
    const text = '<?xml version="1.0"?>\n<!DOCTYPE plist [\n  <!ENTITY app "Demo">\n]>\n<plist version="1.0">\n<dict>\n\t<key>CFBundleName</key>\n\t<string>x</string>\n</dict>\n</plist>\n';
    const { out } = edit(plistReq(), { [PL]: text }, PL, 'xml');
    expect(out).toContain(`\t<key>NSCameraUsageDescription</key>\n\t<string>${V}</string>\n</dict>`);
  });

  it('P16 existing key with a non-string value: declined', () => {
    const text = HEAD + '<plist version="1.0">\n<dict>\n\t<key>NSCameraUsageDescription</key>\n\t<true/>\n</dict>\n</plist>\n';
    expect(run(plistReq(), { [PL]: text }).results).toBeUndefined();
  });

  it('P17 existing non-empty value: nothing to do', () => {
    const text = HEAD + '<plist version="1.0">\n<dict>\n\t<key>NSCameraUsageDescription</key>\n\t<string>Scan &amp; go</string>\n</dict>\n</plist>\n';
    expect(run(plistReq(), { [PL]: text }).results).toEqual([]);
  });

  it('P18 the key only in a comment at the top level: added', () => {
    const text = HEAD + '<plist version="1.0">\n<dict>\n\t<!--\n\t<key>NSCameraUsageDescription</key>\n\t<string></string>\n\t-->\n</dict>\n</plist>\n';
    const { out } = edit(plistReq(), { [PL]: text }, PL, 'xml');
    expectPlistHas(out, 'NSCameraUsageDescription');
  });

  it('P19 top dict indented (inside <plist> with indentation) and 2-space unit', () => {
    const text = '<plist version="1.0">\n  <dict>\n    <key>CFBundleName</key>\n    <string>Demo</string>\n  </dict>\n</plist>\n';
    const { out } = edit(plistReq(), { [PL]: text }, PL, 'xml');
    expect(out).toContain(`    <key>NSCameraUsageDescription</key>\n    <string>${V}</string>\n  </dict>`);
  });

  it('P20 <dict/> inside an indented plist with 2-space unit', () => {
    const text = '<plist version="1.0">\n  <dict/>\n</plist>\n';
    const { out } = edit(plistReq(), { [PL]: text }, PL, 'xml');
    expectPlistHas(out, 'NSCameraUsageDescription');
    expect(out).toContain(`  <dict>\n    <key>NSCameraUsageDescription</key>\n    <string>${V}</string>\n  </dict>`);
  });

  it('P21 no <plist> wrapper or a <plist> whose root is an array: declined or correct', () => {
    declinedOr(plistReq(), { [PL]: '<plist version="1.0">\n<array>\n\t<dict>\n\t</dict>\n</array>\n</plist>\n' }, (out) => {
      throw new Error(`should decline, got ${out[PL]}`);
    });
  });

  it('P22 two keys into <dict/> (buildDeclarationsEdits)', () => {
    const text = HEAD + '<plist version="1.0">\n<dict/>\n</plist>\n';
    const { out } = edit([plistReq('NSLocationWhenInUseUsageDescription'), plistReq('NSLocationAlwaysAndWhenInUseUsageDescription')], { [PL]: text }, PL, 'xml');
    expectPlistHas(out, 'NSLocationWhenInUseUsageDescription');
    expectPlistHas(out, 'NSLocationAlwaysAndWhenInUseUsageDescription');
  });

  it('P23 a comment right before </dict> on its own line stays after the last entry', () => {
    const text = HEAD + '<plist version="1.0">\n<dict>\n\t<key>A</key>\n\t<string>a</string>\n\t<!-- end of keys -->\n</dict>\n</plist>\n';
    const { out } = edit(plistReq(), { [PL]: text }, PL, 'xml');
    expectPlistHas(out, 'NSCameraUsageDescription');
  });

  it('P24 unicode (astral) text before the insertion point', () => {
    const text = HEAD + '<plist version="1.0">\n<dict>\n\t<key>CFBundleDisplayName</key>\n\t<string>😀 票务</string>\n</dict>\n</plist>\n';
    const { out } = edit(plistReq(), { [PL]: text }, PL, 'xml');
    expectPlistHas(out, 'NSCameraUsageDescription');
    expect(plistTop(out).entries.CFBundleDisplayName!.text).toBe('😀 票务');
  });

  it('P25 missing Info.plist is created', () => {
    const { out } = edit(plistReq(), {}, PL, 'xml');
    expectPlistHas(out, 'NSCameraUsageDescription');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// InfoPlist.strings

const ST = '/app/ios/App/zh-Hans.lproj/InfoPlist.strings';
const stringsReq = (key = 'NSCameraUsageDescription'): Req => ({ kind: 'infoplist-strings', platform: 'ios', file: ST, key });

/** A tiny .strings reader: "key" = "value"; pairs, comments skipped. */
function stringsEntries(text: string): Array<[string, string]> {
  const body = stripBom(text).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  const re = /"?([\w.]+)"?\s*=\s*"((?:[^"\\]|\\.)*)"\s*;/g;
  const rest = body.replace(re, '').trim();
  expect(rest, 'nothing but entries and comments').toBe('');
  return [...body.matchAll(re)].map((m) => [m[1]!, JSON.parse(`"${m[2]!}"`)]);
}

describe('InfoPlist.strings', () => {
  it('S1 CRLF file', () => {
    const text = '/* Localized */\r\n"NSLocationWhenInUseUsageDescription" = "用于导航";\r\n';
    const { out } = edit(stringsReq(), { [ST]: text }, ST);
    expect(stringsEntries(out)).toContainEqual(['NSCameraUsageDescription', V]);
  });

  it('S2 a file holding only a BOM gets the entry on its first line', () => {
    const text = BOM;
    const { out } = edit(stringsReq(), { [ST]: text }, ST);
    expect(out).toBe(`${BOM}"NSCameraUsageDescription" = "${V}";\n`);
  });

  it('S3 no trailing newline', () => {
    const text = '"A" = "a";';
    const { out } = edit(stringsReq(), { [ST]: text }, ST);
    expect(out).toBe(`"A" = "a";\n"NSCameraUsageDescription" = "${V}";\n`);
  });

  it('S4 the key inside a multi-line block comment is not "filled": a real entry is added', () => {
    const text = '/*\n"NSCameraUsageDescription" = "";\n*/\n"A" = "a";\n';
    const { out } = edit(stringsReq(), { [ST]: text }, ST);
    expect(out.startsWith('/*\n"NSCameraUsageDescription" = "";\n*/\n')).toBe(true);
    expect(stringsEntries(out)).toContainEqual(['NSCameraUsageDescription', V]);
  });

  it('S5 unquoted key with an empty value is filled', () => {
    const text = 'NSCameraUsageDescription = "";\n';
    const { out } = edit(stringsReq(), { [ST]: text }, ST);
    expect(out).toBe(`NSCameraUsageDescription = "${V}";\n`);
  });

  it('S6 a value with quotes, backslashes and newlines is escaped', () => {
    const value = 'Say "cheese"\\now\nplease';
    const { out } = edit({ ...stringsReq(), value }, { [ST]: '' }, ST);
    expect(stringsEntries(out)).toEqual([['NSCameraUsageDescription', value]]);
  });

  it('S7 an existing non-empty value with escaped quotes: nothing', () => {
    expect(run(stringsReq(), { [ST]: '"NSCameraUsageDescription" = "Say \\"hi\\"";\n' }).results).toEqual([]);
  });

  it('S8 a key that is a prefix of another key is still added', () => {
    const text = '"NSCameraUsageDescriptionExtra" = "x";\n';
    const { out } = edit(stringsReq(), { [ST]: text }, ST);
    expect(stringsEntries(out)).toContainEqual(['NSCameraUsageDescription', V]);
  });

  it('S9 the entry written with a comment between value and semicolon is recognised (no duplicate)', () => {
    const text = '"NSCameraUsageDescription" = "Scan tickets" /* reviewed */;\n';
    const { results } = run(stringsReq(), { [ST]: text });
    expect(results).toEqual([]);
  });

  it('S10 BOM + CRLF with trailing line comment, no final newline', () => {
    const text = `${BOM}"A" = "a"; // note`.replace(/\n/g, '\r\n') + '\r\n"B" = "b";';
    const { out } = edit(stringsReq(), { [ST]: text }, ST);
    expect(stringsEntries(out)).toContainEqual(['NSCameraUsageDescription', V]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// AndroidManifest.xml

const AM = '/app/android/app/src/main/AndroidManifest.xml';
const amReq = (key = 'android.permission.CAMERA'): Req => ({ kind: 'android-manifest', platform: 'android', file: AM, key });
const NS = 'xmlns:android="http://schemas.android.com/apk/res/android"';

describe('AndroidManifest.xml', () => {
  it('A1 no uses-permission yet, CRLF, 4 spaces', () => {
    const text = `<?xml version="1.0" encoding="utf-8"?>\n<manifest ${NS}>\n\n    <application android:label="demo">\n    </application>\n</manifest>\n`.replace(/\n/g, '\r\n');
    const { out, edits } = edit(amReq(), { [AM]: text }, AM, 'xml');
    expect(manifestPermissions(out)).toEqual(['android.permission.CAMERA']);
    expectIndentUnits(edits, '    ');
  });

  it('A2 tools namespace: tools:node="remove" counts as declared; others get added after the last', () => {
    const text = `<manifest ${NS}\n    xmlns:tools="http://schemas.android.com/tools">\n    <uses-permission android:name="android.permission.CAMERA" tools:node="remove" />\n    <uses-permission android:name="android.permission.INTERNET" tools:ignore="X" />\n    <application tools:replace="android:label" />\n</manifest>\n`;
    expect(run(amReq(), { [AM]: text }).results).toEqual([]);
    const { out } = edit(amReq('android.permission.RECORD_AUDIO'), { [AM]: text }, AM, 'xml');
    expect(manifestPermissions(out)).toEqual(['android.permission.CAMERA', 'android.permission.INTERNET', 'android.permission.RECORD_AUDIO']);
  });

  it('A3 self-closing <manifest/>: declined or a well-formed result', () => {
    declinedOr(amReq(), { [AM]: `<?xml version="1.0"?>\n<manifest ${NS} package="x" />\n` }, (out) => {
      expect(manifestPermissions(out[AM]!)).toEqual(['android.permission.CAMERA']);
    });
  });

  it('A4 a comment describing <application> stays attached to it', () => {
    const text = `<manifest ${NS}>\n    <!-- The app -->\n    <application android:label="demo" />\n</manifest>\n`;
    const { out } = edit(amReq(), { [AM]: text }, AM, 'xml');
    expect(manifestPermissions(out)).toEqual(['android.permission.CAMERA']);
    expect(out).toContain('<!-- The app -->\n    <application');
  });

  it('A5 the last uses-permission has a comment on its line: the new element goes after the comment', () => {
    const text = `<manifest ${NS}>\n    <uses-permission android:name="android.permission.INTERNET" /> <!-- network -->\n    <application />\n</manifest>\n`;
    const { out } = edit(amReq(), { [AM]: text }, AM, 'xml');
    expect(manifestPermissions(out)).toEqual(['android.permission.INTERNET', 'android.permission.CAMERA']);
    expect(out).toContain('<uses-permission android:name="android.permission.INTERNET" /> <!-- network -->\n    <uses-permission android:name="android.permission.CAMERA" />\n');
  });

  it('A6 <manifest></manifest> on one line: </manifest> is not re-indented', () => {
    const text = `<manifest ${NS}></manifest>\n`;
    const { out } = edit(amReq(), { [AM]: text }, AM, 'xml');
    expect(manifestPermissions(out)).toEqual(['android.permission.CAMERA']);
    expect(out).not.toMatch(/\n[ \t]+<\/manifest>/);
  });

  it('A7 no <application>, no permission, </manifest> on its own line', () => {
    const text = `<manifest ${NS}\n  package="x">\n  <uses-sdk android:minSdkVersion="21" />\n</manifest>\n`;
    const { out } = edit(amReq(), { [AM]: text }, AM, 'xml');
    expect(manifestPermissions(out)).toEqual(['android.permission.CAMERA']);
    expect(out).toContain('  <uses-sdk android:minSdkVersion="21" />\n  <uses-permission android:name="android.permission.CAMERA" />\n</manifest>');
  });

  it('A8 uses-permission written as an open/close pair', () => {
    const text = `<manifest ${NS}>\n  <uses-permission android:name="android.permission.INTERNET"></uses-permission>\n  <application/>\n</manifest>\n`;
    const { out } = edit(amReq(), { [AM]: text }, AM, 'xml');
    expect(manifestPermissions(out)).toEqual(['android.permission.INTERNET', 'android.permission.CAMERA']);
  });

  it('A9 the permission only inside a comment: added', () => {
    const text = `<manifest ${NS}>\n  <!-- <uses-permission android:name="android.permission.CAMERA" /> -->\n  <application/>\n</manifest>\n`;
    const { out } = edit(amReq(), { [AM]: text }, AM, 'xml');
    expect(manifestPermissions(out)).toEqual(['android.permission.CAMERA']);
  });

  it('A10 another namespace prefix, single-quoted names, uses-permission-sdk-23', () => {
    const text = `<manifest xmlns:a='http://schemas.android.com/apk/res/android'>\n\t<uses-permission-sdk-23 a:name='android.permission.CAMERA'/>\n\t<application/>\n</manifest>\n`;
    expect(run(amReq(), { [AM]: text }).results).toEqual([]);
    const { out, edits } = edit(amReq('android.permission.RECORD_AUDIO'), { [AM]: text }, AM, 'xml');
    expect(manifestPermissions(out)).toEqual(['android.permission.CAMERA', 'android.permission.RECORD_AUDIO']);
    expectIndentUnits(edits, '\t');
  });

  it('A11 BOM + XML declaration, tab indented, no permission', () => {
    const text = `${BOM}<?xml version="1.0" encoding="utf-8"?>\n<manifest ${NS}>\n\t<application>\n\t</application>\n</manifest>\n`;
    const { out, edits } = edit(amReq(), { [AM]: text }, AM, 'xml');
    expect(manifestPermissions(out)).toEqual(['android.permission.CAMERA']);
    expectIndentUnits(edits, '\t');
  });

  it('A12 one-line manifest with <application/>', () => {
    const text = `<manifest ${NS}><application/></manifest>`;
    const { out } = edit(amReq(), { [AM]: text }, AM, 'xml');
    expect(manifestPermissions(out)).toEqual(['android.permission.CAMERA']);
  });

  it('A13 attribute values containing > and /> before the insertion point', () => {
    const text = `<manifest ${NS} package="a>b">\n    <uses-permission android:name="android.permission.INTERNET" android:label="x/>y" />\n    <application android:label="<app>"/>\n</manifest>\n`;
    const { out } = edit(amReq(), { [AM]: text }, AM, 'xml');
    expect(manifestPermissions(out)).toEqual(['android.permission.INTERNET', 'android.permission.CAMERA']);
  });

  it('A14 multi-line uses-permission', () => {
    const text = `<manifest ${NS}>\n    <uses-permission\n        android:name="android.permission.INTERNET" />\n    <application />\n</manifest>\n`;
    const { out } = edit(amReq(), { [AM]: text }, AM, 'xml');
    expect(manifestPermissions(out)).toEqual(['android.permission.INTERNET', 'android.permission.CAMERA']);
    expect(out).toContain('android:name="android.permission.INTERNET" />\n    <uses-permission android:name="android.permission.CAMERA" />');
  });

  it('A15 the android namespace URL only appears in a comment before the real declaration', () => {
    const text = `<!-- xmlns:x="http://schemas.android.com/apk/res/android" -->\n<manifest ${NS}>\n    <uses-permission android:name="android.permission.INTERNET" />\n</manifest>\n`;
    const { out } = edit(amReq(), { [AM]: text }, AM, 'xml');
    expect(manifestPermissions(out)).toEqual(['android.permission.INTERNET', 'android.permission.CAMERA']);
    expect(out).toContain('<uses-permission android:name="android.permission.CAMERA" />');
  });

  it('A16 two permissions at once into a manifest without any', () => {
    const text = `<manifest ${NS}>\n  <application/>\n</manifest>\n`;
    const { out } = edit([amReq('android.permission.ACCESS_FINE_LOCATION'), amReq('android.permission.ACCESS_COARSE_LOCATION')], { [AM]: text }, AM, 'xml');
    expect(manifestPermissions(out)).toEqual(['android.permission.ACCESS_FINE_LOCATION', 'android.permission.ACCESS_COARSE_LOCATION']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Expo app.json

const AJ = '/app/app.json';
const expoReq = (key = 'NSCameraUsageDescription', extra: Partial<Req> = {}): Req => ({ kind: 'expo-app-json', platform: 'ios', file: AJ, key, ...extra });

describe('Expo app.json', () => {
  it('X1 "expo" wrapper, 4-space indent, CRLF, no ios yet', () => {
    const text = '{\n    "expo": {\n        "name": "demo",\n        "slug": "demo"\n    }\n}\n'.replace(/\n/g, '\r\n');
    const { out, edits } = edit(expoReq(), { [AJ]: text }, AJ);
    expect(json(out).expo.ios.infoPlist).toEqual({ NSCameraUsageDescription: V });
    expectIndentUnits(edits, '    ');
  });

  it('X2 no "expo" wrapper: the keys are at the top level', () => {
    const text = '{\n  "name": "demo",\n  "ios": {\n    "bundleIdentifier": "x"\n  }\n}\n';
    const { out } = edit(expoReq(), { [AJ]: text }, AJ);
    expect(json(out).ios.infoPlist).toEqual({ NSCameraUsageDescription: V });
  });

  it('X3 "expo": {} and no trailing newline', () => {
    const text = '{\n  "expo": {}\n}';
    const { out, edits } = edit(expoReq(), { [AJ]: text }, AJ);
    expect(json(out).expo).toEqual({ ios: { infoPlist: { NSCameraUsageDescription: V } } });
    expect(out.endsWith('}')).toBe(true);
    expectIndentUnits(edits, '  ');
  });

  it('X4 tabs', () => {
    const text = '{\n\t"expo": {\n\t\t"name": "demo",\n\t\t"ios": {\n\t\t\t"supportsTablet": true\n\t\t}\n\t}\n}\n';
    const { out, edits } = edit(expoReq(), { [AJ]: text }, AJ);
    expect(json(out).expo.ios.infoPlist).toEqual({ NSCameraUsageDescription: V });
    expectIndentUnits(edits, '\t');
  });

  it('X5 BOM', () => {
    const text = `${BOM}{\n  "expo": {\n    "name": "demo"\n  }\n}\n`;
    const { out } = edit(expoReq(), { [AJ]: text }, AJ);
    expect(json(out).expo.ios.infoPlist).toEqual({ NSCameraUsageDescription: V });
  });

  it('X6 unicode keys and astral characters before the insertion point', () => {
    const text = '{\n  "expo": {\n    "name": "票务 😀",\n    "extra": { "ключ": "значение", "🔑": "x" },\n    "ios": { "bundleIdentifier": "x" }\n  }\n}\n';
    const { out } = edit(expoReq(), { [AJ]: text }, AJ);
    const parsed = json(out);
    expect(parsed.expo.ios.infoPlist).toEqual({ NSCameraUsageDescription: V });
    expect(parsed.expo.extra).toEqual({ ключ: 'значение', '🔑': 'x' });
  });

  it('X7 ios.infoPlist present but empty; and a key with ""', () => {
    const empty = '{\n  "expo": {\n    "ios": {\n      "infoPlist": {}\n    }\n  }\n}\n';
    expect(json(edit(expoReq(), { [AJ]: empty }, AJ).out).expo.ios.infoPlist).toEqual({ NSCameraUsageDescription: V });
    const blank = '{\n  "expo": {\n    "ios": {\n      "infoPlist": { "NSCameraUsageDescription": "" }\n    }\n  }\n}\n';
    expect(json(edit(expoReq(), { [AJ]: blank }, AJ).out).expo.ios.infoPlist).toEqual({ NSCameraUsageDescription: V });
  });

  it('X8 ios is not an object: declined', () => {
    expect(run(expoReq(), { [AJ]: '{ "expo": { "ios": "nope" } }' }).results).toBeUndefined();
    expect(run(expoReq(), { [AJ]: '{ "expo": { "ios": { "infoPlist": null } } }' }).results).toBeUndefined();
  });

  it('X9 plugin option into a one-line plugins array stays one line', () => {
    const text = '{\n  "expo": {\n    "plugins": ["expo-router", "expo-camera"]\n  }\n}\n';
    const { out } = edit(expoReq('NSCameraUsageDescription', { expoPluginOption: { plugin: 'expo-camera', option: 'cameraPermission' } }), { [AJ]: text }, AJ);
    expect(json(out).expo.plugins).toEqual(['expo-router', ['expo-camera', { cameraPermission: V }]]);
    expect(out).toContain(`"plugins": ["expo-router", ["expo-camera", { "cameraPermission": "${V}" }]]`);
  });

  it('X10 plugin listed as ["expo-camera"] and as ["expo-camera", {}]', () => {
    const opt = { expoPluginOption: { plugin: 'expo-camera', option: 'cameraPermission' } };
    const a = '{\n  "expo": {\n    "plugins": [\n      ["expo-camera"]\n    ]\n  }\n}\n';
    expect(json(edit(expoReq('NSCameraUsageDescription', opt), { [AJ]: a }, AJ).out).expo.plugins).toEqual([['expo-camera', { cameraPermission: V }]]);
    const b = '{\n  "expo": {\n    "plugins": [\n      ["expo-camera", {}]\n    ]\n  }\n}\n';
    expect(json(edit(expoReq('NSCameraUsageDescription', opt), { [AJ]: b }, AJ).out).expo.plugins).toEqual([['expo-camera', { cameraPermission: V }]]);
  });

  it('X11 plugins missing entirely', () => {
    const text = '{\n  "expo": {\n    "name": "demo"\n  }\n}\n';
    const { out } = edit(expoReq('NSCameraUsageDescription', { expoPluginOption: { plugin: 'expo-camera', option: 'cameraPermission' } }), { [AJ]: text }, AJ);
    expect(json(out).expo.plugins).toEqual([['expo-camera', { cameraPermission: V }]]);
  });

  it('X12 android permission: existing list, one-line and empty', () => {
    const list = '{ "expo": { "android": { "permissions": ["android.permission.CAMERA"] } } }';
    expect(run({ kind: 'expo-app-json', platform: 'android', file: AJ, key: 'android.permission.CAMERA' }, { [AJ]: list }).results).toEqual([]);
    const empty = '{\n  "expo": {\n    "android": {\n      "permissions": []\n    }\n  }\n}\n';
    const { out } = edit({ kind: 'expo-app-json', platform: 'android', file: AJ, key: 'android.permission.CAMERA' }, { [AJ]: empty }, AJ);
    expect(json(out).expo.android.permissions).toEqual(['android.permission.CAMERA']);
  });

  it('X13 duplicate "ios" keys: the last one (the one JSON.parse keeps) gets the key', () => {
    const text = '{\n  "expo": {\n    "ios": { "a": 1 },\n    "ios": { "b": 2 }\n  }\n}\n';
    const { out } = edit(expoReq(), { [AJ]: text }, AJ);
    expect(json(out).expo.ios).toEqual({ b: 2, infoPlist: { NSCameraUsageDescription: V } });
  });

  it('X14 escaped key names ("\\u0069os")', () => {
    const text = '{\n  "expo": {\n    "\\u0069os": {\n      "bundleIdentifier": "x"\n    }\n  }\n}\n';
    const { out } = edit(expoReq(), { [AJ]: text }, AJ);
    expect(json(out).expo.ios.infoPlist).toEqual({ NSCameraUsageDescription: V });
  });

  it('X15 root is not an object / file is empty: declined', () => {
    expect(run(expoReq(), { [AJ]: '[]' }).results).toBeUndefined();
    expect(run(expoReq(), { [AJ]: '' }).results).toBeUndefined();
  });

  it('X16 app.json with a trailing comma and a comment (tolerated by Expo\'s JSON5 reader)', () => {
    const text = '{\n  // app\n  "expo": {\n    "name": "demo",\n  },\n}\n';
    declinedOr(expoReq(), { [AJ]: text }, (out) => {
      expect(json5(out[AJ]!).expo.ios.infoPlist).toEqual({ NSCameraUsageDescription: V });
      expectCommentsKept(text, out[AJ]!, 'js');
    });
  });

  it('X17 "ios": { } with a space inside, single line', () => {
    const text = '{\n  "expo": {\n    "ios": { }\n  }\n}\n';
    const { out } = edit(expoReq(), { [AJ]: text }, AJ);
    expect(json(out).expo.ios.infoPlist).toEqual({ NSCameraUsageDescription: V });
  });

  it('X18 two iOS keys at once, creating ios and infoPlist once', () => {
    const text = '{\n  "expo": {\n    "name": "demo"\n  }\n}\n';
    const { out } = edit([expoReq('NSLocationWhenInUseUsageDescription'), expoReq('NSLocationAlwaysAndWhenInUseUsageDescription')], { [AJ]: text }, AJ);
    expect(json(out).expo.ios.infoPlist).toEqual({ NSLocationWhenInUseUsageDescription: V, NSLocationAlwaysAndWhenInUseUsageDescription: V });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Expo app.config.js / app.config.ts

const AC = '/app/app.config.ts';
const ACJ = '/app/app.config.js';
const cfgReq = (file = AC, key = 'NSCameraUsageDescription'): Req => ({ kind: 'expo-app-config', platform: 'ios', file, key });

async function expectInfoPlist(text: string, file: string, key = 'NSCameraUsageDescription'): Promise<any> {
  const config = await jsConfig(text, file);
  const base = config.expo ?? config;
  expect(base.ios?.infoPlist?.[key], `ios.infoPlist.${key}`).toBe(V);
  return base;
}

describe('Expo app.config.js / .ts', () => {
  it('C1 ({ config }) => ({ ...config, ios: {…} }): edits the ios literal', async () => {
    const text = `export default ({ config }) => ({\n  ...config,\n  name: 'demo',\n  ios: {\n    bundleIdentifier: 'x',\n  },\n});\n`;
    const { out } = edit(cfgReq(), { [AC]: text }, AC);
    await expectInfoPlist(out, AC);
  });

  it('C2 ({ config }) => ({ ...config }) without ios: declined', () => {
    expect(run(cfgReq(), { [AC]: `export default ({ config }: ConfigContext): ExpoConfig => ({ ...config, name: 'demo' });\n` }).results).toBeUndefined();
  });

  it('C3 defineConfig wrapper', async () => {
    const text = `import { defineConfig } from 'x';\n\nexport default defineConfig({\n  name: 'demo',\n  ios: { supportsTablet: true },\n});\n`;
    await expectInfoPlist(edit(cfgReq(), { [AC]: text }, AC).out, AC);
  });

  it('C4 a const with satisfies / as const', async () => {
    const text = `import type { ExpoConfig } from 'expo/config';\n\nconst config = {\n  name: 'demo',\n  ios: {\n    supportsTablet: true,\n  },\n} satisfies ExpoConfig;\n\nexport default config;\n`;
    await expectInfoPlist(edit(cfgReq(), { [AC]: text }, AC).out, AC);
    const asConst = text.replace('} satisfies ExpoConfig;', '} as const;');
    await expectInfoPlist(edit(cfgReq(), { [AC]: asConst }, AC).out, AC);
  });

  it('C5 module.exports = { expo: {…} }, double quotes, 4 spaces, no trailing commas', async () => {
    const text = `module.exports = {\n    expo: {\n        name: "demo",\n        ios: {\n            supportsTablet: true\n        }\n    }\n};\n`;
    const { out, edits } = edit(cfgReq(ACJ), { [ACJ]: text }, ACJ);
    const config = await expectInfoPlist(out, ACJ);
    expect(config.ios.supportsTablet).toBe(true);
    expectIndentUnits(edits, '    ');
    expect(out).not.toContain("'");
  });

  it('C6 a JSDoc block does not make the indent unit one space', async () => {
    const text = `/**\n * Expo config.\n * @see https://docs.expo.dev\n */\nexport default {\n  name: 'demo',\n  ios: {\n    supportsTablet: true,\n  },\n};\n`;
    const { out, edits } = edit(cfgReq(), { [AC]: text }, AC);
    await expectInfoPlist(out, AC);
    expectIndentUnits(edits, '  ');
  });

  it('C7 an empty ios object holding a comment keeps the comment', async () => {
    const text = `export default {\n  name: 'demo',\n  ios: { /* TODO: bundle id */ },\n};\n`;
    const { out } = edit(cfgReq(), { [AC]: text }, AC);
    await expectInfoPlist(out, AC);
  });

  it('C8 an empty ios object whose block comment spans lines', async () => {
    const text = `export default {\n  name: 'demo',\n  ios: { /* filled in\n           by CI */ },\n};\n`;
    const { out } = edit(cfgReq(), { [AC]: text }, AC);
    await expectInfoPlist(out, AC);
  });

  it('C9 CRLF app.config.ts', async () => {
    const text = `export default {\n  name: 'demo',\n  ios: {\n    supportsTablet: true,\n  },\n};\n`.replace(/\n/g, '\r\n');
    await expectInfoPlist(edit(cfgReq(), { [AC]: text }, AC).out, AC);
  });

  it('C10 tab-indented app.config.js without ios', async () => {
    const text = `module.exports = {\n\tname: 'demo',\n\tslug: 'demo',\n};\n`;
    const { out, edits } = edit(cfgReq(ACJ), { [ACJ]: text }, ACJ);
    await expectInfoPlist(out, ACJ);
    expectIndentUnits(edits, '\t');
  });

  it('C11 arrow with a block body returning the literal', async () => {
    const text = `export default ({ config }) => {\n  const name = 'demo';\n  return {\n    name,\n    slug: 'demo',\n  };\n};\n`;
    declinedOr(cfgReq(), { [AC]: text }, () => undefined);
    const literal = `export default ({ config }) => {\n  return {\n    name: 'demo',\n    ios: { supportsTablet: true },\n  };\n};\n`;
    await expectInfoPlist(edit(cfgReq(), { [AC]: literal }, AC).out, AC);
  });

  it('C12 ios with a spread of config.ios: declined', () => {
    const text = `export default ({ config }) => ({\n  ...config,\n  ios: { ...config.ios, bundleIdentifier: 'x' },\n});\n`;
    expect(run(cfgReq(), { [AC]: text }).results).toBeUndefined();
  });

  it('C13 the returned identifier is the parameter, not a same-named top-level const: declined', () => {
    const text = `const config = { name: 'unused', ios: { supportsTablet: true } };\n\nmodule.exports = ({ config }) => {\n  config.name = 'demo';\n  return config;\n};\n`;
    declinedOr(cfgReq(ACJ), { [ACJ]: text }, (out) => {
      throw new Error(`edited the shadowed top-level const instead of declining:\n${out[ACJ]}`);
    });
  });

  it('C14 a trailing line comment after the last member', async () => {
    const text = `export default {\n  name: 'demo',\n  ios: {\n    supportsTablet: true // tablets\n  }\n};\n`;
    const { out } = edit(cfgReq(), { [AC]: text }, AC);
    await expectInfoPlist(out, AC);
  });

  it('C15 an existing empty template-literal value is filled', async () => {
    const text = 'export default {\n  ios: {\n    infoPlist: {\n      NSCameraUsageDescription: ``,\n    },\n  },\n};\n';
    await expectInfoPlist(edit(cfgReq(), { [AC]: text }, AC).out, AC);
  });

  it('C16 async arrow and export default function', async () => {
    const text = `export default async ({ config }) => ({\n  name: 'demo',\n  ios: { supportsTablet: true },\n});\n`;
    await expectInfoPlist(edit(cfgReq(), { [AC]: text }, AC).out, AC);
    const fn = `export default function ({ config }) {\n  return {\n    name: 'demo',\n    ios: { supportsTablet: true },\n  };\n}\n`;
    await expectInfoPlist(edit(cfgReq(), { [AC]: fn }, AC).out, AC);
  });

  it('C17 shorthand / computed ios: declined', () => {
    expect(run(cfgReq(), { [AC]: `const ios = { supportsTablet: true };\nexport default { name: 'demo', ios };\n` }).results).toBeUndefined();
    expect(run(cfgReq(), { [AC]: `export default { name: 'demo', ['ios']: {} };\n` }).results).toBeUndefined();
  });

  it('C18 quoted keys in a JS config keep being quoted', async () => {
    const text = `module.exports = {\n  "name": "demo",\n  "ios": {\n    "supportsTablet": true\n  }\n};\n`;
    const { out } = edit(cfgReq(ACJ), { [ACJ]: text }, ACJ);
    await expectInfoPlist(out, ACJ);
    expect(out).toContain(`"infoPlist": {`);
  });

  it('C19 plugin option in a JS config whose plugins list is one line', async () => {
    const text = `export default {\n  name: 'demo',\n  plugins: ['expo-router', 'expo-camera'],\n};\n`;
    const { out } = edit({ ...cfgReq(), expoPluginOption: { plugin: 'expo-camera', option: 'cameraPermission' } }, { [AC]: text }, AC);
    const config = await jsConfig(out, AC);
    expect(config.plugins).toEqual(['expo-router', ['expo-camera', { cameraPermission: V }]]);
    expect(out).toContain(`plugins: ['expo-router', ['expo-camera', { cameraPermission: '${V}' }]],`);
  });

  it('C20 a file that does not parse as a config: declined', () => {
    expect(run(cfgReq(), { [AC]: `export default {\n  name: 'demo',\n  ios: {\n` }).results).toBeUndefined();
    expect(run(cfgReq(), { [AC]: `import base from './base';\nexport default base;\n` }).results).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// WeChat app.json

const WJ = '/w/app.json';
const wxReq = (key: string): Req => ({ kind: 'wechat-app-json', platform: 'wechat', file: WJ, key });

describe('WeChat app.json', () => {
  it('W1 tabs + CRLF, permission added', () => {
    const text = '{\n\t"pages": [\n\t\t"pages/index/index"\n\t],\n\t"window": {\n\t\t"navigationBarTitleText": "Demo"\n\t}\n}\n'.replace(/\n/g, '\r\n');
    const { out, edits } = edit(wxReq('scope.userLocation'), { [WJ]: text }, WJ);
    expect(json(out).permission).toEqual({ 'scope.userLocation': { desc: V } });
    expectIndentUnits(edits, '\t');
  });

  it('W2 "requiredPrivateInfos": [] gets the entry', () => {
    const text = '{\n  "pages": ["pages/index/index"],\n  "requiredPrivateInfos": []\n}\n';
    const { out } = edit(wxReq('requiredPrivateInfos:getLocation'), { [WJ]: text }, WJ);
    expect(json(out).requiredPrivateInfos).toEqual(['getLocation']);
  });

  it('W3 permission with an empty scope object and with an empty desc', () => {
    const a = '{\n  "permission": {\n    "scope.userLocation": {}\n  }\n}\n';
    expect(json(edit(wxReq('scope.userLocation'), { [WJ]: a }, WJ).out).permission).toEqual({ 'scope.userLocation': { desc: V } });
    const b = '{\n  "permission": {\n    "scope.userLocation": { "desc": "  " }\n  }\n}\n';
    expect(json(edit(wxReq('scope.userLocation'), { [WJ]: b }, WJ).out).permission).toEqual({ 'scope.userLocation': { desc: V } });
  });

  it('W4 wrong shapes are declined', () => {
    expect(run(wxReq('scope.userLocation'), { [WJ]: '{ "permission": { "scope.userLocation": "x" } }' }).results).toBeUndefined();
    expect(run(wxReq('requiredPrivateInfos:getLocation'), { [WJ]: '{ "requiredPrivateInfos": "getLocation" }' }).results).toBeUndefined();
  });

  it('W5 4-space app.json, no trailing newline, unicode title', () => {
    const text = '{\n    "window": {\n        "navigationBarTitleText": "演示 😀"\n    }\n}';
    const { out, edits } = edit(wxReq('requiredPrivateInfos:chooseLocation'), { [WJ]: text }, WJ);
    expect(json(out).requiredPrivateInfos).toEqual(['chooseLocation']);
    expect(out.endsWith('}')).toBe(true);
    expectIndentUnits(edits, '    ');
  });

  it('W6 empty {} app.json', () => {
    const { out } = edit(wxReq('scope.userLocation'), { [WJ]: '{}' }, WJ);
    expect(json(out).permission).toEqual({ 'scope.userLocation': { desc: V } });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// uni-app manifest.json (JSON with comments)

const UM = '/u/manifest.json';
const uniReq = (platform: 'ios' | 'android' | 'wechat', key: string): Req => ({ kind: 'uniapp-manifest', platform, file: UM, key });

const UNI = `{
    "name" : "demo",
    "appid" : "__UNI__123",
    /* 5+App特有相关 */
    "app-plus" : {
        "usingComponents" : true,
        // 模块配置
        "modules" : {},
        /* 应用发布信息 */
        "distribute" : {
            /* android打包配置 */
            "android" : {
                "permissions" : [
                    "<uses-permission android:name=\\"android.permission.CAMERA\\" />",
                    "<uses-permission android:name=\\"android.permission.INTERNET\\"/>",
                ],
            },
            /* ios打包配置 */
            "ios" : {},
        },
    },
    /* 小程序特有相关 */
    "mp-weixin" : {
        "appid" : "",
        "setting" : {
            "urlCheck" : false
        },
        "usingComponents" : true
    },
    "vueVersion" : "3"
}
`;

describe('uni-app manifest.json', () => {
  it('U1 iOS privacyDescription into "ios" : {}, comments and trailing commas kept', () => {
    const { out, edits } = edit(uniReq('ios', 'NSCameraUsageDescription'), { [UM]: UNI }, UM);
    expect(jsonc(out)['app-plus'].distribute.ios.privacyDescription).toEqual({ NSCameraUsageDescription: V });
    expectIndentUnits(edits, '    ');
  });

  it('U2 an Android permission already listed with a space before /> is not added again', () => {
    const { results } = run(uniReq('android', 'android.permission.CAMERA'), { [UM]: UNI });
    expect(results).toEqual([]);
  });

  it('U3 a new Android permission', () => {
    const { out } = edit(uniReq('android', 'android.permission.RECORD_AUDIO'), { [UM]: UNI }, UM);
    expect(jsonc(out)['app-plus'].distribute.android.permissions).toHaveLength(3);
  });

  it('U4 mp-weixin permission and requiredPrivateInfos', () => {
    const a = edit(uniReq('wechat', 'scope.userLocation'), { [UM]: UNI }, UM).out;
    expect(jsonc(a)['mp-weixin'].permission).toEqual({ 'scope.userLocation': { desc: V } });
    const b = edit(uniReq('wechat', 'requiredPrivateInfos:getLocation'), { [UM]: UNI }, UM).out;
    expect(jsonc(b)['mp-weixin'].requiredPrivateInfos).toEqual(['getLocation']);
  });

  it('U5 app-plus missing entirely, CRLF + tabs', () => {
    const text = '{\n\t"name" : "demo",\n\t// no app-plus yet\n\t"mp-weixin" : {\n\t\t"appid" : "wx1"\n\t}\n}\n'.replace(/\n/g, '\r\n');
    const { out, edits } = edit(uniReq('ios', 'NSCameraUsageDescription'), { [UM]: text }, UM);
    expect(jsonc(out)['app-plus'].distribute.ios.privacyDescription).toEqual({ NSCameraUsageDescription: V });
    expectIndentUnits(edits, '\t');
  });

  it('U6 "ios" : { /* 权限 */ } keeps its comment', () => {
    const text = UNI.replace('"ios" : {},', '"ios" : { /* 隐私描述 */ },');
    const { out } = edit(uniReq('ios', 'NSCameraUsageDescription'), { [UM]: text }, UM);
    expect(jsonc(out)['app-plus'].distribute.ios.privacyDescription).toEqual({ NSCameraUsageDescription: V });
  });

  it('U7 "ios" : { // comment on the opening line', () => {
    const text = UNI.replace('"ios" : {},', '"ios" : { // 隐私描述\n            },');
    const { out } = edit(uniReq('ios', 'NSCameraUsageDescription'), { [UM]: text }, UM);
    expect(jsonc(out)['app-plus'].distribute.ios.privacyDescription).toEqual({ NSCameraUsageDescription: V });
  });

  it('U8 new members use the file\'s "key" : value spacing', () => {
    const { out } = edit(uniReq('ios', 'NSCameraUsageDescription'), { [UM]: UNI }, UM);
    expect(out).toContain('"privacyDescription" : {');
    expect(out).toContain(`"NSCameraUsageDescription" : "${V}"`);
  });

  it('U9 a manifest whose only keys are not identifiers still gets quoted (JSON) keys', () => {
    const text = '{\n    "app-plus" : {}\n}\n';
    const { out } = edit(uniReq('ios', 'NSCameraUsageDescription'), { [UM]: text }, UM);
    expect(jsonc(out)['app-plus'].distribute.ios.privacyDescription).toEqual({ NSCameraUsageDescription: V });
    expect(JSON.parse(out)['app-plus'].distribute.ios.privacyDescription).toEqual({ NSCameraUsageDescription: V });
  });

  it('U10 an empty {} manifest', () => {
    const { out } = edit(uniReq('android', 'android.permission.CAMERA'), { [UM]: '{}\n' }, UM);
    expect(JSON.parse(out)['app-plus'].distribute.android.permissions).toEqual(['<uses-permission android:name="android.permission.CAMERA"/>']);
  });

  it('U11 a multi-line block comment opening an empty object', () => {
    const text = UNI.replace('"ios" : {},', '"ios" : { /* 隐私描述\n               写在这里 */ },');
    const { out } = edit(uniReq('ios', 'NSCameraUsageDescription'), { [UM]: text }, UM);
    expect(jsonc(out)['app-plus'].distribute.ios.privacyDescription).toEqual({ NSCameraUsageDescription: V });
  });

  it('U12 distribute missing, a line comment after the last member', () => {
    const text = '{\n    "name" : "demo",\n    "app-plus" : {\n        "usingComponents" : true // 组件\n    }\n}\n';
    const { out } = edit(uniReq('ios', 'NSCameraUsageDescription'), { [UM]: text }, UM);
    expect(jsonc(out)['app-plus'].distribute.ios.privacyDescription).toEqual({ NSCameraUsageDescription: V });
  });

  it('U13 BOM', () => {
    const { out } = edit(uniReq('ios', 'NSCameraUsageDescription'), { [UM]: BOM + UNI }, UM);
    expect(jsonc(out)['app-plus'].distribute.ios.privacyDescription).toEqual({ NSCameraUsageDescription: V });
  });

  it('U14 an Android permission listed with single-quoted attribute is not added again', () => {
    const text = UNI.replace('\\"android.permission.CAMERA\\" />', "'android.permission.CAMERA'/>");
    expect(run(uniReq('android', 'android.permission.CAMERA'), { [UM]: text }).results).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// HarmonyOS module.json5 + string.json

const HM = '/h/entry/src/main/module.json5';
const HS = '/h/entry/src/main/resources/base/element/string.json';
const hmReq = (key = 'ohos.permission.CAMERA'): Req => ({ kind: 'harmony-module-json5', platform: 'harmony', file: HM, key });

const MODULE = `{
  // entry module
  module: {
    name: 'entry',
    type: 'entry',
    abilities: [
      {
        name: 'EntryAbility',
        srcEntry: './ets/entryability/EntryAbility.ets',
      },
    ],
  },
}
`;
const STRINGS = `{
  "string": [
    {
      "name": "module_desc",
      "value": "demo"
    }
  ]
}
`;

function harmonyEntry(out: string, key = 'ohos.permission.CAMERA'): any {
  const entry = json5(out).module.requestPermissions.find((p: any) => p.name === key);
  expect(entry, `${key} in requestPermissions`).toBeDefined();
  return entry;
}
function harmonyResource(out: string, name: string): string | undefined {
  return (JSON.parse(stripBom(out)).string as Array<{ name: string; value: string }>).find((s) => s.name === name)?.value;
}

describe('HarmonyOS module.json5 + string.json', () => {
  it('H1 unquoted keys, single quotes, trailing commas, no requestPermissions yet', () => {
    const { out, edits, all } = edit(hmReq(), { [HM]: MODULE, [HS]: STRINGS }, HM);
    expect(harmonyEntry(out)).toEqual({ name: 'ohos.permission.CAMERA', reason: '$string:camera_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } });
    expect(out).toContain("requestPermissions: [\n      {\n        name: 'ohos.permission.CAMERA',");
    expectIndentUnits(edits, '  ');
    expect(harmonyResource(all[HS]!, 'camera_reason')).toBe(V);
  });

  it('H2 requestPermissions: []', () => {
    const text = MODULE.replace("type: 'entry',", "type: 'entry',\n    requestPermissions: [],");
    const { out, all } = edit(hmReq(), { [HM]: text, [HS]: STRINGS }, HM);
    expect(harmonyEntry(out).reason).toBe('$string:camera_reason');
    expect(harmonyResource(all[HS]!, 'camera_reason')).toBe(V);
  });

  it('H3 string.json missing: created', () => {
    const { all } = edit(hmReq(), { [HM]: MODULE }, HM);
    expect(harmonyResource(all[HS]!, 'camera_reason')).toBe(V);
  });

  it('H4 string.json with "string": []', () => {
    const { all } = edit(hmReq(), { [HM]: MODULE, [HS]: '{\n  "string": []\n}\n' }, HM);
    expect(harmonyResource(all[HS]!, 'camera_reason')).toBe(V);
  });

  it('H5 string.json is {}: the new "string" list is strict JSON', () => {
    const { all } = edit(hmReq(), { [HM]: MODULE, [HS]: '{}\n' }, HM);
    expect(harmonyResource(all[HS]!, 'camera_reason')).toBe(V);
  });

  it('H6 DevEco style: double-quoted keys, // comments, CRLF', () => {
    const text = '{\r\n  "module": {\r\n    "name": "entry", // the module\r\n    "abilities": [\r\n      {\r\n        "name": "EntryAbility"\r\n      }\r\n    ],\r\n    "requestPermissions": [\r\n      {\r\n        "name": "ohos.permission.INTERNET"\r\n      } // network\r\n    ]\r\n  }\r\n}\r\n';
    const strings = STRINGS.replace(/\n/g, '\r\n');
    const { out, all } = edit(hmReq(), { [HM]: text, [HS]: strings }, HM);
    expect(harmonyEntry(out).reason).toBe('$string:camera_reason');
    expect(out).toContain('"name": "ohos.permission.CAMERA"');
    expectEolAndBom(strings, all[HS]!);
    expect(harmonyResource(all[HS]!, 'camera_reason')).toBe(V);
  });

  it('H7 tabs in module.json5 and 4 spaces in string.json', () => {
    const text = MODULE.replace(/^( +)/gm, (s) => '\t'.repeat(s.length / 2));
    const strings = STRINGS.replace(/^( +)/gm, (s) => ' '.repeat(s.length * 2));
    const { out, edits, all } = edit(hmReq(), { [HM]: text, [HS]: strings }, HM);
    expect(harmonyEntry(out).reason).toBe('$string:camera_reason');
    expectIndentUnits(edits, '\t');
    expect(harmonyResource(all[HS]!, 'camera_reason')).toBe(V);
    expect(all[HS]).toContain(`        {\n            "name": "camera_reason",\n            "value": "${V}"\n        }`);
  });

  it('H8 existing entry with reason: "" and no usedScene', () => {
    const text = MODULE.replace("type: 'entry',", "type: 'entry',\n    requestPermissions: [\n      { name: 'ohos.permission.CAMERA', reason: '' },\n    ],");
    const { out, all } = edit(hmReq(), { [HM]: text, [HS]: STRINGS }, HM);
    expect(harmonyEntry(out)).toEqual({ name: 'ohos.permission.CAMERA', reason: '$string:camera_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } });
    expect(harmonyResource(all[HS]!, 'camera_reason')).toBe(V);
  });

  it('H9 wrong shapes are declined', () => {
    expect(run(hmReq(), { [HM]: MODULE.replace("type: 'entry',", "type: 'entry',\n    requestPermissions: {},"), [HS]: STRINGS }).results).toBeUndefined();
    expect(run(hmReq(), { [HM]: '{ app: {} }', [HS]: STRINGS }).results).toBeUndefined();
    expect(run(hmReq(), { [HM]: MODULE, [HS]: '{ "string": {} }' }).results).toBeUndefined();
    expect(run(hmReq(), { [HM]: MODULE, [HS]: '{ "string": [' }).results).toBeUndefined();
  });

  it('H10 resource name taken: camera_reason_2', () => {
    const strings = STRINGS.replace('"module_desc"', '"camera_reason"');
    const { out, all } = edit(hmReq(), { [HM]: MODULE, [HS]: strings }, HM);
    expect(harmonyEntry(out).reason).toBe('$string:camera_reason_2');
    expect(harmonyResource(all[HS]!, 'camera_reason_2')).toBe(V);
    expect(harmonyResource(all[HS]!, 'camera_reason')).toBe('demo');
  });

  it('H11 BOM in string.json and module.json5', () => {
    const { out, all } = edit(hmReq(), { [HM]: BOM + MODULE, [HS]: BOM + STRINGS }, HM);
    expect(harmonyEntry(out).reason).toBe('$string:camera_reason');
    expect(all[HS]!.startsWith(BOM)).toBe(true);
    expect(harmonyResource(all[HS]!, 'camera_reason')).toBe(V);
  });

  it('H12 single-line requestPermissions with a trailing comma', () => {
    const text = MODULE.replace("type: 'entry',", "type: 'entry',\n    requestPermissions: [{ name: 'ohos.permission.INTERNET' },],");
    const { out } = edit(hmReq(), { [HM]: text, [HS]: STRINGS }, HM);
    expect(harmonyEntry(out).usedScene).toEqual({ abilities: ['EntryAbility'], when: 'inuse' });
  });

  it('H13 two permissions at once, string.json missing: one created file with both', () => {
    const { all, out } = edit([hmReq('ohos.permission.CAMERA'), hmReq('ohos.permission.MICROPHONE')], { [HM]: MODULE }, HM);
    expect(harmonyEntry(out, 'ohos.permission.MICROPHONE').reason).toBe('$string:microphone_reason');
    expect(harmonyResource(all[HS]!, 'camera_reason')).toBe(V);
    expect(harmonyResource(all[HS]!, 'microphone_reason')).toBe(V);
  });

  it('H14 requestPermissions: [ // comment ] across lines', () => {
    const text = MODULE.replace("type: 'entry',", "type: 'entry',\n    requestPermissions: [ // filled by the fix\n    ],");
    const { out } = edit(hmReq(), { [HM]: text, [HS]: STRINGS }, HM);
    expect(harmonyEntry(out).reason).toBe('$string:camera_reason');
  });

  it('H15 a module without abilities (only extensionAbilities): usedScene names no invented ability', () => {
    const text = "{\n  module: {\n    name: 'entry',\n    extensionAbilities: [\n      { name: 'EntryFormAbility', type: 'form' },\n    ],\n  },\n}\n";
    const { out } = edit(hmReq(), { [HM]: text, [HS]: STRINGS }, HM);
    const abilities: string[] | undefined = harmonyEntry(out).usedScene?.abilities;
    for (const name of abilities ?? []) expect(['EntryFormAbility'], `usedScene ability ${name} exists in the module`).toContain(name);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Translations

describe('translations', () => {
  it('T1 HarmonyOS zh_CN string.json that is {}', () => {
    const file = '/h/entry/src/main/resources/zh_CN/element/string.json';
    const target: TranslationTarget = { kind: 'harmony-string-json', file, resource: 'camera_reason' };
    const results = buildTranslationEdits(target, 'ohos.permission.CAMERA', V, (f) => (f === file ? '{}\n' : undefined));
    expect(results).toBeDefined();
    const out = applyResults(results!, { [file]: '{}\n' });
    expect(harmonyResource(out[file]!, 'camera_reason')).toBe(V);
  });

  it('T2 Expo locale JSON file, 4 spaces, with an ios object', () => {
    const file = '/app/locales/de.json';
    const text = '{\n    "ios": {\n        "CFBundleDisplayName": "Demo"\n    }\n}\n';
    const results = buildTranslationEdits({ kind: 'expo-locale-json', file }, 'NSCameraUsageDescription', V, () => text)!;
    const out = applyResults(results, { [file]: text });
    expect(json(out[file]!).ios.NSCameraUsageDescription).toBe(V);
    expectIndentUnits(results[0]!.edits, '    ');
  });

  it('T3 a new Expo locale named in app.config.ts', async () => {
    const config = '/app/app.config.ts';
    const file = '/app/locales/fr.json';
    const text = `export default {\n  name: 'demo',\n};\n`;
    const results = buildTranslationEdits(
      { kind: 'expo-new-locale', file, locale: 'fr', config: { file: config, kind: 'expo-app-config' } },
      'NSCameraUsageDescription',
      V,
      (f) => (f === config ? text : undefined),
    )!;
    const out = applyResults(results, { [config]: text });
    expect((await jsConfig(out[config]!, config)).locales).toEqual({ fr: './locales/fr.json' });
    expect(json(out[file]!)).toEqual({ ios: { NSCameraUsageDescription: V } });
  });

  it('T4 a .strings translation already present: no edit', () => {
    const file = '/app/ios/App/de.lproj/InfoPlist.strings';
    const results = buildTranslationEdits({ kind: 'infoplist-strings', file }, 'NSCameraUsageDescription', V, () => '"NSCameraUsageDescription" = "Kamera";\n');
    expect((results ?? []).flatMap((r) => r.edits)).toEqual([]);
  });
});
