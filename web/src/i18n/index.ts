import { createContext, useContext } from 'react';
import { en } from './en.ts';
import { es, type MessageKey, type Messages } from './es.ts';

export type { MessageKey } from './es.ts';

/** The languages of the interface, Spanish first. */
export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const CATALOGUES: Record<Language, Messages> = { es, en };
/** Locales for dates and numbers: Ecuadorian Spanish; English with day-month order and a 24-hour clock. */
const LOCALES: Record<Language, string> = { es: 'es-EC', en: 'en-GB' };
const STORAGE_KEY = 'custodia.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  return (key, params = {}) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Whether the catalogue has this key (for codes that come from the server, such as audit actions). */
export function hasMessage(key: string): key is MessageKey {
  return key in es;
}

/** The language chosen on this browser before logging in; Spanish when none was chosen. */
export function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'es';
  } catch {
    return 'es';
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be disabled; the language then lasts for this page only.
  }
}

export interface I18n {
  language: Language;
  t: Translate;
  /** Changes the language (and remembers it for the user when logged in). */
  setLanguage: (language: Language) => void;
  formatDateTime: (iso: string) => string;
  formatTime: (iso: string) => string;
}

export function makeI18n(language: Language, setLanguage: (language: Language) => void): I18n {
  // Full year and a 24-hour clock: records must not be ambiguous.
  const dateTime = new Intl.DateTimeFormat(LOCALES[language], {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const time = new Intl.DateTimeFormat(LOCALES[language], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return {
    language,
    t: translator(language),
    setLanguage,
    formatDateTime: (iso) => dateTime.format(new Date(iso)),
    formatTime: (iso) => time.format(new Date(iso)),
  };
}

export const I18nContext = createContext<I18n>(makeI18n('es', () => {}));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
