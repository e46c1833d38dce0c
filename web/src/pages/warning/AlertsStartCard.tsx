import { ALERT_SEVERITY_LIST } from '../../../../src/modules/warning/schemas.ts';
import { Figures } from '../../components/Figures.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n } from '../../i18n/index.ts';
import { StartCard } from '../start/StartCard.tsx';
import { useCentreWarning, useWarningBoard } from './queries.ts';
import { Link } from '../../router.tsx';
import { alertPath, centreBoardPath, SeverityBadge, usePlaceOf } from './words.tsx';

interface Counts {
  open: number;
  bySeverity: Record<string, number>;
}

function CountFigures({ counts, label }: { counts: Counts; label: string }) {
  const { t, formatNumber: n } = useI18n();
  const severities = [...ALERT_SEVERITY_LIST].reverse();
  return (
    <Figures
      label={label}
      items={[
        { label: t('warn.start.open'), value: n(counts.open) },
        ...severities
          .filter((s) => s === 'critical' || s === 'high' || (counts.bySeverity[s] ?? 0) > 0)
          .map((s) => ({
            label: t(`warn.count.${s}`),
            value: n(counts.bySeverity[s] ?? 0),
            tone: (counts.bySeverity[s] ?? 0) > 0 ? (s === 'critical' ? ('danger' as const) : s === 'high' ? ('warn' as const) : ('normal' as const)) : ('normal' as const),
          })),
      ]}
    />
  );
}

/** A centre's open alerts on a director's start page: counts by severity, the most severe named, the way to its board. */
export function CentreAlertsCard({ centre }: { centre: string }) {
  const { t } = useI18n();
  const board = useCentreWarning(centre);
  const placeOf = usePlaceOf();
  const data = board.data;
  const worst = data?.alerts[0];
  return (
    <StartCard
      id={`start-alerts-${centre}`}
      title={t('warn.start.title')}
      tone={data?.highest === 'critical' ? 'danger' : data?.highest === 'high' ? 'warn' : 'normal'}
      link={{ to: centreBoardPath(centre), label: t('warn.start.link') }}
    >
      <LoadState query={board} />
      {data && <CountFigures counts={data} label={t('warn.start.title')} />}
      {data && data.open === 0 && <p>{t('warn.start.none')}</p>}
      {worst && (
        <p>
          <SeverityBadge severity={worst.severity} />{' '}
          {worst.id ? (
            <Link to={alertPath(worst.id)}>{t('warn.start.centreWith', { type: t(`warn.type.${worst.type}`), place: placeOf(worst) })}</Link>
          ) : (
            t('warn.start.centreWith', { type: t(`warn.type.${worst.type}`), place: placeOf(worst) })
          )}
        </p>
      )}
    </StartCard>
  );
}

/** The caseload's open alerts on HQ's start page: counts by severity, the way to the national board. */
export function CaseloadAlertsCard() {
  const { t } = useI18n();
  const board = useWarningBoard();
  const centres = board.data?.centres ?? [];
  const counts: Counts = { open: 0, bySeverity: {} };
  for (const c of centres) {
    counts.open += c.open;
    for (const [s, count] of Object.entries(c.bySeverity)) counts.bySeverity[s] = (counts.bySeverity[s] ?? 0) + count;
  }
  // The board lists the most severe centre first.
  const worst = centres[0];
  const highest = worst?.highest ?? null;
  return (
    <StartCard
      id="start-alerts"
      title={t('warn.start.title')}
      tone={highest === 'critical' ? 'danger' : highest === 'high' ? 'warn' : 'normal'}
      link={{ to: '/alerts', label: t('warn.start.link') }}
    >
      <LoadState query={board} />
      {board.data && <CountFigures counts={counts} label={t('warn.start.title')} />}
      {board.data && counts.open === 0 && <p>{t('warn.start.none')}</p>}
      {worst && worst.highest && (
        <p>
          <SeverityBadge severity={worst.highest} /> <Link to={centreBoardPath(worst.code)}>{worst.name}</Link>
        </p>
      )}
    </StartCard>
  );
}
