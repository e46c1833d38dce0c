import { describe, expect, it } from 'vitest';
import { AUTH_PERMISSIONS } from '../modules/auth/policy.ts';
import { ESTATE_PERMISSIONS } from '../modules/estate/policy.ts';
import { decide, ROLES, type Decision, type Principal, type Role } from './access.ts';

const user = (roles: Role[], centres: string[] | 'all'): Pick<Principal, 'roles' | 'caseload'> => ({
  roles,
  caseload: centres === 'all' ? { all: true, centres: [] } : { all: false, centres },
});

const officerMachala = user(['officer'], ['MAC']);
const directorMachala = user(['director', 'supervisor'], ['MAC']);
const hq = user(['hq'], 'all');
const oversight = user(['oversight'], 'all');
const admin = user(['admin'], 'all');
const nobody = user([], ['MAC']);

// The grid: who, which permission, on which record, and what they get.
const scenarios: [string, Pick<Principal, 'roles' | 'caseload'>, readonly Role[], { centre: string | null } | undefined, Decision][] = [
  ['officer at Machala opens a Machala centre', officerMachala, ESTATE_PERMISSIONS['centre.read'], { centre: 'MAC' }, 'allow'],
  ['officer at Machala opens a Litoral record → not found', officerMachala, ESTATE_PERMISSIONS['centre.read'], { centre: 'LIT' }, 'not_found'],
  ['officer at Machala tries to manage a Litoral record → still not found', officerMachala, ESTATE_PERMISSIONS['centre.manage'], { centre: 'LIT' }, 'not_found'],
  ['officer at Machala tries to change the Machala centre → forbidden', officerMachala, ESTATE_PERMISSIONS['centre.manage'], { centre: 'MAC' }, 'forbidden'],
  ['officer lists users → forbidden', officerMachala, AUTH_PERMISSIONS['user.read'], undefined, 'forbidden'],
  ['director of Machala lists users → forbidden', directorMachala, AUTH_PERMISSIONS['user.read'], undefined, 'forbidden'],
  ['HQ opens any centre', hq, ESTATE_PERMISSIONS['centre.read'], { centre: 'LIT' }, 'allow'],
  ['HQ cannot manage users', hq, AUTH_PERMISSIONS['user.manage'], undefined, 'forbidden'],
  ['oversight verifies the audit chain', oversight, AUTH_PERMISSIONS['audit.verify'], undefined, 'allow'],
  ['oversight cannot read raw audit entries', oversight, AUTH_PERMISSIONS['audit.read'], undefined, 'forbidden'],
  ['administrator manages users', admin, AUTH_PERMISSIONS['user.manage'], undefined, 'allow'],
  ['administrator manages centres', admin, ESTATE_PERMISSIONS['centre.manage'], { centre: 'LIT' }, 'allow'],
  ['a user with no role sees nothing in their centre', nobody, ESTATE_PERMISSIONS['centre.read'], { centre: 'MAC' }, 'forbidden'],
];

describe('access decisions', () => {
  it.each(scenarios)('%s', (_name, principal, allowed, record, expected) => {
    expect(decide(principal, allowed, record)).toBe(expected);
  });

  it('never allows a record outside the caseload, whatever the roles', () => {
    for (const role of ROLES) {
      for (const table of [AUTH_PERMISSIONS, ESTATE_PERMISSIONS]) {
        for (const allowed of Object.values(table)) {
          expect(decide(user([role], ['MAC']), allowed, { centre: 'LIT' })).toBe('not_found');
        }
      }
    }
  });

  it('gives user administration to administrators alone', () => {
    const holders = ROLES.filter((role) => decide(user([role], 'all'), AUTH_PERMISSIONS['user.manage']) === 'allow');
    expect(holders).toEqual(['admin']);
  });
});
