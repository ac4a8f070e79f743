import type { Resources } from './index';

// Texts of phone snapshots in the UI (open, save, compare); the CLI's are in its help.
export const snapshot: Resources = {
  en: {
    ui: {
      snapshot: {
        chip: 'snapshot',
        chipHint: 'A phone snapshot opened from {{file}}: checks that need the live phone are skipped',
        open: 'Open snapshot…',
        dropHint: 'or drop a .pdsnap file here',
        opening: 'Opening…',
        captured: 'Captured {{time}} from {{serial}} ({{package}})',
        close: 'Close snapshot',
        save: 'Save phone snapshot',
        saving: 'Capturing…',
        saveHint:
          'Saves this phone’s push state to a .pdsnap file (the app is restarted once; tokens are masked) that anyone can diagnose without the phone',
        saved: 'Saved {{file}} ({{size}} KB)',
        compare: 'Compare with',
        comparePick: 'another snapshot…',
        diffTitle: 'What changed: {{before}} → {{after}}',
        otherPhone: 'These are snapshots of two different phones or apps.',
        noVerdictChange: 'No check changed its verdict.',
        verdicts: 'Checks that changed',
        answers: 'Answers that changed',
        noAnswerChange: 'No answer from the phone changed.',
        lines: '−{{removed}} +{{added}} lines',
        manifestChanged: 'The app’s manifest changed (another build).',
        logChanged: 'The app’s log lines around the restart changed.',
        closeDiff: 'Close comparison',
      },
    },
  },
  'zh-CN': {
    ui: {
      snapshot: {
        chip: '快照',
        chipHint: '从 {{file}} 打开的手机快照：需要连接手机本身的检查会被跳过',
        open: '打开快照…',
        dropHint: '或把 .pdsnap 文件拖到这里',
        opening: '正在打开…',
        captured: '{{time}} 采集自 {{serial}}（{{package}}）',
        close: '关闭快照',
        save: '保存手机快照',
        saving: '正在采集…',
        saveHint: '把这台手机的推送状态保存为 .pdsnap 文件（会重启一次应用；令牌已遮盖），别人无需手机即可诊断',
        saved: '已保存 {{file}}（{{size}} KB）',
        compare: '对比',
        comparePick: '另一个快照…',
        diffTitle: '变化：{{before}} → {{after}}',
        otherPhone: '这两个快照来自不同的手机或应用。',
        noVerdictChange: '没有检查项的结论发生变化。',
        verdicts: '结论变化的检查项',
        answers: '发生变化的手机回答',
        noAnswerChange: '手机的回答没有变化。',
        lines: '−{{removed}} +{{added}} 行',
        manifestChanged: '应用的清单文件变了（另一个构建）。',
        logChanged: '应用重启前后的日志变了。',
        closeDiff: '关闭对比',
      },
    },
  },
};
