import rule from '../../../eslint-plugin/src/rules/require-request-rationale.js';
import { asEslintRule, createTester, describeFixtureApps, ruleFixture, vue } from './request-rule-tester.js';

const at = (path: string) => ruleFixture('require-request-rationale', path);
const rn = at('rn-app/src/screens/ScanScreen.tsx');
const expo = at('expo-app/app/profile.tsx');
const wechat = at('wechat-mp/pages/record/record.js');
const uni = at('uni-app/pages/scan/scan.vue');
const taro = at('taro-app/src/pages/map/index.tsx');
const harmony = at('harmony-app/entry/src/main/ets/pages/ScanPage.ts');
const capacitor = at('capacitor-app/src/camera.ts');
const web = at('web-app/src/call.ts');

const RATIONALE = `, {
  title: 'Why we need this permission',
  message: 'Explain what the feature does with it.',
  buttonPositive: 'Continue',
  buttonNegative: 'Not now',
}`;

createTester().run('require-request-rationale', asEslintRule(rule), {
  valid: [
    {
      // Sunbird's AndroidPermissionsService: it asks for what it is handed, and every caller, in other files, asks from a
      // purpose popover's ALLOW button; the helper is not judged by itself.
      name: 'a service method that requests the permission it is handed, called from no code of this file',
      filename: capacitor,
      code: `
        declare const cordova: any;
        export class AndroidPermissionsService {
          requestPermission(permission: string): Promise<unknown> {
            return new Promise((resolve, reject) => {
              cordova.plugins.permissions.requestPermissions([permission], resolve, reject);
            });
          }
        }`,
    },
    // Pillar's GetNotifications: an explanation screen whose Enable asks and whose Skip (or Not now) moves on.
    {
      filename: rn,
      code: `
        import React, { useCallback } from 'react';
        import { Button, PermissionsAndroid, Text, View } from 'react-native';
        import { useTranslation } from 'react-i18next';
        export default function GetNotifications({ onDone }) {
          const { t } = useTranslation();
          const onEnable = useCallback(async () => {
            const granted = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.POST_NOTIFICATIONS);
            if (granted === PermissionsAndroid.RESULTS.GRANTED) onDone();
          }, [onDone]);
          return (
            <View>
              <Text>{t('notifications.title')}</Text>
              <Text>{t('notifications.receiveCrypto')}</Text>
              <Button title="Enable" onPress={onEnable} />
              <Button title="Skip" onPress={onDone} />
            </View>
          );
        }`,
    },
    {
      filename: rn,
      code: `
        import React, { useCallback } from 'react';
        import { Button, PermissionsAndroid, Text, View } from 'react-native';
        import { useTranslation } from 'react-i18next';
        export default function GetNotifications({ onDone }) {
          const { t } = useTranslation();
          const onEnable = useCallback(async () => {
            const granted = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.POST_NOTIFICATIONS);
            if (granted === PermissionsAndroid.RESULTS.GRANTED) onDone();
          }, [onDone]);
          return (
            <View>
              <Text>{t('notifications.title')}</Text>
              <Text>{t('notifications.receiveCrypto')}</Text>
              <Button title="Enable" onPress={onEnable} />
              <Pressable onPress={onDone}><Text>{t('notifications.skip')}</Text></Pressable>
            </View>
          );
        }`,
    },
    {
      filename: rn,
      code: `
        import React, { useCallback } from 'react';
        import { Button, PermissionsAndroid, Text, View } from 'react-native';
        import { useTranslation } from 'react-i18next';
        export default function GetNotifications({ onDone }) {
          const { t } = useTranslation();
          const onEnable = useCallback(async () => {
            const granted = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.POST_NOTIFICATIONS);
            if (granted === PermissionsAndroid.RESULTS.GRANTED) onDone();
          }, [onDone]);
          return (
            <View>
              <Text>{t('notifications.title')}</Text>
              <Text>{t('notifications.receiveCrypto')}</Text>
              <Button title="Enable" onPress={onEnable} />
              <Button title="暂不开启" onPress={onDone} />
            </View>
          );
        }`,
    },
    // uni-app App: a purpose banner put on screen as the request fires (同步告知, the yk-authpup pattern).
    {
      filename: uni,
      languageOptions: vue,
      code: `<template><view v-if="showPopup" class="banner">拨打电话权限申请说明：用于一键拨打门店客服电话</view></template>
<script>
export default {
  data() { return { showPopup: false } },
  methods: {
    open() {
      this.showPopup = true
      plus.android.requestPermissions(['android.permission.CALL_PHONE'], () => { this.showPopup = false }, () => { this.showPopup = false })
    },
  },
}
</script>`,
    },
    // yk-authpup itself: the banner flag is set in the callback of the status check that runs just before.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
export default {
  data() { return { showPopup: false } },
  methods: {
    requestPermissions(permissionID) {
      const id = 'android.permission.' + permissionID
      plus.android.checkPermission(id, (granted) => { if (granted.checkResult == -1) this.showPopup = true }, (error) => console.log(error.message))
      plus.android.requestPermissions([id], () => { this.showPopup = false }, () => { this.showPopup = false })
    },
  },
}
</script>`,
    },
    // The same with a React state setter and a WeChat-style setData.
    {
      filename: rn,
      code: `import { useState } from 'react';
import { PermissionsAndroid } from 'react-native';
export function useCamera() {
  const [, setShowPermissionTip] = useState(false);
  return async () => {
    setShowPermissionTip(true);
    await PermissionsAndroid.requestMultiple([PermissionsAndroid.PERMISSIONS.CAMERA]);
  };
}`,
    },
    // Rationale object given.
    {
      filename: rn,
      code: `
        import { PermissionsAndroid } from 'react-native';
        export async function scan() {
          await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA, { title: 'Camera', message: 'We use the camera to scan QR codes.', buttonPositive: 'OK' });
        }`,
    },
    // Rationale held in a constant.
    {
      filename: rn,
      code: `
        import { PermissionsAndroid } from 'react-native';
        const rationale = { title: 'Microphone', message: 'Record voice notes.', buttonPositive: 'OK' };
        export const record = () => PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.RECORD_AUDIO, rationale);`,
    },
    // The request runs from the Continue button of a purpose dialog.
    {
      filename: rn,
      code: `
        import { Alert, PermissionsAndroid } from 'react-native';
        export function scan() {
          Alert.alert('Camera', 'We use the camera to scan QR codes.', [
            { text: 'Not now', style: 'cancel' },
            { text: 'Continue', onPress: () => PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA) },
          ]);
        }`,
    },
    // After awaiting the project's own rationale dialog.
    {
      filename: rn,
      code: `
        import { PermissionsAndroid } from 'react-native';
        import { showCameraRationale } from '../ui/rationale';
        export async function scan() {
          if (!(await showCameraRationale())) return;
          await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA);
        }`,
    },
    // A configured prompt helper.
    {
      filename: rn,
      options: [{ promptFunctions: ['beforeAsk'] }],
      code: `
        import { PermissionsAndroid } from 'react-native';
        import { beforeAsk } from '../ui/sheets';
        export async function record() {
          const agreed = await beforeAsk('microphone');
          if (agreed) await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.RECORD_AUDIO);
        }`,
    },
    // A helper whose every caller is behind a purpose dialog.
    {
      filename: rn,
      code: `
        import { Alert, PermissionsAndroid } from 'react-native';
        async function askCamera() { return PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA); }
        export function onScanPress() {
          Alert.alert('Camera', 'We use the camera to scan QR codes.', [{ text: 'Not now' }, { text: 'Continue', onPress: askCameraLater }]);
          function askCameraLater() {}
        }
        export function onRetryPress() {
          Alert.alert('Camera', 'Scanning needs the camera.', [{ text: 'Cancel' }, { text: 'Allow', onPress: () => askCamera() }]);
        }`,
    },
    // requestMultiple for one feature (video = camera + microphone), after a prompt.
    {
      filename: rn,
      code: `
        import { Alert, PermissionsAndroid } from 'react-native';
        export function recordVideo() {
          Alert.alert('Video', 'Recording needs the camera and microphone.', [
            { text: 'Not now', style: 'cancel' },
            { text: 'Continue', onPress: () => PermissionsAndroid.requestMultiple([PermissionsAndroid.PERMISSIONS.CAMERA, PermissionsAndroid.PERMISSIONS.RECORD_AUDIO]) },
          ]);
        }`,
    },
    // react-native-permissions on iOS: the system dialog shows the Info.plist purpose string.
    {
      filename: rn,
      code: `
        import { request, PERMISSIONS } from 'react-native-permissions';
        export const ask = () => request(PERMISSIONS.IOS.CAMERA);`,
    },
    // react-native-permissions Android with its rationale argument.
    {
      filename: rn,
      code: `
        import { request, PERMISSIONS } from 'react-native-permissions';
        export const ask = () => request(PERMISSIONS.ANDROID.CAMERA, { title: 'Camera', message: 'Scan QR codes', buttonPositive: 'OK' });`,
    },
    // BLE scanning: bluetooth and location together are one feature on older Android.
    {
      filename: rn,
      code: `
        import { Alert } from 'react-native';
        import { requestMultiple, PERMISSIONS } from 'react-native-permissions';
        export function pair() {
          Alert.alert('Bluetooth', 'Find your band nearby.', [{ text: 'Cancel' }, { text: 'OK', onPress: () => requestMultiple([PERMISSIONS.ANDROID.BLUETOOTH_SCAN, PERMISSIONS.ANDROID.BLUETOOTH_CONNECT, PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION]) }]);
        }`,
    },
    // A gallery that shows where photos were taken: the photos and the places stored in them are one feature.
    {
      filename: rn,
      code: `
        import { Alert, PermissionsAndroid } from 'react-native';
        export function openMap() {
          Alert.alert('Photo map', 'Show your photos on a map by where they were taken.', [{ text: 'Cancel' }, { text: 'OK', onPress: () => PermissionsAndroid.requestMultiple([PermissionsAndroid.PERMISSIONS.READ_MEDIA_IMAGES, PermissionsAndroid.PERMISSIONS.ACCESS_MEDIA_LOCATION]) }]);
        }`,
    },
    // Expo: the OS dialog shows the purpose string; only Android-only runtime APIs need a prompt by default.
    {
      filename: expo,
      code: `
        import * as ImagePicker from 'expo-image-picker';
        export async function pickAvatar() { await ImagePicker.requestMediaLibraryPermissionsAsync(); }`,
    },
    // WeChat: default mode does not ask for a prompt before wx.authorize.
    {
      filename: wechat,
      code: `Page({ onTapRecord() { wx.authorize({ scope: 'scope.record' }) } })`,
    },
    // uni-app App: native request from the confirm of a purpose modal.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
export default {
  methods: {
    scan() {
      uni.showModal({ title: '相机权限说明', content: '用于扫描二维码', success: (res) => {
        if (res.confirm) plus.android.requestPermissions(['android.permission.CAMERA'], () => {}, () => {})
      } })
    },
  },
}
</script>`,
    },
    // HarmonyOS: location must be requested together with approximate location (one group).
    {
      filename: harmony,
      code: `
        import { abilityAccessCtrl } from '@kit.AbilityKit';
        export function locate(context) {
          abilityAccessCtrl.createAtManager().requestPermissionsFromUser(context, ['ohos.permission.APPROXIMATELY_LOCATION', 'ohos.permission.LOCATION']);
        }`,
    },
    // Capacitor: camera + photos is one photo feature.
    {
      filename: capacitor,
      code: `
        import { Camera } from '@capacitor/camera';
        export const askPhoto = () => Camera.requestPermissions({ permissions: ['camera', 'photos'] });`,
    },
    // Web: a video call asks for camera and microphone.
    {
      filename: web,
      code: `export const join = () => navigator.mediaDevices.getUserMedia({ video: true, audio: true });`,
    },
    // 'always' mode: a purpose modal before wx.authorize.
    {
      filename: wechat,
      options: [{ purposePrompt: 'always' }],
      code: `
        Page({
          async onTapRecord() {
            const { confirm } = await wx.showModal({ title: '麦克风', content: '用于录制语音留言' });
            if (!confirm) return;
            wx.authorize({ scope: 'scope.record' });
          },
        })`,
    },
  ],
  invalid: [
    {
      name: 'the same helper called in its own file with no purpose prompt before it',
      filename: capacitor,
      code: `
        declare const cordova: any;
        function requestPermission(permission: string): Promise<unknown> {
          return new Promise((resolve, reject) => {
            cordova.plugins.permissions.requestPermissions([permission], resolve, reject);
          });
        }
        export const openScanner = () => requestPermission('android.permission.CAMERA');`,
      errors: [{ messageId: 'missingPurposePrompt', line: 5 }],
    },
    // A flag that shows something else (a loading spinner), or a notice flag set to false, explains nothing.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
export default {
  methods: {
    open() {
      this.loading = true
      this.showPopup = false
      const asked = plus.android.requestPermissions(['android.permission.CALL_PHONE'], () => {}, () => {})
      return asked
    },
  },
}
</script>`,
      errors: [{ messageId: 'missingPurposePrompt', line: 7, suggestions: [] }],
    },
    // No rationale, async function: both suggestions.
    {
      filename: rn,
      code: `import { PermissionsAndroid } from 'react-native';
export async function scan() {
  const granted = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA);
  return granted;
}`,
      errors: [
        {
          messageId: 'missingRationale',
          line: 3,
          suggestions: [
            {
              messageId: 'addRationale',
              output: `import { PermissionsAndroid } from 'react-native';
export async function scan() {
  const granted = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA${RATIONALE});
  return granted;
}`,
            },
            {
              messageId: 'insertPrompt',
              output: `import { PermissionsAndroid, Alert } from 'react-native';
export async function scan() {
  const purposeAccepted = await new Promise((resolve) =>
    Alert.alert('Why we need this permission', 'Explain what the feature does with it.', [
      { text: 'Not now', style: 'cancel', onPress: () => resolve(false) },
      { text: 'Continue', onPress: () => resolve(true) },
    ], { cancelable: true, onDismiss: () => resolve(false) }),
  );
  if (!purposeAccepted) return;
  const granted = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA);
  return granted;
}`,
            },
          ],
        },
      ],
    },
    // No rationale, plain function: the prompt wraps the statement.
    {
      filename: rn,
      code: `import { Alert, PermissionsAndroid } from 'react-native';
export function scan() {
  PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA);
}`,
      errors: [
        {
          messageId: 'missingRationale',
          suggestions: [
            {
              messageId: 'addRationale',
              output: `import { Alert, PermissionsAndroid } from 'react-native';
export function scan() {
  PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA${RATIONALE});
}`,
            },
            {
              messageId: 'insertPrompt',
              output: `import { Alert, PermissionsAndroid } from 'react-native';
export function scan() {
  new Promise((resolve) =>
    Alert.alert('Why we need this permission', 'Explain what the feature does with it.', [
      { text: 'Not now', style: 'cancel', onPress: () => resolve(false) },
      { text: 'Continue', onPress: () => resolve(true) },
    ], { cancelable: true, onDismiss: () => resolve(false) }),
  ).then((purposeAccepted) => {
    if (purposeAccepted) {
      PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.CAMERA);
    }
  });
}`,
            },
          ],
        },
      ],
    },
    // react-native-permissions Android without its rationale.
    {
      filename: rn,
      code: `import { request, PERMISSIONS } from 'react-native-permissions';
export async function locate() {
  await request(PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION);
}`,
      errors: [
        {
          messageId: 'missingRationale',
          suggestions: [
            {
              messageId: 'addRationale',
              output: `import { request, PERMISSIONS } from 'react-native-permissions';
export async function locate() {
  await request(PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION${RATIONALE});
}`,
            },
            {
              messageId: 'insertPrompt',
              output: `import { Alert } from 'react-native';
import { request, PERMISSIONS } from 'react-native-permissions';
export async function locate() {
  const purposeAccepted = await new Promise((resolve) =>
    Alert.alert('Why we need this permission', 'Explain what the feature does with it.', [
      { text: 'Not now', style: 'cancel', onPress: () => resolve(false) },
      { text: 'Continue', onPress: () => resolve(true) },
    ], { cancelable: true, onDismiss: () => resolve(false) }),
  );
  if (!purposeAccepted) return;
  await request(PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION);
}`,
            },
          ],
        },
      ],
    },
    // Bundling unrelated groups (behind a prompt, so only the bundling is reported).
    {
      filename: rn,
      code: `
        import { Alert, PermissionsAndroid } from 'react-native';
        export function onboarding() {
          Alert.alert('Permissions', 'We need a few permissions.', [{ text: 'Later' }, { text: 'OK', onPress: () => PermissionsAndroid.requestMultiple([
            PermissionsAndroid.PERMISSIONS.CAMERA,
            PermissionsAndroid.PERMISSIONS.READ_CONTACTS,
            PermissionsAndroid.PERMISSIONS.ACCESS_FINE_LOCATION,
          ]) }]);
        }`,
      errors: [{ messageId: 'bundledRequest', line: 4 }],
    },
    // react-native-permissions requestMultiple: camera + contacts, no prompt.
    {
      filename: rn,
      code: `import { requestMultiple, PERMISSIONS } from 'react-native-permissions';
export const ask = () => requestMultiple([PERMISSIONS.ANDROID.CAMERA, PERMISSIONS.ANDROID.READ_CONTACTS]);`,
      errors: [{ messageId: 'bundledRequest' }, { messageId: 'missingPurposePrompt', suggestions: [] }],
    },
    // uni-app App: plus.android.requestPermissions has no rationale parameter.
    {
      filename: uni,
      languageOptions: vue,
      code: `<script>
export default {
  methods: {
    scan() {
      plus.android.requestPermissions(['android.permission.CAMERA'], (e) => {}, (err) => {})
    },
  },
}
</script>`,
      errors: [
        {
          messageId: 'missingPurposePrompt',
          line: 5,
          suggestions: [
            {
              messageId: 'insertPrompt',
              output: `<script>
export default {
  methods: {
    scan() {
      uni.showModal({
        title: '权限使用说明',
        content: '请说明该功能为何需要此权限',
        cancelText: '暂不',
        confirmText: '继续',
        success: (res) => {
          if (res.confirm) {
            plus.android.requestPermissions(['android.permission.CAMERA'], (e) => {}, (err) => {})
          }
        },
      });
    },
  },
}
</script>`,
            },
          ],
        },
      ],
    },
    // HarmonyOS: unrelated groups in one requestPermissionsFromUser.
    {
      filename: harmony,
      code: `
        import { abilityAccessCtrl } from '@kit.AbilityKit';
        export function onboard(context) {
          abilityAccessCtrl.createAtManager().requestPermissionsFromUser(context, ['ohos.permission.CAMERA', 'ohos.permission.MICROPHONE', 'ohos.permission.APPROXIMATELY_LOCATION', 'ohos.permission.READ_CALENDAR']);
        }`,
      errors: [{ messageId: 'bundledRequest' }],
    },
    // 'always' mode: WeChat, HarmonyOS, Taro and Expo get their own dialogs.
    {
      filename: wechat,
      options: [{ purposePrompt: 'always' }],
      code: `Page({
  async onTapRecord() {
    await wx.authorize({ scope: 'scope.record' });
  },
})`,
      errors: [
        {
          messageId: 'missingPurposePrompt',
          suggestions: [
            {
              messageId: 'insertPrompt',
              output: `Page({
  async onTapRecord() {
    const { confirm: purposeAccepted } = await wx.showModal({ title: '权限使用说明', content: '请说明该功能为何需要此权限', cancelText: '暂不', confirmText: '继续' });
    if (!purposeAccepted) return;
    await wx.authorize({ scope: 'scope.record' });
  },
})`,
            },
          ],
        },
      ],
    },
    {
      filename: harmony,
      options: [{ purposePrompt: 'always' }],
      code: `import { abilityAccessCtrl } from '@kit.AbilityKit';
export async function scan(context) {
  await abilityAccessCtrl.createAtManager().requestPermissionsFromUser(context, ['ohos.permission.CAMERA']);
}`,
      errors: [
        {
          messageId: 'missingPurposePrompt',
          suggestions: [
            {
              messageId: 'insertPrompt',
              output: `import { promptAction } from '@kit.ArkUI';
import { abilityAccessCtrl } from '@kit.AbilityKit';
export async function scan(context) {
  const purposeAnswer = await promptAction.showDialog({ title: '权限使用说明', message: '请说明该功能为何需要此权限', buttons: [{ text: '暂不', color: '#666666' }, { text: '继续', color: '#0A59F7' }] });
  if (purposeAnswer.index !== 1) return;
  await abilityAccessCtrl.createAtManager().requestPermissionsFromUser(context, ['ohos.permission.CAMERA']);
}`,
            },
          ],
        },
      ],
    },
    {
      filename: taro,
      options: [{ purposePrompt: 'always' }],
      code: `import Taro from '@tarojs/taro';
export function locate() {
  Taro.getLocation({ type: 'gcj02' });
}`,
      errors: [
        {
          messageId: 'missingPurposePrompt',
          suggestions: [
            {
              messageId: 'insertPrompt',
              output: `import Taro from '@tarojs/taro';
export function locate() {
  Taro.showModal({
    title: '权限使用说明',
    content: '请说明该功能为何需要此权限',
    cancelText: '暂不',
    confirmText: '继续',
    success: (res) => {
      if (res.confirm) {
        Taro.getLocation({ type: 'gcj02' });
      }
    },
  });
}`,
            },
          ],
        },
      ],
    },
    {
      filename: expo,
      options: [{ purposePrompt: 'always' }],
      code: `import * as ImagePicker from 'expo-image-picker';
import { Alert } from 'react-native';
export async function pickAvatar() {
  await ImagePicker.requestMediaLibraryPermissionsAsync();
}`,
      errors: [
        {
          messageId: 'missingPurposePrompt',
          suggestions: [
            {
              messageId: 'insertPrompt',
              output: `import * as ImagePicker from 'expo-image-picker';
import { Alert } from 'react-native';
export async function pickAvatar() {
  const purposeAccepted = await new Promise((resolve) =>
    Alert.alert('Why we need this permission', 'Explain what the feature does with it.', [
      { text: 'Not now', style: 'cancel', onPress: () => resolve(false) },
      { text: 'Continue', onPress: () => resolve(true) },
    ], { cancelable: true, onDismiss: () => resolve(false) }),
  );
  if (!purposeAccepted) return;
  await ImagePicker.requestMediaLibraryPermissionsAsync();
}`,
            },
          ],
        },
      ],
    },
    // 'always' mode on the web: a confirm() before the prompt.
    {
      filename: web,
      options: [{ purposePrompt: 'always' }],
      code: `export async function enableAlerts() {
  await Notification.requestPermission();
}`,
      errors: [
        {
          messageId: 'missingPurposePrompt',
          suggestions: [
            {
              messageId: 'insertPrompt',
              output: `export async function enableAlerts() {
  if (!window.confirm('Explain what the feature does with this permission. Continue?')) return;
  await Notification.requestPermission();
}`,
            },
          ],
        },
      ],
    },
  ],
});

describeFixtureApps('require-request-rationale', ['capacitor-app', 'harmony-app', 'rn-app', 'uni-app', 'wechat-mp']);
