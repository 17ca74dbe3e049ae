// Android runtime ("dangerous") permissions, their permission groups, and the restricted permissions Google Play
// only allows with a declaration. Group names are Manifest.permission_group constants; membership follows the
// platform's PermissionController grouping (used to spot requests that bundle unrelated groups in one prompt flow).

export type AndroidPermissionGroup =
  | 'ACTIVITY_RECOGNITION'
  | 'CALENDAR'
  | 'CALL_LOG'
  | 'CAMERA'
  | 'CONTACTS'
  | 'LOCATION'
  | 'MICROPHONE'
  | 'NEARBY_DEVICES'
  | 'NOTIFICATIONS'
  | 'PHONE'
  | 'READ_MEDIA_AURAL'
  | 'READ_MEDIA_VISUAL'
  | 'SENSORS'
  | 'SMS'
  | 'STORAGE';

export interface AndroidRuntimePermission {
  group: AndroidPermissionGroup;
  /** API level that introduced the permission. */
  addedApi: number;
  /** Must be requested on its own, after the foreground permission of its group was granted. */
  requestSeparately?: boolean;
  /** Only prompts when the app targets at least this SDK. */
  promptsFromTargetSdk?: number;
}

export const ANDROID_RUNTIME_PERMISSIONS: Readonly<Record<string, AndroidRuntimePermission>> = {
  'android.permission.READ_CALENDAR': { group: 'CALENDAR', addedApi: 1 },
  'android.permission.WRITE_CALENDAR': { group: 'CALENDAR', addedApi: 1 },
  'android.permission.READ_CALL_LOG': { group: 'CALL_LOG', addedApi: 16 },
  'android.permission.WRITE_CALL_LOG': { group: 'CALL_LOG', addedApi: 16 },
  'android.permission.PROCESS_OUTGOING_CALLS': { group: 'CALL_LOG', addedApi: 1 },
  'android.permission.CAMERA': { group: 'CAMERA', addedApi: 1 },
  'android.permission.READ_CONTACTS': { group: 'CONTACTS', addedApi: 1 },
  'android.permission.WRITE_CONTACTS': { group: 'CONTACTS', addedApi: 1 },
  'android.permission.GET_ACCOUNTS': { group: 'CONTACTS', addedApi: 1 },
  'android.permission.ACCESS_FINE_LOCATION': { group: 'LOCATION', addedApi: 1 },
  'android.permission.ACCESS_COARSE_LOCATION': { group: 'LOCATION', addedApi: 1 },
  'android.permission.ACCESS_BACKGROUND_LOCATION': { group: 'LOCATION', addedApi: 29, requestSeparately: true },
  'android.permission.RECORD_AUDIO': { group: 'MICROPHONE', addedApi: 1 },
  'android.permission.READ_PHONE_STATE': { group: 'PHONE', addedApi: 1 },
  'android.permission.READ_PHONE_NUMBERS': { group: 'PHONE', addedApi: 26 },
  'android.permission.CALL_PHONE': { group: 'PHONE', addedApi: 1 },
  'android.permission.ANSWER_PHONE_CALLS': { group: 'PHONE', addedApi: 26 },
  'com.android.voicemail.permission.ADD_VOICEMAIL': { group: 'PHONE', addedApi: 14 },
  'android.permission.USE_SIP': { group: 'PHONE', addedApi: 9 },
  'android.permission.ACCEPT_HANDOVER': { group: 'PHONE', addedApi: 28 },
  'android.permission.BODY_SENSORS': { group: 'SENSORS', addedApi: 20 },
  'android.permission.BODY_SENSORS_BACKGROUND': { group: 'SENSORS', addedApi: 33, requestSeparately: true },
  'android.permission.SEND_SMS': { group: 'SMS', addedApi: 1 },
  'android.permission.RECEIVE_SMS': { group: 'SMS', addedApi: 1 },
  'android.permission.READ_SMS': { group: 'SMS', addedApi: 1 },
  'android.permission.RECEIVE_WAP_PUSH': { group: 'SMS', addedApi: 1 },
  'android.permission.RECEIVE_MMS': { group: 'SMS', addedApi: 1 },
  'android.permission.READ_EXTERNAL_STORAGE': { group: 'STORAGE', addedApi: 16 },
  'android.permission.WRITE_EXTERNAL_STORAGE': { group: 'STORAGE', addedApi: 4 },
  'android.permission.READ_MEDIA_IMAGES': { group: 'READ_MEDIA_VISUAL', addedApi: 33 },
  'android.permission.READ_MEDIA_VIDEO': { group: 'READ_MEDIA_VISUAL', addedApi: 33 },
  'android.permission.READ_MEDIA_VISUAL_USER_SELECTED': { group: 'READ_MEDIA_VISUAL', addedApi: 34 },
  'android.permission.ACCESS_MEDIA_LOCATION': { group: 'READ_MEDIA_VISUAL', addedApi: 29 },
  'android.permission.READ_MEDIA_AUDIO': { group: 'READ_MEDIA_AURAL', addedApi: 33 },
  'android.permission.BLUETOOTH_SCAN': { group: 'NEARBY_DEVICES', addedApi: 31 },
  'android.permission.BLUETOOTH_CONNECT': { group: 'NEARBY_DEVICES', addedApi: 31 },
  'android.permission.BLUETOOTH_ADVERTISE': { group: 'NEARBY_DEVICES', addedApi: 31 },
  'android.permission.UWB_RANGING': { group: 'NEARBY_DEVICES', addedApi: 31 },
  'android.permission.NEARBY_WIFI_DEVICES': { group: 'NEARBY_DEVICES', addedApi: 33 },
  'android.permission.RANGING': { group: 'NEARBY_DEVICES', addedApi: 36 },
  'android.permission.POST_NOTIFICATIONS': { group: 'NOTIFICATIONS', addedApi: 33, promptsFromTargetSdk: 33 },
  'android.permission.ACTIVITY_RECOGNITION': { group: 'ACTIVITY_RECOGNITION', addedApi: 29 },
};

/** Group of a runtime permission (accepts 'CAMERA' or 'android.permission.CAMERA'); undefined for normal permissions. */
export function androidPermissionGroup(id: string): AndroidPermissionGroup | undefined {
  const full = id.includes('.') ? id : `android.permission.${id}`;
  return ANDROID_RUNTIME_PERMISSIONS[full]?.group;
}

/** True for a runtime (dangerous) permission that shows a prompt. */
export function isAndroidRuntimePermission(id: string): boolean {
  return androidPermissionGroup(id) !== undefined || /^android\.permission\.health\./.test(id);
}

/** Normalise `CAMERA`, `android.permission.CAMERA` and uni-app `<uses-permission android:name="…"/>` strings to the full id. */
export function normaliseAndroidPermission(value: string): string {
  const fromXml = /android:name\s*=\s*"([^"]+)"/.exec(value);
  const id = (fromXml ? fromXml[1] : value).trim();
  return id.includes('.') ? id : `android.permission.${id}`;
}

/**
 * Permissions Google Play restricts to apps whose core function needs them (a Play Console declaration or a
 * permissions-policy exception); requesting them without that use is a store finding.
 */
export const ANDROID_RESTRICTED_PERMISSIONS: Readonly<Record<string, string>> = {
  'android.permission.QUERY_ALL_PACKAGES': 'package visibility: declare the use case or use <queries>',
  'android.permission.MANAGE_EXTERNAL_STORAGE': 'All files access: file managers, backup and antivirus apps only',
  'android.permission.READ_SMS': 'SMS permissions: default SMS handler or an approved exception only',
  'android.permission.SEND_SMS': 'SMS permissions: default SMS handler or an approved exception only',
  'android.permission.RECEIVE_SMS': 'SMS permissions: default SMS handler or an approved exception only',
  'android.permission.RECEIVE_MMS': 'SMS permissions: default SMS handler or an approved exception only',
  'android.permission.RECEIVE_WAP_PUSH': 'SMS permissions: default SMS handler or an approved exception only',
  'android.permission.READ_CALL_LOG': 'Call log permissions: default phone handler or an approved exception only',
  'android.permission.WRITE_CALL_LOG': 'Call log permissions: default phone handler or an approved exception only',
  'android.permission.PROCESS_OUTGOING_CALLS': 'Call log permissions: default phone handler or an approved exception only',
  'android.permission.ACCESS_BACKGROUND_LOCATION': 'Background location: needs a Play Console declaration and review',
  'android.permission.READ_MEDIA_IMAGES': 'Photo and video permissions: broad access only for core use (else use the photo picker)',
  'android.permission.READ_MEDIA_VIDEO': 'Photo and video permissions: broad access only for core use (else use the photo picker)',
  'android.permission.REQUEST_INSTALL_PACKAGES': 'Install packages: core functionality only',
  'android.permission.USE_FULL_SCREEN_INTENT': 'Full-screen intent: alarm and calling apps only (Android 14+)',
  'android.permission.USE_EXACT_ALARM': 'Exact alarms: alarm and calendar apps only',
  'android.permission.BIND_ACCESSIBILITY_SERVICE': 'Accessibility API: accessibility use only, with a declaration',
};

/** Normal (install-time) permissions with a privacy meaning: declared, never prompted. */
export const ANDROID_PRIVACY_NORMAL_PERMISSIONS: Readonly<Record<string, string>> = {
  'com.google.android.gms.permission.AD_ID': 'advertising-id',
  'android.permission.ACCESS_WIFI_STATE': 'network-id',
};
