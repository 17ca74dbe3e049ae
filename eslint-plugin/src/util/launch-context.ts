// Launch contexts: the code an app runs at start-up, before the user has done anything.
// Shared by no-collection-before-consent and no-request-on-launch, so the API below stays stable:
//   launchContextsOf(node, context) → every way the node's function is reached at launch (empty when never),
//   launchContextOf(node, context)  → the first (shortest) of them,
//   isInLaunchContext(node, context).
//
// Entries are found once per file, lazily (only when a rule asks, i.e. only in files with a matched call):
//   - module top level (except test files, and except `<script setup>` of a .vue file other than App.vue);
//   - App({ onLaunch, onShow }) (WeChat, uni-app, Taro), createApp({ onLaunch, onShow }) (Taro Vue);
//   - uni-app / Vue App.vue: export default { onLaunch, onShow, created, mounted, setup … } and script-setup
//     onLaunch(…) / onShow(…) / onMounted(…);
//   - the root component: registered with AppRegistry.registerComponent / registerRootComponent, the default
//     export of App.{js,jsx,ts,tsx} (Taro: app.*), or an expo-router root app/_layout: a class's constructor,
//     componentWillMount and componentDidMount (Taro: onLaunch, componentDidShow), a function component's body;
//   - HarmonyOS UIAbility / AbilityStage onCreate, onWindowStageCreate and onForeground;
//   - a mini-program's entry page (entryPagePath, else the first of pages): Page({ onLoad, onShow, onReady }), a
//     .vue page's onLoad / onShow / onReady / created / mounted / setup (and its <script setup>), a Taro page component.
// From an entry, reachability follows (bounded) same-module calls (`init()`, `this.init()`, `that.init()`), the
// constructor of a same-module class it creates (`new Analytics()`), IIFEs,
// and callbacks that certainly run soon: promise continuations, timers, array iteration, `success`/`complete`/
// `fail` completions, mount effects (useEffect(…, []) / useEffect(…), or with only stable dependencies such as a state setter / useMount / useLaunch / useDidShow), lazy
// state initialisers, and a web page's load listeners (`addEventListener('DOMContentLoaded' | 'load', …)` on window or
// document). Other event handlers and subscriptions (onPress, addEventListener('click'), wx.onXxx …) are not
// followed: they run on a user action, not at launch.
import { dirname } from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getProjectModel } from '../core/project/index.js';
import { staticString } from './resolve-reference.js';
// A cycle (imported-requests follows launch contexts): used only inside functions, never at module load.
import { resolveAppModule } from './imported-requests.js';
import { isFresh } from '../core/freshness.js';
import { FileCache } from './file-cache.js';
import { miniProgramJson, registeredComponentPaths, tagsRenderedOnOpen, wxmlEventHandlers } from './sibling-wxml.js';

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

export type LaunchContextKind =
  /** Statements at the top level of a module (they run when the module is first imported). */
  | 'module-top-level'
  /** App({ onLaunch, onShow }), App.vue onLaunch/onShow, Taro onLaunch / useLaunch / useDidShow. */
  | 'app-lifecycle'
  /** The root component: constructor, componentDidMount, function body, Vue root created/mounted/setup. */
  | 'root-component'
  /** HarmonyOS UIAbility.onCreate / onWindowStageCreate / onForeground, AbilityStage.onCreate. */
  | 'ability-lifecycle';

export interface LaunchHop {
  /** 'call': a same-module function called by name; 'callback': a function handed to something that runs it soon; 'iife'. */
  how: 'call' | 'callback' | 'iife';
  /** The call in the outer function through which `fn` is entered (the call of `fn`, or the call that takes it). */
  via: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The function entered. */
  fn: FunctionNode;
  /** Short text for messages: 'initSdks()', 'setTimeout callback', 'useEffect(…, [])'. */
  label: string;
}

export interface LaunchContext {
  kind: LaunchContextKind;
  /** The function (or Program) that runs at launch. */
  entry: TSESTree.Program | FunctionNode;
  /** Where it runs, for messages: 'module top level', 'App.onLaunch', 'App (root component) useEffect'. */
  label: string;
  /** Hops from the entry to the function that holds the node; empty when the node is directly in the entry. */
  hops: readonly LaunchHop[];
  /**
   * Module top level of a .vue component with both a plain `<script>` and a `<script setup>`: the setup block's
   * statements run per component instance, not at import, so code in this range is not part of the entry.
   */
  outside?: readonly [number, number];
}

/** What the helpers need from a rule context (any rule's context satisfies it). */
export interface LaunchContextHost {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly filename: string;
}

/** Longest chain of hops followed from an entry (keeps the work bounded in generated or deeply nested code). */
export const MAX_LAUNCH_HOPS = 5;
/** At most this many distinct contexts are kept per function. */
const MAX_CONTEXTS_PER_FUNCTION = 4;

// ---------------------------------------------------------------------------------------------------------------
// Public API

/** Every launch context that reaches the function holding `node` (shortest first); empty when it never runs at launch. */
export function launchContextsOf(node: TSESTree.Node, context: LaunchContextHost): readonly LaunchContext[] {
  const index = getLaunchIndex(context);
  const fn = enclosingFunction(node);
  if (index.contextsOf(fn).length > 0 && behindFlagOffAtLaunch(node, context)) return [];
  const contexts = index.contextsOf(fn);
  return fn.type === 'Program' && contexts.some((launch) => launch.outside) ? contexts.filter((launch) => !inRange(node, launch.outside)) : contexts;
}

function inRange(node: TSESTree.Node, range: readonly [number, number] | undefined): boolean {
  return !!range && node.range[0] >= range[0] && node.range[1] <= range[1];
}

/** The shortest launch context of `node`, or undefined when it does not run at launch. */
export function launchContextOf(node: TSESTree.Node, context: LaunchContextHost): LaunchContext | undefined {
  return launchContextsOf(node, context)[0];
}

export function isInLaunchContext(node: TSESTree.Node, context: LaunchContextHost): boolean {
  return launchContextsOf(node, context).length > 0;
}

/** The innermost function containing `node`, or the Program. */
export function enclosingFunction(node: TSESTree.Node): TSESTree.Program | FunctionNode {
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    if (isFunctionNode(current)) return current;
    if (current.type === 'Program') return current;
    current = current.parent;
  }
  // `node` is the Program itself.
  return node as TSESTree.Program;
}

export function isFunctionNode(node: TSESTree.Node | null | undefined): node is FunctionNode {
  return (
    !!node &&
    (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression')
  );
}

/** Human text of a context, e.g. "App.onLaunch → initSdks()". */
export function describeLaunchContext(launch: LaunchContext): string {
  return [launch.label, ...launch.hops.filter((hop) => hop.how === 'call').map((hop) => hop.label)].join(' → ');
}

/** Like describeLaunchContext, with the callbacks too: "App (root component) → useEffect(…, []) → boot()". */
export function describeLaunchPath(launch: LaunchContext): string {
  return [launch.label, ...launch.hops.filter((hop) => hop.how !== 'iife').map((hop) => hop.label)].join(' → ');
}

// ---------------------------------------------------------------------------------------------------------------
// Per-file index

export interface LaunchIndex {
  contextsOf(fn: TSESTree.Program | FunctionNode): readonly LaunchContext[];
  /** The entries found in the file (for tests and diagnostics). */
  readonly entries: readonly LaunchContext[];
}

// Two caches, so that a rule needing only the entries does not pay for what they reach. Neither holds the context.
const launchEntries = new FileCache<readonly LaunchContext[]>();
const launchReach = new FileCache<ReadonlyMap<TSESTree.Node, readonly LaunchContext[]>>();

export function getLaunchIndex(context: LaunchContextHost): LaunchIndex {
  const entries = launchEntries.get(context.sourceCode, () => findEntries(context));
  return {
    entries,
    contextsOf: (fn) => launchReach.get(context.sourceCode, () => reachFrom(entries, context)).get(fn) ?? EMPTY,
  };
}

const EMPTY: readonly LaunchContext[] = [];

function findEntries(context: LaunchContextHost): readonly LaunchContext[] {
  const file = normalisePath(context.filename);
  if (isTestFile(file) || isServerRuntimeFile(file)) return EMPTY;
  return new EntryFinder(context.sourceCode.ast as TSESTree.Program, context, file).find();
}

/** Every function the entries reach (breadth-first, so each function's contexts come shortest first). */
function reachFrom(entries: readonly LaunchContext[], context: LaunchContextHost): ReadonlyMap<TSESTree.Node, readonly LaunchContext[]> {
  const byFunction = new Map<TSESTree.Node, LaunchContext[]>();
  if (entries.length === 0) return byFunction;
  const scanner = new EdgeScanner(context);
  const queue: LaunchContext[] = [];
  const add = (launch: LaunchContext, fn: TSESTree.Program | FunctionNode): void => {
    const list = byFunction.get(fn) ?? [];
    if (list.length >= MAX_CONTEXTS_PER_FUNCTION) return;
    // One context per entry and function: the first found is the shortest (breadth-first).
    if (list.some((other) => other.entry === launch.entry)) return;
    list.push(launch);
    byFunction.set(fn, list);
    queue.push(launch);
  };
  for (const entry of entries) add(entry, entry.entry);

  for (let i = 0; i < queue.length; i++) {
    const launch = queue[i];
    if (launch.hops.length >= MAX_LAUNCH_HOPS) continue;
    const current = launch.hops.length ? launch.hops[launch.hops.length - 1].fn : launch.entry;
    for (const hop of scanner.edgesOf(current)) {
      // Never re-enter a function already on this chain (recursion).
      if (hop.fn === launch.entry || launch.hops.some((h) => h.fn === hop.fn)) continue;
      if (launch.hops.length === 0 && inRange(hop.via, launch.outside)) continue;
      if (behindFlagOffAtLaunch(hop.via, context)) continue;
      add({ ...launch, hops: [...launch.hops, hop] }, hop.fn);
    }
  }
  for (const list of byFunction.values()) list.sort((a, b) => a.hops.length - b.hops.length);
  return byFunction;
}

/**
 * The functions `fn` certainly runs (itself included), following the same edges as launch contexts do, up to
 * `maxHops` deep: what a helper imported into launch code runs when launch code calls it.
 */
export function launchReachable(fn: FunctionNode, context: LaunchContextHost, maxHops = MAX_LAUNCH_HOPS): Set<TSESTree.Node> {
  const scanner = new EdgeScanner(context);
  const reached = new Set<TSESTree.Node>([fn]);
  let frontier: FunctionNode[] = [fn];
  for (let depth = 0; depth < maxHops && frontier.length; depth++) {
    const next: FunctionNode[] = [];
    for (const current of frontier) {
      for (const hop of scanner.edgesOf(current)) {
        if (reached.has(hop.fn)) continue;
        reached.add(hop.fn);
        next.push(hop.fn);
      }
    }
    frontier = next;
  }
  return reached;
}

// ---------------------------------------------------------------------------------------------------------------
// Page flags that are off at launch

/**
 * `node` runs only where a page's own data flag is set, and at launch it is not: the flag starts falsy in `data` and
 * only methods the sibling template binds to taps set it (meiju's entry page: `onShow` asks only
 * `if (this.data.isActionPlugin)`, which the device card's tap sets when the user comes back from the plugin).
 */
function behindFlagOffAtLaunch(node: TSESTree.Node, context: LaunchContextHost): boolean {
  const fn = enclosingFunction(node);
  for (let child: TSESTree.Node = node, parent = node.parent; parent && parent !== fn; child = parent, parent = parent.parent) {
    let test: TSESTree.Node | undefined;
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && parent.consequent === child) test = parent.test;
    else if (parent.type === 'LogicalExpression' && parent.operator === '&&' && parent.right === child) test = parent.left;
    if (test && pageFlagOffAtLaunch(test, fn, context)) return true;
  }
  return false;
}

/** `this.data.flag` / `this.flag` (or `that.…` with `that = this`), read from a method of the page object. */
function pageFlagRead(test: TSESTree.Node): { name: string; self: TSESTree.Node } | undefined {
  const read = unwrapExpression(test);
  if (read.type !== 'MemberExpression' || read.computed || read.property.type !== 'Identifier') return undefined;
  const object = unwrapExpression(read.object);
  if (object.type === 'MemberExpression' && !object.computed && object.property.type === 'Identifier' && object.property.name === 'data') {
    return { name: read.property.name, self: unwrapExpression(object.object) };
  }
  return { name: read.property.name, self: object };
}

function isThisLike(node: TSESTree.Node, context: LaunchContextHost): boolean {
  if (node.type === 'ThisExpression') return true;
  if (node.type !== 'Identifier') return false;
  const def = findVariable(context, node)?.defs[0];
  const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : undefined;
  return !!init && unwrapExpression(init).type === 'ThisExpression';
}

function pageFlagOffAtLaunch(test: TSESTree.Node, fn: TSESTree.Node, context: LaunchContextHost): boolean {
  const flag = pageFlagRead(test);
  if (!flag || !isThisLike(flag.self, context)) return false;
  // The page object: Page({ data: { flag: false }, onShow() { … } }).
  const method = fn.type === 'Program' ? undefined : fn.parent;
  const page = method?.type === 'Property' ? method.parent : undefined;
  if (page?.type !== 'ObjectExpression' || page.parent?.type !== 'CallExpression' || !/^(?:Page|Component)$/.test(calleeName(page.parent.callee) ?? '')) return false;
  let known = flagsOffAtLaunch.get(page);
  if (!known) flagsOffAtLaunch.set(page, (known = new Map()));
  let off = known.get(flag.name);
  if (off === undefined) known.set(flag.name, (off = pageFlagStartsOffUntilTap(page, flag.name, context)));
  return off;
}

/** Per page object and flag name: whether it starts falsy and only tap handlers set it (a page is scanned once per flag). */
const flagsOffAtLaunch = new WeakMap<TSESTree.ObjectExpression, Map<string, boolean>>();

function pageFlagStartsOffUntilTap(page: TSESTree.ObjectExpression, name: string, context: LaunchContextHost): boolean {
  const data = objectProperty(page, 'data');
  const initial = data && unwrapExpression(data).type === 'ObjectExpression' ? objectProperty(unwrapExpression(data) as TSESTree.ObjectExpression, name) : undefined;
  if (!initial || !isFalsyLiteral(initial)) return false;
  const handlers = wxmlEventHandlers(context.filename);
  let onlyTaps = true;
  const visit = (node: TSESTree.Node): void => {
    if (!onlyTaps) return;
    const value = flagWriteValue(node, name);
    if (value !== undefined && !isFalsyLiteral(value) && !inBoundHandler(node, page, handlers)) onlyTaps = false;
    for (const child of childNodesOf(node, context)) visit(child);
  };
  visit(page);
  return onlyTaps;
}

/** The child nodes of `node`, by the visitor keys of the file's parser. */
function childNodesOf(node: TSESTree.Node, context: LaunchContextHost): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  for (const key of (context.sourceCode.visitorKeys as Record<string, readonly string[] | undefined>)[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const item of child) if (item && typeof (item as TSESTree.Node).type === 'string') children.push(item as TSESTree.Node);
    } else if (child && typeof (child as TSESTree.Node).type === 'string') {
      children.push(child as TSESTree.Node);
    }
  }
  return children;
}

/**
 * The value `node` writes to the page flag `name`: `setData({ name: v })`, `this.data.name = v`, `this.name = v`. A
 * setData whose keys cannot be read (a variable, a spread, a computed key) may write it: its argument stands for the value.
 */
function flagWriteValue(node: TSESTree.Node, name: string): TSESTree.Node | undefined {
  if (node.type === 'CallExpression' && calleeName(node.callee) === 'setData' && node.arguments[0]) {
    const argument = node.arguments[0];
    if (argument.type !== 'ObjectExpression' || argument.properties.some((p) => p.type === 'SpreadElement' || (p.computed && p.key.type !== 'Literal'))) return argument;
    return objectProperty(argument, name) ?? undefined;
  }
  if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression' && !node.left.computed && node.left.property.type === 'Identifier' && node.left.property.name === name) {
    return node.right;
  }
  return undefined;
}

function isFalsyLiteral(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  return (value.type === 'Literal' && !value.value && !('regex' in value && value.regex)) || (value.type === 'Identifier' && value.name === 'undefined');
}

/** The write sits in a method of `page` that the sibling template binds to an event (or in a callback inside one). */
function inBoundHandler(node: TSESTree.Node, page: TSESTree.ObjectExpression, handlers: ReadonlySet<string>): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'Property' && current.parent === page) {
      const name = propertyKeyName(current);
      return !!name && handlers.has(name);
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Entry discovery

function normalisePath(path: string): string {
  return path.replace(/\\/g, '/');
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/** Tests, mocks and stories never run in the shipped app. */
export function isTestFile(file: string): boolean {
  // Only markers that cannot be part of an app's own folder layout (a checkout may live under any `test/` folder).
  return /\/(?:__tests__|__mocks__|__fixtures__)\//.test(file) || /\.(?:test|spec|stories|story)\.[cm]?[jt]sx?$/.test(file);
}

/**
 * Files a web framework runs only on its server, never on the user's device: Next.js's `instrumentation.*` (its
 * `register()` loads `sentry.server.config.*` / `sentry.edge.config.*` in the Node and edge runtimes). Nothing they
 * start launches with the app in a browser; `instrumentation-client.*` and `sentry.client.config.*` do.
 */
export function isServerRuntimeFile(file: string): boolean {
  return /(?:^|\/)(?:instrumentation|sentry\.(?:server|edge)\.config)\.[cm]?[jt]s$/.test(file);
}

const APP_INITIALIZER_TEXT = /\b(?:APP_INITIALIZER|provideAppInitializer)\b/;
const ANGULAR_INITIALIZERS: ReadonlySet<string> = new Set(['APP_INITIALIZER', 'provideAppInitializer']);

/** The function a factory returns: `() => () => init()`, or `return () => …` / `return initSentry` in its body. */
function returnedFunctionOf(fn: FunctionNode): TSESTree.Node | undefined {
  if (fn.body.type !== 'BlockStatement') return fn.body;
  const returned = fn.body.body.find((statement): statement is TSESTree.ReturnStatement => statement.type === 'ReturnStatement');
  return returned?.argument ?? undefined;
}

const ANGULAR_ROOT_METHODS: ReadonlySet<string> = new Set(['constructor', 'ngOnInit']);
const HARMONY_PAGE_METHODS: ReadonlySet<string> = new Set(['aboutToAppear', 'onPageShow']);

/** `@Name(…)` on a class, or also a bare `@Name` when `callOnly` is false (ArkUI writes `@Entry`). */
function hasDecorator(node: TSESTree.ClassDeclaration, name: string, callOnly: boolean): boolean {
  return !!node.decorators?.some((decorator) => {
    const expression = decorator.expression;
    if (expression.type === 'CallExpression') return expression.callee.type === 'Identifier' && expression.callee.name === name;
    return !callOnly && expression.type === 'Identifier' && expression.name === name;
  });
}

const QUASAR_BOOT_FILE = /(?:^|\/)src\/boot\/[^/]+\.[cm]?[jt]s$/;
const QUASAR_BOOT_WRAPPERS: ReadonlySet<string> = new Set(['boot', 'defineBoot']);
const QUASAR_WRAPPER_MODULES: ReadonlySet<unknown> = new Set(['quasar/wrappers', '#q-app/wrappers']);

const ROOT_COMPONENT_FILE = /^App\.(?:[cm]?js|jsx|ts|tsx)$/;

// ---------------------------------------------------------------------------------------------------------------
// The root component registered from another module: index.js `import App from './src'` then
// `AppRegistry.registerComponent(name, () => App)` or `registerRootComponent(App)`. Read from the entry's text.

const ENTRY_NAMES = ['index.js', 'index.ts', 'index.tsx', 'index.jsx'];
const REGISTERED_REQUIRE = /\bregisterComponent\s*\(\s*[^,()]+,\s*\(\s*\)\s*=>\s*\(?\s*require\s*\(\s*['"]([^'"]+)['"]\s*\)(?:\.default)?/g;
const REGISTERED_NAME = /\bregisterComponent\s*\(\s*[^,()]+,\s*\(\s*\)\s*=>\s*\(?\s*([A-Za-z_$][\w$]*)|\bregisterRootComponent\s*\(\s*([A-Za-z_$][\w$]*)\s*\)/g;
/** An entry is looked at again (stat) at most this often. */
const ENTRY_RECHECK_MS = 2000;
const registeredRoots = new Map<string, { checkedAt: number; signature: string; files: ReadonlySet<string> }>();

/** The app modules an app's entry registers as its root component (default imports of the app's own modules). */
function registeredRootFiles(appRoot: string): ReadonlySet<string> {
  const now = Date.now();
  const cached = registeredRoots.get(appRoot);
  if (cached && isFresh(cached.checkedAt, ENTRY_RECHECK_MS, now)) return cached.files;
  const source = getProjectModel().source;
  const entries = ENTRY_NAMES.map((name) => `${appRoot}/${name}`);
  const signature = entries.map((entry) => source.signature(entry)).join('\0');
  if (cached && cached.signature === signature) {
    cached.checkedAt = now;
    return cached.files;
  }
  const files = new Set<string>();
  for (const entry of entries) {
    const read = source.read(entry);
    if (!read?.ok || !/\bregister(?:Root)?Component\b/.test(read.text)) continue;
    for (const match of read.text.matchAll(REGISTERED_NAME)) {
      const name = match[1] ?? match[2];
      const imported = new RegExp(`\\bimport\\s+${name.replace(/\$/g, '\\$')}\\s+from\\s*['"]([^'"]+)['"]`).exec(read.text);
      const file = imported && resolveAppModule(entry, imported[1]);
      if (file) files.add(file);
    }
    // `registerComponent(appName, () => require('./app/index').default)` (Rocket.Chat, apps that switch to Storybook).
    for (const match of read.text.matchAll(REGISTERED_REQUIRE)) {
      const file = resolveAppModule(entry, match[1]!);
      if (file) files.add(file);
    }
  }
  if (registeredRoots.size >= 200) registeredRoots.clear();
  registeredRoots.set(appRoot, { checkedAt: now, signature, files });
  return files;
}

/** The module an app's entry registers as its root component, though it is not named App (src/index.tsx, Root.tsx). */
function isRegisteredRootFile(file: string): boolean {
  const root = getProjectModel().appForFile(file)?.root;
  return !!root && registeredRootFiles(normalisePath(root)).has(file);
}
/** Taro keeps its app component in src/app.{js,jsx,ts,tsx}. */
const TARO_APP_FILE = /(?:^|\/)src\/app\.(?:js|jsx|ts|tsx)$/;
/** expo-router's root layout: app/_layout or src/app/_layout (not a nested group's layout). */
const EXPO_ROUTER_ROOT_LAYOUT = /(?:^|\/)(?:src\/)?app\/_layout\.(?:js|jsx|ts|tsx)$/;

const CLASS_ROOT_METHODS = new Map<string, LaunchContextKind>([
  ['constructor', 'root-component'],
  ['componentWillMount', 'root-component'],
  ['UNSAFE_componentWillMount', 'root-component'],
  ['componentDidMount', 'root-component'],
  // Taro class-based app component.
  ['onLaunch', 'app-lifecycle'],
  ['componentDidShow', 'app-lifecycle'],
  ['onShow', 'app-lifecycle'],
]);

const APP_OBJECT_HOOKS = ['onLaunch', 'onShow'];
const VUE_ROOT_HOOKS = ['beforeCreate', 'created', 'beforeMount', 'mounted', 'setup'];
/** Composition-API lifecycle registrations that run at launch in App.vue (uni-app onLaunch/onShow, Vue onMounted). */
const VUE_SETUP_LAUNCH_HOOKS = new Map<string, LaunchContextKind>([
  ['onLaunch', 'app-lifecycle'],
  ['onShow', 'app-lifecycle'],
  ['onBeforeMount', 'root-component'],
  ['onMounted', 'root-component'],
]);
/** Page hooks that run when a page opens: the entry page opens at launch. */
const PAGE_OPEN_HOOKS = ['onLoad', 'onShow', 'onReady'];
const PAGE_SETUP_HOOKS = new Set(['onLoad', 'onShow', 'onReady', 'onBeforeMount', 'onMounted']);
const ABILITY_BASES = new Set(['UIAbility', 'AbilityStage', 'Ability']);
// onForeground runs at every start too, right after onWindowStageCreate (as App.onShow does in a mini-program).
const ABILITY_METHODS = new Set(['onCreate', 'onWindowStageCreate', 'onForeground']);

class EntryFinder {
  private readonly entries: LaunchContext[] = [];
  private readonly seen = new Set<TSESTree.Node>();
  private readonly isVue: boolean;
  private readonly isAppVue: boolean;
  private readonly isEntryPage: boolean;
  /** The tag under which the entry page renders this WeChat custom component when it opens (see entryPageComponentTag). */
  private readonly entryComponentTag: string | undefined;
  private readonly setupRange: [number, number] | undefined;

  constructor(
    private readonly program: TSESTree.Program,
    private readonly context: LaunchContextHost,
    private readonly file: string,
  ) {
    this.isVue = file.endsWith('.vue');
    this.isAppVue = baseName(file) === 'App.vue';
    this.isEntryPage = isEntryPageFile(file);
    this.entryComponentTag = !this.isEntryPage && /\bComponent\s*\(/.test(context.sourceCode.text) ? entryPageComponentTag(file) : undefined;
    this.setupRange = this.isVue ? scriptSetupRange(context.sourceCode.text) : undefined;
  }

  find(): LaunchContext[] {
    const program = this.program;
    // Module top level: in a .vue file, `<script setup>` code runs per component instance, so only App.vue's (and the
    // entry page's, created at launch) counts.
    if (!this.isVue || !this.setupRange || this.isAppVue || this.isEntryPage) {
      this.push('module-top-level', program, 'module top level');
    } else if (!this.setupOnly()) {
      // A plain <script> beside <script setup>: only its statements run at import.
      this.push('module-top-level', program, 'module top level', this.setupRange);
    }
    const file = this.file;
    const isRootFile =
      ROOT_COMPONENT_FILE.test(baseName(file)) ||
      // Taro's app component only in a Taro app: a Capacitor or web app's src/app.ts is a module like any other (lichobile).
      (TARO_APP_FILE.test(file) && getProjectModel().appForFile(file)?.ecosystems.has('taro') !== false) ||
      EXPO_ROUTER_ROOT_LAYOUT.test(file) ||
      (!this.isVue && isRegisteredRootFile(file));

    for (const statement of program.body) {
      this.visitTopLevel(statement, isRootFile);
    }
    if (APP_INITIALIZER_TEXT.test(this.context.sourceCode.text)) this.visitAppInitializers(program);
    return this.entries;
  }

  /**
   * Angular runs its app initializers while it bootstraps, before the root component exists, on every start:
   * `{ provide: APP_INITIALIZER, useFactory: f, multi: true }` calls `f` and then the function `f` returns, and
   * `provideAppInitializer(fn)` (Angular 19+) calls `fn` (Ushahidi's web client started Sentry in one, 26c).
   */
  private visitAppInitializers(program: TSESTree.Program): void {
    const imported = new Set<string>();
    for (const statement of program.body) {
      if (statement.type !== 'ImportDeclaration' || statement.source.value !== '@angular/core') continue;
      for (const specifier of statement.specifiers) {
        if (specifier.type === 'ImportSpecifier' && specifier.imported.type === 'Identifier' && ANGULAR_INITIALIZERS.has(specifier.imported.name)) imported.add(specifier.local.name);
      }
    }
    if (imported.size === 0) return;
    const stack: TSESTree.Node[] = [program];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.type === 'ObjectExpression') {
        const provide = node.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propertyKeyName(p) === 'provide');
        const factory = node.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propertyKeyName(p) === 'useFactory');
        if (provide?.value.type === 'Identifier' && imported.has(provide.value.name) && factory) {
          const fn = this.resolveFunction(factory.value);
          if (fn) {
            this.push('app-lifecycle', fn, 'Angular APP_INITIALIZER');
            const returned = returnedFunctionOf(fn);
            const initializer = returned && this.resolveFunction(returned);
            if (initializer) this.push('app-lifecycle', initializer, 'Angular APP_INITIALIZER');
          }
        }
      } else if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && imported.has(node.callee.name)) {
        const fn = this.resolveFunction(node.arguments[0]);
        if (fn) this.push('app-lifecycle', fn, 'Angular app initializer');
      }
      stack.push(...childNodesOf(node, this.context));
    }
  }

  /** True when every statement of the script is inside `<script setup>`. */
  private setupOnly(): boolean {
    const range = this.setupRange!;
    return this.program.body.every((s) => s.range[0] >= range[0] && s.range[1] <= range[1]);
  }

  private push(kind: LaunchContextKind, entry: TSESTree.Program | FunctionNode, label: string, outside?: readonly [number, number]): void {
    if (this.seen.has(entry)) return;
    this.seen.add(entry);
    this.entries.push({ kind, entry, label, hops: [], ...(outside ? { outside } : {}) });
  }

  private visitTopLevel(statement: TSESTree.ProgramStatement, isRootFile: boolean): void {
    // export default …
    if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement.declaration as TSESTree.Node;
      if (this.isVue && this.isAppVue) this.visitVueRoot(declaration);
      if (isRootFile) this.visitRootComponent(declaration, 0);
      if (this.isEntryPage) {
        if (this.isVue) this.visitEntryPageOptions(declaration);
        else this.visitEntryPageComponent(declaration);
      }
      this.visitAbilityClass(declaration);
      this.visitQuasarBoot(declaration);
      return;
    }
    if (statement.type === 'ExportNamedDeclaration' && statement.declaration) {
      this.visitAbilityClass(statement.declaration);
      this.visitAngularRoot(statement.declaration);
      this.visitHarmonyEntryPage(statement.declaration);
      return;
    }
    if (statement.type === 'ClassDeclaration') {
      this.visitAbilityClass(statement);
      this.visitAngularRoot(statement);
      this.visitHarmonyEntryPage(statement);
      return;
    }
    if (statement.type === 'VariableDeclaration') {
      // const app = createApp({ onLaunch … }) (Taro Vue)
      for (const declarator of statement.declarations) {
        if (declarator.init) this.visitLaunchCall(unwrapExpression(declarator.init));
      }
      return;
    }
    if (statement.type === 'ExpressionStatement') {
      this.visitLaunchCall(unwrapExpression(statement.expression));
    }
  }

  /** App({...}), createApp({...}), AppRegistry.registerComponent(name, () => Root), registerRootComponent(Root), onLaunch(cb). */
  private visitLaunchCall(expression: TSESTree.Node): void {
    if (expression.type !== 'CallExpression') return;
    const callee = expression.callee;
    const name = calleeName(callee);
    if (!name) return;
    const firstArg = expression.arguments[0];

    if ((name === 'App' || name === 'createApp') && callee.type === 'Identifier' && firstArg?.type === 'ObjectExpression') {
      if (name === 'App' && !isUnshadowedGlobal(this.context, callee)) return;
      for (const hook of APP_OBJECT_HOOKS) {
        const fn = objectMethod(firstArg, hook);
        if (fn) this.push('app-lifecycle', fn, `App.${hook}`);
      }
      return;
    }
    if (name === 'registerComponent' && callee.type === 'MemberExpression' && memberObjectName(callee) === 'AppRegistry') {
      const provider = expression.arguments[1];
      if (provider && isFunctionNode(provider)) {
        const returned = returnedExpression(provider);
        if (returned) this.visitRootComponent(returned, 0);
      }
      return;
    }
    if (name === 'registerRootComponent' && firstArg) {
      this.visitRootComponent(firstArg, 0);
      return;
    }
    const setupHook = this.isAppVue && callee.type === 'Identifier' ? VUE_SETUP_LAUNCH_HOOKS.get(name) : undefined;
    if (setupHook) {
      const fn = this.resolveFunction(firstArg);
      if (fn) this.push(setupHook, fn, `App.vue ${name}`);
    }
    // Component({ created, attached, ready, lifetimes, pageLifetimes.show }) rendered by the entry page as it opens.
    if (this.entryComponentTag && name === 'Component' && callee.type === 'Identifier' && firstArg?.type === 'ObjectExpression' && isUnshadowedGlobal(this.context, callee)) {
      this.visitEntryPageComponentOptions(firstArg, this.entryComponentTag);
      return;
    }
    if (!this.isEntryPage) return;
    // Page({ onLoad, onShow, onReady }) (WeChat), and <script setup> onLoad(…) / onShow(…) / onMounted(…) of a .vue page.
    if (name === 'Page' && callee.type === 'Identifier' && firstArg?.type === 'ObjectExpression' && isUnshadowedGlobal(this.context, callee)) {
      this.visitEntryPageOptions(firstArg);
    } else if (this.isVue && callee.type === 'Identifier' && PAGE_SETUP_HOOKS.has(name)) {
      const fn = this.resolveFunction(firstArg);
      if (fn) this.push('root-component', fn, `entry page ${name}`);
    }
  }

  /** The entry page's options object: Page({...}) or a .vue page's export default {...} (or defineComponent({...})). */
  private visitEntryPageOptions(declaration: TSESTree.Node): void {
    let object: TSESTree.Node = unwrapExpression(declaration);
    if (object.type === 'CallExpression' && object.arguments[0]) object = unwrapExpression(object.arguments[0]);
    if (object.type !== 'ObjectExpression') return;
    for (const hook of [...PAGE_OPEN_HOOKS, ...(this.isVue ? VUE_ROOT_HOOKS : [])]) {
      const fn = objectMethod(object, hook);
      if (fn) this.push('root-component', fn, `entry page ${hook}`);
    }
  }

  /** A WeChat custom component's lifetimes that run as the entry page opens: top-level, under `lifetimes`, and `pageLifetimes.show`. */
  private visitEntryPageComponentOptions(options: TSESTree.ObjectExpression, tag: string): void {
    const lifetimes = objectProperty(options, 'lifetimes');
    const pageLifetimes = objectProperty(options, 'pageLifetimes');
    for (const hook of COMPONENT_LAUNCH_LIFETIMES) {
      const fn = (lifetimes?.type === 'ObjectExpression' ? objectMethod(lifetimes, hook) : undefined) ?? objectMethod(options, hook);
      if (fn) this.push('root-component', fn, `<${tag}> ${hook} (a component of the entry page)`);
    }
    const show = pageLifetimes?.type === 'ObjectExpression' ? objectMethod(pageLifetimes, 'show') : undefined;
    if (show) this.push('root-component', show, `<${tag}> pageLifetimes.show (a component of the entry page)`);
  }

  /** A Taro (React) entry page: its component, entered like the root component's (body, mount effects, useLoad). */
  private visitEntryPageComponent(declaration: TSESTree.Node): void {
    const target = unwrapExpression(declaration);
    const fn = isFunctionNode(target) ? target : target.type === 'Identifier' ? this.resolveFunction(target) : undefined;
    if (fn) this.push('root-component', fn, `${functionName(fn) ?? 'Page'} (entry page)`);
  }

  /** uni-app / Vue App.vue: export default { onLaunch, onShow, created, mounted, setup } (or defineComponent({...})). */
  private visitVueRoot(declaration: TSESTree.Node): void {
    let object: TSESTree.Node = unwrapExpression(declaration);
    if (object.type === 'CallExpression' && object.arguments[0]) object = unwrapExpression(object.arguments[0]);
    if (object.type !== 'ObjectExpression') return;
    for (const hook of APP_OBJECT_HOOKS) {
      const fn = objectMethod(object, hook);
      if (fn) this.push('app-lifecycle', fn, `App.vue ${hook}`);
    }
    for (const hook of VUE_ROOT_HOOKS) {
      const fn = objectMethod(object, hook);
      if (fn) this.push('root-component', fn, `App.vue ${hook}`);
    }
  }

  /** The root component: a class (constructor, mount methods) or a function component (its body). */
  private visitRootComponent(node: TSESTree.Node, depth: number): void {
    if (depth > 4) return;
    const target = unwrapExpression(node);
    switch (target.type) {
      case 'ClassDeclaration':
      case 'ClassExpression': {
        const className = target.id?.name ?? 'App';
        for (const member of target.body.body) {
          const methodName = classMemberName(member);
          const kind = methodName ? CLASS_ROOT_METHODS.get(methodName) : undefined;
          if (!kind) continue;
          const fn = classMemberFunction(member);
          if (fn) this.push(kind, fn, `${className}.${methodName}`);
        }
        return;
      }
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression': {
        const name = functionName(target) ?? 'App';
        this.push('root-component', target, `${name} (root component)`);
        return;
      }
      case 'Identifier': {
        const definition = resolveDefinition(this.context, target);
        if (definition) this.visitRootComponent(definition, depth + 1);
        return;
      }
      case 'CallExpression': {
        // Higher-order wrappers: connect(…)(App), Sentry.wrap(App), memo(App), codePush(opts)(App).
        for (const argument of target.arguments) {
          const inner = unwrapExpression(argument);
          if (inner.type === 'Identifier' || isFunctionNode(inner) || inner.type === 'ClassExpression') {
            this.visitRootComponent(inner, depth + 1);
            return;
          }
        }
        if (target.callee.type === 'CallExpression') this.visitRootComponent(target.callee, depth + 1);
        return;
      }
      default:
        return;
    }
  }

  /**
   * Angular / Ionic: the root component the app bootstraps, `@Component(…) export class AppComponent` in
   * src/app/app.component.ts (the CLI's name for it): its constructor and ngOnInit run at every start.
   */
  private visitAngularRoot(node: TSESTree.Node): void {
    if (node.type !== 'ClassDeclaration' || !/(?:^|\/)app\.component\.ts$/.test(this.file) || !hasDecorator(node, 'Component', true)) return;
    this.pushMethods(node, ANGULAR_ROOT_METHODS, 'root-component', node.id?.name ?? 'AppComponent');
  }

  /**
   * A Quasar boot file (src/boot/*.js|ts, listed in quasar.config's `boot`): Quasar runs its default export before the
   * root component mounts, at every start: `export default boot(async ({ app, router }) => …)` (boot / defineBoot from
   * quasar/wrappers or #q-app/wrappers), or a function exported as it is.
   */
  private visitQuasarBoot(declaration: TSESTree.Node): void {
    if (!QUASAR_BOOT_FILE.test(this.file)) return;
    const node = unwrapExpression(declaration as TSESTree.Expression);
    if (isFunctionNode(node)) {
      this.push('app-lifecycle', node, 'Quasar boot file');
      return;
    }
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || !QUASAR_BOOT_WRAPPERS.has(node.callee.name)) return;
    const imported = this.program.body.some(
      (statement) =>
        statement.type === 'ImportDeclaration' &&
        QUASAR_WRAPPER_MODULES.has(statement.source.value) &&
        statement.specifiers.some((specifier) => specifier.local.name === (node.callee as TSESTree.Identifier).name),
    );
    const callback = node.arguments[0] && unwrapExpression(node.arguments[0] as TSESTree.Expression);
    if (imported && callback && isFunctionNode(callback)) this.push('app-lifecycle', callback, 'Quasar boot file');
  }

  /**
   * The page a HarmonyOS entry module's main ability loads at launch (`windowStage.loadContent('pages/Index')`): its
   * `@Entry` component's aboutToAppear and onPageShow run as the app opens, as a mini program's entry page onLoad does.
   */
  private visitHarmonyEntryPage(node: TSESTree.Node): void {
    if (!this.isEntryPage || !this.file.endsWith('.ets') || node.type !== 'ClassDeclaration' || !hasDecorator(node, 'Entry', false)) return;
    this.pushMethods(node, HARMONY_PAGE_METHODS, 'app-lifecycle', node.id?.name ?? 'Index', ' (entry page)');
  }

  /** class EntryAbility extends UIAbility { onCreate() {…} onWindowStageCreate() {…} onForeground() {…} } */
  private visitAbilityClass(node: TSESTree.Node): void {
    if (node.type !== 'ClassDeclaration' && node.type !== 'ClassExpression') return;
    const base = node.superClass;
    const baseName = base?.type === 'Identifier' ? base.name : base?.type === 'MemberExpression' ? memberPropertyName(base) : undefined;
    if (!baseName || !ABILITY_BASES.has(baseName)) return;
    this.pushMethods(node, ABILITY_METHODS, 'ability-lifecycle', node.id?.name ?? baseName);
  }

  /** The class's methods of these names as entries: `${className}.${method}${note}`. */
  private pushMethods(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression, names: ReadonlySet<string>, kind: LaunchContextKind, className: string, note = ''): void {
    for (const member of node.body.body) {
      const methodName = classMemberName(member);
      if (!methodName || !names.has(methodName)) continue;
      const fn = classMemberFunction(member);
      if (fn) this.push(kind, fn, `${className}.${methodName}${note}`);
    }
  }

  private resolveFunction(node: TSESTree.Node | undefined): FunctionNode | undefined {
    if (!node) return undefined;
    const target = unwrapExpression(node);
    if (isFunctionNode(target)) return target;
    if (target.type === 'Identifier') {
      const definition = resolveDefinition(this.context, target);
      return definition && isFunctionNode(definition) ? definition : undefined;
    }
    return undefined;
  }
}

/** A WeChat custom component's lifetimes that run when the page rendering it opens (`lifetimes` wins over the top level). */
const COMPONENT_LAUNCH_LIFETIMES = ['created', 'attached', 'ready'];

/**
 * The tag under which a mini-program's entry page renders this WeChat custom component when it opens, so that its
 * created / attached / ready lifetimes run at launch as the page's onLoad does: the component's .json says
 * `"component": true`, the entry page's .json (or app.json, for every page) registers the file under a tag, and the
 * entry page's template renders that tag under no `wx:if` / `wx:for` (tagsRenderedOnOpen). Undefined otherwise.
 */
function entryPageComponentTag(file: string): string | undefined {
  if (!/\.(?:js|ts)$/.test(file)) return undefined;
  const app = getProjectModel().appForFile(file);
  const appJson = app?.configFiles.find((config) => config.kind === 'wechat-app-json')?.file;
  if (!app || !appJson || app.entryPages.length === 0) return undefined;
  const base = file.replace(/\.(?:js|ts)$/, '');
  if (miniProgramJson(`${base}.json`)?.component !== true) return undefined;
  const root = dirname(appJson);
  const isThisComponent = (path: string) => path === base || `${path}/index` === base;
  const global = registeredComponentPaths(appJson, root);
  for (const page of app.entryPages) {
    // The page's own registration of a tag shadows app.json's.
    const registered = new Map([...global, ...registeredComponentPaths(`${page}.json`, root)]);
    const tags = [...registered].filter(([, path]) => isThisComponent(path)).map(([tag]) => tag);
    if (tags.length === 0) continue;
    const rendered = tagsRenderedOnOpen(`${page}.wxml`, new Set(registered.keys()));
    const tag = tags.find((name) => rendered.has(name));
    if (tag) return tag;
  }
  return undefined;
}

/** Whether the file is a mini-program's entry page (the project model reads entryPagePath / pages). */
function isEntryPageFile(file: string): boolean {
  if (!/\.(?:js|ts|jsx|tsx|vue|nvue|ets)$/.test(file)) return false;
  const page = file.replace(/\.[^./]+$/, '');
  // Pages live under pages/ (or pages named like their folder: pages/index/index): only those ask the model.
  const parts = page.split('/');
  if (!parts.slice(0, -1).some((part) => /pages?$/i.test(part)) && parts[parts.length - 1] !== parts[parts.length - 2]) return false;
  const app = getProjectModel().appForFile(file);
  if (!app) return false;
  // An app lists up to hundreds of pages, and every page file asks: the set is made once per app model.
  let pages = entryPageSets.get(app);
  if (!pages) entryPageSets.set(app, (pages = new Set(app.entryPages.map(normalisePath))));
  return pages.has(page);
}

const entryPageSets = new WeakMap<object, ReadonlySet<string>>();

/** Character range of the first `<script setup>` block's content, if any. */
function scriptSetupRange(text: string): [number, number] | undefined {
  const open = /<script\b[^>]*\bsetup\b[^>]*>/i.exec(text);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  const close = text.indexOf('</script>', start);
  return [start, close < 0 ? text.length : close];
}

// ---------------------------------------------------------------------------------------------------------------
// Edges: from one function to the functions it certainly runs

/** Events that fire once as a web page opens. */
const PAGE_LOAD_EVENTS: ReadonlySet<string> = new Set(['DOMContentLoaded', 'load']);

/** `window.addEventListener('load', fn)`, `document.addEventListener('DOMContentLoaded', fn)` (or with no receiver). */
function isPageLoadListener(context: LaunchContextHost, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const event = call.arguments[0] && staticString(unwrapExpression(call.arguments[0]));
  if (!event || !PAGE_LOAD_EVENTS.has(event)) return false;
  const callee = unwrapExpression(call.callee);
  // The browser's global, not a function of the app's that happens to have its name.
  if (callee.type === 'Identifier') return isUnshadowedGlobal(context, callee);
  if (callee.type !== 'MemberExpression') return false;
  const receiver = unwrapExpression(callee.object);
  return receiver.type === 'Identifier' && (receiver.name === 'window' || receiver.name === 'document' || receiver.name === 'self');
}

/** Callees that run a function argument soon (synchronously or as a near-term continuation). */
const RUNNER_CALLEES = new Set([
  // promises
  'then',
  'catch',
  'finally',
  // timers and schedulers
  'setTimeout',
  'setInterval',
  'setImmediate',
  'requestAnimationFrame',
  'requestIdleCallback',
  'queueMicrotask',
  'nextTick',
  '$nextTick',
  'runAfterInteractions',
  // synchronous iteration
  'forEach',
  'map',
  'filter',
  'some',
  'every',
  'find',
  'findIndex',
  'reduce',
  'flatMap',
  // React: lazy initialisers that run during the first render
  'useMemo',
  'useState',
  'useReducer',
  // mount hooks (react-use / ahooks), Taro app hooks
  'useMount',
  'useEffectOnce',
  'useLaunch',
  'useDidShow',
  // Taro page hooks: the page opened (reached only from the entry page)
  'useLoad',
  'useReady',
  // Vue root lifecycle (App.vue setup)
  'onBeforeMount',
  'onMounted',
  // HarmonyOS windowStage.loadContent(page, callback)
  'loadContent',
]);
/** Effects run on mount when their dependency list is empty or absent. */
const EFFECT_CALLEES = new Set(['useEffect', 'useLayoutEffect', 'useInsertionEffect']);
/** Completion callbacks of mini-program style APIs: wx.getSetting({ success }), uni.showModal({ success }). */
const COMPLETION_PROPERTIES = new Set(['success', 'complete', 'fail']);

class EdgeScanner {
  private readonly cache = new Map<TSESTree.Node, LaunchHop[]>();
  private readonly keys: Record<string, readonly string[] | undefined>;

  constructor(private readonly context: LaunchContextHost) {
    this.keys = context.sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
  }

  edgesOf(fn: TSESTree.Program | FunctionNode): LaunchHop[] {
    let edges = this.cache.get(fn);
    if (!edges) {
      edges = this.scan(fn);
      this.cache.set(fn, edges);
    }
    return edges;
  }

  private scan(fn: TSESTree.Program | FunctionNode): LaunchHop[] {
    const edges: LaunchHop[] = [];
    const roots: TSESTree.Node[] = fn.type === 'Program' ? fn.body : [fn.body];
    const stack: TSESTree.Node[] = [...roots].reverse();
    while (stack.length) {
      const node = stack.pop()!;
      if (isFunctionNode(node)) {
        // Nested functions are entered only through an edge, never by walking into them.
        continue;
      }
      if (node.type === 'CallExpression' || node.type === 'NewExpression') this.edgesOfCall(node, edges);
      const childKeys = this.keys[node.type];
      if (!childKeys) continue;
      for (let k = childKeys.length - 1; k >= 0; k--) {
        const child = (node as unknown as Record<string, unknown>)[childKeys[k]];
        if (Array.isArray(child)) {
          for (let c = child.length - 1; c >= 0; c--) {
            const item = child[c] as TSESTree.Node | null;
            if (item && typeof item.type === 'string') stack.push(item);
          }
        } else if (child && typeof (child as TSESTree.Node).type === 'string') {
          stack.push(child as TSESTree.Node);
        }
      }
    }
    return edges;
  }

  private edgesOfCall(call: TSESTree.CallExpression | TSESTree.NewExpression, edges: LaunchHop[]): void {
    const callee = unwrapExpression(call.callee);
    // (() => {…})() / (async function () {…})()
    if (call.type === 'CallExpression' && isFunctionNode(callee)) {
      edges.push({ how: 'iife', via: call, fn: callee, label: 'immediately invoked function' });
      return;
    }
    const name = calleeName(callee);
    if (!name) return;

    // new Promise((resolve) => …) runs its executor synchronously; `new Analytics()` of a class of this module runs its
    // constructor (`export default new Analytics()` at module top level).
    if (call.type === 'NewExpression') {
      if (name === 'Promise') this.callbackArgument(call, call.arguments[0], 'Promise executor', edges);
      else if (callee.type === 'Identifier') {
        const constructor = this.constructorOf(callee);
        if (constructor) edges.push({ how: 'call', via: call, fn: constructor, label: `new ${name}()` });
      }
      return;
    }

    // Same-module function called by name or as a sibling method.
    const target = this.resolveCallTarget(callee);
    if (target) edges.push({ how: 'call', via: call, fn: target, label: `${name}()` });

    if (RUNNER_CALLEES.has(name)) {
      const args = name === 'then' ? call.arguments.slice(0, 2) : call.arguments;
      for (const argument of args) this.callbackArgument(call, argument, `${name} callback`, edges);
    } else if (name === 'addEventListener' && isPageLoadListener(this.context, call)) {
      // window / document load events fire once as the page opens (a PWA's main.js): launch, not a user action.
      this.callbackArgument(call, call.arguments[1], `${staticString(unwrapExpression(call.arguments[0]!))} listener`, edges);
    } else if (EFFECT_CALLEES.has(name)) {
      const deps = call.arguments[1];
      if (!deps || (deps.type === 'ArrayExpression' && deps.elements.length === 0)) {
        this.callbackArgument(call, call.arguments[0], deps ? `${name}(…, [])` : `${name}(…)`, edges);
      } else if (deps.type === 'ArrayExpression' && deps.elements.every((dep) => dep?.type === 'Identifier' && this.isStableValue(dep))) {
        // Dependencies React keeps the same across renders: the effect runs once, on mount, as with [].
        const names = deps.elements.map((dep) => (dep as TSESTree.Identifier).name).join(', ');
        this.callbackArgument(call, call.arguments[0], `${name}(…, [${names}])`, edges);
      }
    }
    // Mini-program completions: api({ success() {…}, complete: () => {…} }).
    for (const argument of call.arguments) {
      if (argument.type !== 'ObjectExpression') continue;
      for (const property of argument.properties) {
        if (property.type !== 'Property') continue;
        const key = propertyKeyName(property);
        if (key && COMPLETION_PROPERTIES.has(key)) this.callbackArgument(call, property.value, `${name} ${key}`, edges);
      }
    }
  }

  /**
   * A value whose identity React keeps for the component's life: the setter of `useState` / `useReducer`
   * (`const [x, setX] = useState()`), a `useRef()` object, react-redux's `useDispatch()`.
   */
  private isStableValue(identifier: TSESTree.Identifier): boolean {
    const declarator = findVariable(this.context, identifier)?.defs[0]?.node;
    if (declarator?.type !== 'VariableDeclarator' || declarator.init?.type !== 'CallExpression') return false;
    const hook = calleeName(declarator.init.callee);
    if (hook === 'useRef' || hook === 'useDispatch') return declarator.id.type === 'Identifier' && declarator.id.name === identifier.name;
    if (hook !== 'useState' && hook !== 'useReducer') return false;
    const setter = declarator.id.type === 'ArrayPattern' ? declarator.id.elements[1] : undefined;
    return setter?.type === 'Identifier' && setter.name === identifier.name;
  }

  private callbackArgument(
    via: TSESTree.CallExpression | TSESTree.NewExpression,
    argument: TSESTree.Node | undefined,
    label: string,
    edges: LaunchHop[],
  ): void {
    if (!argument) return;
    const target = unwrapExpression(argument);
    if (isFunctionNode(target)) {
      edges.push({ how: 'callback', via, fn: target, label });
      return;
    }
    if (target.type === 'Identifier' || target.type === 'MemberExpression') {
      const fn = this.resolveCallTarget(target);
      if (fn) edges.push({ how: 'callback', via, fn, label });
    }
  }

  /** The constructor of a class declared in this module under that name. */
  private constructorOf(name: TSESTree.Identifier): FunctionNode | undefined {
    const definition = findVariable(this.context, name)?.defs[0];
    const declared = definition?.node;
    const classNode =
      declared?.type === 'ClassDeclaration' || declared?.type === 'ClassExpression'
        ? declared
        : declared?.type === 'VariableDeclarator' && declared.init?.type === 'ClassExpression'
          ? declared.init
          : undefined;
    const constructor = classNode?.body.body.find((member) => member.type === 'MethodDefinition' && member.kind === 'constructor') as TSESTree.MethodDefinition | undefined;
    return constructor?.value.type === 'FunctionExpression' ? constructor.value : undefined;
  }

  /** `init` → the same-module function; `this.init` / `that.init` → the sibling method of the enclosing object or class. */
  private resolveCallTarget(callee: TSESTree.Node): FunctionNode | undefined {
    if (callee.type === 'Identifier') {
      const definition = resolveDefinition(this.context, callee);
      return definition && isFunctionNode(definition) ? definition : undefined;
    }
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
      const object = unwrapExpression(callee.object);
      if (object.type === 'ThisExpression') return siblingMethod(object, callee.property.name);
      if (object.type === 'Identifier') {
        // `const that = this`: the method is looked up from where `this` was captured.
        const captured = resolveDefinition(this.context, object);
        if (captured?.type === 'ThisExpression') return siblingMethod(captured, callee.property.name);
        // `var that` at module level, set by `that = this` in the component's methods (uni-app pages): the same.
        const assigned = thisEveryWriteAssigns(this.context, object);
        if (assigned) return siblingMethod(assigned, callee.property.name);
      }
    }
    return undefined;
  }
}

/**
 * The `this` a variable declared without a value holds, when every write to it is `name = this` (all in one object's
 * methods, as siblingMethod resolves from the first); undefined when any write assigns something else.
 */
function thisEveryWriteAssigns(context: LaunchContextHost, id: TSESTree.Identifier): TSESTree.ThisExpression | undefined {
  const variable = findVariable(context, id);
  const def = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || def?.type !== 'Variable' || (def.node as TSESTree.VariableDeclarator).init) return undefined;
  const writes = variable.references.filter((reference) => reference.isWrite());
  if (!writes.length || writes.some((w) => w.writeExpr?.type !== 'ThisExpression')) return undefined;
  return writes[0]!.writeExpr as TSESTree.ThisExpression;
}

// ---------------------------------------------------------------------------------------------------------------
// AST helpers (exported for the rules that share them)

/** Strip TS-only wrappers and parentheses-equivalents: `x as T`, `x!`, `<T>x`, `x satisfies T`, `await x` is kept. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSSatisfiesExpression':
        current = current.expression;
        continue;
      case 'ChainExpression':
        current = current.expression;
        continue;
      default:
        return current;
    }
  }
}

/** The name a call's callee ends with: `init` for init(), a.b.init(), a?.init(); undefined for computed access. */
export function calleeName(callee: TSESTree.Node): string | undefined {
  const target = unwrapExpression(callee);
  if (target.type === 'Identifier') return target.name;
  if (target.type === 'MemberExpression') return memberPropertyName(target);
  return undefined;
}

export function memberPropertyName(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed && member.property.type === 'Identifier') return member.property.name;
  if (member.computed && member.property.type === 'Literal' && typeof member.property.value === 'string') return member.property.value;
  return undefined;
}

function memberObjectName(member: TSESTree.MemberExpression): string | undefined {
  const object = unwrapExpression(member.object);
  if (object.type === 'Identifier') return object.name;
  if (object.type === 'MemberExpression') return memberPropertyName(object);
  return undefined;
}

export function propertyKeyName(property: TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition): string | undefined {
  const key = property.key;
  if (!property.computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

/** `{ onLaunch() {} }`, `{ onLaunch: function () {} }`, `{ onLaunch: () => {} }` → the function. */
export function objectMethod(object: TSESTree.ObjectExpression, name: string): FunctionNode | undefined {
  // Of duplicate keys the last one is the object's (smart-doctors-app's App.vue has two onLaunch).
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const property = object.properties[i]!;
    if (property.type !== 'Property' || propertyKeyName(property) !== name) continue;
    const value = unwrapExpression(property.value);
    return isFunctionNode(value) ? value : undefined;
  }
  return undefined;
}

function classMemberName(member: TSESTree.ClassElement): string | undefined {
  if (member.type === 'MethodDefinition' || member.type === 'PropertyDefinition') return propertyKeyName(member);
  return undefined;
}

function classMemberFunction(member: TSESTree.ClassElement): FunctionNode | undefined {
  if (member.type === 'MethodDefinition') return member.value as TSESTree.FunctionExpression;
  if (member.type === 'PropertyDefinition' && member.value) {
    const value = unwrapExpression(member.value);
    if (isFunctionNode(value)) return value;
  }
  return undefined;
}

export function functionName(fn: FunctionNode): string | undefined {
  if (fn.id) return fn.id.name;
  const parent = fn.parent;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  return undefined;
}

function returnedExpression(fn: FunctionNode): TSESTree.Node | undefined {
  if (fn.body.type !== 'BlockStatement') return fn.body;
  for (const statement of fn.body.body) {
    if (statement.type === 'ReturnStatement' && statement.argument) return statement.argument;
  }
  return undefined;
}

/** The variable an identifier refers to, resolved through scope analysis (undefined for globals). */
export function findVariable(
  context: LaunchContextHost,
  identifier: TSESTree.Identifier,
): TSESLint.Scope.Variable | undefined {
  let scope: TSESLint.Scope.Scope | null = context.sourceCode.getScope(identifier);
  while (scope) {
    const variable = scope.set.get(identifier.name);
    if (variable) return variable;
    scope = scope.upper;
  }
  return undefined;
}

export function isUnshadowedGlobal(context: LaunchContextHost, identifier: TSESTree.Identifier): boolean {
  const variable = findVariable(context, identifier);
  return !variable || variable.defs.length === 0;
}

/**
 * What a same-module identifier stands for: a function declaration, a class, or the initialiser of a `const`
 * (`const init = () => …`). Undefined for imports, parameters and reassigned `let`s.
 */
export function resolveDefinition(context: LaunchContextHost, identifier: TSESTree.Identifier): TSESTree.Node | undefined {
  const variable = findVariable(context, identifier);
  if (!variable || variable.defs.length !== 1) return undefined;
  const definition = variable.defs[0];
  switch (definition.type) {
    case 'FunctionName':
      return definition.node as TSESTree.FunctionDeclaration;
    case 'ClassName':
      return definition.node as TSESTree.ClassDeclaration;
    case 'Variable': {
      const declarator = definition.node as TSESTree.VariableDeclarator;
      if (declarator.id.type !== 'Identifier' || !declarator.init) return undefined;
      const declaration = declarator.parent as TSESTree.VariableDeclaration;
      if (declaration.kind !== 'const' && variable.references.some((ref) => ref.isWrite() && ref.init !== true)) return undefined;
      return unwrapExpression(declarator.init);
    }
    default:
      return undefined;
  }
}

/**
 * The method `name` of the object literal or class that owns the method containing `member`
 * (`this.init()` inside `App({ onLaunch() { this.init() }, init() {} })`), `thisNode` being the `this`. Vue options objects also look in `methods`.
 */
function siblingMethod(thisNode: TSESTree.Node, name: string): FunctionNode | undefined {
  // Find the method that owns `this`: the nearest non-arrow function.
  let current: TSESTree.Node | undefined = thisNode.parent;
  let owner: TSESTree.FunctionExpression | TSESTree.FunctionDeclaration | undefined;
  while (current) {
    if (current.type === 'FunctionExpression' || current.type === 'FunctionDeclaration') {
      owner = current;
      break;
    }
    current = current.parent;
  }
  if (!owner) {
    // Arrow functions in class property initialisers bind `this` to the instance.
    current = thisNode.parent;
    while (current && current.type !== 'ClassBody') current = current.parent;
    return current ? classMethod(current as TSESTree.ClassBody, name) : undefined;
  }
  const holder = owner.parent;
  if (holder?.type === 'Property' && holder.parent?.type === 'ObjectExpression') {
    const object = holder.parent;
    const direct = objectMethod(object, name);
    if (direct) return direct;
    // Vue options API: methods live under `methods`; hooks live at the top. Look both ways. A WeChat Component's
    // hooks may also live under `lifetimes` / `pageLifetimes`, beside its `methods`.
    const grand = object.parent;
    if (grand?.type === 'Property' && grand.parent?.type === 'ObjectExpression') {
      const key = propertyKeyName(grand);
      if (key === 'methods') return objectMethod(grand.parent, name);
      if (key === 'lifetimes' || key === 'pageLifetimes') {
        const componentMethods = objectProperty(grand.parent, 'methods');
        return objectMethod(grand.parent, name) ?? (componentMethods?.type === 'ObjectExpression' ? objectMethod(componentMethods, name) : undefined);
      }
    }
    const methods = objectProperty(object, 'methods');
    if (methods?.type === 'ObjectExpression') return objectMethod(methods, name);
    return undefined;
  }
  if (holder?.type === 'MethodDefinition' && holder.parent?.type === 'ClassBody') return classMethod(holder.parent, name);
  return undefined;
}

/** The class member function `name`; `isStatic` keeps only static (true) or only instance (false) members. */
export function classMethod(body: TSESTree.ClassBody, name: string, isStatic?: boolean): FunctionNode | undefined {
  for (const member of body.body) {
    if (isStatic !== undefined && (member.type === 'MethodDefinition' || member.type === 'PropertyDefinition') && member.static !== isStatic) continue;
    if (classMemberName(member) === name) {
      const fn = classMemberFunction(member);
      if (fn) return fn;
    }
  }
  return undefined;
}

export function objectProperty(object: TSESTree.ObjectExpression, name: string): TSESTree.Node | undefined {
  for (const property of object.properties) {
    if (property.type === 'Property' && propertyKeyName(property) === name) return unwrapExpression(property.value);
  }
  return undefined;
}
