import type { Authority } from '../../kernel/vocabulary.ts';
import type { CentreRow } from '../interchange/index.ts';

/**
 * The public facts the demonstration estate is built from: Ecuador's prison centres as SNAI and
 * the press published them. Copied (and accented) from shared/reference/ecuador_facilities.json,
 * with the control authority after the handover of 10 August 2025 from
 * shared/reference/ecuador_governance_and_gangs.json (military_police_control). Custodia never
 * reads shared/ at run or test time; this file is the copy.
 *
 * Figures are public snapshots (capacities are SNAI's "capacidad instalada efectiva" unless noted,
 * populations carry their date); they are not an official register. Where a fact was not
 * published the field is null and the generator estimates it (see centres.ts). Sex is as the name
 * or the notes say; where they say nothing, large urban centres are taken as men's and small
 * provincial ones as mixed (SNAI's 2022 split: 10 men's, 4 women's, 20 mixed, 1 provisional).
 */
export interface ReferenceCentre extends Pick<CentreRow, 'code' | 'name' | 'city' | 'province' | 'type' | 'sex'> {
  /** Control authority after 10 Aug 2025. */
  authority: Authority;
  /** Published capacity; null = not published. */
  capacity: number | null;
  /** The latest published population snapshot; null = none. */
  population: { count: number; asOf: string; approximate?: boolean } | null;
  /** Published overcrowding ("hacinamiento" = (population − capacity) / capacity), in %. */
  overcrowdingPct?: number;
  /** Maximum-security centre (all pavilions maximum or special). */
  maximumSecurity?: boolean;
  /** A pretrial (provisional) centre: everyone held there is unsentenced. */
  provisional?: boolean;
  /** YYYY-MM-DD: opened recently; nobody is admitted there before. */
  openedOn?: string;
  /** Most of the people held are foreign nationals. */
  mostlyForeign?: boolean;
  notes: string;
}

/**
 * Control authority history (military_police_control): the armed forces took over the prisons'
 * security under Decree 111 (9 Jan 2024) and handed 8 of their 19 to the police on 10 Aug 2025.
 */
export const MILITARY_CONTROL_SINCE = '2024-01-09';
export const AUTHORITY_HANDOVER_DATE = '2025-08-10';

/** One centre of the table below, as published; null where a fact was not published. */
type Row = [
  code: string,
  name: string,
  city: string,
  province: string,
  type: CentreRow['type'],
  sex: CentreRow['sex'],
  authority: Authority,
  capacity: number | null,
  population: [count: number, asOf: string, approximate?: true] | null,
  notes: string,
  more?: Pick<ReferenceCentre, 'overcrowdingPct' | 'maximumSecurity' | 'provisional' | 'openedOn' | 'mostlyForeign'>,
];

function referenceCentre([code, name, city, province, type, sex, authority, capacity, population, notes, more = {}]: Row): ReferenceCentre {
  return {
    code,
    name,
    city,
    province,
    type,
    sex,
    authority,
    capacity,
    population: population && { count: population[0], asOf: population[1], ...(population[2] ? { approximate: true } : {}) },
    notes,
    ...more,
  };
}

const ROWS: readonly Row[] = [
  ['LIT', 'Centro de Privación de Libertad Guayas N.º 1 (Penitenciaría del Litoral)', 'Guayaquil', 'Guayas', 'CPL', 'M', 'military', 4519, [7187, '2025-09-26'], 'Opened 1958, "la Peni"; massacres 2021–2024. The military kept control after Aug 2025.'],
  ['GYE2', 'Centro de Privación de Libertad Guayas N.º 2 (Femenino)', 'Guayaquil', 'Guayas', 'CPL', 'F', 'snai', 573, [908, '2025-09-26'], "Women's centre of Guayaquil."],
  ['ROCA', 'Centro de Privación de Libertad Guayas N.º 3 (La Roca)', 'Guayaquil', 'Guayas', 'CPL', 'M', 'military', 81, [85, '2025-09-26'], 'Maximum security; reopened Jan 2024; emptied Nov 2025 when its 85 prisoners moved to the Cárcel del Encuentro.', { maximumSecurity: true }],
  ['REG4', 'Centro de Rehabilitación Social Masculino Guayas N.º 4 (Regional Guayas)', 'Guayaquil', 'Guayas', 'CRS', 'M', 'military', 3506, [3685, '2025-09-26'], 'Regional centre opened 2014. The military kept control after Aug 2025.'],
  ['GYE5', 'Centro de Privación de Libertad Guayas N.º 5', 'Guayaquil', 'Guayas', 'CPL', 'M', 'snai', 545, [1809, '2025-09-26'], 'Possibly the former Centro de Detención Provisional (unverified); among the most overcrowded centres.'],
  ['LAT', 'Centro de Privación de Libertad Cotopaxi N.º 1 (Latacunga)', 'Latacunga', 'Cotopaxi', 'CPL', 'mixed', 'police', 4894, [5180, '2025-07-31'], 'Regional Sierra Centro Norte, opened 2014; 3,714 men and 494 women in Sept 2022. Handed to the police Aug 2025.'],
  ['TUR', 'Centro de Privación de Libertad Azuay N.º 1 (Turi)', 'Cuenca', 'Azuay', 'CPL', 'mixed', 'police', 2716, [1190, '2022-08-22'], 'Built 2014; 9 pavilions incl. a CDP; 2 minimum, 3 medium, 2 maximum security areas. Handed to the police Aug 2025.'],
  ['MAC', 'Centro de Privación de Libertad El Oro N.º 1 (Machala)', 'Machala', 'El Oro', 'CPL', 'mixed', 'police', 630, [1500, '2025-10', true], 'Urban centre about 70 years old; massacres Sept and Nov 2025. Handed to the police Aug 2025.'],
  ['ESM', 'Centro de Privación de Libertad Esmeraldas N.º 2 (Centro de Rehabilitación Social de Varones)', 'Esmeraldas', 'Esmeraldas', 'CPL', 'M', 'military', 1100, [1552, '2025-08'], "Men's centre (varones). The military kept control after Aug 2025."],
  ['SDO', 'Centro de Privación de Libertad Santo Domingo de los Tsáchilas N.º 1 (Bellavista)', 'Santo Domingo', 'Santo Domingo de los Tsáchilas', 'CPL', 'mixed', 'police', 1100, [1700, '2022-05-09', true], 'Massacre and mass escape May 2022. Handed to the police Aug 2025.'],
  ['POR', 'Centro de Privación de Libertad Manabí N.º 4 (El Rodeo)', 'Portoviejo', 'Manabí', 'CPL', 'mixed', 'snai', null, [1961, '2025-07-31'], "Capacity reported as 'reduced'; figure not published."],
  ['QUI', 'Centro de Privación Provisional de Libertad Masculino Pichincha N.º 1', 'Quito', 'Pichincha', 'CPPL', 'M', 'snai', null, [1838, '2025-07-31'], 'Provisional (pretrial) centre by designation.', { provisional: true }],
  ['IBA', 'Centro de Privación de Libertad de Imbabura', 'Ibarra', 'Imbabura', 'CPL', 'mixed', 'snai', 302, [485, '2022-05-06'], '60.6 % overcrowding in 2022.'],
  ['LOJ', 'Centro de Privación de Libertad de Loja', 'Loja', 'Loja', 'CPL', 'mixed', 'police', null, [821, '2022-05'], 'Hostage-taking Jan 2024. Handed to the police Aug 2025.'],
  ['BAB', 'Centro de Privación de Libertad Los Ríos (Babahoyo)', 'Babahoyo', 'Los Ríos', 'CPL', 'mixed', 'snai', 110, [270, '2022'], 'Small and overcrowded.'],
  ['QUE', 'Centro de Privación de Libertad Los Ríos (Quevedo)', 'Quevedo', 'Los Ríos', 'CPL', 'mixed', 'police', null, null, 'Handed to the police Aug 2025.'],
  ['AZO', 'Centro de Privación de Libertad Cañar', 'Azogues', 'Cañar', 'CPL', 'mixed', 'snai', null, null, '88 % overcrowding (2022). Hostage-taking Jan 2024.', { overcrowdingPct: 88 }],
  ['TUL', 'Centro de Privación de Libertad Carchi', 'Tulcán', 'Carchi', 'CPL', 'mixed', 'snai', null, null, 'Over 200 % overcrowding (2022 census); most people held are foreign nationals.', { overcrowdingPct: 200, mostlyForeign: true }],
  ['AMB', 'Centro de Privación de Libertad Tungurahua', 'Ambato', 'Tungurahua', 'CPL', 'mixed', 'snai', null, null, 'Hostage-taking Jan 2024.'],
  ['ARC', 'Centro de Privación de Libertad Napo', 'Archidona', 'Napo', 'CPL', 'mixed', 'police', null, null, 'Handed to the police Aug 2025.'],
  ['JIP', 'Centro de Privación de Libertad Manabí (Jipijapa)', 'Jipijapa', 'Manabí', 'CPL', 'mixed', 'police', null, null, 'Handed to the police Aug 2025.'],
  ['LAG', 'Centro de Privación de Libertad Sucumbíos', 'Nueva Loja', 'Sucumbíos', 'CPL', 'mixed', 'snai', null, null, 'In Lago Agrio (Nueva Loja). Its director was murdered in Sept 2024.'],
  ['ENC', 'Cárcel del Encuentro (Máxima Seguridad)', 'Santa Elena', 'Santa Elena', 'CPL', 'M', 'military', 736, [300, '2025-11-10'], 'Opened 10 Nov 2025 with 300 high-risk prisoners. Modules: 160 cells × 4 (high security), 32 × 2 (maximum), 32 single (super-maximum).', { maximumSecurity: true, openedOn: '2025-11-10' }],
];

export const REFERENCE_CENTRES: readonly ReferenceCentre[] = ROWS.map(referenceCentre);
