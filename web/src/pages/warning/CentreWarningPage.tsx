import { useCallback, useState } from 'react';
import type { AlertSeverity } from '../../../../src/kernel/vocabulary.ts';
import { ALERT_SEVERITY_LIST, type AlertNotification, type AlertView } from '../../../../src/modules/warning/schemas.ts';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { Figures } from '../../components/Figures.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { combined, useCentreOf } from '../../queries.ts';
import { LiveNote } from '../roll/LiveNote.tsx';
import { useTreeOf } from '../roll/queries.ts';
import { useSearchParam } from '../roll/query.ts';
import { AlertCard } from './AlertCard.tsx';
import { AsOfPicker } from './AsOfPicker.tsx';
import { PavilionMap, type PavilionRisk } from './PavilionMap.tsx';
import { useCentreWarning, useLiveWarning, useWarningAsOf } from './queries.ts';
import { centreBoardPath, SeverityBadge } from './words.tsx';

const rank = (severity: AlertSeverity | null) => (severity ? ALERT_SEVERITY_LIST.indexOf(severity) : -1);

function AlertsSection({ alerts, empty, title }: { alerts: AlertView[]; empty: string; title: string }) {
  return (
    <section aria-labelledby="centre-alerts" data-testid="centre-alerts">
      <h2 id="centre-alerts">{title}</h2>
      {alerts.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <ul className="alert-cards">
          {alerts.map((alert) => (
            <li key={alert.id ?? `${alert.type}-${alert.location ?? ''}-${alert.reasons[0] ?? alert.score}`}>
              <AlertCard alert={alert} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CentreFigures({ alerts, highest, reconstructed = false }: { alerts: AlertView[]; highest: AlertSeverity | null; reconstructed?: boolean }) {
  const { t, formatNumber: n } = useI18n();
  const critical = alerts.filter((a) => a.severity === 'critical').length;
  const high = alerts.filter((a) => a.severity === 'high').length;
  return (
    <Figures
      label={t('warn.board.figures')}
      items={[
        { label: t('warn.board.col.highest'), value: <SeverityBadge severity={highest} large /> },
        { label: t(reconstructed ? 'warn.asOf.found' : 'warn.board.open'), value: n(alerts.length) },
        { label: t('warn.count.critical'), value: n(critical), tone: critical > 0 ? 'danger' : 'normal' },
        { label: t('warn.count.high'), value: n(high), tone: high > 0 ? 'warn' : 'normal' },
      ]}
    />
  );
}

/** The board now, kept current by the critical alerts' stream; each update said to screen readers. */
function LiveCentreBoard({ code }: { code: string }) {
  const { t } = useI18n();
  const board = useCentreWarning(code);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const updated = useCallback((alert: AlertNotification | null) => setAnnouncement(alert ? t('warn.live.updated') : null), [t]);
  const live = useLiveWarning(true, code, updated);
  const data = board.data;
  return (
    <>
      <LiveNote status={live} updatedAt={data?.at ?? null} announcement={announcement} centre={code} />
      <LoadState query={board} />
      {data && (
        <>
          <CentreFigures alerts={data.alerts} highest={data.highest} />
          <PavilionMap pavilions={data.pavilions} />
          <AlertsSection alerts={data.alerts} empty={t('warn.centre.noAlerts')} title={t('warn.centre.alerts')} />
        </>
      )}
    </>
  );
}

/**
 * The signals at `at`: the pavilions (as the estate is now) coloured by the reconstructed
 * signals about them or anything under them.
 */
function ReconstructedCentreBoard({ code, at }: { code: string; at: string }) {
  const { t } = useI18n();
  const asOf = useWarningAsOf(at, code);
  const tree = useTreeOf(code);
  const alerts = asOf.data?.alerts ?? [];
  const locations = tree.data?.locations ?? [];
  const parentOf = new Map(locations.map((l) => [l.code, l.parent]));
  const pavilionOf = (location: string | null): string | null => {
    let here = location;
    for (let depth = 0; here && depth < 10; depth++) {
      const parent = parentOf.get(here) ?? null;
      if (parent === null) return here;
      here = parent;
    }
    return null;
  };
  const pavilions: PavilionRisk[] = locations
    .filter((l) => l.parent === null)
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((l) => ({ code: l.code, name: l.name, highest: null, open: 0 }));
  for (const alert of alerts) {
    const tile = pavilions.find((p) => p.code === pavilionOf(alert.location));
    if (!tile) continue;
    tile.open += 1;
    if (rank(alert.severity) > rank(tile.highest)) tile.highest = alert.severity;
  }
  const highest = alerts.reduce<AlertSeverity | null>((worst, a) => (rank(a.severity) > rank(worst) ? a.severity : worst), null);
  return (
    <>
      <LoadState query={combined(asOf, tree)} />
      {asOf.data && tree.data && (
        <>
          <CentreFigures alerts={alerts} highest={highest} reconstructed />
          <PavilionMap pavilions={pavilions} at={at} />
          <AlertsSection alerts={alerts} empty={t('warn.asOf.none')} title={t('warn.asOf.found')} />
        </>
      )}
    </>
  );
}

/**
 * A centre's warning board: its pavilions as a map coloured by risk, the open alerts with their
 * reasons (withheld where they rest on intelligence the user may not read), live; or the signals
 * re-evaluated at a past time, marked as a reconstruction.
 */
export function CentreWarningPage({ code }: { code: string }) {
  const { t } = useI18n();
  const at = useSearchParam('at');
  const name = useCentreOf(code)?.name ?? code;
  return (
    <Page
      title={t('warn.centre.title', { centre: name })}
      intro={t('warn.centre.intro')}
      breadcrumb={<Breadcrumb items={[{ label: t('warn.board.title'), to: '/alerts' }, { label: name }]} />}
    >
      <AsOfPicker path={centreBoardPath(code)} at={at} centre={code} />
      {at ? <ReconstructedCentreBoard key={at} code={code} at={at} /> : <LiveCentreBoard code={code} />}
    </Page>
  );
}
