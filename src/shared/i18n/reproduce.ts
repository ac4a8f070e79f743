import type { Resources } from './index';

// `reproduce`: the conditions, the cell statuses, and why a push was missing or late under a
// condition (vendor facts: Android's power-details and appstandby pages, Firebase's message
// priority page, the vendors' system channels).
export const reproduce: Resources = {
  en: {
    reproduce: {
      condition: {
        background: 'App in the background',
        swiped: 'App swiped away (process killed, not stopped)',
        'force-stopped': 'App force-stopped',
        doze: 'Phone in deep Doze (screen off, forced idle)',
        'light-doze': 'Phone in light Doze',
        'standby-rare': 'App in the rare standby bucket',
        'standby-restricted': 'App in the restricted standby bucket',
        'background-restricted': 'Background use restricted (RUN_ANY_IN_BACKGROUND ignore)',
        'battery-saver': 'Battery saver on',
        'data-saver': 'Data saver on',
        'after-reboot': 'Phone rebooted, app not opened since',
      },
      status: {
        arrived: 'arrived',
        late: 'late',
        missing: 'missing',
        refused: 'refused',
        partial: 'partly missing',
        'not-set': 'condition not set',
        'not-run': 'not run',
      },
      needsSdk: '{{condition}} needs Android API {{sdk}} or later; this phone has API {{phoneSdk}}.',
      notSet:
        'The phone did not take the condition {{condition}} (read back: {{evidence}}); no push was sent under it.',
      recovered:
        'A previous reproduce run on {{serial}} did not finish (started {{startedAt}}): its changes were undone first.',
      restored: 'The phone is as it was found: {{knobs}} read back equal to the start.',
      restoreDiffers: 'Read back after restoring, these differ from the start: {{knobs}}. Check them by hand.',
      why: {
        refused: '{{provider}} refused the push: see the code in the message list.',
        fcmStopped:
          'FCM does not deliver to a force-stopped app: Android sends no broadcast to a stopped app until the user opens it again. Vendor system channels (MiPush on MIUI/HyperOS, HMS on EMUI/HarmonyOS…) post the notification from a system service and do deliver.',
        vendorStopped:
          'The {{channel}} channel did not deliver to the force-stopped app. On its own ROM the vendor service posts the notification itself; on another brand it needs the app process, which a force-stop ends.',
        swiped:
          'Swiping the app away kills its process without stopping it on stock Android; some ROMs treat a swipe as a force-stop, which FCM does not deliver to.',
        dozeNormal:
          'FCM normal-priority messages wait for the next Doze maintenance window — about 1 h after deep Doze begins, then after 2 h, 4 h and at most every 6 h — or for the end of Doze (screen on, charger); only high-priority messages wake the phone (developer.android.com/topic/performance/power/power-details). Send chat messages with android.priority "high".',
        dozeHigh:
          'High-priority FCM should wake a phone in Doze. If it was held, the app may have used up its high-priority allowance (standby bucket cap on Android 12L and lower, or FCM deprioritising high-priority messages that show no notification).',
        dozeIm:
          'The IM service pushed through FCM without high priority: in Doze such messages wait for the maintenance window. Check the IM console’s FCM priority setting.',
        dozeVendor:
          'The {{channel}} channel held the push while the phone was in Doze; its own system service usually delivers in Doze. Check the vendor’s message class (system/IM messages are delivered first).',
        lightDoze:
          'Light Doze defers the app’s own network access to maintenance windows (every 5 to 15 min): a notification message still shows, but a data message whose content the app must fetch waits for the next window.',
        bucketCap:
          'On Android 12L and lower (API ≤ 32) the {{bucket}} standby bucket caps high-priority FCM at 5 messages a day while on battery power; further ones are handled as normal priority, which waits while the phone is in Doze (developer.android.com/topic/performance/power/power-details).',
        bucketNoCap:
          'From Android 13 no standby bucket caps FCM; a {{bucket}} bucket alone should not hold pushes, so look at what else held them.',
        bucketVendor:
          'The {{channel}} channel does not go through the app’s standby bucket on its own ROM; the push was held by something else.',
        bgRestricted:
          'The user restricted the app’s background use (Settings → Battery → Restricted): on Android 9+ FCM may not deliver to such an app, and messages sent meanwhile are not delivered once the restriction is lifted (firebase.google.com/docs/cloud-messaging/android/receive, “Background Restricted Apps”); it cannot run jobs or use the network in the background either (source.android.com/docs/core/power/app_mgmt). A vendor system channel posts from its own service and is not affected.',
        batterySaver:
          'Battery saver (Android 9+, on battery power only) bars apps’ background network access (developer.android.com/about/versions/pie/power): notification messages and high-priority FCM still show, but a normal-priority data message whose content the app must fetch waits until battery saver ends or the app is opened.',
        dataSaver:
          'Data Saver blocks the app’s background data on a metered network unless the user allowed it unrestricted data (developer.android.com/training/basics/network-ops/data-saver): a notification message still shows, but a data message whose content the app must fetch waits until the app is opened or allowed.',
        rebootFcm:
          'After a reboot the app runs only once something starts it. FCM may start it (a reboot does not put it in the stopped state), but until the phone is unlocked once after boot an app that is not direct-boot aware cannot run, and ROMs with autostart management (MIUI/HyperOS, EMUI, ColorOS, OriginOS…) refuse to start an app the user did not allow to autostart, so the message the app should show waits. Vendor system channels post the notification without the app.',
        rebootVendor:
          'After a reboot the {{channel}} channel did not deliver. Its system service starts with the phone and posts notification messages without the app; a pass-through (data) message needs the app, which is not running until it is opened or allowed to autostart.',
        background:
          'The push did not show although the app only was in the background: the problem is not the condition (see `push-doctor diagnose`).',
      },
    },
  },
  'zh-CN': {
    reproduce: {
      condition: {
        background: '应用在后台',
        swiped: '应用被划掉（进程被杀，未处于停止状态）',
        'force-stopped': '应用被强行停止',
        doze: '手机处于深度 Doze（熄屏、强制空闲）',
        'light-doze': '手机处于轻度 Doze',
        'standby-rare': '应用处于“很少使用”待机分组',
        'standby-restricted': '应用处于“受限”待机分组',
        'background-restricted': '限制后台活动（RUN_ANY_IN_BACKGROUND ignore）',
        'battery-saver': '省电模式开启',
        'data-saver': '流量节省程序开启',
        'after-reboot': '手机已重启，之后未打开应用',
      },
      status: {
        arrived: '已到达',
        late: '延迟',
        missing: '未到达',
        refused: '被拒绝',
        partial: '部分未到达',
        'not-set': '条件未生效',
        'not-run': '未运行',
      },
      needsSdk: '{{condition}} 需要 Android API {{sdk}} 或更高；此手机为 API {{phoneSdk}}。',
      notSet: '手机未进入条件 {{condition}}（读回：{{evidence}}）；未在此条件下发送推送。',
      recovered: '{{serial}} 上一次 reproduce 运行未结束（开始于 {{startedAt}}）：已先撤销它的更改。',
      restored: '手机已恢复原样：{{knobs}} 读回与开始时相同。',
      restoreDiffers: '恢复后读回，以下设置与开始时不同：{{knobs}}。请手动检查。',
      why: {
        refused: '{{provider}} 拒绝了推送：请查看消息列表中的错误码。',
        fcmStopped:
          'FCM 不会投递给被强行停止的应用：在用户再次打开应用前，Android 不向已停止的应用发送广播。厂商系统通道（MIUI/HyperOS 的小米推送、EMUI/HarmonyOS 的 HMS 等）由系统服务代为展示通知，可以送达。',
        vendorStopped:
          '{{channel}} 通道未能投递给被强行停止的应用。在本厂商 ROM 上由系统服务展示通知；在其他品牌上需要应用进程，而强行停止会结束进程。',
        swiped:
          '在原生 Android 上划掉应用只会杀死进程而不会使其停止；部分 ROM 将划掉视为强行停止，FCM 不会投递给这样的应用。',
        dozeNormal:
          'FCM 普通优先级消息要等到下一个 Doze 维护窗口——深度 Doze 开始约 1 小时后，之后间隔 2 小时、4 小时，最长每 6 小时一次——或 Doze 结束（亮屏、充电）才投递；只有高优先级消息会唤醒手机（developer.android.com/topic/performance/power/power-details）。聊天消息请使用 android.priority "high"。',
        dozeHigh:
          '高优先级 FCM 应能唤醒处于 Doze 的手机。若仍被延迟，可能是应用的高优先级额度已用完（Android 12L 及以下的待机分组上限，或 FCM 对不产生通知的高优先级消息降级）。',
        dozeIm:
          'IM 服务通过 FCM 推送时未使用高优先级：在 Doze 中此类消息要等维护窗口。请检查 IM 控制台的 FCM 优先级设置。',
        dozeVendor:
          '手机处于 Doze 时 {{channel}} 通道延迟了推送；其系统服务通常在 Doze 中也能投递。请检查厂商消息分类（系统/IM 消息优先投递）。',
        lightDoze:
          '轻度 Doze 把应用自身的网络访问推迟到维护窗口（每 5 到 15 分钟一次）：通知消息仍会显示，但需要应用联网拉取内容的数据消息要等到下一个窗口。',
        bucketCap:
          '在 Android 12L 及以下（API ≤ 32），使用电池供电时 {{bucket}} 待机分组将高优先级 FCM 限制为每天 5 条；超出的按普通优先级处理，手机处于 Doze 时会被延迟（developer.android.com/topic/performance/power/power-details）。',
        bucketNoCap: '自 Android 13 起待机分组不再限制 FCM；仅 {{bucket}} 分组不应延迟推送，请检查其他原因。',
        bucketVendor: '{{channel}} 通道在本厂商 ROM 上不受应用待机分组影响；推送被其他原因延迟。',
        bgRestricted:
          '用户限制了应用的后台使用（设置 → 电池 → 受限）：在 Android 9 及以上，FCM 可能不会投递给这样的应用，限制期间发送的消息在解除限制后也不会再投递（firebase.google.com/docs/cloud-messaging/android/receive，“Background Restricted Apps”）；应用也无法在后台运行任务或联网（source.android.com/docs/core/power/app_mgmt）。厂商系统通道由其系统服务展示通知，不受影响。',
        batterySaver:
          '省电模式（Android 9 及以上，仅在使用电池供电时）禁止应用在后台联网（developer.android.com/about/versions/pie/power）：通知消息和高优先级 FCM 仍会显示，但需要应用联网拉取内容的普通优先级数据消息要等到省电模式关闭或应用被打开。',
        dataSaver:
          '流量节省程序在按流量计费的网络上阻止应用的后台数据，除非用户允许该应用不受限制地使用数据（developer.android.com/training/basics/network-ops/data-saver）：通知消息仍会显示，但需要应用联网拉取内容的数据消息要等到应用被打开或被允许。',
        rebootFcm:
          '重启后，应用要等到有人启动它才会运行。FCM 可以启动它（重启不会让应用进入停止状态），但开机后手机首次解锁之前，不支持直接启动（Direct Boot）的应用无法运行；带自启动管理的 ROM（MIUI/HyperOS、EMUI、ColorOS、OriginOS 等）也不会启动用户未允许自启动的应用，因此需要应用展示的消息会被延迟。厂商系统通道无需应用即可展示通知。',
        rebootVendor:
          '重启后 {{channel}} 通道未能投递。其系统服务随手机启动，无需应用即可展示通知栏消息；透传（数据）消息需要应用进程，而应用在被打开或被允许自启动之前不会运行。',
        background: '应用只是在后台，推送仍未显示：问题不在此条件（请运行 `push-doctor diagnose`）。',
      },
    },
  },
};
