import { useCallback } from 'react';
import { rollApi } from '../../api-roll.ts';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { useLoad } from '../../useLoad.ts';
import { centreLabel, useCaseloadCentres } from './centres.ts';
import { CentrePicker, chosenCentre } from './CentrePicker.tsx';
import { CountHistory } from './CountHistory.tsx';
import { useSearchParam, withQuery } from './query.ts';
import { mayRoll } from './roles.ts';
import { StartCountForm } from './StartCountForm.tsx';

/** The counts of a centre: the open one (or a form to start one) and the history. */
export function CountsPage() {
  const { t, formatWhen } = useI18n();
  const { user } = useSession();
  const [centres, reloadCentres] = useCaseloadCentres();
  const centre = chosenCentre(useSearchParam('centre'), centres);
  const fetchCounts = useCallback(() => (centre ? rollApi.counts(centre) : Promise.resolve({ counts: [] })), [centre]);
  const [load, reload] = useLoad(fetchCounts, centre);
  const name = centre ? centreLabel(centres, centre) : '';
  const open = load.status === 'ready' ? load.data.counts.find((c) => c.status === 'open') : undefined;

  return (
    <Page
      title={centre ? t('counts.titleCentre', { centre }) : t('counts.title')}
      heading={t('counts.title')}
      intro={centre ? name : t('counts.intro')}
      breadcrumb={<Breadcrumb items={[{ label: t('rollView.title'), to: withQuery('/roll', { centre }) }, { label: t('counts.title') }]} />}
    >
      {!centre || (centres.status === 'ready' && centres.data.length > 1) ? (
        <CentrePicker centres={centres} retry={reloadCentres} path="/roll/counts" current={centre} />
      ) : null}
      {centre && (
        <>
          <LoadState load={load} retry={reload} />
          {load.status === 'ready' && (
            <>
              {open ? (
                <section className="panel panel-highlight" aria-labelledby="count-open">
                  <h2 id="count-open">{t('counts.openTitle')}</h2>
                  <p>{t('counts.open', { when: formatWhen(open.startedAt), who: open.startedBy, pending: open.totals.pending })}</p>
                  <Link to={`/roll/counts/${open.id}`} className="button button-primary">
                    {t('counts.continue')}
                  </Link>
                </section>
              ) : mayRoll(user, 'count.start') ? (
                <StartCountForm centre={centre} />
              ) : (
                <p className="empty-state">{t('counts.cannotStart')}</p>
              )}
              <CountHistory counts={load.data.counts} centre={centre} />
            </>
          )}
        </>
      )}
    </Page>
  );
}
