import { useState } from 'react';
import { useApp, useActions } from '../hooks';
import { useText } from '../i18n';
import type { ExportFormat } from '../../../shared/contract';

export function ReportPanel() {
  const { t, language } = useText();
  const run = useApp((s) => s.runs[s.activeRun[s.selected ?? ''] ?? '']);
  const { exportReport } = useActions();
  const [lang, setLang] = useState<'en' | 'zh-CN'>(language.startsWith('zh') ? 'zh-CN' : 'en');
  if (!run?.report) return <div className="card empty">{t('ui.report.none')}</div>;
  const download = async (format: ExportFormat) => {
    const file = await exportReport(format, lang);
    if (!file) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
    a.download = file.filename;
    a.click();
    URL.revokeObjectURL(a.href);
  };
  return (
    <div className="card report-panel">
      <h3>{t('ui.report.title')}</h3>
      <p>{t('ui.report.verdict', { verdict: t(`status.${run.report.verdict}`) })}</p>
      <label>
        <span>{t('ui.report.language')}</span>
        <select value={lang} onChange={(e) => setLang(e.target.value as 'en' | 'zh-CN')}>
          <option value="en">English</option>
          <option value="zh-CN">简体中文</option>
        </select>
      </label>
      <div className="row">
        <button type="button" className="primary" data-testid="export-html" onClick={() => download('html')}>
          {t('ui.report.html')}
        </button>
        <button type="button" data-testid="export-md" onClick={() => download('md')}>
          {t('ui.report.md')}
        </button>
        <button type="button" data-testid="export-json" onClick={() => download('json')}>
          {t('ui.report.json')}
        </button>
      </div>
    </div>
  );
}
