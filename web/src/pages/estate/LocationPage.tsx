import { InfoNote } from '../../components/Alert.tsx';
import { BandBadge, StatusBadge } from '../../components/BandBadge.tsx';
import { Breadcrumb, type Crumb } from '../../components/Breadcrumb.tsx';
import { Figures } from '../../components/Figures.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { hasRole, useSession } from '../../session.ts';
import { NATIONAL_TIME_ZONE } from '../../time.ts';
import { useCentreOf } from '../../queries.ts';
import { compareLocations, LocationCells, LocationHead } from './LocationColumns.tsx';
import { LocationAdmin } from './LocationAdmin.tsx';
import { LocationPeople } from './LocationPeople.tsx';
import { useLocationView } from './queries.ts';
import { IncidentsOf } from '../incidents/IncidentsOf.tsx';
import { mayWarning } from '../warning/roles.ts';
import { riskHistoryPath } from '../warning/words.tsx';

const locationLink = (code: string) => `/locations/${encodeURIComponent(code)}`;

/** A pavilion, wing, cell or unit: where it sits, its figures, what is under it and who is placed there. */
export function LocationPage({ code }: { code: string }) {
  const { t, formatNumber, formatPercent } = useI18n();
  const { user } = useSession();
  const query = useLocationView(code);
  // For the centre's name in the breadcrumb; the code will do while the list loads.
  const centre = useCentreOf(query.data?.location.centre);

  if (!query.data) {
    return (
      <Page title={code} breadcrumb={<Breadcrumb items={[{ label: t('centres.title'), to: '/centres' }, { label: code }]} />}>
        <LoadState query={query} />
      </Page>
    );
  }

  const view = query.data;
  const centreName = centre?.name ?? view.location.centre;
  const l = view.location;
  const crumbs: Crumb[] = [
    { label: t('centres.title'), to: '/centres' },
    { label: centreName, to: `/centres/${encodeURIComponent(l.centre)}` },
    ...view.ancestors.map((a) => ({ label: a.name ?? a.code ?? '', to: locationLink(a.code ?? '') })),
    { label: l.name },
  ];
  const children = [...view.children].sort(compareLocations);
  const capacities: [MessageKey, number | null, number][] = [
    ['capacity.design', l.designCapacity, l.design],
    ['capacity.working', l.workingCapacity, l.working],
    ['capacity.max', l.maxCapacity, l.max],
  ];

  return (
    <Page
      title={`${l.name} · ${l.centre}`}
      heading={l.name}
      intro={`${t(`locationKind.${l.kind}`)} · ${l.code} · ${centreName}`}
      breadcrumb={<Breadcrumb items={crumbs} />}
      actions={l.kind === 'pavilion' && mayWarning(user, 'read') && <Link to={riskHistoryPath(l.code)}>{t('warn.link.riskHistory')}</Link>}
    >
      <Figures
        label={t('location.figures')}
        items={[
          ...capacities.map(([label, own, summed]) => ({
            label: t(label),
            // Closed or damaged, its places do not count; its own capacity is still recorded.
            value: formatNumber(l.status !== 'active' && own !== null ? own : summed),
            note: l.status !== 'active' && own !== null ? t('location.notCounted') : undefined,
          })),
          {
            label: t('location.occupancy'),
            value: formatNumber(l.occupancy),
            note: l.design > 0 ? t('location.ofDesign', { share: formatPercent(l.occupancy / l.design) }) : undefined,
            tone: l.band === 'over_max' ? 'danger' : l.band === 'over_design' ? 'warn' : 'normal',
          },
          { label: t('location.band'), value: l.status === 'active' ? <BandBadge band={l.band} /> : <StatusBadge status={l.status} /> },
        ]}
      />
      {l.status !== 'active' && <InfoNote>{t(`location.inactiveNote.${l.status}`)}</InfoNote>}
      <dl className="facts facts-inline">
        <div>
          <dt>{t('location.status')}</dt>
          <dd>
            <StatusBadge status={l.status} />
          </dd>
        </div>
        <div>
          <dt>{t('location.regime')}</dt>
          <dd>{t(`regime.${l.regime}`)}</dd>
        </div>
        <div>
          <dt>{t('location.security')}</dt>
          <dd>{t(`security.${l.security}`)}</dd>
        </div>
        <div>
          <dt>{t('location.sex')}</dt>
          <dd>{t(`locationSex.${l.sex}`)}</dd>
        </div>
      </dl>

      {children.length > 0 && (
        <section aria-labelledby="location-children">
          <h2 id="location-children">{t('location.children')}</h2>
          <div className="table-wrap">
            <table className="data-table data-table-compact">
              <caption>{t('location.childrenCaption', { name: l.name, count: children.length })}</caption>
              <LocationHead first={t('location.location')} />
              <tbody>
                {children.map((child) => (
                  <tr key={child.code} className={child.status !== 'active' ? 'row-inactive' : undefined}>
                    <th scope="row">
                      <Link to={locationLink(child.code)}>{child.name}</Link>
                      <span className="code-note">{child.code}</span>
                    </th>
                    <LocationCells location={child} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <LocationPeople
        code={l.code}
        name={l.name}
        wings={children.filter((c) => c.kind === 'wing')}
        showLocation={children.length > 0}
        timeZone={centre?.timezone ?? NATIONAL_TIME_ZONE}
      />

      <IncidentsOf location={l.code} />

      {hasRole(user, 'admin') && <LocationAdmin location={l} timeZone={centre?.timezone ?? NATIONAL_TIME_ZONE} />}
    </Page>
  );
}
