import type { App } from 'vue';
import { createI18n } from 'vue-i18n';
import zhCN, { type Messages } from '../locales/zh-CN';

export function createPortalI18n() {
  return createI18n<[Messages], 'zh-CN', false>({
    legacy: false,
    locale: 'zh-CN',
    messages: { 'zh-CN': zhCN },
  });
}

export function install(app: App, i18n = createPortalI18n()): void {
  app.use(i18n);
}
