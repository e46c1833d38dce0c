import type { Database, Queryable } from '../../db/engine.ts';
import { hasAnyRole, isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Language } from '../../kernel/language.ts';
import type { AuditContext } from '../audit/index.ts';
import { custodyProfiles } from '../register/index.ts';
import { authorisePerson, visibleNames } from './access.ts';
import { findNonAssociation, getNonAssociation, nonAssociationsOf, openNonAssociation, setNonAssociationStatus, type NewNonAssociation, type NonAssociationWithEvents } from './non-associations.ts';
import { HOUSING_PERMISSIONS } from './policy.ts';
import type { CreatedNonAssociation, NonAssociationView } from './schemas.ts';
import { describeTogetherNow, findTogetherNow } from './together-now.ts';

/** Records as the principal may see them: people outside their caseload named by register number only. */
async function present(db: Queryable, principal: Principal, records: readonly NonAssociationWithEvents[]): Promise<NonAssociationView[]> {
  const name = await visibleNames(db, principal, records.flatMap((r) => [r.personA, r.personB]));
  return records.map(({ events, createdAt, ...r }) => ({
    ...r,
    nameA: name(r.personA),
    nameB: name(r.personB),
    createdAt: createdAt.toISOString(),
    events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
  }));
}

async function presentOne(db: Queryable, principal: Principal, id: string): Promise<NonAssociationView> {
  const [view] = await present(db, principal, [await getNonAssociation(db, id)]);
  return view as NonAssociationView;
}

/** A person's non-associations, open first, with their history (the person in the caseload). */
export async function listNonAssociations(db: Queryable, principal: Principal, person: string): Promise<NonAssociationView[]> {
  await authorisePerson(db, principal, HOUSING_PERMISSIONS['non_association.read'], person);
  return present(db, principal, await nonAssociationsOf(db, person));
}

/**
 * Records that two people must be kept apart (both in the caseload: the record names them both),
 * and says whether they are together now at its level, and where: recording it does not
 * separate them.
 */
export async function recordNonAssociation(
  db: Database,
  context: AuditContext,
  principal: Principal,
  input: NewNonAssociation,
  language: Language,
): Promise<CreatedNonAssociation> {
  for (const person of [input.personA, input.personB]) await authorisePerson(db, principal, HOUSING_PERMISSIONS['non_association.manage'], person);
  const record = await openNonAssociation(db, context, input);
  const view = await presentOne(db, principal, record.id);
  const together = await findTogetherNow(db, record);
  return { ...view, togetherNow: together ? { ...together, message: describeTogetherNow(together, view, language) } : null };
}

/**
 * Closes or reopens a non-association, with the reason. Either person in the caseload: a centre
 * can close or reopen what concerns its people; a record concerning none of them is answered as
 * one that does not exist.
 */
export async function changeNonAssociationStatus(
  db: Database,
  context: AuditContext,
  principal: Principal,
  input: { id: string; status: 'open' | 'closed'; reason: string },
): Promise<NonAssociationView> {
  if (!hasAnyRole(principal, HOUSING_PERMISSIONS['non_association.manage'])) throw new AppError('FORBIDDEN');
  const existing = await findNonAssociation(db, input.id);
  const profiles = existing ? await custodyProfiles(db, [existing.personA, existing.personB]) : new Map();
  const centres = [...profiles.values()].map((p) => p.centre).filter((c): c is string => c !== null);
  const concerns = existing !== null && (centres.length === 0 || centres.some((c) => isInCaseload(principal, c)));
  if (!concerns) throw new AppError('NON_ASSOCIATION_NOT_FOUND', { id: input.id }, 'id');
  await setNonAssociationStatus(db, context, input);
  return presentOne(db, principal, input.id);
}
