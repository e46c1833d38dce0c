import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../db/testing/index.ts';
import { evaluateWarning } from './evaluate.ts';
import { factsAt } from './facts-at.ts';
import { loadWarningHistory } from './history.ts';
import { CHANGES_PEOPLE_FACTS, KEEP_MS, LEAVES_PEOPLE_FACTS, peopleFactsOf, type PeopleFacts } from './people-facts-cache.ts';
import { admit, buildPavilionCentre, gang, member, move, relate } from './testing.ts';

const NO_FACTS: PeopleFacts = {
  legal: { persons: [], changes: [] },
  groups: { groups: [], relations: [], memberships: [] },
  nonAssociations: [],
};

describe('the people facts kept between evaluations of a centre', { timeout: 120_000 }, () => {
  const t = useTestDatabase();
  const AT = new Date('2021-11-20T12:00:00Z');

  beforeAll(async () => {
    await buildPavilionCentre(t.db, 'PFA', 2);
    await buildPavilionCentre(t.db, 'PFB', 1);
    await gang(t.db, 'LC', 'Los Choneros');
    await gang(t.db, 'LL', 'Los Lobos');
    await relate(t.db, 'LC', 'LL', 'rival', '2020-06-01');
    await admit(t.db, { id: 'PFA-1', givenNames: 'Pedro', familyNames: 'Alvarado' }, 'PFA-P1-A-1', '2021-09-01T15:00:00Z', { legalStatus: 'sentenced' });
    await admit(t.db, { id: 'PFA-2', givenNames: 'Juan', familyNames: 'Bravo' }, 'PFA-P1-A-2', '2021-09-01T15:00:00Z', { legalStatus: 'sentenced' });
    await admit(t.db, { id: 'PFB-1', givenNames: 'Mario', familyNames: 'Espinoza' }, 'PFB-P1-A-1', '2021-09-01T15:00:00Z', { legalStatus: 'sentenced' });
    await member(t.db, 'PFA-1', 'LC', 'leader', '2021-01-10');
  }, 120_000);

  it('reads them once, then again only after a change that may alter them, someone new, another window, or in time', async () => {
    let reads = 0;
    const read = async () => {
      reads += 1;
      return NO_FACTS;
    };
    const subjects = { people: ['PFA-1', 'PFA-2'], episodes: ['e1', 'e2'] };
    const evaluate = async (options: { people?: string[]; days?: string; now?: () => number } = {}) => {
      const asked = { ...subjects, people: options.people ?? subjects.people };
      const result = await peopleFactsOf(t.db, { centres: ['PFA'], days: options.days ?? 'window' }, Promise.resolve('roll'), () => asked, read, options.now);
      return result.reused;
    };

    expect(await evaluate()).toBe(false);
    expect(await evaluate()).toBe(true);
    // A movement is audited as custody.moved: the roll changes, the people facts do not.
    await move(t.db, 'PFA-2', 'internal_move', '2021-11-10T15:00:00Z', 'PFA-P2-A-1');
    expect(await evaluate()).toBe(true);
    // A membership recorded since: read again, then kept.
    await member(t.db, 'PFA-2', 'LL', 'member', '2021-05-01');
    expect(await evaluate()).toBe(false);
    expect(await evaluate()).toBe(true);
    // Someone on the roll they do not cover (a transfer in), another window of days, too old.
    expect(await evaluate({ people: ['PFA-1', 'PFA-2', 'PFB-1'] })).toBe(false);
    expect(await evaluate({ days: 'another window' })).toBe(false);
    expect(await evaluate({ days: 'another window', now: () => Date.now() + KEEP_MS + 1 })).toBe(false);
    expect(reads).toBe(5);
  });

  it('evaluates a centre on facts as current as a fresh read, through movements and changes of memberships', async () => {
    const fresh = async () => {
      const history = await loadWarningHistory(t.db, { from: AT, to: AT });
      return factsAt(history, 'PFA', AT);
    };
    const kept = async () => {
      const history = await loadWarningHistory(t.db, { centres: ['PFA'], from: AT, to: AT });
      return factsAt(history, 'PFA', AT);
    };
    await kept();
    await move(t.db, 'PFA-1', 'internal_move', '2021-11-15T15:00:00Z', 'PFA-P2-A-2');
    expect(await kept()).toEqual(await fresh());
    await member(t.db, 'PFB-1', 'LC', 'member', '2021-06-01');
    await move(t.db, 'PFB-1', 'transfer', '2021-11-16T15:00:00Z', 'PFA-P2-A-3');
    const afterTransfer = await kept();
    expect(afterTransfer).toEqual(await fresh());
    expect(afterTransfer.people.map((p) => [p.id, p.name, p.pavilion])).toEqual([
      ['PFA-1', 'Alvarado, Pedro', 'PFA-P2'],
      ['PFA-2', 'Bravo, Juan', 'PFA-P2'],
      ['PFB-1', 'Espinoza, Mario', 'PFA-P2'],
    ]);
    expect(afterTransfer.memberships.map((m) => [m.person, m.group])).toEqual([
      ['PFA-1', 'LC'],
      ['PFA-2', 'LL'],
      ['PFB-1', 'LC'],
    ]);
    // Rivals now share pavilion 2: the evaluation of the centre alone says so, as a national one does.
    const [one] = await evaluateWarning(t.db, { centres: ['PFA'], at: AT });
    const national = await evaluateWarning(t.db, { at: AT });
    expect(one?.findings).toEqual(national.find((e) => e.centre === 'PFA')?.findings);
    expect(one?.findings.map((f) => f.type)).toContain('rival_colocation');
  });

  it('throws them away after any audited action not known to leave them alone', () => {
    for (const action of ['person.created', 'custody.admitted', 'custody.legal_status_changed', 'case.added', 'import.applied', 'group.relation_recorded', 'membership.recorded', 'membership.ended', 'non_association.opened', 'non_association.closed'] as const) {
      expect(CHANGES_PEOPLE_FACTS.has(action), action).toBe(true);
      expect(LEAVES_PEOPLE_FACTS.has(action), action).toBe(false);
    }
  });
});
