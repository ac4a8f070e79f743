import type { Resources } from './index';

// Texts of the log library (token shapes, SDK codes) and of the token steps.
export const logs: Resources = {
  en: {
    logs: {
      scan: {
        unplaced:
          '{{count}} line(s) had no logcat header and no header above them; they were still searched for push lines.',
        dropped:
          '{{count}} more {{kind}} line(s) were only counted: at most {{max}} different ones are listed per kind.',
        repeated: 'seen {{count}} times',
      },
      shape: {
        empty: 'The token is empty.',
        garbage: 'The token contains spaces or is implausibly long: the log line may be cut or garbled.',
        unusual:
          'The {{vendor}} token is {{length}} characters; such tokens usually look like {{expected}}. Check that the whole token is logged and reported.',
      },
      code: {
        vivo101: 'vivo push is not supported on this model or system version (state {{code}}).',
        tim6013:
          'The IM SDK was not initialised when the token was reported (code {{code}}): call setOfflinePushConfig after the SDK is initialised.',
        tim6014:
          'The user was not logged in to IM when the token was reported (code {{code}}): report the token after login succeeds.',
        unknown: 'Code {{code}} {{description}}: look it up in the SDK error code list.',
        tim10005:
          "Tencent IM refused the token report (code {{code}}); TPNS documents -10005 as an AIDL configuration error: check the push SDK components are declared in the manifest and the IM SDK is up to date. (Meaning not confirmed on the vendor's published code list.)",
        tim800009:
          'The vendor push token was empty when TIMPush registered (code {{code}}): the vendor registration failed before; check its error line.',
        tim800010:
          'TIMPush could not hand the token to the IM SDK (code {{code}}): log in to IM first, then register push.',
        tim9523: 'The token report failed on the network (code {{code}}): check the phone is online and retry.',
        tim70016:
          'UserSig check failed when reporting the token (code {{code}}): the public key does not exist, check the SDKAppID and appKey.',
        fcm: {
          serviceNotAvailable:
            'FCM could not get a token: SERVICE_NOT_AVAILABLE, Google Play services could not reach the FCM servers (no network, Google blocked, or Play services outdated). Retry later with back-off; on phones without working Google services use the vendor channel.',
          fisAuthError:
            "FCM could not get a token: the Firebase Installations service refused the app (FIS_AUTH_ERROR). Check google-services.json belongs to this package and project, and that the API key is not restricted away from the Firebase Installations API. (Meaning not confirmed on the vendor's published code list.)",
          authenticationFailed:
            "FCM registration failed with AUTHENTICATION_FAILED: the phone's Google account could not be verified. Sign in to the Google account again in the phone settings. (Meaning not confirmed on the vendor's published code list.)",
          missingInstanceIdService:
            "FCM registration failed with MISSING_INSTANCEID_SERVICE: Google Play services is missing or too old on this phone. Install or update Google Play services, or use the vendor channel. (Meaning not confirmed on the vendor's published code list.)",
          tooManyRegistrations:
            "FCM registration failed with TOO_MANY_REGISTRATIONS: the phone holds too many FCM registrations (too many apps, or a cloned device). Uninstall unused apps or clear Google Play services data; retry with back-off. (Meaning not confirmed on the vendor's published code list.)",
          invalidSender:
            "FCM registration failed with INVALID_SENDER: the sender ID does not match the project. Check google-services.json. (Meaning not confirmed on the vendor's published code list.)",
          phoneRegistrationError:
            "FCM registration failed with PHONE_REGISTRATION_ERROR: the phone is not registered with Google (no Google account or a custom ROM). (Meaning not confirmed on the vendor's published code list.)",
        },
        huawei: {
          argumentsInvalid:
            'HMS code {{code}} (ARGUMENTS_INVALID): wrong parameters, usually the app_id in agconnect-services.json or a missing signing certificate fingerprint.',
          internalError: 'HMS code {{code}} (INTERNAL_ERROR): an internal error; retry or restart the app.',
          namingInvalid:
            'HMS code {{code}} (NAMING_INVALID): the service API does not exist or could not be created; update HMS Core and the Push SDK.',
          clientApiInvalid:
            'HMS code {{code}} (CLIENT_API_INVALID): the ApiClient is invalid; retry, and if it repeats contact Huawei support.',
          executeTimeout:
            'HMS code {{code}} (EXECUTE_TIMEOUT): the call to HMS Core timed out; check HMS Core is running and retry.',
          notInService: "HMS code {{code}} (NOT_IN_SERVICE): Push Kit is not offered in the user's region.",
          sessionInvalid: 'HMS code {{code}} (SESSION_INVALID): the AIDL session with HMS Core is invalid; retry.',
          denyNetwork:
            'HMS code {{code}} (DENY_NETWORK): the privacy statement of first setup was not accepted, so HMS Core may not use the network.',
          getScopeError:
            "HMS code {{code}} (GET_SCOPE_ERROR): querying the app's scopes failed; check the network and that the app exists in AppGallery Connect with Push Kit enabled.",
          scopeListEmpty:
            'HMS code {{code}} (SCOPE_LIST_EMPTY): no scope is configured for the app; enable Push Kit for this app in AppGallery Connect and check the network.',
          certFingerprintEmpty:
            'HMS code {{code}} (CERT_FINGERPRINT_EMPTY): no signing certificate fingerprint is configured; add the SHA-256 fingerprint of the signing key in AppGallery Connect (Project settings > General).',
          permissionListEmpty:
            'HMS code {{code}} (PERMISSION_LIST_EMPTY): no permission is configured for the app in AppGallery Connect.',
          c907122036:
            'HMS code {{code}} (ERROR_NO_RIGHT): push rights are not enabled; enable Push Kit and set its parameters in AppGallery Connect, then download agconnect-services.json again.',
          c907122037:
            'HMS code {{code}} (ERROR_GET_TOKEN_ERR): applying for the token failed; retry, and if it repeats contact Huawei support.',
          c907122045: 'HMS code {{code}} (ERROR_UNKNOWN): unknown Push Kit error; retry.',
          c907122046:
            'HMS code {{code}} (ERROR_SERVICE_NOT_AVAILABLE): the push service is not available; check the network and HMS Core.',
          c907122047: 'HMS code {{code}} (ERROR_PUSH_SERVER): the push server returned an error; retry later.',
          c6003:
            "HMS code {{code}}: the signing certificate fingerprint does not match the one in AppGallery Connect; register the SHA-256 of the key that signs this build and clear HMS Core's cache.",
          noHmsApk:
            'HMS Core (com.huawei.hwid) is not installed on this phone, so Huawei push cannot work: install HMS Core from AppGallery, or use another channel on this phone.',
          applyTokenFailed:
            "The HMS SDK failed to apply for a token{{description}}: the code on the next line says why. (Meaning not confirmed on the vendor's published code list.)",
          other: "HMS code {{code}}: a Push Kit / HMS Core error; look it up in Huawei's Push Kit result codes.",
        },
        xiaomi: {
          serviceUnavailable:
            "MiPush register failed with {{code}} (ERROR_SERVICE_UNAVAILABLE): the MiPush service could not be reached; check the network and retry. (Meaning not confirmed on the vendor's published code list.)",
          c70000002:
            "MiPush register failed with {{code}}: an SDK error (authentication or payload); check appId/appKey and the package name in the Xiaomi console. (Meaning not confirmed on the vendor's published code list.)",
          c70000003:
            "MiPush register failed with {{code}}: an SDK error (authentication or payload); check appId/appKey and the package name in the Xiaomi console. (Meaning not confirmed on the vendor's published code list.)",
          c70000004:
            "MiPush register failed with {{code}}: authentication or internal error; check appId/appKey match the Xiaomi console for this package. (Meaning not confirmed on the vendor's published code list.)",
          c22022:
            "MiPush register failed with {{code}}: the package name does not match the app registered in the Xiaomi console. (Meaning not confirmed on the vendor's published code list.)",
          invalidApp:
            "MiPush refused the app ({{description}}): the appId/appKey or the package name do not match the Xiaomi console, or the app is not approved yet. (Meaning not confirmed on the vendor's published code list.)",
        },
        oppo: {
          cMinus2:
            'OPPO push register returned {{code}} (ERROR, the initial value): the register call did not complete; check HeytapPushManager.init ran first.',
          cMinus1:
            'OPPO push register returned {{code}} (SERVICE_CURRENTLY_UNAVAILABLE): the service is unavailable, retry later.',
          c11: 'OPPO push register returned {{code}} (INSUFFICIENT_ISV_PERMISSIONS): the app has no push permission; apply for push in the OPPO console.',
          c13: 'OPPO push register returned {{code}} (APP_CALL_LIMITED): too many calls; register once per app start.',
          c14: 'OPPO push register returned {{code}} (INVALID_APP_KEY): the appKey is wrong; copy it from the OPPO push console.',
          c15: 'OPPO push register returned {{code}} (MISSING_APP_KEY): no appKey was given to HeytapPushManager.register.',
          c16: 'OPPO push register returned {{code}} (INVALID_SIGNATURE_SIGN): the appSecret is wrong; copy it from the OPPO push console.',
        },
        vivo: {
          c10003:
            "vivo push returned {{code}}: usually the app is not approved for push or the appId/appKey do not match the vivo console. (Meaning not confirmed on the vendor's published code list.)",
          c1002:
            "vivo push returned {{code}}: the push service could not be reached or the call failed; retry. (Meaning not confirmed on the vendor's published code list.)",
        },
        meizu: {
          c110000:
            "Meizu push register failed with {{code}}: the appId is illegal; copy it from the Flyme push console. (Meaning not confirmed on the vendor's published code list.)",
          c110001:
            "Meizu push register failed with {{code}}: the appKey is illegal; copy it from the Flyme push console. (Meaning not confirmed on the vendor's published code list.)",
          c110009:
            "Meizu push register failed with {{code}}: the app is on the push blacklist. (Meaning not confirmed on the vendor's published code list.)",
        },
        honor: {
          c8001000:
            "Honor push failed with {{code}}: check the Honor app id and the signing fingerprint in the Honor console. (Meaning not confirmed on the vendor's published code list.)",
        },
        easemob: {
          c401: "Easemob refused the token upload (HTTP {{code}}): the user is not logged in or the login token expired; upload after login. (Meaning not confirmed on the vendor's published code list.)",
          c404: "Easemob refused the token upload (HTTP {{code}}): the user or the push certificate (notifier name) does not exist in this app key. (Meaning not confirmed on the vendor's published code list.)",
          upload:
            "Easemob failed to upload the token {{description}}: check the login state and that the certificate name matches the Easemob console. (Meaning not confirmed on the vendor's published code list.)",
        },
      },
    },
    check: {
      token: {
        ok: 'The app registered with {{vendor}} push and logged its token {{token}} ({{sdk}}).',
        none: 'No push token line appeared within {{seconds}} s after restarting the app ({{lines}} log lines read).',
        logcatSilent:
          "The phone's log stream delivered nothing for {{seconds}} s while the app restarted: logcat stalled.",
        streamEnded: 'The phone closed its log stream after {{lines}} line(s), before the push SDK logged a token.',
        logcatSilentFix:
          'Run again; if it repeats, clear the log buffer (`adb logcat -c`), check `adb logcat -g` for a full buffer, or reboot the phone.',
        noneFix:
          'Make sure the push SDK starts on app launch and logs at Debug level: Easemob prints its lines only with EMClient.setDebugMode(true); TUIOfflinePush logs through the IM log, raise the log level to Debug.',
        patternHint:
          'If your app logs the token in its own words, add a pattern to the app profile: "tokenPatterns": [{ "vendor": "xiaomi", "regex": "my token is (\\\\S+)" }].',
        registerFailed: 'The app tried to register with {{vendor}} push and failed ({{code}}).',
        otherChannel:
          'The app registered a {{vendor}} token, but this phone should use {{channel}} push: check the brand detection in the app (or a forced FCM setting).',
        restart: 'Restart the app',
        fix: {
          xiaomi:
            'Xiaomi: check the MiPush appId/appKey in the app match the Xiaomi console, and that the app passed store review (otherwise the appId is refused).',
          huawei:
            'Huawei: check agconnect-services.json (or the com.huawei.hms.client.appid meta-data) matches the AppGallery Connect app, and the SHA-256 certificate fingerprint of the signing key is registered there.',
          honor:
            'Honor: check the com.hihonor.push.app_id meta-data matches the Honor developer console, and the signing fingerprint is registered.',
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
        manualTencent:
          'Tencent Cloud IM: in the console, open the offline push troubleshooting tool, enter the user ID, and check that a token with the right certificate ID is bound and recent.',
        manualEasemob:
          'Easemob: in the console, look up the user and check its push binding (device token and certificate name), or call GET /{org}/{app}/users/{user}/push/binding.',
        fix: {
          tencent:
            'Report the token with setOfflinePushConfig only after login succeeds, with the certificate ID the IM console shows for this vendor.',
          easemob:
            'Check the app is logged in to Easemob before the token upload, and that the certificate name matches the push certificate in the Easemob console.',
        },
      },
    },
  },
  'zh-CN': {
    logs: {
      scan: {
        unplaced: '有 {{count}} 行既没有 logcat 行头，上方也没有行头；这些行仍已查找推送日志。',
        dropped: '另有 {{count}} 行 {{kind}} 只计数未列出：每类最多列出 {{max}} 条不同的结果。',
        repeated: '出现 {{count}} 次',
      },
      shape: {
        empty: 'Token 为空。',
        garbage: 'Token 含有空格或长得不合常理：日志行可能被截断或损坏。',
        unusual:
          '{{vendor}} 的 Token 长度为 {{length}}；这类 Token 通常是 {{expected}}。请确认日志和上报的是完整的 Token。',
      },
      code: {
        vivo101: '该机型或系统版本不支持 vivo 推送（state {{code}}）。',
        tim6013: '上报 Token 时 IM SDK 尚未初始化（错误码 {{code}}）：请在 SDK 初始化后再调用 setOfflinePushConfig。',
        tim6014: '上报 Token 时用户尚未登录 IM（错误码 {{code}}）：请在登录成功后再上报 Token。',
        unknown: '错误码 {{code}} {{description}}：请在 SDK 错误码列表中查询。',
        tim10005:
          '腾讯云 IM 拒绝了 Token 上报（错误码 {{code}}）；TPNS 文档中 -10005 表示 AIDL 配置错误：请检查清单中推送 SDK 组件是否声明齐全，并升级 IM SDK。（该含义未能在厂商公开的错误码表中确认。）',
        tim800009: 'TIMPush 注册时厂商 Token 为空（错误码 {{code}}）：之前的厂商注册已失败，请查看它的错误日志。',
        tim800010: 'TIMPush 无法把 Token 交给 IM SDK（错误码 {{code}}）：请先登录 IM，再注册推送。',
        tim9523: 'Token 上报因网络失败（错误码 {{code}}）：请确认手机联网后重试。',
        tim70016: '上报 Token 时 UserSig 校验失败（错误码 {{code}}）：公钥不存在，请检查 SDKAppID 与 appKey。',
        fcm: {
          serviceNotAvailable:
            'FCM 获取 Token 失败：SERVICE_NOT_AVAILABLE，Google Play 服务连不上 FCM 服务器（无网络、Google 被屏蔽或 Play 服务过旧）。请退避后重试；没有可用 Google 服务的手机请使用厂商通道。',
          fisAuthError:
            'FCM 获取 Token 失败：Firebase Installations 服务拒绝了应用（FIS_AUTH_ERROR）。请确认 google-services.json 属于该包名和项目，且 API key 的限制没有排除 Firebase Installations API。（该含义未能在厂商公开的错误码表中确认。）',
          authenticationFailed:
            'FCM 注册失败（AUTHENTICATION_FAILED）：无法验证手机上的 Google 账号。请在手机设置中重新登录 Google 账号。（该含义未能在厂商公开的错误码表中确认。）',
          missingInstanceIdService:
            'FCM 注册失败（MISSING_INSTANCEID_SERVICE）：手机上没有 Google Play 服务或版本过旧。请安装或升级 Google Play 服务，或改用厂商通道。（该含义未能在厂商公开的错误码表中确认。）',
          tooManyRegistrations:
            'FCM 注册失败（TOO_MANY_REGISTRATIONS）：手机上的 FCM 注册过多（应用过多或设备被克隆）。请卸载不用的应用或清除 Google Play 服务数据，并退避重试。（该含义未能在厂商公开的错误码表中确认。）',
          invalidSender:
            'FCM 注册失败（INVALID_SENDER）：sender ID 与项目不符，请检查 google-services.json。（该含义未能在厂商公开的错误码表中确认。）',
          phoneRegistrationError:
            'FCM 注册失败（PHONE_REGISTRATION_ERROR）：手机未在 Google 注册（无 Google 账号或定制 ROM）。（该含义未能在厂商公开的错误码表中确认。）',
        },
        huawei: {
          argumentsInvalid:
            'HMS 错误码 {{code}}（ARGUMENTS_INVALID）：参数错误，通常是 agconnect-services.json 中的 app_id 不对或未配置签名证书指纹。',
          internalError: 'HMS 错误码 {{code}}（INTERNAL_ERROR）：内部错误，请重试或重启应用。',
          namingInvalid:
            'HMS 错误码 {{code}}（NAMING_INVALID）：服务接口不存在或创建失败，请升级 HMS Core 与 Push SDK。',
          clientApiInvalid:
            'HMS 错误码 {{code}}（CLIENT_API_INVALID）：ApiClient 无效，请重试；多次失败请联系华为技术支持。',
          executeTimeout:
            'HMS 错误码 {{code}}（EXECUTE_TIMEOUT）：调用 HMS Core 超时，请确认 HMS Core 正常运行后重试。',
          notInService: 'HMS 错误码 {{code}}（NOT_IN_SERVICE）：用户所在区域不支持推送服务。',
          sessionInvalid: 'HMS 错误码 {{code}}（SESSION_INVALID）：与 HMS Core 的 AIDL 会话无效，请重试。',
          denyNetwork: 'HMS 错误码 {{code}}（DENY_NETWORK）：开机向导阶段未同意隐私声明，HMS Core 不能联网。',
          getScopeError:
            'HMS 错误码 {{code}}（GET_SCOPE_ERROR）：查询应用 Scope 失败，请检查网络，并确认应用已在 AppGallery Connect 创建并开通推送服务。',
          scopeListEmpty:
            'HMS 错误码 {{code}}（SCOPE_LIST_EMPTY）：应用未配置 Scope，请在 AppGallery Connect 为该应用开通推送服务并检查网络。',
          certFingerprintEmpty:
            'HMS 错误码 {{code}}（CERT_FINGERPRINT_EMPTY）：未配置签名证书指纹，请在 AppGallery Connect（项目设置 > 常规）添加签名密钥的 SHA-256 指纹。',
          permissionListEmpty:
            'HMS 错误码 {{code}}（PERMISSION_LIST_EMPTY）：应用在 AppGallery Connect 中没有配置权限。',
          c907122036:
            'HMS 错误码 {{code}}（ERROR_NO_RIGHT）：未开通推送权益，请在 AppGallery Connect 开通推送服务并设置参数，再重新下载 agconnect-services.json。',
          c907122037:
            'HMS 错误码 {{code}}（ERROR_GET_TOKEN_ERR）：申请 Token 失败，请重试；多次失败请联系华为技术支持。',
          c907122045: 'HMS 错误码 {{code}}（ERROR_UNKNOWN）：推送服务未知错误，请重试。',
          c907122046: 'HMS 错误码 {{code}}（ERROR_SERVICE_NOT_AVAILABLE）：推送服务不可用，请检查网络与 HMS Core。',
          c907122047: 'HMS 错误码 {{code}}（ERROR_PUSH_SERVER）：推送服务器返回错误，请稍后重试。',
          c6003:
            'HMS 错误码 {{code}}：签名证书指纹与 AppGallery Connect 中的不一致，请登记签署该构建的密钥的 SHA-256，并清除 HMS Core 缓存。',
          noHmsApk:
            '这台手机没有安装 HMS Core（com.huawei.hwid），华为推送无法工作：请从应用市场安装 HMS Core，或在这台手机上使用其他通道。',
          applyTokenFailed:
            'HMS SDK 申请 Token 失败{{description}}：原因见下一行的错误码。（该含义未能在厂商公开的错误码表中确认。）',
          other: 'HMS 错误码 {{code}}：推送服务 / HMS Core 错误，请在华为推送服务错误码中查询。',
        },
        xiaomi: {
          serviceUnavailable:
            'MiPush 注册失败，错误码 {{code}}（ERROR_SERVICE_UNAVAILABLE）：连不上 MiPush 服务，请检查网络后重试。（该含义未能在厂商公开的错误码表中确认。）',
          c70000002:
            'MiPush 注册失败，错误码 {{code}}：SDK 错误（鉴权或参数），请检查小米开放平台中的 appId/appKey 与包名。（该含义未能在厂商公开的错误码表中确认。）',
          c70000003:
            'MiPush 注册失败，错误码 {{code}}：SDK 错误（鉴权或参数），请检查小米开放平台中的 appId/appKey 与包名。（该含义未能在厂商公开的错误码表中确认。）',
          c70000004:
            'MiPush 注册失败，错误码 {{code}}：鉴权或内部错误，请确认 appId/appKey 与该包名在小米开放平台的配置一致。（该含义未能在厂商公开的错误码表中确认。）',
          c22022:
            'MiPush 注册失败，错误码 {{code}}：包名与小米开放平台登记的应用不一致。（该含义未能在厂商公开的错误码表中确认。）',
          invalidApp:
            'MiPush 拒绝了应用（{{description}}）：appId/appKey 或包名与小米开放平台不一致，或应用尚未审核通过。（该含义未能在厂商公开的错误码表中确认。）',
        },
        oppo: {
          cMinus2:
            'OPPO 推送注册返回 {{code}}（ERROR，初始值）：注册调用没有完成，请确认先调用了 HeytapPushManager.init。',
          cMinus1: 'OPPO 推送注册返回 {{code}}（SERVICE_CURRENTLY_UNAVAILABLE）：服务不可用，请稍后重试。',
          c11: 'OPPO 推送注册返回 {{code}}（INSUFFICIENT_ISV_PERMISSIONS）：应用没有推送权限，请在 OPPO 推送平台申请。',
          c13: 'OPPO 推送注册返回 {{code}}（APP_CALL_LIMITED）：调用次数超限，请每次启动只注册一次。',
          c14: 'OPPO 推送注册返回 {{code}}（INVALID_APP_KEY）：appKey 错误，请从 OPPO 推送平台复制。',
          c15: 'OPPO 推送注册返回 {{code}}（MISSING_APP_KEY）：没有把 appKey 传给 HeytapPushManager.register。',
          c16: 'OPPO 推送注册返回 {{code}}（INVALID_SIGNATURE_SIGN）：appSecret 错误，请从 OPPO 推送平台复制。',
        },
        vivo: {
          c10003:
            'vivo 推送返回 {{code}}：通常是应用未通过推送审核，或 appId/appKey 与 vivo 开放平台不一致。（该含义未能在厂商公开的错误码表中确认。）',
          c1002: 'vivo 推送返回 {{code}}：连不上推送服务或调用失败，请重试。（该含义未能在厂商公开的错误码表中确认。）',
        },
        meizu: {
          c110000:
            '魅族推送注册失败，错误码 {{code}}：appId 非法，请从 Flyme 推送平台复制。（该含义未能在厂商公开的错误码表中确认。）',
          c110001:
            '魅族推送注册失败，错误码 {{code}}：appKey 非法，请从 Flyme 推送平台复制。（该含义未能在厂商公开的错误码表中确认。）',
          c110009: '魅族推送注册失败，错误码 {{code}}：应用在推送黑名单中。（该含义未能在厂商公开的错误码表中确认。）',
        },
        honor: {
          c8001000:
            '荣耀推送失败，错误码 {{code}}：请检查荣耀开发者平台中的 app id 与签名指纹。（该含义未能在厂商公开的错误码表中确认。）',
        },
        easemob: {
          c401: '环信拒绝了 Token 上传（HTTP {{code}}）：用户未登录或登录凭证过期，请在登录后上传。（该含义未能在厂商公开的错误码表中确认。）',
          c404: '环信拒绝了 Token 上传（HTTP {{code}}）：该 app key 下不存在此用户或推送证书（notifier name）。（该含义未能在厂商公开的错误码表中确认。）',
          upload:
            '环信上传 Token 失败 {{description}}：请检查登录状态，以及证书名称是否与环信控制台一致。（该含义未能在厂商公开的错误码表中确认。）',
        },
      },
    },
    check: {
      token: {
        ok: '应用已注册 {{vendor}} 推送并打印了 Token {{token}}（{{sdk}}）。',
        none: '重启应用后 {{seconds}} 秒内没有出现推送 Token 日志（共读取 {{lines}} 行）。',
        logcatSilent: '应用重启期间，手机的日志流 {{seconds}} 秒内没有任何输出：logcat 卡住了。',
        streamEnded: '推送 SDK 输出令牌之前，手机在 {{lines}} 行之后关闭了日志流。',
        logcatSilentFix:
          '请重新运行；如果仍然出现，请清空日志缓冲（`adb logcat -c`）、用 `adb logcat -g` 检查缓冲区是否已满，或重启手机。',
        noneFix:
          '请确认推送 SDK 在应用启动时初始化，并以 Debug 级别输出日志：环信只有在 EMClient.setDebugMode(true) 时打印这些日志；TUIOfflinePush 通过 IM 日志输出，请把日志级别调到 Debug。',
        patternHint:
          '如果应用用自己的措辞打印 Token，请在应用配置中添加规则："tokenPatterns": [{ "vendor": "xiaomi", "regex": "my token is (\\\\S+)" }]。',
        registerFailed: '应用尝试注册 {{vendor}} 推送但失败了（{{code}}）。',
        otherChannel:
          '应用注册的是 {{vendor}} 的 Token，但这台手机应该使用 {{channel}} 推送：请检查应用内的品牌判断（或是否强制使用了 FCM）。',
        restart: '重启应用',
        fix: {
          xiaomi:
            '小米：确认应用中的 MiPush appId/appKey 与小米开放平台一致，且应用已通过上架审核（否则 appId 会被拒绝）。',
          huawei:
            '华为：确认 agconnect-services.json（或 com.huawei.hms.client.appid meta-data）与 AppGallery Connect 中的应用一致，并已登记签名证书的 SHA-256 指纹。',
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
        manualEasemob:
          '环信：在控制台查找该用户，确认其推送绑定（设备 Token 与证书名称），或调用 GET /{org}/{app}/users/{user}/push/binding。',
        fix: {
          tencent: '请在登录成功后再调用 setOfflinePushConfig 上报 Token，并使用 IM 控制台为该厂商显示的证书 ID。',
          easemob: '请确认上传 Token 前应用已登录环信，且证书名称与环信控制台中的推送证书一致。',
        },
      },
    },
  },
};
