import { describe, expect, it } from 'vitest';
import { decide, ROLES, type Role } from '../../kernel/access.ts';
import { GROUP_PERMISSIONS } from '../groups/index.ts';
import { WARNING_PERMISSIONS } from './policy.ts';
import { mayReadRestricted, presentAlert, type AlertNames, type AlertSource } from './present-alerts.ts';

/** The grid, written out role by role: read, acknowledge/resolve, read restricted details. */
const GRID: Record<Role, { read: boolean; handle: boolean; restricted: boolean }> = {
  officer: { read: true, handle: false, restricted: false },
  supervisor: { read: true, handle: true, restricted: false },
  director: { read: true, handle: true, restricted: true },
  classification: { read: true, handle: false, restricted: true },
  intelligence: { read: true, handle: true, restricted: true },
  health: { read: false, handle: false, restricted: false },
  hq: { read: true, handle: true, restricted: true },
  oversight: { read: true, handle: false, restricted: false },
  admin: { read: false, handle: false, restricted: false },
};
const at = (role: Role) => ({ roles: [role], caseload: { all: false, centres: ['LIT'] } });

const names: AlertNames = { centres: new Map([['LIT', 'Litoral']]), locations: new Map([['LIT-P2', 'Pabellón 2']]), people: new Map([['P1', 'Ruiz, Ana']]), groups: new Map([['LOBOS', 'Los Lobos']]) };
const restricted: AlertSource = {
  id: '00000000-0000-4000-8000-000000000001',
  type: 'leadership_vacuum',
  centre: 'LIT',
  location: 'LIT-P2',
  severity: 'critical',
  peakSeverity: 'critical',
  score: 9,
  since: '2021-11-10T12:00:00.000Z',
  reasons: [{ es: 'Los Lobos perdió a su líder Ruiz, Ana.', en: 'Los Lobos lost its leader Ruiz, Ana.' }],
  persons: ['P1'],
  groups: ['LOBOS'],
  restricted: true,
  timeline: [{ at: '2021-11-10T12:00:00.000Z', text: { es: 'Liberada', en: 'Released' } }],
  status: 'raised',
  raisedAt: '2021-11-10T13:00:00.000Z',
  lastEvaluatedAt: '2021-11-10T13:00:00.000Z',
  acknowledgedAt: null,
  acknowledgedBy: null,
  acknowledgedByName: null,
  acknowledgedNote: null,
  resolvedAt: null,
  resolvedBy: null,
  resolvedByName: null,
  resolvedReason: null,
  resolution: null,
  version: 1,
};

describe('who may read and handle alerts', () => {
  it.each(ROLES.map((role) => [role]))('%s: reads, acknowledges and resolves as the grid says in the caseload; nothing outside it', (role) => {
    const row = GRID[role];
    expect(decide(at(role), WARNING_PERMISSIONS['alert.read'], { centre: 'LIT' })).toBe(row.read ? 'allow' : 'forbidden');
    expect(decide(at(role), WARNING_PERMISSIONS['alert.handle'], { centre: 'LIT' })).toBe(row.handle ? 'allow' : 'forbidden');
    expect(mayReadRestricted(at(role))).toBe(row.restricted);
    expect(decide(at(role), WARNING_PERMISSIONS['alert.read'], { centre: 'MAC' })).toBe('not_found');
    expect(decide(at(role), WARNING_PERMISSIONS['alert.handle'], { centre: 'MAC' })).toBe('not_found');
  });

  it('lets exactly the readers of group memberships read restricted details', () => {
    expect([...WARNING_PERMISSIONS['alert.read_restricted']].sort()).toEqual([...GROUP_PERMISSIONS['membership.read']].sort());
  });

  it('never lets a role handle alerts it may not read', () => {
    for (const role of WARNING_PERMISSIONS['alert.handle']) expect(WARNING_PERMISSIONS['alert.read']).toContain(role);
  });

  it.each(ROLES.filter((r) => GRID[r].read).map((role) => [role]))('%s sees a restricted alert as the grid says: place and severity always, reasons only with the right', (role) => {
    const view = presentAlert(restricted, at(role), 'es', names);
    expect(view).toMatchObject({ type: 'leadership_vacuum', centre: 'LIT', locationName: 'Pabellón 2', severity: 'critical', score: 9, status: 'raised' });
    if (GRID[role].restricted) {
      expect(view).toMatchObject({ withheld: false, reasons: ['Los Lobos perdió a su líder Ruiz, Ana.'], persons: ['P1'], groups: ['LOBOS'] });
      expect(view.names).toEqual({ P1: 'Ruiz, Ana', LOBOS: 'Los Lobos' });
    } else {
      expect(view).toMatchObject({ withheld: true, reasons: [], persons: [], groups: [], names: {} });
    }
  });

  it('shows an alert that is not restricted in full to every reader, in their language', () => {
    const view = presentAlert({ ...restricted, restricted: false }, at('officer'), 'en', names);
    expect(view).toMatchObject({ withheld: false, reasons: ['Los Lobos lost its leader Ruiz, Ana.'] });
  });
});
