// 提前申请: asking for a permission when the app starts, before the user reaches the feature that needs it.
// Launch contexts (module top level, App onLaunch/onShow, App.vue, the root component's mount code, HarmonyOS
// EntryAbility.onCreate/onWindowStageCreate, and same-module functions they call) come from util/launch-context.ts,
// shared with no-collection-before-consent.
import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import { apiText, createApiMatcher } from '../util/api-matcher.js';
import { classifyPermissionCall, isPromptingRequest, mayTouchPermissions, permissionPhrase, underAuthorisedScope, underGrantedPermission, type PermissionCall } from '../util/denial.js';
import { describeLaunchContext, enclosingFunction, launchContextOf, type LaunchContextHost } from '../util/launch-context.js';
import { appImportNames, helperCallFilter, importedRequestOf } from '../util/imported-requests.js';
import { isWithin } from '../util/resolve-reference.js';

type MessageIds = 'requestOnLaunch';

export interface Options {
  /** Permissions (our vocabulary: 'tracking', 'notifications', 'location' …) that may be requested at launch. */
  allowPermissions?: string[];
}

/** The iOS App Tracking Transparency prompt is expected early (before any tracking SDK reads the IDFA). */
const DEFAULT_ALLOWED = ['tracking'];

/** Reads that prompt for another permission's dialog: a push token needs the notification permission. */
const PROMPT_ALIASES: Readonly<Record<string, string>> = { 'push-token': 'notifications' };

/** A call that shows a permission prompt: a request, a read that prompts, a settings-style second request. */
const prompts = (call: PermissionCall): boolean =>
  isPromptingRequest(call) || (call.role === 'settings' && call.match?.entry.kind === 'permission-request');

/**
 * The call runs in a `.then` of a request, in a callback of the request's options (`uni.authorize({ success() {…} })`),
 * or after a statement that holds a request in the same block.
 */
function followsRequest(node: TSESTree.Node, requests: ReadonlySet<TSESTree.Node>): boolean {
  const contains = (root: TSESTree.Node): boolean => {
    for (const request of requests) if (isWithin(request, root)) return true;
    return false;
  };
  let child: TSESTree.Node = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    if (current.type === 'CallExpression' && requests.has(current) && current.arguments.includes(child as TSESTree.CallExpressionArgument)) return true;
    if (current.type === 'CallExpression' && current.callee.type === 'MemberExpression' && current.arguments.includes(child as TSESTree.CallExpressionArgument)) {
      if (contains(current.callee.object)) return true;
    }
    if (current.type === 'BlockStatement' || current.type === 'Program') {
      const index = (current.body as TSESTree.Node[]).indexOf(child);
      for (let i = 0; i < index; i++) if (contains(current.body[i])) return true;
    }
  }
  return false;
}

/** At launch the call is reached through a function entered after a request: `authorize success → readLocation()`. */
function launchedAfterRequest(node: TSESTree.Node, requests: ReadonlySet<TSESTree.Node>, context: LaunchContextHost): boolean {
  const launch = launchContextOf(node, context);
  return !!launch && launch.hops.some((hop) => requests.has(hop.via) || followsRequest(hop.via, requests));
}

export default createRule<[Options], MessageIds>({
  name: 'no-request-on-launch',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow permission requests and prompting APIs at app launch, before the feature that needs them is used',
      recommended: 'warn',
      regulations: ['MIIT 337号 #7', 'MIIT 164号 2.1 场景7', 'MIIT 26号', 'Apple HIG (request in context)'],
      fileKind: 'source',
    },
    schema: [
      {
        type: 'object',
        properties: { allowPermissions: { type: 'array', items: { type: 'string' }, uniqueItems: true } },
        additionalProperties: false,
      },
    ],
    messages: {
      requestOnLaunch:
        '`{{request}}` asks for {{permission}} at launch ({{where}}), before the user reaches the feature that needs it (提前申请). Ask when the feature is used, e.g. in its button handler.',
    },
  },
  defaultOptions: [{ allowPermissions: DEFAULT_ALLOWED }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    // Most files never touch a permission API: unless they call a helper of the app's own modules, they get no
    // visitors at all.
    const touches = mayTouchPermissions(sourceCode);
    const helpers = appImportNames(sourceCode.ast, context.filename);
    if (!touches && helpers.size === 0) return {};
    const matcher = createApiMatcher(context, ['permission-request', 'data-read', 'settings-open']);
    const allowed = new Set(options.allowPermissions ?? DEFAULT_ALLOWED);
    const candidates: PermissionCall[] = [];
    const helperCalls: TSESTree.CallExpression[] = [];
    const helperFilter = helperCallFilter(helpers);
    /** Per calling function, the requests in helpers' modules already reported through a helper call. */
    const reportedThroughHelpers = new Map<TSESTree.Node, Set<TSESTree.Node>>();
    const isAllowed = (call: PermissionCall): boolean => {
      const names = [...new Set(call.permissions.map((p) => p.permission).filter((p) => p !== 'unknown'))];
      return names.length > 0 && names.every((p) => allowed.has(p));
    };

    return {
      CallExpression(node: TSESTree.CallExpression) {
        const call = touches ? classifyPermissionCall(sourceCode, matcher, node) : undefined;
        if (call) {
          if (prompts(call)) candidates.push(call);
          return;
        }
        if (helpers.size > 0 && helperFilter.mayCallHelper(node)) helperCalls.push(node);
      },
      ...(helpers.size > 0 ? { VariableDeclarator: helperFilter.declarator } : {}),
      'Program:exit'() {
        // askLocation() from './utils/permission' at launch asks as surely as the request written in place.
        for (const node of helperCalls) {
          // Launch first: most helper calls are not at launch, and those need no second module parsed.
          const launch = launchContextOf(node, context);
          if (!launch) continue;
          const imported = importedRequestOf(sourceCode, context.filename, node, prompts);
          // A generic helper (`ask(permission)`) says nothing about what it asks for until its caller's argument is
          // read: that is a finding for the helper's own callers in its module, not a guess here.
          if (!imported || !imported.request.resolved || imported.request.permissions.length === 0 || isAllowed(imported.request)) continue;
          // Helper calls in one function that reach the same request are one finding, at the first.
          const seen = reportedThroughHelpers.get(enclosingFunction(node)) ?? new Set<TSESTree.Node>();
          if (seen.has(imported.request.node)) continue;
          seen.add(imported.request.node);
          reportedThroughHelpers.set(enclosingFunction(node), seen);
          context.report({
            node,
            messageId: 'requestOnLaunch',
            data: {
              request: `${apiText(sourceCode, node)}() → ${imported.api}`,
              permission: permissionPhrase(imported.request.permissions),
              where: describeLaunchContext(launch),
            },
          });
        }
        const explicit = candidates.filter((c) => c.match?.entry.kind !== 'data-read');
        for (const call of candidates) {
          // getCurrentPosition / register prompt only when not asked yet: after an explicit request they do not.
          if (call.match?.entry.kind === 'data-read') {
            const mine = new Set(call.permissions.map((p) => PROMPT_ALIASES[p.permission] ?? p.permission));
            const earlier = new Set(
              explicit.filter((r) => r.permissions.some((p) => mine.has(PROMPT_ALIASES[p.permission] ?? p.permission))).map((r) => r.node),
            );
            if (earlier.size && (followsRequest(call.node, earlier) || launchedAfterRequest(call.node, earlier, context))) continue;
          }
          if (isAllowed(call)) continue;
          // Where wx.getSetting / uni.getSetting reported the scope authorised, the call asks nothing.
          if (underAuthorisedScope(call.node) || underGrantedPermission(call.node)) continue;
          const launch = launchContextOf(call.node, context);
          if (!launch) continue;
          context.report({
            node: call.node,
            messageId: 'requestOnLaunch',
            data: {
              request: apiText(sourceCode, call.node),
              permission: permissionPhrase(call.permissions),
              where: describeLaunchContext(launch),
            },
          });
        }
      },
    };
  },
});
