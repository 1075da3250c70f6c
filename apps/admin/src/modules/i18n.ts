import type { App } from 'vue';
import { createI18n } from 'vue-i18n';
import { DEFAULT_LOCALE, isAppLocale, messages, type AppLocale, type Messages } from '../locales';

const STORAGE_KEY = 'huimin.admin.locale';

export function storedLocale(): AppLocale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isAppLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    // Storage can be blocked by browser policy; Chinese is the right default then.
    return DEFAULT_LOCALE;
  }
}

export function rememberLocale(locale: AppLocale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering the choice is acceptable; the page still switches.
  }
  document.documentElement.lang = locale;
}

export function createAppI18n(locale: AppLocale = DEFAULT_LOCALE) {
  return createI18n<[Messages], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages,
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

export function install(app: App, i18n: AppI18n = createAppI18n(storedLocale())): void {
  document.documentElement.lang = i18n.global.locale.value;
  app.use(i18n);
}
