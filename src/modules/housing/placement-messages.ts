import type { Language } from '../../kernel/language.ts';
import type { Finding } from './placement-rules.ts';

type Words = Record<string, Record<Language, string>>;

const WORDS: Words = {
  cell: { es: 'celda', en: 'cell' },
  wing: { es: 'ala', en: 'wing' },
  pavilion: { es: 'pabellón', en: 'pavilion' },
  centre: { es: 'centro', en: 'centre' },
  same_cell: { es: 'en la misma celda', en: 'in the same cell' },
  same_wing: { es: 'en la misma ala', en: 'in the same wing' },
  same_pavilion: { es: 'en el mismo pabellón', en: 'in the same pavilion' },
  same_centre: { es: 'en el mismo centro', en: 'in the same centre' },
  M: { es: 'hombres', en: 'men' },
  F: { es: 'mujeres', en: 'women' },
  pretrial: { es: 'procesadas (sin sentencia)', en: 'untried (pretrial)' },
  sentenced: { es: 'sentenciadas', en: 'convicted (sentenced)' },
  status_pretrial: { es: 'procesada, sin sentencia', en: 'untried (pretrial)' },
  status_sentenced: { es: 'sentenciada', en: 'convicted (sentenced)' },
  low: { es: 'bajo', en: 'low' },
  medium: { es: 'medio', en: 'medium' },
  high: { es: 'alto', en: 'high' },
  maximum: { es: 'máximo', en: 'maximum' },
  minimum: { es: 'mínima', en: 'minimum' },
  closed: { es: 'cerrada', en: 'closed' },
  out: { es: 'fuera, en audiencia u hospital', en: 'out at court or hospital' },
  en_route: { es: 'en traslado', en: 'en route' },
  unaccounted: { es: 'sin localizar', en: 'unaccounted for' },
  damaged: { es: 'dañada', en: 'damaged' },
  gang_related: { es: 'pandillas', en: 'gang-related' },
  threat: { es: 'amenaza', en: 'threat' },
  violence: { es: 'violencia', en: 'violence' },
  victim_perpetrator: { es: 'víctima y agresor', en: 'victim and perpetrator' },
  witness: { es: 'testigo', en: 'witness' },
  legal_request: { es: 'orden judicial o fiscal', en: 'legal request' },
  other: { es: 'otro', en: 'other' },
  elderly: { es: 'persona mayor', en: 'elderly' },
  disability: { es: 'discapacidad', en: 'disability' },
  mental_health: { es: 'salud mental', en: 'mental health' },
  self_harm_risk: { es: 'riesgo de autolesión', en: 'risk of self-harm' },
  chronic_illness: { es: 'enfermedad crónica', en: 'chronic illness' },
  pregnant: { es: 'embarazo', en: 'pregnant' },
  lgbti: { es: 'LGBTI', en: 'LGBTI' },
  foreign_national: { es: 'extranjero', en: 'foreign national' },
  former_security_forces: { es: 'exmiembro de fuerzas de seguridad', en: 'former security forces' },
  informant: { es: 'informante', en: 'informant' },
  first_time: { es: 'primera vez en prisión', en: 'first time in prison' },
  threatened: { es: 'amenazado', en: 'threatened' },
};

const word = (value: unknown, language: Language): string => WORDS[String(value)]?.[language] ?? String(value);

type Render = (p: Finding['params'], w: (v: unknown) => string) => string;

const MESSAGES: Record<string, Record<Language, Render>> = {
  PLACEMENT_NOT_IN_CUSTODY: {
    es: (p) => `${p.person} no está bajo custodia en ${p.centre}.`,
    en: (p) => `${p.person} is not in custody at ${p.centre}.`,
  },
  PLACEMENT_NOT_PRESENT: {
    es: (p, w) => `${p.person} no está en el centro ahora (${w(p.state)}): no se le puede cambiar de celda.`,
    en: (p, w) => `${p.person} is not in the centre now (${w(p.state)}): they cannot be moved to another cell.`,
  },
  PLACEMENT_ALREADY_THERE: {
    es: (p) => `${p.person} ya está en ${p.location}.`,
    en: (p) => `${p.person} is already in ${p.location}.`,
  },
  PLACEMENT_LOCATION_INACTIVE: {
    es: (p, w) => `${p.location} está ${w(p.status)}: no admite personas.`,
    en: (p, w) => `${p.location} is ${w(p.status)}: it takes nobody.`,
  },
  PLACEMENT_SEX: {
    es: (p, w) => `${p.location} es para ${w(p.locationSex)} y la persona es de sexo ${p.personSex} (Regla Mandela 11 a).`,
    en: (p, w) => `${p.location} is for ${w(p.locationSex)} and the person's sex is ${p.personSex} (Mandela rule 11 a).`,
  },
  PLACEMENT_REGIME: {
    es: (p, w) => `${p.location} es solo para personas ${w(p.regime)} y esta persona está ${w(`status_${String(p.legalStatus)}`)} (Reglas Mandela 11 b y 112).`,
    en: (p, w) => `${p.location} is only for ${w(p.regime)} people and this person is ${w(`status_${String(p.legalStatus)}`)} (Mandela rules 11 b and 112).`,
  },
  PLACEMENT_NON_ASSOCIATION: {
    es: (p, w) => `No asociación abierta con ${p.otherName} (${p.other}) a nivel de ${w(p.level)}, por ${w(p.reason)}: está en ${p.otherLocation}.`,
    en: (p, w) => `Open non-association with ${p.otherName} (${p.other}) at ${w(p.level)} level, for ${w(p.reason)}: they are in ${p.otherLocation}.`,
  },
  PLACEMENT_CELL_FULL: {
    es: (p) => `${p.location} está en su capacidad máxima (${p.occupants} de ${p.max}).`,
    en: (p) => `${p.location} is at its maximum capacity (${p.occupants} of ${p.max}).`,
  },
  PLACEMENT_RIVAL_COLOCATION: {
    es: (p, w) => `${p.count} miembro(s) de ${p.rival}, rival de ${p.group}, ${w(`same_${String(p.level)}`)}.`,
    en: (p, w) => `${p.count} member(s) of ${p.rival}, a rival of ${p.group}, ${w(`same_${String(p.level)}`)}.`,
  },
  PLACEMENT_RISK_MIX: {
    es: (p, w) => `Persona de riesgo ${w(p.risk)} con ${p.others} compañero(s) de celda de riesgo ${w(p.otherRisk)}.`,
    en: (p, w) => `A ${w(p.risk)}-risk person with ${p.others} ${w(p.otherRisk)}-risk cellmate(s).`,
  },
  PLACEMENT_OVER_WORKING_CAPACITY: {
    es: (p) => `${p.location} quedaría por encima de su capacidad operativa (${p.occupants} de ${p.working}).`,
    en: (p) => `${p.location} would be over its working capacity (${p.occupants} of ${p.working}).`,
  },
  PLACEMENT_LEADER_IN_RIVAL_TERRITORY: {
    es: (p) => `Líder de ${p.group} trasladado a ${p.pavilion}, dominado por el grupo rival ${p.dominant} (${p.members} miembros).`,
    en: (p) => `A leader of ${p.group} moved into ${p.pavilion}, dominated by the rival group ${p.dominant} (${p.members} members).`,
  },
  PLACEMENT_SECURITY_LEVEL: {
    es: (p, w) => `Persona de riesgo ${w(p.risk)} en una ubicación de seguridad ${w(p.security)}.`,
    en: (p, w) => `A ${w(p.risk)}-risk person in a ${w(p.security)}-security location.`,
  },
  NON_ASSOCIATION_TOGETHER_NOW: {
    es: (p, w) =>
      `${p.nameA} y ${p.nameB} están juntos ahora ${w(`same_${String(p.level)}`)}: ${p.locationName} (${p.location}). La no asociación queda registrada; hay que separarlos.`,
    en: (p, w) =>
      `${p.nameA} and ${p.nameB} are together now ${w(`same_${String(p.level)}`)}: ${p.locationName} (${p.location}). The non-association is recorded; they must be separated.`,
  },
  PLACEMENT_VULNERABLE: {
    es: (p, w) => `Vulnerabilidades registradas: ${(p.vulnerabilities as string[]).map(w).join(', ')}.`,
    en: (p, w) => `Recorded vulnerabilities: ${(p.vulnerabilities as string[]).map(w).join(', ')}.`,
  },
};

/**
 * How much of a finding its reader may see: `full`, or `without_groups` for a reader who may not
 * read intelligence — a finding built from criminal groups then says only that it exists.
 */
export type FindingDetail = 'full' | 'without_groups';

/** The findings built from criminal groups, worded without the groups, their members or numbers. */
const WITHOUT_GROUPS: Record<string, Record<Language, Render>> = {
  PLACEMENT_RIVAL_COLOCATION: {
    es: (p, w) => `Hay miembros de grupos rivales ${w(`same_${String(p.level)}`)}.`,
    en: (p, w) => `There are members of rival groups ${w(`same_${String(p.level)}`)}.`,
  },
  PLACEMENT_LEADER_IN_RIVAL_TERRITORY: {
    es: () => 'El pabellón de destino está dominado por un grupo rival.',
    en: () => 'The destination pavilion is dominated by a rival group.',
  },
};

/** A finding of the placement check, as a sentence in the user's language, at the detail its reader may see. */
export function describeFinding(finding: Finding, language: Language, detail: FindingDetail): string {
  const render = (detail === 'without_groups' ? WITHOUT_GROUPS[finding.code] : undefined) ?? MESSAGES[finding.code];
  const words = render?.[language];
  return words ? words(finding.params, (v) => word(v, language)) : finding.code;
}

/** A finding as the API shows it: its stable code and its sentence. */
export function presentFinding(finding: Finding, language: Language, detail: FindingDetail): { code: string; message: string } {
  return { code: finding.code, message: describeFinding(finding, language, detail) };
}
