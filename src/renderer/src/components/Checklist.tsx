import { useEffect, useRef, useState } from 'react';
import { useApp, useActions } from '../hooks';
import { useText } from '../i18n';
import { StatusBadge } from './Status';
import { STEP_IDS, type StepResult, type Text } from '../../../shared/types';

type StepProgress = { label: Text; deadline?: string };

/** The live line of a running step: what it waits for and a countdown to its limit. */
function Countdown({ progress }: { progress: StepProgress }) {
  const { t, tt } = useText();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!progress.deadline) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [progress.deadline]);
  const deadline = progress.deadline ? Date.parse(progress.deadline) : NaN;
  const left = Number.isFinite(deadline) ? Math.max(0, Math.ceil((deadline - now) / 1000)) : null;
  return (
    <p className="step-summary step-progress" data-testid="step-countdown" aria-live="off">
      {tt(progress.label)}
      {left !== null && <span className="muted"> — {t('ui.checklist.left', { seconds: left })}</span>}
    </p>
  );
}

/** Records what the user found on the phone for a check by hand (done / not done, a note). */
function ManualAnswer({ step }: { step: StepResult }) {
  const { t } = useText();
  const { recordManualCheck } = useActions();
  const [note, setNote] = useState(step.answer?.note ?? '');
  const [editing, setEditing] = useState(!step.answer);
  const [busy, setBusy] = useState(false);
  useEffect(() => setEditing(!step.answer), [step.answer]);
  if (step.answer && !editing)
    return (
      <div className="manual-answer" data-testid="manual-answer">
        <span>
          {t('ui.checklist.answered', {
            answer: `${t(step.answer.done ? 'ui.checklist.answerDone' : 'ui.checklist.answerNotDone')}${step.answer.note ? ` — ${step.answer.note}` : ''}`,
          })}
        </span>{' '}
        <button type="button" className="link" onClick={() => setEditing(true)}>
          {t('ui.checklist.change')}
        </button>
      </div>
    );
  const answer = async (done: boolean) => {
    setBusy(true);
    if (await recordManualCheck(step.id, done, note)) setEditing(false);
    setBusy(false);
  };
  const noteId = `manual-note-${step.id.replace('.', '-')}`;
  return (
    <fieldset className="manual-answer" data-testid="manual-form" disabled={busy}>
      <legend>{t('ui.checklist.manualAsk')}</legend>
      <label htmlFor={noteId}>{t('ui.checklist.manualNote')}</label>
      <input id={noteId} type="text" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="button" onClick={() => void answer(true)}>
        {t('ui.checklist.manualDone')}
      </button>
      <button type="button" onClick={() => void answer(false)}>
        {t('ui.checklist.manualNotDone')}
      </button>
    </fieldset>
  );
}

function StepRow({ step, index, progress }: { step: StepResult; index: number; progress?: StepProgress }) {
  const { t, tt } = useText();
  const { rerun, runAction, focused } = useActions();
  const focusHere = useApp((s) => s.focusOnOpen === step.id);
  const row = useRef<HTMLLIElement>(null);
  // Opened from a matrix cell: the focus lands on this step's row.
  useEffect(() => {
    if (!focusHere) return;
    row.current?.scrollIntoView({ block: 'center' });
    row.current?.focus();
    focused();
  }, [focusHere, focused]);
  const [open, setOpen] = useState(step.status === 'fail' || step.status === 'warn' || step.status === 'manual');
  const [actionOutput, setActionOutput] = useState<string | null>(null);
  // Between "Run again" and the step's first event, the old outcome shows greyed as the previous run.
  const [previous, setPrevious] = useState(false);
  // A step that ends in fail, warn or a check by hand opens by itself: what to do is the point.
  useEffect(() => {
    setPrevious(false);
    if (step.status === 'running') setActionOutput(null);
    if (step.status === 'fail' || step.status === 'warn' || step.status === 'manual') setOpen(true);
  }, [step.status, step.durationMs]);
  const detailsId = `step-details-${step.id.replace('.', '-')}`;
  const final = step.status !== 'pending' && step.status !== 'running';
  const manual = step.status === 'manual' || !!step.answer;
  const hasDetails =
    final && (step.evidence.length > 0 || step.remediation.length > 0 || step.actions.length > 0 || manual);
  const again = async () => {
    setPrevious(true);
    await rerun(step.id);
  };
  return (
    <li
      ref={row}
      tabIndex={-1}
      className={`step step-${step.status}${previous ? ' step-previous' : ''}`}
      style={previous ? { opacity: 0.55 } : undefined}
      data-testid="checklist-step"
      data-step-id={step.id}
      data-status={step.status}
      data-previous={previous ? 'true' : undefined}
    >
      <div className="step-rail" aria-hidden="true">
        <span className="step-num">{index + 1}</span>
      </div>
      <div className="step-body">
        <div className="step-head">
          <button
            type="button"
            className="step-title"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen(!open)}
            disabled={!hasDetails}
          >
            <span>{tt(step.title)}</span>
            <span className="step-id mono">{step.id}</span>
          </button>
          <StatusBadge status={step.status} />
        </div>
        {previous && <p className="muted small">{t('ui.checklist.previous')}</p>}
        {step.status === 'running'
          ? progress && <Countdown progress={progress} />
          : step.summary && <p className="step-summary">{tt(step.summary)}</p>}
        {open && hasDetails && (
          <div id={detailsId} className="step-details">
            {manual && <ManualAnswer step={step} />}
            {step.remediation.length > 0 && (
              <div className="remedy">
                <h4>{t('ui.checklist.whatToDo')}</h4>
                <ul>
                  {step.remediation.map((r, i) => (
                    <li key={i}>{tt(r)}</li>
                  ))}
                </ul>
              </div>
            )}
            {step.actions.length > 0 && (
              <div className="step-actions">
                {step.actions.map((a) => (
                  <button
                    key={a.id}
                    type="button"
                    onClick={async () => {
                      if (a.kind === 'rerun-step') await again();
                      else setActionOutput(await runAction(a.id));
                    }}
                  >
                    {tt(a.label)}
                  </button>
                ))}
              </div>
            )}
            {actionOutput !== null && <pre className="evidence-text small">{actionOutput}</pre>}
            {step.evidence.map((e, i) => (
              <details key={i} className="evidence">
                <summary>
                  {t('ui.checklist.evidence')}: <span className="mono">{e.source}</span>
                </summary>
                <pre className="evidence-text">{e.excerpt}</pre>
              </details>
            ))}
            {final && (
              <div className="step-foot">
                <span className="muted">{t('ui.checklist.duration', { ms: step.durationMs })}</span>
                <button type="button" className="link" onClick={() => void again()}>
                  {t('ui.checklist.rerun')}
                </button>
              </div>
            )}
          </div>
        )}
      </div>
    </li>
  );
}

export function Checklist() {
  const { t } = useText();
  const run = useApp((s) => s.runs[s.activeRun[s.selected ?? ''] ?? '']);
  if (!run) return <div className="empty card">{t('ui.checklist.empty')}</div>;
  const steps = STEP_IDS.map((id) => run.steps.find((s) => s.id === id)).filter((s): s is StepResult => !!s);
  const count = (st: string) => steps.filter((s) => s.status === st).length;
  return (
    <div className="checklist card">
      <div className="checklist-summary" role="status" aria-live="polite">
        {t('ui.checklist.summary', {
          pass: count('pass'),
          warn: count('warn'),
          fail: count('fail'),
          manual: count('manual'),
        })}
      </div>
      <ol className="stepper" aria-label={t('ui.tabs.checklist')}>
        {steps.map((s, i) => (
          <StepRow key={s.id} step={s} index={i} progress={run.progress?.[s.id]} />
        ))}
      </ol>
    </div>
  );
}
