import type {
  AlertSeverity,
  AlertType,
  IncidentType,
  LegalStatus,
  LocationKind,
  MembershipRole,
  MovementType,
  NonAssociationLevel,
  SeizureItem,
} from '../../../kernel/vocabulary.ts';

/**
 * The facts of one centre as they stood at an instant T: what every signal reads. Built from the
 * history (placements, memberships, relations, movements, incidents, finds, counts) by
 * `facts-at.ts`; signals never read the database, so the same facts give the same alerts whether
 * they were recorded live or imported, now or replayed for a past day.
 *
 * Every list is in a stable order (by code, id or time, then id), but a signal must not depend
 * on it: the property tests shuffle them.
 */
export interface CentreFacts {
  /** T, an ISO instant. */
  at: string;
  centre: CentreOfFacts;
  /** Every pavilion (and unit directly under the centre: reception, isolation, health) with its capacities. */
  pavilions: PavilionFacts[];
  /** Every location of the centre, to name and place the ones facts mention. */
  locations: LocationFacts[];
  /** Everyone on the centre's roll at T (in, out at court or hospital, en route away, escaped). */
  people: PersonFacts[];
  /** Groups any person of `people` or `departures` belongs to, and the rivals of those. */
  groups: GroupFacts[];
  /**
   * The relations in force at T between the groups of `groups`, factions inheriting their
   * parent's (one entry per unordered pair, `a < b`).
   */
  relations: RelationFacts[];
  /** Memberships in force at T of the people in `people` and `departures`. */
  memberships: MembershipFacts[];
  /**
   * Movements in the last `LOOKBACK_DAYS.departures` days before T (inclusive of T) that took a
   * person out of a pavilion of this centre: release, transfer away, death, escape, an internal
   * move to another pavilion (and court or hospital out, for completeness). With the person's
   * memberships at the time.
   */
  departures: DepartureFacts[];
  /** Open non-associations at T between two people both on this centre's roll. */
  nonAssociations: NonAssociationFacts[];
  /** Incidents at this centre that started in the last `LOOKBACK_DAYS.incidents` days up to T. */
  incidents: IncidentFacts[];
  /** Finds at this centre in the last `LOOKBACK_DAYS.seizures` days up to T. */
  seizures: SeizureFacts[];
  /** Counts of this centre closed in the last `LOOKBACK_DAYS.counts` days up to T. */
  counts: CountFacts[];
  /**
   * The number of people of this centre unaccounted for (escaped, not recaptured) at T and at
   * each of T − 1, T − 3 and T − 7 days, newest first: whether the missing list shrinks.
   */
  unaccounted: { at: string; count: number; people: string[] }[];
}

/** How far back, in days, the facts reach. */
export const LOOKBACK_DAYS = { departures: 14, incidents: 120, seizures: 30, counts: 14 } as const;

export interface CentreOfFacts {
  code: string;
  name: string;
  /** IANA zone (days are counted in it). */
  timezone: string;
  designCapacity: number;
  workingCapacity: number;
  maxCapacity: number;
}

export interface PavilionFacts {
  code: string;
  name: string;
  kind: LocationKind;
  designCapacity: number;
  workingCapacity: number;
  maxCapacity: number;
}

export interface LocationFacts {
  code: string;
  name: string;
  kind: LocationKind;
  /** The pavilion (or unit directly under the centre) it lies in; itself for a pavilion. */
  pavilion: string | null;
  /** The wing it lies in, if any; itself for a wing. */
  wing: string | null;
}

export interface PersonFacts {
  id: string;
  /** "Family names, given names", for sentences. */
  name: string;
  /** in | out | en_route | unaccounted */
  state: 'in' | 'out' | 'en_route' | 'unaccounted';
  /** The cell or unit (null: on the roll, not placed), with its wing and pavilion. */
  location: string | null;
  wing: string | null;
  pavilion: string | null;
  legalStatus: LegalStatus | null;
  /** The first day of pretrial detention of the current episode (YYYY-MM-DD), for pretrial people. */
  pretrialSince: string | null;
  /** The day preventive detention lapses (COIP art. 541), for pretrial people. */
  pretrialLimit: string | null;
}

export interface GroupFacts {
  code: string;
  name: string;
  parent: string | null;
}

export interface RelationFacts {
  a: string;
  b: string;
  relation: 'rival' | 'allied';
}

export interface MembershipFacts {
  person: string;
  group: string;
  role: MembershipRole;
  confidence: 'confirmed' | 'probable' | 'possible';
  /** YYYY-MM-DD or null (unknown). */
  since: string | null;
}

export interface DepartureFacts {
  person: string;
  name: string;
  at: string;
  type: MovementType;
  fromLocation: string | null;
  fromPavilion: string | null;
  /** Another pavilion of this centre (internal move), or null. */
  toPavilion: string | null;
  /** Another centre (transfer), or null. */
  toCentre: string | null;
  /** The person's memberships when they left. */
  memberships: { group: string; role: MembershipRole }[];
  /**
   * Whether they are back in `fromPavilion` at T (a court or hospital return, a move back):
   * then the departure is no longer a loss.
   */
  backAtT: boolean;
}

export interface NonAssociationFacts {
  id: string;
  personA: string;
  personB: string;
  level: NonAssociationLevel;
  reason: string;
  /** When it was recorded (ISO instant). */
  since: string;
}

export interface IncidentFacts {
  id: string;
  type: IncidentType;
  severity: string;
  at: string;
  location: string | null;
  pavilion: string | null;
  deaths: number;
  injuries: number;
}

export interface SeizureFacts {
  id: string;
  at: string;
  item: SeizureItem;
  quantity: number;
  location: string | null;
  pavilion: string | null;
  person: string | null;
}

export interface CountFacts {
  id: string;
  kind: 'scheduled' | 'emergency';
  closedAt: string;
  /** Lines closed with fewer counted than expected and no reconciliation, with the shortfall. */
  shortLines: { location: string | null; expected: number; counted: number }[];
}

/** A sentence in both languages. */
export interface Sentence {
  es: string;
  en: string;
}

/**
 * What a signal finds: one future alert. `subject` tells two findings of one type and centre
 * apart across evaluations (the pavilion and the group of a vacuum, the pair of a
 * non-association): a later evaluation with the same (type, centre, subject) is the same alert.
 */
export interface Finding {
  type: AlertType;
  centre: string;
  /** The location the finding is about (DESIGN: a pavilion for a vacuum, the smallest location holding it otherwise); null = centre-wide. */
  location: string | null;
  subject: string;
  severity: AlertSeverity;
  /** Comparable across findings of one type; higher is worse. */
  score: number;
  /** When the facts behind it first held (ISO instant). */
  since: string;
  /** Sentences naming the people, groups and places. */
  reasons: Sentence[];
  /** Everyone the reasons name (ids) and every group (codes). */
  persons: string[];
  groups: string[];
  /**
   * Built on intelligence (memberships, group relations, non-associations, finds): roles
   * without intelligence access see the alert and its severity, not its reasons or people.
   */
  restricted: boolean;
  /** The facts behind it in time order, for the alert's page. */
  timeline: { at: string; text: Sentence }[];
}

/** A signal: a pure function of a centre's facts at T. */
export type Signal = (facts: CentreFacts) => Finding[];
