// 同步告知 and 一揽子授权: the Android system dialog never says why a permission is needed, so the app must say it at
// the moment of asking; and one prompt must not bundle permissions for unrelated features.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import { apiText, createApiMatcher } from '../util/api-matcher.js';
import {
  boundaryOf,
  childNodes,
  classifyPermissionCall,
  isConfirmingCall,
  isFunction,
  isPromptingRequest,
  isUserConfirmation,
  localCallSites,
  someShallow,
  unrelatedPermissionGroups,
  type PermissionCall,
  permissionPhrase,
  mayTouchPermissions,
} from '../util/denial.js';
import { findVariable, staticPropertyName, unwrapExpression } from '../util/resolve-reference.js';

/**
 * A state flag whose name says it shows a purpose notice (showPopup, authTipVisible, showPermissionBanner …). Set to
 * true right before the request, it puts the explanation on screen while the system dialog is up: the 同步告知
 * banner Chinese app stores ask for (uni-app's yk-authpup plugin works this way).
 */
const NOTICE_FLAG = /(popup|pup|banner|tip|notice|explain|rationale|purpose|hint|modal|dialog)/i;

function noticeFlagName(target: Node): string | undefined {
  const node = unwrapExpression(target);
  if (node.type === 'Identifier') return node.name;
  if (node.type !== 'MemberExpression') return undefined;
  const name = staticPropertyName(node);
  // A Vue ref: showPopup.value = true.
  if (name === 'value') return noticeFlagName(node.object);
  return name;
}

const isTrue = (node: Node | undefined | null): boolean => !!node && unwrapExpression(node).type === 'Literal' && (unwrapExpression(node) as TSESTree.Literal).value === true;

/** `this.showPopup = true`, `setShowTip(true)`, `this.setData({ showAuthTip: true })`. */
function showsPurposeNotice(node: Node): boolean {
  if (node.type === 'AssignmentExpression') return node.operator === '=' && isTrue(node.right) && NOTICE_FLAG.test(noticeFlagName(node.left) ?? '');
  if (node.type !== 'CallExpression') return false;
  const callee = unwrapExpression(node.callee);
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? staticPropertyName(callee) : undefined;
  if (!name) return false;
  if (/^set[A-Z]/.test(name) && name !== 'setData') return isTrue(node.arguments[0]) && NOTICE_FLAG.test(name.slice(3));
  if (name === 'setData' || name === '$set') {
    const object = node.arguments.find((a) => unwrapExpression(a).type === 'ObjectExpression');
    return !!object && (unwrapExpression(object) as TSESTree.ObjectExpression).properties.some(
      (p) => p.type === 'Property' && !p.computed && p.key.type === 'Identifier' && NOTICE_FLAG.test(p.key.name) && isTrue(p.value),
    );
  }
  return false;
}

/**
 * A control that declines an offer: "Skip", "Not now", "Maybe later", "No thanks", "跳过", "暂不开启", "以后再说" (or an
 * i18n key ending so: t('notifications.skip')).
 */
const DECLINE_LABEL = /^(?:skip|not now|maybe later|later|no,? thanks|no thank you|dismiss|decline|continue without\b.*|跳过|暂不\S*|以后再说|下次再说|稍后再说|不用了|残忍拒绝)[.!。！]?$/i;
const DECLINE_KEY = /(?:^|[._-])(?:skip|not_?now|later|no_?thanks|dismiss|decline)$/i;
/** What makes an element a control the user presses (a scroll or close listener does not). */
const PRESS_ATTRIBUTE = /^(?:on(?:Press|Click|Tap|LongPress)|bind:?tap|catch:?tap|@(?:click|tap))$/;
/** Attributes that carry a control's label. */
const LABEL_ATTRIBUTE = /^(?:title|label|text|accessibilityLabel)$/;

/** A control's label: its text children (nested text included), its label attributes, the keys of strings it translates. */
function elementLabels(element: TSESTree.JSXElement): string[] {
  const labels: string[] = [];
  const stack: Node[] = [...element.openingElement.attributes, ...element.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'JSXText') labels.push(node.value.trim());
    else if (node.type === 'Literal' && typeof node.value === 'string') labels.push(node.value.trim());
    else if (node.type === 'TemplateLiteral' && node.expressions.length === 0) labels.push(node.quasis[0].value.cooked?.trim() ?? '');
    else if (node.type === 'JSXElement') stack.push(...node.children);
    else if (node.type === 'JSXAttribute' && node.name.type === 'JSXIdentifier' && LABEL_ATTRIBUTE.test(node.name.name) && node.value) stack.push(node.value);
    else if (node.type === 'JSXExpressionContainer' && node.expression.type !== 'JSXEmptyExpression') stack.push(node.expression);
    else if (node.type === 'CallExpression') stack.push(...node.arguments);
  }
  return labels.filter(Boolean);
}

const isPressControl = (element: TSESTree.JSXElement): boolean =>
  element.openingElement.attributes.some((a) => a.type === 'JSXAttribute' && a.name.type === 'JSXIdentifier' && PRESS_ATTRIBUTE.test(a.name.name));

/** The attributes (`onPress={handler}`) through which the handler is bound in JSX. */
function jsxBindings(sourceCode: TSESLint.SourceCode, fn: Node): TSESTree.JSXAttribute[] {
  const attributeOf = (node: Node): TSESTree.JSXAttribute | undefined =>
    node.parent?.type === 'JSXExpressionContainer' && node.parent.parent?.type === 'JSXAttribute' ? node.parent.parent : undefined;
  const inline = attributeOf(fn);
  if (inline) return [inline];
  // const onEnable = async () => {…}, const onEnable = useCallback(async () => {…}, []), function onEnable() {…}
  let holder: Node | undefined = fn.parent;
  if (holder?.type === 'CallExpression' && holder.arguments[0] === fn) holder = holder.parent;
  const id = holder?.type === 'VariableDeclarator' ? holder.id : fn.type === 'FunctionDeclaration' ? fn.id : undefined;
  if (!id || id.type !== 'Identifier') return [];
  const variable = findVariable(sourceCode as never, id, id.name);
  return (variable?.references ?? []).map((reference) => attributeOf(reference.identifier as Node)).filter((a): a is TSESTree.JSXAttribute => !!a);
}

/**
 * An explanation screen: the handler is bound to a control whose JSX also offers a control that declines (Pillar's
 * GetNotifications: the purpose lines, "Enable" that asks, "Skip" that moves on). Like a dialog's confirm button,
 * asking answers the user's choice to go ahead with what the screen explained (Android's "educational UI").
 */
function offeredBesideDecline(sourceCode: TSESLint.SourceCode, fn: Node): boolean {
  for (const attribute of jsxBindings(sourceCode, fn)) {
    const control = attribute.parent.parent;
    let root: Node = control;
    while (root.parent && (root.parent.type === 'JSXElement' || root.parent.type === 'JSXFragment' || root.parent.type === 'JSXExpressionContainer' || root.parent.type === 'LogicalExpression' || root.parent.type === 'ConditionalExpression')) root = root.parent;
    const stack: Node[] = [root];
    while (stack.length) {
      const node = stack.pop()!;
      // A pressable control beside the one that asks (not one holding it, whose label would include its text).
      const holdsControl = node.type === 'JSXElement' && control.range[0] >= node.range[0] && control.range[1] <= node.range[1];
      if (node.type === 'JSXElement' && !holdsControl && isPressControl(node)) {
        if (elementLabels(node).some((label) => DECLINE_LABEL.test(label) || DECLINE_KEY.test(label))) return true;
      }
      if (node.type === 'JSXElement' || node.type === 'JSXFragment') stack.push(...node.children);
      else if (node.type === 'JSXExpressionContainer' && node.expression.type !== 'JSXEmptyExpression') stack.push(node.expression);
      else if (node.type === 'LogicalExpression') stack.push(node.right);
      else if (node.type === 'ConditionalExpression') stack.push(node.consequent, node.alternate);
    }
  }
  return false;
}

type MessageIds = 'missingRationale' | 'missingPurposePrompt' | 'bundledRequest' | 'addRationale' | 'insertPrompt';

export interface Options {
  /**
   * Which requests need a purpose prompt before them: 'android-runtime' (default) checks the Android-only runtime
   * requests whose system dialog shows no purpose; 'always' checks every permission request.
   */
  purposePrompt?: 'android-runtime' | 'always';
  /** Names of the project's functions that show a purpose prompt and resolve to the user's answer. */
  promptFunctions?: string[];
}

type Node = TSESTree.Node;

/** Android-only runtime requests that have a rationale parameter (shown only after an earlier denial). */
const RATIONALE_ENTRIES: ReadonlySet<string> = new Set([
  'react-native:PermissionsAndroid.request',
  'react-native:PermissionsAndroid.requestPermission',
]);
const RNP_REQUEST = 'react-native:request';

interface Dialog {
  name: string;
  /** Statements placed before the request inside an async function; `return` leaves when the user declines. */
  awaitForm(indent: string): string;
  /** Wrap the request statement for non-async code. */
  wrapForm(statement: string, indent: string): string;
  /** Import to add when the dialog's binding is missing. */
  import?: { module: string; name: string };
}

const ALERT: Dialog = {
  name: 'Alert.alert',
  awaitForm: (i) =>
    `const purposeAccepted = await new Promise((resolve) =>\n${i}  Alert.alert('Why we need this permission', 'Explain what the feature does with it.', [\n${i}    { text: 'Not now', style: 'cancel', onPress: () => resolve(false) },\n${i}    { text: 'Continue', onPress: () => resolve(true) },\n${i}  ], { cancelable: true, onDismiss: () => resolve(false) }),\n${i});\n${i}if (!purposeAccepted) return;\n${i}`,
  wrapForm: (s, i) =>
    `new Promise((resolve) =>\n${i}  Alert.alert('Why we need this permission', 'Explain what the feature does with it.', [\n${i}    { text: 'Not now', style: 'cancel', onPress: () => resolve(false) },\n${i}    { text: 'Continue', onPress: () => resolve(true) },\n${i}  ], { cancelable: true, onDismiss: () => resolve(false) }),\n${i}).then((purposeAccepted) => {\n${i}  if (purposeAccepted) {\n${i}    ${s}\n${i}  }\n${i}});`,
  import: { module: 'react-native', name: 'Alert' },
};

function miniModal(host: string): Dialog {
  return {
    name: `${host}.showModal`,
    awaitForm: (i) =>
      `const { confirm: purposeAccepted } = await ${host}.showModal({ title: '权限使用说明', content: '请说明该功能为何需要此权限', cancelText: '暂不', confirmText: '继续' });\n${i}if (!purposeAccepted) return;\n${i}`,
    wrapForm: (s, i) =>
      `${host}.showModal({\n${i}  title: '权限使用说明',\n${i}  content: '请说明该功能为何需要此权限',\n${i}  cancelText: '暂不',\n${i}  confirmText: '继续',\n${i}  success: (res) => {\n${i}    if (res.confirm) {\n${i}      ${s}\n${i}    }\n${i}  },\n${i}});`,
  };
}

const HARMONY_DIALOG: Dialog = {
  name: 'promptAction.showDialog',
  awaitForm: (i) =>
    `const purposeAnswer = await promptAction.showDialog({ title: '权限使用说明', message: '请说明该功能为何需要此权限', buttons: [{ text: '暂不', color: '#666666' }, { text: '继续', color: '#0A59F7' }] });\n${i}if (purposeAnswer.index !== 1) return;\n${i}`,
  wrapForm: (s, i) =>
    `promptAction.showDialog({ title: '权限使用说明', message: '请说明该功能为何需要此权限', buttons: [{ text: '暂不', color: '#666666' }, { text: '继续', color: '#0A59F7' }] }).then((purposeAnswer) => {\n${i}  if (purposeAnswer.index === 1) {\n${i}    ${s}\n${i}  }\n${i}});`,
  import: { module: '@kit.ArkUI', name: 'promptAction' },
};

const WEB_CONFIRM: Dialog = {
  name: 'window.confirm',
  awaitForm: (i) => `if (!window.confirm('Explain what the feature does with this permission. Continue?')) return;\n${i}`,
  wrapForm: (s, i) => `if (window.confirm('Explain what the feature does with this permission. Continue?')) {\n${i}  ${s}\n${i}}`,
};

function dialogFor(call: PermissionCall): Dialog | undefined {
  switch (call.ecosystem) {
    case 'react-native':
    case 'expo':
      return ALERT;
    case 'wechat':
      return miniModal('wx');
    case 'uni-app':
      return miniModal('uni');
    case 'taro':
      return miniModal('Taro');
    case 'harmony':
      return HARMONY_DIALOG;
    case 'web':
    case 'capacitor':
      return WEB_CONFIRM;
    default:
      return undefined;
  }
}

export default createRule<[Options], MessageIds>({
  name: 'require-request-rationale',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require telling the user why before an Android runtime permission request, and forbid bundling unrelated permissions in one request',
      recommended: 'warn',
      regulations: ['认定方法 二.3', 'MIIT 26号', 'Google Play prominent disclosure', 'Apple 5.1.1(iv)', 'MIIT 164号 2.1'],
      fileKind: 'source',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          purposePrompt: { type: 'string', enum: ['android-runtime', 'always'] },
          promptFunctions: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      missingRationale:
        '`{{request}}` asks for {{permission}} with no rationale and no purpose prompt before it: the Android dialog does not say why (同步告知). Explain the purpose at the moment of asking.',
      missingPurposePrompt:
        '`{{request}}` asks for {{permission}} without first telling the user why (同步告知). Show a purpose prompt right before the request.',
      bundledRequest:
        'One `{{request}}` call asks for unrelated permissions at once ({{groups}}) (一揽子授权). Ask for each when the feature that needs it is used.',
      addRationale: 'Add a rationale object (title, message, buttons) as the second argument.',
      insertPrompt: 'Ask with {{dialog}} first and request only when the user agrees.',
    },
  },
  defaultOptions: [{ purposePrompt: 'android-runtime' }],
  create(context, [options]) {
    // Most files never touch a permission API: they get no visitors at all.
    if (!mayTouchPermissions(context.sourceCode)) return {};
    const sourceCode = context.sourceCode;
    const matcher = createApiMatcher(context, ['permission-request', 'data-read']);
    const mode = options.purposePrompt ?? 'android-runtime';
    const promptFunctions = new Set(options.promptFunctions ?? []);
    const requests: PermissionCall[] = [];

    const permissionText = (call: PermissionCall): string => permissionPhrase(call.permissions);

    const isPromptCall = (call: TSESTree.CallExpression): boolean => {
      if (isConfirmingCall(sourceCode, call)) return true;
      return promptFunctions.size > 0 && promptFunctions.has(sourceCode.getText(call.callee).replace(/^this\./, ''));
    };
    /** The statement sets a notice flag, also from a callback it starts (yk-authpup sets it in checkPermission's). */
    const setsNoticeFlag = (stmt: Node): boolean => {
      const stack: Node[] = [stmt];
      while (stack.length) {
        const node = stack.pop()!;
        if (showsPurposeNotice(node)) return true;
        stack.push(...childNodes(sourceCode, node));
      }
      return false;
    };
    /** `new Promise((resolve) => Alert.alert(…, [{ onPress: () => resolve(true) }]))`: a dialog awaited as a promise. */
    const isPromiseOfPrompt = (node: Node): boolean => {
      if (node.type !== 'NewExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'Promise') return false;
      const executor = node.arguments[0];
      return !!executor && isFunction(executor) && someShallow(sourceCode, executor.body, (n) => n.type === 'CallExpression' && isPromptCall(n));
    };
    const statementPrompts = (stmt: Node): boolean =>
      someShallow(sourceCode, stmt, (n) => (n.type === 'CallExpression' && isPromptCall(n)) || isPromiseOfPrompt(n)) || setsNoticeFlag(stmt);

    /** A dialog (or the project's prompt helper) runs before the request on every way to it. */
    const hasPurposePromptBefore = (node: Node, depth = 0): boolean => {
      let child: Node = node;
      for (let current: Node | undefined = node.parent; current; child = current, current = current.parent) {
        if (isFunction(current)) {
          // new Promise(…Alert.alert…).then((accepted) => { if (accepted) request() }): the answer of that dialog.
          const thenCall = current.parent;
          if (thenCall?.type === 'CallExpression' && thenCall.arguments[0] === current && thenCall.callee.type === 'MemberExpression') {
            const receiver = thenCall.callee.object;
            if (!thenCall.callee.computed && thenCall.callee.property.type === 'Identifier' && thenCall.callee.property.name === 'then' && isPromiseOfPrompt(receiver)) return true;
          }
          // A handler of a control on an explanation screen that also offers to decline.
          if (offeredBesideDecline(sourceCode, current)) return true;
          const boundary = boundaryOf(sourceCode, current);
          if (boundary.kind === 'user') return !!boundary.dialog;
          if (boundary.kind === 'auto' || boundary.kind === 'timer') continue;
          // showPurpose(() => request()) : a callback handed to the project's prompt helper.
          const holder = current.parent;
          if (holder?.type === 'CallExpression' && holder.callee !== current && isPromptCall(holder)) return true;
          if (depth >= 2) return false;
          const sites = localCallSites(sourceCode, current);
          return sites.length > 0 && sites.every((site) => hasPurposePromptBefore(site, depth + 1));
        }
        if ((current.type === 'IfStatement' || current.type === 'ConditionalExpression') && child !== current.test) {
          if (isUserConfirmation(sourceCode, current.test) || someShallow(sourceCode, current.test, (n) => n.type === 'CallExpression' && isPromptCall(n))) return true;
        }
        if (current.type === 'LogicalExpression' && child === current.right && statementPrompts(current.left)) return true;
        const siblings =
          current.type === 'BlockStatement' || current.type === 'Program' ? current.body : current.type === 'SwitchCase' ? current.consequent : undefined;
        if (siblings) {
          const index = (siblings as Node[]).indexOf(child);
          for (let i = 0; i < index; i++) if (statementPrompts(siblings[i])) return true;
        }
      }
      return false;
    };

    const insertPromptFix = (call: PermissionCall, dialog: Dialog): TSESLint.ReportFixFunction | undefined => {
      // The statement that holds the request, directly in a block.
      let stmt: Node = call.node;
      while (stmt.parent && stmt.parent.type !== 'BlockStatement' && stmt.parent.type !== 'Program' && !isFunction(stmt.parent)) stmt = stmt.parent;
      if (!stmt.parent || isFunction(stmt.parent) || !/Statement|Declaration$/.test(stmt.type)) return undefined;
      const fn = (() => {
        for (let n: Node | undefined = stmt.parent; n; n = n.parent) if (isFunction(n)) return n;
        return undefined;
      })();
      const line = sourceCode.lines[stmt.loc.start.line - 1] ?? '';
      const indent = /^\s*/.exec(line)?.[0] ?? '';
      const canAwait = !!fn?.async || dialog === WEB_CONFIRM;
      const importFix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix[] => {
        if (!dialog.import) return [];
        const local = dialog.import.name;
        const existing = findVariable(sourceCode, call.node, local);
        if (existing) return [];
        const program = sourceCode.ast;
        const declaration = program.body.find(
          (s): s is TSESTree.ImportDeclaration => s.type === 'ImportDeclaration' && s.source.value === dialog.import!.module && s.importKind !== 'type',
        );
        const named = declaration?.specifiers.filter((s): s is TSESTree.ImportSpecifier => s.type === 'ImportSpecifier') ?? [];
        if (declaration && named.length) return [fixer.insertTextAfter(named[named.length - 1], `, ${local}`)];
        const first = program.body[0];
        const text = `import { ${local} } from '${dialog.import.module}';\n`;
        return first ? [fixer.insertTextBefore(first, text)] : [];
      };
      if (canAwait && fn) {
        return (fixer) => [...importFix(fixer), fixer.insertTextBefore(stmt, dialog.awaitForm(indent))];
      }
      if (stmt.type === 'ExpressionStatement') {
        const text = sourceCode.getText(stmt);
        return (fixer) => [...importFix(fixer), fixer.replaceText(stmt, dialog.wrapForm(text, indent))];
      }
      return undefined;
    };

    const rationaleFix = (call: PermissionCall): TSESLint.ReportFixFunction | undefined => {
      const first = call.node.arguments[0];
      if (!first || call.node.arguments.length !== 1) return undefined;
      return (fixer) =>
        fixer.insertTextAfter(
          first,
          ", {\n  title: 'Why we need this permission',\n  message: 'Explain what the feature does with it.',\n  buttonPositive: 'Continue',\n  buttonNegative: 'Not now',\n}",
        );
    };

    /**
     * A request for what its function was handed (`requestPermission(permission) { …requestPermissions([permission], …) }`)
     * in a function this file never calls: a shared helper whose callers, in other files, decide whether a purpose
     * prompt comes first (Sunbird's AndroidPermissionsService, asked from a popover's ALLOW button by every caller).
     */
    const asksForCallersPermission = (call: PermissionCall): boolean => {
      // Only requests that name their permission in an argument: the one the catalogue entry says.
      const index = call.match?.entry.argument?.index;
      const written = index === undefined ? undefined : call.node.arguments[index];
      const argument = written && unwrapExpression(written as TSESTree.Expression);
      const names = argument?.type === 'Identifier' ? [argument] : argument?.type === 'ArrayExpression' ? argument.elements : [];
      if (!names.length) return false;
      return names.every((name) => {
        if (name?.type !== 'Identifier') return false;
        const definition = findVariable(sourceCode, name, name.name)?.defs[0];
        if (definition?.type !== 'Parameter' || !isFunction(definition.node as Node)) return false;
        return localCallSites(sourceCode, definition.node as Parameters<typeof localCallSites>[1]).length === 0;
      });
    };

    return {
      CallExpression(node) {
        const call = classifyPermissionCall(sourceCode, matcher, node);
        if (call && isPromptingRequest(call)) requests.push(call);
      },
      'Program:exit'() {
        for (const call of requests) {
          const groups = unrelatedPermissionGroups(call.permissions.map((p) => p.permission));
          if (groups.length > 1) {
            context.report({
              node: call.node,
              messageId: 'bundledRequest',
              data: { request: apiText(sourceCode, call.node), groups: groups.map((g) => g.join(' + ')).join(' | ') },
            });
          }

          const entry = call.entryId ?? '';
          const androidOnlyRnp =
            entry === RNP_REQUEST && call.permissions.length > 0 && call.permissions.every((p) => p.platform === 'android');
          const hasRationaleParam = RATIONALE_ENTRIES.has(entry) || androidOnlyRnp;
          const androidRuntime =
            hasRationaleParam ||
            entry === 'react-native:PermissionsAndroid.requestMultiple' ||
            (entry === 'react-native:requestMultiple' && call.permissions.length > 0 && call.permissions.every((p) => p.platform === 'android')) ||
            call.display === 'plus.android.requestPermissions' ||
            /^cordova:cordova\.plugins\.permissions\.request/.test(entry);
          if (hasRationaleParam && call.node.arguments.length >= 2) continue;
          if (!androidRuntime && mode !== 'always') continue;
          if (hasPurposePromptBefore(call.node) || asksForCallersPermission(call)) continue;

          const dialog = dialogFor(call);
          const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
          const rationale = hasRationaleParam ? rationaleFix(call) : undefined;
          if (rationale) suggest.push({ messageId: 'addRationale', fix: rationale });
          const prompt = dialog && insertPromptFix(call, dialog);
          if (dialog && prompt) suggest.push({ messageId: 'insertPrompt', data: { dialog: dialog.name }, fix: prompt });
          context.report({
            node: call.node,
            messageId: hasRationaleParam ? 'missingRationale' : 'missingPurposePrompt',
            data: { request: apiText(sourceCode, call.node), permission: permissionText(call) },
            suggest,
          });
        }
      },
    };
  },
});
