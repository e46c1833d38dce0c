import { useCallback, useEffect, useRef, useState } from 'react';
import { rollApi } from '../../api-roll.ts';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useLoad } from '../../useLoad.ts';
import { centreLabel, useCaseloadCentres } from './centres.ts';
import { CentrePicker, chosenCentre } from './CentrePicker.tsx';
import { EmergencyBanner } from './EmergencyBanner.tsx';
import { LiveNote } from './LiveNote.tsx';
import { usePoll, useRollStream } from './live.ts';
import { useSearchParam, withQuery } from './query.ts';

/** The stream says when movements change the list; marks of an emergency are asked for every so often. */
const POLL_MS = 15_000;

/** The people unaccounted for at a centre, exactly as the server counts them, kept current. */
export function MissingPage() {
  const { t, tn, formatNumber, formatWhen } = useI18n();
  const [centres, reloadCentres] = useCaseloadCentres();
  const centre = chosenCentre(useSearchParam('centre'), centres);
  const fetchMissing = useCallback(
    async () =>
      centre
        ? Promise.all([rollApi.missing(centre), rollApi.emergencies(centre, 'active')]).then(([missing, active]) => ({
            missing,
            active: active.emergencies[0] ?? null,
          }))
        : null,
    [centre],
  );
  const [load, reload, , refresh] = useLoad(fetchMissing, centre);
  const live = useRollStream(centre || undefined, Boolean(centre), refresh);
  const data = load.status === 'ready' ? load.data : null;
  usePoll(refresh, POLL_MS, Boolean(data?.active));

  const count = data ? data.missing.people.length : null;
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const previous = useRef<number | null>(null);
  useEffect(() => {
    if (count === null) return;
    if (previous.current !== null && previous.current !== count) setAnnouncement(tn('missing.announce', count));
    previous.current = count;
  }, [count, tn]);

  const name = centre ? centreLabel(centres, centre) : '';
  return (
    <Page
      title={centre ? t('missing.titleCentre', { centre }) : t('missing.title')}
      heading={t('missing.title')}
      intro={centre ? name : t('missing.intro')}
      breadcrumb={<Breadcrumb items={[{ label: t('rollView.title'), to: withQuery('/roll', { centre }) }, { label: t('missing.title') }]} />}
      actions={
        data ? (
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            {t('sheet.print')}
          </button>
        ) : undefined
      }
    >
      <div className="no-print">
        {(!centre || (centres.status === 'ready' && centres.data.length > 1)) && (
          <CentrePicker centres={centres} retry={reloadCentres} path="/roll/missing" current={centre} />
        )}
      </div>
      {centre && <LoadState load={load} retry={reload} />}
      {data && (
        <>
          <p className="missing-intro no-print">{t('missing.intro')}</p>
          <LiveNote status={live} updatedAt={data.missing.at} announcement={announcement} />
          {data.active && <EmergencyBanner emergency={data.active} centreName={name} link />}
          <div className={`missing-total ${data.missing.people.length > 0 ? 'missing-total-alarm' : ''}`}>
            <span className="missing-total-label">{t('missing.count')}</span>
            <span className="missing-total-value" data-testid="missing-total">
              {formatNumber(data.missing.people.length)}
            </span>
          </div>
          {data.missing.people.length === 0 ? (
            <p className="empty-state">{t('missing.none')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table data-table-compact" data-testid="missing-list">
                <caption>{tn('missing.caption', data.missing.people.length, { centre })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('missing.col.family')}</th>
                    <th scope="col">{t('missing.col.given')}</th>
                    <th scope="col">{t('missing.col.id')}</th>
                    <th scope="col">{t('missing.col.last')}</th>
                    <th scope="col">{t('missing.col.since')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.missing.people.map((p) => (
                    <tr key={p.id} data-person={p.id}>
                      <th scope="row">{p.family_names}</th>
                      <td>{p.given_names}</td>
                      <td className="code">
                        <Link to={`/persons/${encodeURIComponent(p.id)}`}>{p.id}</Link>
                      </td>
                      <td className="code">{p.last_location ?? '—'}</td>
                      <td className="nowrap">{formatWhen(p.since)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
