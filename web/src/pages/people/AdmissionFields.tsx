import { useEffect, useId, useState } from 'react';
import { SelectInput, TextAreaInput, TextInput } from '../../components/Form.tsx';
import type { SchemaForm } from '../../components/useSchemaForm.ts';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentreOf, useCentres } from '../../queries.ts';
import { zoneOffset } from '../../time.ts';
import { LEGAL_STATUSES, OFFENCES, PERSON_SEXES, RISK_LEVELS } from '../../vocabulary.ts';
import type { CheckedDraft, Draft } from './admission-draft.ts';
import { CellSuggestions } from './CellSuggestions.tsx';

/** The admission form (admission-draft.ts), for its sections. */
export type AdmissionForm = SchemaForm<Draft, CheckedDraft>;

/**
 * The register number is issued by the system; one the person already has is typed only after
 * saying so (and the field opens by itself when the server refuses the number typed).
 */
function RegisterNumberField({ form }: { form: AdmissionForm }) {
  const { t } = useI18n();
  const refused = form.formState.errors.id !== undefined;
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (refused) setOpen(true);
  }, [refused]);
  return (
    <div className="field-wide register-number">
      <p className="field-hint" data-testid="register-number-issued">
        <strong>{t('person.id')}:</strong> {t('admission.idIssued')}
      </p>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('admission.idExisting')}</summary>
        <TextInput
          form={form}
          name="id"
          label={t('person.id')}
          hint={t('admission.idExistingHint')}
          capitals
          autoComplete="off"
          spellCheck={false}
          maxLength={30}
        />
      </details>
    </div>
  );
}

export function IdentityFields({ form }: { form: AdmissionForm }) {
  const { t } = useI18n();
  const required = t('common.required');
  return (
    <fieldset className="form-section" data-testid="admission-identity">
      <legend>{t('admission.identity')}</legend>
      <div className="form-grid">
        <RegisterNumberField form={form} />
        <TextInput form={form} name="givenNames" label={t('person.givenNames')} autoComplete="off" maxLength={100} required mark={required} />
        <TextInput form={form} name="familyNames" label={t('person.familyNames')} autoComplete="off" maxLength={100} required mark={required} />
        <TextInput
          form={form}
          name="nationalId"
          label={t('person.nationalId')}
          hint={t('admission.nationalIdHint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
        />
        <TextInput form={form} name="birthDate" label={t('person.birthDate')} type="date" />
        <TextInput form={form} name="aliases" label={t('person.aliases')} hint={t('admission.aliasesHint')} autoComplete="off" className="field-wide" />
        <SelectInput
          form={form}
          name="sex"
          label={t('person.sex')}
          placeholder={t('common.choose')}
          options={PERSON_SEXES.map((s) => ({ value: s, label: t(`personSex.${s}`) }))}
          required
          mark={required}
        />
        <TextInput
          form={form}
          name="nationality"
          label={t('person.nationality')}
          hint={t('admission.nationalityHint')}
          capitals
          maxLength={3}
          autoComplete="off"
          required
          mark={required}
        />
      </div>
    </fieldset>
  );
}

export function KinFields({ form }: { form: AdmissionForm }) {
  const { t } = useI18n();
  return (
    <fieldset className="form-section">
      <legend>{t('admission.kin')}</legend>
      <p className="field-hint">{t('admission.kinHint')}</p>
      <div className="form-grid">
        <TextInput form={form} name="kinName" label={t('kin.name')} autoComplete="off" maxLength={200} />
        <TextInput form={form} name="kinRelationship" label={t('kin.relationship')} hint={t('admission.relationshipHint')} autoComplete="off" maxLength={60} />
        <TextInput form={form} name="kinPhone" label={t('kin.phone')} type="tel" autoComplete="off" maxLength={40} />
        <TextInput form={form} name="kinAddress" label={t('kin.address')} autoComplete="off" maxLength={300} />
      </div>
    </fieldset>
  );
}

/** Which clock the times are typed on: the chosen centre's (Galápagos is an hour behind), or the mainland's. */
function useTimeHint(form: AdmissionForm): string {
  const { t } = useI18n();
  const centre = useCentreOf(form.watch('centre'));
  if (!centre) return t('admission.localTime');
  const offset = zoneOffset(new Date(), centre.timezone).replace(/^([+-])0?(\d+):00$/, (_, sign: string, hours: string) => `${sign === '-' ? '−' : '+'}${hours}`);
  return t('admission.centreTime', { centre: centre.name, offset });
}

export function CommitmentFields({ form }: { form: AdmissionForm }) {
  const { t } = useI18n();
  const required = t('common.required');
  const timeHint = useTimeHint(form);
  return (
    <fieldset className="form-section">
      <legend>{t('admission.commitment')}</legend>
      <div className="form-grid">
        <TextInput
          form={form}
          name="commitmentOrder"
          label={t('custody.commitmentOrder')}
          hint={t('admission.commitmentHint')}
          autoComplete="off"
          maxLength={100}
          required
          mark={required}
        />
        <TextInput
          form={form}
          name="issuingAuthority"
          label={t('custody.issuingAuthority')}
          hint={t('admission.authorityHint')}
          autoComplete="off"
          maxLength={200}
          required
          mark={required}
        />
        <TextInput form={form} name="arrestedAt" label={t('custody.arrestedAt')} hint={timeHint} type="datetime-local" />
        <TextInput form={form} name="admittedAt" label={t('custody.admittedAt')} hint={timeHint} type="datetime-local" required mark={required} />
        <TextAreaInput
          form={form}
          name="injuriesOnArrival"
          label={t('custody.injuries')}
          hint={t('admission.injuriesHint')}
          className="field-wide"
          maxLength={2000}
          rows={4}
        />
      </div>
    </fieldset>
  );
}

export function LegalFields({ form }: { form: AdmissionForm }) {
  const { t } = useI18n();
  const required = t('common.required');
  const legalStatus = form.watch('legalStatus');
  return (
    <fieldset className="form-section">
      <legend>{t('admission.legal')}</legend>
      <div className="form-grid">
        <SelectInput
          form={form}
          name="offence"
          label={t('person.offence')}
          placeholder={t('common.choose')}
          options={OFFENCES.map((o) => ({ value: o, label: t(`offence.${o}`) }))}
          required
          mark={required}
        />
        <TextInput form={form} name="maxPenaltyYears" label={t('person.maxPenalty')} hint={t('admission.maxPenaltyHint')} inputMode="decimal" autoComplete="off" />
        <SelectInput
          form={form}
          name="legalStatus"
          label={t('person.legalStatus')}
          options={LEGAL_STATUSES.map((s) => ({ value: s, label: t(`legalStatus.${s}`) }))}
          required
          mark={required}
        />
        {legalStatus === 'pretrial' ? (
          <TextInput
            form={form}
            name="pretrialSince"
            label={t('admission.pretrialSince')}
            hint={t('admission.pretrialSinceHint')}
            type="date"
            required
            mark={required}
          />
        ) : (
          <TextInput form={form} name="sentenceMonths" label={t('admission.sentenceMonths')} inputMode="numeric" autoComplete="off" />
        )}
        <SelectInput form={form} name="risk" label={t('person.risk')} options={RISK_LEVELS.map((r) => ({ value: r, label: t(`risk.${r}`) }))} />
      </div>
    </fieldset>
  );
}

export function DestinationFields({ form }: { form: AdmissionForm }) {
  const { t } = useI18n();
  const centres = useCentres();
  const listId = useId();
  const centre = form.watch('centre');
  return (
    <fieldset className="form-section">
      <legend>{t('admission.destination')}</legend>
      <div className="form-grid">
        <SelectInput
          form={form}
          name="centre"
          label={t('person.centre')}
          placeholder={centres.isPending ? t('app.loading') : t('common.choose')}
          options={(centres.data ?? []).map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` }))}
          hint={centres.error ? errorText(centres.error, t) : t('admission.centreHint')}
          required
          mark={t('common.required')}
        />
        <TextInput
          form={form}
          name="cell"
          label={t('admission.cell')}
          hint={t('admission.cellHint')}
          capitals
          list={centre ? listId : undefined}
          autoComplete="off"
          spellCheck={false}
          disabled={!centre}
        />
        {centre && <CellSuggestions centre={centre} listId={listId} />}
      </div>
    </fieldset>
  );
}
