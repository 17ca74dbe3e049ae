// 私自收集 / 未经同意: an analytics, push, ads, attribution, map, IM or crash SDK started, or a device identifier,
// location, contacts, clipboard … read, at launch on a path that has not passed the privacy-consent check.
//
// How: launch contexts come from util/launch-context.ts (shared with no-request-on-launch). Inside each function
// a must-data-flow over ESLint's code path analysis (util/code-path.ts) tells whether EVERY path to a call has
// passed a consent check (util/consent-guard.ts): `if (consent) {…}`, `if (!(await hasConsent())) return;`,
// `consent && init()`, the code after `await` of an agreement dialog. Across functions, a call is guarded when some
// hop on its launch chain is: the call site of a helper, the call that runs a callback, or a callback that runs
// only after agreement (requirePrivacyAuthorize success, a dialog's then, onAgree). A call of a helper imported
// from the app's own module is judged the same way when the helper certainly runs a collecting call
// (util/imported-requests.ts: `initSdks()` from './sdk' at launch starts the SDKs as surely as in place). Path
// analysis runs only in files that can reach an SDK start, a collecting read or a consent switch (an import that names
// one, or a platform global with one of their names: not every file that calls `uni.navigateTo`), or that hold
// launch code calling such helpers.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import { apiText, createApiMatcher, fileMayReachCatalogue, type ApiCallMatch } from '../util/api-matcher.js';
import { readConsentrySettings, type ConsentSettings } from '../core/settings.js';
import type { ApiEntry } from '../core/knowledge/types.js';
import type { Platform } from '../core/types.js';
import { getProjectModel } from '../core/project/index.js';
import { dependencyAtLeast, dependencyOlderThan } from '../core/dependency-evidence.js';
import { compiledAt, platformRegions } from '../parsers/conditional-compilation.js';
import { createPathFactsTracker, withCodePathListeners, type FactsSnapshot } from '../util/code-path.js';
import {
  CONSENT_FACT,
  consentSwitchOf,
  createConsentModel,
  entryMethodName,
  isConsentCallbackName,
  classifyConsentName,
  isConstantTrue,
  returnsConstantTrue,
  sdkFact,
  sdkVendorOf,
  startsWithCollectionOff,
  switchDecision,
  type ConsentModel,
} from '../util/consent-guard.js';
import { appImportNames, helperCallFilter, importedCollectionOf, type ImportedCollection } from '../util/imported-requests.js';
import {
  describeLaunchPath,
  enclosingFunction,
  getLaunchIndex,
  isFunctionNode,
  isServerRuntimeFile,
  isTestFile,
  launchContextsOf,
  objectProperty,
  propertyKeyName,
  unwrapExpression,
  type FunctionNode,
  type LaunchContext,
} from '../util/launch-context.js';

type MessageIds =
  | 'collectionBeforeConsent'
  | 'hardcodedConsent'
  | 'constantConsentPredicate'
  | 'wrapInConsentCheck'
  | 'moveIntoRequirePrivacyAuthorize';

export interface Options {
  /** Knowledge-base entry ids, displays ('Sentry.init') or modules ('@sentry/react-native') that may run before consent. */
  allow?: string[];
}

type CallNode = TSESTree.CallExpression | TSESTree.NewExpression;

/** Data-read permissions that are personal-data collection when nothing the user did asked for them. */
const COLLECTED_PERMISSIONS = new Set([
  'location',
  'location-background',
  'clipboard',
  'device-id',
  'network-id',
  'phone',
  'device-name',
  'attribution',
  'phone-number',
  'contacts',
  'push-token',
  'tracking',
  'advertising-id',
  'activity',
  'motion',
  'bluetooth',
  'user-profile',
  'calendar',
  'reminders',
]);

/**
 * Reads that are not collection: pickers and choosers the user drives, writes, permission-status checks,
 * clipboard-content detectors that do not read the content, geocoding of coordinates the app already has.
 */
const NOT_COLLECTION_METHOD =
  /^(?:choose|pick|select|present|launch(?:ImageLibrary|Camera)|save|add|update|delete|remove|set(?:Clipboard|String|Image|Url)|write|check|has(?:String|URL|WebURL|Number|Image|Url)|can[A-Z]|is[A-Z]|get\w*Permissions?(?:Async)?$|getSetting|getAvailable|installWebGeolocationPolyfill|geocode|reverseGeocode|getUserAgent|getFreeDiskStorage|iosEnableNotesUsage)/;

const DATA_LABEL: Record<string, string> = {
  location: 'the location',
  'location-background': 'the background location',
  clipboard: 'the clipboard',
  'device-id': 'a device identifier',
  'network-id': 'a network identifier',
  phone: 'carrier / phone information',
  'device-name': 'the device name',
  attribution: 'the install referrer',
  'phone-number': 'the phone number',
  contacts: 'the contacts',
  'push-token': 'the push token',
  tracking: 'the advertising identifier (OAID)',
  'advertising-id': 'the advertising identifier',
  activity: 'activity data',
  motion: 'motion data',
  bluetooth: 'nearby Bluetooth devices',
  'user-profile': 'the user profile',
  calendar: 'the calendar',
  reminders: 'the reminders',
};

/** Mini-program globals whose requirePrivacyAuthorize can host the call (suggestion). */
const PRIVACY_AUTHORIZE_GLOBALS = ['wx', 'uni', 'Taro', 'qq', 'tt'];

interface Candidate {
  node: CallNode | TSESTree.MemberExpression;
  match: ApiCallMatch;
  role: 'collect' | 'grant' | 'show';
  /** Facts any of which make the call safe. */
  guards: string[];
}

/**
 * The APIs this rule judges: SDK starts, collecting reads and consent switches. A file that reaches none of them (a
 * screen that only asks for permissions or checks their status) gets no path tracking.
 */
export const isJudgedEntry = (entry: ApiEntry): boolean =>
  entry.kind === 'sdk-init' || entry.kind === 'consent-gate' || isCollectingRead(entry);

export function isCollectingRead(entry: ApiEntry): boolean {
  if (entry.kind !== 'data-read' || !COLLECTED_PERMISSIONS.has(entry.permission)) return false;
  return !NOT_COLLECTION_METHOD.test(entryMethodName(entry));
}

export default createRule<[Options], MessageIds>({
  name: 'no-collection-before-consent',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow starting data-collecting SDKs and reading personal data at launch before the user agrees to the privacy policy',
      recommended: 'error',
      regulations: [
        'MIIT 337号 #1/#3 (私自收集, 私自共享)',
        'MIIT 164号 1.1',
        '认定方法 三.1',
        '认定方法 三.5',
        'PIPL Art. 13/14/16',
        'Google Play prominent disclosure',
      ],
      fileKind: 'source',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: { allow: { type: 'array', items: { type: 'string' }, uniqueItems: true } },
        additionalProperties: false,
      },
    ],
    messages: {
      collectionBeforeConsent:
        '`{{api}}` {{what}} before the user agrees to the privacy policy: it runs at launch ({{where}}) on a path with no consent check (私自收集, 337号 #1). Run it only after the user agreed.',
      hardcodedConsent:
        '`{{api}}` sets the SDK\'s consent switch to "agreed" at launch ({{where}}) with a hard-coded value, not the user\'s choice (认定方法 三.1/三.5). Call it from the privacy dialog\'s agree handler, or pass the stored decision.',
      constantConsentPredicate:
        'This consent check is always true, so nothing waits for the user\'s choice (认定方法 三.5). Read the stored decision instead.',
      wrapInConsentCheck: 'Run it only after consent: wrap it in `if ({{test}}) { … }`.',
      moveIntoRequirePrivacyAuthorize: 'Run it after the user agrees: move it into `{{global}}.requirePrivacyAuthorize({ success })`.',
    },
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    // Rules also run on the plugin's own languages (WXML, JSON …) in some configs: only JS-family ASTs apply here.
    if ((sourceCode.ast as { type?: string }).type !== 'Program') return {};
    const file = context.filename.replace(/\\/g, '/');
    if (isTestFile(file) || isServerRuntimeFile(file)) return {};

    const settings = readConsentrySettings(context.settings as Record<string, unknown>).consent;
    const allowed = new Set(options.allow ?? []);
    const matcher = createApiMatcher(context);
    // Built on first use: most files never ask the consent model anything.
    let modelInstance: ConsentModel | undefined;
    const model = (): ConsentModel => (modelInstance ??= createConsentModel({ context, settings, matcher }));
    const constantVisitors = constantPredicateVisitors(context, model, settings);

    // Helpers of the app's own modules matter only where launch code can call them.
    const helpers = appImportNames(sourceCode.ast, context.filename);
    if (!fileMayReachCatalogue(sourceCode, isJudgedEntry) && (helpers.size === 0 || getLaunchIndex(context).entries.length === 0)) {
      return constantVisitors;
    }

    const tracker = createPathFactsTracker({ factsWhen: (test, outcome) => model().factsWhen(test, outcome) });
    /** matchCall once per call (its result is needed on enter and on exit). */
    const matches = new Map<TSESTree.Node, ApiCallMatch | undefined>();
    const matchOf = (node: CallNode): ApiCallMatch | undefined => {
      if (matches.has(node)) return matches.get(node);
      const match = matcher.matchCall(node);
      matches.set(node, match);
      return match;
    };
    // Positions of calls, resolved to facts only for the candidates and their launch chains (see code-path.ts).
    const snapshots = new Map<TSESTree.Node, FactsSnapshot>();
    const candidates: Candidate[] = [];
    const helperCalls: TSESTree.CallExpression[] = [];
    const helperFilter = helperCallFilter(helpers);
    /** Per calling function, the calls in helpers' modules already reported through a helper call. */
    const reportedThroughHelpers = new Map<TSESTree.Node, Set<TSESTree.Node>>();

    const snapshot = (node: TSESTree.Node): void => {
      snapshots.set(node, tracker.snapshot());
    };

    let platformsOfApp: ReadonlySet<Platform> | null | undefined;
    /** The platforms the file's app builds for (undefined: no app found, nothing to narrow). */
    const appPlatforms = (): ReadonlySet<Platform> | undefined => {
      if (platformsOfApp === undefined) platformsOfApp = getProjectModel().appForFile(context.physicalFilename ?? context.filename)?.platforms ?? null;
      return platformsOfApp ?? undefined;
    };

    const inVersions: VersionTest = (module, from, below) => {
      const app = getProjectModel().appForFile(context.physicalFilename ?? context.filename);
      if (!app) return false;
      const range = app.dependencies[module];
      return dependencyAtLeast(app.root, module, range, from) && dependencyOlderThan(app.root, module, range, below);
    };

    const isAllowed = (entry: ApiEntry): boolean =>
      allowed.size > 0 && (allowed.has(entry.id) || allowed.has(entry.display) || (!!entry.module && allowed.has(entry.module)));

    function classify(node: CallNode, match: ApiCallMatch): void {
      const entry = match.entry;
      if (isAllowed(entry)) return;
      if (entry.kind === 'sdk-init' || entry.kind === 'data-read') {
        if (collects(node, entry, sourceCode, (outer) => matchOf(outer) !== undefined, appPlatforms(), inVersions)) candidates.push(collectCandidate(node, match));
        return;
      }
      if (entry.kind === 'consent-gate') {
        const method = entryMethodName(entry);
        if (method === 'updatePrivacyShow') {
          if (node.arguments.length > 0 && node.arguments.slice(-2).every((a) => a.type !== 'SpreadElement' && isConstantTrue(a))) {
            candidates.push({ node, match, role: 'show', guards: [CONSENT_FACT] });
          }
          return;
        }
        const sw = consentSwitchOf(entry);
        if (sw?.role !== 'grant') return;
        const decision = switchDecision(node, sw);
        if (decision === 'literal-agree' || decision === 'none') candidates.push({ node, match, role: 'grant', guards: [CONSENT_FACT] });
      }
    }

    /** After a call: SDK consent switches that hold collection, or tell the SDK the decision. */
    function afterCall(node: CallNode): void {
      const match = matchOf(node);
      if (!match || match.entry.kind !== 'consent-gate') return;
      const sw = consentSwitchOf(match.entry);
      const vendor = sdkVendorOf(match.entry);
      if (!sw || !vendor) return;
      const decision = switchDecision(node, sw);
      if (sw.role === 'hold' ? decision === 'literal-agree' : decision !== 'literal-other') tracker.establish(sdkFact(vendor));
    }

    function onCall(node: CallNode): void {
      snapshot(node);
      const match = matchOf(node);
      if (match) classify(node, match);
      else if (node.type === 'CallExpression' && helpers.size > 0 && helperFilter.mayCallHelper(node)) helperCalls.push(node);
    }

    /** A helper of the app's own module that certainly starts an SDK or reads personal data, called at launch. */
    function checkHelperCall(node: TSESTree.CallExpression): void {
      const launches = launchContextsOf(node, context);
      if (launches.length === 0) return;
      const imported = importedCollectionOf(sourceCode, context.filename, node, (match, call, helperSource, isCatalogued) =>
        collects(call, match.entry, helperSource, isCatalogued, appPlatforms(), inVersions),
      );
      // Helper calls in one function that reach the same SDK start (analytics.init(), then analytics.track() that
      // would start it too) are one finding, at the first; each function that does so has its own.
      if (!imported || isAllowed(imported.match.entry)) return;
      const seen = reportedThroughHelpers.get(enclosingFunction(node)) ?? new Set<TSESTree.Node>();
      if (seen.has(imported.node)) return;
      const candidate = collectCandidate(node, imported.match);
      const launch = launches.find((l) => !guardedOn(l, candidate));
      if (launch) {
        seen.add(imported.node);
        reportedThroughHelpers.set(enclosingFunction(node), seen);
        report(candidate, launch, imported);
      }
    }

    function guardedOn(launch: LaunchContext, candidate: Candidate): boolean {
      const safe = (node: TSESTree.Node): boolean => {
        const snapshot = snapshots.get(node);
        if (!snapshot) return false;
        const facts = snapshot.resolve();
        // Unreachable code never runs.
        if (!facts) return true;
        return candidate.guards.some((g) => facts.has(g));
      };
      if (safe(candidate.node)) return true;
      for (let i = launch.hops.length - 1; i >= 0; i--) {
        const hop = launch.hops[i];
        if (hop.how === 'callback' && model().isConsentCallback(hop.fn, hop.via)) return true;
        if (safe(hop.via)) return true;
      }
      return false;
    }

    function report(candidate: Candidate, launch: LaunchContext, via?: ImportedCollection): void {
      const { node, match } = candidate;
      const api = via ? `${apiText(sourceCode, node as TSESTree.CallExpression)}() → ${via.api}` : apiText(sourceCode, node);
      const where = describeLaunchPath(launch);
      if (candidate.role !== 'collect') {
        context.report({ node, messageId: 'hardcodedConsent', data: { api, where } });
        return;
      }
      const entry = match.entry;
      const what =
        entry.kind === 'sdk-init'
          ? `starts ${entry.sdkCategory ? `${/^[aeiou]/.test(entry.sdkCategory) ? 'an' : 'a'} ${entry.sdkCategory} SDK` : 'an SDK'} that collects personal data`
          : `reads ${DATA_LABEL[entry.permission] ?? entry.permission}`;
      context.report({
        node,
        messageId: 'collectionBeforeConsent',
        data: { api, what, where },
        suggest: suggestions(sourceCode, node, entry, launch, model()),
      });
    }

    const listeners: TSESLint.RuleListener = {
      ...constantVisitors,
      CallExpression: onCall,
      NewExpression: onCall,
      ...(helpers.size > 0 ? { VariableDeclarator: helperFilter.declarator } : {}),
      MemberExpression(node) {
        const parent = node.parent;
        if (parent?.type === 'CallExpression' && parent.callee === node) return;
        const match = matcher.matchMember(node);
        if (!match || isAllowed(match.entry) || !isCollectingRead(match.entry)) return;
        snapshot(node);
        candidates.push({ node, match, role: 'collect', guards: [CONSENT_FACT] });
      },
      'CallExpression:exit': afterCall,
      'AwaitExpression:exit'(node) {
        // Only calls can be agreement promises; most awaits are not, so ask the model only for those.
        if (node.argument.type === 'CallExpression' && model().isAgreementPromise(node.argument)) tracker.establish(CONSENT_FACT);
      },
      'Program:exit'() {
        const hardcodedAgreeFunctions = new Set<TSESTree.Node>();
        const pendingShows: Array<{ candidate: Candidate; launch: LaunchContext }> = [];
        for (const candidate of candidates) {
          for (const launch of launchContextsOf(candidate.node, context)) {
            if (guardedOn(launch, candidate)) continue;
            if (candidate.role === 'show') {
              pendingShows.push({ candidate, launch });
              break;
            }
            if (candidate.role === 'grant' && sdkVendorOf(candidate.match.entry) === 'amap') {
              hardcodedAgreeFunctions.add(enclosingFunction(candidate.node));
            }
            report(candidate, launch);
            break;
          }
        }
        // updatePrivacyShow(…, true, true) is the documented call made while the dialog shows; it is hard-coded
        // consent only in the misuse that also hard-codes updatePrivacyAgree next to it.
        for (const { candidate, launch } of pendingShows) {
          if (hardcodedAgreeFunctions.has(enclosingFunction(candidate.node))) report(candidate, launch);
        }
        helperCalls.forEach(checkHelperCall);
      },
    };
    return withCodePathListeners(listeners, tracker.listeners);
  },
});

/**
 * Whether a catalogued SDK start or data read collects, in the linted file or in a helper's module: an SDK started
 * with collection on, unless it is an instance getter judged by the catalogued call made on it
 * (`analytics()` in `analytics().setAnalyticsCollectionEnabled(false)`); a collecting read.
 */
function collects(
  node: CallNode,
  entry: ApiEntry,
  sourceCode: Readonly<TSESLint.SourceCode>,
  isCatalogued: (call: TSESTree.CallExpression) => boolean,
  appPlatforms: ReadonlySet<Platform> | undefined,
  inVersions: VersionTest,
): boolean {
  if (entry.kind === 'sdk-init') {
    const member = node.parent;
    const outer = member?.type === 'MemberExpression' && member.object === node ? member.parent : undefined;
    if (entry.personalDataSwitch && !sendsPersonalData(node, entry, entry.personalDataSwitch, sourceCode, inVersions)) return false;
    return !startsWithCollectionOff(node, entry) && !(outer?.type === 'CallExpression' && outer.callee === member && isCatalogued(outer));
  }
  if (entry.kind !== 'data-read' || !isCollectingRead(entry)) return false;
  // getSystemInfo is mostly read for layout; it is identifier collection when the code takes `deviceId`.
  if (!/getSystemInfo/.test(entryMethodName(entry))) return true;
  return usesDeviceId(node, sourceCode) && (entry.ecosystem !== 'uni-app' || mayRunInUniAppBuild(node, sourceCode, appPlatforms));
}

/** Whether the app's version of `module` lies in [from, below): installed, else every version its range admits. */
type VersionTest = (module: string, from: readonly [number, number, number], below: readonly [number, number, number]) => boolean;

/**
 * An SDK whose personal data depends on its version and options (the browser Sentry SDKs, see personalDataSwitch):
 * a session replay with its masking turned off always sends it; in the quiet versions only the opt-in option does; in
 * any other version it goes unless the opt-out option is literally false. Options written any other way count as the
 * defaults.
 */
function sendsPersonalData(
  node: CallNode,
  entry: ApiEntry,
  rule: NonNullable<ApiEntry['personalDataSwitch']>,
  sourceCode: Readonly<TSESLint.SourceCode>,
  inVersions: VersionTest,
): boolean {
  const first = node.arguments[0];
  const options = first && first.type !== 'SpreadElement' ? unwrapExpression(first) : undefined;
  const object = options?.type === 'ObjectExpression' ? options : undefined;
  const integrations = object && objectProperty(object, 'integrations');
  const integrationsText = integrations ? sourceCode.getText(integrations) : '';
  if (new RegExp(rule.recordingPattern).test(integrationsText) && new RegExp(rule.unmaskPattern).test(integrationsText)) return true;
  const literalAt = (path: readonly string[]): unknown => {
    let current: TSESTree.Node | undefined = object;
    for (const key of path) current = current?.type === 'ObjectExpression' ? objectProperty(current, key) : undefined;
    const value = current && unwrapExpression(current);
    return value?.type === 'Literal' ? value.value : undefined;
  };
  if (entry.module && inVersions(entry.module, rule.quietFrom, rule.quietBelow)) return literalAt([rule.optIn]) === true;
  return literalAt(rule.optOut) !== false;
}

/**
 * uni-app's `deviceId` is the device's only in the App: in a mini-program or H5 build the framework makes a random id
 * up and keeps it in storage (uni-app getSystemInfo docs: 由 uni-app 框架生成并存储, and WeChat's own getSystemInfo has
 * no device id). So the read collects an identifier only where the App build can run it: the app builds one, and no
 * `#ifdef MP-WEIXIN` / `#ifdef H5` keeps the call out of it.
 */
const UNI_APP_BUILD: readonly Platform[] = ['ios', 'android', 'harmony'];
function mayRunInUniAppBuild(node: CallNode, sourceCode: Readonly<TSESLint.SourceCode>, appPlatforms: ReadonlySet<Platform> | undefined): boolean {
  if (appPlatforms && !UNI_APP_BUILD.some((p) => appPlatforms.has(p))) return false;
  const compiled = compiledAt(platformRegions(sourceCode.getAllComments()), node.range[0]);
  return !compiled || UNI_APP_BUILD.some((p) => compiled.has(p));
}

/** A collecting call to judge: consent guards it, and so does the SDK's own consent switch when it has one. */
function collectCandidate(node: CallNode, match: ApiCallMatch): Candidate {
  const vendor = match.entry.kind === 'sdk-init' ? sdkVendorOf(match.entry) : undefined;
  return { node, match, role: 'collect', guards: vendor ? [CONSENT_FACT, sdkFact(vendor)] : [CONSENT_FACT] };
}

/** The result of a getSystemInfo call is used for its `deviceId` (in the statement, the callback, or a variable). */
function usesDeviceId(node: CallNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return /\bdeviceId\b/.test(sourceCode.getText(enclosingStatement(node) ?? node));
}

function enclosingStatement(node: TSESTree.Node): TSESTree.Node | undefined {
  let current: TSESTree.Node | undefined = node;
  while (current?.parent && !isFunctionNode(current.parent)) {
    const parent: TSESTree.Node = current.parent;
    if (parent.type === 'BlockStatement' || parent.type === 'Program') return current;
    current = parent;
  }
  return current;
}

/** Cheap pre-check before a name is split into words: every consent name has one of these. */
const CONSENT_HINT = /agree|accept|consent|privacy|polic|terms|protocol|yinsi|xieyi|grant|authori/i;

/** Hard-coded consent predicates: `const hasConsent = true`, `isConsented = () => … || true`. */
function constantPredicateVisitors(
  context: Readonly<TSESLint.RuleContext<MessageIds, [Options]>>,
  model: () => ConsentModel,
  settings: ConsentSettings | undefined,
): TSESLint.RuleListener {
  const heuristics = settings?.heuristics !== false;
  const configuredNames = new Set((settings?.predicates ?? []).map((p) => p.trim().replace(/\(\)$/, '').split('.').pop() ?? ''));
  const isPredicateName = (name: string): boolean =>
    configuredNames.has(name) ||
    (heuristics && CONSENT_HINT.test(name) && classifyConsentName(name) === 'positive' && !isConsentCallbackName(name));
  const reported = new Set<TSESTree.Node>();
  const reportAt = (node: TSESTree.Node): void => {
    if (reported.has(node)) return;
    reported.add(node);
    context.report({ node, messageId: 'constantConsentPredicate' });
  };
  const checkFunction = (fn: FunctionNode, name: string | undefined): void => {
    if (!name || !isPredicateName(name) || !returnsConstantTrue(fn)) return;
    const returned = fn.body.type === 'BlockStatement' ? firstReturnArgument(fn.body) : fn.body;
    reportAt(returned ? constantPart(returned) : fn);
  };
  return {
    VariableDeclarator(node) {
      if (node.id.type !== 'Identifier' || !node.init) return;
      const init = node.init;
      if (isFunctionNode(init)) {
        checkFunction(init, node.id.name);
        return;
      }
      const declaration = node.parent;
      if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') return;
      if (isConstantTrue(init) && isPredicateName(node.id.name) && mayBeTested(context.sourceCode, node)) reportAt(init);
    },
    FunctionDeclaration(node) {
      checkFunction(node, node.id?.name);
    },
    'Property > FunctionExpression, Property > ArrowFunctionExpression, MethodDefinition > FunctionExpression'(node: FunctionNode) {
      const holder = node.parent as TSESTree.Property | TSESTree.MethodDefinition;
      checkFunction(node, propertyKeyName(holder));
    },
    LogicalExpression(node) {
      if (node.operator !== '||' || !isConstantTrue(node.right) || isConstantTrue(node.left)) return;
      const constant = model().constantPredicateOf(node);
      if (constant) reportAt(constantPart(constant));
    },
  };
}

/**
 * A `const privacyAccepted = true` is a hard-coded check only where something tests it: exported (its users are not
 * seen here), or read in a condition. A value an agree handler stores (`setItem('privacyAccepted', …)`) is none.
 */
function mayBeTested(sourceCode: Readonly<TSESLint.SourceCode>, declarator: TSESTree.VariableDeclarator): boolean {
  if (declarator.parent?.parent?.type === 'ExportNamedDeclaration') return true;
  return sourceCode.getDeclaredVariables(declarator).some((variable) => variable.references.some((reference) => reference.isRead() && inCondition(reference.identifier)));
}

/** The value decides a branch: a test of if / ?: / while / for, an operand of && / || / !, or what a function returns. */
function inCondition(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'UnaryExpression' && parent.operator === '!') continue;
    if (parent.type === 'LogicalExpression' || parent.type === 'ReturnStatement') return true;
    if (parent.type === 'ArrowFunctionExpression' && parent.body === child) return true;
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression' || parent.type === 'WhileStatement' || parent.type === 'DoWhileStatement' || parent.type === 'ForStatement') && 'test' in parent && parent.test === child) return true;
    if (parent.type === 'BinaryExpression' || parent.type === 'TSAsExpression' || parent.type === 'TSNonNullExpression') continue;
    return false;
  }
  return false;
}

/** The literal that makes an expression constant: `true` in `x || true`. */
function constantPart(node: TSESTree.Node): TSESTree.Node {
  if (node.type === 'LogicalExpression' && node.operator === '||') {
    if (isConstantTrue(node.right)) return constantPart(node.right);
    if (isConstantTrue(node.left)) return constantPart(node.left);
  }
  return node;
}

function firstReturnArgument(body: TSESTree.BlockStatement): TSESTree.Node | undefined {
  for (const statement of body.body) if (statement.type === 'ReturnStatement' && statement.argument) return statement.argument;
  return undefined;
}

/** The statement holding the call, when it is a plain statement of a statement list (so it can be wrapped). */
function wrappableStatement(node: TSESTree.Node): TSESTree.ExpressionStatement | undefined {
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    if (current.type === 'ExpressionStatement') {
      const parent = current.parent;
      return parent && (parent.type === 'BlockStatement' || parent.type === 'Program' || parent.type === 'SwitchCase') ? current : undefined;
    }
    if (isFunctionNode(current) || current.type.endsWith('Statement') || current.type === 'VariableDeclaration') return undefined;
    current = current.parent;
  }
  return undefined;
}

function suggestions(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  entry: ApiEntry,
  launch: LaunchContext,
  model: ConsentModel,
): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  const statement = wrappableStatement(node);
  if (!statement) return [];
  const indent = /^\s*/.exec(sourceCode.lines[statement.loc.start.line - 1])?.[0] ?? '';
  const body = sourceCode.getText(statement);
  const inner = body
    .split('\n')
    .map((line, i) => (i === 0 ? `${indent}  ${line}` : `  ${line}`))
    .join('\n');
  const out: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
  const test = model.suggestedTest(node);
  if (test) {
    out.push({
      messageId: 'wrapInConsentCheck',
      data: { test },
      fix: (fixer) => fixer.replaceText(statement, `if (${test}) {\n${inner}\n${indent}}`),
    });
  }
  const global = privacyAuthorizeGlobal(entry, launch, sourceCode);
  if (global) {
    const isAsync = /\bawait\b/.test(body) ? 'async ' : '';
    out.push({
      messageId: 'moveIntoRequirePrivacyAuthorize',
      data: { global },
      fix: (fixer) =>
        fixer.replaceText(statement, `${global}.requirePrivacyAuthorize({\n${indent}  success: ${isAsync}() => {\n${inner.replace(/^/gm, '  ')}\n${indent}  },\n${indent}});`),
    });
  }
  return out;
}

/** wx / uni / Taro when the call is a mini-program API or the file is a mini-program app file. */
function privacyAuthorizeGlobal(entry: ApiEntry, launch: LaunchContext, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  for (const binding of entry.bindings) {
    if (binding.type === 'global' && PRIVACY_AUTHORIZE_GLOBALS.includes(binding.global)) return binding.global;
    if (binding.type === 'import' && binding.module === '@tarojs/taro') return 'Taro';
  }
  if (launch.kind === 'app-lifecycle') {
    if (launch.label.startsWith('App.vue')) return 'uni';
    if (/\bTaro\b/.test(sourceCode.text)) return 'Taro';
    if (/\bwx\s*\./.test(sourceCode.text)) return 'wx';
  }
  return undefined;
}

