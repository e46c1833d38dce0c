import type { Database } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import type { LegalStatus, Offence, RiskLevel } from '../../kernel/vocabulary.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import {
  checkLegalDate,
  checkPerson,
  findPersons,
  insertNextOfKin,
  insertPersons,
  issueRegisterNumber,
  openEpisodes,
  type NewPerson,
  type NextOfKin,
  type PersonToRegister,
} from '../register/index.ts';
import { applyMovements } from './apply-movements.ts';
import type { PlacementGuard } from './apply-movements.ts';
import { MOVEMENT_WORDS } from './movement-words.ts';
import { ROLL_PERMISSIONS, requireAllowed } from './policy.ts';
import { resolveTarget, type MovementOptions } from './record-movement.ts';

export interface AdmissionInput {
  /**
   * A new person's identity — without `id`, the next number of the admitting centre's series is
   * issued — or the register number of someone already registered.
   */
  person: PersonToRegister | { id: string };
  /** A centre code (unplaced, e.g. in reception) or a cell or unit code. */
  to: string;
  admittedAt: Date;
  arrestedAt: Date | null;
  commitmentOrder: string;
  issuingAuthority: string;
  injuriesOnArrival: string | null;
  offence: Offence;
  maxPenaltyYears: number | null;
  legalStatus: LegalStatus;
  pretrialSince: string | null;
  sentenceMonths: number | null;
  risk: RiskLevel;
  nextOfKin?: NextOfKin[];
}

const isNew = (p: AdmissionInput['person']): p is PersonToRegister => 'givenNames' in p;

/** The person named in refusals before a number is issued: the number typed, else the names. */
const refusalLabel = (p: AdmissionInput['person']) => p.id ?? (isNew(p) ? `${p.givenNames} ${p.familyNames}` : '');

/**
 * Admits a person into custody: registers them if new, opens the custody episode with its
 * commitment order, issuing authority, arrest time and injuries seen on arrival (Mandela rule 7),
 * and records the admission movement, placing them in a cell or on the centre's roll.
 */
export async function admitPerson(db: Database, context: AuditContext, input: AdmissionInput, options: MovementOptions) {
  const now = nowIn(context);
  const [known] = isNew(input.person) ? [] : await findPersons(db, [input.person.id]);
  const label = refusalLabel(input.person);
  if (isNew(input.person)) {
    const problem = checkPerson(input.person, now);
    if (problem) throw new AppError('PERSON_INVALID', { detail: problem }, problem.split(':')[0]);
  } else if (!known) {
    throw new AppError('PERSON_NOT_FOUND', { id: input.person.id }, 'person');
  }
  if (input.admittedAt.getTime() > now.getTime() + 5 * 60_000) {
    throw new AppError('MOVEMENT_INVALID', { type: MOVEMENT_WORDS.admission, id: label, detail: { es: 'la fecha de ingreso es futura', en: 'the admission is dated in the future' } }, 'admittedAt');
  }
  if (input.arrestedAt && input.arrestedAt > input.admittedAt) {
    throw new AppError('MOVEMENT_INVALID', { type: MOVEMENT_WORDS.admission, id: label, detail: { es: 'la detención es posterior al ingreso', en: 'the arrest is dated after the admission' } }, 'arrestedAt');
  }
  if (input.legalStatus === 'pretrial' && !input.pretrialSince) {
    throw new AppError('VALIDATION_FAILED', { detail: 'pretrialSince is required for a pretrial person' }, 'pretrialSince');
  }
  if (input.pretrialSince) {
    const birthDate = isNew(input.person) ? input.person.birthDate : known?.birthDate;
    checkLegalDate('pretrialSince', input.pretrialSince, { notAfter: input.admittedAt, birthDate });
  }
  const target = await resolveTarget(db, 'admission', input.to, label);
  return runAudited(db, context, async (w) => {
    let personId = input.person.id as string;
    if (isNew(input.person)) {
      // Issued last before the insert: the series stays locked only for the rest of this transaction.
      const issued = input.person.id === undefined;
      const person: NewPerson = { ...input.person, id: input.person.id ?? (await issueRegisterNumber(w, target.centre as string)) };
      personId = person.id;
      await insertPersons(w, [person]);
      w.audit({ action: 'person.created', subjectType: 'person', subjectId: personId, new: issued ? { ...person, registerNumberIssued: true } : person });
    }
    const { person: _person, to: _to, nextOfKin, ...details } = input;
    const [episode] = await openEpisodes(w, [{ ...details, person: personId, centre: target.centre as string }], context.actor.username);
    await applyMovements(
      w,
      [{ person: personId, type: 'admission', at: input.admittedAt, toCentre: target.centre, toLocation: target.location, reason: input.commitmentOrder, episode }],
      context.actor.username,
      options.guard,
    );
    if (nextOfKin && nextOfKin.length > 0) await insertNextOfKin(w, personId, nextOfKin);
    w.audit({
      action: 'custody.admitted',
      subjectType: 'person',
      subjectId: personId,
      centre: target.centre,
      new: { ...details, episode, centre: target.centre, location: target.location, nextOfKin: nextOfKin ?? [] },
    });
    return { person: personId, episode: episode as string, centre: target.centre as string, location: target.location };
  });
}

/**
 * Admits a person on a user's behalf: the receiving centre must be in their caseload and their
 * role may admit; a placement into a cell passes the placement guard.
 */
export async function admitPersonFor(
  deps: { db: Database; guardPlacement: PlacementGuard },
  caller: Pick<Principal, 'roles' | 'caseload'>,
  context: AuditContext,
  input: AdmissionInput,
) {
  const target = await resolveTarget(deps.db, 'admission', input.to, refusalLabel(input.person));
  requireAllowed(caller, ROLL_PERMISSIONS['custody.admit'], target.centre as string);
  return admitPerson(deps.db, context, input, { guard: deps.guardPlacement });
}
