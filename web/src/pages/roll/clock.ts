import { CENTRE_TIME_ZONE, type Language } from '../../i18n/index.ts';

const LOCALES: Record<Language, string> = { es: 'es-EC', en: 'en-GB' };

/** A time of day to the second, on the centres' clock ("actualizado 13:09:45"). */
export function formatClock(language: Language, iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: CENTRE_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** A person's name as lists show it: family names first. */
export function fullName(person: { givenNames: string; familyNames: string }): string {
  return `${person.familyNames}, ${person.givenNames}`;
}
