/**
 * The client of incident reports (/api/v1/incidents, /persons/:id/incidents,
 * /locations/:code/incidents). Every answer is checked against its endpoint's response schema
 * from src/modules/incidents/schemas.ts (request.ts); the types are `z.infer` of the same schemas.
 */
import {
  incidentDetailSchema,
  incidentPageSchema,
  type AddendumInput,
  type AddPersonInput,
  type ChangePersonInput,
  type CorrectIncidentInput,
  type CreateIncidentInput,
  type DamageInput,
  type ForcesInput,
  type IncidentListQuery,
  type IncidentsOfQuery,
  type ItemsInput,
  type StaffInput,
  type TransitionInput,
} from '../../../../src/modules/incidents/schemas.ts';
import { listQuery } from '../../paging.ts';
import { get, send } from '../../request.ts';

const enc = encodeURIComponent;
const report = (id: string) => `/incidents/${enc(id)}`;

export const incidentsApi = {
  list: (query: IncidentListQuery) => get(incidentPageSchema, `/incidents${listQuery(query)}`),
  ofPerson: (person: string, query: IncidentsOfQuery) => get(incidentPageSchema, `/persons/${enc(person)}/incidents${listQuery(query)}`),
  ofLocation: (code: string, query: IncidentsOfQuery) => get(incidentPageSchema, `/locations/${enc(code)}/incidents${listQuery(query)}`),
  get: (id: string) => get(incidentDetailSchema, report(id)),
  create: (input: CreateIncidentInput) => send(incidentDetailSchema, 'POST', '/incidents', input),
  correct: (id: string, input: CorrectIncidentInput) => send(incidentDetailSchema, 'PATCH', report(id), input),
  transition: (id: string, input: TransitionInput) => send(incidentDetailSchema, 'POST', `${report(id)}/transitions`, input),
  addendum: (id: string, input: AddendumInput) => send(incidentDetailSchema, 'POST', `${report(id)}/addenda`, input),
  addPerson: (id: string, input: AddPersonInput) => send(incidentDetailSchema, 'POST', `${report(id)}/people`, input),
  changePerson: (id: string, person: string, role: string, input: ChangePersonInput) =>
    send(incidentDetailSchema, 'PUT', `${report(id)}/people/${enc(person)}/${enc(role)}`, input),
  removePerson: (id: string, person: string, role: string, version: number) =>
    send(incidentDetailSchema, 'DELETE', `${report(id)}/people/${enc(person)}/${enc(role)}?version=${version}`),
  addStaff: (id: string, input: StaffInput) => send(incidentDetailSchema, 'POST', `${report(id)}/staff`, input),
  changeStaff: (id: string, staffId: string, input: StaffInput) => send(incidentDetailSchema, 'PUT', `${report(id)}/staff/${enc(staffId)}`, input),
  removeStaff: (id: string, staffId: string, version: number) => send(incidentDetailSchema, 'DELETE', `${report(id)}/staff/${enc(staffId)}?version=${version}`),
  items: (id: string, input: ItemsInput) => send(incidentDetailSchema, 'PUT', `${report(id)}/items`, input),
  damage: (id: string, input: DamageInput) => send(incidentDetailSchema, 'PUT', `${report(id)}/damage`, input),
  forces: (id: string, input: ForcesInput) => send(incidentDetailSchema, 'PUT', `${report(id)}/forces`, input),
};
