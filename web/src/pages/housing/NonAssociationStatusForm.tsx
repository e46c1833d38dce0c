import { nonAssociationStatusInputSchema, type NonAssociationView } from '../../../../src/modules/housing/schemas.ts';
import { TextAreaInput } from '../../components/Form.tsx';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { useSetNonAssociationStatus } from './queries.ts';
import { SubForm } from './SubForm.tsx';

interface StatusFormProps {
  /** The person whose file shows the record. */
  personId: string;
  record: NonAssociationView;
  otherName: string;
  onChanged: () => void;
  onCancel: () => void;
}

/** Closes an open non-association, or reopens a closed one, with the reason (kept in its history). */
export function NonAssociationStatusForm({ personId, record, otherName, onChanged, onCancel }: StatusFormProps) {
  const { t } = useI18n();
  const closing = record.status === 'open';
  const change = useSetNonAssociationStatus(personId, record.id);
  const form = useSchemaForm(nonAssociationStatusInputSchema, { status: closing ? 'closed' : 'open', reason: '' });
  const title = t(closing ? 'nonAssociation.close' : 'nonAssociation.reopen', { name: otherName });
  return (
    <SubForm
      form={form}
      title={title}
      heading={false}
      className="form subform"
      onSubmit={async (values) => {
        await change.mutateAsync(values);
        onChanged();
      }}
      submitLabel={title}
      onCancel={onCancel}
    >
      <TextAreaInput form={form} name="reason" label={t('nonAssociation.statusReason')} mark={t('common.required')} maxLength={2000} rows={2} required />
    </SubForm>
  );
}
