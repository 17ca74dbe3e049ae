import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import etsParser, { arkUiAsTypeScript, parseForESLint } from '../../../eslint-plugin/src/parsers/ets-parser.js';
import plugin from '../../../eslint-plugin/src/index.js';
import { describeMessages, lintText, probeConfig, writeProject } from './lint-helpers.js';

const ARKUI_PAGE = [
  "import { promptAction } from '@kit.ArkUI';",
  '',
  '@Entry',
  '@Component',
  'struct Index {',
  "  @State message: string = 'Hello';",
  '',
  '  build() {',
  '    Column() {',
  '      Text(this.message).fontSize(20)',
  "      Button('OK').onClick(() => promptAction.showToast({ message: 'hi' }))",
  '    }',
  '  }',
  '}',
  '',
].join('\n');

/** A page with its own methods beside the UI description, a @Builder method and global UI functions. */
const ARKUI_PAGE_WITH_METHODS = [
  "import { abilityAccessCtrl, common } from '@kit.AbilityKit';",
  '',
  '@Entry',
  '@Component',
  'export struct ScanPage {',
  "  @State hint: string = `scan {here}`;",
  '',
  '  onPageShow(): void {',
  '    const context = getContext(this) as common.UIAbilityContext;',
  "    abilityAccessCtrl.createAtManager().requestPermissionsFromUser(context, ['ohos.permission.CAMERA']);",
  '  }',
  '',
  '  @Builder',
  '  // a tip under the scanner',
  '  private tip(text: string) {',
  '    Text(text).fontSize(14)',
  '  }',
  '',
  '  build() {',
  '    Column() {',
  "      Button('Scan').onClick(() => this.onPageShow())",
  '    }',
  '  }',
  '}',
  '',
  '@Builder function header(title: string) {',
  '  Text(title).fontSize(30)',
  '}',
  '',
  '@Extend(Text)',
  '/* bold labels */',
  'function strong(weight: number) {',
  '  .fontWeight(weight)',
  '}',
  '',
].join('\n');

const ABILITY = [
  "import { UIAbility, Want, AbilityConstant } from '@kit.AbilityKit';",
  "import { hilog } from '@kit.PerformanceAnalysisKit';",
  '',
  'export default class EntryAbility extends UIAbility {',
  '  onCreate(want: Want, launchParam: AbilityConstant.LaunchParam): void {',
  "    hilog.info(0x0000, 'app', '%{public}s', 'onCreate');",
  '  }',
  '}',
  '',
].join('\n');

const etsProbe = (types: string[]) =>
  probeConfig(undefined, ['**/*.ets'], types, { languageOptions: { parser: etsParser as never, sourceType: 'module' } });

describe('ets parser', () => {
  it('reads an ArkUI component as TypeScript with the UI description left out, every character at its place', () => {
    const typescript = arkUiAsTypeScript(ARKUI_PAGE_WITH_METHODS)!;
    expect(typescript).toHaveLength(ARKUI_PAGE_WITH_METHODS.length);
    expect(typescript.split('\n').length).toBe(ARKUI_PAGE_WITH_METHODS.split('\n').length);
    expect(typescript).toContain('export class  ScanPage {');
    expect(typescript).toContain("abilityAccessCtrl.createAtManager().requestPermissionsFromUser(context, ['ohos.permission.CAMERA']);");
    expect(typescript).toContain('@State hint: string = `scan {here}`;');
    for (const ui of ['Column()', 'Text(text)', 'Text(title)', '.fontWeight', '@Extend', '@Builder function']) expect(typescript).not.toContain(ui);
    const { ast } = parseForESLint(ARKUI_PAGE_WITH_METHODS, { filePath: 'entry/src/main/ets/pages/ScanPage.ets' });
    expect(ast.body.map((statement) => statement.type)).toEqual(['ImportDeclaration', 'ExportNamedDeclaration', 'FunctionDeclaration', 'FunctionDeclaration']);
  });

  it('returns an empty Program covering the whole file when ArkUI syntax still does not parse as TypeScript', () => {
    const broken = ARKUI_PAGE.replace("  @State message: string = 'Hello';", '  helper() { Column() { Text(this.message) } }');
    const { ast } = parseForESLint(broken, { filePath: 'entry/src/main/ets/pages/Index.ets' });
    expect(ast.body).toEqual([]);
    expect(ast.tokens).toEqual([]);
    expect(ast.comments).toEqual([]);
    expect(ast.range).toEqual([0, broken.length]);
    expect(ast.loc).toEqual({ start: { line: 1, column: 0 }, end: { line: 15, column: 0 } });
  });

  it('leaves a file without ArkUI alone: a class method named build keeps its body', () => {
    expect(arkUiAsTypeScript('export class Query { build() { return this.parts.join(" "); } }\n')).toBeUndefined();
  });

  it('parses plain TypeScript ability files normally', () => {
    const { ast } = parseForESLint(ABILITY, { filePath: 'entry/src/main/ets/entryability/EntryAbility.ets' });
    expect(ast.body.map((statement) => statement.type)).toEqual(['ImportDeclaration', 'ImportDeclaration', 'ExportDefaultDeclaration']);
    expect(ast.tokens!.length).toBeGreaterThan(20);
  });

  it('keeps generic type arguments (no JSX in ArkTS)', () => {
    const { ast } = parseForESLint('const n = <number>value;\nconst m = f<string>(x);\n', {});
    expect(ast.body).toHaveLength(2);
  });
});

describe('.ets in ESLint', () => {
  it("an ArkUI component file is linted outside its UI description, with exact locations, where the plain TS parser fails", async () => {
    const withEts = await lintText(etsProbe(['CallExpression']), 'entry/src/main/ets/pages/ScanPage.ets', ARKUI_PAGE_WITH_METHODS);
    expect(describeMessages(withEts)).toEqual(['9:21-9:37 CallExpression ', '10:5-10:104 CallExpression ', '10:5-10:40 CallExpression ']);
    const withTs = await lintText(
      probeConfig(undefined, ['**/*.ets'], ['Identifier'], { languageOptions: { parser: tsParser as never } }),
      'entry/src/main/ets/pages/Index.ets',
      ARKUI_PAGE,
    );
    expect(withTs).toEqual([expect.objectContaining({ fatal: true })]);
  });

  it('an ability file is linted, with exact locations', async () => {
    const messages = await lintText(etsProbe(['CallExpression']), 'entry/src/main/ets/entryability/EntryAbility.ets', ABILITY);
    expect(describeMessages(messages)).toEqual(['6:5-6:56 CallExpression ']);
  });

  it('the recommended config lints .ets files without fatal errors, next to a broken config file', async () => {
    const root = writeProject({
      'entry/src/main/ets/pages/Index.ets': ARKUI_PAGE,
      'entry/src/main/ets/entryability/EntryAbility.ets': ABILITY,
      'entry/src/main/module.json5': '{ module: { name: "entry", requestPermissions: [ ] ',
    });
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
    const results = await eslint.lintFiles(['.']);
    const byFile = Object.fromEntries(results.map((r) => [r.filePath.slice(root.length + 1), r.messages]));
    expect(byFile['entry/src/main/ets/pages/Index.ets']).toEqual([]);
    expect(byFile['entry/src/main/ets/entryability/EntryAbility.ets'].filter((m) => m.fatal)).toEqual([]);
    expect(byFile['entry/src/main/module.json5']).toEqual([expect.objectContaining({ fatal: true })]);
  });
});
