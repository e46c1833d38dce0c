import { useState, type FormEvent } from 'react';
import { housingApi, type Confidence, type Group, type GroupRelation } from '../../api-housing.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { CONFIDENCES, GROUP_RELATIONS } from '../../vocabulary.ts';

/** Records a rivalry or an alliance of this group with another, since a day, with a confidence. */
export function RelationForm({ group, groups, onRecorded }: { group: Group; groups: Group[]; onRecorded: () => void }) {
  const { t } = useI18n();
  const [other, setOther] = useState('');
  const [relation, setRelation] = useState<GroupRelation | ''>('');
  const [since, setSince] = useState('');
  const [confidence, setConfidence] = useState<Confidence>('confirmed');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ other?: string; relation?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = { ...(other ? {} : { other: t('group.otherMissing') }), ...(relation ? {} : { relation: t('group.relationMissing') }) };
    setErrors(found);
    if (!other || !relation) return;
    setBusy(true);
    setFailure(null);
    try {
      await housingApi.recordRelation({ groupA: group.code, groupB: other, relation, since: since || null, confidence, note: note.trim() || null });
      setOther('');
      setRelation('');
      setSince('');
      setNote('');
      onRecorded();
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form form-grid subform" onSubmit={submit} noValidate aria-labelledby="relation-form-title">
      <h3 id="relation-form-title" className="field-wide">
        {t('group.recordTitle')}
      </h3>
      {failure && (
        <div className="field-wide">
          <ErrorAlert>{failure}</ErrorAlert>
        </div>
      )}
      <SelectField
        label={t('group.col.other')}
        value={other}
        onChange={setOther}
        placeholder={t('common.choose')}
        options={groups.filter((g) => g.code !== group.code).map((g) => ({ value: g.code, label: `${g.name} (${g.code})` }))}
        error={errors.other}
        mark={t('common.required')}
        required
      />
      <SelectField
        label={t('group.col.relation')}
        value={relation}
        onChange={(v) => setRelation(v as GroupRelation | '')}
        placeholder={t('common.choose')}
        options={GROUP_RELATIONS.map((r) => ({ value: r, label: t(`groupRelation.${r}`) }))}
        error={errors.relation}
        mark={t('common.required')}
        required
      />
      <TextField type="date" label={t('group.col.since')} hint={t('group.sinceHint')} value={since} onChange={setSince} />
      <SelectField
        label={t('group.col.confidence')}
        value={confidence}
        onChange={(v) => setConfidence(v as Confidence)}
        options={CONFIDENCES.map((c) => ({ value: c, label: t(`confidence.${c}`) }))}
      />
      <TextField className="field-wide" label={t('group.col.note')} value={note} onChange={setNote} maxLength={1000} />
      <div className="form-actions field-wide">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('group.recordSubmit')}
        </button>
      </div>
    </form>
  );
}
