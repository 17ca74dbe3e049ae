// require-purpose-string on small per-case apps under test/fixtures/rules/require-purpose-string/. The code of each
// case is linted as a file inside the app, so the rule sees that app's real config files through the project model.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { RuleTester } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import * as vueParser from 'vue-eslint-parser';
import { afterAll, describe, expect as vitestExpect, it } from 'vitest';
import rule from '../../../eslint-plugin/src/rules/require-purpose-string.js';
import * as etsParser from '../../../eslint-plugin/src/parsers/ets-parser.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.afterAll = afterAll;

const fixtures = fileURLToPath(new URL('../../fixtures/rules/require-purpose-string/', import.meta.url));
const inApp = (app: string, file: string): string => join(fixtures, app, file);
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A "missing" report that names `key` (among the keys it lists) before "missing from". */
function missing(key: string): RegExp {
  return new RegExp(`^(?:[^:]* )?${escapeRegExp(key)}(?: |,)[^:]*missing from `);
}
/** An "empty" report about `key`. */
function empty(key: string): RegExp {
  return new RegExp(`^${escapeRegExp(key)} is empty in `);
}

const tsTester = new RuleTester({
  languageOptions: { parser: tsParser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
});
const vueTester = new RuleTester({
  languageOptions: { parser: vueParser, sourceType: 'module', parserOptions: { parser: tsParser } },
});
const etsTester = new RuleTester({
  languageOptions: { parser: etsParser, sourceType: 'module' },
});

// ---------------------------------------------------------------------------------------------------------------
// React Native (bare): ios/RnMissingCamera/Info.plist has location, photos and an EMPTY microphone string, no camera
// or contacts key; AndroidManifest.xml has INTERNET, FINE/COARSE location, RECORD_AUDIO, READ_CONTACTS.
// ---------------------------------------------------------------------------------------------------------------
const RN = 'rn-missing-camera-key';
const rnFile = inApp(RN, 'src/screens/Feature.tsx');
const MISSING_CAMERA_IOS =
  'NSCameraUsageDescription is missing from ios/RnMissingCamera/Info.plist: iOS kills the app when the camera is first used without it.';

tsTester.run('require-purpose-string (React Native bare)', rule, {
  valid: [
    {
      name: 'a project object named Voice is not the speech recognition package',
      filename: rnFile,
      code: `
        const Voice = { start: (locale: string) => Promise.resolve(locale) };
        export const dictate = () => Voice.start('zh-CN');
      `,
    },
    {
      name: "react-native-geolocation-service: when-in-use is declared; a level held in a variable and the reads, which never ask, are not judged",
      filename: rnFile,
      code: `
        import Geolocation from 'react-native-geolocation-service';
        export const askWhileUsing = () => Geolocation.requestAuthorization('whenInUse');
        export const ask = (level: 'always' | 'whenInUse') => Geolocation.requestAuthorization(level);
        export const here = () => Geolocation.getCurrentPosition((p) => p, (e) => e, { enableHighAccuracy: true });
      `,
    },
    {
      name: 'react-native-image-crop-picker openPicker: the photo library key is declared; a project object named ImagePicker is not the picker',
      filename: rnFile,
      code: `
        import CropPicker from 'react-native-image-crop-picker';
        const ImagePicker = { showImagePicker: (options: object, done: () => void) => done(), openCamera: () => Promise.resolve() };
        export const avatar = () => CropPicker.openPicker({ width: 300, height: 300, cropping: true });
        export const pick = () => ImagePicker.showImagePicker({}, () => undefined);
        export const shoot = () => ImagePicker.openCamera();
      `,
    },
    {
      name: 'a key that Info.plist declares',
      filename: rnFile,
      code: `
        import { PERMISSIONS, request } from 'react-native-permissions';
        export const locate = () => request(PERMISSIONS.IOS.LOCATION_WHEN_IN_USE);
      `,
    },
    {
      name: 'Platform.select whose permission is declared for both platforms',
      filename: rnFile,
      code: `
        import { Platform } from 'react-native';
        import { PERMISSIONS, request } from 'react-native-permissions';
        export async function locate() {
          return request(Platform.select({ ios: PERMISSIONS.IOS.LOCATION_WHEN_IN_USE, android: PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION })!);
        }
      `,
    },
    {
      name: 'PermissionsAndroid constant declared in AndroidManifest.xml',
      filename: rnFile,
      code: `
        import { PermissionsAndroid } from 'react-native';
        export const ask = () =>
          PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.ACCESS_FINE_LOCATION, {
            title: 'Find venues near you',
            message: 'Your location is used to list the venues closest to you.',
            buttonPositive: 'OK',
          });
      `,
    },
    {
      name: 'a local function named request is not react-native-permissions',
      filename: rnFile,
      code: `
        function request(permission: string) {
          return fetch('https://api.example.com/access-requests/' + permission, { method: 'POST' });
        }
        export const askAdmin = () => request('camera');
      `,
    },
    {
      name: 'a local getCurrentPosition is not geolocation',
      filename: rnFile,
      code: `
        const tracker = { getCurrentPosition: (done: (p: number) => void) => done(42) };
        function getCurrentPosition() { return tracker.getCurrentPosition(() => undefined); }
        export const where = () => getCurrentPosition();
      `,
    },
    {
      name: 'a parameter shadowing the imported name',
      filename: rnFile,
      code: `
        import { PERMISSIONS } from 'react-native-permissions';
        export function withPermission(request: (p: string) => Promise<string>) {
          return request(PERMISSIONS.IOS.CAMERA);
        }
      `,
    },
    {
      name: 'an argument that cannot be resolved says nothing',
      filename: rnFile,
      code: `
        import { request, type Permission } from 'react-native-permissions';
        export async function ensure(permission: Permission) {
          return request(permission);
        }
      `,
    },
    {
      name: 'the image library picker needs no permission',
      filename: rnFile,
      code: `
        import { launchImageLibrary } from 'react-native-image-picker';
        export const pick = () => launchImageLibrary({ mediaType: 'photo' });
      `,
    },
    {
      name: 'legacy navigator.geolocation in a React Native app: location is declared on both platforms',
      filename: rnFile,
      code: `
        export const locate = () => navigator.geolocation.getCurrentPosition((p) => console.log(p.coords));
      `,
    },
    {
      name: 'contacts asked for only on Android (if block)',
      filename: rnFile,
      code: `
        import { Platform } from 'react-native';
        import Contacts from 'react-native-contacts';
        export async function importContacts() {
          if (Platform.OS === 'android') {
            await Contacts.requestPermission();
          }
        }
      `,
    },
    {
      // cds-snc/covid-alert-app, Path-Check: up to 3.4.x requestNotifications only reads the switch on Android.
      name: 'notifications with react-native-permissions ^2: nothing is asked on Android, so nothing is declared',
      filename: inApp('rn-permissions-v2', 'src/NotificationPermission.tsx'),
      code: readFileSync(inApp('rn-permissions-v2', 'src/NotificationPermission.tsx'), 'utf8'),
    },
    {
      name: 'CAMERA in an installed library\'s own manifest: Gradle merges it into the app\'s',
      filename: inApp('rn-library-manifest', 'src/camera.ts'),
      code: readFileSync(inApp('rn-library-manifest', 'src/camera.ts'), 'utf8'),
    },
    {
      name: 'a class method called only on Android: its request runs there alone',
      filename: rnFile,
      code: `
        import { Platform } from 'react-native';
        import Contacts from 'react-native-contacts';
        export class ImportScreen {
          componentDidMount() {
            if (Platform.OS === 'android') this.importContacts();
          }
          async importContacts() {
            await Contacts.requestPermission();
          }
        }
      `,
    },
    {
      name: 'a class field arrow called only on Android',
      filename: rnFile,
      code: `
        import { Platform } from 'react-native';
        import Contacts from 'react-native-contacts';
        export class ImportScreen {
          componentDidMount() {
            if (Platform.OS === 'android') this.importContacts();
          }
          importContacts = async () => {
            await Contacts.requestPermission();
          };
        }
      `,
    },
    {
      name: 'contacts asked for only on Android (early return)',
      filename: rnFile,
      code: `
        import { Platform } from 'react-native';
        import Contacts from 'react-native-contacts';
        export async function importContacts() {
          if (Platform.OS !== 'android') return [];
          await Contacts.requestPermission();
          return Contacts.getAll();
        }
      `,
    },
    {
      name: 'contacts asked for only on Android (&&)',
      filename: rnFile,
      code: `
        import { Platform } from 'react-native';
        import Contacts from 'react-native-contacts';
        export const importContacts = () => Platform.OS === 'android' && Contacts.requestPermission();
      `,
    },
    {
      name: 'contacts asked for only on Android (switch on Platform.OS)',
      filename: rnFile,
      code: `
        import { Platform } from 'react-native';
        import Contacts from 'react-native-contacts';
        export async function importContacts() {
          switch (Platform.OS) {
            case 'android':
              await Contacts.requestPermission();
              break;
            default:
              return [];
          }
          return Contacts.getAll();
        }
      `,
    },
    {
      name: 'contacts asked for only on Android (a platform test and another condition)',
      filename: rnFile,
      code: `
        import { Platform } from 'react-native';
        import Contacts from 'react-native-contacts';
        export async function importContacts(alreadyAsked: boolean) {
          if (Platform.OS === 'android' && !alreadyAsked) {
            await Contacts.requestPermission();
          }
        }
      `,
    },
    {
      name: 'temporary precise location: the purpose dictionary has an entry',
      filename: rnFile,
      code: `
        import { requestLocationAccuracy } from 'react-native-permissions';
        export const navigate = () => requestLocationAccuracy({ purposeKey: 'GateNavigation' });
      `,
    },
    {
      name: 'settings.consentry.platforms leaves iOS out',
      filename: rnFile,
      settings: { consentry: { platforms: ['android'] } },
      code: `
        import { PERMISSIONS, request } from 'react-native-permissions';
        export const scan = () => request(PERMISSIONS.IOS.CAMERA);
      `,
    },
  ],
  invalid: [
    {
      name: "react-native-geolocation-service: requestAuthorization('always') needs the Always key too (Bdiskovered)",
      filename: rnFile,
      code: `
        import Geolocation from 'react-native-geolocation-service';
        export const askAlways = () => Geolocation.requestAuthorization('always');
      `,
      errors: [{ message: missing('NSLocationAlwaysAndWhenInUseUsageDescription') }],
    },
    {
      name: 'speech recognition (@react-native-voice/voice) needs the speech key and the microphone key',
      filename: rnFile,
      code: `
        import Voice from '@react-native-voice/voice';
        export async function dictate() {
          await Voice.start('zh-CN');
        }
      `,
      errors: [
        {
          line: 4,
          message:
            'NSSpeechRecognitionUsageDescription is missing from ios/RnMissingCamera/Info.plist: iOS kills the app when speech recognition is first used without it.',
        },
        {
          line: 4,
          message:
            'NSMicrophoneUsageDescription is empty in ios/RnMissingCamera/Info.plist: the permission prompt has nothing to explain the request with, and App Store Connect rejects builds with an empty purpose string (ITMS-90683).',
        },
      ],
    },
    {
      name: 'react-native-image-picker 2.x showImagePicker (yren) offers the camera: its key is missing (the photo library key is declared)',
      filename: rnFile,
      code: `
        import ImagePicker from 'react-native-image-picker';
        const options = { title: '选择图片', takePhotoButtonTitle: '拍照', chooseFromLibraryButtonTitle: '从相册选择' };
        export const pick = () => ImagePicker.showImagePicker(options, (response) => console.log(response.uri));
      `,
      errors: [{ message: MISSING_CAMERA_IOS, line: 4 }],
    },
    {
      name: 'react-native-image-crop-picker openCamera with no NSCameraUsageDescription',
      filename: rnFile,
      code: `
        import ImagePicker from 'react-native-image-crop-picker';
        export const shoot = async () => (await ImagePicker.openCamera({ cropping: true })).path;
      `,
      errors: [{ message: MISSING_CAMERA_IOS, line: 3 }],
    },
    {
      name: 'react-native-permissions camera with no NSCameraUsageDescription',
      filename: rnFile,
      code: `
        import { PERMISSIONS, request } from 'react-native-permissions';
        export const scan = () => request(PERMISSIONS.IOS.CAMERA);
      `,
      errors: [{ message: MISSING_CAMERA_IOS, line: 3, column: 35, endLine: 3, endColumn: 66 }],
    },
    {
      name: 'default import and a same-module constant',
      filename: rnFile,
      code: `
        import RNPermissions, { PERMISSIONS } from 'react-native-permissions';
        const CAMERA = PERMISSIONS.IOS.CAMERA;
        export const scan = () => RNPermissions.request(CAMERA);
      `,
      errors: [{ message: MISSING_CAMERA_IOS }],
    },
    {
      name: 'PermissionsAndroid camera not in AndroidManifest.xml',
      filename: rnFile,
      code: `
        import { PermissionsAndroid } from 'react-native';
        export const scan = () => PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA);
      `,
      errors: [
        {
          message:
            'android.permission.CAMERA is missing from android/app/src/main/AndroidManifest.xml: PermissionsAndroid.request is denied without a prompt when the permission is not in the merged manifest.',
        },
      ],
    },
    {
      name: 'a string literal permission',
      filename: rnFile,
      code: `
        import { PermissionsAndroid } from 'react-native';
        export const plan = () => PermissionsAndroid.request('android.permission.READ_CALENDAR');
      `,
      errors: [{ message: missing('android.permission.READ_CALENDAR') }],
    },
    {
      name: 'Platform.select: both branches lack their declaration',
      filename: rnFile,
      code: `
        import { Platform } from 'react-native';
        import { PERMISSIONS, request } from 'react-native-permissions';
        const CAMERA = Platform.select({ ios: PERMISSIONS.IOS.CAMERA, android: PERMISSIONS.ANDROID.CAMERA })!;
        export const scan = () => request(CAMERA);
      `,
      errors: [{ message: MISSING_CAMERA_IOS }, { message: missing('android.permission.CAMERA') }],
    },
    {
      name: 'Platform.select: only the iOS branch lacks its declaration (empty string)',
      filename: rnFile,
      code: `
        import { Platform } from 'react-native';
        import { PERMISSIONS, request } from 'react-native-permissions';
        export const record = () =>
          request(Platform.select({ ios: PERMISSIONS.IOS.MICROPHONE, android: PERMISSIONS.ANDROID.RECORD_AUDIO })!);
      `,
      errors: [
        {
          message:
            'NSMicrophoneUsageDescription is empty in ios/RnMissingCamera/Info.plist: the permission prompt has nothing to explain the request with, and App Store Connect rejects builds with an empty purpose string (ITMS-90683).',
        },
      ],
    },
    {
      name: 'a ternary on Platform.OS',
      filename: rnFile,
      code: `
        import { Platform } from 'react-native';
        import { PERMISSIONS, request } from 'react-native-permissions';
        export const scan = () => request(Platform.OS === 'ios' ? PERMISSIONS.IOS.CAMERA : PERMISSIONS.ANDROID.RECORD_AUDIO);
      `,
      errors: [{ message: MISSING_CAMERA_IOS }],
    },
    {
      name: 'requestMultiple names the one missing key',
      filename: rnFile,
      code: `
        import { PERMISSIONS, requestMultiple } from 'react-native-permissions';
        export const onboard = () => requestMultiple([PERMISSIONS.IOS.LOCATION_WHEN_IN_USE, PERMISSIONS.IOS.CAMERA]);
      `,
      errors: [{ message: MISSING_CAMERA_IOS }],
    },
    {
      name: 'background location needs the always key as well',
      filename: rnFile,
      code: `
        import { PERMISSIONS, request } from 'react-native-permissions';
        export const trackRide = () => request(PERMISSIONS.IOS.LOCATION_ALWAYS);
      `,
      errors: [
        {
          message:
            'NSLocationAlwaysAndWhenInUseUsageDescription is missing from ios/RnMissingCamera/Info.plist: iOS kills the app when background location is first used without it.',
        },
      ],
    },
    {
      name: 'a class method called on Android and handed to a button: the button runs it on iOS too',
      filename: rnFile,
      code: `
        import { Platform } from 'react-native';
        import Contacts from 'react-native-contacts';
        export class ImportScreen {
          componentDidMount() {
            if (Platform.OS === 'android') this.importContacts();
          }
          async importContacts() {
            await Contacts.requestPermission();
          }
          render() {
            return { onPress: this.importContacts };
          }
        }
      `,
      errors: [{ message: missing('NSContactsUsageDescription') }],
    },
    {
      name: 'notifications with react-native-permissions 5: Android 13 asks POST_NOTIFICATIONS, and the manifest lacks it',
      filename: rnFile,
      code: `
        import { requestNotifications } from 'react-native-permissions';
        export const enablePush = () => requestNotifications(['alert', 'sound']);
      `,
      errors: [
        {
          message:
            'android.permission.POST_NOTIFICATIONS is missing from android/app/src/main/AndroidManifest.xml: requestNotifications is denied without a prompt when the permission is not in the merged manifest.',
        },
      ],
    },
    {
      name: 'contacts asked for on both platforms: iOS has no key',
      filename: rnFile,
      code: `
        import Contacts from 'react-native-contacts';
        export const importContacts = () => Contacts.requestPermission();
      `,
      errors: [{ message: missing('NSContactsUsageDescription') }],
    },
    {
      name: 'a switch case that falls through from Android into iOS',
      filename: rnFile,
      code: `
        import { Platform } from 'react-native';
        import Contacts from 'react-native-contacts';
        export async function importContacts() {
          switch (Platform.OS) {
            case 'android':
            case 'ios':
              return Contacts.requestPermission();
            default:
              return 'denied';
          }
        }
      `,
      errors: [{ message: missing('NSContactsUsageDescription') }],
    },
    {
      name: 'an either-or condition does not restrict the platform',
      filename: rnFile,
      code: `
        import { Platform } from 'react-native';
        import Contacts from 'react-native-contacts';
        export async function importContacts(userAsked: boolean) {
          if (Platform.OS === 'android' || userAsked) await Contacts.requestPermission();
        }
      `,
      errors: [{ message: missing('NSContactsUsageDescription') }],
    },
    {
      name: 'contacts asked for on iOS only (early return on Android): Info.plist has no key',
      filename: rnFile,
      code: `
        import { Platform } from 'react-native';
        import Contacts from 'react-native-contacts';
        export async function importContacts() {
          if (Platform.OS === 'android') {
            return [];
          }
          await Contacts.requestPermission();
          return Contacts.getAll();
        }
      `,
      errors: [{ message: missing('NSContactsUsageDescription'), line: 8 }],
    },
    {
      name: 'one report per call',
      filename: rnFile,
      code: `
        import { PERMISSIONS, request } from 'react-native-permissions';
        export async function scanTwice() {
          await request(PERMISSIONS.IOS.CAMERA);
          await request(PERMISSIONS.IOS.CAMERA);
        }
      `,
      errors: [
        { message: MISSING_CAMERA_IOS, line: 4 },
        { message: MISSING_CAMERA_IOS, line: 5 },
      ],
    },
  ],
});

// React Native with only an ios/ folder: Android is not a target.
const IOS_ONLY = inApp('rn-ios-only', 'src/Feature.tsx');
tsTester.run('require-purpose-string (React Native, iOS only)', rule, {
  valid: [
    {
      name: 'an Android request in an app that does not target Android',
      filename: IOS_ONLY,
      code: `
        import { PermissionsAndroid } from 'react-native';
        export const scan = () => PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA);
      `,
    },
    {
      name: 'notifications: iOS has no purpose key for them',
      filename: IOS_ONLY,
      code: `
        import { requestNotifications } from 'react-native-permissions';
        export const enablePush = () => requestNotifications(['alert', 'sound']);
      `,
    },
    {
      name: 'clipboard needs no purpose key',
      filename: IOS_ONLY,
      code: `
        import { Clipboard } from 'react-native';
        export const paste = () => Clipboard.getString();
      `,
    },
    {
      name: 'the camera key is declared',
      filename: IOS_ONLY,
      code: `
        import { PERMISSIONS, request } from 'react-native-permissions';
        export const snap = () => request(PERMISSIONS.IOS.CAMERA);
      `,
    },
  ],
  invalid: [
    {
      name: 'temporary precise location without the purpose dictionary',
      filename: IOS_ONLY,
      code: `
        import { requestLocationAccuracy } from 'react-native-permissions';
        export const navigate = () => requestLocationAccuracy({ purposeKey: 'PlantFinder' });
      `,
      errors: [
        {
          message:
            'NSLocationTemporaryUsageDescriptionDictionary is missing from ios/RnIosOnly/Info.plist: iOS refuses temporary precise location unless the dictionary holds a purpose for the purposeKey.',
        },
      ],
    },
    {
      name: 'contacts key missing',
      filename: IOS_ONLY,
      code: `
        import { PERMISSIONS, request } from 'react-native-permissions';
        export const invite = () => request(PERMISSIONS.IOS.CONTACTS);
      `,
      errors: [
        {
          message:
            'NSContactsUsageDescription is missing from ios/RnIosOnly/Info.plist: iOS kills the app when contacts is first used without it.',
        },
      ],
    },
    {
      // React Native before 0.60: the watch asks as the one-shot read does (React-Native-App-Follow-Me).
      name: "legacy navigator.geolocation's watchPosition without the location key",
      filename: IOS_ONLY,
      code: `
        export function follow(onMove) {
          return navigator.geolocation.watchPosition((position) => onMove(position.coords), () => undefined, { distanceFilter: 10 });
        }
      `,
      errors: [{ message: missing('NSLocationWhenInUseUsageDescription') }],
    },
  ],
});

// A malformed Info.plist: the plist gets the parse error; code is not checked against iOS at all.
const MALFORMED = inApp('rn-malformed-plist', 'src/Feature.tsx');
tsTester.run('require-purpose-string (unreadable Info.plist)', rule, {
  valid: [
    {
      name: 'iOS key cannot be checked, Android is declared',
      filename: MALFORMED,
      code: `
        import { Platform } from 'react-native';
        import { PERMISSIONS, request } from 'react-native-permissions';
        const CAMERA = Platform.select({ ios: PERMISSIONS.IOS.CAMERA, default: PERMISSIONS.ANDROID.CAMERA });
        export const scan = () => request(CAMERA);
      `,
    },
    {
      name: 'an iOS-only key is not reported while Info.plist is unreadable',
      filename: MALFORMED,
      code: `
        import { PERMISSIONS, request } from 'react-native-permissions';
        export const invite = () => request(PERMISSIONS.IOS.CONTACTS);
      `,
    },
  ],
  invalid: [
    {
      name: 'Android is still checked',
      filename: MALFORMED,
      code: `
        import { PermissionsAndroid } from 'react-native';
        export const invite = () => PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.READ_CONTACTS);
      `,
      errors: [{ message: missing('android.permission.READ_CONTACTS') }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Expo, app.json: expo-camera plugin with cameraPermission (and recordAudioAndroid: false), expo-location plugin with
// locationWhenInUsePermission: false, ios.infoPlist NSContactsUsageDescription "", android.permissions READ_CONTACTS;
// expo-image-picker and expo-tracking-transparency installed but not listed in plugins.
// ---------------------------------------------------------------------------------------------------------------
const EXPO = inApp('expo-plugin-option', 'app/feature.tsx');
tsTester.run('require-purpose-string (Expo app.json)', rule, {
  valid: [
    {
      name: '<CameraView>: the key comes from the expo-camera plugin option',
      filename: EXPO,
      code: `
        import { CameraView } from 'expo-camera';
        export default function Scan() {
          return <CameraView style={{ flex: 1 }} facing="back" />;
        }
      `,
    },
    {
      name: 'the permission hook and the static request',
      filename: EXPO,
      code: `
        import { Camera, useCameraPermissions } from 'expo-camera';
        export function useTicketCamera() {
          const [permission, requestPermission] = useCameraPermissions();
          return { permission, requestPermission, again: () => Camera.requestCameraPermissionsAsync() };
        }
      `,
    },
    {
      name: 'expo-image-picker is auto-applied at prebuild and writes its keys',
      filename: EXPO,
      code: `
        import * as ImagePicker from 'expo-image-picker';
        export const takePhoto = () => ImagePicker.launchCameraAsync({ mediaTypes: ['images'] });
      `,
    },
    {
      name: 'the photo library picker needs no permission (PHPicker)',
      filename: EXPO,
      code: `
        import * as ImagePicker from 'expo-image-picker';
        export const pick = () => ImagePicker.launchImageLibraryAsync({ mediaTypes: ['images'] });
      `,
    },
    {
      name: 'Android CAMERA is added by the expo-camera package',
      filename: EXPO,
      code: `
        import { PermissionsAndroid } from 'react-native';
        export const scan = () => PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA);
      `,
    },
    {
      name: 'recordAudioAndroid: false drops expo-camera\'s RECORD_AUDIO, but expo-image-picker still adds it',
      filename: EXPO,
      code: `
        import { PermissionsAndroid } from 'react-native';
        export const record = () => PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.RECORD_AUDIO);
      `,
    },
    {
      name: 'Android READ_CONTACTS is in android.permissions',
      filename: EXPO,
      code: `
        import { PERMISSIONS, request } from 'react-native-permissions';
        export const invite = () => request(PERMISSIONS.ANDROID.READ_CONTACTS);
      `,
    },
  ],
  invalid: [
    {
      // writeOnly asks only to add photos: the Add key on iOS, and no read permission on Android (expo-media-library's
      // MediaLibraryModule asks none for it), which trucktap-expo-app blocks.
      name: 'a write-only photo library request needs the Add key alone',
      filename: EXPO,
      code: `
        import * as ImagePicker from 'expo-image-picker';
        import * as MediaLibrary from 'expo-media-library';
        export const save = () => MediaLibrary.requestPermissionsAsync(true);
        export const saveEdited = () => ImagePicker.requestMediaLibraryPermissionsAsync(true);
        export const useSave = () => MediaLibrary.usePermissions({ writeOnly: true });
      `,
      errors: [
        { message: missing('NSPhotoLibraryAddUsageDescription') },
        { message: missing('NSPhotoLibraryAddUsageDescription') },
        { message: missing('NSPhotoLibraryAddUsageDescription') },
      ],
    },
    {
      name: 'the expo-location plugin option false removes the when-in-use key',
      filename: EXPO,
      code: `
        import * as Location from 'expo-location';
        export const locate = () => Location.requestForegroundPermissionsAsync();
      `,
      errors: [{ message: missing('NSLocationWhenInUseUsageDescription') }],
    },
    {
      name: 'expo-tracking-transparency is installed but its plugin is not listed',
      filename: EXPO,
      code: `
        import { requestTrackingPermissionsAsync } from 'expo-tracking-transparency';
        export const askToTrack = () => requestTrackingPermissionsAsync();
      `,
      errors: [{ message: missing('NSUserTrackingUsageDescription') }],
    },
    {
      name: 'an empty ios.infoPlist string',
      filename: EXPO,
      code: `
        import { PERMISSIONS, request } from 'react-native-permissions';
        export const invite = () => request(PERMISSIONS.IOS.CONTACTS);
      `,
      errors: [{ message: empty('NSContactsUsageDescription') }],
    },
    {
      name: 'an Android permission that neither android.permissions nor an installed package declares',
      filename: EXPO,
      code: `
        import { PermissionsAndroid } from 'react-native';
        export const plan = () => PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.READ_CALENDAR);
      `,
      errors: [
        {
          message:
            'android.permission.READ_CALENDAR is missing from app.json (expo.android.permissions): PermissionsAndroid.request is denied without a prompt when the permission is not in the merged manifest.',
        },
      ],
    },
  ],
});

// Expo, app.config.ts: ios.infoPlist location key, android.permissions FINE/COARSE, vision-camera plugin with
// cameraPermissionText only (no microphone).
const EXPO_TS = inApp('expo-config-ts', 'app/feature.tsx');
tsTester.run('require-purpose-string (Expo app.config.ts)', rule, {
  valid: [
    {
      name: 'Platform.select of keys declared in app.config.ts',
      filename: EXPO_TS,
      code: `
        import { Platform } from 'react-native';
        import { PERMISSIONS, request } from 'react-native-permissions';
        const LOCATION = Platform.select({ ios: PERMISSIONS.IOS.LOCATION_WHEN_IN_USE, android: PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION });
        export const locate = () => LOCATION && request(LOCATION);
      `,
    },
    {
      name: 'vision-camera camera request: the plugin option writes the key and adds CAMERA',
      filename: EXPO_TS,
      code: `
        import { VisionCamera } from 'react-native-vision-camera';
        export const photographSign = () => VisionCamera.requestCameraPermission();
      `,
    },
    {
      name: 'the vision-camera plugin option writes the camera key',
      filename: EXPO_TS,
      code: `
        import { useCameraPermission } from 'react-native-vision-camera';
        export function useTrailCamera() {
          const { hasPermission, requestPermission } = useCameraPermission();
          return hasPermission ? null : requestPermission;
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'vision-camera microphone: the plugin writes no microphone key without enableMicrophonePermission, nor adds RECORD_AUDIO',
      filename: EXPO_TS,
      code: `
        import { VisionCamera } from 'react-native-vision-camera';
        export const recordTrailVideo = () => VisionCamera.requestMicrophonePermission();
      `,
      errors: [
        {
          message:
            'NSMicrophoneUsageDescription is missing from app.config.ts (ios.infoPlist): iOS kills the app when the microphone is first used without it.',
        },
        {
          message:
            'android.permission.RECORD_AUDIO is missing from app.config.ts (android.permissions): VisionCamera.requestMicrophonePermission is denied without a prompt when the permission is not in the merged manifest.',
        },
      ],
    },
    {
      name: 'bluetooth key missing from app.config.ts',
      filename: EXPO_TS,
      code: `
        import { PERMISSIONS, request } from 'react-native-permissions';
        export const pairWatch = () => request(PERMISSIONS.IOS.BLUETOOTH);
      `,
      errors: [{ message: missing('NSBluetoothAlwaysUsageDescription') }],
    },
  ],
});

// Expo with its native iOS project committed (kenees/react-native-location-demo): EAS Build and `expo run:ios` run no
// prebuild when ios/ exists, so ios/LocationDemo/Info.plist (camera key only) is what ships; the expo-location plugin
// option and app.json's ios.infoPlist contacts key never reach it.
const EXPO_NATIVE_IOS = inApp('expo-committed-ios', 'src/feature.js');
tsTester.run('require-purpose-string (Expo with a committed ios/ project)', rule, {
  valid: [
    {
      name: 'the camera key is in the committed Info.plist',
      filename: EXPO_NATIVE_IOS,
      code: `
        import { Camera } from 'expo-camera';
        export const scanRoute = () => Camera.requestCameraPermissionsAsync();
      `,
    },
  ],
  invalid: [
    {
      name: "the plugin's option and app.json's ios.infoPlist do not reach the committed Info.plist",
      filename: EXPO_NATIVE_IOS,
      code: `
        import * as Location from 'expo-location';
        import * as Contacts from 'expo-contacts';
        export const locate = () => Location.requestForegroundPermissionsAsync();
        export const findFriends = () => Contacts.requestPermissionsAsync();
      `,
      errors: [
        { message: /^NSLocationWhenInUseUsageDescription is missing from ios\/LocationDemo\/Info\.plist:/ },
        { message: /^NSContactsUsageDescription is missing from ios\/LocationDemo\/Info\.plist:/ },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// WeChat, from 2022-06-13: chooseLocation and choosePoi need no scope.userLocation authorisation, so no desc; the
// requiredPrivateInfos entry stays. (minizgt, 26b F3.) getLocation still needs both.
// ---------------------------------------------------------------------------------------------------------------
const WECHAT_NO_SCOPE = inApp('wechat-chooselocation-no-scope', 'pages/delivery/delivery.js');
tsTester.run('require-purpose-string (WeChat chooseLocation without scope desc)', rule, {
  valid: [
    {
      name: 'chooseLocation listed in requiredPrivateInfos, no permission["scope.userLocation"]',
      filename: WECHAT_NO_SCOPE,
      code: `Page({ pick() { wx.chooseLocation({ success: (res) => this.setData({ address: res.address }) }); } });`,
    },
  ],
  invalid: [
    {
      name: 'getLocation still needs the desc',
      filename: WECHAT_NO_SCOPE,
      code: `Page({ locate() { wx.getLocation({ type: 'gcj02', success: (res) => this.setData(res) }); } });`,
      errors: [{ message: /permission\["scope\.userLocation"\]\.desc/ }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// WeChat mini-program: permission scope.userLocation has a desc; requiredPrivateInfos lists only chooseLocation.
// ---------------------------------------------------------------------------------------------------------------
const WECHAT = inApp('wechat-missing-requiredprivateinfos', 'pages/stores/feature.js');
tsTester.run('require-purpose-string (WeChat mini-program)', rule, {
  valid: [
    {
      name: 'chooseLocation is declared',
      filename: WECHAT,
      code: `Page({ pick() { wx.chooseLocation({ success: (res) => this.setData({ address: res.address }) }); } });`,
    },
    {
      name: 'authorize for location: the scope has a desc',
      filename: WECHAT,
      code: `Page({ onTap() { wx.authorize({ scope: 'scope.userLocation' }); } });`,
    },
    {
      name: 'authorize for the camera: WeChat accepts no desc for it',
      filename: WECHAT,
      code: `Page({ onTap() { wx.authorize({ scope: 'scope.camera' }); } });`,
    },
    {
      name: 'recording: no purpose key exists for scope.record',
      filename: WECHAT,
      code: `const recorder = wx.getRecorderManager(); Page({ start() { recorder.start({ format: 'aac' }); } });`,
    },
    {
      name: 'a scope that cannot be resolved',
      filename: WECHAT,
      code: `Page({ data: { scope: '' }, ask() { wx.authorize({ scope: this.data.scope }); } });`,
    },
    {
      // Pages often name their own method after the API; only wx.chooseAddress itself needs requiredPrivateInfos.
      name: 'a page method named chooseAddress that opens the app\'s own address page, and a local object named wx',
      filename: WECHAT,
      code: `
        Page({
          chooseAddress() { wx.navigateTo({ url: '/pages/address/list?select=1' }); },
          onTapAddress() { this.chooseAddress(); },
          onTapPoi() {
            const wx = { choosePoi: () => Promise.resolve({ name: 'home' }) };
            return wx.choosePoi();
          },
        });
      `,
    },
    {
      name: 'a local getLocation and a local object named wx',
      filename: WECHAT,
      code: `
        function getLocation() { return { latitude: 0, longitude: 0 }; }
        Page({
          onLoad() {
            const wx = { getLocation };
            wx.getLocation();
            getLocation();
          },
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'getLocation not in requiredPrivateInfos',
      filename: WECHAT,
      code: `Page({ find() { wx.getLocation({ type: 'gcj02', success: (res) => console.log(res) }); } });`,
      errors: [
        {
          message:
            'requiredPrivateInfos "getLocation" is missing from app.json: wx.getLocation fails at runtime while it is not declared (mini-programs released after 2022-07-14).',
        },
      ],
    },
    {
      name: 'getFuzzyLocation: no scope desc and not in requiredPrivateInfos',
      filename: WECHAT,
      code: `Page({ city() { wx.getFuzzyLocation({ type: 'wgs84' }); } });`,
      errors: [
        {
          message:
            'permission["scope.userFuzzyLocation"].desc and requiredPrivateInfos "getFuzzyLocation" are missing from app.json: wx.getFuzzyLocation fails at runtime while it is not declared (mini-programs released after 2022-07-14).',
        },
      ],
    },
    {
      name: 'a TypeScript mini-program page',
      filename: inApp('wechat-missing-requiredprivateinfos', 'pages/stores/track.ts'),
      code: `
        Page({
          start(): void {
            wx.startLocationUpdateBackground({ success: () => wx.onLocationChange((res) => console.log(res.latitude)) });
          },
        });
      `,
      errors: [
        {
          message:
            'permission["scope.userLocationBackground"].desc, requiredPrivateInfos "startLocationUpdateBackground" and requiredBackgroundModes "location" are missing from app.json: wx.startLocationUpdateBackground fails at runtime while they are not declared (the background mode always, requiredPrivateInfos in mini-programs released after 2022-07-14).',
        },
        // The listener asks nothing, but WeChat refuses it too while requiredPrivateInfos does not list it.
        {
          message:
            'requiredPrivateInfos "onLocationChange" is missing from app.json: wx.onLocationChange fails at runtime while it is not declared (mini-programs released after 2022-07-14).',
        },
      ],
    },
    {
      // chooseAddress no longer asks for scope.address, yet requiredPrivateInfos must list it (group-shop-miniprogramme).
      name: 'chooseAddress and choosePoi prompt for nothing, and still need requiredPrivateInfos',
      filename: WECHAT,
      code: `
        Page({
          pickAddress() { wx.chooseAddress({ success: (address) => this.setData({ address }) }); },
          pickPlace() { wx.choosePoi({ success: (poi) => this.setData({ poi }) }); },
        });
      `,
      errors: [
        {
          message:
            'requiredPrivateInfos "chooseAddress" is missing from app.json: wx.chooseAddress fails at runtime while it is not declared (mini-programs released after 2022-07-14).',
        },
        {
          message:
            'requiredPrivateInfos "choosePoi" is missing from app.json: wx.choosePoi fails at runtime while it is not declared (mini-programs released after 2022-07-14).',
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// uni-app (.vue): privacyDescription has the location key only; the Android list has location + RECORD_AUDIO;
// mp-weixin has scope.userLocation desc and requiredPrivateInfos getLocation.
// ---------------------------------------------------------------------------------------------------------------
const UNI = inApp('uniapp-privacy-description', 'pages/index/feature.vue');
vueTester.run('require-purpose-string (uni-app)', rule, {
  valid: [
    {
      // uni.authorize exists only in mini-programs: the save runs in WeChat alone, where the album needs no key
      // (ymshop-uniapp, whose iOS keys are empty).
      name: 'saving to the album in what uni.authorize calls back: mini-program code, no iOS key',
      filename: UNI,
      code: `<script setup>
function save(filePath) {
  uni.authorize({
    scope: 'scope.writePhotosAlbum',
    success() { uni.saveImageToPhotosAlbum({ filePath }); },
  });
  uni.authorize({ scope: 'scope.writePhotosAlbum' }).then(() => uni.saveImageToPhotosAlbum({ filePath }));
}
</script>`,
    },
    {
      // The method is called only from uni.authorize's success (taokeuniapp's poster save, weimenjin's door
      // opening): its code runs in the mini-program alone, as if written in the callback.
      name: 'a method called only from what uni.authorize calls back: mini-program code, no iOS key',
      filename: UNI,
      code: `<template><button @tap="savePoster">保存海报</button></template>
<script>
export default {
  methods: {
    savePoster() {
      let that = this;
      // asks first; downLoadImg saves once allowed
      uni.authorize({ scope: 'scope.writePhotosAlbum', success() { that.downLoadImg(that.poster); } });
    },
    downLoadImg(url) {
      uni.downloadFile({ url, success: (res) => uni.saveImageToPhotosAlbum({ filePath: res.tempFilePath }) });
    },
  },
};
</script>`,
    },
    {
      name: 'a helper two calls below uni.authorize, and a function declaration: mini-program code, no iOS key',
      filename: UNI,
      code: `<script>
function saveFile(filePath) { uni.saveImageToPhotosAlbum({ filePath }); }
export default {
  methods: {
    openLock() {
      // #ifdef MP-WEIXIN
      this.locate();
      // #endif
    },
    locate() { uni.authorize({ scope: 'scope.writePhotosAlbum', success: () => this.save('a.png') }); },
    save(path) { saveFile(path); },
  },
};
</script>`,
    },
    {
      name: 'chooseAddress only in the App build: nothing for the mini-program to list',
      filename: UNI,
      code: `<script setup>
function pickAddress() {
  // #ifdef APP-PLUS
  uni.chooseAddress({ success: (address) => console.log(address.detailInfo) });
  // #endif
}
</script>`,
    },
    {
      name: 'getLocation is declared for iOS and mp-weixin',
      filename: UNI,
      code: `<template><button @click="locate">附近门店</button></template>
<script>
export default {
  methods: {
    locate() {
      uni.getLocation({ type: 'gcj02', success: (res) => console.log(res.latitude) });
    },
  },
};
</script>`,
    },
    {
      name: 'chooseImage destructured from a local object named uni (an imported mock), not the platform global',
      filename: UNI,
      code: `<script setup>
import uni from '@/utils/uni-mock'
const { chooseImage } = uni
function shoot() {
  chooseImage({ count: 1, sourceType: ['camera'] });
}
</script>`,
    },
    {
      // uni-app's own runtime test of the phone's OS (fangdongzhizu-portal): the branch that is not iOS, and a method
      // called only from it, never run in the iOS App.
      name: 'scanCode where uni.getSystemInfoSync().platform says the phone is not an iPhone',
      filename: UNI,
      code: `<template><button @tap="scanDesk">扫桌码</button><button @tap="rescan">重扫</button></template>
<script>
export default {
  methods: {
    scanDesk() {
      if (uni.getSystemInfoSync().platform === 'android') uni.scanCode({ success: (res) => console.log(res.result) });
    },
    rescan() {
      const system = uni.getSystemInfoSync();
      if (system.platform == 'ios') {
        uni.showToast({ title: '请在设置中打开相机' });
      } else {
        this.scanOnAndroid();
      }
    },
    scanOnAndroid() {
      uni.scanCode({ success: (res) => console.log(res.result) });
    },
  },
};
</script>`,
    },
    {
      // control-warm (27b): the same test through .toLowerCase() and through a local that holds it.
      name: 'scanCode in an Android-only branch: the OS name lower-cased, or the test kept in a local',
      filename: UNI,
      code: `<template><button @tap="scanDesk">扫桌码</button><button @tap="scanAgain">重扫</button></template>
<script>
export default {
  methods: {
    scanDesk() {
      let systemInfo = uni.getSystemInfoSync();
      if (systemInfo.platform.toLowerCase() === 'android') uni.scanCode({ success: (res) => console.log(res.result) });
    },
    scanAgain() {
      let isAndroid = uni.getSystemInfoSync().platform.toLowerCase() === 'android';
      if (isAndroid) {
        uni.scanCode({ success: (res) => console.log(res.result) });
      }
    },
  },
};
</script>`,
    },
    {
      name: 'chooseImage destructured from uni inside a function whose parameter is named uni',
      filename: UNI,
      code: `<script setup>
function shoot(uni) {
  const { chooseImage } = uni
  chooseImage({ count: 1, sourceType: ['camera'] });
}
</script>`,
    },
    {
      name: 'recording compiled for WeChat only (#ifdef MP-WEIXIN)',
      filename: UNI,
      code: `<script setup>
// #ifdef MP-WEIXIN
const recorder = uni.getRecorderManager();
// #endif
</script>`,
    },
    {
      name: 'a picker and a scanner compiled for WeChat only: the mini-program picker asks nothing of the app',
      filename: UNI,
      code: `<script setup>
function pick() {
  // #ifdef MP-WEIXIN
  uni.chooseImage({ count: 1, sourceType: ['album', 'camera'] });
  uni.scanCode({ onlyFromCamera: true });
  // #endif
}
</script>`,
    },
    {
      name: 'a picker whose sources come from a variable: nothing to say which key it needs',
      filename: UNI,
      code: `<script>
export default {
  props: ['sources'],
  methods: {
    pick() {
      uni.chooseImage({ count: 1, sourceType: this.sources, success: (res) => console.log(res.tempFilePaths) });
    },
  },
};
</script>`,
    },
    {
      name: 'a picker whose options object is built elsewhere: not guessed',
      filename: UNI,
      code: `<script setup>
const options = { count: 1, sourceType: ['camera'] };
function pick() { uni.chooseImage(options); }
</script>`,
    },
    {
      name: 'chooseLocation compiled for the App only (#ifdef APP-PLUS): the iOS key exists',
      filename: UNI,
      code: `<script setup lang="ts">
function pick() {
  // #ifdef APP-PLUS
  uni.chooseLocation({ success: (res) => console.log(res.address) });
  // #endif
}
</script>`,
    },
  ],
  invalid: [
    {
      name: 'recording on the App: privacyDescription lacks the microphone key',
      filename: UNI,
      code: `<script setup>
const recorder = uni.getRecorderManager();
</script>`,
      errors: [{ message: missing('NSMicrophoneUsageDescription') }],
    },
    {
      // HBuilderX's build writes its own generic text for a key the manifest leaves out: the app does not crash,
      // it ships a purpose string that says nothing (webim-uniapp-demo, TinyShop-UniApp).
      name: 'the uni-app consequence is the generic text HBuilderX writes, not a crash',
      filename: UNI,
      code: `<script setup>
const recorder = uni.getRecorderManager();
</script>`,
      errors: [
        {
          message:
            "NSMicrophoneUsageDescription is missing from manifest.json (app-plus.distribute.ios.privacyDescription): the App build ships HBuilderX's generic text for it instead, which does not say why the app needs it, and App Review rejects such builds (5.1.1).",
        },
      ],
    },
    {
      // Only the mini-program's list: the App build's address picker is the app's own page and asks iOS for nothing.
      name: 'chooseAddress in a uni-app: requiredPrivateInfos of mp-weixin, and no iOS or Android key',
      filename: UNI,
      code: `<script setup>
function pickAddress() {
  uni.chooseAddress({ success: (address) => console.log(address.detailInfo) });
}
</script>`,
      errors: [
        {
          message:
            'requiredPrivateInfos "chooseAddress" is missing from manifest.json (mp-weixin): uni.chooseAddress fails at runtime while it is not declared (mini-programs released after 2022-07-14).',
        },
      ],
    },
    {
      name: 'a method called from uni.authorize and also from a tap: the tap runs in the App too',
      filename: UNI,
      code: `<script>
export default {
  methods: {
    savePoster() { uni.authorize({ scope: 'scope.writePhotosAlbum', success: () => this.downLoadImg('a.png') }); },
    saveAgain() { this.downLoadImg('b.png'); },
    downLoadImg(filePath) { uni.saveImageToPhotosAlbum({ filePath }); },
  },
};
</script>`,
      errors: [{ message: missing('NSPhotoLibraryAddUsageDescription') }],
    },
    {
      name: 'a method the template also names: its calls from there are not known, the iOS key is needed',
      filename: UNI,
      code: `<template><button @tap="downLoadImg">保存</button></template>
<script>
export default {
  methods: {
    savePoster() { uni.authorize({ scope: 'scope.writePhotosAlbum', success: () => this.downLoadImg() }); },
    downLoadImg() { uni.saveImageToPhotosAlbum({ filePath: this.poster }); },
  },
};
</script>`,
      errors: [{ message: missing('NSPhotoLibraryAddUsageDescription') }],
    },
    {
      name: 'a method passed on as a callback: where it runs is not known, the iOS key is needed',
      filename: UNI,
      code: `<script>
export default {
  methods: {
    savePoster() { uni.authorize({ scope: 'scope.writePhotosAlbum', success: () => this.downLoadImg() }); },
    later() { setTimeout(this.downLoadImg, 100); },
    downLoadImg() { uni.saveImageToPhotosAlbum({ filePath: this.poster }); },
  },
};
</script>`,
      errors: [{ message: missing('NSPhotoLibraryAddUsageDescription') }],
    },
    {
      name: 'an exported function: other modules call it too, the iOS key is needed',
      filename: UNI,
      code: `<script>
export function saveFile(filePath) { uni.saveImageToPhotosAlbum({ filePath }); }
export default { methods: { save() { uni.authorize({ scope: 'scope.writePhotosAlbum', success: () => saveFile('a.png') }); } } };
</script>`,
      errors: [{ message: missing('NSPhotoLibraryAddUsageDescription') }],
    },
    {
      name: 'the same save outside uni.authorize runs in the App too: the iOS key is needed',
      filename: UNI,
      code: `<script setup>
function save(filePath) {
  uni.authorize({ scope: 'scope.writePhotosAlbum', success() { console.log('granted'); } });
  uni.saveImageToPhotosAlbum({ filePath });
}
</script>`,
      errors: [{ message: missing('NSPhotoLibraryAddUsageDescription') }],
    },
    {
      name: 'scanCode in the App: iOS opens the camera, and privacyDescription has no camera key (fish-ui)',
      filename: UNI,
      code: `<template><button @tap="scanDesk">扫桌码点餐</button></template>
<script>
export default {
  methods: {
    scanDesk() {
      uni.scanCode({ success: (res) => console.log(res.result) });
    },
  },
};
</script>`,
      errors: [{ message: missing('NSCameraUsageDescription') }],
    },
    {
      // A mini-program or H5 page on an iPhone says 'ios' too, but so does the iOS App: the branch still needs the key.
      name: "scanCode where uni.getSystemInfoSync().platform says the phone is an iPhone",
      filename: UNI,
      code: `<template><button @tap="scanDesk">扫桌码</button></template>
<script>
export default {
  methods: {
    scanDesk() {
      if (uni.getSystemInfoSync().osName !== 'android') uni.scanCode({ success: (res) => console.log(res.result) });
    },
  },
};
</script>`,
      errors: [{ message: missing('NSCameraUsageDescription'), line: 6 }],
    },
    {
      // A local that holds the test but is written again later says nothing at the branch.
      name: 'a local platform test that is reassigned before the branch',
      filename: UNI,
      code: `<template><button @tap="scanDesk">扫桌码</button></template>
<script>
export default {
  methods: {
    scanDesk() {
      let isAndroid = uni.getSystemInfoSync().platform.toLowerCase() === 'android';
      isAndroid = this.forceScan || isAndroid;
      if (isAndroid) uni.scanCode({ success: (res) => console.log(res.result) });
    },
  },
};
</script>`,
      errors: [{ message: missing('NSCameraUsageDescription'), line: 8 }],
    },
    {
      name: 'chooseImage from the camera only: the camera key, not the photo library key',
      filename: UNI,
      code: `<script setup>
function shoot() {
  uni.chooseImage({ count: 1, sourceType: ['camera'], success: (res) => console.log(res.tempFilePaths) });
}
</script>`,
      errors: [{ message: /^NSCameraUsageDescription is missing from / }],
    },
    {
      name: 'chooseImage destructured from uni (the file never writes `uni.`): still the camera key',
      filename: UNI,
      code: `<script setup>
const { chooseImage } = uni
function shoot() {
  chooseImage({ count: 1, sourceType: ['camera'] });
}
</script>`,
      errors: [{ message: /^NSCameraUsageDescription is missing from /, line: 4 }],
    },
    {
      name: 'chooseImage from the album only: the photo library key, not the camera key',
      filename: UNI,
      code: `<script setup>
function pick() {
  uni.chooseImage({ count: 9, sourceType: ['album'] });
}
</script>`,
      errors: [{ message: /^NSPhotoLibraryUsageDescription is missing from / }],
    },
    {
      name: 'chooseImage with the default sources (album and camera): both keys',
      filename: UNI,
      code: `<script>
export default {
  methods: {
    pickLogo() {
      uni.chooseImage({ count: 1, success: (res) => { this.logo = res.tempFilePaths[0]; } });
    },
    pickAgain() {
      uni.chooseImage();
    },
  },
};
</script>`,
      errors: [
        { message: /^NSPhotoLibraryUsageDescription and NSCameraUsageDescription are missing from / },
        { message: /^NSPhotoLibraryUsageDescription and NSCameraUsageDescription are missing from / },
      ],
    },
    {
      name: 'chooseLocation on mp-weixin: not in mp-weixin requiredPrivateInfos',
      filename: UNI,
      code: `<script>
export default {
  methods: {
    pick() {
      uni.chooseLocation({ success: (res) => console.log(res.address) });
    },
  },
};
</script>`,
      errors: [{ message: missing('requiredPrivateInfos "chooseLocation"') }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Taro (weapp): src/app.config.ts lists getFuzzyLocation and chooseLocation; only scope.userLocation has a desc.
// ---------------------------------------------------------------------------------------------------------------
const TARO = inApp('taro-weapp-missing-desc', 'src/pages/run/feature.tsx');
tsTester.run('require-purpose-string (Taro)', rule, {
  valid: [
    {
      name: 'chooseLocation declared in app.config.ts',
      filename: TARO,
      code: `
        import Taro from '@tarojs/taro';
        export const pick = () => Taro.chooseLocation({});
      `,
    },
    {
      name: 'H5-only branch: the web has no purpose keys',
      filename: TARO,
      code: `
        import Taro from '@tarojs/taro';
        export function locate() {
          if (process.env.TARO_ENV === 'h5') {
            Taro.getLocation({ type: 'wgs84' });
          }
        }
      `,
    },
    {
      name: 'a project helper called getLocation',
      filename: TARO,
      code: `
        import { getLocation } from '../../utils/geo';
        export const locate = () => getLocation();
      `,
    },
  ],
  invalid: [
    {
      name: 'getFuzzyLocation: the scope has no desc',
      filename: TARO,
      code: `
        import Taro from '@tarojs/taro';
        export const city = () => Taro.getFuzzyLocation({ type: 'wgs84' });
      `,
      errors: [
        {
          message:
            'permission["scope.userFuzzyLocation"].desc is missing from src/app.config.ts: WeChat asks for location only with a stated purpose, shown in the authorization dialog.',
        },
      ],
    },
    {
      name: 'getLocation (named import): not in requiredPrivateInfos',
      filename: TARO,
      code: `
        import { getLocation } from '@tarojs/taro';
        export const locate = () => getLocation({ type: 'gcj02' });
      `,
      errors: [{ message: missing('requiredPrivateInfos "getLocation"') }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Capacitor: ios/App/App/Info.plist has the location keys only; AndroidManifest.xml has FINE/COARSE location.
// capacitor-missing-camera-key installs the community barcode scanner (whose zxing manifest declares CAMERA);
// capacitor-mlkit-scanner, the same config, installs ML Kit's scanner, which leaves CAMERA to the app.
// ---------------------------------------------------------------------------------------------------------------
// React Native with react-native-amap-geolocation: its library manifest brings location and phone state into the
// merged manifest, so the app's own AndroidManifest.xml (INTERNET only) need not list them (round-8 review, yren).
const AMAP = inApp('rn-amap', 'src/Geo.ts');
tsTester.run('require-purpose-string (permissions a library manifest adds)', rule, {
  valid: [
    {
      name: 'location asked for at run time, declared by the amap library manifest',
      filename: AMAP,
      code: `
        import { PermissionsAndroid } from 'react-native';
        export const ask = () =>
          PermissionsAndroid.requestMultiple([PermissionsAndroid.PERMISSIONS.ACCESS_FINE_LOCATION, PermissionsAndroid.PERMISSIONS.ACCESS_COARSE_LOCATION]);
      `,
    },
  ],
  invalid: [
    {
      name: 'a permission no installed package adds is still missing',
      filename: AMAP,
      code: `
        import { PermissionsAndroid } from 'react-native';
        export const scan = () => PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA);
      `,
      errors: [{ message: missing('android.permission.CAMERA') }],
    },
  ],
});

const CAP = inApp('capacitor-missing-camera-key', 'src/app/feature.page.ts');
// The demo Ionic app declares the camera on both platforms, and no microphone.
const IONIC_SCAN = fileURLToPath(new URL('../../fixtures/apps/capacitor-ionic/src/app/scan.page.ts', import.meta.url));
tsTester.run('require-purpose-string (Capacitor)', rule, {
  valid: [
    {
      name: 'the camera on Android only (Capacitor.getPlatform())',
      filename: CAP,
      code: `
        import { Capacitor } from '@capacitor/core';
        import { Camera, CameraResultType } from '@capacitor/camera';
        export async function proof() {
          if (Capacitor.getPlatform() !== 'android') return undefined;
          return Camera.getPhoto({ quality: 80, resultType: CameraResultType.Uri });
        }
      `,
    },
    {
      name: 'push permission with no POST_NOTIFICATIONS in the app manifest: Firebase Messaging\'s own manifest declares it',
      filename: CAP,
      code: `
        import { PushNotifications } from '@capacitor/push-notifications';
        export async function enablePush() {
          const { receive } = await PushNotifications.requestPermissions();
          if (receive === 'granted') await PushNotifications.register();
        }
      `,
    },
    {
      name: 'the community scanner on Android: zxing-android-embedded\'s own manifest declares CAMERA',
      filename: CAP,
      code: `
        import { Capacitor } from '@capacitor/core';
        import { BarcodeScanner } from '@capacitor-community/barcode-scanner';
        export async function scanTicket() {
          if (Capacitor.getPlatform() !== 'android') return undefined;
          return BarcodeScanner.startScan();
        }
      `,
    },
    {
      name: 'the community scanner checks its permission without forcing the prompt',
      filename: CAP,
      code: `
        import { BarcodeScanner } from '@capacitor-community/barcode-scanner';
        export const granted = async () => (await BarcodeScanner.checkPermission({ force: false })).granted;
        export const status = () => BarcodeScanner.checkPermission();
      `,
    },
    {
      name: 'checking the scanner permission asks nothing',
      filename: CAP,
      code: `
        import { BarcodeScanner } from '@capacitor-mlkit/barcode-scanning';
        export const allowed = async () => (await BarcodeScanner.checkPermissions()).camera === 'granted';
      `,
    },
    {
      name: "the web view's geolocation with the location keys declared",
      filename: CAP,
      code: `
        export const here = () => new Promise((resolve) => navigator.geolocation.getCurrentPosition(resolve, () => resolve(null)));
      `,
    },
    {
      name: 'getUserMedia whose constraints are not written out here asks for nothing this rule can name',
      filename: CAP,
      code: `
        export const open = (constraints: MediaStreamConstraints) => navigator.mediaDevices.getUserMedia(constraints);
        export const maybe = (withAudio: boolean) => navigator.mediaDevices.getUserMedia({ video: false, audio: withAudio });
        export const merged = (extra: MediaStreamConstraints) => navigator.mediaDevices.getUserMedia({ ...extra, audio: false });
      `,
    },
    {
      name: 'getUserMedia only in the browser build: Capacitor.isNativePlatform() false, through a constant and an early return',
      filename: CAP,
      code: `
        import { Capacitor } from '@capacitor/core';
        const isNative = Capacitor.isNativePlatform();
        export async function warmUpMicrophone(status: string) {
          if (!isNative && status !== 'granted') {
            const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
            stream.getTracks().forEach((track) => track.stop());
          }
        }
        export async function webDictation() {
          if (Capacitor.isNativePlatform()) return null;
          return navigator.mediaDevices.getUserMedia({ audio: true });
        }
        export const webOnly = () => (window.Capacitor?.isNativePlatform() ? null : navigator.mediaDevices.getUserMedia({ audio: true }));
        // transdovic: the same test behind a server-rendering guard.
        export async function webRecording() {
          if (typeof window !== 'undefined' && (window as any).Capacitor?.isNativePlatform()) return null;
          return navigator.mediaDevices.getUserMedia({ audio: true });
        }
      `,
    },
    {
      // Trashee: the platform test wrapped in a one-line method of the same class, or a function of the file.
      name: 'getUserMedia only in the browser build: the native test returned by a same-file method or function',
      filename: CAP,
      code: `
        import { Capacitor } from '@capacitor/core';
        function isNativeApp() { return Capacitor.isNativePlatform(); }
        export class MediaService {
          static isNative(): boolean {
            return Capacitor.isNativePlatform();
          }
          static async webDictation() {
            if (!this.isNative()) return navigator.mediaDevices.getUserMedia({ audio: true });
            return null;
          }
          static async webRecording() {
            if (MediaService.isNative() || isNativeApp()) return null;
            return navigator.mediaDevices.getUserMedia({ audio: true });
          }
        }
      `,
    },
    {
      name: 'a constraints constant a later line changes is not judged',
      filename: CAP,
      code: `
        const constraints: MediaStreamConstraints = { video: true };
        export function start(front: boolean) {
          if (!front) constraints.video = false;
          return navigator.mediaDevices.getUserMedia(constraints);
        }
      `,
    },
    {
      name: "the web view's camera stream with the camera declared on both platforms (a QR scanner)",
      filename: IONIC_SCAN,
      code: `
        const constraints = { video: { facingMode: 'environment' }, audio: false };
        export async function startScanner(video: HTMLVideoElement) {
          video.srcObject = await navigator.mediaDevices.getUserMedia(constraints);
          await video.play();
        }
      `,
    },
    {
      // The background-geolocation plugin's library manifest declares both location permissions, so the merged
      // manifest has them though the app's own lists none (Rumah Keripik Courier).
      name: 'location on Android through an installed plugin that declares it in its own manifest',
      filename: inApp('capacitor-background-geolocation', 'src/weather.ts'),
      code: `
        import { Geolocation } from '@capacitor/geolocation';
        export async function courierPosition() {
          const position = await Geolocation.getCurrentPosition({ enableHighAccuracy: true });
          navigator.geolocation.watchPosition((next) => console.log(next.coords), () => undefined);
          return position;
        }
      `,
    },
    {
      name: 'location declared in Info.plist and AndroidManifest.xml',
      filename: CAP,
      code: `
        import { Geolocation } from '@capacitor/geolocation';
        export async function nearest() {
          await Geolocation.requestPermissions();
          return Geolocation.getCurrentPosition({ enableHighAccuracy: false });
        }
      `,
    },
  ],
  invalid: [
    {
      // A method that does more than return a test is not read as one.
      name: 'getUserMedia behind a same-file method whose body is more than the return of a platform test',
      filename: CAP,
      code: `
        import { Capacitor } from '@capacitor/core';
        export class MediaService {
          static isNative(): boolean {
            console.log('checking');
            return Capacitor.isNativePlatform();
          }
          static async webDictation() {
            if (!this.isNative()) return navigator.mediaDevices.getUserMedia({ audio: true });
            return null;
          }
        }
      `,
      errors: [{ message: missing('NSMicrophoneUsageDescription') }, { message: /RECORD_AUDIO is missing/ }],
    },
    {
      // Another class's method of the same name (imported, unknown here) is not this class's test.
      name: "getUserMedia behind another class's isNative(), not the one of the class the call is in",
      filename: CAP,
      code: `
        import { Capacitor } from '@capacitor/core';
        import { DeviceService } from './device';
        export class MediaService {
          static isNative(): boolean {
            return Capacitor.isNativePlatform();
          }
          static async webDictation() {
            if (!DeviceService.isNative()) return navigator.mediaDevices.getUserMedia({ audio: true });
            return null;
          }
        }
      `,
      errors: [{ message: missing('NSMicrophoneUsageDescription') }, { message: /RECORD_AUDIO is missing/ }],
    },
    {
      name: "the web view's navigator.geolocation in a Capacitor app needs the iOS key and the Android location permission",
      filename: inApp('capacitor-web-geolocation', 'src/weather.ts'),
      code: `
        export function userLocation() {
          return new Promise((resolve) => {
            navigator.geolocation.getCurrentPosition((pos) => resolve(pos.coords), () => resolve(null));
          });
        }
      `,
      errors: [
        {
          message:
            "NSLocationWhenInUseUsageDescription is missing from ios/App/App/Info.plist: the app's web view denies navigator.geolocation.getCurrentPosition without asking when the key is missing.",
        },
        {
          message:
            'android.permission.ACCESS_FINE_LOCATION or android.permission.ACCESS_COARSE_LOCATION is missing from android/app/src/main/AndroidManifest.xml: navigator.geolocation.getCurrentPosition is denied without a prompt when the permission is not in the merged manifest.',
        },
      ],
    },
    {
      name: "the web view's getUserMedia needs the microphone key and RECORD_AUDIO for { audio: true }",
      filename: CAP,
      code: `
        export const talk = () => navigator.mediaDevices.getUserMedia({ audio: true });
      `,
      errors: [
        {
          message:
            "NSMicrophoneUsageDescription is missing from ios/App/App/Info.plist: the app's web view denies navigator.mediaDevices.getUserMedia without asking when the key is missing.",
        },
        { message: missing('android.permission.RECORD_AUDIO') },
      ],
    },
    {
      name: 'a server-rendering guard alone says nothing of the platform',
      filename: CAP,
      code: `
        export async function record() {
          if (typeof window === 'undefined') return null;
          return navigator.mediaDevices.getUserMedia({ audio: true });
        }
      `,
      errors: [{ message: missing('NSMicrophoneUsageDescription') }, { message: missing('android.permission.RECORD_AUDIO') }],
    },
    {
      name: 'getUserMedia inside the native branch is still checked',
      filename: CAP,
      code: `
        import { Capacitor } from '@capacitor/core';
        export async function record() {
          if (Capacitor.isNativePlatform()) return navigator.mediaDevices.getUserMedia({ audio: true });
          return null;
        }
      `,
      errors: [{ message: missing('NSMicrophoneUsageDescription') }, { message: missing('android.permission.RECORD_AUDIO') }],
    },
    {
      name: "a video call's getUserMedia needs the microphone where only the camera is declared",
      filename: IONIC_SCAN,
      code: `
        export async function joinCall(video: HTMLVideoElement) {
          const stream = await navigator.mediaDevices.getUserMedia({ video: { width: 1280 }, audio: true });
          video.srcObject = stream;
        }
      `,
      errors: [{ message: missing('NSMicrophoneUsageDescription') }, { message: missing('android.permission.RECORD_AUDIO') }],
    },
    {
      // On Android the community barcode scanner's own manifest brings CAMERA into the merged manifest.
      name: 'a constraints constant of the module says the camera',
      filename: CAP,
      code: `
        const CAMERA_ONLY = { video: { facingMode: { ideal: 'environment' } } } as const;
        export const scan = () => navigator.mediaDevices.getUserMedia(CAMERA_ONLY);
        export function preview(deviceId?: string) {
          const constraints = { video: deviceId ? { deviceId: { exact: deviceId } } : { facingMode: 'environment' } };
          return navigator.mediaDevices.getUserMedia(constraints);
        }
      `,
      errors: [{ message: missing('NSCameraUsageDescription') }, { message: missing('NSCameraUsageDescription') }],
    },
    {
      name: 'speech recognition needs the speech and microphone keys on iOS and RECORD_AUDIO on Android, at the call as written',
      filename: CAP,
      code: `
        import { SpeechRecognition } from '@capacitor-community/speech-recognition';
        export const allowDictation = () => SpeechRecognition.requestPermission();
      `,
      errors: [
        {
          message:
            'NSSpeechRecognitionUsageDescription and NSMicrophoneUsageDescription are missing from ios/App/App/Info.plist: iOS kills the app when speech recognition is first used without them.',
        },
        {
          message:
            'android.permission.RECORD_AUDIO is missing from android/app/src/main/AndroidManifest.xml: SpeechRecognition.requestPermission is denied without a prompt when the permission is not in the merged manifest.',
        },
      ],
    },
    {
      name: 'Capacitor 2: the camera through the Plugins proxy, destructured or not',
      filename: CAP,
      code: `
        import { Plugins, CameraResultType } from '@capacitor/core';
        const { Camera } = Plugins;
        export const avatar = () => Camera.getPhoto({ resultType: CameraResultType.DataUrl });
        export const proof = () => Plugins.Camera.getPhoto({ resultType: CameraResultType.Uri });
      `,
      errors: [{ message: missing('NSCameraUsageDescription'), line: 4 }, { message: missing('NSCameraUsageDescription'), line: 5 }],
    },
    {
      name: 'ML Kit barcode scanning: the request needs the iOS key and the CAMERA declaration; the ready-made scan() needs only the iOS key (Android scans with the Google code scanner)',
      filename: inApp('capacitor-mlkit-scanner', 'src/app/scan.page.ts'),
      code: `
        import { BarcodeScanner } from '@capacitor-mlkit/barcode-scanning';
        export const allowScanning = () => BarcodeScanner.requestPermissions();
        export const scanOnce = () => BarcodeScanner.scan();
      `,
      errors: [
        { message: missing('NSCameraUsageDescription'), line: 3 },
        { message: missing('android.permission.CAMERA'), line: 3 },
        { message: missing('NSCameraUsageDescription'), line: 4 },
      ],
    },
    {
      name: 'the community scanner opens the camera on iOS without NSCameraUsageDescription (Capacitor 2 proxy too)',
      filename: CAP,
      code: `
        import { BarcodeScanner } from '@capacitor-community/barcode-scanner';
        import { Plugins } from '@capacitor/core';
        export const scanTicket = () => BarcodeScanner.startScan();
        export const scanOld = () => Plugins.BarcodeScanner.startScan();
      `,
      errors: [{ message: missing('NSCameraUsageDescription'), line: 4 }, { message: missing('NSCameraUsageDescription'), line: 5 }],
    },
    {
      name: 'the community scanner forced to ask (checkPermission({ force: true })) without NSCameraUsageDescription (qrCodeScanner)',
      filename: CAP,
      code: `
        import { BarcodeScanner } from '@capacitor-community/barcode-scanner';
        export async function ensureCamera() {
          const status = await BarcodeScanner.checkPermission({ force: true });
          return status.granted === true;
        }
      `,
      errors: [{ message: missing('NSCameraUsageDescription'), line: 4 }],
    },
    {
      name: 'Camera.requestPermissions without NSCameraUsageDescription',
      filename: CAP,
      code: `
        import { Camera } from '@capacitor/camera';
        export const allowCamera = () => Camera.requestPermissions();
      `,
      errors: [{ message: missing('NSCameraUsageDescription') }],
    },
    {
      name: 'Camera.getPhoto without NSCameraUsageDescription',
      filename: CAP,
      code: `
        import { Camera, CameraResultType } from '@capacitor/camera';
        export const proof = () => Camera.getPhoto({ quality: 80, resultType: CameraResultType.Uri });
      `,
      errors: [
        {
          message:
            'NSCameraUsageDescription is missing from ios/App/App/Info.plist: iOS kills the app when the camera is first used without it.',
        },
      ],
    },
  ],
});

// The web has no purpose strings: nothing to report, whatever the API.
const WEB = inApp('web-pwa', 'src/feature.ts');
tsTester.run('require-purpose-string (Web)', rule, {
  valid: [
    {
      name: 'geolocation, camera and notifications in a web app',
      filename: WEB,
      code: `
        export async function start() {
          navigator.geolocation.getCurrentPosition((p) => console.log(p.coords));
          const stream = await navigator.mediaDevices.getUserMedia({ video: true });
          await Notification.requestPermission();
          return stream;
        }
      `,
    },
  ],
  invalid: [],
});

// ---------------------------------------------------------------------------------------------------------------
// HarmonyOS: module.json5 declares CAMERA (reason $string:camera_reason, which resolves; usedScene), MICROPHONE
// (reason, no usedScene), APPROXIMATELY_LOCATION ($string:location_reason, which string.json does not define).
// ---------------------------------------------------------------------------------------------------------------
const HARMONY_ETS = inApp('harmony-string-ref', 'entry/src/main/ets/common/Feature.ets');
const HARMONY_TS = inApp('harmony-string-ref', 'entry/src/main/ets/common/feature.ts');
const harmonyCases = (filename: string) => ({
  valid: [
    {
      name: `$string: reason that resolves, with usedScene (${filename.slice(-3)})`,
      filename,
      code: `
        import { abilityAccessCtrl, common, Permissions } from '@kit.AbilityKit';
        const CAMERA: Permissions[] = ['ohos.permission.CAMERA'];
        export async function requestCamera(context: common.UIAbilityContext): Promise<boolean> {
          const atManager = abilityAccessCtrl.createAtManager();
          const result = await atManager.requestPermissionsFromUser(context, CAMERA);
          return result.authResults.every((status) => status === 0);
        }
      `,
    },
    {
      name: `a grant-status check of a permission module.json5 does not declare reads a status, not data (RemoteDeskHarmonyOS) (${filename.slice(-3)})`,
      filename,
      code: `
        import { abilityAccessCtrl, common } from '@kit.AbilityKit';
        export function canPaste(context: common.UIAbilityContext): boolean {
          const manager = abilityAccessCtrl.createAtManager();
          const tokenId = context.applicationInfo.accessTokenId;
          return manager.checkAccessTokenSync(tokenId, 'ohos.permission.READ_PASTEBOARD') === abilityAccessCtrl.GrantStatus.PERMISSION_GRANTED
            || manager.verifyAccessTokenSync(tokenId, 'ohos.permission.READ_CALENDAR') === abilityAccessCtrl.GrantStatus.PERMISSION_GRANTED;
        }
      `,
    },
    {
      name: `the camera kit with CAMERA declared (${filename.slice(-3)})`,
      filename,
      code: `
        import { camera } from '@kit.CameraKit';
        import { common } from '@kit.AbilityKit';
        export const cameras = (context: common.BaseContext) => camera.getCameraManager(context).getSupportedCameras();
      `,
    },
  ],
  invalid: [
    {
      name: `a user_grant permission without usedScene (${filename.slice(-3)})`,
      filename,
      code: `
        import { abilityAccessCtrl, common } from '@kit.AbilityKit';
        export async function requestMicrophone(context: common.UIAbilityContext) {
          return abilityAccessCtrl.createAtManager().requestPermissionsFromUser(context, ['ohos.permission.MICROPHONE']);
        }
      `,
      errors: [
        {
          message:
            'ohos.permission.MICROPHONE in entry/src/main/module.json5 has no usedScene: AppGallery review requires a reason the grant dialog can show and a usedScene for every user_grant permission.',
        },
      ],
    },
    {
      name: `a $string: reason that resolves to nothing (${filename.slice(-3)})`,
      filename,
      code: `
        import { abilityAccessCtrl, common } from '@kit.AbilityKit';
        export async function requestLocation(context: common.UIAbilityContext) {
          const atManager = abilityAccessCtrl.createAtManager();
          return atManager.requestPermissionsFromUser(context, ['ohos.permission.APPROXIMATELY_LOCATION']);
        }
      `,
      errors: [
        {
          message:
            'ohos.permission.APPROXIMATELY_LOCATION in entry/src/main/module.json5 has the reason $string:location_reason, which resolves to no text: AppGallery review requires a reason the grant dialog can show and a usedScene for every user_grant permission.',
        },
      ],
    },
    {
      name: `a permission module.json5 does not declare (${filename.slice(-3)})`,
      filename,
      code: `
        import { abilityAccessCtrl, common } from '@kit.AbilityKit';
        export async function requestCalendar(context: common.UIAbilityContext) {
          const atManager = abilityAccessCtrl.createAtManager();
          return atManager.requestPermissionsFromUser(context, ['ohos.permission.READ_CALENDAR', 'ohos.permission.CAMERA']);
        }
      `,
      errors: [{ message: missing('ohos.permission.READ_CALENDAR') }],
    },
    {
      name: `a read that never asks still needs the declaration: HarmonyOS grants nothing module.json5 does not declare (${filename.slice(-3)})`,
      filename,
      code: `
        import { contact } from '@kit.ContactsKit';
        import { common } from '@kit.AbilityKit';
        export const friends = (context: common.UIAbilityContext) => contact.queryContacts(context);
      `,
      errors: [{ message: missing('ohos.permission.READ_CONTACTS') }],
    },
  ],
});
etsTester.run('require-purpose-string (HarmonyOS .ets)', rule, harmonyCases(HARMONY_ETS));
// An ArkUI page: its own methods are checked; the UI description is not code.
etsTester.run('require-purpose-string (HarmonyOS ArkUI page)', rule, {
  valid: [],
  invalid: [
    {
      name: 'a page that asks for the microphone in aboutToAppear, with no usedScene declared',
      filename: inApp('harmony-string-ref', 'entry/src/main/ets/pages/RecordPage.ets'),
      code: `
        import { abilityAccessCtrl, common } from '@kit.AbilityKit';

        @Entry
        @Component
        struct RecordPage {
          @State recording: boolean = false;

          aboutToAppear(): void {
            const context = getContext(this) as common.UIAbilityContext;
            abilityAccessCtrl.createAtManager().requestPermissionsFromUser(context, ['ohos.permission.MICROPHONE']);
          }

          build() {
            Column() {
              Button(this.recording ? '停止' : '录音').onClick(() => { this.recording = !this.recording; })
            }
          }
        }
      `,
      errors: [{ message: /^ohos\.permission\.MICROPHONE in entry\/src\/main\/module\.json5 has no usedScene/, line: 11 }],
    },
  ],
});
tsTester.run('require-purpose-string (HarmonyOS .ts)', rule, harmonyCases(HARMONY_TS));


// ---------------------------------------------------------------------------------------------------------------
// The per-case apps as a whole, through the recommended config (parsers chosen by file name: .vue, .ets, .ts, .js):
// exactly the seeded violations, on their lines, and nothing else. The malformed Info.plist gets its own parse
// error and no purpose finding in code.
// ---------------------------------------------------------------------------------------------------------------
describe('require-purpose-string on the per-case fixture apps', () => {
  it('reports exactly the seeded violations', async () => {
    const { ESLint } = await import('eslint');
    const { default: plugin } = await import('../../../eslint-plugin/src/index.js');
    const eslint = new ESLint({ cwd: fixtures, overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
    const results = await eslint.lintFiles(['.']);
    const found = results.flatMap((result) =>
      result.messages
        .filter((m) => m.ruleId === 'consentry/require-purpose-string' || m.fatal)
        .map((m) => `${result.filePath.slice(fixtures.length)}:${m.line} ${m.ruleId ?? 'parse error'} ${m.message.split(':')[0]}`),
    );
    vitestExpect(found.sort()).toEqual(
      [
        'capacitor-missing-camera-key/src/app/proof.page.ts:10 consentry/require-purpose-string NSCameraUsageDescription is missing from ios/App/App/Info.plist',
        'capacitor-mlkit-scanner/src/app/scan.page.ts:5 consentry/require-purpose-string NSCameraUsageDescription is missing from ios/App/App/Info.plist',
        'harmony-string-ref/entry/src/main/ets/common/PermissionUtil.ets:15 consentry/require-purpose-string ohos.permission.MICROPHONE in entry/src/main/module.json5 has no usedScene',
        'rn-malformed-plist/ios/RnMalformed/Info.plist:7 parse error Parsing error',
        'rn-missing-camera-key/src/screens/ScanScreen.tsx:10 consentry/require-purpose-string NSCameraUsageDescription is missing from ios/RnMissingCamera/Info.plist',
        'taro-weapp-missing-desc/src/pages/run/run.tsx:6 consentry/require-purpose-string permission["scope.userFuzzyLocation"].desc is missing from src/app.config.ts',
        'uniapp-privacy-description/pages/voice/voice.vue:9 consentry/require-purpose-string NSMicrophoneUsageDescription is missing from manifest.json (app-plus.distribute.ios.privacyDescription)',
        'wechat-missing-requiredprivateinfos/pages/stores/stores.js:5 consentry/require-purpose-string requiredPrivateInfos "getLocation" is missing from app.json',
      ].sort(),
    );
  });
});

// The structured data of a report: what an editor needs to add the declaration (see the comment atop the rule).
describe('require-purpose-string report data', () => {
  const reportsOf = async (code: string, filename: string) => {
    const { Linter } = await import('eslint');
    const descriptors: Array<Record<string, unknown>> = [];
    const recording = {
      ...rule,
      create(context: Parameters<typeof rule.create>[0]) {
        const spy = Object.create(context, {
          report: { value: (descriptor: Record<string, unknown>) => (descriptors.push(descriptor), context.report(descriptor as never)) },
        });
        return rule.create(spy);
      },
    };
    const linter = new Linter({ cwd: fixtures });
    const messages = linter.verify(
      code,
      [
        {
          files: ['**/*.tsx'],
          plugins: { t: { rules: { r: recording as never } } },
          languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
          rules: { 't/r': 'error' },
        },
      ],
      filename,
    );
    return { messages, data: descriptors.map((d) => d.data as Record<string, string>) };
  };

  it('names the key, platform, target file and its kind', async () => {
    const { messages, data } = await reportsOf(
      `import { PERMISSIONS, request } from 'react-native-permissions';\nexport const scan = () => request(PERMISSIONS.IOS.CAMERA);\n`,
      rnFile,
    );
    vitestExpect(messages.map((m) => m.message)).toEqual([MISSING_CAMERA_IOS]);
    vitestExpect(data).toEqual([
      vitestExpect.objectContaining({
        key: 'NSCameraUsageDescription',
        keys: 'NSCameraUsageDescription',
        platform: 'ios',
        file: inApp(RN, 'ios/RnMissingCamera/Info.plist'),
        kind: 'info-plist',
        where: 'ios/RnMissingCamera/Info.plist',
        api: 'request',
        plugin: '',
        option: '',
      }),
    ]);
  });

  it('offers the Expo plugin option that writes the key', async () => {
    const { data } = await reportsOf(
      `import * as Location from 'expo-location';\nexport const locate = () => Location.requestForegroundPermissionsAsync();\n`,
      EXPO,
    );
    vitestExpect(data).toEqual([
      vitestExpect.objectContaining({
        key: 'NSLocationWhenInUseUsageDescription',
        platform: 'ios',
        file: inApp('expo-plugin-option', 'app.json'),
        kind: 'expo-app-json',
        where: 'app.json (expo.ios.infoPlist)',
        plugin: 'expo-location',
        option: 'locationWhenInUsePermission',
      }),
    ]);
  });
});
