import { useId, useState } from 'react';
import { z } from 'zod';
import { caseloadSchema, userInputSchema } from '../../../../src/modules/auth/schemas.ts';
import { NATIONAL_ROLES, ROLES, type UserSummary } from '../../api.ts';
import { CheckboxInput, Choices, Form, SelectInput, TextInput } from '../../components/Form.tsx';
import { roleKey } from '../../components/roles.ts';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { errorText } from '../../errors.ts';
import { LANGUAGES, useI18n } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { PASSWORD_MIN_LENGTH } from '../PasswordPage.tsx';
import { useCreateUser } from './queries.ts';

/**
 * The API's new user (POST /users), as the form holds it: the password may be left empty (one
 * is then generated), but when given it must be long enough; at least one role.
 */
const newUserFormSchema = userInputSchema.extend({
  roles: z.array(z.enum(ROLES)).refine((roles) => roles.length > 0, { params: { messageKey: 'userForm.needRole' } }),
  caseload: caseloadSchema,
  password: z.string().refine((p) => p === '' || p.length >= PASSWORD_MIN_LENGTH, { params: { messageKey: 'userForm.shortPassword' } }),
});
type NewUserForm = z.input<typeof newUserFormSchema>;

const EMPTY: NewUserForm = { username: '', displayName: '', roles: [], caseload: { all: false, centres: [] }, language: 'es', password: '' };

interface CreateUserFormProps {
  onCreated: (user: UserSummary, generatedPassword?: string) => void;
}

/** A new user: username, name, roles, caseload (all centres or some), language, optional password. */
export function CreateUserForm({ onCreated }: CreateUserFormProps) {
  const { t } = useI18n();
  const ids = useId();
  const centres = useCentres();
  const create = useCreateUser();
  const form = useSchemaForm(newUserFormSchema, EMPTY);
  // National roles usually work on every centre: suggested until the administrator decides.
  const [caseloadTouched, setCaseloadTouched] = useState(false);
  const allCentres = form.watch('caseload.all');

  async function submit(values: z.output<typeof newUserFormSchema>) {
    const { password, caseload, ...user } = values;
    const result = await create.mutateAsync({
      ...user,
      username: user.username.trim().toLowerCase(),
      roles: ROLES.filter((r) => values.roles.includes(r)),
      caseload: caseload.all ? { all: true, centres: [] } : caseload,
      ...(password ? { password } : {}),
    });
    form.reset(EMPTY);
    setCaseloadTouched(false);
    onCreated(result.user, result.generatedPassword);
  }

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('userForm.title')}</h2>
      <Form form={form} className="form form-grid" actionsClassName="form-actions field-wide" onSubmit={submit} submitLabel={t('userForm.submit')} busyLabel={t('userForm.submitting')}>
        <TextInput
          form={form}
          name="username"
          label={t('userForm.username')}
          hint={t('userForm.usernameHint')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={40}
          required
        />
        <TextInput form={form} name="displayName" label={t('userForm.displayName')} autoComplete="off" maxLength={200} />
        <fieldset className="field-wide">
          <legend>{t('userForm.roles')}</legend>
          <p className="field-hint">{t('userForm.rolesHint')}</p>
          <Choices
            form={form}
            name="roles"
            type="checkbox"
            className="checkbox-grid"
            options={ROLES.map((role) => ({ value: role, label: t(roleKey(role)) }))}
            onPick={(roles) => {
              if (!caseloadTouched) form.setValue('caseload.all', NATIONAL_ROLES.some((r) => roles.includes(r)));
            }}
          />
        </fieldset>
        <fieldset className="field-wide">
          <legend>{t('userForm.caseload')}</legend>
          <CheckboxInput form={form} name="caseload.all" label={t('userForm.caseloadAll')} rules={{ onChange: () => setCaseloadTouched(true) }} />
          {!allCentres && centres.data?.length === 0 && <p className="field-hint">{t('userForm.caseloadNoCentres')}</p>}
          {!allCentres && centres.data && centres.data.length > 0 && (
            <Choices
              form={form}
              name="caseload.centres"
              type="checkbox"
              className="checkbox-grid checkbox-grid-wide"
              onPick={() => setCaseloadTouched(true)}
              options={centres.data.map((centre) => ({
                value: centre.code,
                label: (
                  <>
                    <span className="code">{centre.code}</span> {centre.name}
                  </>
                ),
              }))}
            />
          )}
          {centres.error && <p className="inline-error">{errorText(centres.error, t)}</p>}
        </fieldset>
        <SelectInput
          form={form}
          name="language"
          label={t('userForm.language')}
          options={LANGUAGES.map((code) => ({ value: code, label: t(`language.${code}`), lang: code }))}
        />
        <TextInput form={form} name="password" label={t('userForm.password')} hint={t('userForm.passwordHint')} type="password" autoComplete="new-password" />
      </Form>
    </section>
  );
}
