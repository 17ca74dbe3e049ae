// Recognises where a permission was denied: the code that runs only when the user said no to a permission prompt
// (or when a stored status says the permission is denied), for every API family the knowledge base covers:
//
//   React Native       PermissionsAndroid.RESULTS.DENIED / NEVER_ASK_AGAIN ('denied' / 'never_ask_again')
//   rn-permissions     RESULTS.DENIED (after request()) / RESULTS.BLOCKED
//   Expo               { status: 'denied' | PermissionStatus.DENIED, granted: false, canAskAgain: false }
//   Capacitor, Web     'denied' states ({ camera: 'denied' }, Notification.permission), rejected getUserMedia /
//                      getCurrentPosition, geolocation error callbacks
//   WeChat/uni/Taro/my fail callbacks, rejected promises, authSetting['scope.x'] === false, errMsg '… auth deny'
//   uni-app App        plus.android.requestPermissions result { deniedPresent, deniedAlways }
//   HarmonyOS          authResults[i] !== 0 (-1), GrantStatus.PERMISSION_DENIED after a request
//
// The result may arrive through a variable, destructuring, `await`, `.then`, `.catch`, try/catch, callbacks,
// same-module helpers that return the result or a boolean derived from it, and `switch` statements.
// Everything here is per-file, lazily computed once at Program:exit, and walks only the code around permission
// calls: rules stay cheap on files without any.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ResolvedPermission } from '../core/knowledge/types.js';
import { resolveNativePermissionId } from '../core/knowledge/native-ids.js';
import { GLOBAL_OBJECT_ALIASES, getBindingIndex, globalHeadTest, globalUsePattern, moduleNamePattern, normaliseModuleSpecifier, type EntryFilter } from '../core/knowledge/registry.js';
import { DYNAMIC_IMPORT_TEXT, type ApiCallMatch, type ApiMatcher } from './api-matcher.js';
import { FileCache } from './file-cache.js';
import {
  findVariable,
  isWithin,
  patternPath,
  resolveValueOrigin,
  staticPropertyName,
  staticString,
  unwrapExpression,
  type ValueOrigin,
} from './resolve-reference.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;
type Node = TSESTree.Node;
type Fn = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

// ---------------------------------------------------------------------------------------------------------------
// Small AST helpers
// ---------------------------------------------------------------------------------------------------------------

export function isFunction(node: Node | null | undefined): node is Fn {
  return (
    !!node &&
    (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration')
  );
}

/** Skip TS-only wrappers, optional chains and parentheses-free wrappers upwards. */
function skipWrappersUp(node: Node): Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === 'TSAsExpression' ||
      current.parent.type === 'TSNonNullExpression' ||
      current.parent.type === 'TSSatisfiesExpression' ||
      current.parent.type === 'TSTypeAssertion' ||
      current.parent.type === 'ChainExpression')
  ) {
    current = current.parent;
  }
  return current;
}

/** Last property name of a callee (`b` in `a.b()`, `f` in `f()`), the cheap pre-filter for every call table. */
export function calleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression') return staticPropertyName(callee);
  return undefined;
}

/** `a.b.c` of the callee's object chain as names (for heuristics like `storage.get`). */
function calleeObjectName(call: TSESTree.CallExpression): string | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression') return undefined;
  const object = unwrapExpression(callee.object);
  if (object.type === 'Identifier') return object.name;
  if (object.type === 'MemberExpression') return staticPropertyName(object);
  if (object.type === 'ThisExpression') return 'this';
  return undefined;
}

/** Dotted name of an origin: module imports without the leading 'default', globals with the global name. */
export function originName(origin: ValueOrigin | undefined): string | undefined {
  if (!origin) return undefined;
  if (origin.kind === 'global') return [origin.global, ...origin.path].join('.');
  const path = origin.path[0] === 'default' ? origin.path.slice(1) : origin.path;
  return path.join('.');
}

const MINI_PROGRAM_GLOBALS: ReadonlySet<string> = new Set(['wx', 'uni', 'my', 'tt', 'qq', 'swan', 'jd', 'Taro']);

/** The mini-program family a call goes through: 'wx.showModal' → 'wx'; `import Taro from '@tarojs/taro'` → 'Taro'. */
function miniProgramApi(origin: ValueOrigin | undefined): { host: string; path: string[] } | undefined {
  if (!origin) return undefined;
  if (origin.kind === 'global' && MINI_PROGRAM_GLOBALS.has(origin.global)) return { host: origin.global, path: origin.path };
  if (origin.kind === 'module' && origin.module === '@tarojs/taro') {
    const path = origin.path[0] === 'default' || origin.path[0] === 'Taro' ? origin.path.slice(1) : origin.path;
    return { host: 'Taro', path };
  }
  return undefined;
}

function objectProperty(object: TSESTree.ObjectExpression, name: string): TSESTree.Property | undefined {
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const prop = object.properties[i];
    if (prop.type !== 'Property') continue;
    if (propertyKey(prop) === name) return prop;
  }
  return undefined;
}

export function propertyKey(prop: TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition): string | undefined {
  if (prop.computed) return staticString(prop.key);
  if (prop.key.type === 'Identifier') return prop.key.name;
  return staticString(prop.key);
}

/** True when the statement always leaves the enclosing block (return / throw / break / continue). */
export function definitelyExits(stmt: Node | null | undefined): boolean {
  if (!stmt) return false;
  switch (stmt.type) {
    case 'ReturnStatement':
    case 'ThrowStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return true;
    case 'BlockStatement':
      return stmt.body.length > 0 && definitelyExits(stmt.body[stmt.body.length - 1]);
    case 'IfStatement':
      return definitelyExits(stmt.consequent) && definitelyExits(stmt.alternate);
    default:
      return false;
  }
}

/** The statement always returns from the function (a throw inside a try does not: the catch takes it). */
function definitelyReturns(stmt: Node | null | undefined): boolean {
  if (!stmt) return false;
  if (stmt.type === 'ReturnStatement') return true;
  if (stmt.type === 'BlockStatement') return stmt.body.length > 0 && definitelyReturns(stmt.body[stmt.body.length - 1]);
  if (stmt.type === 'IfStatement') return definitelyReturns(stmt.consequent) && definitelyReturns(stmt.alternate);
  return false;
}

export function childNodes(sourceCode: SourceCode, node: Node): Node[] {
  const keys = sourceCode.visitorKeys[node.type] ?? [];
  const out: Node[] = [];
  for (const key of keys) {
    if (key === 'parent' || key === 'typeAnnotation' || key === 'returnType' || key === 'typeParameters' || key === 'typeArguments') continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof (item as Node).type === 'string') out.push(item as Node);
    } else if (value && typeof (value as Node).type === 'string') {
      out.push(value as Node);
    }
  }
  return out;
}

/** Visit every node below `root` without entering nested functions (for small subtrees such as tests). */
export function someShallow(sourceCode: SourceCode, root: Node, predicate: (node: Node) => boolean): boolean {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (predicate(node)) return true;
    if (node !== root && isFunction(node)) continue;
    stack.push(...childNodes(sourceCode, node));
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Per-file gate: can this file touch a permission API at all?
// ---------------------------------------------------------------------------------------------------------------

/** Companions outside the catalogue that the denial rules recognise themselves (settings openers). */
const DENIAL_COMPANION_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['react-native', ['Linking']],
  ['expo-linking', ['openSettings']],
  ['capacitor-native-settings', ['NativeSettings']],
]);

const REQUIRE_SPECIFIER = /\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
const DENIAL_MARKER_TEXT = /authSetting|authResults|deniedAlways|deniedPresent|NEVER_ASK_AGAIN|never_ask_again|\bBLOCKED\b/;
const gateCache = new WeakMap<object, boolean>();

/** The catalogue entries classifyPermissionCall can return a call for. */
const isPermissionCallEntry: EntryFilter = (entry) => entry.kind === 'permission-request' || entry.kind === 'data-read' || entry.kind === 'settings-open';
/**
 * What else makes a platform global's file worth the visitors: the companions fallbackPermissionCall knows by name
 * (`wx.getSetting`, `plus.android.requestPermissions`), and the denial markers the visitors note
 * (DENIAL_MARKER_PROPERTIES and DENIAL_MARKER_LITERALS beyond DENIAL_MARKER_TEXT).
 */
const GLOBAL_COMPANION_TEXT = /\b(?:requestPermissions|getSetting|openSetting|getAppAuthorizeSetting|openAppAuthorizeSetting|DENIED|PERMISSION_DENIED|denied|blocked)\b/;

/**
 * Cheap text test, once per file: does the file import a catalogued module *and* name one of its permission exports,
 * use a platform global (`wx.`, `uni.`, `plus.`, `navigator.` …) and name a permission API or companion on it, or
 * mention a denial marker? Files that do not
 * (most screens and utilities) cannot produce a finding of the request rules, which then install no visitors.
 */
export function mayTouchPermissions(sourceCode: SourceCode): boolean {
  const cached = gateCache.get(sourceCode.ast);
  if (cached !== undefined) return cached;
  const text = sourceCode.text;
  let result = DENIAL_MARKER_TEXT.test(text);
  if (!result) {
    // A platform global (`plus` too, whatever the catalogue holds) together with the name of something that can start
    // a denial region on it: a permission API, a settings companion or a marker. `uni.navigateTo` alone cannot.
    result = globalUsePattern(['plus']).test(text) && (globalHeadTest(isPermissionCallEntry).test(text) || GLOBAL_COMPANION_TEXT.test(text));
  }
  if (!result) {
    // Module specifiers from the AST's import declarations; the text is searched only for require() / import().
    const specifiers: string[] = [];
    for (const statement of sourceCode.ast.body) {
      if ((statement.type === 'ImportDeclaration' || statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportAllDeclaration') && statement.source) {
        specifiers.push(String(statement.source.value));
      }
    }
    if (DYNAMIC_IMPORT_TEXT.test(text)) for (const match of text.matchAll(REQUIRE_SPECIFIER)) specifiers.push(match[1]);
    result = specifiers.some((specifier) => {
      const module = normaliseModuleSpecifier(specifier);
      const names = moduleNamePattern(module, DENIAL_COMPANION_NAMES.get(module));
      return names === true || (names?.test(text) ?? false);
    });
  }
  gateCache.set(sourceCode.ast, result);
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Permission calls: requests, status reads and settings openers
// ---------------------------------------------------------------------------------------------------------------

export type PermissionCallRole = 'request' | 'status' | 'settings';

export interface PermissionCall {
  node: TSESTree.CallExpression;
  role: PermissionCallRole;
  /** Human name of the API, e.g. 'PermissionsAndroid.request', 'wx.getLocation'. */
  display: string;
  entryId?: string;
  ecosystem?: string;
  permissions: ResolvedPermission[];
  resolved: boolean;
  /** A failure callback / rejection means (among other failures) that the user denied: wx fail, getUserMedia. */
  rejectsOnDenial: boolean;
  /** Status APIs whose 'denied' also means "never asked" (react-native-permissions check, HarmonyOS checkAccessToken). */
  deniedIsAmbiguous: boolean;
  /** The permission hook itself (useCameraPermissions()): it does not prompt; the function it returns does. */
  hook: boolean;
  /** Reached through a same-module helper that returns the API's result; `node` is the helper call. */
  via?: TSESTree.CallExpression;
  match?: ApiCallMatch;
}

const STATUS_NAME = /^(check\w*|has\w*Permissions?|get\w*Permissions?\w*|getSetting|getAppAuthorizeSetting|query|checkAccessToken(Sync)?|verifyAccessToken(Sync)?)$/;
const HOOK_NAME = /^use[A-Z]/;

function lastSegment(display: string): string {
  const parts = display.split('.');
  return parts[parts.length - 1].replace(/\(.*$/, '');
}

function rejectsOnDenial(ecosystem: string | undefined, display: string, kind: string): boolean {
  switch (ecosystem) {
    case 'uni-app':
      // An App's Android runtime request tells a refusal in its result (deniedPresent / deniedAlways; wa-permission
      // resolves 0 or -1): its error callback is another failure.
      return !/^plus\.android\.requestPermissions$|^requestAndroidPermission$/.test(display);
    case 'wechat':
    case 'taro':
    case 'alipay':
      return true;
    case 'web':
      return !/requestPermission|permissions\.query/.test(display);
    case 'capacitor':
      return kind !== 'permission-request';
    case 'react-native':
    case 'cordova':
      return /Geolocation|geolocation|requestAuthorization|cordova/.test(display) && kind !== 'settings-open';
    default:
      return false;
  }
}

function fromMatch(match: ApiCallMatch, node: TSESTree.CallExpression, hookResult: boolean): PermissionCall | undefined {
  const { entry } = match;
  let role: PermissionCallRole;
  const name = lastSegment(entry.display);
  if (entry.kind === 'settings-open') role = 'settings';
  else if (entry.kind === 'permission-request') {
    // requestPermissionOnSetting / requestGlobalSwitch take the user to a settings-style second prompt.
    role = /OnSetting$/.test(name) ? 'settings' : 'request';
  } else if (entry.kind === 'data-read') {
    if (entry.prompts && !entry.promptsLater) role = 'request';
    else if (STATUS_NAME.test(name)) role = 'status';
    else return undefined;
  } else return undefined;
  const hook = !hookResult && HOOK_NAME.test(name);
  return {
    node,
    role,
    display: entry.display,
    entryId: entry.id,
    ecosystem: entry.ecosystem,
    permissions: match.permissions,
    resolved: match.resolved,
    rejectsOnDenial: role !== 'status' && rejectsOnDenial(entry.ecosystem, entry.display, entry.kind),
    deniedIsAmbiguous:
      role === 'status' && (entry.module === 'react-native-permissions' || /AccessToken|PermissionsAndroid/.test(entry.display)),
    hook,
    match,
  };
}

/** Permission ids written as string literals in an array argument (plus.android.requestPermissions). */
function literalPermissions(arg: Node | undefined): { permissions: ResolvedPermission[]; resolved: boolean } {
  const expr = arg && unwrapExpression(arg);
  if (!expr || expr.type !== 'ArrayExpression') return { permissions: [], resolved: false };
  const permissions: ResolvedPermission[] = [];
  let resolved = true;
  for (const el of expr.elements) {
    const id = el && el.type !== 'SpreadElement' ? staticString(el) : undefined;
    const permission = id !== undefined ? resolveNativePermissionId(id, 'android') : undefined;
    if (permission) permissions.push(permission);
    else resolved = false;
  }
  return { permissions, resolved: resolved && permissions.length > 0 };
}

/** Permission-related calls the catalogue does not list, resolved by import binding / global (never by bare name). */
function fallbackPermissionCall(sourceCode: SourceCode, node: TSESTree.CallExpression): PermissionCall | undefined {
  const name = calleeName(node);
  if (!name || !/^(requestPermissions|getSetting|openSettings|open|openAndroid|openIOS|getAppAuthorizeSetting|openAppAuthorizeSetting)$/.test(name)) {
    return undefined;
  }
  const origin = resolveValueOrigin(sourceCode, node.callee);
  if (!origin) return undefined;
  const base = { node, permissions: [] as ResolvedPermission[], resolved: true, deniedIsAmbiguous: false, hook: false };
  if (origin.kind === 'global' && origin.global === 'plus' && origin.path.join('.') === 'android.requestPermissions') {
    return {
      ...base,
      ...literalPermissions(node.arguments[0]),
      role: 'request',
      display: 'plus.android.requestPermissions',
      ecosystem: 'uni-app',
      rejectsOnDenial: false,
    };
  }
  const mini = miniProgramApi(origin);
  if (mini && mini.path.length === 1) {
    if (mini.path[0] === 'getSetting' || mini.path[0] === 'getAppAuthorizeSetting') {
      return { ...base, role: 'status', display: `${mini.host}.${mini.path[0]}`, ecosystem: 'wechat', rejectsOnDenial: false };
    }
    if (mini.path[0] === 'openSetting' || mini.path[0] === 'openAppAuthorizeSetting') {
      return { ...base, role: 'settings', display: `${mini.host}.${mini.path[0]}`, ecosystem: 'wechat', rejectsOnDenial: false };
    }
  }
  if (origin.kind === 'module') {
    const path = origin.path.join('.');
    if (
      (origin.module === 'react-native' && path === 'Linking.openSettings') ||
      (origin.module === 'expo-linking' && (path === 'openSettings' || path === 'default.openSettings')) ||
      (origin.module === 'react-native-permissions' && (path === 'openSettings' || path === 'default.openSettings')) ||
      (origin.module === 'capacitor-native-settings' && /^NativeSettings\.(open|openAndroid|openIOS)$/.test(path))
    ) {
      return { ...base, role: 'settings', display: path.replace(/^default\./, ''), rejectsOnDenial: false };
    }
  }
  return undefined;
}

/**
 * Classify a call as a permission request, a status read or a settings opener (knowledge base first, then the few
 * companions it does not list). Returns undefined for every other call; cheap for non-candidates.
 */
/**
 * Per call, for matchers of the same kinds: the request rules each classify every call of a file (no-block-on-denial
 * and no-repeat-request-after-denial alike), and the answer depends on the call only. Nothing mutates a result.
 */
const classifiedCalls = new FileCache<Map<string, Map<TSESTree.CallExpression, PermissionCall | null>>>();

export function classifyPermissionCall(sourceCode: SourceCode, matcher: ApiMatcher, node: TSESTree.CallExpression): PermissionCall | undefined {
  const byKinds = classifiedCalls.get(sourceCode, () => new Map());
  let byCall = byKinds.get(matcher.kindsKey);
  if (!byCall) byKinds.set(matcher.kindsKey, (byCall = new Map()));
  const known = byCall.get(node);
  if (known !== undefined) return known ?? undefined;
  const call = classifyUncached(sourceCode, matcher, node);
  byCall.set(node, call ?? null);
  return call;
}

function classifyUncached(sourceCode: SourceCode, matcher: ApiMatcher, node: TSESTree.CallExpression): PermissionCall | undefined {
  const match = matcher.matchCall(node);
  if (match) {
    const call = fromMatch(match, node, false);
    if (call) return call;
  }
  const hookMatch = matcher.matchHookResultCall(node);
  if (hookMatch) {
    const call = fromMatch(hookMatch, node, true);
    if (call) return { ...call, display: `${hookMatch.entry.display}().requestPermission` };
  }
  return fallbackPermissionCall(sourceCode, node);
}

/** True when the call shows (or may show) a permission prompt right now. */
export function isPromptingRequest(call: PermissionCall): boolean {
  return call.role === 'request' && !call.hook;
}

// ---------------------------------------------------------------------------------------------------------------
// Well-known calls that are not permission APIs: exits, timers, dialogs, whole-stack navigation
// ---------------------------------------------------------------------------------------------------------------

const EXIT_NAMES: ReadonlySet<string> = new Set(['exitApp', 'exitMiniProgram', 'quit', 'terminateSelf', 'terminateSelfWithResult', 'exit']);

/** Name of an app-exit call (`BackHandler.exitApp`, `wx.exitMiniProgram`, `plus.runtime.quit`, `terminateSelf` …). */
export function exitCallName(sourceCode: SourceCode, call: TSESTree.CallExpression): string | undefined {
  const name = calleeName(call);
  if (!name || !EXIT_NAMES.has(name)) return undefined;
  const callee = unwrapExpression(call.callee);
  // UIAbilityContext.terminateSelf(): the context is usually `this.context` / getContext(this), not an import.
  if ((name === 'terminateSelf' || name === 'terminateSelfWithResult') && callee.type === 'MemberExpression') return name;
  const origin = resolveValueOrigin(sourceCode, call.callee);
  if (!origin) return undefined;
  const path = origin.path.join('.');
  if (origin.kind === 'module') {
    if (origin.module === 'react-native' && path === 'BackHandler.exitApp') return 'BackHandler.exitApp';
    if (origin.module === 'react-native-exit-app' && (path === 'default.exitApp' || path === 'exitApp')) return 'RNExitApp.exitApp';
    if (origin.module === '@capacitor/app' && path === 'App.exitApp') return 'App.exitApp';
  }
  const mini = miniProgramApi(origin);
  if (mini && mini.path.length === 1 && mini.path[0] === 'exitMiniProgram') return `${mini.host}.exitMiniProgram`;
  if (origin.kind === 'global') {
    if (origin.global === 'uni' && path === 'exit') return 'uni.exit';
    if (origin.global === 'plus' && path === 'runtime.quit') return 'plus.runtime.quit';
    if (origin.global === 'process' && path === 'exit') return 'process.exit';
    if (origin.global === 'navigator' && path === 'app.exitApp') return 'navigator.app.exitApp';
  }
  return undefined;
}

/** setTimeout / setInterval (unshadowed globals, also through window / globalThis). */
export function isTimerCall(sourceCode: SourceCode, call: TSESTree.CallExpression): boolean {
  const name = calleeName(call);
  if (name !== 'setTimeout' && name !== 'setInterval') return false;
  const origin = resolveValueOrigin(sourceCode, call.callee);
  return origin?.kind === 'global' && origin.path.length === 0 && origin.global === name;
}

export type DialogKind =
  /** RN Alert.alert(title, message, buttons) */
  | 'alert'
  /** wx/uni/Taro/my.showModal({ showCancel, success }) and my.confirm */
  | 'modal'
  /** HarmonyOS promptAction.showDialog({ buttons }) */
  | 'harmony-dialog'
  /** one-button alerts: plus.nativeUI.alert, my.alert */
  | 'single-button'
  /** synchronous window.confirm() and plus.nativeUI.confirm */
  | 'confirm';

const DIALOG_NAMES: ReadonlySet<string> = new Set(['alert', 'prompt', 'showModal', 'showDialog', 'confirm']);

/** Which dialog a call opens, if any. */
export function dialogKind(sourceCode: SourceCode, call: TSESTree.CallExpression): DialogKind | undefined {
  const name = calleeName(call);
  if (!name || !DIALOG_NAMES.has(name)) return undefined;
  const callee = unwrapExpression(call.callee);
  if (name === 'showDialog' && callee.type === 'MemberExpression') {
    // this.getUIContext().getPromptAction().showDialog(...)
    const object = unwrapExpression(callee.object);
    if (object.type === 'CallExpression' && calleeName(object) === 'getPromptAction') return 'harmony-dialog';
  }
  const origin = resolveValueOrigin(sourceCode, call.callee);
  if (!origin) return undefined;
  const path = origin.path.join('.');
  if (origin.kind === 'module') {
    if (origin.module === 'react-native' && (path === 'Alert.alert' || path === 'Alert.prompt')) return 'alert';
    if ((origin.module === '@kit.ArkUI' && path === 'promptAction.showDialog') || (origin.module === '@ohos.promptAction' && /^(default\.)?showDialog$/.test(path))) {
      return 'harmony-dialog';
    }
  }
  const mini = miniProgramApi(origin);
  if (mini && mini.path.length === 1) {
    if (mini.path[0] === 'showModal') return 'modal';
    if (mini.host === 'my' && mini.path[0] === 'confirm') return 'modal';
    if (mini.host === 'my' && mini.path[0] === 'alert') return 'single-button';
  }
  if (origin.kind === 'global') {
    if (origin.global === 'plus' && path === 'nativeUI.alert') return 'single-button';
    if (origin.global === 'plus' && path === 'nativeUI.confirm') return 'confirm';
    if (origin.global === 'confirm' && path === '') return 'confirm';
  }
  return undefined;
}

/** Names that suggest a helper shows a purpose / confirmation dialog and resolves with the user's answer. */
const CONFIRM_FUNCTION = /(confirm|dialog|modal|alert|prompt|rationale|explain|disclos|purpose|askUser|prePermission|primer)/i;

/** A dialog call, or a helper whose name says it asks the user (showRationale, confirmPurpose …). */
export function isConfirmingCall(sourceCode: SourceCode, call: TSESTree.CallExpression): boolean {
  if (dialogKind(sourceCode, call)) return true;
  const name = calleeName(call);
  return !!name && !/^should/i.test(name) && CONFIRM_FUNCTION.test(name) && !/^(request|check)/.test(name);
}

const PERMISSION_SCREEN = /(permission|authori[sz]|grant|denied|权限|授权|\/auth\b|\bauth\/)/i;

/** A navigation call that replaces the whole stack, with the target screen names / urls. */
export function stackResetTargets(sourceCode: SourceCode, call: TSESTree.CallExpression): string[] | undefined {
  const name = calleeName(call);
  if (name === 'reset') {
    // navigation.reset({ index, routes }) and CommonActions.reset({ routes }) (React Navigation).
    const arg = call.arguments[0] && unwrapExpression(call.arguments[0]);
    if (!arg || arg.type !== 'ObjectExpression') return undefined;
    const routes = objectProperty(arg, 'routes')?.value;
    if (!routes || routes.type !== 'ArrayExpression') return undefined;
    const names: string[] = [];
    for (const route of routes.elements) {
      if (!route || route.type !== 'ObjectExpression') return undefined;
      const value = objectProperty(route, 'name')?.value;
      const text = value && staticString(value);
      if (text === undefined) return undefined;
      names.push(text);
    }
    return names.length ? names : undefined;
  }
  if (name === 'reLaunch') {
    const mini = miniProgramApi(resolveValueOrigin(sourceCode, call.callee));
    if (!mini) return undefined;
    const arg = call.arguments[0] && unwrapExpression(call.arguments[0]);
    if (!arg || arg.type !== 'ObjectExpression') return undefined;
    const url = objectProperty(arg, 'url')?.value;
    const text = url && (staticString(url) ?? (url.type === 'TemplateLiteral' ? url.quasis[0]?.value.cooked : undefined));
    // The page is the path: a query (`/pages/index/index?locationDenied=1`) only passes data to it.
    const page = text?.split('?')[0];
    return page ? [page] : undefined;
  }
  return undefined;
}

/** Whole-stack navigation whose every target looks like a "grant the permission" screen. */
export function isPermissionDeadEnd(sourceCode: SourceCode, call: TSESTree.CallExpression): string | undefined {
  const targets = stackResetTargets(sourceCode, call);
  if (!targets || !targets.every((t) => PERMISSION_SCREEN.test(t))) return undefined;
  return targets.join(', ');
}

// ---------------------------------------------------------------------------------------------------------------
// Function boundaries: does a nested function run right away, after a timer, or only on a user action?
// ---------------------------------------------------------------------------------------------------------------

export type BoundaryKind = 'auto' | 'timer' | 'user' | 'opaque';

const AUTO_CALLBACK_NAMES: ReadonlySet<string> = new Set([
  'forEach', 'map', 'filter', 'some', 'every', 'find', 'findIndex', 'reduce', 'flatMap',
  'runAfterInteractions', 'nextTick', '$nextTick', 'queueMicrotask', 'requestAnimationFrame', 'setImmediate',
]);
const USER_EVENT_KEY = /^(on[A-Z]\w*|handler|action|press|click|tap)$/;
const API_CALLBACK_KEYS: ReadonlySet<string> = new Set(['success', 'fail', 'complete']);

export interface Boundary {
  kind: BoundaryKind;
  /** The dialog whose button / result callback this function is. */
  dialog?: TSESTree.CallExpression;
  /** The storage read whose success / fail callback this function is (what runs in it depends on what was stored). */
  storageRead?: TSESTree.CallExpression;
}

/** A call of a platform global (wx.request) or of an installed package's export, not of the project's own code. */
function isLibraryCall(sourceCode: SourceCode, call: TSESTree.CallExpression): boolean {
  const origin = resolveValueOrigin(sourceCode, call.callee);
  if (!origin) return false;
  return origin.kind === 'global' || !/^(?:\.|\/|@\/|~|#)/.test(origin.module);
}

/** How a nested function is invoked, judged from where it is written. */
export function boundaryOf(sourceCode: SourceCode, fn: Fn): Boundary {
  if (fn.type === 'FunctionDeclaration') return { kind: 'opaque' };
  const self = skipWrappersUp(fn);
  const parent = self.parent;
  if (!parent) return { kind: 'opaque' };
  if (parent.type === 'CallExpression') {
    if (parent.callee === self) return { kind: 'auto' };
    const name = calleeName(parent);
    const callee = unwrapExpression(parent.callee);
    if ((name === 'then' || name === 'catch' || name === 'finally') && callee.type === 'MemberExpression') {
      const receiver = unwrapExpression(callee.object);
      if (receiver.type === 'CallExpression' && dialogKind(sourceCode, receiver)) return { kind: 'user', dialog: receiver };
      return { kind: 'auto' };
    }
    const dialog = dialogKind(sourceCode, parent);
    if (dialog) return { kind: 'user', dialog: parent };
    if (isTimerCall(sourceCode, parent)) return { kind: 'timer' };
    if (name && AUTO_CALLBACK_NAMES.has(name)) return { kind: 'auto' };
    if (name === 'useCallback' || name === 'useMemo') return boundaryOf(sourceCode, parent as unknown as Fn);
    return { kind: 'opaque' };
  }
  if (parent.type === 'NewExpression') {
    const callee = unwrapExpression(parent.callee);
    return callee.type === 'Identifier' && callee.name === 'Promise' ? { kind: 'auto' } : { kind: 'opaque' };
  }
  if (parent.type === 'Property' && parent.value === self) {
    const key = propertyKey(parent);
    const object = parent.parent;
    const holder = object?.type === 'ObjectExpression' ? skipWrappersUp(object).parent : undefined;
    if (holder?.type === 'CallExpression' && dialogKind(sourceCode, holder)) return { kind: 'user', dialog: holder };
    // success / fail / complete of a platform or package API run when it finishes. Passed to the project's own
    // function (a showModal wrapper calling success on "confirm"), they run whenever that function decides.
    if (key && API_CALLBACK_KEYS.has(key) && holder?.type === 'CallExpression') {
      if (!isLibraryCall(sourceCode, holder)) return { kind: 'opaque' };
      return isStorageRead(holder) ? { kind: 'auto', storageRead: holder } : { kind: 'auto' };
    }
    if (key && USER_EVENT_KEY.test(key)) {
      // Alert.alert(title, message, [{ text, onPress }]): the button belongs to the dialog.
      const array = holder?.type === 'ArrayExpression' ? skipWrappersUp(holder).parent : undefined;
      if (array?.type === 'CallExpression' && dialogKind(sourceCode, array)) return { kind: 'user', dialog: array };
      return { kind: 'user' };
    }
    return { kind: 'opaque' };
  }
  if (parent.type === 'JSXExpressionContainer' && parent.parent?.type === 'JSXAttribute') return { kind: 'user' };
  return { kind: 'opaque' };
}

// ---------------------------------------------------------------------------------------------------------------
// Same-module functions: which local function a call reaches
// ---------------------------------------------------------------------------------------------------------------

function functionFromInit(init: Node | null | undefined): Fn | undefined {
  if (!init) return undefined;
  const expr = unwrapExpression(init);
  if (isFunction(expr)) return expr;
  if (expr.type === 'CallExpression') {
    const name = calleeName(expr);
    if ((name === 'useCallback' || name === 'useMemo') && expr.arguments[0] && isFunction(expr.arguments[0])) return expr.arguments[0];
  }
  return undefined;
}

/** Members (methods and function-valued properties) of the object literal or class that holds `fn`. */
function memberContainer(fn: Node): TSESTree.ObjectExpression | TSESTree.ClassBody | undefined {
  const self = skipWrappersUp(fn);
  const parent = self.parent;
  if (parent?.type === 'Property' && parent.parent?.type === 'ObjectExpression') return parent.parent;
  if ((parent?.type === 'MethodDefinition' || parent?.type === 'PropertyDefinition') && parent.parent?.type === 'ClassBody') return parent.parent;
  return undefined;
}

function findMember(container: TSESTree.ObjectExpression | TSESTree.ClassBody, name: string): Fn | undefined {
  if (container.type === 'ObjectExpression') {
    const prop = objectProperty(container, name);
    return prop ? functionFromInit(prop.value) : undefined;
  }
  for (const member of container.body) {
    if ((member.type === 'MethodDefinition' || member.type === 'PropertyDefinition') && propertyKey(member) === name) {
      return functionFromInit(member.value);
    }
  }
  return undefined;
}

const THIS_ALIASES: ReadonlySet<string> = new Set(['that', 'self', '_this', 'vm', '_self']);

/** The same-module function a call runs: `f()`, `const f = () => {}`, `this.method()` in a Page/Component/class. */
export function resolveLocalFunction(sourceCode: SourceCode, call: TSESTree.CallExpression): Fn | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type === 'Identifier') {
    const variable = findVariable(sourceCode, callee, callee.name);
    const def = variable?.defs[0];
    if (!def) return undefined;
    if (def.type === 'FunctionName' && def.node.type === 'FunctionDeclaration') return def.node;
    if (def.type === 'Variable' && def.node.id.type === 'Identifier') return functionFromInit(def.node.init);
    return undefined;
  }
  if (callee.type !== 'MemberExpression') return undefined;
  const object = unwrapExpression(callee.object);
  const isThis = object.type === 'ThisExpression' || (object.type === 'Identifier' && THIS_ALIASES.has(object.name));
  // A static method called by its class's name from inside the class (`MediaService.isNative()`).
  const ownClass = !isThis && object.type === 'Identifier' ? object.name : undefined;
  const name = staticPropertyName(callee);
  if ((!isThis && !ownClass) || !name) return undefined;
  for (let node: Node | undefined = call.parent; node; node = node.parent) {
    if (!isFunction(node)) continue;
    const container = memberContainer(node);
    if (!container) continue;
    if (ownClass) {
      const owner = container.parent;
      if (container.type === 'ClassBody' && (owner?.type === 'ClassDeclaration' || owner?.type === 'ClassExpression') && owner.id?.name === ownClass) {
        const method = findMember(container, name);
        if (method) return method;
      }
      continue;
    }
    const found = findMember(container, name);
    if (found) return found;
    // Vue options API: `methods: { … }` is a sibling of the lifecycle hooks.
    if (container.type === 'ObjectExpression') {
      const methods = objectProperty(container, 'methods')?.value;
      if (methods?.type === 'ObjectExpression') {
        const method = findMember(methods, name);
        if (method) return method;
      }
      const holder = container.parent;
      if (holder?.type === 'Property' && propertyKey(holder) === 'methods' && holder.parent?.type === 'ObjectExpression') {
        const sibling = findMember(holder.parent, name);
        if (sibling) return sibling;
      }
    }
  }
  return undefined;
}

/** Name under which a function is called: its declaration / variable name, or its member name. */
export function functionDisplayName(fn: Fn): string | undefined {
  if (fn.type === 'FunctionDeclaration') return fn.id?.name;
  let self: Node = skipWrappersUp(fn);
  if (self.parent?.type === 'CallExpression' && /^use(Callback|Memo)$/.test(calleeName(self.parent) ?? '')) self = self.parent;
  const parent = self.parent;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  if (parent?.type === 'Property' || parent?.type === 'MethodDefinition' || parent?.type === 'PropertyDefinition') return propertyKey(parent);
  return undefined;
}

/** The function whose invocation runs `node`: the nearest enclosing function reached through `auto` boundaries only. */
export function owningFunction(sourceCode: SourceCode, node: Node): Fn | undefined {
  for (let current: Node | undefined = node.parent; current; current = current.parent) {
    if (!isFunction(current)) continue;
    if (boundaryOf(sourceCode, current).kind !== 'auto') return current;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Lifecycle hooks that fire again and again (every show, focus or return to the foreground)
// ---------------------------------------------------------------------------------------------------------------

export interface LifecycleHook {
  fn: Fn;
  /** How messages name the hook: "`onShow`", "AppState `change` (active)", "navigation `focus` listener". */
  label: string;
  /**
   * Fires again when the app comes back to the foreground, e.g. when the user returns from the Settings app
   * (`onShow`, AppState `active`, `resume`). Navigation focus (`useFocusEffect`, a `focus` listener) does not.
   */
  foreground: boolean;
  /** A setInterval callback: it fires again on its own, every few seconds. */
  timer?: boolean;
  /** The setInterval call that sets the timer up (timers only). */
  setUp?: TSESTree.CallExpression;
}

/**
 * A callback that `setInterval` (the global) runs again and again: `setInterval(() => getMyLocation(), 3000)`. Kept
 * apart from lifecycleHookOf: a timer is no lifecycle hook for the rules that climb to one.
 */
export function intervalHookOf(sourceCode: SourceCode, fn: Fn): LifecycleHook | undefined {
  const holder = skipWrappersUp(fn);
  const parent = holder.parent;
  if (parent?.type !== 'CallExpression' || parent.arguments[0] !== holder || !isIntervalCall(sourceCode, parent)) return undefined;
  return intervalHook(fn, parent);
}

/** `setInterval(getMyLocation, 3000)`: the same-module function a global setInterval is handed by name. */
export function intervalReferenceHookOf(sourceCode: SourceCode, call: TSESTree.CallExpression): LifecycleHook | undefined {
  const callback = call.arguments[0] && unwrapExpression(call.arguments[0]);
  if (!callback || (callback.type !== 'Identifier' && callback.type !== 'MemberExpression') || !isIntervalCall(sourceCode, call)) return undefined;
  const fn = resolveLocalFunction(sourceCode, referenceAsCall(callback));
  return fn ? intervalHook(fn, call) : undefined;
}

function isIntervalCall(sourceCode: SourceCode, call: TSESTree.CallExpression): boolean {
  return calleeName(call) === 'setInterval' && isTimerCall(sourceCode, call);
}

function intervalHook(fn: Fn, call: TSESTree.CallExpression): LifecycleHook {
  const delay = call.arguments[1] && unwrapExpression(call.arguments[1]);
  const every = delay?.type === 'Literal' && typeof delay.value === 'number' ? ` (every ${delay.value} ms)` : '';
  return { fn, label: `a \`setInterval\` callback${every}`, foreground: false, timer: true, setUp: call };
}

/** Object-literal / class members that run each time a page or the app comes to the foreground. */
const SHOW_MEMBERS: ReadonlySet<string> = new Set(['onShow', 'componentDidShow', 'onPageShow', 'onForeground']);
const PAGE_FACTORIES: ReadonlySet<string> = new Set(['Page', 'App', 'Component', 'createPage', 'createComponent', 'defineComponent', 'definePage', 'createApp']);
const FOCUS_MODULES: ReadonlySet<string> = new Set(['@react-navigation/native', '@react-navigation/core', 'expo-router']);

/** `onShow` is a page hook only in a page / app / component definition (not in any object literal). */
function isShowContainer(object: TSESTree.ObjectExpression): boolean {
  const holder = object.parent;
  if (holder?.type === 'CallExpression') return PAGE_FACTORIES.has(calleeName(holder) ?? '');
  return holder?.type === 'ExportDefaultDeclaration';
}

/**
 * The re-firing lifecycle hook `fn` is the body of, judged from where it is written: `onShow` of a WeChat / uni-app
 * page, `pageLifetimes.show`, Taro `componentDidShow` / `useDidShow`, uni-app `onShow()`, `useFocusEffect`
 * (also through `useCallback`), a navigation `focus` listener, React Native `AppState` `change`, Capacitor
 * `resume` / `appStateChange`, `document` `visibilitychange`, HarmonyOS `onPageShow` / `onForeground`.
 */
export function lifecycleHookOf(sourceCode: SourceCode, fn: Fn): LifecycleHook | undefined {
  let holder: Node = skipWrappersUp(fn);
  if (holder.parent?.type === 'CallExpression' && holder.parent.arguments[0] === holder && /^use(Callback|Memo)$/.test(calleeName(holder.parent) ?? '')) {
    holder = skipWrappersUp(holder.parent);
  }
  const parent = holder.parent;
  if (!parent) return undefined;
  if (parent.type === 'Property' && parent.value === holder) {
    const key = propertyKey(parent);
    const object = parent.parent;
    if (!key || object?.type !== 'ObjectExpression') return undefined;
    if (SHOW_MEMBERS.has(key) && (key !== 'onShow' || isShowContainer(object))) return { fn, label: `\`${key}\``, foreground: true };
    if (key === 'show' && object.parent?.type === 'Property' && propertyKey(object.parent) === 'pageLifetimes') {
      return { fn, label: '`pageLifetimes.show`', foreground: true };
    }
    return undefined;
  }
  if ((parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && parent.value === holder) {
    const key = propertyKey(parent);
    return key && SHOW_MEMBERS.has(key) ? { fn, label: `\`${key}\``, foreground: true } : undefined;
  }
  if (parent.type !== 'CallExpression' || parent.callee === holder) return undefined;
  const name = calleeName(parent);
  if (!name) return undefined;
  if (name === 'onShow' || name === 'useDidShow' || name === 'useFocusEffect') {
    if (parent.arguments[0] !== holder) return undefined;
    const origin = resolveValueOrigin(sourceCode, parent.callee);
    if (origin?.kind !== 'module') return undefined;
    if ((name === 'onShow' && origin.module === '@dcloudio/uni-app') || (name === 'useDidShow' && origin.module === '@tarojs/taro')) {
      return { fn, label: `\`${name}\``, foreground: true };
    }
    if (name === 'useFocusEffect' && FOCUS_MODULES.has(origin.module)) return { fn, label: '`useFocusEffect`', foreground: false };
    return undefined;
  }
  if ((name !== 'addEventListener' && name !== 'addListener') || parent.arguments[1] !== holder) return undefined;
  const event = parent.arguments[0] && staticString(parent.arguments[0]);
  const callee = unwrapExpression(parent.callee);
  if (!event || callee.type !== 'MemberExpression') return undefined;
  if (event === 'focus') {
    // navigation.addListener('focus', …)
    const object = unwrapExpression(callee.object);
    const objectName = object.type === 'Identifier' ? object.name : object.type === 'MemberExpression' ? staticPropertyName(object) : undefined;
    return objectName && /navigation/i.test(objectName) ? { fn, label: 'navigation `focus` listener', foreground: false } : undefined;
  }
  const origin = resolveValueOrigin(sourceCode, callee.object);
  if (!origin) return undefined;
  if (event === 'change' && origin.kind === 'module' && origin.module === 'react-native' && origin.path.join('.') === 'AppState') {
    return { fn, label: 'AppState `change` (active)', foreground: true };
  }
  if ((event === 'appStateChange' || event === 'resume') && origin.kind === 'module' && origin.module === '@capacitor/app') {
    return { fn, label: `App \`${event}\``, foreground: true };
  }
  if (event === 'visibilitychange' && origin.kind === 'global' && origin.global === 'document' && origin.path.length === 0) {
    return { fn, label: 'document `visibilitychange`', foreground: true };
  }
  return undefined;
}

/**
 * The foreground hook whose run reaches `node`: an enclosing function that is one, or (through functions that are
 * only defined: methods, named helpers) a same-module caller inside one, at most three calls away. Stops at a
 * user action (a button runs it, not the return to the app) and at navigation-focus hooks.
 */
export function foregroundHookReaching(sourceCode: SourceCode, analysis: DenialAnalysis, node: Node): LifecycleHook | undefined {
  const seen = new Set<Node>();
  const climb = (from: Node, depth: number): LifecycleHook | undefined => {
    for (let child: Node = from, current: Node | undefined = from.parent; current; child = current, current = current.parent) {
      // Shown once: a stored "already shown" flag read on the way (`if (getStorageSync('promptShown')) return;`, or an
      // `if` on it) keeps the dialog from coming back each time the page shows.
      if (current.type === 'IfStatement' && child !== current.test && mentionsStorageRead(sourceCode, current.test)) return undefined;
      if (current.type === 'BlockStatement') {
        const index = current.body.indexOf(child as TSESTree.Statement);
        for (const statement of current.body.slice(0, Math.max(index, 0))) {
          if (statement.type === 'IfStatement' && definitelyExits(statement.consequent) && mentionsStorageRead(sourceCode, statement.test)) return undefined;
        }
      }
      if (!isFunction(current)) continue;
      if (seen.has(current)) return undefined;
      seen.add(current);
      const hook = lifecycleHookOf(sourceCode, current);
      if (hook) return hook.foreground ? hook : undefined;
      const boundary = boundaryOf(sourceCode, current).kind;
      if (boundary === 'user') return undefined;
      if (boundary === 'opaque') {
        if (depth >= 3) return undefined;
        for (const site of analysis.callSitesOf(current)) {
          const found = climb(site, depth + 1);
          if (found) return found;
        }
        return undefined;
      }
    }
    return undefined;
  };
  return climb(node, 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Walking what runs: calls reachable from a region, with the path conditions that lead to them
// ---------------------------------------------------------------------------------------------------------------

export interface Guard {
  test: TSESTree.Expression;
  /** The code runs when `test` is truthy (true) or falsy (false). */
  whenTrue: boolean;
}

export interface PathState {
  /** Crossed a setTimeout / setInterval callback. */
  timer: boolean;
  /** Crossed a user-action callback (button, dialog answer) or a check of the user's confirmation. */
  userAction: boolean;
  /** The nearest dialog whose callback we are in. */
  dialog?: TSESTree.CallExpression;
  guards: readonly Guard[];
}

export const INITIAL_PATH: PathState = { timer: false, userAction: false, guards: [] };

export type RunVisitor = (call: TSESTree.CallExpression, state: PathState) => void;

/**
 * Visit every call that runs when `roots` run, in source order, following nested functions that run on their own
 * (promise callbacks, array callbacks, IIFEs), timers and user-action callbacks (recorded in the state), but not
 * functions that are only defined or handed to unknown code.
 */
export function walkRuns(sourceCode: SourceCode, roots: readonly Node[], visit: RunVisitor, initial: PathState = INITIAL_PATH): void {
  const withGuard = (state: PathState, test: TSESTree.Expression, whenTrue: boolean): PathState => ({
    ...state,
    userAction: state.userAction || isUserConfirmation(sourceCode, test),
    guards: [...state.guards, { test, whenTrue }],
  });

  /** `if (!ok) return;` guards everything after it. */
  const afterEarlyExit = (stmt: TSESTree.IfStatement, state: PathState, exits: (branch: Node | null | undefined) => boolean): PathState => {
    if (exits(stmt.consequent) && !definitelyExits(stmt.alternate)) return withGuard(state, stmt.test, false);
    if (stmt.alternate && exits(stmt.alternate) && !definitelyExits(stmt.consequent)) return withGuard(state, stmt.test, true);
    return state;
  };

  const walkList = (statements: readonly Node[], state: PathState): void => {
    let current = state;
    for (const stmt of statements) {
      walk(stmt, current);
      if (stmt.type === 'IfStatement') current = afterEarlyExit(stmt, current, definitelyExits);
      // try { const s = await query(); if (s.state === 'denied') return; } catch {}: past the try, the check passed
      // (or the status could not be read at all). Only a return leaves: a throw lands in the catch.
      if (stmt.type === 'TryStatement') for (const inner of stmt.block.body) if (inner.type === 'IfStatement') current = afterEarlyExit(inner, current, definitelyReturns);
    }
  };

  const walk = (node: Node, state: PathState, isRoot = false): void => {
    if (!isRoot && isFunction(node)) {
      const boundary = boundaryOf(sourceCode, node);
      if (boundary.kind === 'opaque') return;
      const next: PathState = {
        ...state,
        timer: state.timer || boundary.kind === 'timer',
        userAction: state.userAction || boundary.kind === 'user',
        dialog: boundary.dialog ?? state.dialog,
      };
      // uni.getStorage({ key, success: useCached, fail: () => ask() }): what runs in its callbacks depends on what
      // was stored, as after `if (uni.getStorageSync(key)) return`.
      walk(node.body, boundary.storageRead ? withGuard(next, boundary.storageRead, true) : next);
      return;
    }
    if (isRoot && isFunction(node)) {
      walk(node.body, state);
      return;
    }
    switch (node.type) {
      case 'BlockStatement':
      case 'Program':
      case 'StaticBlock':
        walkList(node.body, state);
        return;
      case 'SwitchCase':
        if (node.test) walk(node.test, state);
        walkList(node.consequent, state);
        return;
      case 'IfStatement':
        walk(node.test, state);
        walk(node.consequent, withGuard(state, node.test, true));
        if (node.alternate) walk(node.alternate, withGuard(state, node.test, false));
        return;
      case 'ConditionalExpression':
        walk(node.test, state);
        walk(node.consequent, withGuard(state, node.test, true));
        walk(node.alternate, withGuard(state, node.test, false));
        return;
      case 'LogicalExpression':
        walk(node.left, state);
        walk(node.right, node.operator === '??' ? state : withGuard(state, node.left, node.operator === '&&'));
        return;
      case 'CallExpression':
        visit(node, state);
        break;
      default:
        break;
    }
    for (const child of childNodes(sourceCode, node)) walk(child, state);
  };

  for (const root of roots) walk(root, initial, true);
}

/** A test that checks the user's answer to a dialog: `res.confirm`, `await showRationale()`, `confirm('…')`. */
export function isUserConfirmation(sourceCode: SourceCode, test: Node): boolean {
  return someShallow(sourceCode, test, (node) => {
    if (node.type === 'MemberExpression' && staticPropertyName(node) === 'confirm') return true;
    if (node.type === 'CallExpression') return isConfirmingCall(sourceCode, node);
    if (node.type === 'Identifier' && node.parent?.type !== 'MemberExpression') {
      if (node.name === 'confirm' || node.name === 'confirmed') return true;
      const variable = findVariable(sourceCode, node, node.name);
      const def = variable?.defs[0];
      if (def?.type === 'Variable' && def.node.init) {
        const init = unwrapExpression(def.node.init);
        return init.type === 'CallExpression' && isConfirmingCall(sourceCode, init);
      }
    }
    return false;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Classifying tests on permission results
// ---------------------------------------------------------------------------------------------------------------

/**
 * How sure a test is about a denial:
 *  - blocked:    permanently denied (BLOCKED, NEVER_ASK_AGAIN, canAskAgain false, authSetting false);
 *  - denied:     the user said no ('denied' from a request or an unambiguous status API, authResults -1);
 *  - ambiguous:  'denied' from APIs that also say so when never asked (react-native-permissions check);
 *  - notGranted: anything but granted (a denial only right after a request).
 */
export type DenialLevel = 'blocked' | 'denied' | 'ambiguous' | 'notGranted';

const LEVEL_RANK: Record<DenialLevel, number> = { blocked: 3, denied: 2, ambiguous: 1, notGranted: 0 };

export interface Classification {
  /** 'denied': a truthy test means a denial; 'granted': a falsy test means a denial. */
  polarity: 'denied' | 'granted';
  level: DenialLevel;
  source?: PermissionCall;
}

type Tracked =
  | { kind: 'result'; source?: PermissionCall; fields: string[] }
  | { kind: 'bool'; cls: Classification };

type ConstKind = 'granted' | 'denied' | 'ambiguousDenied' | 'blocked' | 'neutral' | 'true' | 'false' | 'zero' | 'minusOne' | 'denyText';

const GRANT_FIELDS: ReadonlySet<string> = new Set(['granted', 'hasPermission', 'isGranted', 'authorized', 'allowed', 'permitted']);
const PSEUDO_RESULT_FIELDS: ReadonlySet<string> = new Set(['authSetting', 'authResults', 'deniedAlways', 'deniedPresent', 'errMsg']);
const DENY_TEXT = /(auth deny|auth denied|permission denied|\bdeny\b|\bdenied\b|notallowederror|not allowed)/i;

/** `res.authSetting['scope.userInfo']` (also `=== true`): wx.getSetting says the user authorised the scope. */
export function readsAuthorisedScope(test: Node): boolean | undefined {
  let expression = unwrapExpression(test);
  let positive = true;
  if (expression.type === 'UnaryExpression' && expression.operator === '!') {
    positive = false;
    expression = unwrapExpression(expression.argument);
  } else if (expression.type === 'BinaryExpression' && (expression.operator === '===' || expression.operator === '==')) {
    const right = unwrapExpression(expression.right);
    if (right.type !== 'Literal' || typeof right.value !== 'boolean') return undefined;
    positive = right.value;
    expression = unwrapExpression(expression.left);
  }
  if (expression.type !== 'MemberExpression') return undefined;
  const object = unwrapExpression(expression.object);
  // res.authSetting['scope.x'], or the destructured `const { authSetting } = res` / `success({ authSetting })`.
  const authSetting =
    (object.type === 'MemberExpression' && !object.computed && object.property.type === 'Identifier' && object.property.name === 'authSetting') ||
    (object.type === 'Identifier' && object.name === 'authSetting');
  return authSetting ? positive : undefined;
}

/** `a === b` / `a == b` (equal) or `a !== b` / `a != b` (not equal), with its sides; undefined for any other test. */
export function equalityTest(test: Node): { equal: boolean; left: TSESTree.Expression; right: TSESTree.Expression } | undefined {
  const expression = unwrapExpression(test);
  if (expression.type !== 'BinaryExpression' || expression.left.type === 'PrivateIdentifier') return undefined;
  const equal = expression.operator === '===' || expression.operator === '==';
  if (!equal && expression.operator !== '!==' && expression.operator !== '!=') return undefined;
  return { equal, left: expression.left, right: expression.right };
}

/**
 * DCloud's wa-permission helper (js_sdk/wa-permission/permission.js), copied into most uni-app Apps:
 * `requestAndroidPermission(id)` resolves 1 once the permission is granted (0 refused this time, -1 refused for good),
 * so `.then((res) => { if (res === 1) … })` runs where a read asks nothing. True for that test (false for `!== 1`).
 */
export function testsWaPermissionGranted(test: Node): boolean | undefined {
  const comparison = equalityTest(test);
  if (!comparison) return undefined;
  const { equal, left, right } = comparison;
  const isOne = (node: Node) => {
    const value = unwrapExpression(node);
    return value.type === 'Literal' && value.value === 1;
  };
  const result = isOne(right) ? unwrapExpression(left) : isOne(left) ? unwrapExpression(right) : undefined;
  if (result?.type !== 'Identifier') return undefined;
  // The first parameter of a `.then` callback on requestAndroidPermission(…).
  for (let node: Node | undefined = result.parent; node; node = node.parent) {
    if (!isFunction(node)) continue;
    const param = node.params[0];
    if (param?.type !== 'Identifier' || param.name !== result.name) return undefined;
    const then = skipWrappersUp(node).parent;
    if (then?.type !== 'CallExpression' || calleeName(then) !== 'then' || then.callee.type !== 'MemberExpression') return undefined;
    const asked = unwrapExpression(then.callee.object);
    return asked.type === 'CallExpression' && calleeName(asked) === 'requestAndroidPermission' ? equal : undefined;
  }
  return undefined;
}

/**
 * wa-permission's `judgeIosPermission(id)`: false when iOS has the permission refused (for location: any status but
 * denied, so a first launch still asks), so code behind a truthy result does not reach a user who said no. True for
 * `judgeIosPermission(…)` itself, false for its negation.
 */
export function testsWaPermissionNotRefused(test: Node): boolean | undefined {
  let expression = unwrapExpression(test);
  let positive = true;
  if (expression.type === 'UnaryExpression' && expression.operator === '!') {
    positive = false;
    expression = unwrapExpression(expression.argument);
  }
  return expression.type === 'CallExpression' && calleeName(expression) === 'judgeIosPermission' ? positive : undefined;
}

/**
 * The call runs only on the side of a branch where wx.getSetting reported the scope authorised: WeChat asks for the
 * privacy agreement before any scope, so that is a consent check; and a scope already granted shows no prompt.
 */
export function underAuthorisedScope(call: Node): boolean {
  return underBranch(call, readsAuthorisedScope);
}

/** The call runs only where the permission is granted already (wa-permission's requestAndroidPermission resolved 1): it asks nothing. */
export function underGrantedPermission(call: Node): boolean {
  return underBranch(call, testsWaPermissionGranted);
}

/** The call sits on the side of a branch where `reads` says its test holds (true) or fails (false). */
function underBranch(call: Node, reads: (test: Node) => boolean | undefined): boolean {
  for (let child: Node = call, parent = call.parent; parent; child = parent, parent = parent.parent) {
    let test: Node | undefined;
    let branch: boolean | undefined;
    if (parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') {
      test = parent.test;
      branch = child === parent.consequent ? true : child === parent.alternate ? false : undefined;
    } else if (parent.type === 'LogicalExpression' && parent.operator === '&&' && child === parent.right) {
      test = parent.left;
      branch = true;
    }
    if (!test || branch === undefined) continue;
    const authorised = reads(test);
    if (authorised !== undefined && authorised === branch) return true;
  }
  return false;
}

export function acceptsDenial(level: DenialLevel, source: PermissionCall | undefined): boolean {
  if (level === 'blocked' || level === 'denied') return true;
  return source?.role === 'request';
}

function flip(cls: Classification | undefined): Classification | undefined {
  return cls && { ...cls, polarity: cls.polarity === 'denied' ? 'granted' : 'denied' };
}

function constKind(node: Node): ConstKind | undefined {
  const expr = unwrapExpression(node);
  if (expr.type === 'Literal') {
    if (typeof expr.value === 'boolean') return expr.value ? 'true' : 'false';
    if (expr.value === 0) return 'zero';
    if (typeof expr.value === 'string') {
      const text = expr.value.toLowerCase();
      if (text === 'granted' || text === 'authorized' || text === 'limited' || text === 'provisional') return 'granted';
      if (text === 'denied') return 'denied';
      if (text === 'never_ask_again' || text === 'blocked') return 'blocked';
      if (/^(undetermined|not determined|notdetermined|prompt|prompt-with-rationale|unavailable|restricted|config_error)$/.test(text)) return 'neutral';
      if (DENY_TEXT.test(text)) return 'denyText';
    }
    return undefined;
  }
  if (expr.type === 'UnaryExpression' && expr.operator === '-' && expr.argument.type === 'Literal' && expr.argument.value === 1) return 'minusOne';
  if (expr.type === 'MemberExpression' && !expr.computed) {
    const name = staticPropertyName(expr);
    const chain = memberChainNames(expr);
    switch (name) {
      case 'GRANTED':
      case 'LIMITED':
      case 'AUTHORIZED':
      case 'PERMISSION_GRANTED':
      case 'PROVISIONAL':
        return 'granted';
      case 'BLOCKED':
      case 'NEVER_ASK_AGAIN':
        return 'blocked';
      case 'DENIED':
        // PermissionsAndroid.RESULTS.DENIED only comes from a request; Expo PermissionStatus.DENIED is a real denial.
        if (chain.includes('PermissionsAndroid') || chain.includes('PermissionStatus')) return 'denied';
        return 'ambiguousDenied';
      case 'PERMISSION_DENIED':
        return 'ambiguousDenied';
      case 'UNDETERMINED':
      case 'UNAVAILABLE':
        return 'neutral';
      default:
        return undefined;
    }
  }
  return undefined;
}

/** A constant that only a denial produces: BLOCKED, NEVER_ASK_AGAIN, PermissionsAndroid.RESULTS.DENIED, PermissionStatus.DENIED. */
function selfEvidentDenial(node: Node): Classification | undefined {
  const expr = unwrapExpression(node);
  const kind = constKind(expr);
  if (kind === 'blocked' && (expr.type === 'MemberExpression' || (expr.type === 'Literal' && expr.value === 'never_ask_again'))) {
    return { polarity: 'denied', level: 'blocked' };
  }
  if (kind === 'denied' && expr.type === 'MemberExpression') return { polarity: 'denied', level: 'denied' };
  return undefined;
}

export function memberChainNames(expr: TSESTree.MemberExpression): string[] {
  const names: string[] = [];
  let current: Node = expr;
  while (current.type === 'MemberExpression') {
    const name = staticPropertyName(current);
    if (name) names.push(name);
    current = unwrapExpression(current.object);
  }
  if (current.type === 'Identifier') names.push(current.name);
  return names;
}

function deniedLevelFor(source: PermissionCall | undefined): DenialLevel {
  if (!source) return 'ambiguous';
  if (source.role === 'request') return 'denied';
  return source.deniedIsAmbiguous ? 'ambiguous' : 'denied';
}

function truthiness(tracked: Tracked | undefined): Classification | undefined {
  if (!tracked) return undefined;
  if (tracked.kind === 'bool') return tracked.cls;
  const last = tracked.fields[tracked.fields.length - 1];
  if (last === undefined) {
    // A request resolving to a boolean (vision-camera requestPermission(), helpers): truthy = granted. A read that
    // asks as it reads resolves to its data (a position, Capacitor's watchPosition a watch id even when refused): no status.
    const readsData = tracked.source?.match?.entry.kind === 'data-read';
    return tracked.source?.role === 'request' && !readsData ? { polarity: 'granted', level: 'notGranted', source: tracked.source } : undefined;
  }
  if (GRANT_FIELDS.has(last) && !tracked.fields.includes('authSetting')) return { polarity: 'granted', level: 'notGranted', source: tracked.source };
  if (last === 'canAskAgain') return { polarity: 'granted', level: 'blocked', source: tracked.source };
  return undefined;
}

function compare(tracked: Tracked, kind: ConstKind): Classification | undefined {
  if (tracked.kind === 'bool') {
    if (kind === 'true') return tracked.cls;
    if (kind === 'false') return flip(tracked.cls);
    return undefined;
  }
  const { fields, source } = tracked;
  if (fields[0] === 'authSetting' || fields.includes('authSetting')) {
    // undefined = never asked, false = denied: only an explicit false is a denial.
    return kind === 'false' ? { polarity: 'denied', level: 'blocked', source } : undefined;
  }
  if (fields.includes('authResults')) {
    if (kind === 'zero' || kind === 'granted') return { polarity: 'granted', level: 'denied', source };
    if (kind === 'minusOne' || kind === 'ambiguousDenied' || kind === 'denied') return { polarity: 'denied', level: 'denied', source };
    return undefined;
  }
  if (fields[fields.length - 1] === 'errMsg') {
    return kind === 'denyText' ? { polarity: 'denied', level: 'denied', source } : undefined;
  }
  switch (kind) {
    case 'granted':
      return { polarity: 'granted', level: 'notGranted', source };
    case 'denied':
      return { polarity: 'denied', level: deniedLevelFor(source), source };
    case 'ambiguousDenied':
      return { polarity: 'denied', level: source?.role === 'request' ? 'denied' : 'ambiguous', source };
    case 'blocked':
      return { polarity: 'denied', level: 'blocked', source };
    case 'true':
      return truthiness(tracked);
    case 'false':
      return flip(truthiness(tracked));
    default:
      return undefined;
  }
}

function combine(operator: '&&' | '||', parts: (Classification | undefined)[]): Classification | undefined {
  const known = parts.filter((p): p is Classification => !!p);
  if (!known.length) return undefined;
  const denied = known.filter((p) => p.polarity === 'denied');
  const granted = known.filter((p) => p.polarity === 'granted');
  if (denied.length && granted.length) return undefined;
  const unrelated = known.length < parts.length;
  const strongest = (list: Classification[]) => list.reduce((a, b) => (LEVEL_RANK[b.level] > LEVEL_RANK[a.level] ? b : a));
  const weakest = (list: Classification[]) => list.reduce((a, b) => (LEVEL_RANK[b.level] < LEVEL_RANK[a.level] ? b : a));
  if (operator === '&&') {
    if (denied.length) return { ...strongest(denied), polarity: 'denied' };
    return unrelated ? undefined : { ...weakest(granted), polarity: 'granted' };
  }
  if (granted.length) return { ...strongest(granted), polarity: 'granted' };
  return unrelated ? undefined : { ...weakest(denied), polarity: 'denied' };
}

function flattenLogical(node: TSESTree.LogicalExpression, operator: string, out: Node[]): Node[] {
  for (const side of [node.left, node.right]) {
    const expr = unwrapExpression(side);
    if (expr.type === 'LogicalExpression' && expr.operator === operator) flattenLogical(expr, operator, out);
    else out.push(side);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Denial regions
// ---------------------------------------------------------------------------------------------------------------

export type DenialVia = 'branch' | 'fail-callback' | 'rejection' | 'error-callback' | 'loop';

export interface DenialRegion {
  /** Nodes that run only on denial (statements, expressions, or a callback function). */
  roots: Node[];
  /** The request / status call whose result was denied, when known. */
  source?: PermissionCall;
  level: DenialLevel;
  via: DenialVia;
  /** The test / callback that marks the denial, for messages. */
  anchor: Node;
}

const LOOP_TYPES: ReadonlySet<string> = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

/**
 * Whether `read` can see the value `write` assigned: it comes after it, or both sit in one loop (the test of
 * `while (!granted) { granted = await ask(); }` reads the answer from the second round on).
 */
function mayReadWrite(read: Node, write: Node): boolean {
  if (read.range[0] >= write.range[1]) return true;
  for (let node: Node | undefined = write.parent; node; node = node.parent) {
    if (node.type.endsWith('FunctionExpression') || node.type === 'FunctionDeclaration') return false;
    if (LOOP_TYPES.has(node.type) && node.range[0] <= read.range[0] && read.range[1] <= node.range[1]) return true;
  }
  return false;
}

/** Property names that are denial markers without knowing where the value came from. */
export const DENIAL_MARKER_PROPERTIES: ReadonlySet<string> = new Set([
  'authSetting', 'authResults', 'deniedAlways', 'deniedPresent', 'BLOCKED', 'NEVER_ASK_AGAIN', 'DENIED', 'PERMISSION_DENIED',
]);
export const DENIAL_MARKER_LITERALS: ReadonlySet<string> = new Set(['never_ask_again', 'blocked', 'denied']);

interface OwnerInfo {
  top: Node;
  owner: Node;
}

/**
 * Per-file analysis. Feed it every call (`noteCall`) and denial-marker member / literal (`noteMarker`) during
 * traversal, then call `regions()` at Program:exit.
 */
export class DenialAnalysis {
  readonly permissionCalls: PermissionCall[] = [];
  private readonly markers: Node[] = [];
  private readonly thisCalls = new Map<string, TSESTree.CallExpression[]>();
  private computed: DenialRegion[] | undefined;

  private readonly vars = new Map<Variable, Tracked>();
  /** Tracked variables that got their value by an assignment, not their declaration: where. */
  private readonly writes = new Map<Variable, Node>();
  private readonly calls = new Map<Node, Tracked>();
  private readonly ownersDone = new Set<Node>();
  private readonly regionList: DenialRegion[] = [];
  private readonly functionsDone = new Set<Node>();
  private budget = 2000;

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly matcher: ApiMatcher,
  ) {}

  /** Returns the permission call for `node`, if it is one. */
  noteCall(node: TSESTree.CallExpression): PermissionCall | undefined {
    const callee = node.callee;
    if (callee.type === 'MemberExpression' && (callee.object.type === 'ThisExpression' || (callee.object.type === 'Identifier' && THIS_ALIASES.has(callee.object.name)))) {
      const name = staticPropertyName(callee);
      if (name) {
        const list = this.thisCalls.get(name);
        if (list) list.push(node);
        else this.thisCalls.set(name, [node]);
      }
    }
    const call = classifyPermissionCall(this.sourceCode, this.matcher, node);
    if (call) this.permissionCalls.push(call);
    return call;
  }

  noteMarker(node: TSESTree.MemberExpression | TSESTree.Literal): void {
    this.markers.push(node);
  }

  regions(): DenialRegion[] {
    if (this.computed) return this.computed;
    for (const call of this.permissionCalls) {
      if (call.hook) this.followHook(call);
      else if (call.role !== 'settings') this.followResult(call.node, { kind: 'result', source: call, fields: [] }, call);
    }
    for (const marker of this.markers) this.followReference(marker);
    this.computed = this.regionList;
    return this.computed;
  }

  /** Regions whose roots contain `node`, nearest first, with the boundaries crossed on the way. */
  regionsContaining(node: Node): DenialRegion[] {
    const all = this.regions();
    if (!all.length) return [];
    const byRoot = new Map<Node, DenialRegion[]>();
    for (const region of all) for (const root of region.roots) byRoot.set(root, [...(byRoot.get(root) ?? []), region]);
    const found: DenialRegion[] = [];
    for (let current: Node | undefined = node; current; current = current.parent) {
      const list = byRoot.get(current);
      if (list) found.push(...list);
    }
    return found;
  }

  // -- following values ------------------------------------------------------------------------------------------

  private spend(): boolean {
    return this.budget-- > 0;
  }

  private addRegion(region: DenialRegion): void {
    if (!region.roots.length) return;
    if (this.regionList.some((r) => r.anchor === region.anchor && r.roots[0] === region.roots[0])) return;
    this.regionList.push(region);
    this.noteFalseReturn(region);
  }

  /** `if (denied) return false;` inside a helper makes the helper a "granted?" boolean producer. */
  private noteFalseReturn(region: DenialRegion): void {
    let returnsFalse = false;
    for (const root of region.roots) {
      walkReturns(this.sourceCode, root, (ret) => {
        const arg = ret.argument && unwrapExpression(ret.argument);
        if (arg?.type === 'Literal' && arg.value === false) returnsFalse = true;
      });
    }
    if (!returnsFalse) return;
    const fn = owningFunction(this.sourceCode, region.anchor);
    if (fn) this.registerProducer(fn, { kind: 'bool', cls: { polarity: 'granted', level: region.level, source: region.source } });
  }

  private followHook(call: PermissionCall): void {
    // const [status, request] = useXPermissions() / const { hasPermission } = useCameraPermission(): the state value.
    const parent = skipWrappersUp(call.node).parent;
    if (parent?.type !== 'VariableDeclarator' || parent.init !== skipWrappersUp(call.node)) return;
    const statusSource: PermissionCall = { ...call, role: 'status', hook: false, deniedIsAmbiguous: false };
    for (const variable of this.sourceCode.getDeclaredVariables(parent)) {
      const idNode = variable.defs[0]?.name as Node | undefined;
      const path = idNode && patternPath(parent.id, idNode);
      if (!path || path.length === 0) continue;
      if (path[0] === '0' || path[0] === 'hasPermission' || path[0] === 'status') {
        const fields = path[0] === '0' ? path.slice(1) : path;
        this.trackVariable(variable, { kind: 'result', source: statusSource, fields });
      }
    }
  }

  /** Where the value of a result-producing expression goes. */
  private followResult(node: Node, tracked: Tracked, source: PermissionCall | undefined): void {
    if (!this.spend()) return;
    if (this.calls.has(node) && node !== source?.node) return;
    this.calls.set(node, tracked);
    if (source && source.node === node) {
      this.followCallbacks(source);
      this.followPromise(source);
      this.followTryCatch(source);
    }
    this.followReference(node);
  }

  private followCallbacks(source: PermissionCall): void {
    const args = source.node.arguments;
    // Positional callbacks (success, error): inline functions or references to them (`show`, `this.onError`).
    const functions: (Fn | undefined)[] = [];
    for (const arg of args) {
      const expr = unwrapExpression(arg);
      if (expr.type === 'ObjectExpression') {
        for (const key of ['success', 'complete', 'fail'] as const) {
          const prop = objectProperty(expr, key);
          const fn = prop && (functionFromInit(prop.value) ?? this.localFunctionOf(prop.value));
          if (!fn) continue;
          if (key === 'fail') {
            this.addRegion({ roots: [fn], source, level: 'denied', via: 'fail-callback', anchor: prop });
            this.trackParam(fn, 0, { kind: 'result', source, fields: ['error'] });
          } else {
            this.trackParam(fn, 0, { kind: 'result', source, fields: [] });
          }
        }
      } else {
        const fn = functionFromInit(expr) ?? this.localFunctionOf(expr);
        if (fn) functions.push(fn);
        else if (source.rejectsOnDenial && isCallbackReference(expr)) functions.push(undefined);
      }
    }
    if (!functions.length) return;
    const [first, second] = functions;
    // (err, data) => … (HarmonyOS callback form) or (result) => … (success callbacks).
    if (!first) {
      // success callback we cannot see into
    } else if (first.params.length >= 2 && /^(err|error|e)$/i.test(first.params[0].type === 'Identifier' ? first.params[0].name : '')) {
      this.trackParam(first, 1, { kind: 'result', source, fields: [] });
    } else {
      this.trackParam(first, 0, { kind: 'result', source, fields: [] });
    }
    if (second && source.rejectsOnDenial) {
      this.addRegion({ roots: [second], source, level: 'denied', via: 'error-callback', anchor: second });
    }
  }

  private followPromise(source: PermissionCall): void {
    let current: Node = skipWrappersUp(source.node);
    let first = true;
    for (;;) {
      const member = current.parent;
      if (member?.type !== 'MemberExpression' || member.object !== current) return;
      const name = staticPropertyName(member);
      const call = skipWrappersUp(member).parent;
      if (call?.type !== 'CallExpression' || call.callee !== skipWrappersUp(member)) return;
      if (name === 'then') {
        const onFulfilled = call.arguments[0] && (functionFromInit(call.arguments[0]) ?? this.localFunctionOf(call.arguments[0]));
        if (onFulfilled && first) this.trackParam(onFulfilled, 0, { kind: 'result', source, fields: [] });
        const onRejected = call.arguments[1] && (functionFromInit(call.arguments[1]) ?? this.localFunctionOf(call.arguments[1]));
        if (onRejected && source.rejectsOnDenial) this.addRegion({ roots: [onRejected], source, level: 'denied', via: 'rejection', anchor: onRejected });
        first = false;
      } else if (name === 'catch') {
        const onRejected = call.arguments[0] && (functionFromInit(call.arguments[0]) ?? this.localFunctionOf(call.arguments[0]));
        if (onRejected && source.rejectsOnDenial) this.addRegion({ roots: [onRejected], source, level: 'denied', via: 'rejection', anchor: onRejected });
      } else if (name !== 'finally') {
        return;
      }
      current = skipWrappersUp(call);
    }
  }

  private followTryCatch(source: PermissionCall): void {
    if (!source.rejectsOnDenial) return;
    let child: Node = source.node;
    for (let node: Node | undefined = source.node.parent; node; child = node, node = node.parent) {
      if (isFunction(node)) return;
      if (node.type === 'TryStatement' && node.block === child && node.handler) {
        // Only an awaited call throws into the surrounding try.
        if (someAncestorAwait(source.node, node)) {
          this.addRegion({ roots: [node.handler.body], source, level: 'denied', via: 'rejection', anchor: node.handler });
        }
        return;
      }
    }
  }

  private localFunctionOf(node: Node): Fn | undefined {
    const expr = unwrapExpression(node);
    if (expr.type !== 'Identifier' && expr.type !== 'MemberExpression') return undefined;
    const fake = { type: 'CallExpression', callee: expr, arguments: [], optional: false, parent: expr.parent } as unknown as TSESTree.CallExpression;
    return resolveLocalFunction(this.sourceCode, fake);
  }

  private trackParam(fn: Fn, index: number, tracked: Tracked): void {
    const param = fn.params[index];
    if (!param) return;
    const target = param.type === 'AssignmentPattern' ? param.left : param;
    for (const variable of this.sourceCode.getDeclaredVariables(fn)) {
      const idNode = variable.defs[0]?.name as Node | undefined;
      if (!idNode) continue;
      const path = patternPath(target, idNode);
      if (!path) continue;
      if (tracked.kind === 'result') this.trackVariable(variable, { ...tracked, fields: [...tracked.fields, ...path] });
      else if (path.length === 0) this.trackVariable(variable, tracked);
    }
  }

  /**
   * `writtenAt`: the assignment that put the value in a variable declared earlier (`granted = await ask()`). Only
   * reads that can see that write carry it: `let granted = isGranted(); if (!granted) { granted = await ask(); }`
   * tests the earlier value, not the answer.
   */
  private trackVariable(variable: Variable, tracked: Tracked, writtenAt?: Node): void {
    if (this.vars.has(variable) || !this.spend()) return;
    this.vars.set(variable, tracked);
    if (writtenAt) this.writes.set(variable, writtenAt);
    for (const ref of variable.references) {
      if (ref.isRead() && (!writtenAt || mayReadWrite(ref.identifier as Node, writtenAt))) this.followReference(ref.identifier as Node);
    }
  }

  /** From a use of a tracked value, find the test / declaration / return that consumes it. */
  private followReference(node: Node): void {
    if (!this.spend()) return;
    const info = ascendToOwner(node);
    if (!info || this.ownersDone.has(info.top)) return;
    const { top, owner } = info;
    switch (owner.type) {
      case 'IfStatement':
      case 'ConditionalExpression':
      case 'WhileStatement':
      case 'DoWhileStatement':
        if ((owner as { test: Node }).test !== top) return;
        this.ownersDone.add(top);
        this.regionsForTest(owner, top);
        return;
      case 'SwitchStatement':
        if (owner.discriminant !== top) return;
        this.ownersDone.add(top);
        this.regionsForSwitch(owner);
        return;
      case 'SwitchCase':
        // `case RESULTS.BLOCKED:` on a value we could not trace.
        if (owner.test !== top || !owner.parent || this.ownersDone.has(owner.parent.discriminant)) return;
        this.ownersDone.add(top);
        this.regionsForSwitch(owner.parent);
        return;
      case 'VariableDeclarator': {
        if (owner.init !== top) return;
        this.ownersDone.add(top);
        const value = this.valueOf(top);
        const cls = value ? undefined : this.classify(top);
        for (const variable of this.sourceCode.getDeclaredVariables(owner)) {
          const idNode = variable.defs[0]?.name as Node | undefined;
          const path = idNode && patternPath(owner.id, idNode);
          if (!path) continue;
          if (value?.kind === 'result') this.trackVariable(variable, { ...value, fields: [...value.fields, ...path] });
          else if (value?.kind === 'bool' && path.length === 0) this.trackVariable(variable, value);
          else if (cls && path.length === 0) this.trackVariable(variable, { kind: 'bool', cls });
        }
        return;
      }
      case 'AssignmentExpression': {
        if (owner.right !== top || owner.left.type !== 'Identifier') return;
        this.ownersDone.add(top);
        const variable = findVariable(this.sourceCode, owner.left, owner.left.name);
        const value = this.valueOf(top);
        const cls = value ? undefined : this.classify(top);
        if (variable && value) this.trackVariable(variable, value, owner);
        else if (variable && cls) this.trackVariable(variable, { kind: 'bool', cls }, owner);
        return;
      }
      case 'ReturnStatement':
      case 'ArrowFunctionExpression': {
        if (owner.type === 'ArrowFunctionExpression' && owner.body !== top) return;
        this.ownersDone.add(top);
        const fn = owner.type === 'ArrowFunctionExpression' ? owner : owningFunction(this.sourceCode, owner);
        if (!fn) return;
        const value = this.valueOf(top);
        if (value?.kind === 'result' && value.fields.length === 0) {
          this.registerProducer(fn, value);
          return;
        }
        if (top.type === 'LogicalExpression') this.regionsForShortCircuit(top);
        const cls = value?.kind === 'bool' ? value.cls : this.classify(top);
        if (cls) this.registerProducer(fn, { kind: 'bool', cls });
        return;
      }
      case 'CallExpression': {
        // handleResult(result): follow into a same-module helper's parameter.
        const index = owner.arguments.indexOf(top as TSESTree.CallExpressionArgument);
        if (index < 0) return;
        this.ownersDone.add(top);
        const fn = resolveLocalFunction(this.sourceCode, owner);
        const value = this.valueOf(top);
        if (fn && value) this.trackParam(fn, index, value);
        return;
      }
      case 'ExpressionStatement':
        if (top.type === 'LogicalExpression') {
          this.ownersDone.add(top);
          this.regionsForShortCircuit(top);
        }
        return;
      default:
        if (top.type === 'LogicalExpression') {
          this.ownersDone.add(top);
          this.regionsForShortCircuit(top);
        }
    }
  }

  /** A function that returns a permission result (or a boolean derived from one): its calls carry it too. */
  private registerProducer(fn: Fn, tracked: Tracked): void {
    if (this.functionsDone.has(fn)) return;
    this.functionsDone.add(fn);
    for (const site of this.callSitesOf(fn)) {
      if (tracked.kind === 'result' && tracked.source) {
        const source: PermissionCall = { ...tracked.source, node: site, via: site };
        this.followResult(site, { kind: 'result', source, fields: [] }, source);
      } else {
        this.followResult(site, tracked, undefined);
      }
    }
  }

  /** Same-module calls of `fn`: through its declared name, or `this.name()` for methods. */
  callSitesOf(fn: Fn): TSESTree.CallExpression[] {
    const sites: TSESTree.CallExpression[] = [];
    const self = skipWrappersUp(fn);
    let holder: Node = self;
    if (holder.parent?.type === 'CallExpression' && /^use(Callback|Memo)$/.test(calleeName(holder.parent) ?? '')) holder = holder.parent;
    const parent = holder.parent;
    let variable: Variable | undefined;
    if (fn.type === 'FunctionDeclaration' && fn.id) variable = findVariable(this.sourceCode, fn.id, fn.id.name);
    else if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') variable = findVariable(this.sourceCode, parent.id, parent.id.name);
    if (variable) {
      for (const ref of variable.references) {
        const id = ref.identifier as Node;
        const call = skipWrappersUp(id).parent;
        if (call?.type === 'CallExpression' && call.callee === skipWrappersUp(id)) sites.push(call);
      }
      return sites;
    }
    const name = functionDisplayName(fn);
    if (name) {
      for (const call of this.thisCalls.get(name) ?? []) if (resolveLocalFunction(this.sourceCode, call) === fn) sites.push(call);
    }
    return sites;
  }

  // -- turning tests into regions --------------------------------------------------------------------------------

  private regionsForTest(owner: Node, test: Node): void {
    const cls = this.classify(test);
    if (!cls || !acceptsDenial(cls.level, cls.source)) return;
    const base = { source: cls.source, level: cls.level, anchor: test };
    if (owner.type === 'IfStatement') {
      if (cls.polarity === 'denied') this.addRegion({ ...base, roots: [owner.consequent], via: 'branch' });
      else {
        const roots: Node[] = owner.alternate ? [owner.alternate] : [];
        // if (granted) { …; return; }  <denial code>
        if (!owner.alternate && definitelyExits(owner.consequent)) roots.push(...followingStatements(owner));
        this.addRegion({ ...base, roots, via: 'branch' });
      }
    } else if (owner.type === 'ConditionalExpression') {
      this.addRegion({ ...base, roots: [cls.polarity === 'denied' ? owner.consequent : owner.alternate], via: 'branch' });
    } else if (owner.type === 'WhileStatement' || owner.type === 'DoWhileStatement') {
      if (cls.polarity === 'denied') this.addRegion({ ...base, roots: [owner.body], via: 'loop' });
    }
  }

  private regionsForShortCircuit(expr: TSESTree.LogicalExpression): void {
    if (expr.operator === '??') return;
    const cls = this.classify(expr.left);
    if (!cls || !acceptsDenial(cls.level, cls.source)) return;
    if ((expr.operator === '&&' && cls.polarity === 'denied') || (expr.operator === '||' && cls.polarity === 'granted')) {
      this.addRegion({ roots: [expr.right], source: cls.source, level: cls.level, via: 'branch', anchor: expr.left });
    }
  }

  private regionsForSwitch(owner: TSESTree.SwitchStatement): void {
    const discriminant = this.valueOf(owner.discriminant);
    const cases = owner.cases;
    for (let i = 0; i < cases.length; i++) {
      const test = cases[i].test;
      if (!test) continue;
      const kind = constKind(test);
      const cls = discriminant ? kind && compare(discriminant, kind) : selfEvidentDenial(test);
      if (!cls || cls.polarity !== 'denied' || !acceptsDenial(cls.level, cls.source)) continue;
      // Fall-through: `case DENIED: case BLOCKED: …` share the first non-empty consequent.
      let j = i;
      while (j < cases.length && cases[j].consequent.length === 0) j++;
      if (j < cases.length) this.addRegion({ roots: [...cases[j].consequent], source: cls.source, level: cls.level, via: 'branch', anchor: cases[i] });
    }
  }

  // -- values and tests ------------------------------------------------------------------------------------------

  private valueOf(node: Node): Tracked | undefined {
    const expr = unwrapExpression(node);
    const direct = this.calls.get(expr) ?? (expr !== node ? this.calls.get(node) : undefined);
    if (direct) return direct;
    switch (expr.type) {
      case 'Identifier': {
        const variable = findVariable(this.sourceCode, expr, expr.name);
        if (!variable) return undefined;
        const write = this.writes.get(variable);
        return write && !mayReadWrite(expr, write) ? undefined : this.vars.get(variable);
      }
      case 'MemberExpression': {
        const name = staticPropertyName(expr) ?? '[]';
        const base = this.valueOf(expr.object);
        if (base?.kind === 'result') return { ...base, fields: [...base.fields, name] };
        if (!base && PSEUDO_RESULT_FIELDS.has(name)) return { kind: 'result', fields: [name] };
        return undefined;
      }
      case 'CallExpression': {
        // Object.values(results) → the values of a requestMultiple() map.
        const callee = unwrapExpression(expr.callee);
        if (
          callee.type === 'MemberExpression' &&
          callee.object.type === 'Identifier' &&
          callee.object.name === 'Object' &&
          staticPropertyName(callee) === 'values' &&
          expr.arguments[0]
        ) {
          const base = this.valueOf(expr.arguments[0]);
          if (base?.kind === 'result') return { ...base, fields: [...base.fields, '[]'] };
        }
        return undefined;
      }
      default:
        return undefined;
    }
  }

  classify(node: Node): Classification | undefined {
    const expr = unwrapExpression(node);
    switch (expr.type) {
      case 'UnaryExpression':
        return expr.operator === '!' ? flip(this.classify(expr.argument)) : undefined;
      case 'LogicalExpression':
        if (expr.operator === '??') return undefined;
        return combine(expr.operator, flattenLogical(expr, expr.operator, []).map((part) => this.classify(part)));
      case 'BinaryExpression':
        return this.classifyBinary(expr);
      case 'CallExpression': {
        const tracked = this.calls.get(expr);
        if (tracked) return truthiness(tracked);
        return this.classifyMethodCall(expr);
      }
      case 'Identifier':
      case 'MemberExpression':
        return truthiness(this.valueOf(expr));
      default:
        return undefined;
    }
  }

  private classifyBinary(expr: TSESTree.BinaryExpression): Classification | undefined {
    const { operator } = expr;
    if (operator === '===' || operator === '==' || operator === '!==' || operator === '!=') {
      const negate = operator === '!==' || operator === '!=';
      let cls: Classification | undefined;
      const left = this.valueOf(expr.left);
      const right = constKind(expr.right);
      if (left && right) cls = compare(left, right);
      else {
        const rightValue = this.valueOf(expr.right);
        const leftKind = constKind(expr.left);
        if (rightValue && leftKind) cls = compare(rightValue, leftKind);
        else {
          // RESULTS.BLOCKED / PermissionsAndroid.RESULTS.NEVER_ASK_AGAIN speak for themselves, whatever the other side.
          cls = selfEvidentDenial(expr.right) ?? selfEvidentDenial(expr.left);
          if (!cls) {
            return (
              this.classifyIndexOf(expr.left, expr.right, negate ? 'found' : 'missing') ??
              this.classifyIndexOf(expr.right, expr.left, negate ? 'found' : 'missing')
            );
          }
        }
      }
      return negate ? flip(cls) : cls;
    }
    if (operator === '>' || operator === '>=' || operator === '<' || operator === '<=') {
      // deniedAlways.length > 0, errMsg.indexOf('deny') > -1
      const left = unwrapExpression(expr.left);
      if (left.type === 'MemberExpression' && staticPropertyName(left) === 'length') {
        const base = this.valueOf(left.object);
        const last = base?.kind === 'result' ? base.fields[base.fields.length - 1] : undefined;
        const zero = constKind(expr.right) === 'zero';
        if ((last === 'deniedAlways' || last === 'deniedPresent') && zero && (operator === '>' || operator === '<=')) {
          const cls: Classification = { polarity: 'denied', level: last === 'deniedAlways' ? 'blocked' : 'denied', source: base?.kind === 'result' ? base.source : undefined };
          return operator === '>' ? cls : flip(cls);
        }
      }
      const positive = operator === '>' || operator === '>=';
      return this.classifyIndexOf(expr.left, expr.right, positive ? 'found' : 'missing');
    }
    return undefined;
  }

  /** `errMsg.indexOf('auth deny') !== -1` and friends. `mode` says what the comparison means for the index. */
  private classifyIndexOf(callSide: Node, other: Node, mode: 'found' | 'missing'): Classification | undefined {
    const call = unwrapExpression(callSide);
    if (call.type !== 'CallExpression' || calleeName(call) !== 'indexOf') return undefined;
    const kindOther = constKind(other);
    if (kindOther !== 'minusOne' && kindOther !== 'zero') return undefined;
    const callee = unwrapExpression(call.callee);
    if (callee.type !== 'MemberExpression' || !call.arguments[0]) return undefined;
    const base = this.valueOf(callee.object);
    const text = staticString(call.arguments[0]);
    if (base?.kind !== 'result' || text === undefined || !DENY_TEXT.test(text)) return undefined;
    const cls: Classification = { polarity: 'denied', level: 'denied', source: base.source };
    return mode === 'found' ? cls : flip(cls);
  }

  private classifyMethodCall(expr: TSESTree.CallExpression): Classification | undefined {
    const callee = unwrapExpression(expr.callee);
    if (callee.type !== 'MemberExpression') return undefined;
    const name = staticPropertyName(callee);
    if (name !== 'includes' && name !== 'every' && name !== 'some') return undefined;
    const base = this.valueOf(callee.object);
    if (base?.kind !== 'result' || !expr.arguments[0]) return undefined;
    const element: Tracked = { ...base, fields: [...base.fields, '[]'] };
    if (name === 'includes') {
      const last = base.fields[base.fields.length - 1];
      const text = staticString(expr.arguments[0]);
      if (last === 'errMsg' && text !== undefined && DENY_TEXT.test(text)) return { polarity: 'denied', level: 'denied', source: base.source };
      const kind = constKind(expr.arguments[0]);
      const cls = kind && compare(element, kind);
      return cls?.polarity === 'denied' ? cls : undefined;
    }
    // results.every((r) => r === GRANTED), authResults.some((r) => r !== 0)
    const fn = functionFromInit(expr.arguments[0]);
    if (!fn || fn.params.length === 0 || fn.params[0].type !== 'Identifier') return undefined;
    const variable = this.sourceCode.getDeclaredVariables(fn).find((v) => v.defs[0]?.name === fn.params[0]);
    if (!variable) return undefined;
    const previous = this.vars.get(variable);
    this.vars.set(variable, element);
    let body: Node | undefined = fn.body;
    if (body.type === 'BlockStatement') {
      const ret = body.body.length === 1 && body.body[0].type === 'ReturnStatement' ? body.body[0].argument : undefined;
      body = ret ?? undefined;
    }
    const cls = body ? this.classify(body) : undefined;
    if (previous) this.vars.set(variable, previous);
    else this.vars.delete(variable);
    return cls;
  }
}

/** `show`, `this.onError`: a reference that is probably a callback (not a constant such as PERMISSIONS.CAMERA). */
function isCallbackReference(expr: Node): boolean {
  if (expr.type === 'Identifier') return !/^[A-Z0-9_]+$/.test(expr.name);
  if (expr.type === 'MemberExpression') {
    const name = staticPropertyName(expr);
    return !!name && !/^[A-Z0-9_]+$/.test(name);
  }
  return false;
}

function someAncestorAwait(node: Node, stop: Node): boolean {
  for (let current: Node | undefined = node.parent; current && current !== stop; current = current.parent) {
    if (current.type === 'AwaitExpression') return true;
    if (current.type === 'VariableDeclarator' || current.type === 'ExpressionStatement') break;
  }
  // `const r = await x.then(...)` / `await Promise.all([...])`: any await between the call and its statement.
  let statement: Node | undefined = node;
  while (statement && statement.parent && statement.parent !== stop && !/Statement|Declaration$/.test(statement.type)) statement = statement.parent;
  return !!statement && someNode(statement, (n) => n.type === 'AwaitExpression');
}

function someNode(root: Node, predicate: (node: Node) => boolean): boolean {
  // Only used on single statements: a plain recursive scan over object keys is fine here.
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (!value || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      stack.push(...value);
      continue;
    }
    const node = value as Node;
    if (typeof node.type !== 'string') continue;
    if (predicate(node)) return true;
    if (isFunction(node) && node !== root) continue;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'parent' || key === 'loc' || key === 'range' || key === 'tokens' || key === 'comments') continue;
      if (child && typeof child === 'object') stack.push(child);
    }
  }
  return false;
}

function walkReturns(sourceCode: SourceCode, root: Node, visit: (ret: TSESTree.ReturnStatement) => void): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'ReturnStatement') visit(node);
    if (isFunction(node)) continue;
    stack.push(...childNodes(sourceCode, node));
  }
}

function followingStatements(stmt: Node): Node[] {
  const parent = stmt.parent;
  const list =
    parent?.type === 'BlockStatement' || parent?.type === 'Program' || parent?.type === 'StaticBlock'
      ? parent.body
      : parent?.type === 'SwitchCase'
        ? parent.consequent
        : undefined;
  if (!list) return [];
  const index = (list as Node[]).indexOf(stmt);
  return index < 0 ? [] : (list as Node[]).slice(index + 1);
}

/** Climb from a value through the operators that test it to the statement / expression that consumes the test. */
function ascendToOwner(node: Node): OwnerInfo | undefined {
  let current: Node = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return undefined;
    switch (parent.type) {
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSSatisfiesExpression':
      case 'TSTypeAssertion':
      case 'ChainExpression':
      case 'AwaitExpression':
      case 'BinaryExpression':
      case 'LogicalExpression':
        current = parent;
        continue;
      case 'UnaryExpression':
        if (parent.operator !== '!') return { top: current, owner: parent };
        current = parent;
        continue;
      case 'MemberExpression':
        if (parent.object !== current) return { top: current, owner: parent };
        current = parent;
        continue;
      case 'CallExpression': {
        const name = calleeName(parent);
        // results.every(...) / list.includes(x): the member was the callee.
        if (parent.callee === current && (name === 'every' || name === 'some' || name === 'includes' || name === 'indexOf')) {
          current = parent;
          continue;
        }
        // Object.values(results)
        const callee = unwrapExpression(parent.callee);
        if (
          callee.type === 'MemberExpression' &&
          callee.object.type === 'Identifier' &&
          callee.object.name === 'Object' &&
          staticPropertyName(callee) === 'values'
        ) {
          current = parent;
          continue;
        }
        return { top: current, owner: parent };
      }
      default:
        return { top: current, owner: parent };
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Stored-denial checks (the 48-hour store rule) and permission relatedness
// ---------------------------------------------------------------------------------------------------------------

const DENIAL_MEMORY_NAME = /(deni|declin|reject|refus|cool_?down|last_?(ask|prompt|request)|asked|prompted|throttl|should_?(ask|prompt|request)|can_?(ask|prompt|request)|never_?ask|blocked|snooze|suppress)/i;
const STORAGE_READS: ReadonlySet<string> = new Set(['getItem', 'getStorageSync', 'getStorage', 'getString', 'getNumber', 'getBoolean', 'getSync', 'getPreferences']);
const STORAGE_OBJECT = /(storage|store|prefs?|preferences|mmkv|cache|kv|settings)/i;

/** A read from persistent storage: `AsyncStorage.getItem`, `wx.getStorageSync`, MMKV `getBoolean`, `storage.get` … */
function isStorageRead(call: TSESTree.CallExpression): boolean {
  const name = calleeName(call);
  if (name && STORAGE_READS.has(name)) return true;
  return name === 'get' && STORAGE_OBJECT.test(calleeObjectName(call) ?? '');
}

/** Status constants and strings whose meaning depends on which side of the test the request is on. */
const STATUS_CONSTANT_NAMES: ReadonlySet<string> = new Set(['DENIED', 'BLOCKED', 'NEVER_ASK_AGAIN', 'PERMISSION_DENIED']);
const STATUS_STRINGS: ReadonlySet<string> = new Set(['denied', 'blocked', 'never_ask_again']);

function isStatusConstant(node: Node): boolean {
  const expr = unwrapExpression(node);
  if (expr.type === 'Literal') return typeof expr.value === 'string' && STATUS_STRINGS.has(expr.value);
  if (expr.type === 'MemberExpression') return STATUS_CONSTANT_NAMES.has(staticPropertyName(expr) ?? '');
  return false;
}

/**
 * Comparisons with a denial status in `test`: for each, whether it is true when the status IS a denial (taking
 * `!` around it into account). Empty when the test compares no status.
 */
function statusComparisons(test: Node, ignored: readonly Node[] = []): boolean[] {
  const out: boolean[] = [];
  const visit = (node: Node, negated: boolean): void => {
    const expr = unwrapExpression(node);
    if (expr.type === 'UnaryExpression' && expr.operator === '!') visit(expr.argument, !negated);
    else if (expr.type === 'LogicalExpression') {
      visit(expr.left, negated);
      visit(expr.right, negated);
    } else if (
      expr.type === 'BinaryExpression' &&
      (isStatusConstant(expr.left) || isStatusConstant(expr.right)) &&
      !ignored.some((n) => isWithin(n, expr.left) || isWithin(n, expr.right))
    ) {
      const equal = expr.operator === '===' || expr.operator === '==';
      const unequal = expr.operator === '!==' || expr.operator === '!=';
      if (equal || unequal) out.push(equal !== negated);
    }
  };
  visit(test, false);
  return out;
}

/**
 * A guard that keeps a request away from a remembered denial: the request runs (`whenTrue` says on which side of
 * the test) only when no denial is on record. Recognised: a classified denial test on the right side
 * (`authSetting['scope.x'] === false → return`, `if (canAskAgain) request()`), a comparison with a denial status on
 * the right side (`if (status === 'denied') return`), or — side unknown, so accepted either way — a storage read or
 * a name that records a denial or a cool-down (`deniedAt`, `lastAskedAt`, `cooldown`, `shouldAsk` …).
 * `ignored` parts of the test (flags known to live only in memory) count neither by name nor as a status.
 */
export function isStoredDenialCheck(
  sourceCode: SourceCode,
  analysis: DenialAnalysis | undefined,
  test: Node,
  whenTrue = false,
  depth = 0,
  ignored: readonly Node[] = [],
): boolean {
  if (analysis && depth === 0) {
    const cls = analysis.classify(test);
    if (cls && (cls.level === 'blocked' || cls.level === 'denied')) {
      // 'denied' polarity: a truthy test means denied, so the request must be on the falsy side.
      return cls.polarity === 'denied' ? !whenTrue : whenTrue;
    }
  }
  const comparisons = depth === 0 ? statusComparisons(test, ignored) : [];
  if (comparisons.length) return comparisons.every((trueWhenDenied) => trueWhenDenied !== whenTrue);
  return someShallow(sourceCode, test, (node) => {
    if (ignored.some((flag) => isWithin(node, flag))) return false;
    if (node.type === 'CallExpression') {
      if (isStorageRead(node)) return true;
      const name = calleeName(node);
      if (name && DENIAL_MEMORY_NAME.test(name)) return true;
      return false;
    }
    if (node.type === 'Identifier') {
      if (STATUS_CONSTANT_NAMES.has(node.name)) return false;
      if (DENIAL_MEMORY_NAME.test(node.name)) return true;
      if (depth > 1 || (node.parent?.type === 'MemberExpression' && (node.parent as TSESTree.MemberExpression).property === node)) return false;
      const variable = findVariable(sourceCode, node, node.name);
      const def = variable?.defs[0];
      if (def?.type === 'Variable' && def.node.init && def.node.range[1] < test.range[0]) {
        return isStoredDenialCheck(sourceCode, analysis, def.node.init, whenTrue, depth + 1, ignored);
      }
      return false;
    }
    if (node.type === 'MemberExpression') {
      const name = staticPropertyName(node);
      return !!name && !STATUS_CONSTANT_NAMES.has(name) && DENIAL_MEMORY_NAME.test(name);
    }
    if (node.type === 'Literal' && typeof node.value === 'string') return !STATUS_STRINGS.has(node.value) && DENIAL_MEMORY_NAME.test(node.value);
    return false;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Denials remembered only in memory
// ---------------------------------------------------------------------------------------------------------------

/** How a guard on the way to a request remembers the user's answer. */
export type DenialMemory =
  /** A persisted record: storage, the platform's permanent-denial state, a name that says so, a flag loaded from storage. */
  | { kind: 'persisted' }
  /** Only a flag this file keeps in memory (a ref, React state, a module `let`, a page field): gone after a restart. */
  | { kind: 'memory'; flag: string };

interface FlagWrite {
  /** The assignment, setter call, setter reference handed to other code, or `setData` call. */
  site: Node;
  /** The value written, when the code spells it out. */
  value?: Node;
}

interface MemoryFlag {
  node: Node;
  text: string;
  writes: FlagWrite[];
  /** The declared initial value: the `useRef` / `useState` argument, the `let` initialiser. */
  init?: Node;
}

/** Lifecycle methods: `onHide() { asked = false }` is the code resetting the flag, not the user. */
const LIFECYCLE_METHOD = /^(on(Show|Hide|Load|Unload|Ready|Launch|Init|PageShow|PageHide|Foreground|Background|Mount|Unmount|Activated|Deactivated)|componentDid\w+|componentWill\w+|aboutTo\w+|created|mounted|unmounted|beforeDestroy|destroyed)$/;

const memberWritesCache = new FileCache<Map<string, FlagWrite[]>>();

/** A member chain as a key: whitespace removed, `that.` / `self.` … read as `this.`. */
function flagText(sourceCode: SourceCode, node: Node): string {
  return sourceCode.getText(node).replace(/\s+/g, '').replace(/^(?:that|self|_this|vm|_self)\./, 'this.');
}

/** Writes to member chains anywhere in the file: `a.b = v`, `a.b++`, and `this.setData({ b: v })` as `this.data.b`. */
function memberWrites(sourceCode: SourceCode): Map<string, FlagWrite[]> {
  return memberWritesCache.get(sourceCode, () => collectMemberWrites(sourceCode));
}

function collectMemberWrites(sourceCode: SourceCode): Map<string, FlagWrite[]> {
  const writes = new Map<string, FlagWrite[]>();
  const add = (text: string, write: FlagWrite) => {
    const list = writes.get(text);
    if (list) list.push(write);
    else writes.set(text, [write]);
  };
  const stack: Node[] = [sourceCode.ast as unknown as Node];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression') {
      add(flagText(sourceCode, node.left), { site: node, value: node.operator === '=' ? node.right : undefined });
    } else if (node.type === 'UpdateExpression' && node.argument.type === 'MemberExpression') {
      add(flagText(sourceCode, node.argument), { site: node });
    } else if (node.type === 'CallExpression' && calleeName(node) === 'setData') {
      const callee = unwrapExpression(node.callee);
      const object = callee.type === 'MemberExpression' ? unwrapExpression(callee.object) : undefined;
      const data = node.arguments[0] && unwrapExpression(node.arguments[0]);
      const onPage = object?.type === 'ThisExpression' || (object?.type === 'Identifier' && THIS_ALIASES.has(object.name));
      if (onPage && data?.type === 'ObjectExpression') {
        for (const prop of data.properties) {
          const key = prop.type === 'Property' ? propertyKey(prop) : undefined;
          if (key && prop.type === 'Property') add(`this.data.${key}`, { site: node, value: prop.value });
        }
      }
    }
    stack.push(...childNodes(sourceCode, node));
  }
  return writes;
}

function isHookCall(node: Node | null | undefined, name: 'useRef' | 'useState'): node is TSESTree.CallExpression {
  return !!node && node.type === 'CallExpression' && calleeName(node) === name;
}

/** The value a state setter is called with: `setDenied(true)` → `true`, `setDenied(() => true)` → `true`. */
function setterValue(arg: Node | undefined): Node | undefined {
  const value = arg && unwrapExpression(arg);
  if (value?.type === 'ArrowFunctionExpression' && value.body.type !== 'BlockStatement') return value.body;
  return value && !isFunction(value) ? value : undefined;
}

/**
 * The flags in a test that this file keeps in memory and writes: a `useRef` `.current`, a `useState` value (written
 * through its setter), a `let` / `var` outside the hook, a field of the page / component instance (`this.x`,
 * `this.data.x` written by `setData`), `getApp().globalData.x`, or a property of a local object literal. Variables
 * declared inside `scopes` (the hook, the function holding the test) start afresh on every run and are not flags.
 */
function memoryFlagsIn(sourceCode: SourceCode, test: Node, scopes: readonly Node[]): { flags: MemoryFlag[]; fresh: Node[] } {
  const flags: MemoryFlag[] = [];
  /** Locals of the hook that start from a constant on every run (`let denied = false` inside it): they remember nothing. */
  const fresh: Node[] = [];
  const declaredInside = (name: Node) => scopes.some((scope) => isWithin(name, scope));

  const identifierFlag = (id: TSESTree.Identifier): MemoryFlag | undefined => {
    const variable = findVariable(sourceCode, id, id.name);
    const def = variable?.defs[0];
    if (!variable || def?.type !== 'Variable') return undefined;
    const declarator = def.node;
    if (declaredInside(def.name as Node)) {
      if (declarator.id.type === 'Identifier' && (!declarator.init || literalTruthiness(declarator.init) !== undefined)) fresh.push(id);
      return undefined;
    }
    if (declarator.id.type === 'ArrayPattern' && isHookCall(declarator.init, 'useState') && declarator.id.elements[0] === def.name) {
      const setter = declarator.id.elements[1];
      if (setter?.type !== 'Identifier') return undefined;
      const setterVariable = findVariable(sourceCode, setter, setter.name);
      const writes: FlagWrite[] = [];
      for (const ref of setterVariable?.references ?? []) {
        if (ref.identifier === setter) continue;
        const use = skipWrappersUp(ref.identifier as Node);
        const call = use.parent;
        if (call?.type === 'CallExpression' && call.callee === use) writes.push({ site: call, value: setterValue(call.arguments[0]) });
        else writes.push({ site: use });
      }
      const initial = declarator.init.arguments[0];
      return writes.length ? { node: id, text: id.name, writes, init: setterValue(initial) ?? initial } : undefined;
    }
    if (declarator.id.type !== 'Identifier' || declarator.parent?.type !== 'VariableDeclaration' || declarator.parent.kind === 'const') return undefined;
    const writes: FlagWrite[] = [];
    for (const ref of variable.references) {
      if (!ref.isWrite() || ref.init) continue;
      const parent = (ref.identifier as Node).parent;
      if (parent?.type === 'AssignmentExpression' && parent.left === ref.identifier) {
        writes.push({ site: parent, value: parent.operator === '=' ? parent.right : undefined });
      } else {
        writes.push({ site: parent ?? (ref.identifier as Node) });
      }
    }
    return writes.length ? { node: id, text: id.name, writes, init: declarator.init ?? undefined } : undefined;
  };

  const memberFlag = (member: TSESTree.MemberExpression): MemoryFlag | undefined => {
    let root: Node = unwrapExpression(member.object);
    while (root.type === 'MemberExpression') root = unwrapExpression(root.object);
    let init: Node | undefined;
    if (root.type === 'ThisExpression' || (root.type === 'Identifier' && THIS_ALIASES.has(root.name))) {
      // a field of the page / component instance
    } else if (root.type === 'CallExpression') {
      if (calleeName(root) !== 'getApp') return undefined;
    } else if (root.type === 'Identifier') {
      const def = findVariable(sourceCode, root, root.name)?.defs[0];
      if (def?.type !== 'Variable' || declaredInside(def.name as Node)) return undefined;
      const declared = def.node.init && unwrapExpression(def.node.init);
      if (isHookCall(declared, 'useRef') && unwrapExpression(member.object) === root && staticPropertyName(member) === 'current') {
        init = declared.arguments[0];
      } else if (declared?.type !== 'ObjectExpression' && !(declared?.type === 'CallExpression' && calleeName(declared) === 'getApp')) {
        return undefined;
      }
    } else {
      return undefined;
    }
    const text = flagText(sourceCode, member);
    const writes = memberWrites(sourceCode).get(text);
    return writes?.length ? { node: member, text: sourceCode.getText(member), writes, init } : undefined;
  };

  const stack: Node[] = [test];
  while (stack.length) {
    const node = stack.pop()!;
    if (isFunction(node)) continue;
    const parent = node.parent;
    const isCallee = parent?.type === 'CallExpression' && parent.callee === node;
    if (node.type === 'MemberExpression') {
      if (!isCallee) {
        const flag = memberFlag(node);
        if (flag) {
          flags.push(flag);
          continue;
        }
      }
    } else if (node.type === 'Identifier' && !isCallee && !(parent?.type === 'MemberExpression' && parent.property === node && !parent.computed)) {
      const flag = identifierFlag(node);
      if (flag) flags.push(flag);
      continue;
    }
    stack.push(...childNodes(sourceCode, node));
  }
  return { flags, fresh };
}

/** The expression reads persistent storage, directly or through a variable initialised from it. */
function mentionsStorageRead(sourceCode: SourceCode, node: Node, depth = 0): boolean {
  return someShallow(sourceCode, node, (inner) => {
    if (inner.type === 'CallExpression') return isStorageRead(inner);
    if (inner.type !== 'Identifier') return false;
    const def = findVariable(sourceCode, inner, inner.name)?.defs[0];
    const init = def?.type === 'Variable' ? def.node.init : undefined;
    // Through a few local steps: `var d = uni.getStorageSync(key); var obj = JSON.parse(d); … obj.autoSave` (lorianctapp).
    return !!init && init !== node && depth < 3 && mentionsStorageRead(sourceCode, init, depth + 1);
  });
}

/** The call a callback or setter reference is handed to reads storage: `getItem(k).then(setDenied)`, `wx.getStorage({ success })`. */
function storageCallback(sourceCode: SourceCode, call: Node | undefined): boolean {
  if (call?.type !== 'CallExpression') return false;
  if (isStorageRead(call)) return true;
  const callee = unwrapExpression(call.callee);
  return calleeName(call) === 'then' && callee.type === 'MemberExpression' && mentionsStorageRead(sourceCode, callee.object);
}

/** The write stores a value read from storage: the flag mirrors a persisted record. */
function writesStoredValue(sourceCode: SourceCode, write: FlagWrite): boolean {
  if (write.value && mentionsStorageRead(sourceCode, write.value)) return true;
  const holder = skipWrappersUp(write.site);
  if (holder.parent?.type === 'CallExpression' && holder.parent.callee !== holder && storageCallback(sourceCode, holder.parent)) return true;
  // The write is the body of a storage read's callback: `.then((v) => { ref.current = v === '1' })`.
  let node: Node | undefined = write.site.parent;
  while (node && !isFunction(node)) node = node.parent;
  if (!node) return false;
  let fn: Node = skipWrappersUp(node);
  if (fn.parent?.type === 'Property' && fn.parent.parent?.type === 'ObjectExpression') fn = skipWrappersUp(fn.parent.parent);
  return fn.parent?.type === 'CallExpression' && fn.parent.callee !== fn && storageCallback(sourceCode, fn.parent);
}

/** Truthiness of a value the code writes, when it is a constant. */
function literalTruthiness(value: Node | undefined): boolean | undefined {
  if (!value) return undefined;
  const expr = unwrapExpression(value);
  switch (expr.type) {
    case 'Literal':
      return 'regex' in expr && expr.regex ? true : Boolean(expr.value);
    case 'Identifier':
      return expr.name === 'undefined' ? false : undefined;
    case 'UnaryExpression': {
      if (expr.operator === 'void') return false;
      if (expr.operator !== '!') return undefined;
      const inner = literalTruthiness(expr.argument);
      return inner === undefined ? undefined : !inner;
    }
    case 'TemplateLiteral':
      return expr.expressions.length ? undefined : Boolean(expr.quasis[0]?.value.cooked);
    case 'ObjectExpression':
    case 'ArrayExpression':
      return true;
    default:
      return undefined;
  }
}

/** How a guard's test uses a flag. */
type FlagUse =
  /** Tested for truthiness: `allowing` is the truthiness that lets the guarded request run. */
  | { kind: 'truthiness'; allowing: boolean }
  /** Compared so that a recorded answer keeps the request away (`status !== 'denied'`, `status === undefined`). */
  | { kind: 'remembers' }
  /** Compared so that a denial still lets the request run (`if (status === 'granted') return`). */
  | { kind: 'ignores' }
  /** Anything else (`Date.now() - lastAskedRef.current < COOLDOWN`): whatever the code stores there is the record. */
  | { kind: 'unknown' };

function isNullish(node: Node): boolean {
  const expr = unwrapExpression(node);
  return (expr.type === 'Literal' && expr.value === null && !('regex' in expr && expr.regex)) || (expr.type === 'Identifier' && expr.name === 'undefined');
}

/** How the test (the guarded code runs when it is `whenTrue`) uses `flag`, through `!`, `&&` / `||` and one `===`. */
function flagUse(test: Node, flag: Node, whenTrue: boolean): FlagUse {
  let negations = 0;
  let comparison: { equal: boolean; constant: ConstKind | 'nullish' | undefined } | undefined;
  for (let node: Node = flag; node !== test; ) {
    const parent: Node | undefined = node.parent;
    if (!parent) return { kind: 'unknown' };
    if (parent.type === 'UnaryExpression' && parent.operator === '!') negations++;
    else if (parent.type === 'BinaryExpression' && !comparison && /^[!=]==?$/.test(parent.operator)) {
      const other = parent.left === node ? parent.right : parent.left;
      comparison = { equal: parent.operator === '===' || parent.operator === '==', constant: isNullish(other) ? 'nullish' : constKind(other) };
    } else if (parent.type !== 'LogicalExpression' && parent.type !== 'ChainExpression' && parent.type !== 'TSNonNullExpression' && parent.type !== 'TSAsExpression') {
      return { kind: 'unknown' };
    }
    node = parent;
  }
  const odd = negations % 2 === 1;
  if (!comparison) return { kind: 'truthiness', allowing: whenTrue !== odd };
  // The guarded code runs when the flag equals the constant.
  const runsOnEqual = (comparison.equal !== odd) === whenTrue;
  switch (comparison.constant) {
    case 'denied':
    case 'blocked':
    case 'ambiguousDenied':
    case 'denyText':
      return { kind: runsOnEqual ? 'ignores' : 'remembers' };
    case 'nullish':
    case 'neutral':
    case 'granted':
    case 'false':
      return { kind: runsOnEqual ? 'remembers' : 'ignores' };
    case 'true':
      return { kind: runsOnEqual ? 'ignores' : 'remembers' };
    default:
      return { kind: 'unknown' };
  }
}

/** The write runs in a handler of the user's (a button, a dialog answer, a method a .vue template binds), not in a lifecycle method. */
function inUserAction(sourceCode: SourceCode, site: Node): boolean {
  for (let node: Node | undefined = site.parent; node; node = node.parent) {
    if (!isFunction(node)) continue;
    const holder = skipWrappersUp(node).parent;
    const key = holder && (holder.type === 'Property' || holder.type === 'MethodDefinition' || holder.type === 'PropertyDefinition') ? propertyKey(holder) : undefined;
    if (key !== undefined && vueTemplateHandlers(sourceCode).has(key)) return true;
    if (boundaryOf(sourceCode, node).kind !== 'user' || lifecycleHookOf(sourceCode, node)) continue;
    if (!key || !LIFECYCLE_METHOD.test(key)) return true;
  }
  return false;
}

/** `@tap="chooseCity"`, `v-on:click="save(item)"`: an event handler name as a .vue template binds it. */
const VUE_EVENT_HANDLER = /(?:@|v-on:)[\w.:-]+\s*=\s*["']\s*(?:this\.)?([A-Za-z_$][\w$]*)\s*(?:\(|["'])/g;
const vueHandlersOf = new WeakMap<object, ReadonlySet<string>>();

/** The method names a .vue file's template binds to events (empty for any other file). */
function vueTemplateHandlers(sourceCode: SourceCode): ReadonlySet<string> {
  const template = (sourceCode.ast as { templateBody?: { range: [number, number] } | null }).templateBody;
  if (!template) return EMPTY_NAMES;
  let names = vueHandlersOf.get(template);
  if (!names) {
    const found = new Set<string>();
    for (const match of sourceCode.text.slice(template.range[0], template.range[1]).matchAll(VUE_EVENT_HANDLER)) found.add(match[1]!);
    vueHandlersOf.set(template, (names = found));
  }
  return names;
}
const EMPTY_NAMES: ReadonlySet<string> = new Set();

/**
 * The write sits on the granted side: of a permission test (`if (result === GRANTED) setDenied(false)`), or in the
 * `success` callback of a request, which runs only once the user allowed it (`uni.getLocation({ success() { … } })`).
 */
function inGrantedBranch(analysis: DenialAnalysis, site: Node): boolean {
  for (let node: Node | undefined = site.parent; node; node = node.parent) {
    if (!isFunction(node)) continue;
    const property = node.parent;
    const options = property?.parent;
    const call = options?.parent;
    if (property?.type === 'Property' && property.value === node && propertyKey(property) === 'success' && options?.type === 'ObjectExpression' && call?.type === 'CallExpression' && call.arguments.includes(options as TSESTree.ObjectExpression)) {
      if (analysis.permissionCalls.some((permission) => permission.node === call)) return true;
    }
  }
  for (let child: Node = site, parent = site.parent; parent && !isFunction(parent); child = parent, parent = parent.parent) {
    if ((parent.type !== 'IfStatement' && parent.type !== 'ConditionalExpression') || child === parent.test) continue;
    const inConsequent = child === parent.consequent;
    const cls = analysis.classify(parent.test);
    if (cls) return (cls.polarity === 'granted') === inConsequent;
    const test = unwrapExpression(parent.test);
    if (test.type === 'BinaryExpression' && (constKind(test.left) === 'granted' || constKind(test.right) === 'granted')) {
      const equal = test.operator === '===' || test.operator === '==';
      if (equal || test.operator === '!==' || test.operator === '!=') return equal === inConsequent;
    }
  }
  return false;
}

/**
 * Does the flag remember that the request was answered? Some write sets it to a value that stops the guarded
 * request (or one the code computes), and no write puts it back on the code's own (a reset after the request, in
 * a cleanup or on hide). Resets from a user action or on the granted side of a permission test do not count.
 */
function flagRemembers(sourceCode: SourceCode, analysis: DenialAnalysis, guard: Guard, flag: MemoryFlag, writes: readonly FlagWrite[]): boolean {
  const use = flagUse(guard.test, flag.node, guard.whenTrue);
  if (use.kind === 'ignores') return false;
  // A flag compared with a value (`this.cityid == 0`): some write of the code's own, not the user's nor the grant's.
  if (use.kind !== 'truthiness') return writes.some((write) => !inUserAction(sourceCode, write.site) && !inGrantedBranch(analysis, write.site));
  let stops = false;
  for (const write of writes) {
    const truth = literalTruthiness(write.value);
    if (truth === undefined || truth !== use.allowing) {
      stops = true;
      continue;
    }
    if (inUserAction(sourceCode, write.site) || inGrantedBranch(analysis, write.site)) continue;
    return false;
  }
  return stops;
}

/**
 * What a guard on the way to a request in a lifecycle hook remembers. A flag the file keeps in memory and sets once
 * the user was asked (`deniedRef.current = true`, `setDenied(true)`, a module `let`) is `memory`, whatever its name:
 * it stops the hook from asking on every show, but a restart forgets it. A persisted record, or a flag loaded from
 * storage, is `persisted`. Undefined when the guard remembers nothing (a loading flag that is reset, a prop).
 */
export function denialMemoryOf(sourceCode: SourceCode, analysis: DenialAnalysis, guard: Guard, hookFn?: Node): DenialMemory | undefined {
  const scopes: Node[] = hookFn ? [hookFn] : [];
  for (let node: Node | undefined = guard.test.parent; node; node = node.parent) {
    if (isFunction(node)) {
      scopes.push(node);
      break;
    }
  }
  const { flags, fresh } = memoryFlagsIn(sourceCode, guard.test, scopes);
  const inMemory: Node[] = [...fresh];
  let memory: string | undefined;
  for (const flag of flags) {
    const writes = flag.writes.filter((write) => !writesStoredValue(sourceCode, write));
    // Only ever loaded from storage: not a flag of this code's own; its name is judged as before.
    if (!writes.length) continue;
    if (writes.length < flag.writes.length || (flag.init && mentionsStorageRead(sourceCode, flag.init))) return { kind: 'persisted' };
    inMemory.push(flag.node);
    if (flagRemembers(sourceCode, analysis, guard, flag, writes)) memory ??= flag.text;
  }
  if (isStoredDenialCheck(sourceCode, analysis, guard.test, guard.whenTrue, 0, inMemory)) return { kind: 'persisted' };
  return memory ? { kind: 'memory', flag: memory } : undefined;
}

/**
 * Permissions that one feature legitimately needs together (video = camera + microphone; picking or taking a photo
 * = camera + photos; BLE scanning on older Android = bluetooth + location). Permissions not linked here belong to
 * unrelated features, and asking for them in one prompt is "一揽子" bundling.
 */
const RELATED_PERMISSIONS: ReadonlyArray<readonly string[]> = [
  ['camera', 'microphone'],
  ['camera', 'photos'],
  ['camera', 'photos-add'],
  ['camera', 'storage'],
  ['photos', 'photos-add', 'media-library', 'storage', 'files', 'media-location'],
  ['microphone', 'speech'],
  ['microphone', 'media-library'],
  // A voice memo is recorded and then saved (older Android asks for storage to write the file).
  ['microphone', 'storage'],
  ['location', 'location-background', 'location-temporary-precise'],
  ['bluetooth', 'nearby-devices'],
  ['bluetooth', 'location'],
  // A Wi-Fi scan needs fine location up to Android 12 and NEARBY_WIFI_DEVICES from 13: one request covers both.
  ['location', 'nearby-devices'],
  ['calendar', 'calendar-write', 'reminders'],
  ['contacts', 'accounts'],
  ['phone', 'phone-number', 'call-log'],
  ['motion', 'activity', 'sensors', 'health'],
  ['tracking', 'advertising-id'],
];

/** Groups of mutually unrelated permissions in a request (empty or one group = fine). */
export function unrelatedPermissionGroups(permissions: readonly string[]): string[][] {
  const unique = [...new Set(permissions.filter((p) => p && p !== 'unknown'))];
  const parent = new Map<string, string>(unique.map((p) => [p, p]));
  const find = (p: string): string => {
    let root = p;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  for (const group of RELATED_PERMISSIONS) {
    const present = group.filter((p) => parent.has(p));
    for (let i = 1; i < present.length; i++) parent.set(find(present[i]), find(present[0]));
  }
  const groups = new Map<string, string[]>();
  for (const p of unique) {
    const root = find(p);
    groups.set(root, [...(groups.get(root) ?? []), p]);
  }
  return [...groups.values()];
}

/** True when two permission calls ask for an overlapping permission (by meaning, or by the same written argument). */
export function samePermission(sourceCode: SourceCode, a: PermissionCall, b: PermissionCall): boolean {
  const left = new Set(a.permissions.map((p) => p.permission).filter((p) => p !== 'unknown'));
  if (left.size && b.permissions.some((p) => left.has(p.permission))) return true;
  const argA = a.node.arguments[0];
  const argB = b.node.arguments[0];
  if (a.entryId && a.entryId === b.entryId && argA && argB) return sourceCode.getText(argA) === sourceCode.getText(argB);
  return !!a.entryId && a.entryId === b.entryId && !argA && !argB;
}

// ---------------------------------------------------------------------------------------------------------------
// What a same-module function does when it is called
// ---------------------------------------------------------------------------------------------------------------

export interface RunFacts {
  exits: { call: TSESTree.CallExpression; name: string }[];
  /** Prompting requests, whether a stored-denial check guards them, and every guard on the way (outermost first). */
  requests: { call: PermissionCall; storedDenialGuard: boolean; guards: readonly Guard[] }[];
  settings: PermissionCall[];
  deadEnds: { call: TSESTree.CallExpression; target: string }[];
}

const EMPTY_FACTS: RunFacts = { exits: [], requests: [], settings: [], deadEnds: [] };
const MAX_SUMMARY_DEPTH = 3;

/** Lazily computed, memoised summaries of same-module functions (only for functions a rule asks about). */
export class RunSummaries {
  private readonly memo = new Map<Fn, RunFacts>();
  private readonly active = new Set<Fn>();

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly permissionCalls: ReadonlyMap<Node, PermissionCall>,
    private readonly analysis?: DenialAnalysis,
  ) {}

  of(fn: Fn, depth = 0): RunFacts {
    const cached = this.memo.get(fn);
    if (cached) return cached;
    if (this.active.has(fn) || depth > MAX_SUMMARY_DEPTH) return EMPTY_FACTS;
    this.active.add(fn);
    const facts: RunFacts = { exits: [], requests: [], settings: [], deadEnds: [] };
    walkRuns(this.sourceCode, [fn], (call, state) => {
      if (state.userAction) return;
      const guarded = state.guards.some((g) => isStoredDenialCheck(this.sourceCode, this.analysis, g.test, g.whenTrue));
      const exit = exitCallName(this.sourceCode, call);
      if (exit) {
        facts.exits.push({ call, name: exit });
        return;
      }
      const permission = this.permissionCalls.get(call);
      if (permission) {
        if (permission.role === 'settings') facts.settings.push(permission);
        else if (isPromptingRequest(permission)) facts.requests.push({ call: permission, storedDenialGuard: guarded, guards: state.guards });
        return;
      }
      const target = isPermissionDeadEnd(this.sourceCode, call);
      if (target) {
        facts.deadEnds.push({ call, target });
        return;
      }
      const inner = resolveLocalFunction(this.sourceCode, call);
      if (inner && inner !== fn) {
        const nested = this.of(inner, depth + 1);
        facts.exits.push(...nested.exits);
        facts.settings.push(...nested.settings);
        facts.deadEnds.push(...nested.deadEnds);
        for (const request of nested.requests) {
          facts.requests.push({ call: request.call, storedDenialGuard: request.storedDenialGuard || guarded, guards: [...state.guards, ...request.guards] });
        }
      }
    });
    this.active.delete(fn);
    this.memo.set(fn, facts);
    return facts;
  }
}

/** Human description of what was denied, for messages: "PermissionsAndroid.request (camera)". */
export function describeDenied(region: DenialRegion, sourceCode?: SourceCode): string {
  const source = region.source;
  // authSetting['scope.userLocation'] === false names its scope.
  const scope = sourceCode && /['"`](scope\.\w+)['"`]/.exec(sourceCode.getText(region.anchor))?.[1];
  if (scope) return source ? `${scope} (${calleeText(source.via ?? source.node)})` : scope;
  if (!source) return 'the permission';
  const permissions = [...new Set(source.permissions.map((p) => p.permission).filter((p) => p !== 'unknown'))];
  const written = calleeText(source.via ?? source.node);
  const name = source.via ? `${written} (${source.display})` : source.role === 'status' ? `the permission read by ${written}` : written;
  return permissions.length ? `${name} (${permissions.join(', ')})` : name;
}

/** The callee as written, shortened: `PermissionsAndroid.request`, `wx.getLocation`, `atManager.requestPermissionsFromUser`. */
function calleeText(call: TSESTree.CallExpression): string {
  const parts: string[] = [];
  let current: Node = unwrapExpression(call.callee);
  while (current.type === 'MemberExpression' && parts.length < 3) {
    parts.unshift(staticPropertyName(current) ?? '[…]');
    current = unwrapExpression(current.object);
  }
  if (current.type === 'Identifier') parts.unshift(current.name);
  else if (current.type === 'ThisExpression') parts.unshift('this');
  else if (current.type === 'CallExpression') parts.unshift('…()');
  return parts.join('.');
}

/** Cheap visitor helpers every denial-based rule installs. */
export function denialVisitors(analysis: DenialAnalysis): {
  CallExpression(node: TSESTree.CallExpression): void;
  MemberExpression(node: TSESTree.MemberExpression): void;
  Literal(node: TSESTree.Literal): void;
} {
  return {
    CallExpression(node) {
      analysis.noteCall(node);
    },
    MemberExpression(node) {
      if (!node.computed && node.property.type === 'Identifier' && DENIAL_MARKER_PROPERTIES.has(node.property.name)) analysis.noteMarker(node);
    },
    Literal(node) {
      if (typeof node.value === 'string' && DENIAL_MARKER_LITERALS.has(node.value)) analysis.noteMarker(node);
    },
  };
}

/** Build a call-shaped view of a callback reference (`onPress: openSettings`) so call tables apply to it. */
export function referenceAsCall(expr: TSESTree.Expression): TSESTree.CallExpression {
  return { type: 'CallExpression', callee: expr, arguments: [], optional: false, parent: expr.parent, range: expr.range, loc: expr.loc } as unknown as TSESTree.CallExpression;
}

/** Calls of a same-module function through its declared name (`function f`, `const f = () => …`). */
export function localCallSites(sourceCode: SourceCode, fn: Fn): TSESTree.CallExpression[] {
  let holder: Node = skipWrappersUp(fn);
  if (holder.parent?.type === 'CallExpression' && /^use(Callback|Memo)$/.test(calleeName(holder.parent) ?? '')) holder = holder.parent;
  const parent = holder.parent;
  let variable: Variable | undefined;
  if (fn.type === 'FunctionDeclaration' && fn.id) variable = findVariable(sourceCode, fn.id, fn.id.name);
  else if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') variable = findVariable(sourceCode, parent.id, parent.id.name);
  if (!variable) return [];
  const sites: TSESTree.CallExpression[] = [];
  for (const ref of variable.references) {
    const id = skipWrappersUp(ref.identifier as Node);
    if (id.parent?.type === 'CallExpression' && id.parent.callee === id) sites.push(id.parent);
  }
  return sites;
}

/** "the camera permission", "the camera and microphone permissions", "the camera, contacts and location permissions". */
export function permissionPhrase(permissions: readonly ResolvedPermission[], fallback = 'a permission'): string {
  const names = [...new Set(permissions.map((p) => p.permission).filter((p) => p !== 'unknown'))];
  if (!names.length) return fallback;
  if (names.length === 1) return `the ${names[0]} permission`;
  return `the ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} permissions`;
}
