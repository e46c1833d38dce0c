import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IncidentDetail, IncidentListQuery, IncidentsOfQuery } from '../../../../src/modules/incidents/schemas.ts';
import { ApiError } from '../../api.ts';
import { useWrite } from '../../queries.ts';
import { incidentsApi } from './api.ts';

/**
 * Reads and writes of incident reports (TanStack Query, see queries.ts). Every key is under
 * `incidents`, so that a write re-reads the report, the lists, and a person's or a location's
 * incidents at once.
 */
export const incidentKeys = {
  all: () => ['incidents'] as const,
  list: (query: IncidentListQuery) => ['incidents', 'list', query] as const,
  report: (id: string) => ['incidents', 'report', id] as const,
  ofPerson: (person: string, query: IncidentsOfQuery) => ['incidents', 'person', person, query] as const,
  ofLocation: (code: string, query: IncidentsOfQuery) => ['incidents', 'location', code, query] as const,
};

/** A page of the list with these filters; the previous page stays on screen while the next loads. */
export function useIncidentList(query: IncidentListQuery, enabled = true) {
  return useQuery({ queryKey: incidentKeys.list(query), queryFn: () => incidentsApi.list(query), placeholderData: keepPreviousData, enabled });
}

export function usePersonIncidents(person: string, query: IncidentsOfQuery, enabled = true) {
  return useQuery({ queryKey: incidentKeys.ofPerson(person, query), queryFn: () => incidentsApi.ofPerson(person, query), placeholderData: keepPreviousData, enabled });
}

export function useLocationIncidents(code: string, query: IncidentsOfQuery, enabled = true) {
  return useQuery({ queryKey: incidentKeys.ofLocation(code, query), queryFn: () => incidentsApi.ofLocation(code, query), placeholderData: keepPreviousData, enabled });
}

export function useIncident(id: string) {
  return useQuery({ queryKey: incidentKeys.report(id), queryFn: () => incidentsApi.get(id) });
}

export function useCreateIncident() {
  return useWrite(incidentsApi.create, [incidentKeys.all()]);
}

/**
 * A change of the report `id`, sent with the version on screen. The answer is the whole report;
 * when someone else changed it meanwhile (409) the report is read again, and the form says so.
 */
export function useReportWrite<TInput>(id: string, run: (input: TInput) => Promise<IncidentDetail>) {
  const client = useQueryClient();
  return useWrite(
    run,
    [incidentKeys.all()],
    {
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409) void client.invalidateQueries({ queryKey: incidentKeys.report(id) });
      },
    },
  );
}
