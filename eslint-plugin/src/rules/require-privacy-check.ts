// The privacy-authorization wiring an app needs before it may collect anything.
//
// WeChat mini-programs (native, uni-app mp-weixin, Taro weapp): since 2023-09-15 every privacy API fails unless the
// user agreed through the app's privacy pop-up. An app that calls privacy APIs needs one of: a
// wx.onNeedPrivacyAuthorization handler, a <button open-type="agreePrivacyAuthorization">, or
// wx.requirePrivacyAuthorize before the use. Reported once per app, on its app.json (uni-app: manifest.json
// "mp-weixin"; Taro: src/app.config.*).
//
// uni-app Apps (app-plus): the native privacy dialog of androidPrivacy.json is what keeps the runtime and its SDKs
// from collecting before consent. Reported: no androidPrivacy.json (on manifest.json "app-plus"), "prompt": "none",
// no refuse button, an accept button that only acknowledges ("好的", "我知道了"), and a second dialog whose only
// way out is quitting with no visitor mode.
//
// The project-wide look is cheap and done once per app: one walk over the app's scripts and templates, each file
// read only when its signature (mtime + size) changed; wiring is a text search, privacy-API use comes from the
// usage scanner (which parses only files its prefilter selects), counting only WeChat's privacy interfaces. Results are reused for 2 s within a run.
import { dirname, join, relative, resolve } from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { propertyKeyName } from '../util/launch-context.js';
import { createRule } from '../util/create-rule.js';
import { UNI_MANIFEST_CONFIG, appCodeDirs, getProjectModel } from '../core/project/index.js';
import type { AppModel } from '../core/project/api.js';
import { isVendoredSdkFile } from '../core/knowledge/registry.js';
import { scanCodeUses, type UsageSite } from '../core/usage-index.js';
import { isWechatPrivacyUse, mayHoldWechatPrivacyUse } from '../core/knowledge/wechat-privacy.js';
import type { DirEntry, FileSource } from '../core/file-source.js';
import { isFresh } from '../core/freshness.js';
import { compiledFor } from '../parsers/conditional-compilation.js';
import { evaluate, parse as parseJson5 } from '@humanwhocodes/momoa';

type MessageIds =
  | 'missingWechatPrivacyWiring'
  | 'missingAndroidPrivacy'
  | 'promptNone'
  | 'missingRefuseButton'
  | 'vagueAcceptButton'
  | 'exitOnlySecondDialog'
  | 'exitOnRefuse'
  | 'usePromptTemplate'
  | 'addRefuseButton';

// ---------------------------------------------------------------------------------------------------------------
// JSON AST (@eslint/json / momoa), the parts used here

interface JsonNode {
  type: string;
  loc: TSESTree.SourceLocation;
  range?: [number, number];
}
interface JsonObject extends JsonNode {
  type: 'Object';
  members: JsonMember[];
}
interface JsonMember extends JsonNode {
  type: 'Member';
  name: JsonNode & { value?: string; name?: string };
  value: JsonNode & { value?: unknown; members?: JsonMember[] };
}
interface JsonDocument extends JsonNode {
  type: 'Document';
  body: JsonNode;
}

function memberName(member: JsonMember): string | undefined {
  return member.name.type === 'String' ? member.name.value : member.name.name;
}

function jsonMember(object: JsonNode | undefined, key: string): JsonMember | undefined {
  if (object?.type !== 'Object') return undefined;
  const members = (object as JsonObject).members;
  for (let i = members.length - 1; i >= 0; i--) if (memberName(members[i]) === key) return members[i];
  return undefined;
}

function jsonString(node: JsonNode | undefined): string | undefined {
  return node?.type === 'String' ? String((node as JsonNode & { value: unknown }).value) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Wiring scan

/** A privacy-authorization handler or request in a script (wx./uni./Taro. or a named Taro import). */
const WIRING_CALL = /\b(?:onNeedPrivacyAuthorization|requirePrivacyAuthorize)\s*\(/;
/**
 * The agree button in a template or in Taro JSX (open-type / openType), also combined: getPhoneNumber|agreePrivacyAuthorization;
 * bound in Vue to a string (`:open-type="'agreePrivacyAuthorization'"`).
 */
const WIRING_BUTTON = /open-?type\s*=\s*(?:\{\s*|"\s*)?["'`][^"'`]*\bagreePrivacyAuthorization\b/i;
const SCRIPT_OR_TEMPLATE = /\.(?:[cm]?[jt]sx?|vue|nvue|wxml|uts)$/;
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'build', 'unpackage', 'oh_modules', 'Pods', '.expo', '.hvigor', 'coverage', 'flow-typed']);
const MAX_FILES = 20_000;
const MAX_FILE_BYTES = 1024 * 1024;
/** Within this time an app's result is reused without listing its files again (one CLI run). */
const RECHECK_AFTER_MS = 2000;

export interface WiringSite {
  file: string;
  kind: 'handler' | 'button';
}

/** What one file contributes: privacy-authorization wiring, and its first privacy-API use. */
interface FileFacts {
  signature: string;
  wiring: WiringSite | undefined;
  use: UsageSite | undefined;
}

export interface AppPrivacyFacts {
  wiring: WiringSite | undefined;
  /** The first privacy-API use in the app's own code or templates (by file, then line). */
  use: UsageSite | undefined;
}

const fileFacts = new Map<string, FileFacts>();
const appFacts = new Map<string, { checkedAt: number; facts: AppPrivacyFacts }>();

/**
 * Privacy-API use and privacy-authorization wiring of an app: its scripts and templates, plus privacy pop-up
 * components installed into miniprogram_npm (wiring only: a package's own API calls are not the app's use).
 * Each file is read when its signature changed and parsed only when the usage scanner's prefilter matches.
 */
export function appPrivacyFacts(root: string, source: FileSource, codeDirs: readonly string[] = []): AppPrivacyFacts {
  const cacheKey = `${root}|${codeDirs.join(',')}`;
  const cached = appFacts.get(cacheKey);
  const now = Date.now();
  if (cached && isFresh(cached.checkedAt, RECHECK_AFTER_MS, now)) return cached.facts;
  const facts: AppPrivacyFacts = { wiring: undefined, use: undefined };
  // Wiring in a WeChat custom component counts only where some usingComponents registers it: a privacy pop-up
  // component no page uses never shows (intelli-assistant).
  const wirings: WiringSite[] = [];
  const registered: string[] = [];
  let count = 0;
  const walk = (dir: string, depth: number, vendored: boolean): void => {
    if (count >= MAX_FILES || depth > 12) return;
    const entries: readonly DirEntry[] | undefined = source.list(dir);
    if (!entries) return;
    // A nested package (another app or a workspace package) is not this app's code.
    if (!vendored && dir !== root && !codeDirs.includes(dir) && entries.some((e) => !e.isDirectory && e.name === 'package.json')) return;
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory) {
        if (entry.name === 'miniprogram_npm') walk(path, depth + 1, true);
        else if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) walk(path, depth + 1, vendored);
        continue;
      }
      if (entry.name.endsWith('.json') && !NOT_COMPONENT_JSON.has(entry.name)) {
        const components = componentsRegisteredIn(path, source);
        if (components) registered.push(...components);
        continue;
      }
      if (!SCRIPT_OR_TEMPLATE.test(entry.name) || /\.d\.ts$|\.min\.js$/.test(entry.name)) continue;
      count++;
      const file = factsOfFile(path, source);
      if (!file) continue;
      if (file.wiring) wirings.push(file.wiring);
      // A vendor's SDK copied in (libs/qqmap-wx-jssdk.js) uses what the app's calls into it make it use.
      if (!vendored && file.use && !isVendoredSdkFile(path) && (!facts.use || isEarlier(file.use, facts.use))) facts.use = file.use;
    }
  };
  walk(root, 0, false);
  facts.wiring = wirings.find((wiring) => !isUnregisteredComponent(wiring.file, registered, source));
  appFacts.set(cacheKey, { checkedAt: now, facts });
  return facts;
}

/** JSON files that never register components. */
const NOT_COMPONENT_JSON = new Set(['package.json', 'package-lock.json', 'tsconfig.json', 'jsconfig.json', 'project.config.json', 'project.private.config.json', 'sitemap.json']);
const registrationCache = new Map<string, { signature: string; components: string[] | undefined; isComponent: boolean }>();

function readRegistration(path: string, source: FileSource): { components: string[] | undefined; isComponent: boolean } {
  const signature = source.signature(path);
  const cached = registrationCache.get(path);
  if (cached && cached.signature === signature) return cached;
  let components: string[] | undefined;
  let isComponent = false;
  const read = source.read(path);
  // Only a file that writes one of the two keys can register a component or be one; most .json files (locales,
  // mock data, configs) are not parsed.
  if (read?.ok && read.text.length <= MAX_FILE_BYTES && (read.text.includes('usingComponents') || read.text.includes('component'))) {
    try {
      // JSON, or JSON with comments (uni-app's pages.json, with its #ifdef lines).
      const json = evaluate(parseJson5(read.text, { mode: 'json5' })) as Record<string, unknown> | null;
      isComponent = json?.component === true;
      const found = registeredComponents(json);
      if (found) components = found;
    } catch {
      // not JSON: registers nothing we can read
    }
  }
  const entry = { signature, components, isComponent };
  if (registrationCache.size >= MAX_FILES) registrationCache.clear();
  registrationCache.set(path, entry);
  return entry;
}

/**
 * `usingComponents` values: at the top level (app.json, a page's or a component's .json), and in uni-app's pages.json
 * under `globalStyle` and each page's `style` (sub-packages too). Undefined when the file registers none.
 */
function registeredComponents(json: Record<string, unknown> | null | undefined): string[] | undefined {
  const objectAt = (value: unknown): Record<string, unknown> | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined);
  const maps: unknown[] = [json?.usingComponents, objectAt(json?.globalStyle)?.usingComponents];
  const pagesOf = (list: unknown) => (Array.isArray(list) ? list : []).forEach((page) => maps.push(objectAt(objectAt(page)?.style)?.usingComponents));
  pagesOf(json?.pages);
  for (const key of ['subPackages', 'subpackages']) for (const pkg of Array.isArray(json?.[key]) ? (json![key] as unknown[]) : []) pagesOf(objectAt(pkg)?.pages);
  const values = maps.flatMap((map) => Object.values(objectAt(map) ?? {})).filter((v): v is string => typeof v === 'string');
  return maps.some((map) => objectAt(map)) ? values : undefined;
}

/** The `usingComponents` values of a page, component or app.json, resolved against its folder where relative. */
function componentsRegisteredIn(path: string, source: FileSource): string[] | undefined {
  const components = readRegistration(path, source).components;
  return components?.map((value) => (value.startsWith('.') ? join(dirname(path), value) : value));
}

/**
 * A WeChat custom component (a `.json` beside it says `"component": true`) that no usingComponents names: matched by
 * the end of its path (`/components/privacyPopup/privacyPopup`, `../../components/x/x`, an npm name like
 * `privacy-popup`), leniently, so that any registration that could be it keeps its wiring.
 */
function isUnregisteredComponent(file: string, registered: readonly string[], source: FileSource): boolean {
  const base = file.replace(/\.[^./\\]+$/, '');
  if (!readRegistration(`${base}.json`, source).isComponent) return false;
  const path = normaliseSlashes(base);
  return !registered.some((value) => {
    const target = normaliseSlashes(value).replace(/^(?:\.{1,2}\/)+|^\//, '').replace(/\/index$/, '');
    return target !== '' && (path.endsWith(`/${target}`) || path.endsWith(`/${target}/index`));
  });
}

const normaliseSlashes = (path: string): string => path.replace(/\\/g, '/');

function isEarlier(a: UsageSite, b: UsageSite): boolean {
  return a.file < b.file || (a.file === b.file && a.line < b.line);
}

function factsOfFile(path: string, source: FileSource): FileFacts | undefined {
  const signature = source.signature(path);
  const cached = fileFacts.get(path);
  if (cached && cached.signature === signature) return cached;
  const read = source.read(path);
  if (!read?.ok || read.text.length > MAX_FILE_BYTES) return undefined;
  // Compiling out branches and blanking comments only remove text: a file whose whole text names no privacy API and
  // no wiring (most files) has neither, and is not scanned.
  const mayUse = mayHoldWechatPrivacyUse(read.text);
  const mayWire = WIRING_BUTTON.test(read.text) || WIRING_CALL.test(read.text);
  let wiring: WiringSite | undefined;
  let use: UsageSite | undefined;
  if (mayUse || mayWire) {
    // uni-app: the mini-program build sees the file with its `#ifdef APP-PLUS` (and other platforms') branches removed.
    const text = compiledFor(read.text, 'mp-weixin') ?? read.text;
    if (WIRING_BUTTON.test(text)) wiring = { file: path, kind: 'button' };
    else if (WIRING_CALL.test(text)) wiring = { file: path, kind: 'handler' };
    // The first privacy interface the file really uses: code in comments and permission ids in strings do not count,
    // nor do basic APIs that need no privacy authorization (makePhoneCall, scanCode), nor the App-only plus.* runtime.
    if (mayUse) use = scanCodeUses(path, text).find((site) => isWechatPrivacyUse(site.via, site.detail, text));
  }
  const facts = { signature, wiring, use };
  fileFacts.set(path, facts);
  return facts;
}

/** Forget cached results (tests; the language server on file changes). */
export function clearPrivacyWiringCache(): void {
  fileFacts.clear();
  appFacts.clear();
  registrationCache.clear();
}

// ---------------------------------------------------------------------------------------------------------------
// androidPrivacy.json content checks

/** Accept-button texts that only acknowledge (164号 1.1 场景7; Play: "Agree", not "Got it"). */
const ACKNOWLEDGE_ONLY = /^(?:好的?|好|我知道了|知道了|确定|确认|ok|okay|got it|i see|continue|继续)$/i;
/** Refuse-button texts that leave the app. */
const EXIT_TEXT = /退出|exit|quit|close app|关闭应用/i;

export default createRule<[], MessageIds>({
  name: 'require-privacy-check',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the privacy-authorization wiring: the WeChat privacy pop-up, and a compliant uni-app App privacy dialog',
      recommended: 'error',
      regulations: [
        'MIIT 337号 #1/#3',
        'MIIT 164号 1.1 场景7',
        '认定方法 一.2',
        '认定方法 三.1',
        '认定方法 三.5',
        'PIPL Art. 13/14/16',
        'WeChat 用户隐私保护指引 (2023-09-15)',
        'Google Play prominent disclosure',
      ],
      fileKind: 'config',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      missingWechatPrivacyWiring:
        "This mini-program calls privacy APIs ({{use}}) but has no privacy-agreement flow of its own: the user first meets the privacy guide as WeChat's generic pop-up in the middle of that call, and a refusal fails the call with nothing from the app to explain it. Ask in your own flow: a {{global}}.onNeedPrivacyAuthorization handler with a <button open-type=\"agreePrivacyAuthorization\">, or {{global}}.requirePrivacyAuthorize before the first use (WeChat privacy guide; PIPL Art. 13/14).",
      missingAndroidPrivacy:
        'This uni-app App has no androidPrivacy.json: no privacy dialog appears before the app and its SDKs start collecting (私自收集, 337号 #1; 认定方法 一.2). Add androidPrivacy.json next to manifest.json with "prompt": "template".',
      promptNone:
        '"prompt": "none" switches the privacy dialog off: the app starts without asking for consent (337号 #1; 认定方法 一.2).',
      missingRefuseButton:
        'The privacy dialog has no refuse button ("buttonRefuse"): the user must be able to decline (164号 1.1 场景7; Google Play prominent disclosure needs two choices).',
      vagueAcceptButton:
        'The accept button says "{{text}}": it must say the user agrees (e.g. "同意"), not only acknowledge (164号 1.1 场景7; Google Play prominent disclosure).',
      exitOnRefuse:
        'Tapping "{{text}}" quits the app: there is no second dialog ("second") and no visitor mode (disagreeMode.support), so declining leaves nothing usable (PIPL Art. 16; 164号 2.1). Turn on a visitor mode ("disagreeMode": { "support": true }) so that a user who declines can still use the basic features.',
      exitOnlySecondDialog:
        'The second privacy dialog only offers "{{text}}" besides accepting, and there is no visitor mode (disagreeMode.support): declining must leave a usable app (PIPL Art. 16; 164号 2.1).',
      usePromptTemplate: 'Show the native dialog: set "prompt" to "template".',
      addRefuseButton: 'Add a "buttonRefuse": "不同意" choice.',
    },
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    const file = context.filename;
    const name = file.replace(/\\/g, '/').split('/').pop() ?? '';
    const ast = sourceCode.ast as unknown as { type?: string };

    if (ast.type === 'Document') {
      const document = ast as unknown as JsonDocument;
      if (name === 'androidPrivacy.json') return { Document: () => checkAndroidPrivacy(context, document) } as unknown as TSESLint.RuleListener;
      if (name === 'app.json' || name === 'manifest.json') {
        return { Document: () => checkAppConfig(context, document, name) } as unknown as TSESLint.RuleListener;
      }
      return {};
    }
    // uni-app manifest.config.ts: manifest.json written in TS (the build generates the JSON from it).
    if (ast.type === 'Program' && UNI_MANIFEST_CONFIG.test(name)) {
      return {
        'Program:exit'(program: TSESTree.Program) {
          const app = getProjectModel().appForFile(file);
          if (!app?.ecosystems.has('uni-app') || !app.configFiles.some((c) => c.kind === 'uniapp-manifest' && c.file === resolve(file))) return;
          const exported = exportedObject(program);
          if (!exported) return;
          const keyLoc = (key: string) => exported.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propertyKeyName(p) === key)?.key.loc;
          checkUniManifest(context, app, resolve(file), keyLoc('app-plus'), keyLoc('mp-weixin'));
        },
      };
    }
    // Taro: src/app.config.{ts,js} is the mini-program's app.json (Taro 1.x / 2.x: the App class's `config` in src/app.jsx).
    if (ast.type === 'Program' && /(?:^|[\\/])src[\\/]app(?:\.config)?\.[cm]?[jt]sx?$/.test(file)) {
      return {
        'Program:exit'(program: TSESTree.Program) {
          const app = getProjectModel().appForFile(file);
          if (!app?.ecosystems.has('taro') || !app.platforms.has('wechat')) return;
          if (!app.configFiles.some((c) => c.kind === 'taro-app-config' && c.file === resolve(file))) return;
          const target = classConfigField(program) ?? program.body.find((s) => s.type === 'ExportDefaultDeclaration') ?? program.body[0];
          if (target) checkWechatWiring(context, app, 'Taro', target.loc);
        },
      };
    }
    return {};
  },
});

type Context = Readonly<TSESLint.RuleContext<MessageIds, []>>;

/** `config = {…}` of a Taro 1.x / 2.x App class. */
function classConfigField(program: TSESTree.Program): TSESTree.Node | undefined {
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportDefaultDeclaration' || statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'ClassDeclaration') continue;
    const field = declaration.body.body.find((m) => m.type === 'PropertyDefinition' && !m.static && m.key.type === 'Identifier' && m.key.name === 'config');
    if (field) return field;
  }
  return undefined;
}

function checkAppConfig(context: Context, document: JsonDocument, name: string): void {
  const file = context.filename;
  const app = getProjectModel().appForFile(file);
  if (!app) return;
  const root = document.body;
  if (name === 'app.json') {
    const isWechatAppJson = app.ecosystems.has('wechat') && app.configFiles.some((c) => c.kind === 'wechat-app-json' && c.file === file);
    if (!isWechatAppJson) return;
    const pages = jsonMember(root, 'pages');
    checkWechatWiring(context, app, 'wx', (pages?.name ?? root).loc);
    return;
  }
  // uni-app manifest.json
  if (!app.ecosystems.has('uni-app') || !app.configFiles.some((c) => c.kind === 'uniapp-manifest' && c.file === file)) return;
  checkUniManifest(context, app, file, jsonMember(root, 'app-plus')?.name.loc, jsonMember(root, 'mp-weixin')?.name.loc);
}

/** The App's privacy dialog file and the mini-program's privacy flow, reported at the manifest's `app-plus` / `mp-weixin` keys. */
function checkUniManifest(context: Context, app: AppModel, file: string, appPlus: TSESTree.SourceLocation | undefined, mpWeixin: TSESTree.SourceLocation | undefined): void {
  if (appPlus && app.platforms.has('android')) {
    const source = getProjectModel().source;
    const hasPrivacyFile = source.read(join(app.uniSourceDir ?? dirname(file), 'androidPrivacy.json')) !== undefined;
    if (!hasPrivacyFile) context.report({ loc: appPlus, messageId: 'missingAndroidPrivacy' });
  }
  if (mpWeixin && app.platforms.has('wechat')) checkWechatWiring(context, app, 'uni', mpWeixin);
}

/** The object a config module exports: `export default {…}`, `export default defineManifestConfig({…})`, `module.exports = {…}`. */
function exportedObject(program: TSESTree.Program): TSESTree.ObjectExpression | undefined {
  for (const statement of program.body) {
    let value: TSESTree.Node | undefined;
    if (statement.type === 'ExportDefaultDeclaration') value = statement.declaration;
    else if (
      statement.type === 'ExpressionStatement' &&
      statement.expression.type === 'AssignmentExpression' &&
      statement.expression.left.type === 'MemberExpression' &&
      statement.expression.left.object.type === 'Identifier' &&
      statement.expression.left.object.name === 'module' &&
      statement.expression.left.property.type === 'Identifier' &&
      statement.expression.left.property.name === 'exports'
    ) {
      value = statement.expression.right;
    }
    while (value?.type === 'TSAsExpression' || value?.type === 'TSSatisfiesExpression') value = value.expression;
    if (value?.type === 'CallExpression' && value.arguments[0]?.type === 'ObjectExpression') return value.arguments[0];
    if (value?.type === 'ObjectExpression') return value;
  }
  return undefined;
}


function checkWechatWiring(context: Context, app: AppModel, global: string, loc: TSESTree.SourceLocation): void {
  const { use, wiring } = appPrivacyFacts(app.root, getProjectModel().source, appCodeDirs(app));
  if (!use || wiring) return;
  const where = `${relative(app.root, use.file).replace(/\\/g, '/')}${use.line ? `:${use.line}` : ''}`;
  context.report({ loc, messageId: 'missingWechatPrivacyWiring', data: { use: `${use.detail} in ${where}`, global } });
}

function checkAndroidPrivacy(context: Context, document: JsonDocument): void {
  const root = document.body;
  if (root.type !== 'Object') return;
  const prompt = jsonMember(root, 'prompt');
  if (prompt && jsonString(prompt.value) === 'none') {
    context.report({
      loc: prompt.value.loc,
      messageId: 'promptNone',
      suggest: valueRange(prompt.value) ? [{ messageId: 'usePromptTemplate', fix: (fixer) => fixer.replaceTextRange(valueRange(prompt.value)!, '"template"') }] : [],
    });
    // No dialog at all: its buttons do not matter.
    return;
  }
  const accept = jsonMember(root, 'buttonAccept');
  const refuse = jsonMember(root, 'buttonRefuse');
  const refuseText = jsonString(refuse?.value)?.trim();
  if (!refuseText) {
    const anchor = refuse ?? accept;
    const insertAfter = accept && !refuse ? valueRange(accept.value) : undefined;
    context.report({
      loc: (anchor?.name ?? root).loc,
      messageId: 'missingRefuseButton',
      suggest: insertAfter ? [{ messageId: 'addRefuseButton', fix: (fixer) => fixer.insertTextAfterRange(insertAfter, ',\n  "buttonRefuse": "不同意"') }] : [],
    });
  }
  const acceptText = jsonString(accept?.value)?.trim();
  if (accept && acceptText && ACKNOWLEDGE_ONLY.test(acceptText)) {
    context.report({ loc: accept.value.loc, messageId: 'vagueAcceptButton', data: { text: acceptText } });
  }
  const second = jsonMember(root, 'second');
  const visitorMode = jsonMember(jsonMember(root, 'disagreeMode')?.value, 'support');
  const hasVisitorMode = visitorMode?.value.type === 'Boolean' && (visitorMode.value as { value?: unknown }).value === true;
  // With no second dialog and no visitor mode, the runtime quits the app when the first refuse button is tapped.
  if (refuse && refuseText && second?.value.type !== 'Object' && !hasVisitorMode) {
    context.report({ loc: refuse.name.loc, messageId: 'exitOnRefuse', data: { text: refuseText } });
  }
  if (second?.value.type === 'Object') {
    const secondRefuse = jsonMember(second.value, 'buttonRefuse');
    const secondRefuseText = jsonString(secondRefuse?.value)?.trim() ?? '';
    if ((!secondRefuseText || EXIT_TEXT.test(secondRefuseText)) && !hasVisitorMode) {
      context.report({
        loc: (secondRefuse ?? second).name.loc,
        messageId: 'exitOnlySecondDialog',
        data: { text: secondRefuseText || 'nothing' },
      });
    }
    const secondAccept = jsonMember(second.value, 'buttonAccept');
    const secondAcceptText = jsonString(secondAccept?.value)?.trim();
    if (secondAccept && secondAcceptText && ACKNOWLEDGE_ONLY.test(secondAcceptText)) {
      context.report({ loc: secondAccept.value.loc, messageId: 'vagueAcceptButton', data: { text: secondAcceptText } });
    }
  }
}

/** Offsets of a JSON node (momoa keeps them in `range`, or in `loc.start/end.offset`). */
function valueRange(node: JsonNode): [number, number] | undefined {
  if (node.range) return node.range;
  const loc = node.loc as TSESTree.SourceLocation & { start: { offset?: number }; end: { offset?: number } };
  return loc.start.offset !== undefined && loc.end.offset !== undefined ? [loc.start.offset, loc.end.offset] : undefined;
}
