import { useApp, useActions } from '../hooks';
import { useText } from '../i18n';
import { ServerSettings } from './ServerSettings';
import { SnapshotChip, SnapshotOpener } from './SnapshotTools';

export function DeviceList() {
  const devices = useApp((s) => s.devices);
  const selected = useApp((s) => s.selected);
  const servers = useApp((s) => s.servers);
  const multiMode = useApp((s) => s.multiMode);
  const multi = useApp((s) => s.multi);
  const matrix = useApp((s) => s.matrix);
  const view = useApp((s) => s.view);
  const { select, setMultiMode, toggleMulti, toggleMultiAll, runMatrix, setView } = useActions();
  const { t, tt } = useText();
  const down = Object.entries(servers).filter(([, v]) => v.status === 'down');
  const usable = devices.filter((d) => d.state === 'device');
  const picked = usable.filter((d) => multi.includes(d.serial)).length;
  const allPicked = usable.length > 0 && picked === usable.length;
  const matrixRunning = !!matrix && !matrix.done;
  // In "select several" mode a row toggles its place in the matrix run instead of opening the phone.
  const choose = (serial: string) => (multiMode ? toggleMulti(serial) : select(serial));
  return (
    <nav className="devices" aria-label={t('ui.devices.title')}>
      <div className="devices-head">
        <h2>{t('ui.devices.title')}</h2>
        {usable.length > 1 && (
          <button
            type="button"
            className="link"
            data-testid="multi-mode"
            aria-pressed={multiMode}
            title={t('ui.devices.severalHint')}
            onClick={() => setMultiMode(!multiMode)}
          >
            {multiMode ? t('ui.devices.single') : t('ui.devices.several')}
          </button>
        )}
      </div>
      {multiMode && (
        <div className="multi-bar" data-testid="multi-bar">
          <button type="button" data-testid="multi-all" aria-pressed={allPicked} onClick={toggleMultiAll}>
            {allPicked ? t('ui.devices.clear') : t('ui.devices.all')}
          </button>
          <span className="muted small" role="status">
            {t('ui.devices.picked', { count: picked })}
          </span>
          <button
            type="button"
            className="primary"
            data-testid="run-matrix"
            disabled={picked === 0}
            aria-disabled={matrixRunning}
            onClick={() => {
              if (!matrixRunning) void runMatrix();
            }}
          >
            {matrixRunning ? t('ui.device.running') : t('ui.devices.runSeveral', { count: picked })}
          </button>
        </div>
      )}
      {matrix && view !== 'matrix' && (
        <button type="button" className="link matrix-link" data-testid="show-matrix" onClick={() => setView('matrix')}>
          {t('ui.devices.showMatrix')}
        </button>
      )}
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
      <ul role="listbox" aria-label={t('ui.devices.title')} aria-multiselectable={multiMode || undefined}>
        {devices.map((d) => {
          const on = multiMode ? multi.includes(d.serial) : selected === d.serial;
          return (
            <li
              key={`${d.server}/${d.serial}`}
              role="option"
              aria-selected={on}
              aria-disabled={multiMode && d.state !== 'device' ? true : undefined}
              tabIndex={0}
              data-testid="device-row"
              data-serial={d.serial}
              data-state={d.state}
              className={`device ${on ? 'selected' : ''}${multiMode ? ' multi' : ''}`}
              onClick={() => (multiMode && d.state !== 'device' ? undefined : choose(d.serial))}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  if (!(multiMode && d.state !== 'device')) choose(d.serial);
                }
              }}
            >
              <div className="device-line">
                {multiMode && (
                  <span className={`tick ${on ? 'on' : ''}`} aria-hidden="true">
                    {on ? '✓' : ''}
                  </span>
                )}
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
          );
        })}
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
