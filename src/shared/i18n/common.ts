import type { Resources } from './index';

// Texts used across the product: statuses, step titles, device states.
export const common: Resources = {
  en: {
    status: {
      pending: 'Pending',
      running: 'Running',
      pass: 'Pass',
      warn: 'Warning',
      fail: 'Fail',
      skip: 'Skipped',
      manual: 'Check by hand',
    },
    state: {
      device: 'Online',
      unauthorized: 'Unauthorized',
      offline: 'Offline',
      connecting: 'Connecting',
      authorizing: 'Authorizing',
      unknown: 'Unknown',
    },
    hint: {
      unauthorized:
        'Unlock the phone and accept the "Allow USB debugging?" prompt (tick "Always allow from this computer"). If no prompt shows, unplug and plug the cable back in, or revoke USB debugging authorisations in Developer options and try again.',
      offline:
        'adb sees the phone but it does not answer. Unplug and replug it, or run `adb reconnect offline`; for a network phone, run `adb disconnect {{serial}}` then `adb connect {{serial}}`.',
      noPermissions:
        'The system does not let adb open the USB device. On Linux, add a udev rule for the phone vendor (or install the android-sdk-platform-tools-common package) and replug the phone.',
      readFailed: 'The phone did not answer: {{message}}',
    },
    step: {
      adb: {
        connection: { title: 'adb connection' },
      },
      device: {
        channel: { title: 'Phone brand, ROM and push channel' },
        pushService: { title: 'Vendor push service on the phone' },
        power: { title: 'Battery and background limits' },
      },
      app: {
        installed: { title: 'App installed' },
        manifest: { title: 'App manifest integration' },
        clickThrough: { title: 'Notification tap target' },
        notifications: { title: 'Notification permission and channels' },
      },
      push: {
        token: { title: 'Push token registered' },
        tokenReported: { title: 'Token reported to the IM server' },
        delivery: { title: 'Test push delivered while the app is killed' },
        vendorPolicy: { title: 'Vendor rules: classification, quotas, test mode' },
      },
    },
  },
  'zh-CN': {
    status: {
      pending: '等待中',
      running: '进行中',
      pass: '通过',
      warn: '警告',
      fail: '失败',
      skip: '已跳过',
      manual: '需手动检查',
    },
    state: {
      device: '在线',
      unauthorized: '未授权',
      offline: '离线',
      connecting: '连接中',
      authorizing: '授权中',
      unknown: '未知',
    },
    hint: {
      unauthorized:
        '请解锁手机，在“允许 USB 调试吗？”弹窗中点“允许”（勾选“一律允许使用这台计算机进行调试”）。如果没有弹窗，请重新插拔数据线，或在开发者选项中撤销 USB 调试授权后重试。',
      offline:
        'adb 能看到手机但手机没有响应。请重新插拔手机，或运行 `adb reconnect offline`；网络连接的手机请先运行 `adb disconnect {{serial}}` 再运行 `adb connect {{serial}}`。',
      noPermissions:
        '系统不允许 adb 打开该 USB 设备。在 Linux 上请为手机厂商添加 udev 规则（或安装 android-sdk-platform-tools-common 软件包），然后重新插拔手机。',
      readFailed: '手机没有响应：{{message}}',
    },
    step: {
      adb: {
        connection: { title: 'adb 连接' },
      },
      device: {
        channel: { title: '手机品牌、系统与推送通道' },
        pushService: { title: '手机上的厂商推送服务' },
        power: { title: '电池与后台限制' },
      },
      app: {
        installed: { title: '应用已安装' },
        manifest: { title: '应用清单（Manifest）集成' },
        clickThrough: { title: '点击通知的跳转目标' },
        notifications: { title: '通知权限与通知渠道' },
      },
      push: {
        token: { title: '已注册推送 Token' },
        tokenReported: { title: 'Token 已上报 IM 服务端' },
        delivery: { title: '应用被杀后测试推送送达' },
        vendorPolicy: { title: '厂商规则：消息分类、配额、测试模式' },
      },
    },
  },
};
