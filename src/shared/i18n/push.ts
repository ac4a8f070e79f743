import type { Resources } from './index';

// What each provider's answer means and what to do (codes from shared/reference/push-apis.md).
export const push: Resources = {
  en: {
    push: {
      transport: {
        unreachable: '{{message}}',
        timeout:
          '{{message}} The message may or may not have been sent; it was not retried, to avoid sending it twice.',
        'not-json': '{{message}}',
        empty: '{{message}}',
        aborted: '{{message}}',
      },
      code: {
        unknown: '{{provider}} answered code {{code}}. {{detail}}',
        fcm: {
          cok: 'Accepted by FCM.',
          cUNREGISTERED:
            'The token is no longer valid (app uninstalled, data cleared, or token refreshed): capture the current token and send again.',
          cINVALID_ARGUMENT:
            'FCM refused the request: the token is malformed, or restricted_package_name does not match the app, or a field is invalid. {{detail}}',
          cSENDER_ID_MISMATCH:
            "The token belongs to another Firebase project: use the service account of the project in the app's google-services.json.",
          cQUOTA_EXCEEDED: 'FCM quota exceeded (per project or per device); slow down and retry later.',
          cUNAVAILABLE: 'FCM is temporarily unavailable; retried with backoff.',
          cINTERNAL: 'FCM internal error; retried with backoff.',
          cTHIRD_PARTY_AUTH_ERROR: 'The APNs/web push credential of the project is invalid (not an Android issue).',
          cUNAUTHENTICATED: 'The OAuth token was refused: check the service account key is current and not revoked.',
          cPERMISSION_DENIED:
            'The service account may not send for this project: give it the Firebase Cloud Messaging API Admin role. {{detail}}',
          cRESOURCE_EXHAUSTED: 'FCM is rate limiting this project (HTTP 429); retried after the time it asked for.',
          cinvalid_request:
            "Google's token endpoint refused the request as malformed (grant_type or assertion missing). {{detail}}",
          cinvalid_grant:
            'Google refused the service account (providers.fcm.serviceAccountFile): the key is revoked, the clock is wrong, or the file is not a service account key. {{detail}}',
        },
        huawei: {
          c80000000: 'Accepted by Huawei Push Kit.',
          c80100000: 'Some tokens were accepted, others are invalid.',
          c80100001: 'A request parameter is invalid. {{detail}}',
          c80100003: 'The message structure is wrong. {{detail}}',
          c80200001: 'OAuth authentication failed: the access token is missing or belongs to another App ID.',
          c80200003: 'The OAuth token expired; it was refreshed and the message sent again.',
          c80300002:
            'The app may not send messages: check providers.huawei.appId, and that Push Kit is enabled in AppGallery Connect.',
          c80300007:
            'All tokens are invalid: a typo, a token of another app, or an old token. Capture the current one.',
          c80300008: 'The message body is larger than 4096 bytes.',
          c80300010: 'Too many tokens, or the daily quota of this message class is used up.',
          c81000001: 'Huawei internal error; retried.',
          c80600003: 'Huawei could not get an OAuth token: check providers.huawei.appId and clientSecret.',
          cinvalid_client:
            'Huawei refused the credentials: providers.huawei.appId or clientSecret is wrong. {{detail}}',
        },
        honor: {
          c200: 'Accepted by Honor Push.',
          c401: 'The Honor access token was refused or expired; it is refreshed once.',
          cinvalid_client:
            'Honor refused the credentials: providers.honor.clientId or clientSecret is wrong. {{detail}}',
          c80300007: 'All tokens are invalid: a token of another app, or an old one. Capture the current token.',
          c80300010: 'Too many tokens, or the daily quota of this importance level is used up.',
          c80100001: 'A request parameter is invalid. {{detail}}',
          cfailTokens:
            'Honor took the request but refused this token (failTokens): it belongs to another app or is malformed. Capture the current token.',
          cexpireTokens:
            'Honor took the request but this token has expired (expireTokens): the app was uninstalled or re-registered. Capture the current token.',
          csendResultFalse: 'Honor took the request but did not send it (sendResult false). {{detail}}',
        },
        xiaomi: {
          c0: 'Accepted by MiPush.',
          c21301:
            'Invalid application secret: check providers.xiaomi.appSecret (the AppSecret of this app in the Xiaomi console).',
          c22022:
            "Invalid package name: restricted_package_name must be the app's package registered with this AppSecret. {{detail}}",
          c20301: "No valid targets: the regId is unknown to MiPush (another app's, or outdated).",
          c10017: 'A parameter value is invalid. {{detail}}',
          c10016: 'A required parameter is missing. {{detail}}',
          c22001: 'The app does not exist in MiPush.',
          c10026: 'The app is blacklisted (often: not published in the Xiaomi store).',
          c22101: 'Too many notifications: the daily quota for this channel is used up.',
        },
        oppo: {
          c0: 'Accepted by OPPO push.',
          c11: 'Invalid auth_token: it was refreshed and the message sent again.',
          c14: 'Invalid app_key: check providers.oppo.appKey.',
          c16: 'Invalid signature: check providers.oppo.masterSecret (the MasterSecret, not the AppSecret).',
          c19: "Invalid timestamp: the computer's clock is more than 10 minutes off.",
          c28: 'The app is disabled on OPPO push.',
          c29: 'auth_token missing.',
          c30: 'The app has no API push permission: apply for it in the OPPO push console.',
          c33: 'The daily message limit was exceeded.',
          c41: 'Invalid arguments (OPPO needs channel_id on Android 8+). {{detail}}',
          c55: 'Calls too frequent.',
          c67: 'Category or notify_level not accepted for this channel.',
          c_2: 'OPPO flow control; retried.',
          c_1: 'OPPO service unavailable; retried.',
          c10000: 'The registration id is not valid for this app.',
        },
        vivo: {
          c0: 'Accepted by vivo push.',
          c10070: 'The total send volume for today is exceeded: stop calling until tomorrow.',
          c10094: 'appId mismatch: the auth token belongs to another appId (providers.vivo.appId).',
          c10096: 'Invalid category.',
          c10097: 'The category does not match the classification.',
          c10000: 'The authToken is invalid or expired; it was refreshed.',
          c10054: 'The regId is invalid.',
          c10200: 'vivo says appId is empty: set providers.vivo.appId.',
          c10201: 'vivo says appKey is empty: set providers.vivo.appKey.',
          c10302: 'The regId is not valid (malformed, or not a vivo regId).',
          authRefused:
            'vivo refused the authentication (code {{code}}): check providers.vivo.appId, appKey and appSecret match the vivo console, and the clock. {{detail}}',
          cinvalidUser1: "The regId does not exist (another app's token, or outdated).",
          cinvalidUser2: 'The app was uninstalled, or push was turned off for it.',
          cinvalidUser3: 'The phone has not been online for 90 days.',
          cinvalidUser4: 'The phone is not a registered test device (test mode, pushMode 1).',
        },
        meizu: {
          c200: 'Accepted by Flyme push.',
          c1003: 'Flyme push is busy; retried.',
          c1005: 'A parameter is invalid. {{detail}}',
          c110005: 'The alias is invalid, or the user turned the push switch off.',
          c520: 'Collapsed: more than 5 messages to this device and app within a minute.',
          c1006: 'Signature verification failed: check providers.meizu.appSecret.',
          c110000: 'Invalid appId: check providers.meizu.appId.',
          c110002: 'The pushId is not registered (or unsubscribed).',
          c110003: 'The pushId is invalid.',
          c110010: 'Push rate too fast.',
          c110011: 'The daily limit of public messages is exceeded.',
          c110019: 'The daily push count is exceeded.',
          c110031: 'Invalid package name.',
          c110033: 'Invalid appSecret.',
        },
        tencentim: {
          c0: "Accepted by Tencent Cloud IM; it pushes to the recipient's registered vendor token.",
          c70001: 'The admin UserSig expired; a new one is generated for each retry.',
          c70003: 'The UserSig could not be decoded (truncated or damaged in transit). {{detail}}',
          c70009:
            'The UserSig does not verify: providers.tencent-im.secretKey is not the key of this SDKAppID (copy it again from the IM console → Basic configuration).',
          c70013:
            'The UserSig was made for another user than identifier: providers.tencent-im.adminId must be the account the UserSig is generated for.',
          c70014:
            'The UserSig was made for another SDKAppID: providers.tencent-im.sdkAppId and secretKey must come from the same application.',
          c60010:
            'The request needs an app administrator: make providers.tencent-im.adminId an administrator in the IM console (default: administrator).',
          c20003: 'The sender or receiver UserID does not exist: check fromUser and toUser.',
          c90001: 'The request JSON could not be parsed.',
          cnoToken: 'The IM server has no push token for the recipient.',
        },
        easemob: {
          cok: "Accepted by Easemob; it pushes to the recipient's bound device token.",
          cunauthorized: 'The app token expired or is invalid; it is refreshed once.',
          cinvalid_grant:
            'Easemob refused the credentials: check providers.easemob.clientId and clientSecret. {{detail}}',
          cservice_resource_not_found: 'The user or app does not exist: check orgName, appName and toUser. {{detail}}',
          corganization_application_not_found:
            'No such app on this Easemob cluster: check providers.easemob.orgName, appName and baseUrl (the REST domain shown in the console). {{detail}}',
          cillegal_argument: 'Easemob refused an argument of the request. {{detail}}',
          ctoo_many_requests: 'Rate limited by Easemob; retried.',
        },
      },
      accepted: {
        xiaomiNoChannel:
          'Accepted by MiPush, but without a channel (channels.xiaomi is not set): MiPush shows it in its default channel, about one a day per device. Register a channel in the Xiaomi console and set channels.xiaomi.',
      },
      warn: {
        xiaomiNoChannel:
          'channels.xiaomi is not set: without a registered channel id MiPush uses its default channel (about one message a day per device), and IM pushes to Xiaomi on Android 8+ are not shown.',
        oppoNoChannel:
          'channels.oppo is not set: OPPO needs a channel id on Android 8+ (its console may set a default).',
        fcmClassName:
          'clickAction.fcm.value "{{value}}" looks like a class name: FCM click_action must be the action of an <intent-filter> (such as com.example.chat.OPEN_CHAT).',
        easemobHost:
          'providers.easemob.baseUrl is not set: a1.easemob.com is used, but each app lives on its own cluster; copy the REST domain from the Easemob console.',
      },
    },
  },
  'zh-CN': {
    push: {
      transport: {
        unreachable: '{{message}}',
        timeout: '{{message}} 消息可能已发送也可能没有；为避免重复发送，没有重试。',
        'not-json': '{{message}}',
        empty: '{{message}}',
        aborted: '{{message}}',
      },
      code: {
        unknown: '{{provider}} 返回错误码 {{code}}。{{detail}}',
        fcm: {
          cok: 'FCM 已接受。',
          cUNREGISTERED: 'Token 已失效（应用被卸载、清除数据或 Token 已刷新）：请获取当前 Token 后重发。',
          cINVALID_ARGUMENT:
            'FCM 拒绝了请求：Token 格式错误、restricted_package_name 与应用不符，或有字段无效。{{detail}}',
          cSENDER_ID_MISMATCH: 'Token 属于另一个 Firebase 项目：请使用应用 google-services.json 所属项目的服务账号。',
          cQUOTA_EXCEEDED: '超出 FCM 配额（项目或设备级）；请放慢速度稍后重试。',
          cUNAVAILABLE: 'FCM 暂时不可用；已退避重试。',
          cINTERNAL: 'FCM 内部错误；已退避重试。',
          cTHIRD_PARTY_AUTH_ERROR: '项目的 APNs/Web 推送凭据无效（与 Android 无关）。',
          cUNAUTHENTICATED: 'OAuth 令牌被拒绝：请确认服务账号密钥有效且未被撤销。',
          cPERMISSION_DENIED:
            '该服务账号无权为此项目发送：请授予其 Firebase Cloud Messaging API Admin 角色。{{detail}}',
          cRESOURCE_EXHAUSTED: 'FCM 正在对该项目限流（HTTP 429）；已按其要求的时间后重试。',
          cinvalid_request: 'Google 令牌端点认为请求格式错误（缺少 grant_type 或 assertion）。{{detail}}',
          cinvalid_grant:
            'Google 拒绝了服务账号（providers.fcm.serviceAccountFile）：密钥已撤销、时钟不准，或文件不是服务账号密钥。{{detail}}',
        },
        huawei: {
          c80000000: '华为推送已接受。',
          c80100000: '部分 Token 成功，其余无效。',
          c80100001: '请求参数无效。{{detail}}',
          c80100003: '消息结构错误。{{detail}}',
          c80200001: 'OAuth 认证失败：access token 缺失或属于其他 App ID。',
          c80200003: 'OAuth 令牌已过期；已刷新并重发。',
          c80300002: '应用无权发送消息：请检查 providers.huawei.appId，并确认已在 AppGallery Connect 开通推送服务。',
          c80300007: '所有 Token 均无效：拼写错误、其他应用的 Token 或过期 Token。请获取当前 Token。',
          c80300008: '消息体超过 4096 字节。',
          c80300010: 'Token 数量过多，或该类消息的每日配额已用完。',
          c81000001: '华为内部错误；已重试。',
          c80600003: '无法获取华为 OAuth 令牌：请检查 providers.huawei.appId 和 clientSecret。',
          cinvalid_client: '华为拒绝了凭据：providers.huawei.appId 或 clientSecret 错误。{{detail}}',
        },
        honor: {
          c200: '荣耀推送已接受。',
          c401: '荣耀 access token 被拒绝或已过期；会刷新一次。',
          cinvalid_client: '荣耀拒绝了凭据：providers.honor.clientId 或 clientSecret 错误。{{detail}}',
          c80300007: '所有 Token 均无效：其他应用的 Token 或过期 Token。请获取当前 Token。',
          c80300010: 'Token 数量过多，或该重要性级别的每日配额已用完。',
          c80100001: '请求参数无效。{{detail}}',
          cfailTokens: '荣耀接受了请求，但拒绝了此 Token（failTokens）：它属于其他应用或格式错误。请获取当前 Token。',
          cexpireTokens: '荣耀接受了请求，但此 Token 已过期（expireTokens）：应用已卸载或重新注册。请获取当前 Token。',
          csendResultFalse: '荣耀接受了请求，但没有发送（sendResult 为 false）。{{detail}}',
        },
        xiaomi: {
          c0: '小米推送已接受。',
          c21301: 'AppSecret 无效：请检查 providers.xiaomi.appSecret（小米开放平台中该应用的 AppSecret）。',
          c22022: '包名无效：restricted_package_name 必须是使用该 AppSecret 注册的应用包名。{{detail}}',
          c20301: '没有有效目标：小米推送不认识该 regId（其他应用的或已过期）。',
          c10017: '参数值无效。{{detail}}',
          c10016: '缺少必填参数。{{detail}}',
          c22001: '应用在小米推送中不存在。',
          c10026: '应用在黑名单中（通常是未在小米应用商店上架）。',
          c22101: '通知过多：该通道的每日配额已用完。',
        },
        oppo: {
          c0: 'OPPO 推送已接受。',
          c11: 'auth_token 无效：已刷新并重发。',
          c14: 'app_key 无效：请检查 providers.oppo.appKey。',
          c16: '签名无效：请检查 providers.oppo.masterSecret（是 MasterSecret，不是 AppSecret）。',
          c19: '时间戳无效：本机时钟偏差超过 10 分钟。',
          c28: '应用在 OPPO 推送中被禁用。',
          c29: '缺少 auth_token。',
          c30: '应用没有 API 推送权限：请在 OPPO 推送平台申请。',
          c33: '超出每日消息数上限。',
          c41: '参数无效（Android 8+ 上 OPPO 需要 channel_id）。{{detail}}',
          c55: '调用过于频繁。',
          c67: '该通道不接受此 category 或 notify_level。',
          c_2: 'OPPO 流控；已重试。',
          c_1: 'OPPO 服务不可用；已重试。',
          c10000: '该 registration id 对此应用无效。',
        },
        vivo: {
          c0: 'vivo 推送已接受。',
          c10070: '今日发送总量已超：今天请停止调用。',
          c10094: 'appId 不匹配：auth token 属于另一个 appId（providers.vivo.appId）。',
          c10096: 'category 无效。',
          c10097: 'category 与 classification 不匹配。',
          c10000: 'authToken 无效或已过期；已刷新。',
          c10054: 'regId 无效。',
          c10200: 'vivo 提示 appId 为空：请设置 providers.vivo.appId。',
          c10201: 'vivo 提示 appKey 为空：请设置 providers.vivo.appKey。',
          c10302: 'regId 不合法（格式错误，或不是 vivo 的 regId）。',
          authRefused:
            'vivo 鉴权失败（错误码 {{code}}）：请检查 providers.vivo.appId、appKey 和 appSecret 与 vivo 开放平台一致，以及本机时钟。{{detail}}',
          cinvalidUser1: 'regId 不存在（其他应用的 Token 或已过期）。',
          cinvalidUser2: '应用已卸载，或已关闭其推送。',
          cinvalidUser3: '手机已 90 天不在线。',
          cinvalidUser4: '手机不是已登记的测试设备（测试模式 pushMode 1）。',
        },
        meizu: {
          c200: '魅族推送已接受。',
          c1003: '魅族推送服务繁忙；已重试。',
          c1005: '参数错误。{{detail}}',
          c110005: '别名无效，或用户关闭了推送开关。',
          c520: '消息被折叠：1 分钟内发给同一设备同一应用超过 5 条。',
          c1006: '签名校验失败：请检查 providers.meizu.appSecret。',
          c110000: 'appId 无效：请检查 providers.meizu.appId。',
          c110002: 'pushId 未注册（或已退订）。',
          c110003: 'pushId 非法。',
          c110010: '推送频率过快。',
          c110011: '超出每日公信消息上限。',
          c110019: '超出每日推送次数。',
          c110031: '包名无效。',
          c110033: 'appSecret 无效。',
        },
        tencentim: {
          c0: '腾讯云 IM 已接受；它会推送到接收方登记的厂商 Token。',
          c70001: '管理员 UserSig 已过期；每次重试都会重新生成。',
          c70003: 'UserSig 无法解析（被截断或在传输中损坏）。{{detail}}',
          c70009:
            'UserSig 校验失败：providers.tencent-im.secretKey 不是该 SDKAppID 的密钥（请从 IM 控制台 → 基础配置重新复制）。',
          c70013: 'UserSig 是为 identifier 以外的用户生成的：providers.tencent-im.adminId 必须是生成 UserSig 的账号。',
          c70014: 'UserSig 是为另一个 SDKAppID 生成的：providers.tencent-im.sdkAppId 和 secretKey 必须来自同一个应用。',
          c60010:
            '该请求需要 App 管理员：请在 IM 控制台把 providers.tencent-im.adminId 设为管理员（默认 administrator）。',
          c20003: '发送方或接收方 UserID 不存在：请检查 fromUser 和 toUser。',
          c90001: '请求 JSON 无法解析。',
          cnoToken: 'IM 服务端没有接收方的推送 Token。',
        },
        easemob: {
          cok: '环信已接受；它会推送到接收方绑定的设备 Token。',
          cunauthorized: 'App Token 已过期或无效；会刷新一次。',
          cinvalid_grant: '环信拒绝了凭据：请检查 providers.easemob.clientId 和 clientSecret。{{detail}}',
          cservice_resource_not_found: '用户或应用不存在：请检查 orgName、appName 和 toUser。{{detail}}',
          corganization_application_not_found:
            '该环信集群上没有这个应用：请检查 providers.easemob.orgName、appName 和 baseUrl（控制台显示的 REST 域名）。{{detail}}',
          cillegal_argument: '环信拒绝了请求中的某个参数。{{detail}}',
          ctoo_many_requests: '被环信限流；已重试。',
        },
      },
      accepted: {
        xiaomiNoChannel:
          '小米推送已接受，但没有通道（未设置 channels.xiaomi）：小米会放进默认通道，每台设备每天约 1 条。请在小米开放平台登记通道并设置 channels.xiaomi。',
      },
      warn: {
        xiaomiNoChannel:
          '未设置 channels.xiaomi：没有登记的通道 ID 时小米使用默认通道（每台设备每天约 1 条），Android 8+ 上的 IM 推送在小米手机上不会显示。',
        oppoNoChannel: '未设置 channels.oppo：OPPO 在 Android 8+ 上需要通道 ID（控制台可能设了默认值）。',
        fcmClassName:
          'clickAction.fcm.value "{{value}}" 看起来是类名：FCM 的 click_action 必须是 <intent-filter> 的 action（例如 com.example.chat.OPEN_CHAT）。',
        easemobHost:
          '未设置 providers.easemob.baseUrl：将使用 a1.easemob.com，但每个应用都在自己的集群上；请从环信控制台复制 REST 域名。',
      },
    },
  },
};
