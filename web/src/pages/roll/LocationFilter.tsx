import { useId } from 'react';
import type { LocationSummary } from '../../api-roll.ts';
import { useI18n } from '../../i18n/index.ts';
import { useTreeOf } from './queries.ts';

/** Locations an emergency list can be narrowed to: every place under the centre, in tree order. */
export function filterableLocations(locations: readonly LocationSummary[]): LocationSummary[] {
  return [...locations].sort((a, b) => a.path.localeCompare(b.path));
}

/** "Ala A (LIT-P1-A)": a location as a sentence names it (the code tells apart wings of the same name). */
export function useLocationPhrase(centre: string) {
  const tree = useTreeOf(centre);
  return (code: string) => {
    const location = tree.data?.locations.find((l) => l.code === code);
    return location ? `${location.name} (${location.code})` : code;
  };
}

/**
 * A select of the centre's pavilions, wings and cells (indented under each other), or the whole
 * centre: narrows a list to the people expected, or last seen, anywhere under the choice.
 */
export function LocationFilter({ centre, value, onChange, label }: { centre: string; value: string; onChange: (code: string) => void; label?: string }) {
  const { t } = useI18n();
  const id = useId();
  const tree = useTreeOf(centre);
  const locations = filterableLocations(tree.data?.locations ?? []);
  return (
    <div className="field location-filter">
      <label htmlFor={id}>{label ?? t('emergencyScale.location')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} data-testid="location-filter">
        <option value="">{t('emergencyScale.location.all')}</option>
        {locations.map((l) => (
          <option key={l.code} value={l.code}>
            {`${'\u00a0\u00a0'.repeat(Math.max(0, l.depth))}${l.name} · ${l.code}`}
          </option>
        ))}
      </select>
    </div>
  );
}
