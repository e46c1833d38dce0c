import type { RollCentreFigures as Line } from '../../api-roll.ts';
import { Figures } from '../../components/Figures.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { Occupancy } from '../estate/Occupancy.tsx';
import { CentreLinks } from './CentreLinks.tsx';
import { withQuery } from './query.ts';

/** One centre's roll as key figures: who is where, today's movements, legal status, beds. */
export function RollCentreFigures({ line, live }: { line: Line; live: boolean }) {
  const { t, formatNumber, formatPercent } = useI18n();
  const n = formatNumber;
  return (
    <section className="roll-centre" aria-labelledby={`roll-${line.code}`}>
      <h2 id={`roll-${line.code}`}>
        {line.name} <span className="code-note">{line.code}</span>
      </h2>
      <h3>{t('rollView.population')}</h3>
      <Figures
        label={t('rollView.population')}
        items={[
          { label: t('rollView.col.onRoll'), value: n(line.on_roll) },
          { label: t('rollView.col.in'), value: n(line.in) },
          {
            label: t('rollView.col.out'),
            value: n(line.out),
            note: t('rollView.outDetail', { court: n(line.out_court), hospital: n(line.out_hospital) }),
          },
          { label: t('rollView.enRouteOut'), value: n(line.en_route) },
          { label: t('rollView.enRouteIn'), value: n(line.en_route_in) },
          {
            label: t('rollView.col.unaccounted'),
            value: n(line.unaccounted),
            tone: line.unaccounted > 0 ? 'danger' : 'normal',
            note:
              line.unaccounted > 0 ? (
                <Link to={withQuery('/roll/missing', { centre: line.code })}>
                  <span aria-hidden="true">⚠ </span>
                  {t('rollView.seeMissing')}
                </Link>
              ) : undefined,
          },
        ]}
      />
      <div className="roll-figure-columns">
        <div>
          <h3>{t(live ? 'rollView.today' : 'rollView.thatDay')}</h3>
          <Figures
            label={t('rollView.today')}
            items={[
              { label: t('rollView.arrivedToday'), value: n(line.arrived_today) },
              { label: t('rollView.leftToday'), value: n(line.left_today) },
            ]}
          />
        </div>
        <div>
          <h3>{t('rollView.legalTitle')}</h3>
          <Figures
            label={t('rollView.legalTitle')}
            items={[
              {
                label: t('rollView.pretrial'),
                value: n(line.pretrial),
                note: line.on_roll > 0 ? formatPercent(line.pretrial / line.on_roll) : undefined,
              },
              { label: t('rollView.sentenced'), value: n(line.sentenced) },
            ]}
          />
        </div>
      </div>
      <h3>{t('rollView.bedsTitle')}</h3>
      <Figures
        label={t('rollView.bedsTitle')}
        items={[
          {
            label: t('rollView.design'),
            value: n(line.design_capacity),
            note: line.capacity_estimated ? <span className="tag">{t('rollView.estimated')}</span> : undefined,
          },
          { label: t('rollView.working'), value: n(line.working_capacity) },
          { label: t('rollView.max'), value: n(line.max_capacity) },
          { label: t('rollView.col.occupancy'), value: <Occupancy line={line} />, note: t('rollView.occupancyNote') },
        ]}
      />
      <h3>{t('rollView.actions')}</h3>
      <CentreLinks code={line.code} />
    </section>
  );
}
