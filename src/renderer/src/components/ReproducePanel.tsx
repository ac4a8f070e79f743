// The Reproduce tab: pick conditions, run them on the phone through the profile's providers, and
// watch the conditions × providers matrix fill in; the phone is put back at the end (or on cancel).
import { useEffect, useState } from 'react';
import type { ReproduceCellView, ReproduceProgress, ReproduceView } from '../../../shared/contract';
import type { Text } from '../../../shared/types';
import { CONDITION_IDS, rebootsPhone } from '../../../shared/conditions';
import { useApp } from '../hooks';
import { useText } from '../i18n';

// Each condition alone, and the one pair the restricted bucket needs to hold a push (see the README).
const CONDITIONS = [...CONDITION_IDS, 'standby-restricted+doze'];

const DEFAULT = ['force-stopped', 'doze'];

interface Running {
  id?: string;
  serial: string;
  lines: Text[];
  cells: ReproduceCellView[];
  routes: string[];
  conditions: string[];
  result?: ReproduceView;
  error?: string;
  done: boolean;
}

const CELL_CLASS: Record<ReproduceCellView['status'], string> = {
  arrived: 'pass',
  late: 'warn',
  partial: 'warn',
  missing: 'fail',
  refused: 'fail',
  'not-set': 'skip',
  'not-run': 'skip',
};

function lineOf(p: ReproduceProgress): Text | undefined {
  switch (p.kind) {
    case 'recorded':
      return { key: 'ui.reproduce.recorded', params: { knobs: p.knobs.join(', ') } };
    case 'recovered':
      return { key: 'ui.reproduce.recovered', params: { knobs: p.knobs.join(', ') || '-' } };
    case 'token':
      return { key: 'ui.reproduce.token', params: { channel: p.channel, routes: p.routes.join(', ') } };
    case 'condition':
      return { key: `ui.reproduce.phase.${p.phase}`, params: { condition: p.id } };
    case 'pushing':
      return { key: 'ui.reproduce.pushing', params: { condition: p.condition, route: p.route, count: p.count } };
    case 'restored':
      return p.differ.length
        ? { key: 'ui.reproduce.restoredLine', params: { differ: p.differ.join(', ') } }
        : { key: 'ui.reproduce.restoredOk' };
    case 'cell':
      return undefined;
  }
}

export function ReproducePanel() {
  const { t, tt } = useText();
  const bridge = useApp((s) => s.bridge);
  const serial = useApp((s) => s.selected);
  const pkg = useApp((s) => s.pkg);
  const profileId = useApp((s) => s.profileId);
  const [picked, setPicked] = useState<string[]>(DEFAULT);
  const [pushes, setPushes] = useState(1);
  const [run, setRun] = useState<Running | undefined>();
  // A rebooting condition is asked for once more before anything starts.
  const [askReboot, setAskReboot] = useState(false);

  useEffect(
    () =>
      bridge.onEvent((e) => {
        if (e.type !== 'reproduce' && e.type !== 'reproduce-finished') return;
        setRun((r) => {
          if (!r || r.id !== e.reproduceId) return r;
          if (e.type === 'reproduce-finished')
            return {
              ...r,
              done: true,
              result: e.result,
              cells: e.result?.cells ?? r.cells,
              routes: e.result?.routes ?? r.routes,
              error: e.error && [e.error.message, e.error.hint].filter(Boolean).join(' '),
            };
          const p = e.progress;
          if (p.kind === 'cell') return { ...r, cells: [...r.cells.filter((c) => !sameCell(c, p.cell)), p.cell] };
          const line = lineOf(p);
          return {
            ...r,
            routes: p.kind === 'token' ? p.routes : r.routes,
            lines: line ? [...r.lines, line] : r.lines,
          };
        });
      }),
    [bridge],
  );

  if (!serial) return null;
  const mine = run?.serial === serial ? run : undefined;
  const busy = !!mine && !mine.done;
  const reboots = rebootsPhone(picked);
  const start = async (allowReboot = false) => {
    if (!profileId || !picked.length) return;
    if (reboots && !allowReboot) {
      setAskReboot(true);
      return;
    }
    setAskReboot(false);
    setRun({ serial, lines: [], cells: [], routes: [], conditions: picked, done: false });
    try {
      const { reproduceId } = await bridge.runReproduce({
        serial,
        package: pkg,
        profileId,
        conditions: picked,
        pushes,
        allowReboot,
      });
      setRun((r) => (r && !r.id ? { ...r, id: reproduceId } : r));
    } catch (err) {
      const e = err as Error & { hint?: string };
      setRun((r) => r && { ...r, done: true, error: [e.message, e.hint].filter(Boolean).join(' ') });
    }
  };
  const routes = mine?.routes ?? [];
  const conditions = mine?.result?.conditions.map((c) => c.id) ?? mine?.conditions ?? [];
  const explained = (mine?.cells ?? []).filter((c) => c.explanation.length);
  return (
    <section className="reproduce" data-testid="reproduce-panel">
      <p className="muted">{t('ui.reproduce.intro')}</p>
      <fieldset className="reproduce-conditions" disabled={busy}>
        <legend>{t('ui.reproduce.conditions')}</legend>
        {CONDITIONS.map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              checked={picked.includes(c)}
              onChange={(e) => {
                setAskReboot(false);
                setPicked((p) => (e.target.checked ? [...p, c] : p.filter((x) => x !== c)));
              }}
            />{' '}
            <span>
              {c.includes('+')
                ? c
                    .split('+')
                    .map((x) => t(`reproduce.condition.${x}`))
                    .join(' + ')
                : t(`reproduce.condition.${c}`)}
              {rebootsPhone([c]) && <span className="warn-text small"> ({t('ui.reproduce.reboots')})</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="reproduce-run">
        <label>
          {t('ui.reproduce.pushes')}{' '}
          <input
            type="number"
            min={1}
            max={10}
            value={pushes}
            disabled={busy}
            onChange={(e) => setPushes(Math.min(10, Math.max(1, Number(e.target.value) || 1)))}
          />
        </label>
        <button
          type="button"
          className="primary"
          data-testid="reproduce-run"
          disabled={busy || !profileId || !picked.length}
          onClick={() => void start()}
        >
          {busy ? t('ui.reproduce.running') : t('ui.reproduce.run')}
        </button>
        {busy && mine?.id && (
          <button type="button" onClick={() => void bridge.cancelReproduce({ reproduceId: mine.id! })}>
            {t('ui.reproduce.cancel')}
          </button>
        )}
        {!profileId && <span className="warn-text small">{t('ui.reproduce.needProfile')}</span>}
      </div>
      {askReboot && !busy && (
        <div className="banner warn" role="alertdialog" aria-labelledby="reboot-ask" data-testid="reboot-ask">
          <p id="reboot-ask">{t('ui.reproduce.rebootAsk', { serial })}</p>
          <button type="button" className="primary" data-testid="reboot-yes" onClick={() => void start(true)}>
            {t('ui.reproduce.rebootYes')}
          </button>{' '}
          <button type="button" onClick={() => setAskReboot(false)}>
            {t('ui.reproduce.rebootNo')}
          </button>
        </div>
      )}
      {mine?.error && (
        <div className="banner error" role="alert">
          {t('ui.reproduce.failed', { message: mine.error })}
        </div>
      )}
      {mine && (
        <div className="reproduce-body">
          {routes.length > 0 && (
            <table className="reproduce-matrix" data-testid="reproduce-matrix">
              <caption>{t('ui.reproduce.matrix')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ui.reproduce.condition')}</th>
                  {routes.map((r) => (
                    <th scope="col" key={r}>
                      {r}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {conditions.map((c) => (
                  <tr key={c}>
                    <th scope="row">{c}</th>
                    {routes.map((r) => {
                      const cell = mine.cells.find((x) => x.condition === c && x.route === r);
                      return (
                        <td key={r} data-testid="reproduce-cell" data-condition={c} data-route={r}>
                          {cell ? (
                            <span
                              className={`badge status-${CELL_CLASS[cell.status]}`}
                              data-status={cell.status}
                              title={cell.explanation.map((x) => tt(x)).join(' ')}
                            >
                              {t(`reproduce.status.${cell.status}`)}
                              {cell.total > 1 ? ` ${cell.arrived}/${cell.total}` : ''}
                              {cell.maxLatencyMs !== undefined ? ` · ${cell.maxLatencyMs} ms` : ''}
                            </span>
                          ) : (
                            <span className="muted">…</span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {explained.length > 0 && (
            <div className="card">
              <h3>{t('ui.reproduce.why')}</h3>
              <ul data-testid="reproduce-why">
                {explained.map((c) => (
                  <li key={`${c.condition}/${c.route}`}>
                    <strong>
                      {c.condition} × {c.route}
                    </strong>
                    : {c.explanation.map((x) => tt(x)).join(' ')}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="card">
            <h3>{t('ui.reproduce.log')}</h3>
            <ol className="reproduce-log" data-testid="reproduce-log">
              {mine.lines.map((l, i) => (
                <li key={i}>{tt(l)}</li>
              ))}
            </ol>
          </div>
        </div>
      )}
    </section>
  );
}

const sameCell = (a: ReproduceCellView, b: ReproduceCellView) => a.condition === b.condition && a.route === b.route;
