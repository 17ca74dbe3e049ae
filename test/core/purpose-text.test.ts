import { describe, expect, it } from 'vitest';
import {
  PURPOSE_PLACEHOLDER,
  assessPurposeText,
  detectTextLocale,
  isPlaceholderText,
  localesMatch,
  purposePlaceholder,
  statesNoPurpose,
  weightedLength,
} from '../../eslint-plugin/src/core/purpose-text.js';

const kinds = (text: string, options = {}) => assessPurposeText(text, options).map((problem) => problem.kind);

describe('purpose text heuristics', () => {
  it('accepts clear purposes with an example, in English and Chinese', () => {
    for (const text of [
      'We use the camera to scan the QR code on your ticket, for example at event check-in.',
      '$(PRODUCT_NAME) uses your location to show pickup points near you, e.g. when you order groceries.',
      'Allow $(PRODUCT_NAME) to access your photos so you can attach receipts to an expense report.',
      '用于扫描门票上的二维码，例如入场时核验。',
      '用于拍摄商品照片，例如发布二手商品时',
      '展示附近的自提门店',
      'Your voice memos are recorded with the microphone and saved only on this device.',
    ]) {
      expect(kinds(text), text).toEqual([]);
    }
  });

  it('flags empty strings', () => {
    expect(kinds('')).toEqual(['empty']);
    expect(kinds('   \n')).toEqual(['empty']);
  });

  it('flags framework defaults and placeholders', () => {
    for (const text of [
      'Allow $(PRODUCT_NAME) to access your camera',
      'Allow $(PRODUCT_NAME) to use your location.',
      '$(PRODUCT_NAME) needs access to your Camera',
      '$(PRODUCT_NAME) would like to use your microphone',
      'This identifier will be used to deliver personalized ads to you.',
      '请点击确定',
      '为了更好服务',
      '为了给您提供更好的服务，需要获取位置权限',
      '$string:module_desc',
      'TODO',
      'todo: write this',
      'test',
      'Test.',
      '测试',
      'xxx',
      '用于xxx功能',
      'Lorem ipsum dolor sit amet',
      PURPOSE_PLACEHOLDER,
      purposePlaceholder('the camera'),
    ]) {
      expect(kinds(text), text).toEqual(['placeholder']);
    }
  });

  it('takes extra placeholder patterns from options', () => {
    expect(kinds('Pending legal review of this text', { placeholders: ['pending legal review'] })).toEqual(['placeholder']);
    expect(isPlaceholderText('Pending legal review of this text')).toBe(false);
  });

  it('flags strings that only name the permission or only announce a purpose', () => {
    for (const text of [
      'Camera access',
      'Camera permission required',
      'This app needs access to your location',
      'We need your location.',
      'Used for app features',
      'used for …',
      '用于…',
      '以便……',
      '需要使用相机',
      '需要访问您的位置信息',
      '获取你的位置',
      '小程序定位',
      '本应用需要获取您的通讯录权限',
    ]) {
      expect(kinds(text), text).toEqual(['noPurpose']);
    }
    expect(statesNoPurpose('Scan QR codes on tickets')).toBe(false);
  });

  it('flags strings too short to state a purpose, weighting CJK characters double', () => {
    expect(weightedLength('用于扫码')).toBe(8);
    expect(assessPurposeText('用于扫码')).toEqual([{ kind: 'tooShort', length: 8, minLength: 12 }]);
    expect(kinds('Take photos')).toEqual(['tooShort']);
    expect(kinds('Scan QR codes')).toEqual([]);
    expect(kinds('Scan QR codes', { minLength: 20 })).toEqual(['tooShort']);
  });

  it('flags strings over a platform limit, counting code points', () => {
    const desc = '用于在地图上展示你附近的自提门店和配送范围，方便你选择最近的门店下单取货';
    expect(assessPurposeText(desc, { maxLength: 30 })).toEqual([{ kind: 'tooLong', length: 36, maxLength: 30 }]);
    expect(kinds('展示附近的自提门店', { maxLength: 30 })).toEqual([]);
    expect(kinds(`${PURPOSE_PLACEHOLDER} for the location`, { maxLength: 30 })).toEqual(['placeholder']);
    expect(kinds('用于在地图上展示你附近的自提门店和配送范围，方便你选择最近的门店下单取货，需要使用位置', { maxLength: 30 })).toEqual(['tooLong']);
  });
});

describe('locales', () => {
  it('matches iOS, HarmonyOS and BCP-47 spellings of the same language', () => {
    expect(localesMatch('zh-Hans', 'zh_CN')).toBe(true);
    expect(localesMatch('zh-Hans', 'zh-Hant')).toBe(false);
    expect(localesMatch('zh-Hant', 'zh_TW')).toBe(true);
    expect(localesMatch('en', 'en_US')).toBe(true);
    expect(localesMatch('en-GB', 'en-US')).toBe(false);
    expect(localesMatch('en', 'fr')).toBe(false);
  });

  it('tells the language of a base text by its script', () => {
    expect(detectTextLocale('用于扫描二维码')).toBe('zh-Hans');
    expect(detectTextLocale('カメラを使用します')).toBe('ja');
    expect(detectTextLocale('Scan QR codes')).toBe('en');
  });
});
