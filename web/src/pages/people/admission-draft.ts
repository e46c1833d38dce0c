import type { Admission, LegalStatus, Offence, RiskLevel } from '../../api.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { instantFromLocal, localDateTimeValue } from '../../time.ts';

/** The admission form as typed: every value a string, as the inputs hold it. */
export interface Draft {
  id: string;
  nationalId: string;
  givenNames: string;
  familyNames: string;
  aliases: string;
  birthDate: string;
  sex: string;
  nationality: string;
  kinName: string;
  kinRelationship: string;
  kinPhone: string;
  kinAddress: string;
  commitmentOrder: string;
  issuingAuthority: string;
  arrestedAt: string;
  admittedAt: string;
  injuriesOnArrival: string;
  offence: string;
  maxPenaltyYears: string;
  legalStatus: string;
  pretrialSince: string;
  sentenceMonths: string;
  risk: string;
  centre: string;
  cell: string;
}

export type DraftField = keyof Draft;
export type DraftErrors = Partial<Record<DraftField, string>>;

export function emptyDraft(now: Date): Draft {
  const admittedAt = localDateTimeValue(now);
  return {
    id: '',
    nationalId: '',
    givenNames: '',
    familyNames: '',
    aliases: '',
    birthDate: '',
    sex: '',
    nationality: 'ECU',
    kinName: '',
    kinRelationship: '',
    kinPhone: '',
    kinAddress: '',
    commitmentOrder: '',
    issuingAuthority: '',
    arrestedAt: '',
    admittedAt,
    injuriesOnArrival: '',
    offence: '',
    maxPenaltyYears: '',
    legalStatus: 'pretrial',
    pretrialSince: admittedAt.slice(0, 10),
    sentenceMonths: '',
    risk: 'medium',
    centre: '',
    cell: '',
  };
}

const REGISTER_NUMBER = /^[A-Z0-9][A-Z0-9-]{2,29}$/;

/** What must be fixed before sending, per field, as catalogue keys. */
export function checkDraft(d: Draft): Partial<Record<DraftField, MessageKey>> {
  const problems: Partial<Record<DraftField, MessageKey>> = {};
  const required: DraftField[] = [
    'id',
    'givenNames',
    'familyNames',
    'sex',
    'commitmentOrder',
    'issuingAuthority',
    'admittedAt',
    'offence',
    'centre',
  ];
  for (const field of required) if (!d[field].trim()) problems[field] = 'admission.required';
  if (d.id.trim() && !REGISTER_NUMBER.test(d.id.trim())) problems.id = 'admission.idFormat';
  if (d.nationality.trim() && !/^[A-Z]{3}$/.test(d.nationality.trim())) problems.nationality = 'admission.nationalityFormat';
  if (!d.nationality.trim()) problems.nationality = 'admission.required';
  if (d.maxPenaltyYears.trim() && !/^\d+([.,]\d+)?$/.test(d.maxPenaltyYears.trim())) problems.maxPenaltyYears = 'admission.number';
  if (d.legalStatus === 'pretrial' && !d.pretrialSince) problems.pretrialSince = 'admission.required';
  if (d.legalStatus === 'sentenced' && d.sentenceMonths.trim() && !/^\d+$/.test(d.sentenceMonths.trim())) {
    problems.sentenceMonths = 'admission.wholeNumber';
  }
  if (d.kinName.trim() && !d.kinRelationship.trim()) problems.kinRelationship = 'admission.kinRelationshipMissing';
  if (!d.kinName.trim() && (d.kinRelationship.trim() || d.kinPhone.trim() || d.kinAddress.trim())) problems.kinName = 'admission.kinNameMissing';
  if (d.arrestedAt && d.admittedAt && d.arrestedAt > d.admittedAt) problems.arrestedAt = 'admission.arrestAfterAdmission';
  return problems;
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** The request body for POST /admissions. */
export function toAdmission(d: Draft): Admission {
  const pretrial = d.legalStatus === 'pretrial';
  return {
    person: {
      id: d.id.trim(),
      nationalId: orNull(d.nationalId),
      givenNames: d.givenNames.trim(),
      familyNames: d.familyNames.trim(),
      aliases: d.aliases
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
      birthDate: d.birthDate || null,
      sex: d.sex === 'F' ? 'F' : 'M',
      nationality: d.nationality.trim(),
    },
    to: d.cell.trim() || d.centre,
    admittedAt: instantFromLocal(d.admittedAt) ?? '',
    arrestedAt: instantFromLocal(d.arrestedAt),
    commitmentOrder: d.commitmentOrder.trim(),
    issuingAuthority: d.issuingAuthority.trim(),
    injuriesOnArrival: orNull(d.injuriesOnArrival),
    offence: d.offence as Offence,
    maxPenaltyYears: d.maxPenaltyYears.trim() ? Number(d.maxPenaltyYears.trim().replace(',', '.')) : null,
    legalStatus: d.legalStatus as LegalStatus,
    pretrialSince: pretrial ? d.pretrialSince : null,
    sentenceMonths: !pretrial && d.sentenceMonths.trim() ? Number(d.sentenceMonths.trim()) : null,
    risk: d.risk as RiskLevel,
    nextOfKin: d.kinName.trim()
      ? [{ name: d.kinName.trim(), relationship: d.kinRelationship.trim(), phone: orNull(d.kinPhone), address: orNull(d.kinAddress) }]
      : [],
  };
}

const KIN_FIELDS: Record<string, DraftField> = { name: 'kinName', relationship: 'kinRelationship', phone: 'kinPhone', address: 'kinAddress' };

/** The form field a server error names (error.field), if the form has it. */
export function draftFieldOf(serverField: string | undefined, d: Draft): DraftField | null {
  if (!serverField) return null;
  if (serverField === 'person' || serverField === 'person.id') return 'id';
  if (serverField === 'to') return d.cell.trim() ? 'cell' : 'centre';
  const kin = /^nextOfKin\.\d+\.(\w+)$/.exec(serverField);
  if (kin) return KIN_FIELDS[kin[1] ?? ''] ?? null;
  const name = serverField.replace(/^person\./, '');
  return name in d && name !== 'cell' ? (name as DraftField) : null;
}
