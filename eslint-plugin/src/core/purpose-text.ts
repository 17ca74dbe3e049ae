// Text heuristics for purpose strings (Info.plist NS*UsageDescription, Expo plugin options, WeChat `desc`,
// HarmonyOS `reason`), as pure functions. Apple 5.1.1(ii) wants the string to say clearly why the app needs
// the data, with an example; MIIT (认定方法 二.3) treats a vague purpose as not telling the user at all.
// The heuristics are deliberately conservative: a string is flagged only when it is empty, a known default
// or placeholder, too short to hold a purpose, or made of nothing but request words and resource names.

/**
 * What the language server inserts when it adds a missing purpose declaration. It starts with "TODO", so
 * purpose-string-quality keeps flagging it until someone writes the real purpose.
 */
export const PURPOSE_PLACEHOLDER = 'TODO: explain why this app needs this permission, with an example of its use';

/** The placeholder for a named resource, e.g. purposePlaceholder('the camera'). */
export function purposePlaceholder(subject?: string): string {
  return subject ? PURPOSE_PLACEHOLDER.replace('this permission', subject) : PURPOSE_PLACEHOLDER;
}

export type PurposeTextProblem =
  | { kind: 'empty' }
  | { kind: 'placeholder' }
  | { kind: 'noPurpose' }
  | { kind: 'tooShort'; length: number; minLength: number }
  | { kind: 'tooLong'; length: number; maxLength: number };

export interface PurposeTextOptions {
  /** Minimum weighted length (a CJK character counts as two). Default DEFAULT_MIN_LENGTH. */
  minLength?: number;
  /** Maximum length in characters (code points), e.g. 30 for a WeChat `desc`. Default: none. */
  maxLength?: number;
  /** Extra placeholder patterns (regular-expression sources, matched case-insensitively anywhere in the text). */
  placeholders?: readonly string[];
}

/** Six CJK characters or twelve Latin characters: shorter strings cannot name a feature and an example. */
export const DEFAULT_MIN_LENGTH = 12;

/** Platform limits: WeChat rejects a `desc` over 30 characters; HarmonyOS guidelines keep `reason` within 36. */
export const PLATFORM_MAX_LENGTH = { wechat: 30, harmony: 36 } as const;

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/** Length in code points, after trimming. */
export function textLength(text: string): number {
  return Array.from(text.trim()).length;
}

/** Length where CJK characters count double (they carry about as much as two Latin letters) and runs of whitespace once. */
export function weightedLength(text: string): number {
  let length = 0;
  for (const ch of text.trim().replace(/\s+/g, ' ')) length += CJK.test(ch) ? 2 : 1;
  return length;
}

/** Build-setting references such as $(PRODUCT_NAME) stand for the app's name. */
const BUILD_VARIABLE = /\$\(\s*[A-Z_][A-Z0-9_]*\s*\)|\$\{\s*[A-Z_][A-Z0-9_]*\s*\}/;
const BUILD_VARIABLES = new RegExp(BUILD_VARIABLE.source, 'g');

const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  // Whole words by Unicode letters: "método" holds no "todo". The lowercase word is Spanish and Portuguese for "all"
  // ("proteger todo tu dinero"): only TODO in capitals, or a text that opens with "todo:", is the marker.
  /(?<![\p{L}\p{N}_])(?:fixme|tbd|placeholder|change[_-]?me)(?![\p{L}\p{N}_])/iu,
  /(?<![\p{L}\p{N}_])TODO(?![\p{L}\p{N}_])/u,
  /^\s*todo\s*(?:[:：]|\s[-–]\s|$)/i,
  // A resource named with "reason" or "description" and nothing else: "相机授权原因", "calendar reason",
  // "Location permission description" (templates whose label was never replaced).
  /^[\p{Script=Han}]{1,4}(?:授权|权限|申请)?(?:原因|理由|说明|描述)$/u,
  /^[a-z]+ (?:permission |usage )?(?:reason|desc|description)$/i,
  // An identifier left where the text belongs: a camelCase, snake_case or dotted key ("cameraDesciption",
  // "camera_usage_desc", "permission.camera.reason"), as airapps' Info.plist has for four keys. No sentence is written so.
  /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/,
  /^[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+$/,
  // A link instead of a text: the grant dialog shows it as it is.
  /^(?:https?:\/\/|www\.)\S+$/i,
  /lorem ipsum/i,
  /(?:^|[^a-z])x{3,}(?:[^a-z]|$)/i,
  // HarmonyOS: the template's module description, copied into `reason`.
  /^\$string:(?:module_desc|entryability_desc|app_name|\w*_label)$/i,
  /^(?:待补充|待填写|待定|暂无|权限说明|权限描述|描述信息?|用途说明)$/,
  // Library and documentation defaults: expo-tracking-transparency, older expo-image-picker, the sample `desc` of
  // WeChat's app.json documentation, the Info.plist samples of react-native-permissions ("YOUR TEXT") and others.
  /^this identifier will be used to deliver personalized ads to you\.?$/i,
  /^the app accesses your (?:photos|camera) to let you share them with your friends\.?$/i,
  /^[你您]的位置信息将用于小程序位置接口的效果展示[。.]?$/,
  // DCloud's hello-uniapp sample manifest ("演示定位能力"): a demo of an API, not the app's purpose.
  /^(?:用于)?演示[\p{Script=Han}]{0,6}(?:能力|功能|接口|效果)[。.]?$/u,
  /^(?:your|insert|enter)(?: own)? (?:text|description|purpose(?: string)?|usage description|reason|message)(?: \([^)]*\))?(?: here)?\.?$/i,
  /^your message to (?:the )?users? when\b/i,
  // The old Expo template's photo-save text, typo included: "Give $(PRODUCT_NAME) periences permission to save photos".
  /^give \S+ (?:ex)?periences permission to save photos\.?$/i,
];

/**
 * Stock phrases that make a placeholder only when nothing else is said: "请点击确定", "需要您的授权", "为了给您提供更好的服务".
 * "需要您的授权使用相机，以便拍摄存款凭证并上传给客服核对" opens with one and goes on to state its purpose.
 */
const PLACEHOLDER_PHRASES: readonly RegExp[] = [
  /请?点击(?:确定|允许|同意)/g,
  /需要(?:您|你)的(?:同意|授权|允许)/g,
  /为了(?:给您|为您|为你|您|你)?(?:提供)?更好(?:的|地)?(?:为您|为你)?(?:提供)?(?:的)?(?:服务|体验|使用体验|用户体验)/g,
  // "以便更好的体验" (ywy-uniapp): a better experience with nothing said of what for.
  /更好(?:的|地)?(?:使用|用户)?体验/g,
  /(?:提升|改善|优化)(?:用户|使用)?体验/g,
  // "以便更准确的为您服务", "为了方便您的使用": serving better or more conveniently names no feature either.
  /更(?:准确|精准|精确|方便|好)(?:的|地)?(?:为您|为你|给您|给你)(?:提供)?(?:的)?(?:服务)?/g,
  /(?:为了)?方便(?:您|你)的?使用/g,
];

function isStockPhraseOnly(text: string): boolean {
  let rest = text;
  let found = false;
  for (const phrase of PLACEHOLDER_PHRASES) {
    const stripped = rest.replace(phrase, ' ');
    if (stripped !== rest) found = true;
    rest = stripped;
  }
  return found && statesNoPurpose(rest);
}

/** Whole strings that are a test value, not a text. */
const TEST_VALUES = /^(?:test(?:ing)?(?: test)*|asdf|abc|foo|bar|description|usage description|purpose|reason|desc|n\/a|none|null|undefined|required|needed|测试|测试用|测试描述|测试文案)$/i;

export function isPlaceholderText(text: string, extraPatterns: readonly string[] = []): boolean {
  const trimmed = text.trim();
  if (PLACEHOLDER_PATTERNS.some((pattern) => pattern.test(trimmed))) return true;
  if (isStockPhraseOnly(trimmed)) return true;
  if (TEST_VALUES.test(trimmed.replace(/[\s.。!！…_-]+$/u, '').trim())) return true;
  if (extraPatterns.some((source) => new RegExp(source, 'iu').test(trimmed))) return true;
  return isModuleDefaultText(trimmed);
}

// Words that carry no purpose: requests, pronouns, the app itself, generic service talk.
const EMPTY_WORDS_EN = new Set(
  (
    'a an the this that these app apps application we our us you your my i it its me need needs needed require requires required ' +
    'requesting request requests want wants would like to access accesses accessing use uses using used allow allows allowed permission ' +
    'permissions please grant enable enabled turn on for of and or in with device devices phone service services data information info ' +
    'is are be will can may feature features functionality function functions better experience user users purpose purposes reason ' +
    'necessary some certain related relevant etc some normal normally work working proper properly provide provides order ' +
    'always must have has should from fully run runs running'
  ).split(' '),
);
// Names of protected resources: a string that only names the resource restates the permission.
const RESOURCE_WORDS_EN = new Set(
  (
    'camera cameras photo photos picture pictures image images gallery library media microphone microfone mic audio recording recordings record ' +
    'location locations position gps geolocation contacts contact address book calendar calendars event events reminders bluetooth ble ' +
    'motion fitness health face id faceid touch biometric biometrics speech recognition nfc tracking track identifier idfa advertising ' +
    'internet local network clipboard notification notifications storage files file sms calls call wifi wi-fi nearby homekit home siri music ' +
    'sensor sensors precise approximate background foreground latitude longitude coordinates accelerometer gyroscope ' +
    'magnetometer barometer pedometer'
  ).split(' '),
);
// What any app does with the resource: a purpose made of these only restates the permission ("to take photos",
// "以便拍照", "to get your current location"). Any other word (whose photos, which device, what for) is a purpose.
const RESTATING_WORDS_EN = new Set(
  (
    'take takes taking capture captures capturing shoot shooting pick picks picking choose chooses choosing select selects selecting ' +
    'view views viewing get gets getting obtain determine scan scans scanning connect connects connecting current video videos voice ' +
    // "Need to read contacts", "Save photos": reading or saving is what the permission is.
    'read reads reading save saves saving store stores storing write writes writing'
  ).split(' '),
);
const EMPTY_PHRASES_ZH = [
  '本应用', '该应用', '此应用', '应用程序', '应用', '小程序', '本app', '我们', '需要', '请求', '申请', '获取', '获得', '使用', '访问', '调用',
  '读取', '开启', '打开', '授权', '允许', '同意', '您的', '你的', '您', '你', '权限', '功能', '相关', '服务', '用于', '以便', '为了', '用来', '是否',
  '手机', '设备', '信息', '数据', '提供', '为您', '为你', '更好', '体验', '业务', '一些', '部分', '所需', '必要', '正常', '请', '将', '会', '需', '要',
  '可以', '能够', '才能', '才可以', '的', '地', '和', '及', '与', '此', '该', '您所在',
  // "…才能完整运行应用程序", "…以提供相关服务": the app running or serving is no purpose.
  '完整', '运行', '以',
  // "用于小程序中相应业务位置服务使用": the corresponding business is no named feature.
  '相应', '对应',
  // "尝试获取位置信息" (trying is no purpose); "允许应用读取用户外部存储中的媒体文件信息", the system's own description of a
  // HarmonyOS permission copied as its reason.
  '尝试', '用户', '中',
  // "您的位置信息将用于调用小程序位置接口" (a rewording of WeChat's sample): calling an interface is no purpose.
  '接口',
  // "保存图片至相册": where a save goes is the permission itself.
  '至', '到',
  // "申请获取您的以下信息": the information that follows is the dialog's own list, not a purpose.
  '以下', '如下',
  // "想要获取你的位置": wanting is no purpose either.
  '想要', '希望',
  // "程序将使用您的麦克风", "本程序需要访问相册获取图片": the program is the app.
  '本程序', '程序',
  // "运行期间获取位置" (while the app runs), "该应用需要获取系统日期信息", "请确认获取您的位置": when, whose and a
  // request to confirm are no purpose.
  '期间', '系统', '确认',
  // "小程序在后台时也将会获取你的位置信息" (MilesOnFoot): when the app reads says nothing of why; "需要使用麦克风进行录音
  // 是否允许此APP获取使用麦克风权限？" (bar): carrying out a recording is the permission itself.
  '在', '时', '也', '进行',
];
const RESOURCE_PHRASES_ZH = [
  '日期',
  '照相机', '相机', '摄像头', '相册', '照片', '图片', '图库', '麦克风', '录音', '音频', '地理位置', '所在位置', '位置', '定位', '通讯录', '联系人',
  '日历', '提醒事项', '蓝牙', '运动与健身', '运动', '健身', '健康', '面容', '指纹', '生物识别', '语音识别', '语音', '跟踪', '追踪', '广告标识符', '本地网络',
  '剪贴板', '剪切板', '通知', '存储', '文件', '电话', '短信', '网络', '传感器', '媒体库', '媒体', '近场通信', '精确', '模糊', '大致', '大概', '粗略', '后台', '前台',
  '外部存储', '互联网',
  // "该应用需要存储照片到本地照片库" (HM3): the local photo library is the photo library.
  '照片库', '相片', '本地',
  // "用于精准定位", "基础位置服务" (HMOS_MX_GPS): how precise, or how basic, the location is says nothing of why.
  '精准', '高精度', '基础', '基本',
  // "需要持续获取用户地理位置，以便为您提供实时的位置信息" (shopxo-uniapp): how often is no purpose either.
  '持续', '实时',
];
// "请求获取存入相册权限": saving into the album is what the album-add permission is.
const RESTATING_PHRASES_ZH = ['拍照', '拍摄', '照相', '摄像', '录像', '录制', '视频', '选择', '选取', '查看', '扫描', '连接', '当前', '存入', '保存', '读写', '写入'];
const ZH_PHRASES = [...EMPTY_PHRASES_ZH, ...RESOURCE_PHRASES_ZH, ...RESTATING_PHRASES_ZH].sort((a, b) => b.length - a.length);
const HAN = /[\u3400-\u9fff]/u;
/** The Chinese phrases statesNoPurpose removes (tests check each holds a Han character, which lets it skip them for texts without one). */
export const ZH_PURPOSE_PHRASES: readonly string[] = ZH_PHRASES;

// ---------------------------------------------------------------------------------------------------------
// Module defaults: the sentence a config plugin or sample writes when the app gives none.

/** Stands for a build variable ($(PRODUCT_NAME)) while matching; not a word a real text contains. */
const APP_NAME = '\u27e8app\u27e9';
/** What a default lets the app do with the resource. */
const DEFAULT_VERB = '(?:access|use|save|read|record|add|scan|take|capture|connect to)';
/**
 * The head of a default sentence, up to its object: "Allow $(PRODUCT_NAME) to access …" (Expo config plugins,
 * react-native-ble-plx …), "$(PRODUCT_NAME) needs access to …" (react-native-vision-camera), "$(PRODUCT_NAME) would
 * like to use …", "… requires permission to access …" (copied Info.plist samples).
 */
const DEFAULT_HEADS: readonly RegExp[] = [
  new RegExp(`^(?:allow|let) ${APP_NAME} to ${DEFAULT_VERB}\\b(?<object>.*)$`, 'iu'),
  // "Give $(PRODUCT_NAME) permission to save photos" (Rocket.Chat).
  new RegExp(`^give ${APP_NAME} (?:the )?(?:permission|access) to ${DEFAULT_VERB}\\b(?<object>.*)$`, 'iu'),
  new RegExp(
    `^${APP_NAME} (?:needs?|requires?|would like|wants?|is requesting|requests|asks for)(?: to)? (?:(?:your )?permission(?: to ${DEFAULT_VERB})?|access|${DEFAULT_VERB})\\b(?<object>.*)$`,
    'iu',
  ),
];
/** Defaults whose object is not just resource words. */
const MODULE_DEFAULT_SENTENCES: readonly RegExp[] = [
  // @react-native-voice/voice and expo-speech-recognition style plugins.
  new RegExp(`^allow ${APP_NAME} to securely recognize user speech\\.?$`, 'iu'),
];
/** Words a default's object is made of: determiners, connectives and the names of the resource. */
const DEFAULT_OBJECT_WORDS = new Set([
  ...RESOURCE_WORDS_EN,
  ...'your the this my its their our a an all user users device devices phone iphone ipad data information info access and or of apple video videos roll'.split(' '),
]);
const DETERMINER = /^(?:your|the|this|my|its|their|our|a|an|all)$/;

/**
 * Whether the object of a default sentence only names the resource ("your camera", "access to your photo library",
 * "bluetooth devices"). Any other word, such as "to scan parcel barcodes", "so nearby stores are shown" or "of your
 * receipts", states what the access is for, so the sentence is the app's own text.
 */
function namesOnlyTheResource(object: string): boolean {
  const words = object
    .toLowerCase()
    .replace(/[\s.。!！]+$/u, '')
    .split(/[\s,/&+]+/u)
    .filter(Boolean)
    .map((word) => word.replace(/['’]s$/u, ''));
  // "to" only as in "access to your …": "to" before a verb starts a purpose.
  return words.every((word, i) => DEFAULT_OBJECT_WORDS.has(word) || (word === 'to' && DETERMINER.test(words[i + 1] ?? '')));
}

/** "Allow $(PRODUCT_NAME) to access your camera" and the other defaults that only name the resource. */
export function isModuleDefaultText(text: string): boolean {
  if (!BUILD_VARIABLE.test(text)) return false;
  const withApp = text.trim().replace(BUILD_VARIABLES, APP_NAME).replace(/\s+/g, ' ');
  if (MODULE_DEFAULT_SENTENCES.some((sentence) => sentence.test(withApp))) return true;
  for (const head of DEFAULT_HEADS) {
    const match = head.exec(withApp);
    if (match && namesOnlyTheResource(match.groups?.object ?? '')) return true;
  }
  return false;
}

/**
 * A default sentence with the app's name typed in where the build variable goes: "Allow Cluster Routes to use your
 * location.", "Allow $(Cluster Routes) to use your location." (not a build variable: Xcode leaves it empty). Only when
 * the rest names nothing but the resource, as in isModuleDefaultText.
 */
const NAMED_DEFAULT_HEAD = new RegExp(`^(?:allow|let) (?<name>[^,.;:!?]{1,40}?) to ${DEFAULT_VERB}\\b(?<object>.*)$`, 'iu');

function isNamedDefaultSentence(text: string): boolean {
  const sentence = text.trim().replace(/\s+/g, ' ');
  const match = NAMED_DEFAULT_HEAD.exec(sentence);
  if (match) return namesOnlyTheResource(match.groups?.object ?? '');
  const french = NAMED_DEFAULT_HEAD_FR.exec(sentence);
  if (french) return namesOnlyTheResourceFr(french.groups?.object ?? '');
  // The Chinese form with the app's (Latin) name: "允许tooot保存图片至相册", "允许 $(PRODUCT_NAME) 访问你的相机".
  const chinese = NAMED_DEFAULT_HEAD_ZH.exec(sentence.replace(BUILD_VARIABLES, 'App'));
  if (chinese !== null && statesNoPurpose(chinese.groups?.object ?? '')) return true;
  // The app announcing its own request by its (Han) name: "小马点餐申请获取您的以下信息".
  const announcement = NAMED_ANNOUNCEMENT_ZH.exec(sentence);
  return announcement !== null && !PURPOSE_MARKER_ZH.test(announcement.groups?.name ?? '') && statesNoPurpose(announcement.groups?.object ?? '');
}

/**
 * An app name, then a verb only an asking party is the subject of (申请, 请求, 想要, 希望: "applies for", "wants"),
 * then the request: WeChat's own prompt ("X申请获取你的位置信息") copied as the reason. 需要 ("needs") is not one: in
 * "导航需要获取你的位置" the subject is the feature, which is the purpose.
 */
const NAMED_ANNOUNCEMENT_ZH = /^(?<name>[\p{Script=Han}A-Za-z0-9]{2,12}?)(?<object>(?:申请|请求|想要|希望).*)$/u;
/** Words that make a would-be name a purpose clause ("为了导航", "用于打卡"). */
const PURPOSE_MARKER_ZH = /为|用|以便|便于|帮|供|来/u;

/** 允许 + an app name in Latin letters + what it may do: the Chinese default; a Han name could hold a purpose. */
const NAMED_DEFAULT_HEAD_ZH = /^允许\s*(?<name>[A-Za-z][\w .-]{0,30}?)\s*(?<object>(?:访问|使用|保存|存储|读取|获取|写入|添加|拍摄|录制).*)$/u;

/**
 * The same default translated into French: "Autoriser Pulse à utiliser votre position", "Permettre à $(PRODUCT_NAME)
 * d'accéder à votre appareil photo".
 */
const NAMED_DEFAULT_HEAD_FR = /^(?:autoriser|permettre à) (?<name>[^,.;:!?]{1,40}?) (?:à |d['’]|de )(?:accéder|utiliser|enregistrer|lire)\b(?<object>.*)$/iu;
/** French determiners, prepositions and resource names: a default's object made of these only names the resource. */
const DEFAULT_OBJECT_WORDS_FR = new Set(
  (
    'votre vos ton tes la le les l un une des de du d à au aux et ou ' +
    'position localisation emplacement appareil photo photos caméra camera photothèque galerie bibliothèque images vidéos ' +
    'micro microphone contacts carnet adresses calendrier calendriers agenda rappels bluetooth mouvements activité ' +
    'santé données notifications suivi identifiant publicitaire'
  ).split(' '),
);

function namesOnlyTheResourceFr(object: string): boolean {
  const words = object
    .toLowerCase()
    .replace(/[\s.!]+$/u, '')
    .split(/[\s,/&+'’]+/u)
    .filter(Boolean);
  return words.every((word) => DEFAULT_OBJECT_WORDS_FR.has(word));
}

/**
 * Features named with words that elsewhere only name a resource: "video calls", "voice calls", "your runs" are what
 * the app does, not the permission restated.
 */
const NAMED_FEATURE_EN = /\b(?:video|voice|audio|group|conference)[\s-]+(?:calls?|chats?|messages?|notes?|memos?)\b|\byour\s+(?:runs|rides|walks|hikes|workouts|trips|routes|steps|sleep)\b/i;

/**
 * When the app may use the resource, as the permission itself says: "when you are using the app", "while the app is
 * open", "even when the app is closed". It restates a when-in-use or always permission and names no feature.
 */
const WHEN_IN_USE_CLAUSE =
  /\b(?:when|while|whilst)\s+(?:you\s+are\s+|you're\s+|you\s+)?(?:using|use)\s+(?:the|this|our)\s+app\b|\b(?:even\s+)?(?:when|while|whilst)\s+(?:the|this|our)\s+app\s+is\s+(?:open|opened|in\s+use|being\s+used|running|active|in\s+the\s+(?:foreground|background)|closed|not\s+(?:open|in\s+use|running))\b|\b(?:when|while)\s+in\s+use\b/g;

/**
 * True when the text holds nothing but request words, resource names and what anyone does with the resource:
 * "Camera access", "需要使用相机", "This app needs access to your location", "用于…", "Used for app features",
 * "以便拍照", "Used to take pictures".
 */
/**
 * Names of the permission itself, pasted into its text ("The app needs NSLocationWhenInUseUsageDescription
 * permission"): an Info.plist key, an Android or HarmonyOS permission id.
 */
const PERMISSION_NAMES = /\b(?:NS\w+UsageDescription|NFCReaderUsageDescription|(?:android|ohos)\.permission\.\w+)\b/g;
/** The app's own name where a request is addressed to it: "Please allow Podverse to use your location". */
const ALLOW_APP_TO = /\b(allow)\s+\p{Lu}[\p{L}\p{N}&'’.-]*\s+(to)\b/gu;

export function statesNoPurpose(text: string): boolean {
  if (NAMED_FEATURE_EN.test(text)) return false;
  // Build variables first: lower-casing would hide $(PRODUCT_NAME) from the pattern.
  let rest = text.replace(BUILD_VARIABLES, ' ').replace(PERMISSION_NAMES, ' permission ').replace(ALLOW_APP_TO, '$1 $2').toLowerCase().replace(WHEN_IN_USE_CLAUSE, ' ');
  // Every phrase holds a Han character: a text without one (most English strings) has none of them.
  if (HAN.test(rest)) for (const phrase of ZH_PHRASES) rest = rest.split(phrase).join(' ');
  const words = rest.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  return words.every((word) => {
    const bare = word.replace(/['’]s$/, '').replace(/^[-']+|[-']+$/g, '');
    return bare === '' || EMPTY_WORDS_EN.has(bare) || RESOURCE_WORDS_EN.has(bare) || RESTATING_WORDS_EN.has(bare);
  });
}

/** The problems of one purpose string: at most one about its content, plus one about a platform limit (unless it is a placeholder). */
export function assessPurposeText(text: string, options: PurposeTextOptions = {}): PurposeTextProblem[] {
  const problems: PurposeTextProblem[] = [];
  const minLength = options.minLength ?? DEFAULT_MIN_LENGTH;
  if (text.trim() === '') return [{ kind: 'empty' }];
  if (isPlaceholderText(text, options.placeholders)) problems.push({ kind: 'placeholder' });
  else if (statesNoPurpose(text) || isNamedDefaultSentence(text)) problems.push({ kind: 'noPurpose' });
  else if (weightedLength(text) < minLength) problems.push({ kind: 'tooShort', length: weightedLength(text), minLength });
  // A placeholder is replaced as a whole, so its length does not matter yet.
  const placeholder = problems.some((problem) => problem.kind === 'placeholder');
  if (!placeholder && options.maxLength !== undefined && textLength(text) > options.maxLength) {
    problems.push({ kind: 'tooLong', length: textLength(text), maxLength: options.maxLength });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// Locales

/** A locale tag normalised for comparison: iOS `zh-Hans`, HarmonyOS `zh_CN`, BCP-47 `zh-CN` all become comparable. */
interface LocaleParts {
  language: string;
  /** Script for Chinese (hans/hant), region otherwise; undefined when the tag has neither. */
  variant?: string;
}

function localeParts(tag: string): LocaleParts {
  const [language = '', ...rest] = tag.replace(/_/g, '-').toLowerCase().split('-');
  if (language === 'zh') {
    const hant = rest.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part));
    const hans = rest.some((part) => ['hans', 'cn', 'sg'].includes(part));
    return { language, variant: hant ? 'hant' : hans ? 'hans' : undefined };
  }
  const variant = rest.find((part) => part.length === 2 || /^\d{3}$/.test(part));
  return { language, variant };
}

/** Whether two locale tags name the same language (a tag without region or script matches any variant). */
export function localesMatch(a: string, b: string): boolean {
  const left = localeParts(a);
  const right = localeParts(b);
  if (left.language !== right.language) return false;
  return left.variant === undefined || right.variant === undefined || left.variant === right.variant;
}

/** Folder names that hold the development-language text rather than a translation. */
export function isBaseLocale(tag: string | undefined): boolean {
  return tag === undefined || /^(base|default)$/i.test(tag);
}

/**
 * The language a base (untranslated) text is written in, told by its script: Han → zh-Hans, Kana → ja,
 * Hangul → ko, anything else → en. The base text then counts as the translation for that locale.
 */
export function detectTextLocale(text: string): string {
  if (/[\u3040-\u30ff]/u.test(text)) return 'ja';
  if (/[\uac00-\ud7af]/u.test(text)) return 'ko';
  if (/[\u4e00-\u9fff]/u.test(text)) return 'zh-Hans';
  return 'en';
}
