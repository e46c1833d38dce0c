import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../kernel/access.ts';
import { DEATH_PERMISSIONS, requireDeathAccess } from './policy.ts';

const at = (role: Role, centres: string[] | 'all') => ({ roles: [role], caseload: centres === 'all' ? { all: true, centres: [] } : { all: false, centres } });
const outcome = (check: () => void) => {
  try {
    check();
    return 'allow';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('who reads and writes the deaths register', () => {
  const expected: Record<Role, [read: string, write: string]> = {
    health: ['allow', 'allow'],
    director: ['allow', 'allow'],
    hq: ['allow', 'allow'],
    oversight: ['allow', 'FORBIDDEN'],
    officer: ['FORBIDDEN', 'FORBIDDEN'],
    supervisor: ['FORBIDDEN', 'FORBIDDEN'],
    classification: ['FORBIDDEN', 'FORBIDDEN'],
    intelligence: ['FORBIDDEN', 'FORBIDDEN'],
    admin: ['FORBIDDEN', 'FORBIDDEN'],
  };

  it.each(ROLES.map((role) => [role, ...expected[role]] as const))('%s at the centre: read %s, write %s', (role, read, write) => {
    expect(outcome(() => requireDeathAccess(at(role, ['LIT']), DEATH_PERMISSIONS['death.read'], 'LIT'))).toBe(read);
    expect(outcome(() => requireDeathAccess(at(role, ['LIT']), DEATH_PERMISSIONS['death.write'], 'LIT'))).toBe(write);
  });

  it.each(ROLES)('%s elsewhere finds nothing, whatever the role', (role) => {
    expect(outcome(() => requireDeathAccess(at(role, ['MAC']), DEATH_PERMISSIONS['death.read'], 'LIT'))).toBe('NOT_FOUND');
  });

  it('a national caseload reads every centre', () => {
    expect(outcome(() => requireDeathAccess(at('oversight', 'all'), DEATH_PERMISSIONS['death.read'], 'LIT'))).toBe('allow');
  });
});
