import { useApp, useActions } from '../hooks';
import { useText } from '../i18n';
import { ServerSettings } from './ServerSettings';
import { SnapshotChip, SnapshotOpener } from './SnapshotTools';

export function DeviceList() {
  const devices = useApp((s) => s.devices);
  const selected = useApp((s) => s.selected);
  const servers = useApp((s) => s.servers);
  const { select } = useActions();
  const { t, tt } = useText();
  const down = Object.entries(servers).filter(([, v]) => v.status === 'down');
  return (
    <nav className="devices" aria-label={t('ui.devices.title')}>
      <h2>{t('ui.devices.title')}</h2>
      {down.map(([server, v]) => (
        <div key={server} className="banner warn small" role="status">
          {t('ui.devices.serverDown', { server, message: v.message ?? '' })}
        </div>
      ))}
      {devices.length === 0 && (
        <div className="empty">
          <p>{t('ui.devices.none')}</p>
          <p className="hint">{t('ui.devices.noneHint')}</p>
        </div>
      )}
      <ul role="listbox" aria-label={t('ui.devices.title')}>
        {devices.map((d) => (
          <li
            key={`${d.server}/${d.serial}`}
            role="option"
            aria-selected={selected === d.serial}
            tabIndex={0}
            data-testid="device-row"
            data-serial={d.serial}
            data-state={d.state}
            className={`device ${selected === d.serial ? 'selected' : ''}`}
            onClick={() => select(d.serial)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                select(d.serial);
              }
            }}
          >
            <div className="device-line">
              <span className={`dot state-${d.state.replace(' ', '-')}`} aria-hidden="true" />
              <span className="model">{deviceName(d)}</span>
              {d.virtual && (
                <span className="chip virtual" title={t('ui.devices.virtualHint')}>
                  {t('ui.devices.virtual')}
                </span>
              )}
              <SnapshotChip device={d} />
              {d.pushChannel && (
                <span className={`chip ch-${d.pushChannel}`}>
                  {t('ui.devices.channel', { channel: d.pushChannel })}
                </span>
              )}
            </div>
            <div className="device-sub">
              <span>{t(`state.${d.state}`, { defaultValue: d.state })}</span>
              {/* Stock Android's "ROM" is Android itself: shown once, below. */}
              {d.rom && d.rom.name !== 'Android' && <span>{`${d.rom.name} ${d.rom.version}`.trim()}</span>}
              {d.android && <span>Android {d.android.release}</span>}
            </div>
            <div className="device-sub mono">
              {d.snapshot ? `${d.snapshot.fileName} · ${d.snapshot.serial}` : d.serial}
            </div>
            {Object.keys(servers).length > 1 && !d.snapshot && (
              <div className="device-sub">{t('ui.devices.onServer', { server: d.server })}</div>
            )}
            {d.hint && <div className="device-hint">{tt(d.hint)}</div>}
          </li>
        ))}
      </ul>
      <SnapshotOpener />
      <ServerSettings />
    </nav>
  );
}

/** "HUAWEI P30 (ELE-AL00)" when the market name is known, else brand and model code, else the serial. */
export function deviceName(d: { brand?: string; model?: string; marketName?: string; serial: string }): string {
  if (d.marketName) return `${d.marketName} (${d.model})`;
  return d.model ? `${d.brand ?? ''} ${d.model}`.trim() : d.serial;
}
