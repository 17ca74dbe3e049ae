// The consent model: which expressions mean "the user agreed to the privacy policy", which callbacks run only
// after agreement, and which awaits resolve only on agreement. Used by no-collection-before-consent through the
// path-facts tracker (util/code-path.ts) and by no-preselected-consent for names.
//
// Three sources, in this order:
//  1. built-in gates: wx/uni/Taro.requirePrivacyAuthorize (success callback, resolved promise), getPrivacySetting
//     results (`needAuthorization`), uni-app / 5+ `plus.runtime.isAgreePrivacy()`, a privacy showModal's
//     `res.confirm`, and SDK-specific consent switches (see SDK_CONSENT_SWITCHES);
//  2. the project's settings (`settings.consentry.consent`): predicates, callbacks, dialogs (names or member paths);
//  3. the default name heuristic (`heuristics: false` turns it off): names built from a subject word (privacy,
//     consent, agreement, policy, terms, protocol, yinsi, xieyi) and an approval word (agree(d), accept(ed),
//     consented, granted, authorized, confirmed …) such as hasConsent, isPrivacyAgreed, privacyAccepted,
//     agreePrivacy; storage reads keyed by such a name (uni.getStorageSync('privacy_agreed')); store selectors
//     returning such a path (useSelector((s) => s.privacy.agreed)). Names saying the dialog is still needed
//     (needAuthorization, showPrivacy, privacyDialogVisible) count the other way round.
import type { TSESTree } from '@typescript-eslint/utils';
import type { ConsentSettings } from '../core/settings.js';
import type { ApiEntry } from '../core/knowledge/types.js';
import type { ApiMatcher } from './api-matcher.js';
import { NO_FACTS, intersect, union, type Facts } from './code-path.js';
import { findVariable, isEffectivelyConst, patternPath, staticString, thisInstanceOf } from './resolve-reference.js';
import { someShallow } from './denial.js';
import {
  calleeName,
  enclosingFunction,
  isFunctionNode,
  memberPropertyName,
  propertyKeyName,
  type FunctionNode,
  type LaunchContextHost,
} from './launch-context.js';

/** The fact "the user has agreed to the privacy policy". */
export const CONSENT_FACT = 'consent';
/** The fact "this SDK holds collection until consent" (e.g. OneSignal.setConsentRequired(true) ran first). */
export const sdkFact = (vendor: string): string => `sdk:${vendor}`;

const CONSENT: Facts = new Set([CONSENT_FACT]);

// ---------------------------------------------------------------------------------------------------------------
// Names

const SUBJECT_WORDS = new Set([
  'privacy',
  'agreement',
  'agreements',
  'policy',
  'policies',
  'terms',
  'tos',
  'eula',
  'gdpr',
  'protocol',
  'protocols',
  'yinsi',
  'xieyi',
]);
/** Words that are both subject and approval on their own (hasConsent, consentGiven, isConsented). */
const CONSENT_WORDS = new Set(['consent', 'consents', 'consented']);
const APPROVAL_WORDS = new Set([
  'agree',
  'agreed',
  'agrees',
  'accept',
  'accepted',
  'accepts',
  'given',
  'granted',
  'grant',
  'authorized',
  'authorised',
  'confirmed',
  'approved',
  'ok',
  'yes',
]);
/** Any of these and the name says nothing about agreement (disagreePrivacy, privacyRejected, notAgreed). */
const NEGATION_WORDS = new Set([
  'not',
  'no',
  'non',
  'dis',
  'disagree',
  'disagreed',
  'reject',
  'rejected',
  'refuse',
  'refused',
  'decline',
  'declined',
  'deny',
  'denied',
  'revoke',
  'revoked',
  'withdraw',
  'withdrawn',
  'un',
  'cancel',
  'canceled',
  'cancelled',
  'out',
]);
/** The dialog is still to be shown: truthy means NOT agreed yet (needAuthorization, showPrivacy, privacyVisible). */
const PENDING_WORDS = new Set(['need', 'needs', 'should', 'show', 'showing', 'visible', 'pending', 'require', 'required', 'requires']);
/** Settings of the consent feature or descriptive values, not the user's decision (consentEnabled, privacyVersion). */
const NEUTRAL_WORDS = new Set([
  // skipConsent, bypassPrivacy: whether the consent step is shown at all (a developer switch), not the user's answer.
  'skip',
  'skipped',
  'bypass',
  // consentLoading, isLoadingConsent, consentFetching: the answer being loaded, not the answer.
  'loading',
  'loaded',
  'fetching',
  'fetched',
  'busy',
  'error',
  'failed',
  'enabled',
  'enable',
  'disabled',
  'feature',
  'flag',
  'mode',
  'mandatory',
  'status',
  'state',
  'version',
  'url',
  'link',
  'text',
  'content',
  'title',
  'key',
  'type',
  'info',
  'data',
  'list',
  'ref',
  'id',
  'modal',
  'dialog',
  'popup',
  'page',
  'component',
  'view',
  'screen',
  'shown',
  'time',
  'date',
  'at',
]);

export type Polarity = 'positive' | 'negative';

const EVENT_PREFIXES = new Set(['on', 'handle', 'after', 'when']);

/** `isPrivacyAgreed` → ['is', 'privacy', 'agreed']; `PRIVACY_AGREED` → ['privacy', 'agreed']. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Consent fields of SDK consent APIs whose names carry no consent word. Google's UMP `canRequestAds` (the result of
 * AdsConsent.getConsentInfo / requestInfoUpdate / gatherConsent / loadAndShowConsentFormIfRequired) is true once the
 * user has answered the consent form, or when none is required.
 */
const SDK_CONSENT_FIELDS: readonly (readonly string[])[] = [['can', 'request', 'ads']];

function endsWithSdkConsentField(words: readonly string[]): boolean {
  return SDK_CONSENT_FIELDS.some((field) => words.length >= field.length && field.every((w, i) => words[words.length - field.length + i] === w));
}

/**
 * What a name (or the words of a member path) says about consent: 'positive' = truthy means agreed,
 * 'negative' = falsy means agreed (needAuthorization), undefined = nothing.
 */
export function classifyConsentWords(words: readonly string[]): Polarity | undefined {
  if (words.length === 0) return undefined;
  if (words.some((w) => NEGATION_WORDS.has(w))) return undefined;
  if (endsWithSdkConsentField(words)) return 'positive';
  // onAgree, handlePolicyOk, whenPolicyOk: event handlers, not the state of the decision.
  if (EVENT_PREFIXES.has(words[0])) return undefined;
  const hasConsentWord = words.some((w) => CONSENT_WORDS.has(w));
  const hasSubject = hasConsentWord || words.some((w) => SUBJECT_WORDS.has(w));
  if (words.some((w) => PENDING_WORDS.has(w))) {
    // needAuthorization is the WeChat getPrivacySetting field; elsewhere a pending word needs a subject.
    return hasSubject || words.includes('authorization') ? 'negative' : undefined;
  }
  if (words.some((w) => NEUTRAL_WORDS.has(w))) return undefined;
  if (hasConsentWord) return 'positive';
  if (hasSubject && words.some((w) => APPROVAL_WORDS.has(w))) return 'positive';
  return undefined;
}

export function classifyConsentName(name: string): Polarity | undefined {
  const words = nameWords(name);
  const polarity = classifyConsentWords(words);
  if (polarity || words.length > 1) return polarity;
  // all-lowercase compounds: isagreeprivacy, privacyagreed
  const lower = name.toLowerCase();
  if (/privacy|yinsi|xieyi|agreement/.test(lower) && /agree|accept|consent/.test(lower) && !/dis|not|reject|refuse|need|show/.test(lower)) {
    return 'positive';
  }
  return undefined;
}

/**
 * App-level flags are often named by the approval alone (isAgree, hasAgreed, agreed): enough to trust as a guard,
 * not enough to call something consent state (no-preselected-consent, constant predicates use the strict names).
 */
const BARE_APPROVAL_WORDS = new Set(['agree', 'agreed', 'accepted', 'consented']);
const BARE_QUALIFIERS = new Set(['is', 'has', 'did', 'user', 'already', 'all', 'app']);

export function isBareApprovalName(words: readonly string[]): boolean {
  return words.some((w) => BARE_APPROVAL_WORDS.has(w)) && words.every((w) => BARE_APPROVAL_WORDS.has(w) || BARE_QUALIFIERS.has(w));
}

const CALLBACK_PREFIXES = new Set(['on', 'handle', 'after', 'did', 'when']);
const NOT_CALLBACK_PREFIXES = new Set(['is', 'has', 'get', 'set', 'should', 'need', 'check', 'show', 'open', 'request', 'ask', 'can', 'read', 'load', 'fetch', 'use']);
const CALLBACK_VERBS = new Set(['agree', 'agreed', 'accept', 'accepted', 'consent', 'consented']);
const BASE_CALLBACK_VERBS = new Set(['agree', 'accept']);

/** onAgree, handleAgree, onPrivacyAgree, agreePrivacy, acceptTerms, handleAgreePrivacyAuthorization. */
export function isConsentCallbackName(name: string): boolean {
  const words = nameWords(name);
  if (words.length === 0 || NOT_CALLBACK_PREFIXES.has(words[0])) return false;
  if (words.some((w) => NEGATION_WORDS.has(w) || PENDING_WORDS.has(w))) return false;
  if (CALLBACK_PREFIXES.has(words[0])) return words.some((w) => CALLBACK_VERBS.has(w));
  // Without on/handle the name must be an imperative (agreePrivacy, acceptTerms), not a state (privacyAgreed).
  return words.some((w) => BASE_CALLBACK_VERBS.has(w)) && (words.some((w) => SUBJECT_WORDS.has(w)) || words.includes('consent'));
}

/** ensurePrivacyConsent(), waitForConsent(), awaitPrivacyAgreement(): promises that settle only once agreed. */
/**
 * An app's own function that runs its callback once the user has agreed: runAfterPrivacyAuthorization,
 * doAfterConsent ('after' followed by the agreement's subject or approval).
 */
function isConsentRunnerName(name: string): boolean {
  const words = nameWords(name);
  if (words.some((w) => NEGATION_WORDS.has(w))) return false;
  const after = words.indexOf('after');
  return (
    after >= 0 &&
    words.slice(after + 1).some((w) => SUBJECT_WORDS.has(w) || CONSENT_WORDS.has(w) || APPROVAL_WORDS.has(w) || w === 'authorization' || w === 'authorize')
  );
}

export function isConsentDialogName(name: string): boolean {
  const words = nameWords(name);
  if (!['ensure', 'wait', 'await'].includes(words[0])) return false;
  return words.some((w) => SUBJECT_WORDS.has(w) || CONSENT_WORDS.has(w));
}

// ---------------------------------------------------------------------------------------------------------------
// Paths

/** `a.b.c` → ['a','b','c']; `this.x.y()` → ['x','y']; `store.getState().privacy` → ['store','getState','privacy']. */
export function expressionPath(node: TSESTree.Node, limit = 8): string[] | undefined {
  const segments: string[] = [];
  let current: TSESTree.Node = node;
  for (let i = 0; i < limit; i++) {
    current = unwrap(current);
    switch (current.type) {
      case 'Identifier':
        segments.unshift(current.name);
        return segments;
      case 'ThisExpression':
        return segments;
      case 'MemberExpression': {
        const name = memberPropertyName(current);
        if (name === undefined) return undefined;
        segments.unshift(name);
        current = current.object;
        continue;
      }
      case 'CallExpression':
        current = current.callee;
        continue;
      default:
        return segments.length ? segments : undefined;
    }
  }
  return undefined;
}

function parseConfiguredPaths(list: readonly string[] | undefined): string[][] {
  return (list ?? [])
    .map((entry) => entry.trim().replace(/\(\)$/, ''))
    .filter(Boolean)
    .map((entry) => entry.split('.').filter(Boolean));
}

function pathEndsWith(path: readonly string[], suffix: readonly string[]): boolean {
  if (suffix.length === 0 || suffix.length > path.length) return false;
  for (let i = 1; i <= suffix.length; i++) if (path[path.length - i] !== suffix[suffix.length - i]) return false;
  return true;
}

/** Strip TS wrappers, optional chains and `await` (for a test, `await x` means the same as `x`). */
function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSSatisfiesExpression':
      case 'ChainExpression':
        current = current.expression;
        continue;
      case 'AwaitExpression':
        current = current.argument;
        continue;
      default:
        return current;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Constant truth (hard-coded consent)

/** `true`, `!0`, `!!1`, `x || true`. */
export function isConstantTrue(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === 'Literal') return n.value === true;
  if (n.type === 'UnaryExpression' && n.operator === '!') return isConstantFalse(n.argument);
  if (n.type === 'LogicalExpression') {
    if (n.operator === '||') return isConstantTrue(n.left) || isConstantTrue(n.right);
    if (n.operator === '&&') return isConstantTrue(n.left) && isConstantTrue(n.right);
  }
  return false;
}

function isConstantFalse(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === 'Literal') return n.value === false || n.value === 0 || n.value === '' || n.value === null;
  if (n.type === 'UnaryExpression' && n.operator === '!') return isConstantTrue(n.argument);
  return false;
}

/** Every value a function can return is constantly true (`() => true`, `function f() { return x || true }`). */
export function returnsConstantTrue(fn: FunctionNode): boolean {
  if (fn.body.type !== 'BlockStatement') return isConstantTrue(fn.body);
  const returns: TSESTree.ReturnStatement[] = [];
  collectReturns(fn.body, returns, 0);
  return returns.length > 0 && returns.every((r) => r.argument !== null && isConstantTrue(r.argument));
}

function collectReturns(node: TSESTree.Node, out: TSESTree.ReturnStatement[], depth: number): void {
  if (depth > 12 || out.length > 16) return;
  switch (node.type) {
    case 'ReturnStatement':
      out.push(node);
      return;
    case 'BlockStatement':
      for (const statement of node.body) collectReturns(statement, out, depth + 1);
      return;
    case 'IfStatement':
      collectReturns(node.consequent, out, depth + 1);
      if (node.alternate) collectReturns(node.alternate, out, depth + 1);
      return;
    case 'TryStatement':
      collectReturns(node.block, out, depth + 1);
      if (node.handler) collectReturns(node.handler.body, out, depth + 1);
      if (node.finalizer) collectReturns(node.finalizer, out, depth + 1);
      return;
    default:
      return;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Built-in gates and SDK consent switches

/** The API name of a knowledge-base entry: 'wx.requirePrivacyAuthorize' → 'requirePrivacyAuthorize'. */
export function entryMethodName(entry: ApiEntry): string {
  let text = entry.display.split(' / ')[0];
  // 'new Mixpanel(token, …).init(…)' → 'new Mixpanel.init'
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\([^()]*\)/g, '');
  }
  return /([A-Za-z_$][\w$]*)\s*$/.exec(text)?.[1] ?? entry.display;
}

/** The SDK vendor an entry belongs to, so a consent switch can cover the same SDK's initialiser. */
export function sdkVendorOf(entry: ApiEntry): string | undefined {
  const text = `${entry.module ?? ''} ${entry.display}`.toLowerCase();
  for (const [needle, vendor] of SDK_VENDORS) if (text.includes(needle)) return vendor;
  return undefined;
}

const SDK_VENDORS: ReadonlyArray<[string, string]> = [
  ['onesignal', 'onesignal'],
  ['jcore', 'jiguang'],
  ['jpush', 'jiguang'],
  ['umeng', 'umeng'],
  ['amap', 'amap'],
  ['baidu', 'baidu'],
  ['tencent', 'tencent'],
  ['qq-location', 'tencent'],
  ['appsflyer', 'appsflyer'],
  ['adjust', 'adjust'],
  ['branch', 'branch'],
  ['mixpanel', 'mixpanel'],
  ['amplitude', 'amplitude'],
  ['firebase', 'firebase'],
  ['fbsdk', 'facebook'],
  ['getui', 'getui'],
  ['bugly', 'bugly'],
  ['segment', 'segment'],
  ['sentry', 'sentry'],
];

/**
 * SDK consent switches. `grant` calls tell the SDK the user agreed (reported as hard-coded consent when the value
 * is a literal and nothing waits for the user); `hold` calls make the SDK wait for consent, so its initialiser may
 * run after them. `argument`: which argument carries the decision ('last' or an index); `value`: the literal that
 * means "agreed" (undefined: the call itself means agreement).
 */
interface ConsentSwitch {
  role: 'grant' | 'hold';
  argument?: number | 'last';
  value?: boolean;
}

export const SDK_CONSENT_SWITCHES: ReadonlyMap<string, ConsentSwitch> = new Map<string, ConsentSwitch>([
  // AMap updatePrivacyAgree(context, isAgree); Baidu setAgreePrivacy([ctx,] agree); Tencent setUserAgreePrivacy(agree)
  ['updatePrivacyAgree', { role: 'grant', argument: 'last', value: true }],
  ['setAgreePrivacy', { role: 'grant', argument: 'last', value: true }],
  ['setUserAgreePrivacy', { role: 'grant', argument: 'last', value: true }],
  ['setPrivacyPolicyAgreement', { role: 'grant', argument: 'last', value: true }],
  // Jiguang JCore.setAuth(true); UMeng submitPolicyGrantResult([ctx,] granted)
  ['setAuth', { role: 'grant', argument: 'last', value: true }],
  ['submitPolicyGrantResult', { role: 'grant', argument: 'last', value: true }],
  // OneSignal: setConsentRequired(true) before initialize holds collection; setConsentGiven(true) releases it
  ['setConsentRequired', { role: 'hold', argument: 0, value: true }],
  ['setConsentGiven', { role: 'grant', argument: 0, value: true }],
  // …and its names before 5.0: setRequiresUserPrivacyConsent(true) before setAppId; provideUserConsent(true)
  ['setRequiresUserPrivacyConsent', { role: 'hold', argument: 0, value: true }],
  ['provideUserConsent', { role: 'grant', argument: 0, value: true }],
  // Firebase, Amplitude, Mixpanel, AppsFlyer (manualStart → startSdk), uni-app 5+ runtime
  // (React Native Firebase analytics().setAnalyticsCollectionEnabled(enabled); the web's (analytics, enabled): the last.)
  ['setAnalyticsCollectionEnabled', { role: 'grant', argument: 'last', value: true }],
  ['setOptOut', { role: 'grant', argument: 0, value: false }],
  ['optInTracking', { role: 'grant' }],
  ['startSdk', { role: 'grant' }],
  ['agreePrivacy', { role: 'grant' }],
  ['trackMeasurementConsent', { role: 'grant', argument: 0, value: true }],
]);

export function consentSwitchOf(entry: ApiEntry): ConsentSwitch | undefined {
  if (entry.kind !== 'consent-gate') return undefined;
  return SDK_CONSENT_SWITCHES.get(entryMethodName(entry));
}

/** The decision argument of a switch call: 'literal-agree', 'literal-other', 'dynamic' or 'none' (no argument expected). */
export function switchDecision(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  sw: ConsentSwitch,
): 'literal-agree' | 'literal-other' | 'dynamic' | 'none' {
  if (sw.argument === undefined) return 'none';
  const index = sw.argument === 'last' ? call.arguments.length - 1 : sw.argument;
  const arg = index >= 0 ? call.arguments[index] : undefined;
  if (!arg || arg.type === 'SpreadElement') return 'dynamic';
  const value = unwrap(arg);
  if (value.type === 'Literal' && typeof value.value === 'boolean') return value.value === sw.value ? 'literal-agree' : 'literal-other';
  return 'dynamic';
}

/**
 * Options that start an SDK with collection switched off until consent: AppsFlyer `manualStart: true`,
 * Amplitude `optOut: true`, Sentry `enabled: false`, Mixpanel `init(true)` (optOutTrackingDefault) …
 */
const COLLECTION_OFF_OPTIONS: ReadonlyMap<string, boolean> = new Map([
  ['manualStart', true],
  ['optOut', true],
  ['optOutTrackingDefault', true],
  ['enabled', false],
  ['autoStart', false],
  ['disabled', true],
  ['collectionEnabled', false],
  ['consentRequired', true],
  ['requiresUserPrivacyConsent', true],
  ['requireConsent', true],
  ['deferInitialization', true],
  ['opt_out_capturing_by_default', true], // posthog-js
  ['defaultOptIn', false], // posthog-react-native
  ['opt_out_tracking_by_default', true], // mixpanel-browser
  ['dataCollect', false], // GrowingIO gdp('init', …, { dataCollect: false })
  ['stopTrack', true], // GrowingIO gio('setConfig', { …, stopTrack: true })
]);

/** Which argument of a Mixpanel start is optOutTrackingDefault. */
const MIXPANEL_OPT_OUT_ARGUMENT: ReadonlyMap<string, number> = new Map([
  ['init', 0],
  ['sharedInstanceWithToken', 1],
]);

export function startsWithCollectionOff(call: TSESTree.CallExpression | TSESTree.NewExpression, entry: ApiEntry): boolean {
  for (const argument of call.arguments) {
    const value = argument.type === 'SpreadElement' ? undefined : unwrap(argument);
    if (value?.type !== 'ObjectExpression') continue;
    for (const property of value.properties) {
      if (property.type !== 'Property') continue;
      const key = propertyKeyName(property);
      const off = key === undefined ? undefined : COLLECTION_OFF_OPTIONS.get(key);
      const literal = unwrap(property.value);
      if (off !== undefined && literal.type === 'Literal' && literal.value === off) return true;
      // Datadog `trackingConsent`: anything but a literal 'granted' (the default) is the app's own consent state.
      if (key === 'trackingConsent' && !(literal.type === 'Literal' && literal.value === 'granted')) return true;
    }
  }
  // mixpanel.init(optOutTrackingDefault = true, …); react-native-mixpanel's sharedInstanceWithToken(token, true)
  const optOutIndex = sdkVendorOf(entry) === 'mixpanel' ? MIXPANEL_OPT_OUT_ARGUMENT.get(entryMethodName(entry)) : undefined;
  if (optOutIndex !== undefined) {
    const argument = call.arguments[optOutIndex];
    const literal = argument && argument.type !== 'SpreadElement' ? unwrap(argument) : undefined;
    if (literal?.type === 'Literal' && literal.value === true) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// The model

export interface ConsentModel {
  /** Facts (CONSENT_FACT) known when `test` evaluated to `outcome`; for createPathFactsTracker. */
  factsWhen(test: TSESTree.Node, outcome: boolean): Facts;
  /** What an expression says about consent, if anything. */
  polarity(node: TSESTree.Node): Polarity | undefined;
  /** `X` in `await X` settles only after the user agreed (requirePrivacyAuthorize promise, a configured dialog). */
  isAgreementPromise(node: TSESTree.Node): boolean;
  /**
   * The body of `fn` runs only after the user agreed (success of requirePrivacyAuthorize, then of a dialog, onAgree).
   * `via`: the call known to run `fn` (a launch hop), when `fn` is passed by name (`dialog().then(startSdks)`).
   */
  isConsentCallback(fn: FunctionNode, via?: TSESTree.CallExpression | TSESTree.NewExpression): boolean;
  /** Where a constant-true consent predicate is defined, when `test` relies on one (for the hard-coded report). */
  constantPredicateOf(test: TSESTree.Node): TSESTree.Node | undefined;
  /** A consent test to offer in a suggestion at `node`: a configured predicate, or a consent binding in scope. */
  suggestedTest(node: TSESTree.Node): string | undefined;
  readonly heuristics: boolean;
}

/** Callees that read a stored value by key: uni.getStorageSync('k'), AsyncStorage.getItem('k'), mmkv.getBoolean('k'). */
const STORAGE_GETTERS = new Set([
  'getStorageSync',
  'getStorage',
  'getItem',
  'getString',
  'getBoolean',
  'getBool',
  'getValue',
  'get',
  'getItemAsync',
  'load',
  'read',
]);
/** Store selectors whose callback returns the value: useSelector((s) => s.privacy.agreed). */
const SELECTOR_CALLEES = new Set(['useSelector', 'useAppSelector', 'useStore', 'useTypedSelector', 'select', 'useSnapshot', 'computed']);

const TRUTHY_VALUES = new Set<unknown>([true, 1, '1', 'true', 'yes', 'y', 'agree', 'agreed', 'accept', 'accepted', 'granted', 'authorized', 'consented', 'on']);
const FALSY_VALUES = new Set<unknown>([false, 0, '0', 'false', 'no', 'n', '']);

/** The globals whose `authorize` asks a mini-program scope (Taro's is imported: `import Taro from '@tarojs/taro'`). */
const MINI_PROGRAM_GLOBALS: ReadonlySet<string> = new Set(['wx', 'uni', 'Taro']);

const PRIVACY_TEXT = /隐私|协议|个人信息|privacy|policy|terms|consent/i;

export interface ConsentModelOptions {
  context: LaunchContextHost;
  settings: ConsentSettings | undefined;
  matcher: ApiMatcher;
}

export function createConsentModel({ context, settings, matcher }: ConsentModelOptions): ConsentModel {
  const heuristics = settings?.heuristics !== false;
  const predicates = parseConfiguredPaths(settings?.predicates);
  const callbacks = parseConfiguredPaths(settings?.callbacks);
  const dialogs = parseConfiguredPaths(settings?.dialogs);
  const sourceCode = context.sourceCode;
  // A Map, not a WeakMap: it lives as long as one file's lint, and weak tables cost the scavenger on every GC.
  const polarityCache = new Map<TSESTree.Node, Polarity | null>();

  const matchesAny = (path: string[] | undefined, list: string[][]): boolean => !!path && list.some((suffix) => pathEndsWith(path, suffix));

  function gateName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
    const match = matcher.matchCall(call);
    return match && match.entry.kind === 'consent-gate' ? entryMethodName(match.entry) : undefined;
  }

  function classifyPath(path: readonly string[] | undefined): Polarity | undefined {
    if (!path || !heuristics) return undefined;
    // The last few segments carry the meaning: s.privacy.agreed, this.globalData.isAgreePrivacy.
    const tail = path.slice(-3);
    const last = tail[tail.length - 1];
    const own = classifyConsentName(last);
    if (own) return own;
    if (isBareApprovalName(nameWords(last))) return 'positive';
    // The last segment says what the value is (privacy.agreed, not agreed.privacyUrl); the ones before only name
    // where it lives, so their neutral words (state, store, data) do not count: state.privacy.agreed.
    const lastWords = nameWords(last);
    const context = tail.slice(0, -1).flatMap(nameWords).filter((w) => !NEUTRAL_WORDS.has(w));
    return classifyConsentWords([...context, ...lastWords]);
  }

  function invert(p: Polarity | undefined): Polarity | undefined {
    return p === 'positive' ? 'negative' : p === 'negative' ? 'positive' : undefined;
  }

  function polarity(node: TSESTree.Node, depth = 0): Polarity | undefined {
    if (depth > 5) return undefined;
    const n = unwrap(node);
    const cached = polarityCache.get(n);
    if (cached !== undefined) return cached ?? undefined;
    polarityCache.set(n, null); // cycle guard
    const result = computePolarity(n, depth);
    polarityCache.set(n, result ?? null);
    return result;
  }

  function computePolarity(n: TSESTree.Node, depth: number): Polarity | undefined {
    switch (n.type) {
      case 'UnaryExpression':
        return n.operator === '!' ? invert(polarity(n.argument, depth + 1)) : undefined;
      case 'CallExpression':
        return callPolarity(n, depth);
      case 'MemberExpression':
        return memberPolarity(n);
      case 'Identifier':
        return identifierPolarity(n, depth);
      case 'BinaryExpression':
        return comparisonPolarity(n, depth);
      case 'AssignmentExpression':
        return n.operator === '=' ? polarity(n.right, depth + 1) : undefined;
      case 'LogicalExpression': {
        if (isConstantTrue(n)) return undefined;
        const left = polarity(n.left, depth + 1);
        const right = polarity(n.right, depth + 1);
        if (n.operator === '&&') return left === 'positive' || right === 'positive' ? 'positive' : undefined;
        if (n.operator === '||') return left === 'positive' && right === 'positive' ? 'positive' : undefined;
        return undefined;
      }
      default:
        return undefined;
    }
  }

  function callPolarity(call: TSESTree.CallExpression, depth: number): Polarity | undefined {
    const callee = unwrap(call.callee);
    const name = calleeName(callee);
    const gate = gateName(call);
    if (gate === 'isAgreePrivacy') return 'positive';
    if (name === 'Boolean' && call.arguments[0]) return polarity(call.arguments[0], depth + 1);
    if (callee.type === 'Identifier' && resolvesToConstantTrueFunction(callee)) return undefined;
    const path = expressionPath(callee);
    if (matchesAny(path, predicates) || matchesAny(path, dialogs)) return 'positive';
    if (name && STORAGE_GETTERS.has(name) && call.arguments[0]) {
      const key = storageKeyWords(call.arguments[0]);
      if (key && (heuristics || predicates.some((p) => p.length === 1 && key.raw === p[0]))) {
        const fromKey =
          key.raw !== undefined && predicates.some((p) => p.length === 1 && key.raw === p[0])
            ? 'positive'
            : classifyConsentWords(key.words) ?? (isBareApprovalName(key.words) ? 'positive' : undefined);
        if (fromKey) return fromKey;
      }
    }
    if (name && SELECTOR_CALLEES.has(name)) {
      const selector = call.arguments[0] && unwrap(call.arguments[0]);
      if (selector && isFunctionNode(selector)) {
        const returned = selector.body.type === 'BlockStatement' ? singleReturn(selector.body) : selector.body;
        if (returned) return polarity(returned, depth + 1);
      }
    }
    if (heuristics && name && isConsentDialogName(name)) return 'positive';
    return classifyPath(path);
  }

  function memberPolarity(member: TSESTree.MemberExpression): Polarity | undefined {
    const name = memberPropertyName(member);
    if (name === 'needAuthorization') return 'negative';
    // wx.getSetting: a scope the user already authorised implies the privacy agreement (WeChat asks for it first).
    if (unwrap(member.object).type === 'MemberExpression' && memberPropertyName(unwrap(member.object) as TSESTree.MemberExpression) === 'authSetting') {
      return 'positive';
    }
    if (name === 'confirm' && isPrivacyModalResult(member.object)) return 'positive';
    const path = expressionPath(member);
    if (matchesAny(path, predicates)) return 'positive';
    return classifyPath(path);
  }

  function identifierPolarity(id: TSESTree.Identifier, depth: number): Polarity | undefined {
    if (id.name === 'undefined') return undefined;
    // const { needAuthorization } = await wx.getPrivacySetting(): the built-in field, heuristics or not.
    if (id.name === 'needAuthorization') return 'negative';
    const variable = findVariable(sourceCode, id, id.name);
    const def = variable?.defs[0];
    if (def?.type === 'Variable') {
      const declarator = def.node as TSESTree.VariableDeclarator;
      if (declarator.init && isConstantTrue(declarator.init) && declarator.id.type === 'Identifier') return undefined;
    }
    if (matchesAny([id.name], predicates)) return 'positive';
    const own = heuristics ? classifyConsentName(id.name) ?? (isBareApprovalName(nameWords(id.name)) ? 'positive' : undefined) : undefined;
    if (own) return own;
    if (!variable || !def) return undefined;
    if (def.type === 'Variable' && isEffectivelyConst(variable)) {
      const declarator = def.node as TSESTree.VariableDeclarator;
      if (!declarator.init) return undefined;
      if (declarator.id.type === 'Identifier') return polarity(declarator.init, depth + 1);
      // const { agreed } = usePrivacyStore() / const [privacy] = … : words of the source and the key together.
      const keyPath = patternPath(declarator.id, def.name as TSESTree.Node);
      if (!keyPath || !heuristics) return undefined;
      const key = keyPath[keyPath.length - 1];
      if (/^\d+$/.test(key)) return undefined;
      const keyWords = keyPath.flatMap(nameWords);
      if (keyWords.some((w) => NEGATION_WORDS.has(w) || PENDING_WORDS.has(w))) return undefined;
      // const { value } = await Preferences.get({ key: 'privacyConsent' }): the source itself is a consent read.
      const fromSource = polarity(declarator.init, depth + 1);
      if (fromSource) return fromSource;
      const sourcePath = (expressionPath(declarator.init) ?? []).slice(-2).flatMap(nameWords).filter((w) => !NEUTRAL_WORDS.has(w));
      return classifyConsentWords([...sourcePath, ...keyWords]);
    }
    return undefined;
  }

  function comparisonPolarity(binary: TSESTree.BinaryExpression, depth: number): Polarity | undefined {
    const equal = binary.operator === '===' || binary.operator === '==';
    const notEqual = binary.operator === '!==' || binary.operator === '!=';
    if (!equal && !notEqual) return undefined;
    const leftValue = literalValue(binary.left);
    const rightValue = literalValue(binary.right);
    const [subject, value] = rightValue.known ? [binary.left, rightValue.value] : leftValue.known ? [binary.right, leftValue.value] : [undefined, undefined];
    if (!subject || value === null || value === undefined) return undefined;
    // (await showPrivacyDialog()) === 'agree': what the privacy dialog resolved with is the user's answer.
    if (heuristics && isPrivacyDialogAnswer(subject) && TRUTHY_VALUES.has(value)) return equal ? 'positive' : 'negative';
    let p = polarity(subject, depth + 1);
    if (!p && mentionsConsentSubject(subject)) p = 'positive';
    if (!p) return undefined;
    if (TRUTHY_VALUES.has(value)) return equal ? p : invert(p);
    if (FALSY_VALUES.has(value)) return equal ? invert(p) : p;
    return undefined;
  }

  /** The awaited result of a call that shows the privacy dialog: `await showPrivacyDialog()`, `await openConsentModal()`. */
  function isPrivacyDialogAnswer(node: TSESTree.Node): boolean {
    // unwrap() looks through the await: an un-awaited call is a promise, never equal to 'agree'.
    if (node.type !== 'AwaitExpression' && !(node.type === 'ChainExpression' || node.type === 'TSAsExpression')) return false;
    const call = unwrap(node);
    if (call.type !== 'CallExpression') return false;
    const words = (expressionPath(call.callee) ?? []).slice(-1).flatMap(nameWords);
    return ['show', 'open', 'present', 'ask', 'prompt'].includes(words[0] ?? '') && words.some((w) => SUBJECT_WORDS.has(w) || CONSENT_WORDS.has(w));
  }

  /** A value whose name or storage key mentions privacy/consent (privacyStatus, getStorageSync('privacy')). */
  function mentionsConsentSubject(node: TSESTree.Node): boolean {
    if (!heuristics) return false;
    const n = unwrap(node);
    let words: string[] = [];
    if (n.type === 'CallExpression') {
      const name = calleeName(n.callee);
      if (name && STORAGE_GETTERS.has(name) && n.arguments[0]) words = storageKeyWords(n.arguments[0])?.words ?? [];
      else words = (expressionPath(n.callee) ?? []).slice(-2).flatMap(nameWords);
    } else {
      words = (expressionPath(n) ?? []).slice(-2).flatMap(nameWords);
    }
    return words.some((w) => SUBJECT_WORDS.has(w) || CONSENT_WORDS.has(w)) && !words.some((w) => NEGATION_WORDS.has(w));
  }

  function storageKeyWords(node: TSESTree.Node): { words: string[]; raw?: string } | undefined {
    const n = unwrap(node);
    const literal = staticString(n);
    if (literal !== undefined) return { words: nameWords(literal), raw: literal };
    if (n.type === 'Identifier') {
      const variable = findVariable(sourceCode, n, n.name);
      const def = variable?.defs[0];
      if (def?.type === 'Variable') {
        const init = (def.node as TSESTree.VariableDeclarator).init;
        const value = init ? staticString(init) : undefined;
        if (value !== undefined) return { words: nameWords(value), raw: value };
      }
      return { words: nameWords(n.name) };
    }
    if (n.type === 'MemberExpression') {
      const name = memberPropertyName(n);
      return name ? { words: nameWords(name) } : undefined;
    }
    // Capacitor Preferences.get({ key: 'privacyConsent' })
    if (n.type === 'ObjectExpression') {
      for (const property of n.properties) {
        if (property.type === 'Property' && propertyKeyName(property) === 'key') return storageKeyWords(property.value);
      }
    }
    return undefined;
  }

  function resolvesToConstantTrueFunction(id: TSESTree.Identifier): boolean {
    const fn = resolveLocalFunction(id);
    return !!fn && returnsConstantTrue(fn);
  }

  function resolveLocalFunction(id: TSESTree.Identifier): FunctionNode | undefined {
    const variable = findVariable(sourceCode, id, id.name);
    const def = variable?.defs[0];
    if (!def || variable!.defs.length !== 1) return undefined;
    if (def.type === 'FunctionName') return def.node as TSESTree.FunctionDeclaration;
    if (def.type === 'Variable') {
      const init = (def.node as TSESTree.VariableDeclarator).init;
      const value = init && unwrap(init);
      if (value && isFunctionNode(value)) return value;
    }
    return undefined;
  }

  /**
   * `res` (or `res.confirm`'s object) is the result of a showModal whose text is about privacy:
   * showModal({ title: '隐私政策', success(res) { … } }), `const res = await uni.showModal({ content: '…隐私…' })`.
   */
  function isPrivacyModalResult(node: TSESTree.Node): boolean {
    const n = unwrap(node);
    if (n.type !== 'Identifier') return false;
    const variable = findVariable(sourceCode, n, n.name);
    const def = variable?.defs[0];
    if (!def) return false;
    if (def.type === 'Parameter') {
      const fn = def.node as TSESTree.Node;
      if (!isFunctionNode(fn) || fn.params[0] !== def.name) return false;
      const call = callTakingCallback(fn);
      if (!call) return false;
      if (calleeName(call.callee) === 'then') {
        const object = unwrap((unwrap(call.callee) as TSESTree.MemberExpression).object);
        return object.type === 'CallExpression' && isPrivacyModalCall(object);
      }
      return isPrivacyModalCall(call) && isOptionsCallback(fn, 'success');
    }
    if (def.type === 'Variable') {
      const init = (def.node as TSESTree.VariableDeclarator).init;
      const value = init && unwrap(init);
      return value?.type === 'CallExpression' && isPrivacyModalCall(value);
    }
    return false;
  }

  function isPrivacyModalCall(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    if (calleeName(call.callee) !== 'showModal') return false;
    const options = call.arguments[0] && unwrap(call.arguments[0]);
    if (options?.type !== 'ObjectExpression') return false;
    return options.properties.some((p) => {
      if (p.type !== 'Property') return false;
      const key = propertyKeyName(p);
      if (key !== 'title' && key !== 'content' && key !== 'confirmText') return false;
      const text = staticString(unwrap(p.value)) ?? (unwrap(p.value).type === 'TemplateLiteral' ? sourceCode.getText(p.value) : undefined);
      return text !== undefined && PRIVACY_TEXT.test(text);
    });
  }

  /**
   * `wx.authorize({ scope })` (uni / Taro alike): WeChat runs its `success` only once the user has agreed to the
   * privacy guide (it shows the guide first) and granted the scope, as with a scope getSetting reports authorised;
   * the uni-app App and H5 builds have no authorize, so there it never runs. Its `fail` and `complete` run either way.
   */
  function isScopeAuthorize(call: TSESTree.CallExpression): boolean {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression' || memberPropertyName(callee) !== 'authorize') return false;
    const object = unwrap(callee.object);
    if (object.type !== 'Identifier' || !MINI_PROGRAM_GLOBALS.has(object.name)) return false;
    // The platform global, or Taro imported from its package: not a local of that name.
    const def = findVariable(sourceCode, object, object.name)?.defs[0];
    if (def && !(def.type === 'ImportBinding' && (def.parent as TSESTree.ImportDeclaration | null)?.source.value === '@tarojs/taro')) return false;
    const options = call.arguments[0] && unwrap(call.arguments[0]);
    return options?.type === 'ObjectExpression' && options.properties.some((p) => p.type === 'Property' && propertyKeyName(p) === 'scope');
  }

  function isAgreementPromise(node: TSESTree.Node): boolean {
    const n = unwrap(node);
    if (n.type !== 'CallExpression') return false;
    const name = calleeName(n.callee);
    if (!name) return false;
    if (name === 'requirePrivacyAuthorize') return gateName(n) === 'requirePrivacyAuthorize';
    if (dialogs.length && matchesAny(expressionPath(n.callee), dialogs)) return true;
    return heuristics && /^(?:ensure|wait|await)/i.test(name) && isConsentDialogName(name);
  }

  /** `value` is `fn` itself, a same-module name for it, or `this.<method>` naming it on the same instance. */
  function refersTo(value: TSESTree.Node | undefined, fn: FunctionNode): boolean {
    if (!value) return false;
    const n = unwrap(value);
    if (n === fn || (n.type === 'Identifier' && resolveLocalFunction(n) === fn)) return true;
    // `success: this.restoreInvite` in a Page / Component / class: the method of that name on the same instance.
    if (n.type !== 'MemberExpression' || unwrap(n.object).type !== 'ThisExpression') return false;
    const holder = fn.parent;
    const methodName = holder && (holder.type === 'Property' || holder.type === 'MethodDefinition') && holder.value === fn && !holder.computed ? propertyKeyName(holder) : undefined;
    const instance = thisInstanceOf(n);
    return methodName !== undefined && memberPropertyName(n) === methodName && !!instance && instance === thisInstanceOf(fn.body);
  }

  function isConsentCallback(fn: FunctionNode, via?: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    // Callback of a call: api({ success: fn }), promise.then(fn), privacyDialog.onAccept(fn)
    const call = via ?? callTakingCallback(fn);
    if (call) {
      const name = calleeName(call.callee);
      if (name === 'then' && refersTo(call.arguments[0], fn)) {
        let object = unwrap((unwrap(call.callee) as TSESTree.MemberExpression).object);
        // ensurePrivacyConsent().then(load).then(fn): each fulfilment handler runs only after the one before it. A
        // rejection handler on the way (.catch, .then(a, b)) lets the chain go on without an agreement.
        while (object.type === 'CallExpression' && calleeName(object.callee) === 'then' && object.arguments.length === 1 && unwrap(object.callee).type === 'MemberExpression') {
          object = unwrap((unwrap(object.callee) as TSESTree.MemberExpression).object);
        }
        if (isAgreementPromise(object)) return true;
      }
      if (call.type === 'CallExpression' && (gateName(call) === 'requirePrivacyAuthorize' || isScopeAuthorize(call))) {
        const options = call.arguments[0] && unwrap(call.arguments[0]);
        const success = options?.type === 'ObjectExpression' ? options.properties.find((p) => p.type === 'Property' && propertyKeyName(p) === 'success') : undefined;
        if (success?.type === 'Property' && refersTo(success.value, fn)) return true;
      }
      const calleePath = expressionPath(call.callee);
      if (matchesAny(calleePath, callbacks)) return true;
      if (heuristics && name && isConsentCallbackName(name) && !isOptionsCallbackAny(fn)) return true;
    }
    const ownName = callbackNameOf(fn);
    if (ownName) {
      if (matchesAny(ownName, callbacks)) return true;
      if (heuristics && isConsentCallbackName(ownName[ownName.length - 1])) return true;
    }
    return false;
  }

  function factsWhen(test: TSESTree.Node, outcome: boolean): Facts {
    const n = unwrap(test);
    // `app && app.runAfterPrivacyAuthorization` is false only where the runner does not exist (see below).
    if (!outcome && n.type === 'LogicalExpression' && n.operator === '&&' && isFeatureTestOfConsentRunner(unwrap(n.right)) && isPathPrefix(n.left, n.right)) {
      return CONSENT;
    }
    if (n.type === 'LogicalExpression' && n.operator !== '??') {
      const left = factsWhen(n.left, outcome);
      const right = factsWhen(n.right, outcome);
      // a && b is true: both hold; false: one failed. a || b is true: one holds; false: both failed.
      const both = (n.operator === '&&') === outcome;
      return both ? union(left, right) : intersect(left, right);
    }
    if (n.type === 'UnaryExpression' && n.operator === '!') return factsWhen(n.argument, !outcome);
    if (n.type === 'SequenceExpression') return factsWhen(n.expressions[n.expressions.length - 1], outcome);
    // `if (app.runAfterPrivacyAuthorization) { app.runAfterPrivacyAuthorization(go); return; } go();`: a feature test
    // of a consent runner the same function then calls. Its false side runs only where the runner does not exist (an
    // old client, or an app without it), so it is no path this app collects on.
    if (!outcome && isFeatureTestOfConsentRunner(n)) return CONSENT;
    const p = polarity(n);
    if (p === 'positive') return outcome ? CONSENT : NO_FACTS;
    if (p === 'negative') return outcome ? NO_FACTS : CONSENT;
    return NO_FACTS;
  }

  function isFeatureTestOfConsentRunner(n: TSESTree.Node): boolean {
    if (n.type !== 'MemberExpression' && n.type !== 'Identifier') return false;
    const path = expressionPath(n);
    const name = path?.[path.length - 1];
    if (!name) return false;
    const builtIn = name === 'requirePrivacyAuthorize' && path.length === 2; // wx / uni / Taro.requirePrivacyAuthorize
    if (!builtIn && !matchesAny(path, callbacks) && !(heuristics && isConsentRunnerName(name))) return false;
    // The same function must call what it tested: a flag that merely sounds like a runner proves nothing.
    const tested = sourceCode.getText(n);
    return someShallow(sourceCode, enclosingFunction(n), (node) => node.type === 'CallExpression' && sourceCode.getText(node.callee) === tested);
  }

  /** `app` in `app && app.runner`: the left side only checks that the object holding the right side exists. */
  function isPathPrefix(left: TSESTree.Node, right: TSESTree.Node): boolean {
    const prefix = expressionPath(unwrap(left));
    const full = expressionPath(unwrap(right));
    return !!prefix && !!full && prefix.length < full.length && prefix.every((segment, i) => full[i] === segment);
  }

  function constantPredicateOf(test: TSESTree.Node): TSESTree.Node | undefined {
    const n = unwrap(test);
    if (n.type === 'LogicalExpression' && n.operator === '||') {
      if (isConstantTrue(n.right) && (polarity(n.left) === 'positive' || mentionsConsentSubject(n.left))) return n.right;
      return constantPredicateOf(n.left) ?? constantPredicateOf(n.right);
    }
    if (n.type === 'LogicalExpression' && n.operator === '&&') return constantPredicateOf(n.left) ?? constantPredicateOf(n.right);
    const target = n.type === 'CallExpression' ? unwrap(n.callee) : n;
    if (target.type !== 'Identifier') return undefined;
    const named = matchesAny([target.name], predicates) || (heuristics && classifyConsentName(target.name) === 'positive');
    if (!named) return undefined;
    if (n.type === 'CallExpression') {
      const fn = resolveLocalFunction(target);
      return fn && returnsConstantTrue(fn) ? fn : undefined;
    }
    const variable = findVariable(sourceCode, target, target.name);
    const def = variable?.defs[0];
    if (def?.type !== 'Variable') return undefined;
    const init = (def.node as TSESTree.VariableDeclarator).init;
    return init && isConstantTrue(init) && isEffectivelyConst(variable!) ? init : undefined;
  }

  function suggestedTest(node: TSESTree.Node): string | undefined {
    const canAwait = isAwaitAllowedAt(node);
    const configured = settings?.predicates?.map((p) => p.trim()).find(Boolean);
    if (configured) {
      if (configured.endsWith('()')) return configured;
      const head = configured.split('.')[0];
      const variable = findVariable(sourceCode, node, head);
      if (!variable || configured.includes('.')) return configured;
      return testFor(variable, canAwait) ?? configured;
    }
    if (!heuristics) return undefined;
    // A consent binding already in scope: const [privacyAgreed] = useState(false), import { hasConsent } …
    let scope: ReturnType<typeof sourceCode.getScope> | null = sourceCode.getScope(node);
    while (scope) {
      for (const variable of scope.variables) {
        if (classifyConsentName(variable.name) !== 'positive' || isConsentCallbackName(variable.name)) continue;
        const test = testFor(variable, canAwait);
        if (test) return test;
      }
      scope = scope.upper;
    }
    return undefined;
  }

  /**
   * How to test a consent binding: `name` for state, `name()` for a synchronous function, `await name()` for an
   * async one (only where `await` is allowed). Undefined when it cannot be told (an import never called here).
   */
  function testFor(variable: NonNullable<ReturnType<typeof findVariable>>, canAwait: boolean): string | undefined {
    const def = variable.defs[0];
    if (!def) return undefined;
    const name = variable.name;
    let fn: FunctionNode | undefined;
    if (def.type === 'FunctionName') fn = def.node as TSESTree.FunctionDeclaration;
    else if (def.type === 'Variable') {
      const init = (def.node as TSESTree.VariableDeclarator).init;
      const value = init ? unwrap(init) : undefined;
      if (value && isFunctionNode(value)) fn = value;
      else return name;
    }
    if (fn) {
      if (!fn.async) return `${name}()`;
      return canAwait ? `await ${name}()` : undefined;
    }
    // Imported: follow how the file already uses it (as a value, called, or called and awaited).
    for (const reference of variable.references) {
      const parent = reference.identifier.parent;
      if (parent?.type !== 'CallExpression' || parent.callee !== reference.identifier) return name;
      if (parent.parent?.type === 'AwaitExpression') return canAwait ? `await ${name}()` : undefined;
      return `${name}()`;
    }
    return undefined;
  }

  function isAwaitAllowedAt(node: TSESTree.Node): boolean {
    for (let current = node.parent; current; current = current.parent) {
      if (isFunctionNode(current)) return current.async;
      if (current.type === 'Program') return false;
    }
    return false;
  }

  return {
    factsWhen,
    polarity: (node) => polarity(node),
    isAgreementPromise,
    isConsentCallback,
    constantPredicateOf,
    suggestedTest,
    heuristics,
  };
}

/** The call that receives `fn` directly or as an option value: call(fn), call({ success: fn }). */
function callTakingCallback(fn: FunctionNode): TSESTree.CallExpression | TSESTree.NewExpression | undefined {
  let child: TSESTree.Node = fn;
  let parent = fn.parent;
  while (parent && (parent.type === 'TSAsExpression' || parent.type === 'TSNonNullExpression')) {
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return undefined;
  if ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && parent.arguments.includes(child as TSESTree.CallExpressionArgument)) {
    return parent;
  }
  if (parent.type === 'Property' && parent.value === child && parent.parent?.type === 'ObjectExpression') {
    const object = parent.parent;
    const holder = object.parent;
    if (holder && (holder.type === 'CallExpression' || holder.type === 'NewExpression') && holder.arguments.includes(object)) return holder;
  }
  return undefined;
}

function isOptionsCallback(fn: FunctionNode, key: string): boolean {
  const parent = fn.parent;
  return parent?.type === 'Property' && parent.value === fn && propertyKeyName(parent) === key;
}

function isOptionsCallbackAny(fn: FunctionNode): boolean {
  return fn.parent?.type === 'Property';
}

/** The name a function is known by: method/property key, JSX attribute, variable, declaration, assignment target. */
function callbackNameOf(fn: FunctionNode): string[] | undefined {
  if (fn.type === 'FunctionDeclaration' && fn.id) return [fn.id.name];
  const parent = fn.parent;
  if (!parent) return undefined;
  switch (parent.type) {
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition': {
      const key = propertyKeyName(parent);
      return key ? [key] : undefined;
    }
    case 'VariableDeclarator':
      return parent.id.type === 'Identifier' ? [parent.id.name] : undefined;
    case 'AssignmentExpression':
      return expressionPath(parent.left);
    case 'JSXExpressionContainer': {
      const attribute = parent.parent;
      if (attribute?.type === 'JSXAttribute' && attribute.name.type === 'JSXIdentifier') return [attribute.name.name];
      return undefined;
    }
    default:
      return undefined;
  }
}

function singleReturn(body: TSESTree.BlockStatement): TSESTree.Node | undefined {
  const returns = body.body.filter((s): s is TSESTree.ReturnStatement => s.type === 'ReturnStatement');
  return returns.length === 1 && returns[0].argument ? returns[0].argument : undefined;
}

function literalValue(node: TSESTree.Node): { known: boolean; value?: unknown } {
  const n = unwrap(node);
  if (n.type === 'Literal') return { known: true, value: n.value };
  if (n.type === 'Identifier' && n.name === 'undefined') return { known: true, value: undefined };
  const text = staticString(n);
  if (text !== undefined) return { known: true, value: text };
  if (n.type === 'MemberExpression') {
    const member = moduleConstantMember(n);
    if (member !== undefined) return { known: true, value: member };
  }
  return { known: false };
}

/**
 * `ConsentStatus.Granted` where the module declares `enum ConsentStatus { Granted = 'granted' }` or
 * `const ConsentStatus = { Granted: 'granted' } as const` at its top level: the literal the member stands for.
 */
function moduleConstantMember(member: TSESTree.MemberExpression): string | number | undefined {
  const object = unwrap(member.object);
  const name = memberPropertyName(member);
  if (object.type !== 'Identifier' || name === undefined) return undefined;
  let program: TSESTree.Node | undefined = member;
  while (program && program.type !== 'Program') program = program.parent;
  if (!program) return undefined;
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' && statement.declaration ? statement.declaration : statement;
    if (declaration.type === 'TSEnumDeclaration' && declaration.id.name === object.name) {
      const entry = (declaration.body?.members ?? (declaration as unknown as { members: TSESTree.TSEnumMember[] }).members).find(
        (m) => (m.id.type === 'Identifier' ? m.id.name : staticString(m.id)) === name,
      );
      const value = entry?.initializer && unwrap(entry.initializer);
      return value?.type === 'Literal' && (typeof value.value === 'string' || typeof value.value === 'number') ? value.value : undefined;
    }
    if (declaration.type === 'VariableDeclaration' && declaration.kind === 'const') {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type !== 'Identifier' || declarator.id.name !== object.name || !declarator.init) continue;
        const init = unwrap(declarator.init);
        if (init.type !== 'ObjectExpression') return undefined;
        const property = init.properties.find((p) => p.type === 'Property' && !p.computed && propertyKeyName(p) === name);
        const value = property?.type === 'Property' ? unwrap(property.value) : undefined;
        return value?.type === 'Literal' && (typeof value.value === 'string' || typeof value.value === 'number') ? value.value : undefined;
      }
    }
  }
  return undefined;
}
