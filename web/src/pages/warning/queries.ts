import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AcknowledgeAlertInput, AlertListQuery, AlertNotification, ResolveAlertInput, RiskHistoryQuery } from '../../../../src/modules/warning/schemas.ts';
import { ApiError } from '../../api.ts';
import { warningApi } from '../../api-warning.ts';
import { useI18n } from '../../i18n/index.ts';
import { useWrite } from '../../queries.ts';
import { useAlertStream } from './live.ts';

/**
 * Reads and writes of the early warning (TanStack Query, see queries.ts). Every key is under
 * `warning`, so that an acknowledgement, a resolution or a critical alert announced by the stream
 * re-reads the boards, the lists and the alert at once. Answers holding sentences the server
 * writes in the user's language (reasons, the timeline, automatic resolutions) are keyed by it.
 */
export const warningKeys = {
  all: () => ['warning'] as const,
  board: () => ['warning', 'board'] as const,
  centre: (code: string, language: string) => ['warning', 'centre', code, language] as const,
  list: (query: AlertListQuery, language: string) => ['warning', 'list', query, language] as const,
  alert: (id: string) => ['warning', 'alert', id] as const,
  alertIn: (id: string, language: string) => ['warning', 'alert', id, language] as const,
  riskHistory: (code: string, query: RiskHistoryQuery, language: string) => ['warning', 'risk', code, query, language] as const,
  asOf: (at: string, centre: string | undefined, language: string) => ['warning', 'as-of', at, centre ?? '*', language] as const,
};

/** The national board: every centre of the caseload by its most severe open alert. */
export function useWarningBoard(enabled = true) {
  return useQuery({ queryKey: warningKeys.board(), queryFn: () => warningApi.board(), enabled });
}

/** A centre's board: its pavilions by risk and its open alerts. */
export function useCentreWarning(code: string, enabled = true) {
  const { language } = useI18n();
  return useQuery({ queryKey: warningKeys.centre(code, language), queryFn: () => warningApi.centre(code), enabled: enabled && code !== '' });
}

/** A page of alerts with these filters; the previous page stays on screen while the next loads. */
export function useAlertList(query: AlertListQuery, enabled = true) {
  const { language } = useI18n();
  return useQuery({ queryKey: warningKeys.list(query, language), queryFn: () => warningApi.alerts(query), placeholderData: keepPreviousData, enabled });
}

export function useAlert(id: string) {
  const { language } = useI18n();
  return useQuery({ queryKey: warningKeys.alertIn(id, language), queryFn: () => warningApi.alert(id) });
}

export function useRiskHistory(code: string, query: RiskHistoryQuery) {
  const { language } = useI18n();
  return useQuery({ queryKey: warningKeys.riskHistory(code, query, language), queryFn: () => warningApi.riskHistory(code, query), placeholderData: keepPreviousData });
}

/** The signals as they stood at `at` (of one centre, or of the caseload); nothing is asked without `at`. */
export function useWarningAsOf(at: string, centre?: string) {
  const { language } = useI18n();
  return useQuery({ queryKey: warningKeys.asOf(at, centre, language), queryFn: () => warningApi.asOf(at, centre), enabled: at !== '' });
}

/**
 * Keeps the boards current while `enabled`: a critical alert announced by the stream (of the
 * centre `centre`, or of any centre) re-reads every read of the early warning, then calls
 * `onUpdated`; so does a connection that comes back after being lost.
 */
export function useLiveWarning(enabled: boolean, centre?: string, onUpdated?: (alert: AlertNotification | null) => void) {
  const client = useQueryClient();
  const refresh = useCallback(
    async (alert: AlertNotification | null) => {
      await client.invalidateQueries({ queryKey: warningKeys.all() });
      onUpdated?.(alert);
    },
    [client, onUpdated],
  );
  return useAlertStream(
    enabled,
    (alert) => {
      if (!centre || alert.centre === centre) void refresh(alert);
    },
    () => void refresh(null),
  );
}

/**
 * Acknowledge or resolve, sent with the version on screen. When someone changed the alert
 * meanwhile (409) it is read again, and the form says so in words.
 */
function useAlertWrite<TInput>(id: string, run: (input: TInput) => Promise<unknown>, stale: string) {
  const client = useQueryClient();
  return useWrite(
    async (input: TInput) => {
      try {
        return await run(input);
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 409) throw error;
        await client.invalidateQueries({ queryKey: warningKeys.alert(id) });
        // Another's change (a version moved on): said in this screen's words; a resolved alert: the server's.
        throw error.code === 'ALERT_VERSION_CHANGED' ? new ApiError(409, error.code, stale, undefined, error.requestId) : error;
      }
    },
    [warningKeys.all()],
  );
}

export function useAcknowledgeAlert(id: string) {
  const { t } = useI18n();
  return useAlertWrite(id, (input: AcknowledgeAlertInput) => warningApi.acknowledge(id, input), t('warn.stale'));
}

export function useResolveAlert(id: string) {
  const { t } = useI18n();
  return useAlertWrite(id, (input: ResolveAlertInput) => warningApi.resolve(id, input), t('warn.stale'));
}
