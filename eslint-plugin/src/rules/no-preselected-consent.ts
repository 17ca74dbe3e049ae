// 默认勾选 (164号 1.1 场景8, 认定方法 三.5): a privacy-agreement checkbox that starts ticked, or consent state
// that starts as true. Consent must be an action the user takes.
//
// The agreement control is a checkbox-like element (CheckBox, Checkbox, BouncyCheckbox, Radio, Switch,
// <input type="checkbox">, <checkbox>, <u-checkbox>, <van-checkbox> …) whose own text, or the text next to it,
// talks about the privacy policy / user agreement. It is flagged when its checked state is a literal true, or is
// bound to state that starts true (useState(true), class state, Vue data() / ref(true), a WeChat page's data).
// Consent state is also recognised by name alone (privacyAgreed, isAgreePrivacy, agreementChecked …).
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import { readConsentrySettings } from '../core/settings.js';
import { classifyConsentName, isConsentCallbackName, nameWords } from '../util/consent-guard.js';
import { findVariable, patternPath } from '../util/resolve-reference.js';
import { calleeName, isTestFile, propertyKeyName, unwrapExpression, type FunctionNode } from '../util/launch-context.js';
import { importedFunctionOf } from '../util/imported-requests.js';
import { dirname, relative } from 'node:path';
import { getProjectModel } from '../core/project/index.js';
import { blankComments } from '../core/usage-index.js';
import { siblingWxml, wxmlElements } from '../util/sibling-wxml.js';
import type { WXMLAttribute, WXMLElement, WXMLDocument, WXMLText } from '../languages/wxml/wxml-ast.js';

type MessageIds = 'preselectedControl' | 'preselectedState' | 'startUnchecked' | 'startFalse';

/**
 * Text that says the control is about the privacy policy or the user agreement. "Terms" and "policy" alone name many
 * other things ("Highlight search terms", "before my policy expires"): they count as Terms of Service / a policy, or
 * when the text agrees to or has read them.
 */
export const AGREEMENT_TEXT =
  /隐私|协议|个人信息|条款|privacy|consent|agreement|terms\s+(?:of|and|&)|\b(?:agree|accept|read)\w*\b[^.!?]{0,60}\b(?:terms|polic(?:y|ies))\b/i;
/**
 * The terms of one purchase or order option (《到店自提服务协议》, 《充值协议》, 《自动续费服务协议》): accepting them is no
 * consent to the processing of personal information, which is what a pre-ticked box must not stand for.
 */
const TRANSACTION_AGREEMENT =
  /(?:自提|配送|送货|充值|储值|购买|购物|支付|付款|订单|下单|租赁|借款|贷款|分期|提现|退款|退货|售后|拼团|团购|秒杀|预售|预约|代扣|续费|物流|快递|寄件|取件|积分|兑换|优惠券|礼品卡|代办|代驾|年检|维修|保养|洗车|安装|上门|缴费|回收|加油|油卡|充电|投保|保险|理赔|会员|押金|保证金|租车|用车|停车|预订|订购|订阅|乘车|机票|酒店|门票)[^《》\s，,。]{0,8}?(?:服务)?(?:协议|条款|须知)/g;

/** A control label that names the privacy policy or a user agreement, not only the terms of an order option. */
export function namesConsentAgreement(label: string): boolean {
  // 《会员注册协议》 is a user agreement however it starts: registering, users and personal data are what consent is about.
  const withoutTransactions = label.replace(TRANSACTION_AGREEMENT, (title) => (/注册|用户|隐私|个人/.test(title) ? title : ''));
  return AGREEMENT_TEXT.test(label) && AGREEMENT_TEXT.test(withoutTransactions);
}

/** Attributes that label an element (a checkbox's `value` is a form value, not a label). */
const LABEL_ATTRIBUTE = /^(?:label|title|text|content|accessibilityLabel|aria-label|placeholder)$/;
/** Elements that hold a yes/no choice. */
const CHOICE_ELEMENT = /(?:^|[-.])(?:check-?box|checkbox\w*|radio|switch|toggle)$|^(?:\w*Check[Bb]ox\w*|\w*Checkbox\w*|Radio\w*|Switch|Toggle\w*|Agree\w*)$/;
/** Elements that are a yes/no control, for telling one control's label from the next (not <AgreementText>). */
const CHOICE_CONTROL = /(?:^|[-.])(?:check-?box|checkbox\w*|radio|switch|toggle)$|^(?:\w*Check[Bb]ox\w*|\w*Checkbox\w*|Radio\w*|Switch|Toggle\w*)$/;
/** Attributes that carry a choice element's checked state. */
const CHECKED_ATTRIBUTES = new Set(['checked', 'defaultChecked', 'isChecked', 'selected', 'value', 'defaultValue', 'initialValue', 'status', 'isOn', 'modelValue', 'model-value']);
/** Words that, with a subject word (privacy, agreement …), make a state name mean "the box is ticked". */
const TICK_WORDS = new Set(['checked', 'check', 'selected', 'ticked', 'read', 'agree', 'agreed', 'accepted', 'accept']);
const SUBJECT = new Set(['privacy', 'agreement', 'policy', 'terms', 'protocol', 'consent', 'yinsi', 'xieyi']);

/** Consent state by name: privacyAgreed, isAgreePrivacy, hasConsent, agreementChecked, protocolSelected. */
export function isConsentStateName(name: string, heuristics: boolean, configured: readonly string[]): boolean {
  if (configured.includes(name)) return true;
  if (!heuristics || isConsentCallbackName(name)) return false;
  if (classifyConsentName(name) === 'positive') return true;
  const words = nameWords(name);
  return words.some((w) => SUBJECT.has(w)) && words.some((w) => TICK_WORDS.has(w)) && classifyConsentName(name) === undefined && !/show|visible|need|url|link|text|title|version/i.test(name);
}

function isTrueLiteral(node: TSESTree.Node | null | undefined): node is TSESTree.Literal {
  if (!node) return false;
  const n = unwrapExpression(node);
  return n.type === 'Literal' && n.value === true;
}

// ---------------------------------------------------------------------------------------------------------------
// Vue template AST (vue-eslint-parser), the parts used here

interface VNodeBase {
  type: string;
  range: [number, number];
  loc: TSESTree.SourceLocation;
  parent?: VNodeBase;
}
interface VElement extends VNodeBase {
  type: 'VElement';
  rawName: string;
  name: string;
  startTag: VNodeBase & { attributes: Array<VAttribute | VDirective> };
  children: VNodeBase[];
}
interface VAttribute extends VNodeBase {
  type: 'VAttribute';
  directive: false;
  key: VNodeBase & { name: string; rawName: string };
  value: (VNodeBase & { value: string }) | null;
}
interface VDirective extends VNodeBase {
  type: 'VAttribute';
  directive: true;
  key: VNodeBase & { name: { name: string }; argument: (VNodeBase & { name?: string; rawName?: string }) | null };
  value: (VNodeBase & { expression: TSESTree.Expression | null }) | null;
}
interface VueParserServices {
  defineTemplateBodyVisitor?(templateVisitor: Record<string, (node: never) => void>, scriptVisitor?: TSESLint.RuleListener): TSESLint.RuleListener;
}

// ---------------------------------------------------------------------------------------------------------------
// Which text labels a choice control
//
// A box is the agreement box only when the text that labels IT mentions the policy: its own text and label
// attributes, the text of a <label> that holds it alone, else the text right next to it among its siblings, read
// up to the next choice control. A login form holds "记住密码", "自动登录" and the privacy sentence side by side;
// taking any text in the container would make every box in it an agreement box.

/** Stands for text only known at run time ({name}, {{item.title}}): a label is there, its words are not. */
const DYNAMIC_TEXT = '\uFFFC';
/** A label that stops at the verb or a connective ("我已阅读并同意", "I agree to") goes on in the next text node. */
const UNFINISHED_LABEL = /(?:同意|阅读|已读|知悉|接受|和|与|及|以及|并|\b(?:agree|accept|(?:have|I've|I) read|and|to|the))[\s:：,，、]*$/i;
/** How many enclosing elements to climb when the control and its siblings have no text (box → label → row). */
const LABEL_LEVELS = 3;
/** Text nodes read after an unfinished label ("我已阅读并同意" "《用户协议》" "和" "《隐私政策》"). */
const LABEL_PARTS = 8;

/** Whether a template node holds a choice control, asked once per node (siblings are asked for every control). */
const holdsChoiceCache = new WeakMap<object, boolean>();

function remember<K extends object, V>(cache: WeakMap<K, V>, key: K, compute: () => V): V {
  if (cache.has(key)) return cache.get(key)!;
  const value = compute();
  cache.set(key, value);
  return value;
}

function hasLabelText(text: string): boolean {
  return /[\p{L}\p{N}\uFFFC]/u.test(text);
}

function isFinishedLabel(text: string): boolean {
  return hasLabelText(text) && (AGREEMENT_TEXT.test(text) || !UNFINISHED_LABEL.test(text.trim()));
}

/** The element tree around a choice control, as each template syntax spells it. */
interface LabelTree<N> {
  /** The element whose children hold `node`, and the child that is (or wraps) it. */
  up(node: N): { container: N; child: N } | undefined;
  children(container: N): readonly N[];
  /** Label attributes and all text inside `node`. */
  text(node: N): string;
  /** `node` is, or holds, a checkbox / radio / switch. */
  holdsChoice(node: N): boolean;
  /** Which side `node` is labelled on, when `node` itself is a choice control. */
  labelSide(node: N): LabelSide | undefined;
  /** A <label> element: all its text labels the one control it holds. */
  isLabelElement(node: N): boolean;
}

/** Checkboxes and radios are labelled on their right ("☐ 我已阅读并同意…"), switches on their left ("深色模式 ⬤"). */
type LabelSide = 'after' | 'before';

function labelSideOf(elementName: string): LabelSide {
  return /switch|toggle/i.test(elementName.split('.').pop() ?? elementName) ? 'before' : 'after';
}

/**
 * The text that labels `control`: its own text; else the text of a <label> that holds only it; else the sibling
 * text on its labelled side, or on the other side when that one has none, climbing to the enclosing element when
 * neither has any.
 */
function choiceLabel<N>(tree: LabelTree<N>, control: N): string {
  const side = tree.labelSide(control) ?? 'after';
  let label = tree.text(control);
  if (isFinishedLabel(label)) return label;
  let node = control;
  for (let level = 0; level < LABEL_LEVELS; level++) {
    const step = tree.up(node);
    if (!step) break;
    const siblings = tree.children(step.container);
    const index = siblings.indexOf(step.child);
    const sharesContainer = siblings.some((sibling, i) => i !== index && tree.holdsChoice(sibling));
    if (tree.isLabelElement(step.container) && !sharesContainer) {
      label = tree.text(step.container);
    } else if (hasLabelText(label)) {
      // An unfinished label goes on after the control: "同意" <text>《隐私政策》</text>.
      const after = textAfter(tree, siblings, index, label);
      label = after.text;
      if (after.reachedChoice) return label;
    } else {
      const after = textAfter(tree, siblings, index, '');
      const before = textBefore(tree, siblings, index);
      if (side === 'before' && hasLabelText(before)) {
        // "自动登录 ⬤ 登录即表示同意《隐私政策》" or "登录即表示同意《隐私政策》 ⬤ 自动登录": with text on both sides
        // of a switch, it is the agreement switch only when both sides say so.
        return hasLabelText(after.text) && !AGREEMENT_TEXT.test(after.text) ? after.text : before;
      }
      if (hasLabelText(after.text)) {
        label = after.text;
        if (after.reachedChoice) return label;
      } else if (hasLabelText(before)) {
        return before;
      }
    }
    if (isFinishedLabel(label) || sharesContainer) return label;
    node = step.container;
  }
  return label;
}

/** Text of the siblings after `index`, from the first one with text on while the label is unfinished. */
function textAfter<N>(tree: LabelTree<N>, siblings: readonly N[], index: number, start: string): { text: string; reachedChoice: boolean } {
  let text = start;
  let parts = 0;
  for (let i = index + 1; i < siblings.length && parts < LABEL_PARTS; i++) {
    if (tree.holdsChoice(siblings[i])) return { text, reachedChoice: true };
    const part = tree.text(siblings[i]);
    if (!hasLabelText(part)) continue;
    text += ` ${part}`;
    parts++;
    if (isFinishedLabel(text)) break;
  }
  return { text, reachedChoice: false };
}

/**
 * Text of the nearest sibling before `index` that has any, unless it is the label of the control before it
 * ("☐ 记住密码 ☐ 我已阅读并同意…": "记住密码" belongs to the first box, not the second).
 */
function textBefore<N>(tree: LabelTree<N>, siblings: readonly N[], index: number): string {
  let found = -1;
  for (let i = index - 1; i >= 0 && found < 0; i--) {
    if (tree.holdsChoice(siblings[i])) return '';
    if (hasLabelText(tree.text(siblings[i]))) found = i;
  }
  if (found < 0) return '';
  for (let i = found - 1; i >= 0; i--) {
    if (tree.holdsChoice(siblings[i])) return labelsTextAfter(tree, siblings, i) ? '' : tree.text(siblings[found]);
    if (hasLabelText(tree.text(siblings[i]))) break;
  }
  return tree.text(siblings[found]);
}

/** The control at `index` takes the text after it as its label: a checkbox, or a switch with no text before it. */
function labelsTextAfter<N>(tree: LabelTree<N>, siblings: readonly N[], index: number): boolean {
  const side = tree.labelSide(siblings[index]);
  if (side === 'after') return true;
  if (side === undefined) return false;
  for (let i = index - 1; i >= 0; i--) {
    if (tree.holdsChoice(siblings[i])) return true;
    if (hasLabelText(tree.text(siblings[i]))) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// WXML

/**
 * Each visited element's parent, kept on the element. Not in a module-level WeakMap: an entry whose value (the parent)
 * reaches its key survives V8's young collections, and would keep every template linted alive (util/file-cache.ts).
 */
const WXML_PARENT = Symbol('consentry.wxmlParent');
type WxmlElementWithParent = WXMLElement & { [WXML_PARENT]?: WXMLElement | WXMLDocument };

function visitWxml(root: WXMLDocument | WXMLElement, visit: (element: WXMLElement) => void): void {
  wxmlElements(root, (element, parent) => {
    (element as WxmlElementWithParent)[WXML_PARENT] = parent;
    visit(element);
  });
}

function wxmlText(element: WXMLElement | WXMLDocument, budget = { left: 60 }): string {
  let out = '';
  for (const child of element.children) {
    if (budget.left-- <= 0) break;
    if (child.type === 'WXMLText') out += (child as WXMLText).value;
    else out += ` ${wxmlAttributesText(child)} ${wxmlText(child, budget)}`;
  }
  return out;
}

function wxmlAttributesText(element: WXMLElement): string {
  return element.attributes
    .filter((a) => LABEL_ATTRIBUTE.test(a.name))
    .map((a) => a.value ?? '')
    .join(' ');
}

function isWxmlChoiceName(name: string): boolean {
  return /^(?:checkbox|radio|switch)$/.test(name.replace(/^wx-/, '')) || CHOICE_CONTROL.test(name);
}

const wxmlLabelTree: LabelTree<WXMLElement | WXMLText | WXMLDocument> = {
  up(node) {
    const container = node.type === 'WXMLElement' ? (node as WxmlElementWithParent)[WXML_PARENT] : undefined;
    return container ? { container, child: node } : undefined;
  },
  children: (container) => (container.type === 'WXMLText' ? [] : container.children),
  text: (node) => (node.type === 'WXMLText' ? node.value : node.type === 'WXMLElement' ? `${wxmlAttributesText(node)} ${wxmlText(node)}` : wxmlText(node)),
  holdsChoice(node) {
    if (node.type === 'WXMLText') return false;
    return remember(holdsChoiceCache, node, () => (node.type === 'WXMLElement' && isWxmlChoiceName(node.name)) || node.children.some((child) => wxmlLabelTree.holdsChoice(child)));
  },
  labelSide: (node) => (node.type === 'WXMLElement' && isWxmlChoiceName(node.name) ? labelSideOf(node.name) : undefined),
  isLabelElement: (node) => node.type === 'WXMLElement' && node.name.replace(/^wx-/, '') === 'label',
};

function isWxmlAgreementChoice(element: WXMLElement): boolean {
  const name = element.name.replace(/^wx-/, '');
  if (!/^(?:checkbox|radio|switch)$/.test(name)) return false;
  return namesConsentAgreement(choiceLabel(wxmlLabelTree, element));
}

// ---------------------------------------------------------------------------------------------------------------
// JSX

function jsxElementName(name: TSESTree.JSXTagNameExpression): string {
  if (name.type === 'JSXIdentifier') return name.name;
  if (name.type === 'JSXMemberExpression') return `${jsxElementName(name.object)}.${name.property.name}`;
  return `${name.namespace.name}:${name.name.name}`;
}

function jsxAttribute(opening: TSESTree.JSXOpeningElement, name: string): TSESTree.JSXAttribute | undefined {
  return opening.attributes.find((a): a is TSESTree.JSXAttribute => a.type === 'JSXAttribute' && a.name.type === 'JSXIdentifier' && a.name.name === name);
}

function jsxStaticString(attribute: TSESTree.JSXAttribute | undefined): string | undefined {
  const value = attribute?.value;
  if (!value) return undefined;
  if (value.type === 'Literal' && typeof value.value === 'string') return value.value;
  if (value.type === 'JSXExpressionContainer' && value.expression.type === 'Literal' && typeof value.expression.value === 'string') return value.expression.value;
  return undefined;
}

/** `useState({ …, field: true })` (or React.useState): the `true` of that field. */
function useStateFieldTrue(init: TSESTree.Node | null | undefined, field: string): TSESTree.Node | undefined {
  const call = init && unwrapExpression(init);
  if (call?.type !== 'CallExpression' || calleeName(call.callee) !== 'useState') return undefined;
  const initial = call.arguments[0] && unwrapExpression(call.arguments[0]);
  if (initial?.type !== 'ObjectExpression') return undefined;
  const value = initial.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propertyKeyName(p) === field)?.value;
  return value && isTrueLiteral(value) ? value : undefined;
}

/** In a hook's body: `return { key }` of `const [key, setKey] = useState({ field: true })`, the `true`. */
function returnedStateField(fn: FunctionNode, key: string, field: string): TSESTree.Node | undefined {
  if (fn.body.type !== 'BlockStatement') return undefined;
  const statements = fn.body.body;
  const returned = statements.find((s): s is TSESTree.ReturnStatement => s.type === 'ReturnStatement');
  const object = returned?.argument && unwrapExpression(returned.argument);
  if (object?.type !== 'ObjectExpression') return undefined;
  const property = object.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propertyKeyName(p) === key);
  const local = property && unwrapExpression(property.value);
  if (local?.type !== 'Identifier') return undefined;
  for (const statement of statements) {
    if (statement.type !== 'VariableDeclaration') continue;
    for (const declarator of statement.declarations) {
      const first = declarator.id.type === 'ArrayPattern' ? declarator.id.elements[0] : undefined;
      if (first?.type === 'Identifier' && first.name === local.name) return useStateFieldTrue(declarator.init, field);
    }
  }
  return undefined;
}

/**
 * A hand-made checkbox: an icon or image whose name or source is picked by a state test, one branch a tick and the
 * other not (`<Icon name={agree ? 'checkcircle' : 'checkcircleo'} />`, `source={agreed ? checkedPng : uncheckedPng}`
 * with require()d files). Returns the test and whether the tick shows when it is true.
 */
function jsxCheckIcon(
  opening: TSESTree.JSXOpeningElement,
): { attribute: TSESTree.JSXAttribute; test: TSESTree.Expression; tickedWhenTrue: boolean } | undefined {
  for (const attribute of opening.attributes) {
    if (attribute.type !== 'JSXAttribute' || attribute.value?.type !== 'JSXExpressionContainer') continue;
    const expression = attribute.value.expression;
    if (expression.type !== 'ConditionalExpression') continue;
    const whenTrue = isTickName(iconName(expression.consequent));
    const whenFalse = isTickName(iconName(expression.alternate));
    if (whenTrue === undefined || whenFalse === undefined || whenTrue === whenFalse) continue;
    return { attribute, test: expression.test, tickedWhenTrue: whenTrue };
  }
  return undefined;
}

/** 'checkcircle', or the file of require('./img/checked.png'). */
function iconName(node: TSESTree.Node): string | undefined {
  const n = unwrapExpression(node);
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'require') {
    const argument = n.arguments[0];
    if (argument?.type === 'Literal' && typeof argument.value === 'string') return argument.value.split('/').pop();
  }
  return undefined;
}

/** Icon-set names of a ticked box (check-circle, checkbox-marked, radio-button-checked) against an empty one. */
const TICK_NAME = /check|tick|select|marked|勾/i;
const EMPTY_MARK_NAME = /un-?check|un-?select|unmarked|outline|blank|empty|off\b|-o\b|[a-z]o(?:\.\w+)?$|_o\b|normal|default/i;

function isTickName(name: string | undefined): boolean | undefined {
  if (name === undefined) return undefined;
  return TICK_NAME.test(name) && !EMPTY_MARK_NAME.test(name);
}

function isJsxChoice(opening: TSESTree.JSXOpeningElement, pattern = CHOICE_ELEMENT): boolean {
  const name = jsxElementName(opening.name);
  if (name === 'input') return /^(?:checkbox|radio)$/.test(jsxStaticString(jsxAttribute(opening, 'type')) ?? '');
  return pattern.test(name) || pattern.test(name.split('.').pop() ?? '');
}

/**
 * Text of JSX: string children, label props, and string arguments of calls such as t('privacy.agree'). Other
 * expressions ({title}, {item.label}) are text too, known only at run time.
 */
function jsxText(node: TSESTree.Node, budget: { left: number }): string {
  if (budget.left-- <= 0) return '';
  switch (node.type) {
    case 'JSXText':
      return node.value;
    case 'Literal':
      return typeof node.value === 'string' ? node.value : '';
    case 'TemplateLiteral':
      return node.quasis.map((q) => q.value.cooked ?? '').join(node.expressions.length ? ` ${DYNAMIC_TEXT} ` : ' ');
    case 'JSXExpressionContainer':
      return node.expression.type === 'JSXEmptyExpression' ? '' : jsxText(node.expression, budget);
    case 'CallExpression':
      return node.arguments.map((a) => jsxText(a, budget)).join(' ');
    case 'LogicalExpression':
      return jsxText(node.right, budget);
    case 'ConditionalExpression':
      return `${jsxText(node.consequent, budget)} ${jsxText(node.alternate, budget)}`;
    case 'Identifier':
    case 'MemberExpression':
      return DYNAMIC_TEXT;
    case 'JSXElement':
      return [
        ...node.openingElement.attributes.map((a) =>
          a.type === 'JSXAttribute' && a.value && a.name.type === 'JSXIdentifier' && LABEL_ATTRIBUTE.test(a.name.name) ? jsxText(a.value, budget) : '',
        ),
        ...node.children.map((c) => jsxText(c, budget)),
      ].join(' ');
    case 'JSXFragment':
      return node.children.map((c) => jsxText(c, budget)).join(' ');
    default:
      return '';
  }
}

/** JSX that renders a choice control, directly or through {cond && …}, {a ? … : …} or {list.map(() => …)}. */
function jsxHoldsChoice(node: TSESTree.Node | null | undefined): boolean {
  if (!node) return false;
  return remember(holdsChoiceCache, node, () => {
    switch (node.type) {
      case 'JSXElement':
        return isJsxChoice(node.openingElement, CHOICE_CONTROL) || jsxCheckIcon(node.openingElement) !== undefined || node.children.some(jsxHoldsChoice);
      case 'JSXFragment':
        return node.children.some(jsxHoldsChoice);
      case 'JSXExpressionContainer':
        return node.expression.type !== 'JSXEmptyExpression' && jsxHoldsChoice(node.expression);
      case 'LogicalExpression':
        return jsxHoldsChoice(node.right);
      case 'ConditionalExpression':
        return jsxHoldsChoice(node.consequent) || jsxHoldsChoice(node.alternate);
      case 'CallExpression':
        return node.arguments.some(jsxHoldsChoice);
      case 'ArrowFunctionExpression':
        return node.body.type !== 'BlockStatement' && jsxHoldsChoice(node.body);
      default:
        return false;
    }
  });
}

const jsxLabelTree: LabelTree<TSESTree.Node> = {
  up(node) {
    let child = node;
    for (let current = node.parent; current; current = current.parent) {
      if (current.type === 'JSXElement' || current.type === 'JSXFragment') return { container: current, child };
      // {cond && <CheckBox/>} / {a ? <CheckBox/> : null} sit in the element's children through these.
      if (current.type !== 'JSXExpressionContainer' && current.type !== 'LogicalExpression' && current.type !== 'ConditionalExpression') return undefined;
      child = current;
    }
    return undefined;
  },
  children: (container) => (container.type === 'JSXElement' || container.type === 'JSXFragment' ? container.children : []),
  text: (node) => jsxText(node, { left: 120 }),
  holdsChoice: jsxHoldsChoice,
  labelSide: (node) => (node.type === 'JSXElement' && isJsxChoice(node.openingElement, CHOICE_CONTROL) ? labelSideOf(jsxElementName(node.openingElement.name)) : undefined),
  isLabelElement: (node) => node.type === 'JSXElement' && /^label$/i.test(jsxElementName(node.openingElement.name).split('.').pop() ?? ''),
};

function isJsxAgreementChoice(opening: TSESTree.JSXOpeningElement): boolean {
  if (!isJsxChoice(opening)) return false;
  return namesConsentAgreement(choiceLabel(jsxLabelTree, opening.parent as TSESTree.JSXElement));
}

// ---------------------------------------------------------------------------------------------------------------
// Vue templates

function isVueChoice(element: VElement, pattern = CHOICE_ELEMENT): boolean {
  const name = element.rawName;
  if (/^input$/i.test(name)) {
    const type = element.startTag.attributes.find((a) => !a.directive && a.key.name === 'type') as VAttribute | undefined;
    return /^(?:checkbox|radio)$/.test(type?.value?.value ?? '');
  }
  return pattern.test(name) || /(?:^|-)(?:checkbox|radio|switch)$/i.test(name);
}

/** Text of a template node: text, static label attributes, and the strings in {{ $t('privacy.agree') }}. */
function vueText(node: VNodeBase, budget: { left: number }): string {
  if (budget.left-- <= 0) return '';
  const n = node as VNodeBase & { value?: unknown; children?: VNodeBase[]; startTag?: VElement['startTag']; expression?: TSESTree.Node | null };
  if (n.type === 'VText') return String(n.value ?? '');
  if (n.type === 'VExpressionContainer') return n.expression ? jsxText(n.expression, budget) : '';
  let out = '';
  if (n.type === 'VElement') {
    for (const attribute of n.startTag!.attributes) {
      if (!attribute.directive && attribute.value && LABEL_ATTRIBUTE.test(attribute.key.name)) out += ` ${attribute.value.value}`;
    }
  }
  for (const child of n.children ?? []) out += ` ${vueText(child, budget)}`;
  return out;
}

const vueLabelTree: LabelTree<VNodeBase> = {
  up: (node) => (node.parent?.type === 'VElement' ? { container: node.parent, child: node } : undefined),
  children: (container) => (container as Partial<VElement>).children ?? [],
  text: (node) => vueText(node, { left: 120 }),
  holdsChoice(node) {
    if (node.type !== 'VElement') return false;
    return remember(holdsChoiceCache, node, () => isVueChoice(node as VElement, CHOICE_CONTROL) || (node as VElement).children.some((child) => vueLabelTree.holdsChoice(child)));
  },
  labelSide: (node) => (node.type === 'VElement' && isVueChoice(node as VElement, CHOICE_CONTROL) ? labelSideOf((node as VElement).rawName) : undefined),
  isLabelElement: (node) => node.type === 'VElement' && /^label$/i.test((node as VElement).rawName),
};

function isVueAgreementChoice(element: VElement): boolean {
  if (!isVueChoice(element)) return false;
  return namesConsentAgreement(choiceLabel(vueLabelTree, element));
}

// ---------------------------------------------------------------------------------------------------------------
// WeChat page data ↔ template (one set per template version)

const boundAgreementState = new WeakMap<WXMLDocument, ReadonlySet<string>>();

/** Names bound (`checked="{{name}}"`) to agreement checkboxes in the template of a page / component script. */
function wxmlBoundAgreementState(scriptFile: string): ReadonlySet<string> {
  const document = siblingWxml(scriptFile);
  if (!document) return new Set();
  let bound = boundAgreementState.get(document);
  if (!bound) {
    const names = new Set<string>();
    visitWxml(document, (element) => {
      if (!isWxmlAgreementChoice(element)) return;
      const checked = element.attributes.find((a) => a.name === 'checked');
      const name = checked?.value && /^\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}$/.exec(checked.value)?.[1];
      if (name) names.add(name);
    });
    bound = names;
    boundAgreementState.set(document, bound);
  }
  return bound;
}

/** In WXML any non-empty string is truthy: checked="false" still ticks the box; only {{false}} does not. */
function wxmlCheckedIsTrue(attribute: WXMLAttribute): boolean {
  if (attribute.value === null) return true;
  const value = attribute.value.trim();
  if (value === '') return false;
  const mustache = /^\{\{\s*(.*?)\s*\}\}$/.exec(value);
  if (!mustache) return true;
  return mustache[1] === 'true' || mustache[1] === '1' || mustache[1] === '!0';
}

// ---------------------------------------------------------------------------------------------------------------

export default createRule<[], MessageIds>({
  name: 'no-preselected-consent',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow privacy-consent checkboxes and consent state that start out ticked or true',
      recommended: 'error',
      regulations: [
        'MIIT 337号 #1/#3',
        'MIIT 164号 1.1 场景8 (默认勾选)',
        '认定方法 三.1',
        '认定方法 三.5',
        'PIPL Art. 13/14/16',
        'Google Play prominent disclosure',
      ],
      fileKind: 'source',
      languages: ['wxml'],
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      preselectedControl:
        'The privacy-agreement {{control}} starts ticked: consent must be the user\'s own action, not a default (默认勾选, 164号 场景8; 认定方法 三.5).',
      preselectedState:
        '`{{name}}` is privacy-consent state that starts as true{{binding}}: the user has not agreed yet (默认勾选, 164号 场景8; 认定方法 三.5).',
      startUnchecked: 'Start the box unticked.',
      startFalse: 'Start `{{name}}` at false.',
    },
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    const file = context.filename.replace(/\\/g, '/');
    if (isTestFile(file)) return {};
    const consent = readConsentrySettings(context.settings as Record<string, unknown>).consent;
    const heuristics = consent?.heuristics !== false;
    const configured = (consent?.predicates ?? []).map((p) => p.trim().replace(/\(\)$/, '').split('.').pop() ?? '');
    const reported = new Set<unknown>();

    let namesAgreement: boolean | undefined;
    /**
     * State is consent state by its name alone (protocolChecked, agreeChecked) only where the file, or a WeChat page's
     * template, names the privacy policy or a user agreement somewhere: the same name on a bank-card withdrawal
     * declaration (StarCu) is no privacy box. A name the settings list needs no such support.
     */
    const consentByName = (name: string): boolean => {
      if (configured.includes(name)) return true;
      if (namesAgreement === undefined) {
        const code = blankComments(sourceCode.text, { script: true, markup: file.endsWith('.vue') });
        const template = /\.(?:js|ts)$/.test(file) ? getProjectModel().source.read(file.replace(/\.(?:js|ts)$/, '.wxml')) : undefined;
        namesAgreement = namesConsentAgreement(code) || (template?.ok === true && namesConsentAgreement(template.text));
      }
      return namesAgreement;
    };

    /**
     * State the code sets from the platform's own privacy record (`!res.needAuthorization` of wx / uni /
     * Taro.getPrivacySetting): a cached copy of the answer WeChat keeps, not an answer the app records (Stillness'
     * isPrivacyAgreed, which only decides whether a mask over the nickname input asks again).
     */
    const mirrorsPlatformRecord = (name: string): boolean => {
      const text = sourceCode.text;
      if (!text.includes('needAuthorization')) return false;
      const setter = `set${name.charAt(0).toUpperCase()}${name.slice(1)}`;
      const escaped = name.replace(/[$]/g, '\\$');
      return new RegExp(`(?:\\b${setter}\\s*\\(|\\b${escaped}(?:\\.value)?\\s*=(?!=)|\\b${escaped}\\s*:)\\s*!?\\s*[\\w$.]*\\bneedAuthorization\\b`).test(text);
    };

    /**
     * Whether anything in the file (script or template) names the state again after declaring it: state nothing reads
     * ticks no box and gates nothing (cashu.me's `termsAccepted: true` in data(), its screen without a checkbox).
     */
    const isRead = (name: string): boolean => {
      const escaped = name.replace(/[$]/g, '\\$');
      // An occurrence followed by `=` (not `==`) or `:` writes or declares the state; any other reads it.
      const read = new RegExp(`(?<![\\w$])${escaped}(?![\\w$])(?!\\s*(?:=(?!=)|:))`);
      if (read.test(sourceCode.text)) return true;
      // A mini-program page or component is read by its template, a file of its own: unknown without it.
      if (/\.(?:js|ts)$/.test(file)) {
        const template = getProjectModel().source.read(file.replace(/\.(?:js|ts)$/, '.wxml'));
        if (!template?.ok) return /\b(?:Component|Page)\s*\(/.test(sourceCode.text);
        return read.test(template.text);
      }
      return false;
    };

    const reportState = (value: TSESTree.Node, name: string, binding: string): void => {
      if (reported.has(value)) return;
      reported.add(value);
      context.report({
        node: value,
        messageId: 'preselectedState',
        data: { name, binding },
        suggest: [{ messageId: 'startFalse', data: { name }, fix: (fixer) => fixer.replaceText(value, 'false') }],
      });
    };

    // ---- WXML (consentry/wxml) --------------------------------------------------------------------------------
    if ((sourceCode.ast as { type?: string }).type === 'WXMLDocument') {
      const document = sourceCode.ast as unknown as WXMLDocument;
      return {
        WXMLDocument() {
          visitWxml(document, (element) => {
            if (!isWxmlAgreementChoice(element)) return;
            const checked = element.attributes.find((a) => a.name === 'checked');
            if (!checked || !wxmlCheckedIsTrue(checked)) return;
            context.report({
              loc: checked.loc,
              messageId: 'preselectedControl',
              data: { control: `<${element.name}>` },
              suggest: [{ messageId: 'startUnchecked', fix: (fixer) => fixer.removeRange([checked.range[0] - 1, checked.range[1]]) }],
            });
          });
        },
      } as unknown as TSESLint.RuleListener;
    }

    /** The initial value of consent state an expression reads: useState(true), this.state.x, ref(true), data(). */
    function initialTrueOf(expression: TSESTree.Node): { value: TSESTree.Node; name: string } | undefined {
      const n = unwrapExpression(expression);
      if (n.type === 'ConditionalExpression') return initialTrueOf(n.test);
      if (n.type === 'Identifier') return identifierInitial(n);
      if (n.type === 'MemberExpression') {
        const name = !n.computed && n.property.type === 'Identifier' ? n.property.name : undefined;
        if (!name) return undefined;
        const object = unwrapExpression(n.object);
        // agreed.value (Vue ref)
        if (name === 'value' && object.type === 'Identifier') return identifierInitial(object);
        // form.agree, with const [form, setForm] = useState({ phone: '', agree: true })
        if (object.type === 'Identifier') return stateFieldInitial(object, name);
        // this.state.agreed / this.agreed (Vue options)
        if (object.type === 'MemberExpression' && unwrapExpression(object.object).type === 'ThisExpression') {
          return classStateInitial(n, name);
        }
        if (object.type === 'ThisExpression') return vueDataInitial(name) ?? classStateInitial(n, name);
      }
      return undefined;
    }

    function identifierInitial(id: TSESTree.Identifier): { value: TSESTree.Node; name: string } | undefined {
      const variable = findVariable(sourceCode, id, id.name);
      const def = variable?.defs[0];
      if (!def) return vueDataInitial(id.name);
      if (def.type !== 'Variable') return undefined;
      const declarator = def.node as TSESTree.VariableDeclarator;
      const init = declarator.init && unwrapExpression(declarator.init);
      if (!init || init.type !== 'CallExpression') return undefined;
      const callee = init.callee.type === 'MemberExpression' ? init.callee.property : init.callee;
      const hook = callee.type === 'Identifier' ? callee.name : undefined;
      const path = patternPath(declarator.id, def.name as TSESTree.Node);
      // const [agreed, setAgreed] = useState(true)
      if ((hook === 'useState' || hook === 'useSignal') && path?.[0] === '0' && isTrueLiteral(init.arguments[0])) {
        return { value: init.arguments[0], name: id.name };
      }
      // const agreed = ref(true)
      if ((hook === 'ref' || hook === 'shallowRef') && path?.length === 0 && isTrueLiteral(init.arguments[0])) {
        return { value: init.arguments[0], name: id.name };
      }
      return undefined;
    }

    /** A field of object state: `const [form, setForm] = useState({ agree: true })` → form.agree. */
    function stateFieldInitial(id: TSESTree.Identifier, field: string): { value: TSESTree.Node; name: string } | undefined {
      const def = findVariable(sourceCode, id, id.name)?.defs[0];
      if (def?.type !== 'Variable') return undefined;
      const declarator = def.node as TSESTree.VariableDeclarator;
      if (patternPath(declarator.id, def.name as TSESTree.Node)?.[0] !== '0') return undefined;
      const value = useStateFieldTrue(declarator.init, field);
      return value && { value, name: `${id.name}.${field}` };
    }

    /** `state = { agreed: true }` / `this.state = { agreed: true }` in the class that holds `node`. */
    function classStateInitial(node: TSESTree.Node, name: string): { value: TSESTree.Node; name: string } | undefined {
      let current: TSESTree.Node | undefined = node.parent;
      while (current && current.type !== 'ClassBody') current = current.parent;
      if (!current) return undefined;
      for (const member of current.body) {
        let object: TSESTree.Node | undefined;
        if (member.type === 'PropertyDefinition' && propertyKeyName(member) === 'state' && member.value) object = unwrapExpression(member.value);
        if (member.type === 'MethodDefinition' && member.kind === 'constructor') {
          for (const statement of member.value.body?.body ?? []) {
            if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression') continue;
            const left = statement.expression.left;
            if (left.type === 'MemberExpression' && left.object.type === 'ThisExpression' && !left.computed && left.property.type === 'Identifier' && left.property.name === 'state') {
              object = unwrapExpression(statement.expression.right);
            }
          }
        }
        if (object?.type !== 'ObjectExpression') continue;
        for (const property of object.properties) {
          if (property.type === 'Property' && propertyKeyName(property) === name && isTrueLiteral(property.value)) {
            return { value: property.value, name };
          }
        }
      }
      return undefined;
    }

    /** Vue options API: `data() { return { agreed: true } }` in this file's default export. */
    function vueDataInitial(name: string): { value: TSESTree.Node; name: string } | undefined {
      for (const object of stateObjects) {
        for (const property of object.properties) {
          if (property.type === 'Property' && propertyKeyName(property) === name && isTrueLiteral(property.value)) {
            return { value: property.value, name };
          }
        }
      }
      return undefined;
    }

    /** Objects that hold initial component/page state: Vue data(), WeChat Page/Component data, class state. */
    const stateObjects: TSESTree.ObjectExpression[] = [];
    const isStateObject = (object: TSESTree.ObjectExpression): boolean => {
      const parent = object.parent;
      if (!parent) return false;
      // { data: { … } } in Page/Component/App options
      if (parent.type === 'Property' && parent.value === object && propertyKeyName(parent) === 'data') return true;
      // data() { return { … } } / data: () => ({ … })
      if (parent.type === 'ReturnStatement' || parent.type === 'ArrowFunctionExpression') {
        let fn: TSESTree.Node | undefined = parent;
        while (fn && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') fn = fn.parent;
        const holder = fn?.parent;
        return !!holder && (holder.type === 'Property' || holder.type === 'MethodDefinition') && propertyKeyName(holder) === 'data';
      }
      // state = { … } / this.state = { … } / reactive({ … }) / useState({ … })
      if (parent.type === 'PropertyDefinition' && propertyKeyName(parent) === 'state') return true;
      if (parent.type === 'AssignmentExpression' && parent.left.type === 'MemberExpression' && parent.left.object.type === 'ThisExpression') {
        return !parent.left.computed && parent.left.property.type === 'Identifier' && parent.left.property.name === 'state';
      }
      if (parent.type === 'CallExpression' && parent.arguments[0] === object) {
        const callee = parent.callee.type === 'MemberExpression' ? parent.callee.property : parent.callee;
        return callee.type === 'Identifier' && (callee.name === 'reactive' || callee.name === 'useState');
      }
      return false;
    };

    // ---- JSX -------------------------------------------------------------------------------------------------
    /** A tick icon next to the agreement text, shown by state that starts true: the box is drawn ticked. */
    function checkJsxCheckIcon(opening: TSESTree.JSXOpeningElement): void {
      const icon = jsxCheckIcon(opening);
      if (!icon) return;
      const test = unwrapExpression(icon.test);
      const negated = test.type === 'UnaryExpression' && test.operator === '!';
      // Ticked when the state is true: `agree ? tick : empty` or `!agree ? empty : tick`.
      if (icon.tickedWhenTrue === negated) return;
      if (!namesConsentAgreement(choiceLabel(jsxLabelTree, opening.parent as TSESTree.JSXElement))) return;
      const state = negated ? (test as TSESTree.UnaryExpression).argument : test;
      const initial = initialTrueOf(state);
      if (initial) {
        reportState(initial.value, initial.name, ' and ticks the check icon of the agreement');
        return;
      }
      // Only now a hook's module may be parsed: the box is the agreement's.
      const fromHook = hookStateFieldInitial(state);
      if (fromHook && !reported.has(icon.attribute)) {
        // The true is in the hook's module: reported here, where it ticks the box; the fix is there.
        reported.add(icon.attribute);
        context.report({
          node: icon.attribute,
          messageId: 'preselectedState',
          data: { name: fromHook.name, binding: ` (in ${fromHook.where}) and ticks the check icon of the agreement` },
        });
      }
    }

    /**
     * A field of state a custom hook of the app's own module returns: `const { payload } = useRegister()` where
     * useRegister holds `const [payload, setPayload] = useState({ …, Agree: true })` and returns `{ payload, … }`.
     */
    function hookStateFieldInitial(state: TSESTree.Node): { name: string; where: string } | undefined {
      const member = unwrapExpression(state);
      if (member.type !== 'MemberExpression' || member.computed || member.property.type !== 'Identifier') return undefined;
      const object = unwrapExpression(member.object);
      if (object.type !== 'Identifier') return undefined;
      const def = findVariable(sourceCode, object, object.name)?.defs[0];
      if (def?.type !== 'Variable') return undefined;
      const declarator = def.node as TSESTree.VariableDeclarator;
      const init = declarator.init && unwrapExpression(declarator.init);
      const returned = patternPath(declarator.id, def.name as TSESTree.Node);
      if (init?.type !== 'CallExpression' || returned?.length !== 1) return undefined;
      const hook = importedFunctionOf(sourceCode, context.filename, init.callee);
      const value = hook && returnedStateField(hook.fn, returned[0], member.property.name);
      if (!hook || !value) return undefined;
      const base = getProjectModel().appForFile(context.filename)?.root ?? dirname(context.filename);
      return { name: `${object.name}.${member.property.name}`, where: `${relative(base, hook.file).replace(/\\/g, '/')}:${value.loc.start.line}` };
    }

    function checkJsxChoice(opening: TSESTree.JSXOpeningElement): void {
      checkJsxCheckIcon(opening);
      if (!isJsxAgreementChoice(opening)) return;
      const isInput = jsxElementName(opening.name) === 'input';
      for (const attribute of opening.attributes) {
        if (attribute.type !== 'JSXAttribute' || attribute.name.type !== 'JSXIdentifier') continue;
        const name = attribute.name.name;
        if (!CHECKED_ATTRIBUTES.has(name)) continue;
        if (isInput && name !== 'checked' && name !== 'defaultChecked') continue;
        const value = attribute.value;
        // <Checkbox checked />, checked={true}, status="checked"
        const literalOn =
          value === null ||
          (value.type === 'JSXExpressionContainer' && isTrueLiteral(value.expression as TSESTree.Node)) ||
          (name === 'status' && jsxStaticString(attribute) === 'checked');
        if (literalOn) {
          if (reported.has(attribute)) continue;
          reported.add(attribute);
          context.report({
            node: attribute,
            messageId: 'preselectedControl',
            data: { control: `<${jsxElementName(opening.name)}>` },
            suggest: [
              {
                messageId: 'startUnchecked',
                fix: (fixer) =>
                  name === 'defaultChecked' || value === null
                    ? fixer.removeRange([attribute.range[0] - 1, attribute.range[1]])
                    : name === 'status'
                      ? fixer.replaceText(attribute.value!, '"unchecked"')
                      : fixer.replaceText(attribute.value!, '{false}'),
              },
            ],
          });
          continue;
        }
        if (value?.type === 'JSXExpressionContainer' && value.expression.type !== 'JSXEmptyExpression') {
          const initial = initialTrueOf(value.expression);
          if (initial) reportState(initial.value, initial.name, ' and is bound to the agreement checkbox');
        }
      }
    }

    // ---- Vue templates ------------------------------------------------------------------------------------------
    const parserServices = (sourceCode as unknown as { parserServices?: VueParserServices }).parserServices;

    function checkVueChoice(element: VElement): void {
      if (!isVueAgreementChoice(element)) return;
      for (const attribute of element.startTag.attributes) {
        if (!attribute.directive) {
          // <checkbox checked> / checked="true" (uni-app renders any present `checked` as ticked)
          if (attribute.key.name !== 'checked') continue;
          reportTemplateControl(attribute, element.rawName);
          continue;
        }
        const directive = attribute.key.name.name;
        const argument = attribute.key.argument?.name ?? attribute.key.argument?.rawName;
        const bindsState = directive === 'model' || (directive === 'bind' && !!argument && CHECKED_ATTRIBUTES.has(argument));
        const expression = attribute.value?.expression;
        if (!bindsState || !expression) continue;
        if (isTrueLiteral(expression)) {
          reportTemplateControl(attribute, element.rawName);
          continue;
        }
        const initial = initialTrueOfTemplate(expression);
        if (initial) reportState(initial.value, initial.name, ' and is bound to the agreement checkbox');
      }
    }

    /** A template expression refers to script state by bare name: find it in script setup or in data(). */
    function initialTrueOfTemplate(expression: TSESTree.Expression): { value: TSESTree.Node; name: string } | undefined {
      const n = unwrapExpression(expression);
      const name = n.type === 'Identifier' ? n.name : n.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier' && n.object.type === 'Identifier' ? n.object.name : undefined;
      if (!name) return undefined;
      const fromData = vueDataInitial(name);
      if (fromData) return fromData;
      for (const statement of (sourceCode.ast as TSESTree.Program).body) {
        if (statement.type !== 'VariableDeclaration') continue;
        for (const declarator of statement.declarations) {
          if (declarator.id.type === 'Identifier' && declarator.id.name === name) return identifierInitial(declarator.id);
        }
      }
      return undefined;
    }

    function reportTemplateControl(attribute: VAttribute | VDirective, control: string): void {
      if (reported.has(attribute)) return;
      reported.add(attribute);
      context.report({
        loc: attribute.loc,
        messageId: 'preselectedControl',
        data: { control: `<${control}>` },
        suggest: [{ messageId: 'startUnchecked', fix: (fixer) => fixer.removeRange([attribute.range[0] - 1, attribute.range[1]]) }],
      });
    }

    // ---- Name-based consent state and WeChat page data ------------------------------------------------------------
    const pendingJsx: TSESTree.JSXOpeningElement[] = [];
    const namedState: Array<{ value: TSESTree.Node; name: string }> = [];

    function checkStateObject(object: TSESTree.ObjectExpression, wxmlBound: ReadonlySet<string>): void {
      for (const property of object.properties) {
        if (property.type !== 'Property' || !isTrueLiteral(property.value)) continue;
        const key = propertyKeyName(property);
        if (!key) continue;
        if (wxmlBound.has(key)) reportState(property.value, key, ' and is bound to the agreement checkbox in the page template');
        else if (isConsentStateName(key, heuristics, configured) && consentByName(key) && !mirrorsPlatformRecord(key) && isRead(key)) reportState(property.value, key, '');
      }
    }

    /** Agreement state the WXML template of this WeChat page/component script ticks its checkboxes with. */
    const siblingWxmlBindings = (): ReadonlySet<string> => wxmlBoundAgreementState(file);

    const scriptVisitor: TSESLint.RuleListener = {
      ObjectExpression(node) {
        if (isStateObject(node)) stateObjects.push(node);
      },
      // const [privacyAgreed, setPrivacyAgreed] = useState(true); const agreed = ref(true)
      VariableDeclarator(node) {
        const init = node.init && unwrapExpression(node.init);
        if (init?.type !== 'CallExpression' || !isTrueLiteral(init.arguments[0])) return;
        const callee = init.callee.type === 'MemberExpression' ? init.callee.property : init.callee;
        const hook = callee.type === 'Identifier' ? callee.name : undefined;
        let name: string | undefined;
        if ((hook === 'useState' || hook === 'useSignal') && node.id.type === 'ArrayPattern' && node.id.elements[0]?.type === 'Identifier') name = node.id.elements[0].name;
        if ((hook === 'ref' || hook === 'shallowRef') && node.id.type === 'Identifier') name = node.id.name;
        if (name && isConsentStateName(name, heuristics, configured)) namedState.push({ value: init.arguments[0], name });
      },
      JSXOpeningElement(node) {
        pendingJsx.push(node);
      },
      'Program:exit'() {
        const wxmlBound: ReadonlySet<string> = stateObjects.length ? siblingWxmlBindings() : new Set<string>();
        for (const object of stateObjects) checkStateObject(object, wxmlBound);
        // Bindings first: their message says which control the state ticks.
        for (const opening of pendingJsx) checkJsxChoice(opening);
        for (const { value, name } of namedState) if (consentByName(name) && !mirrorsPlatformRecord(name) && isRead(name)) reportState(value, name, '');
      },
    };

    if (parserServices?.defineTemplateBodyVisitor && file.endsWith('.vue')) {
      // vue-eslint-parser walks the template after the script's Program:exit, so script state is known here.
      return parserServices.defineTemplateBodyVisitor(
        {
          VElement(node: VElement) {
            checkVueChoice(node);
          },
        },
        scriptVisitor,
      );
    }
    return scriptVisitor;
  },
});
