import type { Resources } from './index';

// Texts of the manifest rules (src/main/apk) and the app.manifest step.
export const manifest: Resources = {
  en: {
    manifest: {
      missingComponent: 'The {{kind}} {{name}} is not declared.',
      missingAction: 'No {{kind}} handles the action {{action}}.',
      missingPermission: 'The app does not request {{name}}.',
      missingOwnPermission: 'The app does not declare its own permission {{name}} (protectionLevel {{level}}).',
      protectionLevel: '{{name}} is declared with protectionLevel {{actual}}; it should be {{level}}.',
      missingMeta: 'The meta-data {{name}} is missing.',
      postNotifications:
        'The app targets API {{target}} but does not request POST_NOTIFICATIONS: on Android 13+ it cannot ask the user to allow notifications.',
      exportedMissing:
        'The {{kind}} {{name}} has an intent-filter but no android:exported: with targetSdk {{target}}, Android 12+ refuses to install the app.',
      foreignPackage: "{{value}} carries the package {{other}} (a demo's), not the app's {{package}}.",
      foreignAuthority:
        'The provider authority {{value}} carries the package {{other}}, not {{package}}: it collides with any app that copied the same demo.',
      foreignCategory:
        "The receiver {{name}} filters on the category {{value}} (a demo's package); it must be the app's package {{package}}.",
      undeclaredPermission: 'The app uses the permission {{name}}, which it never declares.',
      undeclaredPermissionSimilar:
        'The app uses the permission {{name}}, which it never declares; the one it declares is {{similar}} (a typo in one of the two).',
      placeholder:
        'A placeholder value "{{value}}" is left in ({{where}}): replace it with the value from the vendor console.',
      mipushTooOld:
        'The app targets API {{target}} but its MiPush predates 4.9.1 (no com.xiaomi.mipush.sdk.NotificationClickedActivity): on Android 12+ tapping a MiPush notification does nothing.',
      mipushHandlerUnguarded:
        'com.xiaomi.mipush.sdk.PushMessageHandler is exported without the permission com.xiaomi.xmsf.permission.MIPUSH_RECEIVE (it has {{actual}}): any app can send it commands; current MiPush declares the guard.',
      honor7Permission:
        'Honor push SDK {{version}} needs the permission com.hihonor.push.permission.READ_PUSH_NOTIFICATION_INFO (7.x dropped PushReceiver and AutoInitProvider and added it).',
      meizuSystemReceiver:
        'com.meizu.cloud.pushsdk.MzPushSystemReceiver (Meizu push 4.x) must handle com.meizu.flyme.push.intent.PUSH_SYSTEM and be guarded by android:permission="com.meizu.flyme.permission.PUSH".',
      status: {
        ok: 'integrated',
        broken: 'integrated but broken',
        absent: 'not integrated (none of its components is declared)',
      },
    },
    click: {
      noLauncher:
        '{{package}} has no launcher activity (MAIN + LAUNCHER): a tap that opens the app has nothing to start.',
      badUrl: 'The {{vendor}} click action "{{value}}" is not an http(s) URL.',
      httpUrl: '"{{value}}" is plain http; Huawei opens only https pages.',
      noActionFilter:
        'No activity has an intent-filter for the action {{action}} with category DEFAULT (FCM click_action).',
      needsUri: 'The {{vendor}} console takes an intent URI here, not "{{value}}".',
      needsClass: 'The {{vendor}} console takes the activity class name here, not an intent URI.',
      noSuchClass: 'The {{vendor}} click action names {{value}}, which is not an activity of the app.',
      notExported: "The tap target {{name}} is not exported: the vendor's push service cannot start it.",
      badUri: 'The click action "{{value}}" is not a valid intent URI ({{reason}}).',
      wrongPackage:
        "The click action points at the package {{found}}, not the app {{package}} (a demo's package left in).",
      noSuchActivity: 'The activity {{component}} does not exist in the app.',
      noFilterMatch: 'No activity of the app accepts {{uri}}.',
      filterMismatch: '{{name}} has no intent-filter matching {{uri}} (it accepts: {{present}}).',
    },
    check: {
      click: {
        fixLine: 'Change ({{where}}): {{fix}}',
        url: 'A tap opens the web page {{url}}.',
        noManifest: 'The manifest could not be read, so the tap target cannot be checked.',
        noTarget: 'No screen to open was found for the configured click action.',
        start: {
          'not-found': 'Starting the tap target failed: the activity does not exist ({{message}}).',
          'not-exported': 'Starting the tap target was refused: it is not exported ({{message}}).',
          unresolvable: 'The phone cannot resolve the tap target ({{message}}).',
          other: 'Starting the tap target failed: {{message}}',
        },
        startFix:
          "Make the console's click action and the activity's intent-filter agree (scheme, host, path), and export the activity.",
        otherScreen: 'Starting the tap target brought up {{actual}} instead of {{expected}}.',
        noPush: 'No provider and token to send a tap test with, so the tap itself was not tried.',
        pushRefused: 'The tap-test push was refused by {{provider}}.',
        notShown: 'The tap-test notification did not show within 20 s.',
        notOnScreen: 'The tap-test notification was not found in the notification shade.',
        tapRefused: 'The phone refuses taps injected from adb (HyperOS does, for example).',
        tapWrongScreen: 'Tapping the notification opened {{actual}}, not {{expected}}.',
        noContent:
          'Tapping opened {{activity}}, but the custom content did not reach it (no pd_click extra in its intent).',
        tapFix:
          'Check the click action on the IM console for this vendor, and that the activity reads its extras in onCreate and onNewIntent (launchMode singleTask delivers them to onNewIntent).',
        tapOk: 'Tapping the notification opened {{activity}}, and it received the custom content.',
        manual: 'The tap target {{activity}} exists and starts; the tap itself needs a check by hand.',
        manualSteps:
          'By hand: kill the app, send a message with custom content (ext) from the IM console or your server, tap the notification, and check that {{activity}} opens and shows the content.',
      },
      manifest: {
        ok: 'The manifest has what {{channel}} push needs ({{warnings}} warning(s)).',
        failed: 'The manifest is missing or gets wrong {{count}} thing(s) {{channel}} push needs.',
        warnings: 'The manifest has what {{channel}} push needs, with {{count}} thing(s) to look at.',
        noApk: 'The APK could not be pulled from the phone: {{message}}',
        fixLine: 'Change in AndroidManifest.xml: {{fix}}',
      },
    },
  },
  'zh-CN': {
    manifest: {
      missingComponent: '没有声明 {{kind}} {{name}}。',
      missingAction: '没有任何 {{kind}} 处理 action {{action}}。',
      missingPermission: '应用没有申请 {{name}}。',
      missingOwnPermission: '应用没有声明自己的权限 {{name}}（protectionLevel {{level}}）。',
      protectionLevel: '{{name}} 的 protectionLevel 是 {{actual}}；应为 {{level}}。',
      missingMeta: '缺少 meta-data {{name}}。',
      postNotifications:
        '应用的目标 API 为 {{target}}，却没有申请 POST_NOTIFICATIONS：在 Android 13+ 上无法请求用户允许通知。',
      exportedMissing:
        '{{kind}} {{name}} 有 intent-filter 但没有写 android:exported：targetSdk 为 {{target}} 时，Android 12+ 会拒绝安装该应用。',
      foreignPackage: '{{value}} 中是 {{other}}（示例工程的包名），而不是应用自己的 {{package}}。',
      foreignAuthority:
        'provider 的 authority {{value}} 中是包名 {{other}} 而不是 {{package}}：会与其他照搬同一示例的应用冲突。',
      foreignCategory:
        '接收器 {{name}} 过滤的 category 是 {{value}}（示例工程的包名）；必须是应用自己的包名 {{package}}。',
      undeclaredPermission: '应用使用了权限 {{name}}，但从未声明它。',
      undeclaredPermissionSimilar:
        '应用使用了权限 {{name}}，但从未声明它；实际声明的是 {{similar}}（两者之一有拼写错误）。',
      placeholder: '遗留了占位值“{{value}}”（{{where}}）：请替换为厂商平台上的真实值。',
      mipushTooOld:
        '应用的 targetSdk 为 {{target}}，但 MiPush 早于 4.9.1（没有 com.xiaomi.mipush.sdk.NotificationClickedActivity）：在 Android 12 及以上点击小米推送通知没有反应。',
      mipushHandlerUnguarded:
        'com.xiaomi.mipush.sdk.PushMessageHandler 已导出，却没有用 com.xiaomi.xmsf.permission.MIPUSH_RECEIVE 权限保护（当前为 {{actual}}）：任何应用都能向它发命令；新版 MiPush 会声明该保护。',
      honor7Permission:
        '荣耀推送 SDK {{version}} 需要权限 com.hihonor.push.permission.READ_PUSH_NOTIFICATION_INFO（7.x 去掉了 PushReceiver 与 AutoInitProvider，并新增了该权限）。',
      meizuSystemReceiver:
        'com.meizu.cloud.pushsdk.MzPushSystemReceiver（魅族推送 4.x）必须处理 com.meizu.flyme.push.intent.PUSH_SYSTEM，并以 android:permission="com.meizu.flyme.permission.PUSH" 保护。',
      status: {
        ok: '已集成',
        broken: '已集成但有缺失',
        absent: '未集成（没有声明它的任何组件）',
      },
    },
    click: {
      noLauncher: '{{package}} 没有启动 Activity（MAIN + LAUNCHER）：点击打开应用时无从启动。',
      badUrl: '{{vendor}} 的点击动作“{{value}}”不是 http(s) 网址。',
      httpUrl: '“{{value}}”是 http；华为只打开 https 页面。',
      noActionFilter:
        '没有 Activity 为 action {{action}}（带 category DEFAULT）声明 intent-filter（FCM click_action）。',
      needsUri: '{{vendor}} 控制台此处需要填写 intent URI，而不是“{{value}}”。',
      needsClass: '{{vendor}} 控制台此处需要填写 Activity 完整类名，而不是 intent URI。',
      noSuchClass: '{{vendor}} 的点击动作指向 {{value}}，它不是应用中的 Activity。',
      notExported: '点击目标 {{name}} 没有导出（exported）：厂商推送服务无法启动它。',
      badUri: '点击动作“{{value}}”不是有效的 intent URI（{{reason}}）。',
      wrongPackage: '点击动作指向包名 {{found}}，而不是应用 {{package}}（遗留了示例工程的包名）。',
      noSuchActivity: '应用中不存在 Activity {{component}}。',
      noFilterMatch: '应用中没有任何 Activity 接受 {{uri}}。',
      filterMismatch: '{{name}} 没有与 {{uri}} 匹配的 intent-filter（它接受：{{present}}）。',
    },
    check: {
      click: {
        fixLine: '修改（{{where}}）：{{fix}}',
        url: '点击会打开网页 {{url}}。',
        noManifest: '无法读取清单，因此无法检查点击目标。',
        noTarget: '找不到所配置点击动作要打开的界面。',
        start: {
          'not-found': '启动点击目标失败：Activity 不存在（{{message}}）。',
          'not-exported': '启动点击目标被拒绝：它没有导出（{{message}}）。',
          unresolvable: '手机无法解析点击目标（{{message}}）。',
          other: '启动点击目标失败：{{message}}',
        },
        startFix: '让控制台的点击动作与 Activity 的 intent-filter 一致（scheme、host、path），并导出该 Activity。',
        otherScreen: '启动点击目标后打开的是 {{actual}}，而不是 {{expected}}。',
        noPush: '没有可用于点击测试的推送方和 Token，因此没有尝试点击。',
        pushRefused: '{{provider}} 拒绝了点击测试推送。',
        notShown: '点击测试通知 20 秒内没有出现。',
        notOnScreen: '通知栏中没有找到点击测试通知。',
        tapRefused: '手机拒绝 adb 注入的点击（例如 HyperOS）。',
        tapWrongScreen: '点击通知后打开的是 {{actual}}，而不是 {{expected}}。',
        noContent: '点击后打开了 {{activity}}，但自定义内容没有传到它（intent 中没有 pd_click）。',
        tapFix:
          '请检查 IM 控制台上该厂商的点击动作，并确认 Activity 在 onCreate 和 onNewIntent 中读取 extras（launchMode 为 singleTask 时由 onNewIntent 接收）。',
        tapOk: '点击通知打开了 {{activity}}，并收到了自定义内容。',
        manual: '点击目标 {{activity}} 存在且可以启动；点击本身需要手动检查。',
        manualSteps:
          '手动检查：杀掉应用，从 IM 控制台或服务端发送带自定义内容（ext）的消息，点击通知，确认 {{activity}} 被打开并显示内容。',
      },
      manifest: {
        ok: '清单包含 {{channel}} 推送所需的全部配置（{{warnings}} 条警告）。',
        failed: '清单缺少或写错了 {{channel}} 推送所需的 {{count}} 项配置。',
        warnings: '清单包含 {{channel}} 推送所需的配置，但有 {{count}} 项需要留意。',
        noApk: '无法从手机拉取 APK：{{message}}',
        fixLine: '在 AndroidManifest.xml 中修改：{{fix}}',
      },
    },
  },
};
