import { useMemo } from 'react';
import { CENTRE_TIME_ZONE, useI18n, type Language } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';

const LOCALES: Record<Language, string> = { es: 'es-EC', en: 'en-GB' };

/**
 * Instants as a centre's clock shows them: records of a centre (admissions, movements, counts,
 * emergencies) are read in that centre's own time zone — Galápagos is an hour behind the
 * mainland — whatever the browser's zone.
 */
export interface CentreTime {
  /** The centre's IANA time zone. */
  zone: string;
  /** Date and time to the minute ("14/03/2025, 09:30"). */
  when: (iso: string) => string;
  /** The date of an instant. */
  day: (iso: string) => string;
  /** A time of day to the second ("actualizado 13:09:45"). */
  clock: (iso: string) => string;
}

/** The formats of one language in one time zone. */
export function centreTime(language: Language, zone: string): CentreTime {
  const locale = LOCALES[language];
  const dayParts = { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' } as const;
  const minutes = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  const when = new Intl.DateTimeFormat(locale, { ...dayParts, ...minutes });
  const day = new Intl.DateTimeFormat(locale, dayParts);
  const clock = new Intl.DateTimeFormat(locale, { timeZone: zone, ...minutes, second: '2-digit' });
  return {
    zone,
    when: (iso) => when.format(new Date(iso)),
    day: (iso) => day.format(new Date(iso)),
    clock: (iso) => clock.format(new Date(iso)),
  };
}

/**
 * The clocks of the centres of the caseload, for what spans several (a person's movements): a
 * centre's clock by its code; the default zone of the centres while the list loads, or for no
 * centre.
 */
export function useCentreClocks(): (centre: string | null | undefined) => CentreTime {
  const { language } = useI18n();
  const centres = useCentres().data;
  return useMemo(() => {
    const zones = new Map((centres ?? []).map((c) => [c.code, c.timezone]));
    const byZone = new Map<string, CentreTime>();
    return (centre) => {
      const zone = (centre ? zones.get(centre) : undefined) ?? CENTRE_TIME_ZONE;
      const known = byZone.get(zone);
      if (known) return known;
      const made = centreTime(language, zone);
      byZone.set(zone, made);
      return made;
    };
  }, [centres, language]);
}

/** The clock of one centre of the caseload (undefined: several centres, the default zone). */
export function useCentreTime(centre: string | null | undefined): CentreTime {
  return useCentreClocks()(centre);
}
