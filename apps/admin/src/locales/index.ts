import zhCN, { type Messages } from './zh-CN';
import en from './en';

export const LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'zh-CN';

export const messages: Record<AppLocale, Messages> = { 'zh-CN': zhCN, en };

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export type { Messages };
