// Texts in English and Simplified Chinese, shared by the core (reports, CLI) and the renderer.
// Each domain keeps its own resource file so that parts of the product can grow their texts
// without touching one another's; this file merges them into one i18next namespace.
import i18next, { type i18n as I18n } from 'i18next';
import type { Text } from '../types';
import { common } from './common';
import { detect } from './detect';
import { check } from './check';
import { logs } from './logs';
import { manifest } from './manifest';
import { push } from './push';
import { reproduce } from './reproduce';
import { ui } from './ui';
import { snapshot } from './snapshot';
import { reproduceUi } from './reproduce-ui';
import { watchUi } from './watch-ui';

export type Language = 'en' | 'zh-CN';
export const LANGUAGES: Language[] = ['en', 'zh-CN'];

export interface Resources {
  en: Record<string, unknown>;
  'zh-CN': Record<string, unknown>;
}

const domains: Resources[] = [
  common,
  detect,
  check,
  logs,
  manifest,
  push,
  reproduce,
  ui,
  snapshot,
  reproduceUi,
  watchUi,
];

/** Registers a domain's texts. Domains call this at import time. */
export function addTexts(resources: Resources): void {
  domains.push(resources);
  for (const instance of instances) {
    for (const lng of LANGUAGES) instance.addResourceBundle(lng, 'translation', resources[lng], true, true);
  }
}

const instances: I18n[] = [];

export function mergedResources(): Record<Language, { translation: Record<string, unknown> }> {
  const out = { en: { translation: {} }, 'zh-CN': { translation: {} } } as Record<
    Language,
    { translation: Record<string, unknown> }
  >;
  for (const d of domains) {
    for (const lng of LANGUAGES) deepMerge(out[lng].translation, d[lng]);
  }
  return out;
}

function deepMerge(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(source)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const t = (target[k] ??= {}) as Record<string, unknown>;
      deepMerge(t, v as Record<string, unknown>);
    } else {
      target[k] = v;
    }
  }
}

/** A fresh, synchronously initialised i18next instance. */
export function createI18n(language: Language = 'en'): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: mergedResources(),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  instances.push(instance);
  return instance;
}

/** Picks the supported language closest to a locale string such as `zh_CN.UTF-8` or `zh-Hans`. */
export function pickLanguage(locale: string | undefined | null): Language {
  if (!locale) return 'en';
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

export function translate(i18n: I18n, text: Text | undefined): string {
  if (!text) return '';
  return i18n.t(text.key, { ...(text.params ?? {}), defaultValue: text.key }) as string;
}
