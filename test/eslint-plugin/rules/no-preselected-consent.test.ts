import { RuleTester } from 'eslint';
import type { Rule } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import vueParser from 'vue-eslint-parser';
import { afterAll, describe, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import rule from '../../../eslint-plugin/src/rules/no-preselected-consent.js';
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

const vue = { parser: vueParser, sourceType: 'module' as const, parserOptions: { parser: tsParser, ecmaFeatures: { jsx: true } } };
const wxml = {
  plugins: { consentry: { languages: { wxml: wxmlLanguage } } },
  language: 'consentry/wxml',
};

const ruleTester = new RuleTester({
  languageOptions: { parser: tsParser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
});

ruleTester.run('no-preselected-consent', rule as unknown as Rule.RuleModule, {
  valid: [
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
  ],
  invalid: [
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
  ],
});
