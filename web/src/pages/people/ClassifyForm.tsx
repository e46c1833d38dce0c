import { useState, type FormEvent } from 'react';
import type { RiskLevel } from '../../api.ts';
import { housingApi, type Classification, type Vulnerability } from '../../api-housing.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { RISK_LEVELS, VULNERABILITIES } from '../../vocabulary.ts';

interface ClassifyFormProps {
  personId: string;
  current: Classification;
  onSaved: () => void;
  onCancel: () => void;
}

/** A new classification: risk level and vulnerabilities, with the reason (classification, director). */
export function ClassifyForm({ personId, current, onSaved, onCancel }: ClassifyFormProps) {
  const { t } = useI18n();
  const [risk, setRisk] = useState<RiskLevel>(current.risk);
  const [vulnerabilities, setVulnerabilities] = useState<Vulnerability[]>(current.vulnerabilities);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = (v: Vulnerability, on: boolean) => setVulnerabilities((list) => (on ? [...list, v] : list.filter((x) => x !== v)));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reason.trim().length < 5) return setReasonError(t('classification.reasonShort'));
    setReasonError(undefined);
    setBusy(true);
    setFailure(null);
    try {
      await housingApi.classify(personId, { risk, vulnerabilities, reason: reason.trim() });
      onSaved();
    } catch (error) {
      setFailure(errorText(error, t));
      setBusy(false);
    }
  }

  return (
    <form className="form form-grid subform" onSubmit={submit} noValidate aria-label={t('classification.reclassify')}>
      {failure && (
        <div className="field-wide">
          <ErrorAlert>{failure}</ErrorAlert>
        </div>
      )}
      <SelectField
        label={t('person.risk')}
        value={risk}
        onChange={(v) => setRisk(v as RiskLevel)}
        options={RISK_LEVELS.map((r) => ({ value: r, label: t(`risk.${r}`) }))}
        mark={t('common.required')}
      />
      <fieldset className="field-wide">
        <legend>{t('classification.vulnerabilities')}</legend>
        <div className="checkbox-grid">
          {VULNERABILITIES.map((v) => (
            <label key={v} className="checkbox">
              <input type="checkbox" checked={vulnerabilities.includes(v)} onChange={(event) => toggle(v, event.target.checked)} />
              <span>{t(`vulnerability.${v}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        className="field-wide"
        label={t('classification.reason')}
        value={reason}
        onChange={setReason}
        error={reasonError}
        mark={t('common.required')}
        maxLength={1000}
        rows={2}
        required
      />
      <div className="form-actions field-wide">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('classification.submit')}
        </button>
        <button type="button" className="button button-link" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
