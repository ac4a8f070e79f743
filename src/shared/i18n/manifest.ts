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
      postNotifications: 'The app targets API {{target}} but does not request POST_NOTIFICATIONS: on Android 13+ it cannot ask the user to allow notifications.',
      exportedMissing: 'The {{kind}} {{name}} has an intent-filter but no android:exported: with targetSdk {{target}}, Android 12+ refuses to install the app.',
      foreignPackage: '{{value}} carries the package {{other}} (a demo\'s), not the app\'s {{package}}.',
      foreignAuthority: 'The provider authority {{value}} carries the package {{other}}, not {{package}}: it collides with any app that copied the same demo.',
      foreignCategory: 'The receiver {{name}} filters on the category {{value}} (a demo\'s package); it must be the app\'s package {{package}}.',
      undeclaredPermission: 'The app uses the permission {{name}}, which it never declares.',
      undeclaredPermissionSimilar: 'The app uses the permission {{name}}, which it never declares; the one it declares is {{similar}} (a typo in one of the two).',
      placeholder: 'A placeholder value "{{value}}" is left in ({{where}}): replace it with the value from the vendor console.',
    },
    check: {
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
      postNotifications: '应用的目标 API 为 {{target}}，却没有申请 POST_NOTIFICATIONS：在 Android 13+ 上无法请求用户允许通知。',
      exportedMissing: '{{kind}} {{name}} 有 intent-filter 但没有写 android:exported：targetSdk 为 {{target}} 时，Android 12+ 会拒绝安装该应用。',
      foreignPackage: '{{value}} 中是 {{other}}（示例工程的包名），而不是应用自己的 {{package}}。',
      foreignAuthority: 'provider 的 authority {{value}} 中是包名 {{other}} 而不是 {{package}}：会与其他照搬同一示例的应用冲突。',
      foreignCategory: '接收器 {{name}} 过滤的 category 是 {{value}}（示例工程的包名）；必须是应用自己的包名 {{package}}。',
      undeclaredPermission: '应用使用了权限 {{name}}，但从未声明它。',
      undeclaredPermissionSimilar: '应用使用了权限 {{name}}，但从未声明它；实际声明的是 {{similar}}（两者之一有拼写错误）。',
      placeholder: '遗留了占位值“{{value}}”（{{where}}）：请替换为厂商平台上的真实值。',
    },
    check: {
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
