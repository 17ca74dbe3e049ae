import { describe, expect, it } from 'vitest';
import {
  PURPOSE_PLACEHOLDER,
  assessPurposeText,
  detectTextLocale,
  isModuleDefaultText,
  isPlaceholderText,
  localesMatch,
  purposePlaceholder,
  statesNoPurpose,
  weightedLength,
  ZH_PURPOSE_PHRASES,
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
      // Identifiers left where the text belongs (airapps' Info.plist, 25d).
      'cameraDesciption',
      'locationDesciption',
      'camera_usage_desc',
      'permission.camera.reason',
    ]) {
      expect(kinds(text), text).toEqual(['placeholder']);
    }
    // A one-word brand or a sentence with a dotted name is no identifier.
    for (const text of ['Scan the QR code on the bike to unlock it with WeChat', 'Uploads your photos to iCloud.com when you back up']) expect(kinds(text), text).toEqual([]);
  });

  it('request talk with nothing else is no purpose, however it is put', () => {
    for (const text of ['Always allow Geolocation?', 'You must have bluetooth permission', 'You must have microphone permission']) {
      expect(kinds(text), text).toEqual(['noPurpose']);
    }
    // …while the same words around a stated use are fine.
    expect(kinds('Always allow location so your run keeps recording when the screen is off')).toEqual([]);
    expect(kinds('You must have Bluetooth on to unlock the bike at the dock')).toEqual([]);
  });

  it('the Chinese default with the app name says no purpose (tooot)', () => {
    for (const text of ['允许tooot保存图片至相册', '允许 $(PRODUCT_NAME) 访问你的相机', '允许 Tickets 使用您的位置']) expect(kinds(text), text).toEqual(['noPurpose']);
    for (const text of ['允许tooot保存你在嘟文里看到的图片至相册', '允许 Tickets 使用您的位置，为你推荐附近的演出场馆']) expect(kinds(text), text).toEqual([]);
  });

  it('reading, saving or internet access named alone is no purpose (weather)', () => {
    for (const text of ['Need to read contacts', 'Need internet access', '需要互联网访问', 'Save photos']) expect(kinds(text), text).toEqual(['noPurpose']);
    // Rocket.Chat's "Give … permission to" default and lichobile's copied Capacitor sample.
    expect(kinds('Give $(PRODUCT_NAME) permission to save photos')).toEqual(['placeholder']);
    expect(kinds('Store camera photos to camera')).toEqual(['noPurpose']);
    for (const text of ['Give $(PRODUCT_NAME) permission to save photos you receive in chats', 'Store your scanned receipts in your library']) expect(kinds(text), text).toEqual([]);
    // FE_saas: the program (程序) is the app, and what it does with the resource restates the permission.
    for (const text of ['程序将使用您的麦克风', '程序需要访问相机拍摄图片', '程序需要保存图片到相册']) expect(kinds(text), text).toEqual(['noPurpose']);
    expect(kinds('程序需要访问相机，用于扫描快递单号')).toEqual([]);
    // rn-chat's boilerplate with the Portuguese spelling of the resource.
    expect(kinds('This application requires access to microfone to work')).toEqual(['noPurpose']);
    for (const text of ['Read your contacts to find friends on the app', 'Internet access is needed to load the weather forecast', 'Save your drawings to Photos']) {
      expect(kinds(text), text).toEqual([]);
    }
  });

  it("the permission's own key pasted into its text, or an English request addressed to the app by name, says no purpose (io-app, podverse)", () => {
    for (const text of [
      'The app needs NSLocationWhenInUseUsageDescription permission',
      'The app needs NSSpeechRecognitionUsageDescription permission',
      'This app requires android.permission.CAMERA',
      'Please allow Poverse to use your location to provide you with a better user experience.',
      'Allow Podverse to access your photos',
    ]) {
      expect(kinds(text), text).toEqual(['noPurpose']);
    }
    // …while a purpose beside them is the app's own text.
    for (const text of [
      'NSCameraUsageDescription: scan the QR code on a parking meter to pay',
      'Allow Podverse to use your location to suggest podcasts from your city',
      'Allow Maps to use your location to show nearby stores',
    ]) {
      expect(kinds(text), text).toEqual([]);
    }
  });

  it('a better experience, the app running, the system date and a request to confirm say no purpose (ywy-uniapp, ems)', () => {
    expect(kinds('运行期间获取位置以便更好的体验')).toEqual(['placeholder']);
    expect(kinds('该应用需要获取系统日期信息')).toEqual(['noPurpose']);
    expect(kinds('为了您更好的体验，请确认获取您的位置')).toEqual(['placeholder']);
    for (const text of ['运行期间获取位置，用于记录你的跑步路线', '读取系统日历，把预约的体检时间加入日程', '请确认获取您的位置，用于计算配送费']) expect(kinds(text), text).toEqual([]);
  });

  it('serving "more accurately" or "for your convenience" is the stock phrase too (meiju, rider apps)', () => {
    for (const text of ['我们需要您的位置信息以便更准确的为您服务', '为了方便您的使用，需要获取您的地理位置', '我们需要您的位置信息以便更好的为您服务']) {
      expect(kinds(text), text).toEqual(['placeholder']);
    }
    for (const text of ['获取你的位置，以便更准确地为你推荐附近的充电桩', '为了方便您的使用，需要获取您的位置来自动填写收货地址']) expect(kinds(text), text).toEqual([]);
  });

  it('the app announcing its own request by a Han name says no purpose (taro-weapp-order)', () => {
    for (const text of ['小马点餐申请获取您的以下信息', '小马点餐申请获取你的位置信息', '美团想要获取你的位置', '申请获取您的以下信息']) {
      expect(kinds(text), text).toEqual(['noPurpose']);
    }
    // …while a purpose after it, a purpose clause in front, or a feature as the subject (需要) is the app's own text.
    for (const text of ['小马点餐申请获取您的位置信息，用于展示附近门店', '为了导航申请获取你的位置', '导航需要获取你的位置以规划步行路线', '希望获取你的相册，用于上传头像']) {
      expect(kinds(text), text).toEqual([]);
    }
  });

  it("DCloud's hello-uniapp sample desc is a placeholder (flshop-view)", () => {
    for (const text of ['演示定位能力', '用于演示录音功能']) expect(kinds(text), text).toEqual(['placeholder']);
    expect(kinds('在演示文稿中插入你拍摄的照片')).toEqual([]);
  });

  it('how precise the location is says nothing of why (location_sharing)', () => {
    for (const text of ['用于获取大致位置信息', '获取您的粗略位置', '需要获取大概位置']) expect(kinds(text), text).toEqual(['noPurpose']);
    expect(kinds('用于获取大致位置，向你推荐附近的共享单车停放点')).toEqual([]);
  });

  it('a clause saying when the app may use it restates the permission (mindlogger-app-refactor)', () => {
    for (const text of [
      '$(PRODUCT_NAME) would like to use your location when you are using the app',
      'This app uses your location while you are using the app',
      '$(PRODUCT_NAME) would like to use your photos while the app is open',
      'We need your location even when the app is closed',
      'Location access while in use',
    ]) {
      expect(kinds(text), text).toEqual(['noPurpose']);
    }
    // …while a feature named around the same clause is a purpose.
    for (const text of [
      'Shows the stores near you while you are using the app',
      'Tracks your run while you are running, even when the app is closed',
      'Allow $(PRODUCT_NAME) to access your location while you record a run',
    ]) {
      expect(kinds(text), text).toEqual([]);
    }
  });

  it('a stock phrase that goes on to state a purpose is the app\'s own text', () => {
    for (const text of [
      '我们需要您的同意才能访问相册，用于上传身份证照片完成实名认证',
      '需要你的授权使用相机，以便拍摄存款凭证并上传给客服核对',
      '请点击允许，以便为你推荐步行十分钟内的门店',
      '为了更好的服务，我们会用定位为你推荐附近的充电桩',
      '用于拍摄商品照片发布闲置，提升交易体验',
    ]) {
      expect(kinds(text), text).toEqual([]);
    }
    // …and the stock phrase with nothing else is still a placeholder.
    for (const text of ['需要您的授权', '需要您的同意才能使用相机', '请点击允许使用定位', '提升用户体验']) {
      expect(kinds(text), text).toEqual(['placeholder']);
    }
  });

  it('flags the defaults config plugins and samples write, which only name the resource', () => {
    for (const text of [
      // expo-camera, expo-image-picker, expo-av / expo-audio
      'Allow $(PRODUCT_NAME) to access your camera',
      'Allow $(PRODUCT_NAME) to access your microphone.',
      // expo-location, expo-media-library, expo-contacts, expo-calendar, expo-sensors, expo-local-authentication
      'Allow $(PRODUCT_NAME) to use your location',
      'Allow $(PRODUCT_NAME) to access your photos.',
      'Allow $(PRODUCT_NAME) to save photos.',
      'Allow $(PRODUCT_NAME) to access your contacts',
      'Allow $(PRODUCT_NAME) to access your calendar',
      'Allow $(PRODUCT_NAME) to access your reminders',
      'Allow $(PRODUCT_NAME) to access your device motion',
      // The ejected Expo template's Info.plist (kensan914/Fullfii), with the app's name filled in or not.
      "Allow $(PRODUCT_NAME) to access your device's accelerometer",
      'Give $(PRODUCT_NAME) periences permission to save photos',
      'Give fullfii periences permission to save photos',
      'Allow $(PRODUCT_NAME) to use Face ID',
      // react-native-ble-plx, speech plugins, react-native-vision-camera
      'Allow $(PRODUCT_NAME) to connect to bluetooth devices',
      'Allow $(PRODUCT_NAME) to securely recognize user speech',
      'Allow $(PRODUCT_NAME) to use speech recognition',
      '$(PRODUCT_NAME) needs access to your Microphone.',
      // Copied Info.plist samples
      '$(PRODUCT_NAME) would like to access your photos',
      '$(PRODUCT_NAME) would like access to your photo gallery',
      '$(PRODUCT_NAME) would like to save photos to your photo gallery',
      '$(PRODUCT_NAME) requires permission to access your camera and microphone',
      'Allow $(PRODUCT_NAME) to access your photos and videos',
      'Allow ${APP_NAME} to use your camera',
      // react-native-permissions README and other samples, WeChat's app.json documentation
      'YOUR TEXT',
      'YOUR DESCRIPTION (PHOTOS PERMISSION) HERE',
      'Your message to user when the camera is accessed for the first time',
      '你的位置信息将用于小程序位置接口的效果展示',
      // A library's sample kept with its marker (react-native-background-geolocation), template labels never replaced,
      // a link in place of a text (round-4 review: Chiyeolhan, HarmonyOS_Guardian, HarmonyBilibili)
      'CHANGEME: Motion permission helps detect when the device is stationary',
      '相机授权原因',
      '位置授权原因',
      '麦克风权限说明',
      'calendar reason',
      'Location permission description',
      'https://www.bilibili.com/blackboard/privacy-pc.html',
    ]) {
      expect(kinds(text), text).toEqual(['placeholder']);
    }
  });

  it('the same default with the app\'s name written in says no purpose', () => {
    for (const text of ["Allow fullfii to access your device's accelerometer", 'Allow fullfii to access your calendar']) {
      expect(assessPurposeText(text).map((p) => p.kind), text).toEqual(['noPurpose']);
    }
  });

  it('the default translated into French says no purpose either (pulse-app)', () => {
    for (const text of ['Autoriser Pulse à utiliser votre position.', "Permettre à $(PRODUCT_NAME) d'accéder à votre appareil photo", "Autoriser Pulse à accéder à vos photos et à votre micro"]) {
      expect(assessPurposeText(text).map((p) => p.kind), text).toEqual(['noPurpose']);
    }
    for (const text of [
      'Autoriser Pulse à utiliser votre position pour afficher les alertes près de chez vous.',
      "Permettre à $(PRODUCT_NAME) d'accéder à votre appareil photo pour scanner le code QR du casier",
    ]) {
      expect(assessPurposeText(text).map((p) => p.kind), text).toEqual([]);
    }
  });

  it('a default-shaped sentence that goes on to state a purpose is the app\'s own text', () => {
    for (const text of [
      'Allow $(PRODUCT_NAME) to access your camera to scan parcel barcodes',
      "Allow $(PRODUCT_NAME) to access your device's accelerometer to count your reps during a workout",
      'Allow $(PRODUCT_NAME) to use your location so nearby stores are shown first',
      'Allow $(PRODUCT_NAME) to save photos of your receipts to your library',
      'Allow $(PRODUCT_NAME) to access your camera, for example to scan the QR code on a parcel locker.',
      'Allow $(PRODUCT_NAME) to access your camera to record videos of your workouts',
      '$(PRODUCT_NAME) needs access to your camera to take profile pictures',
      '$(PRODUCT_NAME) would like to use your microphone for voice messages in chats',
      'Allow ${APP_NAME} to access your photos and attach them to support tickets',
      'Allow $(PRODUCT_NAME) to access your location while you record a run',
      'Your text messages are never read; the camera only scans QR codes.',
      // Texts that mention a reason, a description or a link among other words
      '用于拍摄商品照片并上传，原因说明见隐私政策',
      'We need your location for delivery estimates; see https://example.com/privacy for the reason',
      'Scans the barcode to change meal orders quickly',
    ]) {
      expect(kinds(text), text).toEqual([]);
      expect(isModuleDefaultText(text), text).toBe(false);
    }
  });

  it("a vague text of the app's own that ends in a reason or a purpose is not a template label", () => {
    for (const text of ['为了账号安全的原因', '拍照上传用途', 'For security purpose', 'Delivery tracking purpose']) {
      expect(kinds(text), text).not.toContain('placeholder');
    }
  });

  it('judges a sentence with $(PRODUCT_NAME) like one with "this app" once it is not a default', () => {
    expect(kinds('Allow $(PRODUCT_NAME) to access your camera for a better experience')).toEqual(['noPurpose']);
    expect(kinds('$(PRODUCT_NAME) needs your location.')).toEqual(['noPurpose']);
    expect(statesNoPurpose('$(PRODUCT_NAME) needs your location.')).toBe(statesNoPurpose('This app needs your location.'));
    // Without a build variable the name is the app's own word: not a module default.
    expect(isModuleDefaultText('Allow us to access your camera')).toBe(false);
  });

  it('when the app reads, the local photo library and carrying out a recording are no purpose (MilesOnFoot, HM3, bar)', () => {
    for (const text of ['小程序在后台时也将会获取你的位置信息', '该应用需要存储照片到本地照片库', '需要使用麦克风进行录音是否允许此APP获取使用麦克风权限？']) {
      expect([text, kinds(text)]).toEqual([text, ['noPurpose']]);
    }
    // The same words around a named feature are a purpose.
    for (const text of ['在你开车时，用于导航到附近的加油站', '用于拍摄商品照片并保存到本地，以便离线时上传', '在地图上显示附近的门店时需要获取位置']) {
      expect([text, kinds(text)]).toEqual([text, []]);
    }
  });

  it('a TODO marker is no Spanish "todo" and no "método" (valora es-419)', () => {
    for (const text of [
      'También es necesario para habilitar Face ID como método de seguridad.',
      'Usamos Face ID para proteger todo tu dinero al abrir la aplicación.',
      'Usamos la cámara como método para escanear códigos QR de pago.',
    ]) {
      expect([text, isPlaceholderText(text)]).toEqual([text, false]);
    }
    expect(isPlaceholderText('Todo-App benötigt Zugriff auf deine Erinnerungen, um Aufgaben zu synchronisieren')).toBe(false);
    for (const text of ['TODO', 'TODO: explain why', 'todo: explain why', 'todo - explain why', 'Todo', 'Scan receipts (TODO wording)', 'FIXME', 'placeholder', 'changeme']) {
      expect([text, isPlaceholderText(text)]).toEqual([text, true]);
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
      // Round-5 review: the app running, or serving, is no purpose (Wanyue rider, charging-system).
      '需要获取您的位置信息才能完整运行应用程序',
      '获取您的地理位置信息以提供相关服务',
      // Round-6 review: trying is no purpose (Acie-miniProgram), nor saving into the album (open-im-uniapp-demo), nor the
      // HarmonyOS system's own description of the permission (rongxiaotong).
      '尝试获取位置信息',
      '请求获取存入相册权限',
      '允许应用读取用户外部存储中的媒体文件信息',
      '允许应用读写用户外部存储中的媒体文件信息',
      '允许应用访问用户媒体文件中的地理位置信息',
      // Round-8 review: WeChat's sample reworded (wx-medicine).
      '您的位置信息将用于调用小程序位置接口',
      // Round-9 review: HarmonyOS reasons that only qualify the permission (HMOS_MX_GPS).
      '用于精准定位',
      '基础位置服务',
      '获取高精度位置信息',
      // Round-10 review (shopxo-uniapp).
      '该应用需要持续获取用户地理位置，以便为您提供实时的位置信息',
      '你的位置将用于小程序中相应业务位置服务使用',
      // A default sentence with the app's name typed in (ClusterRoutes), or in a $(…) that is no build variable.
      'Allow Cluster Routes to use your location.',
      'Allow $(Cluster Routes) to use your location.',
      'Let Acme Delivery to access your camera',
    ]) {
      expect(kinds(text), text).toEqual(['noPurpose']);
    }
    for (const text of [
      'Allow Cluster Routes to use your location to draw the route you drive',
      'Allow Acme to access your camera so couriers can photograph the delivered parcel',
      '保存海报到相册，方便分享给好友',
      '用于保存您生成的电子发票',
      '尝试为您匹配最近的充电站',
      '允许应用读取相册中的商品图片用于发布二手商品',
      '用于调用地图接口展示附近的药店',
      '用于精准定位你停车的位置，方便找车',
      '提供基础的导航功能',
      '骑行时持续记录你的轨迹，生成运动路线图',
      '实时显示配送员与你的距离',
    ]) {
      expect(kinds(text), text).toEqual([]);
    }
    expect(statesNoPurpose('Scan QR codes on tickets')).toBe(false);
  });

  it('flags strings that only restate what the permission does, and not those that say whose or what for', () => {
    for (const text of [
      '以便拍照',
      '用于拍照',
      '需要访问您的相机以便拍照',
      '需要使用您的相机拍照和录像',
      'App需要访问您的相册以便选择照片',
      '用于获取当前位置',
      '需要蓝牙权限以便连接蓝牙设备',
      'Take photos',
      'Used to take pictures',
      'This app needs to access your camera to take photos and videos.',
      'Allow $(PRODUCT_NAME) to access your camera to record videos',
      'We need your location to get your current location',
      // Bdiskovered: latitude and longitude are the location; capturing from the camera is what a camera does.
      '$(PRODUCT_NAME)We will need location to access current latitude and longitude',
      '$(PRODUCT_NAME) want to capture photo and video from camera.',
    ]) {
      expect(kinds(text), text).toEqual(['noPurpose']);
    }
    for (const text of [
      '用于拍照上传头像',
      '需要访问相机以便拍摄发票',
      '用于扫描二维码',
      '用于视频通话',
      '用于选择收货地址',
      '需要连接打印机打印小票',
      'Take photos of your receipts',
      'Choose a profile picture',
      'Record voice messages for your team',
      'Connect to your glucose meter',
      'Select photos to share with friends',
      'Get your current location to show nearby restaurants',
      'Your latitude and longitude are used to show the stores near you',
      'Import photos from your camera roll into an expense report',
      '在后台运行时继续记录跑步轨迹',
      '以显示附近的门店',
      '导航时需要您的定位，以便规划路线',
    ]) {
      expect(statesNoPurpose(text), text).toBe(false);
    }
  });

  it('each Chinese phrase it removes holds a Han character (texts without one skip the phrase list)', () => {
    expect(ZH_PURPOSE_PHRASES.length).toBeGreaterThan(100);
    for (const phrase of ZH_PURPOSE_PHRASES) expect(phrase, phrase).toMatch(/[\u3400-\u9fff]/u);
    // A Chinese restatement mixed with English words is still judged on its phrases.
    expect(statesNoPurpose('需要使用 camera 权限')).toBe(true);
    expect(statesNoPurpose('需要使用相机扫描快递单号')).toBe(false);
  });

  it('flags strings too short to state a purpose, weighting CJK characters double', () => {
    expect(weightedLength('用于扫码')).toBe(8);
    expect(assessPurposeText('用于扫码')).toEqual([{ kind: 'tooShort', length: 8, minLength: 12 }]);
    expect(kinds('Pay bills')).toEqual(['tooShort']);
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
