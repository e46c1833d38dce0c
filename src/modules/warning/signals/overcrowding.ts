/**
 * overcrowding — occupancy against design and maximum capacity, per pavilion and for the centre.
 *
 * Occupancy: the people on the roll who hold a place there — `in`, or `out` at court or hospital
 * (they come back to their bed the same day or soon); people en route away and people
 * unaccounted for (escaped) hold none. A pavilion counts the people whose location lies in it
 * (units directly under the centre — reception, isolation, health — are counted like pavilions);
 * the centre counts all of them, placed or not, against the centre's capacities. Places without
 * a design capacity are skipped (no ratio to read).
 *
 * Severity, by rule (thresholds below): low above 100 % of design capacity, medium from 120 %
 * (the Council of Europe's "critical overcrowding" line), high above the maximum capacity the
 * service set for the place, critical above the maximum and at 150 % of design or more.
 * Ecuador's prisons run at 130 % and more, so most crowded pavilions of the demonstration estate
 * (filled up to their cells' maxima, never beyond) are medium; a place becomes high or critical
 * only when people are put beyond what it can hold. (Measured on the demonstration estate, seed
 * 2021, as placed at admission: of 188 pavilions and units, 85 medium, 21 low, none high or
 * critical; Guayas N.º 5 at 315–375 % of design is medium, still under its cells' maxima.)
 *
 * Score: occupancy as a percentage of design capacity (160 = 160 %).
 * Since: T — the facts hold no occupancy history; the alert keeps the first time it was raised.
 * Not restricted.
 */
import type { AlertSeverity } from '../../../kernel/vocabulary.ts';
import { numberInWords, placeNamer } from './common.ts';
import type { CentreFacts, Finding, PersonFacts, Sentence, Signal } from './facts.ts';

/** Above 100 % of design capacity: more people than the place was built for. */
export const LOW_ABOVE_PCT = 100;
/** Council of Europe: 120 % of capacity or more is "critical overcrowding" (White Paper on prison overcrowding, 2016). */
export const MEDIUM_FROM_PCT = 120;
/** With the maximum passed, at half as many again as designed: people on floors and in corridors. */
export const CRITICAL_FROM_PCT = 150;

/** The people who hold a place: in, or briefly out at court or hospital. */
export const holdsPlace = (person: PersonFacts) => person.state === 'in' || person.state === 'out';

/** The severity of `occupants` in a place with these capacities, or null when not overcrowded. */
export function crowdingSeverity(occupants: number, design: number, max: number): AlertSeverity | null {
  if (design <= 0) return null;
  // In whole numbers: 12 people for 10 places is exactly 120 %.
  const atLeast = (pct: number) => occupants * 100 >= pct * design;
  const overMax = max > 0 && occupants > max;
  if (overMax && atLeast(CRITICAL_FROM_PCT)) return 'critical';
  if (overMax) return 'high';
  if (atLeast(MEDIUM_FROM_PCT)) return 'medium';
  if (occupants * 100 > LOW_ABOVE_PCT * design) return 'low';
  return null;
}

const percent = (occupants: number, design: number) => Math.round((1000 * occupants) / design) / 10;

function capacityReasons(where: string, occupants: number, design: number, max: number): Sentence[] {
  const pct = numberInWords(percent(occupants, design), 1);
  const people = occupants === 1 ? { es: 'persona', en: 'person' } : { es: 'personas', en: 'people' };
  const reasons: Sentence[] = [
    {
      es: `${where} aloja a ${occupants} ${people.es} para ${design} plazas de diseño (${pct.es} %)${max > 0 ? ` y una capacidad máxima de ${max}` : ''}.`,
      en: `${where} holds ${occupants} ${people.en} for ${design} design places (${pct.en}%)${max > 0 ? ` and a maximum capacity of ${max}` : ''}.`,
    },
  ];
  if (max > 0 && occupants > max) {
    const over = occupants - max;
    reasons.push({ es: `Supera su capacidad máxima en ${over} ${over === 1 ? 'persona' : 'personas'}.`, en: `It is ${over} ${over === 1 ? 'person' : 'people'} over its maximum capacity.` });
  } else if (max > 0) {
    const left = max - occupants;
    reasons.push({ es: `Le ${left === 1 ? 'queda' : 'quedan'} ${left} ${left === 1 ? 'plaza' : 'plazas'} hasta su capacidad máxima.`, en: `${left} ${left === 1 ? 'place remains' : 'places remain'} before its maximum capacity.` });
  }
  return reasons;
}

export const overcrowding: Signal = (facts: CentreFacts): Finding[] => {
  const place = placeNamer(facts);
  const byPavilion = new Map<string, number>();
  let total = 0;
  for (const person of facts.people) {
    if (!holdsPlace(person)) continue;
    total += 1;
    if (person.pavilion !== null) byPavilion.set(person.pavilion, (byPavilion.get(person.pavilion) ?? 0) + 1);
  }
  const findings: Finding[] = [];
  const make = (location: string | null, occupants: number, design: number, max: number, extra: Sentence[]) => {
    const severity = crowdingSeverity(occupants, design, max);
    if (severity === null) return;
    const where = place(location);
    findings.push({
      type: 'overcrowding',
      centre: facts.centre.code,
      location,
      subject: location ?? facts.centre.code,
      severity,
      score: percent(occupants, design),
      since: facts.at,
      reasons: [...capacityReasons(where, occupants, design, max), ...extra],
      persons: [],
      groups: [],
      restricted: false,
      timeline: [
        {
          at: facts.at,
          text: { es: `Ocupación de ${where}: ${occupants} de ${design} plazas de diseño.`, en: `Occupancy of ${where}: ${occupants} of ${design} design places.` },
        },
      ],
    });
  };
  let fullest: { code: string; ratio: number } | null = null;
  for (const pavilion of facts.pavilions) {
    const occupants = byPavilion.get(pavilion.code) ?? 0;
    make(pavilion.code, occupants, pavilion.designCapacity, pavilion.maxCapacity, []);
    if (pavilion.designCapacity <= 0) continue;
    const ratio = occupants / pavilion.designCapacity;
    if (!fullest || ratio > fullest.ratio || (ratio === fullest.ratio && pavilion.code < fullest.code)) fullest = { code: pavilion.code, ratio };
  }
  const extra: Sentence[] = [];
  if (fullest && fullest.ratio * 100 > LOW_ABOVE_PCT) {
    const pct = numberInWords(Math.round(fullest.ratio * 1000) / 10, 1);
    extra.push({ es: `El lugar más lleno es ${place(fullest.code)} (${pct.es} %).`, en: `The fullest place is ${place(fullest.code)} (${pct.en}%).` });
  }
  make(null, total, facts.centre.designCapacity, facts.centre.maxCapacity, extra);
  return findings;
};
