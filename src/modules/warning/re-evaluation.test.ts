import { describe, expect, it } from 'vitest';
import { centresTouched } from './re-evaluation.ts';

describe('the centres a commit touches', () => {
  it('are the centres of its entries', () => {
    const touched = centresTouched([
      { action: 'custody.transferred', subjectType: 'person', subjectId: 'P1', centre: 'LIT' },
      { action: 'custody.transferred', subjectType: 'person', subjectId: 'P1', centre: 'MAC' },
      { action: 'incident.reported', subjectType: 'incident', subjectId: 'I1', centre: 'LIT' },
    ]);
    expect(touched === 'all' ? touched : [...touched].sort()).toEqual(['LIT', 'MAC']);
  });

  it('are every centre for a change of groups, memberships or an import of no centre', () => {
    for (const action of ['group.relation_recorded', 'membership.recorded', 'import.applied'] as const) {
      expect(centresTouched([{ action, subjectType: 'x', subjectId: 'y', centre: null }])).toBe('all');
    }
  });

  it('are none for the alerts’ own entries (no loop), audited reads, or national entries that change no fact', () => {
    expect(
      centresTouched([
        { action: 'alert.raised', subjectType: 'alert', subjectId: 'a', centre: 'LIT' },
        { action: 'alert.acknowledged', subjectType: 'alert', subjectId: 'a', centre: 'LIT' },
        { action: 'membership.read', subjectType: 'person', subjectId: 'P1', centre: 'LIT' },
        { action: 'auth.login', subjectType: 'user', subjectId: 'u', centre: null },
        { action: 'system.started', subjectType: 'system', subjectId: 'server', centre: null },
      ]),
    ).toEqual([]);
  });
});
