import { Figures } from '../../components/Figures.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useCentreTime } from '../roll/clock.ts';
import { withQuery } from '../roll/query.ts';
import { CentreAlertsCard } from '../warning/AlertsStartCard.tsx';
import { useTreeOf } from '../roll/queries.ts';
import { pretrialLeft } from './PretrialText.ts';
import { PRETRIAL_WINDOW, useOverridesThisWeek, usePretrialDue } from './queries.ts';
import { StartCard } from './StartCard.tsx';

/** How many of each list a card names; the full screen has them all. */
const LISTED = 5;

/** Pavilions holding more people than their design capacity, the fullest first. */
function PavilionsCard({ centre }: { centre: string }) {
  const { t, formatNumber: n, formatPercent } = useI18n();
  const tree = useTreeOf(centre);
  const over = (tree.data?.locations ?? [])
    .filter((l) => l.kind === 'pavilion' && (l.band === 'over_design' || l.band === 'over_max'))
    .sort((a, b) => b.occupancy / Math.max(1, b.design) - a.occupancy / Math.max(1, a.design));
  const critical = over.some((l) => l.band === 'over_max');
  return (
    <StartCard
      id={`start-pavilions-${centre}`}
      title={t('start.pavilions.title')}
      tone={critical ? 'danger' : over.length > 0 ? 'warn' : 'normal'}
      link={{ to: `/centres/${encodeURIComponent(centre)}`, label: t('start.pavilions.link') }}
    >
      <LoadState query={tree} />
      {tree.data && over.length === 0 && <p>{t('start.pavilions.none')}</p>}
      {over.length > 0 && (
        <ul className="start-list">
          {over.slice(0, LISTED).map((l) => (
            <li key={l.code}>
              <Link to={`/locations/${encodeURIComponent(l.code)}`}>{l.name}</Link>
              <span>
                {t('start.pavilions.line', { occupancy: n(l.occupancy), design: n(l.design), percent: l.design > 0 ? formatPercent(l.occupancy / l.design) : '—' })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </StartCard>
  );
}

/** Pretrial limits passed and due within 30 days: the totals and the most urgent people. */
function PretrialCard({ centre }: { centre: string }) {
  const { t, tn, formatNumber: n, formatDate } = useI18n();
  const due = usePretrialDue(centre, PRETRIAL_WINDOW, LISTED);
  const data = due.data;
  return (
    <StartCard
      id={`start-pretrial-${centre}`}
      title={t('start.pretrial.title')}
      tone={data && data.overdue > 0 ? 'danger' : data && data.due > 0 ? 'warn' : 'normal'}
      link={{ to: withQuery('/pretrial-due', { centre }), label: t('start.pretrial.link') }}
    >
      <LoadState query={due} />
      {data && (
        <Figures
          label={t('start.pretrial.title')}
          items={[
            { label: t('start.pretrial.overdue'), value: n(data.overdue), tone: data.overdue > 0 ? 'danger' : 'normal' },
            { label: t('start.pretrial.due', { days: PRETRIAL_WINDOW }), value: n(data.due), tone: data.due > 0 ? 'warn' : 'normal' },
          ]}
        />
      )}
      {data && data.people.length === 0 && <p>{t('start.pretrial.none', { days: PRETRIAL_WINDOW })}</p>}
      {data && data.people.length > 0 && (
        <ul className="start-list">
          {data.people.map((p) => (
            <li key={p.id} className={p.clock.overdue ? 'start-list-danger' : undefined}>
              <Link to={`/persons/${encodeURIComponent(p.id)}`}>
                {p.familyNames}, {p.givenNames}
              </Link>
              <span>
                {pretrialLeft(p.clock, tn, t)} · {formatDate(p.clock.limitDate)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </StartCard>
  );
}

/** Moves a director authorised despite blocking reasons in the last seven days. */
function OverridesCard({ centre }: { centre: string }) {
  const { t, formatNumber: n } = useI18n();
  const time = useCentreTime(centre);
  const overrides = useOverridesThisWeek(centre);
  const list = overrides.data ?? [];
  return (
    <StartCard
      id={`start-overrides-${centre}`}
      title={t('start.overrides.title')}
      link={{ to: `/centres/${encodeURIComponent(centre)}/overrides`, label: t('start.overrides.link') }}
    >
      <LoadState query={overrides} />
      {overrides.data && <Figures label={t('start.overrides.title')} items={[{ label: t('start.overrides.count'), value: n(list.length) }]} />}
      {overrides.data && list.length === 0 && <p>{t('start.overrides.none')}</p>}
      {list.length > 0 && (
        <ul className="start-list">
          {list.slice(0, 3).map((m) => (
            <li key={m.id}>
              <Link to={`/persons/${encodeURIComponent(m.person)}`}>{m.name}</Link>
              <span>{t('start.overrides.line', { to: m.to, who: m.authorisedBy ?? m.recordedBy, when: time.when(m.at) })}</span>
            </li>
          ))}
        </ul>
      )}
    </StartCard>
  );
}

/**
 * What a director sees beyond the officers' cards: the centre's open early-warning alerts,
 * pretrial limits due and passed, pavilions over capacity, overrides this week.
 */
export function DirectorCards({ centre }: { centre: string }) {
  return (
    <div className="start-cards">
      <CentreAlertsCard centre={centre} />
      <PretrialCard centre={centre} />
      <PavilionsCard centre={centre} />
      <OverridesCard centre={centre} />
    </div>
  );
}
