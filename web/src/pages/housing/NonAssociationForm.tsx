import { nonAssociationInputSchema, type CreatedNonAssociation } from '../../../../src/modules/housing/schemas.ts';
import { SelectInput, TextAreaInput, TextInput } from '../../components/Form.tsx';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { NON_ASSOCIATION_LEVELS, NON_ASSOCIATION_REASONS, NON_ASSOCIATION_ROLES } from '../../vocabulary.ts';
import { ChoiceInput } from './ChoiceInput.tsx';
import { filled, says, upperCase } from '../../components/form-rules.ts';
import { useOpenNonAssociation } from './queries.ts';
import { SubForm } from './SubForm.tsx';

const shape = nonAssociationInputSchema.shape;
const nonAssociationFormSchema = nonAssociationInputSchema
  .extend({
    personB: filled(upperCase(shape.personB), 'nonAssociation.otherInvalid'),
    reason: filled(shape.reason, 'nonAssociation.reasonMissing'),
    level: filled(shape.level, 'nonAssociation.levelMissing'),
  })
  .refine((values) => values.personB !== values.personA, { path: ['personB'], ...says('nonAssociation.otherInvalid') });

interface NonAssociationFormProps {
  personId: string;
  /** Called with the record and whether the two are together now at its level. */
  onRecorded: (created: CreatedNonAssociation) => void;
  onCancel: () => void;
}

/** Records that this person and another must be kept apart: each one's part, why, at what level, and a comment. */
export function NonAssociationForm({ personId, onRecorded, onCancel }: NonAssociationFormProps) {
  const { t } = useI18n();
  const open = useOpenNonAssociation(personId);
  const form = useSchemaForm(nonAssociationFormSchema, { personA: personId, personB: '', roleA: 'other', roleB: 'other', reason: '', level: '', comment: '' });
  const roles = NON_ASSOCIATION_ROLES.map((r) => ({ value: r, label: t(`naRole.${r}`) }));
  return (
    <SubForm
      form={form}
      title={t('nonAssociation.add')}
      onSubmit={async (values) => onRecorded(await open.mutateAsync(values))}
      submitLabel={t('nonAssociation.submit')}
      onCancel={onCancel}
    >
      <TextInput
        form={form}
        name="personB"
        className="field-upper"
        label={t('nonAssociation.other')}
        hint={t('nonAssociation.otherHint')}
        mark={t('common.required')}
        autoComplete="off"
        spellCheck={false}
        required
      />
      <SelectInput form={form} name="roleB" label={t('nonAssociation.otherRole')} options={roles} />
      <SelectInput form={form} name="roleA" label={t('nonAssociation.ownRole')} options={roles} />
      <ChoiceInput
        form={form}
        name="reason"
        label={t('nonAssociation.reason')}
        options={NON_ASSOCIATION_REASONS.map((r) => ({ value: r, label: t(`naReason.${r}`) }))}
      />
      <ChoiceInput
        form={form}
        name="level"
        label={t('nonAssociation.level')}
        hint={t('nonAssociation.levelHint')}
        options={NON_ASSOCIATION_LEVELS.map((l) => ({ value: l, label: t(`naLevel.${l}`) }))}
      />
      <TextAreaInput
        form={form}
        name="comment"
        className="field-wide"
        label={t('nonAssociation.comment')}
        hint={t('nonAssociation.commentHint')}
        mark={t('common.required')}
        maxLength={2000}
        rows={2}
        required
      />
    </SubForm>
  );
}
