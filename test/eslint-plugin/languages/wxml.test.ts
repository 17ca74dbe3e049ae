import { describe, expect, it } from 'vitest';
import { parseWxml } from '../../../eslint-plugin/src/languages/wxml/wxml-parser.js';
import { getWxmlAttribute, type WXMLElement } from '../../../eslint-plugin/src/languages/wxml/wxml-ast.js';
import { describeMessages, lintText, probeConfig } from './lint-helpers.js';

const PAGE = [
  '<view class="privacy" wx:if="{{ step < 2 && !agreed }}">',
  '  <checkbox-group bindchange="onAgreeChange">',
  '    <checkbox value="agree" checked/>',
  '    <checkbox value="marketing" checked="{{false}}" />',
  '  </checkbox-group>',
  '  <!-- the agreement button -->',
  '  <button id="agree-btn" open-type="agreePrivacyAuthorization" bindagreeprivacyauthorization="onAgree">同意 {{ appName }}</button>',
  '  <wxs module="fmt">module.exports = { short: function (s) { return s.length < 10 ? s : s.slice(0, 10) } };</wxs>',
  '  <input type="nickname" />',
  '</view>',
  '',
].join('\n');

function parseOk(text: string) {
  const result = parseWxml(text);
  if (!result.ok) throw new Error(`unexpected parse error: ${result.error.message}`);
  return result;
}

function findAll(elements: Array<WXMLElement | { type: string }>, name: string, found: WXMLElement[] = []): WXMLElement[] {
  for (const node of elements) {
    if (node.type !== 'WXMLElement') continue;
    const element = node as WXMLElement;
    if (element.name === name) found.push(element);
    findAll(element.children, name, found);
  }
  return found;
}

describe('WXML parser', () => {
  it('keeps mustaches in attribute values and text and gives exact ranges', () => {
    const { ast } = parseOk(PAGE);
    const view = ast.children.find((node): node is WXMLElement => node.type === 'WXMLElement')!;
    expect(getWxmlAttribute(view, 'wx:if')?.value).toBe('{{ step < 2 && !agreed }}');

    const [agree, marketing] = findAll(ast.children, 'checkbox');
    const checked = getWxmlAttribute(agree, 'checked')!;
    expect(checked).toMatchObject({ value: null, valueRange: null, loc: { start: { line: 3, column: 28 }, end: { line: 3, column: 35 } } });
    expect(agree.selfClosing).toBe(true);
    expect(PAGE.slice(...agree.range)).toBe('<checkbox value="agree" checked/>');

    const explicit = getWxmlAttribute(marketing, 'checked')!;
    expect(explicit.value).toBe('{{false}}');
    expect(PAGE.slice(...explicit.valueRange!)).toBe('{{false}}');
    expect(PAGE.slice(...explicit.range)).toBe('checked="{{false}}"');

    const [button] = findAll(ast.children, 'button');
    expect(getWxmlAttribute(button, 'open-type')?.value).toBe('agreePrivacyAuthorization');
    expect(button.loc).toEqual({ start: { line: 7, column: 2 }, end: { line: 7, column: 128 } });
    expect(button.children).toEqual([expect.objectContaining({ type: 'WXMLText', value: '同意 {{ appName }}' })]);
  });

  it('reads <wxs> code with `<` as text, not as tags', () => {
    const { ast } = parseOk(PAGE);
    const [wxs] = findAll(ast.children, 'wxs');
    expect(wxs.children).toHaveLength(1);
    expect(wxs.children[0]).toMatchObject({ type: 'WXMLText', value: expect.stringContaining('s.length < 10') });
    expect(findAll(ast.children, 'input')).toHaveLength(1);
  });

  it('collects comments for directives', () => {
    const { comments } = parseOk(PAGE);
    expect(comments).toEqual([expect.objectContaining({ value: ' the agreement button ', loc: { start: { line: 6, column: 2 }, end: { line: 6, column: 31 } } })]);
  });

  it('is forgiving: an unclosed element spans to its last child and nothing throws', () => {
    const { ast } = parseOk('<view>\n  <text>hi</text>\n');
    const view = ast.children[0] as WXMLElement;
    expect(view.range).toEqual([0, 25]);
    for (const input of ['', '<', '<view', '</view>', '<view a="{{ x }}', '{{ a < b', '<wxs>x < y']) expect(() => parseWxml(input)).not.toThrow();
  });

  it('rejects binary content with a clear message', () => {
    expect(parseWxml('<view>\u0000</view>')).toMatchObject({ ok: false, error: { message: expect.stringContaining('NUL byte') } });
  });
});

describe('consentry/wxml in ESLint', () => {
  it('reports nodes at their exact positions and honours comment directives', async () => {
    const text = ['<view>', '  <checkbox checked/>', '  <!-- eslint-disable-next-line probe/nodes -->', '  <checkbox checked/>', '</view>'].join('\n');
    const messages = await lintText(probeConfig('consentry/wxml', ['**/*.wxml'], ['WXMLElement[name="checkbox"] > WXMLAttribute[name="checked"]']), 'pages/index/index.wxml', text);
    expect(describeMessages(messages)).toEqual(['2:13-2:20 WXMLAttribute checked']);
  });
});
