import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { CentrePicker, useChosenCentre } from '../roll/CentrePicker.tsx';
import { pretrialLeft } from './PretrialText.ts';
import { PRETRIAL_WINDOW, usePretrialDue } from './queries.ts';
import './start.css';

/** The most a page lists; the totals count everyone. */
const LIMIT = 500;

/**
 * Every person of a centre whose pretrial limit (COIP art. 541) has passed or falls within 30
 * days, most urgent first: the full screen behind the director's card.
 */
export function PretrialDuePage() {
  const { t, tn, formatNumber: n, formatDate } = useI18n();
  const { centre, name } = useChosenCentre();
  const due = usePretrialDue(centre, PRETRIAL_WINDOW, LIMIT);
  const data = due.data;
  const total = data ? data.overdue + data.due : 0;
  return (
    <Page
      title={t('pretrialDue.title')}
      heading={centre ? t('pretrialDue.heading', { centre: name }) : t('pretrialDue.title')}
      intro={t('pretrialDue.intro', { days: PRETRIAL_WINDOW })}
    >
      <CentrePicker path="/pretrial-due" />
      {centre && <LoadState query={due} />}
      {data && total === 0 && <p className="empty-state">{t('pretrialDue.empty', { days: PRETRIAL_WINDOW })}</p>}
      {data && total > 0 && (
        <>
          {data.people.length < total && <p>{t('pretrialDue.shown', { shown: n(data.people.length), total: n(total) })}</p>}
          <div className="table-wrap">
            <table className="data-table pretrial-due-table">
              <caption>{t('pretrialDue.caption', { days: PRETRIAL_WINDOW })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('pretrialDue.col.person')}</th>
                  <th scope="col">{t('pretrialDue.col.since')}</th>
                  <th scope="col">{t('pretrialDue.col.limit')}</th>
                  <th scope="col">{t('pretrialDue.col.left')}</th>
                </tr>
              </thead>
              <tbody>
                {data.people.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <Link to={`/persons/${encodeURIComponent(p.id)}`}>
                        {p.familyNames}, {p.givenNames}
                      </Link>
                      <span className="cell-note">{p.id}</span>
                    </th>
                    <td>{formatDate(p.clock.since)}</td>
                    <td>
                      {formatDate(p.clock.limitDate)}
                      <span className="cell-note">{t('pretrialDue.months', { months: p.clock.limitMonths })}</span>
                    </td>
                    <td className={p.clock.overdue ? 'overdue' : undefined}>{pretrialLeft(p.clock, tn, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Page>
  );
}
