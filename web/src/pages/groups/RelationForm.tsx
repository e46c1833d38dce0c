import { relationInputSchema, type GroupView } from '../../../../src/modules/groups/schemas.ts';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { GROUP_RELATIONS } from '../../vocabulary.ts';
import { ChoiceInput } from '../housing/ChoiceInput.tsx';
import { filled } from '../../components/form-rules.ts';
import { linkRules } from '../housing/form-rules.ts';
import { SubForm } from '../housing/SubForm.tsx';
import { LinkFields } from './LinkFields.tsx';
import { useRecordRelation } from './queries.ts';

const shape = relationInputSchema.shape;
const relationFormSchema = relationInputSchema.extend({
  groupB: filled(shape.groupB, 'group.otherMissing'),
  relation: filled(shape.relation, 'group.relationMissing'),
  ...linkRules(shape),
});

/** Records a rivalry or an alliance of this group with another, since a day, with a confidence. */
export function RelationForm({ group, groups, onRecorded }: { group: GroupView; groups: GroupView[]; onRecorded: () => void }) {
  const { t } = useI18n();
  const record = useRecordRelation();
  const blank = { groupA: group.code, groupB: '', relation: '', since: '', confidence: 'confirmed', note: '' };
  const form = useSchemaForm(relationFormSchema, blank);
  return (
    <SubForm
      form={form}
      title={t('group.recordTitle')}
      onSubmit={async (values) => {
        await record.mutateAsync(values);
        form.reset(blank);
        onRecorded();
      }}
      submitLabel={t('group.recordSubmit')}
    >
      <ChoiceInput
        form={form}
        name="groupB"
        label={t('group.col.other')}
        options={groups.filter((g) => g.code !== group.code).map((g) => ({ value: g.code, label: `${g.name} (${g.code})` }))}
      />
      <ChoiceInput
        form={form}
        name="relation"
        label={t('group.col.relation')}
        options={GROUP_RELATIONS.map((r) => ({ value: r, label: t(`groupRelation.${r}`) }))}
      />
      <LinkFields form={form} />
    </SubForm>
  );
}
