import { Linter, RuleTester } from 'eslint';
import type { Rule } from 'eslint';
import { readFileSync } from 'node:fs';
import tsParser from '@typescript-eslint/parser';
import vueParser from 'vue-eslint-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import rule from '../../../eslint-plugin/src/rules/no-collection-before-consent.js';
import { filesUnder } from '../../fixture-files.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const FIXTURES = fileURLToPath(new URL('../../fixtures/rules/no-collection-before-consent/', import.meta.url));
const at = (...parts: string[]) => join(FIXTURES, ...parts);

const RN = at('rn-app', 'App.tsx');
const RN_INDEX = at('rn-app', 'index.js');
const RN_SCREEN = at('rn-app', 'src', 'screens', 'NearbyScreen.tsx');
const EXPO_LAYOUT = at('expo-app', 'app', '_layout.tsx');
const WECHAT_APP = at('wechat-app', 'app.js');
const WECHAT_PAGE = at('wechat-app', 'pages', 'index', 'index.js');
const UNI_APP = at('uni-app', 'App.vue');
const UNI_PAGE = at('uni-app', 'pages', 'index', 'index.vue');
const UNI_MP_APP = at('uni-app-mp-weixin', 'App.vue');
const TARO_APP = at('taro-app', 'src', 'app.ts');
const HARMONY = at('harmony-app', 'entry', 'src', 'main', 'ets', 'entryability', 'EntryAbility.ts');
const CAPACITOR = at('capacitor-app', 'src', 'main.ts');
const WEB = at('web-app', 'src', 'main.ts');
/** Web apps on the browser Sentry SDKs 8, 10 (from 10.4.0 no IP address without sendDefaultPii) and 11. */
const SENTRY_8 = at('web-sentry-8', 'src', 'main.ts');
const SENTRY_10 = at('web-sentry-10', 'src', 'main.ts');
const SENTRY_11 = at('web-sentry-11', 'src', 'main.ts');

const vue = { parser: vueParser, sourceType: 'module' as const, parserOptions: { parser: tsParser } };
const consent = (c: Record<string, unknown>) => ({ consentry: { consent: c } });

const ruleTester = new RuleTester({
  languageOptions: { parser: tsParser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
});

ruleTester.run('no-collection-before-consent', rule as unknown as Rule.RuleModule, {
  valid: [
    // ozensemble: Sentry.setUser hands the SDK an app-made id; it reads nothing, and the start (behind the consent
    // check here) is what sends data.
    {
      filename: RN,
      code: `
        import React, { useEffect } from 'react';
        import * as Sentry from '@sentry/react-native';
        import { hasPrivacyConsent } from './src/consent';
        if (hasPrivacyConsent()) Sentry.init({ dsn: 'https://key@sentry.example.com/80' });
        export default function App() {
          useEffect(() => { Sentry.setUser({ id: Math.random().toString(36).slice(2) }); }, []);
          return null;
        }`,
    },
    // ---- React Native / Expo ----------------------------------------------------------------------------------
    {
      name: 'early return when consent is missing, in a helper called from the root mount effect',
      filename: RN,
      code: `
        import JPush from 'jpush-react-native';
        import { useEffect } from 'react';
        import { hasPrivacyConsent } from './src/privacy';
        async function startPush() {
          if (!(await hasPrivacyConsent())) return;
          JPush.init({ appKey: 'k', channel: 'c', production: true });
        }
        export default function App() {
          useEffect(() => { startPush(); }, []);
          return null;
        }`,
    },
    {
      name: "the app's helpers after the consent check, in a handler, doing no collection, or checking consent themselves",
      filename: RN,
      code: `
        import { useEffect } from 'react';
        import { Button } from 'react-native';
        import { hasPrivacyConsent } from './src/privacy/consent';
        import { initServices, listenForPushLinks, formatParcelId, DeviceSync } from './src/services/startup';
        import { initPush } from './src/services/push-after-agreement';
        export default function App() {
          useEffect(() => {
            (async () => {
              if (!(await hasPrivacyConsent())) return;
              initServices();
            })();
            initPush();
            listenForPushLinks((handler) => handler());
            formatParcelId('p-1');
          }, []);
          return <Button title="Sync" onPress={() => DeviceSync.start()} />;
        }`,
    },
    {
      name: 'a scoped package that no tsconfig alias maps is not the app\'s module, whatever its export is called',
      filename: RN,
      code: `
        import { useEffect } from 'react';
        import { initServices } from '@acme/startup';
        import { hasPrivacyConsent } from '@privacy';
        export default function App() {
          useEffect(() => {
            initServices();
            hasPrivacyConsent();
          }, []);
          return null;
        }`,
    },
    {
      name: "WeChat: a required helper that reads the location, called in requirePrivacyAuthorize's success callback",
      filename: WECHAT_APP,
      code: `
        const { locate } = require('./utils/location')
        App({
          onLaunch() {
            wx.requirePrivacyAuthorize({
              success: () => locate((lat, lng) => { this.globalData.position = [lat, lng] }),
            })
          },
          globalData: {},
        })`,
    },
    {
      name: "an instance of the app's analytics class made in the launch file, whose called method collects nothing; a local class of the same name",
      filename: RN,
      code: `
        import { useEffect } from 'react';
        import { Analytics } from './src/services/analytics';
        const tracker = new Analytics();
        export default function App() {
          useEffect(() => {
            tracker.disable();
            const local = new (class Analytics { track() {} })();
            local.track('x');
          }, []);
          return null;
        }`,
    },
    {
      name: 'a local function named like an imported helper is not the helper',
      filename: RN,
      code: `
        import { useEffect } from 'react';
        function initServices() { console.log('ready'); }
        export default function App() {
          useEffect(() => { initServices(); }, []);
          return null;
        }`,
    },
    {
      name: 'early throw at module top level',
      filename: RN_INDEX,
      code: `
        import DeviceInfo from 'react-native-device-info';
        import { isPrivacyAgreed } from './src/privacy';
        if (!isPrivacyAgreed()) throw new Error('privacy policy not accepted');
        export const deviceId = DeviceInfo.getUniqueId();`,
    },
    {
      name: 'consent && init() with a value read from storage under a consent key',
      filename: RN,
      code: `
        import JPush from 'jpush-react-native';
        import { storage } from './src/storage';
        export default function App() {
          useEffect(() => {
            const accepted = storage.getBoolean('privacy_accepted');
            accepted && JPush.init({ appKey: 'k' });
          }, []);
          return null;
        }`,
    },
    {
      name: 'SDK init inside the agree callback of the privacy dialog (a user action, not launch)',
      filename: RN,
      code: `
        import JPush from 'jpush-react-native';
        import { PrivacyDialog } from './src/PrivacyDialog';
        export default function App() {
          const [agreed, setAgreed] = useState(false);
          return <PrivacyDialog visible={!agreed} onAgree={() => { setAgreed(true); JPush.init({ appKey: 'k' }); }} />;
        }`,
    },
    {
      name: 'agree button of an Alert shown at launch (runs when the user taps it)',
      filename: RN,
      code: `
        import { Alert } from 'react-native';
        import DeviceInfo from 'react-native-device-info';
        export default function App() {
          useEffect(() => {
            Alert.alert('隐私政策', '请阅读并同意', [
              { text: '不同意', onPress: () => BackHandler.exitApp() },
              { text: '同意', onPress: () => report(DeviceInfo.getUniqueId()) },
            ]);
          }, []);
          return null;
        }`,
    },
    {
      name: 'consent read through a store selector',
      filename: RN,
      code: `
        import JPush from 'jpush-react-native';
        import { useSelector } from 'react-redux';
        export default function App() {
          const agreed = useSelector((state) => state.privacy.agreed);
          useEffect(() => {
            if (!agreed) return;
            JPush.init({ appKey: 'k' });
          }, []);
          return null;
        }`,
    },
    {
      name: 'consent read from the store state at module top level',
      filename: RN_INDEX,
      code: `
        import * as Sentry from '@sentry/react-native';
        import { store } from './src/store';
        if (store.getState().privacy.accepted) {
          Sentry.init({ dsn: 'https://x@sentry.io/1' });
        }`,
    },
    {
      name: 'sentry-expo and react-native-push-notification started once the privacy policy is accepted',
      filename: RN_INDEX,
      code: `
        import * as Sentry from 'sentry-expo';
        import PushNotification from 'react-native-push-notification';
        import { store } from './src/store';
        export function onPrivacyAccepted() {
          Sentry.init({ dsn: 'https://x@sentry.io/1', enableInExpoDevelopment: false });
          PushNotification.configure({ onRegister: (token) => store.dispatch({ type: 'push/token', token }) });
        }`,
    },
    {
      name: 'posthog-react-native client made opted out (defaultOptIn: false) until the user agrees',
      filename: RN_INDEX,
      code: `
        import PostHog from 'posthog-react-native';
        export const posthog = new PostHog('phc_key', { host: 'https://eu.i.posthog.com', defaultOptIn: false });
        export function onPrivacyAccepted() { posthog.optIn(); }`,
    },
    {
      name: 'SDK started with collection disabled (AppsFlyer manualStart), started after consent',
      filename: RN_INDEX,
      code: `
        import appsFlyer from 'react-native-appsflyer';
        appsFlyer.initSdk({ devKey: 'K', appId: '1', isDebug: false, manualStart: true });
        export function onPrivacyAgreed() { appsFlyer.startSdk(); }`,
    },
    {
      name: 'Google Mobile Ads started only when the UMP consent info says ads may be requested (the package\'s sample)',
      filename: RN,
      code: `
        import mobileAds, { AdsConsent } from 'react-native-google-mobile-ads';
        import { useEffect, useRef } from 'react';
        export default function App() {
          const started = useRef(false);
          useEffect(() => {
            AdsConsent.gatherConsent().then(startAds).catch((error) => console.error(error));
            startAds();
            async function startAds() {
              const { canRequestAds } = await AdsConsent.getConsentInfo();
              if (!canRequestAds || started.current) return;
              started.current = true;
              await mobileAds().initialize();
            }
          }, []);
          return null;
        }`,
    },
    {
      name: 'Google Mobile Ads started at import behind the consent form\'s canRequestAds',
      filename: RN_INDEX,
      code: `
        import admob, { AdsConsent } from 'react-native-google-mobile-ads';
        async function startAds() {
          const update = await AdsConsent.requestInfoUpdate();
          const info = update.isConsentFormAvailable ? await AdsConsent.loadAndShowConsentFormIfRequired() : update;
          if (info.canRequestAds) {
            admob().initialize().then(() => console.log('ads ready'));
          }
        }
        startAds();`,
    },
    {
      name: 'a project function named mobileAds is not the Google SDK',
      filename: RN_INDEX,
      code: `
        const mobileAds = () => ({ initialize: () => Promise.resolve([]) });
        mobileAds().initialize();`,
    },
    {
      name: 'Amplitude initialised opted out',
      filename: RN_INDEX,
      code: `
        import { init } from '@amplitude/analytics-react-native';
        init('API_KEY', undefined, { optOut: true });`,
    },
    {
      name: 'Firebase Analytics collection switched off at launch',
      filename: RN_INDEX,
      code: `
        import analytics from '@react-native-firebase/analytics';
        analytics().setAnalyticsCollectionEnabled(false);`,
    },
    {
      name: 'OneSignal consent required before initialize',
      filename: RN,
      code: `
        import { OneSignal } from 'react-native-onesignal';
        export default function App() {
          useEffect(() => {
            OneSignal.setConsentRequired(true);
            OneSignal.initialize('ONESIGNAL_APP_ID');
          }, []);
          return null;
        }`,
    },
    {
      name: 'web Firebase Analytics started once the user agreed; an app function named getAnalytics',
      filename: WEB,
      code: `
        import { initializeApp } from 'firebase/app';
        import { getAnalytics } from 'firebase/analytics';
        import { hasAnalyticsConsent } from './consent';
        const app = initializeApp({ apiKey: 'k', projectId: 'p', appId: 'a', measurementId: 'G-1' });
        if (hasAnalyticsConsent()) getAnalytics(app);
        function getReport() { return fetch('/api/report'); }
        getReport();`,
    },
    {
      name: 'OneSignal 4.x: consent required before setAppId',
      filename: RN_INDEX,
      code: `
        import OneSignal from 'react-native-onesignal';
        OneSignal.setRequiresUserPrivacyConsent(true);
        OneSignal.setAppId('01f6e47a-6809-4118-a796-949952e9c209');`,
    },
    {
      name: 'local functions and objects with SDK-like names',
      filename: RN_INDEX,
      code: `
        function getUniqueId() { return 'local'; }
        function getUniqueIdSync() { return 'local'; }
        const JPush = { init() {} };
        getUniqueId();
        getUniqueIdSync();
        JPush.init();`,
    },
    {
      name: 'SDK started only from a settings toggle',
      filename: at('rn-app', 'src', 'screens', 'SettingsScreen.tsx'),
      code: `
        import * as Sentry from '@sentry/react-native';
        export function SettingsScreen() {
          const onToggleCrashReports = (enabled: boolean) => { if (enabled) Sentry.init({ dsn: 'x' }); };
          return <Switch onValueChange={onToggleCrashReports} />;
        }`,
    },
    {
      name: 'BackHandler in the root component is not collection',
      filename: RN,
      code: `
        import { BackHandler } from 'react-native';
        export default function App() {
          useEffect(() => {
            const sub = BackHandler.addEventListener('hardwareBackPress', () => { BackHandler.exitApp(); return true; });
            return () => sub.remove();
          }, []);
          return null;
        }`,
    },
    {
      name: 'clipboard read in a paste button handler of the root component',
      filename: RN,
      code: `
        import Clipboard from '@react-native-clipboard/clipboard';
        export default function App() {
          const [text, setText] = useState('');
          return <Button title="Paste" onPress={async () => setText(await Clipboard.getString())} />;
        }`,
    },
    {
      name: 'clipboard write at launch is not a read',
      filename: RN,
      code: `
        import Clipboard from '@react-native-clipboard/clipboard';
        export default function App() {
          useEffect(() => { Clipboard.setString(''); }, []);
          return null;
        }`,
    },
    {
      name: 'location read inside a button handler after a permission check',
      filename: RN_SCREEN,
      code: `
        import * as Location from 'expo-location';
        export function NearbyScreen() {
          const onLocate = async () => {
            const { status } = await Location.requestForegroundPermissionsAsync();
            if (status !== 'granted') return;
            const position = await Location.getCurrentPositionAsync({});
            setPosition(position);
          };
          return <Button title="Find nearby" onPress={onLocate} />;
        }`,
    },
    {
      name: 'effect with dependencies is not a mount effect',
      filename: RN,
      code: `
        import analytics from '@react-native-firebase/analytics';
        export default function App({ user }) {
          useEffect(() => { if (user) analytics().logEvent('login'); }, [user]);
          return null;
        }`,
    },
    {
      name: 'destructured consent from a hook',
      filename: RN,
      code: `
        import JPush from 'jpush-react-native';
        import { usePrivacy } from './src/privacy';
        export default function App() {
          const { privacyAgreed } = usePrivacy();
          useEffect(() => { if (privacyAgreed) JPush.init({ appKey: 'k' }); }, []);
          return null;
        }`,
    },
    {
      name: 'collection in the else branch of "not agreed"',
      filename: RN_INDEX,
      code: `
        import JPush from 'jpush-react-native';
        import { agreedPrivacy, showPrivacyDialog } from './src/privacy';
        if (!agreedPrivacy()) { showPrivacyDialog(); } else { JPush.init({ appKey: 'k' }); }`,
    },
    {
      name: 'code after awaiting a dialog that settles only on agreement (heuristic name), with try/catch',
      filename: RN_INDEX,
      code: `
        import JPush from 'jpush-react-native';
        import { ensurePrivacyConsent } from './src/privacy';
        async function boot() {
          try { await ensurePrivacyConsent(); } catch { return; }
          JPush.init({ appKey: 'k' });
        }
        boot();`,
    },
    {
      name: 'configured dialog awaited, and its then() continuation',
      filename: RN_INDEX,
      settings: consent({ dialogs: ['showPrivacySheet'] }),
      code: `
        import JPush from 'jpush-react-native';
        import DeviceInfo from 'react-native-device-info';
        import { showPrivacySheet } from './src/privacy';
        async function boot() { await showPrivacySheet(); JPush.init({ appKey: 'k' }); }
        boot();
        showPrivacySheet().then(() => DeviceInfo.getAndroidId());
        function startAttribution() { DeviceInfo.getUniqueId(); }
        showPrivacySheet().then(startAttribution);`,
    },
    {
      name: 'configured predicate as a member path',
      filename: RN_INDEX,
      settings: consent({ predicates: ['gate.isOpen'] }),
      code: `
        import DeviceInfo from 'react-native-device-info';
        import { gate } from './src/gate';
        if (gate.isOpen()) DeviceInfo.getUniqueId();`,
    },
    {
      name: 'consent status compared with a granted value',
      filename: RN_INDEX,
      code: `
        import DeviceInfo from 'react-native-device-info';
        import { consentStatus } from './src/privacy';
        if (consentStatus === 'granted') DeviceInfo.getAndroidId();`,
    },
    {
      name: 'test files never run at launch',
      filename: at('rn-app', '__tests__', 'App.test.tsx'),
      code: `
        import DeviceInfo from 'react-native-device-info';
        DeviceInfo.getUniqueId();`,
    },
    {
      name: 'Capacitor: Preferences value compared before reading the device id',
      filename: CAPACITOR,
      code: `
        import { Device } from '@capacitor/device';
        import { Preferences } from '@capacitor/preferences';
        async function boot() {
          const { value } = await Preferences.get({ key: 'privacyConsent' });
          if (value !== 'granted') return;
          const id = await Device.getId();
        }
        boot();`,
    },
    {
      name: 'Web: PostHog and Mixpanel started opted out until the user agrees',
      filename: WEB,
      code: `
        import posthog from 'posthog-js';
        import mixpanel from 'mixpanel-browser';
        posthog.init('phc_key', { api_host: 'https://eu.i.posthog.com', opt_out_capturing_by_default: true });
        mixpanel.init('token', { opt_out_tracking_by_default: true });`,
    },
    {
      name: "Web: Datadog RUM started with tracking consent 'not-granted', or with the consent the app stored",
      filename: WEB,
      code: `
        import { datadogRum } from '@datadog/browser-rum';
        datadogRum.init({ applicationId: 'app', clientToken: 'token', trackingConsent: 'not-granted' });
        const stored = localStorage.getItem('dd-consent') === 'yes' ? 'granted' : 'not-granted';
        datadogRum.init({ applicationId: 'app', clientToken: 'token', trackingConsent: stored });`,
    },
    {
      name: "Web and React Native: another module's Bugsnag.start (a local wrapper; @bugsnag/react-native, whose native side starts first; @bugsnag/js, also the Node notifier)",
      filename: WEB,
      code: `
        import Bugsnag from './bugsnag-wrapper';
        import BugsnagRN from '@bugsnag/react-native';
        import BugsnagUniversal from '@bugsnag/js';
        BugsnagUniversal.start({ apiKey: 'key' });
        const datadogRum = { init(options: object) { return options; } };
        Bugsnag.start({ apiKey: 'key' });
        BugsnagRN.start();
        datadogRum.init({});`,
    },
    {
      name: 'React Native: react-native-mixpanel started opted out, and a class whose constructor collects nothing or that nothing creates at launch',
      filename: RN_SCREEN,
      code: `
        import Mixpanel from 'react-native-mixpanel';
        Mixpanel.sharedInstanceWithToken('TOKEN', true);
        class Store { constructor() { this.items = []; } }
        class Tracker { constructor() { Mixpanel.sharedInstanceWithToken('TOKEN'); } }
        export const store = new Store();
        export function startTracking() { return new Tracker(); }`,
    },
    {
      name: 'Web: an analytics init inside the consent callback of a cookie banner',
      filename: WEB,
      code: `
        import posthog from 'posthog-js';
        function consentGiven(): boolean { return localStorage.getItem('consent') === 'yes'; }
        if (consentGiven()) posthog.init('phc_key');`,
    },
    {
      name: 'uni-app: GrowingIO started with data collection off until the user agrees',
      filename: at('uni-app', 'main.js'),
      code: `
        import gdp from './js_sdk/gio-minp.js';
        gdp('init', 'ACCOUNT_ID', 'DATASOURCE_ID', 'wx2e14a7847b8047b5', { version: '1.0.0', host: 'api.example.com', dataCollect: false });`,
    },
    {
      name: 'WeChat: GrowingIO started by setConfig with tracking stopped until the user agrees',
      filename: WECHAT_APP,
      code: `
        const gio = require('./utils/gio-minp/index.js').default;
        gio('setConfig', { projectId: 'ae08570d515c7766', appId: 'wxa090d3923fde0d4b', stopTrack: true });
        gio('setConfig', { projectId: 'ae08570d515c7766', appId: 'wxa090d3923fde0d4b', dataCollect: false });
        App({ onLaunch() {} });`,
    },
    {
      name: "Web: Sentry 10.4+ at launch sends no IP address without sendDefaultPii (open-prices-frontend's @sentry/vue)",
      filename: SENTRY_10,
      code: `
        import { createApp } from 'vue';
        import * as Sentry from '@sentry/vue';
        const app = createApp({});
        Sentry.init({ app, dsn: import.meta.env.VITE_SENTRY_DSN, tracesSampleRate: 1 });
        app.mount('#app');`,
    },
    {
      name: "Web: Sentry 10.4+ with a session replay that masks text and blocks media (its defaults; project-profit-radar)",
      filename: SENTRY_10,
      code: `
        import * as Sentry from '@sentry/vue';
        Sentry.init({
          dsn: 'https://k@o1.ingest.sentry.io/1',
          replaysSessionSampleRate: 0.1,
          integrations: [Sentry.browserTracingIntegration(), Sentry.replayIntegration({ maskAllText: true, blockAllMedia: true })],
        });
        Sentry.init({ dsn: 'https://k@o1.ingest.sentry.io/1', integrations: [Sentry.replayIntegration()] });`,
    },
    {
      name: 'Web: Sentry 11 at launch with dataCollection.userInfo off',
      filename: SENTRY_11,
      code: `
        import * as Sentry from '@sentry/browser';
        Sentry.init({ dsn: 'https://k@o1.ingest.sentry.io/1', dataCollection: { userInfo: false } });`,
    },
    {
      name: 'Web: Sentry 8 started only once consent is on record (a guard by early return), and a local object named Sentry',
      filename: SENTRY_8,
      code: `
        import * as Sentry from '@sentry/react';
        const Logger = { init(options: object) { console.log(options); } };
        function hasConsent(): boolean { return localStorage.getItem('privacy-consent') === 'yes'; }
        export function startMonitoring() {
          if (!hasConsent()) return;
          Sentry.init({ dsn: 'https://k@o1.ingest.sentry.io/1' });
        }
        startMonitoring();
        Logger.init({ level: 'warn' });
        const local = { init: (o: object) => o };
        local.init({ dsn: 'x' });`,
    },
    {
      name: "Quasar: boot() of a local helper (not quasar/wrappers') and a boot file's callback behind the consent check",
      filename: at('web-sentry-8', 'src', 'boot', 'monitoring.ts'),
      code: `
        import * as Sentry from '@sentry/react';
        import { boot } from './local-wrappers';
        export default boot(() => { Sentry.init({ dsn: 'https://k@o1.ingest.sentry.io/1' }); });`,
    },
    {
      name: 'Quasar: a boot file that starts Sentry only once consent is on record',
      filename: at('web-sentry-8', 'src', 'boot', 'sentry.ts'),
      code: `
        import * as Sentry from '@sentry/react';
        import { boot } from 'quasar/wrappers';
        function hasConsent(): boolean { return localStorage.getItem('privacy-consent') === 'yes'; }
        export default boot(({ app }) => {
          if (!hasConsent()) return;
          Sentry.init({ dsn: 'https://k@o1.ingest.sentry.io/1' });
        });`,
    },
    {
      name: 'Angular: a provider that is no app initializer (a token of its own) is not launch code',
      filename: SENTRY_8,
      code: `
        import { NgModule, InjectionToken } from '@angular/core';
        const SENTRY_LOADER = new InjectionToken('sentry');
        import * as Sentry from '@sentry/angular-ivy';
        function loadSentryFactory() {
          return () => fetch('/env.json').then((r) => r.json()).then((env) => {
            Sentry.init({ dsn: env.sentry_dsn });
          });
        }
        @NgModule({
          providers: [{ provide: SENTRY_LOADER, useFactory: loadSentryFactory, multi: true }],
        })
        export class AppModule {}`,
    },
    {
      name: 'Angular: an APP_INITIALIZER that starts Sentry only once consent is on record',
      filename: SENTRY_8,
      code: `
        import { APP_INITIALIZER, NgModule } from '@angular/core';
        import * as Sentry from '@sentry/angular-ivy';
        function loadSentryFactory() {
          return () => fetch('/env.json').then((r) => r.json()).then((env) => {
            if (localStorage.getItem('privacy-consent') !== 'yes') return;
            Sentry.init({ dsn: env.sentry_dsn });
          });
        }
        @NgModule({
          providers: [{ provide: APP_INITIALIZER, useFactory: loadSentryFactory, multi: true }],
        })
        export class AppModule {}`,
    },
    {
      name: 'Web: Sentry 8 started disabled until the user agrees',
      filename: SENTRY_8,
      code: `
        import * as Sentry from '@sentry/react';
        Sentry.init({ dsn: 'https://k@o1.ingest.sentry.io/1', enabled: false });`,
    },
    {
      name: 'Web: a consent function guards a location read',
      filename: WEB,
      code: `
        function consentGiven(): boolean { return localStorage.getItem('consent') === 'yes'; }
        if (consentGiven()) navigator.geolocation.getCurrentPosition(() => {});`,
    },
    // ---- WeChat ---------------------------------------------------------------------------------------------
    {
      name: "WeChat: required helpers of the app's own modules in a tap handler, doing no collection, or asking for consent themselves",
      filename: WECHAT_APP,
      code: `
        const { locate, formatDistance } = require('./utils/location')
        const privacy = require('./utils/privacy-location.js')
        App({
          onLaunch() {
            formatDistance(1200)
            privacy.locateAfterAgreement(() => {})
          },
          onTapLocate() {
            locate(() => {})
          },
        })`,
    },
    {
      name: "WeChat: a required helper that reads the profile only once wx.getSetting reports the scope authorised (weapp-share)",
      filename: WECHAT_APP,
      code: `
        const { getUser } = require('./utils/user-profile')
        App({
          onLaunch() {
            getUser().then((r) => { this.globalData.nick = r.userInfo.nickName })
          },
        })`,
    },
    {
      name: 'WeChat: inside requirePrivacyAuthorize success',
      filename: WECHAT_APP,
      code: `
        App({
          onLaunch() {
            wx.requirePrivacyAuthorize({
              success: () => { wx.getLocation({ type: 'gcj02', success: (res) => { this.globalData.location = res; } }); },
            });
          },
          globalData: {},
        });`,
    },
    {
      name: 'WeChat: getPrivacySetting result checked for needAuthorization',
      filename: WECHAT_APP,
      code: `
        App({
          onLaunch() {
            wx.getPrivacySetting({
              success: (res) => { if (!res.needAuthorization) { wx.getClipboardData({ success() {} }); } },
            });
          },
        });`,
    },
    {
      name: 'WeChat: after awaiting requirePrivacyAuthorize',
      filename: WECHAT_APP,
      code: `
        App({
          async onLaunch() {
            await wx.requirePrivacyAuthorize();
            wx.getLocation({ type: 'wgs84' });
          },
        });`,
    },
    {
      name: 'WeChat: a scope already authorised in getSetting implies the privacy agreement',
      filename: WECHAT_APP,
      code: `
        App({
          onLaunch() {
            wx.getSetting({
              success: (res) => {
                if (res.authSetting['scope.userLocation']) wx.getLocation({ type: 'gcj02' });
              },
            });
          },
        });`,
    },
    {
      // dbj-uniapp: WeChat shows its privacy guide before any scope and runs authorize's success only once both are
      // agreed to, as with a scope getSetting reports authorised.
      name: 'WeChat: a read in what authorize calls back on success, inline or through a method',
      filename: WECHAT_PAGE,
      code: `
        Page({
          onLoad() {
            const that = this;
            wx.authorize({ scope: 'scope.userLocation', success() { that.locate(); } });
            wx.authorize({ scope: 'scope.userLocation', success: () => wx.getLocation({ type: 'gcj02' }) });
          },
          locate() {
            wx.getLocation({ type: 'gcj02', success: (res) => this.setData({ latitude: res.latitude }) });
          },
        });`,
    },
    {
      name: 'uni-app: a read in what uni.authorize calls back on success (the App build has no authorize)',
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
export default {
  globalData: {},
  onLaunch() {
    uni.authorize({ scope: 'scope.userLocation', success: () => this.locate() });
  },
  methods: {
    locate() { uni.getLocation({ type: 'gcj02', success: (res) => { this.globalData.city = res; } }); },
  },
};
</script>`,
    },
    {
      name: 'WeChat: an app-level flag named by the approval alone',
      filename: WECHAT_APP,
      code: `
        App({
          globalData: { isAgree: false },
          onLaunch() {
            this.globalData.isAgree = wx.getStorageSync('isAgree');
            if (!this.globalData.isAgree) return;
            wx.getLocation({ type: 'gcj02' });
          },
        });`,
    },
    {
      name: 'a storage key named by the approval alone',
      filename: RN_INDEX,
      code: `
        import AsyncStorage from '@react-native-async-storage/async-storage';
        import DeviceInfo from 'react-native-device-info';
        async function boot() {
          const agreed = await AsyncStorage.getItem('@agreed');
          if (agreed !== '1') return;
          DeviceInfo.getAndroidId();
        }
        boot();`,
    },
    {
      name: 'WeChat: the onLoad of a page other than the entry page is not launch, a tap handler neither',
      filename: at('wechat-app', 'pages', 'shop', 'shop.js'),
      code: `
        Page({
          onLoad() { wx.getLocation({ type: 'gcj02' }); },
          onTapPaste() { wx.getClipboardData({ success() {} }); },
        });`,
    },
    {
      name: 'WeChat: the entry page\'s tap handler runs when the user taps',
      filename: WECHAT_PAGE,
      code: `
        Page({
          onLoad() { this.setData({ ready: true }); },
          onTapLocate() { wx.getLocation({ type: 'gcj02' }); },
        });`,
    },
    {
      name: 'WeChat: App is a local function, not the framework global',
      filename: at('wechat-app', 'utils', 'app-shim.js'),
      code: `
        function App(options) { return options; }
        App({ onLaunch() { wx.getLocation({}); } });`,
    },
    // ---- uni-app ----------------------------------------------------------------------------------------------
    {
      name: 'uni-app: storage flag checked with early return before a method that starts UMeng',
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
import { initUM, preInitUM } from '@/uni_modules/umeng-common';
export default {
  onLaunch() {
    preInitUM({ appKey: 'k', channel: 'c' });
    if (!uni.getStorageSync('privacy_agreed')) {
      uni.reLaunch({ url: '/pages/privacy/privacy' });
      return;
    }
    this.initSdks();
  },
  methods: {
    initSdks() { initUM({ appKey: 'k', channel: 'c' }); },
    onAgree() { initUM({ appKey: 'k', channel: 'c' }); },
  },
};
</script>`,
    },
    {
      name: "uni-app: Pinia store actions and a composable's function called from a button, not at launch; a store action that collects nothing at launch",
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
import { useLocationStore } from '@/stores/location';
import { useDeviceStore } from '@/stores/device';
import { useClipboardInvite } from '@/composables/useClipboardInvite';
export default {
  onLaunch() {
    const location = useLocationStore();
    location.clear();
    useDeviceStore().showToast('欢迎');
    const { forget } = useClipboardInvite();
    forget();
  },
  methods: {
    onNearbyTap() {
      useLocationStore().locate();
      const { read } = useClipboardInvite();
      read();
    },
  },
};
</script>`,
    },
    {
      name: 'uni-app: a store action that calls a service function that collects nothing, goes three modules deep, or sits in a store that checks the privacy choice',
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
import { useSessionStore } from '@/stores/session';
import { useConsentSessionStore } from '@/stores/consent-session';
export default {
  onLaunch() {
    const session = useSessionStore();
    session.goOffline();
    session.prepare();
    useConsentSessionStore().resume();
  },
};
</script>`,
    },
    {
      name: 'uni-app: plus.runtime.isAgreePrivacy() check',
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
export default {
  onLaunch() {
    if (plus.runtime.isAgreePrivacy()) { uni.getLocation({ type: 'gcj02' }); }
  },
};
</script>`,
    },
    {
      name: "uni-app: JPush's native plugin started only once the privacy dialog is agreed; another plugin's and a local object's same-named method",
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
var jpushModule = uni.requireNativePlugin('JG-JPush');
const alert = uni.requireNativePlugin('DC-RichAlert');
const pushStub = { initJPushService() {}, getRegistrationID(cb) { cb({ registerID: '' }); } };
export default {
  onLaunch() {
    alert.initJPushService();
    pushStub.initJPushService();
    pushStub.getRegistrationID(() => {});
    if (plus.runtime.isAgreePrivacy()) {
      jpushModule.initJPushService();
      jpushModule.getRegistrationID((res) => { this.globalData.rid = res.registerID; });
    }
  },
};
</script>`,
    },
    {
      name: 'uni-app: privacy showModal confirmed',
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
export default {
  onLaunch() {
    uni.showModal({
      title: '隐私政策',
      content: '请阅读并同意《隐私政策》',
      confirmText: '同意',
      cancelText: '不同意',
      success: (res) => { if (res.confirm) { uni.getLocation({ type: 'gcj02' }); } },
    });
  },
};
</script>`,
    },
    {
      name: 'uni-app: a module-level `var that` that is also set to something else is not followed as this',
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
import helper from '@/lib/helper'
var that
export default {
  globalData: {},
  onLaunch() {
    that = this
    if (this.globalData.useHelper) that = helper
    that.locate()
  },
  methods: {
    locate() { uni.getLocation({ type: 'gcj02' }) },
  },
}
</script>`,
    },
    {
      name: 'uni-app: getSystemInfo for layout only',
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
export default {
  globalData: {},
  onLaunch() {
    uni.getSystemInfo({ success: (res) => { this.globalData.statusBarHeight = res.statusBarHeight; } });
  },
};
</script>`,
    },
    {
      // dbj-uniapp: outside the App build, uni-app's deviceId is a random id it makes up and stores (getSystemInfo
      // docs: 由 uni-app 框架生成并存储); WeChat's own getSystemInfo has no device id at all.
      name: 'uni-app: deviceId from getSystemInfo in #ifdef MP-WEIXIN code is no device identifier',
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
export default {
  globalData: {},
  onLaunch() {
    // #ifdef MP-WEIXIN || H5
    uni.getSystemInfo({ success: (res) => { this.globalData.sessionId = res.deviceId; } });
    // #endif
  },
};
</script>`,
    },
    {
      name: 'uni-app: deviceId from getSystemInfo in an app that builds only the mini-program',
      filename: UNI_MP_APP,
      languageOptions: vue,
      code: readFileSync(UNI_MP_APP, 'utf8'),
    },
    {
      name: 'uni-app: a page <script setup> is not launch',
      filename: UNI_PAGE,
      languageOptions: vue,
      code: `<script setup>
uni.getLocation({ type: 'gcj02' });
</script>`,
    },
    {
      name: 'uni-app: Vuex state consent flag',
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
export default {
  onLaunch() {
    if (this.$store.state.user.isAgreePrivacy) { uni.getClipboardData({ success() {} }); }
  },
};
</script>`,
    },
    {
      name: 'uni-app: uni.requirePrivacyAuthorize success in App.vue onLaunch',
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
export default {
  onLaunch() {
    uni.requirePrivacyAuthorize({ success: () => uni.getClipboardData({ success() {} }) });
  },
};
</script>`,
    },
    {
      name: 'configured callback reached through then()',
      filename: RN_INDEX,
      settings: consent({ callbacks: ['whenPolicyOk'] }),
      code: `
        import JPush from 'jpush-react-native';
        import { PolicyKit } from './src/policy';
        function whenPolicyOk() { JPush.init({ appKey: 'k' }); }
        PolicyKit.present().then(whenPolicyOk);`,
    },
    {
      name: 'Taro Vue: createApp onLaunch behind a consent flag',
      filename: at('taro-app', 'src', 'app.js'),
      code: `
        import Taro from '@tarojs/taro';
        import { createApp } from 'vue';
        const App = createApp({
          onLaunch() {
            if (!Taro.getStorageSync('privacyAgreed')) return;
            Taro.getLocation({ type: 'gcj02' });
          },
        });
        export default App;`,
    },
    // ---- Taro -------------------------------------------------------------------------------------------------
    {
      name: 'Taro: useLaunch with requirePrivacyAuthorize',
      filename: TARO_APP,
      code: `
        import Taro, { useLaunch } from '@tarojs/taro';
        export default function App({ children }) {
          useLaunch(() => {
            Taro.requirePrivacyAuthorize({ success: () => { Taro.getLocation({ type: 'gcj02' }); } });
          });
          return children;
        }`,
    },
    // ---- HarmonyOS --------------------------------------------------------------------------------------------
    {
      name: 'HarmonyOS: onCreate reads the OAID only after the privacy check',
      filename: HARMONY,
      code: `
        import { UIAbility } from '@kit.AbilityKit';
        import { identifier } from '@kit.AdsKit';
        import { PrivacyManager } from '../common/PrivacyManager';
        export default class EntryAbility extends UIAbility {
          async onCreate(want, launchParam) {
            if (!(await PrivacyManager.isPrivacyAgreed())) return;
            const oaid = await identifier.getOAID();
          }
        }`,
    },
    {
      name: 'WeChat entry page: the location runs through the app\'s consent runner; the direct call is the fallback for when that runner does not exist (golf-scorecard)',
      filename: WECHAT_PAGE,
      code: `
        const app = getApp();
        Page({
          onLoad() {
            this.getUserLocation();
          },
          getUserLocation() {
            const self = this;
            if (app && app.runAfterPrivacyAuthorization) {
              app.runAfterPrivacyAuthorization(function () {
                self.requestUserLocation();
              });
              return;
            }
            this.requestUserLocation();
          },
          requestUserLocation() {
            wx.getLocation({ type: 'gcj02', success: (res) => this.setData({ latitude: res.latitude }) });
          },
        });`,
    },
    {
      name: 'WeChat entry page: a feature test of wx.requirePrivacyAuthorize, with the direct call for old clients',
      filename: WECHAT_PAGE,
      code: `
        Page({
          onLoad() {
            if (!wx.requirePrivacyAuthorize) {
              wx.getLocation({ type: 'gcj02', success: (res) => this.setData({ latitude: res.latitude }) });
              return;
            }
            wx.requirePrivacyAuthorize({
              success: () => wx.getLocation({ type: 'gcj02', success: (res) => this.setData({ latitude: res.latitude }) }),
            });
          },
        });`,
    },
    {
      name: 'HarmonyOS: an accelerometer at launch is no personal data (one sensor.on serves every sensor)',
      filename: HARMONY,
      code: `
        import { UIAbility } from '@kit.AbilityKit';
        import { sensor } from '@kit.SensorServiceKit';
        export default class EntryAbility extends UIAbility {
          onWindowStageCreate(windowStage) {
            windowStage.loadContent('pages/Index');
            sensor.on(sensor.SensorId.ACCELEROMETER, (data) => AppStorage.setOrCreate('tilt', data.x));
          }
        }`,
    },
    {
      name: 'HarmonyOS: a project object named sensor is not the Sensor Service Kit',
      filename: HARMONY,
      code: `
        import { UIAbility } from '@kit.AbilityKit';
        import { createSimulatedSensor } from '../common/SimulatedSensor';
        const sensor = createSimulatedSensor();
        export default class EntryAbility extends UIAbility {
          onWindowStageCreate(windowStage) {
            windowStage.loadContent('pages/Index');
            sensor.on(sensor.SensorId.PEDOMETER, (data) => AppStorage.setOrCreate('demoSteps', data.steps));
          }
        }`,
    },
    {
      name: 'HarmonyOS: step counting starts once the privacy policy is agreed',
      filename: HARMONY,
      code: `
        import { UIAbility } from '@kit.AbilityKit';
        import { sensor } from '@kit.SensorServiceKit';
        import { PrivacyManager } from '../common/PrivacyManager';
        export default class EntryAbility extends UIAbility {
          async onWindowStageCreate(windowStage) {
            windowStage.loadContent('pages/Index');
            if (!(await PrivacyManager.isPrivacyAgreed())) return;
            sensor.on(sensor.SensorId.PEDOMETER, (data) => AppStorage.setOrCreate('steps', data.steps));
          }
        }`,
    },
  ],
  invalid: [
    {
      name: "RudderStack set up at module top level, and through the app's analytics class whose field holds the client (rainbow's shape), reported once per function for the helper calls that reach the same setup",
      filename: RN,
      code: `
        import { useEffect } from 'react';
        import rudderClient from '@rudderstack/rudder-sdk-react-native';
        import { analytics } from './src/services/analytics';
        rudderClient.setup('WRITE_KEY', { dataPlaneUrl: 'https://hosted.rudderlabs.com' });
        export default function App() {
          useEffect(() => {
            analytics.disable();
            analytics.init('device-1');
            analytics.track('app_open');
          }, []);
          useEffect(() => {
            analytics.track('app_ready');
          }, []);
          return null;
        }`,
      errors: [
        { line: 5, messageId: 'collectionBeforeConsent', data: { api: 'rudderClient.setup', what: 'starts an analytics SDK that collects personal data', where: 'module top level' } },
        { line: 9, messageId: 'collectionBeforeConsent', data: { api: 'analytics.init() → this.client.setup', what: 'starts an analytics SDK that collects personal data', where: 'App (root component) → useEffect(…, [])' } },
        { line: 13, messageId: 'collectionBeforeConsent', data: { api: 'analytics.track() → this.client.setup', what: 'starts an analytics SDK that collects personal data', where: 'App (root component) → useEffect(…, [])' } },
      ],
    },
    {
      name: "the app's analytics class imported and instantiated in the launch file, its method called at mount (xb-app-ionic's shape)",
      filename: RN,
      code: `
        import { useEffect } from 'react';
        import { Analytics } from './src/services/analytics';
        const tracker = new Analytics();
        export default function App() {
          useEffect(() => {
            tracker.track('app_open');
          }, []);
          return null;
        }`,
      errors: [
        { line: 7, messageId: 'collectionBeforeConsent', data: { api: 'tracker.track() → this.client.setup', what: 'starts an analytics SDK that collects personal data', where: 'App (root component) → useEffect(…, [])' } },
      ],
    },
    {
      name: "uni-app: onLaunch calls a store action that calls another module's function that certainly collects (App → store → service)",
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
import { useSessionStore } from '@/stores/session';
export default {
  onLaunch() {
    useSessionStore().goOnline();
  },
};
</script>`,
      errors: [
        { line: 5, messageId: 'collectionBeforeConsent', data: { api: 'useSessionStore().goOnline() → startTracking() → uni.getLocation', what: 'reads the location', where: 'App.vue onLaunch' }, suggestions: 1 },
      ],
    },
    {
      // zaniluca/ping-4-gitlab: the client made at module top level, handed to <PostHogProvider client={posthog}>.
      name: 'posthog-react-native client made at module top level, default and named import',
      filename: RN_INDEX,
      code: `
        import PostHog, { PostHog as Client } from 'posthog-react-native';
        export const posthog = new PostHog('phc_key', { host: 'https://eu.i.posthog.com' });
        export const other = new Client('phc_other');`,
      errors: [
        { line: 3, messageId: 'collectionBeforeConsent', data: { api: 'new PostHog', what: 'starts an analytics SDK that collects personal data', where: 'module top level' } },
        { line: 4, messageId: 'collectionBeforeConsent' },
      ],
    },
    {
      name: 'sentry-expo and react-native-push-notification started at module top level (round-4 review: melliodora, Chiyeolhan)',
      filename: RN_INDEX,
      code: `
        import * as Sentry from 'sentry-expo';
        import PushNotification from 'react-native-push-notification';
        Sentry.init({ dsn: 'https://x@sentry.io/1', enableInExpoDevelopment: true });
        PushNotification.configure({ onRegister: (token) => console.log(token), requestPermissions: true });`,
      errors: [
        { line: 4, messageId: 'collectionBeforeConsent', data: { api: 'Sentry.init', what: 'starts a crash-reporting SDK that collects personal data', where: 'module top level' } },
        { line: 5, messageId: 'collectionBeforeConsent', data: { api: 'PushNotification.configure', what: 'starts a push SDK that collects personal data', where: 'module top level' } },
      ],
    },
    {
      name: "uni-app: onLaunch calls Pinia store actions (setup and options stores) and a composable's returned function that certainly collect",
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
import { useLocationStore } from '@/stores/location';
import { useDeviceStore } from '@/stores/device';
import { useClipboardInvite } from '@/composables/useClipboardInvite';
export default {
  onLaunch() {
    const location = useLocationStore();
    location.locate();
    useDeviceStore().loadDevice();
    const { read } = useClipboardInvite();
    read();
  },
};
</script>`,
      errors: [
        { line: 8, messageId: 'collectionBeforeConsent', data: { api: 'location.locate() → uni.getLocation', what: 'reads the location', where: 'App.vue onLaunch' }, suggestions: 1 },
        { line: 9, messageId: 'collectionBeforeConsent', data: { api: 'useDeviceStore().loadDevice() → plus.device.getInfo', what: 'reads a device identifier', where: 'App.vue onLaunch' }, suggestions: 1 },
        { line: 11, messageId: 'collectionBeforeConsent', data: { api: 'read() → uni.getClipboardData', what: 'reads the clipboard', where: 'App.vue onLaunch' }, suggestions: 1 },
      ],
    },
    // ---- React Native / Expo ----------------------------------------------------------------------------------
    {
      name: 'device id at module top level',
      filename: RN_INDEX,
      code: `
        import DeviceInfo from 'react-native-device-info';
        export const deviceId = DeviceInfo.getUniqueId();`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 3 }],
    },
    {
      // The synchronous twins and v2's spelling read the same identifier (react-native-app: getUniqueID at top level).
      name: 'device id at module top level, through getUniqueIdSync, a named getAndroidIdSync and the legacy getUniqueID',
      filename: RN_INDEX,
      code: `
        import DeviceInfo, { getAndroidIdSync } from 'react-native-device-info';
        export const deviceId = DeviceInfo.getUniqueIdSync();
        export const androidId = getAndroidIdSync();
        export const legacyId = DeviceInfo.getUniqueID();`,
      errors: [
        { messageId: 'collectionBeforeConsent', line: 3, data: { api: 'DeviceInfo.getUniqueIdSync', what: 'reads a device identifier', where: 'module top level' } },
        { messageId: 'collectionBeforeConsent', line: 4 },
        { messageId: 'collectionBeforeConsent', line: 5 },
      ],
    },
    {
      name: 'push SDK in the root mount effect through a helper',
      filename: RN,
      code: `
        import JPush from 'jpush-react-native';
        function initSdks() {
          JPush.init({ appKey: 'k', channel: 'c', production: true });
        }
        export default function App() {
          useEffect(() => { initSdks(); }, []);
          return null;
        }`,
      errors: [
        {
          line: 4,
          message:
            '`JPush.init` starts a push SDK that collects personal data before the user agrees to the privacy policy: it runs at launch (App (root component) → useEffect(…, []) → initSdks()) on a path with no consent check (私自收集, 337号 #1). Run it only after the user agreed.',
        },
      ],
    },
    {
      name: "a helper of the app's own module that starts the push SDK, called from the root mount effect",
      filename: RN,
      code: `
        import { useEffect } from 'react';
        import { initServices, DeviceSync } from './src/services/startup';
        export default function App() {
          useEffect(() => {
            initServices();
            DeviceSync.start();
          }, []);
          return null;
        }`,
      errors: [
        {
          line: 6,
          message:
            '`initServices() → JPush.init` starts a push SDK that collects personal data before the user agrees to the privacy policy: it runs at launch (App (root component) → useEffect(…, [])) on a path with no consent check (私自收集, 337号 #1). Run it only after the user agreed.',
        },
        { line: 7, messageId: 'collectionBeforeConsent', data: { api: 'DeviceSync.start() → DeviceInfo.getUniqueId', what: 'reads a device identifier', where: 'App (root component) → useEffect(…, [])' } },
      ],
    },
    {
      name: "a helper whose comments speak of privacy only as prose (fitness-tracker-pwa's sentry.ts) is still followed; one whose comment says it runs after the user agreed is not",
      filename: RN,
      code: `
        import { initCrashReporting } from './src/services/crash-reporting';
        import { initGatedCrashReporting } from './src/services/crash-reporting-gated';
        initCrashReporting();
        initGatedCrashReporting();
        export default function App() { return null; }`,
      errors: [{ line: 4, messageId: 'collectionBeforeConsent', data: { api: 'initCrashReporting() → Sentry.init', what: 'starts a crash-reporting SDK that collects personal data', where: 'module top level' } }],
    },
    {
      name: "WeChat: helpers required from the app's own modules (module.exports = { locate }, exports.readInviteCode = …) at onLaunch",
      filename: WECHAT_APP,
      code: `
        const { locate } = require('./utils/location')
        const invite = require('./utils/invite.js')
        App({
          onLaunch() {
            locate((lat, lng) => { this.globalData.position = [lat, lng] })
            invite.readInviteCode((code) => { this.globalData.invite = code })
          },
          globalData: {},
        })`,
      errors: [
        { line: 6, messageId: 'collectionBeforeConsent', data: { api: 'locate() → wx.getLocation', what: 'reads the location', where: 'App.onLaunch' }, suggestions: 1 },
        { line: 7, messageId: 'collectionBeforeConsent', data: { api: 'invite.readInviteCode() → wx.getClipboardData', what: 'reads the clipboard', where: 'App.onLaunch' }, suggestions: 1 },
      ],
    },
    {
      name: "a helper imported through the app's tsconfig path alias (@services/* → src/services/*)",
      filename: RN,
      code: `
        import { useEffect } from 'react';
        import { initServices } from '@services/startup';
        export default function App() {
          useEffect(() => { initServices(); }, []);
          return null;
        }`,
      errors: [{ line: 5, messageId: 'collectionBeforeConsent', data: { api: 'initServices() → JPush.init', what: 'starts a push SDK that collects personal data', where: 'App (root component) → useEffect(…, [])' } }],
    },
    {
      name: 'a helper whose module reaches the SDK through a tsconfig path alias import, two modules deep',
      filename: RN,
      code: `
        import { useEffect } from 'react';
        import { bootServices } from './src/services/boot-services';
        export default function App() {
          useEffect(() => { bootServices(); }, []);
          return null;
        }`,
      errors: [{ line: 5, messageId: 'collectionBeforeConsent', data: { api: 'bootServices() → tracker.start() → OneSignal.initialize', what: 'starts a push SDK that collects personal data', where: 'App (root component) → useEffect(…, [])' } }],
    },
    {
      name: 'a method of the instance a helper module exports (`export const tracker = new Tracker()`)',
      filename: RN,
      code: `
        import { useEffect } from 'react';
        import { tracker } from './src/services/tracker';
        export default function App() {
          useEffect(() => {
            tracker.stop();
            tracker.start();
          }, []);
          return null;
        }`,
      errors: [{ line: 7, messageId: 'collectionBeforeConsent', data: { api: 'tracker.start() → OneSignal.initialize', what: 'starts a push SDK that collects personal data', where: 'App (root component) → useEffect(…, [])' } }],
    },
    {
      name: 'class root component registered with AppRegistry',
      filename: RN_INDEX,
      code: `
        import Clipboard from '@react-native-clipboard/clipboard';
        import appsFlyer from 'react-native-appsflyer';
        class Root extends React.Component {
          constructor(props) { super(props); this.state = { invite: Clipboard.getString() }; }
          componentDidMount() { this.startAttribution(); }
          startAttribution() { appsFlyer.initSdk({ devKey: 'K', appId: '1', isDebug: false }); }
          render() { return null; }
        }
        AppRegistry.registerComponent('demo', () => Root);`,
      errors: [
        { messageId: 'collectionBeforeConsent', line: 5 },
        { messageId: 'collectionBeforeConsent', line: 7 },
      ],
    },
    {
      name: 'Google Mobile Ads started in the root mount effect with no consent step',
      filename: RN,
      code: `
        import mobileAds from 'react-native-google-mobile-ads';
        export default function App() {
          useEffect(() => {
            mobileAds().initialize().then((statuses) => console.log(statuses));
          }, []);
          return null;
        }`,
      errors: [
        {
          line: 5,
          message:
            '`mobileAds().initialize` starts an ads SDK that collects personal data before the user agrees to the privacy policy: it runs at launch (App (root component) → useEffect(…, [])) on a path with no consent check (私自收集, 337号 #1). Run it only after the user agreed.',
        },
      ],
    },
    {
      name: 'WeChat: the entry page (the first of app.json pages) reads the location in onLoad',
      filename: WECHAT_PAGE,
      code: `
        Page({
          onLoad() {
            wx.getLocation({ type: 'gcj02', success: (res) => this.setData({ latitude: res.latitude }) });
          },
        });`,
      errors: [
        {
          messageId: 'collectionBeforeConsent',
          line: 4,
          suggestions: [
            {
              messageId: 'moveIntoRequirePrivacyAuthorize',
              output: `
        Page({
          onLoad() {
            wx.requirePrivacyAuthorize({
              success: () => {
                wx.getLocation({ type: 'gcj02', success: (res) => this.setData({ latitude: res.latitude }) });
              },
            });
          },
        });`,
            },
          ],
        },
      ],
    },
    {
      name: 'the ANDROID_ID constant of older Expo SDKs read at module top level',
      filename: RN_INDEX,
      code: `
        import * as Application from 'expo-application';
        export const installId = Application.androidId;`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 3 }],
    },
    {
      name: 'Google Mobile Ads (named MobileAds) started at module top level',
      filename: RN_INDEX,
      code: `
        import { MobileAds } from 'react-native-google-mobile-ads';
        MobileAds().initialize();`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 3 }],
    },
    {
      name: 'expo-router root layout reads the location on mount',
      filename: EXPO_LAYOUT,
      code: `
        import * as Location from 'expo-location';
        import { Stack } from 'expo-router';
        export default function RootLayout() {
          useEffect(() => { Location.getCurrentPositionAsync({}).then(setPosition); }, []);
          return <Stack />;
        }`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 5 }],
    },
    {
      name: 'guard on one path only',
      filename: RN_INDEX,
      code: `
        import JPush from 'jpush-react-native';
        import { hasConsent } from './src/privacy';
        async function boot() {
          if (await hasConsent()) { console.log('consented'); }
          JPush.init({ appKey: 'k' });
        }
        boot();`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 6, suggestions: [{ messageId: 'wrapInConsentCheck', output: `
        import JPush from 'jpush-react-native';
        import { hasConsent } from './src/privacy';
        async function boot() {
          if (await hasConsent()) { console.log('consented'); }
          if (await hasConsent()) {
            JPush.init({ appKey: 'k' });
          }
        }
        boot();` }] }],
    },
    {
      name: 'the privacy dialog is shown but nothing waits for it',
      filename: RN_INDEX,
      code: `
        import JPush from 'jpush-react-native';
        import { showPrivacyDialog, privacyAgreed } from './src/privacy';
        if (!privacyAgreed) { showPrivacyDialog(); }
        JPush.init({ appKey: 'k' });`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 5, suggestions: [{ messageId: 'wrapInConsentCheck', output: `
        import JPush from 'jpush-react-native';
        import { showPrivacyDialog, privacyAgreed } from './src/privacy';
        if (!privacyAgreed) { showPrivacyDialog(); }
        if (privacyAgreed) {
          JPush.init({ appKey: 'k' });
        }` }] }],
    },
    {
      name: 'constant consent predicate',
      filename: RN_INDEX,
      code: `
        import JPush from 'jpush-react-native';
        const hasConsent = true;
        if (hasConsent) JPush.init({ appKey: 'k' });`,
      errors: [{ messageId: 'constantConsentPredicate', line: 3 }, { messageId: 'collectionBeforeConsent', line: 4 }],
    },
    {
      name: '|| true in the consent check and in a consent function',
      filename: RN_INDEX,
      code: `
        import DeviceInfo from 'react-native-device-info';
        import { store } from './src/store';
        const isConsented = () => store.getState().privacy.agreed || true;
        if (store.getState().privacy.agreed || true) DeviceInfo.getUniqueId();`,
      errors: [
        { messageId: 'constantConsentPredicate', line: 4 },
        { messageId: 'constantConsentPredicate', line: 5 },
        { messageId: 'collectionBeforeConsent', line: 5 },
      ],
    },
    {
      name: 'AMap privacy agreement hard-coded before init',
      filename: RN_INDEX,
      code: `
        import { init, updatePrivacyAgree, updatePrivacyShow } from 'react-native-amap-geolocation';
        updatePrivacyShow(true, true);
        updatePrivacyAgree(true);
        init({ ios: 'ios-key', android: 'android-key' });`,
      errors: [{ messageId: 'hardcodedConsent', line: 3 }, { messageId: 'hardcodedConsent', line: 4 }],
    },
    {
      name: 'Tencent location privacy agreement hard-coded',
      filename: RN_INDEX,
      code: `
        import { setUserAgreePrivacy } from 'expo-qq-location';
        setUserAgreePrivacy(true);`,
      errors: [{ messageId: 'hardcodedConsent', line: 3 }],
    },
    {
      // Kitsu's index.js: the 4.x start at module top level (5.x calls it initialize).
      name: 'OneSignal 4.x setAppId at launch',
      filename: RN_INDEX,
      code: `
        import OneSignal from 'react-native-onesignal';
        OneSignal.setAppId('01f6e47a-6809-4118-a796-949952e9c209');`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 3 }],
    },
    {
      name: 'OneSignal consent given unconditionally on mount',
      filename: RN,
      code: `
        import { OneSignal } from 'react-native-onesignal';
        export default function App() {
          useEffect(() => {
            OneSignal.setConsentRequired(true);
            OneSignal.initialize('ID');
            OneSignal.setConsentGiven(true);
          }, []);
          return null;
        }`,
      errors: [{ messageId: 'hardcodedConsent', line: 7 }],
    },
    {
      name: 'timer callback at module top level',
      filename: RN_INDEX,
      code: `
        import DeviceInfo from 'react-native-device-info';
        setTimeout(() => { DeviceInfo.getAndroidId(); }, 1000);`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 3 }],
    },
    {
      name: 'configured predicate missing: the same member path without settings is no check',
      filename: RN_INDEX,
      code: `
        import DeviceInfo from 'react-native-device-info';
        import { gate } from './src/gate';
        if (gate.isOpen()) DeviceInfo.getUniqueId();`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 4 }],
    },
    {
      name: 'configured dialog missing: awaiting an unknown function is no check',
      filename: RN_INDEX,
      code: `
        import JPush from 'jpush-react-native';
        import { showPrivacySheet } from './src/privacy';
        async function boot() { await showPrivacySheet(); JPush.init({ appKey: 'k' }); }
        boot();`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 4 }],
    },
    {
      name: 'heuristics switched off',
      filename: RN_INDEX,
      settings: consent({ heuristics: false }),
      code: `
        import DeviceInfo from 'react-native-device-info';
        import { hasConsent } from './src/privacy';
        if (hasConsent()) DeviceInfo.getUniqueId();`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 4 }],
    },
    {
      name: 'configured predicate offered as the wrap suggestion',
      filename: RN_INDEX,
      settings: consent({ predicates: ['privacyStore.agreed'] }),
      code: `
        import DeviceInfo from 'react-native-device-info';
        DeviceInfo.getAndroidId();`,
      errors: [
        {
          messageId: 'collectionBeforeConsent',
          line: 3,
          suggestions: [
            {
              messageId: 'wrapInConsentCheck',
              output: `
        import DeviceInfo from 'react-native-device-info';
        if (privacyStore.agreed) {
          DeviceInfo.getAndroidId();
        }`,
            },
          ],
        },
      ],
    },
    {
      name: 'configured callback missing: then() of an unknown promise is no check',
      filename: RN_INDEX,
      code: `
        import JPush from 'jpush-react-native';
        import { PolicyKit } from './src/policy';
        function whenPolicyOk() { JPush.init({ appKey: 'k' }); }
        PolicyKit.present().then(whenPolicyOk);`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 4 }],
    },
    {
      name: 'Taro Vue: createApp onLaunch',
      filename: at('taro-app', 'src', 'app.js'),
      code: `
        import Taro from '@tarojs/taro';
        import { createApp } from 'vue';
        const App = createApp({
          onShow() { Taro.getClipboardData({ success() {} }); },
        });
        export default App;`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 5, suggestions: 1 }],
    },
    // ---- WeChat ---------------------------------------------------------------------------------------------
    {
      name: 'WeChat: location read in onLaunch',
      filename: WECHAT_APP,
      code: `App({
  onLaunch() {
    wx.getLocation({ type: 'gcj02' });
  },
});`,
      errors: [
        {
          messageId: 'collectionBeforeConsent',
          line: 3,
          suggestions: [
            {
              messageId: 'moveIntoRequirePrivacyAuthorize',
              output: `App({
  onLaunch() {
    wx.requirePrivacyAuthorize({
      success: () => {
        wx.getLocation({ type: 'gcj02' });
      },
    });
  },
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'WeChat: clipboard read in onShow, and a helper method called from onLaunch',
      filename: WECHAT_APP,
      code: `App({
  onLaunch() { const that = this; that.locate(); },
  onShow() { wx.getClipboardData({ success: (res) => this.checkInvite(res.data) }); },
  locate() { wx.getLocation({ type: 'wgs84' }); },
});`,
      errors: [
        { messageId: 'collectionBeforeConsent', line: 3, suggestions: 1 },
        { messageId: 'collectionBeforeConsent', line: 4, suggestions: 1 },
      ],
    },
    {
      // 112_chequan: \`var that\` at module level, set to \`this\` in the lifecycle hook.
      name: 'uni-app: App.vue onLaunch calls a method through a module-level \`var that\` set to this',
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
var that
export default {
  globalData: {},
  onLaunch() {
    that = this
    that.locate()
  },
  methods: {
    locate() { uni.getLocation({ type: 'gcj02', success: (res) => { that.globalData.city = res } }) },
  },
}
</script>`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 10, suggestions: 1 }],
    },
    // ---- uni-app ----------------------------------------------------------------------------------------------
    {
      name: 'uni-app: App.vue onLaunch reads the location and starts UMeng',
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
import { initUM } from '@/uni_modules/umeng-common';
export default {
  onLaunch() {
    initUM({ appKey: 'k', channel: 'c' });
    uni.getLocation({ type: 'gcj02' });
  },
};
</script>`,
      errors: [
        { messageId: 'collectionBeforeConsent', line: 5, suggestions: 1 },
        { messageId: 'collectionBeforeConsent', line: 6, suggestions: 1 },
      ],
    },
    {
      name: 'WeChat: authorize\'s fail and complete run without any agreement',
      filename: WECHAT_PAGE,
      code: `
        Page({
          onLoad() {
            wx.authorize({
              scope: 'scope.userLocation',
              fail: () => wx.getLocation({ type: 'wgs84' }),
              complete: () => wx.getClipboardData({ success: (res) => this.setData({ invite: res.data }) }),
            });
          },
        });`,
      errors: [
        { messageId: 'collectionBeforeConsent', line: 6 },
        { messageId: 'collectionBeforeConsent', line: 7 },
      ],
    },
    {
      name: 'uni-app: deviceId from getSystemInfo in #ifdef APP-PLUS code is the device\'s',
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
export default {
  globalData: {},
  onLaunch() {
    // #ifdef APP-PLUS
    uni.getSystemInfo({ success: (res) => { this.globalData.deviceId = res.deviceId; } });
    // #endif
  },
};
</script>`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 6, suggestions: 1 }],
    },
    {
      name: 'uni-app: device id from getSystemInfo, and agreePrivacy() without the user',
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
export default {
  globalData: {},
  onLaunch() {
    plus.runtime.agreePrivacy();
    uni.getSystemInfo({ success: (res) => { this.globalData.deviceId = res.deviceId; } });
  },
};
</script>`,
      errors: [
        { messageId: 'hardcodedConsent', line: 5 },
        { messageId: 'collectionBeforeConsent', line: 6, suggestions: 1 },
      ],
    },
    {
      // JPush's uni-app demo (jpush-hbuilder-plugin) and apps built on it start the plugin in onLaunch.
      name: "uni-app: JPush's native plugin started, its registration id and the push client id read in App.vue onLaunch",
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
var jpushModule = uni.requireNativePlugin('JG-JPush');
export default {
  globalData: {},
  onLaunch() {
    jpushModule.initJPushService();
    jpushModule.getRegistrationID((res) => { this.globalData.rid = res.registerID; });
    const info = plus.push.getClientInfo();
    this.globalData.cid = info.clientid;
  },
};
</script>`,
      errors: [
        { messageId: 'collectionBeforeConsent', line: 6, suggestions: 1 },
        { messageId: 'collectionBeforeConsent', line: 7, suggestions: 1 },
        // A declaration's value is used below: wrapping it in a consent check is no single-statement suggestion.
        { messageId: 'collectionBeforeConsent', line: 8, suggestions: [] },
      ],
    },
    {
      // smart-doctors-app: of two onLaunch keys JavaScript keeps the last, which uni-app runs.
      name: 'uni-app: App.vue with two onLaunch keys: the last one runs',
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
export default {
  async onLaunch() {
    uni.getClipboardData({ success: (res) => console.log(res.data) });
  },
  globalData: { cid: '' },
  onLaunch: async function () {
    uni.getPushClientId({ success: (res) => { this.globalData.cid = res.cid } });
  },
};
</script>`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 8, suggestions: 1 }],
    },
    {
      name: 'uni-app: <script setup> onLaunch in App.vue',
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script setup>
import { onLaunch } from '@dcloudio/uni-app';
onLaunch(() => {
  uni.getClipboardData({ success: (res) => console.log(res.data) });
});
</script>`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 4, suggestions: 1 }],
    },
    {
      name: "uni-app: Tencent Cloud RUM (Aegis) created at App.vue's top level for the mini-program build (Wanyue)",
      filename: UNI_APP,
      languageOptions: vue,
      code: `<script>
// #ifdef MP-WEIXIN
import Aegis from 'aegis-mp-sdk';
// #endif
const aegis = new Aegis({ id: 'iHWefAYqKznuxWjLnr', reportApiSpeed: true });
export default { onLaunch() {} };
</script>`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 5 }],
    },
    {
      name: "WeChat: AMap's SDK reverse-geocodes the device location in the entry page's onLoad (Wanyue)",
      filename: WECHAT_PAGE,
      code: `
        const amapFile = require('../../libs/amap-wx.130.js');
        const myAmapFun = new amapFile.AMapWX({ key: 'KEY' });
        Page({
          onLoad() {
            myAmapFun.getRegeo({ success: (data) => this.setData({ address: data[0].name }) });
            myAmapFun.getRegeo({ location: '116.481028,39.989643', success: (data) => this.setData({ shop: data[0].name }) });
          },
        });`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 6 }],
    },
    {
      name: 'WeChat: a required helper that reads the profile on the side of the getSetting check where the scope is not authorised',
      filename: WECHAT_APP,
      code: `
        const { getUserAnyway } = require('./utils/user-profile')
        App({
          onLaunch() {
            getUserAnyway()
          },
        })`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 5, suggestions: 1 }],
    },
    {
      name: "WeChat: the entry page keeps AMap's SDK on this (onLoad) and reverse-geocodes in a method onLoad calls (canxiu-client)",
      filename: WECHAT_PAGE,
      code: `
        const amapFile = require('../../libs/amap-wx.130.js');
        Page({
          onLoad() {
            this.myAmapFun = new amapFile.AMapWX({ key: 'KEY' });
            this.locate();
          },
          locate() {
            this.myAmapFun.getRegeo({ success: (data) => this.setData({ address: data[0].name }) });
          },
        });`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 9 }],
    },
    {
      name: "uni-app: GrowingIO's copied SDK started at main.js top level (dbj-uniapp)",
      filename: at('uni-app', 'main.js'),
      code: `
        import Vue from 'vue';
        import gdp from './js_sdk/gio-minp.js';
        gdp('init', 'ACCOUNT_ID', 'DATASOURCE_ID', 'wx2e14a7847b8047b5', { version: '1.0.0', host: 'api.example.com', vue: Vue });`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 4 }],
    },
    {
      name: "WeChat: GrowingIO's copied SDK started with setConfig at app.js top level (hsq-wxapp)",
      filename: WECHAT_APP,
      code: `
        const gio = require('./utils/gio-minp/index.js').default;
        gio('setConfig', { projectId: 'ae08570d515c7766', appId: 'wxa090d3923fde0d4b', version: '1.0' });
        App({ onLaunch() {} });`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 3 }],
    },
    {
      name: "Web: Sentry before 10.4 at launch (Sentry's server took every browser event's IP address; busrouter-sg, part-placer)",
      filename: SENTRY_8,
      code: `
        import { init } from '@sentry/react';
        init({ dsn: 'https://k@o1.ingest.sentry.io/1', release: '1.0.0' });`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 3 }],
    },
    {
      name: 'Web: Sentry 10.4+ at launch with sendDefaultPii, or with a session replay that does not mask the page',
      filename: SENTRY_10,
      code: `
        import * as Sentry from '@sentry/vue';
        Sentry.init({ dsn: 'https://k@o1.ingest.sentry.io/1', sendDefaultPii: true });
        Sentry.init({ dsn: 'https://k@o1.ingest.sentry.io/1', integrations: [Sentry.replayIntegration({ maskAllText: false })] });`,
      errors: [
        { messageId: 'collectionBeforeConsent', line: 3 },
        { messageId: 'collectionBeforeConsent', line: 4 },
      ],
    },
    {
      name: 'Web: Sentry 11 at launch (dataCollection.userInfo is on by default)',
      filename: SENTRY_11,
      code: `
        import * as Sentry from '@sentry/browser';
        Sentry.init({ dsn: 'https://k@o1.ingest.sentry.io/1' });`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 3 }],
    },
    {
      name: 'WeChat: Sensors Data started in onLaunch',
      filename: WECHAT_APP,
      code: `
        const sensors = require('sa-sdk-miniprogram');
        App({
          onLaunch() {
            sensors.setPara({ name: 'sensors', server_url: 'https://sa.example.com/sa?project=default', autoTrack: { appLaunch: true } });
            sensors.init();
          },
        });`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 6 }],
    },
    // ---- Taro -------------------------------------------------------------------------------------------------
    {
      name: 'Taro: class app onLaunch and useLaunch',
      filename: TARO_APP,
      code: `
        import Taro from '@tarojs/taro';
        import { Component } from 'react';
        export default class App extends Component {
          onLaunch() { Taro.getLocation({ type: 'gcj02' }); }
          render() { return this.props.children; }
        }`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 5, suggestions: 1 }],
    },
    {
      name: 'Taro: function app with useLaunch',
      filename: TARO_APP,
      code: `
        import Taro, { useLaunch } from '@tarojs/taro';
        export default function App({ children }) {
          useLaunch(() => { Taro.getClipboardData({ success() {} }); });
          return children;
        }`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 4, suggestions: 1 }],
    },
    // ---- HarmonyOS --------------------------------------------------------------------------------------------
    {
      name: 'HarmonyOS: OAID in onCreate, location in the loadContent callback',
      filename: HARMONY,
      code: `
        import { UIAbility } from '@kit.AbilityKit';
        import { identifier } from '@kit.AdsKit';
        import { geoLocationManager } from '@kit.LocationKit';
        export default class EntryAbility extends UIAbility {
          async onCreate(want, launchParam) {
            const oaid = await identifier.getOAID();
          }
          onWindowStageCreate(windowStage) {
            windowStage.loadContent('pages/Index', (err) => {
              geoLocationManager.getCurrentLocation().then((location) => {});
            });
          }
        }`,
      errors: [
        { messageId: 'collectionBeforeConsent', line: 7 },
        { messageId: 'collectionBeforeConsent', line: 11 },
      ],
    },
    {
      name: 'WeChat entry page: a test of something named like a consent runner that the page never calls proves nothing',
      filename: WECHAT_PAGE,
      code: `
        const app = getApp();
        Page({
          onLoad() {
            if (app.runAfterPrivacyAuthorization) {
              wx.showToast({ title: '欢迎回来' });
              return;
            }
            wx.getLocation({ type: 'gcj02', success: (res) => this.setData({ latitude: res.latitude }) });
          },
        });`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 9, suggestions: 1 }],
    },
    {
      name: 'WeChat entry page: the runner is used only when the page is ready, so the direct call runs whenever it is not',
      filename: WECHAT_PAGE,
      code: `
        const app = getApp();
        Page({
          onLoad() {
            if (this.data.ready && app.runAfterPrivacyAuthorization) {
              app.runAfterPrivacyAuthorization(() => this.locate());
              return;
            }
            this.locate();
          },
          locate() {
            wx.getLocation({ type: 'gcj02', success: (res) => this.setData({ latitude: res.latitude }) });
          },
        });`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 12, suggestions: 1 }],
    },
    {
      name: 'HarmonyOS: the pedometer read at launch, before any agreement (HealthyDiet)',
      filename: HARMONY,
      code: `
        import { UIAbility } from '@kit.AbilityKit';
        import { window } from '@kit.ArkUI';
        import sensor from '@ohos.sensor';
        export default class EntryAbility extends UIAbility {
          onWindowStageCreate(windowStage: window.WindowStage): void {
            windowStage.loadContent('pages/Index');
            sensor.on(sensor.SensorId.PEDOMETER, (data: sensor.PedometerResponse) => {
              AppStorage.setOrCreate('steps', data.steps);
            });
          }
          onForeground(): void {
            sensor.once(sensor.SensorType.SENSOR_TYPE_ID_PEDOMETER, (data) => AppStorage.setOrCreate('steps', data.steps));
          }
        }`,
      errors: [
        { messageId: 'collectionBeforeConsent', line: 8 },
        { messageId: 'collectionBeforeConsent', line: 13 },
      ],
    },
    // ---- Capacitor / Web --------------------------------------------------------------------------------------
    {
      name: 'Capacitor: device id at module top level',
      filename: CAPACITOR,
      code: `
        import { Device } from '@capacitor/device';
        Device.getId().then(({ identifier }) => console.log(identifier));`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 3 }],
    },
    {
      name: 'Web: PostHog started at module top level, autocapture on (Courier)',
      filename: WEB,
      code: `
        import posthog from 'posthog-js';
        posthog.init('phc_key', { api_host: 'https://us.i.posthog.com', autocapture: true });`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 3 }],
    },
    {
      name: 'Expo: Bugsnag started at the root module top level (treemapper)',
      filename: EXPO_LAYOUT,
      code: `
        import Bugsnag from '@bugsnag/expo';
        Bugsnag.start();
        export default function RootLayout() { return null; }`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 3 }],
    },
    {
      name: 'Web: Bugsnag (@bugsnag/browser) and Datadog RUM started at module top level, tracking consent left at its default',
      filename: WEB,
      code: `
        import Bugsnag from '@bugsnag/browser';
        import { datadogRum } from '@datadog/browser-rum';
        Bugsnag.start({ apiKey: 'key' });
        datadogRum.init({ applicationId: 'app', clientToken: 'token', site: 'datadoghq.eu', sessionReplaySampleRate: 20 });`,
      errors: [
        { messageId: 'collectionBeforeConsent', line: 4 },
        { messageId: 'collectionBeforeConsent', line: 5 },
      ],
    },
    {
      name: "Web: Datadog RUM told the consent is 'granted' in code: still before any agreement",
      filename: WEB,
      code: `
        import { datadogRum } from '@datadog/browser-rum';
        datadogRum.init({ applicationId: 'app', clientToken: 'token', trackingConsent: 'granted' });`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 3 }],
    },
    {
      name: "React Native: the community react-native-mixpanel started in the constructor of the module's default instance (rn-chat)",
      filename: RN_SCREEN,
      code: `
        import Mixpanel from 'react-native-mixpanel';
        export class Analytics {
          initialized = false;
          constructor() {
            if (__DEV__ || !Mixpanel) return;
            Mixpanel.sharedInstanceWithToken('TOKEN').then(() => { this.initialized = true; });
          }
        }
        export default new Analytics();`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 7, data: { api: 'Mixpanel.sharedInstanceWithToken', what: 'starts an analytics SDK that collects personal data', where: 'module top level → new Analytics()' } }],
    },
    {
      name: 'Capacitor: @sentry/capacitor started at module top level',
      filename: CAPACITOR,
      code: `
        import * as Sentry from '@sentry/capacitor';
        Sentry.init({ dsn: 'https://key@o1.ingest.sentry.io/2' });`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 3 }],
    },
    {
      name: 'Quasar: a boot file runs its callback before the root component mounts, at every start (nirbhaya)',
      filename: at('web-sentry-8', 'src', 'boot', 'sentry.ts'),
      code: `
        import * as Sentry from '@sentry/react';
        import { boot } from 'quasar/wrappers';
        export default boot(async ({ app }) => {
          Sentry.init({ dsn: 'https://k@o1.ingest.sentry.io/1' });
        });`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 5 }],
    },
    {
      name: 'Quasar: a boot file exporting its function as it is, and defineBoot of #q-app/wrappers',
      filename: at('web-sentry-8', 'src', 'boot', 'clipboard.js'),
      code: `
        import { defineBoot } from '#q-app/wrappers';
        export const other = defineBoot(() => navigator.clipboard.readText());
        export default async () => { await navigator.clipboard.readText(); };`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 4 }],
    },
    {
      name: 'Angular: Sentry (angular-ivy, 7.x) started in an APP_INITIALIZER factory runs at every start (Ushahidi web client)',
      filename: SENTRY_8,
      code: `
        import { APP_INITIALIZER, NgModule } from '@angular/core';
        import * as Sentry from '@sentry/angular-ivy';
        function loadSentryFactory() {
          return () => fetch('/env.json').then((r) => r.json()).then((env) => {
            Sentry.init({ dsn: env.sentry_dsn, tracesSampleRate: 1.0 });
          });
        }
        @NgModule({
          providers: [{ provide: APP_INITIALIZER, useFactory: loadSentryFactory, multi: true }],
        })
        export class AppModule {}`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 6 }],
    },
    {
      name: 'Web: clipboard read at module top level',
      filename: WEB,
      code: `
        navigator.clipboard.readText().then((text) => applyInvite(text));`,
      errors: [{ messageId: 'collectionBeforeConsent', line: 2 }],
    },
  ],
});

/** Every source file of the fixture apps, linted from disk: findings must be exactly the `expect:` markers. */
describe('no-collection-before-consent on the fixture apps', () => {
  const files = filesUnder(FIXTURES, /\.(?:[jt]sx?|vue)$/);
  const linter = new Linter({ configType: 'flat' });
  const plugins = { consentry: { rules: { 'no-collection-before-consent': rule as unknown as Rule.RuleModule } } };

  for (const file of files) {
    it(relative(FIXTURES, file), () => {
      const code = readFileSync(file, 'utf8');
      const expected = code
        .split('\n')
        .flatMap((line, i) => [...line.matchAll(/expect: (\w+)/g)].map((m) => `${i + 1} ${m[1]}`));
      const messages = linter.verify(
        code,
        [
          {
            files: ['**/*.{js,jsx,ts,tsx,vue}'],
            plugins,
            languageOptions: file.endsWith('.vue')
              ? vue
              : { parser: tsParser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
            rules: { 'consentry/no-collection-before-consent': 'error' },
          },
        ],
        file,
      );
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      expect(messages.map((m) => `${m.line} ${m.messageId}`)).toEqual(expected);
    });
  }
});
