// Permission requests and data collection in the app's own modules: launch code that calls a helper imported from
// the app's own module (`import { askLocation } from './utils/permission'`, `PermissionUtil.requestLocation()` from
// '@/utils/permission', `initSdks()` from './sdk', a Pinia store's action) asks, or collects, at launch as surely as
// if the call were written in place. This is the most common real-world shape, and ESLint lints one file at a time,
// so the helper's module is parsed here (read through the project model: an unsaved editor buffer first), once per
// version, and summarised per exported function.
//
// The summary of an exported function is the first prompting request (or collecting call) it certainly runs: in its
// own body or in what it certainly runs in turn inside that module (same-module calls, promise continuations, timers,
// completion callbacks: launch-context's edges), else in the app-module functions it certainly calls, one module
// further (App → store → service; two modules keep the cost bounded). Requests behind event handlers and
// subscriptions are not counted. Only modules whose text names a catalogued module or platform global, or imports
// another app module, are parsed at all.
import { dirname, join, resolve } from 'node:path';
import { evaluate, parse as parseJson5 } from '@humanwhocodes/momoa';
import { SourceCode } from 'eslint';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { contentHash } from '../core/hash.js';
import { parseJsConfigObject, type TreeNode } from '../core/edits/index.js';
import { getProjectModel } from '../core/project/index.js';
import { getBindingIndex, globalUsePattern } from '../core/knowledge/registry.js';
import * as sourceParser from '../parsers/source-parser.js';
import { apiText, createApiMatcher, type ApiCallMatch } from './api-matcher.js';
import { childNodes, classifyPermissionCall, isPromptingRequest, underAuthorisedScope, type PermissionCall } from './denial.js';
import {
  MAX_LAUNCH_HOPS,
  classMethod,
  enclosingFunction,
  isFunctionNode,
  launchReachable,
  memberPropertyName,
  objectProperty,
  propertyKeyName,
  unwrapExpression,
  type FunctionNode,
} from './launch-context.js';
import { chainRootName, resolveValueOrigin } from './resolve-reference.js';
import { isFresh } from '../core/freshness.js';
import { blankComments } from '../core/usage-index.js';

type Node = TSESTree.Node;

/** A prompting request that calling an imported helper runs. */
export interface ImportedRequest {
  /** The request inside the helper's module. */
  request: PermissionCall;
  /** The request as written there (`Geolocation.requestPermissions`). */
  api: string;
  /** The helper's module file. */
  file: string;
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.vue', '.ets'];
const MAX_REMEMBERED = 500;

interface ModuleSummary {
  signature: string;
  /** Export path ('askLocation', 'default', 'PermissionUtil.requestLocation') → its first certain request. */
  requests: Map<string, Remembered<PermissionCall>>;
  /** Export path → the first collecting call it certainly runs (no-collection-before-consent). */
  collections: Map<string, Remembered<{ node: CallNode; match: ApiCallMatch }>>;
  analysed: AnalysedModule | undefined;
  /** A module that names no catalogued API, parsed only when asked for its functions (null: it does not parse). */
  plain?: AnalysedModule | null;
  /** helperFindingsVersion's answer for a module that requests and collects nothing (computed on first ask). */
  stateVersion?: string;
  /** The text imports another app module (relative, `@/`, `~/`, a tsconfig alias): its calls may be followed further. */
  importsApp: boolean;
}

type CallNode = TSESTree.CallExpression | TSESTree.NewExpression;

/**
 * An answer kept with the modules it was read from beyond the helper's own (a helper that calls another app
 * module's function): it holds while each of them keeps its signature.
 */
interface Remembered<T> {
  /** What the export certainly runs, and its text as written in its module (with the helper calls on the way). */
  found: { value: T; api: string } | null;
  deps: readonly (readonly [file: string, signature: string])[];
}

/**
 * What an export path of a helper's module certainly runs, as `find` picks it among the functions it reaches:
 * remembered in `cache` per module version, and while the modules read beyond it keep their signatures.
 */
function rememberedFollow<T>(
  cache: Map<string, Remembered<T>>,
  target: { module: AnalysedModule; path: readonly string[]; key: string },
  find: (module: AnalysedModule, reachable: ReadonlySet<TSESTree.Node>) => T | undefined,
  nodeOf: (value: T) => CallNode,
): Remembered<T>['found'] {
  const known = cache.get(target.key);
  if (known && known.deps.every(([file, signature]) => summaryOf(file)?.signature === signature)) return known.found;
  const deps: [string, string][] = [];
  const followed = followExport(target.module, target.path, deps, 1, find);
  const found = followed
    ? { value: followed.value, api: followed.via + apiText(followed.module.sourceCode as unknown as Readonly<TSESLint.SourceCode>, nodeOf(followed.value)) }
    : null;
  cache.set(target.key, { found, deps });
  return found;
}

interface AnalysedModule {
  file: string;
  sourceCode: SourceCode;
  /** Calls of functions from other app modules (found on first use), to follow one module further. */
  helperCalls?: TSESTree.CallExpression[];
  /** Prompting requests of the module, each with the function that holds it. */
  requests: { call: PermissionCall; owner: Node }[];
  /** Calls of any catalogued API (SDK starts, data reads …), found on first use; none when the module talks of consent. */
  catalogued?: { node: CallNode; match: ApiCallMatch; owner: Node }[];
  exports: Map<string, Node>;
  /** The module's own top-level bindings (to find the class of `export const analytics = new Analytics()`). */
  locals: Map<string, Node>;
}

/** A collecting call (an SDK start, a personal-data read) that calling an imported helper certainly runs. */
export interface ImportedCollection {
  /** The call inside the helper's module, and what it matched. */
  node: CallNode;
  match: ApiCallMatch;
  /** The call as written there (`UMConfigure.init`). */
  api: string;
  /** The helper's module file. */
  file: string;
}

const modules = new Map<string, ModuleSummary>();

const APP_SPECIFIER = /^(?:\.{1,2}\/|@\/|~\/)/;

/**
 * Local names a module binds by importing from the app's own modules (relative or `@/` / `~/` specifiers, and the
 * `compilerOptions.paths` aliases of the app's tsconfig.json / jsconfig.json when `filename` is given), with
 * `import` or, as WeChat mini programs do, a top-level `const util = require('../../utils/util.js')` (or a
 * destructuring of it).
 */
export function appImportNames(program: TSESTree.Program, filename?: string): ReadonlySet<string> {
  // Two rules ask for every file: the answer is kept with the AST.
  const known = importNamesOf.get(program);
  if (known && known.filename === filename) return known.names;
  const names = new Set<string>();
  let aliases: PathAlias[] | undefined;
  const isApp = (specifier: string): boolean => {
    if (APP_SPECIFIER.test(specifier)) return true;
    if (filename === undefined || specifier.startsWith('.')) return false;
    aliases ??= aliasesForFile(filename);
    return matchAliases(aliases, specifier).length > 0;
  };
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') {
      if (statement.importKind === 'type' || !isApp(String(statement.source.value))) continue;
      for (const imported of statement.specifiers) names.add(imported.local.name);
    } else if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        const init = declarator.init;
        const required = init?.type === 'CallExpression' && init.callee.type === 'Identifier' && init.callee.name === 'require' ? init.arguments[0] : undefined;
        if (required?.type !== 'Literal' || typeof required.value !== 'string' || !isApp(required.value)) continue;
        if (declarator.id.type === 'Identifier') names.add(declarator.id.name);
        else if (declarator.id.type === 'ObjectPattern') {
          for (const property of declarator.id.properties) {
            if (property.type === 'Property' && property.value.type === 'Identifier') names.add(property.value.name);
          }
        }
      }
    }
  }
  importNamesOf.set(program, { filename, names });
  return names;
}

const importNamesOf = new WeakMap<TSESTree.Program, { filename: string | undefined; names: ReadonlySet<string> }>();

/**
 * Which calls of a linted file may call a helper of the app's own modules: through a name it imports
 * (`initServices()`, `PermissionUtil.locate()`) or a name bound to what such a name returns
 * (`const { initLocation } = useLocationStore()`, `const store = useUserStore()`). Feed it the file's variable
 * declarators in traversal order; resolving the call itself is left to importedRequestOf / importedCollectionOf.
 */
export function helperCallFilter(helpers: ReadonlySet<string>): {
  declarator(node: TSESTree.VariableDeclarator): void;
  mayCallHelper(call: TSESTree.CallExpression): boolean;
} {
  const results = new Set<string>();
  const isHelperRoot = (root: string | undefined): boolean => root !== undefined && (helpers.has(root) || results.has(root));
  const bind = (pattern: TSESTree.Node): void => {
    if (pattern.type === 'Identifier') results.add(pattern.name);
    else if (pattern.type === 'ObjectPattern') for (const property of pattern.properties) bind(property.type === 'Property' ? property.value : property.argument);
    else if (pattern.type === 'ArrayPattern') for (const element of pattern.elements) element && bind(element);
    else if (pattern.type === 'AssignmentPattern') bind(pattern.left);
  };
  return {
    declarator(node) {
      const init = node.init && unwrapExpression(node.init);
      // `const x = helper()`, and `const fcm = new FCMService()` of an imported class (whose methods are followed).
      if ((init?.type === 'CallExpression' || init?.type === 'NewExpression') && isHelperRoot(chainRootName(init.callee))) bind(node.id);
    },
    mayCallHelper: (call) => isHelperRoot(chainRootName(call.callee)),
  };
}

/**
 * The request that `call` (a call of a function imported from the app's own module) certainly runs, or undefined.
 * `prompts` decides which permission calls count (the rule's own notion of a prompting request). The summary is
 * kept per module version, so it must not depend on `prompts` varying between callers: the rules pass the same.
 */
export function importedRequestOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  filename: string,
  call: TSESTree.CallExpression,
  prompts: (call: PermissionCall) => boolean = isPromptingRequest,
): ImportedRequest | undefined {
  const target = helperOf(sourceCode, filename, call);
  if (!target) return undefined;
  const found = rememberedFollow(
    target.summary.requests,
    target,
    (module, reachable) => module.requests.find((r) => reachable.has(r.owner) && prompts(r.call) && !underAuthorisedScope(r.call.node))?.call,
    (request) => request.node,
  );
  return found ? { request: found.value, api: found.api, file: target.file } : undefined;
}

/** The app module a callee is imported from (its file and summary) and the export path it names. */
function calleeModule(sourceCode: Readonly<TSESLint.SourceCode>, filename: string, callee: TSESTree.Node) {
  const origin = resolveValueOrigin(sourceCode, callee);
  if (origin?.kind !== 'module') return undefined;
  let file = resolveAppModule(filename, origin.module);
  // `const init = require('./init'); init()`: the module's value itself, its `module.exports = init`.
  let path = origin.path.length > 0 ? origin.path : ['default'];
  // A barrel (`index.ts` with `export { initMonitoring } from './monitoring'` or `export * from './monitoring'`):
  // the module that defines the export.
  for (let hop = 0; file && hop < MAX_BARREL_HOPS; hop++) {
    const next = reExportOf(file, path[0]);
    if (!next) break;
    file = next.file;
    path = [next.name, ...path.slice(1)];
  }
  const summary = file ? summaryOf(file) : undefined;
  return file && summary ? { summary, path, file } : undefined;
}

/** How many barrels (`index.ts` re-exporting other modules) an import is followed through. */
const MAX_BARREL_HOPS = 3;
const NAMED_RE_EXPORT = /\bexport\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g;
const STAR_RE_EXPORT = /\bexport\s*\*\s*from\s*['"]([^'"]+)['"]/g;
/** `export { a, b as c }` with no `from`: the module's own bindings, imported ones included. */
const LOCAL_EXPORT_LIST = /\bexport\s*\{([^}]*)\}(?!\s*from)/g;
const IMPORT_CLAUSE = /\bimport\s+(?:type\s+)?(?:([\w$]+)\s*(?:,\s*)?)?(?:\{([^}]*)\}\s*)?from\s*['"]([^'"]+)['"]/g;

/** The module and export name a local binding is imported as (`import init from`, `import { a as b } from`). */
function importedBinding(text: string, local: string): { module: string; name: string } | undefined {
  for (const m of text.matchAll(IMPORT_CLAUSE)) {
    if (m[1] === local) return { module: m[3], name: 'default' };
    for (const spec of (m[2] ?? '').split(',')) {
      const parts = /^\s*(?:type\s+)?([\w$]+)(?:\s+as\s+([\w$]+))?\s*$/.exec(spec);
      if (parts && (parts[2] ?? parts[1]) === local) return { module: m[3], name: parts[1] };
    }
  }
  return undefined;
}

/**
 * Where a module re-exports `name` from: `export { name } from './x'`, `export { default as name } from './x'`, or
 * `export * from './x'` when './x' itself defines an export of that name. Undefined when the module defines it.
 */
function reExportOf(file: string, name: string): { file: string; name: string } | undefined {
  const read = getProjectModel().source.read(file);
  if (!read?.ok || !read.text.includes('from')) return undefined;
  // A re-export commented out (`// export * from './old'`) re-exports nothing.
  const text = blankComments(read.text, { script: true, markup: false });
  for (const m of text.matchAll(NAMED_RE_EXPORT)) {
    for (const spec of m[1].split(',')) {
      const parts = /^\s*(?:type\s+)?([\w$]+)(?:\s+as\s+([\w$]+))?\s*$/.exec(spec);
      if (!parts || (parts[2] ?? parts[1]) !== name) continue;
      const target = resolveAppModule(file, m[2]);
      return target ? { file: target, name: parts[1] } : undefined;
    }
  }
  // import { initMonitoring } from './logging.util'; export { initMonitoring } (1000jours' src/utils/index.ts)
  for (const m of text.matchAll(LOCAL_EXPORT_LIST)) {
    for (const spec of m[1].split(',')) {
      const parts = /^\s*(?:type\s+)?([\w$]+)(?:\s+as\s+([\w$]+))?\s*$/.exec(spec);
      if (!parts || (parts[2] ?? parts[1]) !== name) continue;
      const imported = importedBinding(text, parts[1]);
      const target = imported ? resolveAppModule(file, imported.module) : undefined;
      return target && imported ? { file: target, name: imported.name } : undefined;
    }
  }
  if (name === 'default') return undefined;
  const defines = new RegExp(`\\bexport\\s+(?:async\\s+)?(?:function\\*?|const|let|var|class)\\s+${name.replace(/\$/g, '\\$')}\\b|\\bexport\\s*\\{[^}]*\\b${name.replace(/\$/g, '\\$')}\\b[^}]*\\}(?!\\s*from)`);
  // A module's own export of the name wins over `export *`.
  if (defines.test(text)) return undefined;
  for (const m of text.matchAll(STAR_RE_EXPORT)) {
    const target = resolveAppModule(file, m[1]);
    const targetRead = target ? getProjectModel().source.read(target) : undefined;
    if (target && targetRead?.ok && defines.test(blankComments(targetRead.text, { script: true, markup: false }))) return { file: target, name };
  }
  return undefined;
}

/**
 * As calleeModule, with the module parsed: one that names a catalogued API, or one that imports another app module
 * (a store whose action calls a service), whose calls are followed one module further.
 */
function helperOf(sourceCode: Readonly<TSESLint.SourceCode>, filename: string, call: TSESTree.CallExpression) {
  const target = calleeModule(sourceCode, filename, call.callee);
  if (!target) return undefined;
  const module = target.summary.analysed ?? (target.summary.importsApp ? plainModule(target.summary, target.file) : undefined);
  return module ? { ...target, module, key: target.path.join('.') } : undefined;
}

/** How many app modules a call is followed through: the helper's, and one more that it calls (App → store → service). */
const MAX_HELPER_MODULES = 2;


/** The module, parsed for its functions only (no catalogued API in it), remembered with its summary. */
function plainModule(summary: ModuleSummary, file: string): AnalysedModule | undefined {
  if (summary.plain === undefined) {
    const read = getProjectModel().source.read(file);
    summary.plain = (read?.ok ? analyse(file, read.text, false) : undefined) ?? null;
  }
  return summary.plain ?? undefined;
}

/**
 * What `find` finds among the functions an export certainly runs in its module, else (up to MAX_HELPER_MODULES
 * modules deep) in what the app-module functions it certainly calls run: `via` is the path there
 * (`initLocation() → ` for a store action that calls a service's initLocation()). Every module read beyond the
 * first is added to `deps`. A module that mentions consent or the privacy policy is not followed further.
 */
function followExport<T>(
  module: AnalysedModule,
  path: readonly string[],
  deps: [string, string][],
  depth: number,
  find: (module: AnalysedModule, reachable: ReadonlySet<TSESTree.Node>) => T | undefined,
): { value: T; module: AnalysedModule; via: string } | undefined {
  const fn = exportedFunction(module, path);
  if (!fn) return undefined;
  const tsSourceCode = module.sourceCode as unknown as Readonly<TSESLint.SourceCode>;
  const reachable = launchReachable(fn, { sourceCode: tsSourceCode, filename: '' }, MAX_LAUNCH_HOPS);
  const value = find(module, reachable);
  if (value !== undefined) return { value, module, via: '' };
  if (depth >= MAX_HELPER_MODULES || mentionsConsent(module.sourceCode)) return undefined;
  for (const call of (module.helperCalls ??= helperCallsIn(module))) {
    if (!reachable.has(enclosingFunction(call))) continue;
    const target = calleeModule(tsSourceCode, module.file, call.callee);
    if (!target || target.file === module.file) continue;
    deps.push([target.file, target.summary.signature]);
    const inner = target.summary.analysed ?? plainModule(target.summary, target.file);
    const found = inner && followExport(inner, target.path, deps, depth + 1, find);
    if (found) return { ...found, via: `${apiText(tsSourceCode, call)}() → ${found.via}` };
  }
  return undefined;
}

/** Calls in a module of what it imports from other app modules (or binds from their results). */
function helperCallsIn(module: AnalysedModule): TSESTree.CallExpression[] {
  const tsSourceCode = module.sourceCode as unknown as Readonly<TSESLint.SourceCode>;
  const program = module.sourceCode.ast as unknown as TSESTree.Program;
  const helpers = appImportNames(program, module.file);
  if (helpers.size === 0) return [];
  const filter = helperCallFilter(helpers);
  // Bindings first (the walk is not in source order), then the calls through them.
  forEachNode(tsSourceCode, program, (node) => {
    if (node.type === 'VariableDeclarator') filter.declarator(node);
  });
  const calls: TSESTree.CallExpression[] = [];
  forEachNode(tsSourceCode, program, (node) => {
    if (node.type === 'CallExpression' && filter.mayCallHelper(node)) calls.push(node);
  });
  return calls.sort((a, b) => a.range[0] - b.range[0]);
}

/**
 * A version of what importers' findings read of a module, for an editor deciding whether a change of the module's
 * text (a buffer edit, as the project model reads it) can change the findings of files that import it:
 * - a module that holds a permission request or a catalogued call its importers' findings follow: a hash of its
 *   text (any edit may move a call in or out of what an export certainly runs);
 * - a module that imports other app modules (the boot service between the launch code and the helper it calls): a
 *   hash of its text too;
 * - a React hook module: where its state starts ticked (`useState({ …, agree: true })`, which no-preselected-consent
 *   reports on the importer's checkbox, naming the line), so typing elsewhere in the hook re-checks nothing;
 * - else 'none'. Opening a buffer that equals the file on disk changes nothing.
 */
export function helperFindingsVersion(file: string): string {
  const path = resolve(file);
  const summary = summaryOf(path);
  const analysed = summary?.analysed;
  if (analysed && (analysed.requests.length > 0 || (analysed.catalogued ??= cataloguedCalls(analysed)).length > 0)) {
    return `calls:${contentHash(analysed.sourceCode.text)}`;
  }
  if (!summary) return 'none';
  // A module between (a boot service calling another module's helper): what its importers' findings follow through
  // it can change with any edit.
  if (summary.importsApp) {
    const read = analysed ? undefined : getProjectModel().source.read(path);
    return `imports:${contentHash(analysed ? analysed.sourceCode.text : read?.ok ? read.text : '')}`;
  }
  if (summary.stateVersion === undefined) {
    const read = analysed ? undefined : getProjectModel().source.read(path);
    const text = analysed ? analysed.sourceCode.text : read?.ok ? read.text : '';
    summary.stateVersion = statesTickedAt(text);
  }
  return summary.stateVersion;
}

/** `useState` fields written as true, each with its line ('none' without useState): a cheap stand-in for a parse. */
function statesTickedAt(text: string): string {
  if (!text.includes('useState')) return 'none';
  const ticked: string[] = [];
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(/([\w$]+|'[^'\n]*'|"[^"\n]*")\s*:\s*true\b/g)) {
    for (let i = text.indexOf('\n', counted); i >= 0 && i < match.index; i = text.indexOf('\n', i + 1)) line++;
    counted = match.index;
    ticked.push(`${match[1]}@${line}`);
  }
  return ticked.length > 0 ? `state:${ticked.join(',')}` : 'none';
}

/** Which catalogued calls of a module count as collecting (the rule's own notion), judged in that module's source. */
export type CollectsPredicate = (
  match: ApiCallMatch,
  node: CallNode,
  helperSource: Readonly<TSESLint.SourceCode>,
  isCatalogued: (call: TSESTree.CallExpression) => boolean,
) => boolean;

/**
 * The collecting call that `call` (a call of a function imported from the app's own module) certainly runs, or
 * undefined. `collects` decides which catalogued calls count (the rule's own notion; kept per module version like
 * the requests, so callers must pass the same). A helper module that mentions consent or the privacy policy
 * anywhere is not followed: whether it checks the user's choice first would need its own path analysis, and a
 * guess either way is worse than a miss.
 */
export function importedCollectionOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  filename: string,
  call: TSESTree.CallExpression,
  collects: CollectsPredicate,
): ImportedCollection | undefined {
  const target = helperOf(sourceCode, filename, call);
  if (!target) return undefined;
  const found = rememberedFollow(target.summary.collections, target, (module, reachable) => firstCatalogued(module, reachable, collects), (c) => c.node);
  return found ? { node: found.value.node, match: found.value.match, api: found.api, file: target.file } : undefined;
}

// Words of a consent check or a privacy-policy flow, in code or in text: the consent rules' own subject and approval words (termsAccepted, hasAccepted, 用户协议): a helper that mentions
// them may check consent first, and is not followed (missing a collection costs less than a false finding).
const MENTIONS_CONSENT = /agree|accepted|consent|privacy|polic|terms|yinsi|xieyi|同意|隐私|协议/i;
/**
 * In comments only what speaks of consent itself: "Privacy (the app's PII-minimization stance)" or "in terms of data"
 * is prose about the code, while "only after the user agreed to the privacy policy" says a check is on the way.
 */
const COMMENT_MENTIONS_CONSENT = /agree|accepted|consent|privacy\s+polic|terms\s+(?:of\s+(?:service|use)|and\s+conditions)|yinsi|xieyi|同意|隐私|协议/i;
const consentMentions = new WeakMap<object, boolean>();

/** Whether a helper module mentions consent: its code by MENTIONS_CONSENT, its comments by COMMENT_MENTIONS_CONSENT. */
function mentionsConsent(sourceCode: SourceCode): boolean {
  let mentions = consentMentions.get(sourceCode);
  if (mentions === undefined) {
    const text = sourceCode.text;
    mentions = MENTIONS_CONSENT.test(text);
    if (mentions) {
      const comments = (sourceCode as unknown as Readonly<TSESLint.SourceCode>).getAllComments();
      let code = '';
      let from = 0;
      for (const comment of comments) {
        code += text.slice(from, comment.range[0]);
        from = comment.range[1];
      }
      code += text.slice(from);
      mentions = MENTIONS_CONSENT.test(code) || comments.some((comment) => COMMENT_MENTIONS_CONSENT.test(comment.value));
    }
    consentMentions.set(sourceCode, mentions);
  }
  return mentions;
}

function firstCatalogued(
  module: AnalysedModule,
  reachable: ReadonlySet<TSESTree.Node>,
  collects: CollectsPredicate,
): { node: CallNode; match: ApiCallMatch } | undefined {
  module.catalogued ??= cataloguedCalls(module);
  if (module.catalogued.length === 0) return undefined;
  const helperSource = module.sourceCode as unknown as Readonly<TSESLint.SourceCode>;
  const catalogued = new Set<Node>(module.catalogued.map((c) => c.node));
  const isCatalogued = (call: TSESTree.CallExpression): boolean => catalogued.has(call);
  return module.catalogued.find(
    (c) => reachable.has(c.owner) && !underAuthorisedScope(c.node) && collects(c.match, c.node, helperSource, isCatalogued),
  );
}

function cataloguedCalls(module: AnalysedModule): NonNullable<AnalysedModule['catalogued']> {
  if (mentionsConsent(module.sourceCode)) return [];
  const tsSourceCode = module.sourceCode as unknown as Readonly<TSESLint.SourceCode>;
  const matcher = createApiMatcher({ sourceCode: tsSourceCode } as never);
  const calls: NonNullable<AnalysedModule['catalogued']> = [];
  forEachNode(tsSourceCode, module.sourceCode.ast as unknown as Node, (node) => {
    if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return;
    try {
      const match = matcher.matchCall(node);
      if (match) calls.push({ node, match, owner: enclosingFunction(node) });
    } catch {
      // as for requests: a construct the matcher cannot place is not a call we can vouch for
    }
  });
  return calls;
}

const resolved = new Map<string, string>();

interface PathAlias {
  /** The pattern's text before and after its `*` (no `*`: the whole pattern, matched exactly). */
  prefix: string;
  suffix: string;
  wildcard: boolean;
  /** Target patterns, as absolute paths (the config's folder and baseUrl applied). */
  targets: string[];
}

/** Every linted file asks: a folder's nearest config is looked for again (stat) at most this often. */
const ALIAS_RECHECK_MS = 2000;
const configOfDir = new Map<string, { checkedAt: number; config: string | null }>();
/** Per config: its aliases, and the configs they were read from (itself and what it extends) with their signatures. */
const aliasesOfConfig = new Map<string, { signature: string; chain: string[]; checkedAt: number; aliases: PathAlias[] }>();

/**
 * The tsconfig.json (else jsconfig.json) that governs a folder, as TypeScript finds it: the nearest one up the tree,
 * not above the package the folder belongs to. Remembered per folder, so a file costs no stat most of the time.
 */
function governingConfig(dir: string): string | undefined {
  return nearestConfig(dir, ['tsconfig.json', 'jsconfig.json'], configOfDir);
}

/**
 * The first of `names` found walking up from `dir`, not above the package the folder belongs to. Each folder's answer
 * is remembered in `cache` for ALIAS_RECHECK_MS, so a file costs no stat most of the time.
 */
function nearestConfig(dir: string, names: readonly string[], cache: Map<string, { checkedAt: number; config: string | null }>): string | undefined {
  const now = Date.now();
  const model = getProjectModel();
  const visited: string[] = [];
  let found: string | null = null;
  for (let current = dir; ; current = dirname(current)) {
    const cached = cache.get(current);
    if (cached && isFresh(cached.checkedAt, ALIAS_RECHECK_MS, now)) {
      found = cached.config;
      break;
    }
    visited.push(current);
    found = names.map((name) => join(current, name)).find((path) => model.isFile(path)) ?? null;
    if (found || model.isFile(join(current, 'package.json')) || dirname(current) === current) break;
  }
  if (cache.size >= MAX_REMEMBERED * 4) cache.clear();
  for (const folder of visited) cache.set(folder, { checkedAt: now, config: found });
  return found ?? undefined;
}

interface CompilerOptionsFound {
  /** `baseUrl` as an absolute folder, from the config that sets it (resolved against that config's folder). */
  baseUrl?: string;
  /** `paths` with the folder its relative targets resolve against when no baseUrl is set (the defining config's). */
  paths?: { entries: Record<string, unknown>; folder: string };
}

/** How deep an `extends` chain is followed (TypeScript has no limit; real chains are 1 to 3 long). */
const MAX_EXTENDS_DEPTH = 8;

/**
 * The config file an `extends` entry names: a path relative to the extending config, or a package's file found up
 * the node_modules tree ("expo/tsconfig.base", "@tsconfig/react-native", "@acme/config/tsconfig.paths.json").
 */
function extendedConfig(fromConfig: string, specifier: string): string | undefined {
  const model = getProjectModel();
  const asFile = (path: string) => [path, `${path}.json`, join(path, 'tsconfig.json')].find((candidate) => model.isFile(candidate));
  if (specifier.startsWith('.') || specifier.startsWith('/')) return asFile(resolve(dirname(fromConfig), specifier));
  for (let dir = dirname(fromConfig); ; dir = dirname(dir)) {
    const found = asFile(join(dir, 'node_modules', specifier));
    if (found) return found;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * `compilerOptions.baseUrl` and `paths` of a config as TypeScript computes them: its own, else those of the configs
 * it extends (later entries of an `extends` array win). Every file read is added to `chain`.
 */
function effectiveCompilerOptions(config: string, chain: string[], depth = 0): CompilerOptionsFound {
  if (depth > MAX_EXTENDS_DEPTH || chain.includes(config)) return {};
  chain.push(config);
  const read = getProjectModel().source.read(config);
  if (!read?.ok) return {};
  let parsed: { extends?: unknown; compilerOptions?: { baseUrl?: unknown; paths?: unknown } };
  try {
    parsed = evaluate(parseJson5(read.text, { mode: 'json5' })) as typeof parsed;
  } catch {
    return {}; // a config that does not parse names no aliases; TypeScript itself reports it
  }
  const found: CompilerOptionsFound = {};
  const bases = typeof parsed?.extends === 'string' ? [parsed.extends] : Array.isArray(parsed?.extends) ? parsed.extends : [];
  for (const base of bases) {
    const baseConfig = typeof base === 'string' ? extendedConfig(config, base) : undefined;
    if (baseConfig) Object.assign(found, effectiveCompilerOptions(baseConfig, chain, depth + 1));
  }
  const own = parsed?.compilerOptions;
  if (typeof own?.baseUrl === 'string') found.baseUrl = join(dirname(config), own.baseUrl);
  if (own?.paths && typeof own.paths === 'object') found.paths = { entries: own.paths as Record<string, unknown>, folder: dirname(config) };
  return found;
}

/**
 * `compilerOptions.paths` of a tsconfig / jsconfig, read statically as JSONC: `"@core/*": ["src/core/*"]` makes
 * `@core/hooks/useRegister` the app's own module. `extends` is followed, as TypeScript does: `paths` and `baseUrl`
 * may come from a shared base config (a monorepo's tsconfig.base.json), each resolved against its own config's folder.
 */
function pathAliasesOf(config: string): PathAlias[] {
  const cached = aliasesOfConfig.get(config);
  const now = Date.now();
  if (cached && isFresh(cached.checkedAt, ALIAS_RECHECK_MS, now)) return cached.aliases;
  const source = getProjectModel().source;
  if (cached && cached.chain.map((file) => source.signature(file)).join('\0') === cached.signature) {
    cached.checkedAt = now;
    return cached.aliases;
  }
  const chain: string[] = [];
  const options = effectiveCompilerOptions(config, chain);
  const aliases: PathAlias[] = [];
  if (options.paths) {
    const base = options.baseUrl ?? options.paths.folder;
    for (const [pattern, targets] of Object.entries(options.paths.entries)) {
      if (!Array.isArray(targets) || pattern.split('*').length > 2 || pattern === '*') continue;
      const star = pattern.indexOf('*');
      aliases.push({
        prefix: star < 0 ? pattern : pattern.slice(0, star),
        suffix: star < 0 ? '' : pattern.slice(star + 1),
        wildcard: star >= 0,
        targets: targets.filter((t): t is string => typeof t === 'string').map((t) => resolve(base, t)),
      });
    }
  }
  // `baseUrl` resolves bare specifiers against it (core-mobile's `services/sentry/SentryService` with baseUrl ./app):
  // what it holds at its top level is the app's, each folder and module a prefix of its own. A bare name that names
  // nothing there stays a package.
  if (options.baseUrl) aliases.push(...baseUrlAliases(options.baseUrl));
  if (aliasesOfConfig.size >= MAX_REMEMBERED) aliasesOfConfig.clear();
  aliasesOfConfig.set(config, { signature: chain.map((file) => source.signature(file)).join('\0'), chain, checkedAt: now, aliases });
  return aliases;
}

/** The folders and modules at the top of a `baseUrl` (or a module-resolver `root`) as aliases of themselves. */
function baseUrlAliases(base: string): PathAlias[] {
  const aliases: PathAlias[] = [];
  for (const entry of getProjectModel().source.list(base) ?? []) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    if (entry.isDirectory) {
      aliases.push({ prefix: entry.name, suffix: '', wildcard: false, targets: [join(base, entry.name)] });
      aliases.push({ prefix: `${entry.name}/`, suffix: '', wildcard: true, targets: [join(base, entry.name, '*')] });
    } else {
      const module = SOURCE_EXTENSIONS.find((extension) => entry.name.endsWith(extension));
      if (module) aliases.push({ prefix: entry.name.slice(0, -module.length), suffix: '', wildcard: false, targets: [join(base, entry.name)] });
    }
  }
  return aliases;
}

/** The path aliases that apply to a file: tsconfig / jsconfig `paths`, then babel-plugin-module-resolver's `alias`. */
function aliasesForFile(file: string): PathAlias[] {
  const config = governingConfig(dirname(file));
  const babel = governingBabelConfig(dirname(file));
  const aliases = config ? pathAliasesOf(config) : [];
  return babel ? [...aliases, ...babelAliasesOf(babel)] : aliases;
}

const BABEL_CONFIG_NAMES = ['babel.config.js', 'babel.config.cjs', 'babel.config.mjs', 'babel.config.json', '.babelrc', '.babelrc.js', '.babelrc.cjs', '.babelrc.json'];
const babelConfigOfDir = new Map<string, { checkedAt: number; config: string | null }>();
const babelAliasesOfConfig = new Map<string, { signature: string; checkedAt: number; aliases: PathAlias[] }>();

/** The nearest Babel config up the tree, not above the package the folder belongs to (React Native keeps it at the root). */
function governingBabelConfig(dir: string): string | undefined {
  return nearestConfig(dir, BABEL_CONFIG_NAMES, babelConfigOfDir);
}

/**
 * babel-plugin-module-resolver's `alias` option, read statically (the config is parsed, never run):
 * `['module-resolver', { alias: { '@components': './src/components' } }]` makes `@components/Button` and
 * `@components` the app's own modules, resolved against the config's folder. Regular-expression keys (`'^@(.+)'`) and
 * function values are left out, as is `root` (tsconfig's `baseUrl` gives what a root folder holds, see baseUrlAliases).
 */
function babelAliasesOf(config: string): PathAlias[] {
  const source = getProjectModel().source;
  const cached = babelAliasesOfConfig.get(config);
  const now = Date.now();
  if (cached && isFresh(cached.checkedAt, ALIAS_RECHECK_MS, now)) return cached.aliases;
  const signature = source.signature(config);
  if (cached && cached.signature === signature) {
    cached.checkedAt = now;
    return cached.aliases;
  }
  const read = source.read(config);
  const aliases: PathAlias[] = [];
  const options = read?.ok ? moduleResolverOptions(config, read.text) : undefined;
  const alias = options?.alias;
  if (alias && typeof alias === 'object' && !Array.isArray(alias)) {
    for (const [key, target] of Object.entries(alias as Record<string, unknown>)) {
      if (typeof target !== 'string' || !key || key.startsWith('^') || /[*$\\]/.test(key)) continue;
      // A relative target is relative to the working folder Babel runs in: the app's root, where the config sits.
      const absolute = target.startsWith('.') ? resolve(dirname(config), target) : undefined;
      if (!absolute) continue; // a package name: not the app's own code
      aliases.push({ prefix: key, suffix: '', wildcard: false, targets: [absolute] });
      aliases.push({ prefix: `${key.replace(/\/$/, '')}/`, suffix: '', wildcard: true, targets: [join(absolute, '*')] });
    }
  }
  if (babelAliasesOfConfig.size >= MAX_REMEMBERED) babelAliasesOfConfig.clear();
  babelAliasesOfConfig.set(config, { signature, checkedAt: now, aliases });
  return aliases;
}

/** The options object of the module-resolver plugin in a Babel config's top-level `plugins`, as plain values. */
function moduleResolverOptions(config: string, text: string): Record<string, unknown> | undefined {
  let plugins: unknown;
  try {
    if (/\.[cm]?js$/.test(config)) {
      const root = parseJsConfigObject(text, config);
      const list = root?.members.find((m) => m.key === 'plugins')?.value;
      plugins = list ? treeValue(list, text) : undefined;
    } else {
      plugins = (evaluate(parseJson5(text, { mode: 'json5' })) as { plugins?: unknown } | undefined)?.plugins;
    }
  } catch {
    return undefined; // a config that does not parse names no aliases; Babel itself reports it
  }
  if (!Array.isArray(plugins)) return undefined;
  for (const plugin of plugins) {
    if (!Array.isArray(plugin) || typeof plugin[0] !== 'string' || !/(^|[/'"])(babel-plugin-)?module-resolver\b/.test(plugin[0])) continue;
    const options = plugin[1];
    if (options && typeof options === 'object' && !Array.isArray(options)) return options as Record<string, unknown>;
  }
  return undefined;
}

/** A parsed config node as a plain value; anything not written as a literal becomes its source text (`require.resolve('…')`). */
function treeValue(node: TreeNode, text: string): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.members.filter((m) => m.key !== undefined && m.value).map((m) => [m.key!, treeValue(m.value!, text)]));
    case 'array':
      return node.elements.map((element) => treeValue(element, text));
    case 'string':
      return node.value;
    default:
      return text.slice(node.start, node.end);
  }
}

/** The files a specifier names through path aliases (without extension resolution). */
function matchAliases(aliases: readonly PathAlias[], specifier: string): string[] {
  const out: string[] = [];
  for (const alias of aliases) {
    if (alias.wildcard ? !(specifier.startsWith(alias.prefix) && specifier.endsWith(alias.suffix) && specifier.length >= alias.prefix.length + alias.suffix.length) : specifier !== alias.prefix) continue;
    const matched = alias.wildcard ? specifier.slice(alias.prefix.length, specifier.length - alias.suffix.length) : '';
    for (const target of alias.targets) out.push(target.replace('*', matched));
  }
  return out;
}

/** Whether a specifier is one of the tsconfig / jsconfig path aliases that apply to a file (`@core/hooks/x`). */
function isPathAlias(fromFile: string, specifier: string): boolean {
  return !specifier.startsWith('.') && matchAliases(aliasesForFile(fromFile), specifier).length > 0;
}

/** `from 'x'`, `import 'x'`, `require('x')`, `import('x')`: the specifier of each import in a text. */
const MODULE_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"\n]+)['"]/g;

/**
 * The app's own modules that a source text imports, as files (the editor re-checks a file when one of them is saved:
 * what a launch file's helpers request is part of its findings).
 */
export function appModulesImportedBy(file: string, text: string): string[] {
  const files = new Set<string>();
  for (const match of text.matchAll(MODULE_SPECIFIER)) {
    if (!APP_SPECIFIER.test(match[1]) && !isPathAlias(file, match[1])) continue;
    const target = resolveAppModule(file, match[1]);
    if (target) files.add(target);
  }
  return [...files];
}

/** './utils/permission', '../permission', '@/utils/permission' (uni-app / Vue CLI / Vite alias of the source root) → a file. */
export function resolveAppModule(fromFile: string, specifier: string): string | undefined {
  // Every file that imports a helper asks again: remember where it was found, per folder and specifier (a file
  // that disappears is noticed by its summary's signature; one that is not found yet is looked for next time).
  const key = `${dirname(fromFile)}\0${specifier}`;
  const known = resolved.get(key);
  if (known !== undefined) return known;
  const file = findAppModule(fromFile, specifier);
  if (resolved.size >= MAX_REMEMBERED * 4) resolved.clear();
  if (file) resolved.set(key, file);
  return file;
}

function findAppModule(fromFile: string, specifier: string): string | undefined {
  let base: string[];
  if (specifier.startsWith('.')) base = [resolve(dirname(fromFile), specifier)];
  else {
    base = matchAliases(aliasesForFile(fromFile), specifier);
    if (base.length === 0 && (specifier.startsWith('@/') || specifier.startsWith('~/'))) {
      const root = getProjectModel().appForFile(fromFile)?.root;
      if (!root) return undefined;
      base = [join(root, 'src', specifier.slice(2)), join(root, specifier.slice(2))];
    }
  }
  const model = getProjectModel();
  for (const path of base) {
    if (SOURCE_EXTENSIONS.some((extension) => path.endsWith(extension)) && model.isFile(path)) return path;
    for (const extension of SOURCE_EXTENSIONS) if (model.isFile(path + extension)) return path + extension;
    for (const extension of SOURCE_EXTENSIONS) if (model.isFile(join(path, `index${extension}`))) return join(path, `index${extension}`);
  }
  return undefined;
}

let catalogueText: RegExp | undefined;

/** Cheap text test before parsing: the module imports a catalogued module or uses a platform global. */
function mayHoldRequests(text: string): boolean {
  catalogueText ??= new RegExp(
    `['"](?:${[...getBindingIndex().modules].map((m) => m.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?:/[^'"]*)?['"]`,
  );
  return catalogueText.test(text) || globalUsePattern().test(text);
}

function summaryOf(file: string): ModuleSummary | undefined {
  const source = getProjectModel().source;
  const signature = source.signature(file);
  const cached = modules.get(file);
  if (cached && cached.signature === signature) return cached;
  if (signature === 'missing') return undefined;
  const read = source.read(file);
  const text = read?.ok ? read.text : undefined;
  const summary: ModuleSummary = {
    signature,
    requests: new Map(),
    collections: new Map(),
    analysed: text !== undefined && mayHoldRequests(text) ? analyse(file, text) : undefined,
    importsApp: text !== undefined && appModulesImportedBy(file, text).length > 0,
  };
  if (modules.size >= MAX_REMEMBERED) modules.clear();
  modules.set(file, summary);
  return summary;
}

/**
 * The function an imported callee names in the app's own module (`useRegister` from '@core/hooks/useRegister'), with
 * that module's source, whatever the module holds: for rules that read what a helper or hook sets up.
 */
export function importedFunctionOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  filename: string,
  callee: TSESTree.Node,
): { fn: FunctionNode; sourceCode: Readonly<TSESLint.SourceCode>; file: string } | undefined {
  const target = calleeModule(sourceCode, filename, callee);
  if (!target) return undefined;
  const { summary, path, file } = target;
  const module = summary.analysed ?? plainModule(summary, file);
  const fn = module && exportedFunction(module, path);
  return fn && module ? { fn, sourceCode: module.sourceCode as unknown as Readonly<TSESLint.SourceCode>, file } : undefined;
}

function analyse(file: string, text: string, withRequests = true): AnalysedModule | undefined {
  let parsed: { ast: TSESTree.Program; scopeManager: unknown; visitorKeys: Record<string, readonly string[]>; services?: unknown };
  try {
    parsed = sourceParser.parseForESLint(text, {
      filePath: file,
      sourceType: 'module',
      ecmaVersion: 'latest',
      ecmaFeatures: { jsx: true },
      range: true,
      loc: true,
      tokens: true,
      comment: true,
    }) as typeof parsed;
  } catch {
    return undefined; // a module that does not parse is reported when it is linted itself
  }
  if (!parsed.ast || !parsed.scopeManager) return undefined;
  const sourceCode = new SourceCode({
    text,
    ast: parsed.ast as never,
    scopeManager: parsed.scopeManager as never,
    visitorKeys: parsed.visitorKeys as never,
    parserServices: (parsed.services ?? {}) as never,
  });
  const tsSourceCode = sourceCode as unknown as Readonly<TSESLint.SourceCode>;
  // ESLint sets `parent` while it traverses a file it lints; a module parsed here gets them first, the same way.
  forEachNode(tsSourceCode, parsed.ast, (node, parent) => {
    (node as { parent?: Node }).parent = parent;
  });
  const requests: AnalysedModule['requests'] = [];
  if (!withRequests) return { file, sourceCode, requests, ...exportsOf(parsed.ast) };
  const matcher = createApiMatcher({ sourceCode: tsSourceCode } as never, ['permission-request', 'data-read', 'settings-open']);
  forEachNode(tsSourceCode, parsed.ast, (node) => {
    if (node.type !== 'CallExpression') return;
    try {
      const call = classifyPermissionCall(tsSourceCode, matcher, node);
      if (call) requests.push({ call, owner: enclosingFunction(node) });
    } catch {
      // a construct the matcher cannot place (scope analysis gaps in .ets / .vue scripts): not a request we can vouch for
    }
  });
  return { file, sourceCode, requests, ...exportsOf(parsed.ast) };
}

/**
 * The function an export path names: `askLocation`, `default`, `PermissionUtil.requestLocation` (object or static
 * method), and an instance method of an exported class reached through a singleton or constructor call
 * (`PermissionService.getInstance().requestAll`, as HarmonyOS services are written).
 */
function exportedFunction(module: AnalysedModule, path: readonly string[]): FunctionNode | undefined {
  let node = module.exports.get(path[0]);
  // `export const analytics = new Analytics()`: `analytics.init` is an instance method of the module's class.
  if (node?.type === 'NewExpression' && node.callee.type === 'Identifier' && path.length === 2) {
    const created = module.locals.get(node.callee.name);
    return created?.type === 'ClassDeclaration' || created?.type === 'ClassExpression' ? classMethod(created.body, path[1], false) : undefined;
  }
  const call = path.indexOf('()');
  if (call >= 0) {
    if (call !== path.length - 2) return undefined;
    const member = path[path.length - 1];
    // Class(.staticFactory)?() . method
    if (node?.type === 'ClassDeclaration' || node?.type === 'ClassExpression') return call > 2 ? undefined : classMethod(node.body, member, false);
    if (call !== 1 || !node) return undefined;
    // A composable (`export function useScanner() { …; return { start } }`) or a Pinia store
    // (`export const useLocationStore = defineStore('location', () => { …; return { initLocation } })`).
    if (isFunctionNode(node)) return returnedFunction(node, member);
    return storeAction(node, member);
  }
  for (const name of path.slice(1)) {
    if (node?.type === 'ObjectExpression') node = objectProperty(node, name);
    else if (node?.type === 'ClassDeclaration' || node?.type === 'ClassExpression') node = classMethod(node.body, name, true);
    else return undefined;
    // `export default { init }` with `const init = () => …` in the module (core-mobile's SentryService).
    if (node?.type === 'Identifier') node = module.locals.get(node.name);
  }
  return node && isFunctionNode(node) ? node : undefined;
}

/** The function a function returns under `member`: `return { start }` with `const start = () => …` in its body. */
function returnedFunction(fn: FunctionNode, member: string): FunctionNode | undefined {
  if (fn.body.type !== 'BlockStatement') return undefined;
  const statements = fn.body.body;
  const returned = statements.findLast((statement): statement is TSESTree.ReturnStatement => statement.type === 'ReturnStatement');
  const object = returned?.argument && unwrapExpression(returned.argument);
  if (object?.type !== 'ObjectExpression') return undefined;
  const value = objectProperty(object, member);
  if (isFunctionNode(value)) return value;
  if (value?.type !== 'Identifier') return undefined;
  for (const statement of statements) {
    if (statement.type === 'FunctionDeclaration' && statement.id?.name === value.name) return statement;
    if (statement.type !== 'VariableDeclaration') continue;
    for (const declarator of statement.declarations) {
      const init = declarator.init && unwrapExpression(declarator.init);
      if (declarator.id.type === 'Identifier' && declarator.id.name === value.name && isFunctionNode(init)) return init;
    }
  }
  return undefined;
}

/**
 * An action of a Pinia store definition: `defineStore(id, () => { …; return { initLocation } })` (setup store),
 * `defineStore(id, { actions: { init() {} } })` or `defineStore({ id, actions })` (options store).
 */
function storeAction(node: Node, member: string): FunctionNode | undefined {
  if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'defineStore') return undefined;
  for (const argument of node.arguments) {
    const value = unwrapExpression(argument);
    if (isFunctionNode(value)) return returnedFunction(value, member);
    if (value.type === 'ObjectExpression') {
      const actions = objectProperty(value, 'actions');
      const action = actions?.type === 'ObjectExpression' ? objectProperty(actions, member) : undefined;
      if (isFunctionNode(action)) return action;
    }
  }
  return undefined;
}

/**
 * Exported bindings by name ('default' for the default export) → their value node (function, object, class or
 * `new` expression), and the module's top-level bindings.
 */
function exportsOf(program: TSESTree.Program): { exports: Map<string, Node>; locals: Map<string, Node> } {
  const locals = new Map<string, Node>();
  const exports = new Map<string, Node>();
  const declare = (declaration: Node, exported: boolean): void => {
    if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id) {
      locals.set(declaration.id.name, declaration);
      if (exported) exports.set(declaration.id.name, declaration);
    } else if (declaration.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type !== 'Identifier' || !declarator.init) continue;
        locals.set(declarator.id.name, declarator.init);
        if (exported) exports.set(declarator.id.name, declarator.init);
      }
    }
  };
  for (const statement of program.body) {
    if (statement.type === 'ExportNamedDeclaration' && statement.declaration) declare(statement.declaration, true);
    else if (statement.type !== 'ExportNamedDeclaration' && statement.type !== 'ExportDefaultDeclaration') declare(statement, false);
  }
  // CommonJS: module.exports = { locate, check() {} } / module.exports.locate = … / exports.locate = …
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression') continue;
    const { left, right } = statement.expression;
    const valueOf = (node: Node): Node => (node.type === 'Identifier' ? (locals.get(node.name) ?? node) : node);
    if (isModuleExports(left) && right.type === 'ObjectExpression') {
      for (const property of right.properties) {
        const name = property.type === 'Property' ? propertyKeyName(property) : undefined;
        if (name && property.type === 'Property') exports.set(name, valueOf(property.value));
      }
    } else if (isModuleExports(left)) {
      // module.exports = init: what `import init from` and `require()` give (bar's utils/push/init.js).
      exports.set('default', valueOf(right));
    } else if (left.type === 'MemberExpression' && (isModuleExports(left.object) || (left.object.type === 'Identifier' && left.object.name === 'exports'))) {
      const name = memberPropertyName(left);
      if (name) exports.set(name, valueOf(right));
    }
  }
  for (const statement of program.body) {
    if (statement.type === 'ExportNamedDeclaration' && !statement.declaration && !statement.source) {
      // export { askLocation, ask as askAgain }
      for (const specifier of statement.specifiers) {
        const local = specifier.local.type === 'Identifier' ? locals.get(specifier.local.name) : undefined;
        const name = specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value);
        if (local) exports.set(name, local);
      }
    } else if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement.declaration as Node;
      if (declaration.type === 'Identifier') {
        const local = locals.get(declaration.name);
        if (local) exports.set('default', local);
      } else exports.set('default', declaration);
    }
  }
  return { exports, locals };
}

function isModuleExports(node: Node): boolean {
  return node.type === 'MemberExpression' && node.object.type === 'Identifier' && node.object.name === 'module' && memberPropertyName(node) === 'exports';
}

/** Every node below `root` (ESLint's visitor keys, type annotations left out), parents before children. */
function forEachNode(sourceCode: Readonly<TSESLint.SourceCode>, root: Node, visit: (node: Node, parent: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    // a .vue file's template holds no helper's request
    for (const child of childNodes(sourceCode, node)) {
      if (/^V[A-Z]/.test(child.type)) continue;
      visit(child, node);
      stack.push(child);
    }
  }
}
