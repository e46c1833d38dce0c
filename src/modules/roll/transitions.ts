import type { Localised } from '../../kernel/language.ts';
import type { MovementType, ReleaseReason } from '../../kernel/vocabulary.ts';
import { STATE_WORDS } from './movement-words.ts';

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
  | { ok: false; detail: string; why: Localised; state: string; tooEarly?: { last: Date } };

const stateName = (s: PersonState | null) => (s === null ? 'not_in_custody' : s.state);

/** A refusal: `detail` for logs and the importer, `why` for the person recording it. */
function fail(current: PersonState | null, detail: string, why: Localised): Transition {
  return { ok: false, detail, why, state: stateName(current) };
}

/** Why a movement cannot happen in the person's current state. */
function stateWhy(current: PersonState): Localised {
  return STATE_WORDS[current.state];
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
    const last = current.since.toISOString();
    return {
      ok: false,
      detail: `at ${m.at.toISOString()} is before the last movement (${last})`,
      why: { es: `la hora es anterior a su último movimiento (${last})`, en: `the time is before their last movement (${last})` },
      state: current.state,
      tooEarly: { last: current.since },
    };
  }
  switch (m.type) {
    case 'admission':
      if (current) return fail(current, 'already in custody', { es: 'la persona ya está bajo custodia', en: 'the person is already in custody' });
      if (!m.toCentre || !m.episode) return fail(current, 'an admission needs a centre or cell', { es: 'un ingreso necesita un centro o una celda', en: 'an admission needs a centre or cell' });
      return {
        ok: true,
        next: { person: m.person, episode: m.episode, centre: m.toCentre, location: m.toLocation, state: 'in', outReason: null, since: m.at },
      };
    case 'release':
    case 'death':
      if (!current) return fail(current, 'not in custody', { es: 'la persona no está bajo custodia', en: 'the person is not in custody' });
      if (m.type === 'release' && current.state !== 'in' && current.state !== 'out') return fail(current, `cannot be released while ${current.state}`, stateWhy(current));
      return {
        ok: true,
        next: null,
        ends: m.type === 'death' ? 'death' : m.reason && RELEASE_CODES.has(m.reason) ? (m.reason as ReleaseReason) : 'unspecified',
      };
    case 'transfer':
      if (!current) return fail(current, 'not in custody', { es: 'la persona no está bajo custodia', en: 'the person is not in custody' });
      if (current.state !== 'in') return fail(current, `cannot be transferred while ${current.state}`, stateWhy(current));
      if (!m.toCentre) return fail(current, 'a transfer needs a centre or cell', { es: 'un traslado necesita un centro o una celda de destino', en: 'a transfer needs a receiving centre or cell' });
      if (m.toCentre === current.centre) return fail(current, 'a transfer goes to another centre (use internal_move)', { es: 'un traslado va a otro centro (dentro del mismo centro es un cambio de celda)', en: 'a transfer goes to another centre (within the same centre it is a cell move)' });
      return { ok: true, next: placedAt(current, m, m.toCentre), movedCentre: true };
    case 'transfer_out':
      if (!current) return fail(current, 'not in custody', { es: 'la persona no está bajo custodia', en: 'the person is not in custody' });
      if (current.state !== 'in') return fail(current, `cannot leave while ${current.state}`, stateWhy(current));
      if (!m.toCentre) return fail(current, 'a transfer needs a receiving centre or cell', { es: 'un traslado necesita un centro o una celda de destino', en: 'a transfer needs a receiving centre or cell' });
      if (m.toCentre === current.centre) return fail(current, 'a transfer goes to another centre (use internal_move)', { es: 'un traslado va a otro centro (dentro del mismo centro es un cambio de celda)', en: 'a transfer goes to another centre (within the same centre it is a cell move)' });
      return {
        ok: true,
        next: { ...current, location: null, state: 'en_route', outReason: null, destination: m.toCentre, destinationLocation: m.toLocation, since: m.at },
      };
    case 'transfer_arrival':
      if (!current) return fail(current, 'not in custody', { es: 'la persona no está bajo custodia', en: 'the person is not in custody' });
      if (current.state !== 'en_route' || !current.destination) return fail(current, 'not en route', { es: 'la persona no está en tránsito hacia otro centro', en: 'the person is not en route to another centre' });
      if (m.toCentre && m.toCentre !== current.destination) return fail(current, `expected at ${current.destination}`, { es: `a la persona se la espera en ${current.destination}`, en: `the person is expected at ${current.destination}` });
      return { ok: true, next: placedAt(current, m, current.destination, m.toLocation ?? current.destinationLocation ?? null), movedCentre: true };
    case 'internal_move':
      if (!current) return fail(current, 'not in custody', { es: 'la persona no está bajo custodia', en: 'the person is not in custody' });
      if (current.state !== 'in') return fail(current, `cannot be moved while ${current.state}`, stateWhy(current));
      if (!m.toLocation) return fail(current, 'an internal move needs a cell', { es: 'un cambio de celda necesita una celda', en: 'a cell move needs a cell' });
      if (m.toCentre !== current.centre) return fail(current, 'an internal move stays in the same centre (use transfer)', { es: 'un cambio de celda queda en el mismo centro (a otro centro es un traslado)', en: 'a cell move stays in the same centre (to another centre it is a transfer)' });
      return { ok: true, next: placedAt(current, m, current.centre) };
    case 'court_out':
    case 'hospital_out':
      if (!current) return fail(current, 'not in custody', { es: 'la persona no está bajo custodia', en: 'the person is not in custody' });
      if (current.state !== 'in') return fail(current, `cannot go out while ${current.state}`, stateWhy(current));
      return { ok: true, next: { ...current, state: 'out', outReason: m.type === 'court_out' ? 'court' : 'hospital', since: m.at } };
    case 'court_return':
    case 'hospital_return': {
      if (!current) return fail(current, 'not in custody', { es: 'la persona no está bajo custodia', en: 'the person is not in custody' });
      const expected = m.type === 'court_return' ? 'court' : 'hospital';
      if (current.state !== 'out' || current.outReason !== expected) return fail(current, `not out at ${expected}`, expected === 'court' ? { es: 'la persona no está fuera en audiencia', en: 'the person has not gone out to court' } : { es: 'la persona no está fuera en el hospital', en: 'the person has not gone out to hospital' });
      if (m.toCentre && m.toCentre !== current.centre) return fail(current, 'returns to the same centre', { es: 'el regreso es al mismo centro del que salió', en: 'the return is to the centre the person left' });
      return { ok: true, next: { ...current, location: m.toLocation ?? current.location, state: 'in', outReason: null, since: m.at } };
    }
    case 'escape':
      if (!current) return fail(current, 'not in custody', { es: 'la persona no está bajo custodia', en: 'the person is not in custody' });
      if (current.state === 'unaccounted') return fail(current, 'already unaccounted for', { es: 'la persona ya consta como evadida', en: 'the person is already unaccounted for' });
      return { ok: true, next: { ...current, state: 'unaccounted', outReason: null, since: m.at } };
    case 'recapture':
      if (!current) return fail(current, 'not in custody', { es: 'la persona no está bajo custodia', en: 'the person is not in custody' });
      if (current.state !== 'unaccounted') return fail(current, 'not unaccounted for', { es: 'la persona no consta como evadida', en: 'the person is not unaccounted for' });
      if (!m.toCentre) return fail(current, 'a recapture needs a centre or cell', { es: 'una recaptura necesita un centro o una celda', en: 'a recapture needs a centre or cell' });
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
