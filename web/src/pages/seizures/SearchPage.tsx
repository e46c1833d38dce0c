import { useState } from 'react';
import { SuccessNote } from '../../components/Alert.tsx';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { PlaceName } from '../../components/PlaceName.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useCentreOf, useCentreZone } from '../../queries.ts';
import { Link } from '../../router.tsx';
import { FindRows } from './FindTable.tsx';
import { useSearch } from './queries.ts';

/** One search: where, when, by whom, with what result, and every item found (with its incident report). */
export function SearchPage({ id }: { id: string }) {
  const { t, formatWhen, formatDay } = useI18n();
  const search = useSearch(id);
  const data = search.data;
  const centre = useCentreOf(data?.centre);
  const zone = useCentreZone(data?.centre);
  // Arrived from the form: say it was saved.
  const [saved] = useState(() => new URLSearchParams(window.location.search).has('saved'));
  const title = data ? t('sz.search.title', { date: formatDay(data.startedAt, zone) }) : t('sz.view.searches');
  return (
    <Page title={title} breadcrumb={<Breadcrumb items={[{ label: t('sz.title'), to: '/searches' }, { label: title }]} />}>
      <LoadState query={search} />
      {saved && data && <SuccessNote>{t('sz.search.saved')}</SuccessNote>}
      {data && (
        <>
          <section className="panel">
            <dl className="facts facts-columns">
              <dt>{t('sz.col.centre')}</dt>
              <dd>
                <Link to={`/centres/${encodeURIComponent(data.centre)}/finds`}>{centre?.name ?? data.centre}</Link>
              </dd>
              <dt>{t('sz.col.location')}</dt>
              <dd>{data.location ? <PlaceName code={data.location} name={data.locationName} /> : t('sz.wholeCentre')}</dd>
              <dt>{t('sz.col.kind')}</dt>
              <dd>{t(`sz.kind.${data.kind}`)}</dd>
              <dt>{t('sz.col.started')}</dt>
              <dd>
                {formatWhen(data.startedAt, zone)}
                {data.endedAt && <span className="code-note">{t('sz.search.ended', { at: formatWhen(data.endedAt, zone) })}</span>}
              </dd>
              <dt>{t('sz.col.team')}</dt>
              <dd>{data.team}</dd>
              <dt>{t('sz.col.result')}</dt>
              <dd>{t(`sz.result.${data.result}`)}</dd>
              {data.note && (
                <>
                  <dt>{t('sz.form.note')}</dt>
                  <dd className="prewrap">{data.note}</dd>
                </>
              )}
            </dl>
            <p className="field-hint">{t('sz.search.recorded', { by: data.recordedBy, at: formatWhen(data.recordedAt, zone) })}</p>
          </section>
          <h2>{t('sz.search.finds')}</h2>
          {data.finds.length === 0 ? (
            <p className="empty-state">{t('sz.search.noFinds')}</p>
          ) : (
            <div className="table-wrap">
              <FindRows finds={data.finds} caption={t('sz.finds.caption', { count: data.finds.length })} withinSearch />
            </div>
          )}
        </>
      )}
    </Page>
  );
}
