import type { GroupKind, GroupRelation } from '../../kernel/vocabulary.ts';

/**
 * The criminal groups of the demonstration estate and their alliances and rivalries, from the
 * public facts in shared/reference/ecuador_governance_and_gangs.json (`gangs`,
 * `decree_111_groups`). Custodia never reads shared/ at run or test time; this file is the copy.
 *
 * Names are as the reference and the press spell them (accented); `aliases` keep the spelling of
 * Executive Decree 111 (9 Jan 2024), which designated 22 groups as terrorist organisations. The
 * reference gives no founding dates: `activeSince` is a plausible earliest date for a membership
 * in the demonstration, and a relation's `since` a plausible date for an alliance or rivalry
 * the reference describes without dating it. Neither is a fact.
 */
export interface ReferenceGroup {
  code: string;
  name: string;
  kind: GroupKind;
  parent: string | null;
  aliases: string[];
  /** YYYY-MM-DD: no membership of the demonstration starts earlier (plausible, not a fact). */
  activeSince: string;
}

/** Decree 111's groups the reference says little more about: gangs, active by 2015. */
function decreeGang(code: string, name: string, decreeName: string): ReferenceGroup {
  return { code, name, kind: 'gang', parent: null, aliases: name === decreeName ? [] : [decreeName], activeSince: '2015-01-01' };
}

export const REFERENCE_GROUPS: readonly ReferenceGroup[] = [
  // Chone / Manta; leaders "Rasquiña" (killed Dec 2020), then "Fito". Allied with Sinaloa.
  { code: 'CHONEROS', name: 'Los Choneros', kind: 'gang', parent: null, aliases: ['Choneros'], activeSince: '2005-01-01' },
  // Began as hitmen alongside Los Choneros; split after Rasquiña's death. Security services for CJNG.
  { code: 'LOBOS', name: 'Los Lobos', kind: 'gang', parent: null, aliases: ['Lobos'], activeSince: '2016-01-01' },
  // Factions of Los Lobos (reference: Los Lobos Box ~90 % control of Machala prison, Dec 2025).
  { code: 'LOBOS-BOX', name: 'Los Lobos Box', kind: 'faction', parent: 'LOBOS', aliases: [], activeSince: '2021-06-01' },
  { code: 'LOBOS-ESPEJO', name: 'Lobos Espejo', kind: 'faction', parent: 'LOBOS', aliases: [], activeSince: '2021-06-01' },
  // Dissident faction: fought Los Lobos in Turi (Apr 2022) and Bellavista (May 2022).
  { code: 'R7', name: 'R7', kind: 'faction', parent: 'LOBOS', aliases: [], activeSince: '2021-06-01' },
  // Esmeraldas; split from Los Choneros in 2020.
  { code: 'TIGUERONES', name: 'Los Tiguerones', kind: 'gang', parent: null, aliases: ['Tiguerones'], activeSince: '2020-01-01' },
  // Split from Los Choneros in 2020; dominant in Durán.
  { code: 'CHONE-KILLERS', name: 'Chone Killers', kind: 'gang', parent: null, aliases: ['Chone Killer'], activeSince: '2020-01-01' },
  // Ecuadorian "nations" since the 1990s.
  { code: 'LATIN-KINGS', name: 'Latin Kings', kind: 'gang', parent: null, aliases: [], activeSince: '2000-01-01' },
  // Formed in Guayaquil's prisons; moved to the Guayaquil CDP in 2020.
  { code: 'LAGARTOS', name: 'Los Lagartos', kind: 'gang', parent: null, aliases: ['Lagartos'], activeSince: '2012-01-01' },
  { code: 'GANGSTERS', name: 'Los Gangsters', kind: 'gang', parent: null, aliases: ['Ganster', 'Gangsters'], activeSince: '2015-01-01' },
  { code: 'PATRONES', name: 'Los Patrones', kind: 'gang', parent: null, aliases: ['Patrones', 'Big Feet'], activeSince: '2015-01-01' },
  decreeGang('AGUILAS', 'Las Águilas', 'Aguilas'),
  decreeGang('AGUILAS-KILLER', 'Águilas Killer', 'Aguilas Killer'),
  decreeGang('AK47', 'AK47', 'AK47'),
  decreeGang('CABALLEROS-OSCUROS', 'Caballeros Oscuros', 'Caballeros Oscuros'),
  decreeGang('COVICHEROS', 'Los Covicheros', 'Covicheros'),
  decreeGang('CUARTEL-FEAS', 'Cuartel de las Feas', 'Cuartel de las Feas'),
  decreeGang('CUBANOS', 'Los Cubanos', 'Cubanos'),
  decreeGang('FATALES', 'Los Fatales', 'Fatales'),
  decreeGang('KATER-PILER', 'Kater Piler', 'Kater Piler'),
  decreeGang('P27', 'Los p.27', 'Los p.27'),
  decreeGang('TIBURONES', 'Los Tiburones', 'Los Tiburones'),
  decreeGang('MAFIA-18', 'Mafia 18', 'Mafia 18'),
  decreeGang('MAFIA-TREBOL', 'Mafia Trébol', 'Mafia Trebol'),
  { code: 'SINALOA', name: 'Cártel de Sinaloa', kind: 'cartel', parent: null, aliases: ['Sinaloa Cartel', 'CDS'], activeSince: '2010-01-01' },
  { code: 'CJNG', name: 'Cártel de Jalisco Nueva Generación', kind: 'cartel', parent: null, aliases: ['CJNG'], activeSince: '2012-01-01' },
];

export interface ReferenceRelation {
  groupA: string;
  groupB: string;
  relation: GroupRelation;
  /** YYYY-MM-DD, plausible (see above). */
  since: string;
}

const allied = (groupA: string, groupB: string, since: string): ReferenceRelation => ({ groupA, groupB, relation: 'allied', since });
const rival = (groupA: string, groupB: string, since: string): ReferenceRelation => ({ groupA, groupB, relation: 'rival', since });

/** The "Nueva Generación" alliance: allied with CJNG and with each other. */
const NUEVA_GENERACION = ['LOBOS', 'TIGUERONES', 'CHONE-KILLERS', 'LAGARTOS'];

export const REFERENCE_RELATIONS: readonly ReferenceRelation[] = [
  // Sinaloa's partners in Ecuador.
  allied('CHONEROS', 'SINALOA', '2012-01-01'),
  allied('GANGSTERS', 'SINALOA', '2019-01-01'),
  allied('PATRONES', 'SINALOA', '2019-01-01'),
  allied('CHONEROS', 'GANGSTERS', '2021-01-15'),
  allied('CHONEROS', 'PATRONES', '2021-01-15'),
  // CJNG's partners (Lobos since about 2016, per one source), and Nueva Generación.
  allied('CJNG', 'LOBOS', '2016-01-01'),
  ...NUEVA_GENERACION.filter((g) => g !== 'LOBOS').map((g) => allied('CJNG', g, '2021-01-15')),
  ...NUEVA_GENERACION.flatMap((a, i) => NUEVA_GENERACION.slice(i + 1).map((b) => allied(a, b, '2021-01-15'))),
  // The splits from Los Choneros after Rasquiña's death (28 Dec 2020); the first massacre, Feb 2021.
  rival('CHONEROS', 'LOBOS', '2020-12-28'),
  rival('CHONEROS', 'TIGUERONES', '2020-12-28'),
  rival('CHONEROS', 'CHONE-KILLERS', '2020-12-28'),
  // Durán.
  rival('CHONE-KILLERS', 'LATIN-KINGS', '2021-06-01'),
  // R7 against its parent: Turi, April 2022.
  rival('LOBOS', 'R7', '2022-04-03'),
];
