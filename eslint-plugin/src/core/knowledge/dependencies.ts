// What installing a package implies: the permissions it brings into the merged Android manifest, the iOS keys its
// Expo config plugin writes, and which plugin option carries each purpose string. Checked against the packages'
// config-plugin sources (expo/expo packages/*/plugin/src, react-native-vision-camera src/expo-plugin).
import type { Permission, Platform } from '../types.js';

export interface ExpoPluginOption {
  /** The plugin (= package) name used in app.json `plugins`. */
  plugin: string;
  /** The option, e.g. 'cameraPermission'. */
  option: string;
  /** Info.plist keys the option writes. */
  iosKeys: readonly string[];
  /** Setting the option to `false` removes the key (and, where noted, the Android permission). */
  falseRemoves: boolean;
  /** Option that must also be enabled for the key to be written (vision-camera enableMicrophonePermission). */
  requires?: string;
  /** Keys the plugin writes only from this version of the package on (iOS 17's calendar keys, expo-calendar 12.1.0). */
  keysSince?: Readonly<Record<string, readonly [number, number, number]>>;
  /**
   * The option for the permission the package exists for (expo-camera's camera, not its microphone): an app that
   * lists the plugin asks for it, so the default text it writes is the one users see.
   */
  primary?: true;
  /** The plugin writes the key only from the option: without it nothing is written, and no default either. */
  noDefault?: true;
}

/**
 * Expo config-plugin options that write iOS purpose strings. When the plugin is applied without the option it
 * writes a generic default ("Allow $(PRODUCT_NAME) to access your camera"), which purpose-string-quality flags.
 */
export const EXPO_PLUGIN_OPTIONS: readonly ExpoPluginOption[] = [
  { plugin: 'expo-camera', option: 'cameraPermission', iosKeys: ['NSCameraUsageDescription'], falseRemoves: true, primary: true },
  { plugin: 'expo-camera', option: 'microphonePermission', iosKeys: ['NSMicrophoneUsageDescription'], falseRemoves: true },
  { plugin: 'expo-location', option: 'locationWhenInUsePermission', iosKeys: ['NSLocationWhenInUseUsageDescription'], falseRemoves: true, primary: true },
  {
    plugin: 'expo-location',
    option: 'locationAlwaysAndWhenInUsePermission',
    iosKeys: ['NSLocationAlwaysAndWhenInUseUsageDescription'],
    falseRemoves: true,
  },
  { plugin: 'expo-location', option: 'locationAlwaysPermission', iosKeys: ['NSLocationAlwaysUsageDescription'], falseRemoves: true },
  // Newer expo-location (motion activity API) also writes the motion key by default.
  { plugin: 'expo-location', option: 'motionUsagePermission', iosKeys: ['NSMotionUsageDescription'], falseRemoves: true },
  { plugin: 'expo-image-picker', option: 'photosPermission', iosKeys: ['NSPhotoLibraryUsageDescription'], falseRemoves: true },
  { plugin: 'expo-image-picker', option: 'cameraPermission', iosKeys: ['NSCameraUsageDescription'], falseRemoves: true },
  { plugin: 'expo-image-picker', option: 'microphonePermission', iosKeys: ['NSMicrophoneUsageDescription'], falseRemoves: true },
  { plugin: 'expo-contacts', option: 'contactsPermission', iosKeys: ['NSContactsUsageDescription'], falseRemoves: true, primary: true },
  { plugin: 'expo-media-library', option: 'photosPermission', iosKeys: ['NSPhotoLibraryUsageDescription'], falseRemoves: true, primary: true },
  { plugin: 'expo-media-library', option: 'savePhotosPermission', iosKeys: ['NSPhotoLibraryAddUsageDescription'], falseRemoves: true },
  {
    plugin: 'expo-calendar',
    option: 'calendarPermission',
    iosKeys: ['NSCalendarsUsageDescription', 'NSCalendarsFullAccessUsageDescription'],
    falseRemoves: true,
    primary: true,
    // plugin/build/withCalendar.js: 12.0.0 writes no FullAccess key, 12.1.0 on does.
    keysSince: { NSCalendarsFullAccessUsageDescription: [12, 1, 0] },
  },
  {
    plugin: 'expo-calendar',
    option: 'remindersPermission',
    iosKeys: ['NSRemindersUsageDescription', 'NSRemindersFullAccessUsageDescription'],
    falseRemoves: true,
    keysSince: { NSRemindersFullAccessUsageDescription: [12, 1, 0] },
  },
  { plugin: 'expo-calendar', option: 'writeOnlyCalendarPermission', iosKeys: ['NSCalendarsWriteOnlyAccessUsageDescription'], falseRemoves: true },
  { plugin: 'expo-tracking-transparency', option: 'userTrackingPermission', iosKeys: ['NSUserTrackingUsageDescription'], falseRemoves: false, primary: true },
  // react-native-google-mobile-ads' plugin sets the tracking text from this option (withIosUserTrackingUsageDescription),
  // and expo-tracking-transparency keeps an existing value: with it, the app's own text ships.
  { plugin: 'react-native-google-mobile-ads', option: 'userTrackingUsageDescription', iosKeys: ['NSUserTrackingUsageDescription'], falseRemoves: false, noDefault: true },
  { plugin: 'expo-sensors', option: 'motionPermission', iosKeys: ['NSMotionUsageDescription'], falseRemoves: true },
  { plugin: 'expo-av', option: 'microphonePermission', iosKeys: ['NSMicrophoneUsageDescription'], falseRemoves: true },
  { plugin: 'expo-audio', option: 'microphonePermission', iosKeys: ['NSMicrophoneUsageDescription'], falseRemoves: true },
  { plugin: 'expo-local-authentication', option: 'faceIDPermission', iosKeys: ['NSFaceIDUsageDescription'], falseRemoves: true, primary: true },
  // Face ID only guards items saved with requireAuthentication, so a missing option is not reported (not primary).
  { plugin: 'expo-secure-store', option: 'faceIDPermission', iosKeys: ['NSFaceIDUsageDescription'], falseRemoves: true },
  { plugin: 'react-native-vision-camera', option: 'cameraPermissionText', iosKeys: ['NSCameraUsageDescription'], falseRemoves: false, primary: true },
  {
    plugin: 'react-native-vision-camera',
    option: 'microphonePermissionText',
    iosKeys: ['NSMicrophoneUsageDescription'],
    falseRemoves: false,
    requires: 'enableMicrophonePermission',
  },
  // expo-maps 57.0.3 plugin/build/withMapsLocation.js: only with requestLocationPermission: true, the option's text
  // (or the app's, or "Allow $(PRODUCT_NAME) to access your location").
  { plugin: 'expo-maps', option: 'locationPermission', iosKeys: ['NSLocationWhenInUseUsageDescription'], falseRemoves: false, requires: 'requestLocationPermission' },
  // @react-native-voice/voice 3.2.4 plugin/build/withVoice.js and expo-speech-recognition 57.1.0 app.plugin.js: the
  // option's text, else the app's, else "Allow $(PRODUCT_NAME) to securely recognize user speech" and a microphone
  // default (voice: `false` leaves the key out).
  { plugin: '@react-native-voice/voice', option: 'speechRecognitionPermission', iosKeys: ['NSSpeechRecognitionUsageDescription'], falseRemoves: true, primary: true },
  { plugin: '@react-native-voice/voice', option: 'microphonePermission', iosKeys: ['NSMicrophoneUsageDescription'], falseRemoves: true },
  { plugin: 'expo-speech-recognition', option: 'speechRecognitionPermission', iosKeys: ['NSSpeechRecognitionUsageDescription'], falseRemoves: false, primary: true },
  { plugin: 'expo-speech-recognition', option: 'microphonePermission', iosKeys: ['NSMicrophoneUsageDescription'], falseRemoves: false },
  {
    plugin: 'react-native-vision-camera',
    option: 'locationPermissionText',
    iosKeys: ['NSLocationWhenInUseUsageDescription'],
    falseRemoves: false,
    requires: 'enableLocation',
  },
];

/** Plugin options that write `iosKey`; pass the app's dependencies / plugins to keep only those that apply. */
export function expoPluginOptionFor(iosKey: string, plugins?: Iterable<string>): ExpoPluginOption[] {
  const allowed = plugins ? new Set(plugins) : undefined;
  return EXPO_PLUGIN_OPTIONS.filter((o) => o.iosKeys.includes(iosKey) && (!allowed || allowed.has(o.plugin)));
}

/**
 * Expo packages whose config plugin `expo prebuild` applies as soon as the package is installed, even when
 * `plugins` does not list it (@expo/prebuild-config legacyExpoPlugins, plus expo-contacts from the versioned SDK
 * plugins). Applied without options they write a generic purpose string.
 */
export const EXPO_AUTO_APPLIED_PLUGINS: ReadonlySet<string> = new Set([
  'expo-av',
  'expo-calendar',
  'expo-camera',
  'expo-contacts',
  'expo-image-picker',
  'expo-local-authentication',
  'expo-location',
  'expo-media-library',
  'expo-sensors',
]);

/** Every option of `plugin` that carries a purpose string. */
export function expoPluginOptions(plugin: string): ExpoPluginOption[] {
  return EXPO_PLUGIN_OPTIONS.filter((o) => o.plugin === plugin);
}

export interface DependencyPermissions {
  /** Permissions (our vocabulary) the package's APIs touch. */
  permissions: readonly Permission[];
  /** android.permission.* the package (library manifest or config plugin) adds to the merged manifest by default. */
  androidAddedByDefault: readonly string[];
  /** Added only when a plugin option enables it: option → permissions. */
  androidAddedByOption?: Readonly<Record<string, readonly string[]>>;
  /** Plugin options that switch a default permission off: option (set to false) → permissions removed. */
  androidRemovedByOption?: Readonly<Record<string, readonly string[]>>;
}

const A = (name: string): string => `android.permission.${name}`;

/**
 * npm packages and the permissions they imply. `androidAddedByDefault` is what ends up in the merged manifest even
 * when the app's own manifest does not list it (remove with expo.android.blockedPermissions / tools:node="remove").
 */
export const DEPENDENCY_PERMISSIONS: Readonly<Record<string, DependencyPermissions>> = {
  'expo-camera': {
    permissions: ['camera', 'microphone'],
    androidAddedByDefault: [A('CAMERA'), A('RECORD_AUDIO')],
    androidRemovedByOption: { recordAudioAndroid: [A('RECORD_AUDIO')] },
  },
  'expo-location': {
    permissions: ['location', 'location-background'],
    androidAddedByDefault: [A('ACCESS_COARSE_LOCATION'), A('ACCESS_FINE_LOCATION'), A('FOREGROUND_SERVICE')],
    androidAddedByOption: {
      isAndroidBackgroundLocationEnabled: [A('ACCESS_BACKGROUND_LOCATION')],
      isAndroidMotionActivityEnabled: [A('ACTIVITY_RECOGNITION')],
    },
  },
  'expo-image-picker': {
    permissions: ['camera', 'photos', 'microphone'],
    // The library's own manifest adds the storage and camera permissions (its README lists them); the plugin adds RECORD_AUDIO.
    androidAddedByDefault: [A('RECORD_AUDIO'), A('CAMERA'), A('READ_EXTERNAL_STORAGE'), A('WRITE_EXTERNAL_STORAGE')],
    androidRemovedByOption: { microphonePermission: [A('RECORD_AUDIO')] },
  },
  'expo-media-library': {
    permissions: ['photos', 'photos-add'],
    androidAddedByDefault: [A('READ_EXTERNAL_STORAGE'), A('WRITE_EXTERNAL_STORAGE')],
    androidAddedByOption: { isAccessMediaLocationEnabled: [A('ACCESS_MEDIA_LOCATION')] },
  },
  'expo-contacts': { permissions: ['contacts'], androidAddedByDefault: [A('READ_CONTACTS'), A('WRITE_CONTACTS')] },
  // Its library manifest declares both storage permissions (13.0.3, 16.0.9, 19.0.21): Gradle merges them into the app.
  'expo-file-system': { permissions: ['storage', 'files'], androidAddedByDefault: [A('READ_EXTERNAL_STORAGE'), A('WRITE_EXTERNAL_STORAGE')] },
  'expo-calendar': { permissions: ['calendar', 'reminders'], androidAddedByDefault: [A('READ_CALENDAR'), A('WRITE_CALENDAR')] },
  'expo-notifications': { permissions: ['notifications', 'push-token'], androidAddedByDefault: [A('POST_NOTIFICATIONS')] },
  'expo-tracking-transparency': {
    permissions: ['tracking', 'advertising-id'],
    androidAddedByDefault: ['com.google.android.gms.permission.AD_ID'],
  },
  // Its library manifest declares ACTIVITY_RECOGNITION (13.0.9 and 14.x): Gradle merges it into every app that installs it.
  'expo-sensors': { permissions: ['motion', 'activity'], androidAddedByDefault: [A('ACTIVITY_RECOGNITION')] },
  'expo-av': {
    permissions: ['microphone'],
    androidAddedByDefault: [A('RECORD_AUDIO'), A('MODIFY_AUDIO_SETTINGS')],
    androidRemovedByOption: { microphonePermission: [A('RECORD_AUDIO')] },
  },
  'expo-audio': {
    permissions: ['microphone'],
    androidAddedByDefault: [A('RECORD_AUDIO'), A('MODIFY_AUDIO_SETTINGS')],
    androidRemovedByOption: { recordAudioAndroid: [A('RECORD_AUDIO')] },
  },
  'expo-local-authentication': { permissions: ['face-id'], androidAddedByDefault: [A('USE_BIOMETRIC'), A('USE_FINGERPRINT')] },
  'expo-clipboard': { permissions: ['clipboard'], androidAddedByDefault: [] },
  'expo-application': { permissions: ['device-id', 'attribution'], androidAddedByDefault: [] },
  'expo-device': { permissions: ['device-name', 'device-id'], androidAddedByDefault: [] },
  'react-native-vision-camera': {
    permissions: ['camera', 'microphone', 'location'],
    androidAddedByDefault: [A('CAMERA')],
    androidAddedByOption: {
      enableMicrophonePermission: [A('RECORD_AUDIO')],
      enableLocation: [A('ACCESS_COARSE_LOCATION'), A('ACCESS_FINE_LOCATION')],
    },
  },
  'react-native-camera': { permissions: ['camera', 'microphone'], androidAddedByDefault: [] },
  'react-native-permissions': { permissions: [], androidAddedByDefault: [] },
  'react-native-contacts': { permissions: ['contacts'], androidAddedByDefault: [] },
  // Its MAC and IP address reads are device identifiers, not the Wi-Fi network's (no SSID, which needs location), and
  // its location-provider checks need no permission: it justifies no location key (attentiveness/reading).
  'react-native-device-info': { permissions: ['device-id', 'device-name'], androidAddedByDefault: [] },
  '@react-native-community/geolocation': { permissions: ['location'], androidAddedByDefault: [] },
  '@react-native-clipboard/clipboard': { permissions: ['clipboard'], androidAddedByDefault: [] },
  // Capturing video records sound: its README asks for NSMicrophoneUsageDescription as well.
  'react-native-image-picker': { permissions: ['camera', 'photos', 'microphone'], androidAddedByDefault: [] },
  // Its iOS guide requires NSLocationAlwaysAndWhenInUseUsageDescription (v7+; NSLocationAlwaysUsageDescription up
  // to v6): the native library can report in the background, though the plugin never shows that prompt.
  '@capacitor/geolocation': { permissions: ['location', 'location-background'], androidAddedByDefault: [] },
  '@capacitor/camera': { permissions: ['camera', 'photos'], androidAddedByDefault: [] },
  // Firebase Cloud Messaging 23.0.6 and later, which current versions depend on, declares POST_NOTIFICATIONS in its own
  // manifest (Firebase's Android 13 guide).
  '@capacitor/push-notifications': { permissions: ['notifications', 'push-token'], androidAddedByDefault: [A('POST_NOTIFICATIONS')] },
  // Its library manifest declares POST_NOTIFICATIONS (8.5.2).
  '@capacitor-firebase/messaging': { permissions: ['notifications', 'push-token'], androidAddedByDefault: [A('POST_NOTIFICATIONS')] },
  '@capacitor/clipboard': { permissions: ['clipboard'], androidAddedByDefault: [] },
  '@capacitor/device': { permissions: ['device-id', 'device-name'], androidAddedByDefault: [] },

  // Community React Native modules that prompt. androidAddedByDefault lists what the library manifest was read to
  // declare; [] where it was not checked (the app then has to declare the permission itself).
  'react-native-calendar-events': { permissions: ['calendar', 'calendar-write', 'reminders'], androidAddedByDefault: [A('WRITE_CALENDAR')] },
  'react-native-add-calendar-event': { permissions: ['calendar-write', 'calendar'], androidAddedByDefault: [] },
  'react-native-geolocation-service': {
    permissions: ['location', 'location-background'],
    androidAddedByDefault: [A('ACCESS_COARSE_LOCATION'), A('ACCESS_FINE_LOCATION')],
  },
  // Transistor Software's SDK (an AAR, out of node_modules' sight) declares location and motion-activity permissions
  // in its own manifest: Play asks apps that only add the package to justify ACTIVITY_RECOGNITION (its issues #2003,
  // #2636), and hamagen-react-native's ACTIVITY_RECOGNITION request was held to a declaration the build has (27a).
  'react-native-background-geolocation': {
    permissions: ['location', 'location-background', 'activity', 'motion'],
    androidAddedByDefault: [A('ACCESS_FINE_LOCATION'), A('ACCESS_COARSE_LOCATION'), A('ACCESS_BACKGROUND_LOCATION'), A('ACTIVITY_RECOGNITION')],
  },
  // The mauron85 library: its iOS ACTIVITY provider's SOMotionDetector uses CMMotionActivityManager (CoreMotion) for
  // stop detection, its Android one activity recognition (Path-Check/safeplaces-dct-app).
  '@mauron85/react-native-background-geolocation': { permissions: ['location', 'location-background', 'activity', 'motion'], androidAddedByDefault: [] },
  'react-native-maps': { permissions: ['location'], androidAddedByDefault: [] },
  '@rnmapbox/maps': { permissions: ['location'], androidAddedByDefault: [] },
  // Both declare location and phone state in their library AndroidManifest.xml (merged into the app's).
  'react-native-amap3d': { permissions: ['location'], androidAddedByDefault: [A('ACCESS_COARSE_LOCATION'), A('ACCESS_FINE_LOCATION'), A('READ_PHONE_STATE')] },
  'react-native-amap-geolocation': {
    permissions: ['location'],
    androidAddedByDefault: [A('ACCESS_COARSE_LOCATION'), A('ACCESS_FINE_LOCATION'), A('READ_PHONE_STATE'), A('WRITE_EXTERNAL_STORAGE')],
  },
  'react-native-audio-recorder-player': { permissions: ['microphone'], androidAddedByDefault: [A('RECORD_AUDIO')] },
  '@react-native-voice/voice': { permissions: ['microphone', 'speech'], androidAddedByDefault: [A('RECORD_AUDIO')] },
  'react-native-webrtc': { permissions: ['camera', 'microphone', 'bluetooth'], androidAddedByDefault: [] },
  'react-native-agora': { permissions: ['camera', 'microphone', 'bluetooth', 'phone'], androidAddedByDefault: [] },
  'react-native-callkeep': { permissions: ['phone', 'microphone'], androidAddedByDefault: [] },
  // Bluetooth packages merge location into the Android manifest (scans need it up to Android 11), but use no
  // location of their own: no-unused-permission lets Bluetooth justify location on Android only.
  'react-native-ble-plx': {
    permissions: ['bluetooth', 'nearby-devices'],
    androidAddedByDefault: [A('ACCESS_COARSE_LOCATION'), A('ACCESS_FINE_LOCATION'), A('BLUETOOTH_SCAN'), A('BLUETOOTH_CONNECT')],
  },
  'react-native-ble-manager': {
    permissions: ['bluetooth', 'nearby-devices'],
    androidAddedByDefault: [A('ACCESS_COARSE_LOCATION'), A('ACCESS_FINE_LOCATION'), A('BLUETOOTH_SCAN'), A('BLUETOOTH_CONNECT')],
  },
  'react-native-image-crop-picker': { permissions: ['camera', 'photos'], androidAddedByDefault: [] },
  '@react-native-camera-roll/camera-roll': { permissions: ['photos', 'photos-add'], androidAddedByDefault: [] },
  '@react-native-community/cameraroll': { permissions: ['photos', 'photos-add'], androidAddedByDefault: [] },
  'react-native-camera-kit': { permissions: ['camera'], androidAddedByDefault: [] },
  'react-native-qrcode-scanner': { permissions: ['camera'], androidAddedByDefault: [] },
  'react-native-document-scanner-plugin': { permissions: ['camera'], androidAddedByDefault: [] },
  '@notifee/react-native': { permissions: ['notifications'], androidAddedByDefault: [A('POST_NOTIFICATIONS')] },
  // The same through Firebase Cloud Messaging.
  '@react-native-firebase/messaging': { permissions: ['notifications', 'push-token'], androidAddedByDefault: [A('POST_NOTIFICATIONS')] },
  // The OneSignal Android SDK (a Maven dependency, out of node_modules' sight) declares POST_NOTIFICATIONS in its
  // notifications module's manifest since 4.8 (react-native-onesignal 4.4+, and 5.x): Hylo's request was held to a
  // declaration the merged manifest has (26a).
  'react-native-onesignal': { permissions: ['notifications', 'push-token'], androidAddedByDefault: [A('POST_NOTIFICATIONS')] },
  'react-native-push-notification': { permissions: ['notifications'], androidAddedByDefault: [] },
  '@react-native-community/push-notification-ios': { permissions: ['notifications', 'push-token'], androidAddedByDefault: [] },
  'react-native-biometrics': { permissions: ['face-id'], androidAddedByDefault: [] },
  'react-native-touch-id': { permissions: ['face-id'], androidAddedByDefault: [] },
  'react-native-fingerprint-scanner': { permissions: ['face-id'], androidAddedByDefault: [] },
  'react-native-keychain': { permissions: ['face-id'], androidAddedByDefault: [] },
  'react-native-health': { permissions: ['health'], androidAddedByDefault: [] },
  'react-native-google-fit': { permissions: ['activity', 'health', 'location'], androidAddedByDefault: [] },
  'react-native-sms-retriever': { permissions: ['phone-number'], androidAddedByDefault: [] },
  // Expo modules not listed above.
  'expo-barcode-scanner': { permissions: ['camera'], androidAddedByDefault: [A('CAMERA')] },
  'expo-secure-store': { permissions: ['face-id'], androidAddedByDefault: [] },
  'expo-cellular': { permissions: ['phone'], androidAddedByDefault: [] },
  // Capacitor and Cordova plugins.
  '@capacitor/local-notifications': { permissions: ['notifications'], androidAddedByDefault: [A('POST_NOTIFICATIONS')] },
  '@capacitor/filesystem': { permissions: ['files'], androidAddedByDefault: [] },
  // 8.3.0's library manifest: location (scanning below Android 12), the legacy Bluetooth pair and Android 12's pair.
  '@capacitor-community/bluetooth-le': {
    permissions: ['bluetooth', 'nearby-devices'],
    androidAddedByDefault: [A('ACCESS_COARSE_LOCATION'), A('ACCESS_FINE_LOCATION'), A('BLUETOOTH'), A('BLUETOOTH_ADMIN'), A('BLUETOOTH_SCAN'), A('BLUETOOTH_CONNECT')],
  },
  '@capacitor-community/contacts': { permissions: ['contacts'], androidAddedByDefault: [] },
  // 1.2.26's library manifest declares location and its foreground service (with the notification it shows).
  '@capacitor-community/background-geolocation': {
    permissions: ['location', 'location-background'],
    androidAddedByDefault: [A('ACCESS_COARSE_LOCATION'), A('ACCESS_FINE_LOCATION'), A('FOREGROUND_SERVICE'), A('FOREGROUND_SERVICE_LOCATION'), A('POST_NOTIFICATIONS')],
  },
  // The Capacitor build of react-native-background-geolocation: motion / activity recognition drive its stop detection.
  '@transistorsoft/capacitor-background-geolocation': { permissions: ['location', 'location-background', 'activity', 'motion'], androidAddedByDefault: [] },
  '@capacitor-community/speech-recognition': { permissions: ['microphone', 'speech'], androidAddedByDefault: [A('RECORD_AUDIO')] },
  '@capacitor-mlkit/barcode-scanning': { permissions: ['camera'], androidAddedByDefault: [] },
  // zxing-android-embedded, which it scans with, declares CAMERA in its own manifest.
  '@capacitor-community/barcode-scanner': { permissions: ['camera'], androidAddedByDefault: [A('CAMERA')] },
  '@capacitor/barcode-scanner': { permissions: ['camera'], androidAddedByDefault: [] },
  'capacitor-voice-recorder': { permissions: ['microphone'], androidAddedByDefault: [] },
  'cordova-plugin-camera': { permissions: ['camera', 'photos'], androidAddedByDefault: [] },
  'cordova-plugin-geolocation': { permissions: ['location'], androidAddedByDefault: [] },
  'cordova-plugin-contacts': { permissions: ['contacts'], androidAddedByDefault: [] },
  'cordova-plugin-media-capture': { permissions: ['camera', 'microphone'], androidAddedByDefault: [] },
  'cordova-plugin-media': { permissions: ['microphone'], androidAddedByDefault: [] },
  'cordova-plugin-calendar': { permissions: ['calendar', 'calendar-write'], androidAddedByDefault: [] },
  'phonegap-plugin-barcodescanner': { permissions: ['camera'], androidAddedByDefault: [] },

  // Packages whose names name a resource but that only display or play it: known to use no permission, so the
  // name alone does not silence no-unused-permission (react-native-calendars draws a month grid).
  'react-native-calendars': { permissions: [], androidAddedByDefault: [] },
  'react-native-calendar-strip': { permissions: [], androidAddedByDefault: [] },
  'react-native-calendar-picker': { permissions: [], androidAddedByDefault: [] },
  'react-native-phone-number-input': { permissions: [], androidAddedByDefault: [] },
  'react-native-toast-notifications': { permissions: [], androidAddedByDefault: [] },
  'expo-speech': { permissions: [], androidAddedByDefault: [] },
  // QR code renderers and generators: they draw a code from a string, never read one with the camera (CuppaZee's
  // react-native-qrcode-svg was taken for a camera user, 25a). Scanners keep scanning words (scanner, reader).
  ...Object.fromEntries(
    [
      'react-native-qrcode-svg',
      'react-native-qrcode',
      'react-native-qrcode-generator',
      'qrcode',
      'qrcode.react',
      'react-qr-code',
      'qrcode-generator',
      'qrcode-svg',
      'qrcode-terminal',
      'easyqrcodejs',
      'qr-code-styling',
      'vue-qrcode',
      '@chenfengyuan/vue-qrcode',
      'qrcode.vue',
      'vue-qr',
      'weapp-qrcode',
      'uqrcodejs',
      '@uqrcode/js',
      'angularx-qrcode',
      'ng-qrcode',
    ].map((name) => [name, { permissions: [], androidAddedByDefault: [] }]),
  ),
  // Native UI, animation and storage libraries in most React Native apps: none asks for a permission, and names they
  // export (reanimated's useReducedMotion, an accessibility setting; useAnimatedSensor, raw sensors iOS does not gate)
  // are no use of one.
  'react-native-reanimated': { permissions: [], androidAddedByDefault: [] },
  'react-native-gesture-handler': { permissions: [], androidAddedByDefault: [] },
  'react-native-screens': { permissions: [], androidAddedByDefault: [] },
  'react-native-safe-area-context': { permissions: [], androidAddedByDefault: [] },
  'react-native-svg': { permissions: [], androidAddedByDefault: [] },
  'react-native-pager-view': { permissions: [], androidAddedByDefault: [] },
  'react-native-mmkv': { permissions: [], androidAddedByDefault: [] },
  'lottie-react-native': { permissions: [], androidAddedByDefault: [] },
  'react-native-vector-icons': { permissions: [], androidAddedByDefault: [] },
  '@gorhom/bottom-sheet': { permissions: [], androidAddedByDefault: [] },
  '@shopify/flash-list': { permissions: [], androidAddedByDefault: [] },
};

/** Permissions a dependency implies, or undefined for packages we know nothing about. */
export function dependencyPermissions(pkgName: string): DependencyPermissions | undefined {
  return DEPENDENCY_PERMISSIONS[pkgName];
}

/**
 * Calls that ask on a platform only from some version of their package: an older copy asks nothing there, so the
 * platform needs no declaration for it. react-native-permissions' requestNotifications requests POST_NOTIFICATIONS
 * on Android since 3.5.0 (src/methods.android.ts); up to 3.4.x it only read whether notifications were on.
 */
export const ASKS_SINCE_VERSION: Readonly<Record<string, { platform: Platform; package: string; since: readonly [number, number, number] }>> = {
  'react-native:requestNotifications': { platform: 'android', package: 'react-native-permissions', since: [3, 5, 0] },
};
