// A catalogued API that asks for (or silently prompts for) a permission needs its purpose declared on every
// platform the app targets. Without it iOS kills the app at first access, Android denies without a prompt, WeChat
// fails the location APIs, and HarmonyOS cannot grant the permission and review rejects the package. The knowledge
// base says what each call needs on each platform (purposeRequirements); the project model says what the app
// declares and where a missing declaration belongs (AppModel.declarations / targets). This rule only joins them.
//
// Report `data` (all strings). ESLint keeps only the interpolated message, so the message always names the key in
// its model spelling and the file: the language server's quick fix (language-server/src/features/purpose-fix.ts)
// reads them back from the text. Rule wrappers and tests see the full data:
//   key       the first missing / empty / incomplete declaration, named as the project model names it:
//             'NSCameraUsageDescription', 'android.permission.CAMERA', 'scope.userLocation',
//             'requiredPrivateInfos:getLocation', 'ohos.permission.CAMERA'
//   keys      every key the report is about, joined with ','
//   platform  'ios' | 'android' | 'wechat' | 'harmony'
//   file      absolute path of the config file the declaration belongs in (the model's DeclarationTarget), or of
//             the file that holds the empty / incomplete declaration
//   kind      the ConfigKind of that file (what buildDeclarationEdits needs)
//   where     that file relative to the app root, with the section for shared files ("app.json (expo.ios.infoPlist)")
//   api       the call as catalogued, e.g. 'PermissionsAndroid.request', '<CameraView>'
//   plugin, option  Expo + iOS only: a config-plugin option the app could set instead of ios.infoPlist ('' if none)
//   subject, why, gaps  message text: the key(s) as written in that file's notation, the consequence, HarmonyOS gaps
import { relative, sep } from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import { apiText, createApiMatcher, fileMayReachCatalogue, preferEntry, type ApiCallMatch } from '../util/api-matcher.js';
import { resolveValueOrigin, staticPropertyName, staticString, unwrapExpression, type ValueOrigin } from '../util/resolve-reference.js';
import { propertyKeyName } from '../util/launch-context.js';
import { resolveLocalFunction } from '../util/denial.js';
import { constantInit } from '../util/resolve-permission.js';
import { getProjectModel, reportablePlatforms } from '../core/project/index.js';
import type { AppModel, DeclarationTarget } from '../core/project/api.js';
import { readConsentrySettings } from '../core/settings.js';
import type { Declaration, Platform } from '../core/types.js';
import type { ApiEntry, PurposeRequirement, ResolvedPermission } from '../core/knowledge/types.js';
import { purposeRequirements } from '../core/knowledge/requirements.js';
import { HARMONY_USER_GRANT_PERMISSIONS, resolveNativePermissionId } from '../core/knowledge/native-ids.js';
import { dependencyNameSuggests } from '../core/knowledge/dependency-hints.js';
import { WEB_VIEW_GLOBAL } from '../core/knowledge/registry.js';
import { compiledAt as compiledFor, platformRegions, type PlatformRegions } from '../parsers/conditional-compilation.js';
import { ASKS_SINCE_VERSION, EXPO_AUTO_APPLIED_PLUGINS, dependencyPermissions, expoPluginOptions, expoPluginOptionFor } from '../core/knowledge/dependencies.js';
import { dependencyEvidence, dependencyOlderThan } from '../core/dependency-evidence.js';

type MessageIds = 'missing' | 'empty' | 'harmonyIncomplete';
type Context = Readonly<TSESLint.RuleContext<MessageIds, []>>;

const ALL_PLATFORMS: readonly Platform[] = ['ios', 'android', 'wechat', 'harmony', 'web'];


/** What the user would be asked for, in the iOS consequence text. */
const IOS_RESOURCE: Readonly<Record<string, string>> = {
  camera: 'the camera',
  microphone: 'the microphone',
  photos: 'the photo library',
  'photos-add': 'saving to the photo library',
  location: 'location',
  'location-background': 'background location',
  contacts: 'contacts',
  calendar: 'the calendar',
  'calendar-write': 'the calendar',
  reminders: 'reminders',
  bluetooth: 'Bluetooth',
  motion: 'motion data',
  activity: 'motion data',
  speech: 'speech recognition',
  'face-id': 'Face ID',
  tracking: 'the tracking prompt (ATT)',
  'media-library': 'the media library',
  'tv-provider': 'the TV provider account',
  siri: 'Siri',
  health: 'health data',
  nfc: 'NFC',
};

/** The entries this rule's matcher matches (a module-level constant: fileMayReachCatalogue caches by it). */
const isRequestOrRead = (entry: ApiEntry): boolean => entry.kind === 'permission-request' || entry.kind === 'data-read';

/** HarmonyOS's grant-status checks (AtManager checkAccessToken / verifyAccessToken, sync or not): they read a status, not data. */
const HARMONY_STATUS_CHECK = /(?:^|\.)(?:checkAccessToken|verifyAccessToken)(?:Sync)?$/;

export default createRule<[], MessageIds>({
  name: 'require-purpose-string',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the purpose declaration of every permission an API asks for, on every platform the app targets',
      recommended: 'error',
      regulations: [
        '认定方法 二.3',
        'Apple 5.1.1(ii)',
        'Apple ITMS-90683',
        'WeChat requiredPrivateInfos',
        'HarmonyOS requestPermissions reason/usedScene',
        'OWASP MASWE-0117',
      ],
      fileKind: 'source',
    },
    schema: [],
    messages: {
      missing: '{{subject}} missing from {{where}}: {{why}}',
      empty: '{{subject}} empty in {{where}}: {{why}}',
      harmonyIncomplete: '{{key}} in {{where}} has {{gaps}}: {{why}}',
    },
  },
  defaultOptions: [],
  create(context) {
    // A file that imports nothing catalogued and names no request or read of a platform global cannot call one.
    if (!fileMayReachCatalogue(context.sourceCode, isRequestOrRead)) return {};
    const matcher = createApiMatcher(context, ['permission-request', 'data-read']);
    const filename = context.physicalFilename;
    // The app model is read once per file, and only when a catalogued call shows up.
    let app: AppModel | null | undefined;
    const appModel = (): AppModel | null => {
      if (app === undefined) app = getProjectModel().appForFile(filename) ?? null;
      return app;
    };

    const check = (match: ApiCallMatch, node: TSESTree.Node): void => {
      const model = appModel();
      if (!model) return;
      const entry = preferEntry(match, model.ecosystems);
      // HarmonyOS grants only what module.json5 declares, so its reads need the declaration though they never ask:
      // the app asks with requestPermissionsFromUser, and an undeclared permission fails every call (201).
      // A grant-status check is no read: checkAccessToken answers PERMISSION_DENIED for an undeclared permission.
      const needsDeclaration = entry.kind === 'data-read' && (entry.prompts || entry.promptsOn || (entry.ecosystem === 'harmony' && !HARMONY_STATUS_CHECK.test(entry.display)));
      // WeChat refuses the APIs requiredPrivateInfos does not list, prompting or not (chooseAddress, choosePoi,
      // onLocationChange): for those, the mini-program's list is the one declaration needed.
      const privateInfoOnly = !needsDeclaration && entry.kind === 'data-read' && entry.requiredPrivateInfo !== undefined;
      if (entry.kind !== 'permission-request' && !needsDeclaration && !privateInfoOnly) return;
      // An argument we cannot read (a variable from elsewhere) says nothing about which declaration is needed.
      if (!match.resolved) return;
      const regions = () => platformRegions(context.sourceCode.getAllComments());
      let platforms = platformsToCheck(context, model, entry, node, regions);
      if (privateInfoOnly) platforms = platforms.filter((platform) => platform === 'wechat');
      // Asked only before a report: where the helper holding the call is called from (a walk of the file).
      let viaCallers: Set<Platform> | undefined | null = null;
      const runsOn = (platform: Platform): boolean => {
        if (viaCallers === null) viaCallers = callerPlatforms(context.sourceCode, node, regions(), new Set(), 0);
        return viaCallers === undefined || viaCallers.has(platform);
      };
      for (const platform of platforms) checkPlatform(context, model, entry, match.permissions, platform, node, runsOn);
    };

    return {
      CallExpression(node) {
        const match = matcher.matchCall(node);
        if (match) check(match, node);
      },
      JSXOpeningElement(node) {
        const match = matcher.matchJsx(node);
        if (match) check(match, node);
      },
    };
  },
});

/** Platforms this call runs on, the app targets and reads, the settings allow, and the surrounding code does not exclude. */
function platformsToCheck(
  context: Context,
  app: AppModel,
  entry: ApiEntry,
  node: TSESTree.Node,
  regions: () => PlatformRegions,
): Platform[] {
  // Targeted, readable, and allowed by settings.consentry.platforms; the web has no purpose declarations.
  const reportable = reportablePlatforms(app, readConsentrySettings(context.settings as Record<string, unknown>));
  let platforms = entry.platforms.filter((p) => p !== 'web' && reportable.has(p) && (entry.prompts || !entry.promptsOn || entry.promptsOn.includes(p)));
  if (!platforms.length) return platforms;
  // A package version that does not ask on a platform yet needs nothing declared there.
  const since = ASKS_SINCE_VERSION[entry.id];
  if (since && platforms.includes(since.platform) && dependencyOlderThan(app.root, since.package, app.dependencies[since.package], since.since)) {
    platforms = platforms.filter((p) => p !== since.platform);
  }
  const guarded = guardPlatforms(context.sourceCode, node);
  if (guarded) platforms = platforms.filter((p) => guarded.has(p));
  // React Native platform files: Camera.ios.tsx is bundled into the iOS app only, Camera.android.tsx into Android's.
  const platformFile = /\.(ios|android)\.[cm]?[jt]sx?$/.exec(context.physicalFilename ?? context.filename)?.[1] as Platform | undefined;
  if (platformFile) platforms = platforms.filter((p) => p === platformFile);
  if (platforms.length && regions().length) {
    const compiled = compiledFor(regions(), node.range[0]);
    if (compiled) platforms = platforms.filter((p) => compiled.has(p));
  }
  return platforms;
}


function checkPlatform(
  context: Context,
  app: AppModel,
  entry: ApiEntry,
  permissions: readonly ResolvedPermission[],
  platform: Platform,
  node: TSESTree.Node,
  runsOn: (platform: Platform) => boolean,
): void {
  const target = app.targets.find((t) => t.platform === platform);
  // No file to put the declaration in means the model found no config for this platform: nothing to say.
  if (!target) return;
  const requirements = permissions.flatMap((permission) =>
    requirementsFor(app, entry, permission, platform).map((requirement) => ({ requirement, permission: permission.permission })),
  );
  if (!requirements.length) return;
  const declared = declarationIndex(app, platform);
  const missing: string[] = [];
  const empty: Declaration[] = [];
  const incomplete: { declaration: Declaration; gaps: string[] }[] = [];
  // The permission behind the first missing / empty key: the consequence names what would be accessed.
  let missingPermission: string | undefined;
  const noteMissing = (key: string, permission: string): void => {
    if (missing.includes(key)) return;
    missing.push(key);
    missingPermission ??= permission;
  };
  for (const { requirement, permission } of requirements) {
    for (const key of requirement.allOf) {
      if (platform === 'harmony' && !HARMONY_USER_GRANT_PERMISSIONS[key]) continue;
      const state = declared.state(key);
      if (state.status === 'missing') noteMissing(key, permission);
      else if (state.status === 'empty' && !empty.includes(state.declaration)) empty.push(state.declaration);
      else if (state.status === 'incomplete' && !incomplete.some((i) => i.declaration === state.declaration)) incomplete.push(state);
    }
    // Android: one of several permissions (ACCESS_FINE_LOCATION or ACCESS_COARSE_LOCATION) is enough.
    if (requirement.anyOf?.length && !requirement.anyOf.some((key) => declared.state(key).status === 'declared')) {
      noteMissing(requirement.anyOf.join(' or '), permission);
    }
  }
  if ((missing.length || empty.length || incomplete.length) && !runsOn(platform)) return;
  if (missing.length) {
    const keys = missing.flatMap((k) => k.split(' or '));
    report(context, node, 'missing', {
      subject: subjectOf(missing, platform),
      where: whereOf(app, target),
      why:
        entry.module === WEB_VIEW_GLOBAL && platform === 'ios'
          ? `the app's web view denies ${calledApi(context, entry, node)} without asking when the key is missing.`
          : consequence(platform, calledApi(context, entry, node), missingPermission ?? entry.permission, keys, target.kind),
      key: keys[0],
      keys: keys.join(','),
      platform,
      file: target.file,
      kind: target.kind,
      api: entry.display,
      ...expoPluginHint(app, target, keys[0]),
    });
  }
  if (empty.length) {
    const first = empty[0];
    report(context, node, 'empty', {
      subject: subjectOf(
        empty.map((d) => d.key),
        platform,
      ),
      where: relativeTo(app, first.file),
      why: emptyConsequence(platform),
      key: first.key,
      keys: empty.map((d) => d.key).join(','),
      platform,
      file: first.file,
      kind: app.configFiles.find((f) => f.file === first.file)?.kind ?? target.kind,
      api: entry.display,
      plugin: '',
      option: '',
    });
  }
  for (const { declaration, gaps } of incomplete) {
    report(context, node, 'harmonyIncomplete', {
      key: declaration.key,
      keys: declaration.key,
      gaps: gaps.join(' and '),
      where: relativeTo(app, declaration.file),
      why: 'AppGallery review requires a reason the grant dialog can show and a usedScene for every user_grant permission.',
      platform,
      file: declaration.file,
      kind: app.configFiles.find((f) => f.file === declaration.file)?.kind ?? target.kind,
      api: entry.display,
      plugin: '',
      option: '',
    });
  }
}

function report(context: Context, node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>): void {
  context.report({ node, messageId, data });
}

/**
 * What `permission` needs on `platform` for this call. Android only counts when the Android id is known, from the
 * argument (`PermissionsAndroid.request('android.permission.CAMERA')`) or from the catalogue entry: many APIs
 * (pickers, intents) work without any manifest permission.
 */
function requirementsFor(app: AppModel, entry: ApiEntry, permission: ResolvedPermission, platform: Platform): PurposeRequirement[] {
  const requirements = purposeRequirements(permission, platform, entry);
  if (platform !== 'android' || !requirements.length) return requirements;
  if (!androidConfigPresent(app)) return [];
  if (permission.platform === 'android' && permission.nativeId !== undefined) {
    // What the app's own manifest takes out (tools:node="remove") no build adds back.
    if (declarationIndex(app, 'android').removes(permission.nativeId)) return requirements;
    // uni-app's cloud build adds the permissions of the modules the manifest turns on (Geolocation, Bluetooth …):
    // a runtime request for one of those may be declared by the module, whatever the list says.
    if (app.ecosystems.has('uni-app') && UNIAPP_CLOUD_BUILD_DEFAULTS.has(permission.nativeId)) return [];
    return moduleMayDeclare(app, permission.permission) ? [] : requirements;
  }
  // Known from the catalogue: the call itself asks for one of the permissions the entry lists (an intent-based
  // picker that lists only storage permissions does not need CAMERA).
  const listed = new Set(entry.purposeKeys?.android ?? []);
  return requirements.filter((r) => [...r.allOf, ...(r.anyOf ?? [])].some((key) => listed.has(key)));
}

/**
 * The permissions HBuilderX's cloud build adds to every uni-app App (uniapp.dcloud.io/tutorial/app-permission-android,
 * "默认使用的权限"), whatever the manifest's list says.
 */
const UNIAPP_CLOUD_BUILD_DEFAULTS: ReadonlySet<string> = new Set(
  ['INTERNET', 'READ_EXTERNAL_STORAGE', 'WRITE_EXTERNAL_STORAGE', 'READ_PHONE_STATE', 'ACCESS_NETWORK_STATE', 'ACCESS_WIFI_STATE', 'INSTALL_PACKAGES', 'REQUEST_INSTALL_PACKAGES'].map(
    (name) => `android.permission.${name}`,
  ),
);

/** Whether a uni-app App module or native plugin the manifest turns on is named after the resource (Geolocation, Bluetooth). */
function moduleMayDeclare(app: AppModel, resource: string): boolean {
  if (!app.ecosystems.has('uni-app')) return false;
  const related = resource === 'nearby-devices' ? ['nearby-devices', 'bluetooth'] : [resource];
  return (app.uniNativeModules ?? []).some((module) => related.some((permission) => dependencyNameSuggests(module, permission)));
}

/**
 * The app's own Android permission list exists. Without it (uni-app with no app-plus permissions list, which
 * HBuilderX fills with its defaults) nothing can be said about the merged manifest.
 */
function androidConfigPresent(app: AppModel): boolean {
  if (!app.ecosystems.has('uni-app')) return true;
  return app.declarations.some((d) => d.platform === 'android' && d.source === 'uniapp-android-permissions');
}

type DeclarationState =
  | { status: 'declared' }
  | { status: 'missing' }
  | { status: 'empty'; declaration: Declaration }
  | { status: 'incomplete'; declaration: Declaration; gaps: string[] };

/** One index per app model and platform, shared by every file of the app (the model returns the same object until it changes). */
const indexes = new WeakMap<AppModel, Map<Platform, DeclarationIndex>>();

function declarationIndex(app: AppModel, platform: Platform): DeclarationIndex {
  let byPlatform = indexes.get(app);
  if (!byPlatform) indexes.set(app, (byPlatform = new Map()));
  let index = byPlatform.get(platform);
  if (!index) byPlatform.set(platform, (index = new DeclarationIndex(app, platform)));
  return index;
}

/** The app's declarations for one platform, with what installed packages add on their own. */
class DeclarationIndex {
  private readonly byKey = new Map<string, Declaration[]>();
  private addedByPackages: Set<string> | undefined;
  private writtenByExpoPlugins: Set<string> | undefined;

  /**
   * An Expo app that commits its native iOS project builds that project: EAS Build and `expo run:ios` run no prebuild
   * when ios/ exists, so its Info.plist is what ships, and what app.json / app.config and config plugins would write
   * at prebuild never reaches it (kenees/react-native-location-demo).
   */
  private readonly shipsNativeIos: boolean;

  constructor(
    private readonly app: AppModel,
    private readonly platform: Platform,
  ) {
    this.shipsNativeIos = platform === 'ios' && app.ecosystems.has('expo') && app.configFiles.some((config) => config.kind === 'info-plist');
    for (const declaration of app.declarations) {
      if (declaration.platform !== platform) continue;
      if (this.shipsNativeIos && (declaration.source === 'expo-ios-infoplist' || declaration.source === 'expo-plugin')) continue;
      // A localised string (InfoPlist.strings, a HarmonyOS locale) translates a key; it does not declare it.
      if (declaration.locale !== undefined || declaration.source === 'infoplist-strings') continue;
      this.add(declaration.key, declaration);
      // Entries of a dictionary key (NSLocationTemporaryUsageDescriptionDictionary.<purposeKey>) also stand for it.
      const dot = declaration.key.indexOf('.');
      if (platform === 'ios' && dot > 0) this.add(`${declaration.key.slice(0, dot)}.*`, declaration);
    }
  }

  private add(key: string, declaration: Declaration): void {
    const list = this.byKey.get(key);
    if (list) list.push(declaration);
    else this.byKey.set(key, [declaration]);
  }

  /** Android: the app's own manifest removes the permission (tools:node="remove"). */
  removes(key: string): boolean {
    return this.byKey.get(key)?.some((d) => d.removed) ?? false;
  }

  state(key: string): DeclarationState {
    let found = this.byKey.get(key) ?? [];
    switch (this.platform) {
      case 'android': {
        if (found.some((d) => d.removed)) return { status: 'missing' };
        if (found.length || this.androidAddedByPackages().has(key)) return { status: 'declared' };
        return this.mergedFromInstalledLibrary(key) ? { status: 'declared' } : { status: 'missing' };
      }
      case 'harmony': {
        if (!found.length) return { status: 'missing' };
        const complete = found.find((d) => hasReason(d) && d.harmony?.hasUsedScene !== false);
        if (complete) return { status: 'declared' };
        const declaration = found[0];
        const gaps: string[] = [];
        if (!hasReason(declaration)) gaps.push(reasonGap(declaration));
        if (declaration.harmony?.hasUsedScene === false) gaps.push('no usedScene');
        return { status: 'incomplete', declaration, gaps };
      }
      case 'wechat': {
        // requiredPrivateInfos entries are names only; a scope's desc must say something.
        if (key.startsWith('requiredPrivateInfos:')) return found.length ? { status: 'declared' } : { status: 'missing' };
        return this.textState(found);
      }
      case 'ios': {
        // A dictionary of purpose strings (NSLocationTemporaryUsageDescriptionDictionary) says something when one of
        // its entries does; the model lists each entry as `<key>.<entry>`.
        if (found.length && found.every((d) => d.rawValue === undefined)) found = this.byKey.get(`${key}.*`) ?? found;
        const state = this.textState(found);
        if (state.status !== 'declared' && this.iosWrittenByExpoPlugins().has(key)) return { status: 'declared' };
        return state;
      }
      default:
        return { status: 'declared' };
    }
  }

  private textState(found: Declaration[]): DeclarationState {
    if (!found.length) return { status: 'missing' };
    if (found.some((d) => hasText(d.value ?? d.rawValue))) return { status: 'declared' };
    return { status: 'empty', declaration: found[0] };
  }

  /** android.permission.* that installed packages merge into the manifest (minus what plugin options switch off). */
  private androidAddedByPackages(): Set<string> {
    if (this.addedByPackages) return this.addedByPackages;
    const added = new Set<string>();
    for (const name of Object.keys(this.app.dependencies)) {
      const info = dependencyPermissions(name);
      if (!info) continue;
      const options = this.app.expoPlugins.find((p) => p.name === name)?.options ?? {};
      const removed = new Set<string>();
      for (const [option, permissions] of Object.entries(info.androidRemovedByOption ?? {})) {
        if (options[option] === false) permissions.forEach((p) => removed.add(p));
      }
      for (const permission of info.androidAddedByDefault) if (!removed.has(permission)) added.add(permission);
      for (const [option, permissions] of Object.entries(info.androidAddedByOption ?? {})) {
        if (options[option]) permissions.forEach((p) => added.add(p));
      }
    }
    this.addedByPackages = added;
    return added;
  }

  /**
   * An installed library whose own AndroidManifest.xml declares the permission (the same resource: CAMERA for
   * CAMERA): Gradle merges it into the app's manifest (MaxDiablo's @baronha/react-native-multiple-image-picker).
   * Asked only for a key the app's own files lack.
   */
  private mergedFromInstalledLibrary(key: string): boolean {
    const meaning = resolveNativePermissionId(key)?.permission;
    if (!meaning) return false;
    const use = dependencyEvidence(this.app).permissions.get(meaning);
    return use?.via === 'manifest' && !use.iosOnly;
  }

  /** Info.plist keys Expo config plugins write at prebuild: listed plugins, and auto-applied installed packages. */
  private iosWrittenByExpoPlugins(): Set<string> {
    if (this.writtenByExpoPlugins) return this.writtenByExpoPlugins;
    const written = new Set<string>();
    if (this.app.ecosystems.has('expo') && !this.shipsNativeIos) {
      const uses = new Map<string, Record<string, unknown>>();
      for (const name of Object.keys(this.app.dependencies)) if (EXPO_AUTO_APPLIED_PLUGINS.has(name)) uses.set(name, {});
      for (const plugin of this.app.expoPlugins) uses.set(plugin.name, plugin.options ?? {});
      for (const [plugin, options] of uses) {
        for (const option of expoPluginOptions(plugin)) {
          if (options[option.option] === false && option.falseRemoves) continue;
          if (option.requires && !options[option.requires]) continue;
          // A plugin that writes the key only from its option (react-native-google-mobile-ads) writes nothing without it.
          if (option.noDefault && (typeof options[option.option] !== 'string' || !(options[option.option] as string).trim())) continue;
          option.iosKeys.forEach((key) => written.add(key));
        }
      }
    }
    this.writtenByExpoPlugins = written;
    return written;
  }
}

function hasText(value: string | undefined): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** A HarmonyOS reason that says something: resolved, non-empty, and not a `$string:` reference left unresolved. */
function hasReason(declaration: Declaration): boolean {
  return hasText(declaration.value) && !REFERENCE.test(declaration.value!.trim());
}

const REFERENCE = /^\$string:/;

function reasonGap(declaration: Declaration): string {
  const raw = declaration.rawValue?.trim();
  if (raw && REFERENCE.test(raw)) return `the reason ${raw}, which resolves to no text`;
  return 'no reason';
}

/** "NSCameraUsageDescription is" / "A and B are", in the platform's own notation. */
function subjectOf(keys: readonly string[], platform: Platform): string {
  const names = keys.map((key) => displayKey(key, platform));
  const joined = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${joined} ${names.length === 1 ? 'is' : 'are'}`;
}

function displayKey(key: string, platform: Platform): string {
  if (platform !== 'wechat') return key;
  if (key.startsWith('requiredPrivateInfos:')) return `requiredPrivateInfos "${key.slice('requiredPrivateInfos:'.length)}"`;
  if (key.startsWith('requiredBackgroundModes:')) return `requiredBackgroundModes "${key.slice('requiredBackgroundModes:'.length)}"`;
  return `permission["${key}"].desc`;
}

function relativeTo(app: AppModel, file: string): string {
  const rel = relative(app.root, file);
  return (rel && !rel.startsWith('..') ? rel : file).split(sep).join('/');
}

/**
 * The file, plus the section when the file holds more than the one list (model labels read "<file> <section>").
 * WeChat reports name their own section (`permission[…].desc`, `requiredPrivateInfos "…"`); uni-app nests it in mp-weixin.
 */
function whereOf(app: AppModel, target: DeclarationTarget): string {
  const file = relativeTo(app, target.file);
  if (target.platform === 'wechat') return target.kind === 'uniapp-manifest' ? `${file} (mp-weixin)` : file;
  const base = file.slice(file.lastIndexOf('/') + 1);
  const prefix = [file, base].find((p) => target.label === p || target.label.startsWith(`${p} `));
  const section = prefix === undefined ? '' : target.label.slice(prefix.length).trim();
  return section ? `${file} (${section})` : file;
}

/** The call as written (`SpeechRecognition.requestPermission`), not the catalogue's display of all its alternatives. */
function calledApi(context: Context, entry: ApiEntry, node: TSESTree.Node): string {
  if (node.type === 'CallExpression' || node.type === 'NewExpression' || node.type === 'MemberExpression') {
    return apiText(context.sourceCode, node);
  }
  return entry.display;
}

/** uni-app App builds: HBuilderX's build fills every key the manifest leaves out with its own generic text. */
export const UNIAPP_IOS_CONSEQUENCE =
  "the App build ships HBuilderX's generic text for it instead, which does not say why the app needs it, and App Review rejects such builds (5.1.1).";

function consequence(platform: Platform, api: string, permission: string, keys: readonly string[], targetKind: DeclarationTarget['kind']): string {
  switch (platform) {
    case 'ios':
      if (targetKind === 'uniapp-manifest') return UNIAPP_IOS_CONSEQUENCE;
      if (permission === 'tracking') return 'iOS may end the app when it shows the tracking prompt without it, and App Review rejects the build (5.1.1).';
      if (permission === 'location-temporary-precise') return 'iOS refuses temporary precise location unless the dictionary holds a purpose for the purposeKey.';
      return `iOS kills the app when ${IOS_RESOURCE[permission] ?? 'the protected resource'} is first used without ${keys.length > 1 ? 'them' : 'it'}.`;
    case 'android':
      return `${api} is denied without a prompt when the permission is not in the merged manifest.`;
    case 'wechat': {
      const backgroundMode = keys.some((k) => k.startsWith('requiredBackgroundModes:'));
      const privateInfo = keys.some((k) => k.startsWith('requiredPrivateInfos:'));
      if (privateInfo && backgroundMode) {
        return `${api} fails at runtime while they are not declared (the background mode always, requiredPrivateInfos in mini-programs released after 2022-07-14).`;
      }
      if (privateInfo) return `${api} fails at runtime while it is not declared (mini-programs released after 2022-07-14).`;
      if (backgroundMode) return `${api} fails at runtime while the background mode it runs in is not declared.`;
      return 'WeChat asks for location only with a stated purpose, shown in the authorization dialog.';
    }
    case 'harmony':
      return 'the permission cannot be granted unless module.json5 declares it, and AppGallery review requires its reason and usedScene.';
    default:
      return '';
  }
}

function emptyConsequence(platform: Platform): string {
  return platform === 'ios'
    ? 'the permission prompt has nothing to explain the request with, and App Store Connect rejects builds with an empty purpose string (ITMS-90683).'
    : 'the authorization dialog has no purpose to show.';
}

/** Expo: the config-plugin option that would write the key, for apps that depend on that plugin's package. */
function expoPluginHint(app: AppModel, target: DeclarationTarget, key: string): { plugin: string; option: string } {
  if (target.platform !== 'ios' || (target.kind !== 'expo-app-json' && target.kind !== 'expo-app-config')) return { plugin: '', option: '' };
  const option = expoPluginOptionFor(key, [...app.expoPlugins.map((p) => p.name), ...Object.keys(app.dependencies)])[0];
  return option ? { plugin: option.plugin, option: option.option } : { plugin: '', option: '' };
}

// ---------------------------------------------------------------------------------------------------------------
// Code that only runs on some platforms: `if (Platform.OS === 'ios')`, `process.env.TARO_ENV === 'weapp' && …`,
// `switch (Capacitor.getPlatform())`, early returns, and uni-app conditional compilation (`// #ifdef MP-WEIXIN` …
// `// #endif`). Only computed for the few calls that match a catalogued API.
// ---------------------------------------------------------------------------------------------------------------

const RN_PLATFORM_OS: Readonly<Record<string, Platform[]>> = {
  ios: ['ios'],
  android: ['android'],
  web: ['web'],
  harmony: ['harmony'],
};

const TARO_ENV: Readonly<Record<string, Platform[]>> = {
  weapp: ['wechat'],
  h5: ['web'],
  rn: ['ios', 'android'],
  harmony: ['harmony'],
  'harmony-hybrid': ['harmony'],
};

/** What a test says about the platform when it is true and when it is false (undefined: nothing). */
interface PlatformFacts {
  whenTrue?: Set<Platform>;
  whenFalse?: Set<Platform>;
}

const union = (a: ReadonlySet<Platform>, b: ReadonlySet<Platform>): Set<Platform> => new Set([...a, ...b]);

/** `Platform.OS === 'ios'`, `process.env.TARO_ENV !== 'weapp'`, and `!`, `&&`, `||` combinations of them. */
function platformTest(sourceCode: Context['sourceCode'], test: TSESTree.Node, depth = 0): PlatformFacts {
  const expr = unwrapExpression(test);
  // A local that holds the test and is never written again (`let isAndroid = info.platform === 'android'; if (isAndroid)`).
  if (expr.type === 'Identifier' && depth < 2) {
    const init = constantInit(sourceCode, expr);
    if (init) return platformTest(sourceCode, init, depth + 1);
  }
  // `this.isNative()` where `isNative() { return Capacitor.isNativePlatform(); }` (Trashee): the test it returns.
  if (expr.type === 'CallExpression' && expr.arguments.length === 0 && depth < 2) {
    const returned = wrappedTest(sourceCode, expr);
    if (returned) return platformTest(sourceCode, returned, depth + 1);
  }
  if (expr.type === 'UnaryExpression' && expr.operator === '!') {
    const inner = platformTest(sourceCode, expr.argument);
    return { whenTrue: inner.whenFalse, whenFalse: inner.whenTrue };
  }
  // `typeof window !== 'undefined' && window.Capacitor?.isNativePlatform()` (transdovic): Capacitor's object lives on the
  // web view's window, so where there is no window (server rendering) none of the app's builds runs: the test is the
  // Capacitor one alone.
  if (expr.type === 'LogicalExpression' && expr.operator === '&&' && isWindowDefinedGuard(expr.left) && /\bCapacitor\b/.test(sourceCode.getText(expr.right))) {
    return platformTest(sourceCode, expr.right);
  }
  if (expr.type === 'LogicalExpression' && (expr.operator === '||' || expr.operator === '&&')) {
    const left = platformTest(sourceCode, expr.left);
    const right = platformTest(sourceCode, expr.right);
    // `a && b` true means both are; false means either is false (and the reverse for `||`).
    const [all, any]: ['whenTrue' | 'whenFalse', 'whenTrue' | 'whenFalse'] = expr.operator === '&&' ? ['whenTrue', 'whenFalse'] : ['whenFalse', 'whenTrue'];
    const both = left[all] && right[all] ? intersect(left[all], right[all]) : (left[all] ?? right[all]);
    const either = left[any] && right[any] ? union(left[any], right[any]) : undefined;
    return { [all]: both, [any]: either };
  }
  if (expr.type !== 'BinaryExpression') return nativeTest(sourceCode, expr);
  if (!['===', '==', '!==', '!='].includes(expr.operator)) return {};
  const [subject, literal] = staticString(expr.right) !== undefined ? [expr.left, staticString(expr.right)!] : [expr.right, staticString(expr.left)];
  if (literal === undefined || subject.type === 'PrivateIdentifier') return {};
  if (isUniDeviceOs(sourceCode, withoutCaseChange(subject))) {
    // The phone's OS, in every build: a mini-program or H5 page on an iPhone says 'ios' too. So the test settles only
    // whether the native App of that OS runs the code.
    const native = DEVICE_OS[literal.toLowerCase()];
    const equal = new Set<Platform>(native ? [native, 'wechat', 'web'] : ['wechat', 'web']);
    const unequal = native ? complement(new Set([native])) : new Set(ALL_PLATFORMS);
    return expr.operator.startsWith('!') ? { whenTrue: unequal, whenFalse: equal } : { whenTrue: equal, whenFalse: unequal };
  }
  const table = platformTable(sourceCode, subject);
  if (!table) return {};
  const equal = platformsOf(table, literal);
  return expr.operator.startsWith('!') ? { whenTrue: complement(equal), whenFalse: equal } : { whenTrue: equal, whenFalse: complement(equal) };
}

/**
 * What a same-file function or method that takes nothing returns, when its body is that one return (`isNative()`
 * called as `this.isNative()`, `CapacitorService.isNative()` or `isNativeApp()`), found as the denial analysis finds it.
 */
function wrappedTest(sourceCode: Context['sourceCode'], call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const fn = resolveLocalFunction(sourceCode, call);
  if (!fn || fn.params.length > 0) return undefined;
  if (fn.body.type !== 'BlockStatement') return fn.body;
  const [only] = fn.body.body;
  return fn.body.body.length === 1 && only?.type === 'ReturnStatement' && only.argument ? only.argument : undefined;
}

/** `typeof window !== 'undefined'` (or `!=`, either operand order). */
function isWindowDefinedGuard(node: TSESTree.Node): boolean {
  const expr = unwrapExpression(node);
  if (expr.type !== 'BinaryExpression' || (expr.operator !== '!==' && expr.operator !== '!=')) return false;
  const [a, b] = [unwrapExpression(expr.left), unwrapExpression(expr.right)];
  const typeofWindow = (n: TSESTree.Node) => n.type === 'UnaryExpression' && n.operator === 'typeof' && n.argument.type === 'Identifier' && n.argument.name === 'window';
  const undefinedText = (n: TSESTree.Node) => n.type === 'Literal' && n.value === 'undefined';
  return (typeofWindow(a) && undefinedText(b)) || (typeofWindow(b) && undefinedText(a));
}

/** `x.toLowerCase()` / `x.toUpperCase()` → `x` (the OS names are compared case-insensitively below). */
function withoutCaseChange(node: TSESTree.Node): TSESTree.Node {
  const expr = unwrapExpression(node);
  if (expr.type !== 'CallExpression' || expr.arguments.length > 0 || expr.callee.type !== 'MemberExpression') return expr;
  const name = staticPropertyName(expr.callee);
  return name === 'toLowerCase' || name === 'toUpperCase' ? expr.callee.object : expr;
}

/** uni-app's device OS names (getSystemInfoSync().platform / osName) → the native App of that OS. */
const DEVICE_OS: Readonly<Record<string, Platform>> = { ios: 'ios', android: 'android', harmonyos: 'harmony', harmony: 'harmony' };

/** `uni.getSystemInfoSync().platform` or `.osName` (also through a constant holding the system info). */
function isUniDeviceOs(sourceCode: Context['sourceCode'], subject: TSESTree.Node): boolean {
  const origin = resolveValueOrigin(sourceCode, subject);
  if (origin?.kind !== 'global' || origin.global !== 'uni') return false;
  const path = origin.path.join('.');
  return path === 'getSystemInfoSync.().platform' || path === 'getSystemInfoSync.().osName' || path === 'getDeviceInfo.().platform' || path === 'getDeviceInfo.().osName';
}

/** The value table when `subject` is `Platform.OS` (react-native), `process.env.TARO_ENV` or `Capacitor.getPlatform()`. */
function platformTable(sourceCode: Context['sourceCode'], subject: TSESTree.Node): Readonly<Record<string, Platform[]>> | undefined {
  const origin = resolveValueOrigin(sourceCode, subject);
  if (!origin) return undefined;
  const path = origin.path.join('.');
  if (origin.kind === 'module' && origin.module === 'react-native' && path === 'Platform.OS') return RN_PLATFORM_OS;
  if (origin.kind === 'global' && origin.global === 'process' && path === 'env.TARO_ENV') return TARO_ENV;
  if (capacitorPath(origin) === 'Capacitor.getPlatform.()') return RN_PLATFORM_OS;
  return undefined;
}

/** The path below Capacitor's object, imported from @capacitor/core or read from the global the native shell injects. */
function capacitorPath(origin: ValueOrigin): string | undefined {
  const path = origin.path.join('.');
  if (origin.kind === 'module' && origin.module === '@capacitor/core') return path;
  if (origin.kind === 'global' && origin.global === 'Capacitor') return `Capacitor.${path}`;
  return undefined;
}

const CAPACITOR_NATIVE: ReadonlySet<Platform> = new Set(['ios', 'android']);

/** `Capacitor.isNativePlatform()` (or a constant holding it): true in the iOS and Android shells, false in a browser. */
function nativeTest(sourceCode: Context['sourceCode'], test: TSESTree.Node): PlatformFacts {
  const origin = resolveValueOrigin(sourceCode, test);
  const path = origin && capacitorPath(origin);
  if (path !== 'Capacitor.isNativePlatform.()' && path !== 'Capacitor.isNative') return {};
  return { whenTrue: new Set(CAPACITOR_NATIVE), whenFalse: complement(CAPACITOR_NATIVE) };
}

/** A value we do not model (Platform.OS 'windows', TARO_ENV 'alipay') runs on none of our platforms. */
function platformsOf(table: Readonly<Record<string, Platform[]>>, value: string): Set<Platform> {
  return new Set<Platform>(Object.hasOwn(table, value) ? table[value] : []);
}

/** `switch (Platform.OS) { case 'ios': … }`: the platforms a case body runs on (empty cases fall through into it). */
function switchCasePlatforms(sourceCode: Context['sourceCode'], switchCase: TSESTree.SwitchCase): Set<Platform> | undefined {
  const statement = switchCase.parent;
  if (statement?.type !== 'SwitchStatement') return undefined;
  const table = platformTable(sourceCode, statement.discriminant);
  if (!table) return undefined;
  const valueOf = (c: TSESTree.SwitchCase): string | undefined => (c.test ? staticString(c.test) : undefined);
  if (!switchCase.test) {
    // default: every platform no other case names.
    const named = statement.cases.flatMap((c) => {
      const value = valueOf(c);
      return value === undefined ? [] : [...platformsOf(table, value)];
    });
    return complement(new Set(named));
  }
  const out = new Set<Platform>();
  const index = statement.cases.indexOf(switchCase);
  for (let i = index; i >= 0; i--) {
    const c = statement.cases[i];
    if (i < index && c.consequent.length) break;
    const value = valueOf(c);
    if (value === undefined) return undefined;
    platformsOf(table, value).forEach((p) => out.add(p));
  }
  return out;
}

function complement(set: ReadonlySet<Platform>): Set<Platform> {
  return new Set(ALL_PLATFORMS.filter((p) => !set.has(p)));
}

function intersect(current: Set<Platform> | undefined, next: Set<Platform>): Set<Platform> {
  return current ? new Set([...current].filter((p) => next.has(p))) : next;
}

const contains = (outer: TSESTree.Node | null | undefined, inner: TSESTree.Node): boolean =>
  !!outer && outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];

/** A statement that leaves the enclosing function or loop: `return`, `throw`, or a block ending in one. */
function exits(statement: TSESTree.Statement): boolean {
  if (statement.type === 'ReturnStatement' || statement.type === 'ThrowStatement') return true;
  if (statement.type === 'BlockStatement') {
    const last = statement.body[statement.body.length - 1];
    return last !== undefined && exits(last);
  }
  return false;
}

/** Platforms the code around `node` restricts it to (undefined: no platform test around it). */
function guardPlatforms(sourceCode: Context['sourceCode'], node: TSESTree.Node): Set<Platform> | undefined {
  let result: Set<Platform> | undefined;
  const narrow = (platforms: Set<Platform> | undefined): void => {
    if (platforms) result = intersect(result, platforms);
  };
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case 'IfStatement':
      case 'ConditionalExpression': {
        if (child === parent.test) break;
        const facts = platformTest(sourceCode, parent.test);
        narrow(child === parent.consequent ? facts.whenTrue : facts.whenFalse);
        break;
      }
      case 'LogicalExpression': {
        if (child !== parent.right || parent.operator === '??') break;
        const facts = platformTest(sourceCode, parent.left);
        narrow(parent.operator === '&&' ? facts.whenTrue : facts.whenFalse);
        break;
      }
      case 'SwitchCase': {
        if (child !== parent.test) narrow(switchCasePlatforms(sourceCode, parent));
        break;
      }
      case 'ArrowFunctionExpression':
      case 'FunctionExpression': {
        // uni.authorize exists only in mini-programs (not in the App or H5): what it calls back runs there alone.
        if (isUniAuthorizeCallback(parent)) narrow(new Set<Platform>(['wechat']));
        break;
      }
      case 'BlockStatement':
      case 'StaticBlock': {
        // `if (Platform.OS !== 'ios') return;` before the statement holding the call.
        for (const statement of parent.body as TSESTree.Node[]) {
          if (contains(statement, child)) break;
          if (statement.type !== 'IfStatement') continue;
          const thenExits = exits(statement.consequent);
          const elseExits = statement.alternate ? exits(statement.alternate) : false;
          if (thenExits && !elseExits) narrow(platformTest(sourceCode, statement.test).whenFalse);
          else if (elseExits && !thenExits) narrow(platformTest(sourceCode, statement.test).whenTrue);
        }
        break;
      }
      default:
        break;
    }
  }
  return result;
}

/** `uni.authorize({ success() {…} })`, `uni.authorize({…}).then(() => …)`: a callback of uni.authorize. */
function isUniAuthorizeCallback(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression): boolean {
  const isAuthorize = (call: TSESTree.Node | undefined): boolean =>
    call?.type === 'CallExpression' &&
    call.callee.type === 'MemberExpression' &&
    call.callee.object.type === 'Identifier' &&
    call.callee.object.name === 'uni' &&
    staticPropertyName(call.callee) === 'authorize';
  const holder = fn.parent;
  if (holder?.type === 'Property' && holder.value === fn && ['success', 'fail', 'complete'].includes(propertyKeyName(holder) ?? '')) {
    const options = holder.parent;
    return options?.type === 'ObjectExpression' && isAuthorize(options.parent) && (options.parent as TSESTree.CallExpression).arguments[0] === options;
  }
  // uni.authorize(…).then(onGranted, onRefused), .catch, .finally
  if (holder?.type === 'CallExpression' && holder.arguments.includes(fn) && holder.callee.type === 'MemberExpression') {
    return ['then', 'catch', 'finally'].includes(staticPropertyName(holder.callee) ?? '') && isAuthorize(holder.callee.object);
  }
  return false;
}

type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;
/** How many helpers up (a method called from a method called from an authorize callback) callers are followed. */
const MAX_CALLER_DEPTH = 4;

/**
 * The platforms the same-file helper holding `node` runs on, judged by its callers: an object or class method or
 * class field function (`downLoadImg() {…}` called as `that.downLoadImg()`) or a function declaration, every use of whose name in this
 * file is a call, each restricted to some platforms (inside a uni.authorize callback, a platform test, an `#ifdef`,
 * or a helper so restricted in turn): their union. Code in the helper runs only once it is called. Undefined when
 * any use is not such a call (a template handler, a value passed on, a name in a string, an export, another
 * definition of the name) or it has no call here: then callers elsewhere may run it anywhere.
 */
function callerPlatforms(
  sourceCode: Context['sourceCode'],
  node: TSESTree.Node,
  regions: PlatformRegions,
  seen: Set<TSESTree.Node>,
  depth: number,
): Set<Platform> | undefined {
  const helper = enclosingHelper(node);
  if (!helper || depth >= MAX_CALLER_DEPTH || seen.has(helper.fn)) return undefined;
  seen.add(helper.fn);
  const uses = identifierUses(sourceCode, helper.name);
  const callSites: TSESTree.CallExpression[] = [];
  for (const use of uses) {
    if (use === helper.id) continue;
    const parent = use.parent;
    if (parent?.type === 'MemberExpression' && parent.property === use && !parent.computed && parent.parent?.type === 'CallExpression' && parent.parent.callee === parent) {
      callSites.push(parent.parent);
    } else if (helper.fn.type === 'FunctionDeclaration' && parent?.type === 'CallExpression' && parent.callee === use) {
      callSites.push(parent);
    } else {
      return undefined;
    }
  }
  if (!callSites.length) return undefined;
  const union = new Set<Platform>();
  for (const call of callSites) {
    let site = guardPlatforms(sourceCode, call);
    const compiled = compiledFor(regions, call.range[0]);
    if (compiled) site = intersect(site, compiled);
    const outer = callerPlatforms(sourceCode, call, regions, seen, depth + 1);
    if (outer) site = intersect(site, outer);
    if (!site) return undefined;
    for (const platform of site) union.add(platform);
  }
  return union;
}

/** The nearest method or function declaration around `node` that its name can call, with that name. */
function enclosingHelper(node: TSESTree.Node): { fn: FunctionNode; name: string; id: TSESTree.Identifier } | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'FunctionDeclaration') {
      if (!current.id || current.parent?.type === 'ExportNamedDeclaration' || current.parent?.type === 'ExportDefaultDeclaration') return undefined;
      return { fn: current, name: current.id.name, id: current.id };
    }
    if (current.type !== 'FunctionExpression' && current.type !== 'ArrowFunctionExpression') continue;
    const holder = current.parent;
    if (
      (holder?.type === 'Property' || holder?.type === 'MethodDefinition' || holder?.type === 'PropertyDefinition') &&
      holder.value === current &&
      !(holder.type === 'Property' && isCallOption(holder))
    ) {
      if (holder.computed || holder.key.type !== 'Identifier') return undefined;
      return { fn: current, name: holder.key.name, id: holder.key };
    }
    // A callback (`success` of an API's options) or a local function: it runs only while (or after) the function
    // around it runs.
  }
  return undefined;
}

/** A property of the options object an API call takes (`uni.downloadFile({ success() {…} })`): a callback, not a method. */
function isCallOption(holder: TSESTree.Property): boolean {
  const object = holder.parent;
  const call = object?.parent;
  return object?.type === 'ObjectExpression' && call?.type === 'CallExpression' && call.callee.type === 'MemberExpression' && call.arguments.includes(object);
}

const identifiersByFile = new WeakMap<object, Map<string, TSESTree.Identifier[]>>();

/**
 * Every identifier named `name` in the file's code, or none when the name also occurs outside it (a Vue template,
 * a string, a second script): those uses cannot be told apart, so no use counts as known.
 */
function identifierUses(sourceCode: Context['sourceCode'], name: string): TSESTree.Identifier[] {
  let byName = identifiersByFile.get(sourceCode.ast);
  if (!byName) {
    byName = new Map();
    const index = byName;
    const visit = (n: TSESTree.Node): void => {
      if (n.type === 'Identifier') {
        const list = index.get(n.name);
        if (list) list.push(n);
        else index.set(n.name, [n]);
      }
      for (const key of sourceCode.visitorKeys[n.type] ?? []) {
        const child = (n as unknown as Record<string, unknown>)[key];
        if (Array.isArray(child)) {
          for (const c of child as unknown[]) if (c && typeof c === 'object' && 'type' in c) visit(c as TSESTree.Node);
        } else if (child && typeof child === 'object' && 'type' in child) {
          visit(child as TSESTree.Node);
        }
      }
    };
    visit(sourceCode.ast);
    identifiersByFile.set(sourceCode.ast, byName);
  }
  const uses = byName.get(name) ?? [];
  const word = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
  const comments = sourceCode.getAllComments();
  let inText = 0;
  for (const match of sourceCode.text.matchAll(word)) {
    if (!comments.some((c) => c.range[0] <= match.index && match.index < c.range[1])) inText++;
  }
  return inText === uses.length ? uses : [];
}

