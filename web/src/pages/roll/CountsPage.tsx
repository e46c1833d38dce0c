import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { CentrePicker, useChosenCentre } from './CentrePicker.tsx';
import { useCentreTime } from './clock.ts';
import { CountHistory } from './CountHistory.tsx';
import { useCounts } from './queries.ts';
import { withQuery } from './query.ts';
import { mayRoll } from './roles.ts';
import { StartCountForm } from './StartCountForm.tsx';

/** The counts of a centre: the open one (or a form to start one) and the history. */
export function CountsPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const { centre, name } = useChosenCentre();
  const counts = useCounts(centre);
  const time = useCentreTime(centre);
  const open = counts.data?.find((c) => c.status === 'open');

  return (
    <Page
      title={centre ? t('counts.titleCentre', { centre }) : t('counts.title')}
      heading={t('counts.title')}
      intro={centre ? name : t('counts.intro')}
      breadcrumb={<Breadcrumb items={[{ label: t('rollView.title'), to: withQuery('/roll', { centre }) }, { label: t('counts.title') }]} />}
    >
      <CentrePicker path="/roll/counts" />
      {centre && (
        <>
          <LoadState query={counts} />
          {counts.data && (
            <>
              {open ? (
                <section className="panel panel-highlight" aria-labelledby="count-open">
                  <h2 id="count-open">{t('counts.openTitle')}</h2>
                  <p>{t('counts.open', { when: time.when(open.startedAt), who: open.startedBy, pending: open.totals.pending })}</p>
                  <Link to={`/roll/counts/${open.id}`} className="button button-primary">
                    {t('counts.continue')}
                  </Link>
                </section>
              ) : mayRoll(user, 'count.start') ? (
                <StartCountForm centre={centre} />
              ) : (
                <p className="empty-state">{t('counts.cannotStart')}</p>
              )}
              <CountHistory counts={counts.data} centre={centre} />
            </>
          )}
        </>
      )}
    </Page>
  );
}
