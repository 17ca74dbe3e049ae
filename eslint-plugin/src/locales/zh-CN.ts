// 简体中文 diagnostic messages: rule id → messageId → template with the same {{placeholders}} as the English one.
// Identifiers (keys, API names, files) are filled in as they are; prose the rules put into `data` is translated by
// zh-CN-data.ts. The terms are the regulators' own (私自收集, 默认勾选, 不给权限不让用, 频繁申请, 过度索取, 同步告知 …),
// and the citations stay as in the English text.
export const zhCNMessages: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'no-block-on-denial': {
    exitOnDenial:
      '用户拒绝 {{denied}} 后执行了 `{{exit}}`：应用直接退出，而不是在没有该权限的情况下继续提供其他功能（不给权限不让用）。请降级该功能，让用户继续使用应用。',
    exitViaHelper: '用户拒绝 {{denied}} 后，`{{helper}}` 会退出应用（`{{exit}}`）（不给权限不让用）。请降级该功能，让用户继续使用应用。',
    blockingModal:
      '用户拒绝 {{denied}} 后弹出的对话框中，每个选项都会退出应用、只留下授权页面或再次申请：用户无法拒绝后继续使用（不给权限不让用）。请增加一个保持应用可用的“取消”选项。',
    settingsOrQuitModal:
      '用户拒绝 {{denied}} 后弹出的对话框中，除了打开系统设置，其余选项只会退出应用、只留下授权页面或再次申请：用户无法拒绝后继续使用（不给权限不让用）。请增加一个保持应用可用的“取消”选项。',
    settingsOnlyModal:
      '用户拒绝 {{denied}} 后弹出的对话框无法关闭，唯一的选项是打开系统设置；用户未授权就返回时，{{again}} 会再次执行拒绝分支，对话框随之再次出现：不授权就无法越过它（不给权限不让用；164号 2.1 场景1：弹窗循环）。请提供一个不授权也能继续使用应用的选项。',
    deadEndNavigation:
      '用户拒绝 {{denied}} 后，这里把整个导航栈重置为 `{{target}}`，只剩下授权页面（不给权限不让用）。请保留其他页面的入口。',
    replaceWithReturn: '把 `{{exit}}` 换成 `return`，让应用在没有该权限时继续运行。',
  },
  'no-collection-before-consent': {
    collectionBeforeConsent:
      '`{{api}}` 在用户同意隐私政策之前就{{what}}：它在启动时运行（{{where}}），所在路径上没有同意检查（私自收集，337号 #1）。请在用户同意后再调用。',
    hardcodedConsent:
      '`{{api}}` 在启动时（{{where}}）用写死的值把 SDK 的隐私同意开关设为“已同意”，而不是依据用户的选择（认定方法 三.1/三.5）。请在隐私弹窗的“同意”回调中调用，或传入已保存的用户决定。',
    constantConsentPredicate: '该同意判断恒为真，没有任何代码在等待用户的选择（认定方法 三.5）。请改为读取已保存的用户决定。',
    wrapInConsentCheck: '仅在用户同意后执行：用 `if ({{test}}) { … }` 包裹。',
    moveIntoRequirePrivacyAuthorize: '在用户同意后执行：移入 `{{global}}.requirePrivacyAuthorize({ success })`。',
  },
  'no-preselected-consent': {
    preselectedControl:
      '隐私协议的 {{control}} 默认处于勾选状态：同意必须由用户主动作出，不能是默认值（默认勾选，164号 场景8；认定方法 三.5）。',
    preselectedState:
      '`{{name}}` 是隐私同意状态，初始值为 true{{binding}}：此时用户尚未同意（默认勾选，164号 场景8；认定方法 三.5）。',
    startUnchecked: '改为默认不勾选。',
    startFalse: '把 `{{name}}` 的初始值改为 false。',
  },
  'no-repeat-request-after-denial': {
    repeatRequest:
      '用户拒绝 {{denied}} 后，`{{request}}` 在用户没有任何操作的情况下立即再次申请{{permission}}（频繁申请）。请尊重用户的选择：只在用户主动操作时再次申请。',
    recursiveRequest: '用户拒绝 {{denied}} 后，`{{fn}}` 调用自身，反复申请直到用户让步（频繁申请）。请停止申请，让用户从功能入口重试。',
    timerRequest: '用户拒绝 {{denied}} 后，定时器再次申请{{permission}}（频繁申请）。请只在用户再次使用该功能时申请。',
    intervalRequest:
      '`{{request}}` 在{{hook}}中执行，定时器会自行反复触发，途中也没有检查之前的结果：用户拒绝后会被一次又一次地询问（频繁申请）。请只申请一次，在用户再次使用该功能时再申请。',
    settingsWithoutUserAction:
      '用户拒绝 {{denied}} 后，`{{settings}}` 自动跳转到系统设置页（频繁申请）。请只在用户点击拒绝提示中的按钮时打开设置。',
    settingsNeedTap:
      '用户拒绝 {{denied}} 后，`{{settings}}` 在没有用户点击的情况下被调用，但微信（基础库 2.3.0 起）只在用户点击后才打开设置页：此调用会失败，用户也无从开启授权。请在拒绝提示中放一个按钮，由用户点击后再打开设置（`open-type="openSetting"` 或按钮的点击处理函数）。',
    lifecycleRequest:
      '`{{request}}` 位于 {{hook}} 中，每次显示都会触发，且没有检查已记录的拒绝：拒绝过的用户会被一再询问。请记录拒绝时间，48 小时内不再申请（应用商店审核惯例）。',
    lifecycleRequestMemoryOnly:
      '`{{request}}` 位于 {{hook}} 中，每次显示都会触发。拒绝只记在内存中（`{{flag}}`），应用每次重启后都会再次申请（164号 2.1 场景6：重新运行时仍弹窗申请）。请持久保存拒绝时间（如 AsyncStorage / setStorageSync），48 小时内不再申请（应用商店审核惯例）。',
  },
  'no-request-on-launch': {
    requestOnLaunch:
      '`{{request}}` 在启动时（{{where}}）就申请{{permission}}，此时用户还没有用到需要它的功能（提前申请）。请在用户使用该功能时再申请，例如在对应按钮的点击事件中。',
  },
  'no-unused-permission': {
    unusedPermission:
      '声明了 {{key}}，但应用中没有代码使用{{permission}}（过度索取）。请删除该声明（Expo：android.blockedPermissions；AndroidManifest：对第三方库引入的权限使用 tools:node="remove"）。',
    unusedRequestedPermission: '申请了 {{key}}，但应用中没有代码使用{{permission}}（过度索取）。请删除 requestPermissions 中的这一项。',
    unusedScope: '声明了权限 scope {{key}}，但应用中没有代码使用{{permission}}（过度索取）。请从 `permission` 中删除。',
    unusedPurposeKey: '声明了 {{key}}，但应用中没有代码使用{{permission}}（过度索取）：App Store 审核曾因应用并不具备的功能的用途说明而拒绝构建。请删除。',
    unusedPrivateInfo: 'requiredPrivateInfos 中声明了 {{api}}，但没有代码调用它：只声明小程序实际使用的地理位置接口。',
    restrictedPermission: '{{key}} 是 Google Play 的受限权限（{{note}}）。除非它是应用的核心功能且已在 Play Console 中完成申报，否则请删除。',
  },
  'purpose-string-quality': {
    empty: '{{key}} 的用途说明为空：请说明应用为什么需要该权限，并举一个使用场景。',
    placeholder: '{{key}} 的用途说明是占位文字或框架默认文案（“{{text}}”）：请说明应用为什么需要该权限，并举一个使用场景。',
    pluginDefault: '未设置 `{{option}}`，`{{plugin}}` 会为 {{key}} 写入通用的默认用途说明：请设置它，说明应用为什么需要该权限，并举一个使用场景。',
    unlistedPluginDefault:
      '已安装 `{{plugin}}`，即使 `plugins` 中没有列出，`expo prebuild` 也会应用它的配置插件，为 {{key}} 写入通用的默认用途说明：请以 ["{{plugin}}", { "{{option}}": "…" }] 列出它，用文案说明应用为什么需要该权限，并举一个使用场景。',
    noPurpose: '{{key}} 的用途说明（“{{text}}”）没有说明应用为什么需要该权限：请写明使用它的功能并举例。',
    tooShort: '{{key}} 的用途说明（“{{text}}”）太短，说不清用途：请写明使用它的功能并举例。',
    tooLong: '{{key}} 的用途说明有 {{length}} 个字符，超出上限（{{limit}}：最多 {{max}} 个）。',
    missingLocale: '{{key}} 缺少 {{locale}} 语言的用途说明：请在 {{where}} 中添加。',
    unreadableLocale: '{{file}} 中的 {{locale}} 用途说明无法读取（{{reason}}）：Expo 构建时仅给出警告并跳过该文件，{{locale}} 用户看到的将是基础语言的授权弹窗。',
  },
  'require-privacy-check': {
    missingWechatPrivacyWiring:
      '该小程序调用了隐私接口（{{use}}），但没有自己的隐私授权流程：用户只会在该调用进行到一半时看到微信的通用隐私弹窗，拒绝后调用直接失败，应用也没有任何说明。请在自己的流程中征得同意：添加 {{global}}.onNeedPrivacyAuthorization 处理函数并配合 <button open-type="agreePrivacyAuthorization">，或在首次调用前调用 {{global}}.requirePrivacyAuthorize（微信用户隐私保护指引；PIPL 第 13/14 条）。',
    missingAndroidPrivacy:
      '该 uni-app App 没有 androidPrivacy.json：应用及其 SDK 开始收集信息前不会弹出隐私政策弹窗（私自收集，337号 #1；认定方法 一.2）。请在 manifest.json 旁添加 androidPrivacy.json，并设置 "prompt": "template"。',
    promptNone: '"prompt": "none" 关闭了隐私政策弹窗：应用启动时不征求用户同意（337号 #1；认定方法 一.2）。',
    missingRefuseButton:
      '隐私政策弹窗没有拒绝按钮（"buttonRefuse"）：必须让用户可以拒绝（164号 1.1 场景7；Google Play 显著披露要求提供两个选项）。',
    vagueAcceptButton:
      '同意按钮的文字是“{{text}}”：必须明确表示用户同意（如“同意”），不能只是“知道了”之类的确认（164号 1.1 场景7；Google Play 显著披露）。',
    exitOnRefuse:
      '点击“{{text}}”会直接退出应用：既没有二次确认框（"second"），也没有游客模式（disagreeMode.support），拒绝后无法继续使用（PIPL 第 16 条；164号 2.1）。请开启游客模式（"disagreeMode": { "support": true }），让拒绝的用户仍可使用基本功能。',
    exitOnlySecondDialog:
      '第二次隐私政策弹窗除“同意”外只提供“{{text}}”，且没有开启游客模式（disagreeMode.support）：用户拒绝后应用必须仍可使用（PIPL 第 16 条；164号 2.1）。',
    usePromptTemplate: '显示原生隐私政策弹窗：把 "prompt" 设为 "template"。',
    addRefuseButton: '添加 "buttonRefuse": "不同意" 选项。',
  },
  'require-purpose-string': {
    missing: '{{where}} 中缺少 {{subject}}：{{why}}',
    empty: '{{where}} 中的 {{subject}} 为空：{{why}}',
    harmonyIncomplete: '{{where}} 中的 {{key}} 不完整（{{gaps}}）：{{why}}',
  },
  'require-request-rationale': {
    missingRationale:
      '`{{request}}` 申请{{permission}}时没有提供 rationale 说明，之前也没有用途提示，而 Android 系统弹窗不会说明申请原因（同步告知）。请在申请权限的同时告知用途。',
    missingPurposePrompt: '`{{request}}` 申请{{permission}}前没有先告诉用户原因（同步告知）。请在申请前弹出用途说明。',
    bundledRequest: '一次 `{{request}}` 调用同时申请了互不相关的多组权限（{{groups}}）（一揽子授权）。请在用户使用相应功能时再分别申请。',
    addRationale: '添加 rationale 对象（title、message、按钮文字）作为第二个参数。',
    insertPrompt: '先用 {{dialog}} 说明用途并询问，用户同意后再申请。',
  },
};
