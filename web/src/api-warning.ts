/**
 * The client of the early warning: alerts (/api/v1/alerts), the national and centre boards, a
 * pavilion's risk history and the signals as they stood at a past time. Every answer is checked
 * against its endpoint's response schema from src/modules/warning/schemas.ts (request.ts); pages
 * take their types from the same file.
 */
import {
  alertDetailSchema,
  alertPageSchema,
  asOfSchema,
  centreWarningSchema,
  riskHistorySchema,
  warningBoardSchema,
  type AcknowledgeAlertInput,
  type AlertListQuery,
  type ResolveAlertInput,
  type RiskHistoryQuery,
} from '../../src/modules/warning/schemas.ts';
import { listQuery } from './paging.ts';
import { get, send } from './request.ts';

const enc = encodeURIComponent;
const alert = (id: string) => `/alerts/${enc(id)}`;

/** The address of the critical alerts' server-sent events (GET /alerts/stream), for an EventSource. */
export function alertStreamUrl(centre?: string): string {
  return `/api/v1/alerts/stream${listQuery({ centre })}`;
}

export const warningApi = {
  /** A page of alerts of the caseload, filtered and sorted. */
  alerts: (query: AlertListQuery) => get(alertPageSchema, `/alerts${listQuery(query)}`),
  /** One alert with its history and the facts behind it (withheld from those without intelligence access). */
  alert: (id: string) => get(alertDetailSchema, alert(id)),
  acknowledge: (id: string, input: AcknowledgeAlertInput) => send(alertDetailSchema, 'POST', `${alert(id)}/acknowledge`, input),
  resolve: (id: string, input: ResolveAlertInput) => send(alertDetailSchema, 'POST', `${alert(id)}/resolve`, input),
  /** Every centre of the caseload, most severe first, with its open alerts counted by type and severity. */
  board: () => get(warningBoardSchema, '/warning/board'),
  /** A centre's pavilions by risk and its open alerts. */
  centre: (code: string) => get(centreWarningSchema, `/centres/${enc(code)}/warning`),
  /** A pavilion's highest severity day by day, and its alerts in the period. */
  riskHistory: (code: string, query: RiskHistoryQuery = {}) => get(riskHistorySchema, `/locations/${enc(code)}/risk-history${listQuery(query)}`),
  /** The signals evaluated on the facts as they stood at `at` (of one centre, or of the caseload): a reconstruction, not persisted. */
  asOf: (at: string, centre?: string) => get(asOfSchema, `/warning/as-of${listQuery({ at, centre })}`),
};
