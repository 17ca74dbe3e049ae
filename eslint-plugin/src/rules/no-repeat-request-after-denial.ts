// 频繁申请: after the user says no, asking again on your own (right away, in a loop, on a timer, by pushing the
// settings page) is a named MIIT offence. So is asking from a lifecycle hook that fires on every show / foreground
// without remembering the denial (app stores ask for a 48-hour pause).
import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import { createApiMatcher } from '../util/api-matcher.js';
import {
  DenialAnalysis,
  RunSummaries,
  boundaryOf,
  calleeName,
  denialVisitors,
  describeDenied,
  isFunction,
  isPromptingRequest,
  isStoredDenialCheck,
  isTimerCall,
  owningFunction,
  propertyKey,
  referenceAsCall,
  resolveLocalFunction,
  samePermission,
  walkRuns,
  type DenialRegion,
  type Guard,
  type PermissionCall,
  permissionPhrase,
  mayTouchPermissions,
} from '../util/denial.js';
import { resolveValueOrigin, staticPropertyName, staticString, unwrapExpression } from '../util/resolve-reference.js';

type MessageIds = 'repeatRequest' | 'recursiveRequest' | 'timerRequest' | 'settingsWithoutUserAction' | 'lifecycleRequest' | 'lifecycleRequestMemoryOnly';

export interface Options {
  /** Also check requests in hooks that fire on every show / foreground (default true). */
  lifecycleHooks?: boolean;
  /** Names of the project's functions or state that check a remembered denial, e.g. 'wasDeniedRecently'. */
  storedDenialChecks?: string[];
}

type Node = TSESTree.Node;
type Fn = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

interface LifecycleHook {
  fn: Fn;
  label: string;
}

/** Object-literal / class members that run each time a page or the app comes to the foreground. */
const SHOW_MEMBERS: ReadonlySet<string> = new Set(['onShow', 'componentDidShow', 'onPageShow', 'onForeground']);
const PAGE_FACTORIES: ReadonlySet<string> = new Set(['Page', 'App', 'Component', 'createPage', 'createComponent', 'defineComponent', 'definePage', 'createApp']);
const FOCUS_MODULES: ReadonlySet<string> = new Set(['@react-navigation/native', '@react-navigation/core', 'expo-router']);

export default createRule<[Options], MessageIds>({
  name: 'no-repeat-request-after-denial',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow asking again for a denied permission without a user action, and asking from re-firing lifecycle hooks without remembering the denial',
      recommended: 'error',
      regulations: ['MIIT 337号 #6', 'MIIT 164号 2.1 场景5/6', '认定方法 三.2', 'Google Play prominent disclosure', 'App-store review practice (48 h after a denial)'],
      fileKind: 'source',
    },
    schema: [
      {
        type: 'object',
        properties: {
          lifecycleHooks: { type: 'boolean' },
          storedDenialChecks: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      repeatRequest:
        '`{{request}}` asks for {{permission}} again as soon as {{denied}} is denied, without the user asking for it (频繁申请). Respect the answer: ask again only from a user action.',
      recursiveRequest:
        '`{{fn}}` calls itself when {{denied}} is denied, asking until the user gives in (频繁申请). Stop and let the user retry from the feature.',
      timerRequest:
        'A timer asks for {{permission}} again after {{denied}} was denied (频繁申请). Ask again only when the user retries the feature.',
      settingsWithoutUserAction:
        '`{{settings}}` pushes the settings page on its own when {{denied}} is denied (频繁申请). Open settings only from a button the user taps in your denial UI.',
      lifecycleRequest:
        '`{{request}}` runs in {{hook}}, which fires every time it is shown, and nothing checks a remembered denial: a user who said no is asked again and again. Store the denial time and do not ask again within 48 hours (app-store review practice).',
      lifecycleRequestMemoryOnly:
        '`{{request}}` runs in {{hook}}, which fires every time it is shown; `{{flag}}` remembers the answer only in memory, so after every restart a user who said no is asked again. Store the denial time (e.g. AsyncStorage / setStorageSync) and do not ask again within 48 hours (app-store review practice).',
    },
  },
  defaultOptions: [{ lifecycleHooks: true }],
  create(context, [options]) {
    // Most files never touch a permission API: they get no visitors at all.
    if (!mayTouchPermissions(context.sourceCode)) return {};
    const sourceCode = context.sourceCode;
    const matcher = createApiMatcher(context);
    const analysis = new DenialAnalysis(sourceCode, matcher);
    const hooks: LifecycleHook[] = [];
    const checkHooks = options.lifecycleHooks !== false;
    const configuredChecks = new Set(options.storedDenialChecks ?? []);
    const visitors = denialVisitors(analysis);

    const addHook = (value: Node | undefined, label: string): void => {
      if (!value) return;
      let fn: Node = unwrapExpression(value);
      if (fn.type === 'CallExpression' && /^use(Callback|Memo)$/.test(calleeName(fn) ?? '') && fn.arguments[0]) fn = unwrapExpression(fn.arguments[0]);
      if (isFunction(fn)) hooks.push({ fn, label });
    };

    const isShowContainer = (object: TSESTree.ObjectExpression): boolean => {
      const holder = object.parent;
      if (holder?.type === 'CallExpression') return PAGE_FACTORIES.has(calleeName(holder) ?? '');
      if (holder?.type === 'ExportDefaultDeclaration') return true;
      return false;
    };

    const memberHook = (member: TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition): void => {
      const key = propertyKey(member);
      if (!key) return;
      if (member.type === 'Property') {
        const object = member.parent;
        if (object?.type !== 'ObjectExpression') return;
        if (SHOW_MEMBERS.has(key) && (key !== 'onShow' || isShowContainer(object))) addHook(member.value, `\`${key}\``);
        else if (key === 'show' && object.parent?.type === 'Property' && propertyKey(object.parent) === 'pageLifetimes') addHook(member.value, '`pageLifetimes.show`');
        return;
      }
      if (SHOW_MEMBERS.has(key) && member.value) addHook(member.value, `\`${key}\``);
    };

    const callHook = (node: TSESTree.CallExpression): void => {
      const name = calleeName(node);
      if (!name) return;
      if (name === 'onShow' || name === 'useDidShow' || name === 'useFocusEffect') {
        const origin = resolveValueOrigin(sourceCode, node.callee);
        if (origin?.kind !== 'module') return;
        if (
          (name === 'onShow' && origin.module === '@dcloudio/uni-app') ||
          (name === 'useDidShow' && origin.module === '@tarojs/taro') ||
          (name === 'useFocusEffect' && FOCUS_MODULES.has(origin.module))
        ) {
          addHook(node.arguments[0], `\`${name}\``);
        }
        return;
      }
      if (name !== 'addEventListener' && name !== 'addListener') return;
      const event = node.arguments[0] && staticString(node.arguments[0]);
      if (!event) return;
      const callee = unwrapExpression(node.callee);
      if (callee.type !== 'MemberExpression') return;
      if (event === 'focus') {
        // navigation.addListener('focus', …)
        const object = unwrapExpression(callee.object);
        const objectName = object.type === 'Identifier' ? object.name : object.type === 'MemberExpression' ? staticPropertyName(object) : undefined;
        if (objectName && /navigation/i.test(objectName)) addHook(node.arguments[1], "navigation `focus` listener");
        return;
      }
      const origin = resolveValueOrigin(sourceCode, callee.object);
      if (!origin) return;
      if (event === 'change' && origin.kind === 'module' && origin.module === 'react-native' && origin.path.join('.') === 'AppState') {
        addHook(node.arguments[1], "AppState `change` (active)");
      } else if ((event === 'appStateChange' || event === 'resume') && origin.kind === 'module' && origin.module === '@capacitor/app') {
        addHook(node.arguments[1], `App \`${event}\``);
      } else if (event === 'visibilitychange' && origin.kind === 'global' && origin.global === 'document' && origin.path.length === 0) {
        addHook(node.arguments[1], 'document `visibilitychange`');
      }
    };

    return {
      ...visitors,
      CallExpression(node) {
        visitors.CallExpression(node);
        if (checkHooks) callHook(node);
      },
      Property(node) {
        if (checkHooks) memberHook(node);
      },
      MethodDefinition(node) {
        if (checkHooks) memberHook(node);
      },
      PropertyDefinition(node) {
        if (checkHooks) memberHook(node);
      },
      'Program:exit'() {
        const regions = analysis.regions();
        if (!regions.length && !hooks.length) return;
        const permissionByNode = new Map<Node, PermissionCall>(analysis.permissionCalls.map((c) => [c.node, c]));
        const summaries = new RunSummaries(sourceCode, permissionByNode, analysis);
        const reported = new Set<Node>();
        const report = (node: Node, messageId: MessageIds, data: Record<string, string>): void => {
          if (reported.has(node)) return;
          reported.add(node);
          context.report({ node, messageId, data });
        };

        const mentionsConfiguredCheck = (test: Node): boolean => {
          if (!configuredChecks.size) return false;
          const text = sourceCode.getText(test);
          for (const name of configuredChecks) if (text.includes(name)) return true;
          return false;
        };
        const storedGuard = (guards: readonly Guard[]): boolean =>
          guards.some((g) => mentionsConfiguredCheck(g.test) || isStoredDenialCheck(sourceCode, analysis, g.test, g.whenTrue));
        const permissionText = (call: PermissionCall): string => permissionPhrase(call.permissions, 'the same permission');

        /**
         * A guard on a flag the code itself sets (`deniedRef.current = true`, `setAsked(true)`, `asked = true`): the
         * answer is remembered, but only until the app restarts. Returns the flag's text for the message.
         */
        const memoryOnlyGuard = (guards: readonly Guard[]): string | undefined => {
          for (const guard of guards) {
            const flag = writtenFlagIn(guard.test);
            if (flag) return flag;
          }
          return undefined;
        };
        const writtenFlagIn = (test: Node): string | undefined => {
          const node = unwrapExpression(test) as Node;
          if (node.type === 'UnaryExpression' && node.operator === '!') return writtenFlagIn(node.argument);
          if (node.type === 'LogicalExpression') return writtenFlagIn(node.left) ?? writtenFlagIn(node.right);
          if (node.type === 'Identifier' || node.type === 'MemberExpression') {
            const text = sourceCode.getText(node);
            return flagWrites().has(text) ? text : undefined;
          }
          return undefined;
        };
        let writes: Set<string> | undefined;
        /** Texts of the flags this file writes: assignment targets, and the state read by a useState setter called here. */
        const flagWrites = (): Set<string> => {
          if (writes) return writes;
          writes = new Set<string>();
          const setters = new Map<string, string>();
          const visit = (node: Node | null | undefined): void => {
            if (!node || typeof node !== 'object') return;
            if (node.type === 'AssignmentExpression' && (node.left.type === 'Identifier' || node.left.type === 'MemberExpression')) {
              writes!.add(sourceCode.getText(node.left));
            } else if (
              node.type === 'VariableDeclarator' &&
              node.id.type === 'ArrayPattern' &&
              node.id.elements.length === 2 &&
              node.id.elements[0]?.type === 'Identifier' &&
              node.id.elements[1]?.type === 'Identifier' &&
              node.init?.type === 'CallExpression' &&
              /^(?:React\.)?useState$/.test(sourceCode.getText(node.init.callee))
            ) {
              setters.set(node.id.elements[1].name, node.id.elements[0].name);
            } else if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && setters.has(node.callee.name)) {
              writes!.add(setters.get(node.callee.name)!);
            }
            for (const key of sourceCode.visitorKeys[node.type] ?? []) {
              const child = (node as unknown as Record<string, unknown>)[key];
              if (Array.isArray(child)) for (const item of child) visit(item as Node);
              else visit(child as Node);
            }
          };
          visit(sourceCode.ast as unknown as Node);
          return writes;
        };
        const reportLifecycle = (call: Node, request: string, hook: LifecycleHook, guards: readonly Guard[]): void => {
          const flag = memoryOnlyGuard(guards);
          if (flag) report(call, 'lifecycleRequestMemoryOnly', { request, hook: hook.label, flag });
          else report(call, 'lifecycleRequest', { request, hook: hook.label });
        };

        for (const region of regions) checkRegion(region);
        for (const hook of hooks) checkHook(hook);

        function checkRegion(region: DenialRegion): void {
          const source = region.source;
          const requester = source ? owningFunction(sourceCode, source.node) : undefined;
          const denied = describeDenied(region, sourceCode);
          const isRequester = (fn: Fn | undefined) => !!fn && !!requester && fn === requester;
          const sameAsSource = (call: PermissionCall) => !!source && isPromptingRequest(call) && samePermission(sourceCode, source, call);

          // A denial read from storage (getSetting, check) inside a tap handler: the user asked for the feature
          // just now, so taking them to the settings page answers their action (a fresh refusal does not).
          const answersTap = (!source || source.role === 'status') && insideUserAction(region.anchor);
          walkRuns(sourceCode, region.roots, (call, state) => {
            if (state.userAction || storedGuard(state.guards)) return;
            const permission = permissionByNode.get(call);
            if (permission?.role === 'settings') {
              if (!answersTap) report(call, 'settingsWithoutUserAction', { settings: sourceCode.getText(call.callee), denied });
              return;
            }
            if (permission) {
              if (sameAsSource(permission)) {
                report(call, state.timer ? 'timerRequest' : 'repeatRequest', {
                  request: sourceCode.getText(call.callee),
                  permission: permissionText(permission),
                  denied,
                });
              }
              return;
            }
            if (isTimerCall(sourceCode, call)) {
              // setTimeout(askAgain, 3000): a function reference, not an inline callback (those are walked).
              const callback = call.arguments[0] && unwrapExpression(call.arguments[0]);
              if (!callback || isFunction(callback) || (callback.type !== 'Identifier' && callback.type !== 'MemberExpression')) return;
              const fn = resolveLocalFunction(sourceCode, referenceAsCall(callback));
              const repeats = isRequester(fn) || (!!fn && summaries.of(fn).requests.some((r) => sameAsSource(r.call)));
              const settings = !!fn && summaries.of(fn).settings.length > 0;
              if (repeats && source) report(call, 'timerRequest', { permission: permissionText(source), denied });
              else if (settings) report(call, 'settingsWithoutUserAction', { settings: sourceCode.getText(callback), denied });
              return;
            }
            const fn = resolveLocalFunction(sourceCode, call);
            if (!fn) return;
            if (isRequester(fn)) {
              report(call, state.timer ? 'timerRequest' : 'recursiveRequest', {
                fn: sourceCode.getText(call.callee),
                permission: source ? permissionText(source) : 'the permission',
                denied,
              });
              return;
            }
            const facts = summaries.of(fn);
            const repeat = facts.requests.find((r) => !r.storedDenialGuard && sameAsSource(r.call));
            if (repeat) {
              report(call, state.timer ? 'timerRequest' : 'repeatRequest', {
                request: sourceCode.getText(call.callee),
                permission: permissionText(repeat.call),
                denied,
              });
            } else if (facts.settings.length) {
              report(call, 'settingsWithoutUserAction', { settings: sourceCode.getText(call.callee), denied });
            }
          });
        }

        /** Some function around `node` is a user-action handler (button, tap, dialog answer). */
        function insideUserAction(node: Node): boolean {
          for (let current: Node | undefined = node.parent; current; current = current.parent) {
            if (isFunction(current) && boundaryOf(sourceCode, current).kind === 'user') return true;
          }
          return false;
        }

        function checkHook(hook: LifecycleHook): void {
          walkRuns(sourceCode, [hook.fn], (call, state) => {
            if (state.userAction) return;
            const permission = permissionByNode.get(call);
            if (permission) {
              if (isPromptingRequest(permission) && !storedGuard(state.guards)) {
                reportLifecycle(call, sourceCode.getText(call.callee), hook, state.guards);
              }
              return;
            }
            const fn = resolveLocalFunction(sourceCode, call);
            if (!fn || fn === hook.fn) return;
            const unguarded = summaries.of(fn).requests.find((r) => !r.storedDenialGuard);
            if (unguarded && !storedGuard(state.guards)) {
              reportLifecycle(call, `${sourceCode.getText(call.callee)}() → ${unguarded.call.display}`, hook, state.guards);
            }
          });
        }
      },
    };
  },
});
