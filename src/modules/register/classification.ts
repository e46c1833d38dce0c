import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/engine.ts';
import { jsonRows } from '../../db/json-rows.ts';
import { AppError } from '../../kernel/errors.ts';
import type { LegalStatus, PersonSex, RiskLevel, Vulnerability } from '../../kernel/vocabulary.ts';
import type { Principal } from '../../kernel/access.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { findCustody } from './find-custody.ts';
import { classifications, custodyEpisodes } from './schema.ts';

export interface Classification {
  risk: RiskLevel;
  vulnerabilities: Vulnerability[];
  reason: string;
  recordedAt: Date;
  recordedBy: string;
}

/**
 * Classifies a person in custody: risk level and vulnerabilities, with the reason. The episode
 * carries the current classification; every classification is kept. With a principal, only for a
 * person held in their caseload (anyone else: NOT_FOUND).
 */
export async function classifyPerson(
  db: Database,
  context: AuditContext,
  input: { person: string; risk: RiskLevel; vulnerabilities: Vulnerability[]; reason: string },
  principal?: Pick<Principal, 'caseload'>,
): Promise<Classification> {
  const vulnerabilities = [...new Set(input.vulnerabilities)].sort();
  return runAudited(db, context, async (w) => {
    const episode = await findCustody(w.tx, input.person, principal);
    const [before] = await w.tx
      .select({ risk: custodyEpisodes.risk, vulnerabilities: custodyEpisodes.vulnerabilities })
      .from(custodyEpisodes)
      .where(eq(custodyEpisodes.id, episode.id));
    await w.tx.update(custodyEpisodes).set({ risk: input.risk, vulnerabilities }).where(eq(custodyEpisodes.id, episode.id));
    const [row] = await w.tx
      .insert(classifications)
      .values({ episode: episode.id, risk: input.risk, vulnerabilities, reason: input.reason, recordedBy: context.actor.username })
      .returning();
    w.audit({
      action: 'classification.recorded',
      subjectType: 'person',
      subjectId: input.person,
      centre: episode.centre,
      old: before,
      new: { risk: input.risk, vulnerabilities, reason: input.reason },
    });
    return { risk: input.risk, vulnerabilities: vulnerabilities as Vulnerability[], reason: input.reason, recordedAt: row?.recordedAt ?? nowIn(context), recordedBy: context.actor.username };
  });
}

/** The classifications of a person's open episode, newest first. */
export async function classificationHistory(db: Queryable, person: string): Promise<Classification[]> {
  const rows = await db
    .select({ risk: classifications.risk, vulnerabilities: classifications.vulnerabilities, reason: classifications.reason, recordedAt: classifications.recordedAt, recordedBy: classifications.recordedBy })
    .from(classifications)
    .innerJoin(custodyEpisodes, eq(custodyEpisodes.id, classifications.episode))
    .where(and(eq(custodyEpisodes.person, person), isNull(custodyEpisodes.releasedAt)))
    .orderBy(desc(classifications.recordedAt), desc(classifications.id));
  return rows.map((r) => ({ ...r, risk: r.risk as RiskLevel, vulnerabilities: r.vulnerabilities as Vulnerability[] }));
}

/**
 * The current classification of a person held in the caller's caseload (anyone else: NOT_FOUND),
 * and its history, newest first.
 */
export async function getClassification(
  db: Queryable,
  principal: Pick<Principal, 'caseload'>,
  person: string,
): Promise<{ risk: RiskLevel; vulnerabilities: Vulnerability[]; history: Classification[] }> {
  const episode = await findCustody(db, person, principal);
  const profile = (await custodyProfiles(db, [person])).get(person);
  return { risk: profile?.risk ?? episode.risk, vulnerabilities: profile?.vulnerabilities ?? [], history: await classificationHistory(db, person) };
}

/** What placement decisions need to know of a person in custody (or only their identity, if not). */
export interface CustodyProfile {
  id: string;
  name: string;
  /** For sorting by name (lists sort by family names). */
  familyNames?: string;
  sex: PersonSex;
  /** null: not in custody */
  centre: string | null;
  legalStatus: LegalStatus | null;
  risk: RiskLevel | null;
  vulnerabilities: Vulnerability[];
}


type ProfileRow = { id: string; givenNames: string; familyNames: string; sex: string; centre: string | null; legalStatus: string | null; risk: string | null; vulnerabilities: string[] | null };

const presentProfile = (r: ProfileRow): CustodyProfile => ({
  id: r.id,
  name: `${r.givenNames} ${r.familyNames}`,
  familyNames: r.familyNames,
  sex: r.sex as PersonSex,
  centre: r.centre,
  legalStatus: r.legalStatus as LegalStatus | null,
  risk: r.risk as RiskLevel | null,
  vulnerabilities: (r.vulnerabilities ?? []) as Vulnerability[],
});

/**
 * Identity and current custody of these people, in one query: each person's open episode is
 * found through its index (a lateral join), whatever the planner's statistics say.
 */
export async function custodyProfiles(db: Queryable, people: readonly string[]): Promise<Map<string, CustodyProfile>> {
  const unique = [...new Set(people)];
  if (unique.length === 0) return new Map();
  // As one JSON text: a group's thousands of members read in one go on the embedded engine.
  const rows = await jsonRows<ProfileRow>(
    db,
    sql`select p.id, p.given_names as "givenNames", p.family_names as "familyNames", p.sex,
               e.centre, e.legal_status as "legalStatus", e.risk, e.vulnerabilities
        from persons p
        left join lateral (
          select centre, legal_status, risk, vulnerabilities from custody_episodes
          where person = p.id and released_at is null limit 1
        ) e on true
        where p.id = any(array(select jsonb_array_elements_text(${JSON.stringify(unique)}::jsonb)))`,
  );
  return new Map(rows.map((r) => [r.id, presentProfile(r)]));
}

/** The centre holding a person now (null when not in custody); PERSON_NOT_FOUND for an unknown one. */
export async function centreOfPerson(db: Queryable, id: string): Promise<string | null> {
  const profile = (await custodyProfiles(db, [id])).get(id);
  if (!profile) throw new AppError('PERSON_NOT_FOUND', { id }, 'person');
  return profile.centre;
}

/** Everyone in custody of a centre, with what placement decisions need. */
export async function custodyProfilesAtCentre(db: Queryable, centre: string): Promise<Map<string, CustodyProfile>> {
  const rows = await jsonRows<ProfileRow>(
    db,
    sql`select p.id, p.given_names as "givenNames", p.family_names as "familyNames", p.sex,
               e.centre, e.legal_status as "legalStatus", e.risk, e.vulnerabilities
        from custody_episodes e join persons p on p.id = e.person
        where e.centre = ${centre} and e.released_at is null order by p.id`,
  );
  return new Map(rows.map((r) => [r.id, presentProfile(r)]));
}
