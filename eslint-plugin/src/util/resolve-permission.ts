// Resolves the permission argument of a matched call to platform-native ids and our permission vocabulary.
// Accepted forms: PERMISSIONS.IOS.X / PERMISSIONS.ANDROID.X (react-native-permissions), PermissionsAndroid.PERMISSIONS.X,
// cordova.plugins.permissions.X, string literals ('android.permission.CAMERA', 'ios.permission.CAMERA',
// 'scope.userLocation', 'ohos.permission.CAMERA'), `{ scope }` objects, arrays (and spreads), Platform.select,
// ternaries (both branches; `Platform.OS === 'ios' ? a : b` tags each branch), `||` / `??`, and constants declared
// in the same module. Anything else leaves the result unresolved.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Platform } from '../core/types.js';
import type { ArgumentPermission, ResolvedPermission } from '../core/knowledge/types.js';
import { RN_ANDROID_CONSTANT_VALUES, resolveNativePermissionId } from '../core/knowledge/native-ids.js';
import {
  findVariable,
  isEffectivelyConst,
  patternPath,
  resolveValueOrigin,
  staticPropertyName,
  staticString,
  unwrapExpression,
} from './resolve-reference.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

export interface PermissionResolution {
  permissions: ResolvedPermission[];
  /** False when any part of the argument could not be read statically. */
  resolved: boolean;
}

interface Collected {
  ids: { nativeId: string; platform?: Platform }[];
  complete: boolean;
}

const MAX_DEPTH = 8;
const PLATFORM_SELECT_KEYS: Readonly<Record<string, Platform | undefined>> = {
  ios: 'ios',
  android: 'android',
  web: 'web',
  harmony: 'harmony',
  native: undefined,
  default: undefined,
};

export function resolvePermissionArgument(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  argument: ArgumentPermission,
): PermissionResolution {
  const arg = call.arguments[argument.index];
  if (!arg || arg.type === 'SpreadElement') return { permissions: [], resolved: false };
  const out: Collected = { ids: [], complete: true };
  if (argument.property) collectProperty(sourceCode, arg, argument.property, undefined, out, 0);
  else collect(sourceCode, arg, undefined, out, 0);
  const permissions: ResolvedPermission[] = [];
  const seen = new Set<string>();
  for (const { nativeId, platform } of out.ids) {
    const resolved = resolveNativePermissionId(nativeId, platform);
    if (!resolved) {
      out.complete = false;
      continue;
    }
    // A Platform.select / Platform.OS branch narrows ids that belong to no single platform (e.g. WeChat scopes).
    const withPlatform = resolved.platform === undefined && platform ? { ...resolved, platform } : resolved;
    const key = `${withPlatform.nativeId}|${withPlatform.platform ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    permissions.push(withPlatform);
  }
  return { permissions, resolved: out.complete && permissions.length > 0 };
}

/** `{ scope: X }` (or a same-module constant holding that object): resolve X. */
function collectProperty(sourceCode: SourceCode, node: TSESTree.Node, property: string, platform: Platform | undefined, out: Collected, depth: number): void {
  const expr = unwrapExpression(node);
  if (depth > MAX_DEPTH) {
    out.complete = false;
    return;
  }
  if (expr.type === 'ObjectExpression') {
    const value = objectProperty(expr, property);
    if (value) collect(sourceCode, value, platform, out, depth + 1);
    else out.complete = false;
    return;
  }
  if (expr.type === 'ConditionalExpression') {
    const [consequent, alternate] = branchPlatforms(expr.test, platform);
    collectProperty(sourceCode, expr.consequent, property, consequent, out, depth + 1);
    collectProperty(sourceCode, expr.alternate, property, alternate, out, depth + 1);
    return;
  }
  const constant = expr.type === 'Identifier' ? constantInit(sourceCode, expr) : undefined;
  if (constant) collectProperty(sourceCode, constant, property, platform, out, depth + 1);
  else out.complete = false;
}

function objectProperty(object: TSESTree.ObjectExpression, name: string): TSESTree.Node | undefined {
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const prop = object.properties[i];
    if (prop.type !== 'Property') continue;
    const key = prop.computed ? staticString(prop.key) : prop.key.type === 'Identifier' ? prop.key.name : staticString(prop.key);
    if (key === name) return prop.value;
  }
  return undefined;
}

function collect(sourceCode: SourceCode, node: TSESTree.Node, platform: Platform | undefined, out: Collected, depth: number): void {
  if (depth > MAX_DEPTH) {
    out.complete = false;
    return;
  }
  const expr = unwrapExpression(node);
  const literal = staticString(expr);
  if (literal !== undefined) {
    out.ids.push({ nativeId: literal, platform });
    return;
  }
  switch (expr.type) {
    case 'ArrayExpression':
      for (const el of expr.elements) {
        if (!el) continue;
        collect(sourceCode, el.type === 'SpreadElement' ? el.argument : el, platform, out, depth + 1);
      }
      return;
    case 'ConditionalExpression': {
      const [consequent, alternate] = branchPlatforms(expr.test, platform);
      collect(sourceCode, expr.consequent, consequent, out, depth + 1);
      collect(sourceCode, expr.alternate, alternate, out, depth + 1);
      return;
    }
    case 'LogicalExpression':
      if (expr.operator !== '&&') collect(sourceCode, expr.left, platform, out, depth + 1);
      collect(sourceCode, expr.right, platform, out, depth + 1);
      return;
    case 'CallExpression':
      if (isPlatformSelect(expr)) {
        collectPlatformSelect(sourceCode, expr, platform, out, depth);
        return;
      }
      out.complete = false;
      return;
    case 'MemberExpression': {
      const constantId = permissionConstant(sourceCode, expr);
      if (constantId) {
        out.ids.push({ nativeId: constantId, platform });
        return;
      }
      // A property of a same-module constant object: `const P = { cam: PERMISSIONS.IOS.CAMERA }; request(P.cam)`.
      const name = staticPropertyName(expr);
      const object = unwrapExpression(expr.object);
      const init = object.type === 'Identifier' ? constantInit(sourceCode, object) : undefined;
      const initExpr = init && unwrapExpression(init);
      if (name !== undefined && initExpr?.type === 'ObjectExpression') {
        const value = objectProperty(initExpr, name);
        if (value) {
          collect(sourceCode, value, platform, out, depth + 1);
          return;
        }
      }
      if (name !== undefined && initExpr?.type === 'ArrayExpression' && /^\d+$/.test(name)) {
        const el = initExpr.elements[Number(name)];
        if (el && el.type !== 'SpreadElement') {
          collect(sourceCode, el, platform, out, depth + 1);
          return;
        }
      }
      out.complete = false;
      return;
    }
    case 'Identifier': {
      const init = constantInit(sourceCode, expr);
      if (init) {
        collect(sourceCode, init, platform, out, depth + 1);
        return;
      }
      // `const { CAMERA } = PERMISSIONS.IOS; request(CAMERA)`
      const constantId = permissionConstant(sourceCode, expr);
      if (constantId) out.ids.push({ nativeId: constantId, platform });
      else out.complete = false;
      return;
    }
    default:
      out.complete = false;
  }
}

/** The initialiser of a same-module constant `name` (following destructuring of a constant object). */
export function constantInit(sourceCode: SourceCode, id: TSESTree.Identifier): TSESTree.Node | undefined {
  const variable = findVariable(sourceCode, id, id.name);
  const def = variable?.defs[0];
  if (!variable || !def || def.type !== 'Variable' || !isEffectivelyConst(variable)) return undefined;
  const declarator = def.node as TSESTree.VariableDeclarator;
  if (!declarator.init) return undefined;
  if (declarator.id === def.name) return declarator.init;
  // const { CAMERA } = PERMISSIONS.IOS  → PERMISSIONS.IOS.CAMERA is built by permissionConstant from the origin.
  const path = patternPath(declarator.id, def.name as TSESTree.Node);
  const init = unwrapExpression(declarator.init);
  if (path?.length === 1 && init.type === 'ObjectExpression') return objectProperty(init, path[0]);
  return undefined;
}

/** `Platform.OS === 'ios'` style tests give each ternary branch its platform. */
function branchPlatforms(test: TSESTree.Node, inherited: Platform | undefined): [Platform | undefined, Platform | undefined] {
  const t = unwrapExpression(test);
  if (t.type !== 'BinaryExpression' || !['===', '==', '!==', '!='].includes(t.operator)) return [inherited, inherited];
  const [member, value] = isPlatformOs(t.left) ? [t.left, t.right] : isPlatformOs(t.right) ? [t.right, t.left] : [undefined, undefined];
  const os = member && staticString(value!);
  if (os !== 'ios' && os !== 'android') return [inherited, inherited];
  const other: Platform = os === 'ios' ? 'android' : 'ios';
  return t.operator.startsWith('!') ? [other, os] : [os, other];
}

function isPlatformOs(node: TSESTree.Node): boolean {
  const n = unwrapExpression(node);
  return (
    n.type === 'MemberExpression' &&
    staticPropertyName(n) === 'OS' &&
    unwrapExpression(n.object).type === 'Identifier' &&
    (unwrapExpression(n.object) as TSESTree.Identifier).name === 'Platform'
  );
}

function isPlatformSelect(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression' || staticPropertyName(callee) !== 'select') return false;
  const object = unwrapExpression(callee.object);
  return object.type === 'Identifier' && object.name === 'Platform';
}

function collectPlatformSelect(sourceCode: SourceCode, call: TSESTree.CallExpression, inherited: Platform | undefined, out: Collected, depth: number): void {
  const arg = call.arguments[0] && unwrapExpression(call.arguments[0]);
  if (!arg || arg.type !== 'ObjectExpression') {
    out.complete = false;
    return;
  }
  for (const prop of arg.properties) {
    if (prop.type !== 'Property') {
      out.complete = false;
      continue;
    }
    const key = prop.key.type === 'Identifier' && !prop.computed ? prop.key.name : staticString(prop.key);
    if (key === undefined || !(key in PLATFORM_SELECT_KEYS)) continue;
    collect(sourceCode, prop.value, PLATFORM_SELECT_KEYS[key] ?? inherited, out, depth + 1);
  }
}

/**
 * Permission constants by shape of their resolved access path:
 *   …PERMISSIONS.IOS.X / …PERMISSIONS.ANDROID.X  → 'ios.permission.X' / 'android.permission.X'
 *   PermissionsAndroid.PERMISSIONS.X              → 'android.permission.X' (voicemail: com.android.voicemail…)
 *   cordova.plugins.permissions.X                 → 'android.permission.X'
 */
function permissionConstant(sourceCode: SourceCode, node: TSESTree.Node): string | undefined {
  const segments = staticChain(sourceCode, node);
  if (!segments || segments.length < 2) return undefined;
  const name = segments[segments.length - 1];
  const parent = segments[segments.length - 2];
  if (!/^[A-Z][A-Z0-9_]*$/.test(name)) return undefined;
  if (segments.length >= 3 && segments[segments.length - 3] === 'PERMISSIONS') {
    if (parent === 'IOS') return `ios.permission.${name}`;
    if (parent === 'ANDROID') return `android.permission.${name}`;
  }
  if (parent === 'PERMISSIONS' && segments.includes('PermissionsAndroid')) return RN_ANDROID_CONSTANT_VALUES[name] ?? `android.permission.${name}`;
  if (parent === 'permissions' && segments[segments.length - 3] === 'plugins' && segments[segments.length - 4] === 'cordova') {
    return `android.permission.${name}`;
  }
  return undefined;
}

/**
 * The access path of a member chain with its root followed through imports and same-module constants, e.g.
 * `PERMISSIONS.IOS.CAMERA` (import) → ['PERMISSIONS','IOS','CAMERA']; `const P = PERMISSIONS.IOS; P.CAMERA` → same;
 * `const { PERMISSIONS } = RNP` → ['default','PERMISSIONS', …]; a local `PermissionsAndroid` import keeps its name.
 */
function staticChain(sourceCode: SourceCode, node: TSESTree.Node): string[] | undefined {
  const own: string[] = [];
  let current = unwrapExpression(node);
  while (current.type === 'MemberExpression') {
    const name = staticPropertyName(current);
    if (name === undefined) return undefined;
    own.unshift(name);
    current = unwrapExpression(current.object);
  }
  if (current.type !== 'Identifier') return undefined;
  const origin = resolveValueOrigin(sourceCode, current);
  if (!origin) return [current.name, ...own];
  const base = origin.kind === 'global' ? [origin.global, ...origin.path] : origin.path;
  return [...(base.length ? base : [current.name]), ...own];
}
