import type { Resources } from './index';

// Texts of the log library (token shapes, SDK codes) and of the token steps.
export const logs: Resources = {
  en: {
    logs: {
      shape: {
        empty: 'The token is empty.',
        garbage: 'The token contains spaces or is implausibly long: the log line may be cut or garbled.',
        unusual: 'The {{vendor}} token is {{length}} characters; such tokens usually look like {{expected}}. Check that the whole token is logged and reported.',
      },
      code: {
        vivo101: 'vivo push is not supported on this model or system version (state {{code}}).',
        tim6013: 'The IM SDK was not initialised when the token was reported (code {{code}}): call setOfflinePushConfig after the SDK is initialised.',
        tim6014: 'The user was not logged in to IM when the token was reported (code {{code}}): report the token after login succeeds.',
        unknown: 'Code {{code}} {{description}}: look it up in the SDK error code list.',
      },
    },
    check: {
      token: {
        ok: 'The app registered with {{vendor}} push and logged its token {{token}} ({{sdk}}).',
        none: 'No push token line appeared within {{seconds}} s after restarting the app ({{lines}} log lines read).',
        logcatSilent: 'The phone\'s log stream delivered nothing for {{seconds}} s while the app restarted: logcat stalled.',
        streamEnded: 'The phone closed its log stream after {{lines}} line(s), before the push SDK logged a token.',
        logcatSilentFix: 'Run again; if it repeats, clear the log buffer (`adb logcat -c`), check `adb logcat -g` for a full buffer, or reboot the phone.',
        noneFix: 'Make sure the push SDK starts on app launch and logs at Debug level: Easemob prints its lines only with EMClient.setDebugMode(true); TUIOfflinePush logs through the IM log, raise the log level to Debug.',
        patternHint: 'If your app logs the token in its own words, add a pattern to the app profile: "tokenPatterns": [{ "vendor": "xiaomi", "regex": "my token is (\\\\S+)" }].',
        registerFailed: 'The app tried to register with {{vendor}} push and failed ({{code}}).',
        otherChannel: 'The app registered a {{vendor}} token, but this phone should use {{channel}} push: check the brand detection in the app (or a forced FCM setting).',
        restart: 'Restart the app',
        fix: {
          xiaomi: 'Xiaomi: check the MiPush appId/appKey in the app match the Xiaomi console, and that the app passed store review (otherwise the appId is refused).',
          huawei: 'Huawei: check agconnect-services.json (or the com.huawei.hms.client.appid meta-data) matches the AppGallery Connect app, and the SHA-256 certificate fingerprint of the signing key is registered there.',
          honor: 'Honor: check the com.hihonor.push.app_id meta-data matches the Honor developer console, and the signing fingerprint is registered.',
          oppo: 'OPPO: check the appKey/appSecret given to HeytapPushManager.register match the OPPO push console, and that push is enabled for the app.',
          vivo: 'vivo: check com.vivo.push.app_id / api_key meta-data match the vivo console, and that the app is approved (or the phone is a registered test device).',
          meizu: 'Meizu: check the appId/appKey given to PushManager.register match the Flyme push console.',
          fcm: 'FCM: check google-services.json belongs to this package, and that Google Play services is signed in and up to date.',
          generic: 'Check the vendor SDK credentials in the app match the vendor console.',
        },
      },
      reported: {
        ok: 'The IM SDK reported the token to its server ({{sdk}}).',
        failed: 'The IM SDK failed to report the token ({{sdk}}, code {{code}}).',
        noLine: 'No log line shows whether the token reached the IM server.',
        manualTencent: 'Tencent Cloud IM: in the console, open the offline push troubleshooting tool, enter the user ID, and check that a token with the right certificate ID is bound and recent.',
        manualEasemob: 'Easemob: in the console, look up the user and check its push binding (device token and certificate name), or call GET /{org}/{app}/users/{user}/push/binding.',
        fix: {
          tencent: 'Report the token with setOfflinePushConfig only after login succeeds, with the certificate ID the IM console shows for this vendor.',
          easemob: 'Check the app is logged in to Easemob before the token upload, and that the certificate name matches the push certificate in the Easemob console.',
        },
      },
    },
  },
  'zh-CN': {
    logs: {
      shape: {
        empty: 'Token 为空。',
        garbage: 'Token 含有空格或长得不合常理：日志行可能被截断或损坏。',
        unusual: '{{vendor}} 的 Token 长度为 {{length}}；这类 Token 通常是 {{expected}}。请确认日志和上报的是完整的 Token。',
      },
      code: {
        vivo101: '该机型或系统版本不支持 vivo 推送（state {{code}}）。',
        tim6013: '上报 Token 时 IM SDK 尚未初始化（错误码 {{code}}）：请在 SDK 初始化后再调用 setOfflinePushConfig。',
        tim6014: '上报 Token 时用户尚未登录 IM（错误码 {{code}}）：请在登录成功后再上报 Token。',
        unknown: '错误码 {{code}} {{description}}：请在 SDK 错误码列表中查询。',
      },
    },
    check: {
      token: {
        ok: '应用已注册 {{vendor}} 推送并打印了 Token {{token}}（{{sdk}}）。',
        none: '重启应用后 {{seconds}} 秒内没有出现推送 Token 日志（共读取 {{lines}} 行）。',
        logcatSilent: '应用重启期间，手机的日志流 {{seconds}} 秒内没有任何输出：logcat 卡住了。',
        streamEnded: '推送 SDK 输出令牌之前，手机在 {{lines}} 行之后关闭了日志流。',
        logcatSilentFix: '请重新运行；如果仍然出现，请清空日志缓冲（`adb logcat -c`）、用 `adb logcat -g` 检查缓冲区是否已满，或重启手机。',
        noneFix: '请确认推送 SDK 在应用启动时初始化，并以 Debug 级别输出日志：环信只有在 EMClient.setDebugMode(true) 时打印这些日志；TUIOfflinePush 通过 IM 日志输出，请把日志级别调到 Debug。',
        patternHint: '如果应用用自己的措辞打印 Token，请在应用配置中添加规则："tokenPatterns": [{ "vendor": "xiaomi", "regex": "my token is (\\\\S+)" }]。',
        registerFailed: '应用尝试注册 {{vendor}} 推送但失败了（{{code}}）。',
        otherChannel: '应用注册的是 {{vendor}} 的 Token，但这台手机应该使用 {{channel}} 推送：请检查应用内的品牌判断（或是否强制使用了 FCM）。',
        restart: '重启应用',
        fix: {
          xiaomi: '小米：确认应用中的 MiPush appId/appKey 与小米开放平台一致，且应用已通过上架审核（否则 appId 会被拒绝）。',
          huawei: '华为：确认 agconnect-services.json（或 com.huawei.hms.client.appid meta-data）与 AppGallery Connect 中的应用一致，并已登记签名证书的 SHA-256 指纹。',
          honor: '荣耀：确认 com.hihonor.push.app_id meta-data 与荣耀开发者平台一致，并已登记签名指纹。',
          oppo: 'OPPO：确认传给 HeytapPushManager.register 的 appKey/appSecret 与 OPPO 推送平台一致，且已为应用开通推送。',
          vivo: 'vivo：确认 com.vivo.push.app_id / api_key meta-data 与 vivo 开放平台一致，且应用已审核通过（或手机已登记为测试设备）。',
          meizu: '魅族：确认传给 PushManager.register 的 appId/appKey 与 Flyme 推送平台一致。',
          fcm: 'FCM：确认 google-services.json 属于该包名，且 Google Play 服务已登录并为最新版本。',
          generic: '请确认应用中的厂商 SDK 凭据与厂商平台一致。',
        },
      },
      reported: {
        ok: 'IM SDK 已把 Token 上报到服务端（{{sdk}}）。',
        failed: 'IM SDK 上报 Token 失败（{{sdk}}，错误码 {{code}}）。',
        noLine: '日志中没有能说明 Token 是否已上报到 IM 服务端的内容。',
        manualTencent: '腾讯云 IM：在控制台打开离线推送排查工具，输入用户 ID，确认绑定了证书 ID 正确且较新的 Token。',
        manualEasemob: '环信：在控制台查找该用户，确认其推送绑定（设备 Token 与证书名称），或调用 GET /{org}/{app}/users/{user}/push/binding。',
        fix: {
          tencent: '请在登录成功后再调用 setOfflinePushConfig 上报 Token，并使用 IM 控制台为该厂商显示的证书 ID。',
          easemob: '请确认上传 Token 前应用已登录环信，且证书名称与环信控制台中的推送证书一致。',
        },
      },
    },
  },
};
