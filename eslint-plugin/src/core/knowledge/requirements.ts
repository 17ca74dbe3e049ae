// What each permission needs declared on each platform, in the key format the project model uses for
// Declaration.key: iOS Info.plist keys, 'android.permission.*', WeChat 'scope.*' (its desc) and
// 'requiredPrivateInfos:<api>', HarmonyOS 'ohos.permission.*'. The web has no purpose strings.
import type { Permission, Platform } from '../types.js';
import type { ApiEntry, PurposeRequirement, ResolvedPermission } from './types.js';
import { RNP_IOS_PERMISSIONS, WECHAT_SCOPES } from './native-ids.js';

interface IosRule {
  allOf: string[];
  legacy?: { keys: string[]; beforeOs: string };
}

/**
 * iOS purpose keys per permission. Notifications, clipboard, device ids and the ad id have no purpose key
 * (reading IDFA needs no key; the ATT prompt does, see 'tracking').
 */
export const IOS_PURPOSE_KEYS: Readonly<Record<Permission, IosRule>> = {
  camera: { allOf: ['NSCameraUsageDescription'] },
  microphone: { allOf: ['NSMicrophoneUsageDescription'] },
  photos: { allOf: ['NSPhotoLibraryUsageDescription'] },
  'photos-add': { allOf: ['NSPhotoLibraryAddUsageDescription'] },
  location: { allOf: ['NSLocationWhenInUseUsageDescription'] },
  // "Always" authorization needs the when-in-use key as well; iOS 10 and earlier read NSLocationAlwaysUsageDescription.
  'location-background': {
    allOf: ['NSLocationWhenInUseUsageDescription', 'NSLocationAlwaysAndWhenInUseUsageDescription'],
    legacy: { keys: ['NSLocationAlwaysUsageDescription'], beforeOs: '11' },
  },
  'location-temporary-precise': { allOf: ['NSLocationTemporaryUsageDescriptionDictionary'] },
  contacts: { allOf: ['NSContactsUsageDescription'] },
  calendar: { allOf: ['NSCalendarsFullAccessUsageDescription'], legacy: { keys: ['NSCalendarsUsageDescription'], beforeOs: '17' } },
  'calendar-write': {
    allOf: ['NSCalendarsWriteOnlyAccessUsageDescription'],
    legacy: { keys: ['NSCalendarsUsageDescription'], beforeOs: '17' },
  },
  reminders: { allOf: ['NSRemindersFullAccessUsageDescription'], legacy: { keys: ['NSRemindersUsageDescription'], beforeOs: '17' } },
  bluetooth: { allOf: ['NSBluetoothAlwaysUsageDescription'], legacy: { keys: ['NSBluetoothPeripheralUsageDescription'], beforeOs: '13' } },
  motion: { allOf: ['NSMotionUsageDescription'] },
  activity: { allOf: ['NSMotionUsageDescription'] },
  speech: { allOf: ['NSSpeechRecognitionUsageDescription'] },
  'face-id': { allOf: ['NSFaceIDUsageDescription'] },
  tracking: { allOf: ['NSUserTrackingUsageDescription'] },
  'media-library': { allOf: ['NSAppleMusicUsageDescription'] },
  // VideoSubscriberAccount (VSAccountManager): the TV provider single sign-on.
  'tv-provider': { allOf: ['NSVideoSubscriberAccountUsageDescription'] },
  siri: { allOf: ['NSSiriUsageDescription'] },
  health: { allOf: ['NSHealthShareUsageDescription'] },
  nfc: { allOf: ['NFCReaderUsageDescription'] },
};

/** Info.plist purpose key → the permissions that need it (the inverse of IOS_PURPOSE_KEYS, legacy keys included). */
export const PERMISSIONS_BY_IOS_KEY: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [permission, rule] of Object.entries(IOS_PURPOSE_KEYS)) {
    for (const key of [...rule.allOf, ...(rule.legacy?.keys ?? [])]) map.set(key, [...(map.get(key) ?? []), permission]);
  }
  return map;
})();

interface AndroidRule {
  allOf: string[];
  anyOf?: string[];
}

const A = (name: string): string => `android.permission.${name}`;

/** Android manifest declarations per permission (declaration only: Android has no purpose-string field). */
export const ANDROID_DECLARATIONS: Readonly<Record<Permission, AndroidRule>> = {
  camera: { allOf: [A('CAMERA')] },
  microphone: { allOf: [A('RECORD_AUDIO')] },
  location: { allOf: [], anyOf: [A('ACCESS_FINE_LOCATION'), A('ACCESS_COARSE_LOCATION')] },
  'location-background': { allOf: [A('ACCESS_BACKGROUND_LOCATION')], anyOf: [A('ACCESS_FINE_LOCATION'), A('ACCESS_COARSE_LOCATION')] },
  contacts: { allOf: [A('READ_CONTACTS')] },
  calendar: { allOf: [], anyOf: [A('READ_CALENDAR'), A('WRITE_CALENDAR')] },
  'calendar-write': { allOf: [A('WRITE_CALENDAR')] },
  photos: { allOf: [], anyOf: [A('READ_MEDIA_IMAGES'), A('READ_MEDIA_VIDEO'), A('READ_MEDIA_VISUAL_USER_SELECTED'), A('READ_EXTERNAL_STORAGE')] },
  'media-library': { allOf: [], anyOf: [A('READ_MEDIA_AUDIO'), A('READ_EXTERNAL_STORAGE')] },
  notifications: { allOf: [A('POST_NOTIFICATIONS')] },
  bluetooth: { allOf: [], anyOf: [A('BLUETOOTH_SCAN'), A('BLUETOOTH_CONNECT'), A('BLUETOOTH_ADVERTISE')] },
  'nearby-devices': { allOf: [], anyOf: [A('NEARBY_WIFI_DEVICES'), A('UWB_RANGING'), A('RANGING')] },
  activity: { allOf: [A('ACTIVITY_RECOGNITION')] },
  motion: { allOf: [A('ACTIVITY_RECOGNITION')] },
  phone: { allOf: [A('READ_PHONE_STATE')] },
  'phone-number': { allOf: [], anyOf: [A('READ_PHONE_NUMBERS'), A('READ_PHONE_STATE')] },
  sms: { allOf: [A('READ_SMS')] },
  'call-log': { allOf: [A('READ_CALL_LOG')] },
  'advertising-id': { allOf: ['com.google.android.gms.permission.AD_ID'] },
};

/** HarmonyOS module.json5 requestPermissions entries per permission (each needs a reason and a usedScene). */
export const HARMONY_DECLARATIONS: Readonly<Record<Permission, { allOf: string[] }>> = {
  camera: { allOf: ['ohos.permission.CAMERA'] },
  microphone: { allOf: ['ohos.permission.MICROPHONE'] },
  location: { allOf: ['ohos.permission.APPROXIMATELY_LOCATION'] },
  'location-background': { allOf: ['ohos.permission.APPROXIMATELY_LOCATION', 'ohos.permission.LOCATION_IN_BACKGROUND'] },
  calendar: { allOf: ['ohos.permission.READ_CALENDAR'] },
  'calendar-write': { allOf: ['ohos.permission.WRITE_CALENDAR'] },
  contacts: { allOf: ['ohos.permission.READ_CONTACTS'] },
  activity: { allOf: ['ohos.permission.ACTIVITY_MOTION'] },
  motion: { allOf: ['ohos.permission.ACTIVITY_MOTION'] },
  health: { allOf: ['ohos.permission.READ_HEALTH_DATA'] },
  bluetooth: { allOf: ['ohos.permission.ACCESS_BLUETOOTH'] },
  tracking: { allOf: ['ohos.permission.APP_TRACKING_CONSENT'] },
  clipboard: { allOf: ['ohos.permission.READ_PASTEBOARD'] },
};

/** Declaration key of a WeChat requiredPrivateInfos entry, as the project model records it. */
export const requiredPrivateInfoKey = (api: string): string => `requiredPrivateInfos:${api}`;

/**
 * What must be declared on `platform` for a resolved permission. `entry` (when given) refines the answer with
 * call-specific facts: WeChat scope / requiredPrivateInfos of the API, HarmonyOS permissions the catalog lists for
 * the call (security components need none). Returns [] when the platform needs nothing (e.g. iOS notifications).
 */
export function purposeRequirements(resolved: ResolvedPermission, platform: Platform, entry?: ApiEntry): PurposeRequirement[] {
  if (resolved.platform && resolved.platform !== platform) return [];
  switch (platform) {
    case 'ios':
      return iosRequirements(resolved);
    case 'android':
      return androidRequirements(resolved);
    case 'wechat':
      return wechatRequirements(resolved, entry);
    case 'harmony':
      return harmonyRequirements(resolved, entry);
    case 'web':
      return [];
  }
}

function iosRequirements(resolved: ResolvedPermission): PurposeRequirement[] {
  const rnp = /^ios\.permission\.(\w+)$/.exec(resolved.nativeId ?? '');
  if (rnp) {
    const known = RNP_IOS_PERMISSIONS[rnp[1]];
    if (known) return [{ platform: 'ios', allOf: [...known.infoPlistKeys], description: `Info.plist ${known.infoPlistKeys.join(' + ')}` }];
  }
  const rule = IOS_PURPOSE_KEYS[resolved.permission];
  if (!rule) return [];
  return [{ platform: 'ios', allOf: [...rule.allOf], description: `Info.plist ${rule.allOf.join(' + ')}`, ...(rule.legacy ? { legacy: rule.legacy } : {}) }];
}

function androidRequirements(resolved: ResolvedPermission): PurposeRequirement[] {
  if (resolved.nativeId && /^(android|com\.android|com\.google)\./.test(resolved.nativeId)) {
    return [{ platform: 'android', allOf: [resolved.nativeId], description: `AndroidManifest.xml <uses-permission android:name="${resolved.nativeId}"/>` }];
  }
  const rule = ANDROID_DECLARATIONS[resolved.permission];
  if (!rule) return [];
  const keys = rule.allOf.length ? rule.allOf : (rule.anyOf ?? []);
  return [
    {
      platform: 'android',
      allOf: [...rule.allOf],
      ...(rule.anyOf ? { anyOf: [...rule.anyOf] } : {}),
      description: `AndroidManifest.xml <uses-permission> ${keys.join(rule.allOf.length ? ' + ' : ' or ')}`,
    },
  ];
}

function wechatRequirements(resolved: ResolvedPermission, entry: ApiEntry | undefined): PurposeRequirement[] {
  const scope = resolved.nativeId?.startsWith('scope.') ? resolved.nativeId : entry?.wechatScope;
  const keys: string[] = [];
  if (scope && WECHAT_SCOPES[scope]?.acceptsPermissionDesc) keys.push(scope);
  if (entry?.requiredPrivateInfo) keys.push(requiredPrivateInfoKey(entry.requiredPrivateInfo));
  // The API itself runs in the background (startLocationUpdateBackground): app.json must list the mode too.
  const ownScope = entry?.wechatScope ? WECHAT_SCOPES[entry.wechatScope] : undefined;
  if (!resolved.nativeId && ownScope?.requiredBackgroundModes) keys.push(...ownScope.requiredBackgroundModes.map((mode) => `requiredBackgroundModes:${mode}`));
  if (!keys.length) return [];
  const where = keys.map((k) =>
    k.startsWith('scope.') ? `permission["${k}"].desc` : k.startsWith('requiredBackgroundModes:') ? `requiredBackgroundModes "${k.slice(24)}"` : `requiredPrivateInfos "${k.slice(21)}"`,
  );
  return [{ platform: 'wechat', allOf: keys, description: `app.json ${where.join(' + ')}` }];
}

function harmonyRequirements(resolved: ResolvedPermission, entry: ApiEntry | undefined): PurposeRequirement[] {
  let keys: string[] | undefined;
  if (resolved.nativeId?.startsWith('ohos.permission.')) keys = [resolved.nativeId];
  else if (entry?.ecosystem === 'harmony') keys = entry.purposeKeys?.harmony ?? [];
  else keys = HARMONY_DECLARATIONS[resolved.permission]?.allOf;
  if (!keys?.length) return [];
  return [{ platform: 'harmony', allOf: [...keys], description: `module.json5 requestPermissions ${keys.join(' + ')} (reason + usedScene)` }];
}
