import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n';
import { detectBridge } from './bridge';
import { createAppStore, type AppStore } from './store';
import { StoreContext } from './hooks';
import { App } from './components/App';
import './styles.css';

// eslint-disable-next-line prefer-const -- the bridge's callback reads it before it is assigned
let store: AppStore | undefined;
const bridge = detectBridge((connection) => store?.setState({ connection }));
store = createAppStore(bridge);
document.documentElement.lang = i18n.language;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </I18nextProvider>
  </StrictMode>,
);
