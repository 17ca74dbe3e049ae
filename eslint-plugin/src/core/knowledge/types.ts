import type { Ecosystem, Permission, Platform } from '../types.js';

export type ApiKind = 'permission-request' | 'data-read' | 'sdk-init' | 'consent-gate' | 'settings-open';

/** How source code reaches an API. Never a bare name: always an import binding or a platform global. */
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
}

export interface ApiEntry {
  /** Stable id, e.g. 'react-native:PermissionsAndroid.request'. */
  id: string;
  ecosystem: Ecosystem | 'alipay' | 'cordova' | 'native-bridge';
  kind: ApiKind;
  /** All the ways this API is reached (an entry can be imported by namespace, default or named). */
  bindings: ApiBinding[];
  permission: Permission | '<from-argument>' | '*';
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
  verified: 'source-read' | 'docs' | 'secondary' | 'unverified';
  deprecated?: boolean;
  /** Human-readable call as documented, e.g. 'PermissionsAndroid.request'. */
  display: string;
}

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
}
