// Declarations read from object-shaped configs (JSON/JSON5/static JS), shared by Expo, WeChat, uni-app and Taro.
import type { Declaration, DeclarationSource, Platform } from '../../types.js';
import { child, type ConfigMember, type ConfigNode } from '../config-tree.js';
import { BACKGROUND_MODES, isIosPurposeKey, TEMPORARY_LOCATION_DICTIONARY } from './info-plist.js';

export function stringDeclaration(
  platform: Platform,
  source: DeclarationSource,
  file: string,
  key: string,
  keyMember: ConfigMember,
  value: ConfigNode | undefined,
): Declaration {
  return {
    platform,
    key,
    ...(value?.type === 'string' ? { rawValue: value.value as string, value: value.value as string } : {}),
    source,
    file,
    keyRange: keyMember.keyRange,
    ...(value ? { valueRange: value.range } : {}),
  };
}

/** Each string of an array as its own declaration `${prefix}${value}` (requiredPrivateInfos, background modes). */
export function arrayEntryDeclarations(platform: Platform, source: DeclarationSource, file: string, prefix: string, array: ConfigNode | undefined): Declaration[] {
  if (array?.type !== 'array') return [];
  const out: Declaration[] = [];
  for (const element of array.elements) {
    if (element.type !== 'string') continue;
    const value = (element.value as string).trim();
    out.push({ platform, key: `${prefix}${value}`, rawValue: element.value as string, value, source, file, keyRange: element.range, valueRange: element.range });
  }
  return out;
}

/** iOS purpose keys of an Info.plist-shaped object (Expo `ios.infoPlist`, uni-app `privacyDescription`). */
export function iosObjectDeclarations(source: DeclarationSource, file: string, object: ConfigNode | undefined, includeAllKeys = false): Declaration[] {
  if (object?.type !== 'object') return [];
  const out: Declaration[] = [];
  for (const m of object.members) {
    if (isIosPurposeKey(m.key) || (includeAllKeys && /^NS\w+$/.test(m.key))) {
      out.push(stringDeclaration('ios', source, file, m.key, m, m.value));
    } else if (m.key === TEMPORARY_LOCATION_DICTIONARY) {
      out.push({ platform: 'ios', key: m.key, source, file, keyRange: m.keyRange, valueRange: m.value.range });
      if (m.value.type === 'object') {
        for (const entry of m.value.members) out.push(stringDeclaration('ios', source, file, `${TEMPORARY_LOCATION_DICTIONARY}.${entry.key}`, entry, entry.value));
      }
    } else if (m.key === BACKGROUND_MODES) {
      out.push(...arrayEntryDeclarations('ios', source, file, `${BACKGROUND_MODES}:`, m.value));
    }
  }
  return out;
}

/**
 * Where each WeChat-family section came from. Only `permission` carries user-facing text (each scope's `desc`);
 * `requiredPrivateInfos` (API names) and `requiredBackgroundModes` (mode ids) get sources of their own so that
 * text checks never mistake 'getLocation' or 'audio' for a purpose.
 */
export interface WechatSources {
  permission: DeclarationSource;
  requiredPrivateInfos: DeclarationSource;
  requiredBackgroundModes: DeclarationSource;
}

/**
 * WeChat-family keys of an app.json-shaped object: `permission[scope].desc` → key 'scope.userLocation' (value desc),
 * `requiredPrivateInfos` → 'requiredPrivateInfos:getLocation', `requiredBackgroundModes` → 'requiredBackgroundModes:location'.
 */
export function wechatDeclarations(sources: WechatSources, file: string, object: ConfigNode | undefined): Declaration[] {
  if (object?.type !== 'object') return [];
  const out: Declaration[] = [];
  const permission = child(object, 'permission');
  if (permission?.type === 'object') {
    for (const scope of permission.members) {
      const desc = scope.value.type === 'object' ? scope.value.members.findLast((m) => m.key === 'desc') : undefined;
      out.push({
        platform: 'wechat',
        key: scope.key,
        ...(desc?.value.type === 'string' ? { rawValue: desc.value.value as string, value: desc.value.value as string } : {}),
        source: sources.permission,
        file,
        keyRange: scope.keyRange,
        valueRange: desc ? desc.value.range : scope.value.range,
      });
    }
  }
  out.push(...arrayEntryDeclarations('wechat', sources.requiredPrivateInfos, file, 'requiredPrivateInfos:', child(object, 'requiredPrivateInfos')));
  out.push(...arrayEntryDeclarations('wechat', sources.requiredBackgroundModes, file, 'requiredBackgroundModes:', child(object, 'requiredBackgroundModes')));
  return out;
}
