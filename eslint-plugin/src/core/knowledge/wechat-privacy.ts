// The WeChat privacy interfaces (隐私接口): the APIs and components that fail unless the user agreed to the
// mini-program's privacy guide. The catalogue marks them with the privacy-guide information type they fall under
// (purposeKeys.wechatPrivacyGuide). Basic APIs outside that list (makePhoneCall, scanCode, getSystemInfo, the
// sensors) need no privacy authorization, so they are no reason to ask for one.
import { API_ENTRIES, firstWrittenName, wordTest, type TextTest } from './registry.js';

let privacyApis: ReadonlySet<string> | undefined;

/** API names (the same under wx., uni., Taro., and as named Taro imports) the catalogue files under a privacy-guide type. */
export function wechatPrivacyApis(): ReadonlySet<string> {
  privacyApis ??= new Set(
    API_ENTRIES.filter((entry) => entry.purposeKeys?.wechatPrivacyGuide && entry.access !== 'template').map((entry) => entry.display.slice(entry.display.lastIndexOf('.') + 1)),
  );
  return privacyApis;
}

let privacyUseWords: TextTest | undefined;
/** The template side, as the usage scanner's TEMPLATE_USES find it (PRIVACY_TEMPLATE_USE below judges them). */
const PRIVACY_TEMPLATE_TEXT = /<(?:camera|live-pusher|voip-room)\b|getPhoneNumber|chooseAvatar/;

/**
 * Cheap test before a scan for privacy uses: a file's text can hold one only if it names one of these APIs as a word
 * (the API's own name, or the first name one of its bindings is reached through: firstWrittenName) or one of the
 * template components and attributes. A use is found through names written in the text, so a text that names none
 * holds none.
 */
export function mayHoldWechatPrivacyUse(text: string): boolean {
  if (!privacyUseWords) {
    const names = new Set(wechatPrivacyApis());
    for (const entry of API_ENTRIES) {
      if (!entry.purposeKeys?.wechatPrivacyGuide || entry.access === 'template') continue;
      for (const binding of entry.bindings) {
        const name = firstWrittenName(binding);
        if (name !== undefined) names.add(name);
      }
    }
    privacyUseWords = wordTest(names);
  }
  return privacyUseWords.test(text) || PRIVACY_TEMPLATE_TEXT.test(text);
}

/** Template components and attributes on the list, as the usage scanner names them ('<camera', 'open-type="getPhoneNumber'). */
const PRIVACY_TEMPLATE_USE = /^<(?:camera|live-pusher|voip-room)\b|^open-type\s*=\s*["'](?:getPhoneNumber|chooseAvatar)/;

/**
 * Getters whose object's method is the privacy interface, not the getter: WeChat's list names RecorderManager.start,
 * not getRecorderManager; a camera context works only inside a <camera>, which is the interface (found in the
 * template). `null`: the getter never counts; a pattern: it counts where the file calls the method.
 */
const INTERFACE_IS_A_METHOD: Readonly<Record<string, RegExp | null>> = {
  getRecorderManager: /\.start\s*\(/,
  createCameraContext: null,
};

/**
 * Whether a use the usage scanner found (its detail: 'wx.getLocation', 'Taro.chooseImage', '<camera') is a privacy
 * interface. `text` is the file's: a getter counts only where the file calls the method that is the interface.
 */
export function isWechatPrivacyUse(via: string, detail: string, text?: string): boolean {
  if (via === 'template') return PRIVACY_TEMPLATE_USE.test(detail);
  if (via !== 'code' || OTHER_MINI_PROGRAM_HOST.test(detail)) return false;
  const name = detail.slice(detail.lastIndexOf('.') + 1);
  if (!wechatPrivacyApis().has(name)) return false;
  if (!(name in INTERFACE_IS_A_METHOD)) return true;
  const method = INTERFACE_IS_A_METHOD[name];
  return !!method && text !== undefined && method.test(text);
}

/**
 * Another mini-program platform's global (Alipay `my`, Baidu `swan`, Douyin `tt`, QQ `qq` …): its calls do not exist in
 * the WeChat build, whatever they are named (`my.getLocation` in a Taro app's Alipay branch).
 */
const OTHER_MINI_PROGRAM_HOST = /^(?:my|swan|tt|qq|dd|jd|ks|xhs)\./;
