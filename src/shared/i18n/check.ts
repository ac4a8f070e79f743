import type { Resources } from './index';

// Verdicts and remediation of the checklist steps (src/main/checklist).
export const check: Resources = {
  en: {
    engine: {
      skipped: 'Skipped: it depends on {{step}}, which did not pass.',
      cancelled: 'Skipped: the run was cancelled.',
      needsLivePhone:
        'Skipped: this check needs the live phone (it sends pushes or taps the screen); the snapshot cannot answer it. Run it with the phone attached.',
      error: 'The check could not finish: {{message}}',
      hint: '{{hint}}',
      device: {
        notFound: 'The phone {{serial}} is no longer attached.',
        offline: 'The phone {{serial}} went offline during this check.',
        unauthorized: 'The phone {{serial}} has not authorized this computer.',
        gone: 'The phone {{serial}} disconnected in the middle of this check.',
        timeout: 'The phone {{serial}} did not answer in time.',
        aborted: 'Stopped before the phone answered.',
        failed: 'adb failed while talking to {{serial}}.',
        serverGone: 'The adb server stopped answering during this check ({{serial}}).',
      },
    },
    check: {
      connection: {
        ok: 'adb server answers (protocol {{version}}) and {{serial}} is online and authorized.',
        missing: 'The adb server does not list {{serial}}.',
        missingFix:
          'Plug the phone in with USB debugging on (Settings → Developer options), or `adb connect HOST:PORT` for a network phone, then run `push-doctor devices`.',
        state: 'The phone {{serial}} is {{state}}.',
        otherFix: 'Wait for the phone to finish booting, then run again.',
      },
      channel: {
        ok: '{{brand}} {{model}}, {{rom}}, Android {{android}} (API {{sdk}}): pushes go through the {{channel}} channel.',
        none: '{{brand}} {{model}}, {{rom}}, Android {{android}}: no push channel is available on this phone.',
        noneFix:
          'The phone has neither a vendor push service nor Google Play services. Offline pushes cannot arrive while the app is killed; test on a phone with Google Play services or a vendor ROM.',
        noProps: 'The phone returned no system properties.',
      },
      pushService: {
        ok: '{{package}} is installed and enabled (versionCode {{version}}).',
        missing: 'The {{channel}} push service is not installed (looked for {{packages}}).',
        disabled: '{{package}} is installed but disabled.',
        enableFix:
          'Enable it again: Settings → Apps → show system apps → {{package}} → Enable (or `adb shell pm enable {{package}}` on a rooted/debug phone).',
        old: '{{package}} is versionCode {{version}}; the push SDK needs at least {{min}}.',
        fallbackFcm:
          'Google Play services is installed: an app that falls back to FCM (e.g. TIMPush forceUseFCMPushChannel) can still get pushes here.',
        install: {
          xiaomi:
            'The MiPush service (com.xiaomi.xmsf) ships with MIUI/HyperOS; without it (custom ROM, global ROM without services) MiPush only works while the app runs. Use a stock ROM for the test.',
          huawei:
            'Install or update HMS Core (com.huawei.hwid) from AppGallery: Settings → Apps → HMS Core, or search "HMS Core" in AppGallery.',
          honor:
            'Honor push (com.hihonor.android.pushagent) is part of MagicOS; update the system (Settings → System → Software update).',
          oppo: 'The HeyTap push service (com.heytap.mcs) is part of ColorOS/realme UI/OxygenOS; update the system, or check that it has not been disabled.',
          vivo: 'The vivo push service (com.vivo.pushservice) is part of OriginOS/Funtouch OS; update the system.',
          meizu: 'The Flyme push service (com.meizu.cloud) is part of Flyme; update the system.',
          fcm: 'Google Play services (com.google.android.gms) is missing: FCM cannot deliver. Install Google Play services, or integrate the vendor push SDK for this brand.',
        },
        update: {
          huawei: 'Update HMS Core in AppGallery (Me → Check for updates), then run again.',
          oppo: 'Update the system (Settings → Software update) so that the HeyTap push service is recent enough.',
          xiaomi: 'Update the system.',
          honor: 'Update the system.',
          vivo: 'Update the system.',
          meizu: 'Update the system.',
          fcm: 'Update Google Play services from the Play Store.',
        },
      },
      installed: {
        ok: '{{package}} {{versionName}} (versionCode {{versionCode}}, targetSdk {{targetSdk}}) is installed.',
        okDebuggable:
          '{{package}} {{versionName}} (versionCode {{versionCode}}, targetSdk {{targetSdk}}) is installed, as a debuggable build.',
        missing: '{{package}} is not installed on this phone.',
        missingFix:
          'Install the app (e.g. `adb install app.apk`), open it once and log in, then run again. Check the package name: `adb shell pm list packages | grep <part of the name>`.',
        disabled: '{{package}} is installed but disabled.',
        disabledFix: 'Enable it in Settings → Apps → {{package}}.',
        debuggable:
          'Debuggable builds behave like release builds for push, but vendor consoles bind the push certificate to the signing key: test with the build signed like the store one.',
      },
      notifications: {
        ok: 'Notifications of {{package}} are allowed; {{channels}} channel(s), none blocked.',
        permissionDenied:
          '{{package}} does not hold the notification permission (Android 13+): the phone discards its notifications.',
        permissionFix:
          'Grant it: open the app and accept the notification prompt, or Settings → Apps → the app → Notifications → Allow. The app must ask for POST_NOTIFICATIONS at run time.',
        appOpBlocked: 'Posting notifications is blocked for the app (app op POST_NOTIFICATION is {{mode}}).',
        appBlocked: 'All notifications of {{package}} are switched off on this phone.',
        unreadable:
          'The notification settings could not be read from the phone (the answer was not a notification dump).',
        checkByHand:
          'Open Settings → Apps → the app → Notifications and check that they are allowed, with sound and banners.',
        channelMissingOppo:
          'The app has not created the notification channel "{{channel}}" that the OPPO pushes name: OPPO discards these notifications on Android 8+.',
        channelMissing:
          'The app has not created the notification channel "{{channel}}" that the pushes name; they will land in a default channel.',
        channelBlocked: 'The notification channel "{{channel}}" is switched off.',
        channelQuiet:
          'The channel "{{channel}}" has importance {{importance}}: notifications arrive silently, without a banner.',
        oppoNeedsChannel:
          'The app has no notification channel; OPPO requires one registered in the app and named in every push on Android 8+.',
        someBlocked: 'Some channels are switched off: {{channels}}.',
        channelFix:
          'Create the channel in the app at start (NotificationManager.createNotificationChannel) with the id the IM console / profile uses, importance HIGH for chat messages; the user must not have turned it off.',
        openSettings: 'Open notification settings',
        enable: {
          xiaomi:
            'On Xiaomi: Settings → Apps → Manage apps → the app → Notifications: allow, and turn on "Lock screen", "Floating notifications" and "Sound".',
          huawei:
            'On Huawei: Settings → Notifications → the app → Allow notifications, with banners and lock-screen display.',
          honor: 'On Honor: Settings → Notifications & status bar → the app → Allow notifications.',
          oppo: 'OPPO/ColorOS installs apps with notifications off: Settings → Notifications & status bar → the app → Allow notifications (and banners, lock screen).',
          oneplus: 'On OnePlus: Settings → Notifications & status bar → the app → Allow notifications.',
          realme:
            'realme UI installs apps with notifications off: Settings → Notifications & status bar → the app → Allow notifications.',
          vivo: 'On vivo: Settings → Notifications & status bar → the app → Allow notifications (and the lock-screen and banner switches).',
          meizu: 'On Meizu: Settings → Notifications → the app → Allow notifications.',
          samsung: 'On Samsung: Settings → Notifications → App notifications → the app → on.',
          generic: 'Settings → Apps → the app → Notifications → Allow.',
        },
      },
      delivery: {
        ok: '{{count}} test push(es) through {{provider}} arrived while the app was killed; the slowest took {{max}} ms.',
        partial: '{{arrived}} of {{count}} test pushes through {{provider}} arrived (slowest {{max}} ms).',
        partialFix:
          'Pushes are never guaranteed: a missing one among several usually means vendor frequency control. Send again more slowly; if it repeats, see the vendor rules step.',
        allRefused: '{{provider}} refused all {{count}} test push(es).',
        refusedMeaning: 'Message {{index}}: {{meaning}}',
        noneArrived: '{{provider}} accepted {{count}} test push(es), but none showed on the phone within a minute.',
        noneArrivedFix: {
          vendor:
            "The vendor accepted the message for this token but the phone did not show it: check the notification step, that the token is this phone's current one, and the vendor console's delivery report for the message id.",
          im: 'The IM server accepted the message but no notification came: check that the token is bound to the recipient in the IM console (the token-reported step), that the certificate ID matches this vendor, and that the recipient was offline.',
        },
        noProfile: 'No app profile with push credentials was given, so no test push was sent.',
        noProvider:
          'The app profile has no provider for the {{channel}} channel or an IM server, so no test push was sent.',
        profileHint:
          'Give an app profile (--profile FILE) with credentials for {{channel}} or for your IM server (tencent-im, easemob) to send real test pushes.',
        noToken: 'No push token was captured, so nothing can be sent through {{provider}} directly.',
        noTokenFix: 'Fix the token step first, or send through your IM server (tencent-im, easemob) in the profile.',
        otherProvider:
          "The test went through {{provider}} while this phone uses {{channel}}: it proves that provider, not the phone's own channel.",
      },
      policy: {
        ok: 'No vendor rule held back the test pushes on the {{channel}} channel.',
        okFcm:
          'FCM did not reach the force-stopped app, as Android intends; after a normal background kill the pushes arrived.',
        hit: '{{count}} test push(es) ran into a vendor rule (quota, classification or test mode).',
        manual: 'No test push was sent; these {{channel}} rules decide whether production pushes arrive.',
        fcmStopped:
          'Android does not deliver FCM messages to a force-stopped app (Settings → Force stop, or a vendor "clean up" that stops apps). Users who swipe the app away on stock Android still get pushes; on some ROMs swiping acts like force-stop — integrate the vendor channel there.',
        vivoTestMode: 'vivo test mode (pushMode 1) delivers only to the test devices registered in the vivo console.',
        code: {
          quota: '{{provider}} code {{code}}: a daily quota was reached. {{meaning}}',
          classification:
            '{{provider}} code {{code}}: the message classification/category is not accepted. {{meaning}}',
          testMode: '{{provider}}: the target is not a registered test device. {{meaning}}',
          frequency: '{{provider}} code {{code}}: sending too fast. {{meaning}}',
        },
        xiaomi:
          'Xiaomi: public (default channel) messages are limited per device per day; register a private-message channel for chat and send its channel_id (extra.channel_id).',
        huawei:
          'Huawei: "information & marketing" messages are limited to 2-5 per device per day and shown silently; apply for self-classification and send category IM for chat.',
        honor: 'Honor: importance LOW (marketing) messages are limited per device per day; send chat as NORMAL.',
        oppo: 'OPPO: the public channel allows a few messages per device per day; register a private ("communication & service") channel and send its channel_id, with category IM.',
        vivo: 'vivo: operational messages are limited per device per day (and to daytime); send chat as classification 1 (system) with category IM. Unapproved apps can only push to test devices.',
        meizu:
          'Meizu: public messages are limited per day and more than 4 in a minute are folded; use private messages (noticeMsgType 1) for chat.',
        fcm: 'FCM: use high priority for chat messages; normal-priority messages may wait for the phone to leave Doze.',
      },
      power: {
        ok: 'No background limit stands in the way (standby bucket {{bucket}} {{name}}, background allowed, Do Not Disturb off).',
        restrictedBucket:
          'The app is in the "restricted" standby bucket: the system holds back its jobs and FCM messages.',
        rareBucket: 'The app is in standby bucket {{bucket}} ({{name}}): normal-priority pushes may be delayed.',
        backgroundRestricted:
          'Background activity is restricted for the app ({{op}} is denied): it cannot run when a push wakes it.',
        dnd: 'Do Not Disturb is on ({{mode}}): notifications arrive without sound or banner.',
        whitelisted: 'The app is exempt from battery optimisation.',
        notWhitelisted:
          'The app is subject to battery optimisation (normal). Vendor push notifications do not need the exemption; FCM data messages benefit from it.',
        fix: {
          restrictedBucket:
            'Open the app and use it for a while, or set Battery → App battery usage → the app → Unrestricted.',
          rareBucket:
            'Open the app; the bucket rises with use. For tests: `adb shell am set-standby-bucket <package> active`.',
          backgroundRestricted: 'Settings → Apps → the app → Battery → Unrestricted (or "Allow background activity").',
          dnd: 'Turn Do Not Disturb off for the test, or allow the app as an exception.',
        },
        screen: {
          autostart: 'Open autostart settings',
          battery: 'Open battery settings',
          'battery-optimization': 'Open battery optimisation list',
        },
        autostart: {
          xiaomi:
            'Check by hand: Security → Manage apps → the app → Autostart on, and Battery saver → No restrictions. MIUI/HyperOS hide these from adb.',
          huawei:
            'Check by hand: Settings → Battery → App launch → the app → Manage manually, with Auto-launch, Secondary launch and Run in background on.',
          honor: 'Check by hand: Settings → Battery → App launch → the app → Manage manually, all switches on.',
          oppo: 'Check by hand: Settings → Apps → the app → Battery usage → Allow background activity and Allow auto launch.',
          oneplus:
            'Check by hand: Settings → Apps → the app → Battery → Allow background activity, and Auto-launch on.',
          realme:
            'Check by hand: Settings → Apps → the app → Battery usage → Allow background activity and Allow auto launch.',
          vivo: 'Check by hand: i Manager → App manager → Autostart → the app on, and Battery → Background power consumption → Allow.',
          meizu:
            'Check by hand: Security → Permissions → Background management → the app → Allow running in background.',
        },
      },
    },
  },
  'zh-CN': {
    engine: {
      skipped: '已跳过：它依赖的 {{step}} 未通过。',
      cancelled: '已跳过：本次运行已取消。',
      needsLivePhone: '已跳过：此项检查需要连接手机本身（要发送推送或点击屏幕），快照无法回答。请连接手机后再运行。',
      error: '该检查未能完成：{{message}}',
      hint: '{{hint}}',
      device: {
        notFound: '手机 {{serial}} 已不在连接中。',
        offline: '检查过程中手机 {{serial}} 变为离线。',
        unauthorized: '手机 {{serial}} 尚未授权这台电脑。',
        gone: '检查进行到一半时手机 {{serial}} 断开了连接。',
        timeout: '手机 {{serial}} 没有及时响应。',
        aborted: '在手机响应之前已停止。',
        failed: 'adb 与 {{serial}} 通信失败。',
        serverGone: '检查过程中 adb 服务器停止了响应（{{serial}}）。',
      },
    },
    check: {
      connection: {
        ok: 'adb 服务端正常（协议版本 {{version}}），{{serial}} 在线且已授权。',
        missing: 'adb 服务端的设备列表中没有 {{serial}}。',
        missingFix:
          '用数据线连接手机并打开 USB 调试（设置 → 开发者选项），网络手机请执行 `adb connect HOST:PORT`，然后运行 `push-doctor devices`。',
        state: '手机 {{serial}} 的状态是 {{state}}。',
        otherFix: '请等待手机开机完成后再运行。',
      },
      channel: {
        ok: '{{brand}} {{model}}，{{rom}}，Android {{android}}（API {{sdk}}）：推送走 {{channel}} 通道。',
        none: '{{brand}} {{model}}，{{rom}}，Android {{android}}：这台手机上没有可用的推送通道。',
        noneFix:
          '手机既没有厂商推送服务，也没有 Google Play 服务。应用被杀后离线推送无法送达；请换一台有 Google Play 服务或厂商系统的手机测试。',
        noProps: '手机没有返回任何系统属性。',
      },
      pushService: {
        ok: '{{package}} 已安装并启用（versionCode {{version}}）。',
        missing: '未安装 {{channel}} 推送服务（查找了 {{packages}}）。',
        disabled: '{{package}} 已安装但被停用。',
        enableFix:
          '请重新启用：设置 → 应用 → 显示系统应用 → {{package}} → 启用（在已 root 或调试版手机上可执行 `adb shell pm enable {{package}}`）。',
        old: '{{package}} 的 versionCode 为 {{version}}；推送 SDK 至少需要 {{min}}。',
        fallbackFcm:
          '已安装 Google Play 服务：回退到 FCM 的应用（例如 TIMPush 的 forceUseFCMPushChannel）在这里仍能收到推送。',
        install: {
          xiaomi:
            '小米推送服务（com.xiaomi.xmsf）随 MIUI/HyperOS 提供；没有它时（第三方系统、无服务的国际版），小米推送只在应用运行时可用。请使用官方系统测试。',
          huawei:
            '请在应用市场安装或更新 HMS Core（com.huawei.hwid）：设置 → 应用 → HMS Core，或在应用市场搜索“HMS Core”。',
          honor: '荣耀推送（com.hihonor.android.pushagent）是 MagicOS 的一部分；请升级系统（设置 → 系统 → 软件更新）。',
          oppo: 'HeyTap 推送服务（com.heytap.mcs）是 ColorOS/realme UI/OxygenOS 的一部分；请升级系统，或确认它没有被停用。',
          vivo: 'vivo 推送服务（com.vivo.pushservice）是 OriginOS/Funtouch OS 的一部分；请升级系统。',
          meizu: '魅族推送服务（com.meizu.cloud）是 Flyme 的一部分；请升级系统。',
          fcm: '缺少 Google Play 服务（com.google.android.gms）：FCM 无法送达。请安装 Google Play 服务，或为该品牌集成厂商推送 SDK。',
        },
        update: {
          huawei: '请在应用市场更新 HMS Core（我的 → 检查更新）后再运行。',
          oppo: '请升级系统（设置 → 软件更新），使 HeyTap 推送服务足够新。',
          xiaomi: '请升级系统。',
          honor: '请升级系统。',
          vivo: '请升级系统。',
          meizu: '请升级系统。',
          fcm: '请在 Play 商店更新 Google Play 服务。',
        },
      },
      installed: {
        ok: '{{package}} {{versionName}}（versionCode {{versionCode}}，targetSdk {{targetSdk}}）已安装。',
        okDebuggable:
          '{{package}} {{versionName}}（versionCode {{versionCode}}，targetSdk {{targetSdk}}）已安装，为可调试版本。',
        missing: '这台手机上没有安装 {{package}}。',
        missingFix:
          '请安装应用（例如 `adb install app.apk`），打开一次并登录后再运行。核对包名：`adb shell pm list packages | grep <包名片段>`。',
        disabled: '{{package}} 已安装但被停用。',
        disabledFix: '请在 设置 → 应用 → {{package}} 中启用它。',
        debuggable:
          '可调试版本的推送行为与正式版相同，但厂商控制台把推送证书与签名绑定：请用与商店版相同签名的安装包测试。',
      },
      notifications: {
        ok: '{{package}} 的通知已允许；共 {{channels}} 个通知渠道，均未关闭。',
        permissionDenied: '{{package}} 没有通知权限（Android 13+）：手机会丢弃它的通知。',
        permissionFix:
          '请授予权限：打开应用并同意通知弹窗，或 设置 → 应用 → 该应用 → 通知 → 允许。应用需要在运行时申请 POST_NOTIFICATIONS。',
        appOpBlocked: '该应用被禁止发送通知（app op POST_NOTIFICATION 为 {{mode}}）。',
        appBlocked: '这台手机上 {{package}} 的通知被全部关闭。',
        unreadable: '无法从手机读取通知设置（返回的不是通知转储）。',
        checkByHand: '请打开 设置 → 应用 → 该应用 → 通知，确认已允许，并开启声音和横幅。',
        channelMissingOppo:
          '应用没有创建 OPPO 推送所指定的通知渠道“{{channel}}”：在 Android 8+ 上 OPPO 会丢弃这些通知。',
        channelMissing: '应用没有创建推送所指定的通知渠道“{{channel}}”；通知会落到默认渠道。',
        channelBlocked: '通知渠道“{{channel}}”已被关闭。',
        channelQuiet: '渠道“{{channel}}”的重要性为 {{importance}}：通知静默到达，没有横幅。',
        oppoNeedsChannel: '应用没有任何通知渠道；在 Android 8+ 上 OPPO 要求应用创建渠道，并在每条推送中指定。',
        someBlocked: '部分渠道已关闭：{{channels}}。',
        channelFix:
          '在应用启动时创建通知渠道（NotificationManager.createNotificationChannel），渠道 ID 与 IM 控制台/配置中的一致，聊天消息使用 HIGH 重要性；且用户没有关闭它。',
        openSettings: '打开通知设置',
        enable: {
          xiaomi:
            '小米：设置 → 应用设置 → 应用管理 → 该应用 → 通知管理：允许通知，并打开“锁屏通知”“悬浮通知”和“声音”。',
          huawei: '华为：设置 → 通知 → 该应用 → 允许通知，并开启横幅和锁屏显示。',
          honor: '荣耀：设置 → 通知和状态栏 → 该应用 → 允许通知。',
          oppo: 'OPPO/ColorOS 安装应用后默认关闭通知：设置 → 通知与状态栏 → 该应用 → 允许通知（以及横幅、锁屏）。',
          oneplus: '一加：设置 → 通知与状态栏 → 该应用 → 允许通知。',
          realme: 'realme UI 安装应用后默认关闭通知：设置 → 通知与状态栏 → 该应用 → 允许通知。',
          vivo: 'vivo：设置 → 通知与状态栏 → 该应用 → 允许通知（以及锁屏和横幅开关）。',
          meizu: '魅族：设置 → 通知 → 该应用 → 允许通知。',
          samsung: '三星：设置 → 通知 → 应用通知 → 该应用 → 打开。',
          generic: '设置 → 应用 → 该应用 → 通知 → 允许。',
        },
      },
      delivery: {
        ok: '应用被杀后，经 {{provider}} 发送的 {{count}} 条测试推送均已到达；最慢一条用时 {{max}} 毫秒。',
        partial: '经 {{provider}} 发送的 {{count}} 条测试推送到达了 {{arrived}} 条（最慢 {{max}} 毫秒）。',
        partialFix:
          '推送不保证 100% 送达：多条中偶尔缺一条通常是厂商频控所致。请放慢速度再发；如果重复出现，请查看厂商规则一项。',
        allRefused: '{{provider}} 拒绝了全部 {{count}} 条测试推送。',
        refusedMeaning: '第 {{index}} 条：{{meaning}}',
        noneArrived: '{{provider}} 接受了 {{count}} 条测试推送，但一分钟内手机上没有出现通知。',
        noneArrivedFix: {
          vendor:
            '厂商接受了发往该 Token 的消息，但手机没有显示：请检查通知一项、该 Token 是否为这台手机当前的 Token，以及厂商控制台中该消息 ID 的送达回执。',
          im: 'IM 服务端接受了消息但没有通知：请在 IM 控制台确认该 Token 已绑定到接收方（Token 上报一项）、证书 ID 与该厂商一致，且接收方处于离线状态。',
        },
        noProfile: '没有提供包含推送凭据的应用配置，因此没有发送测试推送。',
        noProvider: '应用配置中既没有 {{channel}} 通道的凭据，也没有 IM 服务端，因此没有发送测试推送。',
        profileHint:
          '请提供应用配置（--profile FILE），其中包含 {{channel}} 或 IM 服务端（tencent-im、easemob）的凭据，以发送真实的测试推送。',
        noToken: '没有捕获到推送 Token，无法直接通过 {{provider}} 发送。',
        noTokenFix: '请先解决 Token 一项，或在配置中通过 IM 服务端（tencent-im、easemob）发送。',
        otherProvider:
          '本次测试经由 {{provider}}，而这台手机使用 {{channel}}：它验证的是该提供方，而不是手机自己的通道。',
      },
      policy: {
        ok: '{{channel}} 通道上没有厂商规则拦下测试推送。',
        okFcm: 'FCM 没有送达被强行停止的应用，这是 Android 的设计；应用被正常后台回收后，推送均已到达。',
        hit: '{{count}} 条测试推送触发了厂商规则（配额、消息分类或测试模式）。',
        manual: '没有发送测试推送；以下 {{channel}} 规则决定正式推送能否到达。',
        fcmStopped:
          'Android 不会把 FCM 消息投递给被强行停止的应用（设置 → 强行停止，或厂商“一键清理”会停止应用）。原生 Android 上用户划掉应用仍能收到推送；部分系统划掉等同强行停止——请在这些系统上集成厂商通道。',
        vivoTestMode: 'vivo 测试模式（pushMode 1）只投递给在 vivo 控制台登记的测试设备。',
        code: {
          quota: '{{provider}} 错误码 {{code}}：达到了每日配额。{{meaning}}',
          classification: '{{provider}} 错误码 {{code}}：消息分类/类别不被接受。{{meaning}}',
          testMode: '{{provider}}：目标不是已登记的测试设备。{{meaning}}',
          frequency: '{{provider}} 错误码 {{code}}：发送过快。{{meaning}}',
        },
        xiaomi:
          '小米：公信消息（默认通道）每台设备每天有数量限制；请为聊天申请私信通道并发送其 channel_id（extra.channel_id）。',
        huawei: '华为：“资讯营销”类消息每台设备每天限 2-5 条且静默展示；请申请自分类权益，聊天消息发送 category IM。',
        honor: '荣耀：importance 为 LOW（营销）的消息每台设备每天有限额；聊天消息请使用 NORMAL。',
        oppo: 'OPPO：公信通道每台设备每天只能收到少量消息；请登记私信（“通讯与服务”）通道并发送其 channel_id，并使用 category IM。',
        vivo: 'vivo：运营消息每台设备每天有限额（且仅限白天）；聊天消息请使用 classification 1（系统消息）和 category IM。未审核通过的应用只能推送给测试设备。',
        meizu: '魅族：公信消息每天有限额，一分钟内超过 4 条会被折叠；聊天请使用私信（noticeMsgType 1）。',
        fcm: 'FCM：聊天消息请使用高优先级；普通优先级消息可能要等手机退出 Doze。',
      },
      power: {
        ok: '没有后台限制阻碍推送（待机分组 {{bucket}} {{name}}，允许后台运行，勿扰模式关闭）。',
        restrictedBucket: '应用处于“受限”待机分组：系统会压后它的任务和 FCM 消息。',
        rareBucket: '应用处于待机分组 {{bucket}}（{{name}}）：普通优先级的推送可能被延迟。',
        backgroundRestricted: '应用的后台活动受到限制（{{op}} 被拒绝）：推送唤醒它时它无法运行。',
        dnd: '勿扰模式已开启（{{mode}}）：通知到达时没有声音和横幅。',
        whitelisted: '应用已免除电池优化。',
        notWhitelisted: '应用受电池优化管理（正常情况）。厂商通道的通知栏消息不需要豁免；FCM 数据消息会受益于豁免。',
        fix: {
          restrictedBucket: '打开应用使用一段时间，或设置 电池 → 应用耗电管理 → 该应用 → 不受限制。',
          rareBucket: '打开应用；使用后分组会升高。测试时可执行 `adb shell am set-standby-bucket <包名> active`。',
          backgroundRestricted: '设置 → 应用 → 该应用 → 电池 → 不受限制（或“允许后台活动”）。',
          dnd: '测试时请关闭勿扰模式，或把该应用设为例外。',
        },
        screen: {
          autostart: '打开自启动设置',
          battery: '打开电池设置',
          'battery-optimization': '打开电池优化列表',
        },
        autostart: {
          xiaomi:
            '请手动检查：手机管家 → 应用管理 → 该应用 → 自启动 打开，省电策略 → 无限制。MIUI/HyperOS 不向 adb 暴露这些开关。',
          huawei: '请手动检查：设置 → 电池 → 应用启动管理 → 该应用 → 手动管理，打开自动启动、关联启动和后台活动。',
          honor: '请手动检查：设置 → 电池 → 应用启动管理 → 该应用 → 手动管理，打开全部开关。',
          oppo: '请手动检查：设置 → 应用 → 该应用 → 耗电管理 → 允许后台行为、允许自动启动。',
          oneplus: '请手动检查：设置 → 应用 → 该应用 → 电池 → 允许后台活动，并打开自动启动。',
          realme: '请手动检查：设置 → 应用 → 该应用 → 耗电管理 → 允许后台行为、允许自动启动。',
          vivo: '请手动检查：i 管家 → 应用管理 → 自启动 → 打开该应用，以及 电池 → 后台耗电管理 → 允许。',
          meizu: '请手动检查：手机管家 → 权限管理 → 后台管理 → 该应用 → 允许后台运行。',
        },
      },
    },
  },
};

// Verdicts, premises, timing and checks by hand (issue 15). Kept in one block merged into the
// texts above, so that the step texts and these can grow without touching each other.
const VERDICT_TEXTS: Resources = {
  en: {
    engine: {
      blocked: 'Blocked by: $t(step.{{step}}.title). Not run: it cannot pass until that is fixed.',
      answer: {
        done: 'Checked by hand: done. {{note}}',
        notDone: 'Checked by hand: NOT done. {{note}}',
      },
    },
    ui: {
      checklist: {
        left: '{{seconds}} s left',
        manualAsk: 'Did you check it on the phone?',
        manualDone: 'Done',
        manualNotDone: 'Not done',
        manualNote: 'Note (optional)',
        answered: 'Recorded by hand: {{answer}}',
        answerDone: 'done',
        answerNotDone: 'not done',
        change: 'Change the answer',
        previous: 'Previous run',
      },
    },
    progress: {
      running: 'running',
      left: '{{seconds}} s left',
      waitingToken: 'app restarted, waiting for the push token line',
      sending: 'sending test push {{index}}',
      waitingPush: 'test push {{index}} accepted, waiting for it to show on the phone',
      refused: 'test push {{index}} refused',
      arrived: 'test push {{index}} showed after {{ms}} ms',
      notShown: 'test push {{index}} did not show in time',
    },
    verdict: {
      pass: 'PASS',
      passManual_one: 'PASS, {{count}} check by hand',
      passManual_other: 'PASS, {{count}} checks by hand',
      warn: 'WARN — $t(step.{{step}}.title)',
      warnManual_one: 'WARN — $t(step.{{step}}.title); {{count}} check by hand',
      warnManual_other: 'WARN — $t(step.{{step}}.title); {{count}} checks by hand',
      fail: 'FAIL — root cause: $t(step.{{step}}.title)',
      failMore: 'FAIL — root cause: $t(step.{{step}}.title) (and {{others}} other failed step(s))',
      phoneLost: 'FAIL — the phone went away during $t(step.{{step}}.title); reconnect it and run again',
      blocked_one: '{{count}} step skipped because of it.',
      blocked_other: '{{count}} steps skipped because of it.',
      manualLeft:
        'Check by hand: $t(step.{{step}}.title) — record the answer with --confirm {{step}}[=done|not-done][:note].',
    },
    check: {
      token: {
        streamEndedAfter: 'logcat ended after {{elapsed}} s ({{lines}} line(s)), before the push SDK logged a token.',
        silentFor:
          'logcat sent {{lines}} line(s) and then nothing: no line at all in the {{seconds}} s the step waited after restarting the app.',
        noneIn: 'No push token line in {{seconds}} s after restarting the app ({{lines}} log lines read).',
      },
      delivery: {
        why: {
          profile: 'Pushed through {{provider}}: the app profile says so (deliveryProvider).',
          reported:
            'Pushed through {{provider}}: the app reported its push token to {{im}} (see the token-reported step).',
          channel:
            "Pushed through {{provider}} directly with the captured token: this phone's channel is {{channel}} and no report to an IM service was seen.",
          'im-default':
            'Pushed through {{provider}}: the only IM service in the profile (no report of the token was seen to decide).',
        },
        otherIm:
          "The app reported its token to {{im}}, but the profile sends through {{provider}}: {{provider}} may not know this phone's token. Remove deliveryProvider or set it to {{im}}.",
        reportedNotConfigured:
          'The app reports its push token to {{im}}, but the app profile has no {{im}} credentials, so no test push was sent.',
        reportedNotConfiguredFix:
          'Add the {{im}} section to the app profile (providers.{{im}}), or set deliveryProvider to the vendor channel to push with the captured token.',
        noneArrivedIn:
          '{{provider}} accepted {{count}} test push(es), but none showed on the phone within {{seconds}} s.',
        partialIn:
          '{{arrived}} of {{count}} test pushes through {{provider}} showed within {{seconds}} s (slowest {{max}} ms).',
        serviceTimeout:
          'The push service did not answer in {{seconds}} s: {{provider}} gave no answer to {{count}} of {{total}} test push(es).',
        serviceTimeoutFix:
          "This is a timeout, not a vendor rule: check that {{provider}}'s address in the profile (baseUrl) is reachable from this computer (proxy, firewall), and run again.",
        phoneGone: 'The phone went away during the test pushes ({{serial}} no longer answers).',
        phoneGoneFix:
          'Reconnect the phone (cable, `adb connect`), check `push-doctor devices`, then run the delivery step again.',
        phoneTimeout:
          'The phone stopped answering during the test pushes: `dumpsys notification` gave no answer in {{seconds}} s ({{serial}}).',
        phoneTimeoutFix:
          'This is a timeout of the phone, not of the push service: unlock the phone, check `adb shell dumpsys notification` answers, and run again (reboot the phone if it stays stuck).',
      },
      policy: {
        afterTimeout: "Not judged: the test pushes ended in a timeout, which says nothing about the vendor's rules.",
      },
      power: {
        manual:
          'Nothing the shell can read stands in the way (standby bucket {{bucket}} {{name}}); the autostart/background switch of {{rom}} cannot be read from a shell: check it by hand.',
      },
      click: {
        tapBlocked:
          'The tap test needs a notification on screen; it was not tried because $t(step.{{step}}.title) failed.',
      },
      code: {
        unknownPush:
          "{{provider}} code {{code}} is not in Push Doctor's code tables, so its meaning is unknown here. Look it up in $t({{where}}).",
        unknownLog:
          "{{sdk}} code {{code}} {{description}} is not in Push Doctor's code tables, so its meaning is unknown here. Look it up in $t({{where}}).",
        where: {
          xiaomi:
            'Xiaomi\'s push documentation, "server error codes" (dev.mi.com → Xiaomi HyperOS documentation → Push)',
          huawei: 'Huawei Push Kit\'s "Error codes" page (developer.huawei.com → Push Kit → References)',
          honor: 'Honor Push\'s "Error codes" page (developer.honor.com → Push → References)',
          oppo: 'OPPO Push\'s "Return codes" page (open.oppomobile.com → OPUSH documentation)',
          vivo: 'vivo Push\'s "Return codes" page (dev.vivo.com.cn → Push → server API)',
          meizu: 'Flyme Push\'s "Error codes" page (open.flyme.cn → Push)',
          fcm: "Firebase's ErrorCode reference (firebase.google.com/docs/reference/fcm/rest/v1/ErrorCode)",
          tencentim: 'Tencent Cloud IM\'s "Error codes" page (cloud.tencent.com/document/product/269/1671)',
          easemob: "Easemob's REST API status codes (doc.easemob.com → REST API → HTTP status codes)",
          tencent:
            'Tencent Cloud IM\'s "Error codes" page (cloud.tencent.com/document/product/269/1671) and the vendor push SDK\'s error list',
          unknown: "the push SDK's own error code list (search the code and the SDK name)",
        },
      },
    },
  },
  'zh-CN': {
    engine: {
      blocked: '被阻断：$t(step.{{step}}.title)。未运行：在它修复之前本项不可能通过。',
      answer: {
        done: '人工检查：已完成。{{note}}',
        notDone: '人工检查：未完成。{{note}}',
      },
    },
    ui: {
      checklist: {
        left: '剩余 {{seconds}} 秒',
        manualAsk: '您在手机上检查过了吗？',
        manualDone: '已完成',
        manualNotDone: '未完成',
        manualNote: '备注（可选）',
        answered: '人工记录：{{answer}}',
        answerDone: '已完成',
        answerNotDone: '未完成',
        change: '修改结果',
        previous: '上次运行',
      },
    },
    progress: {
      running: '运行中',
      left: '剩余 {{seconds}} 秒',
      waitingToken: '应用已重启，正在等待推送令牌日志',
      sending: '正在发送第 {{index}} 条测试推送',
      waitingPush: '第 {{index}} 条测试推送已被接受，正在等待手机显示',
      refused: '第 {{index}} 条测试推送被拒绝',
      arrived: '第 {{index}} 条测试推送在 {{ms}} 毫秒后显示',
      notShown: '第 {{index}} 条测试推送未在时限内显示',
    },
    verdict: {
      pass: '通过',
      passManual_one: '通过，{{count}} 项需人工检查',
      passManual_other: '通过，{{count}} 项需人工检查',
      warn: '警告 — $t(step.{{step}}.title)',
      warnManual_one: '警告 — $t(step.{{step}}.title)；{{count}} 项需人工检查',
      warnManual_other: '警告 — $t(step.{{step}}.title)；{{count}} 项需人工检查',
      fail: '失败 — 根本原因：$t(step.{{step}}.title)',
      failMore: '失败 — 根本原因：$t(step.{{step}}.title)（另有 {{others}} 项失败）',
      phoneLost: '失败 — 手机在「$t(step.{{step}}.title)」期间断开；请重新连接后再运行',
      blocked_one: '因此跳过了 {{count}} 项。',
      blocked_other: '因此跳过了 {{count}} 项。',
      manualLeft: '需人工检查：$t(step.{{step}}.title) — 用 --confirm {{step}}[=done|not-done][:备注] 记录结果。',
    },
    check: {
      token: {
        streamEndedAfter: 'logcat 在 {{elapsed}} 秒后结束（{{lines}} 行），推送 SDK 尚未输出令牌。',
        silentFor: 'logcat 输出 {{lines}} 行后再无输出：重启应用后等待的 {{seconds}} 秒内没有任何日志。',
        noneIn: '重启应用后 {{seconds}} 秒内没有推送令牌日志（共读取 {{lines}} 行）。',
      },
      delivery: {
        why: {
          profile: '通过 {{provider}} 推送：应用配置（deliveryProvider）指定如此。',
          reported: '通过 {{provider}} 推送：应用把推送令牌上报给了 {{im}}（见“令牌已上报”一项）。',
          channel: '用捕获的令牌直接通过 {{provider}} 推送：本机通道为 {{channel}}，且未见向 IM 服务上报令牌。',
          'im-default': '通过 {{provider}} 推送：配置中唯一的 IM 服务（未见令牌上报日志可供判断）。',
        },
        otherIm:
          '应用把令牌上报给了 {{im}}，但配置通过 {{provider}} 发送：{{provider}} 可能不知道本机的令牌。请删除 deliveryProvider 或改为 {{im}}。',
        reportedNotConfigured: '应用把推送令牌上报给 {{im}}，但应用配置中没有 {{im}} 的凭据，因此没有发送测试推送。',
        reportedNotConfiguredFix:
          '在应用配置中加入 {{im}} 一节（providers.{{im}}），或把 deliveryProvider 设为厂商通道，用捕获的令牌直接推送。',
        noneArrivedIn: '{{provider}} 接受了 {{count}} 条测试推送，但 {{seconds}} 秒内手机上一条也没有显示。',
        partialIn:
          '通过 {{provider}} 的 {{count}} 条测试推送中，{{arrived}} 条在 {{seconds}} 秒内显示（最慢 {{max}} 毫秒）。',
        serviceTimeout:
          '推送服务 {{seconds}} 秒内没有应答：{{provider}} 对 {{total}} 条测试推送中的 {{count}} 条没有应答。',
        serviceTimeoutFix:
          '这是超时，不是厂商规则：请检查配置中 {{provider}} 的地址（baseUrl）能否从本机访问（代理、防火墙），然后重试。',
        phoneGone: '测试推送期间手机断开了（{{serial}} 不再应答）。',
        phoneGoneFix: '重新连接手机（数据线、`adb connect`），用 `push-doctor devices` 确认后，重新运行推送送达一项。',
        phoneTimeout: '测试推送期间手机停止应答：`dumpsys notification` {{seconds}} 秒内没有应答（{{serial}}）。',
        phoneTimeoutFix:
          '这是手机超时，不是推送服务超时：请解锁手机，确认 `adb shell dumpsys notification` 能应答后重试（仍卡住请重启手机）。',
      },
      policy: {
        afterTimeout: '未判断：测试推送以超时结束，这与厂商规则无关。',
      },
      power: {
        manual:
          'shell 能读到的设置都没有问题（待机分组 {{bucket}} {{name}}）；{{rom}} 的自启动/后台开关无法通过 shell 读取：请人工检查。',
      },
      click: {
        tapBlocked: '点击测试需要屏幕上有通知；因为 $t(step.{{step}}.title) 未通过，没有尝试。',
      },
      code: {
        unknownPush:
          '{{provider}} 错误码 {{code}} 不在 Push Doctor 的错误码表中，此处无法给出含义。请查阅 $t({{where}})。',
        unknownLog:
          '{{sdk}} 错误码 {{code}} {{description}} 不在 Push Doctor 的错误码表中，此处无法给出含义。请查阅 $t({{where}})。',
        where: {
          xiaomi: '小米推送文档“服务端错误码”（dev.mi.com → 小米澎湃OS文档 → 推送）',
          huawei: '华为 Push Kit“错误码”页面（developer.huawei.com → Push Kit → 参考）',
          honor: '荣耀推送“错误码”页面（developer.honor.com → 推送 → 参考）',
          oppo: 'OPPO 推送“返回码”页面（open.oppomobile.com → OPUSH 文档）',
          vivo: 'vivo 推送“返回码”页面（dev.vivo.com.cn → 推送 → 服务端 API）',
          meizu: 'Flyme 推送“错误码”页面（open.flyme.cn → 推送）',
          fcm: 'Firebase ErrorCode 参考（firebase.google.com/docs/reference/fcm/rest/v1/ErrorCode）',
          tencentim: '腾讯云 IM“错误码”页面（cloud.tencent.com/document/product/269/1671）',
          easemob: '环信 REST API 状态码（doc.easemob.com → REST API → HTTP 状态码）',
          tencent: '腾讯云 IM“错误码”页面（cloud.tencent.com/document/product/269/1671）及厂商推送 SDK 的错误码列表',
          unknown: '该推送 SDK 自己的错误码列表（按错误码和 SDK 名称搜索）',
        },
      },
    },
  },
};

function mergeTexts(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(source)) {
    if (v && typeof v === 'object')
      mergeTexts((target[k] ??= {}) as Record<string, unknown>, v as Record<string, unknown>);
    else target[k] = v;
  }
}
mergeTexts(check.en, VERDICT_TEXTS.en);
mergeTexts(check['zh-CN'], VERDICT_TEXTS['zh-CN']);
