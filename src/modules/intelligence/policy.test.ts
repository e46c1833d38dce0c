import { describe, expect, it } from 'vitest';
import { decide, ROLES, type Role } from '../../kernel/access.ts';
import { INTELLIGENCE_PERMISSIONS } from './policy.ts';

const READERS: Role[] = ['officer', 'supervisor', 'director', 'intelligence', 'hq', 'oversight'];
const RECORDERS: Role[] = ['officer', 'supervisor', 'director', 'intelligence'];
const at = (role: Role) => ({ roles: [role], caseload: { all: false, centres: ['LIT'] } });

describe('who may read and record searches and seizures', () => {
  it.each(ROLES.map((role) => [role]))('%s: reads and records as the table says in its caseload, finds nothing outside it', (role) => {
    expect(decide(at(role), INTELLIGENCE_PERMISSIONS['seizure.read'], { centre: 'LIT' })).toBe(READERS.includes(role) ? 'allow' : 'forbidden');
    expect(decide(at(role), INTELLIGENCE_PERMISSIONS['seizure.record'], { centre: 'LIT' })).toBe(RECORDERS.includes(role) ? 'allow' : 'forbidden');
    expect(decide(at(role), INTELLIGENCE_PERMISSIONS['seizure.read'], { centre: 'MAC' })).toBe('not_found');
    expect(decide(at(role), INTELLIGENCE_PERMISSIONS['seizure.record'], { centre: 'MAC' })).toBe('not_found');
  });
});
