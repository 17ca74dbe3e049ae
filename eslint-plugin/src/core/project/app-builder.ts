// Builds one AppModel from an app root: which ecosystems and platforms it has, every config file it reads, the
// declarations in them, where a missing declaration belongs, and which platforms could not be read.
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { ConfigFileInfo, ConfigKind, ConfigProblem, Declaration, Ecosystem, Platform } from '../types.js';
import type { AppModel, DeclarationTarget, ExpoLocale, ExpoPluginUse } from './api.js';
import { expoLocaleDeclarations, type ExpoLocaleEntry } from './parsers/expo.js';
import { child, childAt, stringValue, type ConfigDocument, type ConfigNode } from './config-tree.js';
import { hasAppDependency, isHarmonyRoot, isQuasarProject, isWebPackage } from './discovery.js';
import { resolveHarmonyReasons } from './harmony-resources.js';
import type { ParsedFile } from './parsed-file.js';
import { isUniManifest } from './parsers/uniapp.js';
import { JS_CONFIG_EXTENSIONS } from './paths.js';

export interface AppBuildContext {
  list(dir: string): ReadonlyMap<string, boolean> | undefined;
  readParsed(path: string, kind: ConfigKind): ParsedFile | undefined;
  /** A file's text, unparsed (an Xcode project.pbxproj), or undefined when it cannot be read. */
  readText(path: string): string | undefined;
}

export interface BuiltApp {
  model: AppModel;
  /** Every file and folder the model was built from, with its signature at the time (for revalidation). */
  dependencies: Map<string, string>;
}

/** Folders under ios/ that never hold the app's Info.plist. */
// `<App>-tvOS`: the Apple TV target React Native's template (up to 0.61) adds to every app; a phone app never builds
// it, and its Info.plist comes with an empty NSLocationWhenInUseUsageDescription.
const IOS_SKIP = /^(?:Pods|build|DerivedData|fastlane|vendor|\..*|.*\.(?:xcodeproj|xcworkspace|framework|bundle|app|xcassets|lproj)|.*Tests|.*-tvOS)$/;

/** Platform(s) whose declarations a config kind holds: a malformed file blinds these. */
const KIND_PLATFORMS: Readonly<Partial<Record<ConfigKind, readonly Platform[]>>> = {
  'info-plist': ['ios'],
  'infoplist-strings': ['ios'],
  'android-manifest': ['android'],
  'expo-app-json': ['ios', 'android'],
  'expo-app-config': ['ios', 'android'],
  'wechat-app-json': ['wechat'],
  'taro-app-config': ['wechat'],
  'harmony-module-json5': ['harmony'],
  'harmony-string-json': ['harmony'],
};

class AppBuilder {
  readonly dependencies = new Map<string, string>();
  readonly ecosystems = new Set<Ecosystem>();
  readonly platforms = new Set<Platform>();
  readonly configFiles: ConfigFileInfo[] = [];
  readonly unusedConfigFiles = new Set<string>();
  readonly declarations: Declaration[] = [];
  readonly problems: ConfigProblem[] = [];
  readonly unreadable = new Set<Platform>();
  readonly targets: DeclarationTarget[] = [];
  readonly expoPlugins: ExpoPluginUse[] = [];
  readonly expoLocales: ExpoLocale[] = [];
  androidPrivacy: ConfigDocument | undefined;
  uniSourceDir: string | undefined;
  readsAdvertisingId = false;
  uniNativeModules: string[] = [];
  readonly entryPages: string[] = [];

  /** The launch page of a mini-program config (`entryPagePath`, else the first of `pages`), relative to `dir`. */
  entryPage(dir: string, tree: ConfigNode | undefined): void {
    const pages = child(tree, 'pages');
    const first = pages?.type === 'array' ? pages.elements[0] : undefined;
    const page = stringValue(child(tree, 'entryPagePath')) ?? stringValue(first) ?? stringValue(child(first, 'path'));
    if (page) this.entryPages.push(join(dir, page.replace(/^\/+/, '')));
  }

  constructor(
    readonly root: string,
    private readonly context: AppBuildContext,
    private readonly signatureOf: (path: string) => string,
  ) {}

  list(dir: string): ReadonlyMap<string, boolean> | undefined {
    const entries = this.context.list(dir);
    this.dependencies.set(dir, this.signatureOf(dir));
    return entries;
  }

  has(dir: string, name: string, isDirectory = false): boolean {
    return this.list(dir)?.get(name) === isDirectory;
  }

  read(path: string, kind: ConfigKind): ParsedFile | undefined {
    const parsed = this.context.readParsed(path, kind);
    this.dependencies.set(path, this.signatureOf(path));
    return parsed;
  }

  readText(path: string): string | undefined {
    const text = this.context.readText(path);
    this.dependencies.set(path, this.signatureOf(path));
    return text;
  }

  /**
   * One language of Expo's `locales`: its JSON file is read relative to the project root (as Expo does) and
   * yields that language's purpose strings; a file that is missing or malformed is recorded with the reason.
   * (app.config.* overrides app.json: a later entry for the same language replaces the earlier one.)
   */
  expoLocale(configFile: string, entry: ExpoLocaleEntry): void {
    const previous = this.expoLocales.findIndex((l) => l.locale === entry.locale);
    if (previous >= 0) this.expoLocales.splice(previous, 1);
    const { locale, parsed, declarations } = readExpoLocale(this.root, configFile, entry, (path) => this.read(path, 'expo-locale-json'));
    this.expoLocales.push(locale);
    // Its problems are reported at the reference in app.json (the rule's locale check), not as a blinded platform.
    if (parsed) this.add({ ...parsed, problems: [] }, [], declarations);
    // Named but not there yet (a quick fix is creating it): still one of the app's config files, so that its
    // editor buffer reaches the model.
    else if (locale.file) this.configFiles.push({ file: locale.file, kind: 'expo-locale-json', hash: '' });
  }

  /** Record a config file: its declarations, problems, and (if unreadable) the platforms it blinds. */
  add(parsed: ParsedFile, blinds: readonly Platform[] = KIND_PLATFORMS[parsed.kind] ?? [], declarations = parsed.declarations): void {
    this.configFiles.push({ file: parsed.file, kind: parsed.kind, hash: parsed.hash });
    this.declarations.push(...declarations);
    this.problems.push(...parsed.problems);
    if (parsed.unreadable) for (const p of blinds) this.unreadable.add(p);
  }

  target(platform: Platform, file: string, kind: ConfigKind, where: string): void {
    if (this.targets.some((t) => t.platform === platform && t.file === file)) return;
    const path = relative(this.root, file) || file;
    this.targets.push({ platform, file, kind, label: where ? `${path} ${where}` : path });
  }

  /** The first `<base>.<ext>` that exists in `dir`. */
  firstJsConfig(dir: string, base: string): string | undefined {
    const entries = this.list(dir);
    for (const ext of JS_CONFIG_EXTENSIONS) if (entries?.get(`${base}.${ext}`) === false) return join(dir, `${base}.${ext}`);
    return undefined;
  }
}

/** Dependencies a Capacitor shell's native build takes from its workspace: Capacitor, Cordova and Ionic Native plugins. */
const CAPACITOR_SHELL_DEPENDENCY = /^(?:@capacitor\/|@capacitor-community\/|@capacitor-firebase\/|@capacitor-mlkit\/|cordova-|@awesome-cordova-plugins\/|@ionic-native\/)/;

/** How many folders up a Capacitor shell folder looks for its workspace's package.json. */
const MAX_WORKSPACE_DEPTH = 5;

function workspaceCapacitorDependencies(b: AppBuilder, root: string): Record<string, string> | undefined {
  let dir = dirname(root);
  for (let depth = 0; depth < MAX_WORKSPACE_DEPTH && dir !== dirname(dir); depth++, dir = dirname(dir)) {
    if (b.list(dir)?.get('package.json') !== false) continue;
    const dependencies = b.read(join(dir, 'package.json'), 'package-json')?.pkg?.dependencies;
    if (!dependencies || !Object.keys(dependencies).some((name) => name.startsWith('@capacitor/'))) continue;
    // Only the native plugins: the workspace's other apps' frameworks (react-native, expo, @tarojs) are not this app's.
    return Object.fromEntries(Object.entries(dependencies).filter(([name]) => CAPACITOR_SHELL_DEPENDENCY.test(name)));
  }
  return undefined;
}

export function buildApp(root: string, context: AppBuildContext, signatureOf: (path: string) => string): BuiltApp {
  const b = new AppBuilder(root, context, signatureOf);
  const entries = b.list(root) ?? new Map<string, boolean>();

  // package.json
  const packageFile = join(root, 'package.json');
  const pkgParsed = entries.get('package.json') === false ? b.read(packageFile, 'package-json') : undefined;
  if (pkgParsed) b.add(pkgParsed, []);
  const pkg = pkgParsed?.pkg;
  // Quasar's Capacitor mode: the Capacitor project is src-capacitor/ (its own package.json with the native plugins,
  // capacitor.config.*, ios/ and android/), the app's code src/ beside quasar.config.*, which Quasar builds into it.
  const quasarShell = isQuasarProject(entries) && entries.get('src-capacitor') === true ? join(root, 'src-capacitor') : undefined;
  const shellEntries = quasarShell ? (b.list(quasarShell) ?? new Map<string, boolean>()) : entries;
  const shellPackage = quasarShell && shellEntries.get('package.json') === false ? b.read(join(quasarShell, 'package.json'), 'package-json') : undefined;
  if (shellPackage) b.add(shellPackage, []);
  const capacitorRoot = quasarShell ?? root;
  const capacitorConfig = [...shellEntries.keys()].some((n) => /^capacitor\.config\.(?:[cm]?[jt]s|json)$/.test(n));
  // A Capacitor shell folder with no package.json of its own (an Nx app's apps/<name>/app-native): its plugins are
  // the workspace's, listed in the nearest package.json above that names a Capacitor package.
  const dependencies = {
    ...(pkg?.dependencies ?? (capacitorConfig ? workspaceCapacitorDependencies(b, root) : undefined) ?? {}),
    ...shellPackage?.pkg?.dependencies,
  };
  const hasDep = (name: string) => name in dependencies;
  const hasDepPrefix = (prefix: string) => Object.keys(dependencies).some((d) => d.startsWith(prefix));

  if (hasDep('react-native')) b.ecosystems.add('react-native');

  // Capacitor (read first: it may move the native folders).
  const capacitorName = [...shellEntries.keys()].find((n) => /^capacitor\.config\.(?:[cm]?[jt]s|json)$/.test(n));
  let iosDir = join(capacitorRoot, 'ios');
  let androidDir = join(capacitorRoot, 'android');
  const isCapacitor = capacitorName !== undefined || hasDepPrefix('@capacitor/');
  if (isCapacitor) {
    b.ecosystems.add('capacitor');
    if (capacitorName) {
      const capacitor = b.read(join(capacitorRoot, capacitorName), 'capacitor-config');
      if (capacitor) {
        b.add(capacitor, []);
        const iosPath = stringValue(childAt(capacitor.tree, ['ios', 'path']));
        const androidPath = stringValue(childAt(capacitor.tree, ['android', 'path']));
        if (iosPath) iosDir = resolve(capacitorRoot, iosPath);
        if (androidPath) androidDir = resolve(capacitorRoot, androidPath);
      }
    }
  }

  // Expo
  const appJsonFile = join(root, 'app.json');
  const appJsonProbe = entries.get('app.json') === false ? b.read(appJsonFile, 'package-json') : undefined;
  const appJsonIsExpo = child(appJsonProbe?.tree, 'expo') !== undefined;
  const isExpo = hasDep('expo') || appJsonIsExpo;
  const expoTargetFiles: { file: string; kind: ConfigKind; hasInfoPlist: boolean; hasAndroidPermissions: boolean; extendsBase: boolean }[] = [];
  let expoPlatforms: Platform[] | undefined;
  if (isExpo) {
    b.ecosystems.add('expo');
    b.ecosystems.add('react-native');
    const expoFiles: ParsedFile[] = [];
    const appConfigFile = b.firstJsConfig(root, 'app.config');
    const appConfig = appConfigFile ? b.read(appConfigFile, 'expo-app-config') : undefined;
    // Expo hands app.json to app.config.* only when that exports a function of it (`({ config }) => …`): a config
    // that exports an object of its own, and neither imports nor requires app.json, is all Expo reads.
    const appJsonUnused = !!appConfig && !appConfig.unreadable && appConfig.tree?.type === 'object' && appConfig.expo?.extendsBaseConfig === false && !appConfig.expo.readsAppJson;
    if (appJsonProbe && (appJsonIsExpo || appJsonProbe.unreadable)) {
      if (appJsonUnused) b.unusedConfigFiles.add(appJsonFile);
      else {
        const appJson = b.read(appJsonFile, 'expo-app-json');
        if (appJson) expoFiles.push(appJson);
      }
    }
    if (appConfig) {
      // `{ ...require('./app.base.json').expo, … }`: that file's config is the base this one extends.
      for (const module of appConfig.expo?.baseJsonModules ?? []) {
        const baseFile = resolve(dirname(appConfig.file), module);
        if (baseFile === appJsonFile && expoFiles.some((parsed) => parsed.file === appJsonFile)) continue;
        const base = b.read(baseFile, 'expo-app-json');
        if (base && !base.unreadable && child(base.tree, 'expo')?.type === 'object') expoFiles.push(base);
        else for (const p of ['ios', 'android'] as const) b.unreadable.add(p);
      }
      expoFiles.push(appConfig);
    }
    for (const parsed of expoFiles) {
      b.add(parsed);
      for (const p of parsed.expo?.opaquePlatforms ?? []) b.unreadable.add(p);
      for (const plugin of parsed.expo?.plugins ?? []) b.expoPlugins.push(plugin);
      for (const entry of parsed.expo?.locales ?? []) b.expoLocale(parsed.file, entry);
      if (parsed.expo?.platforms) expoPlatforms = parsed.expo.platforms;
      expoTargetFiles.push({
        file: parsed.file,
        kind: parsed.kind,
        hasInfoPlist: childAt(parsed.expo?.config, ['ios', 'infoPlist']) !== undefined,
        hasAndroidPermissions: childAt(parsed.expo?.config, ['android', 'permissions']) !== undefined,
        extendsBase: parsed.expo?.extendsBaseConfig ?? false,
      });
    }
    const targeted = expoPlatforms ?? (['ios', 'android', ...(hasDep('react-native-web') ? (['web'] as const) : [])] as Platform[]);
    for (const p of targeted) b.platforms.add(p);
    // Prefer the file that already carries the section; else app.json when app.config extends it (or is absent).
    const pick = (has: (t: (typeof expoTargetFiles)[number]) => boolean) => {
      const withSection = expoTargetFiles.find(has);
      if (withSection) return withSection;
      const config = expoTargetFiles.find((t) => t.kind === 'expo-app-config');
      const json = expoTargetFiles.find((t) => t.kind === 'expo-app-json');
      return config && !config.extendsBase ? config : (json ?? config);
    };
    const iosTarget = expoTargetFiles.length ? pick((t) => t.hasInfoPlist) : undefined;
    const androidTarget = expoTargetFiles.length ? pick((t) => t.hasAndroidPermissions) : undefined;
    // Native folders committed after `expo prebuild` are what the build uses: they come first (read below).
    if (iosTarget && b.platforms.has('ios')) b.targets.push(expoTarget(b.root, 'ios', iosTarget.file, iosTarget.kind, 'ios.infoPlist'));
    if (androidTarget && b.platforms.has('android')) b.targets.push(expoTarget(b.root, 'android', androidTarget.file, androidTarget.kind, 'android.permissions'));
  }

  // Native iOS / Android folders (bare React Native, Expo prebuild, Capacitor).
  const plists = findInfoPlists(b, iosDir);
  for (const plist of plists) {
    const parsed = b.read(plist, 'info-plist');
    if (!parsed) continue;
    b.add(parsed);
    b.platforms.add('ios');
    const plistDir = join(plist, '..');
    // The .lproj folders beside Info.plist, or in the folder of the Xcode project when a group puts them there
    // (tooot keeps ios/<locale>.lproj/InfoPlist.strings).
    const projectDir = dirname(plistDir);
    const xcodeProject = [...(b.list(projectDir) ?? [])].some(([name, isDirectory]) => isDirectory && name.endsWith('.xcodeproj'));
    for (const dir of xcodeProject ? [plistDir, projectDir] : [plistDir]) {
      for (const [name, isDirectory] of b.list(dir) ?? []) {
        if (!isDirectory || !name.endsWith('.lproj')) continue;
        const stringsFile = join(dir, name, 'InfoPlist.strings');
        if (!b.has(join(dir, name), 'InfoPlist.strings')) continue;
        const strings = b.read(stringsFile, 'infoplist-strings');
        if (strings) b.add(strings);
      }
    }
  }
  if (plists.length) b.targets.unshift({ platform: 'ios', file: plists[0], kind: 'info-plist', label: relative(root, plists[0]) });
  const manifest = findAndroidManifest(b, androidDir);
  if (manifest) {
    const parsed = b.read(manifest, 'android-manifest');
    if (parsed) {
      b.add(parsed);
      b.platforms.add('android');
      b.targets.unshift({ platform: 'android', file: manifest, kind: 'android-manifest', label: relative(root, manifest) });
      // The app's other Gradle modules (a scanner library in android/scanner) are merged into its manifest: what they
      // declare is declared. The app module's manifest stays the one quick fixes write to.
      for (const other of androidModuleManifests(b, androidDir)) {
        if (other === manifest) continue;
        const declared = b.read(other, 'android-manifest');
        if (declared && !declared.unreadable) b.add(declared, []);
      }
    }
  }
  if (isCapacitor) {
    // A Capacitor platform folder without a readable config still means the platform is targeted.
    if (b.list(iosDir)) b.platforms.add('ios');
    if (b.list(androidDir)) b.platforms.add('android');
  }

  // WeChat native mini-program: app.json with pages (at the root or in project.config.json's miniprogramRoot).
  const isTaro = hasDepPrefix('@tarojs/');
  const isUni = hasDepPrefix('@dcloudio/') || isUniManifestAt(b, root) || isUniManifestAt(b, join(root, 'src'));
  if (!isExpo && !isTaro && !isUni) {
    let wechatDir = root;
    if (entries.get('project.config.json') === false) {
      const project = b.read(join(root, 'project.config.json'), 'package-json');
      const miniprogramRoot = stringValue(child(project?.tree, 'miniprogramRoot'));
      if (miniprogramRoot) wechatDir = resolve(root, miniprogramRoot);
    }
    if (b.has(wechatDir, 'app.json')) {
      const file = join(wechatDir, 'app.json');
      const probe = b.read(file, 'package-json');
      if (probe && (probe.unreadable || child(probe.tree, 'pages')?.type === 'array')) {
        const appJson = b.read(file, 'wechat-app-json');
        if (appJson) {
          b.ecosystems.add('wechat');
          b.platforms.add('wechat');
          b.add(appJson);
          b.entryPage(wechatDir, probe.tree);
          b.target('wechat', file, 'wechat-app-json', 'permission / requiredPrivateInfos');
        }
      }
    }
  }

  // uni-app: manifest.json at the root (HBuilderX) or in src/ (CLI), or manifest.config.ts at the root (see below).
  if (isUni) {
    b.ecosystems.add('uni-app');
    const manifestConfig = uniManifestConfig(b, root, hasDep('@uni-helper/vite-plugin-uni-manifest'));
    // The folder the build reads pages.json and androidPrivacy.json from: beside manifest.json, or the source folder
    // that manifest.config.ts generates manifest.json into.
    const manifestDir = manifestConfig
      ? b.has(root, 'src', true) ? join(root, 'src') : root
      : b.has(root, 'manifest.json') ? root : b.has(join(root, 'src'), 'manifest.json') ? join(root, 'src') : undefined;
    if (manifestDir) {
      b.uniSourceDir = manifestDir;
      const file = manifestConfig ?? join(manifestDir, 'manifest.json');
      const parsed = b.read(file, 'uniapp-manifest');
      if (parsed) {
        const sections = parsed.uni;
        const blinds: Platform[] = ['ios', 'android', 'wechat'];
        b.add(parsed, blinds);
        // Every HBuilderX manifest has an app-plus block. A project that fills in its mini-program appid and never
        // configured anything for an App build (app-plus left as generated, no androidPrivacy.json, no nativeplugins/,
        // no App page styles in pages.json) ships as a mini-program: its App platforms are not targets.
        const appMadeForApp =
          !!sections?.appPlus && (sections.appConfigured || b.has(manifestDir, 'androidPrivacy.json') || b.has(manifestDir, 'nativeplugins', true));
        const buildsApp =
          !!sections?.appPlus &&
          (appMadeForApp || !sections.mpWeixinAppid || hasKey(b.read(join(manifestDir, 'pages.json'), 'package-json')?.tree, 'app-plus'));
        if (buildsApp) b.platforms.add('android');
        if (buildsApp && sections?.iosDistribute) b.platforms.add('ios');
        // The reverse: an App project (its own App configuration) whose mp-weixin block is still HBuilderX's template
        // (no appid, nothing set) is not built as a WeChat mini-program (open-im-uniapp-demo).
        if (sections?.mpWeixin && !(sections.mpWeixinTemplate && appMadeForApp)) b.platforms.add('wechat');
        if (sections?.h5) b.platforms.add('web');
        if (sections?.iosIdfa && b.platforms.has('ios')) b.readsAdvertisingId = true;
        if (buildsApp && sections?.nativeModules.length) b.uniNativeModules.push(...sections.nativeModules);
        if (parsed.unreadable) for (const p of blinds) b.platforms.add(p);
        // create-unibest writes every platform's section and script into the project, and records the ones the
        // developer chose in package.json: the others are not built.
        const chosen = pkg?.unibestPlatforms;
        if (chosen) {
          const builds: Record<string, boolean> = { android: chosen.some((p) => p.startsWith('app')), ios: chosen.some((p) => p.startsWith('app')), wechat: chosen.includes('mp-weixin'), web: chosen.includes('h5') };
          for (const platform of [...b.platforms]) if (builds[platform] === false) b.platforms.delete(platform);
        }
        if (b.platforms.has('ios')) b.target('ios', file, 'uniapp-manifest', 'app-plus.distribute.ios.privacyDescription');
        if (b.platforms.has('android')) b.target('android', file, 'uniapp-manifest', 'app-plus.distribute.android.permissions');
        if (b.platforms.has('wechat')) b.target('wechat', file, 'uniapp-manifest', 'mp-weixin.permission / mp-weixin.requiredPrivateInfos');
      }
      // HBuilderX's 应用清单文件: an AndroidManifest.xml beside manifest.json that the cloud build merges into the App's
      // manifest. Its permissions are declared; one marked tools:node="remove" is taken out of whatever the build adds.
      if (b.platforms.has('android') && b.has(manifestDir, 'AndroidManifest.xml')) {
        const merged = b.read(join(manifestDir, 'AndroidManifest.xml'), 'android-manifest');
        if (merged && !merged.unreadable) b.add(merged, []);
      }
      if (b.has(manifestDir, 'pages.json')) b.entryPage(manifestDir, b.read(join(manifestDir, 'pages.json'), 'package-json')?.tree);
      if (b.has(manifestDir, 'androidPrivacy.json')) {
        const privacy = b.read(join(manifestDir, 'androidPrivacy.json'), 'uniapp-android-privacy');
        if (privacy) {
          b.add(privacy, []);
          if (privacy.tree) b.androidPrivacy = { file: privacy.file, root: privacy.tree };
        }
      }
    }
  }

  // Taro: src/app.config.* (the mini-program app.json, written in TS/JS); Taro 1.x / 2.x: the `config` field of the
  // App class in src/app.jsx.
  if (isTaro) {
    b.ecosystems.add('taro');
    const configFile = b.firstJsConfig(join(root, 'src'), 'app.config') ?? b.firstJsConfig(join(root, 'src'), 'app');
    if (configFile) {
      const parsed = b.read(configFile, 'taro-app-config');
      // A Taro 3 src/app.ts without app.config is code, not config: it counts only with a class `config` field.
      const isClassConfig = !/app\.config\.[^/\\]+$/.test(configFile);
      if (parsed && !(isClassConfig && (!parsed.tree || parsed.tree.type === 'unknown'))) {
        b.add(parsed);
        b.platforms.add('wechat');
        b.target('wechat', configFile, 'taro-app-config', 'permission / requiredPrivateInfos');
        b.entryPage(join(root, 'src'), parsed.tree);
      }
    }
    if (hasDep('@tarojs/plugin-platform-h5') || hasDep('@tarojs/h5')) b.platforms.add('web');
  }

  // HarmonyOS: every module's module.json5 (build-profile.json5 modules, else <dir>/src/main/module.json5).
  if (isHarmonyRoot(root, entries, { list: (d) => b.list(d), readJson: (p, k) => b.read(p, k) })) {
    b.ecosystems.add('harmony');
    for (const moduleFile of harmonyModules(b, root)) {
      const parsed = b.read(moduleFile, 'harmony-module-json5');
      if (!parsed) continue;
      const resolved = parsed.unreadable ? parsed.declarations : resolveHarmonyReasons(parsed, (p, k) => b.read(p, k), (d) => b.list(d));
      b.add(parsed, ['harmony'], resolved);
      b.platforms.add('harmony');
      for (const file of new Set(resolved.map((d) => d.harmony?.reasonFile).filter((f): f is string => f !== undefined))) {
        const strings = b.read(file, 'harmony-string-json');
        if (strings) b.add(strings);
      }
      const isEntry = parsed.harmony?.moduleType === 'entry';
      if (isEntry) {
        const page = harmonyEntryPage(b, moduleFile, parsed.tree);
        if (page) b.entryPages.push(page);
      }
      const target: DeclarationTarget = { platform: 'harmony', file: moduleFile, kind: 'harmony-module-json5', label: `${relative(root, moduleFile)} module.requestPermissions` };
      if (isEntry) b.targets.unshift(target);
      else b.targets.push(target);
    }
  }

  // Web: a package that ships a browser framework or its own index.html, and is none of the app frameworks above.
  // Capacitor code is web code too (the same browser APIs run in its WebView). Taro and uni-app projects often
  // depend on react-dom / vue, but their code is written against Taro.* / uni.*, not the browser.
  const isNativeFamily = isExpo || isTaro || isUni || isCapacitor || b.ecosystems.has('react-native') || b.ecosystems.has('wechat') || b.ecosystems.has('harmony');
  const isWeb = isWebPackage(pkg) || (pkg !== undefined && !hasAppDependency(pkg) && entries.get('index.html') === false);
  if (isWeb && (!isNativeFamily || (isCapacitor && !isTaro && !isUni))) b.ecosystems.add('web');
  if (isWeb && !isNativeFamily) b.platforms.add('web');

  // Unreadable platforms only matter where the app targets them.
  for (const p of [...b.unreadable]) if (!b.platforms.has(p)) b.unreadable.delete(p);
  // Targets: order by platform preference recorded above, but keep only targeted platforms.
  const targets = sortTargets(b.targets.filter((t) => b.platforms.has(t.platform)));

  const model: AppModel = {
    root,
    ecosystems: b.ecosystems,
    platforms: b.platforms,
    configFiles: b.configFiles,
    declarations: b.declarations,
    problems: b.problems,
    dependencies,
    expoPlugins: b.expoPlugins,
    expoLocales: b.expoLocales,
    targets,
    unreadablePlatforms: b.unreadable,
    unusedConfigFiles: b.unusedConfigFiles,
    ...(b.androidPrivacy ? { androidPrivacy: b.androidPrivacy } : {}),
    ...(b.uniSourceDir ? { uniSourceDir: b.uniSourceDir } : {}),
    ...(b.readsAdvertisingId ? { readsAdvertisingId: true } : {}),
    ...(b.uniNativeModules.length ? { uniNativeModules: b.uniNativeModules } : {}),
    entryPages: b.entryPages,
  };
  return { model, dependencies: b.dependencies };
}

function expoTarget(root: string, platform: Platform, file: string, kind: ConfigKind, section: string): DeclarationTarget {
  const isJson = kind === 'expo-app-json';
  return { platform, file, kind, label: `${relative(root, file)} ${isJson ? 'expo.' : ''}${section}` };
}

/** Stable per-platform order: ios, android, wechat, harmony, web; within a platform, insertion (preference) order. */
function sortTargets(targets: DeclarationTarget[]): DeclarationTarget[] {
  const order: Platform[] = ['ios', 'android', 'wechat', 'harmony', 'web'];
  return order.flatMap((p) => targets.filter((t) => t.platform === p));
}

/** Whether `key` is a member name anywhere in the tree (pages.json page styles: `"style": { "app-plus": { … } }`). */
function hasKey(node: ConfigNode | undefined, key: string): boolean {
  if (!node) return false;
  if (node.type === 'object') return node.members.some((member) => member.key === key || hasKey(member.value, key));
  if (node.type === 'array') return node.elements.some((element) => hasKey(element, key));
  return false;
}

/**
 * A root manifest.config.ts / .js (@uni-helper/vite-plugin-uni-manifest, as in the unibest template): the build writes
 * src/manifest.json from it, so it is the manifest whenever the plugin is installed, and where no manifest.json exists.
 */
function uniManifestConfig(b: AppBuilder, root: string, hasPlugin: boolean): string | undefined {
  const file = b.firstJsConfig(root, 'manifest.config');
  if (!file) return undefined;
  if (hasPlugin) return file;
  return b.has(root, 'manifest.json') || b.has(join(root, 'src'), 'manifest.json') ? undefined : file;
}

function isUniManifestAt(b: AppBuilder, dir: string): boolean {
  if (!b.has(dir, 'manifest.json')) return false;
  const probe = b.read(join(dir, 'manifest.json'), 'package-json');
  // A manifest.json that does not parse is still uni-app's when it sits where uni-app keeps it next to pages.json.
  return isUniManifest(probe?.tree) || (probe?.unreadable === true && b.has(dir, 'pages.json'));
}

/**
 * The app's Info.plist: ios/<Target>/Info.plist (bare RN, Expo prebuild) or ios/App/App/Info.plist (Capacitor).
 * When an <Name>.xcodeproj sits next to a <Name>/ folder, that folder is the app target; extension targets'
 * plists (widgets, notification services) do not declare the app's purpose strings.
 */
function findInfoPlists(b: AppBuilder, iosDir: string): string[] {
  const found: { file: string; isAppTarget: boolean; projects: string[] }[] = [];
  const visit = (dir: string, depth: number) => {
    const entries = b.list(dir);
    if (!entries) return;
    const projects = new Set([...entries.keys()].filter((n) => n.endsWith('.xcodeproj')).map((n) => n.slice(0, -'.xcodeproj'.length)));
    for (const [name, isDirectory] of entries) {
      if (!isDirectory || IOS_SKIP.test(name)) continue;
      const sub = join(dir, name);
      if (b.list(sub)?.get('Info.plist') === false) {
        found.push({ file: join(sub, 'Info.plist'), isAppTarget: projects.has(name), projects: [...projects].map((p) => join(dir, `${p}.xcodeproj`)) });
      }
      else if (depth < 1) visit(sub, depth + 1);
    }
  };
  visit(iosDir, 0);
  const appTargets = found.filter((f) => f.isAppTarget);
  // Another folder's Info.plist is an extension's (built with the app) or a leftover of a renamed target: when the
  // Xcode project does not name the folder at all (no target, group or INFOPLIST_FILE), it ships no text, and nothing
  // is reported on it. (`INFOPLIST_FILE = "$(TARGET_NAME)/Info.plist"` names no folder, but the target names it.)
  for (const f of found) {
    if (f.isAppTarget || !appTargets.length) continue;
    const projects = f.projects.map((project) => b.readText(join(project, 'project.pbxproj')));
    const folder = basename(dirname(f.file));
    if (projects.length && projects.every((text) => text !== undefined && !projectBuildsPlistIn(text, folder))) b.unusedConfigFiles.add(f.file);
  }
  return (appTargets.length ? appTargets : found).map((f) => f.file).sort();
}

const INFOPLIST_FILE = /\bINFOPLIST_FILE\s*=\s*"?([^";\n]+?)"?\s*;/g;
const NATIVE_TARGET_NAME = /isa = PBXNativeTarget;[\s\S]*?\bname = "?([^";\n]+?)"?;/g;
const TARGET_NAME_VARIABLE = /\$[({]TARGET_NAME[)}]/g;

/**
 * Whether an Xcode project builds an Info.plist in `folder`: one of its targets has the folder's name, or one of its
 * INFOPLIST_FILE settings names the folder (`$(TARGET_NAME)/Info.plist` through its targets' names). A folder named only elsewhere (a renamed target's
 * leftover in a container proxy's remoteInfo or a Pods xcconfig name, yingshi-rn's ios/yingshi/) is not built. A
 * project with no INFOPLIST_FILE at all is judged by any mention of the folder.
 */
function projectBuildsPlistIn(pbxproj: string, folder: string): boolean {
  const settings = [...pbxproj.matchAll(INFOPLIST_FILE)].map((m) => m[1].trim());
  if (!settings.length) return pbxproj.includes(folder);
  const targets = [...pbxproj.matchAll(NATIVE_TARGET_NAME)].map((m) => m[1]);
  // A target of the folder's name builds it too (its plist may be set in an xcconfig the project only references).
  if (targets.includes(folder)) return true;
  return settings.some((setting) => {
    const path = setting.replace(/^\$[({](?:SRCROOT|PROJECT_DIR)[)}]\//, '');
    const paths = path.includes('TARGET_NAME') ? targets.map((target) => path.replace(TARGET_NAME_VARIABLE, target)) : [path];
    return paths.some((candidate) => {
      const dir = candidate.slice(0, candidate.lastIndexOf('/'));
      return dir === folder || dir.endsWith(`/${folder}`);
    });
  });
}

/**
 * The page a HarmonyOS entry module opens at launch (without extension): the one its main ability loads with a
 * literal `windowStage.loadContent('pages/Index', …)` (module.json5 `mainElement` → that ability's `srcEntry`).
 * Undefined when the page is chosen at run time (a variable), so no page is taken for the entry by guess.
 */
function harmonyEntryPage(b: AppBuilder, moduleFile: string, tree: ConfigNode | undefined): string | undefined {
  const module = child(tree, 'module');
  const main = stringValue(child(module, 'mainElement'));
  const abilities = child(module, 'abilities');
  if (!main || abilities?.type !== 'array') return undefined;
  const ability = abilities.elements.find((element) => stringValue(child(element, 'name')) === main);
  const source = stringValue(child(ability, 'srcEntry'));
  if (!source) return undefined;
  const mainDir = dirname(moduleFile);
  const text = b.readText(resolve(mainDir, source));
  const loaded = text && /\.(?:loadContent|setUIContent)\s*\(\s*['"]([\w./-]+)['"]/.exec(text);
  return loaded ? join(mainDir, 'ets', loaded[1].replace(/\.ets$/, '')) : undefined;
}

/** Every Gradle module's src/main/AndroidManifest.xml directly under the android folder. */
function androidModuleManifests(b: AppBuilder, androidDir: string): string[] {
  const manifests: string[] = [];
  for (const [name, isDirectory] of b.list(androidDir) ?? []) {
    if (!isDirectory || name.startsWith('.') || name === 'build' || name === 'gradle') continue;
    const main = join(androidDir, name, 'src', 'main');
    if (b.list(main)?.get('AndroidManifest.xml') === false) manifests.push(join(main, 'AndroidManifest.xml'));
  }
  return manifests.sort();
}

/** The app module's manifest: android/app's, else the first module's. */
function findAndroidManifest(b: AppBuilder, androidDir: string): string | undefined {
  const manifests = androidModuleManifests(b, androidDir);
  return manifests.find((file) => file === join(androidDir, 'app', 'src', 'main', 'AndroidManifest.xml')) ?? manifests[0];
}

function harmonyModules(b: AppBuilder, root: string): string[] {
  const files: string[] = [];
  const profile = b.has(root, 'build-profile.json5') ? b.read(join(root, 'build-profile.json5'), 'package-json') : undefined;
  const modules = child(profile?.tree, 'modules');
  const dirs: string[] = [];
  if (modules?.type === 'array') {
    for (const m of modules.elements) {
      const srcPath = stringValue(child(m, 'srcPath'));
      if (srcPath) dirs.push(resolve(root, srcPath));
    }
  }
  if (!dirs.length) for (const [name, isDirectory] of b.list(root) ?? []) if (isDirectory && !name.startsWith('.') && name !== 'AppScope' && name !== 'node_modules' && name !== 'oh_modules') dirs.push(join(root, name));
  for (const dir of dirs) {
    const main = join(dir, 'src', 'main');
    if (b.list(main)?.get('module.json5') === false) files.push(join(main, 'module.json5'));
  }
  return files;
}

/**
 * One language of Expo's `locales`, read as Expo reads it (the path relative to the project root). Inline
 * translations are declarations of the config file itself, so only named files yield declarations here.
 */
export function readExpoLocale(
  projectRoot: string,
  configFile: string,
  entry: ExpoLocaleEntry,
  read: (path: string) => ParsedFile | undefined,
): { locale: ExpoLocale; parsed?: ParsedFile; declarations: Declaration[] } {
  if (entry.path === undefined) return { locale: { locale: entry.locale, configFile, range: entry.range }, declarations: [] };
  const file = resolve(projectRoot, entry.path);
  const parsed = read(file);
  const locale: ExpoLocale = { locale: entry.locale, configFile, range: entry.range, file };
  if (!parsed) locale.problem = `${entry.path} does not exist`;
  else if (parsed.unreadable) locale.problem = parsed.problems[0]?.message ?? `${entry.path} could not be read`;
  const declarations = parsed && !parsed.unreadable ? expoLocaleDeclarations(file, entry.locale, parsed.tree) : [];
  return { locale, ...(parsed ? { parsed } : {}), declarations };
}
