import { Figures, type Figure } from '../../components/Figures.tsx';
import type { StatsLine } from '../../api-stats.ts';
import { useI18n } from '../../i18n/index.ts';
import { useStatsFormat } from './format.ts';

/**
 * The figures of the period at a glance, each with the same figure for the period before (the
 * trend): population, occupancy per 100 places, the pretrial share, deaths and their rates per
 * 10,000, escapes and recaptures, admissions and releases.
 */
export function KeyFigures({ line, before, label }: { line: StatsLine; before: StatsLine | undefined; label: string }) {
  const { t } = useI18n();
  const f = useStatsFormat();
  /** "Antes: 31.200 (+2,4 %)": the period before, and the change when it can be worked out. */
  const trend = (now: number, then: number | undefined, shown: (n: number) => string) => {
    if (then === undefined) return undefined;
    const change = f.change(now, then);
    return change ? t('stats.trend.change', { before: shown(then), change }) : t('stats.trend.before', { before: shown(then) });
  };
  const items: Figure[] = [
    { label: t('stats.field.averagePopulation'), value: f.count(line.average_population), note: trend(line.average_population, before?.average_population, f.count) },
    {
      label: t('stats.field.onRollEnd'),
      value: f.count(line.on_roll_end),
      note: t('stats.figure.capacity', { capacity: f.count(line.design_capacity) }),
    },
    {
      label: t('stats.field.occupancy'),
      value: f.per100(line.occupancy_end),
      note: trend(line.occupancy_end, before?.occupancy_end, f.per100),
      tone: line.occupancy_end > 1.2 ? 'danger' : line.occupancy_end > 1 ? 'warn' : 'normal',
    },
    { label: t('stats.field.pretrialShare'), value: f.percent(line.pretrial_share_end), note: trend(line.pretrial_share_end, before?.pretrial_share_end, f.percent) },
    {
      label: t('stats.field.deaths'),
      value: f.count(line.deaths.total),
      note: t('stats.figure.rate', { rate: f.rate(line.mortality_per_10000) }),
      tone: line.deaths.total > 0 ? 'warn' : 'normal',
    },
    { label: t('stats.field.homicides'), value: f.count(line.deaths.homicide), note: t('stats.figure.rate', { rate: f.rate(line.homicide_per_10000) }) },
    { label: t('stats.field.suicides'), value: f.count(line.deaths.self_inflicted), note: t('stats.figure.rate', { rate: f.rate(line.self_inflicted_per_10000) }) },
    {
      label: t('stats.field.escapes'),
      value: f.count(line.escapes),
      note: t('stats.figure.recaptures', { recaptures: f.count(line.recaptures) }),
      tone: line.escapes > 0 ? 'danger' : 'normal',
    },
    { label: t('stats.field.admissions'), value: f.count(line.admissions), note: t('stats.figure.releases', { releases: f.count(line.releases) }) },
  ];
  return <Figures label={label} items={items} />;
}
