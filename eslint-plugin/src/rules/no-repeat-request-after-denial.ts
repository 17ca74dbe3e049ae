// 频繁申请: after the user says no, asking again on your own (right away, in a loop, on a timer, by pushing the
// settings page) is a named MIIT offence. So is asking from a lifecycle hook that fires on every show / foreground
// without remembering the denial (app stores ask for a 48-hour pause).
import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import { apiText, createApiMatcher } from '../util/api-matcher.js';
import { refusalMemory } from '../util/refusal-memory.js';
import {
  DenialAnalysis,
  RunSummaries,
  boundaryOf,
  calleeName,
  denialMemoryOf,
  denialVisitors,
  describeDenied,
  isFunction,
  isPromptingRequest,
  isStoredDenialCheck,
  isTimerCall,
  intervalHookOf,
  intervalReferenceHookOf,
  lifecycleHookOf,
  owningFunction,
  equalityTest,
  readsAuthorisedScope,
  testsWaPermissionGranted,
  testsWaPermissionNotRefused,
  referenceAsCall,
  resolveLocalFunction,
  samePermission,
  walkRuns,
  type DenialRegion,
  type Guard,
  type LifecycleHook,
  type PermissionCall,
  permissionPhrase,
  mayTouchPermissions,
  memberChainNames,
} from '../util/denial.js';
import { findVariable, isWithin, staticPropertyName, unwrapExpression } from '../util/resolve-reference.js';
import { siblingWxml, wxmlEventHandlers } from '../util/sibling-wxml.js';
import { functionName, propertyKeyName } from '../util/launch-context.js';

const LOOP_TYPES: ReadonlySet<string> = new Set(['WhileStatement', 'DoWhileStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement']);

/** Page, component and app methods WeChat itself calls: lifecycles, page events, component lifetimes and observers. */
const FRAMEWORK_CALLED = /^(?:on[A-Z]\w*|created|attached|ready|moved|detached|error|observers|data|methods|properties|lifetimes|pageLifetimes|behaviors)$/;

type MessageIds =
  | 'repeatRequest'
  | 'recursiveRequest'
  | 'timerRequest'
  | 'intervalRequest'
  | 'settingsWithoutUserAction'
  | 'settingsNeedTap'
  | 'lifecycleRequest'
  | 'lifecycleRequestMemoryOnly';

export interface Options {
  /** Also check requests in hooks that fire on every show / foreground (default true). */
  lifecycleHooks?: boolean;
  /** Names of the project's functions or state that check a remembered denial, e.g. 'wasDeniedRecently'. */
  storedDenialChecks?: string[];
}

type Node = TSESTree.Node;
type Fn = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

/** Status values that mean the user was never asked (a refusal is remembered as another value). */
const UNANSWERED = new Set(['undetermined', 'notDetermined', 'not_determined', 'not-determined', 'default', 'prompt', 'UNDETERMINED', 'NOT_DETERMINED']);

/**
 * Whether `test` holds exactly when the platform has no answer on record: `status === 'undetermined'`,
 * `Notification.permission === 'default'`, `state.location === 'prompt'`, `res.authSetting['scope.x'] === undefined`
 * (false for the `!==` forms); undefined when it tests something else.
 */
function testsUnanswered(test: TSESTree.Expression): boolean | undefined {
  const comparison = equalityTest(test);
  if (!comparison) return undefined;
  const { equal, left, right } = comparison;
  const unanswered = (side: TSESTree.Node, other: TSESTree.Node): boolean => {
    const value = unwrapExpression(side);
    if (value.type === 'Literal' && typeof value.value === 'string') return UNANSWERED.has(value.value);
    if (value.type === 'MemberExpression' && !value.computed && value.property.type === 'Identifier') return UNANSWERED.has(value.property.name);
    // authSetting['scope.x'] === undefined: WeChat records a refusal as false.
    const isUndefined = (value.type === 'Identifier' && value.name === 'undefined') || (value.type === 'UnaryExpression' && value.operator === 'void');
    const read = unwrapExpression(other);
    return isUndefined && read.type === 'MemberExpression' && memberChainNames(read).includes('authSetting');
  };
  if (!unanswered(right, left) && !unanswered(left, right)) return undefined;
  return equal;
}

/**
 * Whether `test` holds exactly when a failure is the refusal, as the platform codes it: `e.code === 1` or
 * `e.code === e.PERMISSION_DENIED` (navigator.geolocation's GeolocationPositionError; 2 and 3 are no fix and a
 * timeout), `err.name === 'NotAllowedError'` (getUserMedia). False for the `!==` forms; undefined for any other test.
 */
function testsRefusal(test: TSESTree.Expression): boolean | undefined {
  const comparison = equalityTest(test);
  if (!comparison) return undefined;
  const { equal, left, right } = comparison;
  const refusal = (read: TSESTree.Node, value: TSESTree.Node): boolean => {
    const field = unwrapExpression(read as TSESTree.Expression);
    if (field.type !== 'MemberExpression' || field.computed || field.property.type !== 'Identifier') return false;
    const code = unwrapExpression(value as TSESTree.Expression);
    if (field.property.name === 'code') {
      if (code.type === 'Literal') return code.value === 1;
      return code.type === 'MemberExpression' && !code.computed && code.property.type === 'Identifier' && code.property.name === 'PERMISSION_DENIED';
    }
    return field.property.name === 'name' && code.type === 'Literal' && code.value === 'NotAllowedError';
  };
  if (!refusal(left, right) && !refusal(right, left)) return undefined;
  return equal;
}

/**
 * Denial regions entered on any failure of the call, not only a refusal: a promise rejection, a `fail` callback, the
 * error callback of navigator.geolocation (a timeout, no fix). The same call with other arguments there is a
 * fallback (lower accuracy), not the same question again.
 */
const FAILURE_HANDLERS: ReadonlySet<string> = new Set(['rejection', 'error-callback', 'fail-callback']);

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
      intervalRequest:
        '`{{request}}` runs in {{hook}}, which keeps firing on its own, and nothing on the way checks an earlier answer: a user who said no is asked again and again (频繁申请). Ask once, and again only when the user retries the feature.',
      settingsWithoutUserAction:
        '`{{settings}}` pushes the settings page on its own when {{denied}} is denied (频繁申请). Open settings only from a button the user taps in your denial UI.',
      settingsNeedTap:
        '`{{settings}}` is called on its own when {{denied}} is denied, but WeChat (base library 2.3.0+) opens the settings page only from a tap: the call fails, and the user is left with no way to allow it. Open settings from a button the user taps in your denial UI (`open-type="openSetting"`, or its tap handler).',
      lifecycleRequest:
        '`{{request}}` runs in {{hook}}, which fires every time it is shown, and nothing checks a remembered denial: a user who said no is asked again and again. Store the denial time and do not ask again within 48 hours (app-store review practice).',
      lifecycleRequestMemoryOnly:
        '`{{request}}` runs in {{hook}}, which fires every time it is shown. The denial is remembered only in memory (`{{flag}}`), so the app asks again after every restart (164号 2.1 场景6: 重新运行时仍弹窗申请). Store the denial time (e.g. AsyncStorage / setStorageSync) and do not ask again within 48 hours (app-store review practice).',
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
    // Where asking again shows no dialog (WeChat scopes, HarmonyOS): nothing to report (see refusal-memory.ts).
    const refusals = refusalMemory(context);
    const { compiledFor } = refusals;
    const appPlatformsOf = refusals.appPlatforms;
    const platformRemembersRefusal = refusals.remembersRefusal;

    const noteHook = (fn: Fn): void => {
      const hook = (checkHooks ? lifecycleHookOf(sourceCode, fn) : undefined) ?? intervalHookOf(sourceCode, fn);
      if (hook) hooks.push(hook);
    };

    return {
      ...visitors,
      CallExpression(node) {
        visitors.CallExpression(node);
        const hook = intervalReferenceHookOf(sourceCode, node);
        if (hook && !hooks.some((known) => known.fn === hook.fn && known.timer)) hooks.push(hook);
      },
      ArrowFunctionExpression: noteHook,
      FunctionExpression: noteHook,
      'Program:exit'() {
        const regions = analysis.regions();
        if (!regions.length && !hooks.length) return;
        const permissionByNode = new Map<Node, PermissionCall>(analysis.permissionCalls.map((c) => [c.node, c]));
        const summaries = new RunSummaries(sourceCode, permissionByNode, analysis);
        const reported = new Set<Node>();
        const report = (node: Node, messageId: MessageIds, data: Record<string, string>): void => {
          if (reported.has(node)) return;
          reported.add(node);
          // uni-app code compiled only for builds the app does not make (`#ifdef MP-BAIDU` in an App + WeChat app).
          const compiled = compiledFor(node);
          if (compiled) {
            const platforms = appPlatformsOf();
            if (compiled.size === 0 || (platforms && platforms.size > 0 && ![...compiled].some((p) => platforms.has(p)))) return;
          }
          context.report({ node, messageId, data });
        };

        /**
         * A settings page opened without the user's tap. A mini-program's openSetting (wx / uni / Taro) opens only from
         * a tap since WeChat base library 2.3.0: there the call fails and leaves the user stuck, which is what to say.
         */
        const reportSettings = (node: Node, settings: string, denied: string, opened?: PermissionCall): void => {
          const call = opened ?? permissionByNode.get(node);
          // WeChat's tap rule, unless uni-app compiles the call for builds other than the mini-program (`#ifdef APP-PLUS`).
          const compiled = compiledFor(node);
          const inMiniProgram = !compiled || compiled.has('wechat');
          const needsTap = inMiniProgram && !!call && /(?:^|\.)openSetting$/.test(call.display) && /^(?:wx|uni|Taro)\./.test(call.display);
          report(node, needsTap ? 'settingsNeedTap' : 'settingsWithoutUserAction', { settings, denied });
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
         * What the guards on the way to a lifecycle request remember: a persisted denial (nothing to report), only a
         * flag kept in memory (asked again after a restart), or nothing.
         */
        const lifecycleMemory = (guards: readonly Guard[], hook: LifecycleHook): 'persisted' | { flag: string } | undefined => {
          let memory: { flag: string } | undefined;
          for (const guard of guards) {
            if (mentionsConfiguredCheck(guard.test)) return 'persisted';
            const remembered = denialMemoryOf(sourceCode, analysis, guard, hook.fn);
            if (remembered?.kind === 'persisted') return 'persisted';
            if (remembered?.kind === 'memory') memory ??= { flag: remembered.flag };
          }
          return memory;
        };
        /** Reports a lifecycle request unless a persisted denial guards it; returns whether it was reported. */
        const reportLifecycle = (call: Node, request: string, hook: LifecycleHook, guards: readonly Guard[]): boolean => {
          if (hook.timer) {
            // Any condition on the way (a status read, a flag, a counter) may stop the repeat: only a request the
            // timer certainly reaches each time is reported. A timer set up after the code read an answer
            // (`if ((await requestPermissions()).location !== 'granted') return; setInterval(…)`) starts on the
            // granted side, where the call asks nothing.
            if (guards.length > 0 || (hook.setUp && setUpAfterAnswer(hook.setUp))) return false;
            report(call, 'intervalRequest', { request, hook: hook.label });
            return true;
          }
          // On the side where wx.getSetting / uni.getSetting reported the scope authorised, the call asks nothing, and a
          // user who said no never gets there.
          if (guards.some((guard) => readsAuthorisedScope(guard.test) === guard.whenTrue || testsWaPermissionGranted(guard.test) === guard.whenTrue)) return false;
          // Asked only while the platform has no answer on record (status 'undetermined', Notification.permission
          // 'default', Capacitor 'prompt', authSetting[scope] undefined): after a refusal the platform remembers it.
          if (guards.some((guard) => testsUnanswered(guard.test) === guard.whenTrue)) return false;
          // wa-permission's judgeIosPermission: false once iOS has the refusal on record.
          if (guards.some((guard) => testsWaPermissionNotRefused(guard.test) === guard.whenTrue)) return false;
          const memory = lifecycleMemory(guards, hook);
          if (memory === 'persisted') return false;
          if (memory) report(call, 'lifecycleRequestMemoryOnly', { request, hook: hook.label, flag: memory.flag });
          else report(call, 'lifecycleRequest', { request, hook: hook.label });
          return true;
        };

        /**
         * A function around `setUp` runs a permission call (request or status read) of its own before it: the timer is
         * set up once an answer was read. Calls inside functions it only defines do not count.
         */
        function setUpAfterAnswer(setUp: Node): boolean {
          for (let current: Node | undefined = setUp.parent; current; current = current.parent) {
            if (!isFunction(current)) continue;
            const around = current;
            if (analysis.permissionCalls.some((call) => owningFunction(sourceCode, call.node) === around && call.node.range[1] <= setUp.range[0])) return true;
            // The callback form: set up in the `success` callback (or the `.then`) of a request, which runs once it was
            // granted (caitou-delivery's tracker: `uni.getLocation({ success: () => setInterval(…) })`).
            if (grantedCallbackOf(around)) return true;
          }
          return false;
        }

        /** Whether `fn` is a request's `success` callback, or the first callback of `.then` on a request. */
        function grantedCallbackOf(fn: Node): boolean {
          const holder = fn.parent;
          if (holder?.type === 'Property' && holder.value === fn && propertyKeyName(holder) === 'success') {
            const call = holder.parent?.parent;
            return call?.type === 'CallExpression' && permissionByCall(call);
          }
          if (holder?.type === 'CallExpression' && holder.arguments[0] === fn && holder.callee.type === 'MemberExpression' && staticPropertyName(holder.callee) === 'then') {
            const requested = unwrapExpression(holder.callee.object);
            return requested.type === 'CallExpression' && permissionByCall(requested);
          }
          return false;
        }

        /**
         * Whether the call's arguments keep the function off the path to a request: the request sits under
         * `param.key === 'literal'` (or its else branch) and the argument for `param` is an object literal whose `key`
         * is absent or another literal (nirbhaya's handleLocationSelected({ type, latitude, … }) asks only for
         * `location.source === 'current'`).
         */
        function argumentsRuleOut(guards: readonly Guard[], fn: Fn, call: TSESTree.CallExpression): boolean {
          return guards.some((guard) => {
            const test = unwrapExpression(guard.test);
            if (test.type !== 'BinaryExpression' || !['===', '==', '!==', '!='].includes(test.operator)) return false;
            const [member, literal] = test.left.type === 'MemberExpression' ? [test.left, test.right] : [test.right, test.left];
            if (member.type !== 'MemberExpression' || member.computed || member.object.type !== 'Identifier' || member.property.type !== 'Identifier') return false;
            if (literal.type !== 'Literal' || literal.value === null || typeof literal.value === 'object') return false;
            if (owningFunction(sourceCode, test) !== fn) return false;
            const index = fn.params.findIndex((param) => param.type === 'Identifier' && param.name === (member.object as TSESTree.Identifier).name);
            const argument = index >= 0 ? call.arguments[index] : undefined;
            if (!argument || argument.type !== 'ObjectExpression' || argument.properties.some((p) => p.type !== 'Property')) return false;
            const property = argument.properties.find((p) => p.type === 'Property' && propertyKeyName(p) === member.property.name) as TSESTree.Property | undefined;
            let value: unknown;
            if (property) {
              const written = unwrapExpression(property.value as TSESTree.Expression);
              if (written.type !== 'Literal') return false;
              value = written.value;
            }
            const equal = test.operator.startsWith('=') ? value === literal.value : value !== literal.value;
            return equal !== guard.whenTrue;
          });
        }

        function permissionByCall(call: TSESTree.CallExpression): boolean {
          return analysis.permissionCalls.some((known) => known.node === call);
        }

        for (const region of regions) checkRegion(region);
        for (const hook of hooks) checkHook(hook);

        function checkRegion(region: DenialRegion): void {
          const source = region.source;
          if (source && testedBeforeAsked(region, source)) return;
          const requester = source ? owningFunction(sourceCode, source.node) : undefined;
          const denied = describeDenied(region, sourceCode);
          const isRequester = (fn: Fn | undefined) => !!fn && !!requester && fn === requester;
          const sameAsSource = (call: PermissionCall) => !!source && isPromptingRequest(call) && samePermission(sourceCode, source, call);
          // A rejection also means "not this camera / not these options" (getUserMedia's OverconstrainedError): the
          // same call with other arguments in the catch is a fallback, not the same question asked again.
          // What the call asks with: its options, not the callbacks that receive the answer (success / fail / error).
          const argumentsText = (call: TSESTree.CallExpression) =>
            call.arguments
              .filter((argument) => !isFunction(unwrapExpression(argument)))
              .map((argument) => {
                const value = unwrapExpression(argument);
                if (value.type !== 'ObjectExpression') return sourceCode.getText(argument);
                return value.properties
                  .filter((property) => !(property.type === 'Property' && isFunction(unwrapExpression(property.value))))
                  .map((property) => sourceCode.getText(property))
                  .join(',');
              })
              .join(',');
          const isFallbackRetry = (call: PermissionCall) =>
            FAILURE_HANDLERS.has(region.via) && !!source && argumentsText(call.node) !== argumentsText(source.node);

          // A denial read from storage (getSetting, check) inside a tap handler: the user asked for the feature
          // just now, so asking once more or taking them to the settings page answers their action (a fresh refusal
          // does not).
          const answersTap = (!source || source.role === 'status') && insideUserAction(region.anchor);
          // The same scope asked again after a refusal WeChat keeps: the call fails at once, nobody is asked.
          const remembered = !!source && platformRemembersRefusal(source);
          walkRuns(sourceCode, region.roots, (call, state) => {
            if (state.userAction || storedGuard(state.guards)) return;
            // A failure handler's branch for the other failures (`if (e.code === 1) … else retry()`): no refusal there.
            if (FAILURE_HANDLERS.has(region.via) && state.guards.some((guard) => testsRefusal(guard.test) === !guard.whenTrue)) return;
            // Where wx.getSetting / uni.getSetting reported the scope authorised (a getLocation that failed with the
            // location service off, not refused), the call asks nothing, and a user who said no never gets there.
            if (state.guards.some((guard) => readsAuthorisedScope(guard.test) === guard.whenTrue || testsWaPermissionGranted(guard.test) === guard.whenTrue)) return;
            const permission = permissionByNode.get(call);
            if (permission?.role === 'settings') {
              if (!answersTap) reportSettings(call, apiText(sourceCode, call), denied);
              return;
            }
            if (permission) {
              if (answersTap) return;
              if (sameAsSource(permission) && !isFallbackRetry(permission) && !remembered && !platformRemembersRefusal(permission)) {
                report(call, state.timer ? 'timerRequest' : 'repeatRequest', {
                  request: apiText(sourceCode, call),
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
              if (repeats && source) {
                if (!remembered) report(call, 'timerRequest', { permission: permissionText(source), denied });
              } else if (settings) reportSettings(call, sourceCode.getText(callback), denied, summaries.of(fn!).settings[0]);
              return;
            }
            const fn = resolveLocalFunction(sourceCode, call);
            if (!fn) return;
            if (isRequester(fn)) {
              if (remembered) return;
              // Called from inside the requester it is recursion; from another function, that function asks again.
              if (state.timer || isWithin(call, fn!)) {
                report(call, state.timer ? 'timerRequest' : 'recursiveRequest', {
                  fn: apiText(sourceCode, call),
                  permission: source ? permissionText(source) : 'the permission',
                  denied,
                });
              } else {
                report(call, 'repeatRequest', { request: apiText(sourceCode, call), permission: source ? permissionText(source) : 'the permission', denied });
              }
              return;
            }
            if (answersTap) return;
            const facts = summaries.of(fn);
            const repeat = remembered
              ? undefined
              : facts.requests.find((r) => !r.storedDenialGuard && sameAsSource(r.call) && !platformRemembersRefusal(r.call) && !argumentsRuleOut(r.guards, fn, call));
            if (repeat) {
              report(call, state.timer ? 'timerRequest' : 'repeatRequest', {
                request: apiText(sourceCode, call),
                permission: permissionText(repeat.call),
                denied,
              });
            } else if (facts.settings.length) {
              reportSettings(call, apiText(sourceCode, call), denied, facts.settings[0]);
            }
          });
        }

        /**
         * `let p = await getStatus(); if (p == 'authorized') … else if (p == 'not-determined') p = await request();`:
         * the variable holds the request's answer too, but the test runs before the request does, so its else branch
         * is no denial of that request. A loop around both could bring the answer back to the test: then it stays.
         */
        function testedBeforeAsked(region: DenialRegion, source: PermissionCall): boolean {
          if (region.via !== 'branch') return false;
          const asked = source.via ?? source.node;
          if (region.anchor.range[1] > asked.range[0]) return false;
          const fn = owningFunction(sourceCode, asked);
          if (owningFunction(sourceCode, region.anchor) !== fn) return false;
          for (let current: Node | undefined = asked.parent; current && current !== fn; current = current.parent) {
            if (LOOP_TYPES.has(current.type) && isWithin(region.anchor, current)) return false;
          }
          return true;
        }

        /**
         * `const locate = async () => …` (or a useCallback, or a function declaration) whose every use is an event
         * prop: `<button onClick={locate}>`, `{ onPress: locate }`.
         */
        function onlyEventHandler(fn: Fn): boolean {
          let self: Node = fn;
          if (self.parent?.type === 'CallExpression' && /^use(?:Callback|Memo)$/.test(calleeName(self.parent) ?? '')) self = self.parent;
          const holder = self.parent;
          const id = fn.type === 'FunctionDeclaration' ? fn.id : holder?.type === 'VariableDeclarator' && holder.init === self ? holder.id : undefined;
          if (id?.type !== 'Identifier') return false;
          const references = findVariable(sourceCode, id, id.name)?.references.filter((reference) => reference.identifier !== id) ?? [];
          return (
            references.length > 0 &&
            references.every(({ identifier }) => {
              const use = identifier.parent;
              if (use?.type === 'JSXExpressionContainer' && use.parent?.type === 'JSXAttribute') {
                const name = use.parent.name.type === 'JSXIdentifier' ? use.parent.name.name : '';
                return /^on[A-Z]/.test(name);
              }
              if (use?.type !== 'Property' || use.value !== identifier || use.computed) return false;
              if (use.key.type === 'Identifier' && /^on[A-Z]/.test(use.key.name)) return true;
              return returnedFromHook(use);
            })
          );
        }

        /** `return { getCurrentPosition }` of a custom hook (`useGeolocation`): an action the components call when they choose. */
        function returnedFromHook(property: TSESTree.Property): boolean {
          const object = property.parent;
          if (object?.type !== 'ObjectExpression' || object.parent?.type !== 'ReturnStatement') return false;
          for (let current: Node | undefined = object.parent.parent; current; current = current.parent) {
            if (!isFunction(current)) continue;
            return /^use[A-Z]/.test(functionName(current) ?? '');
          }
          return false;
        }

        /** Some function around `node` is a user-action handler (button, tap, dialog answer, a method the WXML binds). */
        function insideUserAction(node: Node): boolean {
          for (let current: Node | undefined = node.parent; current; current = current.parent) {
            if (!isFunction(current)) continue;
            if (boundaryOf(sourceCode, current).kind === 'user' || onlyEventHandler(current)) return true;
            const holder = current.parent;
            if (holder?.type === 'Property' && holder.value === current && !holder.computed && holder.key.type === 'Identifier') {
              const name = holder.key.name;
              if (wxmlEventHandlers(context.filename).has(name)) return true;
              // A page method that no script calls and WeChat does not (no lifecycle name) runs only from the
              // template, if at all: a tap, or a binding commented out (xterra's edit page).
              if (isPageMethod(holder) && siblingWxml(context.filename) && !FRAMEWORK_CALLED.test(name) && !calledInScript(name)) return true;
            }
          }
          return false;
        }

        /** A method of the object given to Page() / Component(), or of a Component's `methods`. */
        function isPageMethod(property: TSESTree.Property): boolean {
          let object: Node | undefined = property.parent;
          const methods = object?.parent;
          if (methods?.type === 'Property' && !methods.computed && methods.key.type === 'Identifier' && methods.key.name === 'methods') object = methods.parent;
          const call = object?.parent;
          return call?.type === 'CallExpression' && call.callee.type === 'Identifier' && (call.callee.name === 'Page' || call.callee.name === 'Component');
        }

        /** Whether the script names `name` anywhere but in its own definition (`this.name()`, `that.name`, a reference). */
        function calledInScript(name: string): boolean {
          let count = 0;
          for (const _ of sourceCode.text.matchAll(new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'))) if (++count > 1) return true;
          return false;
        }

        function checkHook(hook: LifecycleHook): void {
          walkRuns(sourceCode, [hook.fn], (call, state) => {
            if (state.userAction) return;
            const permission = permissionByNode.get(call);
            if (permission) {
              if (isPromptingRequest(permission) && !platformRemembersRefusal(permission)) reportLifecycle(call, apiText(sourceCode, call), hook, state.guards);
              return;
            }
            const fn = resolveLocalFunction(sourceCode, call);
            if (!fn || fn === hook.fn) return;
            // The first request of the helper that no persisted denial guards (the hook's guards on the way, then its own).
            for (const request of summaries.of(fn).requests) {
              if (platformRemembersRefusal(request.call, call)) continue;
              if (reportLifecycle(call, `${apiText(sourceCode, call)}() → ${request.call.display}`, hook, [...state.guards, ...request.guards])) return;
            }
          });
        }
      },
    };
  },
});
