/**
 * weapons_seized — guns, explosives and ammunition found in a pavilion recently.
 *
 * Rule: every find of the last `WINDOW_DAYS` days of a firearm, an explosive, ammunition or
 * fireworks counts for its pavilion (the centre as a whole when it was found outside any
 * pavilion: the perimeter, a drone, the visitors' area). One finding per pavilion, summing its finds.
 * Blades are left out: they are found in nearly every search and say little about an attack
 * being prepared.
 *
 * Score: the sum over the finds of points × weight, where the points are
 * `POINTS.explosive` per explosive and `POINTS.firearm` per firearm, and `POINTS.ammunition` per
 * find of ammunition or of fireworks, those two together capped at `MINOR_CAP` (so ammunition
 * alone never passes medium, however much of it). The weight is 1 for a find of the last
 * `FULL_WEIGHT_DAYS` days, then falls linearly to `END_WEIGHT` at `WINDOW_DAYS`, and is 0 after.
 *
 * Severity (score thresholds `THRESHOLDS`): one fresh explosive (10) or two fresh firearms (10) is
 * critical; one firearm (5) is high; ammunition or fireworks alone (2 to 3.5) medium; a find
 * that is ageing out of the window drops a step or two.
 *
 * Fireworks: Ecuador's riots of 2021 showed guns, explosives, grenades and fireworks inside, but
 * the fireworks seized are mostly those of leaders' parties; they count here with ammunition
 * (signs of a porous perimeter), not with explosives, so a party never raises a critical alert.
 *
 * Restricted: finds feed intelligence; roles without intelligence access see the severity only.
 * Since: the first find still in the window.
 */
import type { SeizureItem } from '../../../kernel/vocabulary.ts';
import { dayIn, dayInWords, daysBetween, joinNames, namesOfPeople, placeNamer, severityOf } from './common.ts';
import type { CentreFacts, Finding, SeizureFacts, Sentence, Signal } from './facts.ts';

/** Finds older than this say nothing any more about what is inside now (two weeks of searches). */
export const WINDOW_DAYS = 14;
/** A find counts fully for a week: weapons found are rarely all the weapons there are. */
export const FULL_WEIGHT_DAYS = 7;
/** The weight of a find at the window's end, so a find fades rather than vanishes. */
export const END_WEIGHT = 0.25;
/** Points per unit (explosive, firearm) or per find (ammunition, fireworks): one explosive alone is critical. */
export const POINTS = { explosive: 10, firearm: 5, ammunition: 2, fireworks: 2 } as const;
/** Ammunition and fireworks together never pass medium on their own. */
export const MINOR_CAP = 3.5;
/** Score thresholds: medium for ammunition, high for one firearm, critical for an explosive or two firearms. */
export const THRESHOLDS = { medium: 2, high: 4, critical: 8 } as const;

type WeaponItem = 'explosive' | 'firearm' | 'ammunition' | 'fireworks';
const WEAPON_ITEMS: readonly WeaponItem[] = ['explosive', 'firearm', 'ammunition', 'fireworks'];

const isWeapon = (item: SeizureItem): item is WeaponItem => (WEAPON_ITEMS as readonly string[]).includes(item);

/** The weight of a find `age` days old. */
export function findWeight(age: number): number {
  if (age < 0 || age > WINDOW_DAYS) return 0;
  if (age <= FULL_WEIGHT_DAYS) return 1;
  return 1 - ((1 - END_WEIGHT) * (age - FULL_WEIGHT_DAYS)) / (WINDOW_DAYS - FULL_WEIGHT_DAYS);
}

/** The score of a pavilion's finds at `at`. */
export function weaponsScore(finds: readonly SeizureFacts[], at: string): number {
  let major = 0;
  let minor = 0;
  for (const find of finds) {
    if (!isWeapon(find.item)) continue;
    const weight = findWeight(daysBetween(find.at, at));
    const units = Math.max(1, find.quantity);
    if (find.item === 'explosive' || find.item === 'firearm') major += POINTS[find.item] * units * weight;
    else minor += POINTS[find.item] * weight;
  }
  return major + Math.min(MINOR_CAP, minor);
}

const WORDS: Record<WeaponItem, { es: [string, string]; en: [string, string] }> = {
  explosive: { es: ['explosivo', 'explosivos'], en: ['explosive', 'explosives'] },
  firearm: { es: ['arma de fuego', 'armas de fuego'], en: ['firearm', 'firearms'] },
  ammunition: { es: ['munición', 'municiones'], en: ['round of ammunition', 'rounds of ammunition'] },
  fireworks: { es: ['artefacto pirotécnico', 'artefactos pirotécnicos'], en: ['firework', 'fireworks'] },
};

function quantityOf(item: WeaponItem, quantity: number): Sentence {
  const n = Math.max(1, quantity);
  const form = n === 1 ? 0 : 1;
  return { es: `${n} ${WORDS[item].es[form]}`, en: `${n} ${WORDS[item].en[form]}` };
}

function listOf(totals: ReadonlyMap<WeaponItem, number>): Sentence {
  const parts = WEAPON_ITEMS.filter((item) => totals.has(item)).map((item) => quantityOf(item, totals.get(item) ?? 0));
  return { es: joinNames(parts.map((p) => p.es)).es, en: joinNames(parts.map((p) => p.en)).en };
}

const byTimeThenId = (a: SeizureFacts, b: SeizureFacts) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id);

export const weaponsSeized: Signal = (facts: CentreFacts): Finding[] => {
  const place = placeNamer(facts);
  const byPavilion = new Map<string | null, SeizureFacts[]>();
  for (const find of facts.seizures) {
    if (!isWeapon(find.item) || findWeight(daysBetween(find.at, facts.at)) === 0) continue;
    const list = byPavilion.get(find.pavilion);
    if (list) list.push(find);
    else byPavilion.set(find.pavilion, [find]);
  }
  const personName = namesOfPeople(facts, [...byPavilion.values()].flat().flatMap((f) => (f.person === null ? [] : [f.person])));
  const findings: Finding[] = [];
  for (const [pavilion, unsorted] of byPavilion) {
    const finds = [...unsorted].sort(byTimeThenId);
    const score = Math.round(weaponsScore(finds, facts.at) * 100) / 100;
    const totals = new Map<WeaponItem, number>();
    for (const find of finds) totals.set(find.item as WeaponItem, (totals.get(find.item as WeaponItem) ?? 0) + Math.max(1, find.quantity));
    const where = place(pavilion);
    const found = listOf(totals);
    const holders = [...new Set(finds.flatMap((f) => (f.person === null ? [] : [f.person])))].sort();
    const holderNames = joinNames(holders.map(personName).sort());
    const single = totals.size === 1 && [...totals.values()][0] === 1;
    const verb = single ? { es: 'se halló', en: 'was' } : { es: 'se hallaron', en: 'were' };
    const reasons: Sentence[] = [
      pavilion === null
        ? {
            es: `En ${where}, fuera de los pabellones, ${verb.es} ${found.es} en los últimos ${WINDOW_DAYS} días.`,
            en: `At ${where}, outside the pavilions, ${found.en} ${verb.en} found in the last ${WINDOW_DAYS} days.`,
          }
        : { es: `En ${where} ${verb.es} ${found.es} en los últimos ${WINDOW_DAYS} días.`, en: `In ${where}, ${found.en} ${verb.en} found in the last ${WINDOW_DAYS} days.` },
    ];
    if (totals.has('explosive')) {
      reasons.push({
        es: 'Un explosivo puede abrir paso a un ataque entre pabellones, como en las masacres de 2021.',
        en: 'An explosive can open the way for an attack between pavilions, as in the massacres of 2021.',
      });
    } else if ((totals.get('firearm') ?? 0) >= 2) {
      reasons.push({ es: 'Más de un arma de fuego apunta a un arsenal, no a un arma personal.', en: 'More than one firearm points to an armoury, not a personal weapon.' });
    }
    if (holders.length > 0) {
      reasons.push({ es: `Parte de lo hallado estaba en poder de ${holderNames.es}.`, en: `Some of it was found on ${holderNames.en}.` });
    }
    const lastDay = dayIn(finds[finds.length - 1]?.at ?? facts.at, facts.centre.timezone);
    reasons.push({ es: `El último hallazgo fue el ${dayInWords(lastDay).es}.`, en: `The latest find was on ${dayInWords(lastDay).en}.` });
    findings.push({
      type: 'weapons_seized',
      centre: facts.centre.code,
      location: pavilion,
      subject: pavilion ?? facts.centre.code,
      severity: severityOf(score, THRESHOLDS),
      score,
      since: finds[0]?.at ?? facts.at,
      reasons,
      persons: holders,
      groups: [],
      restricted: true,
      timeline: finds.map((find) => {
        const what = quantityOf(find.item as WeaponItem, find.quantity);
        const on = find.person === null ? { es: '', en: '' } : { es: `, en poder de ${personName(find.person)}`, en: `, on ${personName(find.person)}` };
        return {
          at: find.at,
          text: { es: `Hallazgo de ${what.es} en ${place(find.location ?? find.pavilion)}${on.es}.`, en: `${capitalise(what.en)} found in ${place(find.location ?? find.pavilion)}${on.en}.` },
        };
      }),
    });
  }
  return findings;
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
