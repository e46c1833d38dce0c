import { useCallback, useState, type FormEvent } from 'react';
import { housingApi, type Confidence, type MembershipRole } from '../../api-housing.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { useLoad } from '../../useLoad.ts';
import { CONFIDENCES, MEMBERSHIP_ROLES } from '../../vocabulary.ts';

/** Records that the person belongs to a group: role, since when, how sure (intelligence). */
export function MembershipForm({ personId, onRecorded, onCancel }: { personId: string; onRecorded: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const fetchGroups = useCallback(() => housingApi.groups().then((r) => r.groups), []);
  const [groups] = useLoad(fetchGroups);
  const [group, setGroup] = useState('');
  const [role, setRole] = useState<MembershipRole | ''>('');
  const [since, setSince] = useState('');
  const [confidence, setConfidence] = useState<Confidence | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ group?: string; role?: string; confidence?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = {
      ...(group ? {} : { group: t('membership.groupMissing') }),
      ...(role ? {} : { role: t('membership.roleMissing') }),
      ...(confidence ? {} : { confidence: t('membership.confidenceMissing') }),
    };
    setErrors(found);
    if (!group || !role || !confidence) return;
    setBusy(true);
    setFailure(null);
    try {
      await housingApi.recordMembership(personId, { group, role, since: since || null, confidence, note: note.trim() || null });
      onRecorded();
    } catch (error) {
      setFailure(errorText(error, t));
      setBusy(false);
    }
  }

  return (
    <form className="form form-grid subform" onSubmit={submit} noValidate aria-labelledby="membership-form-title">
      <h3 id="membership-form-title" className="field-wide">
        {t('membership.add')}
      </h3>
      {failure && (
        <div className="field-wide">
          <ErrorAlert>{failure}</ErrorAlert>
        </div>
      )}
      <SelectField
        label={t('membership.group')}
        value={group}
        onChange={setGroup}
        placeholder={groups.status === 'ready' ? t('common.choose') : t('app.loading')}
        options={groups.status === 'ready' ? groups.data.map((g) => ({ value: g.code, label: `${g.name} (${g.code})` })) : []}
        error={errors.group}
        mark={t('common.required')}
        required
      />
      <SelectField
        label={t('membership.role')}
        value={role}
        onChange={(v) => setRole(v as MembershipRole | '')}
        placeholder={t('common.choose')}
        options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: t(`membershipRole.${r}`) }))}
        error={errors.role}
        mark={t('common.required')}
        required
      />
      <TextField type="date" label={t('group.col.since')} hint={t('group.sinceHint')} value={since} onChange={setSince} />
      <SelectField
        label={t('group.col.confidence')}
        value={confidence}
        onChange={(v) => setConfidence(v as Confidence | '')}
        placeholder={t('common.choose')}
        options={CONFIDENCES.map((c) => ({ value: c, label: t(`confidence.${c}`) }))}
        error={errors.confidence}
        mark={t('common.required')}
        required
      />
      <TextField className="field-wide" label={t('group.col.note')} value={note} onChange={setNote} maxLength={1000} />
      <div className="form-actions field-wide">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('membership.submit')}
        </button>
        <button type="button" className="button button-link" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
