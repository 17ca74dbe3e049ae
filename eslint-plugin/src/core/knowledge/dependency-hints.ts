// What a dependency's name says when the knowledge base has no entry for it. An unknown package is never proof that
// nothing uses a permission: a native package whose name names the resource (react-native-add-calendar-event →
// calendar, react-native-ble-manager → bluetooth) may well use it, so no-unused-permission stays silent for it.
import type { Permission } from '../types.js';
import { dependencyPermissions } from './dependencies.js';

/**
 * Words in package names that point at the resource a permission guards. Words with a hyphen match anywhere in
 * the name; words of five letters or more match inside one name token (`geolocation` holds `location`); shorter
 * words must be a whole token (`ble`, `gps`, `sms`), so `mic` never matches `microsoft`. Deliberately left out:
 * words that name display or playback libraries (`image`, `video`, `sound`, `navigation`), which touch no permission.
 */
const CALENDAR_WORDS = ['calendar', 'reminder', 'eventkit', 'agenda'];
const LOCATION_WORDS = ['location', 'geo', 'geocod', 'geofenc', 'gps', 'map', 'maps', 'mapbox', 'mapview', 'amap', 'bmap', 'gmaps', 'gaode', 'baidumap', 'baidu-map', 'beacon'];
// Not `storage` or `file`: a name about storage or files says nothing about the photo library itself. A photos
// declaration can still be justified by an unknown native file package, through no-unused-permission's JUSTIFIED_BY
// (photos ← files): on Android 13+ file and document pickers are what request READ_MEDIA_IMAGES, and a false
// "unused" costs more than a missed one. Known packages (expo-file-system, AsyncStorage) are judged by the knowledge
// base, not by name.
const MEDIA_WORDS = ['photo', 'gallery', 'album', 'cameraroll', 'camera-roll', 'media', 'image-picker', 'imagepicker', 'image-crop', 'multiple-image'];
const CALL_WORDS = ['webrtc', 'rtc', 'trtc', 'agora', 'twilio', 'livekit', 'jitsi', 'zego', 'voip', 'callkeep', 'callkit'];
// Vendor push channels are written into one token (react-native-xmpush, mipush): matched inside it.
const PUSH_WORDS = ['notification', 'notif', 'notifee', 'push', 'jpush', 'jiguang', 'getui', 'onesignal', 'fcm', 'apns', 'messaging', 'xmpush', 'mipush', 'hmspush'];

const RESOURCE_WORDS: Readonly<Record<Permission, readonly string[]>> = {
  calendar: CALENDAR_WORDS,
  'calendar-write': CALENDAR_WORDS,
  reminders: CALENDAR_WORDS,
  camera: ['camera', 'scan', 'scanner', 'barcode', 'qr', 'qrcode', 'vision', 'ocr', 'mlkit', 'zxing', 'photo', 'image-picker', 'imagepicker', 'image-crop', 'face-detect', ...CALL_WORDS],
  microphone: ['audio', 'record', 'recorder', 'voice', 'microphone', 'mic', 'speech', ...CALL_WORDS],
  speech: ['speech', 'voice', 'recogni', 'dictation'],
  location: LOCATION_WORDS,
  'location-temporary-precise': LOCATION_WORDS,
  'location-background': ['location', 'geo', 'geofenc', 'gps', 'tracker'],
  contacts: ['contact', 'address-book', 'addressbook', 'phonebook'],
  photos: MEDIA_WORDS,
  'photos-add': MEDIA_WORDS,
  // The music library (Apple Music / MPMediaLibrary, Android READ_MEDIA_AUDIO): photo pickers never need it.
  'media-library': ['music', 'song', 'songs', 'ipod', 'itunes', 'mpmedia', 'musickit', 'track-player', 'audio-files'],
  'media-location': MEDIA_WORDS,
  files: ['file', 'fs', 'document', 'documents', 'download', 'icloud'],
  bluetooth: ['bluetooth', 'ble', 'bt', 'beacon', 'peripheral', 'nearby', 'printer', 'escpos', 'esc-pos'],
  'nearby-devices': ['bluetooth', 'ble', 'nearby', 'wifi', 'uwb', 'beacon'],
  'network-id': ['wifi', 'network-info', 'ssid'],
  sms: ['sms', 'mms', 'otp'],
  phone: ['phone', 'call', 'calls', 'dial', 'dialer', 'telephon', 'sim', 'carrier', 'imei', 'voip', 'callkeep', 'callkit'],
  'phone-number': ['phone', 'sim', 'carrier', 'telephon'],
  'call-log': ['call', 'calls', 'calllog', 'call-log', 'dialer'],
  // Device identifiers: READ_PHONE_STATE is what old Android needs for the IMEI / serial, and push and analytics
  // SDKs read it (see no-unused-permission's SDK_JUSTIFIES).
  'device-id': ['device-info', 'deviceinfo', 'unique-id', 'uniqueid', 'imei', 'oaid', 'udid', 'analytics', 'umeng', 'bugly', 'jpush', 'jiguang', 'getui', 'push', 'xmpush', 'mipush', 'hmspush'],
  notifications: PUSH_WORDS,
  'push-token': PUSH_WORDS,
  sensors: ['sensor', 'health', 'heart', 'pedometer', 'fitness'],
  activity: ['pedometer', 'step-counter', 'stepcounter', 'activity-recognition', 'health', 'fitness', 'fit', 'motion-activity'],
  motion: ['pedometer', 'motion-activity', 'coremotion', 'sensor', 'health', 'fitness'],
  health: ['health', 'healthkit', 'fitness', 'fit'],
  tracking: ['tracking-transparency', 'idfa', 'advertising', 'admob', 'ads', 'ad', 'appsflyer', 'adjust', 'attribution', 'fbsdk', 'applovin', 'ironsource'],
  'advertising-id': ['tracking-transparency', 'idfa', 'advertising', 'admob', 'ads', 'ad', 'appsflyer', 'adjust', 'attribution', 'fbsdk', 'applovin', 'ironsource', 'oaid'],
  'face-id': ['biometric', 'biometrics', 'fingerprint', 'touch-id', 'touchid', 'faceid', 'face-id', 'local-auth', 'keychain'],
  siri: ['siri', 'shortcut'],
  nfc: ['nfc'],
  'tv-provider': ['tv-provider', 'tvprovider', 'video-subscriber', 'videosubscriber', 'tvos', 'sso'],
};

/** Name tokens that say which framework a package is for, not what it does. */
const FRAMEWORK_TOKENS: ReadonlySet<string> = new Set(['react', 'native', 'rn', 'expo', 'capacitor', 'community', 'cordova', 'plugin', 'plugins', 'ionic', 'awesome', 'uni', 'dcloud', 'ohos']);

/**
 * Packages that wrap the platform itself or every permission at once. Their sources name all permissions, so what
 * they name is no evidence; they are never "unknown native packages" either.
 */
const PLATFORM_PACKAGES: ReadonlySet<string> = new Set([
  'react-native', 'react', 'react-dom', 'expo', 'expo-modules-core', 'expo-permissions', 'react-native-permissions', 'react-native-windows', 'react-native-macos',
  'react-native-web', '@capacitor/core', '@capacitor/android', '@capacitor/ios', '@capacitor/cli', 'cordova-android', 'cordova-ios',
  'cordova-plugin-android-permissions', 'cordova.plugins.diagnostic', 'cordova-diagnostic-plugin', '@awesome-cordova-plugins/core', '@ionic-native/core',
]);

/** Packages of a platform framework (scoped) or a permission helper: as above. */
export function isPlatformPackage(name: string): boolean {
  return (
    PLATFORM_PACKAGES.has(name) ||
    /^@(?:dcloudio|tarojs|react-native|expo)\//.test(name) ||
    /^@capacitor\/(?:cli|core|android|ios)$/.test(name) ||
    /(?:^|-)permissions?(?:$|-)/.test(name.replace(/^@[^/]+\//, ''))
  );
}

/** Packages that can ship native code by their name alone (React Native, Expo, Capacitor, Cordova, ohpm libraries). */
export function mayShipNativeCode(name: string): boolean {
  return /react-native|capacitor|cordova|nativescript|^expo-|^@expo\/|^@ohos\/|^@notifee\/|^@rnmapbox\/|(?:^|[-/])rn(?:-|$)/.test(name);
}

function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((token) => token && !FRAMEWORK_TOKENS.has(token));
}

/** Whether a package name names the resource `permission` guards (react-native-calendar-events → calendar). */
export function dependencyNameSuggests(name: string, permission: Permission): boolean {
  const words = RESOURCE_WORDS[permission];
  if (!words) return false;
  // A media player (IjkMediaPlayer, react-native-media-player) plays what it is given: no photo library in that name.
  const tokens = nameTokens(name).filter((token, i, all) => !(token === 'mediaplayer' || (token === 'media' && all[i + 1] === 'player')));
  const joined = tokens.join('-');
  return words.some((word) => (word.includes('-') ? joined.includes(word) : word.length >= 5 ? tokens.some((t) => t.includes(word)) : tokens.includes(word)));
}

/** A package the knowledge base has no permission entry for (and that is not the platform itself). */
export function isUnknownDependency(name: string): boolean {
  return dependencyPermissions(name) === undefined && !isPlatformPackage(name);
}
