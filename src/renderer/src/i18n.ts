// react-i18next over the shared texts; the language follows the system and can be switched.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { mergedResources, pickLanguage, type Language } from '../../shared/i18n';
import type { Text } from '../../shared/types';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: pickLanguage(
    typeof navigator !== 'undefined' ? (localStorage.getItem('pd.language') ?? navigator.language) : 'en',
  ),
  fallbackLng: 'en',
  resources: mergedResources(),
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function setLanguage(lng: Language): void {
  localStorage.setItem('pd.language', lng);
  void i18n.changeLanguage(lng);
  document.documentElement.lang = lng;
}

/** Translates the core's Text values (key + params). */
export function useText() {
  const { t, i18n: inst } = useTranslation();
  return {
    t,
    tt: (x?: Text) => (x ? (t(x.key, { ...(x.params ?? {}), defaultValue: x.key }) as string) : ''),
    language: inst.language as Language,
  };
}
