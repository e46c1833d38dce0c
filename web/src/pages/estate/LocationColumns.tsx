import type { ReactNode } from 'react';
import type { LocationSummary } from '../../api-roll.ts';
import { BandBadge, StatusBadge } from '../../components/BandBadge.tsx';
import { useI18n } from '../../i18n/index.ts';

/**
 * The columns every list of locations shares: kind, regime, security, the three capacities,
 * occupancy, band and status. The first column (the location itself) is the caller's.
 */
interface ColumnOptions {
  /** Kind and status have their own columns (a tree says them in the first column instead). */
  compact?: boolean;
}

export function LocationHead({ first, compact = false }: { first: ReactNode } & ColumnOptions) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col" rowSpan={2}>
          {first}
        </th>
        {!compact && (
          <th scope="col" rowSpan={2}>
            {t('location.kind')}
          </th>
        )}
        <th scope="col" rowSpan={2}>
          {t('location.regime')}
        </th>
        <th scope="col" rowSpan={2}>
          {t('location.security')}
        </th>
        <th scope="colgroup" colSpan={3} className="group-head">
          {t('location.capacity')}
        </th>
        <th scope="col" rowSpan={2} className="num">
          {t('location.occupancy')}
        </th>
        <th scope="col" rowSpan={2}>
          {t('location.band')}
        </th>
        {!compact && (
          <th scope="col" rowSpan={2}>
            {t('location.status')}
          </th>
        )}
      </tr>
      <tr>
        <th scope="col" className="num">
          {t('location.design')}
        </th>
        <th scope="col" className="num">
          {t('location.working')}
        </th>
        <th scope="col" className="num">
          {t('location.max')}
        </th>
      </tr>
    </thead>
  );
}

export function LocationCells({ location, compact = false }: { location: LocationSummary } & ColumnOptions) {
  const { t, formatNumber } = useI18n();
  return (
    <>
      {!compact && <td>{t(`locationKind.${location.kind}`)}</td>}
      <td>{t(`regime.${location.regime}`)}</td>
      <td>{t(`security.${location.security}`)}</td>
      <td className="num">{formatNumber(location.design)}</td>
      <td className="num">{formatNumber(location.working)}</td>
      <td className="num">{formatNumber(location.max)}</td>
      <td className="num">{formatNumber(location.occupancy)}</td>
      {/* A closed or damaged location takes nobody: it has no level of occupancy. */}
      <td>{location.status === 'active' ? <BandBadge band={location.band} /> : <span className="muted">—</span>}</td>
      {!compact && (
        <td>
          <StatusBadge status={location.status} />
        </td>
      )}
    </>
  );
}

/** Orders locations as people read them: pavilions first, then other units; numbers in order (P2 before P10). */
export function compareLocations(a: LocationSummary, b: LocationSummary): number {
  const rank = (l: LocationSummary) => (l.kind === 'pavilion' || l.kind === 'wing' || l.kind === 'cell' ? 0 : 1);
  return rank(a) - rank(b) || a.code.localeCompare(b.code, 'es', { numeric: true });
}
