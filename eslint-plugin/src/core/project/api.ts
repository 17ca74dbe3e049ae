// The contract of the project model: what rules, the CLI and the language server may rely on.
import type { ConfigFileInfo, ConfigKind, ConfigProblem, Declaration, Ecosystem, Platform, SourceRange } from '../types.js';
import type { ConfigDocument } from './config-tree.js';
import type { FileSource } from '../file-source.js';

/** Where a missing declaration for a platform belongs (used in messages and by quick fixes). */
export interface DeclarationTarget {
  platform: Platform;
  file: string;
  kind: ConfigKind;
  /** e.g. 'Info.plist', 'app.json expo.ios.infoPlist', 'manifest.json app-plus.distribute.ios.privacyDescription'. */
  label: string;
}

/** One language of Expo's `locales` and where its translations are. */
export interface ExpoLocale {
  locale: string;
  /** The config file (app.json / app.config.*) that names it, and the range of its value there. */
  configFile: string;
  range: SourceRange;
  /** The JSON file the translations are in; undefined when they are written inline. */
  file?: string;
  /** Why that file could not be read (missing, malformed): its strings are then unknown. */
  problem?: string;
}

export interface ExpoPluginUse {
  name: string;
  options?: Record<string, unknown>;
  /** Every option the plugin entry writes, also those whose value is not a literal (`cameraPermission: \`${APP} …\``). */
  optionKeys?: string[];
  file: string;
  /** Where the plugin's name is written in `plugins`. */
  nameRange?: SourceRange;
}

export interface AppModel {
  /** Absolute path of the app root (the folder holding package.json / app.json / module.json5 ...). */
  root: string;
  ecosystems: ReadonlySet<Ecosystem>;
  /** Platforms the app targets, worked out from what exists (ios/ folder, Expo config, app.json pages ...). */
  platforms: ReadonlySet<Platform>;
  configFiles: readonly ConfigFileInfo[];
  declarations: readonly Declaration[];
  problems: readonly ConfigProblem[];
  /** dependencies + devDependencies of the app's package.json (names → ranges). */
  dependencies: Readonly<Record<string, string>>;
  expoPlugins: readonly ExpoPluginUse[];
  /** Expo `locales` (translations of the purpose strings per language); empty for other apps. */
  expoLocales: readonly ExpoLocale[];
  /** Declaration targets per platform, in order of preference. */
  targets: readonly DeclarationTarget[];
  /** Platforms whose config could not be read (malformed): rules must not report missing keys there. */
  unreadablePlatforms: ReadonlySet<Platform>;
  /**
   * Config files the build ignores, so nothing is reported on them: an Expo app.json next to an app.config.* that
   * exports an object of its own (Expo passes app.json only to a config function).
   */
  unusedConfigFiles: ReadonlySet<string>;
  /** uni-app androidPrivacy.json (next to manifest.json), as a tree with ranges, when the app has one. */
  androidPrivacy?: ConfigDocument;
  /**
   * uni-app: the folder the build reads pages.json and androidPrivacy.json from: beside manifest.json, or the source
   * folder a root manifest.config.ts generates manifest.json into.
   */
  uniSourceDir?: string;
  /**
   * The app's config turns on reading the advertising identifier, which iOS gates behind App Tracking Transparency
   * (uni-app `app-plus.distribute.ios.idfa: true`): the tracking prompt is the app's, with no call in its code.
   */
  readsAdvertisingId?: boolean;
  /**
   * uni-app: the native modules (app-plus.modules: Push, Geolocation, Maps …) and cloud plugins (app-plus.nativePlugins:
   * JG-JPush …) the App build packs. Native code the app's scripts need not call to be in the package.
   */
  uniNativeModules?: readonly string[];
  /**
   * Mini-program pages that open at launch (WeChat app.json / Taro app.config `entryPagePath` or the first of
   * `pages`, uni-app pages.json): absolute paths without extension, e.g. /app/pages/index/index.
   */
  entryPages: readonly string[];
}

export interface ParsedConfigFile {
  file: string;
  kind: ConfigKind;
  declarations: Declaration[];
  problems: ConfigProblem[];
  /**
   * Expo config only: its `locales` as this text names them, and the translations in the files they name (the
   * text being linted may differ from the file on disk the app model was built from).
   */
  expoLocales?: ExpoLocale[];
  /** Expo config only: the config plugins this text lists. */
  expoPlugins?: ExpoPluginUse[];
  localeDeclarations?: Declaration[];
}

export interface ProjectModelApi {
  /** The app a file belongs to (nearest enclosing app root), or undefined when none. */
  appForFile(filePath: string): AppModel | undefined;
  /** Kind of config file this path is, if the model reads it (by path, not by content). */
  configKindOf(filePath: string): ConfigKind | undefined;
  /** Parse one config file from the given text (the text ESLint is linting), cached by content hash. */
  parseConfigFile(filePath: string, text: string): ParsedConfigFile | undefined;
  /** Files as the model sees them: overlays (unsaved buffers) first, then disk. */
  readonly source: FileSource;
  /** Use in-memory text instead of disk for this path (unsaved editor buffers); undefined removes the overlay. */
  setOverlay(filePath: string, text: string | undefined): void;
  /**
   * Drop cached results for a path (file changed on disk) and for the app that holds it. `listingChanged` false:
   * only the file's content changed, so folder listings stay.
   */
  invalidate(filePath: string, listingChanged?: boolean): void;
  /** Drop everything. */
  clear(): void;
}
