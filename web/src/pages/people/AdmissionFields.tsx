import { useId } from 'react';
import type { Centre } from '../../api.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import type { Load } from '../../useLoad.ts';
import { LEGAL_STATUSES, OFFENCES, PERSON_SEXES, RISK_LEVELS } from '../../vocabulary.ts';
import type { DraftField } from './admission-draft.ts';
import { CellSuggestions } from './CellSuggestions.tsx';

export type Bind = (field: DraftField) => { value: string; onChange: (value: string) => void; error: string | undefined };

const upper = (bound: ReturnType<Bind>) => ({ ...bound, onChange: (v: string) => bound.onChange(v.toUpperCase()) });

export function IdentityFields({ bind }: { bind: Bind }) {
  const { t } = useI18n();
  return (
    <fieldset className="form-section">
      <legend>{t('admission.identity')}</legend>
      <div className="form-grid">
        <TextField
          label={t('person.id')}
          hint={t('admission.idHint')}
          {...upper(bind('id'))}
          name="id"
          autoComplete="off"
          spellCheck={false}
          maxLength={30}
          required
          mark={t('common.required')}
        />
        <TextField
          label={t('person.nationalId')}
          hint={t('admission.nationalIdHint')}
          {...bind('nationalId')}
          name="nationalId"
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
        />
        <TextField
          label={t('person.givenNames')}
          {...bind('givenNames')}
          name="givenNames"
          autoComplete="off"
          maxLength={100}
          required
          mark={t('common.required')}
        />
        <TextField
          label={t('person.familyNames')}
          {...bind('familyNames')}
          name="familyNames"
          autoComplete="off"
          maxLength={100}
          required
          mark={t('common.required')}
        />
        <TextField
          label={t('person.aliases')}
          hint={t('admission.aliasesHint')}
          {...bind('aliases')}
          name="aliases"
          autoComplete="off"
          className="field-wide"
        />
        <TextField label={t('person.birthDate')} type="date" {...bind('birthDate')} name="birthDate" />
        <SelectField
          label={t('person.sex')}
          {...bind('sex')}
          name="sex"
          placeholder={t('common.choose')}
          options={PERSON_SEXES.map((s) => ({ value: s, label: t(`personSex.${s}`) }))}
          required
          mark={t('common.required')}
        />
        <TextField
          label={t('person.nationality')}
          hint={t('admission.nationalityHint')}
          {...upper(bind('nationality'))}
          name="nationality"
          maxLength={3}
          autoComplete="off"
          required
          mark={t('common.required')}
        />
      </div>
    </fieldset>
  );
}

export function KinFields({ bind }: { bind: Bind }) {
  const { t } = useI18n();
  return (
    <fieldset className="form-section">
      <legend>{t('admission.kin')}</legend>
      <p className="field-hint">{t('admission.kinHint')}</p>
      <div className="form-grid">
        <TextField label={t('kin.name')} {...bind('kinName')} name="kinName" autoComplete="off" maxLength={200} />
        <TextField
          label={t('kin.relationship')}
          hint={t('admission.relationshipHint')}
          {...bind('kinRelationship')}
          name="kinRelationship"
          autoComplete="off"
          maxLength={60}
        />
        <TextField
          label={t('kin.phone')}
          type="tel"
          {...bind('kinPhone')}
          name="kinPhone"
          autoComplete="off"
          maxLength={40}
        />
        <TextField
          label={t('kin.address')}
          {...bind('kinAddress')}
          name="kinAddress"
          autoComplete="off"
          maxLength={300}
        />
      </div>
    </fieldset>
  );
}

export function CommitmentFields({ bind }: { bind: Bind }) {
  const { t } = useI18n();
  return (
    <fieldset className="form-section">
      <legend>{t('admission.commitment')}</legend>
      <div className="form-grid">
        <TextField
          label={t('custody.commitmentOrder')}
          hint={t('admission.commitmentHint')}
          {...bind('commitmentOrder')}
          name="commitmentOrder"
          autoComplete="off"
          maxLength={100}
          required
          mark={t('common.required')}
        />
        <TextField
          label={t('custody.issuingAuthority')}
          hint={t('admission.authorityHint')}
          {...bind('issuingAuthority')}
          name="issuingAuthority"
          autoComplete="off"
          maxLength={200}
          required
          mark={t('common.required')}
        />
        <TextField
          label={t('custody.arrestedAt')}
          hint={t('admission.localTime')}
          type="datetime-local"
          {...bind('arrestedAt')}
          name="arrestedAt"
        />
        <TextField
          label={t('custody.admittedAt')}
          hint={t('admission.localTime')}
          type="datetime-local"
          {...bind('admittedAt')}
          name="admittedAt"
          required
          mark={t('common.required')}
        />
        <TextAreaField
          label={t('custody.injuries')}
          hint={t('admission.injuriesHint')}
          {...bind('injuriesOnArrival')}
          name="injuriesOnArrival"
          className="field-wide"
          maxLength={2000}
          rows={4}
        />
      </div>
    </fieldset>
  );
}

export function LegalFields({ bind, legalStatus }: { bind: Bind; legalStatus: string }) {
  const { t } = useI18n();
  return (
    <fieldset className="form-section">
      <legend>{t('admission.legal')}</legend>
      <div className="form-grid">
        <SelectField
          label={t('person.offence')}
          {...bind('offence')}
          name="offence"
          placeholder={t('common.choose')}
          options={OFFENCES.map((o) => ({ value: o, label: t(`offence.${o}`) }))}
          required
          mark={t('common.required')}
        />
        <TextField
          label={t('person.maxPenalty')}
          hint={t('admission.maxPenaltyHint')}
          inputMode="decimal"
          {...bind('maxPenaltyYears')}
          name="maxPenaltyYears"
          autoComplete="off"
        />
        <SelectField
          label={t('person.legalStatus')}
          {...bind('legalStatus')}
          name="legalStatus"
          options={LEGAL_STATUSES.map((s) => ({ value: s, label: t(`legalStatus.${s}`) }))}
          required
          mark={t('common.required')}
        />
        {legalStatus === 'pretrial' ? (
          <TextField
            label={t('admission.pretrialSince')}
            hint={t('admission.pretrialSinceHint')}
            type="date"
            {...bind('pretrialSince')}
            name="pretrialSince"
            required
            mark={t('common.required')}
          />
        ) : (
          <TextField
            label={t('admission.sentenceMonths')}
            inputMode="numeric"
            {...bind('sentenceMonths')}
            name="sentenceMonths"
            autoComplete="off"
          />
        )}
        <SelectField
          label={t('person.risk')}
          {...bind('risk')}
          name="risk"
          options={RISK_LEVELS.map((r) => ({ value: r, label: t(`risk.${r}`) }))}
        />
      </div>
    </fieldset>
  );
}

export function DestinationFields({ bind, centres, centre }: { bind: Bind; centres: Load<Centre[]>; centre: string }) {
  const { t } = useI18n();
  const listId = useId();
  return (
    <fieldset className="form-section">
      <legend>{t('admission.destination')}</legend>
      <div className="form-grid">
        <SelectField
          label={t('person.centre')}
          {...bind('centre')}
          name="centre"
          placeholder={centres.status === 'loading' ? t('app.loading') : t('common.choose')}
          options={centres.status === 'ready' ? centres.data.map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` })) : []}
          hint={centres.status === 'error' ? errorText(centres.error, t) : t('admission.centreHint')}
          required
          mark={t('common.required')}
        />
        <TextField
          label={t('admission.cell')}
          hint={t('admission.cellHint')}
          {...upper(bind('cell'))}
          name="cell"
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
