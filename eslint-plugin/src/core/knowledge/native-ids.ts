// Platform-native permission identifiers and what they mean in our permission vocabulary.
// Android: Manifest.permission names as exposed by RN PermissionsAndroid.PERMISSIONS and react-native-permissions
// PERMISSIONS.ANDROID. iOS: react-native-permissions PERMISSIONS.IOS constants and the Info.plist keys its native
// handlers check. WeChat: authorize scopes. HarmonyOS: user_grant permissions.
import type { Permission, Platform } from '../types.js';
import type { ResolvedPermission } from './types.js';

/** Android permission constant (the part after `android.permission.`) → permission vocabulary. */
export const ANDROID_PERMISSION_MEANINGS: Readonly<Record<string, Permission>> = {
  READ_CALENDAR: 'calendar',
  WRITE_CALENDAR: 'calendar',
  CAMERA: 'camera',
  READ_CONTACTS: 'contacts',
  WRITE_CONTACTS: 'contacts',
  GET_ACCOUNTS: 'accounts',
  ACCESS_FINE_LOCATION: 'location',
  ACCESS_COARSE_LOCATION: 'location',
  ACCESS_BACKGROUND_LOCATION: 'location-background',
  RECORD_AUDIO: 'microphone',
  READ_PHONE_STATE: 'phone',
  CALL_PHONE: 'phone',
  READ_CALL_LOG: 'call-log',
  WRITE_CALL_LOG: 'call-log',
  ADD_VOICEMAIL: 'phone',
  READ_VOICEMAIL: 'phone',
  WRITE_VOICEMAIL: 'phone',
  USE_SIP: 'phone',
  PROCESS_OUTGOING_CALLS: 'call-log',
  BODY_SENSORS: 'sensors',
  BODY_SENSORS_BACKGROUND: 'sensors',
  SEND_SMS: 'sms',
  RECEIVE_SMS: 'sms',
  READ_SMS: 'sms',
  RECEIVE_WAP_PUSH: 'sms',
  RECEIVE_MMS: 'sms',
  READ_EXTERNAL_STORAGE: 'storage',
  WRITE_EXTERNAL_STORAGE: 'storage',
  READ_MEDIA_IMAGES: 'photos',
  READ_MEDIA_VIDEO: 'photos',
  READ_MEDIA_AUDIO: 'media-library',
  READ_MEDIA_VISUAL_USER_SELECTED: 'photos',
  BLUETOOTH_CONNECT: 'bluetooth',
  BLUETOOTH_SCAN: 'bluetooth',
  BLUETOOTH_ADVERTISE: 'bluetooth',
  // The places stored in the user's photos and videos (EXIF), not the device's position: see 'media-location'.
  ACCESS_MEDIA_LOCATION: 'media-location',
  ACCEPT_HANDOVER: 'phone',
  ACTIVITY_RECOGNITION: 'activity',
  ANSWER_PHONE_CALLS: 'phone',
  READ_PHONE_NUMBERS: 'phone-number',
  UWB_RANGING: 'nearby-devices',
  NEARBY_WIFI_DEVICES: 'nearby-devices',
  RANGING: 'nearby-devices',
  POST_NOTIFICATIONS: 'notifications',
};

/**
 * RN PermissionsAndroid.PERMISSIONS constants whose value is not `android.permission.<NAME>`
 * (voicemail lives in the com.android.voicemail namespace).
 */
export const RN_ANDROID_CONSTANT_VALUES: Readonly<Record<string, string>> = {
  ADD_VOICEMAIL: 'com.android.voicemail.permission.ADD_VOICEMAIL',
  READ_VOICEMAIL: 'com.android.voicemail.permission.READ_VOICEMAIL',
  WRITE_VOICEMAIL: 'com.android.voicemail.permission.WRITE_VOICEMAIL',
};

/**
 * react-native-permissions PERMISSIONS.IOS.<X> → permission, the Info.plist keys its handler requires (all of them)
 * and the handler name that must be linked (Podfile `setup_permissions([...])` / Expo plugin option `iosPermissions`).
 */
export const RNP_IOS_PERMISSIONS: Readonly<Record<string, { permission: Permission; infoPlistKeys: readonly string[]; handler: string }>> = {
  APP_TRACKING_TRANSPARENCY: { permission: 'tracking', infoPlistKeys: ['NSUserTrackingUsageDescription'], handler: 'AppTrackingTransparency' },
  BLUETOOTH: { permission: 'bluetooth', infoPlistKeys: ['NSBluetoothAlwaysUsageDescription'], handler: 'Bluetooth' },
  CALENDARS: { permission: 'calendar', infoPlistKeys: ['NSCalendarsFullAccessUsageDescription'], handler: 'Calendars' },
  CALENDARS_WRITE_ONLY: { permission: 'calendar-write', infoPlistKeys: ['NSCalendarsWriteOnlyAccessUsageDescription'], handler: 'CalendarsWriteOnly' },
  CAMERA: { permission: 'camera', infoPlistKeys: ['NSCameraUsageDescription'], handler: 'Camera' },
  CONTACTS: { permission: 'contacts', infoPlistKeys: ['NSContactsUsageDescription'], handler: 'Contacts' },
  FACE_ID: { permission: 'face-id', infoPlistKeys: ['NSFaceIDUsageDescription'], handler: 'FaceID' },
  LOCATION_ALWAYS: {
    permission: 'location-background',
    infoPlistKeys: ['NSLocationWhenInUseUsageDescription', 'NSLocationAlwaysAndWhenInUseUsageDescription'],
    handler: 'LocationAlways',
  },
  LOCATION_WHEN_IN_USE: { permission: 'location', infoPlistKeys: ['NSLocationWhenInUseUsageDescription'], handler: 'LocationWhenInUse' },
  MEDIA_LIBRARY: { permission: 'media-library', infoPlistKeys: ['NSAppleMusicUsageDescription'], handler: 'MediaLibrary' },
  MICROPHONE: { permission: 'microphone', infoPlistKeys: ['NSMicrophoneUsageDescription'], handler: 'Microphone' },
  MOTION: { permission: 'motion', infoPlistKeys: ['NSMotionUsageDescription'], handler: 'Motion' },
  PHOTO_LIBRARY: { permission: 'photos', infoPlistKeys: ['NSPhotoLibraryUsageDescription'], handler: 'PhotoLibrary' },
  PHOTO_LIBRARY_ADD_ONLY: { permission: 'photos-add', infoPlistKeys: ['NSPhotoLibraryAddUsageDescription'], handler: 'PhotoLibraryAddOnly' },
  REMINDERS: { permission: 'reminders', infoPlistKeys: ['NSRemindersFullAccessUsageDescription'], handler: 'Reminders' },
  SIRI: { permission: 'siri', infoPlistKeys: ['NSSiriUsageDescription'], handler: 'Siri' },
  SPEECH_RECOGNITION: { permission: 'speech', infoPlistKeys: ['NSSpeechRecognitionUsageDescription'], handler: 'SpeechRecognition' },
  STOREKIT: { permission: 'media-library', infoPlistKeys: ['NSAppleMusicUsageDescription'], handler: 'StoreKit' },
};

/** WeChat-family authorize scopes (wx / uni / Taro / my share the scope names). */
export interface WechatScopeInfo {
  permission: Permission;
  /** 中文 label shown in the authorization popup / settings. */
  label: string;
  /** app.json `permission[scope].desc` is accepted only for the three location scopes. */
  acceptsPermissionDesc: boolean;
  /** Authorization was cancelled by WeChat (always granted, no popup). */
  authorizationCancelled?: boolean;
  /** Extra app.json requirements, e.g. requiredBackgroundModes: ['location']. */
  requiredBackgroundModes?: readonly string[];
}

export const WECHAT_SCOPES: Readonly<Record<string, WechatScopeInfo>> = {
  'scope.userLocation': { permission: 'location', label: '精确地理位置', acceptsPermissionDesc: true },
  'scope.userFuzzyLocation': { permission: 'location', label: '模糊地理位置', acceptsPermissionDesc: true },
  'scope.userLocationBackground': {
    permission: 'location-background',
    label: '后台定位',
    acceptsPermissionDesc: true,
    requiredBackgroundModes: ['location'],
  },
  'scope.record': { permission: 'microphone', label: '麦克风', acceptsPermissionDesc: false },
  'scope.camera': { permission: 'camera', label: '摄像头', acceptsPermissionDesc: false },
  'scope.bluetooth': { permission: 'bluetooth', label: '蓝牙', acceptsPermissionDesc: false },
  'scope.writePhotosAlbum': { permission: 'photos-add', label: '添加到相册', acceptsPermissionDesc: false },
  'scope.addPhoneContact': { permission: 'contacts', label: '添加到联系人', acceptsPermissionDesc: false },
  'scope.addPhoneCalendar': { permission: 'calendar', label: '添加到日历', acceptsPermissionDesc: false },
  'scope.werun': { permission: 'activity', label: '微信运动步数', acceptsPermissionDesc: false },
  'scope.address': { permission: 'address', label: '通讯地址', acceptsPermissionDesc: false, authorizationCancelled: true },
  'scope.invoiceTitle': { permission: 'invoice', label: '发票抬头', acceptsPermissionDesc: false, authorizationCancelled: true },
  'scope.invoice': { permission: 'invoice', label: '获取发票', acceptsPermissionDesc: false, authorizationCancelled: true },
  'scope.userInfo': { permission: 'user-profile', label: '用户信息', acceptsPermissionDesc: false, authorizationCancelled: true },
};

/** react-native-permissions handlers that are not a PERMISSIONS.IOS constant (requestNotifications, requestLocationAccuracy). */
export const RNP_IOS_EXTRA_HANDLERS: Readonly<Record<string, string>> = {
  requestNotifications: 'Notifications',
  checkNotifications: 'Notifications',
  requestLocationAccuracy: 'LocationAccuracy',
  checkLocationAccuracy: 'LocationAccuracy',
};

/**
 * WeChat MP-admin privacy-guide info types (用户隐私保护指引; `privacy_key` for third-party platforms). `confirmed`
 * is false where only the label, not the key spelling, was seen in WeChat's documentation.
 */
export const WECHAT_PRIVACY_INFO_TYPES: Readonly<Record<string, { label: string; confirmed: boolean }>> = {
  UserInfo: { label: '用户信息(微信昵称、头像)', confirmed: true },
  Location: { label: '位置信息', confirmed: true },
  Address: { label: '地址', confirmed: true },
  Invoice: { label: '发票信息', confirmed: true },
  RunData: { label: '微信运动数据', confirmed: true },
  Record: { label: '麦克风', confirmed: true },
  Album: { label: '选中的照片或视频信息', confirmed: true },
  Camera: { label: '摄像头', confirmed: false },
  PhoneNumber: { label: '手机号', confirmed: true },
  Contact: { label: '通讯录(仅写入)', confirmed: false },
  DeviceInfo: { label: '设备信息', confirmed: false },
  AlbumWriteOnly: { label: '相册(仅写入)', confirmed: true },
  LicensePlate: { label: '车牌号', confirmed: false },
  BlueTooth: { label: '蓝牙', confirmed: false },
  CalendarWriteOnly: { label: '日历(仅写入)', confirmed: false },
  Email: { label: '邮箱', confirmed: false },
  MessageFile: { label: '选中的文件', confirmed: true },
  ChooseLocation: { label: '选择的位置信息', confirmed: false },
  Clipboard: { label: '剪切板', confirmed: false },
};

/** The APIs that must be listed in app.json `requiredPrivateInfos` (since 2022-07-14). */
export const WECHAT_REQUIRED_PRIVATE_INFOS: readonly string[] = [
  'getFuzzyLocation',
  'getLocation',
  'onLocationChange',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'chooseAddress',
  'choosePoi',
  'chooseLocation',
];

/** `getFuzzyLocation` cannot be declared together with these (compile error). */
export const WECHAT_FUZZY_LOCATION_CONFLICTS: readonly string[] = [
  'getLocation',
  'onLocationChange',
  'startLocationUpdate',
  'startLocationUpdateBackground',
];

/** HarmonyOS user_grant permissions: meaning and availability to normal apps. */
export interface HarmonyPermissionInfo {
  permission: Permission;
  /** 'open' = any app may request it; 'restricted' = needs an ACL (use pickers / security components instead). */
  availability: 'open' | 'restricted';
  /** Granted only in Settings, never through the dialog. */
  settingsOnly?: boolean;
  /** Must be requested together with these permissions. */
  requestedWith?: readonly string[];
  deprecated?: boolean;
}

export const HARMONY_USER_GRANT_PERMISSIONS: Readonly<Record<string, HarmonyPermissionInfo>> = {
  'ohos.permission.APPROXIMATELY_LOCATION': { permission: 'location', availability: 'open' },
  'ohos.permission.LOCATION': {
    permission: 'location',
    availability: 'open',
    requestedWith: ['ohos.permission.APPROXIMATELY_LOCATION'],
  },
  'ohos.permission.LOCATION_IN_BACKGROUND': { permission: 'location-background', availability: 'open', settingsOnly: true },
  'ohos.permission.CAMERA': { permission: 'camera', availability: 'open' },
  'ohos.permission.MICROPHONE': { permission: 'microphone', availability: 'open' },
  'ohos.permission.READ_CALENDAR': { permission: 'calendar', availability: 'open' },
  'ohos.permission.WRITE_CALENDAR': { permission: 'calendar', availability: 'open' },
  'ohos.permission.ACTIVITY_MOTION': { permission: 'activity', availability: 'open' },
  'ohos.permission.READ_HEALTH_DATA': { permission: 'health', availability: 'open' },
  'ohos.permission.ACCESS_BLUETOOTH': { permission: 'bluetooth', availability: 'open' },
  'ohos.permission.MEDIA_LOCATION': { permission: 'media-location', availability: 'open' },
  'ohos.permission.APP_TRACKING_CONSENT': { permission: 'tracking', availability: 'open' },
  // Data exchange between the user's own devices (distributed data, continuation): no scan of devices nearby, so it
  // says nothing about Bluetooth or location (wizzd/xy's unused LOCATION was justified by it as "nearby devices").
  'ohos.permission.DISTRIBUTED_DATASYNC': { permission: 'distributed-data', availability: 'open' },
  'ohos.permission.ACCESS_NEARLINK': { permission: 'nearby-devices', availability: 'open' },
  'ohos.permission.READ_WRITE_DOWNLOAD_DIRECTORY': { permission: 'files', availability: 'open' },
  'ohos.permission.READ_WRITE_DOCUMENTS_DIRECTORY': { permission: 'files', availability: 'open' },
  'ohos.permission.CUSTOM_SCREEN_CAPTURE': { permission: 'screen-capture', availability: 'open' },
  'ohos.permission.READ_MEDIA': { permission: 'photos', availability: 'open', deprecated: true },
  'ohos.permission.WRITE_MEDIA': { permission: 'photos', availability: 'open', deprecated: true },
  'ohos.permission.READ_CONTACTS': { permission: 'contacts', availability: 'restricted' },
  'ohos.permission.WRITE_CONTACTS': { permission: 'contacts', availability: 'restricted' },
  'ohos.permission.READ_AUDIO': { permission: 'media-library', availability: 'restricted' },
  'ohos.permission.WRITE_AUDIO': { permission: 'media-library', availability: 'restricted' },
  'ohos.permission.READ_IMAGEVIDEO': { permission: 'photos', availability: 'restricted' },
  'ohos.permission.WRITE_IMAGEVIDEO': { permission: 'photos', availability: 'restricted' },
  'ohos.permission.READ_PASTEBOARD': { permission: 'clipboard', availability: 'restricted' },
  'ohos.permission.SHORT_TERM_WRITE_IMAGEVIDEO': { permission: 'photos-add', availability: 'restricted' },
  'ohos.permission.READ_WRITE_DESKTOP_DIRECTORY': { permission: 'files', availability: 'restricted' },
};

/** Permission given to a native id that is well-formed but not in our tables (rules should still see the id). */
export const UNKNOWN_PERMISSION: Permission = 'unknown';

/**
 * Turn a platform-native permission identifier into a ResolvedPermission:
 * 'android.permission.CAMERA', 'ios.permission.CAMERA' (react-native-permissions), 'scope.userLocation',
 * 'ohos.permission.CAMERA'. Returns undefined for strings that are no permission id at all.
 */
export function resolveNativePermissionId(nativeId: string, platformHint?: Platform): ResolvedPermission | undefined {
  let m = /^android\.permission\.([\w.]+)$/.exec(nativeId);
  if (m) {
    const name = m[1];
    const permission = ANDROID_PERMISSION_MEANINGS[name] ?? (name.startsWith('health.') ? 'health' : UNKNOWN_PERMISSION);
    return { permission, platform: 'android', nativeId };
  }
  m = /^com\.android\.voicemail\.permission\.(\w+)$/.exec(nativeId);
  if (m) return { permission: 'phone', platform: 'android', nativeId };
  m = /^com\.google\.android\.gms\.permission\.AD_ID$/.exec(nativeId);
  if (m) return { permission: 'advertising-id', platform: 'android', nativeId };
  m = /^ios\.permission\.(\w+)$/.exec(nativeId);
  if (m) return { permission: RNP_IOS_PERMISSIONS[m[1]]?.permission ?? UNKNOWN_PERMISSION, platform: 'ios', nativeId };
  if (/^scope\.\w+$/.test(nativeId)) {
    return { permission: WECHAT_SCOPES[nativeId]?.permission ?? UNKNOWN_PERMISSION, platform: platformHint ?? 'wechat', nativeId };
  }
  if (/^ohos\.permission\.\w+$/.test(nativeId)) {
    return { permission: HARMONY_USER_GRANT_PERMISSIONS[nativeId]?.permission ?? UNKNOWN_PERMISSION, platform: 'harmony', nativeId };
  }
  return undefined;
}
