import { useState } from 'react';
import { useApp, useActions } from '../hooks';
import { useText } from '../i18n';

// Same rule as the main process's schema, so a typo is caught before the round trip.
const ADDRESS = /^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/;

/** The extra adb servers (lab hosts, a device farm's server) the app tracks besides its own. */
export function ServerSettings() {
  const extra = useApp((s) => s.adbServers);
  const mayStart = useApp((s) => s.startAdbServers);
  const [startHere, setStartHere] = useState(false);
  const servers = useApp((s) => s.servers);
  const { setAdbServers } = useActions();
  const { t } = useText();
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);

  const add = async () => {
    const value = draft.trim();
    if (!ADDRESS.test(value)) {
      setInvalid(true);
      return;
    }
    // Only an address the user confirmed may get a local adb server started on it (a typo such as
    // 127.0.0.1:1 must never start a daemon on port 1).
    const start = startHere ? [...mayStart.filter((s) => s !== value), value] : mayStart.filter((s) => s !== value);
    if (await setAdbServers([...extra.filter((s) => s !== value), value], start)) {
      setDraft('');
      setStartHere(false);
    }
  };

  return (
    <details className="servers" data-testid="adb-servers">
      <summary>{t('ui.servers.title', { count: Object.keys(servers).length || 1 })}</summary>
      <ul>
        {Object.entries(servers).map(([address, v]) => (
          <li
            key={address}
            className="server-row"
            data-testid="adb-server"
            data-address={address}
            data-status={v.status}
          >
            <span className={`dot ${v.status === 'up' ? 'state-device' : 'state-offline'}`} aria-hidden="true" />
            <span className="mono">{address}</span>
            <span className="hint">{t(`ui.servers.${v.status}`)}</span>
            {mayStart.includes(address) && <span className="hint">{t('ui.servers.mayStart')}</span>}
            {extra.includes(address) && (
              <button
                type="button"
                className="link"
                aria-label={t('ui.servers.remove', { address })}
                onClick={() => void setAdbServers(extra.filter((s) => s !== address))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label htmlFor="adb-server-add">{t('ui.servers.add')}</label>
        <div className="row">
          <input
            id="adb-server-add"
            className="mono"
            placeholder="lab-3.local:5037"
            value={draft}
            aria-invalid={invalid}
            aria-describedby="adb-server-help"
            onChange={(e) => {
              setDraft(e.target.value);
              setInvalid(false);
            }}
          />
          <button type="submit">{t('ui.servers.addButton')}</button>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={startHere}
            onChange={(e) => setStartHere(e.target.checked)}
            data-testid="adb-server-may-start"
          />
          <span>{t('ui.servers.startHere')}</span>
        </label>
        <p id="adb-server-help" className={`hint ${invalid ? 'error-text' : ''}`}>
          {invalid ? t('ui.servers.invalid') : t('ui.servers.help')}
        </p>
      </form>
    </details>
  );
}
