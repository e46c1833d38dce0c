import { groupInputSchema, type GroupView } from '../../../../src/modules/groups/schemas.ts';
import { SelectInput, TextAreaInput, TextInput } from '../../components/Form.tsx';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { GROUP_KINDS } from '../../vocabulary.ts';
import { ChoiceInput } from '../housing/ChoiceInput.tsx';
import { blankIsNull, commaList, filled, upperCase } from '../../components/form-rules.ts';
import { SubForm } from '../housing/SubForm.tsx';
import { useCreateGroup, useUpdateGroup } from './queries.ts';

const shape = groupInputSchema.shape;
const groupFormSchema = groupInputSchema.extend({
  code: upperCase(shape.code),
  name: filled(shape.name, 'groupForm.nameMissing'),
  kind: filled(shape.kind, 'groupForm.kindMissing'),
  parent: blankIsNull(shape.parent),
  aliases: commaList(shape.aliases),
  notes: blankIsNull(shape.notes),
});

interface GroupFormProps {
  /** The other groups, for the parent. */
  groups: GroupView[];
  /** Absent: a new group. */
  existing?: GroupView;
  onSaved: (group: GroupView) => void;
  onCancel?: () => void;
}

/** Records a criminal group, or changes one: name, kind, parent group, aliases and notes (intelligence). */
export function GroupForm({ groups, existing, onSaved, onCancel }: GroupFormProps) {
  const { t } = useI18n();
  const create = useCreateGroup();
  const update = useUpdateGroup(existing?.code ?? '');
  const form = useSchemaForm(groupFormSchema, {
    code: existing?.code ?? '',
    name: existing?.name ?? '',
    kind: existing?.kind ?? '',
    parent: existing?.parent ?? '',
    aliases: existing?.aliases.join(', ') ?? '',
    notes: existing?.notes ?? '',
  });
  const title = existing ? t('groupForm.editTitle', { name: existing.name }) : t('groupForm.newTitle');
  return (
    <SubForm
      form={form}
      title={title}
      className="form form-grid"
      onSubmit={async ({ code, ...changes }) => onSaved(existing ? await update.mutateAsync(changes) : await create.mutateAsync({ code, ...changes }))}
      submitLabel={t(existing ? 'groupForm.save' : 'groupForm.create')}
      onCancel={onCancel}
    >
      {!existing && (
        <TextInput
          form={form}
          name="code"
          className="field-upper"
          label={t('groups.col.code')}
          hint={t('groupForm.codeHint')}
          mark={t('common.required')}
          maxLength={30}
          autoComplete="off"
          spellCheck={false}
          required
        />
      )}
      <TextInput form={form} name="name" label={t('groups.col.name')} mark={t('common.required')} maxLength={120} required />
      <ChoiceInput
        form={form}
        name="kind"
        label={t('groups.col.kind')}
        options={GROUP_KINDS.map((k) => ({ value: k, label: t(`groupKind.${k}`) }))}
      />
      <SelectInput
        form={form}
        name="parent"
        label={t('groups.col.parent')}
        hint={t('groupForm.parentHint')}
        placeholder={t('groupForm.noParent')}
        options={groups.filter((g) => g.code !== existing?.code).map((g) => ({ value: g.code, label: `${g.name} (${g.code})` }))}
      />
      <TextInput form={form} name="aliases" label={t('groups.col.aliases')} hint={t('groupForm.aliasesHint')} maxLength={1000} />
      <TextAreaInput form={form} name="notes" className="field-wide" label={t('groupForm.notes')} maxLength={2000} rows={2} />
    </SubForm>
  );
}
