import { useEffect, useId, useRef, useState } from 'react';
import { z } from 'zod';
import { caseloadSchema } from '../../../../src/modules/auth/schemas.ts';
import { ROLES, type Role, type UserSummary } from '../../api.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { CheckboxInput, Choices, Form } from '../../components/Form.tsx';
import { caseloadText, roleKey, roleNames } from '../../components/roles.ts';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { useSetUserCaseload, useSetUserRoles } from './queries.ts';

/** The roles and caseload of PUT /users/:username/roles and /caseload, as the form holds them. */
const accessFormSchema = z.object({
  roles: z.array(z.enum(ROLES)).refine((roles) => roles.length > 0, { params: { messageKey: 'userForm.needRole' } }),
  caseload: caseloadSchema,
});
type AccessForm = z.input<typeof accessFormSchema>;
type Access = { roles: Role[]; caseload: UserSummary['caseload'] };

const sameRoles = (a: readonly Role[], b: readonly Role[]) => a.length === b.length && a.every((r) => b.includes(r));
const sameCaseload = (a: Access['caseload'], b: Access['caseload']) =>
  a.all === b.all && (a.all || (a.centres.length === b.centres.length && a.centres.every((c) => b.centres.includes(c))));

interface UserAccessProps {
  user: UserSummary;
  onDone: (user: UserSummary | null) => void;
}

/**
 * A user's roles and caseload: chosen, reviewed (what changes, from what to what), then confirmed.
 * Each change is its own audited write (`user.roles_changed`, `user.caseload_changed`).
 */
export function UserAccess({ user, onDone }: UserAccessProps) {
  const { t } = useI18n();
  const ids = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const centres = useCentres();
  const setRoles = useSetUserRoles();
  const setCaseload = useSetUserCaseload();
  const form = useSchemaForm(accessFormSchema, { roles: [...user.roles], caseload: { all: user.caseload.all, centres: [...user.caseload.centres] } } satisfies AccessForm);
  const [review, setReview] = useState<Access | null>(null);
  const allCentres = form.watch('caseload.all');
  const busy = setRoles.isPending || setCaseload.isPending;
  const failure = setRoles.error ?? setCaseload.error;

  useEffect(() => {
    heading.current?.focus();
  }, [user.username, review]);

  function check(values: z.output<typeof accessFormSchema>) {
    const next: Access = {
      roles: ROLES.filter((r) => values.roles.includes(r)),
      caseload: values.caseload.all ? { all: true, centres: [] } : { all: false, centres: [...values.caseload.centres].sort() },
    };
    setRoles.reset();
    setCaseload.reset();
    setReview(next);
  }

  async function confirm(next: Access) {
    let changed: UserSummary | null = null;
    if (!sameRoles(next.roles, user.roles)) changed = await setRoles.mutateAsync({ username: user.username, roles: next.roles });
    if (!sameCaseload(next.caseload, user.caseload)) changed = await setCaseload.mutateAsync({ username: user.username, caseload: next.caseload });
    onDone(changed);
  }

  const title = t('access.title', { username: user.username });
  if (review) {
    const rolesChange = !sameRoles(review.roles, user.roles);
    const caseloadChange = !sameCaseload(review.caseload, user.caseload);
    return (
      <section className="panel" aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`} ref={heading} tabIndex={-1}>
          {t('access.reviewTitle', { username: user.username })}
        </h2>
        {!rolesChange && !caseloadChange ? (
          <p>{t('access.nothingChanged')}</p>
        ) : (
          <dl className="facts">
            {rolesChange && (
              <div>
                <dt>{t('users.roles')}</dt>
                <dd>{t('access.fromTo', { from: roleNames(user.roles, t), to: roleNames(review.roles, t) })}</dd>
              </div>
            )}
            {caseloadChange && (
              <div>
                <dt>{t('users.caseload')}</dt>
                <dd>{t('access.fromTo', { from: caseloadText(user.caseload, t), to: caseloadText(review.caseload, t) })}</dd>
              </div>
            )}
          </dl>
        )}
        <p className="field-hint">{t('access.reviewHint')}</p>
        {failure && <ErrorAlert>{errorText(failure, t)}</ErrorAlert>}
        <div className="form-actions">
          {(rolesChange || caseloadChange) && (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void confirm(review).catch(() => {})}>
              {busy ? t('access.saving') : t('access.confirm')}
            </button>
          )}
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => setReview(null)}>
            {t('access.back')}
          </button>
          <button type="button" className="button button-link" disabled={busy} onClick={() => onDone(null)}>
            {t('access.cancel')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <Form
        form={form}
        className="form form-grid"
        actionsClassName="form-actions field-wide"
        onSubmit={check}
        submitLabel={t('access.review')}
        actions={
          <button type="button" className="button button-link" onClick={() => onDone(null)}>
            {t('access.cancel')}
          </button>
        }
      >
        <fieldset className="field-wide">
          <legend>{t('userForm.roles')}</legend>
          <p className="field-hint">{t('userForm.rolesHint')}</p>
          <Choices form={form} name="roles" type="checkbox" className="checkbox-grid" options={ROLES.map((role) => ({ value: role, label: t(roleKey(role)) }))} />
        </fieldset>
        <fieldset className="field-wide">
          <legend>{t('userForm.caseload')}</legend>
          <CheckboxInput form={form} name="caseload.all" label={t('userForm.caseloadAll')} />
          {!allCentres && centres.data && centres.data.length > 0 && (
            <Choices
              form={form}
              name="caseload.centres"
              type="checkbox"
              className="checkbox-grid checkbox-grid-wide"
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
      </Form>
    </section>
  );
}
