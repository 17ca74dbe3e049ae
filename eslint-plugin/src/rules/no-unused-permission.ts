// 过度索取: a permission or purpose key the app declares but no code uses. Runs on the config files the project
// model reads (AndroidManifest.xml, Info.plist, app.json / app.config.*, manifest.json, module.json5, WeChat
// app.json, Taro app.config.*) and asks the project-wide usage index (core/usage-index.ts) what the app's code,
// its dependencies, native sources and templates use. Also reports Android permissions Google Play restricts to
// apps whose core feature needs them, such as QUERY_ALL_PACKAGES.
//
// A dependency the knowledge base does not know is never proof that nothing uses a permission. Before reporting,
// the rule asks what the app's dependencies say (core/dependency-evidence.ts): an installed package whose own
// manifest declares the permission or whose native code names it uses it, and a package with native code that the
// knowledge base has no entry for may use it when its name names the resource (react-native-calendar-events →
// calendar). Real over-declaration is still found: no such package, or only known ones that do not use it.
import { basename, dirname, join } from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import { appCodeDirs, getProjectModel } from '../core/project/index.js';
import type { AppModel } from '../core/project/api.js';
import { REMOTE_WEB_PAGE, getUsageIndex, type PermissionUsage } from '../core/usage-index.js';
import { dependencyEvidence, type DependencyEvidence } from '../core/dependency-evidence.js';
import type { Declaration, Ecosystem, SourceRange } from '../core/types.js';
import { PERMISSIONS_BY_IOS_KEY } from '../core/knowledge/requirements.js';
import { ANDROID_RESTRICTED_PERMISSIONS, isAndroidRuntimePermission, normaliseAndroidPermission } from '../core/knowledge/android.js';
import { HARMONY_USER_GRANT_PERMISSIONS, WECHAT_SCOPES, resolveNativePermissionId } from '../core/knowledge/native-ids.js';
import { dependencyNameSuggests } from '../core/knowledge/dependency-hints.js';
import { nameWords } from '../util/consent-guard.js';

type MessageIds = 'unusedPermission' | 'unusedRequestedPermission' | 'unusedScope' | 'unusedPurposeKey' | 'unusedPrivateInfo' | 'restrictedPermission';

export interface Options {
  /** Declaration keys to leave alone (used by native code the scan cannot see), e.g. 'android.permission.CAMERA'. */
  ignore?: string[];
  /** Restricted Android permissions the app has a Play declaration for, e.g. 'android.permission.QUERY_ALL_PACKAGES'. */
  allowRestricted?: string[];
}

const ANDROID_SOURCES = new Set<Declaration['source']>(['android-manifest', 'expo-android-permissions', 'uniapp-android-permissions']);
const IOS_SOURCES = new Set<Declaration['source']>(['info-plist', 'expo-ios-infoplist', 'uniapp-ios-privacy-description', 'expo-plugin']);
const SCOPE_SOURCES = new Set<Declaration['source']>(['wechat-permission', 'uniapp-mp-weixin-permission', 'taro-permission']);
const PRIVATE_INFO_SOURCES = new Set<Declaration['source']>([
  'wechat-required-private-infos',
  'uniapp-mp-weixin-required-private-infos',
  'taro-required-private-infos',
]);

/**
 * A declared permission is justified by the use of any of these (e.g. BLE scanning needs location on Android ≤ 11;
 * push and analytics SDKs read the phone state). Permissions missing here justify only themselves. Some hold on one
 * platform only: see NOT_JUSTIFYING_ON.
 */
const JUSTIFIED_BY: Readonly<Record<string, readonly string[]>> = {
  location: ['location', 'location-background', 'location-temporary-precise', 'bluetooth', 'nearby-devices', 'network-id', REMOTE_WEB_PAGE],
  'location-background': ['location-background'],
  microphone: ['microphone', 'speech'],
  photos: ['photos', 'photos-add', 'media-library', 'files', 'camera'],
  'photos-add': ['photos-add', 'photos', 'camera'],
  'media-library': ['media-library', 'photos', 'files'],
  // The location stored in photos is read with the photos: any photo, media or file access may read it.
  'media-location': ['media-location', 'photos', 'media-library', 'files'],
  calendar: ['calendar', 'calendar-write', 'reminders'],
  'calendar-write': ['calendar-write', 'calendar'],
  reminders: ['reminders', 'calendar'],
  bluetooth: ['bluetooth', 'nearby-devices'],
  'nearby-devices': ['nearby-devices', 'bluetooth', 'location'],
  notifications: ['notifications', 'push-token'],
  phone: ['phone', 'phone-number', 'call-log', 'device-id'],
  'phone-number': ['phone-number', 'phone'],
  'call-log': ['call-log', 'phone'],
  activity: ['activity', 'motion', 'sensors', 'health'],
  motion: ['motion', 'activity', 'sensors', 'health'],
  sensors: ['sensors', 'health', 'motion', 'activity'],
  tracking: ['tracking', 'advertising-id'],
  'advertising-id': ['advertising-id', 'tracking'],
  files: ['files', 'photos', 'media-library'],
};

type DeclarationKind = 'android' | 'ios' | 'harmony' | 'scope';

/**
 * Justifications that do not hold for a kind of declaration. Bluetooth and nearby-device scans need location on
 * Android (up to 11 and 12) and with HarmonyOS's older Bluetooth API, but iOS asks for Bluetooth alone, and a
 * WeChat mini program's Bluetooth scan needs scope.bluetooth, not scope.userLocation (the location the phone's
 * system asks for is WeChat's own).
 */
const NOT_JUSTIFYING_ON: Readonly<Record<string, Partial<Record<DeclarationKind, readonly string[]>>>> = {
  // A page shown in a web view asks for the location with the app's key on iOS alone (Android needs geolocationEnabled).
  location: { ios: ['bluetooth', 'nearby-devices'], scope: ['bluetooth', 'nearby-devices', REMOTE_WEB_PAGE], android: [REMOTE_WEB_PAGE], harmony: [REMOTE_WEB_PAGE] },
  // NSAppleMusicUsageDescription guards Apple Music and the music library (MPMediaLibrary, MusicKit): photo pickers
  // (PhotoKit, PHPicker) and file access never ask for it (iNaturalist's template key).
  'media-library': { ios: ['photos', 'files'] },
};

function justifiers(meaning: string, kind: DeclarationKind): readonly string[] {
  const all = JUSTIFIED_BY[meaning] ?? [meaning];
  const excluded = NOT_JUSTIFYING_ON[meaning]?.[kind];
  return excluded ? all.filter((used) => !excluded.includes(used)) : all;
}

/** SDK categories whose native SDKs need the permission themselves (declared for the SDK, not for JS code). */
const SDK_JUSTIFIES: Readonly<Record<string, readonly string[]>> = {
  notifications: ['push'],
  phone: ['push', 'analytics', 'attribution', 'crash-reporting'],
  tracking: ['ads', 'attribution'],
  'advertising-id': ['ads', 'attribution', 'analytics'],
  location: ['maps-location'],
};

/**
 * Meanings too broad to judge from code: storage is used by any file download or cache; accounts and unknown ids
 * have no catalogued API.
 */
// distributed-data (HarmonyOS DISTRIBUTED_DATASYNC): its kits are not in the knowledge base yet, so no use could be told.
const NOT_JUDGED = new Set(['storage', 'accounts', 'unknown', 'distributed-data']);

function isUsed(meanings: readonly string[], usage: PermissionUsage, kind: DeclarationKind): string | undefined {
  for (const meaning of meanings) {
    for (const used of justifiers(meaning, kind)) {
      const site = usage.permissions.get(used);
      if (site) return used;
    }
    for (const category of SDK_JUSTIFIES[meaning] ?? []) if (usage.sdkCategories.has(category)) return `${category} SDK`;
  }
  return undefined;
}

/**
 * UIBackgroundModes contains location (iOS keys), requiredBackgroundModes does (a WeChat background scope), or a
 * HarmonyOS ability runs a location continuous task (LOCATION_IN_BACKGROUND).
 */
function declaresBackgroundLocation(declarations: readonly Declaration[], kind: 'android' | 'ios' | 'harmony' | 'scope'): boolean {
  const key = { ios: 'UIBackgroundModes:location', scope: 'requiredBackgroundModes:location', harmony: 'backgroundModes:location', android: undefined }[kind];
  return key !== undefined && declarations.some((d) => d.key === key && !d.removed);
}

/**
 * Permissions a web page can prompt for from JavaScript (getUserMedia, geolocation). In a WebView app (Capacitor /
 * Cordova) any package, native or not, may be what triggers them.
 */
const WEB_REACHABLE = new Set(['camera', 'microphone', 'location']);
const WEBVIEW_ECOSYSTEMS: ReadonlySet<Ecosystem> = new Set(['capacitor']);

/**
 * The first of `names` that names the resource of one of the meanings, read word by word like a package name
 * (`LocationUtil` → location-util, `JG-JPush` → jg-jpush): a uni-app native module or cloud plugin the App packs, or
 * a helper an .ets file imports from an ohpm library, whose ArkTS calls the kit itself out of the scan's sight.
 */
function namedAfterResource(names: Iterable<string>, meanings: readonly string[], kind: DeclarationKind): string | undefined {
  const words = [...names].map((name) => ({ name, words: nameWords(name).join('-') }));
  for (const meaning of meanings) {
    for (const used of justifiers(meaning, kind)) {
      const found = words.find((candidate) => dependencyNameSuggests(candidate.words, used));
      if (found) return found.name;
    }
  }
  return undefined;
}

/**
 * The uni-app project a `harmony-configs/` folder belongs to: uni-app merges harmony-configs/entry/src/main/module.json5
 * into the HarmonyOS project it generates for its app-harmony build, so the permissions declared there are used by
 * the uni-app's own code (uni.getLocation needs the location permissions there, DCloud's manifest-harmony docs say).
 */
function uniAppOfHarmonyConfigs(root: string, model: ReturnType<typeof getProjectModel>): AppModel | undefined {
  if (basename(root) !== 'harmony-configs') return undefined;
  const project = dirname(root);
  for (const manifest of [join(project, 'manifest.json'), join(project, 'src', 'manifest.json')]) {
    const app = model.appForFile(manifest);
    if (app?.ecosystems.has('uni-app')) return app;
  }
  return undefined;
}

/** HarmonyOS: an imported ohpm package named after the resource, or one the app imports such a helper from. */
function packageHelperMayUse(meanings: readonly string[], usage: PermissionUsage): string | undefined {
  for (const [module, names] of usage.packageImports) {
    if (namedAfterResource([module, ...names], meanings, 'harmony')) return module;
  }
  return undefined;
}

/**
 * Resources whose names in code say what they do: a function named after biometrics (`enableTouchId`,
 * `getSupportedBiometryType`) unlocks with it. Other resources' words name much else (Edge's
 * `showNotificationPermissionReminder` is no calendar reminder; `useReducedMotion` no motion sensor), so their imported
 * names are not judged.
 */
const NAMES_SAY_USE: ReadonlySet<string> = new Set(['face-id']);

/**
 * A native package the knowledge base does not know, whose imported names are named after the resource: Edge's
 * `enableTouchId` / `getSupportedBiometryType` from its own edge-login-ui-rn log in with Face ID. A JavaScript
 * library's names (react-router's useLocation) do not count: only packages that may ship native code.
 */
function nativeHelperImportMayUse(meanings: readonly string[], usage: PermissionUsage, evidence: DependencyEvidence, kind: DeclarationKind): string | undefined {
  if (!meanings.some((meaning) => NAMES_SAY_USE.has(meaning))) return undefined;
  for (const dependency of evidence.unknown) {
    if (!dependency.native) continue;
    for (const [module, names] of usage.packageImports) {
      if (module !== dependency.name && !module.startsWith(`${dependency.name}/`)) continue;
      if (namedAfterResource(names, meanings.filter((meaning) => NAMES_SAY_USE.has(meaning)), kind)) return module;
    }
  }
  return undefined;
}

/** The dependency that may use one of the meanings, or undefined when the dependencies give no reason to think so. */
function dependencyMayUse(meanings: readonly string[], evidence: DependencyEvidence, webView: boolean, kind: DeclarationKind): string | undefined {
  for (const meaning of meanings) {
    for (const used of justifiers(meaning, kind)) {
      const use = evidence.permissions.get(used);
      // A Bluetooth package's manifest declares location for Android's scans: that says nothing about iOS.
      // A plugin's compiled iOS framework says nothing about Android or a mini-program either.
      if (use && !(use.androidOnly && (kind === 'ios' || kind === 'scope')) && !(use.iosOnly && kind !== 'ios')) return use.dependency;
      for (const dependency of evidence.unknown) {
        if (!dependency.native && !(webView && WEB_REACHABLE.has(used))) continue;
        if (dependencyNameSuggests(dependency.name, used)) return dependency.name;
      }
    }
  }
  return undefined;
}

/** The permissions a declaration stands for, or undefined when the rule does not judge it. */
function meaningsOf(declaration: Declaration): { kind: DeclarationKind; meanings: string[]; id: string } | undefined {
  const { key, source } = declaration;
  if (ANDROID_SOURCES.has(source)) {
    const id = normaliseAndroidPermission(key);
    if (!isAndroidRuntimePermission(id) && id !== 'com.google.android.gms.permission.AD_ID') return undefined;
    const meaning = resolveNativePermissionId(id)?.permission;
    return meaning && !NOT_JUDGED.has(meaning) ? { kind: 'android', meanings: [meaning], id } : undefined;
  }
  if (IOS_SOURCES.has(source)) {
    const meanings = PERMISSIONS_BY_IOS_KEY.get(key);
    return meanings ? { kind: 'ios', meanings: [...meanings], id: key } : undefined;
  }
  if (source === 'harmony-request-permissions') {
    const info = HARMONY_USER_GRANT_PERMISSIONS[key];
    return info && !NOT_JUDGED.has(info.permission) ? { kind: 'harmony', meanings: [info.permission], id: key } : undefined;
  }
  if (SCOPE_SOURCES.has(source)) {
    const info = WECHAT_SCOPES[key];
    return info ? { kind: 'scope', meanings: [info.permission], id: key } : undefined;
  }
  return undefined;
}

export default createRule<[Options], MessageIds>({
  name: 'no-unused-permission',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow declaring permissions and purpose keys that no code in the app uses, and Play-restricted permissions',
      recommended: 'warn',
      regulations: ['MIIT 337号 #7', 'MIIT 164号 2.1 场景8', 'Huawei AppGallery FAQ 5.5', 'Google Play restricted permissions'],
      fileKind: 'config',
    },
    schema: [
      {
        type: 'object',
        properties: {
          ignore: { type: 'array', items: { type: 'string' }, uniqueItems: true },
          allowRestricted: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      unusedPermission:
        '{{key}} is declared but no code in the app uses {{permission}} (过度索取). Remove it (Expo: android.blockedPermissions; manifest: tools:node="remove" for library permissions).',
      unusedRequestedPermission: '{{key}} is requested but no code in the app uses {{permission}} (过度索取). Remove its requestPermissions entry.',
      unusedScope: 'The permission scope {{key}} is declared but no code in the app uses {{permission}} (过度索取). Remove it from `permission`.',
      unusedPurposeKey: '{{key}} is declared but no code in the app uses {{permission}} (过度索取): App Review has rejected builds over purpose strings for features the app does not have. Remove it.',
      unusedPrivateInfo: 'requiredPrivateInfos lists {{api}} but no code calls it: declare only the location APIs the mini program uses.',
      restrictedPermission: '{{key}} is restricted on Google Play ({{note}}). Remove it unless it is the core feature and the Play Console declaration is made.',
    },
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const filename = context.filename;
    const model = getProjectModel();
    if (!model.configKindOf(filename)) return {};
    const sourceCode = context.sourceCode as unknown as TSESLint.SourceCode;
    const ignore = new Set(options.ignore ?? []);
    const allowRestricted = new Set((options.allowRestricted ?? []).map(normaliseAndroidPermission));
    let done = false;

    const reportAt = (range: SourceRange, messageId: MessageIds, data: Record<string, string>) => {
      const loc = { start: sourceCode.getLocFromIndex(range.start.offset), end: sourceCode.getLocFromIndex(range.end.offset) };
      context.report({ loc, messageId, data });
    };

    const run = () => {
      // One report pass per file, whatever the root node type of the language is.
      if (done) return;
      done = true;
      const parsed = model.parseConfigFile(filename, sourceCode.text);
      if (!parsed) return;
      const declarations = parsed.declarations.filter((d) => d.file === filename && !d.removed && !ignore.has(d.key));
      if (!declarations.length) return;
      const app = model.appForFile(filename);
      if (!app || app.unusedConfigFiles.has(filename)) return;
      // The code whose use counts: the app's own, or for a uni-app project's harmony-configs, the uni-app's.
      const codeApp = uniAppOfHarmonyConfigs(app.root, model) ?? app;
      let usage: PermissionUsage | undefined;
      const usageOf = () => (usage ??= getUsageIndex().forApp({ root: codeApp.root, dependencies: codeApp.dependencies, codeDirs: appCodeDirs(codeApp) }));
      let evidence: DependencyEvidence | undefined;
      const evidenceOf = () => (evidence ??= dependencyEvidence({ root: codeApp.root, dependencies: codeApp.dependencies }));
      const webView = [...app.ecosystems].some((e) => WEBVIEW_ECOSYSTEMS.has(e));
      // This file as linted (maybe an unsaved buffer), the app's other config files as the model read them.
      const appDeclarations = () => [...parsed.declarations, ...app.declarations.filter((d) => d.file !== filename)];
      const seen = new Set<string>();

      for (const declaration of declarations) {
        // A platform the app does not build for (the app-plus block of a uni-app project that ships as a mini-program).
        if (!app.platforms.has(declaration.platform)) continue;
        const dedupe = `${declaration.source}|${declaration.key}`;
        if (seen.has(dedupe)) continue;
        seen.add(dedupe);

        if (ANDROID_SOURCES.has(declaration.source)) {
          const id = normaliseAndroidPermission(declaration.key);
          const note = ANDROID_RESTRICTED_PERMISSIONS[id];
          const meaning = resolveNativePermissionId(id)?.permission;
          // Restricted permissions with no runtime meaning (package visibility, all-files access …) are findings on
          // their own; the others (SMS, background location …) are judged by use below.
          if (note && (!meaning || NOT_JUDGED.has(meaning)) && !allowRestricted.has(id)) {
            reportAt(declaration.keyRange, 'restrictedPermission', { key: id.replace(/^android\.permission\./, ''), note });
            continue;
          }
        }

        if (PRIVATE_INFO_SOURCES.has(declaration.source)) {
          const api = declaration.key.replace(/^requiredPrivateInfos:/, '');
          if (!usageOf().privateInfoApis.has(api)) reportAt(declaration.keyRange, 'unusedPrivateInfo', { api });
          continue;
        }

        const meaning = meaningsOf(declaration);
        if (!meaning) continue;
        if (isUsed(meaning.meanings, usageOf(), meaning.kind)) continue;
        // uni-app's idfa switch: the App build reads the advertising identifier, so iOS shows the tracking prompt.
        if (meaning.meanings.includes('tracking') && app.readsAdvertisingId) continue;
        // uni-app: a native module or cloud plugin the App packs, named after the resource (Push, Geolocation, JG-JPush).
        if (meaning.kind !== 'scope' && namedAfterResource(app.uniNativeModules ?? [], meaning.meanings, meaning.kind)) continue;
        // A declared location background mode is the app saying it tracks in the background (AMap / Baidu SDKs in
        // uni-app, native code the scan cannot see): the Always keys and the background scope belong with it.
        if (meaning.meanings.includes('location-background') && declaresBackgroundLocation(appDeclarations(), meaning.kind)) continue;
        if (dependencyMayUse(meaning.meanings, evidenceOf(), webView, meaning.kind)) continue;
        if (meaning.kind !== 'harmony' && meaning.kind !== 'scope' && nativeHelperImportMayUse(meaning.meanings, usageOf(), evidenceOf(), meaning.kind)) continue;
        if (meaning.kind === 'harmony' && packageHelperMayUse(meaning.meanings, usageOf())) continue;
        const permission = meaning.meanings.length === 1 ? `the ${meaning.meanings[0]} permission` : `${meaning.meanings.join(' / ')}`;
        const messageId = ({ ios: 'unusedPurposeKey', android: 'unusedPermission', harmony: 'unusedRequestedPermission', scope: 'unusedScope' } as const)[meaning.kind];
        reportAt(declaration.keyRange, messageId, {
          key: meaning.kind === 'android' ? meaning.id.replace(/^android\.permission\./, '') : meaning.id,
          permission,
        });
      }
    };

    return { Program: run, XMLDocument: run, Document: run } as unknown as TSESLint.RuleListener & Record<string, (node: TSESTree.Node) => void>;
  },
});
