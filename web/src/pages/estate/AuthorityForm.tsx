import { useState } from 'react';
import { authorityChangeInputSchema } from '../../../../src/modules/estate/schemas.ts';
import type { CentreDetail } from '../../api.ts';
import { Form, SelectInput, TextInput } from '../../components/Form.tsx';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { todayIn } from '../../time.ts';
import { AUTHORITIES } from '../../vocabulary.ts';
import { useChangeAuthority } from './queries.ts';

/** Administrators: hand the centre to another control authority, from a date (the centre's today by default), under a decree. */
export function AuthorityForm({ centre }: { centre: CentreDetail }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const change = useChangeAuthority(centre.code);
  const form = useSchemaForm(authorityChangeInputSchema, { authority: centre.authority, since: todayIn(centre.timezone), decree: '' });

  if (!open) {
    return (
      <button type="button" className="button button-secondary button-small" onClick={() => setOpen(true)}>
        {t('centre.changeAuthority')}
      </button>
    );
  }
  return (
    <Form
      form={form}
      className="form subform"
      aria-label={t('centre.changeAuthority')}
      onSubmit={async (values) => {
        await change.mutateAsync(values);
        form.reset({ ...values, decree: '' });
        setOpen(false);
      }}
      submitLabel={t('centre.changeAuthoritySubmit')}
      actions={
        <button type="button" className="button button-link" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      }
    >
      <SelectInput form={form} name="authority" label={t('roll.authority')} options={AUTHORITIES.map((a) => ({ value: a, label: t(`authority.${a}`) }))} />
      <TextInput form={form} name="since" label={t('centre.since')} type="date" required />
      <TextInput form={form} name="decree" label={t('centre.decreeLabel')} hint={t('centre.decreeHint')} maxLength={200} required />
    </Form>
  );
}
