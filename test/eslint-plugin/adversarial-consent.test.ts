// Adversarial precision cases for no-collection-before-consent, no-request-on-launch and require-privacy-check.
// Each case is a small app written to a temp dir and linted with the recommended config through ESLint, as in
// real-world.test.ts. Only the findings of the three rules under attack are compared (other rules, such as
// purpose-string checks, are out of scope here). The expectation is the CORRECT behaviour per the rule docs in
// rules-docs/: no finding for code a careful developer would consider compliant, the finding for the controls.
// Cases marked 'known limit' assert the documented behaviour (the rule doc's Known limits).
import { describe, it } from 'vitest';
import { appLinter, harmonyApp, type AppFiles } from './app-harness.js';


const ATTACKED = new Set(['no-collection-before-consent', 'no-request-on-launch', 'require-privacy-check']);

const { expectFindings } = appLinter(ATTACKED);

// ---------------------------------------------------------------------------------------------------------------
// Fixtures

const RN_PACKAGE = JSON.stringify({
  name: 'trail-chat',
  dependencies: {
    react: '18.2.0',
    'react-native': '0.74.0',
    'jpush-react-native': '3.1.0',
    'react-native-device-info': '10.0.0',
    '@react-native-async-storage/async-storage': '1.23.0',
    '@amplitude/analytics-react-native': '1.4.0',
    'react-redux': '9.0.0',
    zustand: '4.5.0',
    mobx: '6.12.0',
    'react-native-permissions': '4.1.0',
    'react-native-mmkv': '2.12.0',
  },
});
const RN_INDEX = `import { AppRegistry } from 'react-native';\nimport App from './App';\nAppRegistry.registerComponent('trailChat', () => App);\n`;
const rnApp = (app: string, extra: AppFiles = {}): AppFiles => ({ 'package.json': RN_PACKAGE, 'index.js': RN_INDEX, 'App.tsx': app, ...extra });

const WECHAT_PROJECT = JSON.stringify({ compileType: 'miniprogram', appid: 'wx0000000000000000' });
const WECHAT_APP_JSON = JSON.stringify(
  {
    pages: ['pages/index/index', 'pages/shops/shops'],
    permission: { 'scope.userLocation': { desc: '为你推荐附近的门店，显示步行距离' } },
    requiredPrivateInfos: ['getLocation'],
  },
  null,
  2,
);
const wechatApp = (appJs: string, extra: AppFiles = {}): AppFiles => ({
  'project.config.json': WECHAT_PROJECT,
  'app.json': WECHAT_APP_JSON,
  'app.js': appJs,
  'pages/index/index.js': 'Page({ data: { motto: "hi" } });\n',
  'pages/index/index.wxml': '<view>{{motto}}</view>\n<button open-type="agreePrivacyAuthorization" bindagreeprivacyauthorization="onAgree">同意</button>\n',
  'pages/shops/shops.js': "Page({ locate() { wx.getLocation({ type: 'gcj02', success: (res) => this.setData(res) }); } });\n",
  ...extra,
});

const UNI_PACKAGE = JSON.stringify({ name: 'runner', dependencies: { '@dcloudio/uni-app': '3.0.0-4060620250520001', vue: '3.4.21', pinia: '2.1.7' } });
const UNI_MP_MANIFEST = JSON.stringify(
  {
    name: 'runner',
    appid: '__UNI__0000000',
    'mp-weixin': { appid: 'wx0000000000000000', requiredPrivateInfos: ['getLocation'], permission: { 'scope.userLocation': { desc: '用于记录你跑步的路线和里程' } } },
  },
  null,
  2,
);
const UNI_PRIVACY_POPUP = `<template>
  <view v-if="show"><button open-type="agreePrivacyAuthorization" @agreeprivacyauthorization="agree">同意</button></view>
</template>
<script>
export default {
  data() { return { show: false, resolve: null }; },
  mounted() { uni.onNeedPrivacyAuthorization((resolve) => { this.resolve = resolve; this.show = true; }); },
  methods: { agree() { this.resolve && this.resolve({ event: 'agree' }); this.show = false; } },
};
</script>
`;
const uniApp = (appVue: string, extra: AppFiles = {}): AppFiles => ({
  'package.json': UNI_PACKAGE,
  'manifest.json': UNI_MP_MANIFEST,
  'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }] }),
  'App.vue': appVue,
  'components/privacy-popup/privacy-popup.vue': UNI_PRIVACY_POPUP,
  'pages/index/index.vue': '<template><view>跑步</view></template>\n<script>\nexport default {};\n</script>\n',
  ...extra,
});

const TARO_BASE: AppFiles = {
  'package.json': JSON.stringify({ name: 'x', dependencies: { '@tarojs/taro': '4.0.0', '@tarojs/components': '4.0.0', react: '18.2.0', 'react-redux': '9.0.0' } }),
  'project.config.json': JSON.stringify({ miniprogramRoot: './dist', compileType: 'miniprogram' }),
  'src/app.config.ts': `export default defineAppConfig({
  pages: ['pages/index/index'],
  permission: { 'scope.userLocation': { desc: '为你推荐附近的充电桩' } },
  requiredPrivateInfos: ['getLocation'],
});
`,
  'src/pages/index/index.tsx': `import { View } from '@tarojs/components';\nexport default function Index() {\n  return <View>hi</View>;\n}\n`,
  'src/components/PrivacyPopup.tsx': `import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
export function PrivacyPopup({ onAgree }: { onAgree(): void }) {
  return <View><Button openType='agreePrivacyAuthorization' onAgreePrivacyAuthorization={onAgree}>同意</Button></View>;
}
Taro.onNeedPrivacyAuthorization((resolve) => resolve({ event: 'agree', buttonId: 'agree-btn' }));
`,
};

const CAPACITOR_CONFIG = `import type { CapacitorConfig } from '@capacitor/cli';\nconst config: CapacitorConfig = { appId: 'com.example.roads', appName: 'roads', webDir: 'dist' };\nexport default config;\n`;
const capacitorApp = (main: string, extra: AppFiles = {}): AppFiles => ({
  'package.json': JSON.stringify({
    name: 'roads',
    dependencies: { '@capacitor/core': '6.0.0', '@capacitor/device': '6.0.0', '@capacitor/preferences': '6.0.0', '@capacitor/push-notifications': '6.0.0', '@capacitor/android': '6.0.0', react: '18.2.0', 'react-dom': '18.2.0' },
  }),
  'capacitor.config.ts': CAPACITOR_CONFIG,
  'src/main.tsx': main,
  ...extra,
});

const FARM_LOCATION_PERMISSIONS = `      { name: 'ohos.permission.APPROXIMATELY_LOCATION', reason: '$string:location_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },
      { name: 'ohos.permission.LOCATION', reason: '$string:location_reason', usedScene: { abilities: ['EntryAbility'], when: 'inuse' } },`;
const farmApp = (files: AppFiles): AppFiles =>
  harmonyApp(FARM_LOCATION_PERMISSIONS, files, { location_reason: '用于为你推荐附近的农产品收购点，例如显示最近的三个网点' });

// ---------------------------------------------------------------------------------------------------------------
// React Native: no-collection-before-consent

describe('adversarial: React Native consent flows', () => {
  it('A01 control: JPush.init and a device id at mount with no consent check are flagged', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import JPush from 'jpush-react-native';
import DeviceInfo from 'react-native-device-info';

export default function App() {
  useEffect(() => {
    JPush.init({ appKey: 'k', channel: 'store', production: true });
    DeviceInfo.getUniqueId().then((id) => console.log(id));
  }, []);
  return null;
}
`),
      ['App.tsx:7 no-collection-before-consent', 'App.tsx:8 no-collection-before-consent'],
    );
  });

  it('A02 early return on a stored agreement read with AsyncStorage in an async IIFE', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import AsyncStorage from '@react-native-async-storage/async-storage';
import JPush from 'jpush-react-native';

export default function App() {
  useEffect(() => {
    (async () => {
      const privacyAgreed = await AsyncStorage.getItem('privacy_agreed');
      if (privacyAgreed !== '1') return;
      JPush.init({ appKey: 'k', channel: 'store', production: true });
    })();
  }, []);
  return null;
}
`),
      [],
    );
  });

  it('A03 a promise chain after an agreement dialog: the SDK starts in the second then', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import JPush from 'jpush-react-native';
import { ensurePrivacyConsent } from './src/privacy';

async function loadRemoteConfig() {
  return fetch('https://example.com/config').then((r) => r.json());
}

export default function App() {
  useEffect(() => {
    ensurePrivacyConsent()
      .then(() => loadRemoteConfig())
      .then((config) => JPush.init({ appKey: config.jpushKey, channel: 'store', production: true }));
  }, []);
  return null;
}
`, { 'src/privacy.ts': `export function ensurePrivacyConsent(): Promise<void> {\n  return new Promise(() => undefined);\n}\n` }),
      [],
    );
  });

  it('A04 a switch on the stored consent status: the SDK starts only in the granted case', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import AsyncStorage from '@react-native-async-storage/async-storage';
import JPush from 'jpush-react-native';

async function boot() {
  const consentStatus = await AsyncStorage.getItem('consentStatus');
  switch (consentStatus) {
    case 'granted':
      JPush.init({ appKey: 'k', channel: 'store', production: true });
      break;
    default:
      break;
  }
}

export default function App() {
  useEffect(() => {
    boot();
  }, []);
  return null;
}
`),
      [],
    );
  });

  it('A04b controls: a switch whose SDK start is in a refused case, or reached by falling through from one, is flagged', async () => {
    const app = (cases: string) =>
      rnApp(`import React, { useEffect } from 'react';
import AsyncStorage from '@react-native-async-storage/async-storage';
import JPush from 'jpush-react-native';

async function boot() {
  const consentStatus = await AsyncStorage.getItem('consentStatus');
  switch (consentStatus) {
${cases}
  }
}

export default function App() {
  useEffect(() => {
    boot();
  }, []);
  return null;
}
`);
    const start = `      JPush.init({ appKey: 'k', channel: 'store', production: true });\n      break;`;
    await expectFindings(app(`    case 'denied':\n${start}`), ['App.tsx:9 no-collection-before-consent']);
    await expectFindings(app(`    case 'denied':\n    case 'granted':\n${start}`), ['App.tsx:10 no-collection-before-consent']);
    await expectFindings(app(`    case 'unknown':\n      console.log('asking');\n    case 'granted':\n${start}`), ['App.tsx:11 no-collection-before-consent']);
    await expectFindings(app(`    case 'denied':\n      return;\n    case 'granted':\n${start}`), []);
  });

  it('A05 a consent status compared with a TypeScript enum member', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import AsyncStorage from '@react-native-async-storage/async-storage';
import JPush from 'jpush-react-native';

enum ConsentStatus {
  Granted = 'granted',
  Denied = 'denied',
}

export default function App() {
  useEffect(() => {
    (async () => {
      const consentStatus = await AsyncStorage.getItem('consentStatus');
      if (consentStatus !== ConsentStatus.Granted) return;
      JPush.init({ appKey: 'k', channel: 'store', production: true });
    })();
  }, []);
  return null;
}
`),
      [],
    );
  });

  it('A06 try/finally around an awaited consent check with an early return', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect, useState } from 'react';
import JPush from 'jpush-react-native';
import { hasPrivacyConsent } from './src/privacy';

export default function App() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    (async () => {
      try {
        if (!(await hasPrivacyConsent())) return;
        JPush.init({ appKey: 'k', channel: 'store', production: true });
      } finally {
        setReady(true);
      }
    })();
  }, []);
  return ready ? null : null;
}
`, { 'src/privacy.ts': `export async function hasPrivacyConsent() {\n  return false;\n}\n` }),
      [],
    );
  });

  it('A07 try/catch: the agreement dialog rejects on refusal and the catch returns', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import JPush from 'jpush-react-native';
import { ensurePrivacyConsent } from './src/privacy';

async function startPush() {
  try {
    await ensurePrivacyConsent();
  } catch {
    return;
  }
  JPush.init({ appKey: 'k', channel: 'store', production: true });
}

export default function App() {
  useEffect(() => {
    startPush();
  }, []);
  return null;
}
`, { 'src/privacy.ts': `export function ensurePrivacyConsent(): Promise<void> {\n  return new Promise(() => undefined);\n}\n` }),
      [],
    );
  });

  it('A08 a ternary and optional chaining on the Redux consent flag', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import { useSelector } from 'react-redux';
import JPush from 'jpush-react-native';

type State = { settings?: { privacyAgreed?: boolean } };

export default function App() {
  const settings = useSelector((s: State) => s.settings);
  useEffect(() => {
    settings?.privacyAgreed ? JPush.init({ appKey: 'k', channel: 'store', production: true }) : console.log('waiting for consent');
  }, []);
  return null;
}
`),
      [],
    );
  });

  it('A09 class root component: componentDidMount returns early without the accepted prop', async () => {
    await expectFindings(
      rnApp(`import React, { Component } from 'react';
import { connect } from 'react-redux';
import DeviceInfo from 'react-native-device-info';

class App extends Component<{ privacyAccepted: boolean }> {
  componentDidMount() {
    const { privacyAccepted } = this.props;
    if (!privacyAccepted) return;
    DeviceInfo.getUniqueId().then((id) => console.log(id));
  }
  render() {
    return null;
  }
}

export default connect((s: { privacy: { accepted: boolean } }) => ({ privacyAccepted: s.privacy.accepted }))(App);
`),
      [],
    );
  });

  it('A10 the SDK starts in the privacy dialog onAgree handler, through an aliased import', async () => {
    await expectFindings(
      rnApp(`import React, { useState } from 'react';
import { Button, Modal } from 'react-native';
import { init as initAmplitude } from '@amplitude/analytics-react-native';

export default function App() {
  const [visible, setVisible] = useState(true);
  const onAgree = () => {
    setVisible(false);
    initAmplitude('AMPLITUDE_KEY');
  };
  return (
    <Modal visible={visible}>
      <Button title="同意" onPress={onAgree} />
    </Modal>
  );
}
`),
      [],
    );
  });

  it('A11 control: the aliased Amplitude init at module top level is flagged', async () => {
    await expectFindings(
      rnApp(`import React from 'react';
import { init as initAmplitude } from '@amplitude/analytics-react-native';

initAmplitude('AMPLITUDE_KEY');

export default function App() {
  return null;
}
`),
      ['App.tsx:4 no-collection-before-consent'],
    );
  });

  it('A12 a helper module guarded by termsAccepted (a subject + approval name), called at mount', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import { startServices } from './src/services/startup';

export default function App() {
  useEffect(() => {
    startServices();
  }, []);
  return null;
}
`, {
        'src/services/startup.ts': `import JPush from 'jpush-react-native';
import { storage } from '../storage';

export function startServices() {
  if (!storage.getBoolean('termsAccepted')) return;
  JPush.init({ appKey: 'k', channel: 'store', production: true });
}
`,
        'src/storage.ts': `import { MMKV } from 'react-native-mmkv';\nexport const storage = new MMKV();\n`,
      }),
      [],
    );
  });

  it('A13 a helper module guarded by an app-level hasAccepted flag', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import { initTracking } from './src/tracking';

export default function App() {
  useEffect(() => {
    initTracking();
  }, []);
  return null;
}
`, {
        'src/tracking.ts': `import DeviceInfo from 'react-native-device-info';
import { settingsStore } from './settingsStore';

export async function initTracking() {
  if (!settingsStore.hasAccepted) return;
  const id = await DeviceInfo.getUniqueId();
  console.log(id);
}
`,
        'src/settingsStore.ts': `export const settingsStore = { hasAccepted: false };\n`,
      }),
      [],
    );
  });

  it('A14 control: the same helper with no check at all is flagged at the call', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import { initTracking } from './src/tracking';

export default function App() {
  useEffect(() => {
    initTracking();
  }, []);
  return null;
}
`, {
        'src/tracking.ts': `import DeviceInfo from 'react-native-device-info';

export async function initTracking() {
  const id = await DeviceInfo.getUniqueId();
  console.log(id);
}
`,
      }),
      ['App.tsx:6 no-collection-before-consent'],
    );
  });

  // A helper reached through a barrel file's re-export is followed to the module that defines it.
  it('A15 a helper reached through a barrel file (index.ts re-export) at mount: followed', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import { initTracking } from './src/services';

export default function App() {
  useEffect(() => {
    initTracking();
  }, []);
  return null;
}
`, {
        'src/services/index.ts': `export { initTracking } from './tracking';\nexport * from './theme';\n`,
        'src/services/theme.ts': `export const theme = { dark: false };\n`,
        'src/services/tracking.ts': `import DeviceInfo from 'react-native-device-info';

export async function initTracking() {
  const id = await DeviceInfo.getUniqueId();
  console.log(id);
}
`,
      }),
      ['App.tsx:6 no-collection-before-consent'],
    );
  });

  it('A16 name collisions: a local init(), a project Analytics class and a project JPush wrapper are not SDKs', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import { JPush } from './src/push';

class Analytics {
  private events: string[] = [];
  init() {
    this.events = [];
  }
  track(name: string) {
    this.events.push(name);
  }
}
const analytics = new Analytics();
analytics.init();

function init() {
  return { theme: 'dark' };
}
function getLocation() {
  return { latitude: 0, longitude: 0 };
}

export default function App() {
  useEffect(() => {
    init();
    console.log(getLocation());
    JPush.init();
  }, []);
  return null;
}
`, {
        'src/push.ts': `import JPushSdk from 'jpush-react-native';
import { isPrivacyAgreed } from './privacy';

export const JPush = {
  init() {
    if (!isPrivacyAgreed()) return;
    JPushSdk.init({ appKey: 'k', channel: 'store', production: true });
  },
};
`,
        'src/privacy.ts': `export function isPrivacyAgreed() {\n  return false;\n}\n`,
      }),
      [],
    );
  });

  it('A17 an early return on a zustand selector, with Platform.OS branches after it', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import { Platform } from 'react-native';
import { create } from 'zustand';
import JPush from 'jpush-react-native';
import DeviceInfo from 'react-native-device-info';

const usePrivacyStore = create<{ agreed: boolean }>(() => ({ agreed: false }));

export default function App() {
  const agreed = usePrivacyStore((s) => s.agreed);
  useEffect(() => {
    if (!agreed) return;
    if (Platform.OS === 'android') {
      JPush.init({ appKey: 'k', channel: 'store', production: true });
    } else {
      DeviceInfo.getUniqueId().then((id) => console.log(id));
    }
  }, []);
  return null;
}
`),
      [],
    );
  });

  it('A18 MobX root store flag checked in the mount effect', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import { makeAutoObservable } from 'mobx';
import JPush from 'jpush-react-native';

class PrivacyStore {
  hasAgreed = false;
  constructor() {
    makeAutoObservable(this);
  }
}
const rootStore = { privacy: new PrivacyStore() };

export default function App() {
  useEffect(() => {
    if (rootStore.privacy.hasAgreed) {
      JPush.init({ appKey: 'k', channel: 'store', production: true });
    }
  }, []);
  return null;
}
`),
      [],
    );
  });

  it('A19 consent from a React Context checked with an early return in a mount effect', async () => {
    await expectFindings(
      rnApp(`import React, { createContext, useContext, useEffect } from 'react';
import DeviceInfo from 'react-native-device-info';

const ConsentContext = createContext({ consentGiven: false });

export default function App() {
  const { consentGiven } = useContext(ConsentContext);
  useEffect(() => {
    if (!consentGiven) return;
    DeviceInfo.getUniqueId().then((id) => console.log(id));
  }, []);
  return null;
}
`),
      [],
    );
  });

  it('A20 the SDK is started from a lazily imported module inside the consent branch', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import { hasPrivacyConsent } from './src/privacy';

export default function App() {
  useEffect(() => {
    (async () => {
      if (!(await hasPrivacyConsent())) return;
      const { startSdks } = await import('./src/sdks');
      startSdks();
    })();
  }, []);
  return null;
}
`, {
        'src/privacy.ts': `export async function hasPrivacyConsent() {\n  return false;\n}\n`,
        'src/sdks.ts': `import JPush from 'jpush-react-native';\n\nexport function startSdks() {\n  JPush.init({ appKey: 'k', channel: 'store', production: true });\n}\n`,
      }),
      [],
    );
  });

  // Known limit (rules-docs/no-collection-before-consent.md): a module's top level is launch code, even one imported
  // only dynamically after consent.
  it('A21 a module whose top level starts the SDK, imported only dynamically from the onAgree handler (known limit)', async () => {
    await expectFindings(
      rnApp(`import React from 'react';
import { Button } from 'react-native';

export default function App() {
  const onAgree = async () => {
    await import('./src/sdks');
  };
  return <Button title="同意" onPress={onAgree} />;
}
`, {
        'src/sdks.ts': `import JPush from 'jpush-react-native';\n\nJPush.init({ appKey: 'k', channel: 'store', production: true });\n`,
      }),
      ['src/sdks.ts:3 no-collection-before-consent'],
    );
  });

  // Known limit (rules-docs/no-collection-before-consent.md): a loop that waits for consent is not read as a check.
  it('A22 a polling loop that waits until the stored consent is there (known limit)', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import JPush from 'jpush-react-native';
import { hasPrivacyConsent } from './src/privacy';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startWhenAgreed() {
  while (!(await hasPrivacyConsent())) {
    await delay(500);
  }
  JPush.init({ appKey: 'k', channel: 'store', production: true });
}

export default function App() {
  useEffect(() => {
    startWhenAgreed();
  }, []);
  return null;
}
`, { 'src/privacy.ts': `export async function hasPrivacyConsent() {\n  return false;\n}\n` }),
      ['App.tsx:11 no-collection-before-consent'],
    );
  });

  it('A23 the dialog promise resolves with the answer, checked with an agreed flag', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import JPush from 'jpush-react-native';
import { showPrivacyDialog } from './src/privacy';

export default function App() {
  useEffect(() => {
    showPrivacyDialog().then((agreed) => {
      if (!agreed) return;
      JPush.init({ appKey: 'k', channel: 'store', production: true });
    });
  }, []);
  return null;
}
`, { 'src/privacy.ts': `export function showPrivacyDialog(): Promise<boolean> {\n  return Promise.resolve(false);\n}\n` }),
      [],
    );
  });

  it('A24 the dialog result compared with "agree" before starting the SDK', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import JPush from 'jpush-react-native';
import { showPrivacyDialog } from './src/privacy';

export default function App() {
  useEffect(() => {
    (async () => {
      if ((await showPrivacyDialog()) === 'agree') {
        JPush.init({ appKey: 'k', channel: 'store', production: true });
      }
    })();
  }, []);
  return null;
}
`, { 'src/privacy.ts': `export function showPrivacyDialog(): Promise<'agree' | 'refuse'> {\n  return Promise.resolve('refuse');\n}\n` }),
      [],
    );
  });

  it('A25 an AppState listener that starts the SDK only when consent is stored', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import { AppState } from 'react-native';
import JPush from 'jpush-react-native';
import { storage } from './src/storage';

export default function App() {
  useEffect(() => {
    const sub = AppState.addEventListener('change', (state) => {
      if (state === 'active' && storage.getBoolean('privacyAgreed')) JPush.init({ appKey: 'k', channel: 'store', production: true });
    });
    return () => sub.remove();
  }, []);
  return null;
}
`, { 'src/storage.ts': `import { MMKV } from 'react-native-mmkv';\nexport const storage = new MMKV();\n` }),
      [],
    );
  });

  it('A26 the agree handler stores a local const privacyAccepted = true: not a hard-coded consent check', async () => {
    await expectFindings(
      rnApp(`import React from 'react';
import { Button } from 'react-native';
import AsyncStorage from '@react-native-async-storage/async-storage';

export default function App() {
  const onAgree = async () => {
    const privacyAccepted = true;
    await AsyncStorage.setItem('privacyAccepted', JSON.stringify(privacyAccepted));
  };
  return <Button title="同意并继续" onPress={onAgree} />;
}
`),
      [],
    );
  });

  it('A27 a consent check that only waits for agreement by throwing', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import DeviceInfo from 'react-native-device-info';
import { isPrivacyAgreed } from './src/privacy';

async function collectDeviceInfo() {
  if (!isPrivacyAgreed()) throw new Error('privacy not agreed');
  return DeviceInfo.getUniqueId();
}

export default function App() {
  useEffect(() => {
    collectDeviceInfo().catch(() => undefined);
  }, []);
  return null;
}
`, { 'src/privacy.ts': `export function isPrivacyAgreed() {\n  return false;\n}\n` }),
      [],
    );
  });

  it('A28 a guard variable that says the dialog is still due (needPrivacyPopup)', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import JPush from 'jpush-react-native';
import { storage } from './src/storage';

export default function App() {
  useEffect(() => {
    const needPrivacyPopup = !storage.getBoolean('privacyAgreed');
    if (needPrivacyPopup) return;
    JPush.init({ appKey: 'k', channel: 'store', production: true });
  }, []);
  return null;
}
`, { 'src/storage.ts': `import { MMKV } from 'react-native-mmkv';\nexport const storage = new MMKV();\n` }),
      [],
    );
  });

  it('A29 a consent flag read with let + try/catch, then an early return', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import AsyncStorage from '@react-native-async-storage/async-storage';
import JPush from 'jpush-react-native';

async function boot() {
  let agreed = false;
  try {
    agreed = (await AsyncStorage.getItem('privacy_agreed')) === '1';
  } catch {
    agreed = false;
  }
  if (!agreed) return;
  JPush.init({ appKey: 'k', channel: 'store', production: true });
}

export default function App() {
  useEffect(() => {
    boot();
  }, []);
  return null;
}
`),
      [],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// WeChat mini-program

describe('adversarial: WeChat mini-program consent flows', () => {
  it('B01 control: a clipboard read in onLaunch with no privacy check is flagged', async () => {
    await expectFindings(
      wechatApp(`App({
  onLaunch() {
    wx.getClipboardData({ success: (res) => { this.invite = res.data; } });
  },
});
`),
      ['app.js:3 no-collection-before-consent'],
    );
  });

  it('B02 requirePrivacyAuthorize success given as a method reference (success: this.restoreInvite)', async () => {
    await expectFindings(
      wechatApp(`App({
  globalData: { invite: '' },
  onLaunch() {
    wx.requirePrivacyAuthorize({ success: this.restoreInvite });
  },
  restoreInvite() {
    wx.getClipboardData({ success: (res) => { getApp().globalData.invite = res.data; } });
  },
});
`),
      [],
    );
  });

  it('B03 a promise chain after wx.requirePrivacyAuthorize(): the read is in the second then', async () => {
    await expectFindings(
      wechatApp(`App({
  onLaunch() {
    wx.requirePrivacyAuthorize()
      .then(() => this.loadConfig())
      .then(() => wx.getClipboardData({ success: (res) => { this.invite = res.data; } }));
  },
  loadConfig() {
    return new Promise((resolve) => wx.request({ url: 'https://example.com/config', success: resolve }));
  },
});
`),
      [],
    );
  });

  it('B04 getPrivacySetting: return early when authorization is needed, else read', async () => {
    await expectFindings(
      wechatApp(`App({
  onLaunch() {
    wx.getPrivacySetting({
      success: (res) => {
        if (res.needAuthorization) {
          this.globalData.showPrivacy = true;
          return;
        }
        this.restoreInvite();
      },
    });
  },
  restoreInvite() {
    wx.getClipboardData({ success: (res) => { this.invite = res.data; } });
  },
  globalData: { showPrivacy: false },
});
`),
      [],
    );
  });

  it('B05 getPrivacySetting with needAuthorization === false', async () => {
    await expectFindings(
      wechatApp(`App({
  onLaunch() {
    wx.getPrivacySetting({
      success: (res) => {
        if (res.needAuthorization === false) wx.getClipboardData({ success: (clip) => { this.invite = clip.data; } });
      },
    });
  },
});
`),
      [],
    );
  });

  it('B06 await wx.requirePrivacyAuthorize() in an async onLaunch, in try/catch', async () => {
    await expectFindings(
      wechatApp(`App({
  async onLaunch() {
    try {
      await wx.requirePrivacyAuthorize();
    } catch (e) {
      return;
    }
    wx.getClipboardData({ success: (res) => { this.invite = res.data; } });
  },
});
`),
      [],
    );
  });

  it('B07 the entry page reads the clipboard after a globalData.privacyAgreed early return', async () => {
    await expectFindings(
      wechatApp(`App({ globalData: { privacyAgreed: false } });\n`, {
        'pages/index/index.js': `const app = getApp();
Page({
  onLoad() {
    if (!app.globalData.privacyAgreed) return;
    wx.getClipboardData({ success: (res) => this.setData({ invite: res.data }) });
  },
});
`,
      }),
      [],
    );
  });

  it('B08 a privacy showModal: the read only on res.confirm', async () => {
    await expectFindings(
      wechatApp(`App({
  onLaunch() {
    wx.showModal({
      title: '用户隐私保护提示',
      content: '请阅读并同意《用户隐私保护指引》后使用邀请码功能',
      confirmText: '同意',
      cancelText: '拒绝',
      success: (res) => {
        if (res.confirm) wx.getClipboardData({ success: (clip) => { this.invite = clip.data; } });
      },
    });
  },
});
`),
      [],
    );
  });

  it('B09 a helper required from utils that checks the authorised scope before reading the location', async () => {
    await expectFindings(
      wechatApp(`const { locateIfAllowed } = require('./utils/location');
App({
  onLaunch() {
    locateIfAllowed((loc) => { this.loc = loc; });
  },
});
`, {
        'utils/location.js': `function locateIfAllowed(cb) {
  wx.getSetting({
    success(res) {
      if (res.authSetting['scope.userLocation']) wx.getLocation({ type: 'gcj02', success: cb });
    },
  });
}
module.exports = { locateIfAllowed };
`,
      }),
      [],
    );
  });

  it('B10 onShow reads the clipboard only when globalData.agreed (set by the privacy button)', async () => {
    await expectFindings(
      wechatApp(`App({
  globalData: { agreed: false },
  onShow() {
    if (this.globalData.agreed) {
      wx.getClipboardData({ success: (res) => { this.invite = res.data; } });
    }
  },
});
`),
      [],
    );
  });

  it('B11 a switch on the privacy setting result', async () => {
    await expectFindings(
      wechatApp(`App({
  onLaunch() {
    const privacyStatus = wx.getStorageSync('privacyStatus');
    switch (privacyStatus) {
      case 'agreed':
        wx.getClipboardData({ success: (res) => { this.invite = res.data; } });
        break;
      default:
        this.globalData.showPrivacy = true;
    }
  },
  globalData: { showPrivacy: false },
});
`),
      [],
    );
  });

  it('B12 a project object named wx-like (local wxp promisify wrapper) that reads nothing personal', async () => {
    await expectFindings(
      wechatApp(`const wxp = require('./utils/wxp');
App({
  async onLaunch() {
    const { networkType } = await wxp.getNetworkType();
    this.network = networkType;
  },
});
`, {
        'utils/wxp.js': `const promisify = (fn) => (opts = {}) => new Promise((resolve, reject) => fn({ ...opts, success: resolve, fail: reject }));
module.exports = { getNetworkType: promisify(wx.getNetworkType) };
`,
      }),
      [],
    );
  });

  it('B13 control: the location read in the entry page onLoad is flagged (collection and request)', async () => {
    await expectFindings(
      wechatApp(`App({});\n`, {
        'pages/index/index.js': `Page({
  onLoad() {
    wx.getLocation({ type: 'gcj02', success: (res) => this.setData(res) });
  },
});
`,
      }),
      ['pages/index/index.js:3 no-collection-before-consent', 'pages/index/index.js:3 no-request-on-launch'],
    );
  });

  it('B14 getLocation in onLaunch only when the scope is already authorised: no prompt, no collection before consent', async () => {
    await expectFindings(
      wechatApp(`App({
  onLaunch() {
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation']) {
          wx.getLocation({ type: 'gcj02', success: (loc) => { this.loc = loc; } });
        }
      },
    });
  },
});
`),
      [],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// uni-app

describe('adversarial: uni-app consent flows', () => {
  it('C01 App.vue: getPrivacySetting, then the push client id only when no authorization is needed', async () => {
    await expectFindings(
      uniApp(`<script>
export default {
  onLaunch() {
    uni.getPrivacySetting({
      success: (res) => {
        if (!res.needAuthorization) this.initPush();
      },
    });
  },
  methods: {
    initPush() {
      uni.getPushClientId({ success: (r) => console.log(r.cid) });
    },
  },
};
</script>
`),
      [],
    );
  });

  it('C02 App.vue: a pinia store agreement checked with an early return', async () => {
    await expectFindings(
      uniApp(`<script>
import { usePrivacyStore } from '@/stores/privacy';
export default {
  onLaunch() {
    const privacy = usePrivacyStore();
    if (!privacy.isAgreed) return;
    uni.getClipboardData({ success: (res) => console.log(res.data) });
  },
};
</script>
`, { 'stores/privacy.js': `import { defineStore } from 'pinia';\nexport const usePrivacyStore = defineStore('privacy', { state: () => ({ isAgreed: uni.getStorageSync('privacy_agreed') === true }) });\n` }),
      [],
    );
  });

  it('C03 App.vue <script setup>: plus.runtime.isAgreePrivacy() before reading the device id', async () => {
    await expectFindings(
      uniApp(`<script setup>
import { onLaunch } from '@dcloudio/uni-app';
onLaunch(() => {
  // #ifdef APP-PLUS
  if (!plus.runtime.isAgreePrivacy()) return;
  uni.getSystemInfo({ success: (res) => uni.setStorageSync('deviceId', res.deviceId) });
  // #endif
});
</script>
`),
      [],
    );
  });

  it('C04 control: App.vue onLaunch reads the clipboard with no check', async () => {
    await expectFindings(
      uniApp(`<script>
export default {
  onLaunch() {
    uni.getClipboardData({ success: (res) => console.log(res.data) });
  },
};
</script>
`),
      ['App.vue:4 no-collection-before-consent'],
    );
  });

  it('C05 App.vue: uni.requirePrivacyAuthorize success calls a method', async () => {
    await expectFindings(
      uniApp(`<script>
export default {
  onLaunch() {
    // #ifdef MP-WEIXIN
    uni.requirePrivacyAuthorize({
      success: () => this.readInvite(),
    });
    // #endif
  },
  methods: {
    readInvite() {
      uni.getClipboardData({ success: (res) => console.log(res.data) });
    },
  },
};
</script>
`),
      [],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Taro

describe('adversarial: Taro consent flows', () => {
  it('D01 useLaunch: getPrivacySetting, read only when authorization is not needed', async () => {
    await expectFindings(
      {
        ...TARO_BASE,
        'src/app.ts': `import { PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    Taro.getPrivacySetting({
      success(res) {
        if (res.needAuthorization) return;
        Taro.getClipboardData({ success: (clip) => console.log(clip.data) });
      },
    });
  });
  return children;
}
export default App;
`,
      },
      [],
    );
  });

  it('D02 the app component starts the SDK from the privacy popup onAgree prop', async () => {
    await expectFindings(
      {
        ...TARO_BASE,
        'src/app.tsx': `import { PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
import { PrivacyPopup } from './components/PrivacyPopup';

function readInvite() {
  Taro.getClipboardData({ success: (clip) => console.log(clip.data) });
}

function App({ children }: PropsWithChildren) {
  return (
    <>
      <PrivacyPopup onAgree={() => readInvite()} />
      {children}
    </>
  );
}
export default App;
`,
      },
      [],
    );
  });

  it('D03 control: useLaunch reads the clipboard with no check', async () => {
    await expectFindings(
      {
        ...TARO_BASE,
        'src/app.ts': `import { PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    Taro.getClipboardData({ success: (clip) => console.log(clip.data) });
  });
  return children;
}
export default App;
`,
      },
      ['src/app.ts:6 no-collection-before-consent'],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Capacitor / HarmonyOS

describe('adversarial: Capacitor and HarmonyOS consent flows', () => {
  it('E01 Capacitor: a stored decision compared before the read (switch on the value)', async () => {
    await expectFindings(
      capacitorApp(`import { Device } from '@capacitor/device';
import { Preferences } from '@capacitor/preferences';

async function boot() {
  const { value } = await Preferences.get({ key: 'privacyConsent' });
  switch (value) {
    case 'granted': {
      const { identifier } = await Device.getId();
      console.log(identifier);
      break;
    }
    default:
      break;
  }
}
boot();
`),
      [],
    );
  });

  it('E02 Capacitor: the read after an early return on a granted consent object with optional chaining', async () => {
    await expectFindings(
      capacitorApp(`import { Device } from '@capacitor/device';
import { Preferences } from '@capacitor/preferences';

async function boot() {
  const { value } = await Preferences.get({ key: 'consent' });
  const consent = value ? JSON.parse(value) : null;
  if (!consent?.analytics) return;
  const { identifier } = await Device.getId();
  console.log(identifier);
}
boot();
`),
      [],
    );
  });

  it('E03 HarmonyOS: onCreate reads the stored agreement with preferences before the OAID', async () => {
    await expectFindings(
      farmApp({
        'entry/src/main/ets/entryability/EntryAbility.ets': `import { UIAbility } from '@kit.AbilityKit';
import { identifier } from '@kit.AdsKit';
import { preferences } from '@kit.ArkData';

export default class EntryAbility extends UIAbility {
  async onCreate(): Promise<void> {
    const store = await preferences.getPreferences(this.context, 'app');
    const agreed = await store.get('privacy_agreed', false);
    if (!agreed) return;
    const oaid = await identifier.getOAID();
    console.info(oaid);
  }
}
`,
      }),
      [],
    );
  });

  it('E04 HarmonyOS: loadContent callback checks AppStorage before reading the OAID', async () => {
    await expectFindings(
      farmApp({
        'entry/src/main/ets/entryability/EntryAbility.ets': `import { UIAbility } from '@kit.AbilityKit';
import { identifier } from '@kit.AdsKit';
import { window } from '@kit.ArkUI';

export default class EntryAbility extends UIAbility {
  onWindowStageCreate(windowStage: window.WindowStage): void {
    windowStage.loadContent('pages/Index', () => {
      if (AppStorage.get<boolean>('privacyAgreed')) {
        identifier.getOAID().then((oaid) => console.info(oaid));
      }
    });
  }
}
`,
      }),
      [],
    );
  });

  it('E05 control: HarmonyOS onCreate reads the OAID with no check', async () => {
    await expectFindings(
      farmApp({
        'entry/src/main/ets/entryability/EntryAbility.ets': `import { UIAbility } from '@kit.AbilityKit';
import { identifier } from '@kit.AdsKit';

export default class EntryAbility extends UIAbility {
  async onCreate(): Promise<void> {
    const oaid = await identifier.getOAID();
    console.info(oaid);
  }
}
`,
      }),
      ['entry/src/main/ets/entryability/EntryAbility.ets:6 no-collection-before-consent'],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// no-request-on-launch

describe('adversarial: no-request-on-launch', () => {
  it('F01 control: requestNotifications in index.js is flagged', async () => {
    await expectFindings(
      rnApp(`import React from 'react';\nexport default function App() {\n  return null;\n}\n`, {
        'index.js': `import { AppRegistry } from 'react-native';
import { requestNotifications } from 'react-native-permissions';
import App from './App';

requestNotifications(['alert', 'sound']);
AppRegistry.registerComponent('trailChat', () => App);
`,
      }),
      ['index.js:5 no-request-on-launch'],
    );
  });

  it('F02 status checks at mount (check, checkNotifications) and the ATT prompt are fine', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect, useState } from 'react';
import { Platform } from 'react-native';
import { check, checkNotifications, PERMISSIONS, request } from 'react-native-permissions';

export default function App() {
  const [granted, setGranted] = useState(false);
  useEffect(() => {
    checkNotifications().then(({ status }) => setGranted(status === 'granted'));
    check(PERMISSIONS.ANDROID.ACCESS_FINE_LOCATION).then((s) => console.log(s));
    if (Platform.OS === 'ios') request(PERMISSIONS.IOS.APP_TRACKING_TRANSPARENCY);
  }, []);
  return granted ? null : null;
}
`),
      [],
    );
  });

  it('F03 a request from an AppState listener and from a button are not launch', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import { AppState, Button } from 'react-native';
import { requestNotifications } from 'react-native-permissions';

export default function App() {
  useEffect(() => {
    const sub = AppState.addEventListener('change', (state) => {
      if (state === 'background') console.log('bye');
    });
    return () => sub.remove();
  }, []);
  return <Button title="Turn on trail alerts" onPress={() => requestNotifications(['alert'])} />;
}
`),
      [],
    );
  });

  it('F04 a local requestPermission() that asks the server for an access right is not a prompt', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';

async function requestPermission(resource: string) {
  const res = await fetch('https://example.com/acl/' + resource, { method: 'POST' });
  return res.ok;
}

export default function App() {
  useEffect(() => {
    requestPermission('team-chat');
  }, []);
  return null;
}
`),
      [],
    );
  });

  it('F05 a generic ensure(permission) helper called from the root is left to its callers', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import { ensure } from './src/permissions';

export default function App() {
  useEffect(() => {
    console.log(typeof ensure);
  }, []);
  return null;
}
`, {
        'src/permissions.ts': `import { request, type Permission } from 'react-native-permissions';\nexport function ensure(permission: Permission) {\n  return request(permission);\n}\n`,
      }),
      [],
    );
  });

  it('F06 Capacitor: checkPermissions and addListener at start-up, register only after a button request', async () => {
    await expectFindings(
      capacitorApp(`import { PushNotifications } from '@capacitor/push-notifications';

PushNotifications.checkPermissions().then(({ receive }) => console.log(receive));
PushNotifications.addListener('registration', (token) => console.log(token.value));
document.querySelector('#alerts')?.addEventListener('click', async () => {
  const { receive } = await PushNotifications.requestPermissions();
  if (receive === 'granted') await PushNotifications.register();
});
`),
      [],
    );
  });

  it('F07 HarmonyOS: checkAccessToken in onCreate is a status check, not a request', async () => {
    await expectFindings(
      farmApp({
        'entry/src/main/ets/entryability/EntryAbility.ets': `import { abilityAccessCtrl, bundleManager, UIAbility } from '@kit.AbilityKit';

export default class EntryAbility extends UIAbility {
  async onCreate(): Promise<void> {
    const info = await bundleManager.getBundleInfoForSelf(bundleManager.BundleFlag.GET_BUNDLE_INFO_WITH_APPLICATION);
    const status = await abilityAccessCtrl.createAtManager().checkAccessToken(info.appInfo.accessTokenId, 'ohos.permission.APPROXIMATELY_LOCATION');
    AppStorage.setOrCreate('locationGranted', status === abilityAccessCtrl.GrantStatus.PERMISSION_GRANTED);
  }
}
`,
      }),
      [],
    );
  });

  it('F08 Taro: useLaunch reads getSetting; authorize only on a tap of a non-entry page', async () => {
    await expectFindings(
      {
        ...TARO_BASE,
        'src/app.config.ts': `export default defineAppConfig({
  pages: ['pages/index/index', 'pages/nearby/nearby'],
  permission: { 'scope.userLocation': { desc: '为你推荐附近的充电桩' } },
  requiredPrivateInfos: ['getLocation'],
});
`,
        'src/app.ts': `import { PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    Taro.getSetting({ success: (res) => Taro.setStorageSync('loc', !!res.authSetting['scope.userLocation']) });
  });
  return children;
}
export default App;
`,
        'src/pages/nearby/nearby.tsx': `import Taro from '@tarojs/taro';
import { Button } from '@tarojs/components';
export default function Nearby() {
  return <Button onClick={() => Taro.authorize({ scope: 'scope.userLocation' })}>附近</Button>;
}
`,
      },
      [],
    );
  });

  it('F09 control: Expo root layout asks for notifications on mount', async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'x', dependencies: { expo: '~54.0.0', 'expo-router': '~6.0.0', 'expo-notifications': '~0.32.0' } }),
        'app.json': JSON.stringify({ expo: { name: 'x', slug: 'x' } }),
        'app/_layout.tsx': `import { useEffect } from 'react';
import { Stack } from 'expo-router';
import * as Notifications from 'expo-notifications';

export default function RootLayout() {
  useEffect(() => {
    Notifications.requestPermissionsAsync();
  }, []);
  return <Stack />;
}
`,
      },
      ['app/_layout.tsx:7 no-request-on-launch'],
    );
  });

  it('F10 Expo: a nested (tabs) layout is not the root; its request on a button is fine; the root only checks', async () => {
    await expectFindings(
      {
        'package.json': JSON.stringify({ name: 'x', dependencies: { expo: '~54.0.0', 'expo-router': '~6.0.0', 'expo-notifications': '~0.32.0' } }),
        'app.json': JSON.stringify({ expo: { name: 'x', slug: 'x' } }),
        'app/_layout.tsx': `import { useEffect } from 'react';
import { Stack } from 'expo-router';
import * as Notifications from 'expo-notifications';

export default function RootLayout() {
  useEffect(() => {
    Notifications.getPermissionsAsync().then((p) => console.log(p.status));
  }, []);
  return <Stack />;
}
`,
        'app/(tabs)/_layout.tsx': `import { Tabs } from 'expo-router';
import { Button } from 'react-native';
import * as Notifications from 'expo-notifications';

export default function TabsLayout() {
  return (
    <>
      <Button title="Alerts" onPress={() => Notifications.requestPermissionsAsync()} />
      <Tabs />
    </>
  );
}
`,
      },
      [],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// require-privacy-check

describe('adversarial: require-privacy-check', () => {
  it('G01 control: WeChat app reading the location with no wiring is flagged on app.json', async () => {
    await expectFindings(
      {
        'project.config.json': WECHAT_PROJECT,
        'app.json': WECHAT_APP_JSON,
        'app.js': 'App({});\n',
        'pages/index/index.js': 'Page({});\n',
        'pages/shops/shops.js': "Page({ locate() { wx.getLocation({ type: 'gcj02', success: (res) => this.setData(res) }); } });\n",
      },
      ['app.json:2 require-privacy-check'],
    );
  });

  it('G02 WeChat: a privacy pop-up custom component registered in app.json usingComponents', async () => {
    await expectFindings(
      {
        'project.config.json': WECHAT_PROJECT,
        'app.json': JSON.stringify(
          {
            pages: ['pages/index/index', 'pages/shops/shops'],
            usingComponents: { 'privacy-popup': '/components/privacy-popup/index' },
            permission: { 'scope.userLocation': { desc: '为你推荐附近的门店，显示步行距离' } },
            requiredPrivateInfos: ['getLocation'],
          },
          null,
          2,
        ),
        'app.js': 'App({});\n',
        'components/privacy-popup/index.json': '{ "component": true }\n',
        'components/privacy-popup/index.wxml': '<view wx:if="{{show}}"><button id="agree-btn" open-type="agreePrivacyAuthorization" bindagreeprivacyauthorization="agree">同意</button></view>\n',
        'components/privacy-popup/index.js': `Component({
  data: { show: false },
  lifetimes: {
    attached() {
      wx.onNeedPrivacyAuthorization((resolve) => { this.resolve = resolve; this.setData({ show: true }); });
    },
  },
  methods: { agree() { this.resolve({ event: 'agree', buttonId: 'agree-btn' }); this.setData({ show: false }); } },
});
`,
        'pages/index/index.js': 'Page({});\n',
        'pages/index/index.wxml': '<privacy-popup />\n',
        'pages/shops/shops.js': "Page({ locate() { wx.getLocation({ type: 'gcj02', success: (res) => this.setData(res) }); } });\n",
        'pages/shops/shops.wxml': '<privacy-popup />\n<button bindtap="locate">附近门店</button>\n',
      },
      [],
    );
  });

  it('G03 uni-app mp-weixin: a native wxcomponents pop-up registered in pages.json globalStyle.usingComponents', async () => {
    await expectFindings(
      {
        'package.json': UNI_PACKAGE,
        'manifest.json': UNI_MP_MANIFEST,
        'pages.json': JSON.stringify(
          {
            pages: [{ path: 'pages/index/index' }, { path: 'pages/run/run' }],
            globalStyle: { navigationBarTitleText: '跑步', usingComponents: { 'privacy-popup': '/wxcomponents/privacy-popup/index' } },
          },
          null,
          2,
        ),
        'App.vue': '<script>\nexport default {};\n</script>\n',
        'wxcomponents/privacy-popup/index.json': '{ "component": true }\n',
        'wxcomponents/privacy-popup/index.wxml': '<view wx:if="{{show}}"><button id="agree-btn" open-type="agreePrivacyAuthorization" bindagreeprivacyauthorization="agree">同意</button></view>\n',
        'wxcomponents/privacy-popup/index.js': `Component({
  data: { show: false },
  lifetimes: { attached() { wx.onNeedPrivacyAuthorization((resolve) => { this.resolve = resolve; this.setData({ show: true }); }); } },
  methods: { agree() { this.resolve({ event: 'agree', buttonId: 'agree-btn' }); this.setData({ show: false }); } },
});
`,
        'pages/index/index.vue': '<template><view><privacy-popup /></view></template>\n<script>\nexport default {};\n</script>\n',
        'pages/run/run.vue': `<template><view><privacy-popup /><button @click="locate">开始跑步</button></view></template>
<script>
export default {
  methods: {
    locate() {
      uni.getLocation({ type: 'gcj02', success: (res) => console.log(res.latitude) });
    },
  },
};
</script>
`,
      },
      [],
    );
  });

  it('G04 uni-app: the only privacy API is inside #ifdef APP-PLUS, so the mp-weixin build calls none', async () => {
    await expectFindings(
      {
        'package.json': UNI_PACKAGE,
        'manifest.json': JSON.stringify({ name: 'runner', appid: '__UNI__0000000', 'mp-weixin': { appid: 'wx0000000000000000' } }, null, 2),
        'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }, { path: 'pages/run/run' }] }),
        'App.vue': '<script>\nexport default {};\n</script>\n',
        'pages/index/index.vue': '<template><view>首页</view></template>\n<script>\nexport default {};\n</script>\n',
        'pages/run/run.vue': `<template><view><button @click="pick">选择图片</button></view></template>
<script>
export default {
  methods: {
    pick() {
      // #ifdef APP-PLUS
      uni.getClipboardData({ success: (res) => console.log(res.data) });
      // #endif
    },
  },
};
</script>
`,
      },
      [],
    );
  });

  it('G05 uni-app App: a compliant androidPrivacy.json (exit on the second dialog, visitor mode on)', async () => {
    await expectFindings(
      {
        'package.json': UNI_PACKAGE,
        'manifest.json': JSON.stringify({ name: 'runner', appid: '__UNI__0000000', 'app-plus': { modules: { Geolocation: {} }, distribute: { android: { permissions: [] } } } }, null, 2),
        'androidPrivacy.json': JSON.stringify(
          {
            version: '1',
            prompt: 'template',
            title: '服务协议和隐私政策',
            message: '请你务必审慎阅读、充分理解“服务协议”和“隐私政策”各条款。',
            buttonAccept: '同意并接受',
            buttonRefuse: '暂不同意',
            second: { title: '确认提示', message: '不同意也可以游客身份浏览。', buttonAccept: '同意并继续', buttonRefuse: '退出应用' },
            disagreeMode: { support: true, visitorEntry: true },
          },
          null,
          2,
        ),
        'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }] }),
        'App.vue': '<script>\nexport default {};\n</script>\n',
        'pages/index/index.vue': '<template><view>首页</view></template>\n<script>\nexport default {};\n</script>\n',
      },
      [],
    );
  });

  it('G06 control: androidPrivacy.json with an acknowledge-only accept and no refuse button', async () => {
    await expectFindings(
      {
        'package.json': UNI_PACKAGE,
        'manifest.json': JSON.stringify({ name: 'runner', appid: '__UNI__0000000', 'app-plus': { modules: { Geolocation: {} } } }, null, 2),
        'androidPrivacy.json': JSON.stringify({ version: '1', prompt: 'template', title: '隐私政策', message: '请阅读《隐私政策》', buttonAccept: '我知道了' }, null, 2),
        'pages.json': JSON.stringify({ pages: [{ path: 'pages/index/index' }] }),
        'App.vue': '<script>\nexport default {};\n</script>\n',
        'pages/index/index.vue': '<template><view>首页</view></template>\n<script>\nexport default {};\n</script>\n',
      },
      ['androidPrivacy.json:6 require-privacy-check', 'androidPrivacy.json:6 require-privacy-check'],
    );
  });

  it('G07 uni-app: an agree button bound with :open-type to a string literal', async () => {
    await expectFindings(
      uniApp('<script>\nexport default {};\n</script>\n', {
        'components/privacy-popup/privacy-popup.vue': `<template>
  <view v-if="show"><button :open-type="'agreePrivacyAuthorization'" @agreeprivacyauthorization="agree">同意</button></view>
</template>
<script>
export default {
  data() { return { show: false }; },
  methods: { agree() { this.show = false; } },
};
</script>
`,
        'pages/index/index.vue': `<template><view><privacy-popup /><button @click="paste">粘贴邀请码</button></view></template>
<script>
export default {
  methods: {
    paste() {
      uni.getClipboardData({ success: (res) => console.log(res.data) });
    },
  },
};
</script>
`,
      }),
      [],
    );
  });

  it('G08 Taro: the agree button in JSX and the handler in a component file', async () => {
    await expectFindings(
      {
        ...TARO_BASE,
        'src/app.ts': `import { PropsWithChildren } from 'react';\nfunction App({ children }: PropsWithChildren) {\n  return children;\n}\nexport default App;\n`,
        'src/pages/index/index.tsx': `import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
export default function Index() {
  return <View><Button onClick={() => Taro.getLocation({ type: 'gcj02' })}>定位</Button></View>;
}
`,
      },
      [],
    );
  });
});

describe('adversarial: more React Native shapes', () => {
  it('A30 an export default object helper: started in onAgree is clean', async () => {
    await expectFindings(
      rnApp(`import React from 'react';
import { Button } from 'react-native';
import Push from './src/push';

export default function App() {
  return <Button title="同意" onPress={() => Push.start()} />;
}
`, { 'src/push.ts': `import JPush from 'jpush-react-native';\n\nexport default {\n  start() {\n    JPush.init({ appKey: 'k', channel: 'store', production: true });\n  },\n};\n` }),
      [],
    );
  });

  it('A31 control: the same export default object helper called at mount is flagged', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect } from 'react';
import Push from './src/push';

export default function App() {
  useEffect(() => {
    Push.start();
  }, []);
  return null;
}
`, { 'src/push.ts': `import JPush from 'jpush-react-native';\n\nexport default {\n  start() {\n    JPush.init({ appKey: 'k', channel: 'store', production: true });\n  },\n};\n` }),
      ['App.tsx:6 no-collection-before-consent'],
    );
  });

  it('A32 an effect with the consent flag and a state setter as dependencies', async () => {
    await expectFindings(
      rnApp(`import React, { useEffect, useState } from 'react';
import JPush from 'jpush-react-native';
import { useSelector } from 'react-redux';

export default function App() {
  const privacyAgreed = useSelector((s: { privacy: { agreed: boolean } }) => s.privacy.agreed);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!privacyAgreed) return;
    JPush.init({ appKey: 'k', channel: 'store', production: true });
    setReady(true);
  }, [privacyAgreed, setReady]);
  return ready ? null : null;
}
`),
      [],
    );
  });

  it('A33 control: a hard-coded consent constant guarding the SDK is flagged', async () => {
    await expectFindings(
      rnApp(`import React from 'react';
import JPush from 'jpush-react-native';

const hasConsent = true;
if (hasConsent) JPush.init({ appKey: 'k', channel: 'store', production: true });

export default function App() {
  return null;
}
`),
      ['App.tsx:4 no-collection-before-consent', 'App.tsx:5 no-collection-before-consent'],
    );
  });
});
