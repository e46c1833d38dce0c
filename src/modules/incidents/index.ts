import './errors.ts';
/** Incident reports: the first report, what it grows into, the status workflow, the lists. */
export { createIncident, formatIncidentId, openIncidentIn, type NewIncidentInput } from './create-incident.ts';
export { findIncident, getIncident } from './get-incident.ts';
export { incidentsOfLocation, incidentsOfPerson, listIncidents } from './list-incidents.ts';
export { countCasualties } from './casualties.ts';
export { INCIDENT_PERMISSIONS } from './policy.ts';
export { TRANSITIONS, type Transition } from './transitions.ts';
export type { IncidentRecord } from './repository.ts';
export { selectIncidentsStarted as readIncidentsStarted, type IncidentCountRow } from './repository.ts';
export { selectIncidentEvents as readIncidentEvents, type IncidentEventRow } from './repository.ts';
export { allIncidentsForExport, findIncidentPlaces, insertImportedIncidents, type InterchangeIncident, type InterchangeIncidentPerson } from './interchange.ts';
