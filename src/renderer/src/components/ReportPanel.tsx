import { useMemo, useState } from 'react';
import { useApp, useActions } from '../hooks';
import { useText } from '../i18n';
import { downloadFile } from '../download';
import type { ExportFormat } from '../../../shared/contract';

/** Earlier runs of this phone, kept on disk: open one to see its checklist, or export it. */
function History() {
  const { t, tt } = useText();
  const selected = useApp((s) => s.selected);
  const active = useApp((s) => s.activeRun[s.selected ?? '']);
  const all = useApp((s) => s.history);
  const entries = useMemo(() => all.filter((h) => h.serial === selected), [all, selected]);
  const { openRun } = useActions();
  return (
    <div className="card history" data-testid="history">
      <h3>{t('ui.history.title')}</h3>
      {!entries.length ? (
        <p className="muted">{t('ui.history.none')}</p>
      ) : (
        <ul className="history-list">
          {entries.map((h) => (
            <li
              key={h.runId}
              data-testid="history-entry"
              data-run-id={h.runId}
              className={h.runId === active ? 'current' : ''}
            >
              <span className={`badge verdict-${h.verdict}`}>
                {h.headline ? tt(h.headline) : t(`status.${h.verdict}`)}
              </span>
              <span className="mono small">{new Date(h.finishedAt).toLocaleString()}</span>
              <span className="small">{h.package}</span>
              {h.runId === active ? (
                <span className="muted small">{t('ui.history.shown')}</span>
              ) : (
                <button type="button" onClick={() => void openRun(h.runId)}>
                  {t('ui.history.open')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ReportPanel() {
  const { t, tt, language } = useText();
  const run = useApp((s) => s.runs[s.activeRun[s.selected ?? ''] ?? '']);
  const { exportReport } = useActions();
  const bridge = useApp((s) => s.bridge);
  const [lang, setLang] = useState<'en' | 'zh-CN'>(language.startsWith('zh') ? 'zh-CN' : 'en');
  const [notes, setNotes] = useState<{ runId?: string; text: string; saved: boolean }>({ text: '', saved: true });
  // The field follows the run shown; what the user typed stays until they save or switch runs.
  if (run?.report && notes.runId !== run.runId)
    setNotes({ runId: run.runId, text: run.report.userNotes ?? '', saved: true });
  if (!run?.report)
    return (
      <>
        <div className="card empty">{t('ui.report.none')}</div>
        <History />
      </>
    );
  const download = async (format: ExportFormat) => {
    const file = await exportReport(format, lang);
    if (!file) return;
    downloadFile(file.filename, file.content, file.mime);
  };
  return (
    <>
      <div className="card report-panel">
        <h3>{t('ui.report.title')}</h3>
        {/* The headline says "PASS, 2 checks by hand" where a bare status would say PASS. */}
        <p data-testid="report-verdict">
          {t('ui.report.verdict', {
            verdict: run.report.headline ? tt(run.report.headline) : t(`status.${run.report.verdict}`),
          })}
        </p>
        <label>
          <span>{t('ui.report.language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as 'en' | 'zh-CN')}>
            <option value="en">English</option>
            <option value="zh-CN">简体中文</option>
          </select>
        </label>
        <label className="notes-field">
          <span>{t('ui.report.notes')}</span>
          <textarea
            rows={3}
            value={notes.text}
            maxLength={10_000}
            onChange={(e) => setNotes({ ...notes, text: e.target.value, saved: false })}
            data-testid="report-notes"
          />
        </label>
        <div className="row">
          <button
            type="button"
            disabled={notes.saved}
            onClick={async () => {
              await bridge.setRunNotes({ runId: run.runId, notes: notes.text });
              setNotes({ ...notes, saved: true });
            }}
            data-testid="save-notes"
          >
            {notes.saved ? t('ui.report.notesSaved') : t('ui.report.saveNotes')}
          </button>
        </div>
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
      <History />
    </>
  );
}
