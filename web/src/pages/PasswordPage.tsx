import { useState } from 'react';
import { z } from 'zod';
import { passwordChangeInputSchema } from '../../../src/modules/auth/schemas.ts';
import { api } from '../api.ts';
import { InfoNote, SuccessNote } from '../components/Alert.tsx';
import { Form, TextInput } from '../components/Form.tsx';
import { Page } from '../components/Page.tsx';
import { useSchemaForm } from '../components/useSchemaForm.ts';
import { useI18n } from '../i18n/index.ts';
import { useSession } from '../session.ts';

export const PASSWORD_MIN_LENGTH = 12;

/** The API's password change, with the form's own checks: long enough, and typed the same twice. */
const passwordFormSchema = passwordChangeInputSchema
  .extend({
    currentPassword: z.string().refine((p) => p.length > 0, { params: { messageKey: 'password.missingCurrent' } }),
    newPassword: z.string().refine((p) => p.length >= PASSWORD_MIN_LENGTH, { params: { messageKey: 'password.tooShort' } }),
    confirm: z.string(),
  })
  .refine((v) => v.newPassword === v.confirm, { path: ['confirm'], params: { messageKey: 'password.mismatch' } });

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

/** Change one's own password: the current one, the new one twice. */
export function PasswordPage() {
  const { t } = useI18n();
  const { user, mustChangePassword = false, passwordChanged } = useSession();
  const [done, setDone] = useState(false);
  const form = useSchemaForm(passwordFormSchema, EMPTY);

  async function submit({ currentPassword, newPassword }: z.output<typeof passwordFormSchema>) {
    setDone(false);
    await api.changePassword(currentPassword, newPassword);
    form.reset(EMPTY);
    setDone(true);
    if (mustChangePassword) passwordChanged?.();
  }

  return (
    <Page title={t('password.title')} intro={t('password.intro')}>
      <div className="panel panel-narrow">
        {done && <SuccessNote>{t('password.done')}</SuccessNote>}
        {mustChangePassword && (
          <InfoNote>
            <strong>{t('password.forcedTitle')}</strong> {t('password.forcedText')}
          </InfoNote>
        )}
        <Form form={form} onSubmit={submit} submitLabel={t('password.submit')} busyLabel={t('password.submitting')}>
          {/* For password managers: whose password this is. */}
          <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
          <TextInput form={form} name="currentPassword" label={t(mustChangePassword ? 'password.oneTime' : 'password.current')} type="password" autoComplete="current-password" required />
          <TextInput
            form={form}
            name="newPassword"
            label={t('password.new')}
            hint={t('password.newHint')}
            type="password"
            autoComplete="new-password"
            minLength={PASSWORD_MIN_LENGTH}
            required
          />
          <TextInput form={form} name="confirm" label={t('password.confirm')} type="password" autoComplete="new-password" required />
        </Form>
      </div>
    </Page>
  );
}
