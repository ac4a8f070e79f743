import { useApp, useActions } from '../hooks';
import { setLanguage, useText } from '../i18n';
import type { Language } from '../../../shared/i18n';

export function TopBar() {
  const { t, language } = useText();
  const connection = useApp((s) => s.connection);
  const info = useApp((s) => s.info);
  const view = useApp((s) => s.view);
  const { setView } = useActions();
  return (
    <header className="topbar">
      <div className="brand">
        <span className="logo" aria-hidden="true">
          ◉
        </span>
        <span className="name">Push Doctor</span>
        <span className="tagline">{t('ui.tagline')}</span>
      </div>
      <div className="topbar-right">
        <button
          type="button"
          className={`link ${view === 'profiles' ? 'active' : ''}`}
          onClick={() => setView(view === 'profiles' ? 'checklist' : 'profiles')}
        >
          {t('ui.tabs.profiles')}
        </button>
        <span className={`conn conn-${connection}`} role="status" aria-live="polite">
          {t(`ui.connection.${connection}`)}
          {info ? ` · v${info.version}` : ''}
        </span>
        <label className="lang">
          <span className="sr-only">{t('ui.language')}</span>
          <select
            data-testid="language-switch"
            aria-label={t('ui.language')}
            value={language.startsWith('zh') ? 'zh-CN' : 'en'}
            onChange={(e) => setLanguage(e.target.value as Language)}
          >
            <option value="en">English</option>
            <option value="zh-CN">简体中文</option>
          </select>
        </label>
      </div>
    </header>
  );
}
