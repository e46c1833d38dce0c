import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { CentrePicker, useChosenCentre } from './CentrePicker.tsx';
import { useCentreTime } from './clock.ts';
import { useLocationPhrase } from './LocationFilter.tsx';
import { useMissing } from './queries.ts';
import { useSearchParam, withQuery } from './query.ts';
import { PersonPhoto } from './PersonPhoto.tsx';

/**
 * The missing list to print and hand out (to a search team, the police): everyone unaccounted
 * for at the centre, or under one location, each with the photograph when the register holds
 * one, register number, national ID, age, last location and since when. Print CSS puts it on
 * paper black on white, rows never split across pages.
 */
export function MissingPrintPage() {
  const { t, tn, formatNumber } = useI18n();
  const { centre, name } = useChosenCentre();
  const location = useSearchParam('location').toUpperCase();
  const { when: formatWhen } = useCentreTime(centre);
  const missing = useMissing(centre, false, { location: location || undefined });
  const phrase = useLocationPhrase(centre);
  const list = missing.data;

  return (
    <Page
      title={centre ? t('missingScale.print.title', { centre }) : t('missing.title')}
      heading={t('missingScale.print.heading')}
      intro={centre ? name : undefined}
      breadcrumb={
        <Breadcrumb
          items={[
            { label: t('rollView.title'), to: withQuery('/roll', { centre }) },
            { label: t('missing.title'), to: withQuery('/roll/missing', { centre }) },
            { label: t('missingScale.printView') },
          ]}
        />
      }
      actions={
        list ? (
          <>
            <Link className="button button-secondary" to={withQuery('/roll/missing', { centre })}>
              {t('missingScale.print.back')}
            </Link>
            <button type="button" className="button button-primary" onClick={() => window.print()}>
              {t('sheet.print')}
            </button>
          </>
        ) : undefined
      }
    >
      <div className="no-print">
        <CentrePicker path="/roll/missing/print" />
      </div>
      {centre && <LoadState query={missing} />}
      {list && (
        <>
          <p className="missing-print-intro">
            {t('missingScale.print.intro', {
              where: location ? t('missingScale.print.where', { location: phrase(location) }) : '',
              at: formatWhen(list.at),
            })}
          </p>
          <div className="missing-total missing-total-alarm">
            <span className="missing-total-label">{t('missing.count')}</span>
            <span className="missing-total-value" data-testid="missing-total">
              {formatNumber(list.total)}
            </span>
          </div>
          {list.total === 0 ? (
            <p className="empty-state">{t('missing.none')}</p>
          ) : (
            <table className="data-table missing-print" data-testid="missing-print">
              <caption>{tn('missing.caption', list.total, { centre })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('missingScale.col.photo')}</th>
                  <th scope="col">{t('emergency.col.person')}</th>
                  <th scope="col">{t('missing.col.id')}</th>
                  <th scope="col">{t('missingScale.col.nationalId')}</th>
                  <th scope="col">{t('missingScale.col.age')}</th>
                  <th scope="col">{t('missing.col.last')}</th>
                  <th scope="col">{t('missing.col.since')}</th>
                </tr>
              </thead>
              <tbody>
                {list.people.map((p) => {
                  const fullName = `${p.family_names}, ${p.given_names}`;
                  return (
                    <tr key={p.id} data-person={p.id}>
                      <td className="missing-photo">
                        <PersonPhoto id={p.id} name={fullName} held={p.has_photo} />
                      </td>
                      <th scope="row">{fullName}</th>
                      <td className="code">{p.id}</td>
                      <td className="code">{p.national_id ?? '—'}</td>
                      <td className="nowrap">{p.age === null ? '—' : t('missingScale.age', { age: formatNumber(p.age) })}</td>
                      <td className="code">{p.last_location ?? '—'}</td>
                      <td className="nowrap">{formatWhen(p.since)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </Page>
  );
}
