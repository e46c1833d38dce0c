import { describe, expect, it } from 'vitest';
import { ROLES } from '../../kernel/access.ts';
import { countCasualties } from './casualties.ts';
import { INCIDENT_ACTIONS, INCIDENT_STATUSES, type IncidentAction, type IncidentStatus } from './schemas.ts';
import { actorsFor, availableTransitions, decideTransition, mayEdit, type Actor } from './transitions.ts';

/** The workflow as the issue words it, written out once more by hand: [action, from, to, who]. */
const EXPECTED: [IncidentAction, IncidentStatus[], IncidentStatus, Actor[]][] = [
  ['submit', ['draft'], 'submitted', ['reporter']],
  ['return', ['submitted'], 'returned', ['supervisor', 'director', 'hq']],
  ['resubmit', ['returned'], 'submitted', ['reporter']],
  ['close', ['submitted'], 'closed', ['director', 'hq']],
  ['mark_duplicate', ['submitted', 'returned'], 'duplicate', ['supervisor', 'director', 'hq']],
  ['mark_not_reportable', ['submitted', 'returned'], 'not_reportable', ['director', 'hq']],
  ['reopen', ['closed'], 'submitted', ['director', 'hq']],
];
const ACTORS: Actor[] = [...ROLES, 'reporter'];

describe('the incident workflow table', () => {
  for (const actor of ACTORS) {
    for (const status of INCIDENT_STATUSES) {
      for (const action of INCIDENT_ACTIONS) {
        const [, from, to, who] = EXPECTED.find(([a]) => a === action)!;
        const allowed = who.includes(actor) && from.includes(status);
        it(`${actor} ${allowed ? 'may' : 'may not'} ${action} a ${status} report`, () => {
          const decision = decideTransition([actor], status, action);
          expect(decision.ok).toBe(allowed);
          if (decision.ok) expect(decision.transition.to).toBe(to);
          else expect(decision.refusal).toBe(who.includes(actor) ? 'not_from_status' : 'forbidden');
        });
      }
    }
  }

  it('requires a comment to return, mark duplicate or not reportable, and reopen; the duplicated report for a duplicate', () => {
    for (const action of ['return', 'mark_duplicate', 'mark_not_reportable', 'reopen'] as const) {
      const d = decideTransition(ACTORS, action === 'reopen' ? 'closed' : 'submitted', action);
      expect(d.ok && d.transition.comment).toBe(true);
    }
    const dup = decideTransition(ACTORS, 'returned', 'mark_duplicate');
    expect(dup.ok && dup.transition.duplicateOf).toBe(true);
    const submit = decideTransition(ACTORS, 'draft', 'submit');
    expect(submit.ok && submit.transition.comment).toBe(false);
  });

  it('offers the reporter only submit on a draft, and a director return, close, duplicate and not reportable on a submitted one', () => {
    expect(availableTransitions(['officer', 'reporter'], 'draft')).toEqual(['submit']);
    expect(availableTransitions(['director'], 'submitted')).toEqual(['return', 'close', 'mark_duplicate', 'mark_not_reportable']);
    expect(availableTransitions(['oversight'], 'submitted')).toEqual([]);
  });

  it('makes the author of a report, or any supervisor, its reporter; oversight never', () => {
    const report = { reportedBy: 'guia.lit' };
    expect(actorsFor({ username: 'guia.lit', roles: ['officer'] }, report)).toContain('reporter');
    expect(actorsFor({ username: 'otro.guia', roles: ['officer'] }, report)).not.toContain('reporter');
    expect(actorsFor({ username: 'jefe', roles: ['supervisor'] }, report)).toContain('reporter');
    expect(actorsFor({ username: 'guia.lit', roles: ['oversight'] }, report)).not.toContain('reporter');
  });

  it('lets the first report be corrected only while draft or returned, and grow while open', () => {
    const reporter: Actor[] = ['officer', 'reporter'];
    expect(INCIDENT_STATUSES.filter((s) => mayEdit(reporter, s, 'correct'))).toEqual(['draft', 'returned']);
    expect(INCIDENT_STATUSES.filter((s) => mayEdit(reporter, s, 'grow'))).toEqual(['draft', 'submitted', 'returned']);
    expect(INCIDENT_STATUSES.filter((s) => mayEdit(['oversight'], s, 'addendum'))).toEqual([]);
    expect(mayEdit(['officer'], 'draft', 'grow')).toBe(false);
  });
});

describe('casualties', () => {
  it('counts deaths and injuries from the people and staff, a person once at their worst, plus the others', () => {
    const people = [
      { person: 'A', injury: 'minor' as const },
      { person: 'A', injury: 'fatal' as const },
      { person: 'B', injury: 'serious' as const },
      { person: 'C', injury: 'none' as const },
    ];
    const staff = [{ injury: 'fatal' as const }, { injury: 'minor' as const }, { injury: 'none' as const }];
    expect(countCasualties(people, staff, { otherDeaths: 2, otherInjuries: 1 })).toEqual({ deaths: 4, injuries: 3 });
    expect(countCasualties([], [], { otherDeaths: 0, otherInjuries: 0 })).toEqual({ deaths: 0, injuries: 0 });
  });
});
