// The Watch tab: a test push every interval for hours, drawn as it goes — an arrival timeline
// (latency per push, missing ones, the time the phone was away, what the phone did), the loss and
// the latency percentiles. The watch runs in the core; a reloaded window catches up from
// `listWatches`. The same lines are in a JSON-lines file on the core's side.
import { useEffect, useMemo, useState } from 'react';
import type { WatchView } from '../../../shared/contract';
import { summarize, type WatchLine, type WatchSummary } from '../../../shared/watch';
import { CONDITION_IDS, rebootsPhone } from '../../../shared/conditions';
import { useApp } from '../hooks';
import { useText } from '../i18n';
import { downloadFile } from '../download';

const EVERY = [10_000, 30_000, 60_000, 300_000, 600_000, 1_800_000];
const FOR = [60_000, 600_000, 3_600_000, 8 * 3_600_000, 24 * 3_600_000];

interface Watch {
  watchId: string;
  serial: string;
  file?: string;
  lines: WatchLine[];
  omitted: number;
  running: boolean;
  summary?: WatchSummary;
  error?: string;
}

const fromView = (v: WatchView): Watch => ({
  watchId: v.watchId,
  serial: v.serial,
  file: v.file,
  lines: v.lines,
  omitted: v.omitted,
  running: v.running,
  summary: v.summary,
  error: v.error && [v.error.message, v.error.hint].filter(Boolean).join(' '),
});

/** "10 s", "5 min", "8 h". */
export function durationText(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${Math.round(ms / 100) / 10} s`;
}

const ms = (v: number | undefined) => (v === undefined ? '–' : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${v} ms`);

export function WatchPanel() {
  const { t } = useText();
  const bridge = useApp((s) => s.bridge);
  const serial = useApp((s) => s.selected);
  const pkg = useApp((s) => s.pkg);
  const profileId = useApp((s) => s.profileId);
  const [everyMs, setEvery] = useState(600_000);
  const [forMs, setFor] = useState(8 * 3_600_000);
  const [condition, setCondition] = useState('');
  const [askReboot, setAskReboot] = useState(false);
  const [watches, setWatches] = useState<Record<string, Watch>>({});
  const [startError, setStartError] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    // Catch up with watches started before this window (or before a reload).
    void bridge.listWatches().then(
      (list) =>
        live &&
        setWatches((w) => {
          const next = { ...w };
          for (const v of list) next[v.watchId] ??= fromView(v);
          return next;
        }),
    );
    const off = bridge.onEvent((e) => {
      if (e.type === 'watch')
        setWatches((w) => {
          const cur = w[e.watchId] ?? { watchId: e.watchId, serial: e.serial, lines: [], omitted: 0, running: true };
          return { ...w, [e.watchId]: { ...cur, lines: [...cur.lines, e.line] } };
        });
      else if (e.type === 'watch-finished')
        setWatches((w) => {
          const cur = w[e.watchId] ?? { watchId: e.watchId, serial: e.serial, lines: [], omitted: 0, running: false };
          const error = e.error && [e.error.message, e.error.hint].filter(Boolean).join(' ');
          return { ...w, [e.watchId]: { ...cur, running: false, summary: e.summary, error } };
        });
    });
    return () => {
      live = false;
      off();
    };
  }, [bridge]);

  const mine = useMemo(
    () =>
      Object.values(watches)
        .filter((w) => w.serial === serial)
        .sort((a, b) => startedAt(b) - startedAt(a))[0],
    [watches, serial],
  );
  if (!serial) return null;
  const running = !!mine?.running;
  // A running watch shows its own settings (it may have been started before a reload).
  const own = running
    ? mine.lines.find((l): l is Extract<WatchLine, { type: 'start' }> => l.type === 'start')
    : undefined;
  const shownEvery = own?.everyMs ?? everyMs;
  const shownFor = own?.forMs ?? forMs;
  const shownCondition = own ? (own.condition ?? '') : condition;
  const reboots = !!condition && rebootsPhone([condition]);
  const start = async (allowReboot = false) => {
    if (!profileId) return;
    if (reboots && !allowReboot) return setAskReboot(true);
    setAskReboot(false);
    setStartError(undefined);
    try {
      const { watchId, file } = await bridge.startWatch({
        serial,
        package: pkg,
        profileId,
        everyMs,
        forMs,
        ...(condition ? { condition } : {}),
        ...(allowReboot ? { allowReboot } : {}),
      });
      setWatches((w) => ({
        ...w,
        [watchId]: { ...(w[watchId] ?? { watchId, serial, lines: [], omitted: 0 }), file, running: true },
      }));
    } catch (err) {
      const e = err as Error & { hint?: string };
      setStartError([e.message, e.hint].filter(Boolean).join(' '));
    }
  };
  // While running, the numbers come from the lines seen so far; at the end, from the whole file.
  const summary = mine && (mine.running || !mine.summary ? summarize(mine.lines) : mine.summary);
  return (
    <section className="watch" data-testid="watch-panel">
      <p className="muted">{t('ui.watch.intro')}</p>
      <div className="watch-form">
        <label>
          {t('ui.watch.every')}{' '}
          <select value={shownEvery} disabled={running} onChange={(e) => setEvery(Number(e.target.value))}>
            {withValue(EVERY, shownEvery).map((v) => (
              <option key={v} value={v}>
                {durationText(v)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ui.watch.for')}{' '}
          <select value={shownFor} disabled={running} onChange={(e) => setFor(Number(e.target.value))}>
            {withValue(
              FOR.filter((v) => v >= shownEvery),
              shownFor,
            ).map((v) => (
              <option key={v} value={v}>
                {durationText(v)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ui.watch.condition')}{' '}
          <select
            value={shownCondition}
            disabled={running}
            onChange={(e) => {
              setAskReboot(false);
              setCondition(e.target.value);
            }}
          >
            <option value="">{t('ui.watch.noCondition')}</option>
            {CONDITION_IDS.map((c) => (
              <option key={c} value={c}>
                {t(`reproduce.condition.${c}`)}
                {rebootsPhone([c]) ? ` (${t('ui.reproduce.reboots')})` : ''}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="primary"
          data-testid="watch-start"
          disabled={running || !profileId || forMs < everyMs}
          onClick={() => void start()}
        >
          {running ? t('ui.watch.running') : t('ui.watch.start')}
        </button>
        {running && mine && (
          <button
            type="button"
            data-testid="watch-stop"
            onClick={() => void bridge.stopWatch({ watchId: mine.watchId })}
          >
            {t('ui.watch.stop')}
          </button>
        )}
        {!profileId && <span className="warn-text small">{t('ui.reproduce.needProfile')}</span>}
      </div>
      {askReboot && !running && (
        <div className="banner warn" role="alertdialog" aria-labelledby="watch-reboot-ask">
          <p id="watch-reboot-ask">{t('ui.reproduce.rebootAsk', { serial })}</p>
          <button type="button" className="primary" onClick={() => void start(true)}>
            {t('ui.watch.rebootYes')}
          </button>{' '}
          <button type="button" onClick={() => setAskReboot(false)}>
            {t('ui.reproduce.rebootNo')}
          </button>
        </div>
      )}
      {startError && (
        <div className="banner error" role="alert">
          {t('ui.watch.failed', { message: startError })}
        </div>
      )}
      {mine && summary && (
        <div className="watch-body">
          {mine.error && (
            <div className="banner error" role="alert">
              {t('ui.watch.failed', { message: mine.error })}
            </div>
          )}
          <dl className="watch-stats" data-testid="watch-stats">
            <div>
              <dt>{t('ui.watch.pushes')}</dt>
              <dd data-testid="watch-pushes">{summary.pushes}</dd>
            </div>
            <div>
              <dt>{t('ui.watch.arrived')}</dt>
              <dd>{summary.arrived}</dd>
            </div>
            <div>
              <dt>{t('ui.watch.late')}</dt>
              <dd>{summary.late}</dd>
            </div>
            <div>
              <dt>{t('ui.watch.missing')}</dt>
              <dd className={summary.missing ? 'fail-text' : undefined}>{summary.missing}</dd>
            </div>
            <div>
              <dt>{t('ui.watch.loss')}</dt>
              <dd>{summary.lossPct} %</dd>
            </div>
            <div>
              <dt>p50 / p95 / max</dt>
              <dd>
                {ms(summary.p50)} / {ms(summary.p95)} / {ms(summary.max)}
              </dd>
            </div>
            <div>
              <dt>{t('ui.watch.away')}</dt>
              <dd>{summary.phoneGone}</dd>
            </div>
          </dl>
          <Timeline lines={mine.lines} />
          <div className="watch-actions">
            <span className="muted small" data-testid="watch-state">
              {mine.running ? t('ui.watch.live') : t('ui.watch.ended')}
              {mine.file ? ` · ${t('ui.watch.file', { file: mine.file })}` : ''}
              {mine.omitted ? ` · ${t('ui.watch.omitted', { count: mine.omitted })}` : ''}
            </span>
            <button
              type="button"
              onClick={() =>
                downloadFile(
                  `push-doctor-watch-${serial.replace(/[^A-Za-z0-9._-]+/g, '_')}.jsonl`,
                  mine.lines.map((l) => JSON.stringify(l)).join('\n') + '\n',
                  'application/jsonl',
                )
              }
            >
              {t('ui.watch.saveLines')}
            </button>
            <button
              type="button"
              onClick={() =>
                void bridge
                  .watchReport({ watchId: mine.watchId })
                  .then((r) => downloadFile(r.fileName, r.html, 'text/html'))
              }
            >
              {t('ui.watch.saveReport')}
            </button>
          </div>
          <PushTable lines={mine.lines} />
        </div>
      )}
    </section>
  );
}

/** The choices, with a value that is not among them (a watch started elsewhere) added in order. */
const withValue = (choices: number[], value: number) =>
  choices.includes(value) ? choices : [...choices, value].sort((a, b) => a - b);

function startedAt(w: Watch): number {
  const s = w.lines.find((l) => l.type === 'start');
  return s && s.type === 'start' ? Date.parse(s.startedAt) : Number.MAX_SAFE_INTEGER;
}

const W = 720;
const H = 170;
const PAD = { left: 52, right: 12, top: 12, bottom: 34 };

/**
 * Push arrivals over the watch's whole span: a dot per arrived push at its latency, a red cross
 * along the top for a missing one, a grey band while the phone was away, and a tick per phone
 * event (Doze, the app's process, battery saver) along the bottom. Everything has a <title>.
 */
export function Timeline({ lines }: { lines: WatchLine[] }) {
  const { t } = useText();
  const start = lines.find((l): l is Extract<WatchLine, { type: 'start' }> => l.type === 'start');
  if (!start) return null;
  const t0 = Date.parse(start.startedAt);
  const span = Math.max(start.forMs, 1);
  const x = (at: string) =>
    PAD.left + Math.min(1, Math.max(0, (Date.parse(at) - t0) / span)) * (W - PAD.left - PAD.right);
  const pushes = shownPushes(lines);
  const top = Math.max(1_000, ...pushes.map((p) => p.latencyMs ?? 0));
  const plotH = H - PAD.top - PAD.bottom;
  const y = (latency: number) => PAD.top + plotH - (latency / top) * plotH;
  const away: { from: string; to?: string }[] = [];
  for (const l of lines) {
    if (l.type === 'phone-gone') away.push({ from: l.at });
    if (l.type === 'phone-back' && away.length && !away[away.length - 1].to) away[away.length - 1].to = l.at;
  }
  const events = lines.filter((l): l is Extract<WatchLine, { type: 'phone' | 'condition' }> =>
    ['phone', 'condition'].includes(l.type),
  );
  const endLabel = durationText(span);
  return (
    <figure className="watch-timeline">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="watch-timeline-title"
        data-testid="watch-timeline"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id="watch-timeline-title">{t('ui.watch.timeline')}</title>
        {away.map((a, i) => (
          <rect
            key={`away${i}`}
            className="away"
            x={x(a.from)}
            y={PAD.top}
            width={Math.max(2, (a.to ? x(a.to) : x(new Date().toISOString())) - x(a.from))}
            height={plotH}
          >
            <title>{t('ui.watch.awayBand')}</title>
          </rect>
        ))}
        <line className="axis" x1={PAD.left} y1={PAD.top + plotH} x2={W - PAD.right} y2={PAD.top + plotH} />
        <line className="axis" x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={PAD.top + plotH} />
        <text className="tick" x={PAD.left - 6} y={PAD.top + 4} textAnchor="end">
          {ms(top)}
        </text>
        <text className="tick" x={PAD.left - 6} y={PAD.top + plotH} textAnchor="end">
          0
        </text>
        <text className="tick" x={PAD.left} y={H - 6}>
          0
        </text>
        <text className="tick" x={W - PAD.right} y={H - 6} textAnchor="end">
          {endLabel}
        </text>
        {events.map((e, i) => (
          <line
            key={`ev${i}`}
            className="event"
            x1={x(e.at)}
            x2={x(e.at)}
            y1={PAD.top + plotH}
            y2={PAD.top + plotH + 8}
          >
            <title>
              {e.type === 'phone'
                ? Object.entries(e.changes)
                    .map(([k, [a, b]]) => `${k}: ${a ?? '?'} → ${b}`)
                    .join('; ')
                : `${e.id}: ${e.phase}`}
            </title>
          </line>
        ))}
        {pushes.map((p) =>
          p.status === 'arrived' || p.status === 'late' ? (
            <circle key={p.seq} className={p.status} cx={x(p.sentAt)} cy={y(p.latencyMs ?? 0)} r={4}>
              <title>{`#${p.seq} ${t(p.status === 'late' ? 'ui.watch.lateIn' : 'ui.watch.arrivedIn', { latency: ms(p.latencyMs) })}`}</title>
            </circle>
          ) : (
            <text key={p.seq} className={p.status} x={x(p.sentAt)} y={PAD.top + 8} textAnchor="middle">
              ✕<title>{`#${p.seq} ${t(`reproduce.status.${p.status}`)}`}</title>
            </text>
          ),
        )}
      </svg>
      <figcaption className="muted small">{t('ui.watch.legend')}</figcaption>
    </figure>
  );
}

type ShownPush = Omit<Extract<WatchLine, { type: 'push' }>, 'status'> & {
  status: 'arrived' | 'late' | 'missing' | 'refused';
};

const STATUS_CLASS: Record<ShownPush['status'], string> = {
  arrived: 'pass',
  late: 'warn',
  missing: 'fail',
  refused: 'skip',
};

/** Pushes with their later `arrival` folded in: a push the phone held and showed later is late, not missing. */
function shownPushes(lines: WatchLine[]): ShownPush[] {
  const arrivals = new Map<number, number>();
  for (const l of lines) if (l.type === 'arrival') arrivals.set(l.seq, l.latencyMs);
  return lines
    .filter((l): l is Extract<WatchLine, { type: 'push' }> => l.type === 'push')
    .map((p) =>
      p.status === 'missing' && arrivals.has(p.seq) ? { ...p, status: 'late', latencyMs: arrivals.get(p.seq) } : p,
    );
}

/** The last pushes as a table: the same facts as the timeline, readable by a screen reader. */
function PushTable({ lines }: { lines: WatchLine[] }) {
  const { t } = useText();
  const pushes = shownPushes(lines).slice(-20);
  if (!pushes.length) return <p className="muted">{t('ui.watch.waiting')}</p>;
  return (
    <table className="watch-table" data-testid="watch-table">
      <caption>{t('ui.watch.last', { count: pushes.length })}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('ui.watch.sent')}</th>
          <th scope="col">{t('ui.watch.status')}</th>
          <th scope="col">{t('ui.watch.latency')}</th>
          <th scope="col">{t('ui.watch.phone')}</th>
        </tr>
      </thead>
      <tbody>
        {[...pushes].reverse().map((p) => (
          <tr key={p.seq} data-status={p.status}>
            <td>{p.seq}</td>
            <td>{new Date(p.sentAt).toLocaleTimeString()}</td>
            <td>
              <span className={`badge status-${STATUS_CLASS[p.status]}`}>{t(`reproduce.status.${p.status}`)}</span>
            </td>
            <td>{ms(p.latencyMs)}</td>
            <td className="mono small">
              {Object.entries(p.phone)
                .map(([k, v]) => `${k}=${v}`)
                .join(' ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
