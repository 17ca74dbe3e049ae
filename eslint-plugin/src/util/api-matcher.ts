// Matches call sites to knowledge-base entries through import bindings (scope analysis) or unshadowed platform
// globals, never by bare name. A local `function getUniqueId()` or a parameter named `wx` never matches.
//
// Cost: a per-file set of candidate root names (imports of catalogued modules, catalogued globals, and constants
// derived from them) is built once per file and shared by every rule; a call whose chain root is not a candidate
// is rejected with one Set lookup. Only candidates go through scope resolution.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ApiEntry, ApiKind, ResolvedPermission } from '../core/knowledge/types.js';
import {
  ALL_ENTRIES,
  GLOBAL_OBJECT_ALIASES,
  getBindingIndex,
  globalHeadTest,
  globalUsePattern,
  moduleExportsMatching,
  normaliseModuleSpecifier,
  pathKey,
  type EntryFilter,
  type TextTest,
} from '../core/knowledge/registry.js';
import { chainRootName, findVariable, injectedServices, resolveIdentifierOrigin, resolveValueOrigin, staticString, unwrapExpression, type ValueOrigin } from './resolve-reference.js';
import { constantInit, resolvePermissionArgument } from './resolve-permission.js';
import { memberPropertyName, objectProperty } from './launch-context.js';

export type { EntryFilter };

export interface ApiCallMatch {
  entry: ApiEntry;
  /** The call/new expression, JSX opening element, or member read (e.g. Device.deviceName) that matched. */
  node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.JSXOpeningElement | TSESTree.MemberExpression | TSESTree.Identifier;
  /** Permissions after resolving arguments (PERMISSIONS.IOS.CAMERA, literals, Platform.select, ternaries, same-module constants). */
  permissions: ResolvedPermission[];
  /** False when a '<from-argument>' permission could not be resolved statically (rules must then stay silent). */
  resolved: boolean;
  /**
   * Other entries reached through the same binding, best-attested first after `entry` (e.g. navigator.geolocation is
   * catalogued for Web, Cordova and legacy React Native). Rules that know the app's ecosystem may prefer one of these.
   */
  alternatives?: ApiEntry[];
  /** How the callee was reached, for messages and debugging. */
  origin?: ValueOrigin;
}

export interface ApiMatcher {
  /** Which kinds of entry it matches ('*': all), so results can be shared between matchers that match alike. */
  readonly kindsKey: string;
  /** Match a call / new expression. Cheap for non-candidates (O(1) root-name check). */
  matchCall(node: TSESTree.CallExpression | TSESTree.NewExpression): ApiCallMatch | undefined;
  /** Match a JSX element that prompts on mount (<CameraView>, <RNCamera>). */
  matchJsx(node: TSESTree.JSXOpeningElement): ApiCallMatch | undefined;
  /**
   * Match a property read that is itself a data read: `Device.deviceName`, or `deviceName` imported by name
   * (pass the Identifier). Declarations, import specifiers and property keys never match.
   */
  matchMember(node: TSESTree.MemberExpression | TSESTree.Identifier): ApiCallMatch | undefined;
  /**
   * Match a call of a function a permission hook returned: `const [status, requestPermission] = useCameraPermissions();
   * requestPermission()` or `const { requestPermission } = useCameraPermission()`. Returns the hook's entry with
   * `node` = this call. Separate from matchCall so rules that report the hook call do not report twice.
   */
  matchHookResultCall(node: TSESTree.CallExpression): ApiCallMatch | undefined;
  /** True when the chain root of `node` could reach a catalogued API at all (the pre-filter, exposed for rules). */
  isCandidate(node: TSESTree.Node): boolean;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Per-file state shared by every rule's matcher. */
interface FileState {
  candidateNames: NameSet;
}

interface NameSet {
  has(name: string): boolean;
}

let baseCandidates: ReadonlySet<string> | undefined;

/** Names that are candidates in every file: catalogued globals, global-object aliases, require and import(). */
function baseCandidateNames(): ReadonlySet<string> {
  return (baseCandidates ??= new Set([...getBindingIndex().globalNames, ...GLOBAL_OBJECT_ALIASES, 'require', 'import']));
}

const fileStates = new WeakMap<object, FileState>();

function fileState(sourceCode: SourceCode): FileState {
  let state = fileStates.get(sourceCode.ast);
  if (!state) {
    state = { candidateNames: collectCandidateNames(sourceCode) };
    fileStates.set(sourceCode.ast, state);
  }
  return state;
}

/**
 * Names a catalogued API can be reached through in this file: catalogued globals, local names of imports from
 * catalogued modules, `require`, `import`, and (to a fixpoint) constants initialised from any of those.
 */
/** `this.<field> = [new] <root>…`: the field and the name its value's chain starts from. */
const THIS_FIELD_ASSIGNMENT = /\bthis\.([A-Za-z_$][\w$]*)\s*=(?![=>])\s*(?:new\s+)?([A-Za-z_$][\w$]*)/g;

function collectCandidateNames(sourceCode: SourceCode): NameSet {
  const index = getBindingIndex();
  const base = baseCandidateNames();
  // This file's own names; the shared base set is not copied per file.
  const local = new Set<string>();
  const names = { has: (name: string) => base.has(name) || local.has(name), add: (name: string) => local.add(name) };
  for (const statement of sourceCode.ast.body) {
    if (statement.type === 'ImportDeclaration') {
      for (const specifier of statement.specifiers) if (specifierMayReachCatalogue(statement, specifier, moduleExportsMatching())) names.add(specifier.local.name);
    } else if (statement.type === 'TSImportEqualsDeclaration' && statement.moduleReference.type === 'TSExternalModuleReference') {
      const specifier = staticString(statement.moduleReference.expression);
      if (specifier !== undefined && index.modules.has(normaliseModuleSpecifier(specifier))) names.add(statement.id.name);
    }
  }
  // Chain root → the names initialised from it (`const geo = navigator.geolocation`: navigator → geo).
  const derivedFrom = new Map<string, string[]>();
  const derive = (name: string, root: string): void => {
    const names = derivedFrom.get(root);
    if (names) names.push(name);
    else derivedFrom.set(root, [name]);
  };
  // Instance fields of top-level classes: `private atManager = abilityAccessCtrl.createAtManager()` → 'this.atManager'.
  for (const statement of sourceCode.ast.body) {
    const declaration =
      statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
    if (!declaration || (declaration.type !== 'ClassDeclaration' && declaration.type !== 'ClassExpression')) continue;
    for (const member of declaration.body.body) {
      if (member.type !== 'PropertyDefinition' || member.static || member.computed || !member.value) continue;
      const key = member.key.type === 'Identifier' ? member.key.name : staticString(member.key);
      const root = chainRootName(member.value);
      if (key !== undefined && root !== undefined) derive(`this.${key}`, root);
    }
    // Injected services: `constructor(private geolocation: Geolocation)` → 'this.geolocation' from Geolocation.
    for (const [name, type] of injectedServices(declaration.body)) derive(`this.${name}`, type.name);
  }
  // Instance fields given by assignment: `this.amap = new amapFile.AMapWX({ key })` in a page's onLoad → 'this.amap'.
  // Read from the text (a superset is fine: this only lets a chain through to scope resolution).
  if (sourceCode.text.includes('this.')) {
    for (const assigned of sourceCode.text.matchAll(THIS_FIELD_ASSIGNMENT)) derive(`this.${assigned[1]}`, assigned[2]!);
  }
  const scopeManager = sourceCode.scopeManager;
  if (scopeManager) {
    for (const scope of scopeManager.scopes) {
      for (const variable of scope.variables) {
        for (const def of variable.defs) {
          if (def.type !== 'Variable') continue;
          const init = (def.node as TSESTree.VariableDeclarator).init;
          const root = init ? chainRootName(init) : undefined;
          if (root !== undefined && root !== variable.name) derive(variable.name, root);
        }
      }
    }
  }
  // Everything derived, directly or through other derived names, from a candidate.
  const pending = [...derivedFrom.keys()].filter((root) => names.has(root));
  for (let root = pending.pop(); root !== undefined; root = pending.pop()) {
    for (const name of derivedFrom.get(root) ?? []) {
      if (names.has(name)) continue;
      names.add(name);
      if (derivedFrom.has(name)) pending.push(name);
    }
  }
  return names;
}

type ModuleHeads = ReadonlyMap<string, ReadonlySet<string>>;

/** `require(` or a dynamic `import(`: module uses the import declarations do not show. */
export const DYNAMIC_IMPORT_TEXT = /\brequire\s*\(|\bimport\s*\(/;

/**
 * Whether an import specifier can reach a catalogued API (one the filter accepts): a default or namespace import of
 * a module with such entries, or a named import of one of the names they are reached through (`PermissionsAndroid`
 * from 'react-native' can, `View` cannot).
 */
function specifierMayReachCatalogue(declaration: TSESTree.ImportDeclaration, specifier: TSESTree.ImportClause, heads: ModuleHeads): boolean {
  const names = heads.get(normaliseModuleSpecifier(declaration.source.value));
  if (!names) return false;
  if (specifier.type !== 'ImportSpecifier') return true;
  const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
  return names.has(imported);
}

/**
 * Cheap per-file test for rules that do costly per-node work: can anything in this file reach a catalogued API (one
 * that `filter` accepts, when given: a screen that only asks for permissions cannot start an SDK)? Imports that name
 * such an export, `require` / dynamic `import`, or a catalogued global in the text together with (given a filter)
 * the name of one of the filter's entries on a global (globalHeadTest).
 */
export function fileMayReachCatalogue(sourceCode: SourceCode, filter: EntryFilter = ALL_ENTRIES): boolean {
  // Several rules ask per file: the answer is kept with the AST (weakly: an editor's ASTs come and go).
  let answers = reachCache.get(sourceCode.ast);
  if (!answers) reachCache.set(sourceCode.ast, (answers = new Map()));
  let answer = answers.get(filter);
  if (answer === undefined) {
    answer = mayReach(sourceCode, moduleExportsMatching(filter), filter === ALL_ENTRIES ? undefined : globalHeadTest(filter));
    answers.set(filter, answer);
  }
  return answer;
}

const reachCache = new WeakMap<object, Map<EntryFilter, boolean>>();

function mayReach(sourceCode: SourceCode, heads: ModuleHeads, globalHeads: TextTest | undefined): boolean {
  for (const statement of sourceCode.ast.body) {
    if (statement.type === 'ImportDeclaration' && statement.specifiers.some((s) => specifierMayReachCatalogue(statement, s, heads))) return true;
    if (statement.type === 'TSImportEqualsDeclaration') return true;
  }
  const text = sourceCode.text;
  if (DYNAMIC_IMPORT_TEXT.test(text)) return true;
  return globalUsePattern().test(text) && (globalHeads === undefined || globalHeads.test(text));
}

function lookup(origin: ValueOrigin, kindFilter: ReadonlySet<ApiKind> | undefined, property: boolean): ApiEntry[] {
  const index = getBindingIndex();
  let found: readonly ApiEntry[] | undefined;
  if (origin.kind === 'global') {
    found = index.globals.get(pathKey(origin.global, origin.path));
  } else {
    found = index.imports.get(pathKey(origin.module, origin.path));
    // require('m') / import = require('m') give module.exports: the default export may sit on `.default` or be the object itself.
    if (!found?.length && origin.viaRequire) found = index.imports.get(pathKey(origin.module, ['default', ...origin.path]));
  }
  if (!found) return [];
  return found.filter((e) => (property ? e.access === 'property' : e.access !== 'property') && (!kindFilter || kindFilter.has(e.kind)));
}

function argumentLiteralMatches(entry: ApiEntry, node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  if (entry.argumentMember) {
    const arg = node.arguments[entry.argumentMember.index];
    const member = arg && arg.type !== 'SpreadElement' ? unwrapExpression(arg) : undefined;
    const name = member?.type === 'MemberExpression' ? memberPropertyName(member) : undefined;
    if (!name || !entry.argumentMember.names.includes(name)) return false;
  }
  if (entry.argumentProperty && !setsPropertyTo(node.arguments[entry.argumentProperty.index], entry.argumentProperty.property, entry.argumentProperty.value)) {
    return false;
  }
  if (entry.argumentPropertyAnyOf && !setsPropertyToAnyOf(node.arguments[entry.argumentPropertyAnyOf.index], entry.argumentPropertyAnyOf.property, entry.argumentPropertyAnyOf.values)) {
    return false;
  }
  if (entry.argumentLacksProperty) {
    const argument = node.arguments[entry.argumentLacksProperty.index];
    const object = argument && argument.type !== 'SpreadElement' ? unwrapExpression(argument) : undefined;
    // A spread may bring the property: only an object written out without it matches.
    if (object?.type !== 'ObjectExpression' || object.properties.some((p) => p.type === 'SpreadElement')) return false;
    if (objectProperty(object, entry.argumentLacksProperty.property) !== undefined) return false;
  }
  if (!entry.argumentLiteral) return true;
  const arg = node.arguments[entry.argumentLiteral.index];
  return arg !== undefined && arg.type !== 'SpreadElement' && staticString(arg) === entry.argumentLiteral.value;
}

/** `{ scopes: 'auth_user' }` or `{ scopes: ['auth_base', 'auth_user'] }` written in the call with one of the values. */
function setsPropertyToAnyOf(argument: TSESTree.CallExpressionArgument | undefined, property: string, values: readonly string[]): boolean {
  const object = argument && argument.type !== 'SpreadElement' ? unwrapExpression(argument) : undefined;
  const value = object?.type === 'ObjectExpression' ? objectProperty(object, property) : undefined;
  if (!value) return false;
  const items = value.type === 'ArrayExpression' ? value.elements : [value];
  return items.some((item) => !!item && item.type !== 'SpreadElement' && values.includes(staticString(item) ?? ''));
}

/** `{ force: true }` written in the call (a spread or a computed key could set it too: not matched). */
function setsPropertyTo(argument: TSESTree.CallExpressionArgument | undefined, property: string, value: boolean | string): boolean {
  const object = argument && argument.type !== 'SpreadElement' ? unwrapExpression(argument) : undefined;
  const literal = object?.type === 'ObjectExpression' ? objectProperty(object, property) : undefined;
  return literal?.type === 'Literal' && literal.value === value;
}

function permissionsFor(
  sourceCode: SourceCode,
  entry: ApiEntry,
  node: TSESTree.CallExpression | TSESTree.NewExpression | undefined,
): { permissions: ResolvedPermission[]; resolved: boolean } {
  if (entry.permission === '*') return { permissions: [], resolved: true };
  if (entry.sourceTypeOption && entry.permission !== '<from-argument>') return pickerPermissions(entry.permission, entry.sourceTypeOption, node);
  if (entry.mediaConstraintsOption) return mediaPermissions(sourceCode, node?.arguments[entry.mediaConstraintsOption.index]);
  if (entry.pictureSourceOption) return pictureSourcePermissions(sourceCode, entry.pictureSourceOption, node);
  const when = entry.permissionWhenTrue;
  if (when && node) {
    const argument = node.arguments[when.index];
    const value = argument && argument.type !== 'SpreadElement' ? unwrapExpression(argument) : undefined;
    const isTrue = when.property ? setsPropertyTo(argument, when.property, true) : value?.type === 'Literal' && value.value === true;
    if (isTrue) return { permissions: [{ permission: when.permission }], resolved: true };
  }
  if (entry.permission !== '<from-argument>') {
    const extra = entry.extraPermissions?.map((permission) => ({ permission })) ?? [];
    return { permissions: [{ permission: entry.permission }, ...extra], resolved: true };
  }
  if (!entry.argument || !node) return { permissions: [], resolved: false };
  return resolvePermissionArgument(sourceCode, node, entry.argument);
}

/**
 * What a media picker opens, from its `sourceType` option: 'camera' → the camera, 'album' → the entry's permission.
 * No argument, or an object without the option, offers both (the APIs' default ['album', 'camera']).
 */
function pickerPermissions(
  albumPermission: ResolvedPermission['permission'],
  option: NonNullable<ApiEntry['sourceTypeOption']>,
  node: TSESTree.CallExpression | TSESTree.NewExpression | undefined,
): { permissions: ResolvedPermission[]; resolved: boolean } {
  const both = { permissions: [{ permission: albumPermission }, { permission: 'camera' as const }], resolved: true };
  const argument = node?.arguments[option.index];
  if (!argument) return both;
  const object = unwrapExpression(argument as TSESTree.Expression);
  // A spread may set the sources too: nothing to read then.
  if (object.type !== 'ObjectExpression' || object.properties.some((p) => p.type === 'SpreadElement')) return { permissions: [], resolved: false };
  const sources = objectProperty(object, option.property);
  if (!sources) return both;
  if (sources.type !== 'ArrayExpression') return { permissions: [], resolved: false };
  const permissions: ResolvedPermission[] = [];
  for (const element of sources.elements) {
    const source = element && element.type !== 'SpreadElement' ? staticString(element) : undefined;
    if (source === undefined) return { permissions: [], resolved: false };
    if (source === 'album' && !permissions.some((p) => p.permission === albumPermission)) permissions.push({ permission: albumPermission });
    if (source === 'camera' && !permissions.some((p) => p.permission === 'camera')) permissions.push({ permission: 'camera' });
  }
  return { permissions, resolved: true };
}

/** cordova-plugin-camera's PictureSourceType: PHOTOLIBRARY 0, CAMERA 1, SAVEDPHOTOALBUM 2. */
const PICTURE_SOURCES: ReadonlyMap<string | number, 'camera' | 'photos'> = new Map<string | number, 'camera' | 'photos'>([
  ['CAMERA', 'camera'],
  [1, 'camera'],
  ['PHOTOLIBRARY', 'photos'],
  [0, 'photos'],
  ['SAVEDPHOTOALBUM', 'photos'],
  [2, 'photos'],
]);

/**
 * What cordova-plugin-camera's getPicture opens, from its `sourceType` option: the camera when it is left out (the
 * plugin's default) or CAMERA, the photo library for PHOTOLIBRARY / SAVEDPHOTOALBUM, both branches of a condition. The
 * options may be a constant of this module that nothing writes to; any other source (a variable, a spread) is not judged.
 */
function pictureSourcePermissions(
  sourceCode: SourceCode,
  option: NonNullable<ApiEntry['pictureSourceOption']>,
  node: TSESTree.CallExpression | TSESTree.NewExpression | undefined,
): { permissions: ResolvedPermission[]; resolved: boolean } {
  const unresolved = { permissions: [], resolved: false };
  const argument = node?.arguments[option.index];
  if (!argument) return { permissions: [{ permission: 'camera' }], resolved: true };
  let object: TSESTree.Node | undefined = argument.type === 'SpreadElement' ? undefined : unwrapExpression(argument);
  if (object?.type === 'Identifier') object = constraintsConstant(sourceCode, object);
  if (object?.type !== 'ObjectExpression' || object.properties.some((p) => p.type === 'SpreadElement')) return unresolved;
  const source = objectProperty(object, option.property);
  if (!source) return { permissions: [{ permission: 'camera' }], resolved: true };
  const found = new Set<'camera' | 'photos'>();
  const read = (value: TSESTree.Node): boolean => {
    const expression = unwrapExpression(value as TSESTree.Expression);
    if (expression.type === 'ConditionalExpression') return read(expression.consequent) && read(expression.alternate);
    const key =
      expression.type === 'Literal' && typeof expression.value === 'number'
        ? expression.value
        : expression.type === 'MemberExpression' && !expression.computed && expression.property.type === 'Identifier'
          ? expression.property.name
          : undefined;
    const permission = key === undefined ? undefined : PICTURE_SOURCES.get(key);
    if (permission) found.add(permission);
    return permission !== undefined;
  };
  if (!read(source)) return unresolved;
  return { permissions: [...found].map((permission) => ({ permission })), resolved: true };
}

/**
 * What getUserMedia asks for, from its constraints: `video` the camera, `audio` the microphone. The object may be
 * written in the call or be a constant of this module that nothing writes to. A constraint counts when it is `true`
 * or an object (`{ facingMode: 'environment' }`), or a condition between two such; `false` or absent does not, and
 * one written any other way (a variable, `withAudio && {…}`) is not judged. Nothing certain, or a spread that may set either: unresolved.
 */
function mediaPermissions(
  sourceCode: SourceCode,
  argument: TSESTree.CallExpressionArgument | undefined,
): { permissions: ResolvedPermission[]; resolved: boolean } {
  const unresolved = { permissions: [], resolved: false };
  let object = argument && argument.type !== 'SpreadElement' ? unwrapExpression(argument) : undefined;
  if (object?.type === 'Identifier') object = constraintsConstant(sourceCode, object);
  if (object?.type !== 'ObjectExpression' || object.properties.some((p) => p.type === 'SpreadElement')) return unresolved;
  const permissions: ResolvedPermission[] = [];
  for (const [constraint, permission] of [['video', 'camera'], ['audio', 'microphone']] as const) {
    const value = objectProperty(object, constraint);
    if (value && asksFor(value)) permissions.push({ permission });
  }
  return permissions.length ? { permissions, resolved: true } : unresolved;
}

/** `true`, an object of settings, or a condition between two of those (`front ? { facingMode: 'user' } : { … }`). */
function asksFor(constraint: TSESTree.Node): boolean {
  const value = unwrapExpression(constraint);
  if (value.type === 'ConditionalExpression') return asksFor(value.consequent) && asksFor(value.alternate);
  return (value.type === 'Literal' && value.value === true) || value.type === 'ObjectExpression';
}

/** `const constraints = { video: true }` of this module, unless a property of it is assigned later. */
function constraintsConstant(sourceCode: SourceCode, id: TSESTree.Identifier): TSESTree.Node | undefined {
  const init = constantInit(sourceCode, id);
  const object = init && unwrapExpression(init);
  if (object?.type !== 'ObjectExpression') return undefined;
  const variable = findVariable(sourceCode, id, id.name);
  const written = variable?.references.some((ref) => {
    const parent = ref.identifier.parent;
    return parent?.type === 'MemberExpression' && parent.object === ref.identifier && isAssignedTo(parent);
  });
  return written ? undefined : object;
}

function isAssignedTo(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return (parent?.type === 'AssignmentExpression' && parent.left === node) || (parent?.type === 'UpdateExpression') || (parent?.type === 'UnaryExpression' && parent.operator === 'delete');
}

function buildMatch(
  sourceCode: SourceCode,
  entries: ApiEntry[],
  node: ApiCallMatch['node'],
  call: TSESTree.CallExpression | TSESTree.NewExpression | undefined,
  origin: ValueOrigin,
): ApiCallMatch {
  const [entry, ...rest] = entries;
  const { permissions, resolved } = permissionsFor(sourceCode, entry, call);
  return { entry, node, permissions, resolved, origin, ...(rest.length ? { alternatives: rest } : {}) };
}

/** An identifier used as a value (not a declaration, import/export specifier, property key or member name). */
function isValueRead(node: TSESTree.Identifier): boolean {
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
    case 'ExportSpecifier':
    case 'VariableDeclarator':
      return parent.type === 'VariableDeclarator' && parent.init === node;
    case 'MemberExpression':
      return parent.object === node || parent.computed;
    case 'Property':
      return parent.value === node && !(parent.parent?.type === 'ObjectPattern');
    default:
      return true;
  }
}

/** One matcher per linted file; build it in `create` and use it from the visitors. */
export function createApiMatcher(context: Context, kinds?: readonly ApiKind[]): ApiMatcher {
  const sourceCode = context.sourceCode;
  const kindFilter = kinds && kinds.length ? new Set(kinds) : undefined;
  let state: FileState | undefined;
  const candidates = (): NameSet => (state ??= fileState(sourceCode)).candidateNames;

  const isCandidate = (node: TSESTree.Node): boolean => {
    const root = chainRootName(node);
    return root !== undefined && candidates().has(root);
  };

  const matchCall = (node: TSESTree.CallExpression | TSESTree.NewExpression): ApiCallMatch | undefined => {
    if (!isCandidate(node.callee)) return undefined;
    const origin = resolveValueOrigin(sourceCode, node.callee);
    if (!origin) return undefined;
    const entries = lookup(origin, kindFilter, false).filter((e) => e.access !== 'jsx' && argumentLiteralMatches(e, node));
    if (!entries.length) return undefined;
    return buildMatch(sourceCode, entries, node, node, origin);
  };

  const matchMember = (node: TSESTree.MemberExpression | TSESTree.Identifier): ApiCallMatch | undefined => {
    if (node.type === 'Identifier' && !isValueRead(node)) return undefined;
    if (!isCandidate(node)) return undefined;
    const origin = resolveValueOrigin(sourceCode, node);
    if (!origin) return undefined;
    const entries = lookup(origin, kindFilter, true);
    if (!entries.length) return undefined;
    return buildMatch(sourceCode, entries, node, undefined, origin);
  };

  const matchJsx = (node: TSESTree.JSXOpeningElement): ApiCallMatch | undefined => {
    let origin: ValueOrigin | undefined;
    const name = node.name;
    if (name.type === 'JSXIdentifier') {
      if (!candidates().has(name.name)) return undefined;
      origin = resolveIdentifierOrigin(sourceCode, name);
    } else if (name.type === 'JSXMemberExpression' && name.object.type === 'JSXIdentifier' && candidates().has(name.object.name)) {
      const object = resolveIdentifierOrigin(sourceCode, name.object);
      origin = object && { ...object, path: [...object.path, name.property.name] };
    }
    if (!origin || origin.kind !== 'module' || origin.path.length === 0) return undefined;
    const index = getBindingIndex();
    const path = origin.path[0] === 'default' && origin.path.length === 2 ? origin.path.slice(1) : origin.path;
    if (path.length !== 1) return undefined;
    const entries = (index.jsx.get(pathKey(origin.module, path)) ?? []).filter((e) => !kindFilter || kindFilter.has(e.kind));
    if (!entries.length) return undefined;
    return buildMatch(sourceCode, entries, node, undefined, origin);
  };

  const matchHookResultCall = (node: TSESTree.CallExpression): ApiCallMatch | undefined => {
    const callee = unwrapExpression(node.callee);
    if (!isCandidate(callee)) return undefined;
    const origin = resolveValueOrigin(sourceCode, callee);
    // The origin of a hook result is `<hook path>, '()', <index or property>`.
    if (!origin) return undefined;
    const callAt = origin.path.lastIndexOf('()');
    if (callAt < 0 || callAt !== origin.path.length - 2) return undefined;
    const hookOrigin = { ...origin, path: origin.path.slice(0, callAt) } as ValueOrigin;
    const hookName = hookOrigin.kind === 'module' ? hookOrigin.path[hookOrigin.path.length - 1] : undefined;
    if (!hookName || !/^use[A-Z]/.test(hookName)) return undefined;
    const member = origin.path[origin.path.length - 1];
    // [status, request, get] tuples (expo) or { requestPermission } objects (vision-camera).
    if (member !== '1' && member !== 'requestPermission') return undefined;
    const entries = lookup(hookOrigin, kindFilter, false).filter((e) => e.kind === 'permission-request');
    if (!entries.length) return undefined;
    return buildMatch(sourceCode, entries, node, node, origin);
  };

  const kindsKey = kindFilter ? [...kindFilter].sort().join(',') : '*';
  return { kindsKey, matchCall, matchJsx, matchMember, matchHookResultCall, isCandidate };
}

/**
 * The entry of a match that fits the app: when one binding is catalogued for several ecosystems (navigator.geolocation
 * for Web, Cordova and legacy React Native), prefer the one whose ecosystem the app uses; else the match's own entry.
 */
export function preferEntry(match: ApiCallMatch, ecosystems: Iterable<string>): ApiEntry {
  const wanted = new Set(ecosystems);
  // Expo apps run React Native code, so a React Native entry fits them too.
  if (wanted.has('expo')) wanted.add('react-native');
  const candidates = [match.entry, ...(match.alternatives ?? [])];
  // A host's entry before the browser's: a Capacitor or Cordova app is web code too, but its web view asks the
  // native platform, whose declarations the host's entry lists.
  return candidates.find((e) => e.ecosystem !== 'web' && wanted.has(e.ecosystem)) ?? candidates.find((e) => wanted.has(e.ecosystem)) ?? match.entry;
}

/** The API as the code wrote it, for messages: `SpeechRecognition.start`, `new Mixpanel(…).init` (at most 80 characters). */
export function apiText(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.MemberExpression,
): string {
  const target = node.type === 'MemberExpression' ? node : node.callee;
  // One line, with a chain broken over lines joined again (`this.client\n  .setup` → `this.client.setup`).
  const text = sourceCode.getText(target).replace(/\s+/g, ' ').replace(/ ?(\??\.) ?/g, '$1');
  return (node.type === 'NewExpression' ? `new ${text}` : text).slice(0, 80);
}
