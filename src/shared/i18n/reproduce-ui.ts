import type { Resources } from './index';

// The Reproduce tab of the UI; the conditions, statuses and explanations are in ./reproduce.ts.
export const reproduceUi: Resources = {
  en: {
    ui: {
      tabs: { reproduce: 'Reproduce' },
      reproduce: {
        intro:
          'Puts the phone in each condition, sends test pushes through the profile’s providers, and undoes it. The phone’s settings are recorded first and always put back.',
        conditions: 'Conditions',
        pushes: 'Pushes per provider',
        run: 'Reproduce',
        running: 'Reproducing…',
        cancel: 'Cancel (puts the phone back)',
        needProfile: 'Pick an app profile with push credentials above: the pushes go through it.',
        needCondition: 'Pick at least one condition.',
        log: 'What happened',
        matrix: 'Conditions × providers',
        condition: 'Condition',
        recorded: 'Recorded the phone’s settings: {{knobs}}',
        recovered: 'A previous run had not finished: put back {{knobs}} first',
        token: 'Channel {{channel}}; providers: {{routes}}',
        phase: {
          set: '{{condition}}: set',
          'not-set': '{{condition}}: the phone did not take it',
          skipped: '{{condition}}: skipped',
          undone: '{{condition}}: undone',
        },
        pushing: '{{condition}}: {{count}} push(es) through {{route}}…',
        restoredLine: 'Put back; these read back differently: {{differ}}',
        restoredOk: 'Put back: the phone is as it was found.',
        why: 'Why',
        failed: 'The reproduction stopped: {{message}}',
        reboots: 'reboots the phone',
        rebootAsk:
          'after-reboot reboots {{serial}}: every app on it restarts, and a real phone is away for a minute or two. The app is not opened after the boot.',
        rebootYes: 'Reboot and reproduce',
        rebootNo: 'Not now',
      },
    },
  },
  'zh-CN': {
    ui: {
      tabs: { reproduce: '复现' },
      reproduce: {
        intro:
          '让手机依次进入每种状态，通过配置中的推送服务发送测试推送，然后恢复。开始前会记录手机的设置，结束后一定会恢复。',
        conditions: '状态',
        pushes: '每个推送服务的推送数',
        run: '开始复现',
        running: '正在复现…',
        cancel: '取消（恢复手机设置）',
        needProfile: '请先在上方选择带推送凭据的应用配置：推送通过它发送。',
        needCondition: '请至少选择一种状态。',
        log: '过程',
        matrix: '状态 × 推送服务',
        condition: '状态',
        recorded: '已记录手机设置：{{knobs}}',
        recovered: '上次运行未完成：已先恢复 {{knobs}}',
        token: '通道 {{channel}}；推送服务：{{routes}}',
        phase: {
          set: '{{condition}}：已设置',
          'not-set': '{{condition}}：手机未进入该状态',
          skipped: '{{condition}}：已跳过',
          undone: '{{condition}}：已恢复',
        },
        pushing: '{{condition}}：通过 {{route}} 发送 {{count}} 条推送…',
        restoredLine: '已恢复；以下设置读回与开始时不同：{{differ}}',
        restoredOk: '已恢复：手机与开始时一致。',
        why: '原因',
        failed: '复现中止：{{message}}',
        reboots: '会重启手机',
        rebootAsk:
          'after-reboot 会重启 {{serial}}：手机上所有应用都会重新启动，真机会离线一两分钟。开机后不会打开应用。',
        rebootYes: '重启并复现',
        rebootNo: '暂不',
      },
    },
  },
};
