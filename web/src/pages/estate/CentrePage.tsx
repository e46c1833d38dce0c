import { useCallback } from 'react';
import { api } from '../../api.ts';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { Figures } from '../../components/Figures.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useLoad } from '../../useLoad.ts';
import { CentreHousingLinks } from '../housing/CentreHousingLinks.tsx';
import { CentreFacts } from './CentreFacts.tsx';
import { LocationTree } from './LocationTree.tsx';
import { Occupancy } from './Occupancy.tsx';
import { pretrialShare } from './roll-figures.ts';
import { UnplacedSection } from './UnplacedSection.tsx';

/** One centre: its facts and control authority, its roll figures, and its location tree. */
export function CentrePage({ code }: { code: string }) {
  const { t, formatNumber, formatPercent } = useI18n();
  const fetchCentre = useCallback(
    () =>
      Promise.all([api.centre(code), api.centreTree(code), api.roll(code)]).then(([centre, tree, roll]) => ({
        centre,
        tree,
        line: roll.centres.find((c) => c.code === code) ?? roll.totals,
      })),
    [code],
  );
  const [load, reload, , refresh] = useLoad(fetchCentre, code);
  const title = load.status === 'ready' ? load.data.centre.name : code;

  return (
    <Page
      title={title}
      intro={load.status === 'ready' ? `${code} · ${t(`centreType.${load.data.centre.type}`)}` : undefined}
      breadcrumb={<Breadcrumb items={[{ label: t('centres.title'), to: '/centres' }, { label: code }]} />}
      actions={<CentreHousingLinks code={code} />}
    >
      <LoadState load={load} retry={reload} />
      {load.status === 'ready' && (
        <>
          <CentreFacts centre={load.data.centre} onChanged={refresh} />
          <section aria-labelledby="centre-figures">
            <h2 id="centre-figures">{t('centre.figures')}</h2>
            <Figures
              label={t('centre.figures')}
              items={[
                {
                  label: t('capacity.design'),
                  value: formatNumber(load.data.line.design_capacity),
                  note: load.data.centre.capacityEstimated ? <span className="tag">{t('roll.estimated')}</span> : undefined,
                },
                { label: t('capacity.working'), value: formatNumber(load.data.line.working_capacity) },
                { label: t('capacity.max'), value: formatNumber(load.data.line.max_capacity) },
                { label: t('roll.onRoll'), value: formatNumber(load.data.line.on_roll) },
                {
                  label: t('roll.occupancy'),
                  value: <Occupancy line={load.data.line} />,
                },
                {
                  label: t('roll.pretrial'),
                  value: formatNumber(load.data.line.pretrial),
                  note: t('centre.pretrialShare', { share: formatPercent(pretrialShare(load.data.line)) }),
                },
                {
                  label: t('centre.present'),
                  value: formatNumber(load.data.line.in),
                },
                {
                  label: t('centre.out'),
                  value: formatNumber(load.data.line.out),
                  note: t('centre.outDetail', {
                    court: formatNumber(load.data.line.out_court),
                    hospital: formatNumber(load.data.line.out_hospital),
                  }),
                },
                {
                  label: t('centre.unaccounted'),
                  value: formatNumber(load.data.line.unaccounted),
                  tone: load.data.line.unaccounted > 0 ? 'danger' : 'normal',
                },
                {
                  label: t('centre.unplaced'),
                  value: load.data.tree.unplaced > 0 ? <a href="#unplaced">{formatNumber(load.data.tree.unplaced)}</a> : formatNumber(0),
                  tone: load.data.tree.unplaced > 0 ? 'warn' : 'normal',
                },
              ]}
            />
          </section>
          <section aria-labelledby="centre-locations">
            <h2 id="centre-locations">{t('centre.locations')}</h2>
            {load.data.tree.locations.length === 0 ? (
              <p className="empty-state">{t('centre.noLocations')}</p>
            ) : (
              <LocationTree locations={load.data.tree.locations} caption={t('centre.treeCaption', { name: load.data.centre.name })} />
            )}
          </section>
          <UnplacedSection code={code} count={load.data.tree.unplaced} />
        </>
      )}
    </Page>
  );
}
