// Shared vocabulary of the framework-free core (project model + knowledge base).
// Nothing in core/ may import eslint, vscode or vscode-languageserver.

/** Where an app can run. A rule only reports for platforms the app targets. */
export type Platform = 'ios' | 'android' | 'wechat' | 'harmony' | 'web';

/** Source ecosystems an app can be written in (an app can be several, e.g. uni-app = app-plus + mp-weixin). */
export type Ecosystem =
  | 'react-native'
  | 'expo'
  | 'wechat'
  | 'uni-app'
  | 'taro'
  | 'capacitor'
  | 'web'
  | 'harmony';

/** Permission vocabulary, as used by the knowledge base (see api-catalog permission field). */
export type Permission = string;

/** 1-based line, 0-based column (ESLint convention), end exclusive. Offsets are UTF-16 code units. */
export interface SourceRange {
  start: { line: number; column: number; offset: number };
  end: { line: number; column: number; offset: number };
}

/** Which config surface a declaration was read from. */
export type DeclarationSource =
  | 'info-plist'
  | 'infoplist-strings'
  | 'android-manifest'
  | 'expo-ios-infoplist'
  | 'expo-plugin'
  | 'expo-android-permissions'
  | 'expo-android-blocked-permissions'
  | 'wechat-permission'
  | 'wechat-required-private-infos'
  | 'wechat-required-background-modes'
  | 'uniapp-ios-privacy-description'
  | 'uniapp-android-permissions'
  | 'uniapp-mp-weixin-permission'
  | 'uniapp-mp-weixin-required-private-infos'
  | 'uniapp-mp-weixin-required-background-modes'
  | 'taro-permission'
  | 'taro-required-private-infos'
  | 'taro-required-background-modes'
  | 'harmony-request-permissions'
  /** module.json5 `abilities[].backgroundModes` (continuous-task types), key 'backgroundModes:<mode>'. */
  | 'harmony-background-modes'
  /** Expo `locales`: a localised purpose string (top level or `ios`) of one language's JSON. */
  | 'expo-locale';

/**
 * One declared permission / purpose key, normalised across config formats.
 *  - ios:     key = 'NSCameraUsageDescription', value = the purpose string
 *  - android: key = 'android.permission.CAMERA', value = undefined
 *  - wechat:  key = 'scope.userLocation' (value = desc), 'requiredPrivateInfos:getLocation' or
 *             'requiredBackgroundModes:location' (value = the API / mode name, not a text)
 *  - harmony: key = 'ohos.permission.CAMERA', value = resolved reason, extra.usedScene
 */
export interface Declaration {
  platform: Platform;
  key: string;
  /** The string as written (before `$string:` resolution). */
  rawValue?: string;
  /** The purpose text after resolving references (`$string:x`), when resolvable. */
  value?: string;
  /** Locale for localised purpose strings (InfoPlist.strings, HarmonyOS element dirs); undefined = base. */
  locale?: string;
  source: DeclarationSource;
  file: string;
  /** Range of the key (the property name / element). */
  keyRange: SourceRange;
  /** Range of the value (the string literal), if any. */
  valueRange?: SourceRange;
  /** For an Expo plugin option: the plugin package, e.g. 'expo-camera'. */
  plugin?: string;
  /** For android: true when the entry removes the permission (tools:node="remove" / blockedPermissions). */
  removed?: boolean;
  /** HarmonyOS usedScene presence; file of the reason resource. */
  harmony?: { hasUsedScene: boolean; reasonFile?: string; reasonRange?: SourceRange };
}

/** A config file that could not be read: reported on that file, never a crash. */
export interface ConfigProblem {
  file: string;
  message: string;
  range?: SourceRange;
}

export type ConfigKind =
  | 'info-plist'
  | 'infoplist-strings'
  | 'android-manifest'
  | 'expo-app-json'
  | 'expo-app-config'
  | 'wechat-app-json'
  | 'uniapp-manifest'
  | 'uniapp-android-privacy'
  | 'taro-app-config'
  | 'capacitor-config'
  | 'harmony-module-json5'
  | 'harmony-string-json'
  /** A JSON file Expo's `locales` points at (any name: ./locales/zh-Hans.json). */
  | 'expo-locale-json'
  | 'package-json';

export interface ConfigFileInfo {
  file: string;
  kind: ConfigKind;
  /** Content hash of the text the model parsed. */
  hash: string;
}
