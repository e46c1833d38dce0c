import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/engine.ts';
import { errorResponses, routeDocs } from '../../server/http-schemas.ts';
import { auditContext, authorise } from '../../server/request-context.ts';
import { addAddendum } from './add-addendum.ts';
import { correctIncident } from './correct-incident.ts';
import { getIncident } from './get-incident.ts';
import { incidentsOfLocation, incidentsOfPerson, listIncidents } from './list-incidents.ts';
import { addPerson, changePerson, removePerson } from './people-involved.ts';
import { INCIDENT_PERMISSIONS } from './policy.ts';
import { reportIncident } from './report-incident.ts';
import {
  addendumInputSchema,
  addPersonInputSchema,
  changePersonInputSchema,
  correctIncidentInputSchema,
  createIncidentInputSchema,
  damageInputSchema,
  forcesInputSchema,
  incidentDetailSchema,
  incidentListQuerySchema,
  incidentPageSchema,
  incidentParamsSchema,
  incidentPersonParamsSchema,
  incidentsOfQuerySchema,
  incidentStaffParamsSchema,
  itemsInputSchema,
  staffInputSchema,
  transitionInputSchema,
  versionQuerySchema,
} from './schemas.ts';
import { z } from 'zod';
import { locationCode, registerNumber } from '../../kernel/fields.ts';
import { setList } from './set-lists.ts';
import { addStaff, changeStaff, removeStaff } from './staff-involved.ts';
import { takeTransition } from './take-transition.ts';

const docs = routeDocs(['incidents'], errorResponses(400, 401, 403, 404, 409));
const READ = INCIDENT_PERMISSIONS['incident.read'];
const WRITE = INCIDENT_PERMISSIONS['incident.write'];
const answer = { 200: incidentDetailSchema };

/** Incident reports: the first report, its growth, the status workflow, and the lists. */
export function incidentRoutes(deps: { db: Database }): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.post(
      '/incidents',
      docs('Open an incident report (a draft, or submitted at once); issues its id', { body: createIncidentInputSchema, response: { 201: incidentDetailSchema } }),
      async (request, reply) => {
        const principal = authorise(request, INCIDENT_PERMISSIONS['incident.report'], { centre: request.body.centre });
        return reply.status(201).send(await reportIncident(db, auditContext(request), principal, request.body));
      },
    );

    app.get(
      '/incidents',
      docs('Incidents of the caseload: filters, views (my drafts, to review, closed), paged; newest first', { querystring: incidentListQuerySchema, response: { 200: incidentPageSchema } }),
      async (request) => listIncidents(db, authorise(request, READ), request.query),
    );

    app.get(
      '/incidents/:id',
      docs('The whole report: people, staff, addenda, items, damage, forces, casualties, history, and what the user may do now', { params: incidentParamsSchema, response: answer }),
      async (request) => getIncident(db, authorise(request, READ), request.params.id),
    );

    app.patch(
      '/incidents/:id',
      docs('Correct the first report (draft or returned), set the end time or the other casualties (open report)', { params: incidentParamsSchema, body: correctIncidentInputSchema, response: answer }),
      async (request) => correctIncident(db, auditContext(request), authorise(request, WRITE), request.params.id, request.body),
    );

    app.post(
      '/incidents/:id/transitions',
      docs('Submit, return, resubmit, close, mark duplicate or not reportable, reopen (as the transition table allows)', { params: incidentParamsSchema, body: transitionInputSchema, response: answer }),
      async (request) => takeTransition(db, auditContext(request), authorise(request, WRITE), request.params.id, request.body),
    );

    app.post(
      '/incidents/:id/addenda',
      docs('Add a narrative addendum (never edited)', { params: incidentParamsSchema, body: addendumInputSchema, response: answer }),
      async (request) => addAddendum(db, auditContext(request), authorise(request, WRITE), request.params.id, request.body),
    );

    app.post(
      '/incidents/:id/people',
      docs('Add a person in custody involved, in one role, with an injury level', { params: incidentParamsSchema, body: addPersonInputSchema, response: answer }),
      async (request) => addPerson(db, auditContext(request), authorise(request, WRITE), request.params.id, request.body),
    );

    app.put(
      '/incidents/:id/people/:person/:role',
      docs("Change a person's injury or note", { params: incidentPersonParamsSchema, body: changePersonInputSchema, response: answer }),
      async (request) => {
        const { id, person, role } = request.params;
        return changePerson(db, auditContext(request), authorise(request, WRITE), id, { ...request.body, person, role });
      },
    );

    app.delete(
      '/incidents/:id/people/:person/:role',
      docs('Remove a person added by mistake (draft or returned)', { params: incidentPersonParamsSchema, querystring: versionQuerySchema, response: answer }),
      async (request) => {
        const { id, person, role } = request.params;
        return removePerson(db, auditContext(request), authorise(request, WRITE), id, { version: request.query.version, person, role });
      },
    );

    app.post(
      '/incidents/:id/staff',
      docs('Add a member of staff involved', { params: incidentParamsSchema, body: staffInputSchema, response: answer }),
      async (request) => addStaff(db, auditContext(request), authorise(request, WRITE), request.params.id, request.body),
    );

    app.put(
      '/incidents/:id/staff/:staffId',
      docs('Change what is recorded of a member of staff involved', { params: incidentStaffParamsSchema, body: staffInputSchema, response: answer }),
      async (request) => changeStaff(db, auditContext(request), authorise(request, WRITE), request.params.id, request.params.staffId, request.body),
    );

    app.delete(
      '/incidents/:id/staff/:staffId',
      docs('Remove a member of staff added by mistake (draft or returned)', { params: incidentStaffParamsSchema, querystring: versionQuerySchema, response: answer }),
      async (request) => removeStaff(db, auditContext(request), authorise(request, WRITE), request.params.id, request.params.staffId, request.query),
    );

    app.put(
      '/incidents/:id/items',
      docs('Replace the weapons and items used', { params: incidentParamsSchema, body: itemsInputSchema, response: answer }),
      async (request) => setList(db, auditContext(request), authorise(request, WRITE), request.params.id, request.body.version, { items: request.body.items }),
    );

    app.put(
      '/incidents/:id/damage',
      docs('Replace the damage to locations', { params: incidentParamsSchema, body: damageInputSchema, response: answer }),
      async (request) => setList(db, auditContext(request), authorise(request, WRITE), request.params.id, request.body.version, { damage: request.body.damage }),
    );

    app.put(
      '/incidents/:id/forces',
      docs('Replace the external forces called (police, military, fire, ambulance)', { params: incidentParamsSchema, body: forcesInputSchema, response: answer }),
      async (request) => setList(db, auditContext(request), authorise(request, WRITE), request.params.id, request.body.version, { forces: request.body.forces }),
    );

    app.get(
      '/persons/:id/incidents',
      docs('The incidents a person was involved in (within the caseload), newest first', {
        params: z.object({ id: registerNumber }),
        querystring: incidentsOfQuerySchema,
        response: { 200: incidentPageSchema },
      }),
      async (request) => incidentsOfPerson(db, authorise(request, READ), request.params.id, request.query),
    );

    app.get(
      '/locations/:code/incidents',
      docs('The incidents at a location and everything under it, newest first', {
        params: z.object({ code: locationCode }),
        querystring: incidentsOfQuerySchema,
        response: { 200: incidentPageSchema },
      }),
      async (request) => incidentsOfLocation(db, authorise(request, READ), request.params.code, request.query),
    );
  };
}
