// 默认勾选 (164号 1.1 场景8, 认定方法 三.5): a privacy-agreement checkbox that starts ticked, or consent state
// that starts as true. Consent must be an action the user takes.
//
// The agreement control is a checkbox-like element (CheckBox, Checkbox, BouncyCheckbox, Radio, Switch,
// <input type="checkbox">, <checkbox>, <u-checkbox>, <van-checkbox> …) whose own text, or the text next to it,
// talks about the privacy policy / user agreement. It is flagged when its checked state is a literal true, or is
// bound to state that starts true (useState(true), class state, Vue data() / ref(true), a WeChat page's data).
// Consent state is also recognised by name alone (privacyAgreed, isAgreePrivacy, agreementChecked …).
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import { readConsentrySettings } from '../core/settings.js';
import { classifyConsentName, isConsentCallbackName, nameWords } from '../util/consent-guard.js';
import { findVariable, patternPath } from '../util/resolve-reference.js';
import { isTestFile, propertyKeyName, unwrapExpression } from '../util/launch-context.js';
import { parseWxml } from '../languages/wxml/wxml-parser.js';
import type { WXMLAttribute, WXMLElement, WXMLDocument, WXMLText } from '../languages/wxml/wxml-ast.js';

type MessageIds = 'preselectedControl' | 'preselectedState' | 'startUnchecked' | 'startFalse';

/** Text that says the control is about the privacy policy or the user agreement. */
export const AGREEMENT_TEXT = /隐私|协议|个人信息|条款|privacy|policy|terms|agreement|consent/i;
/** Attributes that label an element (a checkbox's `value` is a form value, not a label). */
const LABEL_ATTRIBUTE = /^(?:label|title|text|content|accessibilityLabel|aria-label|placeholder)$/;
/** Elements that hold a yes/no choice. */
const CHOICE_ELEMENT = /(?:^|[-.])(?:check-?box|checkbox\w*|radio|switch|toggle)$|^(?:\w*Check[Bb]ox\w*|\w*Checkbox\w*|Radio\w*|Switch|Toggle\w*|Agree\w*)$/;
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
// WeChat page data ↔ template (cached by file and mtime)

const wxmlCache = new Map<string, { mtimeMs: number; bound: Set<string> }>();

/** Names bound (`checked="{{name}}"`) to agreement checkboxes in a WXML file. */
function wxmlBoundAgreementState(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  const mtimeMs = statSync(file).mtimeMs;
  const cached = wxmlCache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.bound;
  const bound = new Set<string>();
  const parsed = parseWxml(readFileSync(file, 'utf8'));
  if (parsed.ok) {
    visitWxml(parsed.ast, (element) => {
      if (!isWxmlAgreementChoice(element)) return;
      const checked = element.attributes.find((a) => a.name === 'checked');
      const name = checked?.value && /^\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}$/.exec(checked.value)?.[1];
      if (name) bound.add(name);
    });
  }
  wxmlCache.set(file, { mtimeMs, bound });
  return bound;
}

function visitWxml(root: WXMLDocument | WXMLElement, visit: (element: WXMLElement) => void): void {
  for (const child of root.children) {
    if (child.type !== 'WXMLElement') continue;
    (child as WXMLElement & { parentElement?: WXMLElement | WXMLDocument }).parentElement = root;
    visit(child);
    visitWxml(child, visit);
  }
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

function isWxmlAgreementChoice(element: WXMLElement): boolean {
  const name = element.name.replace(/^wx-/, '');
  if (!/^(?:checkbox|radio|switch)$/.test(name)) return false;
  let text = `${wxmlAttributesText(element)} ${wxmlText(element)}`;
  let container = (element as WXMLElement & { parentElement?: WXMLElement | WXMLDocument }).parentElement;
  // The nearest enclosing element that has any text is the box's label (at most two levels up).
  for (let level = 0; level < 2 && container && !hasText(text); level++) {
    text += ` ${wxmlText(container)}`;
    container = container.type === 'WXMLElement' ? (container as WXMLElement & { parentElement?: WXMLElement | WXMLDocument }).parentElement : undefined;
  }
  return AGREEMENT_TEXT.test(text);
}

/** Label text, ignoring the `value` of the box itself (value="agree" is a form value, not a label). */
function hasText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));
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

    function isJsxChoice(opening: TSESTree.JSXOpeningElement): boolean {
      const name = jsxElementName(opening.name);
      if (name === 'input') return /^(?:checkbox|radio)$/.test(jsxStaticString(jsxAttribute(opening, 'type')) ?? '');
      return CHOICE_ELEMENT.test(name) || CHOICE_ELEMENT.test(name.split('.').pop() ?? '');
    }

    /** Text of JSX: string children, literal props, and string arguments of calls such as t('privacy.agree'). */
    function jsxText(node: TSESTree.Node, budget: { left: number }): string {
      if (budget.left-- <= 0) return '';
      switch (node.type) {
        case 'JSXText':
          return node.value;
        case 'Literal':
          return typeof node.value === 'string' ? node.value : '';
        case 'TemplateLiteral':
          return node.quasis.map((q) => q.value.cooked ?? '').join(' ');
        case 'JSXExpressionContainer':
          return node.expression.type === 'JSXEmptyExpression' ? '' : jsxText(node.expression, budget);
        case 'CallExpression':
          return node.arguments.map((a) => jsxText(a, budget)).join(' ');
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

    function isJsxAgreementChoice(opening: TSESTree.JSXOpeningElement): boolean {
      if (!isJsxChoice(opening)) return false;
      const element = opening.parent as TSESTree.JSXElement;
      const budget = { left: 120 };
      let text = jsxText(element, budget);
      let container: TSESTree.Node | undefined = element.parent;
      // The label sits on the box or next to it: look up to the first enclosing element that has any text (at most
      // two levels), so a "Remember me" box in a form is not taken for the agreement box beside it.
      for (let level = 0; level < 2 && container && !hasText(text); level++) {
        if (container.type !== 'JSXElement' && container.type !== 'JSXFragment') break;
        text += ` ${jsxText(container, budget)}`;
        container = container.parent;
      }
      return AGREEMENT_TEXT.test(text);
    }

    function checkJsxChoice(opening: TSESTree.JSXOpeningElement): void {
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

    function vueText(node: VNodeBase, budget: { left: number }): string {
      if (budget.left-- <= 0) return '';
      const n = node as VNodeBase & { value?: unknown; children?: VNodeBase[]; startTag?: VElement['startTag'] };
      if (n.type === 'VText') return String(n.value ?? '');
      let out = '';
      if (n.type === 'VElement') {
        for (const attribute of n.startTag!.attributes) {
          if (!attribute.directive && attribute.value && LABEL_ATTRIBUTE.test(attribute.key.name)) out += ` ${attribute.value.value}`;
        }
      }
      for (const child of n.children ?? []) out += ` ${vueText(child, budget)}`;
      return out;
    }

    function isVueAgreementChoice(element: VElement): boolean {
      const name = element.rawName;
      if (/^input$/i.test(name)) {
        const type = element.startTag.attributes.find((a) => !a.directive && a.key.name === 'type') as VAttribute | undefined;
        if (!/^(?:checkbox|radio)$/.test(type?.value?.value ?? '')) return false;
      } else if (!CHOICE_ELEMENT.test(name) && !/(?:^|-)(?:checkbox|radio|switch)$/i.test(name)) {
        return false;
      }
      const budget = { left: 120 };
      let text = vueText(element, budget);
      let container = element.parent;
      for (let level = 0; level < 2 && container && !hasText(text); level++) {
        if (container.type !== 'VElement') break;
        text += ` ${vueText(container, budget)}`;
        container = container.parent;
      }
      return AGREEMENT_TEXT.test(text);
    }

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

    function checkStateObject(object: TSESTree.ObjectExpression, wxmlBound: Set<string>): void {
      for (const property of object.properties) {
        if (property.type !== 'Property' || !isTrueLiteral(property.value)) continue;
        const key = propertyKeyName(property);
        if (!key) continue;
        if (wxmlBound.has(key)) reportState(property.value, key, ' and is bound to the agreement checkbox in the page template');
        else if (isConsentStateName(key, heuristics, configured)) reportState(property.value, key, '');
      }
    }

    /** The WXML template of a WeChat page/component script: same folder, same base name. */
    function siblingWxmlBindings(): Set<string> {
      if (!/\.(?:js|ts)$/.test(file)) return new Set();
      return wxmlBoundAgreementState(file.replace(/\.(?:js|ts)$/, '.wxml'));
    }

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
        const wxmlBound = stateObjects.length ? siblingWxmlBindings() : new Set<string>();
        for (const object of stateObjects) checkStateObject(object, wxmlBound);
        // Bindings first: their message says which control the state ticks.
        for (const opening of pendingJsx) checkJsxChoice(opening);
        for (const { value, name } of namedState) reportState(value, name, '');
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
