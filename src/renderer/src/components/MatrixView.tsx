// Several phones diagnosed at once: phones in columns, checklist steps in rows. Each cell shows the
// step's status by colour, icon and word, its summary on hover and on focus; the grid is one tab
// stop and the arrow keys move between cells (WAI-ARIA grid). A cell or a phone's heading opens
// that phone's checklist. A phone whose run failed (unplugged mid-run) fails only its own column.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useApp, useActions } from '../hooks';
import { useText } from '../i18n';
import { STEP_IDS, type StepId, type StepStatus } from '../../../shared/types';
import type { MatrixView as Matrix, RunView } from '../store';

const ICON: Record<StepStatus, string> = {
  pending: '○',
  running: '◌',
  pass: '✓',
  warn: '!',
  fail: '✕',
  skip: '–',
  manual: '?',
};

interface Cell {
  status: StepStatus;
  summary: string;
}

export function MatrixView() {
  const { t, tt } = useText();
  const matrix = useApp((s) => s.matrix);
  const runs = useApp((s) => s.runs);
  const { openPhone, runMatrix } = useActions();
  // The one cell in the tab order: [row, column]; row 0 holds the phones' headings.
  const [pos, setPos] = useState<[number, number]>([0, 0]);
  const grid = useRef<HTMLTableElement>(null);
  if (!matrix) return <div className="empty center">{t('ui.matrix.empty')}</div>;

  const phones = matrix.phones;
  const runOf = (serial: string): RunView | undefined => runs[matrix.runIds[serial] ?? ''];
  const cell = (serial: string, id: StepId): Cell | undefined => {
    const error = matrix.errors[serial];
    if (error) return { status: 'fail', summary: t('ui.matrix.notStarted', { message: error }) };
    const run = runOf(serial);
    if (!run) return { status: 'pending', summary: t('ui.matrix.waiting') };
    const step = run.steps.find((x) => x.id === id);
    if (!step) return undefined;
    const progress = run.progress?.[id];
    const summary = step.status === 'running' && progress ? tt(progress.label) : tt(step.summary);
    return { status: step.status, summary };
  };
  // Only the steps some phone runs, in checklist order (all of them before the first run starts).
  const steps = STEP_IDS.filter(
    (id) =>
      phones.every((p) => !runOf(p.serial)) || phones.some((p) => runOf(p.serial)?.steps.some((x) => x.id === id)),
  );
  const finished = phones.filter((p) => matrix.errors[p.serial] || runOf(p.serial)?.done).length;

  const focusAt = (r: number, c: number) => {
    const row = Math.max(0, Math.min(steps.length, r));
    const col = Math.max(0, Math.min(phones.length - 1, c));
    setPos([row, col]);
    grid.current?.querySelector<HTMLElement>(`[data-pos="${row}-${col}"]`)?.focus();
  };
  const onKey = (e: KeyboardEvent, r: number, c: number) => {
    const move: Record<string, [number, number]> = {
      ArrowUp: [r - 1, c],
      ArrowDown: [r + 1, c],
      ArrowLeft: [r, c - 1],
      ArrowRight: [r, c + 1],
      Home: e.ctrlKey ? [0, 0] : [r, 0],
      End: e.ctrlKey ? [steps.length, phones.length - 1] : [r, phones.length - 1],
    };
    const to = move[e.key];
    if (!to) return;
    e.preventDefault();
    focusAt(to[0], to[1]);
  };
  const tab = (r: number, c: number) => (pos[0] === r && pos[1] === c ? 0 : -1);

  return (
    <section className="matrix-page" aria-labelledby="matrix-title">
      <div className="matrix-head">
        <div>
          <h1 id="matrix-title">{t('ui.matrix.title', { package: matrix.package, count: phones.length })}</h1>
          <p className="muted small">{t('ui.matrix.intro')}</p>
        </div>
        <div className="matrix-actions">
          <span role="status" aria-live="polite" data-testid="matrix-progress" data-done={matrix.done}>
            {matrix.done
              ? t('ui.matrix.finished', { count: phones.length })
              : t('ui.matrix.running', { done: finished, count: phones.length })}
          </span>
          <button
            type="button"
            className="primary"
            aria-disabled={!matrix.done}
            onClick={() => {
              if (matrix.done) void runMatrix();
            }}
          >
            {matrix.done ? t('ui.matrix.again') : t('ui.device.running')}
          </button>
        </div>
      </div>
      <div className="matrix-scroll card">
        <table
          className="matrix"
          role="grid"
          ref={grid}
          aria-labelledby="matrix-title"
          aria-describedby="matrix-help"
          data-testid="matrix"
        >
          <thead>
            <tr>
              <th scope="col" className="matrix-corner">
                {t('ui.matrix.step')}
              </th>
              {phones.map((p, c) => (
                <PhoneHead
                  key={p.serial}
                  phone={p}
                  matrix={matrix}
                  run={runOf(p.serial)}
                  tabIndex={tab(0, c)}
                  pos={`0-${c}`}
                  onFocus={() => setPos([0, c])}
                  onKeyDown={(e) => onKey(e, 0, c)}
                  onOpen={() => openPhone(p.serial)}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {steps.map((id, i) => {
              const r = i + 1;
              const title = t(`step.${id}.title`, { defaultValue: id });
              return (
                <tr key={id} data-step-id={id}>
                  <th scope="row" className="matrix-step">
                    <span>{title}</span>
                    <span className="step-id mono">{id}</span>
                  </th>
                  {phones.map((p, c) => {
                    const x = cell(p.serial, id);
                    const tipId = `matrix-tip-${r}-${c}`;
                    if (!x)
                      return (
                        <td key={p.serial} className="matrix-cell none">
                          <span
                            className="matrix-button"
                            data-pos={`${r}-${c}`}
                            tabIndex={tab(r, c)}
                            onFocus={() => setPos([r, c])}
                            onKeyDown={(e) => onKey(e, r, c)}
                          >
                            <span aria-hidden="true">·</span>
                          </span>
                        </td>
                      );
                    return (
                      <td
                        key={p.serial}
                        className={`matrix-cell status-${x.status}`}
                        data-testid="matrix-cell"
                        data-serial={p.serial}
                        data-step-id={id}
                        data-status={x.status}
                      >
                        <button
                          type="button"
                          className="matrix-button"
                          data-pos={`${r}-${c}`}
                          tabIndex={tab(r, c)}
                          aria-label={t('ui.matrix.cell', {
                            phone: p.label,
                            step: title,
                            status: t(`status.${x.status}`),
                          })}
                          aria-describedby={x.summary ? tipId : undefined}
                          onFocus={() => setPos([r, c])}
                          onKeyDown={(e) => onKey(e, r, c)}
                          onClick={() => openPhone(p.serial, id)}
                        >
                          <span aria-hidden="true" className={x.status === 'running' ? 'spin' : ''}>
                            {ICON[x.status]}
                          </span>
                          <span className="matrix-word" aria-hidden="true">
                            {t(`status.${x.status}`)}
                          </span>
                        </button>
                        {x.summary && (
                          <span
                            // Near the bottom and the right edge the summary opens inward, inside the scroll box.
                            className={`matrix-tip${r > steps.length - 3 ? ' up' : ''}${c === phones.length - 1 && c > 0 ? ' end' : ''}`}
                            role="tooltip"
                            id={tipId}
                          >
                            <strong>{`${p.label} — ${title}`}</strong>
                            <span>{x.summary}</span>
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p id="matrix-help" className="sr-only">
        {t('ui.matrix.intro')}
      </p>
    </section>
  );
}

function PhoneHead({
  phone,
  matrix,
  run,
  tabIndex,
  pos,
  onFocus,
  onKeyDown,
  onOpen,
}: {
  phone: Matrix['phones'][number];
  matrix: Matrix;
  run?: RunView;
  tabIndex: number;
  pos: string;
  onFocus(): void;
  onKeyDown(e: KeyboardEvent): void;
  onOpen(): void;
}) {
  const { t, tt } = useText();
  const attached = useApp((s) => s.devices.some((d) => d.serial === phone.serial && d.state === 'device'));
  const error = matrix.errors[phone.serial];
  const verdict = error ? 'fail' : run?.report?.verdict;
  const headline = error
    ? t('ui.matrix.notStarted', { message: error })
    : run?.report
      ? tt(run.report.headline) || run.report.verdict.toUpperCase()
      : '';
  return (
    <th
      scope="col"
      className={`matrix-phone ${verdict ? `verdict-${verdict}` : ''}`}
      data-testid="matrix-phone"
      data-serial={phone.serial}
      data-verdict={verdict ?? (run ? 'running' : 'pending')}
    >
      <button
        type="button"
        className="matrix-button phone"
        data-pos={pos}
        tabIndex={tabIndex}
        title={t('ui.matrix.open', { phone: phone.label })}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
        onClick={onOpen}
      >
        <span className="matrix-phone-name">{phone.label}</span>
        <span className="mono small">{phone.serial}</span>
        {!attached && <span className="matrix-gone">{t('ui.matrix.gone')}</span>}
        {headline && <span className={`matrix-verdict verdict-${verdict}`}>{headline}</span>}
      </button>
    </th>
  );
}
