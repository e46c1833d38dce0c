/**
 * incident_escalation — violence in a pavilion, or in the centre, rising above its own recent rate.
 *
 * Rule: count the violent incidents (riot, fight, homicide, assault, hostage-taking, explosion;
 * the vocabulary has no separate "threat" type) that started in the last `RECENT_DAYS` days up
 * to T, and those of the `BASELINE_DAYS` days before that. The baseline gives the number
 * expected in a week: λ = RECENT_DAYS × (baseline + PRIOR_INCIDENTS) / BASELINE_DAYS (the
 * prior keeps a quiet pavilion from having an expectation of zero). Done for each pavilion
 * (incidents placed in it) and for the centre (every incident, placed or not).
 *
 * Score: the Poisson surprise of the week, −log10 P(X ≥ observed | λ): 2 means such a week
 * comes by chance once in a hundred. A finding needs at least `MIN_RECENT` incidents
 * (2 in a pavilion, 3 in the centre: a rise from 0 to 1 is not an escalation), at least
 * `MIN_RATIO` times the expected number, and a surprise of `MIN_SURPRISE` (one week in twenty).
 *
 * Severity (surprise thresholds `THRESHOLDS`): low from 1.3, medium from 2, high from 3,
 * critical from 4.5. A pavilion quiet for three months: 2 fights in a week is medium, 3 high,
 * 4 critical; a pavilion with six incidents in three months needs 4 for medium, 5 for high.
 *
 * Since: the first incident of the week. Not restricted (incidents are not intelligence).
 */
import type { IncidentType } from '../../../kernel/vocabulary.ts';
import { daysBetween, joinNames, numberInWords, placeNamer, poissonSurprise, severityOf } from './common.ts';
import type { CentreFacts, Finding, IncidentFacts, Sentence, Signal } from './facts.ts';

/** The week that is compared with the past: short enough to catch a build-up before a riot. */
export const RECENT_DAYS = 7;
/** The pavilion's own past: three months, long enough to hold a rate, short enough to follow changes. */
export const BASELINE_DAYS = 90;
/** One incident assumed in every baseline, so a quiet place still expects a little violence. */
export const PRIOR_INCIDENTS = 1;
/** The fewest incidents in the week for a finding: one fight is not an escalation, nor two in a whole centre. */
export const MIN_RECENT = { pavilion: 2, centre: 3 } as const;
/** The week must hold at least twice what the past predicts. */
export const MIN_RATIO = 2;
/** Below one week in twenty (p = 0.05), a rise is ordinary chance. */
export const MIN_SURPRISE = 1.3;
/** Surprise thresholds: one week in 100 medium, in 1,000 high, in ~30,000 critical. */
export const THRESHOLDS = { medium: 2, high: 3, critical: 4.5 } as const;

/** The incident types counted as violence, in the order sentences list them. */
export const VIOLENT_TYPES: readonly IncidentType[] = ['homicide', 'explosion', 'hostage_taking', 'riot', 'assault', 'fight'];

const WORDS: Partial<Record<IncidentType, { es: [string, string]; en: [string, string] }>> = {
  homicide: { es: ['homicidio', 'homicidios'], en: ['homicide', 'homicides'] },
  explosion: { es: ['explosión', 'explosiones'], en: ['explosion', 'explosions'] },
  hostage_taking: { es: ['toma de rehenes', 'tomas de rehenes'], en: ['hostage-taking', 'hostage-takings'] },
  riot: { es: ['motín', 'motines'], en: ['riot', 'riots'] },
  assault: { es: ['agresión', 'agresiones'], en: ['assault', 'assaults'] },
  fight: { es: ['riña', 'riñas'], en: ['fight', 'fights'] },
};

const isViolent = (type: IncidentType) => VIOLENT_TYPES.includes(type);

/** The expected number in a week, the surprise of `recent`, and whether it is an escalation. */
export function escalationOf(recent: number, baseline: number, scope: 'pavilion' | 'centre') {
  const expected = (RECENT_DAYS * (baseline + PRIOR_INCIDENTS)) / BASELINE_DAYS;
  const surprise = poissonSurprise(recent, expected);
  const isEscalation = recent >= MIN_RECENT[scope] && recent >= MIN_RATIO * expected && surprise >= MIN_SURPRISE;
  return { expected, surprise, isEscalation };
}

function countsByType(incidents: readonly IncidentFacts[]): Sentence {
  const parts = VIOLENT_TYPES.flatMap((type) => {
    const n = incidents.filter((i) => i.type === type).length;
    const words = WORDS[type];
    if (n === 0 || !words) return [];
    const form = n === 1 ? 0 : 1;
    return [{ es: `${n} ${words.es[form]}`, en: `${n} ${words.en[form]}` }];
  });
  return { es: joinNames(parts.map((p) => p.es)).es, en: joinNames(parts.map((p) => p.en)).en };
}

/** "once in 380 weeks": 1/p with two significant figures. */
function rarity(surprise: number): Sentence {
  const weeks = Math.pow(10, surprise);
  const rounded = weeks >= 100 ? Number(weeks.toPrecision(2)) : Math.round(weeks);
  const value = rounded >= 1_000_000 ? { es: 'un millón', en: 'a million' } : { es: rounded.toLocaleString('es-EC'), en: rounded.toLocaleString('en-GB') };
  return { es: value.es, en: value.en };
}

/** "2 muertos y 1 herido" / "2 dead and 1 injured", only what is not zero; null when nobody was hurt. */
function harmOf(deaths: number, injuries: number): Sentence | null {
  const parts: Sentence[] = [];
  if (deaths > 0) parts.push({ es: `${deaths} ${deaths === 1 ? 'muerto' : 'muertos'}`, en: `${deaths} dead` });
  if (injuries > 0) parts.push({ es: `${injuries} ${injuries === 1 ? 'herido' : 'heridos'}`, en: `${injuries} injured` });
  if (parts.length === 0) return null;
  return { es: joinNames(parts.map((p) => p.es)).es, en: joinNames(parts.map((p) => p.en)).en };
}

export const incidentEscalation: Signal = (facts: CentreFacts): Finding[] => {
  const place = placeNamer(facts);
  const recent: IncidentFacts[] = [];
  const baseline: IncidentFacts[] = [];
  for (const incident of facts.incidents) {
    if (!isViolent(incident.type)) continue;
    const age = daysBetween(incident.at, facts.at);
    if (age < 0) continue;
    if (age < RECENT_DAYS) recent.push(incident);
    else if (age < RECENT_DAYS + BASELINE_DAYS) baseline.push(incident);
  }
  recent.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));

  const findings: Finding[] = [];
  const consider = (pavilion: string | null, scope: 'pavilion' | 'centre') => {
    const inScope = (i: IncidentFacts) => scope === 'centre' || i.pavilion === pavilion;
    const week = recent.filter(inScope);
    const past = baseline.filter(inScope).length;
    const { expected, surprise, isEscalation } = escalationOf(week.length, past, scope);
    if (!isEscalation) return;
    const where = place(pavilion);
    const kinds = countsByType(week);
    const expectedWords = numberInWords(expected, 1);
    const reasons: Sentence[] = [
      {
        es: `En ${where} hubo ${week.length} incidentes violentos en los últimos ${RECENT_DAYS} días (${kinds.es}); por su ritmo de los ${BASELINE_DAYS} días anteriores (${past} ${past === 1 ? 'incidente' : 'incidentes'}) se esperaban ${expectedWords.es}.`,
        en: `${where} had ${week.length} violent incidents in the last ${RECENT_DAYS} days (${kinds.en}); its rate over the previous ${BASELINE_DAYS} days (${past} ${past === 1 ? 'incident' : 'incidents'}) predicted ${expectedWords.en}.`,
      },
      {
        es: `Por azar, una semana así se daría menos de una vez cada ${rarity(surprise).es} semanas.`,
        en: `By chance, a week like this would come less than once in ${rarity(surprise).en} weeks.`,
      },
    ];
    const deaths = week.reduce((sum, i) => sum + Math.max(0, i.deaths), 0);
    const injuries = week.reduce((sum, i) => sum + Math.max(0, i.injuries), 0);
    const harm = harmOf(deaths, injuries);
    if (harm) reasons.push({ es: `Dejaron ${harm.es}.`, en: `They left ${harm.en}.` });
    findings.push({
      type: 'incident_escalation',
      centre: facts.centre.code,
      location: pavilion,
      subject: pavilion ?? facts.centre.code,
      severity: severityOf(surprise, THRESHOLDS),
      score: Math.round(surprise * 100) / 100,
      since: week[0]?.at ?? facts.at,
      reasons,
      persons: [],
      groups: [],
      restricted: false,
      timeline: week.map((incident) => {
        const words = WORDS[incident.type] ?? { es: [incident.type, incident.type], en: [incident.type, incident.type] };
        const harm = harmOf(incident.deaths, incident.injuries);
        const at = place(incident.location ?? incident.pavilion);
        const suffix = harm ? { es: ` (${harm.es})`, en: ` (${harm.en})` } : { es: '', en: '' };
        return { at: incident.at, text: { es: `${capitalise(words.es[0])} en ${at}${suffix.es}.`, en: `${capitalise(words.en[0])} in ${at}${suffix.en}.` } };
      }),
    });
  };
  const pavilions = new Set(recent.flatMap((i) => (i.pavilion === null ? [] : [i.pavilion])));
  for (const pavilion of pavilions) consider(pavilion, 'pavilion');
  consider(null, 'centre');
  return findings;
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
