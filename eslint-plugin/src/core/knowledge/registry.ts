// The API entries and the lookup indexes the matcher uses. Indexes are keyed by the full access path so a lookup
// is one Map.get: `${module}\0${exportName}.${member}...` for imports, `${global}\0${member}...` for globals.
import { GENERATED_API_ENTRIES } from './apis.generated.js';
import type { ApiBinding, ApiEntry } from './types.js';

export const API_ENTRIES: readonly ApiEntry[] = GENERATED_API_ENTRIES;

/** Globals that only alias the global object: `window.navigator.geolocation` is `navigator.geolocation`. */
export const GLOBAL_OBJECT_ALIASES: ReadonlySet<string> = new Set(['window', 'globalThis', 'self']);

/**
 * Module specifiers as the knowledge base stores them. uni-app plugins are imported through aliases or relative
 * paths ('@/uni_modules/umeng-common', '../../uni_modules/umeng-common/index.uts'): they are keyed from
 * 'uni_modules/<name>' on. Everything else is the specifier itself.
 */
export function normaliseModuleSpecifier(specifier: string): string {
  const uniModule = /(?:^|\/)(uni_modules\/[^/]+)/.exec(specifier);
  if (uniModule) return uniModule[1];
  // SDKs that mini-programs copy into their own folders under the vendor's file name (AMap: libs/amap-wx.130.js).
  for (const [module, file] of VENDORED_SDK_FILES) if (file.test(specifier)) return module;
  return specifier;
}

/** SDK files as their downloads name them, copied into the app: the catalogue's module for each. */
const VENDORED_SDK_FILES: ReadonlyArray<readonly [string, RegExp]> = [
  // AMap's WeChat mini-program SDK: amap-wx.js, amap-wx.130.js.
  ['amap-wx', /(?:^|\/)amap-wx(?:\.\d+)*(?:\.js)?$/],
  // Tencent Location Service's WeChat mini-program SDK: qqmap-wx-jssdk.js, qqmap-wx-jssdk.min.js.
  ['qqmap-wx-jssdk', /(?:^|\/)qqmap-wx-jssdk(?:\.min)?(?:\.js)?$/],
  // GrowingIO's mini-program SDK: utils/gio-minp/index.js, gio-minp.js.
  ['gio-minp', /(?:^|\/)gio-minp(?:\/index)?(?:\.js)?$/],
  // Sensors Data's mini-program SDK as its WeChat guide has it copied in: utils/sensorsdata.min.js, dist/wechat/sensorsdata.esm.js.
  ['sa-sdk-miniprogram', /(?:^|\/)sensorsdata(?:\.min|\.esm)?(?:\.js)?$/],
  // TopOn's React Native plugin, copied in as its download has it: AnyThinkAds/ATReactNativeSDK.js and ATRNSDK.js.
  ['anythink-react-native', /(?:^|\/)AnyThinkAds\/(?:ATReactNativeSDK|ATRNSDK)(?:\.js)?$/],
  // DCloud's permission helper for uni-app Apps, as its plugin page ships it: js_sdk/wa-permission/permission.js.
  ['wa-permission', /(?:^|\/)wa-permission\/permission(?:\.js)?$/],
];

/**
 * A vendor's SDK file copied into the app under its download name: the vendor's code, not the app's. What it does is
 * judged at the app's calls into it (the catalogue's entries for its module), never at the calls inside it.
 */
export function isVendoredSdkFile(path: string): boolean {
  const normalised = path.replace(/\\/g, '/');
  return VENDORED_SDK_FILES.some(([, file]) => file.test(normalised));
}

/**
 * DCloud's permission helper for uni-app Apps copied in under another path than wa-permission's (hello-uniapp's
 * common/permission.js, or `permision.js` as DCloud spells it), known by what it defines: the vendor's code, as above.
 */
export function isDcloudPermissionHelper(path: string, text: string): boolean {
  if (!/(?:^|[\\/])permis?sion\.js$/.test(path)) return false;
  return text.includes('gotoAppPermissionSetting') && text.includes('plus.android.requestPermissions') && /\b(?:requestAndroidPermission|judgeIosPermission|requestAndroid|requestIOS)\b/.test(text);
}

/** Full access path of an import binding: the export name followed by the member path. */
export function importBindingPath(binding: Extract<ApiBinding, { type: 'import' }>): string[] {
  return binding.importName === '*' ? binding.path : [binding.importName, ...binding.path];
}

const VERIFIED_RANK: Record<ApiEntry['verified'], number> = { 'source-read': 0, docs: 1, secondary: 2, unverified: 3 };

/**
 * When several entries share one binding (navigator.geolocation in Web, Cordova and old RN), the best-attested comes
 * first; a web view's entry (what Capacitor's native side needs for a browser API) always follows the browser's own,
 * which says how the call behaves in the page.
 */
function byPreference(a: ApiEntry, b: ApiEntry): number {
  return (
    Number(a.module === WEB_VIEW_GLOBAL) - Number(b.module === WEB_VIEW_GLOBAL) ||
    Number(a.deprecated ?? false) - Number(b.deprecated ?? false) ||
    VERIFIED_RANK[a.verified] - VERIFIED_RANK[b.verified]
  );
}

/** The catalogue's module for a browser API that a Capacitor web view asks the native platform for. */
export const WEB_VIEW_GLOBAL = '(web view global)';

export interface BindingIndex {
  /** `${module}\0${path}` → entries called / read through that import path. */
  readonly imports: ReadonlyMap<string, readonly ApiEntry[]>;
  /** `${global}\0${path}` → entries reached from an unshadowed global. */
  readonly globals: ReadonlyMap<string, readonly ApiEntry[]>;
  /** `${module}\0${importName}` → JSX components. */
  readonly jsx: ReadonlyMap<string, readonly ApiEntry[]>;
  /** Modules that have at least one entry (normalised specifiers). */
  readonly modules: ReadonlySet<string>;
  /** Global names that have at least one entry. */
  readonly globalNames: ReadonlySet<string>;
}

export const pathKey = (head: string, path: readonly string[]): string => `${head}\0${path.join('.')}`;

function push(map: Map<string, ApiEntry[]>, key: string, entry: ApiEntry): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

let cachedIndex: BindingIndex | undefined;

export function getBindingIndex(): BindingIndex {
  if (cachedIndex) return cachedIndex;
  const imports = new Map<string, ApiEntry[]>();
  const globals = new Map<string, ApiEntry[]>();
  const jsx = new Map<string, ApiEntry[]>();
  const modules = new Set<string>();
  const globalNames = new Set<string>();
  for (const entry of API_ENTRIES) {
    for (const binding of entry.bindings) {
      if (binding.type === 'import') {
        const path = importBindingPath(binding);
        push(imports, pathKey(binding.module, path), entry);
        modules.add(binding.module);
      } else if (binding.type === 'global') {
        push(globals, pathKey(binding.global, binding.path), entry);
        globalNames.add(binding.global);
      } else if (binding.type === 'jsx') {
        push(jsx, pathKey(binding.module, [binding.importName]), entry);
        modules.add(binding.module);
      }
    }
  }
  for (const map of [imports, globals, jsx]) for (const list of map.values()) list.sort(byPreference);
  cachedIndex = { imports, globals, jsx, modules, globalNames };
  return cachedIndex;
}

/** Which entries a caller asks about (a module-level constant: answers are cached by it). */
export type EntryFilter = (entry: ApiEntry) => boolean;

export const ALL_ENTRIES: EntryFilter = () => true;
const moduleExportsByFilter = new Map<EntryFilter, ReadonlyMap<string, ReadonlySet<string>>>();

/**
 * Per module, the export names through which the filter's entries are reached (the head of each import path,
 * 'default' included, and JSX component names). `import { View } from 'react-native'` names none of them, so `View`
 * can never reach a catalogued API.
 */
export function moduleExportsMatching(filter: EntryFilter = ALL_ENTRIES): ReadonlyMap<string, ReadonlySet<string>> {
  let byModule = moduleExportsByFilter.get(filter);
  if (!byModule) {
    const heads = new Map<string, Set<string>>();
    for (const entry of API_ENTRIES) {
      if (!filter(entry)) continue;
      for (const binding of entry.bindings) {
        if (binding.type !== 'import' && binding.type !== 'jsx') continue;
        const head = binding.type === 'jsx' ? binding.importName : importBindingPath(binding)[0];
        if (head === undefined) continue;
        let set = heads.get(binding.module);
        if (!set) heads.set(binding.module, (set = new Set()));
        set.add(head);
      }
    }
    moduleExportsByFilter.set(filter, (byModule = heads));
  }
  return byModule;
}

const moduleNamePatterns = new Map<string, RegExp | true | undefined>();

/**
 * A word pattern for the names through which `module`'s entries are reached (the first access-path segment that is
 * not `default`: 'PermissionsAndroid', 'getCurrentPosition' of a default-imported Geolocation, JSX components),
 * plus `extra`. A file that imports the module yet contains none of them cannot reach an entry, which makes this a
 * per-file prefilter. `true` when an entry is the default export itself (`analytics()`): no name in the text gives
 * that away. Undefined when there is nothing to look for. Compiled once per module, not per file.
 */
export function moduleNamePattern(module: string, extra: readonly string[] = []): RegExp | true | undefined {
  // Most specifiers a file imports are its own modules: answered without a cache entry per distinct path.
  if (extra.length === 0 && !getBindingIndex().modules.has(module)) return undefined;
  const key = extra.length ? `${module}\0${extra.join('|')}` : module;
  if (moduleNamePatterns.has(key)) return moduleNamePatterns.get(key);
  const names = new Set(extra);
  let nameless = false;
  for (const entry of API_ENTRIES) {
    for (const binding of entry.bindings) {
      if ((binding.type !== 'import' && binding.type !== 'jsx') || binding.module !== module) continue;
      const path = binding.type === 'jsx' ? [binding.importName] : importBindingPath(binding);
      const name = path.find((segment) => segment !== 'default' && segment !== '()');
      if (name) names.add(name);
      else nameless = true;
    }
  }
  const pattern = nameless ? true : names.size ? new RegExp(`\\b(?:${[...names].map((n) => n.replace(/[$]/g, '\\$')).join('|')})\\b`) : undefined;
  moduleNamePatterns.set(key, pattern);
  return pattern;
}

/** A yes/no question about a text (what `RegExp#test` answers, without a RegExp's other state). */
export interface TextTest {
  test(text: string): boolean;
}

const globalUsePatterns = new Map<string, TextTest>();
const globalHeadTests = new Map<EntryFilter, TextTest>();

/**
 * The first name any use of the binding writes in the text: the imported name (`getLocation` of
 * `import { getLocation } from '@tarojs/taro'`, the component of a JSX binding), else the first member read off the
 * module or global (`getLocation` of `uni.getLocation`, `geolocation` of `navigator.geolocation.getCurrentPosition`),
 * else the module or global itself (`new IdleDetector()`). Undefined for template bindings. Aliases, destructured keys
 * and quoted properties write it too, so a text without it cannot use the binding.
 */
export function firstWrittenName(binding: ApiBinding): string | undefined {
  const isName = (segment: string) => segment !== '()' && segment !== 'default' && segment !== '*';
  switch (binding.type) {
    case 'global':
      return binding.path.find(isName) ?? binding.global;
    case 'import':
      return [binding.importName, ...binding.path].find(isName) ?? binding.module;
    case 'jsx':
      return binding.importName === 'default' ? binding.module : binding.importName;
    case 'template':
      return undefined;
  }
}

/** Whether the text holds one of `names` as a whole word. */
export function wordTest(names: Iterable<string>): TextTest {
  const list = [...new Set(names)];
  if (list.length === 0) return { test: () => false };
  const alternatives = list.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  // `\b` where every name is made of word characters: V8 scans for those fast, and a lookbehind defeats that. It also
  // accepts `$name`, which only lets one more text through.
  return list.every((name) => /^\w+$/.test(name))
    ? new RegExp(`\\b(?:${alternatives})\\b`)
    : new RegExp(`(?<![\\w$])(?:${alternatives})(?![\\w$])`);
}

/**
 * A word test for the names through which the filter's global entries are reached (firstWrittenName): a file with
 * none of them cannot reach one, whichever globals it uses (`uni.navigateTo` and `uni.showToast` are in nearly every
 * file of a uni-app project).
 */
export function globalHeadTest(filter: EntryFilter): TextTest {
  let test = globalHeadTests.get(filter);
  if (!test) {
    const names: string[] = [];
    for (const entry of API_ENTRIES) {
      if (!filter(entry)) continue;
      for (const binding of entry.bindings) if (binding.type === 'global') names.push(firstWrittenName(binding)!);
    }
    test = wordTest(names);
    globalHeadTests.set(filter, test);
  }
  return test;
}

/**
 * Cheap text pre-filter shared by the rules and the usage index: a catalogued platform global (`wx.`, `uni.`,
 * `navigator.` …) or a global-object alias (`window.`) used with a member (`wx.x`, `uni['x']`), not as a property of
 * something else (`this.wx.` does not count), or assigned whole (`const { chooseImage } = uni`, `const api = wx`).
 * `extra` adds globals a caller handles beyond the catalogue.
 */
export function globalUsePattern(extra: readonly string[] = []): TextTest {
  const key = extra.join('|');
  let pattern = globalUsePatterns.get(key);
  if (!pattern) {
    const names = [...new Set([...getBindingIndex().globalNames, ...GLOBAL_OBJECT_ALIASES, ...extra])];
    pattern = globalUseTest(names);
    globalUsePatterns.set(key, pattern);
  }
  return pattern;
}

/** The end of an expression that is the global alone: `= uni;`, `= wx,`, `= wx)`, `= uni` at a line end. */
const WHOLE_VALUE_END = '(?=\\s*(?:[;,)}]|$))';

function globalUseTest(names: readonly string[]): TextTest {
  const alternatives = names.map((name) => name.replace(/[$]/g, '\\$')).join('|');
  // A member read (`wx.`, `wx?.`), a computed one (`uni['getClipboardData']`), or the global assigned whole (its
  // members then read through the name it is bound to or destructured into).
  if (!names.every((name) => /^[A-Za-z_]/.test(name))) {
    return new RegExp(`(?<![\\w$.])(?:${alternatives})\\s*(?:\\??\\.|\\[)|(?<![=!<>])=\\s*(?:${alternatives})${WHOLE_VALUE_END}`, 'm');
  }
  // The same question as that lookbehind pattern, about 40 % faster over a real app's files: V8 scans quickly for a
  // name at a word boundary, and the two non-word characters the lookbehind also refuses before it (`$`, `.`) are
  // checked here. A refused match cannot hide an accepted one: no name starts at a word boundary inside `name ?.`.
  const candidates = new RegExp(`\\b(?:${alternatives})(?:\\s*(?:\\??\\.|\\[)|${WHOLE_VALUE_END})`, 'gm');
  return {
    test(text: string): boolean {
      candidates.lastIndex = 0;
      for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
        const before = text.charCodeAt(match.index - 1);
        if (before === 0x24 /* $ */ || before === 0x2e /* . */) continue;
        const last = match[0].charCodeAt(match[0].length - 1);
        if (last === 0x2e /* . */ || last === 0x5b /* [ */ || isAssignedWhole(text, match.index)) return true;
      }
      return false;
    },
  };
}

/** Whether the name at `start` is the whole right-hand side of an assignment (`=`, not `==`, `!=`, `<=`, `>=`). */
function isAssignedWhole(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i--;
  return text[i] === '=' && !'=!<>'.includes(text[i - 1] ?? '');
}

/** Entries reachable by importing `module` (calls and JSX components). */
export function getEntriesForModule(module: string): ApiEntry[] {
  const key = normaliseModuleSpecifier(module);
  return API_ENTRIES.filter((e) => e.bindings.some((b) => (b.type === 'import' || b.type === 'jsx') && b.module === key));
}

/** Entries reached through the global `global` (wx, uni, Taro, my, navigator, plus, Notification …). */
export function getGlobalEntries(global: string): ApiEntry[] {
  return API_ENTRIES.filter((e) => e.bindings.some((b) => b.type === 'global' && b.global === global));
}

export function getEntryById(id: string): ApiEntry | undefined {
  return API_ENTRIES.find((e) => e.id === id);
}

/** Template (WXML / Vue template) elements that are themselves privacy APIs, e.g. <button open-type="getPhoneNumber">. */
export function getTemplateEntries(element: string, attributes: Readonly<Record<string, string>> = {}): ApiEntry[] {
  return API_ENTRIES.filter((e) =>
    e.bindings.some(
      (b) => b.type === 'template' && b.element === element && (!b.attribute || attributes[b.attribute.name] === b.attribute.value),
    ),
  );
}
