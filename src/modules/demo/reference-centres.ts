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

/** A small provincial mixed centre for which neither capacity nor population was published. */
function provincial(
  code: string,
  name: string,
  city: string,
  province: string,
  authority: Authority,
  notes: string,
  more: Pick<ReferenceCentre, 'overcrowdingPct' | 'mostlyForeign'> = {},
): ReferenceCentre {
  return { code, name, city, province, type: 'CPL', sex: 'mixed', authority, capacity: null, population: null, notes, ...more };
}

export const REFERENCE_CENTRES: readonly ReferenceCentre[] = [
  {
    code: 'LIT',
    name: 'Centro de Privación de Libertad Guayas N.º 1 (Penitenciaría del Litoral)',
    city: 'Guayaquil', province: 'Guayas',
    type: 'CPL', sex: 'M', authority: 'military',
    capacity: 4519,
    population: { count: 7187, asOf: '2025-09-26' },
    notes: 'Opened 1958, "la Peni"; massacres 2021–2024. The military kept control after Aug 2025.',
  },
  {
    code: 'GYE2',
    name: 'Centro de Privación de Libertad Guayas N.º 2 (Femenino)',
    city: 'Guayaquil', province: 'Guayas',
    type: 'CPL', sex: 'F', authority: 'snai',
    capacity: 573,
    population: { count: 908, asOf: '2025-09-26' },
    notes: "Women's centre of Guayaquil.",
  },
  {
    code: 'ROCA',
    name: 'Centro de Privación de Libertad Guayas N.º 3 (La Roca)',
    city: 'Guayaquil', province: 'Guayas',
    type: 'CPL', sex: 'M', authority: 'military',
    capacity: 81,
    population: { count: 85, asOf: '2025-09-26' },
    maximumSecurity: true,
    notes: 'Maximum security; reopened Jan 2024; emptied Nov 2025 when its 85 prisoners moved to the Cárcel del Encuentro.',
  },
  {
    code: 'REG4',
    name: 'Centro de Rehabilitación Social Masculino Guayas N.º 4 (Regional Guayas)',
    city: 'Guayaquil', province: 'Guayas',
    type: 'CRS', sex: 'M', authority: 'military',
    capacity: 3506,
    population: { count: 3685, asOf: '2025-09-26' },
    notes: 'Regional centre opened 2014. The military kept control after Aug 2025.',
  },
  {
    code: 'GYE5',
    name: 'Centro de Privación de Libertad Guayas N.º 5',
    city: 'Guayaquil', province: 'Guayas',
    type: 'CPL', sex: 'M', authority: 'snai',
    capacity: 545,
    population: { count: 1809, asOf: '2025-09-26' },
    notes: 'Possibly the former Centro de Detención Provisional (unverified); among the most overcrowded centres.',
  },
  {
    code: 'LAT',
    name: 'Centro de Privación de Libertad Cotopaxi N.º 1 (Latacunga)',
    city: 'Latacunga', province: 'Cotopaxi',
    type: 'CPL', sex: 'mixed', authority: 'police',
    capacity: 4894,
    population: { count: 5180, asOf: '2025-07-31' },
    notes: 'Regional Sierra Centro Norte, opened 2014; 3,714 men and 494 women in Sept 2022. Handed to the police Aug 2025.',
  },
  {
    code: 'TUR',
    name: 'Centro de Privación de Libertad Azuay N.º 1 (Turi)',
    city: 'Cuenca', province: 'Azuay',
    type: 'CPL', sex: 'mixed', authority: 'police',
    capacity: 2716,
    population: { count: 1190, asOf: '2022-08-22' },
    notes: 'Built 2014; 9 pavilions incl. a CDP; 2 minimum, 3 medium, 2 maximum security areas. Handed to the police Aug 2025.',
  },
  {
    code: 'MAC',
    name: 'Centro de Privación de Libertad El Oro N.º 1 (Machala)',
    city: 'Machala', province: 'El Oro',
    type: 'CPL', sex: 'mixed', authority: 'police',
    capacity: 630,
    population: { count: 1500, asOf: '2025-10', approximate: true },
    notes: 'Urban centre about 70 years old; massacres Sept and Nov 2025. Handed to the police Aug 2025.',
  },
  {
    code: 'ESM',
    name: 'Centro de Privación de Libertad Esmeraldas N.º 2 (Centro de Rehabilitación Social de Varones)',
    city: 'Esmeraldas', province: 'Esmeraldas',
    type: 'CPL', sex: 'M', authority: 'military',
    capacity: 1100,
    population: { count: 1552, asOf: '2025-08' },
    notes: "Men's centre (varones). The military kept control after Aug 2025.",
  },
  {
    code: 'SDO',
    name: 'Centro de Privación de Libertad Santo Domingo de los Tsáchilas N.º 1 (Bellavista)',
    city: 'Santo Domingo', province: 'Santo Domingo de los Tsáchilas',
    type: 'CPL', sex: 'mixed', authority: 'police',
    capacity: 1100,
    population: { count: 1700, asOf: '2022-05-09', approximate: true },
    notes: 'Massacre and mass escape May 2022. Handed to the police Aug 2025.',
  },
  {
    code: 'POR',
    name: 'Centro de Privación de Libertad Manabí N.º 4 (El Rodeo)',
    city: 'Portoviejo', province: 'Manabí',
    type: 'CPL', sex: 'mixed', authority: 'snai',
    capacity: null,
    population: { count: 1961, asOf: '2025-07-31' },
    notes: "Capacity reported as 'reduced'; figure not published.",
  },
  {
    code: 'QUI',
    name: 'Centro de Privación Provisional de Libertad Masculino Pichincha N.º 1',
    city: 'Quito', province: 'Pichincha',
    type: 'CPPL', sex: 'M', authority: 'snai',
    capacity: null,
    population: { count: 1838, asOf: '2025-07-31' },
    provisional: true,
    notes: 'Provisional (pretrial) centre by designation.',
  },
  {
    code: 'IBA',
    name: 'Centro de Privación de Libertad de Imbabura',
    city: 'Ibarra', province: 'Imbabura',
    type: 'CPL', sex: 'mixed', authority: 'snai',
    capacity: 302,
    population: { count: 485, asOf: '2022-05-06' },
    notes: '60.6 % overcrowding in 2022.',
  },
  {
    code: 'LOJ',
    name: 'Centro de Privación de Libertad de Loja',
    city: 'Loja', province: 'Loja',
    type: 'CPL', sex: 'mixed', authority: 'police',
    capacity: null,
    population: { count: 821, asOf: '2022-05' },
    notes: 'Hostage-taking Jan 2024. Handed to the police Aug 2025.',
  },
  {
    code: 'BAB',
    name: 'Centro de Privación de Libertad Los Ríos (Babahoyo)',
    city: 'Babahoyo', province: 'Los Ríos',
    type: 'CPL', sex: 'mixed', authority: 'snai',
    capacity: 110,
    population: { count: 270, asOf: '2022' },
    notes: 'Small and overcrowded.',
  },
  provincial('QUE', 'Centro de Privación de Libertad Los Ríos (Quevedo)', 'Quevedo', 'Los Ríos', 'police', 'Handed to the police Aug 2025.'),
  provincial('AZO', 'Centro de Privación de Libertad Cañar', 'Azogues', 'Cañar', 'snai', '88 % overcrowding (2022). Hostage-taking Jan 2024.', { overcrowdingPct: 88 }),
  provincial('TUL', 'Centro de Privación de Libertad Carchi', 'Tulcán', 'Carchi', 'snai', 'Over 200 % overcrowding (2022 census); most people held are foreign nationals.', {
    overcrowdingPct: 200,
    mostlyForeign: true,
  }),
  provincial('AMB', 'Centro de Privación de Libertad Tungurahua', 'Ambato', 'Tungurahua', 'snai', 'Hostage-taking Jan 2024.'),
  provincial('ARC', 'Centro de Privación de Libertad Napo', 'Archidona', 'Napo', 'police', 'Handed to the police Aug 2025.'),
  provincial('JIP', 'Centro de Privación de Libertad Manabí (Jipijapa)', 'Jipijapa', 'Manabí', 'police', 'Handed to the police Aug 2025.'),
  provincial('LAG', 'Centro de Privación de Libertad Sucumbíos', 'Nueva Loja', 'Sucumbíos', 'snai', 'In Lago Agrio (Nueva Loja). Its director was murdered in Sept 2024.'),
  {
    code: 'ENC',
    name: 'Cárcel del Encuentro (Máxima Seguridad)',
    city: 'Santa Elena', province: 'Santa Elena',
    type: 'CPL', sex: 'M', authority: 'military',
    capacity: 736,
    population: { count: 300, asOf: '2025-11-10' },
    maximumSecurity: true,
    openedOn: '2025-11-10',
    notes: 'Opened 10 Nov 2025 with 300 high-risk prisoners. Modules: 160 cells × 4 (high security), 32 × 2 (maximum), 32 single (super-maximum).',
  },
];
