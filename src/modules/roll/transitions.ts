import type { MovementType, ReleaseReason } from '../../kernel/vocabulary.ts';

/** Where a person in custody is, and in what state. Pure data. */
export interface PersonState {
  person: string;
  episode: string;
  centre: string;
  /** cell or unit; null = on the roll, not placed */
  location: string | null;
  state: 'in' | 'out' | 'en_route' | 'unaccounted';
  outReason: 'court' | 'hospital' | 'other' | null;
  /** For `en_route`: the receiving centre and, if decided, the cell. */
  destination?: string | null;
  destinationLocation?: string | null;
  since: Date;
}

/** A movement with its target already resolved to a centre and, maybe, a location. */
export interface ResolvedMovement {
  person: string;
  type: MovementType;
  at: Date;
  toCentre: string | null;
  toLocation: string | null;
  reason: string | null;
  /** For an admission: the episode opened for it. */
  episode?: string;
  /** For a release or death: a note kept on the episode (default: the reason). */
  note?: string | null;
  /** The emergency it was recorded under, if any. */
  emergency?: string | null;
}

export type Transition =
  | { ok: true; next: PersonState | null; ends?: ReleaseReason | 'unspecified'; movedCentre?: boolean }
  | { ok: false; detail: string; state: string; tooEarly?: { last: Date } };

const stateName = (s: PersonState | null) => (s === null ? 'not_in_custody' : s.state);

function fail(current: PersonState | null, detail: string): Transition {
  return { ok: false, detail, state: stateName(current) };
}

function placedAt(current: PersonState, m: ResolvedMovement, centre: string, location = m.toLocation): PersonState {
  return { ...current, centre, location, state: 'in', outReason: null, destination: null, destinationLocation: null, since: m.at };
}

const RELEASE_CODES = new Set(['sentence_served', 'alternative_measure', 'acquittal', 'court_order', 'pardon', 'transfer_abroad']);

/**
 * The next state of a person after a movement, or why the movement is impossible. The same
 * rules serve live recording, the import of movements.csv and its dry run.
 */
export function nextState(current: PersonState | null, m: ResolvedMovement): Transition {
  if (current && m.at < current.since) {
    return { ok: false, detail: `at ${m.at.toISOString()} is before the last movement (${current.since.toISOString()})`, state: current.state, tooEarly: { last: current.since } };
  }
  switch (m.type) {
    case 'admission':
      if (current) return fail(current, 'already in custody');
      if (!m.toCentre || !m.episode) return fail(current, 'an admission needs a centre or cell');
      return {
        ok: true,
        next: { person: m.person, episode: m.episode, centre: m.toCentre, location: m.toLocation, state: 'in', outReason: null, since: m.at },
      };
    case 'release':
    case 'death':
      if (!current) return fail(current, 'not in custody');
      if (m.type === 'release' && current.state !== 'in' && current.state !== 'out') return fail(current, `cannot be released while ${current.state}`);
      return {
        ok: true,
        next: null,
        ends: m.type === 'death' ? 'death' : m.reason && RELEASE_CODES.has(m.reason) ? (m.reason as ReleaseReason) : 'unspecified',
      };
    case 'transfer':
      if (!current) return fail(current, 'not in custody');
      if (current.state !== 'in') return fail(current, `cannot be transferred while ${current.state}`);
      if (!m.toCentre) return fail(current, 'a transfer needs a centre or cell');
      if (m.toCentre === current.centre) return fail(current, 'a transfer goes to another centre (use internal_move)');
      return { ok: true, next: placedAt(current, m, m.toCentre), movedCentre: true };
    case 'transfer_out':
      if (!current) return fail(current, 'not in custody');
      if (current.state !== 'in') return fail(current, `cannot leave while ${current.state}`);
      if (!m.toCentre) return fail(current, 'a transfer needs a receiving centre or cell');
      if (m.toCentre === current.centre) return fail(current, 'a transfer goes to another centre (use internal_move)');
      return {
        ok: true,
        next: { ...current, location: null, state: 'en_route', outReason: null, destination: m.toCentre, destinationLocation: m.toLocation, since: m.at },
      };
    case 'transfer_arrival':
      if (!current) return fail(current, 'not in custody');
      if (current.state !== 'en_route' || !current.destination) return fail(current, 'not en route');
      if (m.toCentre && m.toCentre !== current.destination) return fail(current, `expected at ${current.destination}`);
      return { ok: true, next: placedAt(current, m, current.destination, m.toLocation ?? current.destinationLocation ?? null), movedCentre: true };
    case 'internal_move':
      if (!current) return fail(current, 'not in custody');
      if (current.state !== 'in') return fail(current, `cannot be moved while ${current.state}`);
      if (!m.toLocation) return fail(current, 'an internal move needs a cell');
      if (m.toCentre !== current.centre) return fail(current, 'an internal move stays in the same centre (use transfer)');
      return { ok: true, next: placedAt(current, m, current.centre) };
    case 'court_out':
    case 'hospital_out':
      if (!current) return fail(current, 'not in custody');
      if (current.state !== 'in') return fail(current, `cannot go out while ${current.state}`);
      return { ok: true, next: { ...current, state: 'out', outReason: m.type === 'court_out' ? 'court' : 'hospital', since: m.at } };
    case 'court_return':
    case 'hospital_return': {
      if (!current) return fail(current, 'not in custody');
      const expected = m.type === 'court_return' ? 'court' : 'hospital';
      if (current.state !== 'out' || current.outReason !== expected) return fail(current, `not out at ${expected}`);
      if (m.toCentre && m.toCentre !== current.centre) return fail(current, 'returns to the same centre');
      return { ok: true, next: { ...current, location: m.toLocation ?? current.location, state: 'in', outReason: null, since: m.at } };
    }
    case 'escape':
      if (!current) return fail(current, 'not in custody');
      if (current.state === 'unaccounted') return fail(current, 'already unaccounted for');
      return { ok: true, next: { ...current, state: 'unaccounted', outReason: null, since: m.at } };
    case 'recapture':
      if (!current) return fail(current, 'not in custody');
      if (current.state !== 'unaccounted') return fail(current, 'not unaccounted for');
      if (!m.toCentre) return fail(current, 'a recapture needs a centre or cell');
      return { ok: true, next: placedAt(current, m, m.toCentre), movedCentre: m.toCentre !== current.centre };
  }
}

/** Which movement types take a `to` (cell or centre code), which must not have one, which may. */
export const TARGET_RULE: Record<MovementType, 'required' | 'forbidden' | 'optional'> = {
  admission: 'required',
  release: 'forbidden',
  transfer: 'required',
  internal_move: 'required',
  court_out: 'forbidden',
  court_return: 'optional',
  hospital_out: 'forbidden',
  hospital_return: 'optional',
  escape: 'forbidden',
  recapture: 'required',
  death: 'forbidden',
  transfer_out: 'required',
  transfer_arrival: 'optional',
};
