// CONTRACT (implementation in progress by the knowledge-base work): matches call sites to knowledge-base entries
// through import bindings (scope analysis) or unshadowed platform globals, never by bare name.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ApiEntry, ApiKind, ResolvedPermission } from '../core/knowledge/types.js';

export interface ApiCallMatch {
  entry: ApiEntry;
  /** The call/new expression, JSX opening element, or member read (e.g. Device.deviceName) that matched. */
  node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.JSXOpeningElement | TSESTree.MemberExpression;
  /** Permissions after resolving arguments (PERMISSIONS.IOS.CAMERA, literals, Platform.select, ternaries, same-module constants). */
  permissions: ResolvedPermission[];
  /** False when a '<from-argument>' permission could not be resolved statically (rules must then stay silent). */
  resolved: boolean;
}

export interface ApiMatcher {
  /** Match a call / new expression. Cheap for non-candidates (O(1) root-name check). */
  matchCall(node: TSESTree.CallExpression | TSESTree.NewExpression): ApiCallMatch | undefined;
  /** Match a JSX element that prompts on mount (<CameraView>, <RNCamera>). */
  matchJsx(node: TSESTree.JSXOpeningElement): ApiCallMatch | undefined;
  /** Match a property read that is itself a data read (expo-device Device.deviceName). */
  matchMember(node: TSESTree.MemberExpression): ApiCallMatch | undefined;
}

/** One matcher per linted file; build it in `create` and use it from the visitors. */
export function createApiMatcher(
  _context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  _kinds?: readonly ApiKind[],
): ApiMatcher {
  return { matchCall: () => undefined, matchJsx: () => undefined, matchMember: () => undefined };
}
