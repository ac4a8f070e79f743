import { useEffect, useState } from 'react';
import { useApp, useActions } from '../hooks';
import { useText } from '../i18n';
import { StatusBadge } from './Status';
import { STEP_IDS, type StepResult } from '../../../shared/types';

function StepRow({ step, index }: { step: StepResult; index: number }) {
  const { t, tt } = useText();
  const { rerun, runAction } = useActions();
  const [open, setOpen] = useState(step.status === 'fail' || step.status === 'warn');
  const [actionOutput, setActionOutput] = useState<string | null>(null);
  // A step that ends in fail or warn opens by itself: what to do is the point.
  useEffect(() => {
    if (step.status === 'fail' || step.status === 'warn') setOpen(true);
  }, [step.status]);
  const detailsId = `step-details-${step.id.replace('.', '-')}`;
  const final = step.status !== 'pending' && step.status !== 'running';
  const hasDetails = step.evidence.length > 0 || step.remediation.length > 0 || step.actions.length > 0;
  return (
    <li className={`step step-${step.status}`} data-testid="checklist-step" data-step-id={step.id} data-status={step.status}>
      <div className="step-rail" aria-hidden="true">
        <span className="step-num">{index + 1}</span>
      </div>
      <div className="step-body">
        <div className="step-head">
          <button type="button" className="step-title" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)} disabled={!hasDetails}>
            <span>{tt(step.title)}</span>
            <span className="step-id mono">{step.id}</span>
          </button>
          <StatusBadge status={step.status} />
        </div>
        {step.summary && <p className="step-summary">{tt(step.summary)}</p>}
        {open && hasDetails && (
          <div id={detailsId} className="step-details">
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
                      if (a.kind === 'rerun-step') await rerun(step.id);
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
                <button type="button" className="link" onClick={() => rerun(step.id)}>
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
        {t('ui.checklist.summary', { pass: count('pass'), warn: count('warn'), fail: count('fail'), manual: count('manual') })}
      </div>
      <ol className="stepper" aria-label={t('ui.tabs.checklist')}>
        {steps.map((s, i) => (
          <StepRow key={s.id} step={s} index={i} />
        ))}
      </ol>
    </div>
  );
}
