import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { Figures } from '../../components/Figures.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { combined, useCentre } from '../../queries.ts';
import { CentreHousingLinks } from '../housing/CentreHousingLinks.tsx';
import { CentreFindsLink } from '../seizures/CentreFindsLink.tsx';
import { useRoll, useTreeOf } from '../roll/queries.ts';
import { CentreFacts } from './CentreFacts.tsx';
import { LocationTree } from './LocationTree.tsx';
import { Occupancy } from './Occupancy.tsx';
import { pretrialShare } from './roll-figures.ts';
import { UnplacedSection } from './UnplacedSection.tsx';

/** One centre: its facts and control authority, its roll figures, and its location tree. */
export function CentrePage({ code }: { code: string }) {
  const { t, formatNumber, formatPercent } = useI18n();
  const centre = useCentre(code);
  const tree = useTreeOf(code);
  const roll = useRoll(code, undefined);
  const ready = centre.data && tree.data && roll.data ? { centre: centre.data, tree: tree.data, roll: roll.data } : null;
  const line = ready ? (ready.roll.centres.find((c) => c.code === code) ?? ready.roll.totals) : null;
  const title = centre.data?.name ?? code;

  return (
    <Page
      title={title}
      intro={centre.data ? `${code} · ${t(`centreType.${centre.data.type}`)}` : undefined}
      breadcrumb={<Breadcrumb items={[{ label: t('centres.title'), to: '/centres' }, { label: code }]} />}
      actions={
        <div className="link-row">
          <CentreHousingLinks code={code} />
          <CentreFindsLink code={code} />
        </div>
      }
    >
      <LoadState query={combined(centre, tree, roll)} />
      {ready && line && (
        <>
          <CentreFacts centre={ready.centre} />
          <section aria-labelledby="centre-figures">
            <h2 id="centre-figures">{t('centre.figures')}</h2>
            <Figures
              label={t('centre.figures')}
              items={[
                {
                  label: t('capacity.design'),
                  value: formatNumber(line.design_capacity),
                  note: ready.centre.capacityEstimated ? <span className="tag">{t('roll.estimated')}</span> : undefined,
                },
                { label: t('capacity.working'), value: formatNumber(line.working_capacity) },
                { label: t('capacity.max'), value: formatNumber(line.max_capacity) },
                { label: t('roll.onRoll'), value: formatNumber(line.on_roll) },
                {
                  label: t('roll.occupancy'),
                  value: <Occupancy line={line} />,
                },
                {
                  label: t('roll.pretrial'),
                  value: formatNumber(line.pretrial),
                  note: t('centre.pretrialShare', { share: formatPercent(pretrialShare(line)) }),
                },
                {
                  label: t('centre.present'),
                  value: formatNumber(line.in),
                },
                {
                  label: t('centre.out'),
                  value: formatNumber(line.out),
                  note: t('centre.outDetail', {
                    court: formatNumber(line.out_court),
                    hospital: formatNumber(line.out_hospital),
                  }),
                },
                {
                  label: t('centre.unaccounted'),
                  value: formatNumber(line.unaccounted),
                  tone: line.unaccounted > 0 ? 'danger' : 'normal',
                },
                {
                  label: t('centre.unplaced'),
                  value: ready.tree.unplaced > 0 ? <a href="#unplaced">{formatNumber(ready.tree.unplaced)}</a> : formatNumber(0),
                  tone: ready.tree.unplaced > 0 ? 'warn' : 'normal',
                },
              ]}
            />
          </section>
          <section aria-labelledby="centre-locations">
            <h2 id="centre-locations">{t('centre.locations')}</h2>
            {ready.tree.locations.length === 0 ? (
              <p className="empty-state">{t('centre.noLocations')}</p>
            ) : (
              <LocationTree locations={ready.tree.locations} caption={t('centre.treeCaption', { name: ready.centre.name })} />
            )}
          </section>
          <UnplacedSection code={code} count={ready.tree.unplaced} />
        </>
      )}
    </Page>
  );
}
