// 简体中文 for the prose the rules put into report `data` ("the camera permission", "starts a push SDK that collects
// personal data", "iOS kills the app when …"). The templates in zh-CN.ts interpolate these values, so without this
// a Chinese message would carry English fragments. Each translator takes the English value the rule produced and
// returns Chinese; a value it does not recognise comes back unchanged (the locale test lints real code and fails on
// English left in a Chinese message). Identifiers (keys, API names, files, scopes) are never translated.

/** Translates one `data` value of a rule; returns the value unchanged when it does not recognise it. */
export type DataTranslator = (value: string) => string;

/** Permission vocabulary of the knowledge base (core/knowledge) → the name Chinese privacy policies use. */
export const ZH_CN_PERMISSION_NAMES: Readonly<Record<string, string>> = {
  accounts: '账户',
  activity: '身体活动',
  address: '收货地址',
  'advertising-id': '广告标识符',
  alarms: '闹钟',
  attribution: '安装来源',
  bluetooth: '蓝牙',
  calendar: '日历',
  'calendar-write': '日历写入',
  'call-log': '通话记录',
  camera: '相机',
  clipboard: '剪贴板',
  contacts: '通讯录',
  'crash-pii': '崩溃日志中的个人信息',
  'device-id': '设备标识符',
  'device-name': '设备名称',
  'face-id': '面容 ID',
  files: '文件',
  health: '健康数据',
  hid: 'HID 设备',
  idle: '空闲检测',
  invoice: '发票信息',
  'license-plate': '车牌号',
  location: '位置',
  'location-background': '后台位置',
  'location-temporary-precise': '临时精确位置',
  'media-library': '媒体库',
  'tv-provider': '电视服务商账户',
  'media-location': '照片和视频中的位置信息',
  'distributed-data': '多设备协同',
  microphone: '麦克风',
  motion: '运动与健身',
  'nearby-devices': '附近设备',
  'network-id': '网络标识',
  nfc: 'NFC',
  notifications: '通知',
  phone: '电话',
  'phone-number': '手机号码',
  photos: '相册',
  'photos-add': '相册写入',
  'privacy-agreement': '隐私协议',
  'push-token': '推送 token',
  reminders: '提醒事项',
  'screen-capture': '屏幕录制',
  sensors: '身体传感器',
  serial: '串口',
  siri: 'Siri',
  sms: '短信',
  speech: '语音识别',
  storage: '存储',
  tracking: '跨应用跟踪（ATT）',
  unknown: '未知',
  usb: 'USB 设备',
  'user-profile': '用户资料',
};

/** Knowledge-base SDK categories (ApiEntry.sdkCategory). */
export const ZH_CN_SDK_CATEGORIES: Readonly<Record<string, string>> = {
  ads: '广告',
  analytics: '统计分析',
  attribution: '归因',
  'crash-reporting': '崩溃上报',
  'maps-location': '地图定位',
  push: '推送',
};

/** The notes of core/knowledge/android.ts ANDROID_RESTRICTED_PERMISSIONS (Google Play policy, in Play's Chinese terms). */
export const ZH_CN_RESTRICTED_NOTES: Readonly<Record<string, string>> = {
  'package visibility: declare the use case or use <queries>': '软件包可见性：需在 Play Console 申报使用场景，或改用 <queries>',
  'All files access: file managers, backup and antivirus apps only': '所有文件访问权限：仅限文件管理、备份和杀毒类应用',
  'SMS permissions: default SMS handler or an approved exception only': '短信权限：仅限默认短信应用或获批的例外情形',
  'Call log permissions: default phone handler or an approved exception only': '通话记录权限：仅限默认电话应用或获批的例外情形',
  'Background location: needs a Play Console declaration and review': '后台位置信息：需在 Play Console 中申报并通过审核',
  'Photo and video permissions: broad access only for core use (else use the photo picker)':
    '照片和视频权限：仅核心用途可申请广泛访问（否则请使用照片选择器）',
  'Install packages: core functionality only': '安装应用：仅限核心功能',
  'Full-screen intent: alarm and calling apps only (Android 14+)': '全屏 Intent：仅限闹钟和通话类应用（Android 14 及以上）',
  'Exact alarms: alarm and calendar apps only': '精确闹钟：仅限闹钟和日历类应用',
  'Accessibility API: accessibility use only, with a declaration': '无障碍 API：仅限无障碍用途，且需申报',
};

/** What no-collection-before-consent says is read ("reads the device name"), after the article. */
const COLLECTED_DATA: Readonly<Record<string, string>> = {
  location: '位置信息',
  'background location': '后台位置信息',
  clipboard: '剪贴板内容',
  'device identifier': '设备标识符',
  'network identifier': '网络标识（如 MAC、Wi-Fi 信息）',
  'carrier / phone information': '运营商和电话信息',
  'device name': '设备名称',
  'install referrer': '安装来源（install referrer）',
  'phone number': '手机号码',
  contacts: '通讯录',
  'push token': '推送 token',
  'advertising identifier (OAID)': '广告标识符（OAID）',
  'advertising identifier': '广告标识符',
  'activity data': '身体活动数据',
  'motion data': '运动数据',
  'nearby Bluetooth devices': '附近的蓝牙设备',
  'user profile': '用户资料',
  calendar: '日历',
  reminders: '提醒事项',
};

/** What iOS would ask for, in require-purpose-string's consequence ("iOS kills the app when the camera is …"). */
const IOS_RESOURCES: Readonly<Record<string, string>> = {
  camera: '相机',
  microphone: '麦克风',
  'photo library': '相册',
  'saving to the photo library': '保存到相册的功能',
  location: '位置',
  'background location': '后台位置',
  contacts: '通讯录',
  calendar: '日历',
  reminders: '提醒事项',
  Bluetooth: '蓝牙',
  'motion data': '运动数据',
  'speech recognition': '语音识别',
  'Face ID': '面容 ID',
  'tracking prompt (ATT)': '跨应用跟踪授权（ATT）',
  'media library': '媒体库',
  Siri: 'Siri',
  'health data': '健康数据',
  NFC: 'NFC',
  'protected resource': '受保护的资源',
};

const withoutArticle = (text: string): string => text.replace(/^(?:the|an?) /, '');
const permissionName = (id: string): string => ZH_CN_PERMISSION_NAMES[id] ?? id;

/** 'a、b和c' */
function listZh(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
}

/** Permission ids written as "camera, microphone and location" (util/denial.ts permissionPhrase), or undefined. */
function permissionIds(text: string): string[] | undefined {
  const ids = text.split(/, | and /);
  return ids.every((id) => id in ZH_CN_PERMISSION_NAMES) ? ids : undefined;
}

/** util/denial.ts permissionPhrase: "the camera permission", "the camera and microphone permissions", fallbacks. */
const permissionPhrase: DataTranslator = (value) => {
  const fallback: Record<string, string> = { 'the same permission': '同一权限', 'the permission': '该权限', 'a permission': '权限' };
  if (value in fallback) return fallback[value];
  const match = /^the (.+) permissions?$/.exec(value);
  const ids = match && permissionIds(match[1]);
  return ids ? `${listZh(ids.map(permissionName))}权限` : value;
};

/** util/denial.ts describeDenied: "PermissionsAndroid.request (camera)", "the permission read by check (location)". */
const deniedPermission: DataTranslator = (value) => {
  const listed = /^(.*) \(([a-z0-9-]+(?:, [a-z0-9-]+)*)\)$/.exec(value);
  const ids = listed && listed[2].split(', ').every((id) => id in ZH_CN_PERMISSION_NAMES) ? listed[2].split(', ') : undefined;
  const head = ids ? listed![1] : value;
  const permissions = ids ? `（${ids.map(permissionName).join('、')}）` : '';
  if (head === 'the permission') return `该权限${permissions}`;
  const readBy = /^the permission read by (.+)$/.exec(head);
  if (readBy) return `${readBy[1]} 查询的权限${permissions}`;
  return `${head}${permissions}`;
};

/** One step of util/launch-context.ts describeLaunchPath / describeLaunchContext. */
function launchStep(step: string): string {
  if (step === 'module top level') return '模块顶层';
  if (step === 'immediately invoked function') return '立即执行函数';
  if (step === 'Promise executor') return 'Promise 执行函数';
  const root = /^(.+) \(root component\)$/.exec(step);
  if (root) return `${root[1]}（根组件）`;
  const entryPage = /^entry page (\w+)$/.exec(step);
  if (entryPage) return `首页 ${entryPage[1]}`;
  const pageComponent = /^(<[\w-]+>) (.+) \(a component of the entry page\)$/.exec(step);
  if (pageComponent) return `首页组件 ${pageComponent[1]} 的 ${pageComponent[2]}`;
  const entryComponent = /^(.+) \(entry page\)$/.exec(step);
  if (entryComponent) return `${entryComponent[1]}（首页）`;
  const callback = /^(.+) callback$/.exec(step);
  if (callback) return `${callback[1]} 回调`;
  const completion = /^(\S+) (success|complete|fail)$/.exec(step);
  if (completion) return `${completion[1]} 的 ${completion[2]} 回调`;
  return step;
}

/** "App (root component) → useEffect(…, []) → boot()" */
const launchPath: DataTranslator = (value) => value.split(' → ').map(launchStep).join(' → ');

/** no-collection-before-consent `what`: "starts a push SDK that collects personal data", "reads the clipboard". */
const collected: DataTranslator = (value) => {
  const sdk = /^starts (?:an SDK|an? (.+) SDK) that collects personal data$/.exec(value);
  if (sdk) {
    if (sdk[1] === undefined) return '初始化了会收集个人信息的 SDK';
    const category = ZH_CN_SDK_CATEGORIES[sdk[1]];
    return category ? `初始化了会收集个人信息的${category} SDK` : value;
  }
  const read = /^reads (.+)$/.exec(value);
  if (read) {
    const what = withoutArticle(read[1]);
    const name = COLLECTED_DATA[what] ?? ZH_CN_PERMISSION_NAMES[what];
    return name ? `读取了${name}` : value;
  }
  return value;
};

/** util/denial.ts lifecycle hook labels: "`onShow`", "navigation `focus` listener", "AppState `change` (active)". */
const lifecycleHook: DataTranslator = (value) =>
  value
    .replace(/^navigation (`\w+`) listener$/, 'navigation 的 $1 事件监听')
    .replace(/ \(active\)$/, '（回到前台）')
    .replace(/^a `setInterval` callback(?: \(every (\d+) ms\))?$/, (_, ms?: string) => (ms ? `每 ${ms} 毫秒执行一次的 \`setInterval\` 回调` : '`setInterval` 回调'));

/** no-block-on-denial `again`: what shows a Settings-only dialog again, a hook label or "the callback of `wx.openSetting`". */
const shownAgainBy: DataTranslator = (value) => {
  const callback = /^the callback of (`[^`]+`)$/.exec(value);
  return callback ? `${callback[1]} 的回调` : lifecycleHook(value);
};

/** no-unused-permission: "the camera permission", or several meanings "motion / activity". */
const unusedPermission: DataTranslator = (value) => {
  const single = permissionPhrase(value);
  if (single !== value) return single;
  const ids = value.split(' / ');
  return ids.length > 1 && ids.every((id) => id in ZH_CN_PERMISSION_NAMES) ? `${ids.map(permissionName).join('或')}相关权限` : value;
};

/** require-purpose-string `subject`: "NSCameraUsageDescription is", "A, B and C are", "FINE or COARSE is". */
const declarationSubject: DataTranslator = (value) => {
  const match = /^(.+) (?:is|are)$/.exec(value);
  if (!match) return value;
  return match[1].replace(/, | and /g, '、').replace(/ or /g, ' 或 ');
};

/** require-purpose-string `why`: the consequence of the missing or empty declaration on the platform. */
const declarationConsequence: DataTranslator = (value) => {
  const fixed: Record<string, string> = {
    'iOS may end the app when it shows the tracking prompt without it, and App Review rejects the build (5.1.1).':
      '缺少它时，iOS 可能在弹出跨应用跟踪授权（ATT）提示时终止应用，App Store 审核也会拒绝该版本（5.1.1）。',
    'iOS refuses temporary precise location unless the dictionary holds a purpose for the purposeKey.':
      '字典中没有该 purposeKey 对应的用途说明时，iOS 会拒绝临时精确定位。',
    'WeChat asks for location only with a stated purpose, shown in the authorization dialog.':
      '只有填写了用途说明，微信才会申请位置授权，该说明会显示在授权弹窗中。',
    'the permission cannot be granted unless module.json5 declares it, and AppGallery review requires its reason and usedScene.':
      '未在 module.json5 中声明的权限无法被授予，且 AppGallery 审核要求提供 reason 和 usedScene。',
    'the permission prompt has nothing to explain the request with, and App Store Connect rejects builds with an empty purpose string (ITMS-90683).':
      '权限弹窗无法向用户说明申请原因，App Store Connect 也会拒绝用途说明为空的构建版本（ITMS-90683）。',
    'the authorization dialog has no purpose to show.': '授权弹窗中没有可显示的用途说明。',
    "the App build ships HBuilderX's generic text for it instead, which does not say why the app needs it, and App Review rejects such builds (5.1.1).":
      'App 打包时会改用 HBuilderX 的通用说明，它没有说明应用为何需要该权限，App Review 会拒绝此类构建（5.1.1）。',
    'AppGallery review requires a reason the grant dialog can show and a usedScene for every user_grant permission.':
      'AppGallery 审核要求每个 user_grant 权限都提供可在授权弹窗中显示的 reason 以及 usedScene。',
  };
  if (value in fixed) return fixed[value];
  const ios = /^iOS kills the app when (.+) is first used without (it|them)\.$/.exec(value);
  const resource = ios && IOS_RESOURCES[withoutArticle(ios[1])];
  if (resource) return `缺少${ios[2] === 'them' ? '它们' : '它'}时，应用首次使用${resource}就会被 iOS 强制终止（闪退）。`;
  const android = /^(.+) is denied without a prompt when the permission is not in the merged manifest\.$/.exec(value);
  if (android) return `合并后的 AndroidManifest 中没有该权限时，${android[1]} 会不弹窗直接被拒绝。`;
  const webView = /^the app's web view denies (.+) without asking when the key is missing\.$/.exec(value);
  if (webView) return `缺少该键时，应用的 WebView 会不弹窗直接拒绝 ${webView[1]}。`;
  const wechat = /^(.+) fails at runtime while it is not declared \(mini-programs released after 2022-07-14\)\.$/.exec(value);
  if (wechat) return `未声明时 ${wechat[1]} 在运行时调用失败（2022-07-14 之后发布的小程序）。`;
  const both = /^(.+) fails at runtime while they are not declared \(the background mode always, requiredPrivateInfos in mini-programs released after 2022-07-14\)\.$/.exec(value);
  if (both) return `未声明时 ${both[1]} 在运行时调用失败（后台模式始终需要声明；requiredPrivateInfos 适用于 2022-07-14 之后发布的小程序）。`;
  const backgroundMode = /^(.+) fails at runtime while the background mode it runs in is not declared\.$/.exec(value);
  if (backgroundMode) return `未声明其运行所需的后台模式时，${backgroundMode[1]} 在运行时调用失败。`;
  return value;
};

/** require-purpose-string `gaps` of a HarmonyOS requestPermissions entry: "no reason and no usedScene". */
const harmonyGaps: DataTranslator = (value) => {
  const gap = (text: string): string => {
    if (text === 'no reason') return '缺少 reason';
    if (text === 'no usedScene') return '缺少 usedScene';
    const unresolved = /^the reason (\S+), which resolves to no text$/.exec(text);
    return unresolved ? `reason ${unresolved[1]} 解析不到任何文本` : text;
  };
  return value.split(' and ').map(gap).join('；');
};

export const zhCNData: Readonly<Record<string, Readonly<Record<string, DataTranslator>>>> = {
  'no-block-on-denial': { denied: deniedPermission, again: shownAgainBy },
  'no-collection-before-consent': { what: collected, where: launchPath },
  'no-preselected-consent': {
    binding: (value) => {
      if (value === ' and is bound to the agreement checkbox') return '，并绑定到隐私协议勾选框';
      if (value === ' and is bound to the agreement checkbox in the page template') return '，并绑定到页面模板中的隐私协议勾选框';
      return value;
    },
  },
  'no-repeat-request-after-denial': { denied: deniedPermission, permission: permissionPhrase, hook: lifecycleHook },
  'no-request-on-launch': { permission: permissionPhrase, where: launchPath },
  'no-unused-permission': { permission: unusedPermission, note: (value) => ZH_CN_RESTRICTED_NOTES[value] ?? value },
  'purpose-string-quality': {
    limit: (value) => {
      const limits: Record<string, string> = {
        'WeChat permission desc': '微信 permission desc',
        'the HarmonyOS reason guideline': 'HarmonyOS reason 规范',
        'the configured iOS limit': '配置的 iOS 上限',
      };
      return limits[value] ?? value;
    },
    reason: (value) => ({ 'the file does not exist': '文件不存在', 'the file could not be read': '文件无法读取', 'it is not valid JSON': '不是有效的 JSON' })[value] ?? value,
    where: (value) => {
      const inline = /^the inline locales\["([^"]+)"\] of (\S+)$/.exec(value);
      if (inline) return `${inline[2]} 中内联的 locales["${inline[1]}"]`;
      const missing = /^a locales\["([^"]+)"\] JSON file of the Expo config \((\S+)\)$/.exec(value);
      return missing ? `Expo 配置（${missing[2]}）的 locales["${missing[1]}"] 所指的 JSON 文件` : value;
    },
  },
  'require-privacy-check': {
    // "wx.getFuzzyLocation in pages/shops/shops.js:5"
    use: (value) => value.replace(/^(.+) in (\S+)$/, '$2 中的 $1'),
    // The second dialog's refuse button has no text at all.
    text: (value) => (value === 'nothing' ? '（空）' : value),
  },
  'require-purpose-string': { subject: declarationSubject, why: declarationConsequence, gaps: harmonyGaps },
  'require-request-rationale': {
    permission: permissionPhrase,
    // "camera + location | microphone": permission ids of the unrelated groups.
    groups: (value) => value.replace(/[a-z][a-z0-9-]*/g, (id) => ZH_CN_PERMISSION_NAMES[id] ?? id),
  },
};
