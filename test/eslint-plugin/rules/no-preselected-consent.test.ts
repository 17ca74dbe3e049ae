import { Linter, RuleTester } from 'eslint';
import type { Rule } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import vueParser from 'vue-eslint-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import rule, { namesConsentAgreement } from '../../../eslint-plugin/src/rules/no-preselected-consent.js';
import { getProjectModel } from '../../../eslint-plugin/src/core/project/index.js';
import { wxmlLanguage } from '../../../eslint-plugin/src/languages/wxml/wxml-language.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const FIXTURES = fileURLToPath(new URL('../../fixtures/rules/no-preselected-consent/', import.meta.url));
const at = (...parts: string[]) => join(FIXTURES, ...parts);

const RN = at('rn-app', 'src', 'screens', 'PrivacyScreen.tsx');
const WEB = at('web-app', 'src', 'ConsentBanner.tsx');
const TARO = at('taro-app', 'src', 'pages', 'login', 'index.tsx');
const UNI = at('uni-app', 'pages', 'login', 'login.vue');
const WECHAT_PAGE = at('wechat-app', 'pages', 'agreement', 'agreement.js');
const WECHAT_WXML = at('wechat-app', 'pages', 'agreement', 'agreement.wxml');
const WECHAT_LOGIN_PAGE = at('wechat-app', 'pages', 'login', 'login.js');

const vue = { parser: vueParser, sourceType: 'module' as const, parserOptions: { parser: tsParser, ecmaFeatures: { jsx: true } } };
const wxml = {
  plugins: { consentry: { languages: { wxml: wxmlLanguage } } },
  language: 'consentry/wxml',
};

const ruleTester = new RuleTester({
  languageOptions: { parser: tsParser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
});

/** A uni-app order page whose delivery-option checkbox, labelled `label`, is bound to state that starts true (shopro-uniapp). */
const pickupAgreementPage = (label: string) => `<template>
  <view class="express-bottom" @tap="checkProtocol">
    <u-checkbox active-color="#f0c785" :value="isProtocol">
      <view class="protocol">
        同意并接受
        <text class="protocol-text" @tap.stop="jump('/pages/public/richtext')">${label}</text>
      </view>
    </u-checkbox>
  </view>
</template>
<script>
export default {
  data() { return { isProtocol: true, checkType: '自提' }; },
  methods: { checkProtocol() { this.isProtocol = !this.isProtocol; } },
};
</script>`;

/** StarCu: a class screen whose tick image shows `protocolChecked`, which starts true, next to `label`. */
const tickImageScreen = (name: string, label: string) => `
        export default class ${name} extends Component {
          constructor(props) {
            super(props);
            this.state = { protocolChecked: true };
          }
          render() {
            const { protocolChecked } = this.state;
            return (
              <View>
                <TouchableOpacity onPress={() => this.setState({ protocolChecked: !protocolChecked })}>
                  <Image source={protocolChecked ? require('./wgou.png') : require('./gou.png')} />
                </TouchableOpacity>
                <Text>${label}</Text>
              </View>
            );
          }
        }`;

ruleTester.run('no-preselected-consent', rule as unknown as Rule.RuleModule, {
  valid: [
    {
      // The terms of one delivery option, ticked for an order: no consent to personal information (shopro-uniapp).
      name: 'Vue: a store-pickup service agreement ticked by default is no privacy consent',
      filename: UNI,
      languageOptions: vue,
      code: pickupAgreementPage('《到店自提服务协议》'),
    },
    {
      // 112_chequan: the agency service of one order, not the app's user agreement.
      name: 'Vue: an annual-inspection agency service agreement ticked by default is no privacy consent',
      filename: UNI,
      languageOptions: vue,
      code: pickupAgreementPage('此《年检代办服务协议》'),
    },
    {
      // StarCu: \`protocolChecked\` names a box, but the file's only label is a withdrawal declaration.
      name: 'RN: state named like consent in a screen that names no agreement is no privacy box',
      filename: RN,
      code: tickImageScreen('BankCard', '本人声明确认使用此银行卡进行此账户费用提现'),
    },
    {
      name: 'RN: a hand-made agreement box (tick icon in a touchable) whose state starts false, and one that shows the tick when the state is false',
      filename: RN,
      code: `
        import Icon from 'react-native-vector-icons/AntDesign';
        export default function Register() {
          const [form, setForm] = React.useState({ phone: '', agree: false });
          const [notAgreed, setNotAgreed] = React.useState(true);
          return (
            <View>
              <TouchableOpacity onPress={() => setForm({ ...form, agree: !form.agree })}>
                <Icon name={form.agree ? 'checkcircle' : 'checkcircleo'} size={18} />
                <Text>注册即表示同意</Text>
              </TouchableOpacity>
              <Text>《用户协议》</Text>
              <TouchableOpacity onPress={() => setNotAgreed(!notAgreed)}>
                <Icon name={notAgreed ? 'checkcircleo' : 'checkcircle'} size={18} />
                <Text>我已阅读并同意《隐私政策》</Text>
              </TouchableOpacity>
            </View>
          );
        }`,
    },
    {
      name: "RN: hook state that starts false, and a hook field that is not the agreement box's",
      filename: RN,
      code: `
        import Icon from 'react-native-vector-icons/AntDesign';
        import useRegister from '../hooks/useRegister';
        export default function Register() {
          const { options, setOptions } = useRegister();
          return (
            <View>
              <TouchableOpacity onPress={() => setOptions({ ...options, agreed: !options.agreed })}>
                <Icon name={options.agreed ? 'checkcircle' : 'checkcircleo'} />
                <Text>我已阅读并同意《隐私政策》</Text>
              </TouchableOpacity>
              <TouchableOpacity onPress={() => setOptions({ ...options, rememberPhone: !options.rememberPhone })}>
                <Icon name={options.rememberPhone ? 'checkcircle' : 'checkcircleo'} />
                <Text>记住手机号</Text>
              </TouchableOpacity>
            </View>
          );
        }`,
    },
    {
      name: 'RN: tick icons that start ticked but are not the agreement: remember me, a selected list item, a colour switch',
      filename: RN,
      code: `
        import Icon from 'react-native-vector-icons/MaterialCommunityIcons';
        export default function Login() {
          const [remember, setRemember] = useState(true);
          const [form] = useState({ selected: true, highlighted: true });
          return (
            <View>
              <TouchableOpacity onPress={() => setRemember(!remember)}>
                <Icon name={remember ? 'checkbox-marked' : 'checkbox-blank-outline'} />
                <Text>记住密码</Text>
              </TouchableOpacity>
              <TouchableOpacity>
                <Icon name={form.selected ? 'check-circle' : 'circle-outline'} />
                <Text>顺丰快递</Text>
              </TouchableOpacity>
              <Icon name="shield-check" color={form.highlighted ? 'green' : 'gray'} />
              <Text>登录即表示同意《隐私政策》</Text>
            </View>
          );
        }`,
    },
    {
      name: 'agreement checkbox starts unticked',
      filename: RN,
      code: `
        export function PrivacyScreen() {
          const [agreed, setAgreed] = useState(false);
          return (
            <View style={styles.row}>
              <CheckBox value={agreed} onValueChange={setAgreed} />
              <Text>我已阅读并同意《用户协议》和《隐私政策》</Text>
            </View>
          );
        }`,
    },
    {
      name: "Taro: state that mirrors WeChat's own privacy record (getPrivacySetting → !needAuthorization) is no answer the app records (Stillness)",
      filename: TARO,
      code: `
        import { useState } from 'react';
        import Taro, { useDidShow } from '@tarojs/taro';
        import { View, Input } from '@tarojs/components';
        // 《隐私保护指引》: WeChat keeps the answer; the page mirrors it to put a mask over the nickname input.
        export default function Mine() {
          const [isPrivacyAgreed, setIsPrivacyAgreed] = useState(true);
          useDidShow(() => {
            Taro.getPrivacySetting({ success: (res) => { setIsPrivacyAgreed(!res.needAuthorization); } });
          });
          return (
            <View>
              <Input type='nickname' />
              {!isPrivacyAgreed && <View onClick={() => Taro.requirePrivacyAuthorize()} />}
            </View>
          );
        }`,
    },
    {
      name: 'Vue: consent-named data that nothing reads ticks no box (cashu.me WelcomeSlide1: written, never read)',
      filename: UNI,
      languageOptions: vue,
      code: `<template>
  <div class="welcome">
    <p>Welcome to the wallet. Read the terms of service and the privacy policy on the next slide.</p>
    <q-btn label="Next" @click="next" />
  </div>
</template>
<script>
export default {
  data() {
    return {
      termsAccepted: true,
    };
  },
  methods: {
    next() {
      this.termsAccepted = true;
      this.$emit('next');
    },
  },
};
</script>
`,
    },
    {
      name: 'state that shows the dialog is not consent',
      filename: RN,
      code: `
        export function Root() {
          const [showPrivacy, setShowPrivacy] = useState(true);
          const [privacyVisible] = useState(true);
          const [consentRequired] = useState(true);
          return <PrivacyModal visible={showPrivacy && privacyVisible} required={consentRequired} />;
        }`,
    },
    {
      name: "a developer switch that skips the consent step is not the user's answer (io-app's proximity playground)",
      filename: RN,
      code: `
        export function ItwProximityPlaygroundScreen() {
          const [skipConsent, setSkipConsent] = React.useState(true);
          const [bypassPrivacy] = useState(true);
          return <ListItemSwitch label="Skip consent" value={skipConsent} onSwitchValueChange={setSkipConsent} />;
        }`,
    },
    {
      name: 'a "remember me" checkbox may start ticked',
      filename: WEB,
      code: `
        export function LoginForm() {
          const [remember, setRemember] = useState(true);
          return (
            <label>
              <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
              Remember me
            </label>
          );
        }`,
    },
    {
      name: 'a settings switch unrelated to the agreement',
      filename: RN,
      code: `
        export function Settings() {
          const [darkMode, setDarkMode] = useState(true);
          return <View><Text>Dark mode</Text><Switch value={darkMode} onValueChange={setDarkMode} /></View>;
        }`,
    },
    {
      name: 'agreement recorded in the agree handler, not as the initial state',
      filename: WECHAT_PAGE,
      code: `
        Page({
          data: { agreed: false, remember: true },
          onAgree() { this.setData({ agreed: true }); },
        });`,
    },
    {
      name: 'input type text with value is not a checkbox',
      filename: WEB,
      code: `
        export const Field = () => (
          <div><input type="text" value="true" readOnly /><span>Privacy policy version</span></div>
        );`,
    },
    {
      name: 'agree callback named like consent is not state',
      filename: RN,
      code: `
        export function Dialog() {
          const agreePrivacy = useCallback(() => setAgreed(true), []);
          return <Button title="同意" onPress={agreePrivacy} />;
        }`,
    },
    {
      name: 'Vue: remember-me state bound to a checkbox',
      filename: UNI,
      languageOptions: vue,
      code: `<template>
  <view>
    <label><checkbox value="remember" :checked="remember" />记住我</label>
  </view>
</template>
<script>
export default {
  data() { return { remember: true, agreed: false }; },
};
</script>`,
    },
    {
      name: 'Vue: agreement checkbox bound to state that starts false',
      filename: UNI,
      languageOptions: vue,
      code: `<template>
  <label><checkbox value="agree" :checked="agreed" /><text>我已阅读并同意《隐私政策》</text></label>
</template>
<script setup>
import { ref } from 'vue';
const agreed = ref(false);
</script>`,
    },
    {
      name: 'WXML: agreement checkbox bound to page data, explicitly false literal',
      filename: WECHAT_WXML,
      ...wxml,
      code: `<label><checkbox value="agree" checked="{{agreed}}"/>我已阅读并同意《隐私保护指引》</label>
<label><checkbox value="a2" checked="{{false}}"/>同意《用户协议》</label>`,
    },
    {
      name: 'WXML: a ticked checkbox that is not about the agreement',
      filename: WECHAT_WXML,
      ...wxml,
      code: `<checkbox-group><label><checkbox value="push" checked/>接收活动通知</label></checkbox-group>`,
    },
    {
      name: 'WeChat page data bound to a remember-me checkbox in the sibling template',
      filename: WECHAT_PAGE,
      code: `Page({ data: { agreed: false, remember: true } });`,
    },
    {
      name: 'test files are skipped',
      filename: at('rn-app', 'src', '__tests__', 'Privacy.test.tsx'),
      code: `const [privacyAgreed] = useState(true);`,
    },
    // ---- Toggles that share a container with the privacy text but are labelled by their own text ----------------
    {
      name: 'RN login form: "记住密码" starts ticked, the agreement box further down starts unticked',
      filename: RN,
      code: `
        export function LoginScreen() {
          const [remember, setRemember] = useState(true);
          const [agreed, setAgreed] = useState(false);
          return (
            <View style={styles.form}>
              <TextInput placeholder="请输入手机号" keyboardType="phone-pad" />
              <TextInput placeholder="请输入密码" secureTextEntry />
              <CheckBox value={remember} onValueChange={setRemember} />
              <Text>记住密码</Text>
              <Button title="登录" disabled={!agreed} onPress={login} />
              <CheckBox value={agreed} onValueChange={setAgreed} />
              <Text>我已阅读并同意</Text>
              <Text style={styles.link} onPress={openTerms}>《用户协议》</Text>
              <Text>和</Text>
              <Text style={styles.link} onPress={openPrivacy}>《隐私政策》</Text>
            </View>
          );
        }`,
    },
    {
      name: 'Taro login form: literal checked on "记住密码" in the same View as the agreement',
      filename: TARO,
      code: `
        import { Checkbox, Input, View, Text } from '@tarojs/components';
        export default function Login() {
          const [agreed, setAgreed] = useState(false);
          return (
            <View className="login-form">
              <Input placeholder="请输入手机号" />
              <Checkbox value="remember" checked />记住密码
              <Checkbox value="agree" checked={agreed} onClick={() => setAgreed(!agreed)} />
              我已阅读并同意<Text className="link">《用户协议》</Text>和<Text className="link">《隐私政策》</Text>
            </View>
          );
        }`,
    },
    {
      name: 'web sign-in form: "Remember me" labelled with htmlFor, privacy consent box after it',
      filename: WEB,
      code: `
        export function SignIn() {
          return (
            <form className="sign-in">
              <input type="email" placeholder="Email" />
              <input type="checkbox" id="remember" defaultChecked />
              <label htmlFor="remember">Remember me</label>
              <input type="checkbox" id="terms" />
              <label htmlFor="terms">I agree to the Terms of Service and Privacy Policy</label>
            </form>
          );
        }`,
    },
    {
      name: 'RN settings: dark-mode Switch value={true} with a "隐私政策" link in the same row',
      filename: RN,
      code: `
        export function SettingsScreen({ navigation }) {
          return (
            <View style={styles.row}>
              <Text style={styles.label}>深色模式</Text>
              <Switch value={true} onValueChange={setDarkMode} />
              <Text style={styles.link} onPress={() => navigation.navigate('Privacy')}>隐私政策</Text>
            </View>
          );
        }`,
    },
    {
      name: 'RN settings list: dark-mode Switch wrapped on the right of its row, "隐私政策" row below',
      filename: RN,
      code: `
        export function SettingsScreen({ navigation }) {
          const [darkMode, setDarkMode] = useState(true);
          return (
            <ScrollView>
              <View style={styles.item}>
                <Text>深色模式</Text>
                <View style={styles.right}><Switch value={darkMode} onValueChange={setDarkMode} /></View>
              </View>
              <TouchableOpacity style={styles.item} onPress={() => navigation.navigate('Privacy')}>
                <Text>隐私政策</Text>
              </TouchableOpacity>
            </ScrollView>
          );
        }`,
    },
    {
      name: 'RN settings list: a switch labelled at run time ({item.title}) among privacy links',
      filename: RN,
      code: `
        export function Settings({ items }) {
          return (
            <View>
              <Text>隐私政策</Text>
              {items.map((item) => (
                <View key={item.key}><Text>{item.title}</Text><Switch value={true} /></View>
              ))}
            </View>
          );
        }`,
    },
    {
      name: 'RN login footer: auto-login Switch starts on in the same View as the privacy sentence',
      filename: RN,
      code: `
        export function LoginFooter() {
          const [autoLogin, setAutoLogin] = useState(true);
          return (
            <View style={styles.footer}>
              <Switch value={autoLogin} onValueChange={setAutoLogin} />
              <Text>自动登录</Text>
              <Text style={styles.tip}>登录即表示您已阅读并同意《用户协议》和《隐私政策》</Text>
            </View>
          );
        }`,
    },
    {
      name: 'Taro login: auto-login Switch checked next to the agreement box, which starts unticked',
      filename: TARO,
      code: `
        import { Checkbox, Switch, View, Text } from '@tarojs/components';
        export default function Login() {
          return (
            <View className="footer">
              <Text>自动登录</Text>
              <Switch checked />
              <Checkbox value="agree" />
              <Text>我已阅读并同意《隐私政策》</Text>
            </View>
          );
        }`,
    },
    {
      name: 'WXML login form: "记住密码" ticked in the same view as the agreement box',
      filename: WECHAT_WXML,
      ...wxml,
      code: `<view class="login-form">
  <input type="number" placeholder="请输入手机号" bindinput="onPhoneInput" />
  <input password placeholder="请输入密码" bindinput="onPasswordInput" />
  <checkbox value="remember" checked bindtap="toggleRemember" />
  <text>记住密码</text>
  <button type="primary" bindtap="onLogin">登录</button>
  <checkbox value="agree" checked="{{agreed}}" bindtap="toggleAgree" />
  <text>我已阅读并同意</text><text class="link" bindtap="openPrivacy">《隐私政策》</text>
</view>`,
    },
    {
      name: 'WXML settings: dark-mode switch checked with a "隐私政策" navigator in the same cell',
      filename: WECHAT_WXML,
      ...wxml,
      code: `<view class="cell">
  <text>深色模式</text>
  <switch checked="true" bindchange="onDarkModeChange" />
  <navigator class="link" url="/pages/privacy/privacy">隐私政策</navigator>
</view>`,
    },
    {
      name: 'WXML login footer: auto-login switch checked in the same view as the privacy sentence',
      filename: WECHAT_WXML,
      ...wxml,
      code: `<view class="footer">
  <switch checked bindchange="onAutoLoginChange" />
  <text>自动登录</text>
  <view class="tip">登录即表示您已阅读并同意《用户协议》和《隐私政策》</view>
</view>`,
    },
    {
      name: 'WXML: a switch labelled at run time ({{item.title}}) on a page that links the privacy policy',
      filename: WECHAT_WXML,
      ...wxml,
      code: `<view class="list">
  <navigator url="/pages/privacy/privacy">隐私政策</navigator>
  <view class="row-cell" wx:for="{{thirdAuthor}}" wx:key="index">
    <text>{{item.title}}</text>
    <switch checked="{{true}}" data-key="{{index}}" bindchange="handleThirdSwitch" />
  </view>
</view>`,
    },
    {
      name: 'WeChat login page data: remember and autoLogin start true; the agreement box in the template starts false',
      filename: WECHAT_LOGIN_PAGE,
      code: `Page({ data: { phone: '', remember: true, autoLogin: true, agreed: false } });`,
    },
    {
      name: 'Vue login form: "记住密码" bound to data that starts true, agreement box in the same view',
      filename: UNI,
      languageOptions: vue,
      code: `<template>
  <view class="login-form">
    <input v-model="mobile" placeholder="请输入手机号" />
    <input v-model="password" password placeholder="请输入密码" />
    <checkbox :checked="remember" @click="remember = !remember" />
    <text>记住密码</text>
    <button type="primary" @click="onLogin">登录</button>
    <checkbox :checked="agreed" @click="agreed = !agreed" />
    <text>我已阅读并同意</text>
    <text class="link" @click="open('privacy')">《隐私政策》</text>
  </view>
</template>
<script>
export default {
  data() { return { mobile: '', password: '', remember: true, agreed: false }; },
};
</script>`,
    },
    {
      name: 'Vue settings: dark-mode switch on with a "隐私政策" link in the same cell',
      filename: UNI,
      languageOptions: vue,
      code: `<template>
  <view class="cell">
    <text>深色模式</text>
    <switch :checked="true" @change="onDarkModeChange" />
    <text class="link" @click="openPrivacy">隐私政策</text>
  </view>
  <view class="cell">
    <text>跟随系统</text>
    <u-switch v-model="followSystem"></u-switch>
    <navigator url="/pages/privacy/privacy">隐私政策</navigator>
  </view>
</template>
<script setup>
import { ref } from 'vue';
const followSystem = ref(true);
</script>`,
    },
    {
      name: 'Vue login footer: auto-login switch bound to data that starts true, next to the privacy sentence',
      filename: UNI,
      languageOptions: vue,
      code: `<template>
  <view class="footer">
    <switch :checked="autoLogin" @change="autoLogin = $event.detail.value" />
    <text>自动登录</text>
    <view class="tip">登录即表示您已阅读并同意《用户协议》和《隐私政策》</view>
  </view>
</template>
<script>
export default {
  data() { return { autoLogin: true }; },
};
</script>`,
    },
    {
      name: 'RN login footer: the privacy sentence before an auto-login Switch labelled on its right',
      filename: RN,
      code: `
        export function LoginFooter() {
          return (
            <View style={styles.footer}>
              <Text style={styles.tip}>登录即表示您已阅读并同意《用户协议》和《隐私政策》</Text>
              <Switch value={true} onValueChange={setAutoLogin} />
              <Text>自动登录</Text>
            </View>
          );
        }`,
    },
    {
      name: 'WXML login footer: the privacy sentence before an auto-login switch labelled on its right',
      filename: WECHAT_WXML,
      ...wxml,
      code: `<view class="footer">
  <view class="tip">登录即表示您已阅读并同意<text class="link">《隐私政策》</text></view>
  <switch checked bindchange="onAutoLoginChange" /><text>自动登录</text>
</view>`,
    },
  ],
  invalid: [
    {
      name: 'Vue: the same data read by the template (a box ticked by it) is reported',
      filename: UNI,
      languageOptions: vue,
      code: `<template>
  <div class="welcome">
    <p>Welcome to the wallet. Read the terms of service and the privacy policy on the next slide.</p>
    <q-btn label="Next" @click="next" />\n    <q-checkbox v-model="termsAccepted" label="I accept the terms of service and the privacy policy" />
  </div>
</template>
<script>
export default {
  data() {
    return {
      termsAccepted: true,
    };
  },
  methods: {
    next() {
      this.termsAccepted = true;
      this.$emit('next');
    },
  },
};
</script>
`,
      errors: [{ messageId: 'preselectedState', suggestions: 1 }],
    },
    {
      name: 'Taro: the same state set from something else than the platform record starts true',
      filename: TARO,
      code: `
        import { useState } from 'react';
        import Taro, { useDidShow } from '@tarojs/taro';
        import { View, Input } from '@tarojs/components';
        // 《隐私保护指引》: WeChat keeps the answer; the page mirrors it to put a mask over the nickname input.
        export default function Mine() {
          const [isPrivacyAgreed, setIsPrivacyAgreed] = useState(true);
          useDidShow(() => {
            Taro.getPrivacySetting({ success: (res) => { setIsPrivacyAgreed(Boolean(res.errMsg)); } });
          });
          return (
            <View>
              <Input type='nickname' />
              {!isPrivacyAgreed && <View onClick={() => Taro.requirePrivacyAuthorize()} />}
            </View>
          );
        }`,
      errors: [{ messageId: 'preselectedState', line: 7, suggestions: 1 }],
    },
    {
      // StarCu's register screen: the same state name, and the screen names the service terms.
      name: 'RN: state named like consent in a screen that names its agreement starts true',
      filename: RN,
      code: tickImageScreen('Register', '我已阅读并同意星促伙伴《服务条款协议》'),
      errors: [{ messageId: 'preselectedState', line: 5, suggestions: 1 }],
    },
    {
      name: 'Vue: the same box, labelled with the user agreement and the privacy policy',
      filename: UNI,
      languageOptions: vue,
      code: pickupAgreementPage('《用户协议》与《隐私政策》'),
      errors: [{ messageId: 'preselectedState', line: 13, suggestions: 1 }],
    },
    {
      name: 'RN: a hand-made agreement box: a tick icon in a touchable, shown by object state that starts true',
      filename: RN,
      code: `
        import Icon from 'react-native-vector-icons/AntDesign';
        export default function Register() {
          const [form, setForm] = React.useState({ phone: '', agree: true });
          return (
            <View>
              <TouchableOpacity onPress={() => setForm({ ...form, agree: !form.agree })}>
                <Icon name={!form.agree ? 'checkcircleo' : 'checkcircle'} size={18} />
                <Text>注册即表示同意</Text>
              </TouchableOpacity>
              <Text>《用户协议》</Text>
              <Text>《隐私条款》</Text>
            </View>
          );
        }`,
      errors: [
        {
          messageId: 'preselectedState',
          line: 4,
          data: { name: 'form.agree', binding: ' and ticks the check icon of the agreement' },
          suggestions: [{ messageId: 'startFalse', data: { name: 'form.agree' }, output: `
        import Icon from 'react-native-vector-icons/AntDesign';
        export default function Register() {
          const [form, setForm] = React.useState({ phone: '', agree: false });
          return (
            <View>
              <TouchableOpacity onPress={() => setForm({ ...form, agree: !form.agree })}>
                <Icon name={!form.agree ? 'checkcircleo' : 'checkcircle'} size={18} />
                <Text>注册即表示同意</Text>
              </TouchableOpacity>
              <Text>《用户协议》</Text>
              <Text>《隐私条款》</Text>
            </View>
          );
        }` }],
        },
      ],
    },
    {
      name: "RN: the hand-made box's state comes from a custom hook of the app's own module, where it starts true",
      filename: RN,
      code: `
        import Icon from 'react-native-vector-icons/AntDesign';
        import useRegister from '../hooks/useRegister';
        export default function Register() {
          const { payload, setPayload } = useRegister();
          return (
            <View>
              <TouchableOpacity onPress={() => setPayload({ ...payload, Agree: !payload.Agree })}>
                <Icon name={!payload.Agree ? 'checkcircleo' : 'checkcircle'} size={18} />
                <Text>注册即表示同意</Text>
              </TouchableOpacity>
              <Text>《用户协议》</Text>
              <Text>《隐私条款》</Text>
            </View>
          );
        }`,
      errors: [{ messageId: 'preselectedState', line: 9, data: { name: 'payload.Agree', binding: ' (in src/hooks/useRegister.ts:8) and ticks the check icon of the agreement' } }],
    },
    {
      name: "RN: FontAwesome's check-square / check-square-o pair (the empty box is the '-o' name) shown by state that starts true",
      filename: RN,
      code: `
        import Icon from 'react-native-vector-icons/FontAwesome';
        export function Agreement() {
          const [agreed, setAgreed] = useState(true);
          return (
            <TouchableOpacity onPress={() => setAgreed(!agreed)}>
              <Icon name={agreed ? 'check-square' : 'check-square-o'} />
              <Text>我已阅读并同意《隐私政策》</Text>
            </TouchableOpacity>
          );
        }`,
      errors: [{ messageId: 'preselectedState', line: 4, data: { name: 'agreed', binding: ' and ticks the check icon of the agreement' }, suggestions: 1 }],
    },
    {
      name: 'web: image checkbox (checked.png / unchecked.png) bound to useState(true), labelled by the policy link after it',
      filename: RN,
      code: `
        export function Footer() {
          const [isRead, setIsRead] = useState(true);
          return (
            <div className="agreement" onClick={() => setIsRead((v) => !v)}>
              <img src={isRead ? require('./img/checked.png') : require('./img/unchecked.png')} />
              <span>I have read and agree to the <a href="/privacy">Privacy Policy</a></span>
            </div>
          );
        }`,
      errors: [{ messageId: 'preselectedState', line: 3, data: { name: 'isRead', binding: ' and ticks the check icon of the agreement' }, suggestions: 1 }],
    },
    {
      name: 'useState(true) bound to the agreement checkbox',
      filename: RN,
      code: `
        export function PrivacyScreen() {
          const [agreed, setAgreed] = useState(true);
          return (
            <View style={styles.row}>
              <CheckBox value={agreed} onValueChange={setAgreed} />
              <Text>我已阅读并同意《用户协议》和《隐私政策》</Text>
            </View>
          );
        }`,
      errors: [
        {
          messageId: 'preselectedState',
          line: 3,
          suggestions: [
            {
              messageId: 'startFalse',
              output: `
        export function PrivacyScreen() {
          const [agreed, setAgreed] = useState(false);
          return (
            <View style={styles.row}>
              <CheckBox value={agreed} onValueChange={setAgreed} />
              <Text>我已阅读并同意《用户协议》和《隐私政策》</Text>
            </View>
          );
        }`,
            },
          ],
        },
      ],
    },
    {
      name: 'consent state recognised by name',
      filename: RN,
      code: `export function useConsent() { const [privacyAgreed, setPrivacyAgreed] = useState(true); return privacyAgreed; }`,
      errors: [{ messageId: 'preselectedState', suggestions: [{ messageId: 'startFalse', output: `export function useConsent() { const [privacyAgreed, setPrivacyAgreed] = useState(false); return privacyAgreed; }` }] }],
    },
    {
      name: 'defaultChecked on a web agreement checkbox',
      filename: WEB,
      code: `export const Consent = () => (<label><input type="checkbox" defaultChecked /> I agree to the Privacy Policy</label>);`,
      errors: [
        {
          messageId: 'preselectedControl',
          suggestions: [{ messageId: 'startUnchecked', output: `export const Consent = () => (<label><input type="checkbox" /> I agree to the Privacy Policy</label>);` }],
        },
      ],
    },
    {
      name: 'react-native-paper Checkbox with status="checked" next to the terms',
      filename: RN,
      code: `
        export const Terms = () => (
          <View>
            <Checkbox status="checked" onPress={toggle} />
            <Text>{t('I accept the Terms of Service and Privacy Policy')}</Text>
          </View>
        );`,
      errors: [{ messageId: 'preselectedControl', line: 4, suggestions: 1 }],
    },
    {
      name: 'class state bound to the agreement checkbox',
      filename: RN,
      code: `
        export class Agreement extends React.Component {
          state = { accepted: true };
          render() {
            return <CheckBox checked={this.state.accepted} title="I accept the privacy policy" onPress={this.toggle} />;
          }
        }`,
      errors: [{ messageId: 'preselectedState', line: 3, suggestions: 1 }],
    },
    {
      name: 'Taro checkbox ticked in JSX',
      filename: TARO,
      code: `
        import { Checkbox, Label } from '@tarojs/components';
        export default function Login() {
          return <Label><Checkbox value="agree" checked={true} />我已阅读并同意《隐私政策》</Label>;
        }`,
      errors: [{ messageId: 'preselectedControl', line: 4, suggestions: 1 }],
    },
    {
      name: 'Vue options data bound to the agreement checkbox',
      filename: UNI,
      languageOptions: vue,
      code: `<template>
  <checkbox-group @change="onChange">
    <label><checkbox value="agree" :checked="isAgree" /><text>我已阅读并同意《用户协议》</text></label>
  </checkbox-group>
</template>
<script>
export default {
  data() { return { isAgree: true }; },
};
</script>`,
      errors: [{ messageId: 'preselectedState', line: 8, suggestions: 1 }],
    },
    {
      name: 'Vue script setup ref(true) with v-model on a component-library checkbox',
      filename: UNI,
      languageOptions: vue,
      code: `<template>
  <u-checkbox v-model="agreed">同意《隐私政策》</u-checkbox>
</template>
<script setup>
import { ref } from 'vue';
const agreed = ref(true);
</script>`,
      errors: [{ messageId: 'preselectedState', line: 6, suggestions: 1 }],
    },
    {
      name: 'Vue template checkbox ticked literally',
      filename: UNI,
      languageOptions: vue,
      code: `<template>
  <label><checkbox value="agree" checked /><text>隐私政策</text></label>
</template>`,
      errors: [{ messageId: 'preselectedControl', line: 2, suggestions: 1 }],
    },
    {
      name: 'WXML: checked="true" and checked="false" (still ticked) on agreement checkboxes',
      filename: WECHAT_WXML,
      ...wxml,
      code: `<label><checkbox value="agree" checked="true"/>我已阅读并同意《隐私保护指引》</label>
<label><checkbox value="agree2" checked="false"/>同意《用户协议》</label>`,
      errors: [
        {
          messageId: 'preselectedControl',
          line: 1,
          suggestions: [
            {
              messageId: 'startUnchecked',
              output: `<label><checkbox value="agree"/>我已阅读并同意《隐私保护指引》</label>
<label><checkbox value="agree2" checked="false"/>同意《用户协议》</label>`,
            },
          ],
        },
        { messageId: 'preselectedControl', line: 2, suggestions: 1 },
      ],
    },
    {
      name: 'WeChat page data bound to the agreement checkbox in the sibling template',
      filename: WECHAT_PAGE,
      code: `Page({ data: { agreed: true, remember: true } });`,
      errors: [
        {
          messageId: 'preselectedState',
          suggestions: [{ messageId: 'startFalse', output: `Page({ data: { agreed: false, remember: true } });` }],
        },
      ],
    },
    {
      name: 'WeChat component data recognised by name',
      filename: at('wechat-app', 'components', 'privacy-popup', 'index.js'),
      code: `Component({ data: { isAgreePrivacy: true, show: false } });`,
      errors: [{ messageId: 'preselectedState', suggestions: 1 }],
    },
    // ---- The agreement box is still flagged when other toggles share its container --------------------------------
    {
      name: 'RN login form: remember-me box first, then the pre-ticked agreement box with split link text',
      filename: RN,
      code: `
        export function LoginScreen() {
          const [remember, setRemember] = useState(true);
          const [agreed, setAgreed] = useState(true);
          return (
            <View style={styles.form}>
              <CheckBox value={remember} onValueChange={setRemember} />
              <Text>记住密码</Text>
              <CheckBox value={agreed} onValueChange={setAgreed} />
              <Text>我已阅读并同意</Text>
              <Text style={styles.link} onPress={openTerms}>《用户协议》</Text>
              <Text>和</Text>
              <Text style={styles.link} onPress={openPrivacy}>《隐私政策》</Text>
            </View>
          );
        }`,
      errors: [{ messageId: 'preselectedState', line: 4, suggestions: 1 }],
    },
    {
      name: 'Taro login form: literal checked on both boxes, only the agreement one is flagged',
      filename: TARO,
      code: `
        import { Checkbox, View, Text } from '@tarojs/components';
        export default function Login() {
          return (
            <View className="login-form">
              <Checkbox value="remember" checked />记住密码
              <Checkbox value="agree" checked />
              我已阅读并同意<Text className="link">《用户协议》</Text>和<Text className="link">《隐私政策》</Text>
            </View>
          );
        }`,
      errors: [{ messageId: 'preselectedControl', line: 7, suggestions: 1 }],
    },
    {
      name: 'RN: agreement Switch on, labelled by the sentence after it, next to an auto-login Switch',
      filename: RN,
      code: `
        export function Footer() {
          return (
            <View style={styles.footer}>
              <Text>自动登录</Text>
              <Switch value={true} />
              <Switch value={true} />
              <Text>I have read and agree to the Privacy Policy</Text>
            </View>
          );
        }`,
      errors: [{ messageId: 'preselectedControl', line: 7, suggestions: 1 }],
    },
    {
      name: 'web: pre-ticked box wrapped in its own span, the terms sentence in the next one',
      filename: WEB,
      code: `
        export const Consent = () => (
          <div className="consent">
            <span className="box"><input type="checkbox" defaultChecked /></span>
            <span>I have read and agree to the <a href="/privacy">Privacy Policy</a></span>
          </div>
        );`,
      errors: [{ messageId: 'preselectedControl', line: 4, suggestions: 1 }],
    },
    {
      name: 'WXML login form: remember-me ticked, then the agreement box ticked — only the agreement is flagged',
      filename: WECHAT_WXML,
      ...wxml,
      code: `<view class="login-form">
  <checkbox value="remember" checked />
  <text>记住密码</text>
  <checkbox value="agree" checked />
  <text>我已阅读并同意</text><text class="link" bindtap="openPrivacy">《隐私政策》</text>
</view>`,
      errors: [{ messageId: 'preselectedControl', line: 4, suggestions: 1 }],
    },
    {
      name: 'WXML: the box alone in a checkbox-group, the privacy sentence after the group',
      filename: WECHAT_WXML,
      ...wxml,
      code: `<view class="agreement">
  <checkbox-group bindchange="onAgreeChange"><checkbox value="agree" checked="true" /></checkbox-group>
  <view class="agreement-text">我已阅读并同意《用户服务协议》和《隐私保护指引》</view>
</view>`,
      errors: [{ messageId: 'preselectedControl', line: 2, suggestions: 1 }],
    },
    {
      name: 'WeChat login page data: the agreement box in the template starts true (remember/autoLogin are fine)',
      filename: WECHAT_LOGIN_PAGE,
      code: `Page({ data: { phone: '', remember: true, autoLogin: true, agreed: true } });`,
      errors: [
        {
          messageId: 'preselectedState',
          suggestions: [{ messageId: 'startFalse', output: `Page({ data: { phone: '', remember: true, autoLogin: true, agreed: false } });` }],
        },
      ],
    },
    {
      name: 'Vue login form: remember and agreement both start true, only the agreement is flagged',
      filename: UNI,
      languageOptions: vue,
      code: `<template>
  <view class="login-form">
    <checkbox :checked="remember" @click="remember = !remember" />
    <text>记住密码</text>
    <checkbox :checked="agreed" @click="agreed = !agreed" />
    <text>我已阅读并同意</text>
    <text class="link" @click="open('privacy')">《隐私政策》</text>
  </view>
</template>
<script>
export default {
  data() { return { remember: true, agreed: true }; },
};
</script>`,
      errors: [{ messageId: 'preselectedState', line: 12, suggestions: 1 }],
    },
    {
      name: 'Vue: "点击同意" inside the box, the documents in the next view',
      filename: UNI,
      languageOptions: vue,
      code: `<template>
  <view class="agree-wrap">
    <label class="agree">
      <evan-checkbox primary-color="#ff6a00" v-model="checked"><text>点击同意</text></evan-checkbox>
    </label>
    <view class="agreement">
      <text @click="onAgree('user')">《用户协议》</text>
      <text @click="onAgree('policy')">《隐私政策》</text>
    </view>
  </view>
</template>
<script>
export default {
  data() { return { loading: false, checked: true }; },
};
</script>`,
      errors: [{ messageId: 'preselectedState', line: 14, suggestions: 1 }],
    },
    {
      name: 'RN: the text between two switches labels the first; the second is the agreement switch',
      filename: RN,
      code: `
        export function Footer() {
          const [autoLogin, setAutoLogin] = useState(true);
          return (
            <View style={styles.footer}>
              <Switch value={autoLogin} onValueChange={setAutoLogin} />
              <Text>自动登录</Text>
              <Switch value={true} />
              <Text>我已阅读并同意《隐私政策》</Text>
            </View>
          );
        }`,
      errors: [{ messageId: 'preselectedControl', line: 8, suggestions: 1 }],
    },
  ],
});

describe('the WeChat page template as the editor has it', () => {
  it('reads an unsaved template buffer before the file on disk', () => {
    const template = WECHAT_LOGIN_PAGE.replace(/\.js$/, '.wxml');
    const linter = new Linter({ configType: 'flat' });
    const config = [{ files: ['**/*.js'], plugins: { consentry: { rules: { 'no-preselected-consent': rule as unknown as Rule.RuleModule } } }, rules: { 'consentry/no-preselected-consent': 'error' as const } }];
    const code = `Page({ data: { phone: '', accepted: true } });`;
    // On disk the agreement box is bound to `agreed`; nothing binds `accepted`, whose name says nothing either.
    expect(linter.verify(code, config, WECHAT_LOGIN_PAGE)).toEqual([]);
    getProjectModel().setOverlay(template, '<view><checkbox value="agree" checked="{{accepted}}" /><text>我已阅读并同意《隐私政策》</text></view>');
    try {
      const messages = linter.verify(code, config, WECHAT_LOGIN_PAGE);
      expect(messages.map((m) => m.messageId)).toEqual(['preselectedState']);
      expect(messages[0]?.message).toContain('bound to the agreement checkbox in the page template');
    } finally {
      getProjectModel().setOverlay(template, undefined);
    }
  });
});

describe('which labels name a consent agreement', () => {
  it('the privacy policy and user agreements do; the terms of an order option alone do not', () => {
    for (const label of ['我已阅读并同意《隐私政策》', '同意《用户服务协议》', '同意《充值协议》及《隐私政策》', 'I agree to the Terms of Service', '同意并接受《到店自提服务协议》和《个人信息保护政策》', '同意《椰云网络服务协议》', '同意《会员注册协议》', '同意《充值用户协议》']) {
      expect(namesConsentAgreement(label), label).toBe(true);
    }
    for (const label of ['同意并接受《到店自提服务协议》', '我已阅读《充值协议》', '同意《自动续费服务协议》', '我已阅读并同意此《年检代办服务协议》', '记住密码', '我已阅读并同意《椰云网络生活缴费服务协议》', '我已阅读并同意《加油卡回收协议》', '同意《会员自动续费协议》']) {
      expect(namesConsentAgreement(label), label).toBe(false);
    }
  });
});
