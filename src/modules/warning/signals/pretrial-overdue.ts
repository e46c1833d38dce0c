/**
 * pretrial_overdue — people held in preventive detention beyond the legal limit (COIP art. 541:
 * one year for offences punishable by up to five years, eighteen months above).
 *
 * Rule: a person is overdue when they are pretrial, held by the centre (in, out at court or
 * hospital, or en route; not those unaccounted for) and their limit day lies before T's day in
 * the centre's time zone (on the limit day itself the detention is lapsing, not yet over).
 * One finding per centre (location null, subject `overdue`) naming the most overdue and the
 * total; `persons` lists all of them.
 *
 * Score: each overdue person counts 1, plus 1 for every `DAYS_PER_POINT` days beyond the limit
 * (a person a year over weighs about thirteen times one who is a day over).
 *
 * Severity: low for any overdue person; medium from `MEDIUM_PEOPLE` people or when anyone is
 * `MEDIUM_DAYS` days over; high when at least `HIGH_SHARE` of the centre's pretrial people are
 * overdue (and at least `MEDIUM_PEOPLE`). Never critical: it is a breach of a legal duty that
 * calls for the courts, not a threat of violence in the coming days. (The demonstration estate
 * holds about 18 % of its pretrial people beyond the limit, as Ecuador does: medium in most
 * centres.)
 *
 * A second, milder finding (subject `due`, always low) lists the limits falling due in the next
 * `DUE_WITHIN_DAYS` days (today included), so a hearing can be sought in time.
 *
 * Since: the start of the day after the earliest lapsed limit (the due finding: T).
 * Not restricted.
 */
import type { AlertSeverity } from '../../../kernel/vocabulary.ts';
import { addDays, dayIn, dayInWords, dayStartIn, joinNames } from './common.ts';
import type { CentreFacts, Finding, PersonFacts, Sentence, Signal } from './facts.ts';

/** A month beyond the limit weighs as much as one more person held beyond it. */
export const DAYS_PER_POINT = 30;
/** Five people overdue is no longer a clerical slip. */
export const MEDIUM_PEOPLE = 5;
/** Three months over the limit is a failure of the courts' follow-up, even for one person. */
export const MEDIUM_DAYS = 90;
/** A quarter of the unsentenced held unlawfully is systemic. */
export const HIGH_SHARE = 0.25;
/** A week ahead: enough to ask a judge for a hearing before the limit passes. */
export const DUE_WITHIN_DAYS = 7;
/** How many people a reason names before giving the rest as a number. */
export const NAMED_IN_REASONS = 5;
/** How many lapses the timeline shows before summing up the rest. */
export const TIMELINE_ENTRIES = 20;

const DAY_MS = 86_400_000;
const isHeld = (person: PersonFacts) => person.state !== 'unaccounted';
const isPretrial = (person: PersonFacts) => person.legalStatus === 'pretrial' && person.pretrialLimit !== null && isHeld(person);

/** The score of people overdue by these numbers of days. */
export function overdueScore(daysOver: readonly number[]): number {
  return daysOver.reduce((sum, days) => sum + 1 + Math.max(0, days) / DAYS_PER_POINT, 0);
}

/** The severity of these overdue people in a centre holding `pretrial` pretrial people. */
export function overdueSeverity(daysOver: readonly number[], pretrial: number): AlertSeverity {
  const count = daysOver.length;
  if (count >= MEDIUM_PEOPLE && pretrial > 0 && count / pretrial >= HIGH_SHARE) return 'high';
  if (count >= MEDIUM_PEOPLE || daysOver.some((d) => d >= MEDIUM_DAYS)) return 'medium';
  return 'low';
}

interface Lapse {
  person: PersonFacts;
  limit: string;
  /** Days from the limit day to T's day (negative: still to come). */
  days: number;
}

/** Ties by id, not by name: thousands of people are sorted at a large centre, and a collator costs milliseconds there. */
const byPerson = (a: Lapse, b: Lapse) => (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0);
const mostOverdueFirst = (a: Lapse, b: Lapse) => b.days - a.days || byPerson(a, b);

function namesOf(lapses: readonly Lapse[], describe: (l: Lapse) => Sentence): Sentence {
  const named = lapses.slice(0, NAMED_IN_REASONS).map(describe);
  const rest = lapses.length - named.length;
  const es = named.map((n) => n.es);
  const en = named.map((n) => n.en);
  if (rest > 0) {
    es.push(`${rest} ${rest === 1 ? 'persona más' : 'personas más'}`);
    en.push(`${rest} more ${rest === 1 ? 'person' : 'people'}`);
  }
  return { es: joinNames(es).es, en: joinNames(en).en };
}

export const pretrialOverdue: Signal = (facts: CentreFacts): Finding[] => {
  const zone = facts.centre.timezone;
  const today = dayIn(facts.at, zone);
  const pretrial = facts.people.filter(isPretrial);
  const todayMs = Date.parse(today);
  const lapses: Lapse[] = pretrial.map((person) => {
    const limit = person.pretrialLimit as string;
    return { person, limit, days: Math.round((todayMs - Date.parse(limit)) / DAY_MS) };
  });
  const overdue = lapses.filter((l) => l.days > 0).sort(mostOverdueFirst);
  const due = lapses.filter((l) => l.days <= 0 && -l.days < DUE_WITHIN_DAYS).sort(mostOverdueFirst);
  const centre = facts.centre.name;
  const findings: Finding[] = [];

  if (overdue.length > 0) {
    const daysOver = overdue.map((l) => l.days);
    const total = daysOver.reduce((a, b) => a + b, 0);
    const n = overdue.length;
    const oldest = overdue[0] as Lapse;
    const timeline = [...overdue]
      .sort((a, b) => (a.limit < b.limit ? -1 : a.limit > b.limit ? 1 : 0) || byPerson(a, b))
      .slice(0, TIMELINE_ENTRIES)
      .map((l) => ({
        at: dayStartIn(addDays(l.limit, 1), zone),
        text: {
          es: `Vence el plazo de prisión preventiva de ${l.person.name} (${dayInWords(l.limit).es}).`,
          en: `The pretrial detention limit of ${l.person.name} passes (${dayInWords(l.limit).en}).`,
        },
      }));
    if (n > TIMELINE_ENTRIES) {
      timeline.push({ at: facts.at, text: { es: `Y el de ${n - TIMELINE_ENTRIES} personas más.`, en: `And that of ${n - TIMELINE_ENTRIES} more people.` } });
    }
    findings.push({
      type: 'pretrial_overdue',
      centre: facts.centre.code,
      location: null,
      subject: 'overdue',
      severity: overdueSeverity(daysOver, pretrial.length),
      score: Math.round(overdueScore(daysOver) * 100) / 100,
      since: dayStartIn(addDays(oldest.limit, 1), zone),
      reasons: [
        n === 1
          ? {
              es: `En ${centre} hay 1 persona en prisión preventiva más allá de su plazo legal (COIP art. 541): ${total} ${total === 1 ? 'día' : 'días'} de más.`,
              en: `${centre} holds 1 person in pretrial detention beyond the legal limit (COIP art. 541): ${total} ${total === 1 ? 'day' : 'days'} over.`,
            }
          : {
              es: `En ${centre} hay ${n} personas en prisión preventiva más allá de su plazo legal (COIP art. 541), de ${pretrial.length} en prisión preventiva; suman ${total} días de más.`,
              en: `${centre} holds ${n} people in pretrial detention beyond the legal limit (COIP art. 541), of ${pretrial.length} held pretrial; ${total} days over in all.`,
            },
        (() => {
          const names = namesOf(overdue, (l) => ({ es: `${l.person.name} (${l.days} ${l.days === 1 ? 'día' : 'días'})`, en: `${l.person.name} (${l.days} ${l.days === 1 ? 'day' : 'days'})` }));
          return n === 1 ? { es: `Se trata de ${names.es}.`, en: `This is ${names.en}.` } : { es: `Las más atrasadas: ${names.es}.`, en: `The longest overdue: ${names.en}.` };
        })(),
      ],
      persons: overdue.map((l) => l.person.id),
      groups: [],
      restricted: false,
      timeline,
    });
  }

  if (due.length > 0) {
    const names = namesOf(due, (l) => ({ es: `${l.person.name} (${dayInWords(l.limit).es})`, en: `${l.person.name} (${dayInWords(l.limit).en})` }));
    const n = due.length;
    findings.push({
      type: 'pretrial_overdue',
      centre: facts.centre.code,
      location: null,
      subject: 'due',
      severity: 'low',
      score: n,
      since: facts.at,
      reasons: [
        {
          es: `En ${centre}, el plazo de prisión preventiva de ${n} ${n === 1 ? 'persona vence' : 'personas vence'} en los próximos ${DUE_WITHIN_DAYS} días: ${names.es}.`,
          en: `At ${centre}, the pretrial detention limit of ${n} ${n === 1 ? 'person passes' : 'people passes'} in the next ${DUE_WITHIN_DAYS} days: ${names.en}.`,
        },
      ],
      persons: due.map((l) => l.person.id),
      groups: [],
      restricted: false,
      timeline: due.map((l) => ({ at: facts.at, text: { es: `Plazo de ${l.person.name}: ${dayInWords(l.limit).es}.`, en: `Limit of ${l.person.name}: ${dayInWords(l.limit).en}.` } })),
    });
  }
  return findings;
};
