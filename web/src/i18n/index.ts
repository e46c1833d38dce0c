import { createContext, useContext } from 'react';
import { formatInstant, NATIONAL_TIME_ZONE } from '../time.ts';
import { adminEn } from './admin.en.ts';
import { adminEs, type AdminMessageKey } from './admin.es.ts';
import { deathsEn } from './deaths.en.ts';
import { deathsEs, type DeathsMessageKey } from './deaths.es.ts';
import { emergencyScaleEn } from './emergency-scale.en.ts';
import { emergencyScaleEs, type EmergencyScaleMessageKey } from './emergency-scale.es.ts';
import { en } from './en.ts';
import { es, type MessageKey as MainMessageKey } from './es.ts';
import { incidentsEn } from './incidents.en.ts';
import { incidentsEs, type IncidentsMessageKey } from './incidents.es.ts';
import { housingEn } from './housing.en.ts';
import { housingEs, type HousingMessageKey } from './housing.es.ts';
import { listsEn } from './lists.en.ts';
import { listsEs, type ListsMessageKey } from './lists.es.ts';
import { movementsEn } from './movements.en.ts';
import { movementsEs, type MovementsMessageKey } from './movements.es.ts';
import { peopleEn } from './people.en.ts';
import { peopleEs, type PeopleMessageKey } from './people.es.ts';
import { rollEn } from './roll.en.ts';
import { rollEs, type RollMessageKey } from './roll.es.ts';
import { seizuresEn } from './seizures.en.ts';
import { seizuresEs, type SeizuresMessageKey } from './seizures.es.ts';
import { startEn } from './start.en.ts';
import { statsEn } from './stats.en.ts';
import { statsEs, type StatsMessageKey } from './stats.es.ts';
import { warningEn } from './warning.en.ts';
import { warningEs, type WarningMessageKey } from './warning.es.ts';
import { startEs, type StartMessageKey } from './start.es.ts';

export type MessageKey = MainMessageKey | RollMessageKey | HousingMessageKey | ListsMessageKey | AdminMessageKey | StartMessageKey | MovementsMessageKey | PeopleMessageKey | EmergencyScaleMessageKey | IncidentsMessageKey | DeathsMessageKey | SeizuresMessageKey | WarningMessageKey | StatsMessageKey;

/** The languages of the interface, Spanish first. */
export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const CATALOGUES: Record<Language, Record<MessageKey, string>> = {
  es: { ...es, ...rollEs, ...housingEs, ...listsEs, ...adminEs, ...startEs, ...movementsEs, ...peopleEs, ...emergencyScaleEs, ...incidentsEs, ...deathsEs, ...seizuresEs, ...warningEs, ...statsEs },
  en: { ...en, ...rollEn, ...housingEn, ...listsEn, ...adminEn, ...startEn, ...movementsEn, ...peopleEn, ...emergencyScaleEn, ...incidentsEn, ...deathsEn, ...seizuresEn, ...warningEn, ...statsEn },
};
/** Locales for dates and numbers: Ecuadorian Spanish; English with day-month order and a 24-hour clock. */
const LOCALES: Record<Language, string> = { es: 'es-EC', en: 'en-GB' };
const STORAGE_KEY = 'custodia.language';

/**
 * The national time zone (mainland Ecuador, UTC−5).
 * @deprecated A centre's times are in its own zone (`Centre.timezone`, `useCentreZone`); see time.ts.
 */
export const CENTRE_TIME_ZONE = NATIONAL_TIME_ZONE;

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
  return key in CATALOGUES.es;
}

/** Every key that starts with `prefix` (the audit actions' words: `auditAction.`). */
export function messageKeysStartingWith(prefix: string): MessageKey[] {
  return (Object.keys(CATALOGUES.es) as MessageKey[]).filter((key) => key.startsWith(prefix));
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
  /**
   * A message about a number of things: `key.one` when there is one (and the catalogue has
   * it), else `key`; `{count}` is the number, formatted.
   */
  tn: (key: MessageKey, count: number, params?: Params) => string;
  /** Changes the language (and remembers it for the user when logged in). */
  setLanguage: (language: Language) => void;
  /** An instant with seconds (audit records), on the clock of `timeZone` (a centre's; the national zone when not given). */
  formatDateTime: (iso: string, timeZone?: string) => string;
  /** An instant to the minute (admissions, movements), on the clock of `timeZone`. */
  formatWhen: (iso: string, timeZone?: string) => string;
  formatTime: (iso: string, timeZone?: string) => string;
  /** The day of an instant, on the clock of `timeZone`. */
  formatDay: (iso: string, timeZone?: string) => string;
  /** A calendar date (YYYY-MM-DD): no time zone applies. */
  formatDate: (isoDate: string) => string;
  formatNumber: (n: number) => string;
  /** A ratio as a whole percentage (1.12 → 112 %). */
  formatPercent: (ratio: number) => string;
}

export function makeI18n(language: Language, setLanguage: (language: Language) => void): I18n {
  // Full year and a 24-hour clock: records must not be ambiguous.
  const dayParts = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;
  const locale = LOCALES[language];
  // Calendar dates are read as midnight UTC and shown in UTC, so that no zone moves them a day.
  const date = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...dayParts });
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const t = translator(language);
  return {
    language,
    t,
    tn: (key, count, params = {}) => {
      const one = `${key}.one`;
      return t(count === 1 && hasMessage(one) ? one : key, { ...params, count: number.format(count) });
    },
    setLanguage,
    formatDateTime: (iso, timeZone) => formatInstant(iso, { timeZone, language, style: 'seconds' }),
    formatWhen: (iso, timeZone) => formatInstant(iso, { timeZone, language, style: 'minutes' }),
    formatTime: (iso, timeZone) => formatInstant(iso, { timeZone, language, style: 'time' }),
    formatDay: (iso, timeZone) => formatInstant(iso, { timeZone, language, style: 'day' }),
    formatDate: (isoDate) => date.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    formatNumber: (n) => number.format(n),
    formatPercent: (ratio) => percent.format(ratio),
  };
}

export const I18nContext = createContext<I18n>(makeI18n('es', () => {}));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
