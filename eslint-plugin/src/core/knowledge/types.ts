import type { Ecosystem, Permission, Platform } from '../types.js';

/**
 * 'wrapper': a hook library's export that hands out wrapped platform calls (taro-hooks `useLocation`). It counts as
 * using what it wraps (no-unused-permission) and is nothing else: no request, no read.
 */
export type ApiKind = 'permission-request' | 'data-read' | 'sdk-init' | 'consent-gate' | 'settings-open' | 'wrapper';

/**
 * How source code reaches an API. Never a bare name: always an import binding or a platform global.
 * `path` segments are property names; the segment CALL_SEGMENT ('()') stands for "the result of calling what
 * precedes it", e.g. abilityAccessCtrl.createAtManager().requestPermissionsFromUser →
 * { importName: 'abilityAccessCtrl', path: ['createAtManager', '()', 'requestPermissionsFromUser'] }.
 */
export type ApiBinding =
  /** `import X from 'm'` (importName 'default'), `import * as X` ('*'), `import { a as X }` ('a'), or require(). path = members after the binding. */
  | { type: 'import'; module: string; importName: string; path: string[] }
  /** `wx.getLocation`, `navigator.clipboard.readText`: a global that is not shadowed by a local binding. */
  | { type: 'global'; global: string; path: string[] }
  /** A JSX component that prompts on mount, e.g. <CameraView> from expo-camera. */
  | { type: 'jsx'; module: string; importName: string }
  /** A WXML / template element or attribute, e.g. <button open-type="getPhoneNumber">. */
  | { type: 'template'; element: string; attribute?: { name: string; value: string } };

/** How to read the permission from the call's argument when the entry's permission is '<from-argument>'. */
export interface ArgumentPermission {
  index: number;
  /** Read this property of an object argument, e.g. wx.authorize({ scope }). */
  property?: string;
  /** Argument forms the constants take: 'PermissionsAndroid.PERMISSIONS.', 'PERMISSIONS.IOS.', literal 'android.permission.' ... */
  arrayAllowed: boolean;
  /** Which identifier families the argument holds (informational; the resolver accepts every known family). */
  forms?: ArgumentForm[];
}

/** Families of permission identifiers an argument can be written in. */
export type ArgumentForm =
  | 'android-permission'
  | 'rn-permissions-android'
  | 'rn-permissions-ios'
  | 'wechat-scope'
  | 'ohos-permission';

/** Config declarations the catalog names for one call (documentary; rules use purposeRequirements() for checks). */
export interface EntryPurposeKeys {
  /** Info.plist keys the catalog lists for this call (not all are required at once: see purposeRequirements). */
  ios?: string[];
  /** android.permission.* ids the catalog lists (declaration only, Android has no purpose string). */
  android?: string[];
  /** ohos.permission.* ids that need a module.json5 requestPermissions entry. */
  harmony?: string[];
  /** Expo config-plugin options that write this call's purpose strings, e.g. ['expo-camera', ['cameraPermission']]. */
  expoPlugin?: { plugin: string; options: string[] };
  /** WeChat app.json permission scopes whose desc must be set. */
  wechatPermission?: string[];
  /** WeChat MP-admin privacy-guide info type, e.g. 'Location'. */
  wechatPrivacyGuide?: string;
}

export interface ApiEntry {
  /** Stable id, e.g. 'react-native:PermissionsAndroid.request'. */
  id: string;
  ecosystem: Ecosystem | 'alipay' | 'cordova' | 'native-bridge';
  kind: ApiKind;
  /** All the ways this API is reached (an entry can be imported by namespace, default or named). */
  bindings: ApiBinding[];
  permission: Permission | '<from-argument>' | '*';
  /** Further permissions the same call asks for (speech recognition asks for speech and then for the microphone). */
  extraPermissions?: Permission[];
  argument?: ArgumentPermission;
  platforms: Platform[];
  /** For sdk-init / consent-gate entries. */
  sdkCategory?: string;
  /** WeChat-family scope, e.g. 'scope.userLocation'. */
  wechatScope?: string;
  /** WeChat-family requiredPrivateInfos name, e.g. 'getLocation'. */
  requiredPrivateInfo?: string;
  /** True when calling it shows a permission prompt (requests, and reads that prompt implicitly such as getCurrentPosition). */
  prompts: boolean;
  /** The prompt comes when the returned object is used (RecorderManager.start()), not from this call itself. */
  promptsLater?: boolean;
  /**
   * The OS prompts only on these platforms (with `prompts` false): uni.chooseImage opens iOS's camera or photo library,
   * which ask, while a mini-program's own picker asks nothing. Only require-purpose-string reads it.
   */
  promptsOn?: Platform[];
  /**
   * A media picker whose `sourceType` option (an array in this object argument) says what it opens: 'camera' asks for
   * the camera, 'album' for the entry's permission; left out, it offers both. An option written as anything but a
   * literal array leaves the call unresolved.
   */
  sourceTypeOption?: { index: number; property: string };
  /**
   * cordova-plugin-camera's getPicture: the `sourceType` of this options argument (PictureSourceType.CAMERA, the default,
   * or 1) opens the camera; PHOTOLIBRARY / SAVEDPHOTOALBUM (0 / 2) the photo library. A source written any other way
   * leaves the call unresolved.
   */
  pictureSourceOption?: { index: number; property: string };
  /**
   * getUserMedia's constraints object: `video` asks for the camera, `audio` for the microphone. A constraint counts
   * when it is `true` or an object; one written any other way (a variable, a condition) is not judged.
   */
  mediaConstraintsOption?: { index: number };
  /**
   * Asks for another permission when this argument (or its `property`) is written as `true`: expo-media-library's
   * requestPermissionsAsync(writeOnly) asks only to add photos (NSPhotoLibraryAddUsageDescription; no read
   * permission on Android).
   */
  permissionWhenTrue?: { index: number; property?: string; permission: Permission };
  /**
   * An SDK start whose personal data (the sender's IP address) depends on its version and options, read from its
   * options object (argument 0). In versions from `quietFrom` below `quietBelow` it collects only with `optIn` set to
   * literal true; in any other version, unless `optOut` (a path in the options) is literal false. An integration in
   * `integrations` that records the page (`recordingPattern`) with its masking turned off (`unmaskPattern`) collects
   * in every version. The browser Sentry SDKs.
   */
  personalDataSwitch?: {
    quietFrom: [number, number, number];
    quietBelow: [number, number, number];
    optIn: string;
    optOut: string[];
    recordingPattern: string;
    unmaskPattern: string;
  };
  verified: 'source-read' | 'docs' | 'secondary' | 'unverified';
  deprecated?: boolean;
  /** Human-readable call as documented, e.g. 'PermissionsAndroid.request'. */
  display: string;
  /** Package / global the catalog files the entry under, e.g. 'expo-camera', 'wx'. */
  module?: string;
  /** How the API is used: called (default), read as a property (expo-device Device.deviceName), a JSX component, a template element. */
  access?: 'call' | 'property' | 'jsx' | 'template';
  /** Only matches when this argument is the given string literal, e.g. geoLocationManager.on('locationChange'). */
  argumentLiteral?: { index: number; value: string };
  /**
   * Only matches when this argument is a member with one of these names, e.g. sensor.on(sensor.SensorId.PEDOMETER):
   * one function serves every sensor and only some of them are personal data. The usage scan reads index 0 only.
   */
  argumentMember?: { index: 0; names: string[] };
  /**
   * Only matches when this object argument sets the property to the literal value, e.g. the community barcode
   * scanner's checkPermission({ force: true }), which asks only when forced.
   */
  argumentProperty?: { index: number; property: string; value: boolean | string };
  /**
   * Only matches when this object argument sets the property to one of the strings, alone or in an array: Alipay's
   * getAuthCode asks only for `scopes: 'auth_user'` (or `['auth_user']`); left out, the scope is the silent auth_base.
   */
  argumentPropertyAnyOf?: { index: number; property: string; values: string[] };
  /**
   * Only matches when this argument is an object literal without the property: AMap's WeChat SDK reads the device
   * location for `getRegeo({ success })` but not for `getRegeo({ location: '116.4,39.9' })`. An argument that is not
   * written as an object literal (a variable) does not match.
   */
  argumentLacksProperty?: { index: number; property: string };
  /** Config declarations the catalog names for the call. */
  purposeKeys?: EntryPurposeKeys;
  /** For sdk-init entries: the APIs / options that gate collection on consent, as the catalog names them. */
  consentGates?: string[];
  /** True when one or more bindings were inferred (e.g. a JS wrapper of a native SDK) rather than read from source. */
  bindingsUnverified?: boolean;
}

/** Path segment meaning "the value returned by calling the preceding member". */
export const CALL_SEGMENT = '()';

/** Module name prefix of a uni-app native plugin's object (`uni.requireNativePlugin('JG-JPush')`): no npm name has a colon. */
export const UNI_NATIVE_PLUGIN_MODULE = 'uni-native-plugin:';

/** A permission after resolving a call's argument, with the platform-native identifier when known. */
export interface ResolvedPermission {
  permission: Permission;
  /** Platform the identifier belongs to; undefined when the permission applies to all platforms the API runs on. */
  platform?: Platform;
  /** 'android.permission.CAMERA', 'ios.permission.CAMERA' (react-native-permissions), 'scope.userLocation', 'ohos.permission.CAMERA'. */
  nativeId?: string;
}

/** What a permission needs declared on each platform. */
export interface PurposeRequirement {
  platform: Platform;
  /** Every key in allOf must be declared (e.g. background location on iOS needs both keys). */
  allOf: string[];
  /** Human text of where it belongs, e.g. 'Info.plist NSCameraUsageDescription'. */
  description?: string;
  /** At least one of these must be declared as well (e.g. Android location: FINE or COARSE). */
  anyOf?: string[];
  /** Keys older OS versions read instead (iOS < 17 calendar: NSCalendarsUsageDescription). Advisory only. */
  legacy?: { keys: string[]; beforeOs: string };
}
