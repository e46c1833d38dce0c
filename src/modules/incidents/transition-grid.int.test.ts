import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../kernel/access.ts';
import type { TestClient } from '../../server/testing.ts';
import { useSmallEstateApp } from '../interchange/testing.ts';
import { INCIDENT_ACTIONS, INCIDENT_STATUSES, type IncidentAction, type IncidentDetail, type IncidentStatus } from './schemas.ts';
import { TRANSITIONS } from './transitions.ts';

/** Who acts in the grid: one user of each role at LIT, and the officer who reported the incidents. */
type GridActor = Role | 'reporter';
const ACTORS: GridActor[] = [...ROLES, 'reporter'];

/**
 * The table, read as the issue states it: an actor may take an action from a status when the
 * action starts there and names the actor's role, or names the reporter and the actor reported
 * it or is a supervisor (who acts for the reporter).
 */
function expected(actor: GridActor, status: IncidentStatus, action: IncidentAction): 'allowed' | 'forbidden' | 'wrong_status' {
  const row = TRANSITIONS.find((t) => t.action === action)!;
  const named = row.by.includes(actor) || (row.by.includes('reporter') && actor === 'supervisor');
  if (!named) return 'forbidden';
  return row.from.includes(status) ? 'allowed' : 'wrong_status';
}

describe('the incident workflow, role by status by action, through the API', () => {
  const t = useSmallEstateApp();

  it('allows or refuses every transition exactly as the table says; a refusal changes nothing', { timeout: 600_000 }, async () => {
    const users = new Map<GridActor, TestClient>();
    for (const actor of ACTORS) users.set(actor, await t.addUser(`grid.${actor}`, [actor === 'reporter' ? 'officer' : actor], ['LIT']));
    const as = (actor: GridActor) => users.get(actor)!;
    const send = async (actor: GridActor, id: string, version: number, action: IncidentAction) =>
      t.as(as(actor), 'POST', `/api/v1/incidents/${id}/transitions`, { version, action, comment: 'Motivo de la decisión', duplicateOf: original.id });
    const step = async (actor: GridActor, incident: IncidentDetail, action: IncidentAction) => {
      const response = await send(actor, incident.id, incident.version, action);
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as IncidentDetail;
    };
    const open = async () => {
      const response = await t.as(as('reporter'), 'POST', '/api/v1/incidents', { centre: 'LIT', type: 'fight', startedAt: new Date(Date.now() - 600_000).toISOString(), description: 'Pelea' });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as IncidentDetail;
    };
    /** A fresh incident brought to `status` by the actors the table allows. */
    const inStatus = async (status: IncidentStatus): Promise<IncidentDetail> => {
      const draft = await open();
      if (status === 'draft') return draft;
      const submitted = await step('reporter', draft, 'submit');
      if (status === 'submitted') return submitted;
      if (status === 'returned') return step('supervisor', submitted, 'return');
      if (status === 'closed') return step('director', submitted, 'close');
      if (status === 'duplicate') return step('supervisor', submitted, 'mark_duplicate');
      return step('director', submitted, 'mark_not_reportable');
    };
    const state = async (id: string) =>
      (
        await t.db.raw(`select (select count(*) from audit_log)::int as audit, (select count(*) from incident_history)::int as history,
          (select count(*) from incidents)::int as incidents, i.status, i.version, i.duplicate_of from incidents i where i.id = '${id}'`)
      )[0];

    const original = await open();
    let checked = 0;
    for (const status of INCIDENT_STATUSES) {
      let incident = await inStatus(status);
      for (const actor of ACTORS) {
        for (const action of INCIDENT_ACTIONS) {
          const want = expected(actor, status, action);
          const before = await state(incident.id);
          const response = await send(actor, incident.id, incident.version, action);
          const label = `${actor} ${action} on ${status}: ${response.body.slice(0, 200)}`;
          if (want === 'allowed') {
            expect(response.statusCode, label).toBe(200);
            const row = TRANSITIONS.find((t) => t.action === action)!;
            expect((response.json() as IncidentDetail).status, label).toBe(row.to);
            incident = await inStatus(status);
          } else {
            expect(response.statusCode, label).toBe(want === 'forbidden' ? 403 : 409);
            expect(await state(incident.id), label).toEqual(before);
          }
          checked += 1;
        }
      }
    }
    expect(checked).toBe(ACTORS.length * INCIDENT_STATUSES.length * INCIDENT_ACTIONS.length);
  });
});
