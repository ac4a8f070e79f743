import { useEffect, useMemo, useRef, useState } from 'react';
import { useApp, useActions } from '../hooks';
import { useText } from '../i18n';
import type { LogLine } from '../../../shared/types';

const ROW = 18;
const OVERSCAN = 20;

export function LogcatViewer() {
  const { t } = useText();
  const log = useApp((s) => s.log);
  const pkg = useApp((s) => s.pkg);
  const { startLogcat, stopLogcat, setPaused, clearLog } = useActions();
  const [filter, setFilter] = useState({ package: '', tag: '', minLevel: 'V' as LogLine['level'], text: '' });
  const [onlyPush, setOnlyPush] = useState(false);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);
  const [follow, setFollow] = useState(true);
  const box = useRef<HTMLDivElement>(null);
  const lines = useMemo(() => (onlyPush ? log.lines.filter((l) => l.mark) : log.lines), [log.lines, onlyPush]);

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
    const text = log.lines.map((l) => `${l.time} ${String(l.pid).padStart(5)} ${String(l.tid).padStart(5)} ${l.level} ${l.tag.padEnd(8)}: ${l.message}`).join('\n');
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
          void startLogcat({ ...filter, package: filter.package || undefined, minLevel: filter.minLevel });
        }}
      >
        <label>
          <span>{t('ui.logcat.package')}</span>
          <input value={filter.package} placeholder={pkg} onChange={(e) => setFilter({ ...filter, package: e.target.value.trim() })} spellCheck={false} />
        </label>
        <label>
          <span>{t('ui.logcat.tag')}</span>
          <input value={filter.tag} onChange={(e) => setFilter({ ...filter, tag: e.target.value })} spellCheck={false} />
        </label>
        <label>
          <span>{t('ui.logcat.level')}</span>
          <select value={filter.minLevel} onChange={(e) => setFilter({ ...filter, minLevel: e.target.value as LogLine['level'] })}>
            {['V', 'D', 'I', 'W', 'E', 'F'].map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <label className="grow">
          <span>{t('ui.logcat.text')}</span>
          <input value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.target.value })} />
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
        {t('ui.logcat.lines', { count: lines.length })}
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
        {!log.streamId && !log.lines.length ? (
          <div className="empty">{t('ui.logcat.idle')}</div>
        ) : (
          <div style={{ height: lines.length * ROW, position: 'relative' }}>
            {visible.map((l, i) => (
              <div key={l.seq} className={`log-line lvl-${l.level} ${l.mark ? `mark mark-${l.mark}` : ''}`} style={{ top: (first + i) * ROW }}>
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
    </div>
  );
}
