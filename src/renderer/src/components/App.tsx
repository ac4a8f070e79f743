import { useApp, useActions } from '../hooks';
import { useText } from '../i18n';
import { TopBar } from './TopBar';
import { DeviceList } from './DeviceList';
import { DevicePage } from './DevicePage';
import { ProfileEditor } from './ProfileEditor';
import { MatrixView } from './MatrixView';

export function App() {
  const view = useApp((s) => s.view);
  const error = useApp((s) => s.error);
  const { dismissError } = useActions();
  const { t } = useText();
  return (
    <div className="app">
      <TopBar />
      {error && (
        <div className="banner error" role="alert">
          <div>
            <strong>{error.message}</strong>
            {error.hint && <div className="hint">{error.hint}</div>}
          </div>
          <button type="button" onClick={dismissError}>
            {t('ui.error.dismiss')}
          </button>
        </div>
      )}
      <div className="layout">
        <DeviceList />
        <main className="main" id="main">
          {view === 'profiles' ? <ProfileEditor /> : view === 'matrix' ? <MatrixView /> : <DevicePage />}
        </main>
      </div>
    </div>
  );
}
