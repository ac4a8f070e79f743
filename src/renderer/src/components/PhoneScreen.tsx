import { useState } from 'react';
import { useApp } from '../hooks';
import { useText } from '../i18n';

/**
 * The phone's screen beside the checklist, refreshed on demand: for the checks by hand, the
 * support engineer sees the vendor screen the tool just opened (autostart, battery) without the
 * phone in hand.
 */
export function PhoneScreen() {
  const { t } = useText();
  const serial = useApp((s) => s.selected);
  const bridge = useApp((s) => s.bridge);
  const manual = useApp((s) => s.runs[s.activeRun[s.selected ?? ''] ?? '']?.steps.some((x) => x.status === 'manual'));
  const [shot, setShot] = useState<{ serial: string; png: string; takenAt: string } | undefined>();
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  if (!serial) return null;
  const current = shot?.serial === serial ? shot : undefined;
  const refresh = async () => {
    setState({ busy: true });
    try {
      const r = await bridge.screenshot({ serial });
      setShot({ serial, ...r });
      setState({ busy: false });
    } catch (err) {
      setState({ busy: false, error: (err as Error).message });
    }
  };
  return (
    <div className="card phone-screen" data-testid="phone-screen">
      <h3>{t('ui.screen.title')}</h3>
      {manual && !current && <p className="muted small">{t('ui.screen.hint')}</p>}
      {current && (
        <figure>
          <img
            src={`data:image/png;base64,${current.png}`}
            alt={t('ui.screen.alt', { time: new Date(current.takenAt).toLocaleTimeString() })}
            data-testid="phone-screen-image"
          />
          <figcaption className="muted small">
            {t('ui.screen.taken', { time: new Date(current.takenAt).toLocaleTimeString() })}
          </figcaption>
        </figure>
      )}
      {state.error && <p className="warn-text small">{state.error}</p>}
      <button type="button" onClick={() => void refresh()} disabled={state.busy} data-testid="phone-screen-refresh">
        {current ? t('ui.screen.refresh') : t('ui.screen.show')}
      </button>
    </div>
  );
}
