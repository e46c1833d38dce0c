/**
 * count_discrepancy — a count closed with people missing from a line, and a missing list that
 * does not shrink.
 *
 * Count lines. Every count covers the whole centre, so the newest closed count of the window
 * says what is true now: each of its lines closed with fewer people counted than expected and
 * no reconciliation is a finding at the line's location (null for the people on the roll
 * without a cell). Score: the shortfall × (1 + `REPEAT_WEIGHT` × each earlier count in a row
 * short at the same place). Severity by score (`LINE_THRESHOLDS`): one person short is medium,
 * two (or one short in three counts in a row) high, five critical.
 *
 * Missing list. From `unaccounted` (T, T − 1, T − 3, T − 7 days): with anyone unaccounted for
 * at T, one centre-wide finding (subject `missing`):
 * - critical when people were already missing 7 days ago and the list is no shorter (nobody
 *   found in a week);
 * - high when that holds over 3 days, or when `MASS_ESCAPE` people or more went missing at once;
 * - medium while the search is young (under 3 days) or recaptures are shrinking the list;
 * - low once every one of them has been at large beyond the departures window (14 days, no escape
 *   recorded in it, already listed 7 days ago): a standing reminder, not a search.
 * A brand-new escape starts at medium, not critical: a list cannot have shrunk yet, and the
 * escape itself is an incident; severity climbs as the search fails.
 * Score: people × (1 + days without shrinking ÷ 7), a quarter of the people for the standing list.
 *
 * Since: the first count of the run short at that place; for the list, the earliest escape of
 * those still missing (or the oldest snapshot already listing one of them). Not restricted.
 */
import { dayIn, dayInWords, daysBetween, joinNames, namesOfPeople, placeNamer, severityOf } from './common.ts';
import type { CentreFacts, CountFacts, Finding, Sentence, Signal } from './facts.ts';

/** Each earlier count short at the same place adds half: a shortfall that persists is worse. */
export const REPEAT_WEIGHT = 0.5;
/** Line score thresholds: one person short medium, two high, five critical. */
export const LINE_THRESHOLDS = { medium: 1, high: 2, critical: 5 } as const;
/** Five or more people missing at once is a mass escape: high from the first day. */
export const MASS_ESCAPE = 5;
/** Past this, people missing are at large rather than being searched for (the departures lookback). */
export const SEARCH_DAYS = 14;
/** How many people a reason names before giving the rest as a number. */
export const NAMED_IN_REASONS = 5;

type Line = CountFacts['shortLines'][number];

const byClosing = (a: CountFacts, b: CountFacts) => a.closedAt.localeCompare(b.closedAt) || a.id.localeCompare(b.id);
const keyOf = (location: string | null) => location ?? '';
const KIND_WORDS: Record<CountFacts['kind'], Sentence> = { scheduled: { es: 'programado', en: 'scheduled' }, emergency: { es: 'de emergencia', en: 'emergency' } };

/** The score of a line `shortfall` people short, short at that place in `run` counts in a row. */
export function lineScore(shortfall: number, run: number): number {
  return shortfall * (1 + REPEAT_WEIGHT * Math.max(0, run - 1));
}

function countLines(facts: CentreFacts): Finding[] {
  const counts = [...facts.counts].sort(byClosing);
  const newest = counts[counts.length - 1];
  if (!newest) return [];
  const place = placeNamer(facts);
  const shortAt = (count: CountFacts, key: string): Line | undefined => count.shortLines.find((l) => keyOf(l.location) === key && l.counted < l.expected);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const line of newest.shortLines) {
    const key = keyOf(line.location);
    if (line.counted >= line.expected || seen.has(key)) continue;
    seen.add(key);
    const run: { count: CountFacts; line: Line }[] = [];
    for (let i = counts.length - 1; i >= 0; i--) {
      const count = counts[i] as CountFacts;
      const short = shortAt(count, key);
      if (!short) break;
      run.unshift({ count, line: short });
    }
    const shortfall = line.expected - line.counted;
    const score = lineScore(shortfall, run.length);
    const where =
      line.location === null
        ? { es: 'entre las personas del registro sin celda asignada', en: 'among the people on the roll without a cell' }
        : { es: `en ${place(line.location)}`, en: `at ${place(line.location)}` };
    const closed = dayInWords(dayIn(newest.closedAt, facts.centre.timezone));
    const reasons: Sentence[] = [
      {
        es: `En el conteo ${KIND_WORDS[newest.kind].es} cerrado el ${closed.es}, ${where.es} se contaron ${line.counted} de ${line.expected} personas esperadas y la diferencia no se explicó.`,
        en: `At the ${KIND_WORDS[newest.kind].en} count closed on ${closed.en}, ${line.counted} of ${line.expected} expected people were counted ${where.en} and the difference was not explained.`,
      },
    ];
    if (run.length > 1) {
      reasons.push({ es: `Es el ${run.length}.º conteo seguido con faltantes allí.`, en: `It is the ${ordinal(run.length)} count in a row with people short there.` });
    }
    findings.push({
      type: 'count_discrepancy',
      centre: facts.centre.code,
      location: line.location,
      subject: line.location ?? 'unplaced',
      severity: severityOf(score, LINE_THRESHOLDS),
      score,
      since: run[0]?.count.closedAt ?? newest.closedAt,
      reasons,
      persons: [],
      groups: [],
      restricted: false,
      timeline: run.map(({ count, line: l }) => ({
        at: count.closedAt,
        text: {
          es: `Conteo ${KIND_WORDS[count.kind].es} cerrado: ${l.counted} de ${l.expected} ${where.es}.`,
          en: `${capitalise(KIND_WORDS[count.kind].en)} count closed: ${l.counted} of ${l.expected} ${where.en}.`,
        },
      })),
    });
  }
  return findings;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

type Snapshot = CentreFacts['unaccounted'][number];

/** The snapshot nearest `days` before T (within half a day), if any. */
function snapshotBefore(snapshots: readonly Snapshot[], at: string, days: number): Snapshot | undefined {
  let best: Snapshot | undefined;
  let bestGap = 0.5;
  for (const s of snapshots) {
    const gap = Math.abs(daysBetween(s.at, at) - days);
    if (gap <= bestGap && (!best || gap < bestGap || s.at < best.at)) {
      best = s;
      bestGap = gap;
    }
  }
  return best;
}

/** The missing list's stage: how severe, and how many days it has not shrunk. */
export function missingStage(now: number, before3: number, before7: number, fresh: boolean) {
  if (!fresh) return { severity: 'low' as const, stuckDays: 0, score: now * 0.25 };
  if (before7 > 0 && now >= before7) return { severity: 'critical' as const, stuckDays: 7, score: now * 2 };
  if (before3 > 0 && now >= before3) return { severity: 'high' as const, stuckDays: 3, score: now * (1 + 3 / 7) };
  return { severity: now >= MASS_ESCAPE ? ('high' as const) : ('medium' as const), stuckDays: 0, score: now };
}

function missingList(facts: CentreFacts): Finding[] {
  const current = snapshotBefore(facts.unaccounted, facts.at, 0);
  if (!current || current.count <= 0) return [];
  const personName = namesOfPeople(facts, current.people);
  const place = placeNamer(facts);
  const before3 = snapshotBefore(facts.unaccounted, facts.at, 3);
  const before7 = snapshotBefore(facts.unaccounted, facts.at, 7);
  const people = [...new Set(current.people)].sort((a, b) => personName(a).localeCompare(personName(b)) || a.localeCompare(b));
  const listed7 = new Set(before7?.people ?? []);
  const escapes = facts.departures
    .filter((d) => d.type === 'escape' && people.includes(d.person) && daysBetween(d.at, facts.at) <= SEARCH_DAYS)
    .sort((a, b) => a.at.localeCompare(b.at) || a.person.localeCompare(b.person));
  const fresh = escapes.length > 0 || people.some((p) => !listed7.has(p)) || current.count > (before7?.count ?? 0);
  const n = current.count;
  const stage = missingStage(n, before3?.count ?? 0, before7?.count ?? 0, fresh);
  const centre = facts.centre.name;
  const named = people.slice(0, NAMED_IN_REASONS).map(personName);
  const rest = n - named.length;
  const listEs = joinNames(rest > 0 ? [...named, `${rest} más`] : named).es;
  const listEn = joinNames(rest > 0 ? [...named, `${rest} more`] : named).en;
  const reasons: Sentence[] = [
    {
      es: `En ${centre} ${n === 1 ? 'hay 1 persona sin ubicar' : `hay ${n} personas sin ubicar`}${named.length > 0 ? `: ${listEs}` : ''}.`,
      en: `${centre} has ${n === 1 ? '1 person' : `${n} people`} unaccounted for${named.length > 0 ? `: ${listEn}` : ''}.`,
    },
  ];
  const was = (s: Snapshot | undefined) => s?.count ?? 0;
  if (stage.stuckDays === 7) {
    reasons.push({ es: `Hace 7 días ${was(before7) === 1 ? 'faltaba 1' : `faltaban ${was(before7)}`}: nadie ha sido hallado en una semana.`, en: `7 days ago ${was(before7)} ${was(before7) === 1 ? 'was' : 'were'} missing: nobody has been found in a week.` });
  } else if (stage.stuckDays === 3) {
    reasons.push({ es: `Hace 3 días ${was(before3) === 1 ? 'faltaba 1' : `faltaban ${was(before3)}`}: la lista no se ha reducido.`, en: `3 days ago ${was(before3)} ${was(before3) === 1 ? 'was' : 'were'} missing: the list has not shrunk.` });
  } else if (!fresh) {
    reasons.push({ es: `Llevan más de ${SEARCH_DAYS} días prófugos.`, en: `They have been at large for more than ${SEARCH_DAYS} days.` });
  } else if (was(before3) > n || was(before7) > n) {
    reasons.push({ es: 'La lista se está reduciendo con las recapturas.', en: 'Recaptures are shrinking the list.' });
  } else {
    reasons.push({ es: 'Faltan desde hace menos de 3 días.', en: 'They have been missing for less than 3 days.' });
  }
  const timeline = [
    ...escapes.map((d) => ({
      at: d.at,
      text: { es: `Evasión de ${d.name}${d.fromLocation ? ` desde ${place(d.fromLocation)}` : ''}.`, en: `${d.name} escaped${d.fromLocation ? ` from ${place(d.fromLocation)}` : ''}.` },
    })),
    ...[before7, before3, current]
      .filter((s): s is Snapshot => s !== undefined)
      .map((s) => ({ at: s.at, text: { es: `Personas sin ubicar: ${s.count}.`, en: `People unaccounted for: ${s.count}.` } })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const listedSince = [before7, before3].find((s) => s !== undefined && s.people.some((p) => people.includes(p)))?.at;
  return [
    {
      type: 'count_discrepancy',
      centre: facts.centre.code,
      location: null,
      subject: 'missing',
      severity: stage.severity,
      score: Math.round(stage.score * 100) / 100,
      since: [escapes[0]?.at, listedSince, current.at].filter((t): t is string => t !== undefined).sort()[0] ?? current.at,
      reasons,
      persons: people,
      groups: [],
      restricted: false,
      timeline,
    },
  ];
}

export const countDiscrepancy: Signal = (facts: CentreFacts): Finding[] => [...countLines(facts), ...missingList(facts)];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
