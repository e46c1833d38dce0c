import { useI18n, type MessageKey } from '../../i18n/index.ts';

const TERMS: [MessageKey, MessageKey][] = [
  ['stats.field.averagePopulation', 'stats.define.averagePopulation'],
  ['stats.field.onRollEnd', 'stats.define.onRollEnd'],
  ['stats.field.occupancy', 'stats.define.occupancy'],
  ['stats.field.pretrialShare', 'stats.define.pretrialShare'],
  ['stats.field.admissions', 'stats.define.admissions'],
  ['stats.field.escapes', 'stats.define.escapes'],
  ['stats.field.deaths', 'stats.define.deaths'],
  ['stats.define.rateTerm', 'stats.define.rate'],
  ['stats.incidents.title', 'stats.define.incidents'],
  ['stats.seizures.title', 'stats.define.seizures'],
];

/** How each figure is worked out, with the standard it follows (SPACE I, UK Safety in Custody, SDG 16.3.2). */
export function Definitions() {
  const { t } = useI18n();
  return (
    <dl className="stats-definitions">
      {TERMS.map(([term, text]) => (
        <div key={term}>
          <dt>{t(term)}</dt>
          <dd>{t(text)}</dd>
        </div>
      ))}
    </dl>
  );
}
