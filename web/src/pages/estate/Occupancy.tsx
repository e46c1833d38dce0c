import type { RollFigures as RollLine } from '../../api-roll.ts';
import { useI18n } from '../../i18n/index.ts';
import { severityOf } from './roll-figures.ts';

/** Occupancy as a percentage of design capacity, coloured, with the reason said in words for those who cannot see colour. */
export function Occupancy({ line }: { line: Pick<RollLine, 'on_roll' | 'design_capacity' | 'max_capacity' | 'occupancy'> }) {
  const { t, formatPercent } = useI18n();
  const severity = severityOf(line);
  if (line.design_capacity === 0) return <span className="muted">—</span>;
  return (
    <span className={`occupancy occupancy-${severity}`}>
      {formatPercent(line.on_roll / line.design_capacity)}
      {severity !== 'normal' && (
        <span className="occupancy-flag">
          <span aria-hidden="true">{severity === 'critical' ? ' ▲▲' : ' ▲'}</span>
          <span className="visually-hidden"> ({t(severity === 'critical' ? 'roll.overMax' : 'roll.overDesign')})</span>
        </span>
      )}
    </span>
  );
}
