import { DEATH_CAUSES, INCIDENT_TYPES, SEIZURE_ITEMS, SUPPRESSED, WITHHELD, type DataDictionary, type DictionaryField } from './schemas.ts';

/**
 * The data dictionary of the open data: every column of the tables, its definition in Spanish
 * and English, the standard it follows, and whether small counts in it are suppressed; and the
 * rules (days, denominators, suppression). Written once here, published as dictionary.json,
 * dictionary.csv and dictionary.md and in `GET /open-data`.
 */

const SPACE = 'Council of Europe SPACE I';
const UK = 'UK Ministry of Justice, Safety in Custody Statistics';
const SDG = 'UNODC UN-CTS; SDG indicator 16.3.2';

const CAUSE_WORDS: Record<(typeof DEATH_CAUSES)[number], { es: string; en: string }> = {
  homicide: { es: 'homicidio', en: 'homicide' },
  self_inflicted: { es: 'autoinfligida (suicidio)', en: 'self-inflicted (suicide)' },
  natural: { es: 'natural (enfermedad)', en: 'natural causes (illness)' },
  accident: { es: 'accidente', en: 'accident' },
  undetermined: { es: 'indeterminada tras la investigación', en: 'undetermined after investigation' },
  pending: { es: 'pendiente de información (causa aún no establecida)', en: 'awaiting information (cause not yet established)' },
};

const INCIDENT_WORDS: Record<(typeof INCIDENT_TYPES)[number], { es: string; en: string }> = {
  riot: { es: 'motín', en: 'riot' },
  fight: { es: 'riña', en: 'fight' },
  homicide: { es: 'homicidio', en: 'homicide' },
  assault: { es: 'agresión', en: 'assault' },
  hostage_taking: { es: 'toma de rehenes', en: 'hostage taking' },
  escape: { es: 'fuga', en: 'escape' },
  attempted_escape: { es: 'intento de fuga', en: 'attempted escape' },
  fire: { es: 'incendio', en: 'fire' },
  explosion: { es: 'explosión', en: 'explosion' },
  weapon_find: { es: 'hallazgo de armas', en: 'weapon find' },
  contraband_find: { es: 'hallazgo de objetos prohibidos', en: 'contraband find' },
  self_harm: { es: 'autolesión', en: 'self-harm' },
  death: { es: 'fallecimiento', en: 'death' },
  protest: { es: 'protesta', en: 'protest' },
  drone: { es: 'dron', en: 'drone' },
  other: { es: 'otro', en: 'other' },
};

const ITEM_WORDS: Record<(typeof SEIZURE_ITEMS)[number], { es: string; en: string }> = {
  firearm: { es: 'armas de fuego', en: 'firearms' },
  ammunition: { es: 'municiones', en: 'rounds of ammunition' },
  explosive: { es: 'explosivos', en: 'explosives' },
  blade: { es: 'armas blancas', en: 'blades' },
  phone: { es: 'teléfonos', en: 'phones' },
  sim_card: { es: 'tarjetas SIM', en: 'SIM cards' },
  drugs: { es: 'drogas (unidades registradas)', en: 'drugs (units recorded)' },
  alcohol: { es: 'alcohol (unidades registradas)', en: 'alcohol (units recorded)' },
  cash: { es: 'dinero en efectivo (unidades registradas)', en: 'cash (units recorded)' },
  fireworks: { es: 'pirotecnia', en: 'fireworks' },
  drone: { es: 'drones', en: 'drones' },
  other: { es: 'otros objetos', en: 'other items' },
};

const field = (name: string, type: string, suppressed: boolean, es: string, en: string, source: string | null = null): DictionaryField => ({ name, type, suppressed, es, en, source });

/** The columns every table starts with. */
export const PERIOD_FIELDS: DictionaryField[] = [
  field('period', 'text', false, 'Periodo: el año (AAAA) o el mes (AAAA-MM).', 'Period: the year (YYYY) or the month (YYYY-MM).'),
  field('period_from', 'date', false, 'Primer día del periodo incluido en la fila (el periodo pedido puede empezar a mitad de año o de mes).', 'First day of the period in the row (the period asked for may start within a year or month).'),
  field('period_to', 'date', false, 'Último día del periodo incluido en la fila.', 'Last day of the period in the row.'),
];

/** The columns naming the centre, in the per-centre tables. */
export const CENTRE_FIELDS: DictionaryField[] = [
  field('centre_code', 'text', false, 'Código del centro de privación de libertad.', 'Code of the detention centre.'),
  field('establishment', 'text', false, 'Nombre oficial del centro.', 'Official name of the centre.'),
];

/** The figures, in the order of the tables' columns. */
export const FIGURE_FIELDS: DictionaryField[] = [
  field('average_population', 'decimal', false,
    'Población media: promedio, sobre los días del periodo, del número de personas en la lista del centro al final de cada día (medianoche en la zona horaria del centro). En la lista: bajo custodia del centro y no liberadas, incluidas las que están fuera en audiencia u hospital, en traslado hacia otro centro y las evadidas no recapturadas. Nacional: suma de los centros. Denominador de las tasas por 10 000.',
    'Average population: mean, over the days of the period, of the number of people on the centre\'s roll at the end of each day (midnight in the centre\'s time zone). On roll: in the centre\'s custody and not released, including those out at court or hospital, en route to another centre and escaped and not recaptured. National: the sum of the centres. Denominator of the rates per 10,000.',
    SPACE),
  field('on_roll_end', 'integer', false, 'Personas en la lista al final del último día del periodo.', 'People on roll at the end of the last day of the period.'),
  field('design_capacity', 'integer', false, 'Capacidad de diseño (plazas oficiales) del centro, tal como consta hoy en el catastro de centros.', 'Design capacity (official places) of the centre, as the estate records it today.', SDG),
  field('occupancy_per_100_places', 'decimal', false, 'Densidad: personas en la lista al final por cada 100 plazas de diseño (on_roll_end ÷ design_capacity × 100).', 'Prison density: people on roll at the end per 100 design places (on_roll_end ÷ design_capacity × 100).', SPACE),
  field('pretrial_end', 'integer', false, 'Personas en la lista al final sin sentencia (prisión preventiva), según su situación jurídica en esa fecha.', 'People on roll at the end without a sentence (pretrial detention), by their legal status on that date.'),
  field('pretrial_share_end', 'ratio', false, 'Proporción de personas sin sentencia entre las personas en la lista al final (pretrial_end ÷ on_roll_end; 0,37 = 37 %).', 'Unsentenced detainees as a share of the people on roll at the end (pretrial_end ÷ on_roll_end; 0.37 = 37 %).', SDG),
  field('admissions', 'integer', false, 'Ingresos: entradas en custodia (movimientos de ingreso). Un traslado entre centros no es un ingreso, tampoco en las cifras de cada centro: se cuenta en transfers_in.', 'Admissions: entries into custody (admission movements). A transfer between centres is not an admission, in a centre\'s figures too: it is counted in transfers_in.', SPACE),
  field('transfers_in', 'integer', false, 'Traslados recibidos de otro centro (a la llegada).', 'Transfers received from another centre (on arrival).'),
  field('transfers_out', 'integer', false, 'Traslados enviados a otro centro (a la salida).', 'Transfers sent to another centre (on departure).'),
  field('releases', 'integer', false, 'Egresos: liberaciones (movimientos de egreso). Los fallecimientos no son egresos.', 'Releases (release movements). Deaths are not releases.', SPACE),
  field('escapes', 'integer', true, 'Evasiones registradas (movimientos de evasión), en el centro del que la persona se evadió.', 'Escapes recorded (escape movements), at the centre the person escaped from.'),
  field('recaptures', 'integer', true, 'Recapturas registradas, contadas en el centro del que la persona se había evadido.', 'Recaptures recorded, counted at the centre the person had escaped from.'),
  field('deaths_total', 'integer', true, 'Fallecimientos bajo custodia: entradas del registro de fallecimientos cuya fecha de muerte cae en el periodo (día en la zona horaria del centro).', 'Deaths in custody: entries of the deaths register whose date of death falls in the period (day in the centre\'s time zone).', UK),
  ...DEATH_CAUSES.map((cause) =>
    field(`deaths_${cause}`, 'integer', true, `Fallecimientos por causa aparente: ${CAUSE_WORDS[cause].es} (la causa tal como consta hoy en el registro).`, `Deaths by apparent cause: ${CAUSE_WORDS[cause].en} (the cause as the register holds it today).`, UK),
  ),
  field('mortality_per_10000', 'rate', false, 'Tasa de mortalidad: deaths_total ÷ average_population × 10 000. Vacía cuando el recuento se omite.', 'Mortality rate: deaths_total ÷ average_population × 10,000. Empty when the count is withheld.', SPACE),
  field('homicide_per_10000', 'rate', false, 'Tasa de homicidios: deaths_homicide ÷ average_population × 10 000. Vacía cuando el recuento se omite.', 'Homicide rate: deaths_homicide ÷ average_population × 10,000. Empty when the count is withheld.', SPACE),
  field('self_inflicted_per_10000', 'rate', false, 'Tasa de suicidios: deaths_self_inflicted ÷ average_population × 10 000. Vacía cuando el recuento se omite.', 'Suicide rate: deaths_self_inflicted ÷ average_population × 10,000. Empty when the count is withheld.', SPACE),
  ...INCIDENT_TYPES.map((type) =>
    field(`incidents_${type}`, 'integer', true, `Incidentes notificados de tipo ${INCIDENT_WORDS[type].es}, por el día en que empezaron (sin duplicados ni informes descartados).`, `Incident reports of type ${INCIDENT_WORDS[type].en}, by the day they started (duplicates and reports found not reportable left out).`, UK),
  ),
  ...SEIZURE_ITEMS.map((item) =>
    field(`seizures_${item}`, 'integer', true, `Cantidad incautada en requisas y hallazgos: ${ITEM_WORDS[item].es}.`, `Quantity seized in searches and finds: ${ITEM_WORDS[item].en}.`),
  ),
];

/** The columns whose small counts are suppressed in the per-centre tables, and in the national ones. */
export const SUPPRESSED_IN_CENTRES = new Set(FIGURE_FIELDS.filter((f) => f.suppressed).map((f) => f.name));
export const SUPPRESSED_NATIONALLY = new Set([...SUPPRESSED_IN_CENTRES].filter((name) => !name.startsWith('incidents_') && !name.startsWith('seizures_')));

const RULES: DataDictionary['rules'] = [
  {
    es: 'Días: cada día va de medianoche a medianoche en la zona horaria del centro (America/Guayaquil; Pacific/Galapagos en Galápagos). Un hecho cuenta en el día del centro en que ocurrió.',
    en: 'Days: each day runs from midnight to midnight in the centre\'s time zone (America/Guayaquil; Pacific/Galapagos in the Galápagos). An event counts on the centre\'s day it happened.',
  },
  {
    es: 'Denominadores: las tasas por 10 000 se calculan sobre la población media del periodo (como SPACE I del Consejo de Europa y las estadísticas Safety in Custody del Reino Unido); la densidad por 100 plazas sobre la capacidad de diseño; la proporción de personas sin sentencia (ODS 16.3.2) sobre la población al final del periodo.',
    en: 'Denominators: rates per 10,000 are taken over the average population of the period (as Council of Europe SPACE I and UK Safety in Custody do); density per 100 places over the design capacity; the unsentenced share (SDG 16.3.2) over the population at the end of the period.',
  },
  {
    es: `Protección de datos: solo agregados, sin nombres ni identificadores. Los recuentos de 1 a 4 que podrían señalar a una persona (fallecimientos por causa, evasiones, recapturas; incidentes e incautaciones por centro) se publican como "${SUPPRESSED}". Para que un "${SUPPRESSED}" no pueda calcularse restando de un total (por causa frente al total, por centro frente al nacional, por mes frente al año), se omite además otra cifra, publicada como "${WITHHELD}". Una tasa cuyo recuento se omite queda vacía. Las cifras de población (media, al final, sin sentencia), los ingresos, egresos y traslados no se omiten.`,
    en: `Data protection: aggregates only, no names or identifiers. Counts of 1 to 4 that could point at a person (deaths by cause, escapes, recaptures; incidents and seizures per centre) are published as "${SUPPRESSED}". So that a "${SUPPRESSED}" cannot be worked out by subtraction from a total (causes against the total, centres against the national figure, months against the year), a further figure is withheld as "${WITHHELD}". A rate whose count is withheld is left empty. Population figures (average, at the end, unsentenced), admissions, releases and transfers are not suppressed.`,
  },
  {
    es: 'Números: la población media con 2 decimales; las proporciones con 4 decimales (0,3712 = 37,12 %); las tasas y la densidad con 2 decimales. Separador decimal: el punto.',
    en: 'Numbers: average population to 2 decimals; shares to 4 decimals (0.3712 = 37.12 %); rates and density to 2 decimals. Decimal separator: the point.',
  },
];

/** The dictionary of the open-data tables. */
export function dataDictionary(): DataDictionary {
  return {
    title: { es: 'Estadísticas oficiales del sistema penitenciario: diccionario de datos', en: 'Official prison statistics: data dictionary' },
    rules: RULES,
    fields: [...PERIOD_FIELDS, ...CENTRE_FIELDS, ...FIGURE_FIELDS],
  };
}

/** The dictionary as Markdown, in both languages. */
export function dictionaryMarkdown(dictionary: DataDictionary): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [`# ${dictionary.title.es} / ${dictionary.title.en}`, '', '## Reglas / Rules', ''];
  for (const rule of dictionary.rules) lines.push(`- ${rule.es}`, `  *${rule.en}*`);
  lines.push('', '## Campos / Fields', '', '| campo / field | tipo / type | "<5" | definición | definition | fuente / source |', '|---|---|---|---|---|---|');
  for (const f of dictionary.fields) lines.push(`| \`${f.name}\` | ${f.type} | ${f.suppressed ? 'sí / yes' : ''} | ${cell(f.es)} | ${cell(f.en)} | ${cell(f.source ?? '')} |`);
  return `${lines.join('\n')}\n`;
}
