import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChangeCauseRequest, DeathListQuery, ObligationRequest, RecordDeathRequest } from '../../../../src/modules/deaths/schemas.ts';
import { keys as sharedKeys, useWrite } from '../../queries.ts';
import { deathsApi, type DeathObligation } from './api.ts';

/** The register's query keys: everything under `deaths`. */
export const deathKeys = {
  all: () => ['deaths'] as const,
  list: (query: DeathListQuery) => ['deaths', 'list', query] as const,
  entry: (person: string) => ['deaths', 'entry', person] as const,
};

export const useDeathList = (query: DeathListQuery) =>
  useQuery({ queryKey: deathKeys.list(query), queryFn: () => deathsApi.list(query), placeholderData: keepPreviousData });

export const useDeath = (person: string) => useQuery({ queryKey: deathKeys.entry(person), queryFn: () => deathsApi.entry(person) });

/** Recording a death changes the roll too. */
export const useRecordDeath = () => useWrite((input: RecordDeathRequest) => deathsApi.record(input), [deathKeys.all(), sharedKeys.roll()]);

export const useChangeCause = (person: string) => useWrite((input: ChangeCauseRequest) => deathsApi.changeCause(person, input), [deathKeys.all()]);

export const useRecordObligation = (person: string) =>
  useWrite((input: { obligation: DeathObligation } & ObligationRequest) => {
    const { obligation, ...body } = input;
    return deathsApi.recordObligation(person, obligation, body);
  }, [deathKeys.all()]);
