import { useState } from 'react';
import { useApp, useActions } from '../hooks';
import { useText } from '../i18n';
import { stepData } from '../../../shared/types';

export function TokenPanel() {
  const { t } = useText();
  const runId = useApp((s) => s.activeRun[s.selected ?? '']);
  const token = useApp((s) =>
    runId
      ? (s.runs[runId]?.token ??
        stepData(
          s.runs[runId]?.steps.find((x) => x.id === 'push.token'),
          'push.token',
        )?.token)
      : undefined,
  );
  const revealed = useApp((s) => (runId ? s.revealed[runId] : undefined));
  const { reveal } = useActions();
  const [shown, setShown] = useState(false);
  const [copied, setCopied] = useState(false);
  const value = shown && revealed ? revealed : token?.token;
  return (
    <aside className="card token-panel" aria-labelledby="token-title">
      <h3 id="token-title">{t('ui.token.title')}</h3>
      {!token ? (
        <p className="muted">{t('ui.token.none')}</p>
      ) : (
        <>
          <p className="muted">{t('ui.token.vendor', { vendor: token.vendor, source: token.source })}</p>
          <code className="token" data-testid="token-value" data-masked={!(shown && revealed)}>
            {value}
          </code>
          {!token.shapeOk && <p className="warn-text">{t('ui.token.odd')}</p>}
          <div className="row">
            <button
              type="button"
              onClick={async () => {
                if (!shown && !revealed && runId) await reveal(runId);
                setShown(!shown);
              }}
            >
              {shown ? t('ui.token.hide') : t('ui.token.reveal')}
            </button>
            <button
              type="button"
              onClick={async () => {
                if (!revealed && runId) await reveal(runId);
                const clear = (runId && (await Promise.resolve(revealed))) || value || '';
                await navigator.clipboard?.writeText(clear).catch(() => undefined);
                setCopied(true);
                setTimeout(() => setCopied(false), 1500);
              }}
            >
              {copied ? t('ui.token.copied') : t('ui.token.copy')}
            </button>
          </div>
        </>
      )}
    </aside>
  );
}
