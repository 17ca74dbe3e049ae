// 不给权限不让用: when the user denies a permission, the app must keep working without it. This rule looks at the
// code that runs on denial (see util/denial.ts) and reports quitting the app, a modal whose every button quits or
// asks again (or offers nothing but the Settings page besides), a Settings-only modal that comes back every time the
// user returns without granting, and navigation that replaces the whole stack with a "grant the permission" screen.
// A Settings-only modal shown once is not reported: back from Settings, the app carries on without the permission.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import { apiText, createApiMatcher } from '../util/api-matcher.js';
import {
  DenialAnalysis,
  RunSummaries,
  classifyPermissionCall,
  denialVisitors,
  describeDenied,
  dialogKind,
  exitCallName,
  foregroundHookReaching,
  isFunction,
  isPermissionDeadEnd,
  isPromptingRequest,
  owningFunction,
  propertyKey,
  referenceAsCall,
  resolveLocalFunction,
  samePermission,
  stackResetTargets,
  walkRuns,
  type DenialRegion,
  type DialogKind,
  type PathState,
  type PermissionCall,
  mayTouchPermissions,
} from '../util/denial.js';
import { staticPropertyName, unwrapExpression } from '../util/resolve-reference.js';
import { refusalMemory } from '../util/refusal-memory.js';

type MessageIds =
  | 'exitOnDenial'
  | 'exitViaHelper'
  | 'blockingModal'
  | 'settingsOrQuitModal'
  | 'settingsOnlyModal'
  | 'deadEndNavigation'
  | 'replaceWithReturn';

export interface Options {
  /** Names of the project's own functions that quit the app (e.g. 'quitApp', 'AppUtils.exit'). */
  exitFunctions?: string[];
  /** Route names / page paths whose only action is granting a permission. */
  permissionScreens?: string[];
}

type Node = TSESTree.Node;
type Fn = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

interface DialogFacts {
  kinds: Set<'leave' | 'request' | 'settings'>;
  retryingSettings?: TSESTree.CallExpression;
}

export default createRule<[Options], MessageIds>({
  name: 'no-block-on-denial',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow quitting the app, inescapable modals and dead-end navigation when a permission is denied',
      recommended: 'error',
      regulations: ['MIIT 337号 #5', 'MIIT 164号 2.1 场景1', 'PIPL Art. 16', 'Apple 5.1.1(iv)', 'Google Play prominent disclosure'],
      fileKind: 'source',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          exitFunctions: { type: 'array', items: { type: 'string' }, uniqueItems: true },
          permissionScreens: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      exitOnDenial:
        '`{{exit}}` runs when {{denied}} is denied: the app quits instead of working without the permission (不给权限不让用). Degrade the feature and let the user continue.',
      exitViaHelper:
        '`{{helper}}` quits the app (`{{exit}}`) when {{denied}} is denied (不给权限不让用). Degrade the feature and let the user continue.',
      blockingModal:
        'This dialog appears when {{denied}} is denied and every choice quits the app, leaves only a grant screen or asks again: the user cannot decline and carry on (不给权限不让用). Add a cancel choice that keeps the app usable.',
      settingsOrQuitModal:
        'This dialog appears when {{denied}} is denied; apart from opening the system settings, its choices only quit the app, leave only a grant screen or ask again: the user cannot decline and carry on (不给权限不让用). Add a cancel choice that keeps the app usable.',
      settingsOnlyModal:
        'This dialog appears when {{denied}} is denied, cannot be dismissed and its only choice opens the system settings; it comes back whenever the user returns without granting, because {{again}} runs the denied path again: the user cannot get past it without granting (不给权限不让用; 164号 2.1 场景1: 弹窗循环). Add a choice that keeps the app usable without the permission.',
      deadEndNavigation:
        'When {{denied}} is denied this resets the whole navigation stack to `{{target}}`, leaving only the grant screen (不给权限不让用). Keep the other screens reachable.',
      replaceWithReturn: 'Replace `{{exit}}` with `return` so the app carries on without the permission.',
    },
  },
  defaultOptions: [{}],
  create(context, [options]) {
    // Most files never touch a permission API: they get no visitors at all.
    if (!mayTouchPermissions(context.sourceCode)) return {};
    const sourceCode = context.sourceCode;
    const matcher = createApiMatcher(context);
    const analysis = new DenialAnalysis(sourceCode, matcher);
    const exitFunctions = new Set(options.exitFunctions ?? []);
    const permissionScreens = new Set(options.permissionScreens ?? []);
    const visitors = denialVisitors(analysis);
    const refusals = refusalMemory(context);

    return {
      ...visitors,
      'Program:exit'() {
        const regions = analysis.regions();
        if (!regions.length) return;
        const permissionByNode = new Map<Node, PermissionCall>(analysis.permissionCalls.map((c) => [c.node, c]));
        const summaries = new RunSummaries(sourceCode, permissionByNode, analysis);
        const reported = new Set<Node>();

        const configuredExit = (call: TSESTree.CallExpression): string | undefined => {
          if (!exitFunctions.size) return undefined;
          const text = sourceCode.getText(call.callee).replace(/^this\./, '');
          return exitFunctions.has(text) ? text : undefined;
        };
        const exitName = (call: TSESTree.CallExpression) => exitCallName(sourceCode, call) ?? configuredExit(call);
        const deadEnd = (call: TSESTree.CallExpression): string | undefined => {
          const configured = permissionScreens.size ? stackResetTargets(sourceCode, call) : undefined;
          if (configured?.length && configured.every((t) => permissionScreens.has(t))) return configured.join(', ');
          return isPermissionDeadEnd(sourceCode, call);
        };
        const permissionOf = (call: TSESTree.CallExpression) => permissionByNode.get(call) ?? classifyPermissionCall(sourceCode, matcher, call);

        /**
         * The dialog being judged: what its blocking calls do (quit or leave, ask again, open Settings), and a
         * Settings call whose own callback asks again (back from Settings, the dialog returns).
         */
        let judged: DialogFacts = { kinds: new Set() };

        /** The Settings call's callbacks, or the code awaiting it, run the request again without checking the new state. */
        const asksAgainAfterSettings = (call: TSESTree.CallExpression, requester: Fn | undefined): boolean => {
          const roots: Node[] = [];
          const options = call.arguments[0] && unwrapExpression(call.arguments[0]);
          if (options?.type === 'ObjectExpression') {
            for (const prop of options.properties) {
              if (prop.type === 'Property' && (propertyKey(prop) === 'success' || propertyKey(prop) === 'complete')) roots.push(prop.value);
            }
          }
          roots.push(...promiseCallbacks(call), ...(awaitedContinuation(call) ?? []));
          let asks = false;
          for (const root of roots) {
            const expr = unwrapExpression(root);
            const walked = isFunction(expr) || !(expr.type === 'Identifier' || expr.type === 'MemberExpression') ? [root] : [];
            // A request that fails quietly after the refusal (see failsQuietly) brings nothing back.
            const asksThrough = (fn: Fn, via: Node): boolean => fn === requester || summaries.of(fn).requests.some((request) => !failsQuietly(request.call, via));
            if (!walked.length) {
              const fn = resolveLocalFunction(sourceCode, referenceAsCall(expr as TSESTree.Expression));
              if (fn && asksThrough(fn, expr)) asks = true;
              continue;
            }
            walkRuns(sourceCode, walked, (inner, state) => {
              if (state.userAction || state.guards.length) return;
              const permission = permissionOf(inner);
              if (permission) {
                if (isPromptingRequest(permission) && !failsQuietly(permission)) asks = true;
                return;
              }
              const fn = resolveLocalFunction(sourceCode, inner);
              if (fn && asksThrough(fn, inner)) asks = true;
            });
          }
          return asks;
        };

        const isSettingsCall = (node: Node): boolean => node.type === 'CallExpression' && permissionOf(node)?.role === 'settings';

        /**
         * The call runs once the user is back from Settings: in a callback of a Settings call (`success`, `complete`,
         * `.then`) or after `await` of one. It is not a choice of the dialog; asksAgainAfterSettings judges it.
         */
        const runsAfterSettings = (call: Node): boolean => {
          for (let child: Node = call, node = call.parent; node; child = node, node = node.parent) {
            if (node.type === 'BlockStatement' || node.type === 'Program') {
              const index = (node.body as Node[]).indexOf(child);
              for (const before of (node.body as Node[]).slice(0, Math.max(index, 0))) {
                const expr = before.type === 'ExpressionStatement' ? unwrapExpression(before.expression) : undefined;
                if (expr?.type === 'AwaitExpression' && isSettingsCall(unwrapExpression(expr.argument))) return true;
              }
            }
            if (!isFunction(node)) continue;
            let holder: Node = node;
            if (holder.parent?.type === 'Property' && holder.parent.parent?.type === 'ObjectExpression') holder = holder.parent.parent;
            const owner = holder.parent;
            if (owner?.type !== 'CallExpression' || owner.callee === holder) continue;
            const callee = unwrapExpression(owner.callee);
            const target =
              callee.type === 'MemberExpression' && /^(then|catch|finally)$/.test(staticPropertyName(callee) ?? '') ? unwrapExpression(callee.object) : owner;
            if (isSettingsCall(target)) return true;
          }
          return false;
        };

        /**
         * A request the platform answers from its remembered refusal (a WeChat scope, HarmonyOS's dialog) shows nothing
         * after the refusal, and one with no failure path of its own (`uni.getLocation({ success })` as a statement)
         * leads nowhere either: the user carries on. With a `fail` / `complete`, a `.then` or an `await`, the failure
         * may bring the dialog back (a loop), so it still counts as asking again. `via`: the helper call holding it.
         */
        const failsQuietly = (request: PermissionCall, via?: Node): boolean => {
          // In the denial region of a request the platform remembers (uni.authorize's fail runs only in WeChat), so do the requests.
          if (!refusals.remembersRefusal(request, via) && !(judgedSource && refusals.remembersRefusal(judgedSource))) return false;
          const node = request.node;
          if (node.type !== 'CallExpression' || node.parent?.type !== 'ExpressionStatement') return false;
          return node.arguments.every((argument) => {
            const options = unwrapExpression(argument as TSESTree.Expression);
            if (options.type !== 'ObjectExpression') return !isFunction(options);
            return options.properties.every((property) => property.type === 'Property' && !['fail', 'complete'].includes(propertyKey(property) ?? ''));
          });
        };

        /** Does running this call leave the user no way on: quit, ask again, open settings, or a grant-only screen? */
        /** The denied request of the region being judged. */
        let judgedSource: PermissionCall | undefined;
        const callBlocks = (call: TSESTree.CallExpression, requester: Fn | undefined): boolean => {
          if (runsAfterSettings(call)) return false;
          if (exitName(call) || deadEnd(call)) return judged.kinds.add('leave'), true;
          const permission = permissionOf(call);
          if (permission && permission.role === 'settings') {
            if (!judged.retryingSettings && asksAgainAfterSettings(call, requester)) judged.retryingSettings = call;
            return judged.kinds.add('settings'), true;
          }
          if (permission && isPromptingRequest(permission)) {
            // A button offering another way that needs another permission (denied the camera: "Pick from library")
            // is a way on, not the same question again.
            if (judgedSource && permission.permissions.length > 0 && !samePermission(sourceCode, judgedSource, permission)) return false;
            if (failsQuietly(permission)) return false;
            return judged.kinds.add('request'), true;
          }
          const fn = resolveLocalFunction(sourceCode, call);
          if (!fn) return false;
          if (fn === requester) return judged.kinds.add('request'), true;
          const facts = summaries.of(fn);
          // Requests for another permission (the photo library when the camera was denied) offer a way on.
          const requests = facts.requests.filter(
            (request) =>
              (!judgedSource || request.call.permissions.length === 0 || samePermission(sourceCode, judgedSource, request.call)) &&
              !failsQuietly(request.call, call),
          );
          if (facts.exits.length > 0 || facts.deadEnds.length > 0) judged.kinds.add('leave');
          if (requests.length > 0) judged.kinds.add('request');
          if (facts.settings.length > 0) judged.kinds.add('settings');
          return facts.exits.length > 0 || requests.length > 0 || facts.settings.length > 0 || facts.deadEnds.length > 0;
        };

        /** Blocking calls reachable when a callback runs, with the confirm/cancel branch they sit on. */
        const blockingBranches = (callback: Node, requester: Fn | undefined): Set<'confirm' | 'cancel' | 'both'> => {
          const found = new Set<'confirm' | 'cancel' | 'both'>();
          const expr = unwrapExpression(callback);
          if (!isFunction(expr)) {
            if (expr.type === 'Identifier' || expr.type === 'MemberExpression') {
              if (callBlocks(referenceAsCall(expr as TSESTree.Expression), requester)) found.add('both');
            }
            return found;
          }
          walkRuns(
            sourceCode,
            [expr],
            (call, state) => {
              if (callBlocks(call, requester)) found.add(answerBranch(state));
            },
          );
          return found;
        };

        const isBlockingDialog = (call: TSESTree.CallExpression, kind: DialogKind, requester: Fn | undefined): boolean => {
          switch (kind) {
            case 'alert': {
              const buttons = call.arguments[2] && unwrapExpression(call.arguments[2]);
              if (!buttons || buttons.type !== 'ArrayExpression' || buttons.elements.length === 0) return false;
              return buttons.elements.every((button) => {
                if (!button || button.type !== 'ObjectExpression') return false;
                const onPress = button.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propertyKey(p) === 'onPress');
                return !!onPress && blockingBranches(onPress.value, requester).size > 0;
              });
            }
            case 'modal': {
              const options = call.arguments[0] && unwrapExpression(call.arguments[0]);
              if (!options || options.type !== 'ObjectExpression') return false;
              let noCancel = false;
              const branches = new Set<'confirm' | 'cancel' | 'both'>();
              for (const prop of options.properties) {
                if (prop.type !== 'Property') continue;
                const key = propertyKey(prop);
                const value = unwrapExpression(prop.value);
                if (key === 'showCancel' && value.type === 'Literal' && value.value === false) noCancel = true;
                if (key === 'success' || key === 'complete') for (const b of blockingBranches(prop.value, requester)) branches.add(b);
              }
              for (const callback of promiseCallbacks(call)) for (const b of blockingBranches(callback, requester)) branches.add(b);
              // `const { confirm } = await wx.showModal(…)`: the statements after it are the answer's continuation.
              const continuation = awaitedContinuation(call);
              if (continuation) {
                walkRuns(sourceCode, continuation, (inner, state) => {
                  if (callBlocks(inner, requester)) branches.add(answerBranch(state));
                });
              }
              const confirmBlocks = branches.has('confirm') || branches.has('both');
              const cancelBlocks = branches.has('cancel') || branches.has('both');
              return confirmBlocks && (noCancel || cancelBlocks);
            }
            case 'harmony-dialog': {
              const options = call.arguments[0] && unwrapExpression(call.arguments[0]);
              const buttonsProp =
                options?.type === 'ObjectExpression'
                  ? options.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propertyKey(p) === 'buttons')
                  : undefined;
              const buttons = buttonsProp && unwrapExpression(buttonsProp.value);
              const count = buttons?.type === 'ArrayExpression' ? buttons.elements.length : options?.type === 'ObjectExpression' && !buttonsProp ? 0 : undefined;
              const callbacks: Node[] = [...promiseCallbacks(call), ...call.arguments.slice(1)].map((a) => unwrapExpression(a)).filter((fn) => isFunction(fn));
              const continuation = awaitedContinuation(call);
              let ungated = false;
              let any = false;
              for (const roots of [...callbacks.map((fn) => [fn]), ...(continuation ? [continuation] : [])]) {
                walkRuns(sourceCode, roots, (inner, state) => {
                  if (!callBlocks(inner, requester)) return;
                  any = true;
                  if (!state.guards.some((g) => mentionsName(g.test, 'index'))) ungated = true;
                });
              }
              if (count === undefined) return false;
              return count <= 1 ? any : ungated;
            }
            case 'single-button': {
              const callbacks = [...call.arguments.filter((a) => isFunction(unwrapExpression(a))), ...promiseCallbacks(call)];
              const options = call.arguments[0] && unwrapExpression(call.arguments[0]);
              if (options?.type === 'ObjectExpression') {
                for (const prop of options.properties) {
                  if (prop.type === 'Property' && (propertyKey(prop) === 'success' || propertyKey(prop) === 'complete')) callbacks.push(prop.value as TSESTree.CallExpressionArgument);
                }
              }
              return callbacks.some((cb) => blockingBranches(cb, requester).size > 0);
            }
            default:
              return false;
          }
        };

        const checkRegion = (region: DenialRegion): void => {
          judgedSource = region.source;
          const requester = region.source ? owningFunction(sourceCode, region.source.node) : undefined;
          const denied = describeDenied(region, sourceCode);
          walkRuns(sourceCode, region.roots, (call: TSESTree.CallExpression, state: PathState) => {
            if (state.userAction || reported.has(call)) return;
            const exit = exitName(call);
            if (exit) {
              reported.add(call);
              const fix = gracefulReturnFix(call);
              context.report({
                node: call,
                messageId: 'exitOnDenial',
                data: { exit, denied },
                suggest: fix ? [{ messageId: 'replaceWithReturn', data: { exit }, fix }] : [],
              });
              return;
            }
            const kind = dialogKind(sourceCode, call);
            if (kind) {
              judged = { kinds: new Set() };
              if (!isBlockingDialog(call, kind, requester)) return;
              if (!judged.kinds.has('settings')) {
                reported.add(call);
                context.report({ node: call, messageId: 'blockingModal', data: { denied } });
              } else if (judged.kinds.size > 1) {
                reported.add(call);
                context.report({ node: call, messageId: 'settingsOrQuitModal', data: { denied } });
              } else {
                // Settings is the only way on. Shown once, the user comes back from Settings to a working app; it
                // blocks only when it returns every time: a foreground hook or the Settings callback runs it again.
                const retrying = judged.retryingSettings;
                const again = retrying
                  ? `the callback of \`${apiText(sourceCode, retrying)}\``
                  : foregroundHookReaching(sourceCode, analysis, call)?.label;
                if (again) {
                  reported.add(call);
                  context.report({ node: call, messageId: 'settingsOnlyModal', data: { denied, again } });
                }
              }
              return;
            }
            const target = deadEnd(call);
            if (target) {
              reported.add(call);
              context.report({ node: call, messageId: 'deadEndNavigation', data: { denied, target } });
              return;
            }
            if (permissionByNode.has(call)) return;
            const fn = resolveLocalFunction(sourceCode, call);
            if (!fn || fn === requester) return;
            const facts = summaries.of(fn);
            if (facts.exits.length) {
              reported.add(call);
              context.report({
                node: call,
                messageId: 'exitViaHelper',
                data: { helper: apiText(sourceCode, call), exit: facts.exits[0].name, denied },
              });
            } else if (facts.deadEnds.length) {
              reported.add(call);
              context.report({ node: call, messageId: 'deadEndNavigation', data: { denied, target: facts.deadEnds[0].target } });
            }
          });
        };

        for (const region of regions) checkRegion(region);

        /** `BackHandler.exitApp();` → `return;` (a statement inside a function), `() => exit()` → `() => undefined`. */
        function gracefulReturnFix(call: TSESTree.CallExpression): TSESLint.ReportFixFunction | undefined {
          let node: Node = call;
          while (node.parent && (node.parent.type === 'ChainExpression' || node.parent.type === 'AwaitExpression')) node = node.parent;
          const parent = node.parent;
          if (parent?.type === 'ExpressionStatement' && owningFunctionOfStatement(parent)) {
            return (fixer) => fixer.replaceText(parent, 'return;');
          }
          if (parent?.type === 'ArrowFunctionExpression' && parent.body === node) {
            return (fixer) => fixer.replaceText(node, 'undefined');
          }
          return undefined;
        }
      },
    };
  },
});

function owningFunctionOfStatement(stmt: Node): boolean {
  for (let node = stmt.parent; node; node = node.parent) if (isFunction(node)) return true;
  return false;
}

/** Which answer of a confirm/cancel dialog leads here: guarded by `res.confirm` / `res.cancel`, or both. */
function answerBranch(state: PathState): 'confirm' | 'cancel' | 'both' {
  for (const guard of state.guards) {
    let test: Node = guard.test;
    let negated = !guard.whenTrue;
    while (test.type === 'UnaryExpression' && test.operator === '!') {
      negated = !negated;
      test = test.argument;
    }
    const confirm = mentionsName(test, 'confirm');
    const cancel = mentionsName(test, 'cancel');
    if (confirm === cancel) continue;
    const positive = confirm ? 'confirm' : 'cancel';
    return negated ? (positive === 'confirm' ? 'cancel' : 'confirm') : positive;
  }
  return 'both';
}

function mentionsName(test: Node, name: string): boolean {
  const expr = unwrapExpression(test);
  if (expr.type === 'Identifier') return expr.name === name;
  if (expr.type === 'MemberExpression') return staticPropertyName(expr) === name;
  if (expr.type === 'BinaryExpression') return mentionsName(expr.left, name) || mentionsName(expr.right, name);
  if (expr.type === 'LogicalExpression') return mentionsName(expr.left, name) || mentionsName(expr.right, name);
  return false;
}

/** The statements after `await dialog(…)` (or `const x = await dialog(…)`) in the same block: they run once answered. */
function awaitedContinuation(call: TSESTree.CallExpression): Node[] | undefined {
  let node: Node = call;
  if (node.parent?.type !== 'AwaitExpression') return undefined;
  node = node.parent;
  while (node.parent && node.parent.type !== 'BlockStatement' && node.parent.type !== 'Program' && !isFunction(node.parent)) node = node.parent;
  const block = node.parent;
  if (!block || (block.type !== 'BlockStatement' && block.type !== 'Program')) return undefined;
  const index = (block.body as Node[]).indexOf(node);
  return index < 0 ? undefined : (block.body as Node[]).slice(index + 1);
}

/** Callbacks of `dialog().then(cb)` / `.then(cb).catch(...)`. */
function promiseCallbacks(call: TSESTree.CallExpression): TSESTree.CallExpressionArgument[] {
  const out: TSESTree.CallExpressionArgument[] = [];
  let current: Node = call;
  for (;;) {
    const member: Node | undefined = current.parent;
    if (member?.type !== 'MemberExpression' || member.object !== current) break;
    const name = staticPropertyName(member);
    const next: Node | undefined = member.parent;
    if (next?.type !== 'CallExpression' || next.callee !== member) break;
    if (name === 'then') out.push(...next.arguments.slice(0, 1));
    else if (name !== 'catch' && name !== 'finally') break;
    current = next;
  }
  return out;
}
