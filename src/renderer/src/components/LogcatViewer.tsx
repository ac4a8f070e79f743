import { useEffect, useMemo, useRef, useState } from 'react';
import { useApp, useActions } from '../hooks';
import { useText } from '../i18n';
import type { LogLine } from '../../../shared/types';

const ROW = 18;
const OVERSCAN = 20;
const LEVELS: LogLine['level'][] = ['V', 'D', 'I', 'W', 'E', 'F', 'S'];

interface ViewFilter {
  tag: string;
  minLevel: LogLine['level'];
  text: string;
  regex: boolean;
  onlyPush: boolean;
}

/**
 * The filters as one predicate, applied to what is shown (and so to what is saved): they act at
 * once, without restarting the stream. Text is a case-insensitive substring, or a regular
 * expression as in Android Studio's logcat search; an invalid one is reported, not thrown.
 */
export function lineFilter(f: ViewFilter): { test: (l: LogLine) => boolean; error?: string } {
  const min = LEVELS.indexOf(f.minLevel);
  const tag = f.tag.trim().toLowerCase();
  let text: ((s: string) => boolean) | undefined;
  let error: string | undefined;
  if (f.text) {
    if (f.regex) {
      try {
        const re = new RegExp(f.text, 'i');
        text = (s) => re.test(s);
      } catch (err) {
        error = (err as Error).message;
      }
    } else {
      const needle = f.text.toLowerCase();
      text = (s) => s.toLowerCase().includes(needle);
    }
  }
  return {
    error,
    test: (l) =>
      (!f.onlyPush || !!l.mark) &&
      LEVELS.indexOf(l.level) >= min &&
      (!tag || l.tag.toLowerCase().includes(tag)) &&
      (!text || text(l.message) || text(l.tag)),
  };
}

/** ActivityManager's `Start proc` line: where a process (the app after a restart) begins. */
const restartOf = (l: LogLine) =>
  (l.tag === 'ActivityManager' && /^Start proc \d+:([\w.:]+)/.exec(l.message)?.[1]) || undefined;

export function LogcatViewer() {
  const { t } = useText();
  const log = useApp((s) => s.log);
  const pkg = useApp((s) => s.pkg);
  const { startLogcat, stopLogcat, setPaused, clearLog } = useActions();
  const [filter, setFilter] = useState({
    package: '',
    tag: '',
    minLevel: 'V' as LogLine['level'],
    text: '',
    regex: false,
  });
  const [onlyPush, setOnlyPush] = useState(false);
  const [detail, setDetail] = useState<LogLine | undefined>();
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);
  const [follow, setFollow] = useState(true);
  const box = useRef<HTMLDivElement>(null);
  const view = useMemo(() => lineFilter({ ...filter, onlyPush }), [filter, onlyPush]);
  const lines = useMemo(() => (view.error ? log.lines : log.lines.filter(view.test)), [log.lines, view]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  useEffect(() => {
    if (follow && box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [lines.length, follow]);

  const first = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN);
  const last = Math.min(lines.length, Math.ceil((scrollTop + height) / ROW) + OVERSCAN);
  const visible = lines.slice(first, last);

  const save = () => {
    const text = lines
      .map(
        (l) =>
          `${l.time} ${String(l.pid).padStart(5)} ${String(l.tid).padStart(5)} ${l.level} ${l.tag.padEnd(8)}: ${l.message}`,
      )
      .join('\n');
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text + '\n'], { type: 'text/plain' }));
    a.download = `logcat-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`;
    a.click();
    URL.revokeObjectURL(a.href);
  };

  return (
    <div className="card logcat">
      <form
        className="row log-filters"
        onSubmit={(e) => {
          e.preventDefault();
          // The phone sends every level of the package; tag, level and text filter what is shown.
          void startLogcat({ package: filter.package || undefined, minLevel: 'V' });
        }}
      >
        <label>
          <span>{t('ui.logcat.package')}</span>
          <input
            value={filter.package}
            placeholder={pkg}
            onChange={(e) => setFilter({ ...filter, package: e.target.value.trim() })}
            spellCheck={false}
          />
        </label>
        <label>
          <span>{t('ui.logcat.tag')}</span>
          <input
            value={filter.tag}
            onChange={(e) => setFilter({ ...filter, tag: e.target.value })}
            spellCheck={false}
          />
        </label>
        <label>
          <span>{t('ui.logcat.level')}</span>
          <select
            value={filter.minLevel}
            onChange={(e) => setFilter({ ...filter, minLevel: e.target.value as LogLine['level'] })}
          >
            {['V', 'D', 'I', 'W', 'E', 'F'].map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <label className="grow">
          <span>{t('ui.logcat.text')}</span>
          <input
            value={filter.text}
            onChange={(e) => setFilter({ ...filter, text: e.target.value })}
            aria-invalid={!!view.error}
            spellCheck={false}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filter.regex}
            onChange={(e) => setFilter({ ...filter, regex: e.target.checked })}
          />
          <span>{t('ui.logcat.regex')}</span>
        </label>
        <button type="submit" className="primary">
          {t('ui.logcat.start')}
        </button>
        <button type="button" onClick={() => void stopLogcat()} disabled={!log.streamId}>
          {t('ui.logcat.stop')}
        </button>
        <button type="button" onClick={() => setPaused(!log.paused)} disabled={!log.streamId} aria-pressed={log.paused}>
          {log.paused ? t('ui.logcat.resume') : t('ui.logcat.pause')}
        </button>
        <button type="button" onClick={clearLog}>
          {t('ui.logcat.clear')}
        </button>
        <button type="button" onClick={save} disabled={!log.lines.length}>
          {t('ui.logcat.save')}
        </button>
        <label className="check">
          <input type="checkbox" checked={onlyPush} onChange={(e) => setOnlyPush(e.target.checked)} />
          <span>{t('ui.logcat.onlyPush')}</span>
        </label>
      </form>
      <div className="log-status muted" role="status">
        {lines.length === log.lines.length
          ? t('ui.logcat.lines', { count: lines.length })
          : t('ui.logcat.shown', { shown: lines.length, count: log.lines.length })}
        {view.error && ` · ${t('ui.logcat.badRegex', { message: view.error })}`}
        {log.dropped > 0 && ` · ${t('ui.logcat.dropped', { count: log.dropped })}`}
        {log.ended && ` · ${t('ui.logcat.ended', { reason: log.ended })}`}
      </div>
      <div
        className="log-box"
        ref={box}
        role="log"
        aria-live="off"
        data-testid="logcat-view"
        tabIndex={0}
        onScroll={(e) => {
          const el = e.currentTarget;
          setScrollTop(el.scrollTop);
          setFollow(el.scrollTop + el.clientHeight >= el.scrollHeight - ROW * 2);
        }}
      >
        {!log.lines.length ? (
          <div className="empty">{log.streamId ? t('ui.logcat.waiting') : t('ui.logcat.idle')}</div>
        ) : !lines.length ? (
          <div className="empty" data-testid="logcat-empty">
            {t('ui.logcat.filteredOut', { count: log.lines.length })}
          </div>
        ) : (
          <div style={{ height: lines.length * ROW, position: 'relative' }}>
            {visible.map((l, i) => (
              <div
                key={l.seq}
                className={`log-line lvl-${l.level} ${l.mark ? `mark mark-${l.mark}` : ''} ${restartOf(l) ? 'restart' : ''} ${detail?.seq === l.seq ? 'selected' : ''}`}
                style={{ top: (first + i) * ROW }}
                title={restartOf(l) ? t('ui.logcat.restart', { what: restartOf(l) }) : undefined}
                data-level={l.level}
                onClick={() => setDetail(detail?.seq === l.seq ? undefined : l)}
              >
                <span className="t">{l.time}</span>
                <span className="p">{l.pid}</span>
                <span className="l">{l.level}</span>
                <span className="g">{l.tag}</span>
                <span className="m">{l.message}</span>
              </div>
            ))}
          </div>
        )}
      </div>
      {detail ? (
        <div className="log-detail" role="region" aria-label={t('ui.logcat.detail', { seq: detail.seq })}>
          <div className="row">
            <strong>{t('ui.logcat.detail', { seq: detail.seq })}</strong>
            <span className="mono muted">{`${detail.time} ${detail.pid}/${detail.tid} ${detail.level} ${detail.tag}`}</span>
            <button type="button" onClick={() => setDetail(undefined)}>
              {t('ui.logcat.closeDetail')}
            </button>
          </div>
          <pre className="wrap">{detail.message}</pre>
        </div>
      ) : (
        lines.length > 0 && <div className="muted small">{t('ui.logcat.expandHint')}</div>
      )}
    </div>
  );
}
