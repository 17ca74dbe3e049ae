// Static resolution of expressions to "where does this value come from": an import (module + access path) or an
// unshadowed global (global + access path). Uses ESLint scope analysis only; nothing is executed and no type
// information is needed. Follows same-module constants (`const at = abilityAccessCtrl.createAtManager()`,
// `const { request } = RNP`, `const X = require('m')`) a few levels deep.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { CALL_SEGMENT, UNI_NATIVE_PLUGIN_MODULE } from '../core/knowledge/types.js';
import { GLOBAL_OBJECT_ALIASES, normaliseModuleSpecifier } from '../core/knowledge/registry.js';
import { FileCache } from './file-cache.js';

export type ValueOrigin =
  /** path starts with the export name ('default' for a default import); empty for a namespace import / require(). */
  | { kind: 'module'; module: string; path: string[]; viaRequire: boolean }
  | { kind: 'global'; global: string; path: string[] };

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

const MAX_DEPTH = 6;

/** `inner` lies inside `outer` (or is it), by source range. */
export function isWithin(inner: TSESTree.Node, outer: TSESTree.Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}

/** Strip wrappers that do not change the value: TS assertions, non-null, `satisfies`, optional chains, `await`. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSSatisfiesExpression':
      case 'TSTypeAssertion':
      case 'TSInstantiationExpression':
        current = current.expression;
        break;
      case 'ChainExpression':
        current = current.expression;
        break;
      case 'AwaitExpression':
        current = current.argument;
        break;
      default:
        return current;
    }
  }
}

/**
 * Name of the identifier a member/call chain starts from (`a` in `a.b().c`), used as the cheap pre-filter.
 * A chain on `this` is named by its first field: `this.atManager.request()` → 'this.atManager'.
 */
export function chainRootName(node: TSESTree.Node): string | undefined {
  let current = unwrapExpression(node);
  let lastMember: TSESTree.MemberExpression | undefined;
  for (;;) {
    if (current.type === 'Identifier') return current.name;
    if (current.type === 'ImportExpression') return 'import';
    if (current.type === 'ThisExpression') {
      const field = lastMember && staticPropertyName(lastMember);
      return field === undefined ? undefined : `this.${field}`;
    }
    if (current.type === 'MemberExpression') {
      lastMember = current;
      current = unwrapExpression(current.object);
    } else if (current.type === 'CallExpression' || current.type === 'NewExpression') {
      lastMember = undefined;
      current = unwrapExpression(current.callee);
    } else return undefined;
  }
}

/**
 * The initialiser of the instance field `name` of the class whose method contains `node`
 * (`private atManager = abilityAccessCtrl.createAtManager()`), when `this` there is the instance: arrow functions are
 * transparent, any other function boundary stops the search.
 */
export function classFieldInit(node: TSESTree.Node, name: string): TSESTree.Expression | undefined {
  let current: TSESTree.Node | undefined = node.parent;
  let sawMethod = false;
  while (current) {
    if (current.type === 'FunctionExpression' || current.type === 'FunctionDeclaration') {
      if (sawMethod || current.parent?.type !== 'MethodDefinition') return undefined;
      sawMethod = true;
    } else if (current.type === 'PropertyDefinition' && current.value && !sawMethod) {
      // `this` inside a field initialiser is the instance too.
      sawMethod = true;
    } else if (current.type === 'ClassBody') {
      for (const member of current.body) {
        if (member.type !== 'PropertyDefinition' || member.static || member.computed || !member.value) continue;
        const key = member.key.type === 'Identifier' ? member.key.name : staticString(member.key);
        if (key === name) return member.value;
      }
      return undefined;
    }
    current = current.parent;
  }
  return undefined;
}

/**
 * The class a constructor parameter property is typed with (`constructor(private geolocation: Geolocation)`), for
 * `this.geolocation` in the class: dependency injection (Angular, Ionic) hands the constructor an instance of it.
 */
export function injectedServiceType(node: TSESTree.Node, name: string): TSESTree.Identifier | undefined {
  let current: TSESTree.Node | undefined = node.parent;
  while (current && current.type !== 'ClassBody') {
    // A function of its own (not a method, not an arrow) has a `this` of its own.
    if ((current.type === 'FunctionExpression' || current.type === 'FunctionDeclaration') && current.parent?.type !== 'MethodDefinition') return undefined;
    current = current.parent;
  }
  return current ? injectedServices(current).get(name) : undefined;
}

/** The constructor's parameter properties typed with a class, by name: what dependency injection hands the instance. */
export function injectedServices(body: TSESTree.ClassBody): ReadonlyMap<string, TSESTree.Identifier> {
  const services = new Map<string, TSESTree.Identifier>();
  const constructor = body.body.find((member): member is TSESTree.MethodDefinition => member.type === 'MethodDefinition' && member.kind === 'constructor');
  for (const param of constructor?.value.params ?? []) {
    if (param.type !== 'TSParameterProperty' || param.parameter.type !== 'Identifier') continue;
    const type = param.parameter.typeAnnotation?.typeAnnotation;
    if (type?.type === 'TSTypeReference' && type.typeName.type === 'Identifier') services.set(param.parameter.name, type.typeName);
  }
  return services;
}

/** Option groups whose functions' `this` is the component itself (WeChat Component, Vue / uni-app options). */
const INSTANCE_OPTION_GROUPS = new Set(['methods', 'lifetimes', 'pageLifetimes', 'computed', 'watch']);

/**
 * The instance `this` means at `node`: the class body of a method, or the options object of an object-literal
 * method (WeChat `Page({ onLoad() {} })`, a Vue / uni-app `export default { methods: { … } }`; a `methods` or
 * `lifetimes` group belongs to the object around it). Arrow functions are transparent; any other function (a
 * callback written as `function () {}`, a plain function) has a `this` of its own: undefined.
 */
export function thisInstanceOf(node: TSESTree.Node): TSESTree.ClassBody | TSESTree.ObjectExpression | undefined {
  let current: TSESTree.Node | undefined = node.parent;
  while (current && current.type !== 'FunctionExpression' && current.type !== 'FunctionDeclaration') {
    if (current.type === 'PropertyDefinition' && current.parent?.type === 'ClassBody') return current.parent;
    current = current.parent;
  }
  if (current?.type !== 'FunctionExpression') return undefined;
  const holder = current.parent;
  if (holder?.type === 'MethodDefinition' && holder.parent?.type === 'ClassBody') return holder.parent;
  if (holder?.type !== 'Property' || holder.value !== current || holder.parent?.type !== 'ObjectExpression') return undefined;
  let object: TSESTree.ObjectExpression = holder.parent;
  for (;;) {
    const group = object.parent;
    if (group?.type !== 'Property' || group.value !== object || group.parent?.type !== 'ObjectExpression') return object;
    const key = group.computed ? undefined : group.key.type === 'Identifier' ? group.key.name : staticString(group.key);
    if (key === undefined || !INSTANCE_OPTION_GROUPS.has(key)) return object;
    object = group.parent;
  }
}

/** Per instance: every field assigned on `this` in its own methods → the one value it is given, or null (not followable). */
const fieldAssignmentsOf = new FileCache<Map<TSESTree.Node, Map<string, TSESTree.Expression | null>>>();

/**
 * The value an instance field is given by assignment in the instance's own methods, when `this.<name>` is read
 * at `node` with no field initialiser: `this.amap = new amapFile.AMapWX({ key })` in a page's onLoad, read as
 * `this.amap.getRegeo(…)` in another method. Only when every assignment of the field there gives the same value
 * as written (clearing it to null or undefined aside); anything else, or an assignment from outside, is not followed.
 */
export function instanceFieldAssignment(sourceCode: SourceCode, node: TSESTree.Node, name: string): TSESTree.Expression | undefined {
  const instance = thisInstanceOf(node);
  if (!instance) return undefined;
  const ofFile = fieldAssignmentsOf.get(sourceCode, () => new Map());
  let byName = ofFile.get(instance);
  // One walk per instance collects every field (a Vue page reads dozens of `this.x`; a walk per name was quadratic).
  if (!byName) ofFile.set(instance, (byName = fieldAssignments(sourceCode, instance)));
  return byName.get(name) ?? undefined;
}

function fieldAssignments(sourceCode: SourceCode, instance: TSESTree.Node): Map<string, TSESTree.Expression | null> {
  const byName = new Map<string, TSESTree.Expression | null>();
  const keys = sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
  const visit = (node: TSESTree.Node): void => {
    if (node.type === 'AssignmentExpression' || node.type === 'UpdateExpression') {
      const target = node.type === 'AssignmentExpression' ? node.left : node.argument;
      const member = unwrapExpression(target);
      const name = member.type === 'MemberExpression' && unwrapExpression(member.object).type === 'ThisExpression' ? staticPropertyName(member) : undefined;
      if (name !== undefined && byName.get(name) !== null && thisInstanceOf(member) === instance) {
        const value = node.type === 'AssignmentExpression' && node.operator === '=' ? unwrapExpression(node.right) : undefined;
        const cleared = value && ((value.type === 'Literal' && value.value === null) || (value.type === 'Identifier' && value.name === 'undefined'));
        if (!cleared) {
          const found = byName.get(name);
          // null: assigned something else too (or compound-assigned), so the field holds no one known value.
          if (!value || (found && sourceCode.getText(found) !== sourceCode.getText(value))) byName.set(name, null);
          else byName.set(name, value as TSESTree.Expression);
        }
      }
    }
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (item && typeof item === 'object' && 'type' in item) visit(item as TSESTree.Node);
      } else if (child && typeof child === 'object' && 'type' in child) visit(child as TSESTree.Node);
    }
  };
  visit(instance);
  return byName;
}

/**
 * Static property name of a member expression: `a.b`, `a['b']`, a`b` template without expressions, and an element
 * index `a[1]` (a hook's tuple, as an array pattern names it).
 */
export function staticPropertyName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) return node.property.type === 'Identifier' ? node.property.name : undefined;
  if (node.property.type === 'Literal' && typeof node.property.value === 'number' && Number.isInteger(node.property.value)) return String(node.property.value);
  return staticString(node.property);
}

export function staticString(node: TSESTree.Node): string | undefined {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** Find the variable `name` visible at `node`, or undefined when it is not declared anywhere (a real global). */
export function findVariable(sourceCode: SourceCode, node: TSESTree.Node, name: string): Variable | undefined {
  let scope: Scope | null = sourceCode.getScope(node);
  while (scope) {
    const variable = scope.set.get(name);
    if (variable) return variable;
    scope = scope.upper;
  }
  return undefined;
}

/** A variable that stands for a global: undeclared, declared only through config `globals`, or `declare const wx`. */
export function isGlobalVariable(variable: Variable | undefined): boolean {
  if (!variable) return true;
  // Type-only declarations (`interface uni {}`) do not shadow a value; config globals have no defs at all.
  const valueDefs = variable.defs.filter((d) => d.type !== 'Type');
  if (valueDefs.length === 0) return true;
  return valueDefs.every(
    (d) => d.type === 'Variable' && d.parent?.type === 'VariableDeclaration' && (d.parent as TSESTree.VariableDeclaration).declare === true,
  );
}

/** True when the variable is written only by its declaration (const, or a let/var never reassigned). */
export function isEffectivelyConst(variable: Variable): boolean {
  const def = variable.defs[0];
  if (!def || def.type !== 'Variable') return false;
  if ((def.parent as TSESTree.VariableDeclaration | undefined)?.kind === 'const') return true;
  return variable.references.every((ref) => !ref.isWrite() || ref.init === true);
}

/** Path from a destructuring pattern's root to `target`: `{ a: { b: [, x] } }` → ['a', 'b', '1']. */
export function patternPath(pattern: TSESTree.Node, target: TSESTree.Node): string[] | undefined {
  if (pattern === target) return [];
  switch (pattern.type) {
    case 'ObjectPattern':
      for (const prop of pattern.properties) {
        if (prop.type === 'RestElement') continue;
        const key = prop.computed ? staticString(prop.key) : prop.key.type === 'Identifier' ? prop.key.name : staticString(prop.key);
        if (key === undefined) continue;
        const inner = patternPath(prop.value, target);
        if (inner) return [key, ...inner];
      }
      return undefined;
    case 'ArrayPattern':
      for (let i = 0; i < pattern.elements.length; i++) {
        const el = pattern.elements[i];
        if (!el || el.type === 'RestElement') continue;
        const inner = patternPath(el, target);
        if (inner) return [String(i), ...inner];
      }
      return undefined;
    case 'AssignmentPattern':
      return patternPath(pattern.left, target);
    default:
      return undefined;
  }
}

function requireSpecifier(sourceCode: SourceCode, node: TSESTree.CallExpression): string | undefined {
  const callee = unwrapExpression(node.callee);
  if (callee.type !== 'Identifier' || callee.name !== 'require' || node.arguments.length !== 1) return undefined;
  if (!isGlobalVariable(findVariable(sourceCode, callee, 'require'))) return undefined;
  return staticString(node.arguments[0]);
}

/**
 * `uni.requireNativePlugin('JG-JPush')`: the module object of a uni-app native plugin (App build), as the knowledge
 * base names it (`uni-native-plugin:JG-JPush`), so its methods are matched like a package's exports.
 */
function uniNativePlugin(callee: ValueOrigin, call: TSESTree.CallExpression): ValueOrigin | undefined {
  if (callee.kind !== 'global' || callee.global !== 'uni' || callee.path.length !== 1 || callee.path[0] !== 'requireNativePlugin') return undefined;
  const name = call.arguments.length === 1 ? staticString(call.arguments[0]) : undefined;
  return name ? { kind: 'module', module: `${UNI_NATIVE_PLUGIN_MODULE}${name}`, path: [], viaRequire: false } : undefined;
}

function withGlobalObjectStripped(origin: ValueOrigin): ValueOrigin {
  if (origin.kind === 'global' && GLOBAL_OBJECT_ALIASES.has(origin.global) && origin.path.length > 0 && origin.path[0] !== CALL_SEGMENT) {
    return withGlobalObjectStripped({ kind: 'global', global: origin.path[0], path: origin.path.slice(1) });
  }
  return origin;
}

const append = (origin: ValueOrigin, segments: readonly string[]): ValueOrigin => ({ ...origin, path: [...origin.path, ...segments] });

/** Where the value of `node` comes from, or undefined when it is local / dynamic. */
export function resolveValueOrigin(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): ValueOrigin | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const expr = unwrapExpression(node);
  switch (expr.type) {
    case 'Identifier':
      return resolveIdentifierOrigin(sourceCode, expr, depth);
    case 'MemberExpression': {
      const name = staticPropertyName(expr);
      if (name === undefined) return undefined;
      if (unwrapExpression(expr.object).type === 'ThisExpression') {
        const init = classFieldInit(expr, name) ?? instanceFieldAssignment(sourceCode, expr, name);
        if (init) return resolveValueOrigin(sourceCode, init, depth + 1);
        // `constructor(private geolocation: Geolocation)`: Angular / Ionic inject an instance of the imported class.
        const injected = injectedServiceType(expr, name);
        return injected ? resolveIdentifierOrigin(sourceCode, injected, depth + 1) : undefined;
      }
      const object = resolveValueOrigin(sourceCode, expr.object, depth);
      return object && withGlobalObjectStripped(append(object, [name]));
    }
    case 'CallExpression': {
      const specifier = requireSpecifier(sourceCode, expr);
      if (specifier !== undefined) return { kind: 'module', module: normaliseModuleSpecifier(specifier), path: [], viaRequire: true };
      const callee = resolveValueOrigin(sourceCode, expr.callee, depth);
      const plugin = callee && uniNativePlugin(callee, expr);
      if (plugin) return plugin;
      return callee && append(callee, [CALL_SEGMENT]);
    }
    case 'NewExpression': {
      const callee = resolveValueOrigin(sourceCode, expr.callee, depth);
      return callee && append(callee, [CALL_SEGMENT]);
    }
    case 'ImportExpression': {
      // `await import('m')` gives the namespace object.
      const specifier = staticString(expr.source);
      return specifier === undefined ? undefined : { kind: 'module', module: normaliseModuleSpecifier(specifier), path: [], viaRequire: false };
    }
    default:
      return undefined;
  }
}

export function resolveIdentifierOrigin(sourceCode: SourceCode, id: TSESTree.Identifier | TSESTree.JSXIdentifier, depth = 0): ValueOrigin | undefined {
  const variable = findVariable(sourceCode, id, id.name);
  if (isGlobalVariable(variable)) return withGlobalObjectStripped({ kind: 'global', global: id.name, path: [] });
  const def = variable!.defs.find((d) => d.type !== 'Type');
  if (!def) return undefined;
  if (def.type === 'ImportBinding') return importOrigin(def.node as TSESTree.Node, def.parent as TSESTree.Node | null);
  if (def.type === 'Variable') {
    const declarator = def.node as TSESTree.VariableDeclarator;
    if (!declarator.init || !isEffectivelyConst(variable!)) return undefined;
    const path = patternPath(declarator.id, def.name as TSESTree.Node);
    if (!path) return undefined;
    const init = resolveValueOrigin(sourceCode, declarator.init, depth + 1);
    return init && append(init, path);
  }
  return undefined;
}

function importOrigin(node: TSESTree.Node, parent: TSESTree.Node | null): ValueOrigin | undefined {
  if (node.type === 'TSImportEqualsDeclaration') {
    const ref = node.moduleReference;
    if (ref.type !== 'TSExternalModuleReference') return undefined;
    const specifier = staticString(ref.expression);
    return specifier === undefined ? undefined : { kind: 'module', module: normaliseModuleSpecifier(specifier), path: [], viaRequire: true };
  }
  if (!parent || parent.type !== 'ImportDeclaration') return undefined;
  const module = normaliseModuleSpecifier(parent.source.value);
  switch (node.type) {
    case 'ImportDefaultSpecifier':
      return { kind: 'module', module, path: ['default'], viaRequire: false };
    case 'ImportNamespaceSpecifier':
      return { kind: 'module', module, path: [], viaRequire: false };
    case 'ImportSpecifier': {
      const imported = node.imported.type === 'Identifier' ? node.imported.name : String(node.imported.value);
      return { kind: 'module', module, path: [imported], viaRequire: false };
    }
    default:
      return undefined;
  }
}
