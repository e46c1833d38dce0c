import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api.ts';
import { housingApi, type Group, type GroupKind } from '../../api-housing.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { GROUP_KINDS } from '../../vocabulary.ts';

const CODE = /^[A-Z0-9][A-Z0-9_-]{0,29}$/;

interface GroupFormProps {
  /** The other groups, for the parent. */
  groups: Group[];
  /** Absent: a new group. */
  existing?: Group;
  onSaved: (group: Group) => void;
  onCancel?: () => void;
}

/** Records a criminal group, or changes one: name, kind, parent group, aliases and notes (intelligence). */
export function GroupForm({ groups, existing, onSaved, onCancel }: GroupFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [code, setCode] = useState(existing?.code ?? '');
  const [name, setName] = useState(existing?.name ?? '');
  const [kind, setKind] = useState<GroupKind | ''>(existing?.kind ?? '');
  const [parent, setParent] = useState(existing?.parent ?? '');
  const [aliases, setAliases] = useState(existing?.aliases.join(', ') ?? '');
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const [errors, setErrors] = useState<Partial<Record<'code' | 'name' | 'kind' | 'parent', string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = {
      ...(existing || CODE.test(code) ? {} : { code: t('groupForm.codeInvalid') }),
      ...(name.trim() ? {} : { name: t('groupForm.nameMissing') }),
      ...(kind ? {} : { kind: t('groupForm.kindMissing') }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0 || !kind) return;
    const fields = {
      name: name.trim(),
      kind,
      parent: parent || null,
      aliases: aliases
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
      notes: notes.trim() || null,
    };
    setBusy(true);
    setFailure(null);
    try {
      onSaved(existing ? await housingApi.updateGroup(existing.code, fields) : await housingApi.createGroup({ code, ...fields }));
    } catch (error) {
      const field = error instanceof ApiError ? error.field : undefined;
      if (field === 'code' || field === 'parent') setErrors({ [field]: errorText(error, t) });
      else setFailure(errorText(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form form-grid" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="field-wide">
        {existing ? t('groupForm.editTitle', { name: existing.name }) : t('groupForm.newTitle')}
      </h3>
      {failure && (
        <div className="field-wide">
          <ErrorAlert>{failure}</ErrorAlert>
        </div>
      )}
      {!existing && (
        <TextField
          label={t('groups.col.code')}
          hint={t('groupForm.codeHint')}
          value={code}
          onChange={(v) => setCode(v.toUpperCase())}
          error={errors.code}
          mark={t('common.required')}
          maxLength={30}
          autoComplete="off"
          spellCheck={false}
          required
        />
      )}
      <TextField label={t('groups.col.name')} value={name} onChange={setName} error={errors.name} mark={t('common.required')} maxLength={120} required />
      <SelectField
        label={t('groups.col.kind')}
        value={kind}
        onChange={(v) => setKind(v as GroupKind | '')}
        placeholder={t('common.choose')}
        options={GROUP_KINDS.map((k) => ({ value: k, label: t(`groupKind.${k}`) }))}
        error={errors.kind}
        mark={t('common.required')}
        required
      />
      <SelectField
        label={t('groups.col.parent')}
        hint={t('groupForm.parentHint')}
        value={parent}
        onChange={setParent}
        placeholder={t('groupForm.noParent')}
        options={groups.filter((g) => g.code !== existing?.code).map((g) => ({ value: g.code, label: `${g.name} (${g.code})` }))}
        error={errors.parent}
      />
      <TextField label={t('groups.col.aliases')} hint={t('groupForm.aliasesHint')} value={aliases} onChange={setAliases} maxLength={1000} />
      <TextAreaField className="field-wide" label={t('groupForm.notes')} value={notes} onChange={setNotes} maxLength={2000} rows={2} />
      <div className="form-actions field-wide">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t(existing ? 'groupForm.save' : 'groupForm.create')}
        </button>
        {onCancel && (
          <button type="button" className="button button-link" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
