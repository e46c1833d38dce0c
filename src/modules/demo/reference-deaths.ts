import type { DeathCause } from '../../kernel/vocabulary.ts';

/**
 * The public facts behind the demonstration estate's deaths and riots. Copied from
 * shared/reference/ecuador_prison_massacres.csv (each event with its first source there),
 * shared/reference/ecuador_population_timeseries.json and
 * shared/reference/capacity_and_custody_statistics_standards.json; Custodia never reads shared/
 * at run or test time, this file is the copy.
 */

/** A massacre as the reference records it: the centre (a demo centre code), the day, the dead there. */
export interface ReferenceMassacre {
  centre: string;
  /** YYYY-MM-DD, the first day */
  date: string;
  deaths: number;
  /** People reported escaped in the same riot (the reference's notes); 0 when none reported. */
  escaped: number;
}

export const REFERENCE_MASSACRES: readonly ReferenceMassacre[] = [
  { centre: 'TUR', date: '2021-02-23', deaths: 34, escaped: 0 },
  { centre: 'REG4', date: '2021-02-23', deaths: 31, escaped: 0 },
  { centre: 'LIT', date: '2021-02-23', deaths: 6, escaped: 0 },
  { centre: 'LAT', date: '2021-02-23', deaths: 8, escaped: 0 },
  { centre: 'LIT', date: '2021-04-28', deaths: 5, escaped: 0 },
  // "Ecuavisa reports 104 escaped from Cotopaxi in a July 2021 riot."
  { centre: 'LAT', date: '2021-07-21', deaths: 14, escaped: 104 },
  { centre: 'LIT', date: '2021-07-21', deaths: 8, escaped: 0 },
  { centre: 'LIT', date: '2021-09-28', deaths: 119, escaped: 0 },
  { centre: 'LIT', date: '2021-11-12', deaths: 68, escaped: 0 },
  { centre: 'TUR', date: '2022-04-03', deaths: 20, escaped: 0 },
  // ecuador_facilities.json: "9 May 2022 massacre: 43-44 dead, ~220 escaped (Los Lobos vs R7)".
  { centre: 'SDO', date: '2022-05-09', deaths: 44, escaped: 220 },
  { centre: 'LAT', date: '2022-10-03', deaths: 16, escaped: 0 },
  { centre: 'LIT', date: '2023-07-22', deaths: 31, escaped: 0 },
  { centre: 'LIT', date: '2024-11-12', deaths: 15, escaped: 0 },
  { centre: 'MAC', date: '2025-09-22', deaths: 14, escaped: 0 },
  { centre: 'ESM', date: '2025-09-25', deaths: 17, escaped: 0 },
  { centre: 'MAC', date: '2025-11-09', deaths: 31, escaped: 0 },
];

/**
 * Guards and staff taken hostage in January 2024 after the escape of "Fito": seven centres
 * (ecuador_prison_massacres.csv, 2024-01-08). The demo draws its hostage-takings there.
 */
export const HOSTAGE_TAKING_CENTRES: readonly string[] = ['ESM', 'LAT', 'AMB', 'TUR', 'AZO', 'LOJ', 'MAC'];

/**
 * Massacres per year: 17 centre-events over the five years 2021–2025 of the table above, for a
 * national population of about 33,000 (population series, 2021–2025). The demo draws riots at
 * this rate per person.
 */
export const RIOTS_PER_PERSON_YEAR = REFERENCE_MASSACRES.length / 5 / 33_000;

/**
 * Deaths per person and year: 280 deaths in Ecuador's prisons in 2021 (the issue and DESIGN.md,
 * "280 deaths in a year") for 38,693 people held (population series, 2021-02).
 */
export const DEATHS_PER_PERSON_YEAR = 280 / 38_693;

/**
 * The causes of death, in proportions derived from the public figures:
 * - homicide: 234 of the 280 deaths of 2021 ("234 reos asesinados en las cárceles del país durante
 *   2021", the source of the 2021-04-28 row of ecuador_prison_massacres.csv): 83.6 %;
 * - the other 46 (16.4 %), for which no Ecuadorian breakdown is published, split as England and
 *   Wales's Safety in Custody figures split their non-homicide deaths (12 months to June 2019:
 *   165 natural, 86 self-inflicted, 50 awaiting information, 5 other non-natural, of 306): the
 *   awaiting ones half `pending`, half `undetermined`; other non-natural as `accident`.
 */
const OTHER_SHARE = 46 / 280;
export const DEATH_CAUSE_SHARES: Readonly<Record<DeathCause, number>> = {
  homicide: 234 / 280,
  natural: (OTHER_SHARE * 165) / 306,
  self_inflicted: (OTHER_SHARE * 86) / 306,
  pending: (OTHER_SHARE * 25) / 306,
  undetermined: (OTHER_SHARE * 25) / 306,
  accident: (OTHER_SHARE * 5) / 306,
};

/**
 * Of the homicides, the share drawn in riots (the massacres): 2021's massacre rows add up to more
 * than its 234 homicides (sources count differently), so nearly all; the demo keeps a fifth for
 * single homicides in the pavilions. Each riot has no more dead than its massacre (riots.ts), so
 * in a year of small massacres more of the homicides are single ones.
 */
export const RIOT_HOMICIDE_SHARE = 0.8;
