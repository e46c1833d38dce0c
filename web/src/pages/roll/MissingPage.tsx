import { useEffect, useRef, useState } from 'react';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { CentrePicker, useChosenCentre } from './CentrePicker.tsx';
import { useCentreTime } from './clock.ts';
import { EmergencyBanner } from './EmergencyBanner.tsx';
import { LiveNote } from './LiveNote.tsx';
import { useEmergencies, useLiveRoll, useMissing } from './queries.ts';
import { withQuery } from './query.ts';

/**
 * The people unaccounted for at a centre, exactly as the server counts them, kept current: the
 * roll's stream says when movements change the list; during an emergency, marks are asked for
 * every so often.
 */
export function MissingPage() {
  const { t, tn, formatNumber } = useI18n();
  const { centre, name } = useChosenCentre();
  const { when: formatWhen } = useCentreTime(centre);
  const active = useEmergencies(centre, 'active', centre !== '');
  const activeEmergency = active.data?.[0] ?? null;
  const missing = useMissing(centre, activeEmergency !== null);
  const live = useLiveRoll(centre || undefined, Boolean(centre));
  const data = missing.data && active.data ? { missing: missing.data, active: activeEmergency } : null;

  const count = data ? data.missing.people.length : null;
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const previous = useRef<number | null>(null);
  useEffect(() => {
    if (count === null) return;
    if (previous.current !== null && previous.current !== count) setAnnouncement(tn('missing.announce', count));
    previous.current = count;
  }, [count, tn]);

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
        <CentrePicker path="/roll/missing" />
      </div>
      {centre && <LoadState query={missing.data ? active : missing} />}
      {data && (
        <>
          <p className="missing-intro no-print">{t('missing.intro')}</p>
          <LiveNote status={live} updatedAt={data.missing.at} announcement={announcement} centre={centre} />
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
