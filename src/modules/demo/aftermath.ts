import type { AuditedTransaction } from '../audit/index.ts';
import { insertImportedObligations, type DeathObligation, type ImportedObligation } from '../deaths/index.ts';
import type { Bundle, SeizureRow } from '../interchange/index.ts';
import { insertImportedSearches, type ImportedSearch } from '../intelligence/index.ts';
import { createRandom, type Random } from './random.ts';

/**
 * What the demonstration's services did that the interchange files do not carry: the obligations
 * done after each death (Mandela rules 71–72) and the searches in which most finds were made.
 * Drawn from the seed and the estate alone, so the same seed gives the same records.
 */
export interface DemoAftermath {
  obligations: ImportedObligation[];
  searches: ImportedSearch[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function drawAftermath(bundle: Bundle, seed: number, now: Date): DemoAftermath {
  return {
    obligations: drawObligations(bundle, createRandom(seed, 'aftermath-deaths'), now.getTime()),
    searches: drawSearches(bundle, createRandom(seed, 'aftermath-searches'), now.getTime()),
  };
}

/**
 * Writes the aftermath in the import's transaction, as the load's actor, audited as the import
 * audits each of its files: one entry for each kind of record, with how many rows it wrote.
 */
export async function writeAftermath(w: AuditedTransaction, aftermath: DemoAftermath, by: string): Promise<void> {
  await insertImportedObligations(w, aftermath.obligations, by);
  await insertImportedSearches(w, aftermath.searches, by);
  const linked = aftermath.searches.reduce((sum, s) => sum + s.finds.length, 0);
  w.audit({ action: 'import.applied', subjectType: 'import', subjectId: 'demo:death_obligations', new: { rows: aftermath.obligations.length } });
  w.audit({ action: 'import.applied', subjectType: 'import', subjectId: 'demo:searches', new: { rows: aftermath.searches.length, findsLinked: linked } });
}

/** Deaths whose cause calls for an independent investigation and an autopsy. */
const INVESTIGATED: ReadonlySet<string> = new Set(['homicide', 'undetermined', 'pending', 'self_inflicted']);
/** Deaths of the last days whose notices some centres have not yet recorded. */
const RECENT_MS = 5 * DAY;
const RECENT_UNRECORDED = 0.5;
/** Old deaths whose notice was never recorded: the failures an inspection should find. */
const OLD_FAILURES = 2;
const OLD_MS = 30 * DAY;
/** Notices given late (after the 24 hours), though given. */
const LATE_SHARE = 0.04;

/**
 * The obligations after each death: the next of kin and the judge told within hours for nearly
 * all, the ombudsman for most; the prosecutor's investigation and an autopsy for violent or
 * unexplained deaths; the body handed to the family days later. Some deaths of the last days
 * have notices still unrecorded, and two old deaths have one never given.
 */
function drawObligations(bundle: Bundle, rng: Random, now: number): ImportedObligation[] {
  const centreOf = new Map(bundle.locations.map((l) => [l.code, l.centre]));
  const old = bundle.deaths.filter((d) => now - Date.parse(d.at) > OLD_MS);
  const failures = new Map(rng.shuffle([...old]).slice(0, OLD_FAILURES).map((d, i) => [d.person, i % 2 === 0 ? 'next_of_kin_informed' : 'judge_informed'] as const));
  const rows: ImportedObligation[] = [];
  bundle.deaths.forEach((death, n) => {
    const at = Date.parse(death.at);
    const centre = centreOf.get(death.location) ?? death.location;
    const skipped = new Set<DeathObligation>();
    const failure = failures.get(death.person);
    if (failure) skipped.add(failure).add('ombudsman_informed');
    if (now - at < RECENT_MS && rng.chance(RECENT_UNRECORDED)) skipped.add('judge_informed').add('ombudsman_informed');
    const noticeHours = () => (rng.chance(LATE_SHARE) ? rng.between(26, 72) : rng.between(0.5, 8));
    const planned: [DeathObligation, number, string, string | null][] = [
      ['next_of_kin_informed', noticeHours(), 'Trabajo Social del centro', null],
      ['judge_informed', noticeHours(), 'Juez de Garantías Penitenciarias', `Oficio SNAI-${centre}-${death.at.slice(0, 4)}-${String(n + 1).padStart(4, '0')}`],
    ];
    if (rng.chance(0.75)) planned.push(['ombudsman_informed', rng.between(2, 20), 'Defensoría del Pueblo', null]);
    if (INVESTIGATED.has(death.cause)) {
      planned.push(['investigation_opened', rng.between(1, 12), 'Fiscalía General del Estado', `Investigación previa ${centre}-${death.at.slice(0, 4)}-${String(rng.int(100, 9999)).padStart(5, '0')}`]);
      planned.push(['autopsy', rng.between(12, 48), 'Servicio Nacional de Medicina Legal y Ciencias Forenses', null]);
    }
    planned.push(['body_handed_over', rng.between(2, 7) * 24, 'Familiar del fallecido, con acta de entrega', null]);
    for (const [obligation, hours, doneBy, reference] of planned) {
      const doneAt = Math.ceil((at + hours * HOUR) / 60_000) * 60_000;
      if (skipped.has(obligation) || doneAt > now) continue;
      rows.push({ person: death.person, centre, obligation, doneAt: new Date(doneAt), doneBy, reference, note: null });
    }
  });
  return rows;
}

const TEAMS = [
  'Grupo Especial de Intervención y Rescate (GEIR)',
  'Equipo de requisa del centro',
  'Agentes de Seguridad Penitenciaria, turno de guardia',
  'Operativo conjunto con Fuerzas Armadas y Policía Nacional',
] as const;
/** Of the places where something was found, the share searched again and found clean. */
const CLEAN_PER_FIND = 0.6;
/** Finds made outside a search: a cell inspection, a visitor's parcel, a patrol. */
const OUTSIDE_SEARCH = 0.15;
const WEAPONS: ReadonlySet<string> = new Set(['firearm', 'ammunition', 'explosive', 'blade']);

/**
 * The searches of the year: each group of finds made at one place and moment (a riot's
 * aftermath included) is a search's, except a share found outside any search and the drones
 * caught over the walls; searches that found nothing, in the same places, round it out.
 */
function drawSearches(bundle: Bundle, rng: Random, now: number): ImportedSearch[] {
  const riots = new Set(bundle.incidents.filter((i) => i.type === 'riot').map((i) => i.id));
  const groups = new Map<string, SeizureRow[]>();
  for (const find of bundle.seizures) {
    if (find.location === null) continue;
    const key = `${find.centre}|${find.location}|${find.at}`;
    groups.set(key, [...(groups.get(key) ?? []), find]);
  }
  const searches: ImportedSearch[] = [];
  const places: { centre: string; location: string }[] = [];
  let earliest = now;
  for (const finds of groups.values()) {
    const first = finds[0] as SeizureRow;
    const afterRiot = first.incident !== null && riots.has(first.incident);
    if (!afterRiot && rng.chance(OUTSIDE_SEARCH)) continue;
    const startedAt = Date.parse(first.at);
    earliest = Math.min(earliest, startedAt);
    places.push({ centre: first.centre, location: first.location as string });
    const armed = finds.some((f) => WEAPONS.has(f.item));
    const kind: ImportedSearch['kind'] = afterRiot || (armed && rng.chance(0.6)) ? 'intelligence_led' : rng.weighted([['planned', 65], ['routine', 25], ['intelligence_led', 10]] as const);
    searches.push({
      id: uuidFrom(rng),
      centre: first.centre,
      location: first.location,
      kind,
      startedAt: new Date(startedAt),
      endedAt: new Date(Math.min(now, startedAt + rng.int(1, 4) * HOUR)),
      team: afterRiot ? TEAMS[3] : rng.pick(TEAMS),
      result: 'items_found',
      note: afterRiot ? 'Requisa del pabellón tras el amotinamiento.' : null,
      finds: finds.map((f) => f.id),
    });
  }
  const clean = Math.round(places.length * CLEAN_PER_FIND);
  for (let i = 0; i < clean && places.length > 0; i++) searches.push(cleanSearch(rng.pick(places), rng, earliest, now));
  return searches.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
}

/** A planned or routine search that found nothing (a few cut short). */
function cleanSearch(place: { centre: string; location: string }, rng: Random, from: number, now: number): ImportedSearch {
  const startedAt = Math.floor(rng.between(from, now - 6 * HOUR) / 60_000) * 60_000;
  const cut = rng.chance(0.04);
  return {
    id: uuidFrom(rng),
    centre: place.centre,
    location: place.location,
    kind: rng.weighted([['planned', 55], ['routine', 40], ['intelligence_led', 5]] as const),
    startedAt: new Date(startedAt),
    endedAt: new Date(startedAt + rng.int(1, 3) * HOUR),
    team: rng.pick(TEAMS),
    result: cut ? 'not_completed' : 'nothing_found',
    note: cut ? 'Suspendida por resistencia de los internos; se retomará con refuerzos.' : null,
    finds: [],
  };
}

/** A version-4 UUID drawn from the seed, so the same estate has the same ids. */
function uuidFrom(rng: Random): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = (8 + rng.int(0, 3)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
