// Precision regression cases from linting real public apps (Expo, bare React Native, WeChat, uni-app, Taro,
// Capacitor, HarmonyOS). Each case is a small app written for this test, shaped like the code found in those apps
// (no code is copied from them). The whole app is written to a temp dir and linted with the recommended config, as
// a user would run it, and the test asserts exactly which consentry findings each file gets: none where the code
// is clean, and the right rule on the right line where it is a real offence.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import plugin from '../../eslint-plugin/src/index.js';
import { appLinter, harmonyApp, type AppFiles } from './app-harness.js';


const { writeApp, lintApp, expectFindings } = appLinter();

// ---------------------------------------------------------------------------------------------------------------
// Expo

const EXPO_PACKAGE = JSON.stringify({
  name: 'trail-snap',
  dependencies: { expo: '~54.0.0', 'expo-camera': '~17.0.0', 'expo-location': '~19.0.0', 'expo-router': '~6.0.0', 'expo-clipboard': '~8.0.0', 'expo-notifications': '~0.32.0', '@react-native-async-storage/async-storage': '2.0.0', 'react-native-onesignal': '5.2.0', zustand: '4.5.0' },
});

const EXPO_ROUTER_APP: AppFiles = {
  'package.json': EXPO_PACKAGE,
  'app.config.js': `export default {
  expo: {
    name: 'trail-snap',
    slug: 'trail-snap',
    ios: { bundleIdentifier: 'com.example.trailsnap' },
    android: { package: 'com.example.trailsnap' },
    plugins: [
      'expo-router',
      ['expo-camera', { cameraPermission: 'Allow $(PRODUCT_NAME) to access your camera' }],
      ['expo-location', { locationWhenInUsePermission: 'Allow $(PRODUCT_NAME) to show where you are on the trail map.' }],
    ],
  },
};
`,
  'src/privacyStore.ts': `import { create } from 'zustand';
export const usePrivacyStore = create<{ agreed: boolean; agree(): void }>((set) => ({ agreed: false, agree: () => set({ agreed: true }) }));
`,
  'app/(tabs)/snap.tsx': `import { CameraView, useCameraPermissions } from 'expo-camera';
import { Button, Text, View } from 'react-native';

export default function SnapScreen() {
  const [permission, requestPermission] = useCameraPermissions();
  if (!permission) return <View />;
  if (!permission.granted) {
    return (
      <View>
        <Text>We use the camera to photograph trail markers.</Text>
        <Button title="Allow camera" onPress={requestPermission} />
      </View>
    );
  }
  return <CameraView style={{ flex: 1 }} facing="back" />;
}
`,
  'app/(tabs)/map.tsx': `import * as Location from 'expo-location';
import { useState } from 'react';
import { Button, Text, View } from 'react-native';

export default function MapScreen() {
  const [coords, setCoords] = useState<Location.LocationObjectCoords | null>(null);
  const locate = async () => {
    const { status } = await Location.requestForegroundPermissionsAsync();
    if (status !== 'granted') return;
    const position = await Location.getCurrentPositionAsync({});
    setCoords(position.coords);
  };
  return (
    <View>
      <Button title="Show me on the map" onPress={locate} />
      {coords && <Text>{coords.latitude}, {coords.longitude}</Text>}
    </View>
  );
}
`,
};

function withRootLayout(layout: string): AppFiles {
  return { ...EXPO_ROUTER_APP, 'app/_layout.tsx': layout };
}

describe('real-world: Expo', () => {
  it('reads purpose strings from config-plugin options: flags the framework default, keeps a string that states its use', async () => {
    await expectFindings(
      withRootLayout(`import { Stack } from 'expo-router';\nexport default function RootLayout() {\n  return <Stack />;\n}\n`),
      ['app.config.js:9 purpose-string-quality'],
    );
  });

  // Round-6 review (SafeLink): those defaults ship, so their wording is reported, once per package, on app.json.
  it('a managed app with no plugins list gets the packages\' default purpose strings: no missing-key finding, a warning on the defaults', async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'geo-cam', dependencies: { expo: '~50.0.0', 'expo-camera': '~14.0.0', 'expo-location': '~16.5.0' } }),
        'app.json': JSON.stringify({ expo: { name: 'geo-cam', slug: 'geo-cam', ios: { supportsTablet: true }, android: { adaptiveIcon: { backgroundColor: '#ffffff' } } } }, null, 2),
        'App.jsx': `import { NavigationContainer } from '@react-navigation/native';
import { createNativeStackNavigator } from '@react-navigation/native-stack';
import CameraScreen from './screens/camera-screen';

const Stack = createNativeStackNavigator();
export default function App() {
  return (
    <NavigationContainer>
      <Stack.Navigator>
        <Stack.Screen name="Camera" component={CameraScreen} />
      </Stack.Navigator>
    </NavigationContainer>
  );
}
`,
        'screens/camera-screen.jsx': `import { Camera } from 'expo-camera';
import * as Location from 'expo-location';
import { useEffect, useState } from 'react';
import { Text } from 'react-native';

export default function CameraScreen() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    (async () => {
      const camera = await Camera.requestCameraPermissionsAsync();
      const location = await Location.requestForegroundPermissionsAsync();
      setReady(camera.status === 'granted' && location.status === 'granted');
    })();
  }, []);
  return ready ? <Camera style={{ flex: 1 }} /> : <Text>Waiting for permission</Text>;
}
`,
      },
      ['app.json:2 purpose-string-quality', 'app.json:2 purpose-string-quality'],
    );
  });

  it('root layout: a location read behind a store-selector consent check is not flagged', async () => {
    await expectFindings(
      withRootLayout(`import * as Location from 'expo-location';
import { Stack } from 'expo-router';
import { useEffect } from 'react';
import { usePrivacyStore } from '../src/privacyStore';

export default function RootLayout() {
  const agreed = usePrivacyStore((s) => s.agreed);
  useEffect(() => {
    if (!agreed) return;
    Location.getLastKnownPositionAsync().then((p) => console.log(p?.coords.latitude));
  }, [agreed]);
  return <Stack />;
}
`),
      ['app.config.js:9 purpose-string-quality'],
    );
  });

  it('root layout: the same location read with no consent check is flagged', async () => {
    await expectFindings(
      withRootLayout(`import * as Location from 'expo-location';
import { Stack } from 'expo-router';
import { useEffect } from 'react';

export default function RootLayout() {
  useEffect(() => {
    Location.getLastKnownPositionAsync().then((p) => console.log(p?.coords.latitude));
  }, []);
  return <Stack />;
}
`),
      ['app.config.js:9 purpose-string-quality', 'app/_layout.tsx:7 no-collection-before-consent'],
    );
  });

  it('root layout: a clipboard read in a paste button handler and a push SDK in consent-required mode are not flagged', async () => {
    await expectFindings(
      withRootLayout(`import * as Clipboard from 'expo-clipboard';
import { Stack } from 'expo-router';
import { Button } from 'react-native';
import { OneSignal } from 'react-native-onesignal';

OneSignal.setConsentRequired(true);
OneSignal.initialize('00000000-0000-0000-0000-000000000000');

export default function RootLayout() {
  const pasteInvite = async () => {
    const text = await Clipboard.getStringAsync();
    console.log(text);
  };
  return (
    <>
      <Button title="Paste invite code" onPress={pasteInvite} />
      <Stack />
    </>
  );
}
`),
      ['app.config.js:9 purpose-string-quality'],
    );
  });

  it('root layout: a push token read after an awaited consent check and a permission check is not flagged', async () => {
    await expectFindings(
      {
        ...withRootLayout(`import * as Notifications from 'expo-notifications';
import { Stack } from 'expo-router';
import { useEffect } from 'react';
import { hasConsent } from '../src/consent';

export default function RootLayout() {
  useEffect(() => {
    (async () => {
      if (!(await hasConsent())) return;
      const { status } = await Notifications.getPermissionsAsync();
      if (status !== 'granted') return;
      const token = await Notifications.getExpoPushTokenAsync();
      console.log(token.data);
    })();
  }, []);
  return <Stack />;
}
`),
        'src/consent.ts': `import AsyncStorage from '@react-native-async-storage/async-storage';
export async function hasConsent() {
  return (await AsyncStorage.getItem('privacy-consent')) === 'yes';
}
`,
      },
      ['app.config.js:9 purpose-string-quality'],
    );
  });

  it('a request in useFocusEffect behind a canAskAgain check, or behind a persisted 48-hour denial timestamp, is clean', async () => {
    const screen = (body: string): AppFiles => ({
      ...withRootLayout(`import { Stack } from 'expo-router';\nexport default function RootLayout() {\n  return <Stack />;\n}\n`),
      'app/(tabs)/explore.tsx': body,
    });
    await expectFindings(
      screen(`import * as Location from 'expo-location';
import { useFocusEffect } from 'expo-router';
import { useCallback } from 'react';
import { Text } from 'react-native';

export default function Explore() {
  useFocusEffect(
    useCallback(() => {
      (async () => {
        const current = await Location.getForegroundPermissionsAsync();
        if (current.granted || !current.canAskAgain) return;
        await Location.requestForegroundPermissionsAsync();
      })();
    }, []),
  );
  return <Text>Explore</Text>;
}
`),
      ['app.config.js:9 purpose-string-quality'],
    );
    await expectFindings(
      screen(`import AsyncStorage from '@react-native-async-storage/async-storage';
import * as Location from 'expo-location';
import { useFocusEffect } from 'expo-router';
import { useCallback } from 'react';
import { Text } from 'react-native';

const TWO_DAYS_MS = 48 * 60 * 60 * 1000;

export default function Explore() {
  useFocusEffect(
    useCallback(() => {
      (async () => {
        const deniedAt = Number(await AsyncStorage.getItem('location-denied-at'));
        if (deniedAt && Date.now() - deniedAt < TWO_DAYS_MS) return;
        const { granted } = await Location.requestForegroundPermissionsAsync();
        if (!granted) await AsyncStorage.setItem('location-denied-at', String(Date.now()));
      })();
    }, []),
  );
  return <Text>Explore</Text>;
}
`),
      ['app.config.js:9 purpose-string-quality'],
    );
  });

  it('root layout: a permission request on every AppState "active" with no remembered denial is flagged', async () => {
    await expectFindings(
      withRootLayout(`import * as Location from 'expo-location';
import { Stack } from 'expo-router';
import { useEffect } from 'react';
import { AppState } from 'react-native';

export default function RootLayout() {
  useEffect(() => {
    const sub = AppState.addEventListener('change', (state) => {
      if (state === 'active') Location.requestForegroundPermissionsAsync();
    });
    return () => sub.remove();
  }, []);
  return <Stack />;
}
`),
      ['app.config.js:9 purpose-string-quality', 'app/_layout.tsx:9 no-repeat-request-after-denial'],
    );
  });

  it("launch code is followed through two of the app's modules (App → boot service → permission helper), not three; two helper calls that reach the same request are one finding", async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'trail', dependencies: { expo: '53.0.0', 'expo-location': '18.1.0', 'react-native': '0.79.0' } }),
        'app.json': JSON.stringify({
          expo: { name: 'trail', plugins: [['expo-location', { locationWhenInUsePermission: '用于在地图上显示你附近的跑步路线' }]] },
        }),
        'utils/permission.ts': `import * as Location from 'expo-location';
export async function askLocation() {
  const { status } = await Location.requestForegroundPermissionsAsync();
  return status === 'granted';
}
`,
        'services/boot.ts': `import { askLocation } from '../utils/permission';
import { warmUp } from './warm';
export async function bootstrap() {
  await askLocation();
}
export async function prepare() {
  await warmUp();
}
export async function refreshPosition() {
  await askLocation();
}
`,
        'services/warm.ts': `import { askLocation } from '../utils/permission';
export async function warmUp() {
  await askLocation();
}
`,
        'App.tsx': `import { useEffect } from 'react';
import { bootstrap, prepare, refreshPosition } from './services/boot';
export default function App() {
  useEffect(() => {
    bootstrap();
    prepare();
    refreshPosition();
  }, []);
  return null;
}
`,
      },
      ['App.tsx:5 no-request-on-launch'],
    );
  });

  it('a helper module that does not parse costs the launch file nothing: the helper gets its own parse error', async () => {
    const { findings, fatal } = await lintApp({
      'package.json': JSON.stringify({ name: 'trail', dependencies: { expo: '53.0.0', 'expo-location': '18.1.0', 'react-native': '0.79.0' } }),
      'utils/permission.ts': `import * as Location from 'expo-location';\nexport async function askLocation( {\n  return Location.requestForegroundPermissionsAsync();\n}\n`,
      'App.tsx': `import { useEffect } from 'react';\nimport { askLocation } from './utils/permission';\nexport default function App() {\n  useEffect(() => {\n    askLocation();\n  }, []);\n  return null;\n}\n`,
    });
    expect(findings).toEqual([]);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatch(/^utils\/permission\.ts:3 Parsing error/);
  });

  it('a permission helper imported from the app\'s own module asks at launch when the root layout calls it on mount', async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'trail', dependencies: { expo: '53.0.0', 'expo-camera': '16.1.0', 'expo-location': '18.1.0', 'expo-router': '5.0.0', 'react-native': '0.79.0' } }),
        'app.json': JSON.stringify({
          expo: {
            name: 'trail',
            plugins: [
              ['expo-location', { locationWhenInUsePermission: '用于在地图上显示你附近的跑步路线' }],
              ['expo-camera', { cameraPermission: '用于扫描路标上的二维码来签到' }],
            ],
          },
        }),
        'utils/permission.ts': `import * as Location from 'expo-location';
import { Camera } from 'expo-camera';

export async function askLocation() {
  const { status } = await Location.requestForegroundPermissionsAsync();
  return status === 'granted';
}

export const PermissionUtil = {
  async locate() {
    if (!(await askLocation())) return null;
    return Location.getCurrentPositionAsync({});
  },
};

/** Asks when the button is pressed, not when this runs. */
export function bindLocateButton(button: { onPress?: () => void }) {
  button.onPress = () => {
    Location.requestForegroundPermissionsAsync();
  };
}

/** A generic helper: what it asks for is its caller's argument. */
export async function ensure(request: () => Promise<unknown>) {
  return request();
}

export const scanLater = () => Camera.requestCameraPermissionsAsync();
`,
        'app/_layout.tsx': `import { useEffect } from 'react';
import { Button } from 'react-native';
import { Stack } from 'expo-router';
import { askLocation, bindLocateButton, ensure, PermissionUtil, scanLater } from '../utils/permission';

export default function RootLayout() {
  useEffect(() => {
    askLocation();
    PermissionUtil.locate();
    bindLocateButton({});
    ensure(() => Promise.resolve());
  }, []);
  return (
    <>
      <Stack />
      <Button title="Scan" onPress={() => scanLater()} />
    </>
  );
}
`,
      },
      // PermissionUtil.locate() also reads the position at launch, before any consent check: as written in place.
      // PermissionUtil.locate() asks through askLocation() too: the same prompt, reported once, at the first call.
      ['app/_layout.tsx:8 no-request-on-launch', 'app/_layout.tsx:9 no-collection-before-consent'],
    );
  });

  it("an unlisted plugin's default is reported only for the keys the installed version writes: expo-calendar 10.1 writes no iOS 17 FullAccess key (event-app)", async () => {
    const app = (calendarVersion: string): AppFiles => ({
      'package.json': JSON.stringify({ name: 'events', dependencies: { expo: '~44.0.0', 'expo-calendar': calendarVersion } }),
      'app.json': JSON.stringify({ expo: { name: 'events', ios: { bundleIdentifier: 'com.example.events', infoPlist: { NSCalendarsUsageDescription: 'Adds the events you sign up for to your calendar' } } } }, null, 2),
    });
    await expectFindings(app('~10.1.0'), []);
    await expectFindings(app('~14.0.2'), ['app.json:2 purpose-string-quality']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Bare React Native

const RN_PACKAGE = (dependencies: Record<string, string> = {}) =>
  JSON.stringify({ name: 'chat-maps', dependencies: { react: '18.2.0', 'react-native': '0.74.0', ...dependencies } });

describe('real-world: bare React Native', () => {
  it('flags an empty Info.plist purpose string; a PermissionsAndroid request with a rationale from a button is clean', async () => {
    await expectFindings(
      {
        'package.json': RN_PACKAGE({ 'react-native-geolocation-service': '5.3.1' }),
        'index.js': `import { AppRegistry } from 'react-native';\nimport App from './App';\nAppRegistry.registerComponent('chatMaps', () => App);\n`,
        'App.js': `import React from 'react';\nimport MapScreen from './src/MapScreen';\nexport default function App() {\n  return <MapScreen />;\n}\n`,
        'ios/chatMaps/Info.plist': `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>CFBundleDisplayName</key>
\t<string>chatMaps</string>
\t<key>NSLocationWhenInUseUsageDescription</key>
\t<string/>
</dict>
</plist>
`,
        'android/app/src/main/AndroidManifest.xml': `<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.chatmaps">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <application android:name=".MainApplication" />
</manifest>
`,
        'src/locationPermission.js': `import { PermissionsAndroid } from 'react-native';

export async function askForLocation() {
  const result = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.ACCESS_FINE_LOCATION, {
    title: 'Share your location with friends',
    message: 'Your position is shown on the chat map only to the friends you pick.',
    buttonNegative: 'Not now',
    buttonPositive: 'Allow',
  });
  return result === PermissionsAndroid.RESULTS.GRANTED;
}
`,
        'src/MapScreen.js': `import React from 'react';
import { Button, View } from 'react-native';
import { askForLocation } from './locationPermission';

export default function MapScreen() {
  const share = async () => {
    if (!(await askForLocation())) return;
  };
  return (
    <View>
      <Button title="Share my location" onPress={share} />
    </View>
  );
}
`,
      },
      ['ios/chatMaps/Info.plist:8 purpose-string-quality'],
    );
  });

  it('flags PermissionsAndroid.request with no rationale in a map-ready callback', async () => {
    await expectFindings(
      {
        'package.json': RN_PACKAGE({ 'react-native-maps': '1.14.0' }),
        'android/app/src/main/AndroidManifest.xml': `<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />\n  <application />\n</manifest>\n`,
        'src/FieldMap.tsx': `import React, { useCallback } from 'react';
import { PermissionsAndroid, Platform } from 'react-native';
import MapView from 'react-native-maps';

export function FieldMap() {
  const onMapReady = useCallback(() => {
    if (Platform.OS === 'android') {
      PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.ACCESS_FINE_LOCATION).then(() => undefined);
    }
  }, []);
  return <MapView style={{ flex: 1 }} onMapReady={onMapReady} />;
}
`,
      },
      ['src/FieldMap.tsx:8 require-request-rationale'],
    );
  });

  it('root component: double-back-press exit, a local getUniqueId, clipboard writes and consent-gated analytics are clean', async () => {
    await expectFindings(
      {
        'package.json': RN_PACKAGE({ '@react-native-clipboard/clipboard': '1.14.0', '@react-native-firebase/analytics': '20.0.0', 'react-redux': '9.0.0' }),
        'android/app/src/main/AndroidManifest.xml': `<manifest xmlns:android="http://schemas.android.com/apk/res/android"><application /></manifest>\n`,
        'index.js': `import { AppRegistry } from 'react-native';\nimport App from './App';\nAppRegistry.registerComponent('x', () => App);\n`,
        'App.tsx': `import React, { useEffect, useRef } from 'react';
import { BackHandler, Text, ToastAndroid } from 'react-native';
import Clipboard from '@react-native-clipboard/clipboard';
import analytics from '@react-native-firebase/analytics';
import { useSelector } from 'react-redux';

function getUniqueId() {
  return Math.random().toString(36).slice(2);
}

export default function App() {
  const lastBack = useRef(0);
  const sessionId = useRef(getUniqueId());
  const privacyAccepted = useSelector((state: { privacy: { accepted: boolean } }) => state.privacy.accepted);
  useEffect(() => {
    if (!privacyAccepted) return;
    analytics().setAnalyticsCollectionEnabled(true);
  }, [privacyAccepted]);
  useEffect(() => {
    const sub = BackHandler.addEventListener('hardwareBackPress', () => {
      const now = Date.now();
      if (now - lastBack.current < 2000) {
        BackHandler.exitApp();
        return true;
      }
      lastBack.current = now;
      ToastAndroid.show('Press back again to exit', ToastAndroid.SHORT);
      return true;
    });
    return () => sub.remove();
  }, []);
  const copyId = () => Clipboard.setString(sessionId.current);
  return <Text onPress={copyId}>{sessionId.current}</Text>;
}
`,
      },
      [],
    );
  });

  it('root component: a device id read at mount is flagged; the same read in the privacy dialog\'s onAgree is clean', async () => {
    const app = (body: string): AppFiles => ({
      'package.json': RN_PACKAGE({ 'react-native-device-info': '10.0.0' }),
      'index.js': `import { AppRegistry } from 'react-native';\nimport App from './App';\nAppRegistry.registerComponent('x', () => App);\n`,
      'src/PrivacyModal.tsx': `import React from 'react';
import { Button, Modal } from 'react-native';
export function PrivacyModal({ visible, onAgree }: { visible: boolean; onAgree(): void }) {
  return <Modal visible={visible}><Button title="Agree" onPress={onAgree} /></Modal>;
}
`,
      'App.tsx': body,
    });
    await expectFindings(
      app(`import React, { useEffect } from 'react';
import { Text } from 'react-native';
import DeviceInfo from 'react-native-device-info';

export default function App() {
  useEffect(() => {
    DeviceInfo.getUniqueId().then((id) => fetch('https://example.com/install?id=' + id));
  }, []);
  return <Text>Hello</Text>;
}
`),
      ['App.tsx:7 no-collection-before-consent'],
    );
    await expectFindings(
      app(`import React, { useState } from 'react';
import { getUniqueId } from 'react-native-device-info';
import { PrivacyModal } from './src/PrivacyModal';

function startDeviceSession() {
  getUniqueId().then((id) => console.log(id));
}

export default function App() {
  const [visible, setVisible] = useState(true);
  return (
    <PrivacyModal
      visible={visible}
      onAgree={() => {
        setVisible(false);
        startDeviceSession();
      }}
    />
  );
}
`),
      [],
    );
  });

  it('community geolocation with an empty iOS purpose string is flagged at each call and on the plist', async () => {
    await expectFindings(
      {
        'package.json': RN_PACKAGE({ '@react-native-community/geolocation': '3.2.0', 'socket.io-client': '4.7.0' }),
        'ios/parking/Info.plist': `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
\t<key>NSLocationWhenInUseUsageDescription</key>
\t<string></string>
</dict>
</plist>
`,
        'src/screens/ParkingMap.js': `import React, { useEffect } from 'react';
import { Text } from 'react-native';
import Geolocation from '@react-native-community/geolocation';

export default function ParkingMap({ socket }) {
  useEffect(() => {
    if (!socket) return;
    const watchId = Geolocation.watchPosition(({ coords }) => socket.emit('spot', coords), undefined, { distanceFilter: 400 });
    Geolocation.getCurrentPosition(({ coords }) => socket.emit('spot', coords));
    return () => Geolocation.clearWatch(watchId);
  }, [socket]);
  return <Text>Finding free spots near you</Text>;
}
`,
      },
      [
        'ios/parking/Info.plist:5 purpose-string-quality',
        'src/screens/ParkingMap.js:8 require-purpose-string',
        'src/screens/ParkingMap.js:9 require-purpose-string',
      ],
    );
  });

  it("a root registered through require() (Rocket.Chat's () => require('./app/index').default) runs at launch as an imported one does", async () => {
    const files = (index: string): AppFiles => ({
      'package.json': RN_PACKAGE({ 'react-native-device-info': '10.0.0' }),
      'index.js': index,
      'app/index.tsx': `import React from 'react';
import DeviceInfo from 'react-native-device-info';
export default class Root extends React.Component {
  constructor(props) {
    super(props);
    DeviceInfo.getUniqueId().then((id) => fetch('https://example.com/install?id=' + id));
  }
  render() { return null; }
}
`,
      'app/storybook.tsx': `import DeviceInfo from 'react-native-device-info';\nexport default function Stories() { return null; }\nexport const tap = () => DeviceInfo.getUniqueId();\n`,
    });
    await expectFindings(files(`import { AppRegistry } from 'react-native';\nAppRegistry.registerComponent('RocketChatRN', () => require('./app/index').default);\n`), ['app/index.tsx:6 no-collection-before-consent']);
    await expectFindings(files(`import { AppRegistry } from 'react-native';\nimport Root from './app/index';\nAppRegistry.registerComponent('RocketChatRN', () => Root);\n`), ['app/index.tsx:6 no-collection-before-consent']);
  });

  it("react-native-image-picker's launchCamera needs no Android CAMERA (the system camera app takes the photo); iOS still needs its key (zulip)", async () => {
    const plist = (keys: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n${keys}</dict>\n</plist>\n`;
    const files = (iosKeys: string): AppFiles => ({
      'package.json': RN_PACKAGE({ 'react-native-image-picker': '5.3.1' }),
      'android/app/src/main/AndroidManifest.xml': `<manifest xmlns:android="http://schemas.android.com/apk/res/android" xmlns:tools="http://schemas.android.com/tools">\n  <uses-permission android:name="android.permission.CAMERA" tools:node="remove" />\n  <application />\n</manifest>\n`,
      'ios/zulip/Info.plist': plist(iosKeys),
      'src/compose/ComposeMenu.js': `import { launchCamera } from 'react-native-image-picker';
export function takePhoto(onPicked) {
  launchCamera({ mediaType: 'photo', saveToPhotos: false }, (response) => onPicked(response.assets));
}
`,
    });
    await expectFindings(files('\t<key>NSCameraUsageDescription</key>\n\t<string>Take a photo to share it in the conversation</string>\n'), []);
    await expectFindings(files(''), ['src/compose/ComposeMenu.js:3 require-purpose-string']);
  });

  it("storage permissions that expo-file-system's library manifest adds are in the merged manifest (Rocket.Chat)", async () => {
    const files = (dependencies: Record<string, string>): AppFiles => ({
      'package.json': RN_PACKAGE(dependencies),
      'android/app/src/main/AndroidManifest.xml': `<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <uses-permission android:name="android.permission.READ_EXTERNAL_STORAGE" />\n  <application />\n</manifest>\n`,
      'app/views/AttachmentView.tsx': `import { PermissionsAndroid } from 'react-native';
export async function save() {
  const rationale = { title: 'Save to gallery', message: 'Allow saving this image to your device', buttonPositive: 'OK' };
  return PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.WRITE_EXTERNAL_STORAGE, rationale);
}
`,
    });
    await expectFindings(files({ 'expo-file-system': '~19.0.21' }), []);
    await expectFindings(files({}), ['app/views/AttachmentView.tsx:4 require-purpose-string']);
  });

  it("AMap's React Native geolocation asks on iOS when it starts locating: an empty key is flagged at the call (tanhuajiaoyou)", async () => {
    const plist = (keys: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n${keys}</dict>\n</plist>\n`;
    const geo = `import { init, Geolocation } from 'react-native-amap-geolocation';

export async function locate(onPlace) {
  await init({ ios: 'ios-key', android: 'android-key' });
  Geolocation.getCurrentPosition(({ coords }) => onPlace(coords), (error) => onPlace(null, error));
}
`;
    await expectFindings(
      {
        'package.json': RN_PACKAGE({ 'react-native-amap-geolocation': '1.2.3' }),
        'ios/tanhua/Info.plist': plist('\t<key>NSLocationWhenInUseUsageDescription</key>\n\t<string></string>\n'),
        'src/utils/Geo.js': geo,
      },
      ['ios/tanhua/Info.plist:5 purpose-string-quality', 'src/utils/Geo.js:5 require-purpose-string'],
    );
    // With the key: nothing at the call; a local Geolocation is no AMap's.
    await expectFindings(
      {
        'package.json': RN_PACKAGE({ 'react-native-amap-geolocation': '1.2.3' }),
        'ios/tanhua/Info.plist': plist('\t<key>NSLocationWhenInUseUsageDescription</key>\n\t<string>附近的人：按距离为你推荐同城的用户</string>\n'),
        'src/utils/Geo.js': geo,
        'src/utils/local.js': `const Geolocation = { getCurrentPosition(done) { done({ coords: { latitude: 0, longitude: 0 } }); } };\nexport const here = (done) => Geolocation.getCurrentPosition(done);\n`,
      },
      [],
    );
  });

  it('a camera permission used only through react-native-vision-camera is not unused', async () => {
    await expectFindings(
      {
        'package.json': RN_PACKAGE({ 'react-native-vision-camera': '4.0.0' }),
        'android/app/src/main/AndroidManifest.xml': `<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <uses-permission android:name="android.permission.CAMERA" />\n  <application />\n</manifest>\n`,
        'src/Scanner.tsx': `import React from 'react';
import { Button, Text } from 'react-native';
import { Camera, useCameraDevice, useCameraPermission } from 'react-native-vision-camera';

export function Scanner() {
  const device = useCameraDevice('back');
  const { hasPermission, requestPermission } = useCameraPermission();
  if (!hasPermission) return <Button title="Allow camera to scan tickets" onPress={requestPermission} />;
  if (!device) return <Text>No camera</Text>;
  return <Camera style={{ flex: 1 }} device={device} isActive />;
}
`,
      },
      [],
    );
  });

  it('privacy-dialog visibility flags that start true are not consent state; agreement state that starts false is clean', async () => {
    await expectFindings(
      {
        'package.json': RN_PACKAGE(),
        'App.tsx': `import React, { useState } from 'react';
import { Modal, Switch, Text } from 'react-native';

export default function App() {
  const [privacyVisible, setPrivacyVisible] = useState(true);
  const [showPrivacyDialog, setShowPrivacyDialog] = useState(true);
  const [agreed, setAgreed] = useState(false);
  return (
    <Modal visible={privacyVisible || showPrivacyDialog} onRequestClose={() => setPrivacyVisible(false)}>
      <Text>Privacy policy</Text>
      <Switch value={agreed} onValueChange={setAgreed} />
      <Text onPress={() => setShowPrivacyDialog(false)}>Close</Text>
    </Modal>
  );
}
`,
      },
      [],
    );
  });

  it('Flow-typed .js files parse: a device id read at mount is flagged at its exact place; a file that is no valid Flow keeps its parse error', async () => {
    const flowApp = `/**
 * @format
 * @flow strict-local
 */
import React, { useEffect } from 'react';
import type { Node } from 'react';
import { Image, Text } from 'react-native';
import DeviceInfo from 'react-native-device-info';

type Props = {|
  ...React.ElementConfig<typeof Image>,
  title?: ?string,
|};

const App = ({ title }: Props): Node => {
  useEffect(() => {
    DeviceInfo.getUniqueId().then((id: string) => fetch('https://example.com/install?id=' + id));
  }, []);
  return <Text>{(title: any)}</Text>;
};
export default App;
`;
    const files: AppFiles = {
      'package.json': RN_PACKAGE({ 'react-native-device-info': '10.0.0' }),
      'index.js': `/** @flow */\nimport { AppRegistry } from 'react-native';\nimport App from './App';\nAppRegistry.registerComponent('x', () => App);\n`,
      'App.js': flowApp,
      // Clean Flow: an opaque type, a maybe-typed default, a cast and a type-only export.
      'src/format.js': `// @flow
export opaque type Cents: number = number;
export function formatPrice(amount: ?Cents = 0, currency?: string = 'CNY'): string {
  return ((amount: any): number).toFixed(2) + ' ' + String(currency);
}
export type { Cents as Money };
`,
    };
    await expectFindings(files, ['App.js:17 no-collection-before-consent']);

    const root = writeApp({ ...files, 'src/broken.js': '// @flow\nconst total: number = ;\n' });
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
    const [app] = await eslint.lintFiles([join(root, 'App.js')]);
    const finding = app.messages.find((message) => message.ruleId === 'consentry/no-collection-before-consent');
    // The same place as in the file as written, types and all.
    const line = flowApp.split('\n')[16];
    expect(finding).toMatchObject({ line: 17, column: line.indexOf('DeviceInfo.getUniqueId') + 1, endLine: 17 });
    const [broken] = await eslint.lintFiles([join(root, 'src/broken.js')]);
    expect(broken.messages).toMatchObject([{ fatal: true, line: 2, message: 'Parsing error: Expression expected.' }]);
  });

  it("Babel's bind operator (::this.method) parses: a device id read at mount is flagged at its exact place (taro_project_2)", async () => {
    const boundApp = `import React from 'react';
import { Text, TouchableOpacity } from 'react-native';
import DeviceInfo from 'react-native-device-info';

export default class App extends React.Component {
  constructor(props) {
    super(props);
    this.handleTap =
      ::this.handleTap;
  }
  componentDidMount() {
    const label = { title: ::this.renderTitle };
    DeviceInfo.getUniqueId().then((id) => fetch('https://example.com/install?id=' + id));
  }
  handleTap() {}
  renderTitle() { return 'x'; }
  render() {
    return <TouchableOpacity onPress={::this.handleTap}><Text>{'std::string'}</Text></TouchableOpacity>;
  }
}
`;
    const files: AppFiles = {
      'package.json': RN_PACKAGE({ 'react-native-device-info': '10.0.0' }),
      'index.js': `import { AppRegistry } from 'react-native';\nimport App from './App';\nAppRegistry.registerComponent('x', () => App);\n`,
      'App.js': boundApp,
    };
    await expectFindings(files, ['App.js:13 no-collection-before-consent']);
    const root = writeApp({ ...files, 'src/broken.js': 'const handler = ::;\n' });
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
    const [app] = await eslint.lintFiles([join(root, 'App.js')]);
    const finding = app.messages.find((message) => message.ruleId === 'consentry/no-collection-before-consent');
    const line = boundApp.split('\n')[12];
    expect(finding).toMatchObject({ line: 13, column: line.indexOf('DeviceInfo.getUniqueId') + 1, endLine: 13 });
    // Not every `::` is the operator: a file that is no valid JavaScript with it blanked keeps its parse error.
    const [broken] = await eslint.lintFiles([join(root, 'src/broken.js')]);
    expect(broken.messages).toMatchObject([{ fatal: true, line: 1 }]);
  });

  it('a bare `>` in JSX text, which Babel accepts, parses: the finding in that file is kept (taro-shopping)', async () => {
    const screen = `import React from 'react';
import { Text, TouchableOpacity } from 'react-native';
import DeviceInfo from 'react-native-device-info';

export default class App extends React.Component {
  componentDidMount() {
    DeviceInfo.getUniqueId().then((id) => fetch('https://example.com/install?id=' + id));
  }
  render() {
    return <TouchableOpacity onPress={() => this.more()}><Text>兑换记录 ></Text><Text>More >></Text></TouchableOpacity>;
  }
}
`;
    const files: AppFiles = {
      'package.json': RN_PACKAGE({ 'react-native-device-info': '10.0.0' }),
      'index.js': `import { AppRegistry } from 'react-native';\nimport App from './App';\nAppRegistry.registerComponent('x', () => App);\n`,
      'App.js': screen,
    };
    await expectFindings(files, ['App.js:7 no-collection-before-consent']);
    // A `}` in JSX text is an error to Babel too, and a `>` outside JSX text stays an error: both keep their parse error.
    const root = writeApp({ ...files, 'src/brace.js': 'const a = <Text>a } b</Text>;\n', 'src/broken.js': 'const a = 1 >;\n' });
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
    for (const file of ['src/brace.js', 'src/broken.js']) {
      const [result] = await eslint.lintFiles([join(root, file)]);
      expect(result.messages, file).toMatchObject([{ fatal: true, line: 1 }]);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// WeChat mini-program

const WECHAT_PROJECT = JSON.stringify({ compileType: 'miniprogram', appid: 'wx0000000000000000' });
const WECHAT_LOCATION_APP_JSON = JSON.stringify(
  { pages: ['pages/index/index', 'pages/shops/shops'], permission: { 'scope.userLocation': { desc: '为你推荐附近的门店' } }, requiredPrivateInfos: ['getLocation'] },
  null,
  2,
);

describe('real-world: WeChat mini-program', () => {
  it("a location SDK copied into the app (qqmap-wx-jssdk) is judged at the app's calls into it, not at its own wx.getLocation (wine)", async () => {
    // Trimmed from qqmap-wx-jssdk.js 1.2: the device location is read only when the caller names no place.
    const sdk = `var Utils = {
  getWXLocation(success, fail, complete) {
    wx.getLocation({ type: 'gcj02', success: success, fail: fail, complete: complete });
  },
  locationProcess(param, locationsuccess) {
    if (!param.location) {
      this.getWXLocation(locationsuccess);
    } else {
      locationsuccess(param.location);
    }
  },
};
class QQMapWX {
  constructor(options) { this.key = options.key; }
  reverseGeocoder(options) {
    Utils.locationProcess(options, (location) => wx.request({ url: 'https://apis.map.qq.com/ws/geocoder/v1/', data: { location, key: this.key } }));
  }
}
module.exports = QQMapWX;
`;
    const app = (call: string) => ({
      'project.config.json': WECHAT_PROJECT,
      'app.json': JSON.stringify({ pages: ['pages/index/index', 'pages/detail/detail'], usingComponents: { 'qq-map': '/components/qqMap/qqMap' } }),
      'app.js': 'App({});\n',
      'pages/index/index.js': 'Page({});\n',
      'pages/index/index.wxml': '<view>wines</view>\n',
      'pages/detail/detail.js': 'Page({ data: { winery: null } });\n',
      'pages/detail/detail.wxml': '<qq-map wx:if="{{winery}}" location="{{winery}}"></qq-map>\n',
      'libs/qqmap-wx-jssdk.js': sdk,
      'components/qqMap/qqMap.json': '{ "component": true }\n',
      'components/qqMap/qqMap.wxml': '<map markers="{{markers}}"></map>\n',
      'components/qqMap/qqMap.js': `var QQMapWX = require('../../libs/qqmap-wx-jssdk');
var qqmapsdk = new QQMapWX({ key: 'KEY' });
Component({
  properties: { location: { type: Object, value: '' } },
  lifetimes: {
    ready: function () {
      var _this = this;
      ${call}
    },
  },
});
`,
    });
    // The winery's own coordinates: no device location is read, nothing needs declaring.
    await expectFindings(app('qqmapsdk.reverseGeocoder({ location: _this.data.location, success: function (res) { _this.setData({ poi: res.result }); } });'), []);
    // No place given: the SDK reads the device location, which the app's call needs declared.
    await expectFindings(app('qqmapsdk.reverseGeocoder({ success: function (res) { _this.setData({ poi: res.result }); } });'), [
      'components/qqMap/qqMap.js:8 require-purpose-string',
    ]);
  });

  it('launch code that reads storage, system info, network type, updates and login, and app methods, is clean', async () => {
    await expectFindings(
      {
        'project.config.json': WECHAT_PROJECT,
        'app.json': WECHAT_LOCATION_APP_JSON,
        'app.js': `App({
  globalData: { statusBarHeight: 0, network: '', locationAllowed: false },
  onLaunch() {
    const logs = wx.getStorageSync('logs') || [];
    logs.unshift(Date.now());
    wx.setStorageSync('logs', logs);
    this.globalData.statusBarHeight = wx.getSystemInfoSync().statusBarHeight;
    wx.getNetworkType({ success: (res) => { this.globalData.network = res.networkType; } });
    const updates = wx.getUpdateManager();
    updates.onUpdateReady(() => {
      wx.showModal({ title: '更新提示', content: '新版本已经准备好，是否重启？', success: (r) => { if (r.confirm) updates.applyUpdate(); } });
    });
    wx.login({ success: (res) => { this.code = res.code; } });
    wx.onNeedPrivacyAuthorization((resolve) => { this.resolvePrivacy = resolve; });
  },
  onShow() {
    wx.getSetting({ success: (res) => { this.globalData.locationAllowed = res.authSetting['scope.userLocation'] === true; } });
  },
  loadUserInfo(cb) {
    wx.getUserInfo({ success: (res) => cb(res.userInfo) });
  },
});
`,
        'pages/index/index.js': `Page({ data: { motto: 'hi' } });\n`,
        'pages/index/index.wxml': `<view>{{motto}}</view>\n<button open-type="agreePrivacyAuthorization" bindagreeprivacyauthorization="onAgree">同意</button>\n`,
        'pages/shops/shops.js': `const { getLocation } = require('../../utils/geo');

Page({
  data: { latitude: 0, longitude: 0, address: '' },
  onLoad() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => this.setData({ latitude: res.latitude, longitude: res.longitude }),
      fail: () => wx.showToast({ title: '获取定位失败', icon: 'none' }),
    });
  },
  onPasteCode() {
    wx.getClipboardData({ success: (res) => this.setData({ invite: res.data }) });
  },
  copyAddress() {
    wx.setClipboardData({ data: this.data.address });
  },
  centre() {
    this.setData(getLocation());
  },
});
`,
        'utils/geo.js': `function getLocation() {\n  return { latitude: 39.9, longitude: 116.4 };\n}\nmodule.exports = { getLocation };\n`,
      },
      [],
    );
  });

  it('a map demo with no permission desc, no requiredPrivateInfos and no privacy wiring is flagged at the call and on app.json', async () => {
    await expectFindings(
      {
        'project.config.json': WECHAT_PROJECT,
        'app.json': JSON.stringify({ pages: ['pages/index/index', 'pages/map/map'], window: { navigationBarTitleText: 'Map' } }, null, 2),
        'app.js': `App({
  onLaunch() {
    const logs = wx.getStorageSync('logs') || [];
    wx.setStorageSync('logs', [Date.now(), ...logs]);
  },
});
`,
        'pages/index/index.js': 'Page({});\n',
        'pages/map/map.js': `Page({
  data: { markers: [] },
  onLoad() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => {
        wx.openLocation({ latitude: res.latitude, longitude: res.longitude, scale: 16 });
      },
    });
  },
});
`,
      },
      ['app.json:2 require-privacy-check', 'pages/map/map.js:4 require-purpose-string'],
    );
  });

  it('a request in onShow behind an authSetting check, and openSetting from a button, are clean', async () => {
    await expectFindings(
      {
        'project.config.json': WECHAT_PROJECT,
        'app.json': WECHAT_LOCATION_APP_JSON,
        'app.js': `App({ onLaunch() { wx.onNeedPrivacyAuthorization((resolve) => resolve({ event: 'agree', buttonId: 'agree-btn' })); } });\n`,
        'pages/index/index.js': 'Page({});\n',
        'pages/shops/shops.js': `Page({
  onShow() {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation'] === false) {
          this.setData({ needLocation: true });
          return;
        }
        wx.getLocation({ type: 'gcj02', success: (loc) => this.setData(loc) });
      },
    });
  },
  openSettings() {
    wx.openSetting({});
  },
});
`,
        'pages/shops/shops.wxml': `<view wx:if="{{needLocation}}"><button bindtap="openSettings">去设置开启定位</button></view>\n`,
      },
      [],
    );
  });

  it('a denied wx.authorize that offers settings in a modal with a cancel choice is clean', async () => {
    await expectFindings(
      {
        'project.config.json': WECHAT_PROJECT,
        'app.json': WECHAT_LOCATION_APP_JSON,
        'app.js': `App({ onLaunch() { wx.onNeedPrivacyAuthorization((resolve) => resolve({ event: 'agree', buttonId: 'agree-btn' })); } });\n`,
        'pages/index/index.js': 'Page({});\n',
        'pages/shops/shops.js': `Page({
  locate() {
    wx.authorize({
      scope: 'scope.userLocation',
      success: () => this.loadShops(),
      fail: () => {
        wx.showModal({
          title: '需要定位权限',
          content: '开启定位后可按距离排序门店，也可以手动选择城市',
          confirmText: '去设置',
          cancelText: '暂不',
          success: (res) => {
            if (res.confirm) wx.openSetting();
          },
        });
      },
    });
  },
  loadShops() {
    wx.getLocation({ type: 'gcj02', success: (loc) => this.setData(loc) });
  },
});
`,
        'pages/shops/shops.wxml': `<button bindtap="locate">按距离排序</button>\n`,
      },
      [],
    );
  });

  it('an onLaunch early return on a stored agreement guards what follows; a cancellable modal wrapper that opens settings on confirm is clean', async () => {
    await expectFindings(
      {
        'project.config.json': WECHAT_PROJECT,
        'app.json': JSON.stringify(
          { pages: ['pages/index/index'], permission: { 'scope.userLocation': { desc: '核实你是否在设备附近，例如扫码开柜前' } }, requiredPrivateInfos: ['getLocation'] },
          null,
          2,
        ),
        'app.js': `App({
  onLaunch() {
    wx.onNeedPrivacyAuthorization((resolve) => resolve({ event: 'agree', buttonId: 'agree-btn' }));
    if (!wx.getStorageSync('privacyAgreed')) return;
    this.restoreInvite();
  },
  restoreInvite() {
    wx.getClipboardData({ success: (res) => { this.invite = res.data; } });
  },
});
`,
        'pages/index/index.js': `function confirmThen({ content, onConfirm }) {
  wx.showModal({
    title: '提示',
    content,
    showCancel: true,
    cancelText: '暂不',
    success(res) {
      if (res.confirm) onConfirm();
    },
  });
}

Page({
  locate() {
    wx.getLocation({
      type: 'wgs84',
      success: (res) => this.setData(res),
      fail: () => {
        confirmThen({ content: '开启位置权限后可核实你是否在设备附近', onConfirm: () => wx.openSetting() });
      },
    });
  },
});
`,
        'pages/index/index.wxml': `<button bindtap="locate">扫码开柜</button>\n`,
      },
      [],
    );
  });

  it('login page: an agreement checkbox bound to false is clean; an unused requiredPrivateInfos entry is flagged', async () => {
    await expectFindings(
      {
        'project.config.json': WECHAT_PROJECT,
        'app.json': JSON.stringify(
          {
            pages: ['pages/login/index'],
            permission: { 'scope.userLocation': { desc: '为你推荐附近的门店' } },
            requiredPrivateInfos: ['getLocation', 'chooseLocation'],
          },
          null,
          2,
        ),
        'app.js': `App({ onLaunch() { wx.onNeedPrivacyAuthorization((resolve) => resolve({ event: 'agree', buttonId: 'agree-btn' })); } });\n`,
        'pages/login/index.js': `Page({
  data: { isAgree: false },
  onAgreeChange(e) {
    this.setData({ isAgree: e.detail.checked });
  },
  locate() {
    wx.getLocation({ type: 'gcj02', success: (res) => this.setData(res) });
  },
});
`,
        'pages/login/index.wxml': `<view class="policy">
  <checkbox value="1" checked="{{isAgree}}" bindtap="onAgreeChange" />我已阅读并同意《隐私政策》
</view>
<button wx:if="{{isAgree}}" bindtap="locate">定位</button>
`,
      },
      ['app.json:12 no-unused-permission'],
    );
  });

  it('login page: agreement state that starts true is flagged in the page data', async () => {
    await expectFindings(
      {
        'project.config.json': WECHAT_PROJECT,
        'app.json': JSON.stringify({ pages: ['pages/login/index'] }),
        'app.js': 'App({});\n',
        'pages/login/index.js': `Page({
  data: { isAgree: true },
  onAgreeChange(e) {
    this.setData({ isAgree: e.detail.checked });
  },
});
`,
        'pages/login/index.wxml': `<checkbox value="1" checked="{{isAgree}}" bindtap="onAgreeChange" />我已阅读并同意《隐私政策》\n`,
      },
      ['pages/login/index.js:2 no-preselected-consent'],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// uni-app

const UNI_PRIVACY_DIALOG = JSON.stringify(
  {
    version: '1',
    prompt: 'template',
    title: '服务协议和隐私政策',
    message: '请你务必审慎阅读<a href="https://example.com/privacy">《隐私政策》</a>',
    buttonAccept: '同意并接受',
    buttonRefuse: '暂不同意',
    // Declining opens the app in visitor mode rather than quitting it.
    disagreeMode: { support: true, loadNativePlugins: false, visitorEntry: true },
  },
  null,
  2,
);

describe('real-world: uni-app', () => {
  it("a component valid only once conditional compilation removes a branch parses (oldHome's tui-tabs), and its launch read is flagged", async () => {
    await expectFindings(
      {
        'manifest.json': JSON.stringify({ name: 'old-home', 'mp-weixin': { appid: 'wx0000000000000002', requiredPrivateInfos: ['getLocation'], permission: { 'scope.userLocation': { desc: '展示你所在城市的社区活动' } } } }),
        'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }] }),
        'App.vue': `<script>
export default {
  onLaunch() {
    uni.onNeedPrivacyAuthorization((resolve) => resolve({ event: 'agree', buttonId: 'agree-btn' }));
  },
};
</script>
`,
        'pages/index/index.vue': `<template>
  <view :style="{ top: top + 'px' }">{{ city }}</view>
</template>
<script>
export default {
  props: {
    top: {
      type: Number,
      // #ifndef H5
      default: 0
      // #endif
      // #ifdef H5
      default: 44
      // #endif
    },
  },
  data() {
    return { city: '' };
  },
  onLoad() {
    uni.getLocation({ type: 'gcj02', success: (res) => { this.city = res.latitude; } });
  },
};
</script>
`,
      },
      ['pages/index/index.vue:21 no-collection-before-consent', 'pages/index/index.vue:21 no-request-on-launch'],
    );
  });

  it('saving to the photo library with no iOS privacyDescription is flagged at the call', async () => {
    await expectFindings(
      {
        'manifest.json': `{
    "name" : "kids-shop",
    "appid" : "__UNI__0000001",
    "versionName" : "2.0.0",
    "app-plus" : {
        "distribute" : {
            "android" : {
                "permissions" : [
                    "<uses-permission android:name=\\"android.permission.WRITE_EXTERNAL_STORAGE\\"/>"
                ]
            },
            "ios" : { "idfa" : false }
        }
    },
    "mp-weixin" : { "appid" : "wx0000000000000001", "usingComponents" : true }
}
`,
        'androidPrivacy.json': UNI_PRIVACY_DIALOG,
        'pages.json': JSON.stringify({ pages: [{ path: 'pages/poster/poster' }] }),
        'App.vue': `<script>
export default {
  onLaunch() {
    uni.onNeedPrivacyAuthorization((resolve) => resolve({ event: 'agree', buttonId: 'agree-btn' }));
  },
};
</script>
`,
        'pages/poster/poster.vue': `<template>
  <view>
    <canvas canvas-id="poster" />
    <button @click="savePoster">保存到相册</button>
  </view>
</template>
<script>
export default {
  data() {
    return { posterPath: '' };
  },
  methods: {
    savePoster() {
      uni.saveImageToPhotosAlbum({
        filePath: this.posterPath,
        success: () => uni.showToast({ title: '已保存' }),
        fail: () => uni.showToast({ title: '保存失败', icon: 'none' }),
      });
    },
  },
};
</script>
`,
      },
      ['pages/poster/poster.vue:14 require-purpose-string'],
    );
  });

  it('a map page with show-location counts as use of the declared location permissions', async () => {
    await expectFindings(
      {
        'manifest.json': `{
    "name" : "map-only",
    "app-plus" : {
        "modules" : { "Maps" : {} },
        "distribute" : {
            "android" : { "permissions" : [ "<uses-permission android:name=\\"android.permission.ACCESS_FINE_LOCATION\\"/>", "<uses-permission android:name=\\"android.permission.ACCESS_COARSE_LOCATION\\"/>" ] },
            "ios" : { "privacyDescription" : { "NSLocationWhenInUseUsageDescription" : "在地图上显示你与门店的距离，例如导航到最近的门店" } }
        }
    }
}
`,
        'androidPrivacy.json': UNI_PRIVACY_DIALOG,
        'pages.json': JSON.stringify({ pages: [{ path: 'pages/map/map' }] }),
        'App.vue': '<script>\nexport default {};\n</script>\n',
        'pages/map/map.vue': `<template>
  <map style="width: 100%; height: 600rpx" :latitude="lat" :longitude="lng" :markers="markers" show-location />
</template>
<script>
export default {
  data() {
    return { lat: 39.9, lng: 116.4, markers: [] };
  },
};
</script>
`,
      },
      [],
    );
  });

  it('a privacy popup whose visibility starts true, with the agreement starting false, is clean; system info in onLaunch is clean', async () => {
    await expectFindings(
      {
        'manifest.json': `{\n    "name" : "shop",\n    "appid" : "__UNI__0000000",\n    "mp-weixin" : { "appid" : "wx0000", "usingComponents" : true }\n}\n`,
        'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }] }),
        'App.vue': `<script>
export default {
  onLaunch() {
    const info = uni.getSystemInfoSync();
    this.globalData.statusBarHeight = info.statusBarHeight;
  },
  globalData: { statusBarHeight: 0 },
};
</script>
`,
        'components/privacy-popup/privacy-popup.vue': `<template>
  <view v-if="showPrivacy" class="mask">
    <view>请阅读《用户隐私保护指引》</view>
    <checkbox-group @change="onCheck"><checkbox value="agree" :checked="agreed" />我已阅读并同意</checkbox-group>
    <button open-type="agreePrivacyAuthorization" @agreeprivacyauthorization="onAgree">同意</button>
    <button @click="showPrivacy = false">拒绝</button>
  </view>
</template>
<script>
export default {
  data() {
    return { showPrivacy: true, privacyPopupShow: true, agreed: false, resolvePrivacy: null };
  },
  mounted() {
    uni.onNeedPrivacyAuthorization((resolve) => {
      this.resolvePrivacy = resolve;
      this.showPrivacy = true;
    });
  },
  methods: {
    onCheck(e) {
      this.agreed = e.detail.value.length > 0;
    },
    onAgree() {
      if (this.resolvePrivacy) this.resolvePrivacy({ event: 'agree' });
      this.showPrivacy = false;
    },
  },
};
</script>
`,
        'pages/index/index.vue': `<template><view>{{ city }}</view></template>\n<script setup>\nimport { ref } from 'vue';\nconst city = ref('');\n</script>\n`,
      },
      [],
    );
  });

  it('an agreement checkbox bound to ref(true) is flagged', async () => {
    await expectFindings(
      {
        'manifest.json': `{ "name": "x", "mp-weixin": { "appid": "wx0" } }\n`,
        'pages.json': JSON.stringify({ pages: [{ path: 'pages/login/login' }] }),
        'pages/login/login.vue': `<template>
  <view>
    <checkbox :checked="agreePolicy" @click="agreePolicy = !agreePolicy" />我已阅读并同意《隐私政策》
  </view>
</template>
<script setup>
import { ref } from 'vue';
const agreePolicy = ref(true);
</script>
`,
      },
      ['pages/login/login.vue:8 no-preselected-consent'],
    );
  });

  it('App.vue onLaunch calling a location helper from @/utils asks at launch; the helper\'s tap handler does not', async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'runner', dependencies: { '@dcloudio/uni-app': '3.0.0-4060620250520001', vue: '3.4.21' } }),
        'manifest.json': JSON.stringify({
          name: 'runner',
          'mp-weixin': { appid: 'wx0000000000000000', requiredPrivateInfos: ['getLocation'], permission: { 'scope.userLocation': { desc: '用于记录你跑步的路线和里程' } } },
        }),
        'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }] }),
        'utils/location.js': `export function locate() {
  return new Promise((resolve, reject) => {
    uni.getLocation({ type: 'gcj02', success: resolve, fail: reject });
  });
}

export function locateOnTap(page) {
  page.onLocateTap = () => locate();
}
`,
        'App.vue': `<script>
import { locate, locateOnTap } from '@/utils/location';
export default {
  onLaunch() {
    uni.onNeedPrivacyAuthorization((resolve) => uni.$emit('privacy:ask', resolve));
    locate().then((res) => console.log(res.latitude));
    locateOnTap(this);
  },
};
</script>
`,
        'pages/index/index.vue': `<template><view>跑步</view></template>\n<script>\nexport default {};\n</script>\n`,
      },
      // locate() also reads the location at launch with no consent check, as uni.getLocation written in onLaunch is.
      ['App.vue:6 no-request-on-launch', 'App.vue:6 no-collection-before-consent'],
    );
  });

  it('the first page of pages.json opens at launch: its onLoad (options or <script setup>) reads the location before consent', async () => {
    const optionsPage = `<template><view>{{ city }}</view></template>
<script>
export default {
  data() {
    return { city: '' };
  },
  onLoad() {
    uni.getLocation({ type: 'gcj02', success: (res) => (this.city = res.latitude + ',' + res.longitude) });
  },
};
</script>
`;
    const setupPage = `<template><view>{{ city }}</view></template>
<script setup>
import { ref } from 'vue';
import { onLoad } from '@dcloudio/uni-app';
const city = ref('');
onLoad(() => {
  uni.getLocation({ type: 'gcj02', success: (res) => (city.value = res.latitude + ',' + res.longitude) });
});
</script>
`;
    const app = (first: string, second: string): AppFiles => ({
      'package.json': JSON.stringify({ name: 'nearby', dependencies: { '@dcloudio/uni-app': '3.0.0-4060620250520001', vue: '3.4.21' } }),
      'manifest.json': JSON.stringify({
        name: 'nearby',
        'mp-weixin': { appid: 'wx0000000000000000', requiredPrivateInfos: ['getLocation'], permission: { 'scope.userLocation': { desc: '用于推荐你附近三公里内的门店' } } },
      }),
      'pages.json': JSON.stringify({ pages: [{ path: 'pages/home/home' }, { path: 'pages/shop/shop' }] }),
      'App.vue': `<script>
export default {
  onLaunch() {
    uni.onNeedPrivacyAuthorization((resolve) => uni.$emit('privacy:ask', resolve));
  },
};
</script>
`,
      'pages/home/home.vue': first,
      'pages/shop/shop.vue': second,
    });
    const launchRead = ['pages/home/home.vue:8 no-collection-before-consent', 'pages/home/home.vue:8 no-request-on-launch'];
    await expectFindings(app(optionsPage, optionsPage), launchRead);
    await expectFindings(app(setupPage, setupPage), ['pages/home/home.vue:7 no-collection-before-consent', 'pages/home/home.vue:7 no-request-on-launch']);
  });
});

describe('real-world: uni-app UI kits copied into uni_modules', () => {
  // A kit copied in whole (uview-plus, uv-ui) brings dozens of components; easycom compiles only those a template
  // uses (easy_bills_uniapp: u-city-locate's uni.getLocation was reported though no page shows it).
  const cityLocate = `<template>
  <view class="u-city-locate"><text>{{ city }}</text></view>
</template>
<script>
// Usage: <u-city-locate @located="onCity" />
export default {
  data() { return { city: '' } },
  mounted() {
    uni.getLocation({ type: 'gcj02', success: (res) => { this.city = res.latitude + ',' + res.longitude } })
  },
}
</script>
`;
  const qrcode = (name: string) => `<template>
  <view class="${name}"><canvas canvas-id="${name}" /></view>
</template>
<script>
export default {
  methods: {
    save(path) { uni.saveImageToPhotosAlbum({ filePath: path }) },
  },
}
</script>
`;
  const app = (page: string): AppFiles => ({
    'package.json': JSON.stringify({ name: 'bills', dependencies: { '@dcloudio/uni-app': '3.0.0-4060620250520001', vue: '3.4.21' } }),
    'manifest.json': JSON.stringify({ name: 'bills', 'app-plus': { distribute: { ios: { privacyDescription: {} } } } }),
    'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }], easycom: { custom: { '^up-(.*)': '@/uni_modules/uview-plus/components/u-$1/u-$1.vue' } } }),
    'uni_modules/uview-plus/package.json': JSON.stringify({ name: 'uview-plus', version: '3.3.0' }),
    'uni_modules/uview-plus/components/u-city-locate/u-city-locate.vue': cityLocate,
    'uni_modules/uview-plus/components/u-qrcode/u-qrcode.vue': qrcode('u-qrcode'),
    'uni_modules/uv-qrcode/package.json': JSON.stringify({ name: 'uv-qrcode', version: '1.0.0' }),
    'uni_modules/uv-qrcode/components/uv-qrcode/uv-qrcode.vue': qrcode('uv-qrcode'),
    'pages/index/index.vue': page,
  });
  const page = (template: string) => `<template>\n  <view>${template}</view>\n</template>\n<script>\nexport default {}\n</script>\n`;

  it('reports nothing in kit components no page uses, and the same findings once a page uses one (by tag, alias or import)', async () => {
    // The App build shows no privacy dialog (no androidPrivacy.json): reported in every case, whatever the kit holds.
    const noDialog = 'manifest.json:1 require-privacy-check';
    await expectFindings(app(page('<u-button text="ok" />')), [noDialog]);
    const locate = [noDialog, 'uni_modules/uview-plus/components/u-city-locate/u-city-locate.vue:9 require-purpose-string'];
    await expectFindings(app(page('<u-city-locate />')), locate);
    await expectFindings(app(page('<up-city-locate />')), locate);
    await expectFindings(app(page('<UCityLocate />')), locate);
    await expectFindings(
      app(`<template>\n  <city />\n</template>\n<script>\nimport city from '@/uni_modules/uview-plus/components/u-city-locate/u-city-locate.vue'\nexport default { components: { city } }\n</script>\n`),
      locate,
    );
    // <uv-qrcode> is that component, not an alias of uview-plus's u-qrcode.
    await expectFindings(app(page('<uv-qrcode />')), [noDialog, 'uni_modules/uv-qrcode/components/uv-qrcode/uv-qrcode.vue:7 require-purpose-string']);
  });

  it('treats a kit copied outside uni_modules and mapped by an easycom custom rule the same way (tggy-uniapp: uView 1 in /uview-ui/)', async () => {
    const uview1 = (template: string, easycom: Record<string, string> = { '^u-(.*)': '@/uview-ui/components/u-$1/u-$1.vue' }): AppFiles => ({
      'package.json': JSON.stringify({ name: 'tggy', dependencies: { '@dcloudio/uni-app': '2.0.2-4060620250520001', vue: '2.6.14' } }),
      'manifest.json': JSON.stringify({ name: 'tggy', 'app-plus': { distribute: { ios: { privacyDescription: {} } } } }),
      'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }], easycom: { autoscan: true, custom: easycom } }),
      'uview-ui/components/u-city-locate/u-city-locate.vue': cityLocate,
      'components/shop-locate/shop-locate.vue': cityLocate.replaceAll('u-city-locate', 'shop-locate'),
      'pages/index/index.vue': page(template),
    });
    const noDialog = 'manifest.json:1 require-privacy-check';
    // The app's own component, unused, is still checked: it may be one the developer is writing.
    const own = 'components/shop-locate/shop-locate.vue:9 require-purpose-string';
    await expectFindings(uview1('<u-button text="ok" />'), [noDialog, own]);
    await expectFindings(uview1('<u-city-locate />'), [noDialog, own, 'uview-ui/components/u-city-locate/u-city-locate.vue:9 require-purpose-string']);
    // Without the easycom rule the folder is the app's own code.
    await expectFindings(uview1('<u-button text="ok" />', {}), [noDialog, own, 'uview-ui/components/u-city-locate/u-city-locate.vue:9 require-purpose-string']);
    // The older form, the rule directly under easycom (uni-app Vue 2 reads `easycom.custom || easycom`), is the same (51Money).
    const older = uview1('<u-button text="ok" />');
    older['pages.json'] = JSON.stringify({ pages: [{ path: 'pages/index/index' }], easycom: { autoscan: true, '^u-(.*)': '@/uview-ui/components/u-$1/u-$1.vue' } });
    await expectFindings(older, [noDialog, own]);
  });

  it("reports nothing in a plugin's pages that pages.json does not route, nor in components only they use; both once it routes them", async () => {
    // HappyPiggy/todo-assistant-uniapp: uni-id-pages' avatar component, used by its own userinfo page only.
    const withPluginPage = (routed: boolean): AppFiles => ({
      ...app(page('<u-button text="ok" />')),
      'pages.json': JSON.stringify({
        pages: [{ path: 'pages/index/index' }, ...(routed ? [{ path: 'uni_modules/uni-id-pages/pages/userinfo/userinfo' }] : [])],
      }),
      'uni_modules/uni-id-pages/package.json': JSON.stringify({ name: 'uni-id-pages', version: '1.1.20' }),
      'uni_modules/uni-id-pages/pages/userinfo/userinfo.vue': `<template>\n  <view><uni-id-pages-avatar /></view>\n</template>\n<script>\nexport default {\n  methods: {\n    scan() { uni.scanCode({}) },\n  },\n}\n</script>\n`,
      'uni_modules/uni-id-pages/components/uni-id-pages-avatar/uni-id-pages-avatar.vue': `<template>\n  <view @click="pick" />\n</template>\n<script>\nexport default {\n  methods: {\n    pick() { uni.chooseImage({ count: 1, sourceType: ['camera'] }) },\n  },\n}\n</script>\n`,
    });
    const noDialog = 'manifest.json:1 require-privacy-check';
    await expectFindings(withPluginPage(false), [noDialog]);
    await expectFindings(withPluginPage(true), [
      noDialog,
      'uni_modules/uni-id-pages/components/uni-id-pages-avatar/uni-id-pages-avatar.vue:7 require-purpose-string',
      'uni_modules/uni-id-pages/pages/userinfo/userinfo.vue:7 require-purpose-string',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Taro

describe('real-world: Taro', () => {
  it('flags an unused requiredPrivateInfos entry, the missing privacy wiring, and the location read as the first page opens', async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'clear-sky', dependencies: { '@tarojs/taro': '3.6.0', vue: '3.3.0' } }),
        'project.config.json': JSON.stringify({ miniprogramRoot: './dist', compileType: 'miniprogram' }),
        'src/app.config.ts': `export default {
  pages: ['pages/home/index'],
  requiredPrivateInfos: [
    'getLocation',
    'chooseAddress',
  ],
  permission: {
    'scope.userLocation': { desc: '根据你所在城市显示当地天气' },
  },
};
`,
        'src/app.ts': `import { createApp } from 'vue';\nconst App = createApp({});\nexport default App;\n`,
        'src/pages/home/index.vue': `<template><view>{{ city }}</view></template>
<script setup>
import Taro from '@tarojs/taro';
import { onMounted, ref } from 'vue';

const city = ref('');
onMounted(() => {
  Taro.getLocation({
    type: 'wgs84',
    success(result) {
      city.value = \`\${result.latitude},\${result.longitude}\`;
    },
  });
});
</script>
`,
      },
      // The home page is the first of pages: its onMounted runs at launch.
      [
        'src/app.config.ts:1 require-privacy-check',
        'src/app.config.ts:5 no-unused-permission',
        'src/pages/home/index.vue:8 no-collection-before-consent',
        'src/pages/home/index.vue:8 no-request-on-launch',
      ],
    );
  });

  it('the launch page is entryPagePath when it is set; a page the user opens later is not launch', async () => {
    const page = (name: string) => `import Taro, { useLoad } from '@tarojs/taro';
import { View } from '@tarojs/components';

export default function ${name}() {
  useLoad(() => {
    Taro.getLocation({ type: 'gcj02' }).then((res) => console.log(res.latitude));
  });
  return <View />;
}
`;
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'ride', dependencies: { '@tarojs/taro': '4.0.0', '@tarojs/components': '4.0.0', react: '18.2.0' } }),
        'project.config.json': JSON.stringify({ miniprogramRoot: './dist', compileType: 'miniprogram' }),
        'src/app.config.ts': `export default defineAppConfig({
  pages: ['pages/index/index', 'pages/map/index'],
  entryPagePath: 'pages/map/index',
  permission: { 'scope.userLocation': { desc: '用于显示你附近可骑行的单车' } },
  requiredPrivateInfos: ['getLocation'],
});
`,
        'src/app.ts': `import Taro from '@tarojs/taro';
Taro.onNeedPrivacyAuthorization((resolve) => Taro.eventCenter.trigger('privacy:ask', resolve));
export default function App({ children }) {
  return children;
}
`,
        'src/pages/index/index.tsx': page('Index'),
        'src/pages/map/index.tsx': page('MapPage'),
      },
      ['src/pages/map/index.tsx:6 no-collection-before-consent', 'src/pages/map/index.tsx:6 no-request-on-launch'],
    );
  });

  it('location through taro-hooks useLocation uses the scope and its requiredPrivateInfos; the hook reads the location on mount, so on the launch page it is a read at launch', async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'pet-sitter', dependencies: { '@tarojs/taro': '3.6.28', 'taro-hooks': '2.0.11', vue: '3.3.0' } }),
        'project.config.json': JSON.stringify({ miniprogramRoot: './dist', compileType: 'miniprogram' }),
        'src/app.config.ts': `export default defineAppConfig({
  pages: ['pages/index/index'],
  permission: { 'scope.userLocation': { desc: '用于查找你附近三公里内的宠物托管师' } },
  requiredPrivateInfos: ['chooseLocation', 'getLocation', 'chooseAddress'],
});
`,
        'src/app.ts': `import { createApp } from 'vue';
import Taro from '@tarojs/taro';
import { useLocation } from 'taro-hooks';
Taro.onNeedPrivacyAuthorization((resolve) => Taro.eventCenter.trigger('privacy:ask', resolve));
const App = createApp({
  setup() {
    const [, { get }] = useLocation();
    return { get };
  },
});
export default App;
`,
        'src/pages/index/index.vue': `<template>
  <view><button @tap="pickPlace">选择上门地址</button></view>
</template>
<script setup lang="ts">
import { ref } from 'vue';
import { useLocation } from 'taro-hooks';

const place = ref('');
const [, { choose }] = useLocation();
const pickPlace = async () => {
  const { name } = await choose();
  place.value = name;
};
</script>
`,
      },
      // chooseAddress is declared and nothing uses it. useLocation() itself calls get() in a mount effect (taro-hooks
      // 2.x es/useLocation), so the home page, the first of pages, reads and asks for the location at launch.
      ['src/app.config.ts:4 no-unused-permission', 'src/pages/index/index.vue:9 no-collection-before-consent', 'src/pages/index/index.vue:9 no-request-on-launch'],
    );
  });

  it("launch code that calls a Pinia store's action reads what the action reads (taro-hooks get() in a setup store); a component beside it is not launch code", async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'pet-sitter', dependencies: { '@tarojs/taro': '3.6.28', 'taro-hooks': '2.0.11', vue: '3.3.0', pinia: '2.1.7' } }),
        'project.config.json': JSON.stringify({ miniprogramRoot: './dist', compileType: 'miniprogram' }),
        'src/app.config.ts': `export default defineAppConfig({
  pages: ['pages/index/index'],
  permission: { 'scope.userLocation': { desc: '用于查找你附近三公里内的宠物托管师' } },
  requiredPrivateInfos: ['chooseLocation', 'getLocation'],
});
`,
        'src/app.ts': `import { createApp } from 'vue';
import Taro from '@tarojs/taro';
import { createPinia } from 'pinia';
import { useLocationStore } from './stores/location';
import { useUserStore } from './stores/user';

Taro.onNeedPrivacyAuthorization((resolve) => Taro.eventCenter.trigger('privacy:ask', resolve));
const App = createApp({
  onLaunch() {
    const { initUserId } = useUserStore();
    initUserId();
    const { initLocation } = useLocationStore();
    initLocation();
  },
});
App.use(createPinia());
export default App;
`,
        'src/stores/location.ts': `import { defineStore } from 'pinia';
import { ref } from 'vue';
import { useLocation } from 'taro-hooks';

export const useLocationStore = defineStore('location', () => {
  const location = ref({ latitude: 0, longitude: 0 });
  const initLocation = async () => {
    const [, { get }] = useLocation();
    const { latitude, longitude } = await get();
    location.value = { latitude, longitude };
  };
  return { location, initLocation };
});
`,
        'src/stores/user.ts': `import { defineStore } from 'pinia';
import Taro from '@tarojs/taro';

export const useUserStore = defineStore('user', {
  state: () => ({ userId: '' }),
  actions: {
    initUserId() {
      this.userId = Taro.getStorageSync('userId');
    },
  },
});
`,
        'src/pages/index/index.vue': `<template>
  <view><location-selector v-model="place" /></view>
</template>
<script setup lang="ts">
import { ref } from 'vue';
import LocationSelector from '../../components/LocationSelector.vue';
const place = ref({ name: '' });
</script>
`,
        // A component with a plain <script> beside <script setup>: the setup block runs when the component is
        // used, not when the module is imported.
        'src/components/LocationSelector.vue': `<template>
  <button @tap="pick">选择上门地址</button>
</template>
<script setup lang="ts">
import { useLocation } from 'taro-hooks';
const model = defineModel<{ name: string }>({ required: true });
const [, { choose }] = useLocation();
const pick = async () => {
  const { name } = await choose();
  model.value = { name };
};
</script>
<script lang="ts">
export const isPlace = (value: { name: string }) => value.name.length > 0;
</script>
`,
      },
      // onLaunch → initLocation() → useLocation() / get(): the location is read and asked for at launch.
      ['src/app.ts:13 no-collection-before-consent', 'src/app.ts:13 no-request-on-launch'],
    );
  });

  it('useLaunch with system info and a privacy handler, and location from a button, are clean', async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'x', dependencies: { '@tarojs/taro': '4.0.0', '@tarojs/components': '4.0.0', react: '18.2.0' } }),
        'project.config.json': JSON.stringify({ miniprogramRoot: './dist', compileType: 'miniprogram' }),
        'src/app.config.ts': `export default defineAppConfig({
  pages: ['pages/index/index'],
  permission: { 'scope.userLocation': { desc: '为你推荐附近的充电桩' } },
  requiredPrivateInfos: ['getLocation'],
});
`,
        'src/app.ts': `import { PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    const { statusBarHeight } = Taro.getSystemInfoSync();
    Taro.setStorageSync('statusBarHeight', statusBarHeight);
    Taro.onNeedPrivacyAuthorization((resolve) => {
      resolve({ event: 'agree', buttonId: 'agree-btn' });
    });
  });
  return children;
}
export default App;
`,
        'src/pages/index/index.tsx': `import Taro, { useLoad } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { useState } from 'react';

export default function Index() {
  const [coords, setCoords] = useState('');
  const locate = () => {
    Taro.getLocation({ type: 'gcj02' })
      .then((res) => setCoords(\`\${res.latitude},\${res.longitude}\`))
      .catch(() => Taro.showToast({ title: '定位失败', icon: 'none' }));
  };
  useLoad(() => {
    Taro.setNavigationBarTitle({ title: '附近充电桩' });
  });
  return (
    <View>
      <Button onClick={locate}>定位</Button>
      {coords}
    </View>
  );
}
`,
      },
      [],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Capacitor / Ionic

const CAPACITOR_CONFIG = `import type { CapacitorConfig } from '@capacitor/cli';\nconst config: CapacitorConfig = { appId: 'com.example.roads', appName: 'roads', webDir: 'dist' };\nexport default config;\n`;

describe('real-world: Capacitor', () => {
  it('flags a geolocation read when the Android manifest lacks the location permission', async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'x', dependencies: { '@capacitor/core': '8.0.0', '@capacitor/geolocation': '8.0.0', '@capacitor/android': '8.0.0' } }),
        'capacitor.config.ts': CAPACITOR_CONFIG,
        'android/app/src/main/AndroidManifest.xml': `<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application />\n  <uses-permission android:name="android.permission.INTERNET" />\n</manifest>\n`,
        'src/views/RoadsMap.vue': `<template><div id="map" /></template>
<script setup lang="ts">
import { onMounted } from 'vue';
import { Geolocation } from '@capacitor/geolocation';

onMounted(async () => {
  const position = await Geolocation.getCurrentPosition();
  console.log(position.coords.latitude, position.coords.longitude);
});
</script>
`,
      },
      ['src/views/RoadsMap.vue:7 require-purpose-string'],
    );
  });

  it("Ionic Native services injected into the root AppComponent are what they wrap: a location read at launch (kisan)", async () => {
    const files = (geolocationImport: string): AppFiles => ({
      'package.json': JSON.stringify({ name: 'kisan', dependencies: { '@angular/core': '10.0.0', '@ionic/angular': '5.0.0', '@capacitor/core': '2.4.0', '@ionic-native/geolocation': '5.36.0' } }),
      'capacitor.config.json': JSON.stringify({ appId: 'com.example.kisan', appName: 'kisan', webDir: 'www' }),
      'src/app/app.component.ts': `import { Component } from '@angular/core';
import { Platform } from '@ionic/angular';
${geolocationImport}

@Component({ selector: 'app-root', templateUrl: 'app.component.html' })
export class AppComponent {
  constructor(private platform: Platform, private geolocation: Geolocation) {
    this.platform.ready().then(() => this.locate());
  }
  locate() {
    this.geolocation.getCurrentPosition().then((resp) => console.log(resp.coords.latitude));
  }
}
`,
    });
    await expectFindings(files("import { Geolocation } from '@ionic-native/geolocation/ngx';"), [
      'src/app/app.component.ts:11 no-collection-before-consent',
      'src/app/app.component.ts:11 no-request-on-launch',
    ]);
    await expectFindings(files("import { Geolocation } from '@awesome-cordova-plugins/geolocation/ngx';"), [
      'src/app/app.component.ts:11 no-collection-before-consent',
      'src/app/app.component.ts:11 no-request-on-launch',
    ]);
    // A service of the app's own with the same method name is no plugin.
    await expectFindings(files("import { GeoService as Geolocation } from './geo.service';"), []);
  });

  it('an injected Ionic Native barcode scanner opens the camera: the iOS key is needed in a Capacitor app (a scan from a button)', async () => {
    const plist = (keys: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n${keys}</dict>\n</plist>\n`;
    const files = (keys: string): AppFiles => ({
      'package.json': JSON.stringify({ name: 'stock', dependencies: { '@angular/core': '17.0.0', '@ionic/angular': '7.0.0', '@capacitor/core': '5.0.0', '@capacitor/ios': '5.0.0', '@awesome-cordova-plugins/barcode-scanner': '6.4.0' } }),
      'capacitor.config.json': JSON.stringify({ appId: 'com.example.stock', appName: 'stock', webDir: 'www' }),
      'ios/App/App/Info.plist': plist(keys),
      'src/app/scan/scan.page.ts': `import { Component } from '@angular/core';
import { BarcodeScanner } from '@awesome-cordova-plugins/barcode-scanner/ngx';

@Component({ selector: 'app-scan', templateUrl: 'scan.page.html' })
export class ScanPage {
  constructor(private barcodeScanner: BarcodeScanner) {}
  onScanTapped() {
    return this.barcodeScanner.scan().then((data) => data.text);
  }
}
`,
    });
    await expectFindings(files(''), ['src/app/scan/scan.page.ts:8 require-purpose-string']);
    await expectFindings(files('\t<key>NSCameraUsageDescription</key>\n\t<string>Scan the barcode on a parcel to book it into stock</string>\n'), []);
  });

  it("cordova-plugin-camera's getPicture opens the camera only for the CAMERA source (its default), plain or as an injected Ionic Native service", async () => {
    const plist = (keys: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n${keys}</dict>\n</plist>\n`;
    const photosKey = '\t<key>NSPhotoLibraryUsageDescription</key>\n\t<string>Pick a photo of the receipt from your library</string>\n';
    const cameraKey = '\t<key>NSCameraUsageDescription</key>\n\t<string>Take a photo of the receipt to attach it to the expense</string>\n';
    // The plugin takes the photo through the system camera app on Android and declares no CAMERA (CB-10120).
    const manifest = '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <uses-permission android:name="android.permission.INTERNET" />\n</manifest>\n';
    const files = (keys: string): AppFiles => ({
      'package.json': JSON.stringify({ name: 'expenses', dependencies: { '@angular/core': '17.0.0', '@ionic/angular': '7.0.0', '@capacitor/core': '5.0.0', '@capacitor/ios': '5.0.0', '@capacitor/android': '5.0.0', 'cordova-plugin-camera': '7.0.0', '@awesome-cordova-plugins/camera': '6.4.0' } }),
      'capacitor.config.json': JSON.stringify({ appId: 'com.example.expenses', appName: 'expenses', webDir: 'www' }),
      'ios/App/App/Info.plist': plist(keys),
      'android/app/src/main/AndroidManifest.xml': manifest,
      'src/app/receipt/receipt.page.ts': `import { Component } from '@angular/core';
import { Camera, CameraOptions } from '@awesome-cordova-plugins/camera/ngx';

const LIBRARY_OPTIONS: CameraOptions = { quality: 80, sourceType: 0 };

@Component({ selector: 'app-receipt', templateUrl: 'receipt.page.html' })
export class ReceiptPage {
  constructor(private camera: Camera) {}
  onPickTapped() {
    return this.camera.getPicture({ sourceType: this.camera.PictureSourceType.PHOTOLIBRARY, destinationType: this.camera.DestinationType.FILE_URI });
  }
  onAlbumTapped() {
    return this.camera.getPicture(LIBRARY_OPTIONS);
  }
  onTakeTapped() {
    return this.camera.getPicture({ quality: 80, correctOrientation: true });
  }
  onSourceChosen(fromCamera: boolean) {
    return this.camera.getPicture({ sourceType: fromCamera ? this.camera.PictureSourceType.CAMERA : this.camera.PictureSourceType.SAVEDPHOTOALBUM });
  }
}
`,
      'src/legacy/attach.js': `export function attachFromLibrary(done) {
  navigator.camera.getPicture(done, () => {}, { sourceType: Camera.PictureSourceType.PHOTOLIBRARY });
}
export function attachFromCamera(done) {
  navigator.camera.getPicture(done, () => {}, { quality: 50, sourceType: Camera.PictureSourceType.CAMERA });
}
`,
    });
    // The photo library is declared: only the calls that open the camera lack their key, on iOS only.
    await expectFindings(files(photosKey), [
      'src/app/receipt/receipt.page.ts:16 require-purpose-string',
      'src/app/receipt/receipt.page.ts:19 require-purpose-string',
      'src/legacy/attach.js:5 require-purpose-string',
    ]);
    await expectFindings(files(photosKey + cameraKey), []);
    // Without the photo library key, the library sources need it (the plugin's docs ask for NSPhotoLibraryUsageDescription).
    await expectFindings(files(cameraKey), [
      'src/app/receipt/receipt.page.ts:10 require-purpose-string',
      'src/app/receipt/receipt.page.ts:13 require-purpose-string',
      'src/app/receipt/receipt.page.ts:19 require-purpose-string',
      'src/legacy/attach.js:2 require-purpose-string',
    ]);
  });

  it('more Ionic Native wrappers: contacts and media capture need their iOS keys; a device id, the clipboard and a unique id read at launch are collection; a notification request at launch is early', async () => {
    const plist = (keys: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n${keys}</dict>\n</plist>\n`;
    const files = (keys: string, component: string): AppFiles => ({
      'package.json': JSON.stringify({
        name: 'field-notes',
        dependencies: {
          '@angular/core': '17.0.0', '@ionic/angular': '7.0.0', '@capacitor/core': '5.0.0', '@capacitor/ios': '5.0.0',
          '@awesome-cordova-plugins/contacts': '6.4.0', '@awesome-cordova-plugins/media-capture': '6.4.0', '@awesome-cordova-plugins/device': '6.4.0',
          '@awesome-cordova-plugins/clipboard': '6.4.0', '@awesome-cordova-plugins/local-notifications': '6.4.0', '@ionic-native/unique-device-id': '5.36.0',
        },
      }),
      'capacitor.config.json': JSON.stringify({ appId: 'com.example.notes', appName: 'notes', webDir: 'www' }),
      'ios/App/App/Info.plist': plist(keys),
      'src/app/app.component.ts': component,
      'src/app/note/note.page.ts': `import { Component } from '@angular/core';
import { Contacts, ContactFieldType } from '@awesome-cordova-plugins/contacts/ngx';
import { MediaCapture } from '@awesome-cordova-plugins/media-capture/ngx';

@Component({ selector: 'app-note', templateUrl: 'note.page.html' })
export class NotePage {
  constructor(private contacts: Contacts, private mediaCapture: MediaCapture) {}
  onShareTapped(name: string) {
    const fields: ContactFieldType[] = ['displayName'];
    return this.contacts.find(fields, { filter: name });
  }
  onVoiceNoteTapped() {
    return this.mediaCapture.captureAudio({ limit: 1 });
  }
  onClipTapped() {
    return this.mediaCapture.captureVideo({ limit: 1, duration: 30 });
  }
}
`,
    });
    const quietRoot = `import { Component } from '@angular/core';
@Component({ selector: 'app-root', templateUrl: 'app.component.html' })
export class AppComponent {}
`;
    await expectFindings(files('', quietRoot), [
      'src/app/note/note.page.ts:10 require-purpose-string',
      'src/app/note/note.page.ts:13 require-purpose-string',
      'src/app/note/note.page.ts:16 require-purpose-string',
    ]);
    const keys = [
      ['NSContactsUsageDescription', 'Find the colleague you share a field note with in your contacts'],
      ['NSMicrophoneUsageDescription', 'Record voice notes and the sound of video clips you attach to a field note'],
      ['NSCameraUsageDescription', 'Film a video clip of the site to attach it to a field note'],
    ].map(([key, text]) => `\t<key>${key}</key>\n\t<string>${text}</string>\n`).join('');
    await expectFindings(files(keys, quietRoot), []);
    // The root component reads identifiers and the clipboard and asks for notifications as the app starts.
    const launchRoot = `import { Component } from '@angular/core';
import { Device } from '@awesome-cordova-plugins/device/ngx';
import { Clipboard } from '@awesome-cordova-plugins/clipboard/ngx';
import { LocalNotifications } from '@awesome-cordova-plugins/local-notifications/ngx';
import { UniqueDeviceID } from '@ionic-native/unique-device-id/ngx';

@Component({ selector: 'app-root', templateUrl: 'app.component.html' })
export class AppComponent {
  constructor(private device: Device, private clipboard: Clipboard, private localNotifications: LocalNotifications, private uniqueDeviceID: UniqueDeviceID) {
    fetch('https://example.com/install?id=' + this.device.uuid);
    this.clipboard.paste().then((text) => this.openSharedNote(text));
    this.uniqueDeviceID.get().then((id) => fetch('https://example.com/udid?id=' + id));
    this.localNotifications.requestPermission();
  }
  openSharedNote(text: string) {
    return text;
  }
}
`;
    await expectFindings(files(keys, launchRoot), [
      'src/app/app.component.ts:10 no-collection-before-consent',
      'src/app/app.component.ts:11 no-collection-before-consent',
      'src/app/app.component.ts:12 no-collection-before-consent',
      'src/app/app.component.ts:13 no-request-on-launch',
    ]);
    // The app's own services with the same names are no plugins.
    await expectFindings(files(keys, launchRoot.replace(/from '@(?:awesome-cordova-plugins|ionic-native)\/[\w-]+\/ngx'/g, "from './services'")), []);
  });

  it("a Capacitor app's src/app.ts is a module like any other, not Taro's app component (lichobile)", async () => {
    const files = (dependencies: Record<string, string>): AppFiles => ({
      'package.json': JSON.stringify({ name: 'chess', dependencies: { '@capacitor/core': '7.0.0', '@capacitor/push-notifications': '7.0.0', ...dependencies } }),
      'capacitor.config.ts': CAPACITOR_CONFIG,
      'src/app.ts': `import { PushNotifications } from '@capacitor/push-notifications';
// Called only from the settings screen's "Enable notifications" button.
export default function enableNotifications(): void {
  PushNotifications.requestPermissions().then((result) => {
    if (result.receive === 'granted') PushNotifications.register();
  });
}
`,
      'src/ui/settings.ts': `import enableNotifications from '../app';\ndocument.getElementById('notify')?.addEventListener('click', () => enableNotifications());\n`,
    });
    await expectFindings(files({}), []);
  });

  it("Ionic / Angular: the root AppComponent's ngOnInit runs at launch; another component's ngOnInit does not (alert_bus_app)", async () => {
    const component = (name: string, selector: string) => `import { Component, OnInit } from '@angular/core';
import { PushNotifications } from '@capacitor/push-notifications';

@Component({ selector: '${selector}', templateUrl: '${selector}.html' })
export class ${name} implements OnInit {
  async ngOnInit() {
    await PushNotifications.requestPermissions();
  }
}
`;
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'bus', dependencies: { '@angular/core': '19.0.0', '@ionic/angular': '8.0.0', '@capacitor/core': '7.0.0', '@capacitor/push-notifications': '7.0.0' } }),
        'capacitor.config.ts': CAPACITOR_CONFIG,
        'src/app/app.component.ts': component('AppComponent', 'app-root'),
        'src/app/alerts/alerts.page.ts': component('AlertsPage', 'app-alerts'),
      },
      ['src/app/app.component.ts:7 no-request-on-launch'],
    );
  });

  it('a permission check at start-up and a request from a button are clean', async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'x', dependencies: { '@capacitor/core': '6.0.0', '@capacitor/geolocation': '6.0.0', '@capacitor/android': '6.0.0' } }),
        'capacitor.config.ts': CAPACITOR_CONFIG,
        'android/app/src/main/AndroidManifest.xml': `<manifest xmlns:android="http://schemas.android.com/apk/res/android">
  <application />
  <uses-permission android:name="android.permission.INTERNET" />
  <uses-permission android:name="android.permission.ACCESS_COARSE_LOCATION" />
  <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
</manifest>
`,
        'src/main.ts': `import { Geolocation } from '@capacitor/geolocation';
import { createApp } from 'vue';
import App from './App.vue';

Geolocation.checkPermissions().then((status) => {
  document.body.dataset.location = status.location;
});
createApp(App).mount('#app');
`,
        'src/App.vue': `<template><button @click="centre">Centre map on me</button></template>
<script setup lang="ts">
import { Geolocation } from '@capacitor/geolocation';

async function centre() {
  const status = await Geolocation.requestPermissions();
  if (status.location !== 'granted') return;
  const position = await Geolocation.getCurrentPosition();
  console.log(position.coords.latitude);
}
</script>
`,
      },
      [],
    );
  });

  it('a web-only Capacitor 2 app (no ios/ or android/) gets no native purpose findings', async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'x', dependencies: { '@capacitor/core': '2.4.0' } }),
        'capacitor.config.json': JSON.stringify({ appId: 'com.example.weather', appName: 'weather', webDir: 'www' }),
        'src/app/home/home.page.ts': `import { Component, OnInit } from '@angular/core';
import { Plugins } from '@capacitor/core';

const { Geolocation } = Plugins;

@Component({ selector: 'app-home', templateUrl: 'home.page.html' })
export class HomePage implements OnInit {
  async ngOnInit() {
    const coordinates = await Geolocation.getCurrentPosition();
    console.log(coordinates);
  }
}
`,
      },
      [],
    );
  });
});

describe('real-world: Expo config-plugin texts of expo-maps and the speech recognition plugins (KushiHQ, K1NG-Devops)', () => {
  it("expo-maps' locationPermission replaces the app's own location text: its default-like text is judged", async () => {
    const { expectFindings: expectQuality } = appLinter(new Set(['purpose-string-quality']));
    const files = (config: string): AppFiles => ({ 'package.json': `{ "name": "kushi", "private": true, "dependencies": { "expo": "~54.0.0", "expo-maps": "~0.12.0", "expo-location": "~19.0.0" } }
`, 'app.config.js': config, 'app/map.tsx': `import * as Location from 'expo-location';
import { Button } from 'react-native';
export default function MapScreen() {
  return <Button title="Locate" onPress={() => Location.requestForegroundPermissionsAsync()} />;
}
` });
    const config = `export default ({ config }) => ({
  ...config,
  name: "Kushi Housing",
  slug: "kushi",
  ios: {
    bundleIdentifier: "com.kushicorp.kushi",
    infoPlist: {
      NSLocationWhenInUseUsageDescription:
        "This app needs access to your location to determine the address of properties.",
    },
  },
  plugins: [
    [
      "expo-maps",
      {
        requestLocationPermission: true,
        locationPermission: "Allow $(PRODUCT_NAME) to use your location",
      },
    ],
  ],
});
`;
    await expectQuality(files(config), ['app.config.js:17 purpose-string-quality']);
    // Without requestLocationPermission the plugin writes nothing: the option is not used.
    await expectQuality(files(config.replace('requestLocationPermission: true,', '')), []);
  });

  it('a speech recognition plugin listed without its option ships its generic default for the speech key', async () => {
    const { expectFindings: expectQuality } = appLinter(new Set(['purpose-string-quality']));
    const files = (appJson: string): AppFiles => ({ 'package.json': `{ "name": "edudash", "private": true, "main": "expo-router/entry", "dependencies": { "expo": "~53.0.0", "expo-router": "~5.0.0", "expo-speech-recognition": "^2.1.5", "@react-native-voice/voice": "^3.2.4" } }
`, 'app.json': appJson, 'app/voice.tsx': `import { ExpoSpeechRecognitionModule } from 'expo-speech-recognition';
import { Button } from 'react-native';
export default function Voice() {
  return <Button title="Talk to Dash" onPress={async () => { const r = await ExpoSpeechRecognitionModule.requestPermissionsAsync(); if (r.granted) ExpoSpeechRecognitionModule.start({ lang: 'en-US' }); }} />;
}
` });
    const appJson = `{
  "expo": {
    "name": "EduDash Pro",
    "slug": "edudashpro",
    "ios": {
      "bundleIdentifier": "com.edudashpro",
      "infoPlist": {
        "NSMicrophoneUsageDescription": "This app needs access to your microphone so Dash can hear your questions and provide voice responses."
      }
    },
    "plugins": ["expo-router", "@react-native-voice/voice", "expo-speech-recognition"]
  }
}
`;
    await expectQuality(files(appJson), ['app.json:11 purpose-string-quality']);
    const withText = appJson.replace('"NSMicrophoneUsageDescription"', '"NSSpeechRecognitionUsageDescription": "Dash turns what you say into text so you can ask questions hands-free",\n        "NSMicrophoneUsageDescription"');
    await expectQuality(files(withText), []);
  });
});

describe('real-world: Expo config plugins pushed in app.config.ts (Minds)', () => {
  it('a plugin pushed onto the plugins array, on a condition or not, is read; a module imported dynamically is used', async () => {
    const files = (push: string): AppFiles => ({
      'package.json': JSON.stringify({ name: 'minds', main: 'index.js', dependencies: { expo: '51.0.0', 'react-native': '0.74.5' } }),
      'tenant.json': JSON.stringify({ APP_NAME: 'Minds', APP_TRACKING_MESSAGE_ENABLED: true, APP_TRACKING_MESSAGE: 'Minds uses your device id to measure which of our ads brought you here' }),
      'app.config.ts': `import { ExpoConfig, ConfigContext } from 'expo/config';
import Tenant from './tenant.json';

const plugins: any = ['expo-localization'];
${push}

export default ({ config }: ConfigContext): ExpoConfig => ({ ...config, name: Tenant.APP_NAME, slug: 'minds', plugins, ios: { bundleIdentifier: 'com.minds.mobile' } });
`,
      'src/tracking-transparency.service.ts': `export async function requestTrackingPermission(enabled: boolean) {
  if (!enabled) return;
  const module = await import('expo-tracking-transparency');
  const { status } = await module.requestTrackingPermissionsAsync();
  return status;
}
`,
    });
    const pushed = `plugins.push(['expo-tracking-transparency', { userTrackingPermission: Tenant.APP_TRACKING_MESSAGE }]);`;
    await expectFindings(files(`if (Tenant.APP_TRACKING_MESSAGE_ENABLED) {\n  ${pushed}\n}`), []);
    await expectFindings(files(pushed), []);
    // A text written out is a declaration the dynamically imported module's request uses.
    await expectFindings(files(pushed.replace('Tenant.APP_TRACKING_MESSAGE', "'Minds uses your device id to measure which of our ads brought you here'")), []);
    // Without the plugin nothing writes the tracking key.
    await expectFindings(files(''), ['src/tracking-transparency.service.ts:4 require-purpose-string']);
  });

  it('a permission pushed on a condition may not be in the build: not judged; pushed unconditionally it is (Minds IS_OSS)', async () => {
    const { expectFindings: expectUnused } = appLinter(new Set(['no-unused-permission']));
    const files = (push: string): AppFiles => ({
      'package.json': JSON.stringify({ name: 'minds', main: 'index.js', dependencies: { expo: '51.0.0', 'react-native': '0.74.5' } }),
      'app.config.ts': `import { ExpoConfig } from 'expo/config';
const IS_OSS = process.env.MINDS_OSS === 'true';
const permissions = ['android.permission.INTERNET'];
${push}
const config: ExpoConfig = { name: 'Minds', slug: 'minds', android: { package: 'com.minds.mobile', permissions } };
export default config;
`,
    });
    await expectUnused(files("if (IS_OSS) {\n  permissions.push('android.permission.REQUEST_INSTALL_PACKAGES');\n}"), []);
    await expectUnused(files("permissions.push('android.permission.REQUEST_INSTALL_PACKAGES');"), ['app.config.ts:4 no-unused-permission']);
    // Each push on its own: one on a condition leaves the others judged.
    await expectUnused(files("permissions.push('android.permission.REQUEST_INSTALL_PACKAGES');\nif (IS_OSS) permissions.push('android.permission.MANAGE_EXTERNAL_STORAGE');"), ['app.config.ts:4 no-unused-permission']);
    // Pushed in the exported config function's own body, which Expo always runs: judged.
    const inFunction: AppFiles = files('');
    inFunction['app.config.ts'] = `const permissions = ['android.permission.INTERNET'];
export default ({ config }) => {
  permissions.push('android.permission.REQUEST_INSTALL_PACKAGES');
  return { ...config, name: 'Minds', slug: 'minds', android: { package: 'com.minds.mobile', permissions } };
};
`;
    await expectUnused(inFunction, ['app.config.ts:3 no-unused-permission']);
  });
});

describe('real-world: launch helpers behind barrels and CommonJS exports (1000jours, bar)', () => {
  it('a helper re-exported by a barrel index.ts is followed, in every re-export form', async () => {
    const { expectFindings: expectCollection } = appLinter(new Set(['no-collection-before-consent']));
    const files = (barrel: string): AppFiles => ({
      'package.json': `{
  "name": "barrel-reexported-helper",
  "main": "node_modules/expo/AppEntry.js",
  "dependencies": {
    "@sentry/react-native": "~6.14.0",
    "expo": "^53.0.23",
    "react": "19.0.0",
    "react-native": "0.79.5"
  }
}
`,
      'app.config.ts': `export default {
  expo: {
    name: "1000 jours",
    slug: "1000jours",
    ios: { bundleIdentifier: "com.fabrique.millejours" },
    android: { package: "com.fabrique.millejours" },
  },
};
`,
      'App.tsx': `import type { FC } from "react";
import * as React from "react";
import { initMonitoring } from "./src/utils";

initMonitoring();

const App: FC = () => null;

export default App;
`,
      'src/utils/logging.util.ts': `import * as Sentry from "@sentry/react-native";

export const initMonitoring = (): void => {
  const enabled = process.env.SENTRY_ENABLED !== "false";
  Sentry.init({
    dsn: process.env.SENTRY_DSN,
    enabled: enabled,
  });
};

export const reportError = (errorMessage: string | undefined): void => {
  Sentry.captureException(errorMessage);
};
`,
      'src/utils/index.ts': barrel,
    });
    const flagged = ['App.tsx:5 no-collection-before-consent'];
    await expectCollection(files(`import * as LoggingUtils from "./logging.util";
import { initMonitoring, reportError } from "./logging.util";

export { initMonitoring, LoggingUtils, reportError };
`), flagged);
    await expectCollection(files("export { initMonitoring, reportError } from './logging.util';\n"), flagged);
    await expectCollection(files("export * from './logging.util';\n"), flagged);
    // A re-export commented out re-exports nothing: the one below it is followed.
    const commented = files("// export { initMonitoring } from './logging.util';\nexport { initMonitoring } from './noop';\n");
    commented['src/utils/noop.ts'] = 'export const initMonitoring = (): void => undefined;\n';
    await expectCollection(commented, []);
    // A barrel function of the same name that is the app's own, with no SDK start in it, is not the helper.
    await expectCollection(files("export * from './logging.util';\nexport const initMonitoring = (): void => undefined;\n"), []);
  });

  it('a helper exported with module.exports = fn is followed from an import (bar utils/push/init.js)', async () => {
    const { expectFindings: expectCollection } = appLinter(new Set(['no-collection-before-consent']));
    const files: AppFiles = {
      'manifest.json': `{
    "name" : "patixiu-repro",
    "appid" : "__UNI__0000002",
    "app-plus" : {
        "modules" : { "Push" : {} },
        "distribute" : {
            "sdkConfigs" : { "push" : { "unipush" : { "version" : "2", "offline" : true } } }
        }
    },
    "mp-weixin" : { "appid" : "", "setting" : { "urlCheck" : false }, "usingComponents" : true }
}
`,
      'androidPrivacy.json': `{
    "version" : "1",
    "prompt" : "template",
    "disagreeMode" : { "support" : true, "loadNativePlugins" : false },
    "title" : "提示",
    "message" : "请你务必审慎阅读、充分理解<a href=\\"https://example.com/privacy.html\\">《隐私政策》</a>。",
    "buttonAccept" : "同意",
    "buttonRefuse" : "不同意",
    "second" : { "title" : "确认提示", "message" : "使用前，您需先同意《隐私政策》。", "buttonAccept" : "同意", "buttonRefuse" : "取消" }
}
`,
      'pages.json': `{ "pages": [ { "path": "pages/index/index" } ] }
`,
      'App.vue': `<script>
	import pushInit from '@/utils/push/init.js'
	export default {
		onLaunch: function(options) {
			pushInit(this)
		},
	}
</script>
`,
      'pages/index/index.vue': `<template><view>home</view></template>
<script>
export default {}
</script>
`,
      'utils/push/init.js': `const init = function(){
	// #ifdef APP-PLUS
	uni.getPushClientId({
		success: (res) => {
			let push_clientid = res.cid;
			console.log('客户端推送标识:',push_clientid);
		},
	});
	// #endif
}

module.exports = init;
`,
    };
    await expectCollection(files, ['App.vue:5 no-collection-before-consent']);
    // The same helper required, as mini programs write it.
    const required = { ...files, 'App.vue': files['App.vue'].replace("import pushInit from '@/utils/push/init.js'", "const pushInit = require('./utils/push/init.js')") };
    await expectCollection(required, ['App.vue:5 no-collection-before-consent']);
  });
});

describe('real-world: explanation screens (Pillar GetNotifications)', () => {
  it('a request from Enable on a screen that also offers Skip has its purpose prompt; without a way to decline it has none', async () => {
    const { expectFindings: expectRationale } = appLinter(new Set(['require-request-rationale']));
    const files = (decline: string): AppFiles => ({
      'package.json': JSON.stringify({ name: 'pillar', dependencies: { react: '18.2.0', 'react-native': '0.72.0' } }),
      'android/app/src/main/AndroidManifest.xml': '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <uses-permission android:name="android.permission.POST_NOTIFICATIONS" />\n</manifest>\n',
      'src/screens/Notification/GetNotifications.tsx': `import React from 'react';
import { Button, PermissionsAndroid, Platform, Text, View } from 'react-native';

export default function GetNotifications({ onDone }: { onDone: () => void }) {
  const onNotificationRequest = async () => {
    if (Platform.OS === 'android' && Platform.Version >= 33) {
      const granted = await PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.POST_NOTIFICATIONS);
      if (granted === PermissionsAndroid.RESULTS.GRANTED) onDone();
    }
  };
  return (
    <View>
      <Text>Receive notifications when you receive crypto.</Text>
      <Button title="Enable" onPress={onNotificationRequest} />
      ${decline}
    </View>
  );
}
`,
    });
    await expectRationale(files('<Button title="Skip" onPress={onDone} />'), []);
    const flagged = ['src/screens/Notification/GetNotifications.tsx:7 require-request-rationale'];
    await expectRationale(files(''), flagged);
    // A word that is no control declines nothing, nor does a scroll listener around the screen.
    await expectRationale(files('<Text>Skip</Text>'), flagged);
    const scrolled = files('<Text>Later</Text>');
    scrolled['src/screens/Notification/GetNotifications.tsx'] = scrolled['src/screens/Notification/GetNotifications.tsx']
      .replace('<View>', '<ScrollView onScroll={() => undefined}>')
      .replace('</View>', '</ScrollView>')
      .replace('Text, View }', 'ScrollView, Text, View }');
    await expectRationale(scrolled, flagged);
  });
});

describe('real-world: Capacitor in an Nx workspace', () => {
  it("a Capacitor shell folder with no package.json of its own takes its plugins from the workspace's (picsa-apps)", async () => {
    const { expectFindings: expectUnused } = appLinter(new Set(['no-unused-permission']));
    const files = (plugins: Record<string, string>): AppFiles => ({
      'package.json': JSON.stringify({ name: 'picsa-apps', private: true, dependencies: { '@angular/core': '^20.0.0', '@capacitor/core': '^8.0.0', '@capacitor/android': '^8.0.0', ...plugins } }),
      'apps/picsa-apps/app-native/capacitor.config.ts': `import { CapacitorConfig } from '@capacitor/cli';
const config: CapacitorConfig = { appId: 'io.picsa.extension', appName: 'PICSA App', webDir: '../../../dist/apps/picsa-apps/app' };
export default config;
`,
      'apps/picsa-apps/app-native/android/app/src/main/AndroidManifest.xml': `<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <application android:label="@string/app_name" />
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_COARSE_LOCATION" />
</manifest>
`,
    });
    await expectUnused(files({ '@capacitor/geolocation': '^8.0.0' }), []);
    // Without a plugin that uses it, the declaration is still reported.
    await expectUnused(files({ '@capacitor/haptics': '^8.0.0' }), ['apps/picsa-apps/app-native/android/app/src/main/AndroidManifest.xml:5 no-unused-permission']);
    // A package.json in between that names no Capacitor package is passed by.
    const nested = files({ '@capacitor/geolocation': '^8.0.0' });
    nested['apps/package.json'] = JSON.stringify({ name: 'apps', private: true, scripts: { lint: 'eslint .' } });
    await expectUnused(nested, []);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// HarmonyOS

const FARM_STRINGS = {
  location_reason: '用于为你推荐附近的农产品收购点，例如显示最近的三个网点',
  media_reason: '上传商品照片时读取你选中的图片',
};
const farmApp = (requestPermissions: string, files: AppFiles): AppFiles => harmonyApp(requestPermissions, files, FARM_STRINGS);

describe('real-world: HarmonyOS', () => {
  it("the page the main ability loads at launch (loadContent / setUIContent with a literal) runs its @Entry component's aboutToAppear at launch (OutdoorAssistant)", async () => {
    const { expectFindings: expectLaunch } = appLinter(new Set(['no-request-on-launch', 'no-collection-before-consent']));
    const requested = `      { name: 'ohos.permission.APPROXIMATELY_LOCATION', reason: '$string:location_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },
      { name: 'ohos.permission.LOCATION', reason: '$string:location_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },`;
    const page = (name: string) => `import { abilityAccessCtrl, common, Permissions } from '@kit.AbilityKit';
import { geoLocationManager } from '@kit.LocationKit';

@Entry
@Component
struct ${name} {
  @State city: string = '';
  private permissions: Array<Permissions> = ['ohos.permission.APPROXIMATELY_LOCATION', 'ohos.permission.LOCATION'];

  async aboutToAppear(): Promise<void> {
    const context = this.getUIContext().getHostContext() as common.UIAbilityContext;
    const result = await abilityAccessCtrl.createAtManager().requestPermissionsFromUser(context, this.permissions);
    if (result.authResults.every((status: number) => status === 0)) {
      const location = geoLocationManager.getLastLocation();
      this.city = \`\${location.latitude},\${location.longitude}\`;
    }
  }

  build() {
    Column() { Text(this.city) }
  }
}
`;
    const ability = (load: string) => `import { UIAbility } from '@kit.AbilityKit';
import { window } from '@kit.ArkUI';
export default class EntryAbility extends UIAbility {
  onWindowStageCreate(windowStage: window.WindowStage): void {
    windowStage.getMainWindow().then((mainWindow) => { ${load} });
  }
}
`;
    const files = (load: string) =>
      farmApp(requested, {
        'entry/src/main/ets/entryability/EntryAbility.ets': ability(load),
        'entry/src/main/ets/pages/SplashPage.ets': page('SplashPage'),
        'entry/src/main/ets/pages/NearbyPage.ets': page('NearbyPage'),
      });
    await expectLaunch(files("mainWindow.setUIContent('pages/SplashPage');"), [
      'entry/src/main/ets/pages/SplashPage.ets:12 no-request-on-launch',
      'entry/src/main/ets/pages/SplashPage.ets:14 no-collection-before-consent',
    ]);
    // The page chosen at run time is no entry page by guess; another page is never one.
    await expectLaunch(files('const start = AppStorage.get<string>(\'start\') ?? \'pages/SplashPage\'; mainWindow.setUIContent(start);'), []);
    await expectLaunch(files("mainWindow.setUIContent('pages/Index');"), []);
    // The entry page that returns until the user agreed to the privacy policy reads nothing before that; its request
    // is still one made at launch.
    const guarded = files("mainWindow.setUIContent('pages/SplashPage');");
    guarded['entry/src/main/ets/pages/SplashPage.ets'] = guarded['entry/src/main/ets/pages/SplashPage.ets'].replace(
      'async aboutToAppear(): Promise<void> {',
      "async aboutToAppear(): Promise<void> {\n    const privacyAgreed = await preferences.getPreferencesSync(getContext(this), { name: 'app' }).getSync('privacy_agreed', false);\n    if (!privacyAgreed) return;",
    );
    await expectLaunch(guarded, ['entry/src/main/ets/pages/SplashPage.ets:14 no-request-on-launch']);
  });

  it('DISTRIBUTED_DATASYNC, data exchange between the user\'s devices, justifies no location (wizzd/xy); an id only in a comment is no use', async () => {
    const { expectFindings: expectUnused } = appLinter(new Set(['no-unused-permission']));
    const requested = `      { name: 'ohos.permission.DISTRIBUTED_DATASYNC', reason: '$string:location_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },
      { name: 'ohos.permission.APPROXIMATELY_LOCATION', reason: '$string:location_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },
      { name: 'ohos.permission.MICROPHONE', reason: '$string:media_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },`;
    await expectUnused(
      farmApp(requested, {
        'entry/src/main/ets/entryability/EntryAbility.ets': `import { UIAbility } from '@kit.AbilityKit';
export default class EntryAbility extends UIAbility {
  onWindowStageCreate(windowStage) { windowStage.loadContent('pages/Index'); }
}
`,
        'entry/src/main/ets/pages/Index.ets': `import abilityAccessCtrl, { Permissions } from '@ohos.abilityAccessCtrl';

@Entry
@Component
struct Index {
  async syncPool() {
    const permissions: Array<Permissions> = [
      'ohos.permission.DISTRIBUTED_DATASYNC',
      // 'ohos.permission.MICROPHONE',
    ];
    await abilityAccessCtrl.createAtManager().requestPermissionsFromUser(getContext(this), permissions);
  }

  build() {
    Column() {
      Button('同步').onClick(() => this.syncPool())
    }
  }
}
`,
      }),
      ['entry/src/main/module.json5:13 no-unused-permission', 'entry/src/main/module.json5:14 no-unused-permission'],
    );
  });

  it('EntryAbility asking through a service singleton of another file (getInstance().requestAll) asks at launch', async () => {
    await expectFindings(
      farmApp(
        `      { name: 'ohos.permission.APPROXIMATELY_LOCATION', reason: '$string:location_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },
      { name: 'ohos.permission.LOCATION', reason: '$string:location_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },`,
        {
          'entry/src/main/ets/entryability/EntryAbility.ets': `import { UIAbility } from '@kit.AbilityKit';
import { window } from '@kit.ArkUI';
import { PermissionService } from '../services/PermissionService';

export default class EntryAbility extends UIAbility {
  onWindowStageCreate(windowStage: window.WindowStage): void {
    windowStage.loadContent('pages/Index');
    PermissionService.getInstance().requestAll(this.context);
  }
}
`,
          'entry/src/main/ets/services/PermissionService.ets': `import { abilityAccessCtrl, common, Permissions } from '@kit.AbilityKit';

const LOCATION: Array<Permissions> = ['ohos.permission.APPROXIMATELY_LOCATION', 'ohos.permission.LOCATION'];

export class PermissionService {
  private static instance: PermissionService;

  static getInstance(): PermissionService {
    if (!PermissionService.instance) PermissionService.instance = new PermissionService();
    return PermissionService.instance;
  }

  async requestAll(context: common.UIAbilityContext): Promise<void> {
    await abilityAccessCtrl.createAtManager().requestPermissionsFromUser(context, LOCATION);
  }

  /** Only the settings page calls this. */
  async isGranted(context: common.UIAbilityContext): Promise<boolean> {
    return context !== undefined;
  }
}
`,
        },
      ),
      ['entry/src/main/ets/entryability/EntryAbility.ets:8 no-request-on-launch'],
    );
  });

  it('$string reasons that state a use, a request from a page button and an ArkUI page that does not parse are clean', async () => {
    await expectFindings(
      farmApp(
        `      { name: 'ohos.permission.APPROXIMATELY_LOCATION', reason: '$string:location_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },
      { name: 'ohos.permission.LOCATION', reason: '$string:location_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },`,
        {
          'entry/src/main/ets/entryability/EntryAbility.ets': `import { AbilityConstant, UIAbility, Want } from '@kit.AbilityKit';
import { hilog } from '@kit.PerformanceAnalysisKit';
import { window } from '@kit.ArkUI';

export default class EntryAbility extends UIAbility {
  onCreate(want: Want, launchParam: AbilityConstant.LaunchParam): void {
    hilog.info(0x0000, 'farm', '%{public}s', 'Ability onCreate');
  }

  onWindowStageCreate(windowStage: window.WindowStage): void {
    windowStage.loadContent('pages/Index', (err) => {
      if (err.code) {
        hilog.error(0x0000, 'farm', 'load failed: %{public}s', JSON.stringify(err));
      }
    });
  }
}
`,
          'entry/src/main/ets/utils/LocationHelper.ets': `import { abilityAccessCtrl, common, Permissions } from '@kit.AbilityKit';
import { geoLocationManager } from '@kit.LocationKit';
import { promptAction } from '@kit.ArkUI';

const LOCATION_PERMISSIONS: Array<Permissions> = ['ohos.permission.APPROXIMATELY_LOCATION', 'ohos.permission.LOCATION'];

export async function locateNearbyStations(context: common.UIAbilityContext): Promise<geoLocationManager.Location | undefined> {
  const atManager = abilityAccessCtrl.createAtManager();
  const result = await atManager.requestPermissionsFromUser(context, LOCATION_PERMISSIONS);
  if (result.authResults.some((status: number) => status !== 0)) {
    promptAction.showToast({ message: '未开启定位，可手动选择城市' });
    return undefined;
  }
  return geoLocationManager.getCurrentLocation();
}
`,
          'entry/src/main/ets/pages/Index.ets': `import { common } from '@kit.AbilityKit';
import { locateNearbyStations } from '../utils/LocationHelper';

@Entry
@Component
struct Index {
  @State city: string = '';

  build() {
    Column() {
      Text(this.city)
      Button('附近收购点').onClick(async () => {
        const location = await locateNearbyStations(getContext(this) as common.UIAbilityContext);
        this.city = location ? \`\${location.latitude}\` : '';
      })
    }
  }
}
`,
        },
      ),
      [],
    );
  });

  it('flags a launch-time bundled request and a reason that points at the app name', async () => {
    await expectFindings(
      farmApp(
        `      { name: 'ohos.permission.APPROXIMATELY_LOCATION', reason: '$string:app_name', usedScene: { abilities: ['EntryAbility'], when: 'always' } },
      { name: 'ohos.permission.READ_MEDIA', reason: '$string:media_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },`,
        {
          'entry/src/main/ets/entryability/EntryAbility.ts': `import UIAbility from '@ohos.app.ability.UIAbility';
import window from '@ohos.window';
import abilityAccessCtrl from '@ohos.abilityAccessCtrl';

export default class EntryAbility extends UIAbility {
  onWindowStageCreate(windowStage: window.WindowStage) {
    const atManager = abilityAccessCtrl.createAtManager();
    atManager.requestPermissionsFromUser(this.context, ['ohos.permission.APPROXIMATELY_LOCATION', 'ohos.permission.READ_MEDIA']).then(() => {
      windowStage.loadContent('pages/Index');
    });
  }
}
`,
        },
      ),
      // $string:app_name is reported once, where the reason points at it (module.json5), not again on the app name
      // itself in AppScope's string.json.
      [
        'entry/src/main/ets/entryability/EntryAbility.ts:8 no-request-on-launch',
        'entry/src/main/ets/entryability/EntryAbility.ts:8 require-request-rationale',
        'entry/src/main/module.json5:12 purpose-string-quality',
      ],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Web

describe('real-world: Web', () => {
  it('a geolocation read in a click handler with an error callback is clean', async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'x', dependencies: { react: '18.2.0', 'react-dom': '18.2.0' } }),
        'index.html': '<div id="root"></div>\n',
        'src/main.tsx': `import { createRoot } from 'react-dom/client';\nimport App from './App';\n\ncreateRoot(document.getElementById('root')!).render(<App />);\n`,
        'src/App.tsx': `export default function App() {
  const locate = () => {
    navigator.geolocation.getCurrentPosition(
      (pos) => console.log(pos.coords.latitude),
      () => alert('Location is off; search by city instead.'),
    );
  };
  return <button onClick={locate}>Find stores near me</button>;
}
`,
      },
      [],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// no-unused-permission and dependencies the knowledge base does not know; HTML5+ device identifiers

describe('real-world: permissions used through dependencies', () => {
  it('Expo android.permissions for react-native-calendar-events (no node_modules) are used; a truly unused RECORD_AUDIO is flagged', async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({
          name: 'match-day',
          main: 'expo-router/entry',
          dependencies: { expo: '~54.0.0', 'expo-router': '~6.0.0', 'expo-dev-client': '~6.0.0', 'react-native-calendar-events': '^2.2.0', 'react-native-add-calendar-event': '^5.0.0' },
        }),
        'app.json': `{
  "expo": {
    "name": "match-day",
    "slug": "match-day",
    "ios": {
      "bundleIdentifier": "com.example.matchday",
      "infoPlist": { "NSCalendarsFullAccessUsageDescription": "Add the fixtures you follow to your calendar, with the kick-off time and the ground." }
    },
    "android": {
      "package": "com.example.matchday",
      "permissions": [
        "android.permission.READ_CALENDAR",
        "android.permission.WRITE_CALENDAR",
        "android.permission.RECORD_AUDIO"
      ]
    },
    "plugins": ["expo-router"]
  }
}
`,
        'app/fixture/[id].tsx': `import RNCalendarEvents from 'react-native-calendar-events';
import { Button } from 'react-native';

export default function Fixture({ fixture }: { fixture: { title: string; kickOff: string; end: string; ground: string } }) {
  const follow = async () => {
    if ((await RNCalendarEvents.requestPermissions()) !== 'authorized') return;
    await RNCalendarEvents.saveEvent(fixture.title, { startDate: fixture.kickOff, endDate: fixture.end, location: fixture.ground });
  };
  return <Button title="Add to my calendar" onPress={follow} />;
}
`,
      },
      ['app.json:14 no-unused-permission'],
    );
  });

  it('a bare app whose installed native library declares the permission in its own manifest is clean', async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'field-notes', dependencies: { react: '19.1.0', 'react-native': '0.81.4', '@fieldkit/react-native-survey': '3.0.0' } }),
        'node_modules/@fieldkit/react-native-survey/package.json': JSON.stringify({ name: '@fieldkit/react-native-survey', version: '3.0.0', main: 'index.js' }),
        'node_modules/@fieldkit/react-native-survey/index.js': "module.exports = require('react-native').NativeModules.FieldSurvey;\n",
        'node_modules/@fieldkit/react-native-survey/android/src/main/AndroidManifest.xml': `<manifest xmlns:android="http://schemas.android.com/apk/res/android">
  <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
</manifest>
`,
        'android/app/src/main/AndroidManifest.xml': `<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <application android:name=".MainApplication" android:label="@string/app_name" />
</manifest>
`,
        'src/SurveyScreen.tsx': `import Survey from '@fieldkit/react-native-survey';
import { Button } from 'react-native';

export function SurveyScreen() {
  return <Button title="Record a sample point" onPress={() => Survey.recordPoint()} />;
}
`,
      },
      [],
    );
  });
});

describe('real-world: uni-app harmony-configs', () => {
  it("the permissions of harmony-configs/entry/src/main/module.json5 are used by the uni-app's own code (HM3: uni.getLocation)", async () => {
    // uni-app merges harmony-configs into the HarmonyOS project its app-harmony build generates; DCloud's
    // manifest-harmony docs ask for the location permissions there for uni.getLocation.
    const { expectFindings: expectUnused } = appLinter(new Set(['no-unused-permission']));
    await expectUnused(
      {
      "manifest.json": `{
    "name" : "hm-repro",
    "appid" : "__UNI__0000001",
    "versionName" : "1.0.0",
    "versionCode" : 1,
    "app-plus" : {
        "modules" : { "Geolocation" : {} },
        "distribute" : {
            "android" : {
                "permissions" : [
                    "<uses-permission android:name=\\"android.permission.ACCESS_FINE_LOCATION\\"/>"
                ]
            },
            "ios" : {
                "privacyDescription" : {
                    "NSLocationWhenInUseUsageDescription" : "用于查找你附近的酒店并按距离排序"
                }
            }
        }
    },
    "vueVersion" : "3"
}
`,
      "androidPrivacy.json": `{
  "version": "1",
  "prompt": "template",
  "title": "服务协议和隐私政策",
  "message": "请你务必审慎阅读、充分理解“服务协议”和“隐私政策”各条款。",
  "buttonAccept": "同意并接受",
  "buttonRefuse": "暂不同意",
  "second": { "title": "确认提示", "message": "不同意也可以游客身份浏览，部分功能不可用。", "buttonAccept": "同意并继续", "buttonRefuse": "退出应用" },
  "disagreeMode": { "support": true, "visitorEntry": true }
}
`,
      "pages.json": `{
  "pages": [ { "path": "pages/index/index" } ]
}
`,
      "App.vue": `<script>
export default {
  onLaunch() {}
}
</script>
`,
      "pages/index/index.vue": `<template>
  <button @tap="locate">附近酒店</button>
</template>

<script>
export default {
  methods: {
    locate() {
      uni.getLocation({
        type: 'gcj02',
        success: (res) => console.log(res.longitude, res.latitude),
      })
    },
  },
}
</script>
`,
      "harmony-configs/entry/src/main/module.json5": `{
  "module": {
    "name": "entry",
    "type": "entry",
    "description": "$string:module_desc",
    "mainElement": "EntryAbility",
    "deviceTypes": ["phone", "tablet", "2in1"],
    "pages": "$profile:main_pages",
    "abilities": [
      { "name": "EntryAbility", "srcEntry": "./ets/entryability/EntryAbility.ets", "exported": true }
    ],
    "requestPermissions": [
      { "name": "ohos.permission.INTERNET" },
      { "name": "ohos.permission.APPROXIMATELY_LOCATION", "reason": "$string:location_tips", "usedScene": { "when": "inuse" } },
      { "name": "ohos.permission.LOCATION", "reason": "$string:location_tips", "usedScene": { "when": "inuse" } },
      { "name": "ohos.permission.WRITE_CONTACTS", "reason": "$string:contacts_tips", "usedScene": { "when": "inuse" } }
    ]
  }
}
`,
      },
      ['harmony-configs/entry/src/main/module.json5:16 no-unused-permission'],
    );
  });
});

describe('real-world: uni-app Android runtime requests (plus.android.requestPermissions, wa-permission)', () => {
  it('a requested permission the manifest does not declare is denied without a dialog: reported at the request (ymdj-user BLUETOOTH_SCAN)', async () => {
    const manifest = (permissions: string[]) => `{
    "name" : "ymdj",
    "appid" : "__UNI__0000009",
    "app-plus" : { "distribute" : { "android" : { "permissions" : ${JSON.stringify(permissions.map((p) => `<uses-permission android:name="android.permission.${p}"/>`))} } } }
}
`;
    const files = (permissions: string[]) => ({
      'manifest.json': manifest(permissions),
      'androidPrivacy.json': JSON.stringify({ version: '1', prompt: 'template', title: '服务协议和隐私政策', buttonAccept: '同意并继续', buttonRefuse: '暂不同意', disagreeMode: { support: true } }),
      'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }] }),
      'js_sdk/wa-permission/permission.js': `function requestAndroidPermission(permissionID) {
  return new Promise((resolve) => {
    plus.android.requestPermissions([permissionID], (resultObj) => resolve(resultObj.granted.length ? 1 : 0), () => resolve(0));
  });
}
module.exports = { requestAndroidPermission: requestAndroidPermission };
`,
      'pages/index/index.vue': `<template><view @click="connect">connect</view></template>
<script>
import permision from '@/js_sdk/wa-permission/permission.js';
export default {
  methods: {
    connect() {
      plus.android.requestPermissions(['android.permission.BLUETOOTH_SCAN', 'android.permission.WRITE_EXTERNAL_STORAGE'], (r) => {
        if (r.granted.length > 0) this.scan();
      });
    },
    scan() {
      permision.requestAndroidPermission('android.permission.BLUETOOTH_CONNECT').then((res) => res === 1);
    },
  },
};
</script>
`,
    });
    // The declarations alone (the requests' missing purpose prompts are require-request-rationale's).
    const { expectFindings: expectPurposeFindings } = appLinter(new Set(['require-purpose-string']));
    await expectPurposeFindings(files(['BLUETOOTH', 'WRITE_EXTERNAL_STORAGE']), [
      'pages/index/index.vue:7 require-purpose-string',
      'pages/index/index.vue:12 require-purpose-string',
    ]);
    // Declared: nothing; the helper's own request of its parameter is no finding either.
    await expectPurposeFindings(files(['BLUETOOTH', 'WRITE_EXTERNAL_STORAGE', 'BLUETOOTH_SCAN', 'BLUETOOTH_CONNECT']), []);
    // The cloud build adds the permissions of the modules the manifest turns on (here Bluetooth): they may be declared.
    const withModule = files(['BLUETOOTH', 'WRITE_EXTERNAL_STORAGE']);
    withModule['manifest.json'] = withModule['manifest.json'].replace('"app-plus" : {', '"app-plus" : { "modules" : { "Bluetooth" : {} },');
    await expectPurposeFindings(withModule, []);
    // Storage is among the permissions every cloud build adds (lorianctapp's export asks for it, undeclared).
    const storage = files(['BLUETOOTH', 'BLUETOOTH_SCAN', 'BLUETOOTH_CONNECT']);
    storage['pages/index/index.vue'] = storage['pages/index/index.vue'].replace("'android.permission.WRITE_EXTERNAL_STORAGE'", "'android.permission.READ_EXTERNAL_STORAGE'");
    await expectPurposeFindings(storage, []);
    // Unless the app's own AndroidManifest.xml (HBuilderX's 应用清单文件) takes it out again with tools:node="remove":
    // then the request is denied without a dialog, as with any undeclared permission.
    const removed = { ...storage, 'AndroidManifest.xml': `<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android" xmlns:tools="http://schemas.android.com/tools" package="com.ymdj.user">
  <uses-permission android:name="android.permission.READ_EXTERNAL_STORAGE" tools:node="remove" />
  <application></application>
</manifest>
` };
    await expectPurposeFindings(removed, ['pages/index/index.vue:7 require-purpose-string']);
    // A module's permission likewise.
    const moduleRemoved = { ...withModule, 'AndroidManifest.xml': removed['AndroidManifest.xml'].replace('READ_EXTERNAL_STORAGE', 'BLUETOOTH_SCAN') };
    await expectPurposeFindings(moduleRemoved, ['pages/index/index.vue:7 require-purpose-string']);
    // What that file declares is declared.
    const declaredThere = {
      ...files(['BLUETOOTH', 'WRITE_EXTERNAL_STORAGE']),
      'AndroidManifest.xml': removed['AndroidManifest.xml'].replace(
        /<uses-permission[^>]*>/,
        '<uses-permission android:name="android.permission.BLUETOOTH_SCAN" />\n  <uses-permission android:name="android.permission.BLUETOOTH_CONNECT" />',
      ),
    };
    await expectPurposeFindings(declaredThere, []);
  });
});

describe('real-world: a service object default-exported, imported through the baseUrl (core-mobile)', () => {
  it('SentryService.init() at the top of index.js starts Sentry through `export default { init }`; a sibling method that starts nothing is clean', async () => {
    const files = (call: string) => ({
      'package.json': JSON.stringify({ name: 'core-mobile', dependencies: { react: '19.1.0', 'react-native': '0.81.4', '@sentry/react-native': '6.10.0' } }),
      'tsconfig.json': '{ "compilerOptions": { "baseUrl": "./app" } }\n',
      'app/services/sentry/SentryService.ts': `import * as Sentry from '@sentry/react-native';

const init = (): void => {
  Sentry.init({ dsn: 'https://key@o1.ingest.sentry.io/2', sendDefaultPii: true });
};
const setTag = (name: string): void => {
  console.log(name);
};

export default { init, setTag };
`,
      'index.js': `import { AppRegistry } from 'react-native';
import SentryService from 'services/sentry/SentryService';
import App from './app/App';

${call}
AppRegistry.registerComponent('core', () => App);
`,
      'app/App.tsx': 'export default function App() {\n  return null;\n}\n',
    });
    const { expectFindings: expectCollection } = appLinter(new Set(['no-collection-before-consent']));
    await expectCollection(files('SentryService.init();'), ['index.js:5 no-collection-before-consent']);
    await expectCollection(files("SentryService.setTag('boot');"), []);
  });
});

describe('real-world: react-native-onesignal on Android 13', () => {
  it("POST_NOTIFICATIONS comes with the OneSignal Android SDK's manifest (a Maven library): the request is declared (Hylo)", async () => {
    const files = (dependencies: Record<string, string>) => ({
      'package.json': JSON.stringify({ name: 'hylo', dependencies: { react: '19.1.0', 'react-native': '0.81.4', ...dependencies } }),
      'android/app/src/main/AndroidManifest.xml': '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <uses-permission android:name="android.permission.INTERNET" />\n</manifest>\n',
      'src/NotificationsSettings.tsx': `import { OneSignal } from 'react-native-onesignal';
import { Button } from 'react-native';

export function NotificationsSettings() {
  return <Button title="Turn on notifications" onPress={() => OneSignal.Notifications.requestPermission(true)} />;
}
`,
    });
    const { expectFindings: expectPurpose } = appLinter(new Set(['require-purpose-string']));
    await expectPurpose(files({ 'react-native-onesignal': '5.2.13' }), []);
    // Without the package in package.json nothing brings the permission in.
    await expectPurpose(files({}), ['src/NotificationsSettings.tsx:5 require-purpose-string']);
  });
});

describe('real-world: react-native-background-geolocation on Android', () => {
  it("ACTIVITY_RECOGNITION comes with Transistor's SDK manifest: the request is declared (hamagen-react-native)", async () => {
    const files = (dependencies: Record<string, string>) => ({
      'package.json': JSON.stringify({ name: 'hamagen', dependencies: { react: '19.1.0', 'react-native': '0.81.4', 'react-native-permissions': '4.1.5', ...dependencies } }),
      'android/app/src/main/AndroidManifest.xml': '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <uses-permission android:name="android.permission.INTERNET" />\n</manifest>\n',
      'src/FilterDriving.tsx': `import { PERMISSIONS, request } from 'react-native-permissions';
import { Button } from 'react-native';

export function FilterDriving() {
  return <Button title="Filter out driving" onPress={() => request(PERMISSIONS.ANDROID.ACTIVITY_RECOGNITION)} />;
}
`,
    });
    const { expectFindings: expectPurpose } = appLinter(new Set(['require-purpose-string']));
    await expectPurpose(files({ 'react-native-background-geolocation': '3.4.2' }), []);
    await expectPurpose(files({}), ['src/FilterDriving.tsx:5 require-purpose-string']);
  });
});

describe("real-world: DCloud's permission helper copied under another path", () => {
  it("hello-uniapp's common/permission.js is the vendor's helper wherever it is copied: its own request is not judged (Campus_Help_Delivery)", async () => {
    const helper = (name: string) => `function requestIOS(permissionID) {
  return new Promise((resolve) => resolve(1));
}
function requestAndroid(permissionID) {
  return new Promise((resolve) => {
    plus.android.requestPermissions([permissionID], (resultObj) => resolve(resultObj.granted.length ? 1 : 0), () => resolve(0));
  });
}
function gotoAppPermissionSetting() {
  plus.runtime.openURL('app-settings:');
}
const ${name} = { requestIOS: requestIOS, requestAndroid: requestAndroid, gotoAppSetting: gotoAppPermissionSetting };
module.exports = ${name};
`;
    const files = (path: string) => ({
      'manifest.json': JSON.stringify({ name: 'paotui', appid: '__UNI__0000010', 'app-plus': { distribute: { android: { permissions: ['<uses-permission android:name="android.permission.CAMERA"/>'] } } } }),
      'androidPrivacy.json': JSON.stringify({ version: '1', prompt: 'template', title: '服务协议和隐私政策', buttonAccept: '同意并继续', buttonRefuse: '暂不同意', disagreeMode: { support: true } }),
      'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }] }),
      'pages/index/index.vue': '<template><view>跑腿</view></template>\n',
      [path]: helper('permission'),
    });
    const { expectFindings: expectRationale } = appLinter(new Set(['require-request-rationale']));
    await expectRationale(files('common/permission.js'), []);
    await expectRationale(files('js_sdk/wa-permission/permission.js'), []);
    // The app's own module of another name that asks for a permission of its own choosing is judged.
    const own = files('common/ask.js');
    own['common/ask.js'] = own['common/ask.js'].replace('plus.android.requestPermissions([permissionID]', "plus.android.requestPermissions(['android.permission.CAMERA']");
    await expectRationale(own, ['common/ask.js:6 require-request-rationale']);
  });
});

describe('real-world: uni-app HTML5+ device identifiers', () => {
  it('plus.device.uuid read in onLaunch is flagged; a local uuid and a plus parameter are not', async () => {
    await expectFindings(
      {
        'manifest.json': `{
    "name" : "coupon-box",
    "appid" : "__UNI__0000002",
    "app-plus" : { "distribute" : { "android" : { "permissions" : [] } } },
    "mp-weixin" : { "appid" : "", "setting" : { "urlCheck" : false } }
}
`,
        'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }] }),
        'App.vue': `<script>
export default {
  onLaunch() {
    // #ifdef APP-PLUS
    this.globalData.deviceId = plus.device.uuid;
    // #endif
    const uuid = uni.getStorageSync('install_uuid') || String(Date.now());
    uni.setStorageSync('install_uuid', uuid);
    this.globalData.installId = uuid;
    this.globalData.label = describeDevice({ device: { uuid } });
  },
  globalData: { deviceId: '', installId: '', label: '' },
};

function describeDevice(plus) {
  return 'install ' + plus.device.uuid;
}
</script>
`,
        'pages/index/index.vue': '<template><view>coupons</view></template>\n<script setup>\n</script>\n',
      },
      // The app configures no App privacy dialog (androidPrivacy.json). Its mini program calls no privacy API:
      // plus.* exists only in the App, so mp-weixin needs no privacy wiring.
      ['App.vue:5 no-collection-before-consent', 'manifest.json:4 require-privacy-check'],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Purpose texts: only user-facing text is judged (WeChat mode ids and API names are not texts), and an
// "Allow $(PRODUCT_NAME) to …" sentence is a default only when nothing but the resource follows.

describe('real-world: a privacy pop-up from npm (miniprogram_npm)', () => {
  const app = (usingComponents: Record<string, string>): AppFiles => ({
    'project.config.json': WECHAT_PROJECT,
    'app.json': JSON.stringify(
      { pages: ['pages/index/index'], usingComponents, permission: { 'scope.userLocation': { desc: '查找离你最近的自提门店，显示步行距离' } }, requiredPrivateInfos: ['getLocation'] },
      null,
      2,
    ),
    'app.js': 'App({});\n',
    'miniprogram_npm/wx-privacy-popup/index.json': '{ "component": true }\n',
    'miniprogram_npm/wx-privacy-popup/index.wxml': '<button open-type="agreePrivacyAuthorization" bindagreeprivacyauthorization="agree">同意并继续</button>\n',
    'miniprogram_npm/wx-privacy-popup/index.js': 'Component({ methods: { agree() { this.triggerEvent("agree"); } } });\n',
    'pages/index/index.js': "Page({ locate() { wx.getLocation({ type: 'gcj02', success: (res) => this.setData({ res }) }); } });\n",
    'pages/index/index.wxml': '<privacy-popup />\n<button bindtap="locate">附近门店</button>\n',
  });

  it('is the wiring when app.json registers it by its npm name, and is not when nothing registers it', async () => {
    await expectFindings(app({ 'privacy-popup': 'wx-privacy-popup' }), []);
    await expectFindings(app({}), ['app.json:2 require-privacy-check']);
  });
});

describe('real-world: purpose texts', () => {
  it('WeChat: requiredBackgroundModes ["audio"] of a music mini program is not a purpose string', async () => {
    await expectFindings(
      {
        'project.config.json': WECHAT_PROJECT,
        'app.json': JSON.stringify(
          {
            pages: ['pages/tabs/index/index', 'pages/player/player'],
            window: { navigationBarTitleText: 'Mark' },
            usingComponents: {},
            requiredBackgroundModes: ['audio'],
            sitemapLocation: 'sitemap.json',
          },
          null,
          2,
        ),
        'app.js': `App({ globalData: { playing: null } });\n`,
        'pages/tabs/index/index.js': 'Page({});\n',
        'pages/player/player.js': `const audio = wx.getBackgroundAudioManager();

Page({
  data: { song: null },
  play(e) {
    const song = e.currentTarget.dataset.song;
    audio.title = song.title;
    audio.src = song.url;
    this.setData({ song });
  },
});
`,
      },
      [],
    );
  });

  it('WeChat: background audio and location modes next to clear descs are clean; a desc copied from the docs is flagged', async () => {
    const appJson = (desc: string, modes: string[]) =>
      JSON.stringify(
        {
          pages: ['pages/run/run'],
          permission: { 'scope.userLocation': { desc }, 'scope.userLocationBackground': { desc: '锁屏跑步时继续记录轨迹和里程' } },
          requiredPrivateInfos: ['getLocation', 'onLocationChange', 'startLocationUpdateBackground'],
          requiredBackgroundModes: modes,
        },
        null,
        2,
      );
    const app = (desc: string, modes = ['audio', 'location']): AppFiles => ({
      'project.config.json': WECHAT_PROJECT,
      'app.json': appJson(desc, modes),
      'app.js': `App({ onLaunch() { wx.onNeedPrivacyAuthorization((resolve) => resolve({ event: 'agree', buttonId: 'agree-btn' })); } });\n`,
      'pages/run/run.js': `const coach = wx.getBackgroundAudioManager();

Page({
  data: { points: [], latitude: 0, longitude: 0 },
  locate() {
    wx.getLocation({ type: 'gcj02', success: (res) => this.setData({ latitude: res.latitude, longitude: res.longitude }) });
  },
  start() {
    wx.startLocationUpdateBackground({
      success: () => wx.onLocationChange((position) => this.setData({ points: [...this.data.points, position] })),
      fail: () => wx.showToast({ title: '请在设置中允许后台定位', icon: 'none' }),
    });
    coach.title = '语音教练';
  },
});
`,
      'pages/run/run.wxml': `<map latitude="{{latitude}}" longitude="{{longitude}}" />\n<button bindtap="locate">定位</button>\n<button bindtap="start">开始跑步</button>\n`,
    });
    await expectFindings(app('在地图上显示你的跑步路线'), []);
    await expectFindings(app('你的位置信息将用于小程序位置接口的效果展示'), ['app.json:7 purpose-string-quality']);
    // The docs of wx.startLocationUpdateBackground: it needs requiredBackgroundModes: ['location'] in app.json.
    await expectFindings(app('在地图上显示你的跑步路线', ['audio']), ['pages/run/run.js:9 require-purpose-string']);
  });

  it('uni-app: mp-weixin requiredBackgroundModes and requiredPrivateInfos are not texts; the descs are judged', async () => {
    const manifest = (desc: string) => `{
    "name" : "uni-run",
    "appid" : "__UNI__0000002",
    "mp-weixin" : {
        "appid" : "wx0000000000000004",
        "permission" : {
            "scope.userLocation" : { "desc" : "${desc}" }
        },
        "requiredPrivateInfos" : [ "getLocation" ],
        "requiredBackgroundModes" : [ "audio", "location" ],
        "usingComponents" : true
    }
}
`;
    const app = (desc: string): AppFiles => ({
      'manifest.json': manifest(desc),
      'pages.json': JSON.stringify({ pages: [{ path: 'pages/run/run' }] }),
      'App.vue': `<script>
export default {
  onLaunch() {
    uni.onNeedPrivacyAuthorization((resolve) => resolve({ event: 'agree', buttonId: 'agree-btn' }));
  },
};
</script>
`,
      'pages/run/run.vue': `<template>
  <button @click="locate">定位</button>
</template>
<script>
export default {
  methods: {
    locate() {
      uni.getLocation({ type: 'gcj02', success: (res) => { this.position = res; } });
    },
  },
};
</script>
`,
    });
    await expectFindings(app('在地图上显示你的跑步路线'), []);
    await expectFindings(app('获取你的位置'), ['manifest.json:7 purpose-string-quality']);
  });

  it('Expo: "Allow $(PRODUCT_NAME) to …" that goes on to a purpose is clean; the bare plugin defaults are flagged', async () => {
    const appJson = (camera: string, location: string) =>
      JSON.stringify(
        {
          expo: {
            name: 'Parcel Locker',
            slug: 'parcel-locker',
            ios: { bundleIdentifier: 'com.example.parcellocker' },
            plugins: [
              ['expo-camera', { cameraPermission: camera, recordAudioAndroid: false }],
              ['expo-location', { locationWhenInUsePermission: location }],
            ],
          },
        },
        null,
        2,
      );
    const app = (camera: string, location: string): AppFiles => ({
      'package.json': JSON.stringify({ name: 'parcel-locker', dependencies: { expo: '~52.0.0', 'expo-camera': '~16.0.0', 'expo-location': '~18.0.0' } }),
      'app.json': appJson(camera, location),
      'App.tsx': `import { useState } from 'react';
import { Button, View } from 'react-native';
import { CameraView, useCameraPermissions } from 'expo-camera';
import * as Location from 'expo-location';

export default function App() {
  const [permission, requestPermission] = useCameraPermissions();
  const [stores, setStores] = useState<Location.LocationObject | null>(null);
  const nearby = async () => {
    const { status } = await Location.requestForegroundPermissionsAsync();
    if (status !== 'granted') return;
    setStores(await Location.getCurrentPositionAsync({}));
  };
  return (
    <View>
      {permission?.granted ? <CameraView barcodeScannerSettings={{ barcodeTypes: ['code128'] }} /> : <Button title="Scan a parcel" onPress={requestPermission} />}
      <Button title="Stores near me" onPress={nearby} />
    </View>
  );
}
`,
    });
    await expectFindings(
      app('Allow $(PRODUCT_NAME) to access your camera to scan parcel barcodes', 'Allow $(PRODUCT_NAME) to use your location so nearby stores are shown first'),
      [],
    );
    await expectFindings(app('Allow $(PRODUCT_NAME) to access your camera', 'Allow $(PRODUCT_NAME) to use your location'), [
      'app.json:12 purpose-string-quality',
      'app.json:19 purpose-string-quality',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Login and settings screens: remember-me, auto-login and dark-mode toggles beside the privacy sentence

describe('real-world: toggles beside the privacy sentence (no-preselected-consent)', () => {
  const wechatLogin = (agreed: boolean): AppFiles => ({
    'project.config.json': WECHAT_PROJECT,
    'app.json': JSON.stringify({ pages: ['pages/login/login', 'pages/settings/settings'] }),
    'app.js': 'App({});\n',
    'pages/login/login.js': `Page({
  data: { phone: '', password: '', remember: true, autoLogin: true, agreed: ${agreed} },
  onPhoneInput(e) { this.setData({ phone: e.detail.value }); },
  onPasswordInput(e) { this.setData({ password: e.detail.value }); },
  toggleRemember() { this.setData({ remember: !this.data.remember }); },
  onAutoLoginChange(e) { this.setData({ autoLogin: e.detail.value }); },
  toggleAgree() { this.setData({ agreed: !this.data.agreed }); },
  openPrivacy() { wx.navigateTo({ url: '/pages/settings/settings' }); },
});
`,
    'pages/login/login.wxml': `<view class="login">
  <input type="number" placeholder="请输入手机号" bindinput="onPhoneInput" />
  <input password placeholder="请输入密码" bindinput="onPasswordInput" />
  <checkbox value="remember" checked="{{remember}}" bindtap="toggleRemember" />
  <text>记住密码</text>
  <switch checked="{{autoLogin}}" bindchange="onAutoLoginChange" />
  <text>自动登录</text>
  <checkbox value="agree" checked="{{agreed}}" bindtap="toggleAgree" />
  <text>我已阅读并同意</text><text class="link" bindtap="openPrivacy">《隐私政策》</text>
  <button type="primary" disabled="{{!agreed}}">登录</button>
</view>
`,
    'pages/settings/settings.js': 'Page({ data: {}, onDarkModeChange() {} });\n',
    'pages/settings/settings.wxml': `<view class="cell">
  <text>深色模式</text>
  <switch checked bindchange="onDarkModeChange" />
  <navigator url="/pages/privacy/privacy">隐私政策</navigator>
</view>
`,
  });

  it('WeChat: remember-me, auto-login and dark-mode toggles that start on are clean; the agreement box starting true is flagged', async () => {
    await expectFindings(wechatLogin(false), []);
    await expectFindings(wechatLogin(true), ['pages/login/login.js:2 no-preselected-consent']);
  });

  const uniLogin = (agreed: boolean): AppFiles => ({
    'manifest.json': `{ "name": "x", "mp-weixin": { "appid": "wx0" } }\n`,
    'pages.json': JSON.stringify({ pages: [{ path: 'pages/login/login' }] }),
    'pages/login/login.vue': `<template>
  <view class="login">
    <input v-model="mobile" placeholder="请输入手机号" />
    <checkbox :checked="remember" @click="remember = !remember" />
    <text>记住密码</text>
    <switch :checked="autoLogin" @change="autoLogin = $event.detail.value" />
    <text>自动登录</text>
    <checkbox :checked="agreed" @click="agreed = !agreed" />
    <text>我已阅读并同意</text>
    <text class="link" @click="openPrivacy">《隐私政策》</text>
  </view>
</template>
<script>
export default {
  data() {
    return { mobile: '', remember: true, autoLogin: true, agreed: ${agreed} };
  },
  methods: {
    openPrivacy() { uni.navigateTo({ url: '/pages/privacy/privacy' }); },
  },
};
</script>
`,
  });

  it('uni-app: remember-me and auto-login data that start true are clean; the agreement data starting true is flagged', async () => {
    await expectFindings(uniLogin(false), []);
    await expectFindings(uniLogin(true), ['pages/login/login.vue:16 no-preselected-consent']);
  });

  it('React Native: a settings screen with a dark-mode Switch on beside the privacy link, and a login footer with auto-login on, are clean', async () => {
    await expectFindings(
      {
        'package.json': RN_PACKAGE(),
        'App.tsx': `import React, { useState } from 'react';
import { Switch, Text, View } from 'react-native';

export default function App({ navigation }: { navigation: { navigate(route: string): void } }) {
  const [darkMode, setDarkMode] = useState(true);
  const [autoLogin, setAutoLogin] = useState(true);
  return (
    <View>
      <View>
        <Text>深色模式</Text>
        <Switch value={darkMode} onValueChange={setDarkMode} />
        <Text onPress={() => navigation.navigate('Privacy')}>隐私政策</Text>
      </View>
      <View>
        <Switch value={autoLogin} onValueChange={setAutoLogin} />
        <Text>自动登录</Text>
        <Text>登录即表示您已阅读并同意《用户协议》和《隐私政策》</Text>
      </View>
    </View>
  );
}
`,
      },
      [],
    );
  });
});
