import { membershipInputSchema } from '../../../../src/modules/groups/schemas.ts';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { MEMBERSHIP_ROLES } from '../../vocabulary.ts';
import { ChoiceInput } from '../housing/ChoiceInput.tsx';
import { filled } from '../../components/form-rules.ts';
import { linkRules } from '../housing/form-rules.ts';
import { SubForm } from '../housing/SubForm.tsx';
import { LinkFields } from './LinkFields.tsx';
import { useGroups, useRecordMembership } from './queries.ts';

const shape = membershipInputSchema.shape;
const membershipFormSchema = membershipInputSchema.extend({
  group: filled(shape.group, 'membership.groupMissing'),
  role: filled(shape.role, 'membership.roleMissing'),
  ...linkRules(shape),
});

/** Records that the person belongs to a group: role, since when, how sure (intelligence). */
export function MembershipForm({ personId, onRecorded, onCancel }: { personId: string; onRecorded: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const groups = useGroups();
  const record = useRecordMembership(personId);
  const form = useSchemaForm(membershipFormSchema, { group: '', role: '', since: '', confidence: '', note: '' });
  return (
    <SubForm
      form={form}
      title={t('membership.add')}
      onSubmit={async (values) => {
        await record.mutateAsync(values);
        onRecorded();
      }}
      submitLabel={t('membership.submit')}
      onCancel={onCancel}
    >
      <ChoiceInput
        form={form}
        name="group"
        label={t('membership.group')}
        placeholder={groups.data ? t('common.choose') : t('app.loading')}
        options={(groups.data ?? []).map((g) => ({ value: g.code, label: `${g.name} (${g.code})` }))}
      />
      <ChoiceInput
        form={form}
        name="role"
        label={t('membership.role')}
        options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: t(`membershipRole.${r}`) }))}
      />
      <LinkFields form={form} chooseConfidence />
    </SubForm>
  );
}
