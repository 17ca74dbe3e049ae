import { describe, expect, it } from 'vitest';
import {
  classifyConsentName,
  entryMethodName,
  isBareApprovalName,
  isConsentCallbackName,
  isConsentDialogName,
  nameWords,
  sdkVendorOf,
} from '../../../eslint-plugin/src/util/consent-guard.js';
import { getEntryById, API_ENTRIES } from '../../../eslint-plugin/src/core/knowledge/registry.js';

describe('consent name heuristic', () => {
  it('splits names into words', () => {
    expect(nameWords('isPrivacyAgreed')).toEqual(['is', 'privacy', 'agreed']);
    expect(nameWords('PRIVACY_AGREED')).toEqual(['privacy', 'agreed']);
    expect(nameWords('privacy-consent-v2')).toEqual(['privacy', 'consent', 'v2']);
  });

  it('recognises names that mean "the user agreed"', () => {
    for (const name of ['hasConsent', 'isPrivacyAgreed', 'privacyAccepted', 'agreePrivacy', 'isAgreePrivacy', 'consentGiven', 'userConsented', 'termsAccepted', 'agreedToPolicy', 'yinsiAgree', 'isagreeprivacy']) {
      expect(classifyConsentName(name), name).toBe('positive');
    }
  });

  it('reads "the dialog is still due" names the other way round', () => {
    for (const name of ['needAuthorization', 'showPrivacy', 'privacyDialogVisible', 'needPrivacyAgree', 'consentRequired']) {
      expect(classifyConsentName(name), name).toBe('negative');
    }
  });

  it('ignores refusals, settings of the feature, descriptive values and event handlers', () => {
    for (const name of ['privacyRejected', 'disagreePrivacy', 'notAgreed', 'consentEnabled', 'privacyVersion', 'privacyUrl', 'consentStatus', 'consentDialog', 'onAgree', 'handlePolicyOk', 'agreed', 'accepted', 'isFirstLaunch']) {
      expect(classifyConsentName(name), name).toBeUndefined();
    }
  });

  it('bare approval flags (guards only)', () => {
    expect(isBareApprovalName(nameWords('isAgree'))).toBe(true);
    expect(isBareApprovalName(nameWords('hasAgreed'))).toBe(true);
    expect(isBareApprovalName(nameWords('orderAccepted'))).toBe(false);
  });

  it('callbacks and dialogs', () => {
    for (const name of ['onAgree', 'handleAgree', 'onPrivacyAgree', 'agreePrivacy', 'acceptTerms', 'handleAgreePrivacyAuthorization', 'onConsentGiven']) {
      expect(isConsentCallbackName(name), name).toBe(true);
    }
    for (const name of ['privacyAgreed', 'hasConsent', 'onDisagree', 'showAgreement', 'consentGiven', 'onConfirm']) {
      expect(isConsentCallbackName(name), name).toBe(false);
    }
    expect(isConsentDialogName('ensurePrivacyConsent')).toBe(true);
    expect(isConsentDialogName('waitForConsent')).toBe(true);
    expect(isConsentDialogName('showPrivacyDialog')).toBe(false);
  });
});

describe('knowledge-base entries as the consent model reads them', () => {
  it('method names of displays', () => {
    const byDisplay = (display: string) => API_ENTRIES.find((e) => e.display === display)!;
    expect(entryMethodName(byDisplay('wx.requirePrivacyAuthorize'))).toBe('requirePrivacyAuthorize');
    expect(entryMethodName(byDisplay('AMapLocationClient.updatePrivacyAgree'))).toBe('updatePrivacyAgree');
    expect(entryMethodName(API_ENTRIES.find((e) => e.display.startsWith('new Mixpanel'))!)).toBe('init');
  });

  it('vendors group an SDK with its own consent switches', () => {
    const jcore = getEntryById('react-native:JCore.setAuth')!;
    const jpush = getEntryById('react-native:JPush.init')!;
    expect(sdkVendorOf(jcore)).toBe(sdkVendorOf(jpush));
    expect(sdkVendorOf(getEntryById('react-native:OneSignal.setConsentRequired')!)).toBe('onesignal');
  });
});
