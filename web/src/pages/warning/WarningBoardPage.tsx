import { useCallback, useState } from 'react';
import type { AlertSeverity, AlertType } from '../../../../src/kernel/vocabulary.ts';
import { ALERT_SEVERITY_LIST, ALERT_TYPE_LIST, type AlertView } from '../../../../src/modules/warning/schemas.ts';
import { Figures } from '../../components/Figures.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { Link } from '../../router.tsx';
import { LiveNote } from '../roll/LiveNote.tsx';
import { useSearchParam, withQuery } from '../roll/query.ts';
import { AlertCard } from './AlertCard.tsx';
import { AlertListSection } from './AlertListSection.tsx';
import { AsOfPicker } from './AsOfPicker.tsx';
import { useLiveWarning, useWarningAsOf, useWarningBoard } from './queries.ts';
import { centreBoardPath, SeverityBadge } from './words.tsx';

/** A centre's line of the board, whether from the live board or from a reconstruction. */
interface CentreLine {
  code: string;
  name: string;
  highest: AlertSeverity | null;
  open: number;
  byType: Partial<Record<AlertType, number>>;
}

const rank = (severity: AlertSeverity | null) => (severity ? ALERT_SEVERITY_LIST.indexOf(severity) : -1);

/** Most severe first, then most alerts, then by name (as the server sorts the live board). */
function sortLines(lines: CentreLine[]): CentreLine[] {
  return [...lines].sort((a, b) => rank(b.highest) - rank(a.highest) || b.open - a.open || a.name.localeCompare(b.name));
}

/** The centres' lines of a reconstruction: every centre of the caseload, with the signals found at it. */
function linesOf(alerts: AlertView[], centres: { code: string; name: string }[]): CentreLine[] {
  const lines = new Map<string, CentreLine>(centres.map((c) => [c.code, { code: c.code, name: c.name, highest: null, open: 0, byType: {} }]));
  for (const alert of alerts) {
    const line = lines.get(alert.centre) ?? { code: alert.centre, name: alert.centreName, highest: null, open: 0, byType: {} };
    line.open += 1;
    line.byType[alert.type] = (line.byType[alert.type] ?? 0) + 1;
    if (rank(alert.severity) > rank(line.highest)) line.highest = alert.severity;
    lines.set(alert.centre, line);
  }
  return sortLines([...lines.values()]);
}

function CentresTable({ lines, at }: { lines: CentreLine[]; at: string }) {
  // A reconstruction counts signals found, not alerts open.
  const { t, tn, formatNumber: n } = useI18n();
  if (lines.length === 0) return <p className="empty-state">{t('warn.board.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table data-table-compact warning-centres" data-testid="warning-centres">
        <caption>{tn('warn.board.caption', lines.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('warn.board.col.centre')}</th>
            <th scope="col">{t('warn.board.col.highest')}</th>
            <th scope="col" className="num">
              {t(at ? 'warn.asOf.col.found' : 'warn.board.col.open')}
            </th>
            <th scope="col">{t('warn.board.col.byType')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const types = ALERT_TYPE_LIST.filter((type) => (line.byType[type] ?? 0) > 0);
            return (
              <tr key={line.code} data-centre={line.code} data-severity={line.highest ?? 'none'}>
                <th scope="row">
                  <Link to={withQuery(centreBoardPath(line.code), { at: at || undefined })}>{line.name}</Link>
                </th>
                <td>
                  <SeverityBadge severity={line.highest} />
                </td>
                <td className="num">{n(line.open)}</td>
                <td>
                  {types.length === 0 ? (
                    <span className="muted">{t('warn.board.noneOpen')}</span>
                  ) : (
                    <ul className="warning-type-counts">
                      {types.map((type) => (
                        <li key={type}>
                          {t(`warn.type.${type}`)}: <strong>{n(line.byType[type] ?? 0)}</strong>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function BoardFigures({ lines, reconstructed = false }: { lines: CentreLine[]; reconstructed?: boolean }) {
  const { t, formatNumber: n } = useI18n();
  const open = lines.reduce((sum, l) => sum + l.open, 0);
  const atRisk = lines.filter((l) => rank(l.highest) >= rank('high')).length;
  const critical = lines.filter((l) => l.highest === 'critical').length;
  return (
    <Figures
      label={t('warn.board.figures')}
      items={[
        { label: t(reconstructed ? 'warn.asOf.found' : 'warn.board.open'), value: n(open) },
        { label: t('warn.board.centresAtRisk'), value: n(atRisk), tone: critical > 0 ? 'danger' : atRisk > 0 ? 'warn' : 'normal' },
      ]}
    />
  );
}

/** The signals as they stood at `at`, for every centre of the caseload. */
function Reconstruction({ at }: { at: string }) {
  const { t, tn, formatNumber, formatWhen } = useI18n();
  const centres = useCentres();
  const asOf = useWarningAsOf(at);
  const alerts = asOf.data?.alerts ?? [];
  // The country's signals are many: the high and critical ones are listed, a centre's board has them all.
  const listed = alerts.filter((a) => rank(a.severity) >= rank('high'));
  return (
    <>
      <LoadState query={asOf} />
      {asOf.data && (
        <>
          <BoardFigures lines={linesOf(alerts, centres.data ?? [])} reconstructed />
          <CentresTable lines={linesOf(alerts, centres.data ?? [])} at={at} />
          <section aria-labelledby="reconstructed-alerts">
            <h2 id="reconstructed-alerts">{t('warn.asOf.caption', { when: formatWhen(asOf.data.at), count: formatNumber(alerts.length) })}</h2>
            {alerts.length === 0 && <p className="empty-state">{t('warn.asOf.none')}</p>}
            {alerts.length > listed.length && <p className="field-hint">{tn('warn.asOf.lower', alerts.length - listed.length)}</p>}
            {listed.length > 0 && (
              <ul className="alert-cards">
                {listed.map((alert) => (
                  <li key={`${alert.centre}-${alert.type}-${alert.location ?? ''}-${alert.reasons[0] ?? alert.score}`}>
                    <AlertCard alert={alert} showCentre compact />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}

/** The board now: every centre of the caseload by its most severe open alert, kept current by the stream. */
function LiveBoard() {
  const { t } = useI18n();
  const board = useWarningBoard();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const updated = useCallback(() => setAnnouncement(t('warn.live.updated')), [t]);
  const live = useLiveWarning(true, undefined, updated);
  const lines: CentreLine[] = (board.data?.centres ?? []).map((c) => ({ code: c.code, name: c.name, highest: c.highest, open: c.open, byType: c.byType }));
  return (
    <>
      <LiveNote status={live} updatedAt={board.data?.at ?? null} announcement={announcement} centre={undefined} />
      <LoadState query={board} />
      {board.data && (
        <>
          <BoardFigures lines={lines} />
          <CentresTable lines={lines} at="" />
        </>
      )}
      <AlertListSection />
    </>
  );
}

/**
 * The national warning board: every centre of the caseload by its most severe open alert, with
 * the open alerts counted by type and the list of alerts; or, with a past time chosen, the
 * signals re-evaluated on the facts as they stood then, marked as a reconstruction.
 */
export function WarningBoardPage() {
  const { t } = useI18n();
  const at = useSearchParam('at');
  return (
    <Page title={t('warn.board.title')} intro={t('warn.board.intro')}>
      <AsOfPicker path="/alerts" at={at} />
      {at ? <Reconstruction at={at} /> : <LiveBoard />}
    </Page>
  );
}
