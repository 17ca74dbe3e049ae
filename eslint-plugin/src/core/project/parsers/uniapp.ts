// uni-app manifest.json (JSON with comments): app-plus (iOS privacyDescription, Android permissions as raw XML
// strings), mp-weixin (WeChat permission / requiredPrivateInfos), and which sections exist (= targeted platforms).
import { normaliseAndroidPermission } from '../../knowledge/android.js';
import type { Declaration } from '../../types.js';
import { child, childAt, isTrue, type ConfigNode } from '../config-tree.js';
import type { LineIndex } from '../positions.js';
import { arrayEntryDeclarations, iosObjectDeclarations, wechatDeclarations } from './object-declarations.js';
import { BACKGROUND_MODES } from './info-plist.js';
import type { FileParseOutput } from './types.js';

export interface UniManifestOutput extends FileParseOutput {
  sections: {
    appPlus: boolean;
    iosDistribute: boolean;
    androidDistribute: boolean;
    mpWeixin: boolean;
    h5: boolean;
    /** app-plus holds configuration of the project's own (modules, SDKs, icons, iOS or Android settings), not only HBuilderX's template. */
    appConfigured: boolean;
    /** mp-weixin.appid is filled in. */
    mpWeixinAppid: boolean;
    /** mp-weixin is HBuilderX's template as generated: no appid, nothing but `setting.urlCheck` and `usingComponents`. */
    mpWeixinTemplate: boolean;
    /** app-plus.distribute.ios.idfa is true: the App build reads the advertising identifier (App Tracking Transparency). */
    iosIdfa: boolean;
    /** The App build's native modules and cloud plugins: app-plus.modules (Push, Geolocation …) and app-plus.nativePlugins (JG-JPush …). */
    nativeModules: string[];
  };
}

/** A value someone set: true, a non-empty string or number, or a container holding one. `{}`, `""` and `false` are template filler. */
function hasSetting(node: ConfigNode | undefined): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'object':
      return node.members.some((member) => hasSetting(member.value));
    case 'array':
      return node.elements.some(hasSetting);
    case 'string':
      return (node.value as string).trim() !== '';
    case 'boolean':
      return node.value === true;
    case 'number':
      return true;
    default:
      return false;
  }
}

/**
 * HBuilderX writes the same app-plus block into every new project: empty modules, sdkConfigs and ios, and a stock
 * Android permission list. Anything beyond that (a module, an SDK setting, icons, an iOS setting, an Android setting
 * other than the permission list) was configured for an App build.
 */
function appPlusConfigured(appPlus: ConfigNode | undefined): boolean {
  const distribute = child(appPlus, 'distribute');
  const android = child(distribute, 'android');
  const androidSettings = android?.type === 'object' && android.members.some((member) => member.key !== 'permissions' && hasSetting(member.value));
  // A module is switched on by its key alone ("Geolocation": {}).
  const modules = child(appPlus, 'modules');
  return (
    (modules?.type === 'object' && modules.members.length > 0) ||
    hasSetting(child(distribute, 'sdkConfigs')) ||
    hasSetting(child(distribute, 'icons')) ||
    hasSetting(child(distribute, 'ios')) ||
    androidSettings
  );
}

/**
 * The mp-weixin block a new HBuilderX project gets: `{ "appid": "", "setting": { "urlCheck": false }, "usingComponents": true }`,
 * with the `uniStatistics` switch HBuilderX copies into every platform block when uni statistics is turned on.
 */
function isMpWeixinTemplate(mpWeixin: ConfigNode | undefined): boolean {
  if (mpWeixin?.type !== 'object' || hasSetting(child(mpWeixin, 'appid'))) return false;
  return mpWeixin.members.every((member) => {
    if (member.key === 'appid' || member.key === 'usingComponents' || member.key === 'uniStatistics') return true;
    if (member.key !== 'setting') return false;
    // Boxes left unticked in HBuilderX's manifest editor are written as `false` (es6, minified, postcss): filler.
    return member.value.type === 'object' && member.value.members.every((setting) => setting.key === 'urlCheck' || !hasSetting(setting.value));
  });
}

export function isUniManifest(root: ConfigNode | undefined): boolean {
  return child(root, 'app-plus') !== undefined || child(root, 'mp-weixin') !== undefined;
}

const USES_PERMISSION = /<\s*(uses-permission(?:-sdk-23)?)\b([^>]*)>/;
const NAME_ATTRIBUTE = /android:name\s*=\s*\\?["']([^"'\\]+)\\?["']/;
const REMOVE_ATTRIBUTE = /tools:node\s*=\s*\\?["']remove\\?["']/;

export function readUniManifest(file: string, root: ConfigNode, lines: LineIndex): UniManifestOutput {
  const appPlus = child(root, 'app-plus');
  const distribute = child(appPlus, 'distribute');
  const mpWeixin = child(root, 'mp-weixin');
  const declarations: Declaration[] = [];
  declarations.push(...iosObjectDeclarations('uniapp-ios-privacy-description', file, childAt(distribute, ['ios', 'privacyDescription'])));
  declarations.push(...backgroundModeDeclarations(file, childAt(distribute, ['ios', 'UIBackgroundModes'])));
  const permissions = childAt(distribute, ['android', 'permissions']);
  if (permissions?.type === 'array') {
    for (const element of permissions.elements) {
      if (element.type !== 'string') continue;
      const raw = element.value as string;
      const tag = USES_PERMISSION.exec(raw);
      const name = tag ? NAME_ATTRIBUTE.exec(tag[2]) : undefined;
      // A bare id ("android.permission.CAMERA") is accepted too; anything else (comments, other tags) is skipped.
      const id = name ? name[1] : /^[\w.]+$/.test(raw.trim()) ? raw.trim() : undefined;
      if (!id) continue;
      // The id's exact span inside the JSON string literal (ids contain no escapes).
      const literal = lines.text.slice(element.range.start.offset, element.range.end.offset);
      const at = literal.indexOf(id);
      declarations.push({
        platform: 'android',
        key: normaliseAndroidPermission(id),
        rawValue: raw,
        source: 'uniapp-android-permissions',
        file,
        keyRange: element.range,
        valueRange: at >= 0 ? lines.range(element.range.start.offset + at, element.range.start.offset + at + id.length) : element.range,
        ...(tag && REMOVE_ATTRIBUTE.test(tag[2]) ? { removed: true } : {}),
      });
    }
  }
  declarations.push(
    ...wechatDeclarations(
      {
        permission: 'uniapp-mp-weixin-permission',
        requiredPrivateInfos: 'uniapp-mp-weixin-required-private-infos',
        requiredBackgroundModes: 'uniapp-mp-weixin-required-background-modes',
      },
      file,
      mpWeixin,
    ),
  );
  return {
    declarations,
    problems: [],
    unreadable: false,
    sections: {
      appPlus: appPlus?.type === 'object',
      iosDistribute: child(distribute, 'ios')?.type === 'object',
      androidDistribute: child(distribute, 'android')?.type === 'object',
      mpWeixin: mpWeixin?.type === 'object',
      h5: child(root, 'h5')?.type === 'object',
      appConfigured: appPlusConfigured(appPlus),
      mpWeixinAppid: hasSetting(child(mpWeixin, 'appid')),
      mpWeixinTemplate: isMpWeixinTemplate(mpWeixin),
      iosIdfa: isTrue(childAt(distribute, ['ios', 'idfa'])),
      nativeModules: ['modules', 'nativePlugins'].flatMap((section) => {
        const node = child(appPlus, section);
        return node?.type === 'object' ? node.members.map((member) => member.key) : [];
      }),
    },
  };
}

/** distribute.ios.UIBackgroundModes: an array, or one string ("location", "audio,location"), as Info.plist background modes. */
function backgroundModeDeclarations(file: string, node: ConfigNode | undefined): Declaration[] {
  if (node?.type === 'array') return arrayEntryDeclarations('ios', 'uniapp-ios-privacy-description', file, `${BACKGROUND_MODES}:`, node);
  if (node?.type !== 'string') return [];
  return (node.value as string)
    .split(',')
    .map((mode) => mode.trim())
    .filter(Boolean)
    .map((mode) => ({ platform: 'ios' as const, key: `${BACKGROUND_MODES}:${mode}`, rawValue: node.value as string, value: mode, source: 'uniapp-ios-privacy-description' as const, file, keyRange: node.range, valueRange: node.range }));
}
