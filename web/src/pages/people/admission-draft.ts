import { z } from 'zod';
import { centreCode, locationCode } from '../../../../src/kernel/fields.ts';
import { admissionInputSchema } from '../../../../src/modules/roll/schemas.ts';
import type { AdmissionRequest } from '../../api-roll.ts';
import { blankIsNull, commaList, filled, says, typedNumber, upperCase } from '../../components/form-rules.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { instantFromLocal, localDateTimeValue } from '../../time.ts';

/**
 * The admission form: a draft of `POST /admissions` as the controls hold it (every value a
 * string, one next of kin, the centre and an optional cell, times on the centre's clock),
 * checked with the field rules of the endpoint's request schema (roll/schemas.ts), and turned
 * into the request by `toAdmission` when sent.
 */

const request = admissionInputSchema.shape;
const person = request.person.options[0].shape;
const kin = request.nextOfKin.unwrap().element.shape;

/** The fields checked by `checkConditions`: as typed, whatever else is wrong. */
type Conditional = Record<'kinName' | 'kinRelationship' | 'kinPhone' | 'kinAddress' | 'legalStatus' | 'pretrialSince' | 'sentenceMonths' | 'arrestedAt' | 'admittedAt', string>;

/** What the draft asks only in some cases: a next of kin's name and relationship, the legal status's own dates and figures. */
function checkConditions(d: Conditional, context: z.core.$RefinementCtx) {
  const refuse = (field: keyof Conditional, messageKey: MessageKey) => context.addIssue({ code: 'custom', path: [field], input: d[field], ...says(messageKey) });
  const check = (field: keyof Conditional, rule: z.ZodType) => {
    const result = rule.safeParse(d[field]);
    if (!result.success) for (const issue of result.error.issues) context.addIssue({ ...issue, path: [field, ...issue.path] });
  };
  const hasKin = d.kinName.trim() !== '';
  if (!hasKin && [d.kinRelationship, d.kinPhone, d.kinAddress].some((v) => v.trim() !== '')) refuse('kinName', 'admission.kinNameMissing');
  if (hasKin) {
    check('kinName', kin.name);
    if (d.kinRelationship.trim() === '') refuse('kinRelationship', 'admission.kinRelationshipMissing');
    else check('kinRelationship', kin.relationship);
    check('kinPhone', blankIsNull(kin.phone));
    check('kinAddress', blankIsNull(kin.address));
  }
  if (d.legalStatus === 'pretrial') check('pretrialSince', filled(request.pretrialSince));
  else check('sentenceMonths', typedNumber(request.sentenceMonths, 'admission.wholeNumber', { whole: true }));
  // Both typed on the same clock: the text order is the time order.
  if (d.arrestedAt && d.admittedAt && d.arrestedAt > d.admittedAt) refuse('arrestedAt', 'admission.arrestAfterAdmission');
}

const fields = {
  // Blank: the system issues the next number of the centre's series.
  id: blankIsNull(upperCase(person.id.unwrap()).nullable()),
  nationalId: blankIsNull(person.nationalId),
  givenNames: person.givenNames,
  familyNames: person.familyNames,
  aliases: commaList(person.aliases),
  birthDate: blankIsNull(person.birthDate),
  sex: filled(person.sex),
  nationality: filled(upperCase(person.nationality)),
  // One next of kin, optional as a whole (checked with the others that depend on another field).
  kinName: z.string(),
  kinRelationship: z.string(),
  kinPhone: z.string(),
  kinAddress: z.string(),
  commitmentOrder: request.commitmentOrder,
  issuingAuthority: request.issuingAuthority,
  /** `YYYY-MM-DDTHH:mm` on the destination centre's clock (a datetime-local input). */
  arrestedAt: z.string(),
  admittedAt: filled(z.string()),
  injuriesOnArrival: blankIsNull(request.injuriesOnArrival),
  offence: filled(request.offence),
  maxPenaltyYears: typedNumber(request.maxPenaltyYears, 'admission.number'),
  legalStatus: request.legalStatus,
  pretrialSince: z.string(),
  sentenceMonths: z.string(),
  risk: z.enum(request.risk.unwrap().options),
  centre: filled(centreCode),
  cell: blankIsNull(upperCase(locationCode).nullable()),
};

// The conditions are checked whatever else is wrong, so that every problem is shown at once.
export const admissionDraftSchema = z.object(fields).superRefine(checkConditions, { when: () => true });

export type Draft = z.input<typeof admissionDraftSchema>;
export type CheckedDraft = z.output<typeof admissionDraftSchema>;
export type DraftField = keyof Draft;

/** A blank draft (no register number: one is issued): admitted now (on `timeZone`'s clock), on remand since that day, from Ecuador, medium risk. */
export function emptyDraft(now: Date, timeZone: string, centre: string): Draft {
  const admittedAt = localDateTimeValue(now, timeZone);
  return {
    ...(Object.fromEntries(Object.keys(fields).map((field) => [field, ''])) as Record<DraftField, string>),
    nationality: 'ECU',
    admittedAt,
    legalStatus: 'pretrial',
    pretrialSince: admittedAt.slice(0, 10),
    risk: 'medium',
    centre,
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** The request body for POST /admissions; times read on the clock of the destination centre (`timeZone`). */
export function toAdmission(d: CheckedDraft, timeZone: string): AdmissionRequest {
  const pretrial = d.legalStatus === 'pretrial';
  return {
    person: {
      ...(d.id ? { id: d.id } : {}),
      nationalId: d.nationalId,
      givenNames: d.givenNames,
      familyNames: d.familyNames,
      aliases: d.aliases,
      birthDate: d.birthDate,
      sex: d.sex,
      nationality: d.nationality,
    },
    to: d.cell ?? d.centre,
    admittedAt: instantFromLocal(d.admittedAt, timeZone) ?? '',
    arrestedAt: instantFromLocal(d.arrestedAt, timeZone),
    commitmentOrder: d.commitmentOrder,
    issuingAuthority: d.issuingAuthority,
    injuriesOnArrival: d.injuriesOnArrival,
    offence: d.offence,
    maxPenaltyYears: d.maxPenaltyYears,
    legalStatus: d.legalStatus,
    pretrialSince: pretrial ? d.pretrialSince : null,
    sentenceMonths: !pretrial && d.sentenceMonths.trim() ? Number(d.sentenceMonths.trim()) : null,
    risk: d.risk,
    nextOfKin: d.kinName.trim()
      ? [{ name: d.kinName.trim(), relationship: d.kinRelationship.trim(), phone: orNull(d.kinPhone), address: orNull(d.kinAddress) }]
      : [],
  };
}

const KIN_FIELDS: Record<string, DraftField> = { name: 'kinName', relationship: 'kinRelationship', phone: 'kinPhone', address: 'kinAddress' };

/** The form field a server refusal names (ApiError.field, a path of the request), if the form has it. */
export function draftFieldOf(serverField: string, d: Draft): DraftField | null {
  if (serverField === 'person' || serverField === 'person.id') return 'id';
  if (serverField === 'to') return d.cell.trim() ? 'cell' : 'centre';
  const kinField = /^nextOfKin\.\d+\.(\w+)$/.exec(serverField);
  if (kinField) return KIN_FIELDS[kinField[1] ?? ''] ?? null;
  const name = serverField.replace(/^person\./, '');
  return name in fields && name !== 'cell' ? (name as DraftField) : null;
}
