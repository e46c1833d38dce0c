import { useEffect, useId, useRef, useState } from 'react';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { Pager } from '../../components/Pager.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { CentrePicker, useChosenCentre } from './CentrePicker.tsx';
import { useCentreTime } from './clock.ts';
import { EmergencyBanner } from './EmergencyBanner.tsx';
import { LiveNote } from './LiveNote.tsx';
import { LocationFilter } from './LocationFilter.tsx';
import { useEmergencies, useLiveRoll, useMissing } from './queries.ts';
import { withQuery } from './query.ts';

const SORTS = ['name', 'location', 'since'] as const;
type MissingSortChoice = (typeof SORTS)[number];

/**
 * The people unaccounted for at a centre, exactly as the server counts them, a page at a time,
 * narrowed to a pavilion, wing or cell or to a name; kept current: the roll's stream says when
 * movements change the list; during an emergency, marks are asked for every so often. The
 * printable view (`/roll/missing/print`) has the whole list, with photographs.
 */
export function MissingPage() {
  const { t, tn, formatNumber } = useI18n();
  const searchId = useId();
  const sortId = useId();
  const { centre, name } = useChosenCentre();
  const { when: formatWhen } = useCentreTime(centre);
  const [location, setLocation] = useState('');
  const [q, setQ] = useState('');
  const [sort, setSort] = useState<MissingSortChoice>('name');
  const [pageWindow, setWindow] = useState({ offset: 0, limit: 50 });
  const active = useEmergencies(centre, 'active', centre !== '');
  const activeEmergency = active.data?.[0] ?? null;
  const missing = useMissing(centre, activeEmergency !== null, { location: location || undefined, q: q.trim() || undefined, sort, ...pageWindow });
  const live = useLiveRoll(centre || undefined, Boolean(centre));
  const data = missing.data && active.data ? { missing: missing.data, active: activeEmergency } : null;
  const filtered = location !== '' || q.trim() !== '';

  const count = data && !filtered ? data.missing.total : null;
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const previous = useRef<number | null>(null);
  useEffect(() => {
    if (count === null) return;
    if (previous.current !== null && previous.current !== count) setAnnouncement(tn('missing.announce', count));
    previous.current = count;
  }, [count, tn]);
  const refilter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setWindow((w) => ({ ...w, offset: 0 }));
  };

  return (
    <Page
      title={centre ? t('missing.titleCentre', { centre }) : t('missing.title')}
      heading={t('missing.title')}
      intro={centre ? name : t('missing.intro')}
      breadcrumb={<Breadcrumb items={[{ label: t('rollView.title'), to: withQuery('/roll', { centre }) }, { label: t('missing.title') }]} />}
      actions={
        data ? (
          <Link className="button button-secondary" to={withQuery('/roll/missing/print', { centre, location: location || undefined })}>
            {t('missingScale.printView')}
          </Link>
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
          <div className={`missing-total ${data.missing.total > 0 ? 'missing-total-alarm' : ''}`}>
            <span className="missing-total-label">{t('missing.count')}</span>
            <span className="missing-total-value" data-testid="missing-total">
              {formatNumber(data.missing.total)}
            </span>
          </div>
          <fieldset className="list-filters no-print">
            <legend className="visually-hidden">{t('missingScale.filters')}</legend>
            <LocationFilter centre={centre} value={location} onChange={refilter(setLocation)} />
            <div className="field">
              <label htmlFor={searchId}>{t('missingScale.search')}</label>
              <input id={searchId} type="search" value={q} maxLength={200} onChange={(event) => refilter(setQ)(event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={sortId}>{t('emergencyScale.sort')}</label>
              <select id={sortId} value={sort} onChange={(event) => refilter(setSort)(event.target.value as MissingSortChoice)}>
                {SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`missingScale.sort.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
          {data.missing.total === 0 ? (
            <p className="empty-state">{filtered ? t('missingScale.none') : t('missing.none')}</p>
          ) : (
            <>
              <div className="table-wrap">
                <table className="data-table data-table-compact" data-testid="missing-list">
                  <caption>{tn('missing.caption', data.missing.total, { centre })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('missing.col.family')}</th>
                      <th scope="col">{t('missing.col.given')}</th>
                      <th scope="col">{t('missing.col.id')}</th>
                      <th scope="col">{t('missingScale.col.age')}</th>
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
                        <td className="nowrap">{p.age === null ? '—' : formatNumber(p.age)}</td>
                        <td className="code">{p.last_location ?? '—'}</td>
                        <td className="nowrap">{formatWhen(p.since)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager
                total={data.missing.total}
                offset={pageWindow.offset}
                limit={pageWindow.limit}
                onChange={setWindow}
                label={t('missingScale.pagerLabel')}
                busy={missing.isFetching}
              />
            </>
          )}
        </>
      )}
    </Page>
  );
}
