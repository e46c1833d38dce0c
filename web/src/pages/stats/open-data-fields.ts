import { DEATH_CAUSES, INCIDENT_TYPES, SEIZURE_ITEMS, type DataDictionary, type DictionaryField } from '../../api-stats.ts';
import type { Language, MessageKey, Translate } from '../../i18n/index.ts';

/** The words of an open-data column: the dashboard's name for the figure, else the dictionary's first sentence. */
const NAMES: Record<string, MessageKey> = {
  average_population: 'stats.field.averagePopulation',
  on_roll_end: 'stats.field.onRollEnd',
  design_capacity: 'stats.field.designCapacity',
  occupancy_end: 'stats.field.occupancy',
  occupancy_per_100_places: 'stats.field.occupancy',
  pretrial_end: 'stats.field.pretrialEnd',
  pretrial_share_end: 'stats.field.pretrialShare',
  admissions: 'stats.field.admissions',
  transfers_in: 'stats.field.transfersIn',
  transfers_out: 'stats.field.transfersOut',
  releases: 'stats.field.releases',
  escapes: 'stats.field.escapes',
  recaptures: 'stats.field.recaptures',
  deaths: 'stats.field.deaths',
  deaths_total: 'stats.field.deaths',
  mortality_per_10000: 'stats.field.mortalityRate',
  homicide_per_10000: 'stats.field.homicideRate',
  self_inflicted_per_10000: 'stats.field.suicideRate',
  centre: 'stats.col.centre',
  centre_name: 'stats.col.centre',
  establishment: 'stats.col.centre',
  period: 'stats.filter.period',
  centre_code: 'stats.col.centreCode',
  month: 'stats.col.month',
  from: 'stats.filter.from',
  to: 'stats.filter.to',
  period_from: 'stats.filter.from',
  period_to: 'stats.filter.to',
};

export function fieldField(dictionary: DataDictionary | undefined, name: string): DictionaryField | undefined {
  return dictionary?.fields.find((field) => field.name === name);
}

export function fieldLabel(name: string, t: Translate, dictionary: DataDictionary | undefined, language: Language): string {
  const known = NAMES[name];
  if (known) return t(known);
  for (const cause of DEATH_CAUSES) if (name === `deaths_${cause}`) return t('stats.open.deathsOf', { cause: t(`death.cause.${cause}`) });
  for (const type of INCIDENT_TYPES) if (name === `incidents_${type}`) return t('stats.open.incidentsOf', { type: t(`inc.type.${type}`) });
  for (const item of SEIZURE_ITEMS) if (name === `seizures_${item}`) return t('stats.open.seizuresOf', { item: t(`sz.item.${item}`) });
  const field = fieldField(dictionary, name);
  return field ? (field[language].split(/[.:]/)[0] ?? name) : name;
}

/** An incident type or a seizure item alone ("Motín", "Arma de fuego"), in a table already headed by what it counts. */
export function shortLabel(name: string, t: Translate): string {
  for (const type of INCIDENT_TYPES) if (name === `incidents_${type}`) return t(`inc.type.${type}`);
  for (const item of SEIZURE_ITEMS) if (name === `seizures_${item}`) return t(`sz.item.${item}`);
  return name;
}
