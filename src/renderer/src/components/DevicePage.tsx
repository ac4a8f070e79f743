import { useEffect } from 'react';
import { useApp, useActions } from '../hooks';
import { useText } from '../i18n';
import { Checklist } from './Checklist';
import { TokenPanel } from './TokenPanel';
import { PhoneScreen } from './PhoneScreen';
import { PushPanel } from './PushPanel';
import { LogcatViewer } from './LogcatViewer';
import { ReportPanel } from './ReportPanel';
import { ReproducePanel } from './ReproducePanel';
import { WatchPanel } from './WatchPanel';
import { deviceName } from './DeviceList';
import { SnapshotActions, SnapshotChip } from './SnapshotTools';
import { isPackageName } from '../../../shared/validate';

const TABS = ['checklist', 'push', 'logcat', 'reproduce', 'watch', 'report'] as const;

export function DevicePage() {
  const { t } = useText();
  const selected = useApp((s) => s.selected);
  const device = useApp((s) => s.devices.find((d) => d.serial === s.selected));
  const view = useApp((s) => s.view);
  const pkg = useApp((s) => s.pkg);
  const profileId = useApp((s) => s.profileId);
  const profiles = useApp((s) => s.profiles);
  const running = useApp((s) => {
    const id = s.activeRun[s.selected ?? ''];
    return id ? !s.runs[id]?.done : false;
  });
  const { setView, setPackage, setProfile, runDiagnosis, focused } = useActions();
  const focusTitle = useApp((s) => s.focusOnOpen === 'title');
  // Opened from a matrix heading: the focus lands on the phone's name, not the top of the page.
  useEffect(() => {
    if (!focusTitle) return;
    document.getElementById('device-title')?.focus();
    focused();
  }, [focusTitle, focused]);
  if (!selected || !device) return <div className="empty center">{t('ui.device.pick')}</div>;
  const usable = device.state === 'device';
  const pkgOk = isPackageName(pkg);
  return (
    <section className="device-page" aria-labelledby="device-title">
      <div className="device-head">
        <div>
          <h1 id="device-title" tabIndex={-1}>
            {deviceName(device)}
            {device.virtual && (
              <span className="chip virtual" title={t('ui.devices.virtualHint')}>
                {t('ui.devices.virtual')}
              </span>
            )}
            <SnapshotChip device={device} />
          </h1>
          <div className="device-meta">
            {device.rom && device.rom.name !== 'Android' && (
              <span>{`${device.rom.name} ${device.rom.version}`.trim()}</span>
            )}
            {device.android && (
              <span>{t('ui.device.android', { release: device.android.release, sdk: device.android.sdk })}</span>
            )}
            {device.pushChannel && (
              <span className={`chip ch-${device.pushChannel}`}>
                {t('ui.devices.channel', { channel: device.pushChannel })}
              </span>
            )}
            <span className="mono">{device.serial}</span>
          </div>
          <SnapshotActions device={device} />
        </div>
        <form
          className="run-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!running) void runDiagnosis();
          }}
        >
          <label>
            <span>{t('ui.device.package')}</span>
            <input
              value={pkg}
              onChange={(e) => setPackage(e.target.value.trim())}
              aria-invalid={!pkgOk}
              spellCheck={false}
            />
          </label>
          <label>
            <span>{t('ui.device.profile')}</span>
            <select value={profileId ?? ''} onChange={(e) => setProfile(e.target.value || undefined)}>
              <option value="">{t('ui.device.noProfile')}</option>
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.id} ({p.package})
                </option>
              ))}
            </select>
          </label>
          {/* Not disabled while running: a disabled button drops the focus to the top of the page. */}
          <button
            type="submit"
            className="primary"
            data-testid="run-diagnosis"
            disabled={!usable || !pkgOk}
            aria-disabled={running}
          >
            {running ? t('ui.device.running') : t('ui.device.run')}
          </button>
        </form>
      </div>
      {!usable && (
        <div className="banner warn">
          {t('ui.device.notReady', { state: t(`state.${device.state}`, { defaultValue: device.state }) })}
        </div>
      )}
      <div className="tabs" role="tablist" aria-label="views">
        {TABS.map((tab) => (
          <button
            key={tab}
            role="tab"
            id={`tab-${tab}`}
            aria-selected={view === tab}
            aria-controls={`panel-${tab}`}
            tabIndex={view === tab ? 0 : -1}
            className={view === tab ? 'active' : ''}
            onClick={() => setView(tab)}
            onKeyDown={(e) => {
              // WAI-ARIA tabs: arrows, Home and End select a tab and move the focus with it.
              const i = TABS.indexOf(tab);
              const next = {
                ArrowRight: TABS[(i + 1) % TABS.length],
                ArrowLeft: TABS[(i + TABS.length - 1) % TABS.length],
                Home: TABS[0],
                End: TABS[TABS.length - 1],
              }[e.key];
              if (!next) return;
              e.preventDefault();
              setView(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {t(`ui.tabs.${tab}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} className="panel" tabIndex={0}>
        {view === 'checklist' && (
          <div className="checklist-layout">
            <Checklist />
            <div className="side-cards">
              <TokenPanel />
              <PhoneScreen />
            </div>
          </div>
        )}
        {view === 'push' && <PushPanel />}
        {view === 'logcat' && <LogcatViewer />}
        {view === 'reproduce' && <ReproducePanel />}
        {view === 'watch' && <WatchPanel />}
        {view === 'report' && <ReportPanel />}
      </div>
    </section>
  );
}
