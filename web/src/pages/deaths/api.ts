/**
 * The client of the deaths-in-custody register (/api/v1/deaths). Every answer is checked against
 * its endpoint's response schema from src/modules/deaths/schemas.ts.
 */
import {
  causeChangeSchema,
  deathEntrySchema,
  deathListSchema,
  obligationSchema,
  recordedDeathSchema,
  type ChangeCauseRequest,
  type DeathListQuery,
  type DeathObligation,
  type ObligationRequest,
  type RecordDeathRequest,
} from '../../../../src/modules/deaths/schemas.ts';
import { listQuery } from '../../paging.ts';
import { get, send } from '../../request.ts';

export { DEATH_CAUSES, DEATH_OBLIGATIONS, type DeathEntry, type DeathListItem, type DeathObligation } from '../../../../src/modules/deaths/schemas.ts';

const enc = encodeURIComponent;

export const deathsApi = {
  list: (query: DeathListQuery) => get(deathListSchema, `/deaths${listQuery(query)}`),
  entry: (person: string) => get(deathEntrySchema, `/deaths/${enc(person)}`),
  record: (input: RecordDeathRequest) => send(recordedDeathSchema, 'POST', '/deaths', input),
  changeCause: (person: string, input: ChangeCauseRequest) => send(causeChangeSchema, 'PUT', `/deaths/${enc(person)}/cause`, input),
  recordObligation: (person: string, obligation: DeathObligation, input: ObligationRequest) =>
    send(obligationSchema, 'PUT', `/deaths/${enc(person)}/obligations/${enc(obligation)}`, input),
};
